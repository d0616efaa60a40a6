// End-to-end pipeline rate: local boards → scheduler fire → BullMQ workers → PostgreSQL → rollups,
// side by side with a floor measured in the same process: one sequential loop that lists each board with a
// plain fetch, parses, extracts and inserts, with no queues, no politeness and no idempotency bookkeeping.
import { pino } from 'pino';
import pg from 'pg';
import { adapterFor } from '../src/adapters/index.ts';
import { generateDataset } from '../src/boards/dataset.ts';
import { startBoards } from '../src/boards/server.ts';
import { parseConfig } from '../src/config.ts';
import { extractPosting } from '../src/core/extract.ts';
import type { ParsedPosting } from '../src/core/types.ts';
import { quoteIdent } from '../src/db/pool.ts';
import { waitForQueuesIdle, waitForRuns } from '../src/pipeline/run-source.ts';
import { startWorkers } from '../src/queue/workers.ts';
import { upsertSource } from '../src/repos/sources.repo.ts';
import { openRuntime } from '../src/runtime.ts';
import { createScheduler } from '../src/scheduler/scheduler.ts';

const DB = `skillpulse_bench_${process.pid}`;
const ROOT = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const postingsPerBoard = Number(process.env.BENCH_POSTINGS_PER_BOARD ?? 30);
const url = new URL(ROOT);
url.pathname = `/${DB}`;

async function dropDb() {
  const admin = new pg.Client({ connectionString: ROOT });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(DB)} WITH (FORCE)`);
  await admin.end();
}

const dataset = generateDataset({ seed: 99, postingsPerBoard });
const kinds = new Set(dataset.boards.map((b) => b.kind));
const boards = await startBoards({ dataset, hosts: Array.from({ length: 8 }, (_, i) => `127.0.0.${20 + i}`), port: 0 });
const config = parseConfig({
  DATABASE_URL: url.toString(),
  QUEUE_PREFIX: `spbench${process.pid}`,
  FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
  LOG_LEVEL: 'silent',
});
const rt = await openRuntime(config, { logger: pino({ level: 'silent' }) });
try {
  // Baseline floor: sequential, no queue, no politeness; only boards whose list carries descriptions.
  const floorBoards = boards.boards.filter((b) => b.kind !== 'rendered');
  let floorPostings = 0;
  const t0 = performance.now();
  for (const b of floorBoards) {
    const adapter = adapterFor(b.kind);
    const source = { id: 0, kind: b.kind, locator: b.locator, baseUrl: b.baseUrl, options: b.options };
    const pending = adapter.start(source);
    const listed: ParsedPosting[] = [];
    while (pending.length) {
      const req = pending.shift()!;
      const res = await fetch(req.url, { method: req.method ?? 'GET', headers: req.headers, body: req.body });
      const page = adapter.parseList(await res.text(), req, source);
      listed.push(...page.postings);
      pending.push(...page.followUps);
    }
    for (let p of listed) {
      if (adapter.needsDetail(p, source) && adapter.detailRequest && adapter.parseDetail) {
        const req = adapter.detailRequest(p, source);
        const res = await fetch(req.url, { method: req.method ?? 'GET', headers: req.headers, body: req.body });
        p = adapter.parseDetail(await res.text(), req, p, source);
      }
      const r = extractPosting({ title: p.title, company: p.company, locations: p.locations, countryHints: p.countryHints, description: p.descriptionHtml ?? '' });
      await rt.pool.query('SELECT $1::text, $2::int', [p.externalId, r.mentions.length]);
      floorPostings++;
    }
  }
  const floorMs = performance.now() - t0;

  // The real pipeline.
  const ids: number[] = [];
  for (const b of boards.boards) {
    ids.push((await upsertSource(rt.pool, { kind: b.kind, locator: b.locator, baseUrl: b.baseUrl, options: b.options, ratePerSecond: 500 })).id);
  }
  const rssBefore = process.memoryUsage().rss;
  const workers = startWorkers(rt, { connection: rt.workerRedis(), prefix: config.queuePrefix, concurrency: 8 });
  const scheduler = createScheduler(rt, { refreshMs: 3_600_000 });
  const t1 = performance.now();
  const fired = await Promise.all(ids.map((id) => scheduler.fire(id, new Date())));
  const runs = await waitForRuns(rt, fired.map((f) => f.runId), { timeoutMs: 600_000, pollMs: 100 });
  await waitForQueuesIdle(rt, 120_000);
  const pipeMs = performance.now() - t1;
  await scheduler.stop();
  await workers.close();
  const stored = (await rt.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM postings WHERE extraction_id IS NOT NULL')).rows[0]!.n;
  const failed = runs.filter((r) => r.status !== 'succeeded').length;

  const rate = (n: number, ms: number) => (n / (ms / 1000)).toFixed(1);
  console.log(`pipeline benchmark: ${boards.boards.length} boards (${[...kinds].join(', ')}), ${stored} postings stored`);
  console.log(`  floor (sequential fetch+parse+extract, no queue): ${floorPostings} postings in ${(floorMs / 1000).toFixed(2)} s = ${rate(floorPostings, floorMs)} postings/s`);
  console.log(`  pipeline (scheduler → discover → fetch → extract → rollup, 8 workers/queue): ${stored} postings in ${(pipeMs / 1000).toFixed(2)} s = ${rate(stored, pipeMs)} postings/s`);
  console.log(`  ratio pipeline / floor: ${((stored / pipeMs) / (floorPostings / floorMs)).toFixed(2)}×; runs failed: ${failed}; RSS +${((process.memoryUsage().rss - rssBefore) / 1e6).toFixed(0)} MB`);
} finally {
  await rt.close();
  await boards.close();
  await dropDb();
}
