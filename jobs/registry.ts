// One handler per queue. Start-up fails if a queue has no handler or two.
import type { ZodType } from 'zod';
import { QUEUE_NAMES, type QueueName } from '../src/queue/queues.ts';
import { aggregate, aggregatePayload } from './aggregate.job.ts';
import type { JobContext, JobDeps } from './deps.ts';
import { discover, discoverFailed, discoverPayload } from './discover.job.ts';
import { extract, extractFailed, extractPayload } from './extract.job.ts';
import { fetchFailed, fetchPayload, fetchPosting } from './fetch.job.ts';

export interface JobDefinition<P = any> {
  queue: QueueName;
  payload: ZodType<P>;
  handle(payload: P, deps: JobDeps, ctx: JobContext): Promise<unknown>;
  /** Called once when the job fails for good (no retry left, or unrecoverable). */
  onFinalFailure?(payload: P, deps: JobDeps, reason: string, status: 'failed' | 'blocked'): Promise<void>;
}

export const JOBS: JobDefinition[] = [
  { queue: 'discover', payload: discoverPayload, handle: discover, onFinalFailure: discoverFailed },
  { queue: 'fetch', payload: fetchPayload, handle: fetchPosting, onFinalFailure: fetchFailed },
  { queue: 'extract', payload: extractPayload, handle: extract, onFinalFailure: extractFailed },
  { queue: 'aggregate', payload: aggregatePayload, handle: aggregate },
];

export function jobRegistry(jobs: JobDefinition[] = JOBS): Map<QueueName, JobDefinition> {
  const registry = new Map<QueueName, JobDefinition>();
  for (const job of jobs) {
    if (registry.has(job.queue)) throw new Error(`two handlers registered for queue "${job.queue}"`);
    registry.set(job.queue, job);
  }
  for (const name of QUEUE_NAMES) {
    if (!registry.has(name)) throw new Error(`no handler registered for queue "${name}"`);
  }
  return registry;
}
