// Shared shapes that cross layer boundaries: adapters → jobs → extraction → storage → reports.
// Pure data only; no behaviour lives here.

export type Category = 'role' | 'skill' | 'tool' | 'certification';

export const SOURCE_KINDS = [
  'greenhouse',
  'lever',
  'ashby',
  'workday',
  'smartrecruiters',
  'workable',
  'recruitee',
  'oracle',
  'eightfold',
  'jsonld',
  'rendered',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A posting handed to extraction (also the `extract` CLI's input contract). */
export interface PostingInput {
  title?: string | null;
  company?: string | null;
  /** Free-text location; several may be joined with ';' or given in `locations`. */
  location?: string | null;
  /** HTML or plain text. */
  description: string;
  /** Extra free-text locations from structured board fields. */
  locations?: string[];
  /** Country values from structured board fields, any spelling (alpha-2, alpha-3, English name). */
  countryHints?: string[];
  /** The board's own industry/category field, where it has one. */
  industry?: string | null;
}

export interface Mention {
  /** Stable taxonomy entity id, e.g. `tool.pytorch`. Not part of the CLI contract output. */
  entityId: string;
  category: Category;
  group: string;
  name: string;
  count: number;
  /** [start, end) character offsets into the normalised text. */
  spans: Array<[number, number]>;
}

export interface ExtractResult {
  role: string | null;
  sector: string | null;
  countries: string[];
  mentions: Mention[];
  taxonomyVersion: string;
}

/** One HTTP (or browser) request an adapter wants made. Pure data, so it can travel in a job payload. */
export interface RequestSpec {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Render with the browser (Playwright) instead of a plain HTTP GET. */
  render?: boolean;
  /** What the response is, for the adapter's parser: e.g. 'list', 'detail', 'sitemap', 'robots'. */
  label: string;
  /** Adapter-private state carried to the parser (paging offset, facet, ...). JSON-serialisable. */
  meta?: Record<string, unknown>;
}

/** A posting as a board lists it, normalised across boards. */
export interface ParsedPosting {
  /** The board's own id for the posting, stable across runs. */
  externalId: string;
  title: string;
  company: string | null;
  url: string | null;
  /** Free-text locations as the board gives them. */
  locations: string[];
  /** Country values from structured fields (alpha-2, alpha-3 or a name) — normalised later. */
  countryHints: string[];
  remote: boolean | null;
  /** Description HTML/text; null when the list does not carry it and a detail fetch is needed. */
  descriptionHtml: string | null;
  /** ISO 8601 timestamps, or null when the board has none. */
  postedAt: string | null;
  updatedAt: string | null;
  industry: string | null;
  department: string | null;
  employmentType: string | null;
}

/** What an adapter's list parser returns for one response. */
export interface ListPage {
  postings: ParsedPosting[];
  /** Further requests this response implies (next page, facet splits, sitemap children). */
  followUps: RequestSpec[];
  /** Total the board claims, where it says. */
  total?: number | null;
}

/** A configured source, as stored in PostgreSQL. */
export interface SourceConfig {
  id: number;
  kind: SourceKind;
  locator: string;
  /** Replaces scheme, host and port of the adapter's API URLs. */
  baseUrl: string | null;
  options: Record<string, unknown>;
}

export interface Adapter {
  kind: SourceKind;
  /** The first request(s) of a discover run. */
  start(source: SourceConfig): RequestSpec[];
  /** Parse a list/sitemap/listing response. Throws PermanentError on malformed bodies. */
  parseList(body: string, request: RequestSpec, source: SourceConfig): ListPage;
  /** Whether a listed posting still needs its detail fetched (e.g. no description in the list). */
  needsDetail(posting: ParsedPosting, source: SourceConfig): boolean;
  detailRequest?(posting: ParsedPosting, source: SourceConfig): RequestSpec;
  /** Parse a detail response and merge it into the listed posting. */
  parseDetail?(body: string, request: RequestSpec, listed: ParsedPosting, source: SourceConfig): ParsedPosting;
}
