// Faults through the whole pipeline: the local boards inject one fault per board (each board on a host of
// its own), and every fault must end as a clear, visible reason on the run or the run item, with no posting
// lost or stored twice. Last, a worker process is killed mid-run and a fresh one finishes the run.
import { execFile } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest } from 'node:http';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset, type BoardDef } from '../../src/boards/dataset.ts';
import { startBoards, type RunningBoard, type RunningBoards } from '../../src/boards/server.ts';
import type { FaultRule } from '../../src/boards/faults.ts';
import { parseConfig } from '../../src/config.ts';
import { waitForQueuesIdle, waitForRuns } from '../../src/pipeline/run-source.ts';
import { jobId } from '../../src/queue/queues.ts';
import { startWorkers, type WorkerSet } from '../../src/queue/workers.ts';
import { listRunItems, type RunRow } from '../../src/repos/runs.repo.ts';
import { upsertSource } from '../../src/repos/sources.repo.ts';
import { openRuntime, type Runtime } from '../../src/runtime.ts';
import { enqueueRun } from '../../src/scheduler/enqueue-run.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { deleteKeys, REDIS_URL, testPrefix } from '../helpers/redis.ts';
import { BIN, REPO, startWorkerProc, stopWorkerProc, type WorkerProc } from '../helpers/worker-procs.ts';

const run = promisify(execFile);

// One board per scenario, each alone on its host so a fault rule (by host) touches that board only.
const ROLES = {
  rateLimited: 'smartrecruiters',
  unavailable: 'greenhouse',
  truncated: 'greenhouse',
  cut: 'lever',
  privateRedirect: 'lever',
  redirectLoop: 'ashby',
  duplicate: 'ashby',
  badUtf8: 'smartrecruiters',
  huge: 'workday',
  noDescription: 'workday',
  killed: 'oracle',
} as const;
type Role = keyof typeof ROLES;
const ROLE_NAMES = Object.keys(ROLES) as Role[];
const hostOf = (i: number) => `127.0.0.${110 + i}`;

const SR_DETAIL = /\/postings\/\d+/;
const WORKDAY_DETAIL = /\/job\//;
const MAX_BODY = 20 * 1024 * 1024;

let db: TestDb;
let rt: Runtime;
let boards: RunningBoards;
let workers: WorkerSet | undefined;
const prefix = testPrefix();
const env = { DATABASE_URL: '', REDIS_URL, QUEUE_PREFIX: prefix, FETCH_ALLOW_NETWORKS: '127.0.0.0/8', LOG_LEVEL: 'silent' };
const board = new Map<Role, RunningBoard>();
const sourceOf = new Map<Role, number>();
const runOf = new Map<Role, RunRow>();
/** Every HTTP request this process started (the client connects to the request's host: pinned, no DNS). */
const connections: string[] = [];
const onRequest = (msg: unknown) => connections.push(String((msg as { request: ClientRequest }).request.host));

function pickBoards(defs: BoardDef[]): BoardDef[] {
  const used = new Set<BoardDef>();
  return ROLE_NAMES.map((role) => {
    const def = defs.find((d) => d.kind === ROLES[role] && !used.has(d));
    if (!def) throw new Error(`dataset has no spare ${ROLES[role]} board for ${role}`);
    used.add(def);
    return def;
  });
}

async function storedIds(role: Role): Promise<string[]> {
  const { rows } = await rt.pool.query<{ external_id: string }>('SELECT external_id FROM postings WHERE source_id = $1 ORDER BY external_id', [sourceOf.get(role)!]);
  return rows.map((r) => r.external_id);
}

const uniqueTruth = (role: Role) => [...new Set(board.get(role)!.truth.map((t) => t.externalId))].sort();

async function runRoles(roles: Role[], trigger: string, timeoutMs = 180_000): Promise<void> {
  const ids: number[] = [];
  for (const role of roles) ids.push((await enqueueRun(rt.pool, rt.queues, sourceOf.get(role)!, `${trigger}:${role}`)).run.id);
  const runs = await waitForRuns(rt, ids, { timeoutMs, pollMs: 300 });
  roles.forEach((role, i) => runOf.set(role, runs[i]!));
}

beforeAll(async () => {
  subscribe('http.client.request.start', onRequest);
  db = await createTestDb();
  env.DATABASE_URL = db.url;
  rt = await openRuntime(parseConfig(env), { logger: pino({ level: 'silent' }) });
  const dataset = generateDataset({ seed: 61, employers: 22, postingsPerBoard: 4, duplicates: 0 });
  dataset.boards = pickBoards(dataset.boards);
  // One posting listed twice on the duplicate board; one posting with an empty description.
  const dup = dataset.boards[ROLE_NAMES.indexOf('duplicate')]!;
  dup.postings.push(dup.postings.find((p) => p.listed)!);
  dataset.boards[ROLE_NAMES.indexOf('noDescription')]!.postings[1]!.descriptionHtml = '';

  const host = (role: Role) => hostOf(ROLE_NAMES.indexOf(role));
  const listOf = (role: Role): RegExp => {
    const d = dataset.boards[ROLE_NAMES.indexOf(role)]!;
    if (d.kind === 'greenhouse') return new RegExp(`^/v1/boards/${d.locator}/jobs(\\?|$)`);
    if (d.kind === 'lever') return new RegExp(`^/v0/postings/${d.locator}\\?`);
    if (d.kind === 'ashby') return new RegExp(`^/posting-api/job-board/${d.locator}(\\?|$)`);
    throw new Error(`no list pattern for ${d.kind}`);
  };
  const faults: FaultRule[] = [
    // Longer than the fetcher waits inline (30 s): the job itself must be put off, not fail.
    { host: host('rateLimited'), path: SR_DETAIL, count: 1, fault: { kind: 'rate-limit', retryAfterSeconds: 31 } },
    // More 503s than one fetch retries (3 tries): the discover job is retried too.
    { host: host('unavailable'), path: listOf('unavailable'), count: 4, fault: { kind: 'unavailable' } },
    { host: host('truncated'), path: listOf('truncated'), count: 1, fault: { kind: 'truncate', keepBytes: 300 } },
    { host: host('cut'), path: listOf('cut'), count: 1, fault: { kind: 'truncate', keepBytes: 300, abort: true } },
    { host: host('privateRedirect'), path: listOf('privateRedirect'), count: Infinity, fault: { kind: 'redirect', location: 'http://10.0.0.1/v0/postings/elsewhere?mode=json' } },
    { host: host('redirectLoop'), path: /^\/posting-api\/job-board\//, count: Infinity, fault: { kind: 'redirect-loop' } },
    { host: host('badUtf8'), path: SR_DETAIL, count: 1, fault: { kind: 'invalid-utf8' } },
    { host: host('huge'), path: WORKDAY_DETAIL, count: 1, fault: { kind: 'huge', bytes: MAX_BODY + 256 * 1024 } },
  ];
  boards = await startBoards({ dataset, hosts: ROLE_NAMES.map((_, i) => hostOf(i)), port: 0, faults });
  boards.boards.forEach((b, i) => board.set(ROLE_NAMES[i]!, b));
  for (const role of ROLE_NAMES) {
    const b = board.get(role)!;
    expect(new URL(b.baseUrl).hostname).toBe(host(role));
    const s = await upsertSource(rt.pool, { kind: b.kind, locator: b.locator, baseUrl: b.baseUrl, options: b.options, ratePerSecond: 50 });
    sourceOf.set(role, s.id);
  }
}, 120_000);

afterAll(async () => {
  unsubscribe('http.client.request.start', onRequest);
  await workers?.close();
  await boards?.close();
  if (rt) {
    await deleteKeys(rt.redis, prefix);
    await rt.close();
  }
  await db?.drop();
});

describe('faults through the whole pipeline', () => {
  const first: Role[] = ['rateLimited', 'unavailable', 'truncated', 'cut', 'privateRedirect', 'redirectLoop', 'duplicate', 'badUtf8', 'huge', 'noDescription'];

  it('runs every faulty board at once', async () => {
    workers = startWorkers(rt, { connection: rt.workerRedis(), prefix, concurrency: 4 });
    await runRoles(first, 'faults:1');
    await waitForQueuesIdle(rt, 60_000);
    const fired = boards.faultsFired();
    expect(fired.slice(0, 4)).toEqual([1, 4, 1, 1]);
    expect(first.every((r) => runOf.has(r))).toBe(true);
  }, 240_000);

  it('429 with a long Retry-After on a detail: the job is put off without spending an attempt; every posting arrives', async () => {
    const r = runOf.get('rateLimited')!;
    expect({ status: r.status, failed: r.failed, reason: r.reason }).toEqual({ status: 'succeeded', failed: 0, reason: null });
    expect(await storedIds('rateLimited')).toEqual(uniqueTruth('rateLimited'));
    const host = new URL(board.get('rateLimited')!.baseUrl).host;
    const log = boards.requests.forHost(host);
    const limited = log.find((x) => x.status === 429)!;
    expect(limited).toBeDefined();
    const retried = log.filter((x) => x.path === limited.path && x.at > limited.at);
    expect(retried.map((x) => x.status)).toEqual([200]);
    expect(retried[0]!.at - limited.at).toBeGreaterThanOrEqual(31_000 - 50);
    // The job behind the 429 completed on its first counted attempt.
    const externalId = (await listRunItems(rt.pool, r.id)).find((i) => limited.path.includes(i.externalId))!.externalId;
    const job = await rt.queues.get('fetch').getJob(jobId('fetch', r.id, externalId));
    expect(job).toBeDefined();
    expect(await job!.getState()).toBe('completed');
    expect(job!.attemptsStarted).toBeGreaterThan(job!.attemptsMade);
  });

  it('a burst of 503 on the list is retried and the run succeeds', async () => {
    const r = runOf.get('unavailable')!;
    expect({ status: r.status, failed: r.failed, new: r.new }).toEqual({ status: 'succeeded', failed: 0, new: board.get('unavailable')!.truth.length });
    expect(await storedIds('unavailable')).toEqual(uniqueTruth('unavailable'));
    expect(boards.requests.forHost(hostOf(ROLE_NAMES.indexOf('unavailable'))).filter((x) => x.status === 503)).toHaveLength(4);
  });

  it('a complete but truncated JSON list fails the run naming the board and the parse error; a clean run then stores every posting', async () => {
    const r = runOf.get('truncated')!;
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/greenhouse/);
    expect(r.reason).toContain(board.get('truncated')!.locator);
    // The JSON parser's own message, not just "not JSON".
    expect(r.reason).toMatch(/Unterminated|Unexpected end|Expected/);
    expect(await storedIds('truncated')).toEqual([]);
    // Not retried: a complete response that is not valid JSON will not get better by asking again.
    const lists = boards.requests.forHost(hostOf(ROLE_NAMES.indexOf('truncated'))).filter((x) => x.path.startsWith('/v1/boards/'));
    expect(lists).toHaveLength(1);
    await runRoles(['truncated'], 'faults:2');
    const again = runOf.get('truncated')!;
    expect({ status: again.status, new: again.new, failed: again.failed }).toEqual({ status: 'succeeded', new: board.get('truncated')!.truth.length, failed: 0 });
    expect(await storedIds('truncated')).toEqual(uniqueTruth('truncated'));
  }, 60_000);

  it('a list cut short of its Content-Length is a network fault: retried, and the run succeeds', async () => {
    const r = runOf.get('cut')!;
    expect({ status: r.status, failed: r.failed, reason: r.reason }).toEqual({ status: 'succeeded', failed: 0, reason: null });
    expect(await storedIds('cut')).toEqual(uniqueTruth('cut'));
    const lists = boards.requests.forHost(hostOf(ROLE_NAMES.indexOf('cut'))).filter((x) => x.path.startsWith('/v0/postings/'));
    expect(lists.map((x) => x.fault)).toEqual(['truncate', null]);
  });

  it('invalid UTF-8 in a posting is stored with replacement characters, and every posting is stored', async () => {
    const r = runOf.get('badUtf8')!;
    expect({ status: r.status, failed: r.failed }).toEqual({ status: 'succeeded', failed: 0 });
    expect(await storedIds('badUtf8')).toEqual(uniqueTruth('badUtf8'));
    const { rows } = await rt.pool.query<{ title: string }>('SELECT title FROM postings WHERE source_id = $1 AND title LIKE $2', [sourceOf.get('badUtf8')!, '%\uFFFD%']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.title).toMatch(/^\uFFFD\(\uFFFD\uFFFD/);
  });

  it('a body over the size limit fails that posting with a reason naming the limit; the others are stored', async () => {
    const r = runOf.get('huge')!;
    expect({ status: r.status, failed: r.failed }).toEqual({ status: 'succeeded', failed: 1 });
    const failed = await listRunItems(rt.pool, r.id, 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.reason).toContain(`${MAX_BODY}-byte limit`);
    const want = uniqueTruth('huge').filter((id) => id !== failed[0]!.externalId);
    expect(await storedIds('huge')).toEqual(want);
  });

  it('a redirect loop fails the run with a reason naming the loop', () => {
    const r = runOf.get('redirectLoop')!;
    expect(r.status).toBe('failed');
    expect(r.reason).toMatch(/redirect loop/);
    expect(r.reason).toContain('_loop=1');
  });

  it('a redirect to a private address is refused before connecting, naming the address and FETCH_ALLOW_NETWORKS', async () => {
    const r = runOf.get('privateRedirect')!;
    expect(r.status).toBe('blocked');
    expect(r.reason).toContain('10.0.0.1');
    expect(r.reason).toContain('FETCH_ALLOW_NETWORKS');
    expect(await storedIds('privateRedirect')).toEqual([]);
    // The address guard refused it: this process never opened a connection to anything but loopback.
    expect(connections.filter((a) => a === hostOf(ROLE_NAMES.indexOf('privateRedirect'))).length).toBeGreaterThan(0);
    expect(connections.filter((a) => !/^127\./.test(a))).toEqual([]);
  });

  it('a posting without description fails its run item ("has no description"); every other posting is stored; runs show lists it', async () => {
    const r = runOf.get('noDescription')!;
    expect({ status: r.status, failed: r.failed }).toEqual({ status: 'succeeded', failed: 1 });
    const bad = board.get('noDescription')!.def.postings[1]!.truth.externalId;
    const failed = await listRunItems(rt.pool, r.id, 'failed');
    expect(failed.map((f) => f.externalId)).toEqual([bad]);
    expect(failed[0]!.reason).toContain('has no description');
    expect(await storedIds('noDescription')).toEqual(uniqueTruth('noDescription').filter((id) => id !== bad));
    const { stdout } = await run(process.execPath, [BIN, 'runs', 'show', String(r.id), '--json'], {
      cwd: REPO,
      env: { PATH: process.env.PATH ?? '', ...env, LOG_LEVEL: 'warn' },
    });
    const shown = JSON.parse(stdout) as { status: string; failed: number; failedItems: Array<{ externalId: string; reason: string }> };
    expect(shown.status).toBe('succeeded');
    expect(shown.failed).toBe(1);
    expect(shown.failedItems.map((f) => f.externalId)).toEqual([bad]);
    expect(shown.failedItems[0]!.reason).toContain('has no description');
  }, 30_000);

  it('a posting id listed twice is stored once, and the run says it skipped the second', async () => {
    const r = runOf.get('duplicate')!;
    const ids = uniqueTruth('duplicate');
    expect(board.get('duplicate')!.truth.length).toBe(ids.length + 1);
    expect({ status: r.status, found: r.found, new: r.new, failed: r.failed, skipped: r.skipped }).toEqual({
      status: 'succeeded', found: ids.length, new: ids.length, failed: 0, skipped: 1,
    });
    expect(await storedIds('duplicate')).toEqual(ids);
    const dupId = board.get('duplicate')!.truth.find((t, i, all) => all.findIndex((u) => u.externalId === t.externalId) !== i)!.externalId;
    expect(r.skippedReasons).toEqual([{ externalId: dupId, reason: expect.stringContaining('listed twice') }]);
  });
});

describe('a worker process killed mid-run', () => {
  const procs: WorkerProc[] = [];
  afterAll(async () => {
    await Promise.all(procs.map((p) => stopWorkerProc(p, 5_000)));
  });

  it('SIGKILL while details are being fetched; a new worker finishes the run with every posting stored once', async () => {
    await workers?.close();
    workers = undefined;
    const role: Role = 'killed';
    const host = new URL(board.get(role)!.baseUrl).host;
    // Every detail trickles in over ~2 s, so jobs are active when the worker dies.
    boards.addFault({ host: hostOf(ROLE_NAMES.indexOf(role)), path: /recruitingCEJobRequisitionDetails/, count: Infinity, fault: { kind: 'slow', chunkBytes: 512, intervalMs: 200 } });
    const procEnv = { ...env, LOG_LEVEL: 'warn', WORKER_LOCK_MS: '3000' };
    const first = startWorkerProc(procEnv);
    procs.push(first);
    const { run: r } = await enqueueRun(rt.pool, rt.queues, sourceOf.get(role)!, 'faults:kill');
    const deadline = Date.now() + 60_000;
    while (!boards.requests.forHost(host).some((x) => x.fault === 'slow')) {
      if (Date.now() > deadline) throw new Error(`no detail request reached the board\n${first.output().slice(-3000)}`);
      await new Promise((res) => setTimeout(res, 50));
    }
    const active = await rt.queues.get('fetch').getJobCounts('active');
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    expect(active.active).toBeGreaterThan(0);
    const before = await listRunItems(rt.pool, r.id);
    expect(before.some((i) => i.status === 'pending')).toBe(true);

    const second = startWorkerProc(procEnv);
    procs.push(second);
    const [done] = await waitForRuns(rt, [r.id], { timeoutMs: 120_000, pollMs: 300 });
    await waitForQueuesIdle(rt, 60_000);
    const truth = uniqueTruth(role);
    expect({ status: done!.status, new: done!.new, failed: done!.failed, reason: done!.reason }, second.output().slice(-3000)).toEqual({
      status: 'succeeded', new: truth.length, failed: 0, reason: null,
    });
    expect(await storedIds(role)).toEqual(truth);
    const items = await listRunItems(rt.pool, r.id);
    expect(items.map((i) => i.status)).toEqual(truth.map(() => 'done'));
    const { rows } = await rt.pool.query<{ n: number }>('SELECT count(DISTINCT posting_id)::int AS n FROM run_items WHERE run_id = $1', [r.id]);
    expect(rows[0]!.n).toBe(truth.length);
    expect(await stopWorkerProc(second)).toBe(0);
  }, 240_000);
});
