// Shared pieces of every board adapter: the detailed list result (skipped items), JSON body checks and
// small readers for untyped JSON. Pure: no I/O.
import { decodeHTML } from 'entities';
import { PermanentError } from '../errors.ts';
import type { Adapter, ListPage, ParsedPosting, RequestSpec, SourceConfig } from '../core/types.ts';

/** One list item that could not be turned into a posting; the rest of the page is kept. */
export interface SkippedItem {
  externalId?: string;
  reason: string;
}

/** `ListPage` plus what was skipped — ListPage itself is a fixed contract, so this travels beside it. */
export interface DetailedListPage {
  page: ListPage;
  skipped: SkippedItem[];
}

/** Every adapter here also offers `parseListDetailed`; `parseList` is `parseListDetailed(...).page`. */
export interface BoardAdapter extends Adapter {
  parseListDetailed(body: string, request: RequestSpec, source: SourceConfig): DetailedListPage;
}

/** Thrown by item parsers for one bad item; caught by `collectItems` and turned into a SkippedItem. */
export class ItemError extends Error {
  constructor(
    message: string,
    readonly externalId?: string,
  ) {
    super(message);
    this.name = 'ItemError';
  }
}

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parse a JSON body or throw PermanentError naming the board. */
export function parseJson(body: string, board: string): Json {
  try {
    return JSON.parse(body) as Json;
  } catch (err) {
    const head = body.slice(0, 60).replace(/\s+/g, ' ');
    // The parser's own words say where it broke ("Unexpected end of JSON input" for a cut body).
    throw new PermanentError(`${board}: response is not JSON (${(err as Error).message}; ${body.length} chars, starts ${JSON.stringify(head)})`, { cause: err });
  }
}

/** Parse a JSON object body or throw PermanentError. */
export function parseJsonObject(body: string, board: string): JsonObject {
  const json = parseJson(body, board);
  if (!isObject(json)) throw new PermanentError(`${board}: expected a JSON object, got ${kindOf(json)}`);
  return json;
}

/** The array at `obj[key]`, or PermanentError (the envelope is wrong). */
export function requireArray(obj: JsonObject, key: string, board: string): Json[] {
  const v = obj[key];
  if (!Array.isArray(v)) throw new PermanentError(`${board}: envelope has no "${key}" array (got ${kindOf(v)})`);
  return v;
}

export function kindOf(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  return Array.isArray(v) ? 'array' : typeof v;
}

/** Non-empty trimmed string, or null. Numbers are stringified (ids). */
export function str(v: unknown): string | null {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

export function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

export function bool(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

export function obj(v: unknown): JsonObject | null {
  return isObject(v) ? v : null;
}

export function arr(v: unknown): Json[] {
  return Array.isArray(v) ? v : [];
}

/** Distinct non-empty strings, first-seen order. */
export function uniq(values: Iterable<string | null | undefined>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const t = v?.trim();
    if (!t || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}

/** Item id and title are required of every posting; a missing one skips the item. */
export function requireIdTitle(id: unknown, title: unknown): { externalId: string; title: string } {
  const externalId = str(id);
  if (!externalId) throw new ItemError('item has no id');
  const t = str(title);
  if (!t) throw new ItemError('item has no title', externalId);
  return { externalId, title: t };
}

/** Map list items through `parse`; ItemErrors become SkippedItems, anything else propagates. */
export function collectItems<T>(
  items: readonly T[],
  parse: (item: T, index: number) => ParsedPosting,
): { postings: ParsedPosting[]; skipped: SkippedItem[] } {
  const postings: ParsedPosting[] = [];
  const skipped: SkippedItem[] = [];
  items.forEach((item, index) => {
    try {
      if (!isObject(item)) throw new ItemError(`item ${index} is ${kindOf(item)}, not an object`);
      postings.push(parse(item, index));
    } catch (err) {
      if (!(err instanceof ItemError)) throw err;
      skipped.push(err.externalId === undefined ? { reason: err.message } : { externalId: err.externalId, reason: err.message });
    }
  });
  return { postings, skipped };
}

/** A posting with every optional field empty; parsers fill what their board has. */
export function blankPosting(externalId: string, title: string): ParsedPosting {
  return {
    externalId,
    title,
    company: null,
    url: null,
    locations: [],
    countryHints: [],
    remote: null,
    descriptionHtml: null,
    postedAt: null,
    updatedAt: null,
    industry: null,
    department: null,
    employmentType: null,
  };
}

/**
 * Merge a detail posting into the listed one: detail values win where present; arrays are unioned;
 * the listed id is kept (ids must stay stable across runs).
 */
export function mergePosting(listed: ParsedPosting, detail: Partial<ParsedPosting>): ParsedPosting {
  const pick = <K extends keyof ParsedPosting>(k: K): ParsedPosting[K] => {
    const v = detail[k];
    return (v === undefined || v === null || v === '' ? listed[k] : v) as ParsedPosting[K];
  };
  return {
    externalId: listed.externalId,
    title: pick('title'),
    company: pick('company'),
    url: pick('url'),
    locations: uniq([...listed.locations, ...(detail.locations ?? [])]),
    countryHints: uniq([...listed.countryHints, ...(detail.countryHints ?? [])]),
    remote: pick('remote'),
    descriptionHtml: pick('descriptionHtml'),
    postedAt: pick('postedAt'),
    updatedAt: pick('updatedAt'),
    industry: pick('industry'),
    department: pick('department'),
    employmentType: pick('employmentType'),
  };
}

/** Build a BoardAdapter whose `parseList` is derived from `parseListDetailed`. */
export function defineAdapter(def: Omit<BoardAdapter, 'parseList'>): BoardAdapter {
  return {
    ...def,
    parseList: (body, request, source) => def.parseListDetailed(body, request, source).page,
  };
}

/** A string option from `source.options`, or null. */
export function optionString(source: SourceConfig, key: string): string | null {
  return str(source.options?.[key]);
}

/**
 * A workplace-type word → remote flag: "Remote"/"Telecommute" → true, "Hybrid"/"On-site"/"Office" → false,
 * anything else → null (unknown is not "on-site").
 */
export function workplaceRemote(value: unknown): boolean | null {
  const s = str(value);
  if (!s) return null;
  if (/\b(remote|telecommut\w*|work from home|wfh|fully[- ]distributed)\b/i.test(s)) return true;
  if (/\b(hybrid|on[- ]?site|in[- ]office|office[- ]based)\b/i.test(s)) return false;
  return null;
}

/** Remote flag from several free texts: any "remote" wins, else any explicit non-remote, else null. */
export function remoteFromTexts(values: Iterable<unknown>): boolean | null {
  let result: boolean | null = null;
  for (const v of values) {
    const r = workplaceRemote(v);
    if (r === true) return true;
    if (r === false) result = false;
  }
  return result;
}

/** For detail bodies: a bad item is a bad response, so ItemError becomes PermanentError naming the board. */
export function detailOrThrow<T>(board: string, parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (err instanceof ItemError) throw new PermanentError(`${board}: detail ${err.message}`, { cause: err });
    throw err;
  }
}

/** Join the non-empty parts of a place ("City, Region, Country"), keeping repeats as boards write them. */
export function joinPlace(...parts: unknown[]): string {
  return parts
    .map(str)
    .filter((p): p is string => p !== null)
    .join(', ');
}

/** A single-segment locator (board token, site, account…); anything else is a configuration mistake. */
export function slugLocator(source: SourceConfig, board: string, what: string): string {
  const s = source.locator.trim();
  if (!s || s.includes('/')) throw new PermanentError(`${board}: locator must be ${what}, got ${JSON.stringify(source.locator)}`);
  return s;
}

const HAS_TAG = /<\/?[a-z][\w-]*[\s>/]/i;
const ESCAPED_TAG = /&(?:amp;)?lt;\/?[a-z][\w-]*/i;

/**
 * Entity-escaped HTML (`&lt;p&gt;…`, or twice escaped `&amp;lt;p&amp;gt;`) → HTML. Decodes one level at a time
 * while that is what turns it into HTML (at most twice), so a literal `&` written `&amp;amp;` ends as `&amp;`,
 * which is correct HTML. Text that already holds tags, or has no escaped tags, is returned as given; the text
 * normaliser handles any entities left.
 */
export function escapedHtmlToHtml(content: string): string {
  let html = content;
  for (let level = 0; level < 2 && !HAS_TAG.test(html) && ESCAPED_TAG.test(html); level++) {
    html = decodeHTML(html);
  }
  return html;
}
