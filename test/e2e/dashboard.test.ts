// The dashboard and ops pages in real Chromium against the real server, PostgreSQL and Redis: the demand table
// shows what the API says, filters drive it, and scraped text that is markup stays text.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { createQueues, type Queues } from '../../src/queue/queues.ts';
import { startServer, type RunningServer } from '../../src/server/server.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { deleteKeys, REDIS_URL, testPrefix } from '../helpers/redis.ts';
import { seedDashboard, XSS_COMPANY, XSS_REASON, type Seeded } from './dashboard.seed.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? tmpdir();

let db: TestDb;
let redis: Redis;
let queues: Queues;
let server: RunningServer;
let browser: Browser;
let base: string;
let seeded: Seeded;
const prefix = testPrefix();

interface DemandRow {
  category: string;
  name: string;
  postings: number;
  share: number;
  total: number;
}

beforeAll(async () => {
  db = await createTestDb();
  seeded = await seedDashboard(db.pool);
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 3 });
  queues = createQueues(redis, prefix);
  server = await startServer({ pool: db.pool, redis, queues, logger: createLogger('silent'), port: 0 });
  base = `http://127.0.0.1:${server.port}`;
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await queues?.close();
  if (redis) {
    await deleteKeys(redis, prefix);
    await redis.quit();
  }
  await db?.drop();
});

/** A page that records console errors, page errors (CSP violations show up there) and any non-loopback request. */
async function openPage(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} for ${r.url()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(base)) problems.push(`request outside the server: ${r.url()}`);
  });
  await page.goto(base + path);
  return { page, problems };
}

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(base + path)).json()) as T;
}

/** The demand tables as the page shows them: name, postings and share text per row. */
async function shownDemand(page: Page) {
  return page.$$eval('#demand tbody tr', (rows) =>
    rows.map((tr) => ({
      name: tr.querySelector('th')?.textContent ?? '',
      postings: Number((tr.querySelector('td.num')?.textContent ?? '').replace(/,/g, '')),
      share: tr.querySelector('.pct')?.textContent ?? '',
    })),
  );
}

const expectedDemand = (rows: DemandRow[]) =>
  ['role', 'skill', 'tool', 'certification'].flatMap((c) =>
    rows.filter((r) => r.category === c).map((r) => ({ name: r.name, postings: r.postings, share: `${(r.share * 100).toFixed(1)}%` })),
  );

describe('dashboard', () => {
  it('shows the demand table as the API reports it, and follows the filters', async () => {
    const { page, problems } = await openPage('/');
    await page.waitForSelector('#demand tbody tr');
    const all = await api<DemandRow[]>('/api/demand');
    expect(all.length).toBeGreaterThan(3);
    expect(await shownDemand(page)).toEqual(expectedDemand(all));
    await expect.poll(() => page.textContent('#summary')).toContain(`${seeded.postings} postings`);

    // Trends lists are filled from the API's labels.
    const trends = await api<{ rows: Array<{ name: string; label: string }> }>('/api/trends?weeks=4');
    const rising = trends.rows.filter((r) => r.label === 'rising').map((r) => r.name);
    const shownRising = await page.$$eval('#rising li .name', (els) => els.map((e) => e.textContent));
    expect(shownRising).toEqual(rising.slice(0, 10));

    // Choose a sector and a period: table, URL and CSV link follow.
    await page.selectOption('select[name="sector"]', 'Finance & FinTech');
    await page.selectOption('select[name="weeks"]', '8');
    const filtered = await api<DemandRow[]>(`/api/demand?sector=${encodeURIComponent('Finance & FinTech')}&weeks=8`);
    await expect.poll(async () => JSON.stringify(await shownDemand(page)), { timeout: 10_000 }).toBe(JSON.stringify(expectedDemand(filtered)));
    expect(page.url()).toContain('weeks=8');
    expect(await page.getAttribute('#csv', 'href')).toBe(`/api/export/demand.csv?sector=Finance+%26+FinTech&weeks=8`);

    // Co-occurrence for an entity clicked in the table.
    await page.click('#demand tbody tr th button');
    await page.waitForSelector('#co tbody tr');
    expect(await page.textContent('#co-summary')).toMatch(/postings/);
    await page.selectOption('select[name="sector"]', '');
    await page.selectOption('select[name="weeks"]', '');
    await expect.poll(async () => (await shownDemand(page)).length).toBe(all.length);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'skillpulse-dashboard.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a company name that is markup as text, and runs none of it', async () => {
    const { page, problems } = await openPage('/');
    await page.waitForSelector('#employers tbody tr');
    const names = await page.$$eval('#employers tbody th', (els) => els.map((e) => e.textContent));
    expect(names).toContain(XSS_COMPANY);
    expect(await page.$$('#employers img, body img')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('ops page', () => {
  it('lists sources and runs, shows failed items with their reasons as text, and pauses a source', async () => {
    const { page, problems } = await openPage('/ops');
    await page.waitForSelector('#sources tbody tr');
    const sourceRows = await page.$$eval('#sources tbody tr', (rows) => rows.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
    expect(sourceRows).toHaveLength(2);
    expect(sourceRows[0]![1]).toBe('greenhouse');
    expect(sourceRows[0]![4]).toBe('enabled');
    expect(sourceRows[1]![4]).toContain('board moved to a new ATS');
    expect(sourceRows[1]![5]).toContain('blocked');

    // The run with failures: open its failed items.
    await page.waitForSelector('#runs tbody tr');
    const runRow = page.locator('#runs tbody tr', { has: page.locator('td', { hasText: new RegExp(`^${seeded.runId}$`) }) });
    await runRow.locator('button', { hasText: 'Failed items' }).click();
    await page.waitForSelector('#items tbody tr');
    const reasons = await page.$$eval('#items tbody td.reason', (els) => els.map((e) => e.textContent));
    expect(reasons).toContain(XSS_REASON);
    const postings = await page.$$eval('#items tbody tr', (rows) => rows.map((tr) => tr.children[1]?.textContent ?? ''));
    expect(postings.some((t) => t.includes(XSS_COMPANY))).toBe(true);
    expect(await page.$$('#items script, #items img')).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'skillpulse-ops.png'), fullPage: true });

    // Pause the first source through the page (the reason prompt answered), and see it in the database.
    page.once('dialog', (d) => void d.accept('maintenance window'));
    await page.locator('#sources tbody tr').first().locator('button', { hasText: 'Pause' }).click();
    await expect
      .poll(async () => (await db.pool.query('SELECT enabled, paused_reason FROM sources WHERE id = $1', [seeded.sourceIds[0]])).rows[0])
      .toEqual({ enabled: false, paused_reason: 'maintenance window' });
    await expect.poll(() => page.textContent('#status')).toContain('paused');
    expect(problems).toEqual([]);
    await page.close();
  });
});
