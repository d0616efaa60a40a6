// The HTTP server on the real PostgreSQL and Redis: rows inserted directly, rollups rebuilt with the
// aggregate job's SQL, API answers checked against counts computed here from the same rows.
import { readdir, readFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import { UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cooccurrence, shareTrend } from '../../src/core/metrics.ts';
import { sql } from '../../src/db/sql.ts';
import { createLogger } from '../../src/log.ts';
import { createQueues, jobId, type Queues } from '../../src/queue/queues.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { WEB_DIR } from '../../src/server/static-assets.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { deleteKeys, REDIS_URL, testPrefix } from '../helpers/redis.ts';

const DAY = 24 * 3600 * 1000;
const logger = createLogger('silent');

interface Seed {
  key: string;
  sourceIndex: number;
  daysAgo: number;
  sector: string | null;
  countries: string[];
  entities: string[];
  company?: string;
  closed?: boolean;
}

const ENTITIES: Record<string, { category: string; grp: string; name: string }> = {
  'skill.python': { category: 'skill', grp: 'Programming Languages', name: 'Python' },
  'skill.sql': { category: 'skill', grp: 'Programming Languages', name: 'SQL' },
  'tool.docker': { category: 'tool', grp: 'DevOps & Infrastructure', name: 'Docker' },
  'certification.cka': { category: 'certification', grp: 'Cloud', name: 'CKA' },
  'tool.excel': { category: 'tool', grp: 'Office', name: 'Excel' },
};

const FIN = 'Finance & FinTech';

/** 80 postings: 40 in the current 4-week window (8 days ago), 40 in the previous one (36 days ago). */
function seeds(): Seed[] {
  const out: Seed[] = [];
  for (let i = 0; i < 40; i++) {
    const entities: string[] = [];
    if (i < 30) entities.push('skill.python');
    if (i % 4 === 0) entities.push('skill.sql');
    if (i >= 18 && i < 30) entities.push('tool.docker'); // 12, all with Python
    if (i === 39) entities.push('certification.cka');
    if (i < 3) entities.push('tool.excel');
    out.push({
      key: `cur-${i}`,
      sourceIndex: i % 2,
      daysAgo: 8,
      sector: i < 20 ? FIN : null,
      countries: i % 3 === 0 ? ['US'] : i % 3 === 1 ? ['DE', 'US'] : [],
      entities,
      closed: i === 5,
      company: i % 5 === 0 ? 'Globex <b>Bank</b> & Co' : undefined,
    });
  }
  for (let i = 0; i < 40; i++) {
    const entities: string[] = [];
    if (i < 10) entities.push('skill.python');
    if (i % 4 === 0) entities.push('skill.sql');
    if (i < 20) entities.push('tool.excel');
    out.push({ key: `prev-${i}`, sourceIndex: 0, daysAgo: 36, sector: i < 10 ? FIN : null, countries: ['US'], entities });
  }
  return out;
}

let db: TestDb;
let redis: Redis;
let queues: Queues;
let server: RunningServer;
let base: string;
const prefix = testPrefix();
const sourceIds: number[] = [];
const data = seeds();
let duplicateOf = '';

async function insertPosting(s: Seed, externalId: string, dedupeKey: string): Promise<number> {
  const posted = new Date(Date.now() - s.daysAgo * DAY);
  const { rows } = await db.pool.query<{ id: number }>(
    `INSERT INTO postings (source_id, external_id, title, company, list_hash, content_hash, dedupe_key, posted_at, closed_at)
     VALUES ($1, $2, $3, $4, 'lh', 'ch', $5, $6, $7) RETURNING id`,
    [sourceIds[s.sourceIndex], externalId, `Engineer ${externalId}`, s.company ?? 'Acme Analytics', dedupeKey, posted, s.closed ? posted : null],
  );
  const postingId = rows[0]!.id;
  const ex = await db.pool.query<{ id: number }>(
    `INSERT INTO extractions (posting_id, taxonomy_version, content_hash, role, sector, countries, text_length)
     VALUES ($1, 'test-v1', 'ch', NULL, $2, $3, 100) RETURNING id`,
    [postingId, s.sector, s.countries],
  );
  const extractionId = ex.rows[0]!.id;
  for (const id of s.entities) {
    const e = ENTITIES[id]!;
    await db.pool.query(
      `INSERT INTO mentions (extraction_id, entity_id, category, grp, name, count, spans, taxonomy_version)
       VALUES ($1, $2, $3, $4, $5, 1, '[[0, 1]]', 'test-v1')`,
      [extractionId, id, e.category, e.grp, e.name],
    );
  }
  await db.pool.query('UPDATE postings SET extraction_id = $2 WHERE id = $1', [postingId, extractionId]);
  return postingId;
}

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) as any };
}

async function post(path: string, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(base + path, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) as any };
}

beforeAll(async () => {
  db = await createTestDb();
  for (const [kind, locator] of [
    ['greenhouse', 'acme'],
    ['lever', 'globex'],
  ] as const) {
    const { rows } = await db.pool.query<{ id: number }>(
      `INSERT INTO sources (kind, locator, schedule) VALUES ($1, $2, '0 6 * * *') RETURNING id`,
      [kind, locator],
    );
    sourceIds.push(rows[0]!.id);
  }
  for (const s of data) await insertPosting(s, s.key, `dk-${s.key}`);
  // The same job (cur-2, on the first board) cross-posted on the second board: one more stored row, still one posting in reports.
  duplicateOf = 'cur-2';
  await insertPosting({ ...data.find((s) => s.key === duplicateOf)!, sourceIndex: 1 }, 'cross-3', `dk-${duplicateOf}`);
  await db.pool.query(sql('rebuild_demand_weekly'));

  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 3 });
  queues = createQueues(redis, prefix);
  server = await startServer({ pool: db.pool, redis, queues, logger, port: 0 });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server?.close();
  await queues?.close();
  if (redis) {
    await deleteKeys(redis, prefix);
    await redis.quit();
  }
  await db?.drop();
});

const current = data.filter((s) => s.daysAgo === 8);
const previous = data.filter((s) => s.daysAgo === 36);
const count = (set: Seed[], entity: string) => set.filter((s) => s.entities.includes(entity)).length;

describe('health', () => {
  it('is ok when PostgreSQL and Redis answer', async () => {
    const r = await get('/healthz');
    expect(r.status).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', postgres: 'ok', redis: 'ok' });
  });

  it('is 503 naming Redis when Redis is unreachable', async () => {
    // A port that was just free: nothing listens there.
    const closedPort = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });
    const deadRedis = new Redis(`redis://127.0.0.1:${closedPort}`, { maxRetriesPerRequest: 1, retryStrategy: () => 200 });
    deadRedis.on('error', () => {});
    const deadQueues = createQueues(deadRedis, prefix);
    const second = await startServer({ pool: db.pool, redis: deadRedis, queues: deadQueues, logger, port: 0 });
    try {
      const res = await fetch(`http://127.0.0.1:${second.port}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'down', postgres: 'ok', redis: 'down' });
      // Metrics still answer, saying which backend was missing.
      const m = await fetch(`http://127.0.0.1:${second.port}/metrics`);
      expect(m.status).toBe(200);
      const samples = parsePrometheus(await m.text());
      expect(samples.get('skillpulse_metrics_backend_up{backend="redis"}')).toBe(0);
      expect(samples.get('skillpulse_metrics_backend_up{backend="postgres"}')).toBe(1);
      expect([...samples.keys()].some((k) => k.startsWith('skillpulse_queue_jobs'))).toBe(false);
    } finally {
      await second.close();
      await deadQueues.close().catch(() => {});
      deadRedis.disconnect();
    }
  });
});

describe('demand API', () => {
  it('matches counts computed from the inserted rows, each posting once', async () => {
    const rows = (await get('/api/demand')).json() as Array<{ name: string; postings: number; share: number; total: number; category: string; group: string }>;
    const total = data.length; // the cross-posted copy is not counted again
    const byName = new Map(rows.map((r) => [r.name, r]));
    for (const [id, e] of Object.entries(ENTITIES)) {
      const expected = count(data, id);
      expect(byName.get(e.name)).toEqual({ category: e.category, group: e.grp, name: e.name, postings: expected, share: expected / total, total });
    }
    expect(rows.map((r) => r.postings)).toEqual([...rows.map((r) => r.postings)].sort((a, b) => b - a));
  });

  it('filters by sector, country, category, source and weeks', async () => {
    const fin = (await get(`/api/demand?sector=${encodeURIComponent(FIN)}&category=skill`)).json();
    const finSeeds = data.filter((s) => s.sector === FIN);
    expect(fin.find((r: any) => r.name === 'Python')).toMatchObject({ postings: count(finSeeds, 'skill.python'), total: finSeeds.length });
    expect(fin.every((r: any) => r.category === 'skill')).toBe(true);

    const unclassified = (await get('/api/demand?sector=unclassified')).json();
    expect(unclassified[0].total).toBe(data.filter((s) => s.sector === null).length);

    const de = (await get('/api/demand?country=de')).json();
    const deSeeds = data.filter((s) => s.countries.includes('DE'));
    expect(de.find((r: any) => r.name === 'Docker')).toMatchObject({ postings: count(deSeeds, 'tool.docker'), total: deSeeds.length });

    const recent = (await get('/api/demand?weeks=3')).json();
    expect(recent.find((r: any) => r.name === 'Python')).toMatchObject({ postings: count(current, 'skill.python'), total: current.length });

    const second = (await get(`/api/demand?source=${sourceIds[1]}`)).json();
    const secondSeeds = data.filter((s) => s.sourceIndex === 1);
    // The second board also holds the cross-posted copy of cur-2.
    const withCopy = [...secondSeeds, data.find((s) => s.key === duplicateOf)!];
    expect(second.find((r: any) => r.name === 'Python')).toMatchObject({ postings: count(withCopy, 'skill.python'), total: withCopy.length });
  });

  it('answers bad filters with a clear 400 and no internals', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/api/demand?weeks=abc', /weeks must be a whole number from 1 to 520/],
      ['/api/demand?weeks=0', /weeks must be a whole number/],
      ['/api/demand?country=Germany', /ISO 3166-1 alpha-2/],
      ['/api/demand?category=skills', /category must be one of role, skill, tool, certification/],
      ['/api/demand?source=-1', /source must be a whole number/],
      ['/api/demand?colour=red', /unknown query parameter "colour"/],
      ['/api/demand?weeks=2&weeks=3', /given more than once/],
      ["/api/demand?sector=x'%3B%20DROP%20TABLE%20postings%3B--", /^$/],
    ];
    for (const [path, message] of cases) {
      const r = await get(path);
      if (message.source === '^$') {
        // Not an error: a sector nobody has, bound as a value.
        expect(r.status).toBe(200);
        expect(r.json()).toEqual([]);
        continue;
      }
      expect(r.status, path).toBe(400);
      expect(r.headers.get('content-type')).toMatch(/^application\/json/);
      expect(r.json().error).toMatch(message);
      expect(r.text).not.toMatch(/\bat .*\.ts:\d+/);
    }
    expect((await get('/api/nothing-here')).status).toBe(404);
    const wrongMethod = await post('/api/demand', {});
    expect(wrongMethod.status).toBe(405);
  });

  it('lists the top employers of a selection, each posting once', async () => {
    const companyOf = (x: Seed) => x.company ?? 'Acme Analytics';
    const all = (await get('/api/employers')).json();
    const expected = (set: Seed[]) => {
      const counts = new Map<string, number>();
      for (const x of set) counts.set(companyOf(x), (counts.get(companyOf(x)) ?? 0) + 1);
      return [...counts].map(([company, postings]) => ({ company, postings })).sort((a, b) => b.postings - a.postings);
    };
    expect(all).toEqual(expected(data));
    const recentFin = (await get(`/api/employers?weeks=3&sector=${encodeURIComponent(FIN)}&limit=1`)).json();
    expect(recentFin).toEqual(expected(current.filter((x) => x.sector === FIN)).slice(0, 1));
    expect((await get('/api/employers?limit=0')).status).toBe(400);
  });

  it('exports CSV with the same rows, RFC 4180 quoted', async () => {
    const res = await fetch(`${base}/api/export/demand.csv?category=skill`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('category,group,name,postings,share,total');
    const api = (await get('/api/demand?category=skill')).json();
    expect(lines.filter(Boolean)).toHaveLength(api.length + 1);
    expect(lines[1]).toBe(`skill,Programming Languages,Python,${count(data, 'skill.python')},${(count(data, 'skill.python') / data.length).toFixed(6)},${data.length}`);
  });
});

describe('trends and co-occurrence API', () => {
  // The rollup counts a posting once per country segment; without a country filter both sides of a share
  // carry that weight, so the expected numbers are weighted the same way.
  const weight = (s: Seed) => Math.max(1, s.countries.length);
  const weighted = (set: Seed[], entity?: string) =>
    set.filter((s) => entity === undefined || s.entities.includes(entity)).reduce((n, s) => n + weight(s), 0);

  it('compares the last 4 weeks with the 4 before, labelled by the z-test with minimum support', async () => {
    const r = (await get('/api/trends?weeks=4')).json();
    expect(r.weeks).toBe(4);
    expect(r.current.total).toBe(weighted(current));
    expect(r.previous.total).toBe(weighted(previous));
    const byName = new Map<string, any>(r.rows.map((row: any) => [row.name, row]));
    for (const [id, e] of Object.entries(ENTITIES)) {
      const expected = shareTrend(
        { postings: weighted(current, id), total: weighted(current) },
        { postings: weighted(previous, id), total: weighted(previous) },
      );
      const row = byName.get(e.name);
      expect(row, e.name).toBeDefined();
      expect(row.current.postings).toBe(weighted(current, id));
      expect(row.previous.postings).toBe(weighted(previous, id));
      expect(row.label, e.name).toBe(expected.label);
      expect(row.current.low).toBeCloseTo(expected.current.low, 12);
    }
    // The data was built so that each label shows up.
    expect(byName.get('Python').label).toBe('rising');
    expect(byName.get('Docker').label).toBe('rising');
    expect(byName.get('SQL').label).toBe('flat');
    expect(byName.get('CKA').label).toBe('insufficient');
    expect(byName.get('Excel').label).toBe('falling');
    expect(r.rows.map((row: any) => row.label)).toEqual(['rising', 'rising', 'falling', 'flat', 'insufficient']);
    expect(r.rows[r.rows.length - 1].label).toBe('insufficient');
  });

  it('filters trends by country and category', async () => {
    const us = (s: Seed) => s.countries.includes('US');
    const r = (await get('/api/trends?weeks=4&country=us&category=skill')).json();
    expect(r.current.total).toBe(current.filter(us).length);
    expect(r.previous.total).toBe(previous.filter(us).length);
    expect(r.rows.every((row: any) => row.category === 'skill')).toBe(true);
    const sqlRow = r.rows.find((row: any) => row.name === 'SQL');
    expect(sqlRow.current.postings).toBe(count(current.filter(us), 'skill.sql'));
    expect((await get('/api/trends?weeks=0')).status).toBe(400);
    expect((await get('/api/trends?source=1')).status).toBe(400);
  });

  it('finds what goes with an entity, with lift from the same counts', async () => {
    const r = (await get('/api/cooccurrence?entity=python&minSupport=1')).json();
    expect(r.entity).toMatchObject({ entityId: 'skill.python', name: 'Python', postings: count(data, 'skill.python') });
    expect(r.total).toBe(data.length);
    const docker = r.rows.find((row: any) => row.name === 'Docker');
    const together = data.filter((s) => s.entities.includes('skill.python') && s.entities.includes('tool.docker')).length;
    const expected = cooccurrence(together, count(data, 'skill.python'), count(data, 'tool.docker'), data.length);
    expect(docker.together).toBe(together);
    expect(docker.lift).toBeCloseTo(expected.lift, 12);
    expect(r.rows.map((row: any) => row.lift)).toEqual([...r.rows.map((row: any) => row.lift)].sort((a: number, b: number) => b - a));
    // By id too; and a minimum support above the pair count leaves it out.
    const strict = (await get(`/api/cooccurrence?entity=skill.python&minSupport=${together + 1}`)).json();
    expect(strict.rows.find((row: any) => row.name === 'Docker')).toBeUndefined();
    expect((await get('/api/cooccurrence?entity=Cobol')).status).toBe(404);
    expect((await get('/api/cooccurrence')).json().error).toMatch(/"entity" is required/);
  });
});

describe('ops API', () => {
  it('lists sources with their last run, and pauses and resumes them in the database', async () => {
    const id = sourceIds[0]!;
    await db.pool.query(
      `INSERT INTO runs (source_id, trigger_key, status, discovered, found, finished_at) VALUES ($1, 'manual:1', 'succeeded', true, 40, now() - interval '2 hours')`,
      [id],
    );
    const sources = (await get('/api/sources')).json();
    expect(sources.map((s: any) => s.id)).toEqual(sourceIds);
    expect(sources[0]).toMatchObject({ kind: 'greenhouse', locator: 'acme', schedule: '0 6 * * *', enabled: true });
    expect(sources[0].lastRun).toMatchObject({ status: 'succeeded' });
    expect(sources[1].lastRun).toBeNull();

    const paused = await post(`/api/sources/${id}/pause`, { reason: 'board is migrating <b>today</b>' });
    expect(paused.status).toBe(200);
    const row = await db.pool.query('SELECT enabled, paused_reason FROM sources WHERE id = $1', [id]);
    expect(row.rows[0]).toEqual({ enabled: false, paused_reason: 'board is migrating <b>today</b>' });

    expect((await post(`/api/sources/${id}/pause`, {})).status).toBe(400);
    expect((await post('/api/sources/999999/pause', { reason: 'x' })).status).toBe(404);
    expect((await post('/api/sources/abc/pause', { reason: 'x' })).status).toBe(400);

    expect((await post(`/api/sources/${id}/resume`, {})).status).toBe(200);
    const after = await db.pool.query('SELECT enabled, paused_reason FROM sources WHERE id = $1', [id]);
    expect(after.rows[0]).toEqual({ enabled: true, paused_reason: null });
  });

  it('answers only to loopback host names (no DNS rebinding)', async () => {
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: server.port, path: '/api/sources', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status('attacker.example:80')).toBe(421);
    expect(await status(`localhost:${server.port}`)).toBe(200);
    expect(await status(`127.0.0.1:${server.port}`)).toBe(200);
  });

  it('refuses ops actions that are not JSON or come from a foreign origin', async () => {
    const id = sourceIds[1]!;
    const form = await post(`/api/sources/${id}/pause`, undefined, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    const noType = await fetch(`${base}/api/sources/${id}/pause`, { method: 'POST', body: 'reason=x' });
    expect([403, 415]).toContain(noType.status);
    const foreign = await post(`/api/sources/${id}/pause`, { reason: 'x' }, { 'content-type': 'application/json', origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const crossSite = await post(`/api/sources/${id}/pause`, { reason: 'x' }, { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const own = await post(`/api/sources/${id}/pause`, { reason: 'ok' }, { 'content-type': 'application/json', origin: base });
    expect(own.status).toBe(200);
    // Only the own-origin request changed anything.
    const row = await db.pool.query('SELECT paused_reason FROM sources WHERE id = $1', [id]);
    expect(row.rows[0].paused_reason).toBe('ok');
    await post(`/api/sources/${id}/resume`, {});
  });

  it('lists runs and failed items, and re-queues the failed jobs of a run', async () => {
    const sourceId = sourceIds[1]!;
    const { rows } = await db.pool.query<{ id: number }>(
      `INSERT INTO runs (source_id, trigger_key, status, discovered, found, failed, reason, finished_at)
       VALUES ($1, 'manual:2', 'succeeded', true, 3, 2, '2 posting(s) failed; see run items', now()) RETURNING id`,
      [sourceId],
    );
    const runId = rows[0]!.id;
    const postingId = (await db.pool.query<{ id: number }>('SELECT id FROM postings WHERE external_id = $1', ['cur-1'])).rows[0]!.id;
    const xss = '<script>alert(1)</script> timed out';
    await db.pool.query(
      `INSERT INTO run_items (run_id, external_id, change, status, reason, posting_id) VALUES
       ($1, 'job/42 a', 'new', 'failed', $2, NULL),
       ($1, 'cur-1', 'changed', 'failed', 'extract: malformed', $3),
       ($1, 'ok-1', 'new', 'done', NULL, NULL)`,
      [runId, xss, postingId],
    );
    // Real failed jobs under the ids the pipeline uses, failed by a real worker.
    const fetchId = jobId('fetch', runId, 'job/42 a');
    const extractId = jobId('extract', runId, postingId);
    expect(fetchId).toBe(`fetch__${runId}__job_42_a`);
    await queues.get('fetch').add('fetch', { runId }, { jobId: fetchId, attempts: 1 });
    await queues.get('extract').add('extract', { postingId }, { jobId: extractId, attempts: 1 });
    const failing = ['fetch', 'extract'].map(
      (name) =>
        new Worker(
          name,
          async () => {
            throw new UnrecoverableError('made to fail');
          },
          { connection: new Redis(REDIS_URL, { maxRetriesPerRequest: null }) as unknown as ConnectionOptions, prefix },
        ),
    );
    await expect.poll(async () => [await queues.get('fetch').getJobState(fetchId), await queues.get('extract').getJobState(extractId)], { timeout: 15_000 }).toEqual(['failed', 'failed']);
    await Promise.all(failing.map((w) => w.close()));

    const runsList = (await get(`/api/runs?source=${sourceId}`)).json();
    expect(runsList[0]).toMatchObject({ id: runId, status: 'succeeded', failed: 2 });
    const failed = await get(`/api/runs/${runId}/items?status=failed`);
    expect(failed.headers.get('content-type')).toMatch(/^application\/json/);
    expect(failed.json().map((i: any) => i.externalId)).toEqual(['cur-1', 'job/42 a']);
    expect(failed.json()[0]).toMatchObject({ title: 'Engineer cur-1', company: 'Acme Analytics', postingId, reason: 'extract: malformed' });
    expect(failed.json()[1]).toMatchObject({ title: null, company: null, postingId: null });
    expect(failed.json()[1].reason).toBe(xss);
    expect((await get(`/api/runs/${runId}/items?status=broken`)).status).toBe(400);
    expect((await get('/api/runs/999999/items')).status).toBe(404);

    const metricsBefore = parsePrometheus((await get('/metrics')).text);
    expect(metricsBefore.get('skillpulse_queue_jobs{queue="fetch",state="failed"}')).toBe(1);
    expect(metricsBefore.get('skillpulse_queue_jobs{queue="extract",state="failed"}')).toBe(1);

    const retried = await post(`/api/runs/${runId}/retry-failed`, {});
    expect(retried.status).toBe(200);
    expect(retried.json()).toEqual({ runId, requeued: ['cur-1', 'job/42 a'], skipped: [] });
    expect(await queues.get('fetch').getJobState(fetchId)).toBe('waiting');
    expect(await queues.get('extract').getJobState(extractId)).toBe('waiting');
    const run = await db.pool.query('SELECT status, finished_at FROM runs WHERE id = $1', [runId]);
    expect(run.rows[0]).toEqual({ status: 'running', finished_at: null });
    const pending = (await get(`/api/runs/${runId}/items?status=pending`)).json();
    expect(pending.map((i: any) => i.externalId)).toEqual(['cur-1', 'job/42 a']);
    // Nothing failed is left to retry.
    expect((await post(`/api/runs/${runId}/retry-failed`, {})).json()).toEqual({ runId, requeued: [], skipped: [] });
    expect((await post('/api/runs/999999/retry-failed', {})).status).toBe(404);
  });
});

describe('metrics', () => {
  it('is Prometheus text with process, queue and pipeline gauges matching the database', async () => {
    const r = await get('/metrics');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parsePrometheus(r.text);
    expect(samples.get('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    const stored = (await db.pool.query<{ n: number; open: number }>('SELECT count(*)::int AS n, count(*) FILTER (WHERE closed_at IS NULL)::int AS open FROM postings')).rows[0]!;
    expect(samples.get('skillpulse_postings{state="stored"}')).toBe(stored.n);
    expect(samples.get('skillpulse_postings{state="open"}')).toBe(stored.open);
    expect(stored.open).toBe(stored.n - 1);
    const runs = (await db.pool.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM runs GROUP BY status')).rows;
    for (const status of ['queued', 'running', 'succeeded', 'failed', 'blocked']) {
      expect(samples.get(`skillpulse_runs{status="${status}"}`), status).toBe(runs.find((x) => x.status === status)?.n ?? 0);
    }
    for (const queue of ['discover', 'fetch', 'extract', 'aggregate']) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        expect(samples.has(`skillpulse_queue_jobs{queue="${queue}",state="${state}"}`), `${queue} ${state}`).toBe(true);
      }
    }
    const age = samples.get(`skillpulse_source_last_success_age_seconds{source_id="${sourceIds[0]}",kind="greenhouse",locator="acme"}`);
    expect(age).toBeGreaterThan(2 * 3600 - 60);
    expect(age).toBeLessThan(2 * 3600 + 600);
    expect(samples.get('skillpulse_metrics_backend_up{backend="redis"}')).toBe(1);
  });
});

describe('pages', () => {
  it('serves the dashboard and ops pages with a strict CSP and no inline script', async () => {
    for (const path of ['/', '/ops']) {
      const r = await get(path);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      // Every script is an external file; no inline handlers.
      expect(r.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(r.text).not.toMatch(/\son[a-z]+\s*=/i);
    }
    expect((await get('/assets/dashboard.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('/assets/..%2Fpackage.json')).status).toBe(404);
    expect((await get('/assets/.hidden')).status).toBe(404);
  });

  it('the page scripts build the DOM with textContent only, never from HTML strings', async () => {
    const files = (await readdir(WEB_DIR)).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const js = await readFile(`${WEB_DIR}${f}`, 'utf8');
      expect(js, f).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
    }
  });
});

describe('Grafana dashboard', () => {
  /** The dashboard's SQL with Grafana's macros and variables replaced the way Grafana would. */
  function expand(rawSql: string, vars: Record<string, string>): string {
    return rawSql
      .replace(/\$__timeFilter\(([^)]+)\)/g, "$1 BETWEEN now() - interval '400 days' AND now() + interval '1 day'")
      .replace(/\$__timeGroupAlias\(([^,]+), 1d\)/g, `date_trunc('day', $1) AS "time"`)
      .replace(/\$\{(\w+):sqlstring\}/g, (_m, name: string) => `'${vars[name]!.replace(/'/g, "''")}'`)
      .replace(/\$(\w+)/g, (_m, name: string) => vars[name] ?? `$${name}`);
  }

  it('every panel and variable query runs on the schema, and the share panel matches the data', async () => {
    const dashboard = JSON.parse(await readFile(new URL('../../dashboards/grafana/skillpulse-demand.json', import.meta.url), 'utf8'));
    const vars = { sector: '__all', country: 'US', category: '__all', entity: `'Python','SQL'` };
    const titles: string[] = [];
    for (const panel of dashboard.panels) {
      for (const t of panel.targets) {
        titles.push(panel.title);
        await db.pool.query(expand(t.rawSql, vars));
        await db.pool.query(expand(t.rawSql, { ...vars, sector: 'unclassified', country: '__all', category: 'tool' }));
      }
    }
    expect(titles).toEqual(['Demand share by entity over weeks', 'Top entities in the time range', 'Postings per week by sector', 'Runs by status', 'Failed items']);
    for (const v of dashboard.templating.list.filter((x: any) => x.type === 'query')) {
      expect((await db.pool.query(v.query)).rows.length, v.name).toBeGreaterThan(0);
    }
    const share = dashboard.panels[0].targets[0].rawSql as string;
    const { rows } = await db.pool.query<{ time: Date; metric: string; share: number }>(expand(share, vars));
    const us = (x: Seed) => x.countries.includes('US');
    const recent = rows.filter((r) => r.metric === 'Python').sort((a, b) => b.time.getTime() - a.time.getTime())[0]!;
    expect(recent.share).toBeCloseTo(count(current.filter(us), 'skill.python') / current.filter(us).length, 12);
  });
});

function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    // Prometheus parses NaN and Inf case-insensitively; prom-client writes "Nan" for a gauge with no samples yet
    // (the event-loop lag right after start).
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?) (-?[0-9.eE+-]+|nan|[+-]inf)$/i.exec(line);
    if (!m) throw new Error(`not Prometheus text: ${line}`);
    const v = m[2]!.toLowerCase();
    samples.set(m[1]!, v === 'nan' ? NaN : v === '+inf' ? Infinity : v === '-inf' ? -Infinity : Number(v));
  }
  return samples;
}
