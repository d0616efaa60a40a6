// Oracle Recruiting Cloud (Candidate Experience REST): list
// GET /hcmRestApi/resources/latest/recruitingCEJobRequisitions?onlyData=true&expand=...&finder=findReqs;siteNumber=X,limit=N,offset=M
// (paging lives inside `finder`; use items[0].TotalJobsCount) and detail
// GET /hcmRestApi/resources/latest/recruitingCEJobRequisitionDetails?expand=all&onlyData=true&finder=ById;Id="{Id}",siteNumber=X
import { escapeHtml, listHtml, placeLabel, type GeneratedPosting } from '../dataset.ts';
import { json, listed, type BoardFormat, type RenderContext } from './format.ts';

const LIST = '/hcmRestApi/resources/latest/recruitingCEJobRequisitions';
const DETAIL = '/hcmRestApi/resources/latest/recruitingCEJobRequisitionDetails';

/** `findReqs;siteNumber=CX_1,limit=25,offset=0` → {name, params}. */
export function parseFinder(finder: string): { name: string; params: Record<string, string> } {
  const semi = finder.indexOf(';');
  const name = semi < 0 ? finder : finder.slice(0, semi);
  const rest = semi < 0 ? '' : finder.slice(semi + 1);
  const params: Record<string, string> = {};
  for (const part of rest.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) params[part.slice(0, eq).trim()] = part.slice(eq + 1).trim().replace(/^"|"$/g, '');
  }
  return { name, params };
}

function workplace(p: GeneratedPosting): { code: string | null; label: string } {
  if (p.remote) return { code: 'ORA_REMOTE', label: 'Remote' };
  if (p.variant % 3 === 0) return { code: 'ORA_HYBRID', label: 'Hybrid' };
  return { code: 'ORA_ON_SITE', label: 'On-site' };
}

function requisition(p: GeneratedPosting): Record<string, unknown> {
  const first = p.places[0]!;
  const wp = workplace(p);
  return {
    Id: p.truth.externalId,
    Title: p.truth.title,
    PostedDate: p.truth.postedAt.slice(0, 10),
    PostingEndDate: null,
    Language: 'US',
    PrimaryLocationCountry: first.country,
    GeographyId: 100_000_067_000_000 + p.seq,
    HotJobFlag: false,
    WorkplaceTypeCode: wp.code,
    JobFamily: p.department,
    JobFunction: null,
    Department: null,
    Organization: null,
    ShortDescriptionStr: p.sections.intro,
    PrimaryLocation: placeLabel(first),
    Distance: 0,
    TrendingFlag: false,
    BeFirstToApplyFlag: false,
    Relevancy: 9,
    WorkplaceType: wp.label,
    ExternalQualificationsStr: null,
    ExternalResponsibilitiesStr: null,
    secondaryLocations: p.places.slice(1).map((pl, i) => ({
      RequisitionLocationId: 300_002_607_062_000 + p.seq * 10 + i,
      GeographyNodeId: 100_001_373_637_000 + i,
      GeographyId: 100_000_067_181_000 + i,
      Name: placeLabel(pl),
      CountryCode: pl.country,
      Latitude: 0,
      Longitude: 0,
    })),
  };
}

function envelope(items: unknown[], self: string): Record<string, unknown> {
  return { items, count: items.length, hasMore: false, limit: 25, offset: 0, links: [{ rel: 'self', href: self, name: 'resource', kind: 'collection' }] };
}

export const oracleFormat: BoardFormat = {
  handle(req, ctx) {
    if (req.method !== 'GET' || (req.path !== LIST && req.path !== DETAIL)) return null;
    const finder = parseFinder(req.query.get('finder') ?? '');
    if (finder.params.siteNumber !== siteNumberOf(ctx.board.locator)) return null;
    const postings = listed(ctx.board);
    if (req.path === LIST) {
      const limit = Math.min(200, Math.max(1, Number(finder.params.limit ?? 25) || 25));
      const offset = Math.max(0, Number(finder.params.offset ?? 0) || 0);
      const item = {
        SearchId: 1,
        Keyword: finder.params.keyword ?? null,
        Facets: 'LOCATIONS;WORK_LOCATIONS;WORKPLACE_TYPES;TITLES;CATEGORIES;ORGANIZATIONS;POSTING_DATES;FLEX_FIELDS',
        Offset: offset,
        Limit: limit,
        SortBy: finder.params.sortBy ?? 'RELEVANCY',
        TotalJobsCount: postings.length,
        SiteNumber: siteNumberOf(ctx.board.locator),
        requisitionList: postings.slice(offset, offset + limit).map(requisition),
        categoriesFacet: [],
        locationsFacet: [],
        postingDatesFacet: [],
        titlesFacet: [],
        workLocationsFacet: [],
        flexFieldsFacet: [],
        organizationsFacet: [{ Id: 1, Name: ctx.board.employer.name, TotalCount: postings.length }],
        workplaceTypesFacet: [],
      };
      return json(envelope([item], `${ctx.baseUrl}${LIST}`), { cacheable: true });
    }
    if (finder.name !== 'ById') return json({ title: 'Bad Request', status: '400' }, { status: 400 });
    const p = postings.find((x) => x.truth.externalId === finder.params.Id);
    if (!p) return json(envelope([], `${ctx.baseUrl}${DETAIL}`));
    const s = p.sections;
    const first = p.places[0]!;
    const wp = workplace(p);
    const detail = {
      Id: p.truth.externalId,
      Title: p.truth.title,
      Category: p.department,
      ExternalPostedStartDate: p.truth.postedAt.replace('Z', '+00:00'),
      ExternalPostedEndDate: null,
      ExternalDescriptionStr: `<p>${escapeHtml(s.intro)}</p>`,
      CorporateDescriptionStr: `<p>${escapeHtml(s.eeo)}</p>`,
      OrganizationDescriptionStr: listHtml(s.benefits),
      ExternalQualificationsStr: listHtml(s.requirements),
      ExternalResponsibilitiesStr: listHtml(s.duties),
      PrimaryLocation: placeLabel(first),
      PrimaryLocationCountry: first.country,
      secondaryLocations: requisition(p).secondaryLocations,
      WorkplaceTypeCode: wp.code,
      WorkplaceType: wp.label,
      JobShift: null,
      StudyLevel: null,
    };
    return json(envelope([detail], `${ctx.baseUrl}${DETAIL}`));
  },
};

/** Oracle locators are `{host}/{siteNumber}`. */
function siteNumberOf(locator: string): string {
  return locator.split('/')[1] ?? locator;
}
