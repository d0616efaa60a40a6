// Workday CXS: POST /wday/cxs/{tenant}/{site}/jobs with {limit ≤ 20, offset, appliedFacets, searchText};
// detail GET /wday/cxs/{tenant}/{site}{externalPath}. `total` is capped (2000 by default) and paging past the
// cap wraps to the start, as the real service does. limit > 20 is answered with HTTP 400.
import { workdayReqId, type GeneratedPosting } from '../dataset.ts';
import type { Place } from '../vocabulary.ts';
import { countryName, hexId, json, listed, type BoardFormat, type BoardResponse, type RenderContext } from './format.ts';

const MAX_LIMIT = 20;

function tenantLocation(pl: Place): string {
  return pl.country === 'US' ? `USA - ${pl.region} - ${pl.city}` : `${countryName(pl.country)}, ${pl.city}`;
}

function wdCountry(code: string): string {
  return code === 'US' ? 'United States of America' : countryName(code);
}

function facetLabel(pl: Place): string {
  return pl.country === 'US' || pl.country === 'CA' ? `${pl.city}, ${pl.regionCode}` : `${pl.city}, ${countryName(pl.country)}`;
}

function postedOn(iso: string, referenceDate: string): string {
  const days = Math.floor((Date.parse(referenceDate) - Date.parse(iso)) / 86_400_000);
  if (days <= 0) return 'Posted Today';
  if (days === 1) return 'Posted Yesterday';
  if (days >= 30) return 'Posted 30+ Days Ago';
  return `Posted ${days} Days Ago`;
}

function error(status: number, message: string): BoardResponse {
  return json({ errorCode: `HTTP_${status}`, errorCaseId: hexId(message).slice(0, 12), httpStatus: status, message, messageParams: {} }, { status });
}

function detail(p: GeneratedPosting, ctx: RenderContext, tenant: string, site: string): Record<string, unknown> {
  const first = p.places[0]!;
  const start = p.truth.postedAt.slice(0, 10);
  const info: Record<string, unknown> = {
    id: hexId(p.truth.externalId),
    title: p.truth.title,
    jobDescription: p.descriptionHtml,
    location: tenantLocation(first),
  };
  if (p.places.length > 1) info.additionalLocations = p.places.slice(1).map(tenantLocation);
  Object.assign(info, {
    postedOn: postedOn(p.truth.postedAt, ctx.referenceDate),
    startDate: start,
    timeType: p.employmentType === 'FULL_TIME' ? 'Full time' : 'Part time',
    jobReqId: workdayReqId(p.seq),
    jobPostingId: p.truth.externalId.split('/').pop(),
    jobPostingSiteId: site,
    country: { descriptor: wdCountry(first.country), id: hexId(`country:${first.country}`) },
    canApply: true,
    posted: true,
    includeResumeParsing: true,
    jobRequisitionLocation: {
      descriptor: tenantLocation(first),
      country: { descriptor: wdCountry(first.country), id: hexId(`country:${first.country}`), alpha2Code: first.country },
    },
  });
  if (p.remote) info.remoteType = 'Fully Remote';
  else if (p.variant % 3 === 0) info.remoteType = 'Hybrid';
  info.externalUrl = `${ctx.baseUrl}/${site}${p.truth.externalId}`;
  info.questionnaireId = hexId(`q:${tenant}`);
  return {
    jobPostingInfo: info,
    hiringOrganization: { name: `1000 ${p.truth.company} LLC`, url: '' },
    similarJobs: [],
    userAuthenticated: false,
  };
}

export const workdayFormat: BoardFormat = {
  handle(req, ctx) {
    const [host, site] = ctx.board.locator.split('/') as [string, string];
    const tenant = host.split('.')[0]!;
    const prefix = `/wday/cxs/${tenant}/${site}`;
    if (!req.path.startsWith(`${prefix}/`)) return null;
    const rest = req.path.slice(prefix.length);
    const postings = listed(ctx.board);
    if (rest === '/jobs') {
      if (req.method !== 'POST') return error(405, 'Method not allowed');
      let body: { limit?: unknown; offset?: unknown; appliedFacets?: unknown };
      try {
        body = JSON.parse(req.body || '{}') as typeof body;
      } catch {
        return error(400, 'Malformed request body');
      }
      const limit = typeof body.limit === 'number' ? body.limit : 20;
      const offset = typeof body.offset === 'number' ? body.offset : 0;
      if (limit > MAX_LIMIT || limit < 1 || offset < 0) return error(400, `limit must be between 1 and ${MAX_LIMIT}`);
      const facets = (body.appliedFacets ?? {}) as Record<string, unknown>;
      const wanted = Array.isArray(facets.locations) ? new Set(facets.locations.map(String)) : null;
      const matching = wanted ? postings.filter((p) => p.places.some((pl) => wanted.has(hexId(`loc:${facetLabel(pl)}`)))) : postings;
      const cap = ctx.workday.totalCap ?? 2000;
      const effective = offset % cap; // past the ceiling, paging quietly starts over
      const page = matching.slice(0, cap).slice(effective, effective + limit);
      const counts = new Map<string, number>();
      for (const p of postings) for (const pl of p.places) counts.set(facetLabel(pl), (counts.get(facetLabel(pl)) ?? 0) + 1);
      const total = ctx.workday.totalOnFirstPageOnly && offset > 0 ? 0 : Math.min(matching.length, cap);
      return json(
        {
          total,
          jobPostings: page.map((p) => ({
            title: p.truth.title,
            externalPath: p.truth.externalId,
            locationsText: p.places.length > 1 ? `${p.places.length} Locations` : facetLabel(p.places[0]!),
            postedOn: postedOn(p.truth.postedAt, ctx.referenceDate),
            bulletFields: [workdayReqId(p.seq)],
          })),
          facets: [
            {
              facetParameter: 'locationMainGroup',
              values: [
                {
                  facetParameter: 'locations',
                  descriptor: 'Locations',
                  values: [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([descriptor, count]) => ({ descriptor, id: hexId(`loc:${descriptor}`), count })),
                },
              ],
            },
          ],
          userAuthenticated: false,
        },
        { escapeLt: true },
      );
    }
    if (rest.startsWith('/job/') && req.method === 'GET') {
      const p = postings.find((x) => x.truth.externalId === decodeURI(rest));
      if (!p) return error(404, 'Job posting not found');
      return json(detail(p, ctx, tenant, site), { escapeLt: true });
    }
    return null;
  },
  robotsLines(ctx) {
    const site = ctx.board.locator.split('/')[1] ?? '';
    return [`Sitemap: ${ctx.baseUrl}/${site}/siteMap.xml`, `Allow: /${site}/`];
  },
};
