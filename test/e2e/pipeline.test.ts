// End to end: local boards on loopback hosts → scheduler (cron) → BullMQ workers → PostgreSQL → report.
// Expected figures are computed from the boards' ground truth, never from the extractor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTruth, generateDataset } from '../../src/boards/dataset.ts';
import { startBoards, type RunningBoards } from '../../src/boards/server.ts';
import { waitForQueuesIdle, waitForRuns } from '../../src/pipeline/run-source.ts';
import { startWorkers, type WorkerSet } from '../../src/queue/workers.ts';
import { demandReport } from '../../src/reports/demand.ts';
import { setSourceSchedule, upsertSource } from '../../src/repos/sources.repo.ts';
import type { Runtime } from '../../src/runtime.ts';
import { createScheduler } from '../../src/scheduler/scheduler.ts';
import { openTestRuntime, type TestRuntime } from '../helpers/runtime.ts';
import { sleep } from '../../src/http/sleep.ts';

let t: TestRuntime;
let rt: Runtime;
let boards: RunningBoards;
let workers: WorkerSet;
let prefix: string;
const dataset = generateDataset({ seed: 7 });
const sourceIds: number[] = [];

beforeAll(async () => {
  t = await openTestRuntime();
  ({ rt, prefix } = t);
  boards = await startBoards({ dataset, hosts: ['127.0.0.2', '127.0.0.3', '127.0.0.4'], port: 0 });
  for (const b of boards.boards) {
    const s = await upsertSource(rt.pool, { kind: b.kind, locator: b.locator, baseUrl: b.baseUrl, options: b.options, ratePerSecond: 50, schedule: '* * * * * *' });
    sourceIds.push(s.id);
  }
  workers = startWorkers(rt, { connection: rt.workerRedis(), prefix, concurrency: 6 });
});

afterAll(async () => {
  await workers?.close();
  await boards?.close();
  await t?.close();
});

describe('the whole pipeline', () => {
  it('scrapes every bundled board on schedule and reports exactly the boards’ ground truth', async () => {
    // The scheduler fires every source each second; take the first fires, then stop scheduling.
    const scheduler = createScheduler(rt, { refreshMs: 3_600_000 });
    await scheduler.refresh();
    expect(scheduler.tasks().size).toBe(sourceIds.length);
    for (let i = 0; i < 100; i++) {
      const { rows } = await rt.pool.query<{ n: number }>('SELECT count(DISTINCT source_id)::int AS n FROM runs');
      if (rows[0]!.n === sourceIds.length) break;
      await sleep(100);
    }
    await scheduler.stop();
    for (const id of sourceIds) await setSourceSchedule(rt.pool, id, null, null);

    const { rows: runRows } = await rt.pool.query<{ id: number }>('SELECT id FROM runs');
    const runs = await waitForRuns(rt, runRows.map((r) => r.id), { timeoutMs: 240_000 });
    const failedRuns = runs.filter((r) => r.status !== 'succeeded').map((r) => ({ source: r.sourceId, status: r.status, reason: r.reason }));
    expect(failedRuns).toEqual([]);
    await waitForQueuesIdle(rt, 60_000);

    const truth = allTruth(dataset);
    const counted = truth.filter((t) => t.duplicateOf === null);
    // Every listed posting stored once per board; cross-posts share one dedupe key.
    const { rows: stored } = await rt.pool.query<{ n: number; keys: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT dedupe_key)::int AS keys FROM postings',
    );
    expect(stored[0]!.n).toBe(truth.length);
    expect(stored[0]!.keys).toBe(counted.length);

    const expected = new Map<string, number>();
    for (const t of counted) {
      for (const name of new Set(t.entities.map((e) => `${e.category}|${e.name}`))) expected.set(name, (expected.get(name) ?? 0) + 1);
    }
    const report = await demandReport(rt.pool, {});
    const got = new Map(report.filter((r) => r.category !== 'role').map((r) => [`${r.category}|${r.name}`, r.postings]));
    expect(Object.fromEntries([...got].sort())).toEqual(Object.fromEntries([...expected].sort()));
    expect(report.every((r) => r.total === counted.length)).toBe(true);

    // Country and role filters agree with the truth too.
    const de = await demandReport(rt.pool, { country: 'DE', category: 'skill' });
    const deTotal = counted.filter((t) => t.countries.includes('DE')).length;
    expect(de[0]?.total ?? 0).toBe(deTotal);
    const { rows: roles } = await rt.pool.query<{ role: string | null; n: number }>(
      `SELECT e.role, count(DISTINCT p.dedupe_key)::int AS n FROM postings p JOIN extractions e ON e.id = p.extraction_id GROUP BY e.role`,
    );
    const expectedRoles = new Map<string | null, number>();
    for (const t of counted) expectedRoles.set(t.role, (expectedRoles.get(t.role) ?? 0) + 1);
    expect(new Map(roles.map((r) => [r.role, r.n]))).toEqual(expectedRoles);
    const { rows: sectors } = await rt.pool.query<{ sector: string | null; n: number }>(
      `SELECT e.sector, count(DISTINCT p.dedupe_key)::int AS n FROM postings p JOIN extractions e ON e.id = p.extraction_id GROUP BY e.sector`,
    );
    const expectedSectors = new Map<string | null, number>();
    for (const t of counted) expectedSectors.set(t.sector, (expectedSectors.get(t.sector) ?? 0) + 1);
    expect(new Map(sectors.map((r) => [r.sector, r.n]))).toEqual(expectedSectors);
  });

  it('a second run of every source finds nothing new and doubles no count', async () => {
    const before = await demandReport(rt.pool, {});
    const { rows: maxRun } = await rt.pool.query<{ id: number }>('SELECT coalesce(max(id), 0)::int AS id FROM runs');
    const scheduler = createScheduler(rt, { refreshMs: 3_600_000 });
    const fired = await Promise.all(sourceIds.map((id) => scheduler.fire(id, new Date(Date.UTC(2030, 0, 1)))));
    await scheduler.stop();
    expect(fired.every((f) => f.runId > maxRun[0]!.id)).toBe(true);
    const runs = await waitForRuns(rt, fired.map((f) => f.runId), { timeoutMs: 120_000 });
    expect(runs.map((r) => [r.status, r.new, r.changed, r.closed])).toEqual(runs.map(() => ['succeeded', 0, 0, 0]));
    await waitForQueuesIdle(rt, 60_000);
    expect(await demandReport(rt.pool, {})).toEqual(before);
  });
});
