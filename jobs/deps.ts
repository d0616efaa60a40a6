// What a job handler may use. Everything with I/O comes in here, so handlers are testable on the real
// PostgreSQL and Redis without globals.
import type pg from 'pg';
import type { Logger } from 'pino';
import type { PageFetcher } from '../src/http/page-fetcher.ts';
import type { Queues } from '../src/queue/queues.ts';

export type { FetchedPage, PageFetcher } from '../src/http/page-fetcher.ts';

export interface JobDeps {
  pool: pg.Pool;
  queues: Queues;
  fetcher: PageFetcher;
  logger: Logger;
}

export interface JobContext {
  signal: AbortSignal;
  log: Logger;
  jobId: string;
  attempt: number;
  /** When the job was enqueued (ms since the epoch, the enqueuer's clock). */
  enqueuedAt: number;
}
