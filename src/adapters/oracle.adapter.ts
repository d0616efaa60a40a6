// Oracle Recruiting Cloud ("Candidate Experience" REST). Locator: `{host}/{siteNumber}`, e.g.
// `eeho.fa.us2.oraclecloud.com/CX_45001`. The list (`recruitingCEJobRequisitions`, finder `findReqs`) pages with
// limit/offset inside the finder string and carries no description; each requisition's detail
// (`recruitingCEJobRequisitionDetails`, finder `ById`) holds the HTML sections.
import { PermanentError } from '../errors.ts';
import type { ParsedPosting, RequestSpec, SourceConfig } from '../core/types.ts';
import { sourceUrl } from './base-url.ts';
import { toIsoDate } from './dates.ts';
import {
  arr,
  blankPosting,
  collectItems,
  defineAdapter,
  detailOrThrow,
  isObject,
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

const BOARD = 'oracle';
const PAGE = 25;
const API = '/hcmRestApi/resources/latest';
const DESCRIPTION_FIELDS = [
  'ExternalDescriptionStr',
  'CorporateDescriptionStr',
  'OrganizationDescriptionStr',
  'ExternalResponsibilitiesStr',
  'ExternalQualificationsStr',
] as const;

export function parseOracleLocator(source: SourceConfig): { host: string; site: string } {
  const [host = '', site = '', ...rest] = source.locator.trim().replace(/^https?:\/\//i, '').split('/');
  if (!host.includes('.') || !/^[\w-]+$/.test(site) || rest.some((p) => p !== '')) {
    throw new PermanentError(`${BOARD}: locator must be "{host}/{siteNumber}", got ${JSON.stringify(source.locator)}`);
  }
  return { host: host.toLowerCase(), site };
}

function listRequest(source: SourceConfig, offset: number): RequestSpec {
  const { host, site } = parseOracleLocator(source);
  const finder = `findReqs;siteNumber=${site},limit=${PAGE},offset=${offset},sortBy=POSTING_DATES_DESC`;
  const expand = 'requisitionList.workLocation,requisitionList.otherWorkLocations,requisitionList.secondaryLocations';
  return {
    url: sourceUrl(source, `https://${host}`, `${API}/recruitingCEJobRequisitions?onlyData=true&expand=${expand}&finder=${finder}`),
    method: 'GET',
    headers: { accept: 'application/json' },
    label: 'list',
    meta: { offset },
  };
}

/** `ORA_REMOTE` / `ORA_HYBRID` / `ORA_ON_SITE` codes, else the display text. */
function oracleRemote(r: JsonObject): boolean | null {
  const code = str(r.WorkplaceTypeCode)?.replace(/^ORA_/, '').replace(/_/g, '-');
  return workplaceRemote(code) ?? workplaceRemote(r.WorkplaceType);
}

function locationsOf(r: JsonObject): { locations: string[]; countries: string[] } {
  const secondary = arr(r.secondaryLocations).filter(isObject);
  const work = arr(r.workLocation).filter(isObject);
  return {
    locations: uniq([str(r.PrimaryLocation), ...secondary.map((l) => str(l.Name)), ...work.map((l) => str(l.TownOrCity))]),
    countries: uniq([str(r.PrimaryLocationCountry), ...secondary.map((l) => str(l.CountryCode)), ...work.map((l) => str(l.Country))]),
  };
}

function parseRequisition(r: JsonObject, source: SourceConfig): ParsedPosting {
  const { externalId, title } = requireIdTitle(r.Id, r.Title);
  const { host, site } = parseOracleLocator(source);
  const { locations, countries } = locationsOf(r);
  const posting = blankPosting(externalId, title);
  posting.company = optionString(source, 'company');
  posting.url = `https://${host}/hcmUI/CandidateExperience/en/sites/${site}/job/${externalId}`;
  posting.locations = locations;
  posting.countryHints = countries;
  posting.remote = oracleRemote(r);
  posting.postedAt = toIsoDate(r.PostedDate);
  posting.department = str(r.Department) ?? str(r.JobFamily) ?? str(r.JobFunction);
  posting.employmentType = str(r.JobSchedule) ?? str(r.JobType);
  return posting;
}

export const oracleAdapter = defineAdapter({
  kind: 'oracle',
  start(source) {
    return [listRequest(source, 0)];
  },
  parseListDetailed(body, request, source) {
    const root = parseJsonObject(body, BOARD);
    const search = obj(requireArray(root, 'items', BOARD)[0]);
    if (!search) throw new PermanentError(`${BOARD}: "items" holds no search result`);
    const list = requireArray(search, 'requisitionList', BOARD);
    // The outer count/hasMore describe the one search item, not the jobs.
    const total = num(search.TotalJobsCount);
    if (total === null) throw new PermanentError(`${BOARD}: search result has no "TotalJobsCount"`);
    const { postings, skipped } = collectItems(list, (r) => parseRequisition(r as JsonObject, source));
    const offset = num(request.meta?.offset) ?? num(search.Offset) ?? 0;
    const next = offset + list.length;
    const followUps = list.length > 0 && next < total ? [listRequest(source, next)] : [];
    return { page: { postings, followUps, total }, skipped };
  },
  needsDetail(posting) {
    return posting.descriptionHtml === null;
  },
  detailRequest(posting, source) {
    const { host, site } = parseOracleLocator(source);
    const finder = `ById;Id=${JSON.stringify(posting.externalId)},siteNumber=${site}`;
    return {
      url: sourceUrl(source, `https://${host}`, `${API}/recruitingCEJobRequisitionDetails?expand=all&onlyData=true&finder=${finder}`),
      method: 'GET',
      headers: { accept: 'application/json' },
      label: 'detail',
    };
  },
  parseDetail(body, _request, listed, source) {
    const root = parseJsonObject(body, BOARD);
    const item = obj(requireArray(root, 'items', BOARD)[0]);
    if (!item) throw new PermanentError(`${BOARD}: detail "items" is empty`);
    detailOrThrow(BOARD, () => requireIdTitle(item.Id, item.Title));
    const html = DESCRIPTION_FIELDS.map((k) => str(item[k])).filter((t): t is string => t !== null);
    const { locations, countries } = locationsOf(item);
    return mergePosting(listed, {
      title: str(item.Title) ?? undefined,
      locations,
      countryHints: countries,
      remote: oracleRemote(item),
      descriptionHtml: html.length ? html.join('\n') : null,
      postedAt: toIsoDate(item.ExternalPostedStartDate),
      department: listed.department ? null : str(item.Category),
      employmentType: str(item.JobSchedule) ?? str(item.JobShift),
      company: optionString(source, 'company'),
    });
  },
});
