// HTTP validators (ETag / Last-Modified) of single-request board listings, for conditional discover runs.
import type { Queryable } from '../db/pool.ts';

export interface ListValidators {
  key: string;
  etag: string | null;
  lastModified: string | null;
}

export async function loadValidators(db: Queryable, sourceId: number, key: string): Promise<Omit<ListValidators, 'key'> | null> {
  const { rows } = await db.query<{ etag: string | null; lastModified: string | null }>(
    'SELECT etag, last_modified AS "lastModified" FROM list_validators WHERE source_id = $1 AND request_key = $2',
    [sourceId, key],
  );
  return rows[0] ?? null;
}

/**
 * A run that completed with no failed posting makes its listing's validators the source's, so the next run can
 * ask conditionally. A run with failures leaves none: the next run lists in full and retries them.
 */
export async function promoteValidators(db: Queryable, runId: number): Promise<void> {
  await db.query(
    `INSERT INTO list_validators (source_id, request_key, etag, last_modified)
     SELECT r.source_id, r.pending_validators->>'key', r.pending_validators->>'etag', r.pending_validators->>'lastModified'
     FROM runs r WHERE r.id = $1 AND r.status = 'succeeded' AND r.failed = 0 AND r.pending_validators IS NOT NULL
     ON CONFLICT (source_id, request_key) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, updated_at = now()`,
    [runId],
  );
}

export async function forgetValidators(db: Queryable, sourceId: number): Promise<void> {
  await db.query('DELETE FROM list_validators WHERE source_id = $1', [sourceId]);
}
