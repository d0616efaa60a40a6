// Ashby public posting API. Locator: the job board name (`jobs.ashbyhq.com/{name}`). One response holds the
// whole board with HTML descriptions. Option `company` names the employer (Ashby has no company field).
import type { ParsedPosting, SourceConfig } from '../core/types.ts';
import { seg, sourceUrl } from './base-url.ts';
import { toIsoDate } from './dates.ts';
import {
  arr,
  blankPosting,
  bool,
  collectItems,
  defineAdapter,
  isObject,
  obj,
  optionString,
  parseJsonObject,
  requireArray,
  requireIdTitle,
  slugLocator,
  str,
  uniq,
  workplaceRemote,
  type JsonObject,
} from './adapter-kit.ts';

const BOARD = 'ashby';
const ORIGIN = 'https://api.ashbyhq.com';

function boardName(source: SourceConfig): string {
  return slugLocator(source, BOARD, 'a board name');
}

/** Real data nests under `address.postalAddress`; the docs example puts the fields directly under `address`. */
function postalCountry(address: unknown): string | null {
  const a = obj(address);
  return str(obj(a?.postalAddress)?.addressCountry) ?? str(a?.addressCountry);
}

function parseJob(job: JsonObject, source: SourceConfig): ParsedPosting {
  const { externalId, title } = requireIdTitle(job.id, job.title);
  const secondary = arr(job.secondaryLocations).filter(isObject);
  const posting = blankPosting(externalId, title);
  posting.company = optionString(source, 'company');
  posting.url = str(job.jobUrl);
  posting.locations = uniq([str(job.location), ...secondary.map((l) => str(l.location))]);
  posting.countryHints = uniq([postalCountry(job.address), ...secondary.map((l) => postalCountry(l.address))]);
  // isRemote is tri-state and wins over workplaceType when they disagree (Ramp: isRemote true + "Hybrid").
  posting.remote = bool(job.isRemote) ?? workplaceRemote(job.workplaceType);
  posting.descriptionHtml = str(job.descriptionHtml) ?? str(job.descriptionPlain);
  posting.postedAt = toIsoDate(job.publishedAt);
  posting.department = str(job.department) ?? str(job.team);
  posting.employmentType = str(job.employmentType);
  return posting;
}

export const ashbyAdapter = defineAdapter({
  kind: 'ashby',
  start(source) {
    return [
      {
        url: sourceUrl(source, ORIGIN, `/posting-api/job-board/${seg(boardName(source))}?includeCompensation=true`),
        method: 'GET',
        label: 'list',
      },
    ];
  },
  parseListDetailed(body, _request, source) {
    const root = parseJsonObject(body, BOARD);
    // Unlisted jobs are returned too and must not be counted.
    const jobs = requireArray(root, 'jobs', BOARD).filter((j) => !(isObject(j) && j.isListed === false));
    const { postings, skipped } = collectItems(jobs, (j) => parseJob(j as JsonObject, source));
    return { page: { postings, followUps: [], total: jobs.length }, skipped };
  },
  // The board response is complete; Ashby has no per-job endpoint to add anything.
  needsDetail() {
    return false;
  },
});
