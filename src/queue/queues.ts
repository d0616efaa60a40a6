// Queue names, connections and defaults in one place. Redis holds only work in flight.
import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';

export const QUEUE_NAMES = ['discover', 'fetch', 'extract', 'aggregate'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** Retries with exponential backoff; failed jobs kept (with their reason) for ops to inspect. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 14 * 24 * 3600 },
};

/** A Redis connection for BullMQ. Workers need maxRetriesPerRequest: null (blocking commands). */
export function createRedis(url: string, opts: { forWorker?: boolean } = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: opts.forWorker ? null : 3,
    enableReadyCheck: true,
    lazyConnect: false,
  });
}

export interface Queues {
  prefix: string;
  connection: Redis;
  get(name: QueueName): Queue;
  close(): Promise<void>;
}

export function createQueues(redis: Redis, prefix: string): Queues {
  const queues = new Map<QueueName, Queue>();
  for (const name of QUEUE_NAMES) {
    queues.set(
      name,
      new Queue(name, { connection: redis as unknown as ConnectionOptions, prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
    );
  }
  return {
    prefix,
    connection: redis,
    get(name) {
      const q = queues.get(name);
      if (!q) throw new Error(`unknown queue ${name}`);
      return q;
    },
    async close() {
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}

/**
 * BullMQ job ids may not contain ':' in some versions' custom-id checks and must not be integers;
 * build them from parts with a fixed separator.
 */
export function jobId(...parts: Array<string | number>): string {
  return parts.map((p) => String(p).replace(/[^A-Za-z0-9._-]/g, '_')).join('__');
}
