// Greenhouse Job Board API. Locator: the board token (`vercel` for boards-api.greenhouse.io/v1/boards/vercel).
// One GET with `content=true` returns the whole board with descriptions, departments and offices, so no
// paging and normally no detail fetch.
import type { ParsedPosting, RequestSpec, SourceConfig } from '../core/types.ts';
import { seg, sourceUrl } from './base-url.ts';
import { toIsoDate } from './dates.ts';
import {
  arr,
  blankPosting,
  collectItems,
  defineAdapter,
  escapedHtmlToHtml,
  detailOrThrow,
  isObject,
  mergePosting,
  num,
  obj,
  parseJsonObject,
  remoteFromTexts,
  requireArray,
  requireIdTitle,
  slugLocator,
  str,
  uniq,
  workplaceRemote,
  type JsonObject,
} from './adapter-kit.ts';

const BOARD = 'greenhouse';
const ORIGIN = 'https://boards-api.greenhouse.io';

function token(source: SourceConfig): string {
  return slugLocator(source, BOARD, 'a board token');
}

/**
 * `content` arrives entity-escaped (`&lt;p&gt;…`), sometimes twice (`&amp;lt;p&amp;gt;`, as in the official
 * docs): decode it to HTML (see `escapedHtmlToHtml`). Content that already holds tags is kept as given.
 */
export const greenhouseContentToHtml = escapedHtmlToHtml;

/** Remote flag from a metadata custom field named like "Workplace Type" / "Location Type" / "Remote". */
function metadataRemote(metadata: unknown): boolean | null {
  for (const m of arr(metadata)) {
    if (!isObject(m)) continue;
    const name = str(m.name);
    if (!name || !/workplace|location type|remote|work type|work model/i.test(name)) continue;
    const value = m.value;
    if (typeof value === 'boolean' && /remote/i.test(name)) return value;
    const values = Array.isArray(value) ? value : [value];
    const r = remoteFromTexts(values);
    if (r !== null) return r;
  }
  return null;
}

function parseJob(job: JsonObject): ParsedPosting {
  const { externalId, title } = requireIdTitle(job.id, job.title);
  const locationName = str(obj(job.location)?.name);
  const offices = arr(job.offices).filter(isObject);
  const officeLocations = offices.map((o) => str(o.location));
  const content = str(job.content);
  const posting = blankPosting(externalId, title);
  posting.company = str(job.company_name);
  posting.url = str(job.absolute_url);
  posting.locations = uniq([...(locationName ? locationName.split(';') : []), ...officeLocations]);
  posting.remote = metadataRemote(job.metadata) ?? workplaceRemote(locationName) ?? remoteFromTexts(offices.map((o) => o.name));
  posting.descriptionHtml = content ? greenhouseContentToHtml(content) : null;
  posting.postedAt = toIsoDate(job.first_published);
  posting.updatedAt = toIsoDate(job.updated_at);
  posting.department = str(obj(arr(job.departments)[0])?.name);
  return posting;
}

export const greenhouseAdapter = defineAdapter({
  kind: 'greenhouse',
  start(source) {
    return [{ url: sourceUrl(source, ORIGIN, `/v1/boards/${seg(token(source))}/jobs?content=true`), method: 'GET', label: 'list' }];
  },
  parseListDetailed(body) {
    const root = parseJsonObject(body, BOARD);
    const jobs = requireArray(root, 'jobs', BOARD);
    const { postings, skipped } = collectItems(jobs, (j) => parseJob(j as JsonObject));
    return { page: { postings, followUps: [], total: num(obj(root.meta)?.total) ?? jobs.length }, skipped };
  },
  needsDetail(posting) {
    return posting.descriptionHtml === null;
  },
  detailRequest(posting, source): RequestSpec {
    return {
      url: sourceUrl(source, ORIGIN, `/v1/boards/${seg(token(source))}/jobs/${seg(posting.externalId)}`),
      method: 'GET',
      label: 'detail',
      meta: { externalId: posting.externalId },
    };
  },
  parseDetail(body, _request, listed) {
    return mergePosting(listed, detailOrThrow(BOARD, () => parseJob(parseJsonObject(body, BOARD))));
  },
});
