// Sitemaps (sitemaps.org): `<urlset>` of pages or `<sitemapindex>` of child sitemaps. The fetcher hands over
// decoded text (gzip is its job), so this only reads XML text. Pure.
import { decodeXML } from 'entities';

export interface SitemapEntry {
  loc: string;
  lastmod: string | null;
}

export interface Sitemap {
  kind: 'urlset' | 'sitemapindex';
  entries: SitemapEntry[];
}

function tag(block: string, name: string): string | null {
  const m = new RegExp(`<(?:[\\w-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>`, 'i').exec(block);
  if (!m?.[1]) return null;
  const text = m[1].replace(/^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/, '$1').trim();
  return text ? decodeXML(text) : null;
}

/** Parse a sitemap, or return null when the text is not one (e.g. an HTML listing page). */
export function parseSitemap(text: string): Sitemap | null {
  const head = text.slice(0, 4096);
  const kind = /<(?:[\w-]+:)?sitemapindex\b/i.test(head) ? 'sitemapindex' : /<(?:[\w-]+:)?urlset\b/i.test(head) ? 'urlset' : null;
  if (!kind) return null;
  const element = kind === 'urlset' ? 'url' : 'sitemap';
  const body = text.replace(/<!--[\s\S]*?-->/g, '');
  const entries: SitemapEntry[] = [];
  for (const m of body.matchAll(new RegExp(`<(?:[\\w-]+:)?${element}\\b[^>]*>([\\s\\S]*?)</(?:[\\w-]+:)?${element}>`, 'gi'))) {
    const block = m[1] ?? '';
    const loc = tag(block, 'loc');
    if (loc) entries.push({ loc, lastmod: tag(block, 'lastmod') });
  }
  return { kind, entries };
}

/** Whether a URL names a sitemap file (`.xml`, `.xml.gz`), for deciding how to treat a link. */
export function looksLikeSitemapUrl(url: string): boolean {
  return /\.xml(\.gz)?$/i.test(url.split(/[?#]/)[0] ?? '');
}
