// Lever Postings API v0: GET /v0/postings/{site}?mode=json (bare array; `skip`/`limit` paging, no total)
// and GET /v0/postings/{site}/{id}. `createdAt` is epoch milliseconds; `country` is ISO alpha-2.
import { escapeHtml, listHtml, type GeneratedPosting } from '../dataset.ts';
import { countryName, htmlToPlain, intParam, json, listed, notFoundJson, segmentsAfter, html, type BoardFormat, type RenderContext } from './format.ts';

function posting(p: GeneratedPosting, ctx: RenderContext): Record<string, unknown> {
  const first = p.places[0]!;
  const location = p.remote ? `Remote - ${countryName(first.country)}` : first.city;
  const descriptionHtml = `<div><p>${escapeHtml(p.sections.intro)}</p></div>`;
  const lists = [
    { text: 'What you will do', content: listHtml(p.sections.duties).replace(/^<ul>|<\/ul>$/g, '') },
    { text: 'What we are looking for', content: listHtml(p.sections.requirements).replace(/^<ul>|<\/ul>$/g, '') },
  ];
  const additional = `<div><b>Benefits</b></div>${listHtml(p.sections.benefits)}<div>${escapeHtml(p.sections.eeo)}</div>`;
  const out: Record<string, unknown> = {
    additionalPlain: htmlToPlain(additional),
    additional,
    categories: {
      commitment: p.employmentType === 'CONTRACTOR' ? 'Contract' : p.employmentType === 'INTERN' ? 'Intern' : 'Permanent',
      department: p.department,
      location,
      team: p.department,
      allLocations: p.remote ? [location] : p.places.map((pl) => pl.city),
    },
    createdAt: Date.parse(p.truth.postedAt),
    descriptionPlain: htmlToPlain(descriptionHtml),
    description: descriptionHtml,
    id: p.truth.externalId,
    lists,
    text: p.truth.title,
    country: first.country,
    workplaceType: p.remote ? 'remote' : p.variant % 3 === 0 ? 'hybrid' : 'on-site',
    opening: '',
    openingPlain: '',
    descriptionBody: descriptionHtml,
    descriptionBodyPlain: htmlToPlain(descriptionHtml),
    hostedUrl: `${ctx.baseUrl}/${ctx.board.locator}/${p.truth.externalId}`,
    applyUrl: `${ctx.baseUrl}/${ctx.board.locator}/${p.truth.externalId}/apply`,
  };
  if (p.variant % 4 === 0) {
    out.salaryRange = { currency: first.country === 'GB' ? 'GBP' : 'USD', interval: 'per-year-salary', min: 90000 + (p.seq % 20) * 1000, max: 130000 + (p.seq % 20) * 1000 };
  }
  return out;
}

export const leverFormat: BoardFormat = {
  handle(req, ctx) {
    const segs = segmentsAfter(req.path, '/v0/postings/');
    if (!segs || segs[0] !== ctx.board.locator || req.method !== 'GET') return null;
    const wantsJson = req.query.get('mode') === 'json' || /application\/json/.test(String(req.headers.accept ?? ''));
    if (segs.length === 1) {
      const skip = Math.max(0, intParam(req.query.get('skip'), 0));
      const limitRaw = req.query.get('limit');
      const all = listed(ctx.board);
      const page = limitRaw ? all.slice(skip, skip + Math.max(0, intParam(limitRaw, all.length))) : all.slice(skip);
      if (!wantsJson) {
        const items = page.map((p) => `<div class="posting"><a class="posting-title" href="${ctx.baseUrl}/${ctx.board.locator}/${p.truth.externalId}"><h5>${escapeHtml(p.truth.title)}</h5></a></div>`);
        return html(`<!DOCTYPE html><html><body>${items.join('\n')}</body></html>`, { cacheable: true });
      }
      return json(page.map((p) => posting(p, ctx)), { cacheable: true });
    }
    if (segs.length === 2) {
      const p = listed(ctx.board).find((x) => x.truth.externalId === segs[1]);
      return p ? json(posting(p, ctx)) : notFoundJson('Document not found');
    }
    return null;
  },
};
