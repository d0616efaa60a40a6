// Greenhouse Job Board API: GET /v1/boards/{token}/jobs[?content=true] and /v1/boards/{token}/jobs/{id}.
// `content` is entity-escaped HTML; every fifth posting is escaped twice, as in the official docs example.
import { escapeHtml, placeLabel, type GeneratedPosting } from '../dataset.ts';
import { countryName, isoWithOffset, json, listed, notFoundJson, segmentsAfter, type BoardFormat, type RenderContext } from './format.ts';

function locationName(p: GeneratedPosting): string {
  if (p.remote) return `Remote - ${countryName(p.places[0]!.country)}`;
  const names = p.places.map((pl) => (pl.country === 'US' || pl.country === 'CA' ? `${pl.city}, ${pl.regionCode}` : pl.city));
  if (p.variant % 3 === 0 && names.length === 1) return `Hybrid - ${names[0]}`;
  return names.join('; ');
}

function job(p: GeneratedPosting, ctx: RenderContext, content: boolean): Record<string, unknown> {
  const token = ctx.board.locator;
  const id = Number(p.truth.externalId);
  const country = p.places[0]!.country;
  const out: Record<string, unknown> = {
    absolute_url: `${ctx.baseUrl}/${token}/jobs/${id}`,
    data_compliance: [
      {
        type: 'gdpr',
        requires_consent: false,
        requires_processing_consent: false,
        requires_retention_consent: false,
        retention_period: null,
        demographic_data_consent_applies: true,
      },
    ],
    internal_job_id: 5_100_000_004 + p.seq * 1000,
    location: { name: locationName(p) },
    metadata:
      p.variant % 2 === 0
        ? null
        : [{ id: 18_783_104_004, name: 'Workplace Type', value: p.remote ? 'Remote' : p.variant % 3 === 0 ? 'Hybrid' : 'On-site', value_type: 'single_select' }],
    id,
    updated_at: isoWithOffset(p.truth.updatedAt, country),
    requisition_id: String(1000 + p.seq),
    title: p.truth.title,
    company_name: p.truth.company,
    first_published: isoWithOffset(p.truth.postedAt, country),
    language: 'en',
    application_deadline: null,
  };
  if (content) {
    const once = escapeHtml(p.descriptionHtml);
    out.content = p.variant % 5 === 0 ? escapeHtml(once) : once;
    out.departments = [{ id: 4_085_775_004 + p.department.length, name: p.department, child_ids: [], parent_id: null }];
    out.offices = p.remote
      ? [{ id: 4_091_000_004, name: 'Remote', location: countryName(country), child_ids: [], parent_id: null }]
      : p.places.map((pl, i) => ({
          id: 4_091_069_004 + i + pl.city.length * 10,
          name: `Office - ${pl.city}`,
          location: placeLabel(pl),
          child_ids: [],
          parent_id: 4_014_161_004,
        }));
  }
  out.ai_disclaimer = null;
  out.include_ai_disclaimer = null;
  return out;
}

export const greenhouseFormat: BoardFormat = {
  handle(req, ctx) {
    const segs = segmentsAfter(req.path, '/v1/boards/');
    if (!segs || segs[0] !== ctx.board.locator || segs[1] !== 'jobs' || req.method !== 'GET') return null;
    const content = req.query.get('content') === 'true';
    if (segs.length === 2) {
      const jobs = listed(ctx.board).map((p) => job(p, ctx, content));
      return json({ jobs, meta: { total: jobs.length } }, { cacheable: true });
    }
    if (segs.length === 3) {
      const p = listed(ctx.board).find((x) => x.truth.externalId === segs[2]);
      return p ? json(job(p, ctx, true)) : notFoundJson('Job not found');
    }
    return null;
  },
};
