// The CLI's fixed contracts (DESIGN.md §5), checked on real subprocesses of `node bin/skillpulse.js` with an
// isolated database and queue prefix, against the local boards: exact JSON keys, exit codes, stderr messages.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/boards/dataset.ts';
import { startBoards, type RunningBoard, type RunningBoards } from '../../src/boards/server.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { deleteKeys, newRedis, REDIS_URL, testPrefix } from '../helpers/redis.ts';
import { BIN, REPO } from '../helpers/worker-procs.ts';

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

let db: TestDb;
let boards: RunningBoards;
let open: RunningBoard;
let disallowed: RunningBoard;
const prefix = testPrefix();
const HOST_OPEN = '127.0.0.140';
const HOST_DISALLOW = '127.0.0.141';

function cli(args: string[], opts: { env?: Record<string, string | undefined>; stdin?: string } = {}): Promise<Result> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    DATABASE_URL: db.url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    LOG_LEVEL: 'warn',
  };
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

async function addSource(b: RunningBoard, env?: Record<string, string | undefined>): Promise<number> {
  const r = await cli(['sources', 'add', b.kind, b.locator, '--base-url', b.baseUrl, '--company', b.employer, '--rate', '50', '--json'], { env });
  expect(r.code, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(Object.keys(out)).toEqual(['id']);
  expect(Number.isInteger(out.id)).toBe(true);
  return out.id as number;
}

beforeAll(async () => {
  db = await createTestDb();
  const ds = generateDataset({ seed: 71, employers: 12, postingsPerBoard: 5, duplicates: 0 });
  const greenhouse = ds.boards.filter((b) => b.kind === 'greenhouse');
  ds.boards = greenhouse.slice(0, 2);
  boards = await startBoards({ dataset: ds, hosts: [HOST_OPEN, HOST_DISALLOW], port: 0, robots: { [HOST_DISALLOW]: { disallow: ['/v1/boards/'] } } });
  [open, disallowed] = boards.boards as [RunningBoard, RunningBoard];
}, 60_000);

afterAll(async () => {
  await boards?.close();
  const redis = newRedis();
  await deleteKeys(redis, prefix);
  redis.disconnect();
  await db?.drop();
});

const RUN_KEYS = ['source', 'status', 'found', 'new', 'changed', 'closed', 'failed', 'reason'];

describe('CLI contracts', () => {
  let openId: number;

  it('sources add --json prints {"id": n}; run --wait --json prints exactly the contract keys; report demand matches the ground truth', async () => {
    openId = await addSource(open);
    const r = await cli(['run', String(openId), '--wait', '--json', '--timeout', '120']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual([...RUN_KEYS].sort());
    expect(out).toEqual({ source: openId, status: 'succeeded', found: open.truth.length, new: open.truth.length, changed: 0, closed: 0, failed: 0, reason: null });

    const rep = await cli(['report', 'demand', '--format', 'json', '--source', String(openId)]);
    expect(rep.code, rep.stderr).toBe(0);
    const rows = JSON.parse(rep.stdout) as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['category', 'group', 'name', 'postings', 'share', 'total']);
      expect(row.total).toBe(open.truth.length);
      expect(row.share).toBeCloseTo((row.postings as number) / (row.total as number), 3);
    }
    // Postings per taxonomy entry = how many of the board's postings name it (ground truth; roles by title).
    const want = new Map<string, number>();
    for (const t of open.truth) {
      const names = new Set([...t.entities.map((e) => `${e.category}/${e.name}`), ...(t.role ? [`role/${t.role}`] : [])]);
      for (const n of names) want.set(n, (want.get(n) ?? 0) + 1);
    }
    const got = new Map(rows.map((row) => [`${String(row.category)}/${String(row.name)}`, row.postings as number]));
    const nonRole = (m: Map<string, number>) => [...m].filter(([k]) => !k.startsWith('role/')).sort();
    expect(nonRole(got)).toEqual(nonRole(want));
  }, 180_000);

  it('robots.txt disallow → "blocked" with a reason; without FETCH_ALLOW_NETWORKS a loopback board is blocked naming it', async () => {
    const id = await addSource(disallowed);
    const [robots, noAllow] = await Promise.all([
      cli(['run', String(id), '--wait', '--json', '--timeout', '120']),
      cli(['run', String(openId), '--wait', '--json', '--timeout', '120'], { env: { FETCH_ALLOW_NETWORKS: undefined, QUEUE_PREFIX: `${prefix}-noallow` } }),
    ]);
    const a = JSON.parse(robots.stdout) as Record<string, unknown>;
    expect(Object.keys(a).sort()).toEqual([...RUN_KEYS].sort());
    expect(a.status).toBe('blocked');
    expect(a.reason).toMatch(/robots\.txt/);
    expect(robots.code).toBe(1);
    const b = JSON.parse(noAllow.stdout) as Record<string, unknown>;
    expect(b.status).toBe('blocked');
    expect(b.reason).toContain('FETCH_ALLOW_NETWORKS');
    expect(b.reason).toContain(HOST_OPEN);
    const redis = newRedis();
    await deleteKeys(redis, `${prefix}-noallow`);
    redis.disconnect();
  }, 180_000);

  it('extract: one object, JSON Lines with a bad line, malformed single input, --text spans', async () => {
    const posting = { title: 'Data Engineer', location: 'Berlin, Germany', description: '<p>We build pipelines in Python and run them on Kubernetes with Docker.</p>' };
    const [one, lines, bad, text] = await Promise.all([
      cli(['extract'], { stdin: JSON.stringify(posting) }),
      cli(['extract'], { stdin: `${JSON.stringify(posting)}\n{"title": broken\n${JSON.stringify({ description: 'Tableau dashboards' })}\n` }),
      cli(['extract'], { stdin: '{"description": "unterminated' }),
      cli(['extract', '--text'], { stdin: JSON.stringify(posting) }),
    ]);
    expect(one.code, one.stderr).toBe(0);
    const res = JSON.parse(one.stdout) as { role: string | null; countries: string[]; mentions: Array<{ name: string; spans: Array<[number, number]> }> };
    expect(Object.keys(res).sort()).toEqual(['countries', 'mentions', 'role', 'sector', 'taxonomyVersion']);
    expect(res.mentions.map((m) => m.name).sort()).toEqual(['Docker', 'Kubernetes', 'Python']);
    expect(res.countries).toEqual(['DE']);

    expect(lines.code, lines.stderr).toBe(0);
    const outs = lines.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(outs).toHaveLength(3);
    expect(outs[0]).toEqual(res);
    expect(Object.keys(outs[1]!)).toEqual(['error']);
    expect(outs[1]!.error).toMatch(/line 2/);
    expect((outs[2]!.mentions as Array<{ name: string }>).map((m) => m.name)).toEqual(['Tableau']);

    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/not valid JSON/);

    expect(text.code, text.stderr).toBe(0);
    const printed = text.stdout.replace(/\n$/, '');
    for (const m of res.mentions) {
      for (const [s, e] of m.spans) expect(printed.slice(s, e).toLowerCase()).toBe(m.name.toLowerCase());
    }
  }, 60_000);

  it('--help exits 0 on every command and subcommand', async () => {
    const seen = new Set<string>();
    const walk = async (path: string[]): Promise<void> => {
      const r = await cli([...path, '--help']);
      expect({ path: path.join(' '), code: r.code, stderr: r.stderr }).toEqual({ path: path.join(' '), code: 0, stderr: '' });
      expect(r.stdout).toMatch(/^Usage: skillpulse/);
      const section = r.stdout.split(/\nCommands:\n/)[1];
      if (!section) return;
      const subs = [...section.split(/\n\S/)[0]!.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
      await Promise.all(
        subs.map(async (c) => {
          const key = [...path, c].join(' ');
          if (seen.has(key)) return;
          seen.add(key);
          await walk([...path, c]);
        }),
      );
    };
    await walk([]);
    for (const c of ['extract', 'run', 'sources add', 'report demand', 'runs show', 'worker']) expect(seen).toContain(c);
  }, 120_000);

  it('an invalid DATABASE_URL exits 2 naming the variable; a bad Workday locator exits 2 with the adapter explanation', async () => {
    const [dbBad, lockBad, workday] = await Promise.all([
      cli(['sources', 'list'], { env: { DATABASE_URL: 'mysql://nowhere' } }),
      cli(['worker'], { env: { WORKER_LOCK_MS: '10' } }),
      cli(['sources', 'add', 'workday', 'bad-locator']),
    ]);
    expect(dbBad.code).toBe(2);
    expect(dbBad.stderr).toContain('DATABASE_URL');
    expect(lockBad.code).toBe(2);
    expect(lockBad.stderr).toContain('WORKER_LOCK_MS');
    expect(workday.code).toBe(2);
    expect(workday.stderr).toMatch(/workday/i);
    expect(workday.stderr).toContain('bad-locator');
    expect(workday.stdout).toBe('');
  }, 60_000);
});
