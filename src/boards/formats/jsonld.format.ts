// A career site carrying schema.org JobPosting JSON-LD (one site per host): a listing page at the locator's
// path, one page per job with <script type="application/ld+json">, and sitemaps announced in robots.txt —
// a sitemap index with a plain and a gzipped child for bigger sites, a plain urlset for small ones.
import { gzipSync } from 'node:zlib';
import { escapeHtml, slugify, type GeneratedPosting } from '../dataset.ts';
import type { Place } from '../vocabulary.ts';
import { countryName, html, type BoardFormat, type BoardResponse, type RenderContext } from './format.ts';

export function sitePath(locator: string): string {
  try {
    return new URL(locator).pathname.replace(/\/+$/, '') || '/careers';
  } catch {
    return '/careers';
  }
}

export function jobPath(ctx: RenderContext, p: GeneratedPosting): string {
  return `${sitePath(ctx.board.locator)}/jobs/${p.seq}-${slugify(p.truth.title)}`;
}

function addressCountry(pl: Place, variant: number): unknown {
  switch (variant % 3) {
    case 0:
      return pl.country;
    case 1:
      return countryName(pl.country);
    default:
      return { '@type': 'Country', name: countryName(pl.country) };
  }
}

const EMPLOYMENT: Record<GeneratedPosting['employmentType'], string> = {
  FULL_TIME: 'FULL_TIME',
  PART_TIME: 'PART_TIME',
  CONTRACTOR: 'CONTRACTOR',
  INTERN: 'INTERN',
};

export function jobPostingLd(p: GeneratedPosting, ctx: RenderContext): Record<string, unknown> {
  const v = p.variant;
  const ld: Record<string, unknown> = {
    '@context': v % 4 === 3 ? 'http://schema.org' : 'https://schema.org/',
    '@type': v % 4 === 3 ? ['JobPosting'] : 'JobPosting',
    title: p.truth.title,
    // Some sites entity-escape the description inside JSON-LD; readers unescape once.
    description: v % 7 === 0 ? escapeHtml(p.descriptionHtml) : p.descriptionHtml,
    identifier: { '@type': 'PropertyValue', name: p.truth.company, value: p.truth.externalId },
    datePosted: v % 2 === 0 ? p.truth.postedAt : p.truth.postedAt.slice(0, 10),
    validThrough: new Date(Date.parse(p.truth.postedAt) + 60 * 86_400_000).toISOString(),
    employmentType: EMPLOYMENT[p.employmentType],
    directApply: true,
    hiringOrganization: { '@type': 'Organization', name: p.truth.company, sameAs: `https://${ctx.board.employer.domain}` },
    url: `${ctx.baseUrl}${jobPath(ctx, p)}`,
  };
  if (p.remote) {
    ld.jobLocationType = 'TELECOMMUTE';
    ld.applicantLocationRequirements = { '@type': 'Country', name: countryName(p.places[0]!.country) };
  } else {
    const places = p.places.map((pl) => ({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'UNAVAILABLE',
        addressLocality: pl.city,
        addressRegion: pl.regionCode,
        postalCode: '',
        addressCountry: addressCountry(pl, v),
      },
    }));
    ld.jobLocation = places.length === 1 && v % 2 ? places[0] : places;
  }
  return ld;
}

function ldScript(p: GeneratedPosting, ctx: RenderContext): string {
  const posting = jobPostingLd(p, ctx);
  let data: unknown = posting;
  if (p.variant % 4 === 1) data = [posting];
  if (p.variant % 4 === 2) {
    const { '@context': context, ...rest } = posting;
    data = {
      '@context': context,
      '@graph': [
        { '@type': 'Organization', name: p.truth.company, url: `https://${ctx.board.employer.domain}` },
        { '@type': 'WebPage', name: p.truth.title, url: posting.url },
        rest,
      ],
    };
  }
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/<\//g, '<\\/')}</script>`;
}

function page(title: string, head: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>${head}</head>\n<body>${body}</body></html>\n`;
}

function xml(body: string, cacheable = true): BoardResponse {
  return { status: 200, headers: { 'content-type': 'application/xml; charset=utf-8' }, body, cacheable };
}

function urlset(urls: Array<{ loc: string; lastmod: string }>): string {
  const items = urls.map((u) => `  <url><loc>${escapeHtml(u.loc)}</loc><lastmod>${u.lastmod}</lastmod></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</urlset>\n`;
}

function usesIndex(ctx: RenderContext): boolean {
  return ctx.board.postings.length > 3;
}

export const jsonldFormat: BoardFormat = {
  handle(req, ctx) {
    if (req.method !== 'GET') return null;
    const base = sitePath(ctx.board.locator);
    const postings = ctx.board.postings.filter((p) => p.listed);
    const entries = postings.map((p) => ({ loc: `${ctx.baseUrl}${jobPath(ctx, p)}`, lastmod: p.truth.updatedAt.slice(0, 10) }));
    if (req.path === base || req.path === `${base}/`) {
      const items = postings
        .map((p) => `<li class="job"><a href="${jobPath(ctx, p)}">${escapeHtml(p.truth.title)}</a> <span class="location">${escapeHtml(p.truth.locations.join('; '))}</span></li>`)
        .join('\n');
      return html(page(`Careers at ${ctx.board.employer.name}`, '', `<h1>Open positions at ${escapeHtml(ctx.board.employer.name)}</h1>\n<ul class="jobs">\n${items}\n</ul>`), { cacheable: true });
    }
    if (req.path.startsWith(`${base}/jobs/`)) {
      const p = postings.find((x) => jobPath(ctx, x) === req.path);
      if (!p) return html(page('Not found', '', '<h1>This position is no longer available</h1>'), { status: 404 });
      const body = `<article><h1>${escapeHtml(p.truth.title)}</h1><p class="location">${escapeHtml(p.truth.locations.join('; '))}</p>${p.descriptionHtml}</article>`;
      return html(page(p.truth.title, ldScript(p, ctx), body));
    }
    if (req.path === '/sitemap.xml') {
      if (!usesIndex(ctx)) return xml(urlset(entries));
      const lastmod = entries.map((e) => e.lastmod).sort().pop() ?? ctx.referenceDate.slice(0, 10);
      return xml(
        `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
          `  <sitemap><loc>${ctx.baseUrl}/sitemaps/jobs-1.xml</loc><lastmod>${lastmod}</lastmod></sitemap>\n` +
          `  <sitemap><loc>${ctx.baseUrl}/sitemaps/jobs-2.xml.gz</loc><lastmod>${lastmod}</lastmod></sitemap>\n</sitemapindex>\n`,
      );
    }
    const half = Math.ceil(entries.length / 2);
    if (req.path === '/sitemaps/jobs-1.xml' && usesIndex(ctx)) return xml(urlset(entries.slice(0, half)));
    if (req.path === '/sitemaps/jobs-2.xml.gz' && usesIndex(ctx)) {
      return { status: 200, headers: { 'content-type': 'application/x-gzip' }, body: gzipSync(urlset(entries.slice(half))), cacheable: true };
    }
    return null;
  },
  robotsLines(ctx) {
    return [`Sitemap: ${ctx.baseUrl}/sitemap.xml`];
  },
};
