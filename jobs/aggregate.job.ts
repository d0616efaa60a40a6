// aggregate: rebuild the weekly demand rollups from the postings' latest extractions.
import { z } from 'zod';
import { withTransaction } from '../src/db/pool.ts';
import { sql } from '../src/db/sql.ts';
import { jobId } from '../src/queue/queues.ts';
import type { JobContext, JobDeps } from './deps.ts';

export const aggregatePayload = z.object({ runId: z.number().int().positive().optional(), reason: z.string().optional() });
export type AggregatePayload = z.infer<typeof aggregatePayload>;

// Serialises rebuilds across workers; a second rebuild waits, then sees the newest data.
const AGGREGATE_LOCK_KEY = 7_245_310_002;

export async function aggregate(_payload: AggregatePayload, deps: JobDeps, ctx: JobContext): Promise<{ rows: number; segments: number }> {
  const result = await withTransaction(deps.pool, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [AGGREGATE_LOCK_KEY]);
    await tx.query('DELETE FROM demand_weekly');
    await tx.query('DELETE FROM segment_weekly');
    const r = await tx.query(sql('rebuild_demand_weekly'));
    const s = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM segment_weekly');
    return { rows: r.rowCount ?? 0, segments: s.rows[0]!.n };
  });
  ctx.log.info(result, 'demand rollups rebuilt');
  return result;
}

export async function enqueueAggregate(deps: Pick<JobDeps, 'queues'>, runId?: number): Promise<void> {
  const id = runId !== undefined ? jobId('aggregate', 'run', runId) : jobId('aggregate', 'manual', Date.now());
  await deps.queues.get('aggregate').add('aggregate', { runId, reason: runId !== undefined ? 'run completed' : 'manual' }, { jobId: id });
}
