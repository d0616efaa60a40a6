// Eightfold.ai PCSX career sites. Locator: `{host}/{domain}`, e.g. `apply.careers.microsoft.com/microsoft.com`
// or `paypal.eightfold.ai/paypal.com`; a bare host uses `options.domain`. Search pages by `start` with a fixed
// page size of 10; positions carry no description, so each needs `position_details`.
// The details envelope is inferred as the search one (`{status, data: {...}}`); the description is read from
// `jobDescription` (or `job_description`/`description`).
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

const BOARD = 'eightfold';
const PAGE = 10;

export function parseEightfoldLocator(source: SourceConfig): { host: string; domain: string } {
  const [host = '', domain = optionString(source, 'domain') ?? ''] = source.locator.trim().replace(/^https?:\/\//i, '').split('/');
  if (!host.includes('.') || !domain.includes('.')) {
    throw new PermanentError(`${BOARD}: locator must be "{host}/{domain}" (or a host with options.domain), got ${JSON.stringify(source.locator)}`);
  }
  return { host: host.toLowerCase(), domain: domain.toLowerCase() };
}

function searchRequest(source: SourceConfig, start: number): RequestSpec {
  const { host, domain } = parseEightfoldLocator(source);
  const q = new URLSearchParams({ domain, query: '', location: '', start: String(start), num: String(PAGE), sort_by: 'timestamp' });
  return { url: sourceUrl(source, `https://${host}`, `/api/pcsx/search?${q}`), method: 'GET', label: 'list', meta: { start } };
}

/** Envelope `{status, error, data}`; a non-200 status inside a 200 response is still a failure. */
function dataOf(body: string): JsonObject {
  const root = parseJsonObject(body, BOARD);
  const status = num(root.status);
  if (status !== null && status !== 200) {
    throw new PermanentError(`${BOARD}: status ${status}${str(obj(root.error)?.message) ? `: ${str(obj(root.error)?.message)}` : ''}`);
  }
  const data = obj(root.data);
  if (!data) throw new PermanentError(`${BOARD}: envelope has no "data" object`);
  return data;
}

/** `standardizedLocations` end in an alpha-2 code: "Sterling, VA, US". */
function countryOf(location: string | null): string | null {
  const last = location?.split(',').pop()?.trim();
  return last && /^[A-Z]{2}$/.test(last) ? last : null;
}

function parsePosition(p: JsonObject, host: string): Partial<ParsedPosting> & { externalId: string; title: string } {
  const { externalId, title } = requireIdTitle(p.id, p.name);
  const standardized = arr(p.standardizedLocations).map(str);
  const positionUrl = str(p.positionUrl);
  return {
    externalId,
    title,
    url: positionUrl ? new URL(positionUrl, `https://${host}`).toString() : null,
    locations: uniq([...arr(p.locations).map(str), ...standardized]),
    countryHints: uniq(standardized.map(countryOf)),
    remote: workplaceRemote(p.workLocationOption) ?? workplaceRemote(p.locationFlexibility),
    descriptionHtml: str(p.jobDescription) ?? str(p.job_description) ?? str(p.description),
    postedAt: toIsoDate(num(p.postedTs) ?? num(p.creationTs) ?? num(p.t_create)), // epoch seconds
    department: str(p.department),
  };
}

export const eightfoldAdapter = defineAdapter({
  kind: 'eightfold',
  start(source) {
    return [searchRequest(source, 0)];
  },
  parseListDetailed(body, request, source) {
    const { host } = parseEightfoldLocator(source);
    const data = dataOf(body);
    const positions = requireArray(data, 'positions', BOARD);
    const total = num(data.count);
    const { postings, skipped } = collectItems(positions, (p) => {
      const parsed = parsePosition(p as JsonObject, host);
      return mergePosting(blankPosting(parsed.externalId, parsed.title), { ...parsed, company: optionString(source, 'company') });
    });
    const next = (num(request.meta?.start) ?? 0) + positions.length;
    const followUps = positions.length > 0 && total !== null && next < total ? [searchRequest(source, next)] : [];
    return { page: { postings, followUps, total }, skipped };
  },
  needsDetail(posting) {
    return posting.descriptionHtml === null;
  },
  detailRequest(posting, source) {
    const { host, domain } = parseEightfoldLocator(source);
    const q = new URLSearchParams({ position_id: posting.externalId, domain, hl: 'en' });
    return { url: sourceUrl(source, `https://${host}`, `/api/pcsx/position_details?${q}`), method: 'GET', label: 'detail' };
  },
  parseDetail(body, _request, listed, source) {
    const { host } = parseEightfoldLocator(source);
    const data = dataOf(body);
    return mergePosting(listed, detailOrThrow(BOARD, () => parsePosition(data, host)));
  },
});
