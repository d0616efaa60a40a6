// Workable public JSON: the v1 widget list GET /api/v1/widget/accounts/{account}[?details=true], the v2 detail
// GET /api/v2/accounts/{account}/jobs/{shortcode}, and the v3 careers-page list POST /api/v3/accounts/{account}/jobs
// (cursor `nextPage`, sent back as `token`).
import { escapeHtml, listHtml, type GeneratedPosting } from '../dataset.ts';
import { countryName, json, listed, notFoundJson, segmentsAfter, type BoardFormat, type RenderContext } from './format.ts';

const V3_PAGE = 10;

function locations(p: GeneratedPosting): Array<Record<string, unknown>> {
  return p.places.map((pl) => ({ country: countryName(pl.country), countryCode: pl.country, city: pl.city, region: pl.region, hidden: false }));
}

function fullDescription(p: GeneratedPosting): string {
  const s = p.sections;
  return `<p>${escapeHtml(s.intro)}</p><p><strong>What you will do</strong></p>${listHtml(s.duties)}<p><strong>Requirements</strong></p>${listHtml(s.requirements)}<p><strong>Benefits</strong></p>${listHtml(s.benefits)}<p>${escapeHtml(s.eeo)}</p>`;
}

function widgetJob(p: GeneratedPosting, ctx: RenderContext, details: boolean): Record<string, unknown> {
  const first = p.places[0]!;
  const code = p.truth.externalId;
  const out: Record<string, unknown> = {
    title: p.truth.title,
    shortcode: code,
    code: '',
    employment_type: p.employmentType === 'FULL_TIME' ? 'Full-time' : p.employmentType === 'INTERN' ? 'Internship' : 'Contract',
    telecommuting: p.remote,
    department: p.department,
    url: `${ctx.baseUrl}/j/${code}`,
    shortlink: `${ctx.baseUrl}/j/${code}`,
    application_url: `${ctx.baseUrl}/j/${code}/apply`,
    published_on: p.truth.postedAt.slice(0, 10),
    created_at: p.truth.postedAt.slice(0, 10),
    country: countryName(first.country),
    city: first.city,
    state: first.region,
    education: 'Unspecified',
    experience: 'Mid-Senior level',
    function: p.department,
    industry: p.truth.sector === 'Finance & FinTech' ? 'Financial Services' : '',
    locations: locations(p),
  };
  if (details) out.description = fullDescription(p);
  return out;
}

function v2(p: GeneratedPosting, ctx: RenderContext): Record<string, unknown> {
  const first = p.places[0]!;
  const s = p.sections;
  return {
    id: 5_700_000 + p.seq,
    shortcode: p.truth.externalId,
    title: p.truth.title,
    remote: p.remote,
    location: { country: countryName(first.country), countryCode: first.country, city: first.city, region: first.region },
    locations: locations(p),
    state: 'published',
    isInternal: false,
    code: '',
    published: `${p.truth.postedAt.slice(0, 10)}T00:00:00.000Z`,
    type: p.employmentType === 'FULL_TIME' ? 'full' : 'contract',
    language: 'en',
    department: [p.department],
    accountUid: `${ctx.board.locator}-0000-4000-8000-000000000000`,
    approvalStatus: 'approved',
    workplace: p.remote ? 'remote' : p.variant % 3 === 0 ? 'hybrid' : 'on_site',
    description: `<p>${escapeHtml(s.intro)}</p><p><strong>What you will do</strong></p>${listHtml(s.duties)}`,
    requirements: listHtml(s.requirements),
    benefits: `${listHtml(s.benefits)}<p>${escapeHtml(s.eeo)}</p>`,
  };
}

export const workableFormat: BoardFormat = {
  handle(req, ctx) {
    const account = ctx.board.locator;
    const postings = listed(ctx.board);
    const widget = segmentsAfter(req.path, '/api/v1/widget/accounts/');
    if (widget && widget[0] === account && widget.length === 1 && req.method === 'GET') {
      const details = req.query.get('details') === 'true';
      return json({ name: ctx.board.employer.name, description: null, jobs: postings.map((p) => widgetJob(p, ctx, details)) }, { cacheable: true });
    }
    const v = segmentsAfter(req.path, '/api/v2/accounts/');
    if (v && v[0] === account && v[1] === 'jobs' && v.length === 3 && req.method === 'GET') {
      const p = postings.find((x) => x.truth.externalId === v[2]);
      return p ? json(v2(p, ctx)) : notFoundJson('Not found');
    }
    const v3 = segmentsAfter(req.path, '/api/v3/accounts/');
    if (v3 && v3[0] === account && v3[1] === 'jobs' && v3.length === 2 && req.method === 'POST') {
      let token: unknown;
      try {
        token = (JSON.parse(req.body || '{}') as { token?: unknown }).token;
      } catch {
        return json({ error: 'Bad request' }, { status: 400 });
      }
      const offset = typeof token === 'string' ? Number(Buffer.from(token, 'base64url').toString('utf8')) || 0 : 0;
      const page = postings.slice(offset, offset + V3_PAGE);
      const next = offset + V3_PAGE < postings.length ? Buffer.from(String(offset + V3_PAGE)).toString('base64url') : null;
      const results = page.map((p) => {
        const { description: _d, requirements: _r, benefits: _b, ...rest } = v2(p, ctx);
        return rest;
      });
      return json({ total: postings.length, results, nextPage: next });
    }
    return null;
  },
};
