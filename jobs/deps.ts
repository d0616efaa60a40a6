// What a job handler may use. Everything with I/O comes in here, so handlers are testable on the real
// PostgreSQL and Redis without globals.
import type pg from 'pg';
import type { Logger } from 'pino';
import type { RequestSpec } from '../src/core/types.ts';
import type { Queues } from '../src/queue/queues.ts';

export interface FetchedPage {
  status: number;
  url: string;
  body: string;
  notModified: boolean;
}

/** The polite fetcher (HTTP) or the browser renderer, behind one door: `render: true` requests go to the browser. */
export interface PageFetcher {
  fetch(req: RequestSpec, opts?: { signal?: AbortSignal; ratePerSecond?: number }): Promise<FetchedPage>;
}

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
}
