// Re-enqueue work that PostgreSQL says is unfinished but Redis no longer holds (a Redis restart without
// persistence, a flushed queue). Every job is idempotent and has a deterministic id, so re-adding one that
// still exists is a no-op and re-running one that already ran changes nothing.
import type pg from 'pg';
import type { Logger } from 'pino';
import { jobId, type Queues } from '../queue/queues.ts';

export interface ReconcileResult {
  discover: number;
  fetch: number;
  extract: number;
}

/** Jobs in these states are still Redis's responsibility. */
const LIVE = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

async function alive(queues: Queues, queue: 'discover' | 'fetch' | 'extract', id: string): Promise<boolean> {
  const job = await queues.get(queue).getJob(id);
  if (!job) return false;
  return LIVE.has(await job.getState());
}

export async function reconcileRuns(
  pool: pg.Pool,
  queues: Queues,
  opts: { olderThanMs?: number; logger?: Logger } = {},
): Promise<ReconcileResult> {
  const olderThan = new Date(Date.now() - (opts.olderThanMs ?? 60_000));
  const result: ReconcileResult = { discover: 0, fetch: 0, extract: 0 };

  const { rows: undiscovered } = await pool.query<{ id: number; sourceId: number; triggerKey: string }>(
    `SELECT id, source_id AS "sourceId", trigger_key AS "triggerKey" FROM runs
     WHERE status IN ('queued', 'running') AND NOT discovered AND created_at < $1`,
    [olderThan],
  );
  for (const run of undiscovered) {
    const id = jobId('discover', run.sourceId, run.triggerKey);
    const job = await queues.get('discover').getJob(id);
    const state = job ? await job.getState() : null;
    if (state && (LIVE.has(state) || state === 'completed')) continue;
    if (job) await job.remove();
    await queues.get('discover').add('discover', { sourceId: run.sourceId, runId: run.id }, { jobId: id, attempts: 4 });
    result.discover++;
  }

  const { rows: pending } = await pool.query<{ runId: number; externalId: string; postingId: number | null; payload: unknown }>(
    `SELECT i.run_id AS "runId", i.external_id AS "externalId", i.posting_id AS "postingId", i.payload
     FROM run_items i JOIN runs r ON r.id = i.run_id
     WHERE i.status = 'pending' AND r.status = 'running' AND i.updated_at < $1
       AND (i.payload IS NOT NULL OR i.posting_id IS NOT NULL)`,
    [olderThan],
  );
  for (const item of pending) {
    const fetchId = jobId('fetch', item.runId, item.externalId);
    if (item.postingId !== null) {
      // Fetched already: its extraction is what is missing, unless the fetch job is still around.
      const extractId = jobId('extract', item.runId, item.postingId);
      if ((await alive(queues, 'extract', extractId)) || (await alive(queues, 'fetch', fetchId))) continue;
      const stale = await queues.get('extract').getJob(extractId);
      if (stale) await stale.remove();
      await queues.get('extract').add('extract', { postingId: item.postingId, runId: item.runId, externalId: item.externalId }, { jobId: extractId });
      result.extract++;
      continue;
    }
    const fetchJob = await queues.get('fetch').getJob(fetchId);
    if (fetchJob && LIVE.has(await fetchJob.getState())) continue;
    if (fetchJob) await fetchJob.remove();
    await queues.get('fetch').add('fetch', item.payload, { jobId: fetchId });
    result.fetch++;
  }
  if (result.discover + result.fetch + result.extract > 0) opts.logger?.warn(result, 're-enqueued work missing from Redis');
  return result;
}
