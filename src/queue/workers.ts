// Runs the job registry on BullMQ workers: payload validation, a child logger per job, the error policy,
// final-failure bookkeeping, and graceful close.
import { setMaxListeners } from 'node:events';
import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { JobDeps } from '../../jobs/deps.ts';
import { jobRegistry, type JobDefinition } from '../../jobs/registry.ts';
import { coerceError } from '../errors.ts';
import { classify, isFinalFailure, toQueueError } from './error-policy.ts';
import { QUEUE_NAMES, type QueueName } from './queues.ts';

export interface WorkerSet {
  workers: Worker[];
  /** Stop taking jobs, abort in-flight work, wait for it to return. */
  close(): Promise<void>;
}

export interface StartWorkersOptions {
  connection: Redis; // must have maxRetriesPerRequest: null
  prefix: string;
  concurrency: number;
  queues?: readonly QueueName[];
  jobs?: JobDefinition[];
  /** Job lock duration (default 60 s); stalled jobs are looked for at the same interval, capped at 30 s. */
  lockMs?: number;
}

export function startWorkers(deps: JobDeps, opts: StartWorkersOptions): WorkerSet {
  const registry = jobRegistry(opts.jobs);
  const abort = new AbortController();
  // Every in-flight job listens on the one shutdown signal.
  setMaxListeners(0, abort.signal);
  const workers = (opts.queues ?? QUEUE_NAMES).map((name) => {
    const def = registry.get(name)!;
    // Aggregation serialises on a lock; extraction costs well under a millisecond of CPU, the rest is I/O.
    const concurrency = name === 'aggregate' ? 1 : opts.concurrency;
    const worker = new Worker(name, (job, token) => runJob(def, job, token, deps, abort.signal), {
      connection: opts.connection as unknown as ConnectionOptions,
      prefix: opts.prefix,
      concurrency,
      autorun: true,
      // A worker that dies mid-job: its lock expires and the job returns to the queue (stalled check).
      lockDuration: opts.lockMs ?? 60_000,
      stalledInterval: Math.min(opts.lockMs ?? 60_000, 30_000),
      maxStalledCount: 2,
    });
    worker.on('error', (err) => deps.logger.error({ err, queue: name }, 'worker error'));
    return worker;
  });
  return {
    workers,
    async close() {
      abort.abort();
      await Promise.all(workers.map((w) => w.close()));
    },
  };
}

async function runJob(def: JobDefinition, job: Job, token: string | undefined, deps: JobDeps, signal: AbortSignal): Promise<unknown> {
  const log = deps.logger.child({ queue: def.queue, jobId: job.id, attempt: job.attemptsMade + 1 });
  const parsed = def.payload.safeParse(job.data);
  if (!parsed.success) {
    const reason = `invalid ${def.queue} payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
    log.error({ data: job.data }, reason);
    throw new UnrecoverableError(reason);
  }
  try {
    return await def.handle(parsed.data, deps, { signal, log, jobId: String(job.id), attempt: job.attemptsMade + 1, enqueuedAt: job.timestamp });
  } catch (err) {
    const disposition = classify(err);
    const final = isFinalFailure(job, disposition);
    log[final ? 'error' : 'warn']({ err: coerceError(err), disposition }, final ? 'job failed for good' : 'job will be retried');
    if (final && def.onFinalFailure) {
      const status = disposition.action === 'fail' ? disposition.status : 'failed';
      await def.onFinalFailure(parsed.data, deps, disposition.reason, status);
    }
    throw await toQueueError(job, disposition, token);
  }
}
