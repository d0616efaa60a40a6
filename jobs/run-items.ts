import { completeRunIfDone, markItem } from '../src/repos/runs.repo.ts';
import type { JobDeps } from './deps.ts';
import { enqueueAggregate } from './aggregate.job.ts';

/** Record a posting's final failure in its run, and complete the run if it was the last one pending. */
export async function itemFailed(deps: JobDeps, runId: number, externalId: string, reason: string): Promise<void> {
  await markItem(deps.pool, runId, externalId, 'failed', { reason });
  if (await completeRunIfDone(deps.pool, runId)) await enqueueAggregate(deps, runId);
}
