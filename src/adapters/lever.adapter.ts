// Lever Postings API v0. Locator: the site name (`jobs.lever.co/{site}`), case-sensitive on the EU host.
// Options: `region: "eu"` → api.eu.lever.co; `pageSize: N` → skip/limit paging (default: the whole board in
// one bare-array response); `company` → company name (Lever has no company field).
import { PermanentError } from '../errors.ts';
import type { ParsedPosting, SourceConfig } from '../core/types.ts';
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
  optionString,
  parseJson,
  parseJsonObject,
  requireIdTitle,
  slugLocator,
  str,
  uniq,
  workplaceRemote,
  type JsonObject,
} from './adapter-kit.ts';

const BOARD = 'lever';

function origin(source: SourceConfig): string {
  return optionString(source, 'region')?.toLowerCase() === 'eu' ? 'https://api.eu.lever.co' : 'https://api.lever.co';
}

function site(source: SourceConfig): string {
  return slugLocator(source, BOARD, 'a site name');
}

function pageSize(source: SourceConfig): number | null {
  const n = num(source.options?.pageSize);
  return n !== null && n > 0 ? Math.floor(n) : null;
}

function listRequest(source: SourceConfig, skip: number) {
  const size = pageSize(source);
  const paging = size === null ? '' : `&skip=${skip}&limit=${size}`;
  return {
    url: sourceUrl(source, origin(source), `/v0/postings/${seg(site(source))}?mode=json${paging}`),
    method: 'GET' as const,
    label: 'list',
    meta: { skip },
  };
}

/** Opening + body live in `description`; `lists` (headed <li> fragments) and `additional` complete it. */
function leverDescription(p: JsonObject): string | null {
  const parts: string[] = [];
  const description = str(p.description);
  if (description) parts.push(description);
  for (const l of arr(p.lists)) {
    if (!isObject(l)) continue;
    const heading = str(l.text);
    const content = str(l.content);
    if (heading) parts.push(`<h3>${heading}</h3>`);
    if (content) parts.push(`<ul>${content}</ul>`);
  }
  const additional = str(p.additional);
  if (additional) parts.push(additional);
  return parts.length ? parts.join('\n') : null;
}

function parsePosting(p: JsonObject, source: SourceConfig): ParsedPosting {
  const { externalId, title } = requireIdTitle(p.id, p.text);
  const categories = obj(p.categories) ?? {};
  const posting = blankPosting(externalId, title);
  posting.company = optionString(source, 'company');
  posting.url = str(p.hostedUrl);
  posting.locations = uniq([str(categories.location), ...arr(categories.allLocations).map(str)]);
  posting.countryHints = uniq([str(p.country)]);
  posting.remote = workplaceRemote(p.workplaceType);
  posting.descriptionHtml = leverDescription(p);
  posting.postedAt = toIsoDate(num(p.createdAt)); // epoch milliseconds
  posting.department = str(categories.department) ?? str(categories.team);
  posting.employmentType = str(categories.commitment);
  return posting;
}

export const leverAdapter = defineAdapter({
  kind: 'lever',
  start(source) {
    return [listRequest(source, 0)];
  },
  parseListDetailed(body, request, source) {
    const json = parseJson(body, BOARD);
    if (!Array.isArray(json)) {
      const message = isObject(json) ? str(json.message) ?? str(json.error) : null;
      throw new PermanentError(`${BOARD}: expected a bare array of postings${message ? ` (board said: ${message})` : ''}`);
    }
    const { postings, skipped } = collectItems(json, (p) => parsePosting(p as JsonObject, source));
    const size = pageSize(source);
    const skip = num(request.meta?.skip) ?? 0;
    // No total in Lever: a full page means there may be more.
    const followUps = size !== null && json.length >= size ? [listRequest(source, skip + size)] : [];
    return { page: { postings, followUps, total: null }, skipped };
  },
  needsDetail(posting) {
    return posting.descriptionHtml === null;
  },
  detailRequest(posting, source) {
    return {
      url: sourceUrl(source, origin(source), `/v0/postings/${seg(site(source))}/${seg(posting.externalId)}`),
      method: 'GET',
      label: 'detail',
    };
  },
  parseDetail(body, _request, listed, source) {
    return mergePosting(listed, detailOrThrow(BOARD, () => parsePosting(parseJsonObject(body, BOARD), source)));
  },
});
