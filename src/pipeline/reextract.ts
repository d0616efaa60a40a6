// Re-extraction: enqueue extract jobs for stored postings whose latest extraction is from another taxonomy
// version. Job ids carry the target version and the posting id, so a second call (or a resumed one after an
// interruption) adds nothing twice, and a posting already at the version is not selected again.
import type pg from 'pg';
import { taxonomyVersion } from '../core/taxonomy/taxonomy.ts';
import { jobId, type Queues } from '../queue/queues.ts';

const BATCH = 500;

/** Posting ids whose latest extraction is not from `version` (or who have none). */
export async function staleExtractions(pool: pg.Pool, version = taxonomyVersion()): Promise<number[]> {
  const { rows } = await pool.query<{ id: number }>(
    `SELECT p.id FROM postings p LEFT JOIN extractions e ON e.id = p.extraction_id
     WHERE e.id IS NULL OR e.taxonomy_version <> $1 ORDER BY p.id`,
    [version],
  );
  return rows.map((r) => r.id);
}

export async function enqueueReextraction(pool: pg.Pool, queues: Queues, version = taxonomyVersion()): Promise<number[]> {
  const ids = await staleExtractions(pool, version);
  for (let i = 0; i < ids.length; i += BATCH) {
    await queues.get('extract').addBulk(
      ids.slice(i, i + BATCH).map((id) => ({ name: 'extract', data: { postingId: id }, opts: { jobId: jobId('reextract', version, id) } })),
    );
  }
  return ids;
}

/** How many of `ids` still wait for an extraction at `version`. */
export async function remainingOf(pool: pg.Pool, ids: number[], version = taxonomyVersion()): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM postings p LEFT JOIN extractions e ON e.id = p.extraction_id
     WHERE p.id = ANY ($1::bigint[]) AND (e.id IS NULL OR e.taxonomy_version <> $2)`,
    [ids, version],
  );
  return rows[0]!.n;
}
