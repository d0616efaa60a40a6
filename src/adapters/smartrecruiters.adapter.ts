// SmartRecruiters Posting API. Locator: the company identifier (`careers.smartrecruiters.com/{id}`, case as
// shown). The list pages by offset/limit (limit ≤ 100) and carries no description: every posting needs its
// detail (`/postings/{id}`), whose `jobAd.sections` hold the HTML.
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
  mergePosting,
  num,
  obj,
  parseJsonObject,
  requireArray,
  requireIdTitle,
  slugLocator,
  str,
  uniq,
  type JsonObject,
} from './adapter-kit.ts';

const BOARD = 'smartrecruiters';
const ORIGIN = 'https://api.smartrecruiters.com';
const PAGE = 100;
const SECTIONS = ['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation'] as const;

function company(source: SourceConfig): string {
  return slugLocator(source, BOARD, 'a company identifier');
}

function listRequest(source: SourceConfig, offset: number): RequestSpec {
  return {
    url: sourceUrl(source, ORIGIN, `/v1/companies/${seg(company(source))}/postings?limit=${PAGE}&offset=${offset}`),
    method: 'GET',
    label: 'list',
    meta: { offset },
  };
}

function label(v: unknown): string | null {
  return str(obj(v)?.label);
}

function parsePosting(p: JsonObject): ParsedPosting {
  const { externalId, title } = requireIdTitle(p.id, p.name);
  const location = obj(p.location) ?? {};
  const countryField = arr(p.customField).find((f) => isObject(f) && f.fieldId === 'COUNTRY');
  const posting = blankPosting(externalId, title);
  posting.company = str(obj(p.company)?.name);
  posting.url = str(p.postingUrl);
  posting.locations = uniq([str(location.fullLocation) ?? uniq([str(location.city), str(location.region)]).join(', ')]);
  // `location.country` is lowercase alpha-2 (`ca`); the COUNTRY custom field carries the name.
  posting.countryHints = uniq([str(location.country)?.toUpperCase(), isObject(countryField) ? str(countryField.valueLabel) : null]);
  posting.remote = location.remote === true ? true : location.hybrid === true ? false : typeof location.remote === 'boolean' ? false : null;
  const sections = obj(obj(p.jobAd)?.sections);
  const html = SECTIONS.map((k) => str(obj(sections?.[k])?.text)).filter((t): t is string => t !== null);
  posting.descriptionHtml = html.length ? html.join('\n') : null;
  posting.postedAt = toIsoDate(p.releasedDate);
  posting.industry = label(p.industry);
  posting.department = label(p.department) ?? label(p.function);
  posting.employmentType = label(p.typeOfEmployment);
  return posting;
}

export const smartrecruitersAdapter = defineAdapter({
  kind: 'smartrecruiters',
  start(source) {
    return [listRequest(source, 0)];
  },
  parseListDetailed(body, request, source) {
    const root = parseJsonObject(body, BOARD);
    const content = requireArray(root, 'content', BOARD);
    const total = num(root.totalFound);
    if (total === null) throw new PermanentError(`${BOARD}: envelope has no "totalFound"`);
    const { postings, skipped } = collectItems(content, (p) => parsePosting(p as JsonObject));
    const offset = num(root.offset) ?? num(request.meta?.offset) ?? 0;
    const next = offset + content.length;
    const followUps = content.length > 0 && next < total ? [listRequest(source, next)] : [];
    return { page: { postings, followUps, total }, skipped };
  },
  needsDetail(posting) {
    return posting.descriptionHtml === null;
  },
  detailRequest(posting, source) {
    return {
      url: sourceUrl(source, ORIGIN, `/v1/companies/${seg(company(source))}/postings/${seg(posting.externalId)}`),
      method: 'GET',
      label: 'detail',
    };
  },
  parseDetail(body, _request, listed) {
    return mergePosting(listed, detailOrThrow(BOARD, () => parsePosting(parseJsonObject(body, BOARD))));
  },
});
