// Starting a run: one run row per (source, trigger) and one discover job with a job id derived from the same
// trigger, so two schedulers (or a double click) cannot start a source twice for one trigger.
import type pg from 'pg';
import { jobId, type Queues } from '../queue/queues.ts';
import { ensureRun, type RunRow } from '../repos/runs.repo.ts';

export async function enqueueRun(
  pool: pg.Pool,
  queues: Queues,
  sourceId: number,
  triggerKey: string,
): Promise<{ run: RunRow; created: boolean }> {
  const { run, created } = await ensureRun(pool, sourceId, triggerKey);
  await queues
    .get('discover')
    .add('discover', { sourceId, runId: run.id }, { jobId: jobId('discover', sourceId, triggerKey), attempts: 4 });
  return { run, created };
}

/** The trigger key of a scheduled fire: the fire time to the second, in UTC. */
export function cronTriggerKey(fireDate: Date): string {
  return `cron:${new Date(Math.floor(fireDate.getTime() / 1000) * 1000).toISOString()}`;
}
