// Redis holds only work in flight. When it loses that work (restart without persistence, flushed keys),
// reconcile re-enqueues from PostgreSQL, and every posting still arrives exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/boards/dataset.ts';
import { startBoards, type RunningBoards } from '../../src/boards/server.ts';
import { sleep } from '../../src/http/sleep.ts';
import { reconcileRuns } from '../../src/pipeline/reconcile.ts';
import { waitForRuns } from '../../src/pipeline/run-source.ts';
import type { QueueName } from '../../src/queue/queues.ts';
import { startWorkers } from '../../src/queue/workers.ts';
import { upsertSource } from '../../src/repos/sources.repo.ts';
import type { Runtime } from '../../src/runtime.ts';
import { enqueueRun } from '../../src/scheduler/enqueue-run.ts';
import { openTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { deleteKeys } from '../helpers/redis.ts';

let t: TestRuntime;
let rt: Runtime;
let boards: RunningBoards;
let prefix: string;

beforeAll(async () => {
  t = await openTestRuntime();
  ({ rt, prefix } = t);
  boards = await startBoards({ dataset: generateDataset({ seed: 5 }), hosts: ['127.0.0.6'], port: 0 });
});

afterAll(async () => {
  await boards?.close();
  await t?.close();
});

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 600; i++) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function runWith(queues: QueueName[], check: () => Promise<boolean>, what: string) {
  const w = startWorkers(rt, { connection: rt.workerRedis(), prefix, concurrency: 4, queues });
  try {
    await until(check, what);
  } finally {
    await w.close();
  }
}

describe('work lost from Redis', () => {
  for (const stage of ['fetch', 'extract'] as const) {
    it(`is re-enqueued from PostgreSQL when lost before ${stage}, and every posting arrives once`, async () => {
      const board = boards.boards.find((b) => b.kind === (stage === 'fetch' ? 'workday' : 'smartrecruiters'))!;
      const source = await upsertSource(rt.pool, { kind: board.kind, locator: board.locator, baseUrl: board.baseUrl, options: board.options, ratePerSecond: 200 });
      const { run } = await enqueueRun(rt.pool, rt.queues, source.id, `test:${stage}`);
      const items = async (cond: string) =>
        (await rt.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM run_items WHERE run_id = $1 AND ${cond}`, [run.id])).rows[0]!.n;

      if (stage === 'fetch') {
        await runWith(['discover'], async () => (await rt.pool.query('SELECT 1 FROM runs WHERE id = $1 AND discovered', [run.id])).rowCount === 1, 'discovery');
      } else {
        await runWith(['discover', 'fetch'], async () => {
          const discovered = (await rt.pool.query('SELECT 1 FROM runs WHERE id = $1 AND discovered', [run.id])).rowCount === 1;
          return discovered && (await items('posting_id IS NULL')) === 0;
        }, 'fetching');
      }
      const pending = await items(`status = 'pending'`);
      expect(pending).toBe(board.truth.length);

      // Redis loses everything in flight.
      await deleteKeys(rt.redis, prefix);
      const lost = await reconcileRuns(rt.pool, rt.queues, { olderThanMs: 0 });
      expect(lost).toEqual({ discover: 0, fetch: stage === 'fetch' ? pending : 0, extract: stage === 'extract' ? pending : 0 });
      // Reconciling again while the jobs wait adds nothing.
      expect(await reconcileRuns(rt.pool, rt.queues, { olderThanMs: 0 })).toEqual({ discover: 0, fetch: 0, extract: 0 });

      const w = startWorkers(rt, { connection: rt.workerRedis(), prefix, concurrency: 4 });
      try {
        const [done] = await waitForRuns(rt, [run.id], { timeoutMs: 60_000 });
        expect(done).toMatchObject({ status: 'succeeded', found: board.truth.length, new: board.truth.length, failed: 0 });
      } finally {
        await w.close();
      }
      const { rows } = await rt.pool.query<{ n: number; ids: number; ext: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT external_id)::int AS ids,
                count(*) FILTER (WHERE extraction_id IS NOT NULL)::int AS ext
         FROM postings WHERE source_id = $1`,
        [source.id],
      );
      expect(rows[0]).toEqual({ n: board.truth.length, ids: board.truth.length, ext: board.truth.length });
    });
  }

  it('re-enqueues a lost discover job of a queued run', async () => {
    const board = boards.boards.find((b) => b.kind === 'lever')!;
    const source = await upsertSource(rt.pool, { kind: board.kind, locator: board.locator, baseUrl: board.baseUrl, options: board.options, ratePerSecond: 200 });
    const { run } = await enqueueRun(rt.pool, rt.queues, source.id, 'test:discover');
    await deleteKeys(rt.redis, prefix);
    expect(await reconcileRuns(rt.pool, rt.queues, { olderThanMs: 0 })).toEqual({ discover: 1, fetch: 0, extract: 0 });
    const w = startWorkers(rt, { connection: rt.workerRedis(), prefix, concurrency: 4 });
    try {
      const [done] = await waitForRuns(rt, [run.id], { timeoutMs: 60_000 });
      expect(done).toMatchObject({ status: 'succeeded', found: board.truth.length, failed: 0 });
    } finally {
      await w.close();
    }
  });
});
