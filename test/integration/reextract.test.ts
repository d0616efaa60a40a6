// Re-extraction runs over stored raw postings, without the network, and is idempotent and resumable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/boards/dataset.ts';
import { startBoards } from '../../src/boards/server.ts';
import { taxonomyVersion } from '../../src/core/taxonomy/taxonomy.ts';
import { enqueueReextraction, remainingOf, staleExtractions } from '../../src/pipeline/reextract.ts';
import { runSourceNow, waitForQueuesIdle } from '../../src/pipeline/run-source.ts';
import { startWorkers } from '../../src/queue/workers.ts';
import { upsertSource } from '../../src/repos/sources.repo.ts';
import type { Runtime } from '../../src/runtime.ts';
import { sleep } from '../../src/http/sleep.ts';
import { openTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

let t: TestRuntime;
let rt: Runtime;
let prefix: string;

beforeAll(async () => {
  t = await openTestRuntime();
  ({ rt, prefix } = t);
});

afterAll(async () => {
  await t?.close();
});

describe('reextract', () => {
  it('re-extracts postings of an older taxonomy version from raw records without the network, once', async () => {
    const boards = await startBoards({ dataset: generateDataset({ seed: 3 }), hosts: ['127.0.0.7'], port: 0 });
    const board = boards.boards.find((b) => b.kind === 'greenhouse')!;
    const source = await upsertSource(rt.pool, { kind: board.kind, locator: board.locator, baseUrl: board.baseUrl, ratePerSecond: 200 });
    const summary = await runSourceNow(rt, source.id, { wait: true, timeoutMs: 60_000, localWorkers: true });
    expect(summary.status).toBe('succeeded');
    // The boards go away: re-extraction must not need the network.
    await boards.close();

    const current = taxonomyVersion();
    const before = (await rt.pool.query('SELECT p.id, e.role, e.sector, e.countries FROM postings p JOIN extractions e ON e.id = p.extraction_id ORDER BY p.id')).rows;
    expect(await staleExtractions(rt.pool)).toEqual([]);
    // Pretend the stored extractions came from an older taxonomy.
    await rt.pool.query(`UPDATE extractions SET taxonomy_version = 'tx-older', extracted_at = now() - interval '1 day'`);
    await rt.pool.query(`UPDATE mentions SET taxonomy_version = 'tx-older'`);
    const stale = await staleExtractions(rt.pool);
    expect(stale).toHaveLength(board.truth.length);

    const ids = await enqueueReextraction(rt.pool, rt.queues);
    expect(ids).toEqual(stale);
    // A second call while the jobs wait (a resumed command) adds no job.
    const waiting = await rt.queues.get('extract').getWaitingCount();
    await enqueueReextraction(rt.pool, rt.queues);
    expect(await rt.queues.get('extract').getWaitingCount()).toBe(waiting);

    const w = startWorkers(rt, { connection: rt.workerRedis(), prefix, concurrency: 2, queues: ['extract'] });
    try {
      for (let i = 0; i < 300 && (await remainingOf(rt.pool, ids)) > 0; i++) await sleep(100);
    } finally {
      await w.close();
    }
    expect(await remainingOf(rt.pool, ids)).toBe(0);
    const after = (await rt.pool.query('SELECT p.id, e.role, e.sector, e.countries FROM postings p JOIN extractions e ON e.id = p.extraction_id ORDER BY p.id')).rows;
    expect(after).toEqual(before);
    const { rows } = await rt.pool.query<{ v: string; n: number }>('SELECT taxonomy_version AS v, count(*)::int AS n FROM extractions GROUP BY 1 ORDER BY 1');
    expect(rows).toEqual([
      { v: current, n: board.truth.length },
      { v: 'tx-older', n: board.truth.length },
    ]);
    expect(await staleExtractions(rt.pool)).toEqual([]);
    await waitForQueuesIdle(rt, 30_000);
  });
});
