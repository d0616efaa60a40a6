// Career pages with schema.org JobPosting JSON-LD. Locator: a listing page URL (HTML with links to job pages)
// or a sitemap URL (`<urlset>` or `<sitemapindex>`; which one is decided by the content, not the name).
// Options:
//   linkPattern  regex (string) a job page URL must match. Default: every URL of a sitemap; on HTML listings,
//                same-host links whose path mentions job/career/position/vacancy/opening.
//   selectors    CSS selectors for pages without JSON-LD: `item` (one listing entry), and inside it `title`,
//                `link` (an element with href), `location`, `country` (text; `;` separates several),
//                `posted` (`datetime` attribute or text), `description` (HTML; also used on the job page);
//                `id` names an attribute of the item (e.g. `data-id`) to use as the posting id instead of
//                the link URL.
//   company      employer name when the page does not give one.
// Requests carry `meta.pageUrl`, the page's canonical URL (before baseUrl replacement), so relative links
// resolve against the real site and stub ids stay the canonical job URLs.
import { load, type CheerioAPI } from 'cheerio/slim';
import { PermanentError } from '../errors.ts';
import type { ParsedPosting, RequestSpec, SourceConfig, SourceKind } from '../core/types.ts';
import { withBaseUrl } from './base-url.ts';
import { toIsoDate } from './dates.ts';
import { blankPosting, defineAdapter, mergePosting, obj, optionString, str, uniq, type BoardAdapter, type SkippedItem } from './adapter-kit.ts';
import { findJobPostings, jobPostingFields, jobPostingIdentifier } from './json-ld.ts';
import { looksLikeSitemapUrl, parseSitemap } from './sitemap.ts';

const JOB_PATH = /job|career|position|vacanc|opening|stellen|empleo|emploi|posting/i;

const SELECTOR_KEYS = ['item', 'id', 'title', 'link', 'location', 'country', 'posted', 'description'] as const;
type Selectors = Partial<Record<(typeof SELECTOR_KEYS)[number], string>>;

function selectors(source: SourceConfig): Selectors {
  const s = obj(source.options?.selectors) ?? {};
  const out: Selectors = {};
  for (const k of SELECTOR_KEYS) {
    const v = str(s[k]);
    if (v) out[k] = v;
  }
  return out;
}

function splitList(text: string | null): string[] {
  return uniq((text ?? '').split(';'));
}

function canonical(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    u.hash = '';
    return u.toString();
  } catch {
    return null;
  }
}

function linkPattern(source: SourceConfig, board: string): RegExp | null {
  const p = optionString(source, 'linkPattern');
  if (!p) return null;
  try {
    return new RegExp(p, 'i');
  } catch (err) {
    throw new PermanentError(`${board}: options.linkPattern is not a valid regex`, { cause: err });
  }
}

function pageRequest(source: SourceConfig, pageUrl: string, label: string, render: boolean): RequestSpec {
  const req: RequestSpec = { url: withBaseUrl(pageUrl, source.baseUrl), method: 'GET', label, meta: { pageUrl } };
  if (render) req.render = true;
  return req;
}

function pageUrlOf(request: RequestSpec): string {
  return str(request.meta?.pageUrl) ?? request.url;
}

function stub(url: string, title: string | null, source: SourceConfig): ParsedPosting {
  const p = blankPosting(url, title ?? url);
  p.url = url;
  p.company = optionString(source, 'company');
  return p;
}

/** Full postings embedded in a listing page's JSON-LD: no detail fetch needed for them. */
function embeddedPostings(html: string, pageUrl: string, source: SourceConfig, skipped: SkippedItem[]): ParsedPosting[] {
  const out: ParsedPosting[] = [];
  findJobPostings(html).forEach((jp, i) => {
    const fields = jobPostingFields(jp);
    const url = fields.url ? canonical(fields.url, pageUrl) : null;
    const externalId = url ?? (jobPostingIdentifier(jp) ? `${pageUrl}#${jobPostingIdentifier(jp)}` : null);
    if (!externalId) return void skipped.push({ reason: `JobPosting ${i} has neither url nor identifier` });
    if (!fields.title) return void skipped.push({ externalId, reason: 'JobPosting has no title' });
    out.push({ ...fields, externalId, url: url ?? pageUrl, company: fields.company ?? optionString(source, 'company') });
  });
  return out;
}

function textOf($: CheerioAPI, scope: Parameters<CheerioAPI>[0], selector: string | undefined): string | null {
  return selector ? str($(scope).find(selector).first().text().replace(/\s+/g, ' ')) : null;
}

export function createPageAdapter(kind: Extract<SourceKind, 'jsonld' | 'rendered'>, render: boolean): BoardAdapter {
  const board = kind;
  return defineAdapter({
    kind,
    start(source) {
      const url = canonical(source.locator.trim(), 'http://invalid.invalid/');
      if (!url || url.startsWith('http://invalid.invalid/')) {
        throw new PermanentError(`${board}: locator must be an absolute listing or sitemap URL, got ${JSON.stringify(source.locator)}`);
      }
      return [pageRequest(source, url, looksLikeSitemapUrl(url) ? 'sitemap' : 'listing', render)];
    },
    parseListDetailed(body, request, source) {
      const pageUrl = pageUrlOf(request);
      const pattern = linkPattern(source, board);
      const skipped: SkippedItem[] = [];
      const sitemap = parseSitemap(body);
      if (sitemap) {
        if (sitemap.kind === 'sitemapindex') {
          const followUps = sitemap.entries.map((e) => canonical(e.loc, pageUrl)).filter((u): u is string => u !== null);
          return { page: { postings: [], followUps: followUps.map((u) => pageRequest(source, u, 'sitemap', render)), total: null }, skipped };
        }
        const postings: ParsedPosting[] = [];
        const seen = new Set<string>();
        for (const e of sitemap.entries) {
          const url = canonical(e.loc, pageUrl);
          if (!url) {
            skipped.push({ reason: `unusable <loc> ${JSON.stringify(e.loc)}` });
            continue;
          }
          if ((pattern && !pattern.test(url)) || seen.has(url)) continue;
          seen.add(url);
          const p = stub(url, null, source);
          p.updatedAt = toIsoDate(e.lastmod);
          postings.push(p);
        }
        return { page: { postings, followUps: [], total: postings.length }, skipped };
      }

      if (!/<(html|body|head|a|div|script)\b/i.test(body)) {
        throw new PermanentError(`${board}: ${pageUrl} is neither a sitemap nor an HTML page`);
      }
      const $ = load(body);
      const postings = embeddedPostings(body, pageUrl, source, skipped);
      const seen = new Set(postings.map((p) => p.externalId));
      const sel = selectors(source);
      const add = (href: string | undefined, title: string | null, extra: Partial<ParsedPosting> = {}, id?: string | null) => {
        const url = href ? canonical(href, pageUrl) : null;
        if (!url || url === canonical(pageUrl, pageUrl)) return;
        const externalId = id ?? url;
        if (seen.has(externalId)) return;
        seen.add(externalId);
        postings.push({ ...stub(url, title, source), ...extra, externalId });
      };
      if (sel.item) {
        $(sel.item).each((i, item) => {
          const link = sel.link ? $(item).find(sel.link).first() : $(item).is('a[href]') ? $(item) : $(item).find('a[href]').first();
          const href = link.attr('href');
          if (!href) return void skipped.push({ reason: `listing item ${i} has no link` });
          const posted = sel.posted ? $(item).find(sel.posted).first() : null;
          const description = sel.description ? str($(item).find(sel.description).first().html()) : null;
          add(
            href,
            textOf($, item, sel.title) ?? str(link.text().replace(/\s+/g, ' ')),
            {
              locations: splitList(textOf($, item, sel.location)),
              countryHints: splitList(textOf($, item, sel.country)),
              postedAt: posted ? toIsoDate(posted.attr('datetime') ?? posted.text()) : null,
              descriptionHtml: description,
            },
            sel.id ? str($(item).attr(sel.id)) : null,
          );
        });
      } else if (postings.length === 0) {
        const host = new URL(pageUrl).host;
        $('a[href]').each((_, a) => {
          const href = $(a).attr('href') ?? '';
          const url = canonical(href, pageUrl);
          if (!url) return;
          const ok = pattern ? pattern.test(url) : new URL(url).host === host && JOB_PATH.test(new URL(url).pathname);
          if (ok) add(href, str($(a).text().replace(/\s+/g, ' ')));
        });
      }
      // Next listing page: <link rel="next"> or <a rel="next">.
      const next = $('link[rel~="next"][href], a[rel~="next"][href]').first().attr('href');
      const nextUrl = next ? canonical(next, pageUrl) : null;
      const followUps = nextUrl && nextUrl !== pageUrl ? [pageRequest(source, nextUrl, 'listing', render)] : [];
      return { page: { postings, followUps, total: null }, skipped };
    },
    needsDetail(posting) {
      return posting.descriptionHtml === null;
    },
    detailRequest(posting, source) {
      return pageRequest(source, posting.url ?? posting.externalId, 'detail', render);
    },
    parseDetail(body, request, listed, source) {
      const pageUrl = pageUrlOf(request);
      const jobs = findJobPostings(body);
      // Prefer the JobPosting that names this page; else the first one.
      const jp = jobs.find((j) => str(j.url) && canonical(str(j.url)!, pageUrl) === canonical(pageUrl, pageUrl)) ?? jobs[0];
      if (jp) {
        const fields = jobPostingFields(jp);
        return mergePosting(listed, { ...fields, url: fields.url ? canonical(fields.url, pageUrl) : null });
      }
      const sel = selectors(source);
      if (sel.description) {
        const $ = load(body);
        const description = str($(sel.description).first().html());
        if (description) {
          const title = (sel.title ? str($(sel.title).first().text()) : null) ?? str($('h1').first().text()) ?? str($('title').first().text());
          return mergePosting(listed, { title: title?.replace(/\s+/g, ' ') ?? undefined, descriptionHtml: description });
        }
      }
      throw new PermanentError(`${board}: no JobPosting JSON-LD${sel.description ? ' and no description element' : ''} in ${pageUrl}`);
    },
  });
}

export const jsonldAdapter = createPageAdapter('jsonld', false);
