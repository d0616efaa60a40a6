// Recruitee Careers Site API, served at the site's own root (one board per host):
// GET /api/offers/ → {"offers":[...]}, GET /api/offers/{slug} → {"offer":{...}}.
// Timestamps are "YYYY-MM-DD HH:MM:SS UTC" (not ISO 8601); salary numbers are strings.
import { escapeHtml, listHtml, placeLabel, slugify, type GeneratedPosting } from '../dataset.ts';
import { countryName, json, listed, notFoundJson, type BoardFormat, type RenderContext } from './format.ts';

function recruiteeTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

function offerSlug(p: GeneratedPosting): string {
  return `${slugify(p.truth.title)}-${p.seq}`;
}

function offer(p: GeneratedPosting, ctx: RenderContext): Record<string, unknown> {
  const first = p.places[0]!;
  const s = p.sections;
  const description = `<p>${escapeHtml(s.intro)}</p><h4>What you will do</h4>${listHtml(s.duties)}`;
  const requirements = `<h4>What we are looking for</h4>${listHtml(s.requirements)}<h4>Benefits</h4>${listHtml(s.benefits)}<p>${escapeHtml(s.eeo)}</p>`;
  const slug = offerSlug(p);
  return {
    id: Number(p.truth.externalId),
    guid: p.seq.toString(36).padStart(5, 'x'),
    slug,
    title: p.truth.title,
    company_name: p.truth.company,
    department: p.department,
    description,
    requirements,
    highlight: null,
    location: p.remote ? `Remote, ${countryName(first.country)}` : placeLabel(first),
    city: first.city,
    state_name: first.region,
    state_code: first.regionCode,
    country: countryName(first.country),
    country_code: first.country,
    postal_code: '',
    locations: p.places.map((pl, i) => ({
      id: 64_000 + p.seq * 10 + i,
      name: pl.city,
      city: pl.city,
      state: pl.region,
      state_code: pl.regionCode,
      country: countryName(pl.country),
      country_code: pl.country,
      postal_code: '',
      street: '',
      note: null,
      translations: { en: { name: pl.city, city: pl.city, postal_code: '', street: '', note: null } },
    })),
    remote: p.remote,
    hybrid: !p.remote && p.variant % 3 === 0,
    on_site: !p.remote && p.variant % 3 !== 0,
    employment_type_code: p.employmentType === 'FULL_TIME' ? 'fulltime_permanent' : 'contract',
    experience_code: 'mid_level',
    education_code: 'bachelor_degree',
    category_code: 'engineering',
    min_hours: 32,
    max_hours: 40,
    min_hours_per_week: '32',
    max_hours_per_week: '40',
    salary: { min: String(4000 + (p.seq % 10) * 100), max: String(6000 + (p.seq % 10) * 100), period: 'month', currency: 'EUR' },
    created_at: recruiteeTime(p.truth.postedAt),
    published_at: recruiteeTime(p.truth.postedAt),
    updated_at: recruiteeTime(p.truth.updatedAt),
    close_at: null,
    careers_url: `${ctx.baseUrl}/o/${slug}`,
    careers_apply_url: `${ctx.baseUrl}/o/${slug}/c/new`,
    status: 'published',
    tags: [],
    translations: { en: { title: p.truth.title, description, requirements, highlight: null } },
  };
}

export const recruiteeFormat: BoardFormat = {
  handle(req, ctx) {
    if (req.method !== 'GET') return null;
    const postings = listed(ctx.board);
    if (req.path === '/api/offers/' || req.path === '/api/offers') {
      return json({ offers: postings.map((p) => offer(p, ctx)) }, { cacheable: true });
    }
    const m = /^\/api\/offers\/([^/]+)\/?$/.exec(req.path);
    if (m) {
      const p = postings.find((x) => offerSlug(x) === m[1] || x.truth.externalId === m[1]);
      return p ? json({ offer: offer(p, ctx) }) : notFoundJson('Offer not found');
    }
    return null;
  },
};
