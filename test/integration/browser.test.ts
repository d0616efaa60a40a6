// The Chromium renderer against real local servers on loopback, with a real Redis for robots cache and
// per-host rate. Only 127.0.0.1/32 is allowed; 127.0.0.9 (also loopback, so nothing can leave the
// machine) stands in for an address the guard must refuse.
import type http from 'node:http';
import { execFileSync } from 'node:child_process';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumRenderer } from '../../src/browser/render-fetcher.ts';
import { BlockedError, PermanentError, RateLimitedError, TransientError } from '../../src/errors.ts';
import { PoliteFetcher } from '../../src/http/polite-fetcher.ts';
import { cleanRedis, connectRedis, randomPrefix, startServer, type TestServer } from './http-test-server.ts';

const html = (res: http.ServerResponse, body: string, status = 200, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  res.end(body);
};

// Job data the page only turns into DOM with JavaScript; the titles never appear as markup in the HTML.
const JOBS = [
  { id: 'r-101', title: 'Platform Engineer (Kubernetes)' },
  { id: 'r-102', title: 'Data Analyst, Pricing' },
];
const BUILD_LIST = `
  function show(jobs) {
    var ul = document.createElement('ul'); ul.id = 'jobs';
    jobs.forEach(function (j) { var li = document.createElement('li'); li.dataset.id = j.id;
      li.textContent = j.title.split('').reverse().join('').split('').reverse().join(''); ul.appendChild(li); });
    document.body.appendChild(ul);
  }`;
const encoded = JSON.stringify(JOBS.map((j) => ({ id: j.id, title: j.title.split('').reverse().join('') })));

let evil: TestServer;
let site: TestServer;
let redis: Redis;
let prefix: string;
let polite: PoliteFetcher;
let renderer: ChromiumRenderer;
const renderTimes: number[] = [];

beforeAll(async () => {
  evil = await startServer('127.0.0.9', (_req, res) => html(res, 'should never be reached'));
  site = await startServer('127.0.0.1', (req, res) => {
    const path = req.url ?? '';
    switch (path) {
      case '/robots.txt':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('User-agent: *\nDisallow: /private/\n');
      case '/inline':
        // Titles are stored reversed so a plain fetch cannot contain them; the script restores them.
        return html(
          res,
          `<!doctype html><html><head><link rel="stylesheet" href="/style.css">
           <link rel="preload" href="/font.woff2" as="font" crossorigin></head>
           <body><img src="/logo.png"><video src="/clip.mp4"></video><div style="background:url(/bg.png)">x</div>
           <script>${BUILD_LIST}
             var data = ${encoded};
             show(data.map(function (j) { return { id: j.id, title: j.title.split('').reverse().join('') }; }));
           </script></body></html>`,
        );
      case '/xhr':
        return html(
          res,
          `<!doctype html><html><body><p>Loading…</p><script>${BUILD_LIST}
             setTimeout(function () { fetch('/api/jobs.json').then(function (r) { return r.json(); }).then(show); }, 150);
           </script></body></html>`,
        );
      case '/api/jobs.json':
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(JOBS));
      case '/private/list':
        return html(res, '<p>not for crawlers</p>');
      case '/reaches-out':
        return html(
          res,
          `<!doctype html><html><body><p id="state">start</p>
           <script src="${evil.origin}/tracker.js"></script>
           <script>
             var state = document.getElementById('state');
             fetch('${evil.origin}/api').then(function () { state.textContent = 'reached'; },
               function () { state.textContent = 'direct refused'; })
             .then(function () { return fetch('/bounce-to-evil'); })
             .then(function () { state.textContent += ', bounce reached'; },
               function () { state.textContent += ', bounce refused'; })
             .then(function () { var d = document.createElement('div'); d.id = 'done'; document.body.appendChild(d); });
           </script></body></html>`,
        );
      case '/bounce-to-evil':
        res.writeHead(302, { location: `${evil.origin}/after-redirect` });
        return res.end();
      case '/never-ends':
        // Headers and the start of the document, then nothing: DOMContentLoaded never fires.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<!doctype html><html><head><title>slow</title></head><body><p>first bytes');
        return;
      case '/slow':
        setTimeout(() => html(res, '<p>finally</p>'), 4000);
        return;
      case '/gone':
        return html(res, 'gone', 404);
      case '/down':
        return html(res, 'down', 503);
      case '/busy':
        return html(res, 'busy', 429, { 'retry-after': '120' });
      default:
        return html(res, `<p>page ${path}</p>`);
    }
  });
  redis = connectRedis();
  prefix = randomPrefix('browser');
  polite = new PoliteFetcher({
    redis,
    keyPrefix: prefix,
    allowNetworks: ['127.0.0.1/32'],
    userAgent: 'skillpulse/test (+http://127.0.0.1/contact)',
    defaultRatePerSecond: 200,
    retries: 0,
  });
  renderer = newRenderer();
});

function newRenderer(overrides: Partial<ConstructorParameters<typeof ChromiumRenderer>[0]> = {}): ChromiumRenderer {
  return new ChromiumRenderer({
    polite,
    redis,
    keyPrefix: prefix,
    allowNetworks: ['127.0.0.1/32'],
    userAgent: 'skillpulse/test (+http://127.0.0.1/contact)',
    defaultRatePerSecond: 200,
    navigationTimeoutMs: 5_000,
    waitForTimeoutMs: 3_000,
    networkIdleCapMs: 3_000,
    renderDeadlineMs: 15_000,
    ...overrides,
  });
}

afterAll(async () => {
  const stats = await renderer?.stats();
  await renderer?.close();
  if (renderTimes.length) {
    const sorted = [...renderTimes].sort((a, b) => a - b);
    // Measurements for the report, not assertions.
    console.info(
      `browser: launch ${Math.round(stats?.lastLaunchMs ?? NaN)} ms; renders n=${sorted.length}, ` +
        `median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms, max ${Math.round(sorted.at(-1)!)} ms`,
    );
  }
  await cleanRedis(redis, prefix);
  await redis.quit();
  await site?.close();
  await evil?.close();
});

async function render(path: string, meta?: Record<string, unknown>, r: ChromiumRenderer = renderer) {
  const page = await r.render({ url: `${site.origin}${path}`, render: true, label: 'list', meta });
  renderTimes.push(page.elapsedMs);
  return page;
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the render to fail');
}

describe('ChromiumRenderer', () => {
  it('returns the DOM after inline scripts built the job list, which a plain fetch does not contain', async () => {
    const plain = await polite.fetch({ url: `${site.origin}/inline`, label: 'list' });
    for (const job of JOBS) expect(plain.body).not.toContain(job.title);

    const page = await render('/inline');
    expect(page.status).toBe(200);
    expect(page.url).toBe(`${site.origin}/inline`);
    for (const job of JOBS) expect(page.body).toContain(`<li data-id="${job.id}">${job.title.replace('&', '&amp;')}</li>`);
  });

  it('never requests images, fonts, media or stylesheets', async () => {
    await render('/inline');
    const requested = site.arrivals.map((a) => a.path).filter((p) => /\.(css|woff2|png|mp4)$/.test(p));
    expect(requested).toEqual([]);
    expect(site.hits('/inline').length).toBeGreaterThan(0);
  });

  it('waits for a configured selector while the page fetches its jobs as JSON from the same host', async () => {
    const plain = await polite.fetch({ url: `${site.origin}/xhr`, label: 'list' });
    expect(plain.body).not.toContain('Platform Engineer');

    const page = await render('/xhr', { waitFor: '#jobs li' });
    expect(page.body).toContain('<li data-id="r-101">Platform Engineer (Kubernetes)</li>');
    expect(page.body).toContain('<li data-id="r-102">Data Analyst, Pricing</li>');
    expect(site.hits('/api/jobs.json').length).toBeGreaterThan(0);
  });

  it('also waits for the network to go idle when no selector is configured', async () => {
    const page = await render('/xhr');
    expect(page.body).toContain('Data Analyst, Pricing');
  });

  it('refuses a path robots.txt disallows, before any navigation', async () => {
    const err = await failure(render('/private/list'));
    expect(err).toBeInstanceOf(BlockedError);
    expect(err.message).toMatch(/robots\.txt.*disallows \/private\/list/);
    expect(site.hits('/private/list')).toEqual([]);
  });

  it('aborts requests to refused addresses, including one reached by a redirect, without connecting', async () => {
    const page = await render('/reaches-out', { waitFor: '#done' });
    expect(page.body).toContain('<p id="state">direct refused, bounce refused</p>');
    expect(site.hits('/bounce-to-evil').length).toBeGreaterThan(0);
    expect(evil.arrivals).toEqual([]);
  });

  it('refuses a top-level navigation to a refused address, and one redirected there', async () => {
    const direct = await failure(renderer.render({ url: `${evil.origin}/jobs`, render: true, label: 'list' }));
    expect(direct).toBeInstanceOf(BlockedError);
    expect(direct.message).toContain('127.0.0.9');

    const redirected = await failure(render('/bounce-to-evil'));
    expect(redirected).toBeInstanceOf(BlockedError);
    expect(redirected.message).toContain('127.0.0.9');
    expect(evil.arrivals).toEqual([]);
  });

  it('maps the main document status like the HTTP client does', async () => {
    expect(await failure(render('/gone'))).toBeInstanceOf(PermanentError);
    expect(await failure(render('/down'))).toBeInstanceOf(TransientError);
    const busy = await failure(render('/busy'));
    expect(busy).toBeInstanceOf(RateLimitedError);
    expect((busy as RateLimitedError).retryAfterMs).toBe(120_000);
    // The host's shared slot moved back, so an immediate next request would have to wait.
    const next = Number(await redis.get(`${prefix}:http:next:${new URL(site.origin).host}`));
    const [sec, usec] = (await redis.time()) as unknown as [string, string];
    expect(next - (Number(sec) * 1000 + Math.floor(Number(usec) / 1000))).toBeGreaterThan(100_000);
    await redis.del(`${prefix}:http:next:${new URL(site.origin).host}`);
  });

  it('gives up on a page that never finishes loading: navigation timeout, then the whole-render deadline', async () => {
    const nav = await failure(newRendererOnce({ navigationTimeoutMs: 1_000 }, '/never-ends'));
    expect(nav).toBeInstanceOf(TransientError);
    expect(nav.message).toMatch(/timed out/);

    const deadline = await failure(newRendererOnce({ navigationTimeoutMs: 30_000, renderDeadlineMs: 1_500 }, '/never-ends'));
    expect(deadline).toBeInstanceOf(TransientError);
    expect(deadline.message).toMatch(/deadline/);

    const selector = await failure(render('/inline', { waitFor: '#no-such-thing' }));
    expect(selector).toBeInstanceOf(TransientError);
    expect(selector.message).toContain('#no-such-thing');
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = renderer.render({ url: `${site.origin}/slow`, render: true, label: 'list' }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('shutdown')), 300);
    const err = await failure(pending);
    expect(err).toBeInstanceOf(TransientError);
    expect(err.message).toMatch(/aborted/);
  });

  it('relaunches after the browser is closed or killed; the render that was cut off is retryable', async () => {
    const own = newRenderer();
    const others = new Set(chromiumChildren()); // the shared renderer's browser, if it runs
    try {
      await render('/inline', undefined, own);
      expect((await own.stats()).launches).toBe(1);

      await (await own.currentBrowser()).close();
      const again = await render('/inline', undefined, own);
      expect(again.body).toContain('Platform Engineer (Kubernetes)');
      expect((await own.stats()).launches).toBe(2);

      // SIGKILL the browser process while a render waits on a slow page.
      const before = chromiumChildren().filter((pid) => !others.has(pid));
      expect(before).toHaveLength(1);
      const pending = own.render({ url: `${site.origin}/slow`, render: true, label: 'list' });
      await new Promise((r) => setTimeout(r, 500));
      for (const pid of before) process.kill(pid, 'SIGKILL');
      const cut = await failure(pending);
      expect(cut).toBeInstanceOf(TransientError);

      const recovered = await render('/xhr', { waitFor: '#jobs li' }, own);
      expect(recovered.body).toContain('Data Analyst, Pricing');
      expect((await own.stats()).launches).toBe(3);
    } finally {
      await own.close();
    }
  });
});

async function newRendererOnce(overrides: Parameters<typeof newRenderer>[0], path: string): Promise<unknown> {
  const r = newRenderer(overrides);
  try {
    return await render(path, undefined, r);
  } finally {
    await r.close();
  }
}

/** Chromium processes this test process started (direct children only: the browser's main process). */
function chromiumChildren(): number[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, comm]) => comm !== undefined && /chrom/.test(comm))
    .map(([pid]) => Number(pid));
}
