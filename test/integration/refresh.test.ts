// Boards whose lists carry no description cannot show an edited description: after `refreshDays`, details are
// fetched again, and a detail that really changed counts as changed (once), an identical one does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editPosting, generateDataset } from '../../src/boards/dataset.ts';
import { startBoards, type RunningBoards } from '../../src/boards/server.ts';
import { runSourceNow } from '../../src/pipeline/run-source.ts';
import { upsertSource } from '../../src/repos/sources.repo.ts';
import type { Runtime } from '../../src/runtime.ts';
import { openTestRuntime, type TestRuntime } from '../helpers/runtime.ts';

let t: TestRuntime;
let rt: Runtime;
let boards: RunningBoards;

beforeAll(async () => {
  t = await openTestRuntime();
  ({ rt } = t);
  boards = await startBoards({ dataset: generateDataset({ seed: 9 }), hosts: ['127.0.0.8'], port: 0 });
});

afterAll(async () => {
  await boards?.close();
  await t?.close();
});

describe('detail refresh', () => {
  it('re-fetches stale details of list-without-description boards and counts only real changes', async () => {
    const board = boards.boards.find((b) => b.kind === 'smartrecruiters')!;
    const source = await upsertSource(rt.pool, { kind: board.kind, locator: board.locator, baseUrl: board.baseUrl, options: board.options, ratePerSecond: 200 });
    const run = () => runSourceNow(rt, source.id, { wait: true, timeoutMs: 60_000, localWorkers: true });
    const details = () => boards.requests.entries.filter((e) => /\/postings\/[^/?]+$/.test(e.path)).length;
    const age = (days: number) => rt.pool.query(`UPDATE postings SET fetched_at = now() - make_interval(days => $2) WHERE source_id = $1`, [source.id, days]);
    const n = board.truth.length;

    expect(await run()).toMatchObject({ status: 'succeeded', new: n, changed: 0 });
    const afterFirst = details();
    expect(afterFirst).toBe(n);

    // Fresh details are not fetched again.
    expect(await run()).toMatchObject({ status: 'succeeded', new: 0, changed: 0 });
    expect(details()).toBe(afterFirst);

    // A week later every detail is fetched again; nothing changed, so nothing counts as changed.
    await age(8);
    expect(await run()).toMatchObject({ status: 'succeeded', new: 0, changed: 0 });
    expect(details()).toBe(afterFirst + n);
    const { rows: refreshed } = await rt.pool.query<{ refreshed: number }>('SELECT refreshed FROM runs ORDER BY id DESC LIMIT 1');
    expect(refreshed[0]!.refreshed).toBe(n);

    // The board edits one description without changing its list entry; the next refresh finds it.
    boards.mutate((ds) => {
      const def = ds.boards.find((b) => b.locator === board.locator)!;
      const target = def.postings.find((p) => p.listed && !p.truth.entities.some((e) => e.name === 'Kubeflow'))!;
      editPosting(target, 'Kubeflow', target.truth.updatedAt);
    });
    await age(8);
    expect(await run()).toMatchObject({ status: 'succeeded', new: 0, changed: 1 });
    const { rows } = await rt.pool.query<{ n: number }>(
      `SELECT count(DISTINCT p.id)::int AS n FROM postings p JOIN mentions m ON m.extraction_id = p.extraction_id
       WHERE p.source_id = $1 AND m.name = 'Kubeflow'`,
      [source.id],
    );
    const expected = board.truth.filter((t) => t.entities.some((e) => e.name === 'Kubeflow')).length;
    expect(rows[0]!.n).toBe(expected);
  });
});
