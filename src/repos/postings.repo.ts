import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Queryable } from '../db/pool.ts';
import { sql } from '../db/sql.ts';
import type { ExtractResult, ParsedPosting } from '../core/types.ts';
import { countriesFrom } from '../core/geo/countries.ts';
import { htmlToText } from '../core/text/html-to-text.ts';

/** What the board says about a posting, hashed: a change here means the posting changed. */
export function contentHash(p: ParsedPosting): string {
  return sha256(
    JSON.stringify([p.title, p.company, p.locations, p.countryHints, p.remote, p.industry, p.descriptionHtml ?? '']),
  ).slice(0, 32);
}

const fold = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const COMPANY_SUFFIXES = /\b(inc|llc|ltd|limited|gmbh|ag|plc|corp|corporation|co|company|sa|bv|pvt|pte)\b/g;

/**
 * The documented cross-posting key: normalised employer + title + the posting's countries + a fingerprint of
 * the description's words. The same job on two boards, or re-posted under a new id, gets the same key, although
 * boards spell locations differently ("London" vs "London, England, United Kingdom") and escape HTML differently.
 */
export function dedupeKey(p: ParsedPosting): string {
  const employer = fold(p.company).replace(COMPANY_SUFFIXES, ' ').replace(/\s+/g, ' ').trim();
  const title = fold(p.title);
  const countries = countriesFrom({ locations: p.locations, countryHints: p.countryHints });
  const place = countries.length > 0 ? countries.join(',') : [...p.locations].map(fold).sort().join('|');
  return sha256([employer, title, place, descriptionFingerprint(p.descriptionHtml ?? '')].join('\u0000')).slice(0, 32);
}

/**
 * The description's sentences, folded, de-duplicated and sorted: boards split a description into sections under
 * their own short headings ("Requirements" vs "What we are looking for") and in their own order, so headings
 * (lines under six words) and order are left out.
 */
export function descriptionFingerprint(html: string): string {
  const lines = htmlToText(html).split('\n').map(fold).filter(Boolean);
  const content = [...new Set(lines.filter((l) => l.split(' ').length >= 6))].sort();
  return sha256((content.length > 0 ? content : lines).join('\n'));
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

export interface UpsertResult {
  id: number;
  inserted: boolean;
}

/** Hash of the posting as its board's list shows it; compared on the next discover run. */
export function listHash(p: ParsedPosting): string {
  return sha256(JSON.stringify(p)).slice(0, 32);
}

export async function upsertPosting(
  db: Queryable,
  sourceId: number,
  p: ParsedPosting,
  listed: ParsedPosting,
  needsDetail = false,
): Promise<UpsertResult> {
  const { rows } = await db.query<{ id: number; inserted: boolean }>(sql('upsert_posting'), [
    sourceId,
    p.externalId,
    p.title,
    p.company,
    p.url,
    p.locations,
    p.countryHints,
    p.remote,
    p.industry,
    p.department,
    p.employmentType,
    p.postedAt,
    p.updatedAt,
    contentHash(p),
    dedupeKey(p),
    listHash(listed),
    needsDetail,
  ]);
  return rows[0]!;
}

/** Stored raw record: the response the posting came from (when fetched alone) and the parsed posting. */
export interface RawRecord {
  format: string;
  parsed: ParsedPosting;
  response?: string;
}

export async function saveRaw(db: Queryable, postingId: number, record: RawRecord): Promise<void> {
  const json = JSON.stringify(record);
  await db.query(
    `INSERT INTO posting_raw (posting_id, content_hash, format, body_gz) VALUES ($1, $2, $3, $4)
     ON CONFLICT (posting_id, content_hash) DO NOTHING`,
    [postingId, contentHash(record.parsed), record.format, gzipSync(json)],
  );
}


export interface KnownPosting {
  externalId: string;
  listHash: string;
  contentHash: string;
  closed: boolean;
  /** When the posting (with its detail) was last fetched. */
  fetchedAt: Date;
}

export async function knownPostings(db: Queryable, sourceId: number): Promise<Map<string, KnownPosting>> {
  const { rows } = await db.query<KnownPosting>(
    `SELECT external_id AS "externalId", list_hash AS "listHash", content_hash AS "contentHash",
            closed_at IS NOT NULL AS closed, fetched_at AS "fetchedAt"
     FROM postings WHERE source_id = $1`,
    [sourceId],
  );
  return new Map(rows.map((r) => [r.externalId, r]));
}

/** Whether an open posting of the source has a detail older than `before` (then a conditional 304 must not hide it). */
export async function hasStaleDetails(db: Queryable, sourceId: number, before: Date): Promise<boolean> {
  const r = await db.query(
    'SELECT 1 FROM postings WHERE source_id = $1 AND closed_at IS NULL AND needs_detail AND fetched_at < $2 LIMIT 1',
    [sourceId, before],
  );
  return (r.rowCount ?? 0) > 0;
}

/** Mark postings of a source that a complete listing no longer shows as closed; returns how many. */
export async function closeMissing(db: Queryable, sourceId: number, seenExternalIds: string[]): Promise<number> {
  const r = await db.query(
    `UPDATE postings SET closed_at = now()
     WHERE source_id = $1 AND closed_at IS NULL AND NOT (external_id = ANY ($2::text[]))`,
    [sourceId, seenExternalIds],
  );
  return r.rowCount ?? 0;
}

/** Refresh last_seen_at of unchanged postings still listed (and reopen any that had been closed). */
export async function touchSeen(db: Queryable, sourceId: number, externalIds: string[]): Promise<void> {
  if (externalIds.length === 0) return;
  await db.query(
    `UPDATE postings SET last_seen_at = now(), closed_at = NULL WHERE source_id = $1 AND external_id = ANY ($2::text[])`,
    [sourceId, externalIds],
  );
}

export interface PostingForExtraction {
  id: number;
  contentHash: string;
  /** The raw record of the posting's current content; null if none was kept (should not happen). */
  raw: RawRecord | null;
}

/** A posting with the raw record of its current content, in one query. */
export async function getPostingForExtraction(db: Queryable, id: number): Promise<PostingForExtraction | null> {
  const { rows } = await db.query<{ id: number; contentHash: string; body_gz: Buffer | null }>(
    `SELECT p.id, p.content_hash AS "contentHash", r.body_gz
     FROM postings p LEFT JOIN posting_raw r ON r.posting_id = p.id AND r.content_hash = p.content_hash
     WHERE p.id = $1 ORDER BY r.id DESC LIMIT 1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return { id: row.id, contentHash: row.contentHash, raw: row.body_gz ? (JSON.parse(gunzipSync(row.body_gz).toString('utf8')) as RawRecord) : null };
}

/**
 * Store one extraction and its mentions, and make it the posting's latest. Idempotent: the same posting
 * content under the same taxonomy version maps to the same extraction row, and its mentions are replaced whole.
 */
export async function saveExtraction(
  db: Queryable,
  postingId: number,
  contentHashValue: string,
  result: ExtractResult,
  textLength: number,
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO extractions (posting_id, taxonomy_version, content_hash, role, sector, countries, text_length)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (posting_id, taxonomy_version, content_hash) DO UPDATE SET
       role = EXCLUDED.role, sector = EXCLUDED.sector, countries = EXCLUDED.countries,
       text_length = EXCLUDED.text_length, extracted_at = now()
     RETURNING id`,
    [postingId, result.taxonomyVersion, contentHashValue, result.role, result.sector, result.countries, textLength],
  );
  const extractionId = rows[0]!.id;
  await db.query('DELETE FROM mentions WHERE extraction_id = $1', [extractionId]);
  if (result.mentions.length > 0) {
    await db.query(
      `INSERT INTO mentions (extraction_id, entity_id, category, grp, name, count, spans, taxonomy_version)
       SELECT $1, u.entity_id, u.category, u.grp, u.name, u.count, u.spans::jsonb, $2
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[])
         AS u(entity_id, category, grp, name, count, spans)`,
      [
        extractionId,
        result.taxonomyVersion,
        result.mentions.map((m) => m.entityId),
        result.mentions.map((m) => m.category),
        result.mentions.map((m) => m.group),
        result.mentions.map((m) => m.name),
        result.mentions.map((m) => m.count),
        result.mentions.map((m) => JSON.stringify(m.spans)),
      ],
    );
  }
  await db.query('UPDATE postings SET extraction_id = $2 WHERE id = $1', [postingId, extractionId]);
  return extractionId;
}
