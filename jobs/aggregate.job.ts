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
/** Allowance for the enqueuing machine's clock being ahead of PostgreSQL's. */
const CLOCK_SKEW_MS = 2_000;

export async function aggregate(
  _payload: AggregatePayload,
  deps: JobDeps,
  ctx: JobContext,
): Promise<{ rows: number; segments: number } | { skipped: string }> {
  const result = await withTransaction(deps.pool, async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [AGGREGATE_LOCK_KEY]);
    // Many runs finishing together each enqueue a rebuild; one rebuild that started after a job was enqueued
    // already includes that job's run.
    const { rows: state } = await tx.query<{ builtFrom: Date }>('SELECT built_from AS "builtFrom" FROM rollup_state');
    const builtFrom = state[0]?.builtFrom.getTime() ?? 0;
    if (builtFrom > ctx.enqueuedAt + CLOCK_SKEW_MS) {
      return { skipped: `rollups were rebuilt at ${new Date(builtFrom).toISOString()}, after this job was enqueued` };
    }
    await tx.query(
      `INSERT INTO rollup_state (id, built_from) VALUES (true, clock_timestamp())
       ON CONFLICT (id) DO UPDATE SET built_from = EXCLUDED.built_from`,
    );
    await tx.query('DELETE FROM demand_weekly');
    await tx.query('DELETE FROM segment_weekly');
    const r = await tx.query(sql('rebuild_demand_weekly'));
    const s = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM segment_weekly');
    return { rows: r.rowCount ?? 0, segments: s.rows[0]!.n };
  });
  ctx.log.info(result, 'skipped' in result ? 'demand rollups already fresh' : 'demand rollups rebuilt');
  return result;
}

export async function enqueueAggregate(deps: Pick<JobDeps, 'queues'>, runId?: number): Promise<void> {
  const id = runId !== undefined ? jobId('aggregate', 'run', runId) : jobId('aggregate', 'manual', Date.now());
  await deps.queues.get('aggregate').add('aggregate', { runId, reason: runId !== undefined ? 'run completed' : 'manual' }, { jobId: id });
}
