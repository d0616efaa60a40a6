// Workday CXS (the JSON behind *.myworkdayjobs.com career sites).
// Locator: `{tenant host}/{site}`, e.g. `nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite`; a full career-site
// URL is accepted too (a locale segment such as `en-US` is dropped), as is the
// `wd1.myworkdaysite.com/recruiting/{tenant}/{site}` style. Options: `tenant` overrides the CXS tenant segment
// (some hyphenated tenants need `_`); `company` names the employer (the detail's hiringOrganization is a legal
// entity label and is the fallback); `totalCap` overrides the 2000 result ceiling.
//
// Listing: POST `/wday/cxs/{tenant}/{site}/jobs` with `{appliedFacets, limit: 20, offset, searchText: ""}`.
// `total` is trusted only at offset 0 and is capped at 2000 (paging past it wraps around), so a slice whose
// first page reports the cap is split by one of the facets in that response (countries/locations first) into
// one slice per facet value, recursively with further facets. Postings can appear in several slices; they keep
// the same externalId (the `externalPath`), so storing them is idempotent.
import { PermanentError } from '../errors.ts';
import type { ParsedPosting, RequestSpec, SourceConfig } from '../core/types.ts';
import { seg, sourceUrl } from './base-url.ts';
import { toIsoDate } from './dates.ts';
import {
  arr,
  blankPosting,
  collectItems,
  defineAdapter,
  detailOrThrow,
  isObject,
  ItemError,
  mergePosting,
  num,
  obj,
  optionString,
  parseJsonObject,
  requireArray,
  requireIdTitle,
  str,
  uniq,
  workplaceRemote,
  type JsonObject,
} from './adapter-kit.ts';

const BOARD = 'workday';
export const WORKDAY_PAGE = 20; // the API answers 400 above 20
export const WORKDAY_CAP = 2000;

export interface WorkdaySite {
  host: string;
  tenant: string;
  site: string;
}

const LOCALE = /^[a-z]{2}(-[A-Za-z]{2,4})?$/;

export function parseWorkdayLocator(source: SourceConfig): WorkdaySite {
  const raw = source.locator.trim().replace(/^https?:\/\//i, '').replace(/[?#].*$/, '');
  const [host = '', ...rest] = raw.split('/');
  const parts = rest.filter((p) => p !== '' && !LOCALE.test(p));
  let tenant: string | undefined;
  let site: string | undefined;
  if (parts[0] === 'recruiting') [, tenant, site] = parts;
  else {
    site = parts[0];
    tenant = host.split('.')[0];
  }
  tenant = optionString(source, 'tenant') ?? tenant;
  if (!host.includes('.') || !tenant || !site) {
    throw new PermanentError(`${BOARD}: locator must be "{tenant host}/{site}", got ${JSON.stringify(source.locator)}`);
  }
  return { host: host.toLowerCase(), tenant, site };
}

type AppliedFacets = Record<string, string[]>;

function totalCap(source: SourceConfig): number {
  const n = num(source.options?.totalCap);
  return n !== null && n > 0 ? n : WORKDAY_CAP;
}

function cxsUrl(source: SourceConfig, w: WorkdaySite, path: string): string {
  return sourceUrl(source, `https://${w.host}`, `/wday/cxs/${seg(w.tenant)}/${seg(w.site)}${path}`);
}

function listRequest(source: SourceConfig, offset: number, appliedFacets: AppliedFacets, total: number | null): RequestSpec {
  return {
    url: cxsUrl(source, parseWorkdayLocator(source), '/jobs'),
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ appliedFacets, limit: WORKDAY_PAGE, offset, searchText: '' }),
    label: 'list',
    meta: { offset, appliedFacets, total },
  };
}

export interface WorkdayFacet {
  parameter: string;
  values: Array<{ id: string; descriptor: string | null; count: number | null }>;
}

/** Flatten `facets` (a parameter with values, or a group whose values are nested facets) to leaf facets. */
export function workdayFacets(facets: unknown): WorkdayFacet[] {
  const out: WorkdayFacet[] = [];
  for (const f of arr(facets)) {
    if (!isObject(f)) continue;
    const parameter = str(f.facetParameter);
    const values = arr(f.values).filter(isObject);
    const leaves = values.filter((v) => str(v.id) !== null);
    if (parameter && leaves.length) {
      out.push({
        parameter,
        values: leaves.map((v) => ({ id: str(v.id)!, descriptor: str(v.descriptor), count: num(v.count) })),
      });
    }
    out.push(...workdayFacets(values.filter((v) => v.facetParameter !== undefined && str(v.id) === null)));
  }
  return out;
}

/** Country facets split most evenly and are always present with a location; then locations; then the rest. */
function facetRank(parameter: string): number {
  if (/country/i.test(parameter)) return 0;
  if (/location/i.test(parameter)) return 1;
  return 2;
}

function splitRequests(source: SourceConfig, facets: WorkdayFacet[], applied: AppliedFacets): RequestSpec[] | null {
  const candidates = facets
    .filter((f) => !(f.parameter in applied) && f.values.filter((v) => v.count !== 0).length > 1)
    .sort((a, b) => facetRank(a.parameter) - facetRank(b.parameter));
  const facet = candidates[0];
  if (!facet) return null;
  return facet.values
    .filter((v) => v.count !== 0)
    .map((v) => listRequest(source, 0, { ...applied, [facet.parameter]: [v.id] }, null));
}

function parseListItem(item: JsonObject, w: WorkdaySite): ParsedPosting {
  const { externalId, title } = requireIdTitle(item.externalPath, item.title);
  if (!externalId.startsWith('/')) throw new ItemError(`externalPath ${JSON.stringify(externalId)} is not a path`, externalId);
  const posting = blankPosting(externalId, title);
  posting.url = `https://${w.host}/${w.site}${externalId}`;
  const locationsText = str(item.locationsText);
  // "5 Locations" says nothing; the detail lists them.
  posting.locations = locationsText && !/^\d+\s+locations?$/i.test(locationsText) ? [locationsText] : [];
  posting.remote = workplaceRemote(item.remoteType);
  posting.employmentType = str(item.timeType);
  // `postedOn` is relative text ("Posted 30+ Days Ago"): not a date, so postedAt stays null until the detail.
  return posting;
}

export const workdayAdapter = defineAdapter({
  kind: 'workday',
  start(source) {
    return [listRequest(source, 0, {}, null)];
  },
  parseListDetailed(body, request, source) {
    const w = parseWorkdayLocator(source);
    const root = parseJsonObject(body, BOARD);
    const items = requireArray(root, 'jobPostings', BOARD);
    const offset = num(request.meta?.offset) ?? 0;
    const applied = (obj(request.meta?.appliedFacets) ?? {}) as AppliedFacets;
    // Later pages may say total 0: the first page's total travels in meta.
    const total = offset === 0 ? num(root.total) : num(request.meta?.total) ?? num(root.total);
    if (total === null) throw new PermanentError(`${BOARD}: envelope has no "total"`);
    const { postings, skipped } = collectItems(items, (i) => parseListItem(i as JsonObject, w));

    let followUps: RequestSpec[] = [];
    const cap = totalCap(source);
    const split = offset === 0 && total >= cap ? splitRequests(source, workdayFacets(root.facets), applied) : null;
    if (split) followUps = split;
    else {
      const next = offset + WORKDAY_PAGE;
      if (items.length >= WORKDAY_PAGE && next < Math.min(total, cap)) followUps = [listRequest(source, next, applied, total)];
    }
    return { page: { postings, followUps, total }, skipped };
  },
  needsDetail(posting) {
    return posting.descriptionHtml === null;
  },
  detailRequest(posting, source) {
    const w = parseWorkdayLocator(source);
    return {
      url: cxsUrl(source, w, posting.externalId),
      method: 'GET',
      headers: { accept: 'application/json' },
      label: 'detail',
    };
  },
  parseDetail(body, _request, listed, source) {
    const root = parseJsonObject(body, BOARD);
    const info = obj(root.jobPostingInfo);
    if (!info) throw new PermanentError(`${BOARD}: detail has no "jobPostingInfo" object`);
    detailOrThrow(BOARD, () => requireIdTitle(info.id ?? info.jobReqId, info.title));
    const reqCountry = obj(obj(info.jobRequisitionLocation)?.country);
    return mergePosting(listed, {
      title: str(info.title) ?? undefined,
      company: optionString(source, 'company') ?? str(obj(root.hiringOrganization)?.name),
      url: str(info.externalUrl),
      locations: uniq([str(info.location), ...arr(info.additionalLocations).map(str)]),
      countryHints: uniq([str(reqCountry?.alpha2Code), str(obj(info.country)?.descriptor)]),
      remote: workplaceRemote(info.remoteType) ?? workplaceRemote(info.location),
      descriptionHtml: str(info.jobDescription),
      postedAt: toIsoDate(info.startDate),
      employmentType: str(info.timeType),
    });
  },
});
