// Ops action: re-queue the failed BullMQ jobs of a run's failed postings. A posting failed either while being
// fetched (job fetch__<run>__<externalId>) or while being extracted (job extract__<run>__<postingId>).
import type { Job } from 'bullmq';
import { enqueueAggregate } from '../../jobs/aggregate.job.ts';
import type { Pool } from '../db/pool.ts';
import { sql } from '../db/sql.ts';
import { coerceError } from '../errors.ts';
import { jobId, type Queues } from '../queue/queues.ts';
import { completeRunIfDone, getRun, listRunItems, markItem } from '../repos/runs.repo.ts';

export interface RetryResult {
  runId: number;
  /** External ids whose failed job went back to the queue. */
  requeued: string[];
  /** Failed items with no failed job left to retry (removed after 14 days, or failed outside a job). */
  skipped: Array<{ externalId: string; reason: string }>;
}

async function failedJob(queues: Queues, queue: 'fetch' | 'extract', id: string): Promise<Job | null> {
  const job = await queues.get(queue).getJob(id);
  if (!job) return null;
  return (await job.getState()) === 'failed' ? (job as Job) : null;
}

/** null when the run does not exist. */
export async function retryFailedItems(pool: Pool, queues: Queues, runId: number): Promise<RetryResult | null> {
  const run = await getRun(pool, runId);
  if (!run) return null;
  const items = await listRunItems(pool, runId, 'failed');
  const result: RetryResult = { runId, requeued: [], skipped: [] };
  const chosen: Array<{ externalId: string; job: Job; reason: string | null }> = [];
  for (const item of items) {
    // The later stage first: a posting whose extract failed had a successful fetch.
    const job =
      (item.postingId !== null ? await failedJob(queues, 'extract', jobId('extract', runId, item.postingId)) : null) ??
      (await failedJob(queues, 'fetch', jobId('fetch', runId, item.externalId)));
    if (job) chosen.push({ externalId: item.externalId, job, reason: item.reason });
    else result.skipped.push({ externalId: item.externalId, reason: 'no failed job left in the queue for this posting' });
  }
  if (chosen.length === 0) return result;

  // Reopen first, then re-queue: a retried job that finishes at once must find its item pending and its run
  // running, or the run would never complete again.
  await pool.query(sql('retry_reopen_items'), [runId, chosen.map((c) => c.externalId)]);
  for (const c of chosen) {
    try {
      await c.job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      result.requeued.push(c.externalId);
    } catch (err) {
      const reason = `could not re-queue: ${coerceError(err).message}`;
      await markItem(pool, runId, c.externalId, 'failed', { reason: c.reason ?? reason });
      result.skipped.push({ externalId: c.externalId, reason });
    }
  }
  // Every re-queue failed: the run has nothing pending and must be closed again here.
  if (result.requeued.length === 0 && (await completeRunIfDone(pool, runId))) await enqueueAggregate({ queues }, runId);
  return result;
}
