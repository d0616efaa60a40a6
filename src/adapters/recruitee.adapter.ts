// Recruitee Careers Site API. Locator: the company subdomain (`{company}.recruitee.com`) or, when it contains a
// dot, the careers host itself (custom domains such as `jobs.example.com`). One response holds every published
// offer with description and requirements, so no detail fetch.
import { PermanentError } from '../errors.ts';
import type { ParsedPosting, SourceConfig } from '../core/types.ts';
import { sourceUrl } from './base-url.ts';
import { toIsoDate } from './dates.ts';
import {
  arr,
  blankPosting,
  collectItems,
  defineAdapter,
  isObject,
  joinPlace,
  parseJsonObject,
  requireArray,
  requireIdTitle,
  str,
  uniq,
  type JsonObject,
} from './adapter-kit.ts';

const BOARD = 'recruitee';

function host(source: SourceConfig): string {
  const s = source.locator.trim().toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(s)) {
    throw new PermanentError(`${BOARD}: locator must be a company subdomain or host, got ${JSON.stringify(source.locator)}`);
  }
  return s.includes('.') ? s : `${s}.recruitee.com`;
}

function parseOffer(o: JsonObject): ParsedPosting {
  const { externalId, title } = requireIdTitle(o.id, o.title);
  const locations = arr(o.locations).filter(isObject);
  const html = [o.description, o.requirements].map(str).filter((t): t is string => t !== null);
  const posting = blankPosting(externalId, title);
  posting.company = str(o.company_name);
  posting.url = str(o.careers_url);
  posting.locations = uniq([
    str(o.location),
    ...locations.map((l) => joinPlace(str(l.city) ?? str(l.name), l.state, l.country)),
  ]);
  posting.countryHints = uniq([str(o.country_code), ...locations.map((l) => str(l.country_code)), str(o.country)]);
  posting.remote = o.remote === true ? true : o.hybrid === true || o.on_site === true ? false : null;
  posting.descriptionHtml = html.length ? html.join('\n') : null;
  posting.postedAt = toIsoDate(o.published_at) ?? toIsoDate(o.created_at); // "YYYY-MM-DD HH:MM:SS UTC"
  posting.updatedAt = toIsoDate(o.updated_at);
  posting.department = str(o.department);
  posting.employmentType = str(o.employment_type_code);
  posting.industry = str(o.category_code);
  return posting;
}

export const recruiteeAdapter = defineAdapter({
  kind: 'recruitee',
  start(source) {
    return [{ url: sourceUrl(source, `https://${host(source)}`, '/api/offers/'), method: 'GET', label: 'list' }];
  },
  parseListDetailed(body) {
    const root = parseJsonObject(body, BOARD);
    const offers = requireArray(root, 'offers', BOARD);
    const { postings, skipped } = collectItems(offers, (o) => parseOffer(o as JsonObject));
    return { page: { postings, followUps: [], total: offers.length }, skipped };
  },
  // The list carries the full text.
  needsDetail() {
    return false;
  },
});
