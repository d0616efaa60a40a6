// Each job processor run twice leaves the database as running it once; the scheduler cannot double-fire.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../../jobs/aggregate.job.ts';
import type { JobContext, JobDeps } from '../../jobs/deps.ts';
import { discover } from '../../jobs/discover.job.ts';
import { extract } from '../../jobs/extract.job.ts';
import { fetchPosting, type FetchPayload } from '../../jobs/fetch.job.ts';
import { generateDataset } from '../../src/boards/dataset.ts';
import { startBoards, type RunningBoards } from '../../src/boards/server.ts';
import { PoliteFetcher } from '../../src/http/polite-fetcher.ts';
import { createQueues, type Queues } from '../../src/queue/queues.ts';
import { ensureRun } from '../../src/repos/runs.repo.ts';
import { upsertSource } from '../../src/repos/sources.repo.ts';
import { createScheduler } from '../../src/scheduler/scheduler.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { deleteKeys, newRedis, testPrefix } from '../helpers/redis.ts';
import type { Redis } from 'ioredis';

let db: TestDb;
let redis: Redis;
let queues: Queues;
let boards: RunningBoards;
let deps: JobDeps;
const prefix = testPrefix();
const logger = pino({ level: 'silent' });
const ctx: JobContext = {
  signal: new AbortController().signal,
  log: logger,
  jobId: 't',
  attempt: 1,
  // Each call is as if the job had just been enqueued.
  get enqueuedAt() {
    return Date.now();
  },
};

beforeAll(async () => {
  db = await createTestDb();
  redis = newRedis();
  queues = createQueues(redis, prefix);
  boards = await startBoards({ dataset: generateDataset({ seed: 11 }), hosts: ['127.0.0.5'], port: 0 });
  const fetcher = new PoliteFetcher({
    redis,
    keyPrefix: `${prefix}:http`,
    allowNetworks: ['127.0.0.0/8'],
    userAgent: 'skillpulse-test',
    defaultRatePerSecond: 100,
  });
  deps = { pool: db.pool, queues, fetcher, logger };
});

afterAll(async () => {
  await boards?.close();
  await queues?.close();
  if (redis) {
    await deleteKeys(redis, prefix);
    await redis.quit();
  }
  await db?.drop();
});

async function snapshot() {
  const q = async (text: string) => (await db.pool.query(text)).rows;
  return {
    postings: await q('SELECT source_id, external_id, title, content_hash, dedupe_key, list_hash, closed_at IS NULL AS open, extraction_id FROM postings ORDER BY id'),
    raw: await q('SELECT posting_id, content_hash, format, md5(body_gz) AS body FROM posting_raw ORDER BY id'),
    extractions: await q('SELECT id, posting_id, taxonomy_version, role, sector, countries FROM extractions ORDER BY id'),
    mentions: await q('SELECT extraction_id, entity_id, count, spans FROM mentions ORDER BY extraction_id, entity_id'),
    runItems: await q('SELECT run_id, external_id, change, status, reason FROM run_items ORDER BY run_id, external_id'),
    runs: await q('SELECT id, status, found, new, changed, closed, failed, skipped FROM runs ORDER BY id'),
    demand: await q('SELECT * FROM demand_weekly ORDER BY week, sector, country, entity_id'),
    segments: await q('SELECT * FROM segment_weekly ORDER BY week, sector, country'),
  };
}

describe('job processors are idempotent', () => {
  it('discover, fetch, extract and aggregate each run twice leave the same rows', async () => {
    // A board whose list has no descriptions, so every posting goes through a fetch job.
    const board = boards.boards.find((b) => b.kind === 'smartrecruiters')!;
    const source = await upsertSource(db.pool, { kind: board.kind, locator: board.locator, baseUrl: board.baseUrl, options: board.options });
    const { run } = await ensureRun(db.pool, source.id, 'test:1');

    const first = await discover({ sourceId: source.id, runId: run.id }, deps, ctx);
    const afterOnce = await snapshot();
    const fetchJobs = await queues.get('fetch').getJobs(['waiting', 'delayed', 'prioritized']);
    const second = await discover({ sourceId: source.id, runId: run.id }, deps, ctx);
    expect(second).toEqual(first);
    expect(await snapshot()).toEqual(afterOnce);
    expect(await queues.get('fetch').getJobs(['waiting', 'delayed', 'prioritized'])).toHaveLength(fetchJobs.length);
    expect(first.found).toBe(board.truth.length);
    expect(first.new).toBe(board.truth.length);

    // fetch each posting twice
    for (const job of fetchJobs) {
      await fetchPosting(job.data as FetchPayload, deps, ctx);
      await fetchPosting(job.data as FetchPayload, deps, ctx);
    }
    const extractJobs = await queues.get('extract').getJobs(['waiting', 'delayed', 'prioritized']);
    expect(fetchJobs).toHaveLength(board.truth.length);
    expect(extractJobs).toHaveLength(fetchJobs.length);
    const afterFetch = await snapshot();
    expect(afterFetch.postings).toHaveLength(board.truth.length);
    expect(afterFetch.raw).toHaveLength(board.truth.length);

    // extract each twice
    for (const job of extractJobs) await extract(job.data, deps, ctx);
    const afterExtract = await snapshot();
    for (const job of extractJobs) await extract(job.data, deps, ctx);
    expect(await snapshot()).toEqual(afterExtract);
    expect(afterExtract.extractions).toHaveLength(board.truth.length);
    expect(afterExtract.runs[0]).toMatchObject({ status: 'succeeded', found: board.truth.length, failed: 0 });

    // The board is unchanged: the next run asks conditionally, gets 304, and costs one request.
    const { run: run2 } = await ensureRun(db.pool, source.id, 'test:2');
    const again = await discover({ sourceId: source.id, runId: run2.id }, deps, ctx);
    expect(again).toMatchObject({ found: board.truth.length, new: 0, changed: 0, closed: 0, requests: 1 });
    const { rows: r2 } = await db.pool.query('SELECT status, not_modified FROM runs WHERE id = $1', [run2.id]);
    expect(r2[0]).toEqual({ status: 'succeeded', not_modified: true });

    await aggregate({}, deps, ctx);
    const afterAggregate = await snapshot();
    expect(afterAggregate.demand.length).toBeGreaterThan(0);
    expect(await aggregate({}, deps, ctx)).toMatchObject({ segments: afterAggregate.segments.length });
    expect(await snapshot()).toEqual(afterAggregate);
    // A job enqueued before the last rebuild started has nothing to do.
    expect(await aggregate({}, deps, { ...ctx, enqueuedAt: Date.now() - 60_000 })).toMatchObject({ skipped: expect.stringContaining('rebuilt at') });
  });

  it('stores postings whose list carries the description during discover, without fetch jobs, idempotently', async () => {
    const board = boards.boards.find((b) => b.kind === 'greenhouse')!;
    const source = await upsertSource(db.pool, { kind: board.kind, locator: board.locator, baseUrl: board.baseUrl, options: board.options });
    const { run } = await ensureRun(db.pool, source.id, 'test:direct');
    const fetchBefore = await queues.get('fetch').getJobCountByTypes('waiting', 'delayed', 'prioritized');
    const extractBefore = await queues.get('extract').getJobCountByTypes('waiting', 'delayed', 'prioritized');
    const first = await discover({ sourceId: source.id, runId: run.id }, deps, ctx);
    const stored = await db.pool.query('SELECT id, content_hash FROM postings WHERE source_id = $1 ORDER BY id', [source.id]);
    const runRow = (await db.pool.query('SELECT found, new, changed, closed FROM runs WHERE id = $1', [run.id])).rows[0];
    // A retry after the listing was committed keeps the run's counts: its postings now look unchanged.
    expect(await discover({ sourceId: source.id, runId: run.id }, deps, ctx)).toEqual(first);
    expect((await db.pool.query('SELECT found, new, changed, closed FROM runs WHERE id = $1', [run.id])).rows[0]).toEqual(runRow);
    expect(runRow).toEqual({ found: board.truth.length, new: board.truth.length, changed: 0, closed: 0 });
    expect((await db.pool.query('SELECT id, content_hash FROM postings WHERE source_id = $1 ORDER BY id', [source.id])).rows).toEqual(stored.rows);
    expect(stored.rows).toHaveLength(board.truth.length);
    expect(await queues.get('fetch').getJobCountByTypes('waiting', 'delayed', 'prioritized')).toBe(fetchBefore);
    expect(await queues.get('extract').getJobCountByTypes('waiting', 'delayed', 'prioritized')).toBe(extractBefore + board.truth.length);
    const { rows } = await db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM run_items WHERE run_id = $1 AND posting_id IS NOT NULL AND payload IS NULL`, [run.id]);
    expect(rows[0]!.n).toBe(board.truth.length);
  });

  it('two schedulers firing the same source at the same time enqueue one run and one discover job', async () => {
    const board = boards.boards.find((b) => b.kind === 'greenhouse')!;
    const source = await upsertSource(db.pool, { kind: board.kind, locator: board.locator, baseUrl: board.baseUrl });
    const a = createScheduler({ pool: db.pool, queues, redis, logger }, { refreshMs: 3_600_000 });
    // A second scheduler process: its own Redis connection and queues.
    const redis2 = newRedis();
    const queues2 = createQueues(redis2, prefix);
    const b = createScheduler({ pool: db.pool, queues: queues2, redis: redis2, logger }, { refreshMs: 3_600_000 });
    try {
      const at = new Date('2026-11-02T06:00:00.000Z');
      const before = await queues.get('discover').getJobCountByTypes('waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed');
      const [x, y] = await Promise.all([a.fire(source.id, at), b.fire(source.id, at)]);
      expect(x.runId).toBe(y.runId);
      expect([x.created, y.created].filter(Boolean)).toHaveLength(1);
      const after = await queues.get('discover').getJobCountByTypes('waiting', 'delayed', 'prioritized', 'active', 'completed', 'failed');
      expect(after - before).toBe(1);
      const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM runs WHERE source_id = $1 AND trigger_key LIKE $2', [source.id, 'cron:%']);
      expect(rows[0].n).toBe(1);
      // A later fire is a new run.
      const z = await a.fire(source.id, new Date('2026-11-02T07:00:00.000Z'));
      expect(z.runId).not.toBe(x.runId);
    } finally {
      await a.stop();
      await b.stop();
      await queues2.close();
      await redis2.quit();
    }
  });
});
