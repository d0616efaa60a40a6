import type { Queryable } from '../db/pool.ts';
import { promoteValidators } from './list-validators.repo.ts';

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'blocked';

export interface RunRow {
  id: number;
  sourceId: number;
  triggerKey: string;
  status: RunStatus;
  discovered: boolean;
  found: number;
  new: number;
  changed: number;
  closed: number;
  failed: number;
  requests: number;
  skipped: number;
  skippedReasons: Array<{ externalId?: string; reason: string }>;
  notModified: boolean;
  reason: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

const COLUMNS = `id, source_id AS "sourceId", trigger_key AS "triggerKey", status, discovered, found, new, changed,
  closed, failed, requests, skipped, skipped_reasons AS "skippedReasons", not_modified AS "notModified", reason, created_at AS "createdAt", started_at AS "startedAt", finished_at AS "finishedAt"`;

/** Create the run for a trigger, or return the existing one: a second scheduler firing gets the same run. */
export async function ensureRun(db: Queryable, sourceId: number, triggerKey: string): Promise<{ run: RunRow; created: boolean }> {
  const { rows } = await db.query<RunRow & { created: boolean }>(
    `INSERT INTO runs (source_id, trigger_key) VALUES ($1, $2)
     ON CONFLICT (source_id, trigger_key) DO UPDATE SET trigger_key = EXCLUDED.trigger_key
     RETURNING ${COLUMNS}, (xmax = 0) AS created`,
    [sourceId, triggerKey],
  );
  const { created, ...run } = rows[0]!;
  return { run, created };
}

export async function getRun(db: Queryable, id: number): Promise<RunRow | null> {
  const { rows } = await db.query<RunRow>(`SELECT ${COLUMNS} FROM runs WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

/** Several runs in one query, in id order. */
export async function getRuns(db: Queryable, ids: number[]): Promise<RunRow[]> {
  const { rows } = await db.query<RunRow>(`SELECT ${COLUMNS} FROM runs WHERE id = ANY ($1::bigint[]) ORDER BY id`, [ids]);
  return rows;
}

export async function listRuns(db: Queryable, opts: { sourceId?: number | null; limit?: number } = {}): Promise<RunRow[]> {
  const { rows } = await db.query<RunRow>(
    `SELECT ${COLUMNS} FROM runs WHERE ($1::bigint IS NULL OR source_id = $1) ORDER BY id DESC LIMIT $2`,
    [opts.sourceId ?? null, opts.limit ?? 50],
  );
  return rows;
}

export async function markRunStarted(db: Queryable, id: number): Promise<void> {
  await db.query(
    `UPDATE runs SET status = 'running', started_at = coalesce(started_at, now())
     WHERE id = $1 AND status IN ('queued', 'running')`,
    [id],
  );
}

/** End a run that cannot go on (blocked by robots.txt, board gone, malformed listing). */
export async function finishRunEarly(db: Queryable, id: number, status: 'failed' | 'blocked', reason: string): Promise<void> {
  await db.query(
    `UPDATE runs SET status = $2, reason = $3, finished_at = now()
     WHERE id = $1 AND status IN ('queued', 'running')`,
    [id, status, reason],
  );
}

/**
 * Complete the run when discovery is done and no item is pending. Exactly one caller gets `true`
 * (the conditional UPDATE is atomic), so exactly one enqueues the follow-up aggregation.
 */
export async function completeRunIfDone(db: Queryable, id: number): Promise<boolean> {
  const r = await db.query(
    `UPDATE runs r SET
       status = 'succeeded', finished_at = now(),
       failed = (SELECT count(*) FROM run_items WHERE run_id = r.id AND status = 'failed'),
       reason = CASE WHEN EXISTS (SELECT 1 FROM run_items WHERE run_id = r.id AND status = 'failed')
                     THEN (SELECT count(*) FROM run_items WHERE run_id = r.id AND status = 'failed') || ' posting(s) failed; see run items'
                     ELSE NULL END
     WHERE r.id = $1 AND r.status = 'running' AND r.discovered
       AND NOT EXISTS (SELECT 1 FROM run_items WHERE run_id = r.id AND status = 'pending')`,
    [id],
  );
  const completed = (r.rowCount ?? 0) > 0;
  if (completed) await promoteValidators(db, id);
  return completed;
}

export interface RunItemRow {
  externalId: string;
  change: 'new' | 'changed';
  status: 'pending' | 'done' | 'failed';
  reason: string | null;
  postingId: number | null;
}

export async function listRunItems(db: Queryable, runId: number, status?: string): Promise<RunItemRow[]> {
  const { rows } = await db.query<RunItemRow>(
    `SELECT external_id AS "externalId", change, status, reason, posting_id AS "postingId"
     FROM run_items WHERE run_id = $1 AND ($2::text IS NULL OR status = $2) ORDER BY external_id`,
    [runId, status ?? null],
  );
  return rows;
}

export async function markItem(
  db: Queryable,
  runId: number,
  externalId: string,
  status: 'done' | 'failed',
  fields: { reason?: string | null; postingId?: number | null } = {},
): Promise<void> {
  await db.query(
    `UPDATE run_items SET status = $3, reason = $4, posting_id = coalesce($5, posting_id), updated_at = now()
     WHERE run_id = $1 AND external_id = $2`,
    [runId, externalId, status, fields.reason ?? null, fields.postingId ?? null],
  );
}

export interface RunSummary {
  source: number;
  run: number;
  status: 'succeeded' | 'failed' | 'blocked' | 'queued' | 'running';
  found: number;
  new: number;
  changed: number;
  closed: number;
  failed: number;
  reason: string | null;
}

export function summary(run: RunRow): RunSummary {
  return {
    source: run.sourceId,
    run: run.id,
    status: run.status,
    found: run.found,
    new: run.new,
    changed: run.changed,
    closed: run.closed,
    failed: run.failed,
    reason: run.reason,
  };
}
