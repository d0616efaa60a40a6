// What every board format module implements: answer the requests that belong to its board, in the
// real board's shapes, from the dataset. Pure functions of (request, board); the server does the I/O.
import type { IncomingHttpHeaders } from 'node:http';
import type { BoardDef, GeneratedPosting } from '../dataset.ts';
import { COUNTRY_NAMES, UTC_OFFSET_MIN } from '../vocabulary.ts';

export interface BoardRequest {
  method: string;
  /** Path without the query, percent-decoded per segment by the handler when needed. */
  path: string;
  query: URLSearchParams;
  body: string;
  headers: IncomingHttpHeaders;
}

export interface BoardResponse {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
  /** List endpoints: the server adds an ETag and answers If-None-Match with 304. */
  cacheable?: boolean;
}

export interface WorkdayTweaks {
  /** The ceiling the real CXS applies to `total` (and past which paging wraps). Default 2000. */
  totalCap?: number;
  /** Some tenants send `total` only on the first page (0 afterwards). */
  totalOnFirstPageOnly?: boolean;
}

export interface RenderContext {
  board: BoardDef;
  /** `http://127.0.0.x:port`, no trailing slash. */
  baseUrl: string;
  referenceDate: string;
  workday: WorkdayTweaks;
}

export interface BoardFormat {
  /** Answer the request if it is for this board; null when it is not. */
  handle(req: BoardRequest, ctx: RenderContext): BoardResponse | null;
  /** Extra robots.txt lines this board's site announces (Sitemap: ...). */
  robotsLines?(ctx: RenderContext): string[];
}

export function listed(board: BoardDef): GeneratedPosting[] {
  return board.postings.filter((p) => p.listed);
}

export function json(value: unknown, opts: { status?: number; cacheable?: boolean; escapeLt?: boolean } = {}): BoardResponse {
  let body = JSON.stringify(value);
  // Workday's raw JSON escapes '<' as \u003C; a JSON parser decodes it.
  if (opts.escapeLt) body = body.replace(/</g, '\\u003C').replace(/>/g, '\\u003E');
  return {
    status: opts.status ?? 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body,
    cacheable: opts.cacheable ?? false,
  };
}

export function html(body: string, opts: { status?: number; cacheable?: boolean } = {}): BoardResponse {
  return { status: opts.status ?? 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body, cacheable: opts.cacheable ?? false };
}

export function notFoundJson(message = 'Not found'): BoardResponse {
  return json({ status: 404, error: message }, { status: 404 });
}

/** `2026-09-24T13:34:54-04:00`: the instant in a country's local time with its offset, as boards print it. */
export function isoWithOffset(iso: string, country: string, withMs = false): string {
  const offsetMin = UTC_OFFSET_MIN[country] ?? 0;
  const local = new Date(Date.parse(iso) + offsetMin * 60_000).toISOString();
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const off = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${withMs ? local.slice(0, 23) : local.slice(0, 19)}${off}`;
}

export function countryName(code: string): string {
  return COUNTRY_NAMES[code] ?? code;
}

/** Plain text of generated HTML (tags dropped, our few entities decoded). */
export function htmlToPlain(htmlText: string): string {
  return htmlText
    .replace(/<\/(p|li|h\d|ul)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Split `path` after `prefix` into decoded segments, or null when it does not start with it. */
export function segmentsAfter(path: string, prefix: string): string[] | null {
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length).replace(/^\/+/, '');
  if (!rest) return [];
  try {
    return rest.split('/').map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

export function intParam(value: string | null | undefined, fallback: number): number {
  if (value === null || value === undefined || value === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}

/** A stable 32-hex id for facet values and internal ids, from any string. */
export function hexId(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    h1 = Math.imul(h1 ^ text.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 + text.charCodeAt(i), 2246822519) >>> 0;
  }
  const part = (n: number): string => n.toString(16).padStart(8, '0');
  return `${part(h1)}${part(h2)}${part(h1 ^ h2)}${part((h1 + h2) >>> 0)}`;
}
