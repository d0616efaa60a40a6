// schema.org JobPosting from `<script type="application/ld+json">` blocks. Pure: HTML string in, postings out.
// Tolerates: a single object, an array, `@graph`, `@type` as a string or list (also prefixed/URL forms),
// comment/CDATA wrappers inside the script, raw control characters in strings, and invalid JSON in one
// block (that block is skipped; the others still count).
import { load } from 'cheerio/slim';
import type { ParsedPosting } from '../core/types.ts';
import { toIsoDate } from './dates.ts';
import { escapedHtmlToHtml, isObject, joinPlace, obj, str, uniq, type Json, type JsonObject } from './adapter-kit.ts';

/** Placeholder values some ATSs write into required fields. */
const PLACEHOLDER = /^(unavailable|n\/?a|none|null|undefined|-+)$/i;

function clean(v: unknown): string | null {
  const s = str(v);
  return s && !PLACEHOLDER.test(s) ? s : null;
}

function parseBlock(text: string): Json | undefined {
  const body = text
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
  try {
    return JSON.parse(body) as Json;
  } catch {
    try {
      // Raw newlines/tabs inside strings are the commonest defect; as whitespace they are harmless elsewhere.
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' ')) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Every JSON-LD block of a page, parsed; invalid blocks are left out. */
export function jsonLdBlocks(html: string): Json[] {
  const $ = load(html);
  const blocks: Json[] = [];
  $('script').each((_, el) => {
    const type = ($(el).attr('type') ?? '').trim().toLowerCase();
    if (!type.startsWith('application/ld+json')) return;
    const parsed = parseBlock($(el).text());
    if (parsed !== undefined) blocks.push(parsed);
  });
  return blocks;
}

function isJobPosting(o: JsonObject): boolean {
  const types = Array.isArray(o['@type']) ? o['@type'] : [o['@type']];
  return types.some((t) => typeof t === 'string' && /(^|[/:#])JobPosting$/i.test(t.trim()));
}

/** All JobPosting objects in the page's JSON-LD (top level, arrays, `@graph`, nested one level in `mainEntity`). */
export function findJobPostings(html: string): JsonObject[] {
  const found: JsonObject[] = [];
  const walk = (node: Json | undefined, depth: number): void => {
    if (depth > 4 || node === undefined || node === null) return;
    if (Array.isArray(node)) return node.forEach((n) => walk(n, depth + 1));
    if (!isObject(node)) return;
    if (isJobPosting(node)) {
      found.push(node);
      return;
    }
    walk(node['@graph'], depth + 1);
    walk(node.mainEntity, depth + 1);
  };
  for (const block of jsonLdBlocks(html)) walk(block, 0);
  return found;
}

/** `addressCountry` is an alpha-2/3 code, a name, or `{"@type":"Country","name":…}`. */
function countryValue(v: unknown): string | null {
  if (isObject(v)) return clean(v.name) ?? clean(v.identifier);
  return clean(v);
}

function textList(v: unknown): string[] {
  const items = Array.isArray(v) ? v : [v];
  return uniq(items.map((i) => (isObject(i) ? clean(i.name) : clean(i))));
}

/** Map a JobPosting object to posting fields (no id: the caller decides what identifies the page). */
export function jobPostingFields(jp: JsonObject): Omit<ParsedPosting, 'externalId'> {
  const places = (Array.isArray(jp.jobLocation) ? jp.jobLocation : [jp.jobLocation]).filter(isObject);
  // `address` is normally a PostalAddress; a plain string is read as free text.
  const addresses: JsonObject[] = places.map((p) => obj(p.address) ?? { addressLocality: str(p.address) });
  const applicant = (Array.isArray(jp.applicantLocationRequirements) ? jp.applicantLocationRequirements : [jp.applicantLocationRequirements]).filter(
    isObject,
  );
  const locationTypes = (Array.isArray(jp.jobLocationType) ? jp.jobLocationType : [jp.jobLocationType]).map(str);
  const description = str(jp.description);
  const org = jp.hiringOrganization;
  return {
    title: clean(jp.title) ?? clean(jp.name) ?? '',
    company: isObject(org) ? clean(org.name) : clean(org),
    url: clean(jp.url),
    locations: uniq(
      addresses.map((a) => joinPlace(clean(a.addressLocality), clean(a.addressRegion), countryValue(a.addressCountry))),
    ),
    countryHints: uniq([...addresses.map((a) => countryValue(a.addressCountry)), ...applicant.map((a) => clean(a.name))]),
    remote: locationTypes.some((t) => t?.toUpperCase() === 'TELECOMMUTE') ? true : null,
    descriptionHtml: description ? escapedHtmlToHtml(description) : null,
    postedAt: toIsoDate(jp.datePosted),
    updatedAt: toIsoDate(jp.dateModified),
    industry: textList(jp.industry).join(', ') || null,
    department: null,
    employmentType: textList(jp.employmentType).join(', ') || null,
  };
}

/** `identifier` is a PropertyValue `{name, value}`, a plain string or number. */
export function jobPostingIdentifier(jp: JsonObject): string | null {
  const id = jp.identifier;
  return isObject(id) ? clean(id.value) ?? clean(id['@id']) : clean(id);
}

