// Crawl benchmark: many loopback hosts, one board each, crawled three ways over the same requests —
//  1. the floor: plain fetch loops (no robots, no rate limit, no storage),
//  2. Crawlee's CheerioCrawler at the same concurrency with a trivial parse,
//  3. skillpulse: a `skillpulse worker` child process doing the whole pipeline (polite fetch, store, extract)
//     at a per-host rate scaled up for loopback,
// and prints postings/s, the worker's CPU per posting and memory (peak, and at 25/50/75/100 % of the postings),
// and politeness violations as the board server saw them. The board server runs in its own process.
//
// Environment: BENCH_SCALE (default 1 = 100 hosts × 200 postings; 0.1 = 10 hosts), BENCH_CONCURRENCY (8),
// BENCH_RATE (requests/s per host, 50), BENCH_TOLERANCE_MS (how much closer than 1/rate two requests to a host
// may arrive before it counts as a violation; default a quarter of 1/rate), BENCH_TIMEOUT_S (per phase; default scales with the size),
// BENCH_PG_URL, REDIS_URL. Exits 1, saying why, when a phase is not clean.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import pg from 'pg';
import { parseConfig } from '../src/config.ts';
import { quoteIdent } from '../src/db/pool.ts';
import { upsertSource } from '../src/repos/sources.repo.ts';
import { openRuntime, type Runtime } from '../src/runtime.ts';
import { enqueueRun } from '../src/scheduler/enqueue-run.ts';
import type { BoardInfo, FromChild, GapStats, ToChild } from './crawl-boards.ts';
import { crawlShape } from './crawl-dataset.ts';
import { runCrawlee, runFetchFloor, type PeerResult } from './crawl-peers.ts';
import { procCpuMs, procMemory } from './proc-sampler.ts';

function envNumber(name: string, fallback: number, ok: (n: number) => boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || !ok(n)) throw new Error(`${name}=${raw} is out of range`);
  return n;
}

const scale = envNumber('BENCH_SCALE', 1, (n) => n > 0 && n <= 2);
const concurrency = envNumber('BENCH_CONCURRENCY', 8, (n) => Number.isInteger(n) && n >= 1 && n <= 64);
const rate = envNumber('BENCH_RATE', 50, (n) => n > 0 && n <= 1000);
// A quarter of the interval: timer and event-loop jitter in a busy worker moves single requests by a few ms,
// while a crawler 1.33× too fast (or one with no limit at all) still shows.
const toleranceMs = envNumber('BENCH_TOLERANCE_MS', 250 / rate, (n) => n >= 0);
const shape = crawlShape(scale);
const totalPostings = shape.hosts * shape.postingsPerBoard;
const timeoutMs = envNumber('BENCH_TIMEOUT_S', 120 + Math.ceil(totalPostings * 0.03), (n) => n > 0) * 1000;
const intervalMs = 1000 / rate;

const ROOT = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = `skillpulse_crawlbench_${process.pid}`;
const PREFIX = `spcrawl${process.pid}`;
const dbUrl = new URL(ROOT);
dbUrl.pathname = `/${DB}`;
const env = {
  DATABASE_URL: dbUrl.toString(),
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  QUEUE_PREFIX: PREFIX,
  FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
  FETCH_RATE_PER_HOST: String(rate),
  LOG_LEVEL: 'info',
};
// One board per IP, in a block of loopback no other part of the project uses.
const ips = Array.from({ length: shape.hosts }, (_, i) => `127.0.${60 + Math.floor(i / 250)}.${1 + (i % 250)}`);
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// ---- the board server child ----

interface BoardsChild {
  boards: BoardInfo[];
  niceness: number;
  mark(): Promise<void>;
  stats(): Promise<GapStats>;
  close(): Promise<void>;
}

async function startBoardsChild(): Promise<BoardsChild> {
  const child = fork(here('./crawl-boards.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let seq = 0;
  const ask = <T extends FromChild['type']>(msg: ToChild | null, want: T, ms: number): Promise<Extract<FromChild, { type: T }>> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => done(new Error(`board server did not answer ${want} within ${ms / 1000} s`)), ms);
      const onMessage = (m: FromChild) => {
        if (m.type === 'error') done(new Error(`board server: ${m.message}`));
        else if (m.type === want) done(null, m as Extract<FromChild, { type: T }>);
      };
      const onExit = (code: number | null) => done(new Error(`board server exited (${code}) while waiting for ${want}`));
      function done(err: Error | null, m?: Extract<FromChild, { type: T }>) {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (err) reject(err);
        else resolve(m!);
      }
      child.on('message', onMessage);
      child.once('exit', onExit);
      if (msg) child.send(msg);
    });
  try {
    const ready = await ask({ type: 'start', shape, ips }, 'ready', 60_000);
    return {
      boards: ready.boards,
      niceness: ready.niceness,
      mark: async () => void (await ask({ type: 'mark', id: ++seq }, 'marked', 10_000)),
      stats: async () => (await ask({ type: 'stats', id: ++seq, intervalMs, toleranceMs }, 'stats', 30_000)).stats,
      close: () => stopChild(child, { type: 'close' }),
    };
  } catch (err) {
    await stopChild(child, { type: 'close' });
    throw err;
  }
}

/** Ask a child to stop, then SIGTERM, then SIGKILL: each step bounded. */
async function stopChild(child: ChildProcess, closeMsg?: ToChild): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  const within = (ms: number) => Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())]);
  if (closeMsg && child.connected) child.send(closeMsg);
  else child.kill('SIGTERM');
  if (await within(closeMsg ? 10_000 : 35_000)) return;
  child.kill(closeMsg ? 'SIGTERM' : 'SIGKILL');
  if (await within(10_000)) return;
  child.kill('SIGKILL');
  await within(5_000);
}

// ---- the skillpulse worker child ----

interface WorkerChild {
  proc: ChildProcess;
  pid: number;
  /** Warnings and errors the worker logged: the first three and the last five. */
  problems: string[];
  problemCount: number;
}

interface LogLine {
  level?: number;
  msg?: string;
  err?: { message?: string };
}

async function startWorker(): Promise<WorkerChild> {
  const proc = spawn(process.execPath, [here('../bin/skillpulse.js'), 'worker', '--concurrency', String(concurrency)], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const w: WorkerChild = { proc, pid: proc.pid ?? -1, problems: [], problemCount: 0 };
  let started: () => void = () => {};
  const ready = new Promise<void>((r) => (started = r));
  let buffered = '';
  const onLine = (line: string) => {
    let entry: LogLine | null = null;
    try {
      entry = JSON.parse(line) as LogLine;
    } catch {
      entry = null;
    }
    if (entry?.msg === 'worker started') started();
    if (!entry || (entry.level ?? 0) >= 40) {
      w.problemCount++;
      // The first lines say what went wrong (a stack trace follows them); the last ones what came of it.
      w.problems.push((entry ? `${entry.msg ?? ''}${entry.err?.message ? `: ${entry.err.message}` : ''}` : line).slice(0, 300));
      if (w.problems.length > 8) w.problems.splice(3, 1);
    }
  };
  proc.stdout!.on('data', (chunk: Buffer) => {
    const lines = (buffered + chunk.toString('utf8')).split('\n');
    buffered = lines.pop() ?? '';
    lines.filter(Boolean).forEach(onLine);
  });
  proc.stderr!.on('data', (chunk: Buffer) => chunk.toString('utf8').split('\n').filter(Boolean).forEach(onLine));
  const exited = once(proc, 'exit').then(([code]) => {
    throw new Error(`worker exited (${code}) before it started: ${w.problems.join(' | ')}`);
  });
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('worker did not start within 90 s')), 90_000).unref());
  try {
    await Promise.race([ready, exited, timeout]);
  } catch (err) {
    await stopChild(proc);
    throw err;
  }
  exited.catch(() => {});
  return w;
}

interface PipelineResult {
  postings: number;
  expected: number;
  ms: number;
  cpuMs: number;
  peakRssMb: number;
  /** When the RSS last rose (s into the run, postings stored by then). */
  peakAt: { s: number; postings: number };
  startRssMb: number;
  /** RSS when 25/50/75/100 % of the postings were stored and extracted. */
  rssAt: Array<{ pct: number; rssMb: number | null; postings: number }>;
  runsFailed: number;
  itemsFailed: number;
  problems: string[];
  problemCount: number;
}

async function runPipeline(rt: Runtime, boards: BoardInfo[], boardsChild: BoardsChild): Promise<PipelineResult> {
  const ids: number[] = [];
  for (const b of boards) {
    ids.push((await upsertSource(rt.pool, { kind: b.kind, locator: b.locator, baseUrl: b.baseUrl, options: b.options, ratePerSecond: rate })).id);
  }
  const expected = boards.reduce((n, b) => n + b.postings, 0);
  const worker = await startWorker();
  try {
    const cpu0 = procCpuMs(worker.pid) ?? 0;
    const mem0 = procMemory(worker.pid);
    await boardsChild.mark();
    const t0 = performance.now();
    let last = mem0;
    let peak = mem0?.rssMb ?? 0;
    let stored = 0;
    let peakAt = { s: 0, postings: 0 };
    const sampler = setInterval(() => {
      const m = procMemory(worker.pid);
      if (!m) return;
      last = m;
      if (m.rssMb > peak) peakAt = { s: (performance.now() - t0) / 1000, postings: stored };
      peak = Math.max(peak, m.rssMb);
    }, 100);
    const marks = [25, 50, 75, 100].map((pct) => ({ pct, rssMb: null as number | null, postings: 0 }));
    const runIds: number[] = [];
    try {
      for (const id of ids) runIds.push((await enqueueRun(rt.pool, rt.queues, id, `bench:${process.pid}`)).run.id);
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { rows } = await rt.pool.query<{ stored: number; open: number }>(
          `SELECT (SELECT count(*)::int FROM postings WHERE extraction_id IS NOT NULL) AS stored,
                  (SELECT count(*)::int FROM runs WHERE id = ANY($1::bigint[]) AND status NOT IN ('succeeded', 'failed', 'blocked')) AS open`,
          [runIds],
        );
        const open = rows[0]!.open;
        stored = rows[0]!.stored;
        for (const m of marks) if (m.rssMb === null && stored * 100 >= m.pct * expected) Object.assign(m, { rssMb: last?.rssMb ?? null, postings: stored });
        if (worker.proc.exitCode !== null) throw new Error(`worker exited (${worker.proc.exitCode}) mid-run: ${worker.problems.join(' | ')}`);
        if (open === 0 && (await queuesIdle(rt))) break;
        if (Date.now() > deadline) {
          throw new Error(`pipeline not done after ${timeoutMs / 1000} s: ${stored}/${expected} postings stored, ${open} runs open; worker said: ${worker.problems.join(' | ') || 'nothing'}`);
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      clearInterval(sampler);
    }
    const ms = performance.now() - t0;
    const cpuMs = (procCpuMs(worker.pid) ?? cpu0) - cpu0;
    const end = procMemory(worker.pid);
    // The high-water mark catches a peak between two samples, once it is above the one start-up left.
    if (end && mem0 && end.hwmMb > mem0.hwmMb) peak = Math.max(peak, end.hwmMb);
    const { rows } = await rt.pool.query<{ stored: number; runs_failed: number; items_failed: number }>(
      `SELECT (SELECT count(*)::int FROM postings WHERE extraction_id IS NOT NULL) AS stored,
              (SELECT count(*)::int FROM runs WHERE id = ANY($1::bigint[]) AND status <> 'succeeded') AS runs_failed,
              (SELECT coalesce(sum(failed), 0)::int FROM runs WHERE id = ANY($1::bigint[])) AS items_failed`,
      [runIds],
    );
    const r = rows[0]!;
    for (const m of marks) if (m.rssMb === null && r.stored * 100 >= m.pct * expected) Object.assign(m, { rssMb: end?.rssMb ?? null, postings: r.stored });
    return {
      postings: r.stored,
      expected,
      ms,
      cpuMs,
      peakRssMb: peak,
      peakAt,
      startRssMb: mem0?.rssMb ?? 0,
      rssAt: marks,
      runsFailed: r.runs_failed,
      itemsFailed: r.items_failed,
      problems: worker.problems,
      problemCount: worker.problemCount,
    };
  } finally {
    await stopChild(worker.proc);
  }
}

async function queuesIdle(rt: Runtime): Promise<boolean> {
  const counts = await Promise.all(
    (['discover', 'fetch', 'extract', 'aggregate'] as const).map((q) =>
      rt.queues.get(q).getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children'),
    ),
  );
  return counts.every((c) => Object.values(c).every((n) => n === 0));
}

// ---- cleanup ----

async function dropDb(): Promise<void> {
  const admin = new pg.Client({ connectionString: ROOT });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(DB)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Delete this run's Redis keys (queues, rate limits, robots cache): SCAN in pages, bounded. */
async function dropRedisKeys(rt: Runtime): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  for (let round = 0; round < 100_000; round++) {
    const [next, keys] = await rt.redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
    if (keys.length) deleted += await rt.redis.del(...keys);
    cursor = next;
    if (cursor === '0') break;
  }
  return deleted;
}

// ---- report ----

const f1 = (n: number) => n.toFixed(1);
const perS = (n: number, ms: number) => n / (ms / 1000);

function peerLine(name: string, r: PeerResult, g: GapStats): string {
  return (
    `  ${name.padEnd(30)} ${String(r.postings).padStart(6)} postings  ${f1(r.ms / 1000).padStart(6)} s  ${f1(perS(r.postings, r.ms)).padStart(7)} postings/s  ` +
    `${(r.cpuMs / Math.max(1, r.postings)).toFixed(3)} CPU ms/posting  peak RSS ${f1(r.peakRssMb)} MB (bench process)  ` +
    `${r.requests} requests, min gap per host ${g.minGapMs ?? '-'} ms, ${g.violations} below ${f1(intervalMs - toleranceMs)} ms, up to ${g.maxPerSecond}/s per host`
  );
}

// ---- main ----

const problems: string[] = [];
let boardsChild: BoardsChild | undefined;
let rt: Runtime | undefined;
try {
  console.log(
    `crawl benchmark at BENCH_SCALE=${scale}: ${shape.hosts} loopback hosts × ${shape.postingsPerBoard} postings, concurrency ${concurrency}, ` +
      `skillpulse polite rate ${rate} req/s per host (violation: < ${f1(intervalMs)} − ${f1(toleranceMs)} ms between two requests to one host)`,
  );
  boardsChild = await startBoardsChild();
  const boards = boardsChild.boards;
  const kinds = new Map<string, number>();
  for (const b of boards) kinds.set(b.kind, (kinds.get(b.kind) ?? 0) + 1);
  const expected = boards.reduce((n, b) => n + b.postings, 0);
  console.log(`  boards: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}; ${expected} postings; board server process at niceness ${boardsChild.niceness}`);
  const peerOpts = { concurrency, maxRequests: expected * 2 + boards.length * 50, timeoutMs };

  await boardsChild.mark();
  const floor = await runFetchFloor(boards, peerOpts);
  const floorGaps = await boardsChild.stats();
  console.log(peerLine('floor (plain fetch loop)', floor, floorGaps));
  if (floor.failureCount || floor.postings !== expected) problems.push(`floor: ${floor.postings}/${expected} postings; ${floor.failures.join(' | ')}`);

  await boardsChild.mark();
  const crawlee = await runCrawlee(boards, peerOpts);
  const crawleeGaps = await boardsChild.stats();
  console.log(peerLine('Crawlee CheerioCrawler', crawlee, crawleeGaps));
  if (crawlee.failureCount || crawlee.postings !== expected) problems.push(`crawlee: ${crawlee.postings}/${expected} postings; ${crawlee.failures.join(' | ')}`);

  rt = await openRuntime(parseConfig(env), { logger: pino({ level: 'silent' }) });
  const pipe = await runPipeline(rt, boards, boardsChild);
  const pipeGaps = await boardsChild.stats();
  if (pipe.postings !== expected || pipe.runsFailed || pipe.itemsFailed) {
    problems.push(`skillpulse: ${pipe.postings}/${expected} postings stored, ${pipe.runsFailed} runs not succeeded, ${pipe.itemsFailed} items failed; worker said: ${pipe.problems.join(' | ') || 'nothing'}`);
  }
  if (pipeGaps.violations - pipeGaps.blurred > 0) {
    problems.push(
      `skillpulse: ${pipeGaps.violations - pipeGaps.blurred} politeness violations (besides ${pipeGaps.blurred} explained by stalls of the board server, ` +
        `worst ${pipeGaps.serverMaxLoopDelayMs} ms); worst hosts ${JSON.stringify(pipeGaps.worst)}; examples ${JSON.stringify(pipeGaps.examples)}`,
    );
  }
  if (pipeGaps.maxPerSecond > Math.ceil(rate) + 1) problems.push(`skillpulse: a host received ${pipeGaps.maxPerSecond} requests within one second (rate ${rate}/s)`);
  if (pipeGaps.errors > 0) problems.push(`skillpulse: the board server answered ${pipeGaps.errors} requests with an error status`);

  const pipeRate = perS(pipe.postings, pipe.ms);
  console.log(
    `  ${'skillpulse worker (polite)'.padEnd(30)} ${String(pipe.postings).padStart(6)} postings  ${f1(pipe.ms / 1000).padStart(6)} s  ${f1(pipeRate).padStart(7)} postings/s  ` +
      `${(pipe.cpuMs / Math.max(1, pipe.postings)).toFixed(3)} CPU ms/posting  peak RSS ${f1(pipe.peakRssMb)} MB (worker)  ` +
      `${pipeGaps.requests} requests, min gap per host ${pipeGaps.minGapMs ?? '-'} ms, ${pipeGaps.violations} below ${f1(intervalMs - toleranceMs)} ms, up to ${pipeGaps.maxPerSecond}/s per host`,
  );
  console.log(
    `  skillpulse worker RSS: ${f1(pipe.startRssMb)} MB idle; ` +
      pipe.rssAt.map((m) => `${m.pct} %: ${m.rssMb === null ? '-' : f1(m.rssMb)} MB`).join(', ') +
      `; peak ${f1(pipe.peakRssMb)} MB, reached ${f1(pipe.peakAt.s)} s in with ${pipe.peakAt.postings} postings stored (goal ≤ 300 MB without the browser)`,
  );
  const growth = pipe.rssAt[0]?.rssMb != null && pipe.rssAt[3]?.rssMb != null ? ((pipe.rssAt[3].rssMb - pipe.rssAt[0].rssMb) * 1024) / Math.max(1, pipe.rssAt[3].postings - pipe.rssAt[0].postings) : null;
  console.log(`  RSS growth from 25 % to 100 %: ${growth === null ? '-' : `${growth.toFixed(2)} KB per posting`}`);
  console.log(
    `  politeness (skillpulse, as the board server saw it): ${pipeGaps.violations - pipeGaps.blurred} violations over ${pipeGaps.requests} requests to ${pipeGaps.hosts} hosts ` +
      `(+${pipeGaps.blurred} explained by stalls of the board server itself, worst ${pipeGaps.serverMaxLoopDelayMs} ms); per-host gaps min ${pipeGaps.minGapMs} ms, ` +
      `p1 ${pipeGaps.p1GapMs} ms, median ${pipeGaps.medianGapMs} ms; most requests to one host in one second: ${pipeGaps.maxPerSecond} (rate ${rate}/s)`,
  );
  console.log(
    `  ratios: skillpulse / floor ${(pipeRate / perS(floor.postings, floor.ms)).toFixed(3)}×, skillpulse / Crawlee ${(pipeRate / perS(crawlee.postings, crawlee.ms)).toFixed(3)}×, ` +
      `Crawlee / floor ${(perS(crawlee.postings, crawlee.ms) / perS(floor.postings, floor.ms)).toFixed(3)}×`,
  );
  console.log(
    `  board server CPU (its stall watcher included): floor ${floorGaps.serverCpuMs} ms, Crawlee ${crawleeGaps.serverCpuMs} ms, skillpulse ${pipeGaps.serverCpuMs} ms; ` +
      `skillpulse worker logged ${pipe.problemCount} warnings/errors`,
  );
} catch (err) {
  problems.push(`benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
} finally {
  if (rt) {
    const keys = await dropRedisKeys(rt).catch((err: unknown) => (problems.push(`could not clean Redis keys: ${String(err)}`), 0));
    await rt.close().catch(() => {});
    if (keys === 0 && !problems.length) problems.push('no Redis keys were found to clean up (wrong prefix?)');
  }
  await boardsChild?.close().catch(() => {});
  await dropDb().catch((err: unknown) => problems.push(`could not drop database ${DB}: ${String(err)}`));
}
if (problems.length) {
  console.log(`NOT CLEAN (${problems.length}):`);
  for (const p of problems) console.log(`  - ${p}`);
  process.exitCode = 1;
} else {
  console.log('clean: every posting crawled by all three, no politeness violations, database and Redis keys removed');
}
