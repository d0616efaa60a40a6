// Ashby public posting API: GET /posting-api/job-board/{name}[?includeCompensation=true] →
// {"apiVersion":"1","jobs":[...]}. Unlisted jobs are returned with isListed:false; country is a free-form name.
import type { GeneratedPosting } from '../dataset.ts';
import type { Place } from '../vocabulary.ts';
import { countryName, htmlToPlain, json, segmentsAfter, type BoardFormat, type RenderContext } from './format.ts';

function addressCountry(pl: Place, variant: number): string {
  if (pl.country === 'US') return ['USA', 'United States', 'USA'][variant % 3]!;
  if (pl.country === 'GB') return variant % 2 ? 'United Kingdom' : 'UK';
  return countryName(pl.country);
}

function postal(pl: Place, variant: number): Record<string, string> {
  // Real boards carry stray spaces in these fields.
  return { addressRegion: variant % 5 === 1 ? `${pl.region} ` : pl.region, addressCountry: addressCountry(pl, variant), addressLocality: pl.city };
}

function job(p: GeneratedPosting, ctx: RenderContext, compensation: boolean): Record<string, unknown> {
  const first = p.places[0]!;
  const url = `${ctx.baseUrl}/${ctx.board.locator}/${p.truth.externalId}`;
  const out: Record<string, unknown> = {
    id: p.truth.externalId,
    title: p.truth.title,
    department: p.department,
    team: p.department,
    employmentType: { FULL_TIME: 'FullTime', PART_TIME: 'PartTime', CONTRACTOR: 'Contract', INTERN: 'Intern' }[p.employmentType],
    location: p.remote ? `Remote ${addressCountry(first, p.variant)}` : first.country === 'US' ? `${first.city}, ${first.regionCode}` : first.city,
    shouldDisplayCompensationOnJobPostings: compensation,
    secondaryLocations: p.places.slice(1).map((pl) => ({ location: pl.city, address: { postalAddress: postal(pl, p.variant) } })),
    publishedAt: p.truth.postedAt.replace('Z', '+00:00'),
    isListed: p.listed,
    isRemote: p.remote ? true : p.variant % 4 === 0 ? null : false,
    workplaceType: p.remote ? 'Remote' : p.variant % 4 === 0 ? null : p.variant % 2 ? 'Hybrid' : 'OnSite',
    address: { postalAddress: p.remote ? { addressCountry: addressCountry(first, p.variant) } : postal(first, p.variant) },
    jobUrl: url,
    applyUrl: `${url}/application`,
    descriptionHtml: p.descriptionHtml,
    descriptionPlain: htmlToPlain(p.descriptionHtml),
  };
  if (compensation) {
    const min = 80 + (p.seq % 40);
    out.compensation = {
      compensationTierSummary: `$${min}K – $${min + 30}K`,
      scrapeableCompensationSalarySummary: `$${min}K - $${min + 30}K`,
      compensationTiers: [],
      summaryComponents: [{ compensationType: 'Salary', interval: '1 YEAR', currencyCode: 'USD', minValue: min * 1000, maxValue: (min + 30) * 1000 }],
    };
  }
  return out;
}

export const ashbyFormat: BoardFormat = {
  handle(req, ctx) {
    const segs = segmentsAfter(req.path, '/posting-api/job-board/');
    if (!segs || segs.length !== 1 || segs[0] !== ctx.board.locator || req.method !== 'GET') return null;
    const compensation = req.query.get('includeCompensation') === 'true';
    return json({ apiVersion: '1', jobs: ctx.board.postings.map((p) => job(p, ctx, compensation)) }, { cacheable: true });
  },
};
