// Workable public careers JSON. Locator: the account (`apply.workable.com/{account}`).
// The widget v1 list with `details=true` returns every job with its description in one response; a job
// without one is completed from the v2 job endpoint (`/api/v2/accounts/{account}/jobs/{shortcode}`).
import type { ParsedPosting, SourceConfig } from '../core/types.ts';
import { seg, sourceUrl } from './base-url.ts';
import { toIsoDate } from './dates.ts';
import {
  arr,
  blankPosting,
  bool,
  collectItems,
  defineAdapter,
  detailOrThrow,
  isObject,
  joinPlace,
  mergePosting,
  obj,
  parseJsonObject,
  requireArray,
  requireIdTitle,
  slugLocator,
  str,
  uniq,
  workplaceRemote,
  type JsonObject,
} from './adapter-kit.ts';

const BOARD = 'workable';
const ORIGIN = 'https://apply.workable.com';

function account(source: SourceConfig): string {
  return slugLocator(source, BOARD, 'an account name');
}

function place(l: JsonObject): string {
  return joinPlace(l.city, l.region ?? l.state, l.country);
}

function visibleLocations(v: unknown): JsonObject[] {
  return arr(v).filter(isObject).filter((l) => l.hidden !== true);
}

/** Widget v1 job (string department, `telecommuting`, `published_on` YYYY-MM-DD). */
function parseWidgetJob(job: JsonObject, company: string | null): ParsedPosting {
  const { externalId, title } = requireIdTitle(job.shortcode, job.title);
  const locations = visibleLocations(job.locations);
  const posting = blankPosting(externalId, title);
  posting.company = company;
  posting.url = str(job.url) ?? str(job.shortlink);
  // Top-level city/state/country repeat the first location; they matter only when `locations` is empty.
  posting.locations = uniq(locations.length ? locations.map(place) : [place(job)]);
  posting.countryHints = uniq([...locations.map((l) => str(l.countryCode)), str(job.country)]);
  posting.remote = bool(job.telecommuting);
  posting.descriptionHtml = str(job.description);
  posting.postedAt = toIsoDate(job.published_on) ?? toIsoDate(job.created_at);
  posting.industry = str(job.industry);
  posting.department = str(job.department);
  posting.employmentType = str(job.employment_type);
  return posting;
}

/** v2 job detail (array department, `remote` + `workplace`, description/requirements/benefits HTML). */
function parseV2Job(job: JsonObject): Partial<ParsedPosting> {
  detailOrThrow(BOARD, () => requireIdTitle(job.shortcode ?? job.id, job.title));
  const locations = [obj(job.location), ...visibleLocations(job.locations)].filter((l): l is JsonObject => l !== null);
  const html = [job.description, job.requirements, job.benefits].map(str).filter((t): t is string => t !== null);
  return {
    title: str(job.title) ?? undefined,
    locations: uniq(locations.map(place)),
    countryHints: uniq(locations.map((l) => str(l.countryCode) ?? str(l.country))),
    remote: bool(job.remote) === true ? true : workplaceRemote(str(job.workplace)?.replace('_', '-')) ?? bool(job.remote),
    descriptionHtml: html.length ? html.join('\n') : null,
    postedAt: toIsoDate(job.published),
    department: str(arr(job.department)[0]) ?? str(job.department),
    employmentType: str(job.type),
  };
}

export const workableAdapter = defineAdapter({
  kind: 'workable',
  start(source) {
    return [
      { url: sourceUrl(source, ORIGIN, `/api/v1/widget/accounts/${seg(account(source))}?details=true`), method: 'GET', label: 'list' },
    ];
  },
  parseListDetailed(body) {
    const root = parseJsonObject(body, BOARD);
    const jobs = requireArray(root, 'jobs', BOARD);
    const company = str(root.name);
    const { postings, skipped } = collectItems(jobs, (j) => parseWidgetJob(j as JsonObject, company));
    return { page: { postings, followUps: [], total: jobs.length }, skipped };
  },
  needsDetail(posting) {
    return posting.descriptionHtml === null;
  },
  detailRequest(posting, source) {
    return {
      url: sourceUrl(source, ORIGIN, `/api/v2/accounts/${seg(account(source))}/jobs/${seg(posting.externalId)}`),
      method: 'GET',
      label: 'detail',
    };
  },
  parseDetail(body, _request, listed) {
    return mergePosting(listed, parseV2Job(parseJsonObject(body, BOARD)));
  },
});
