// The page fetcher routes `render: true` to Chromium and everything else to the polite HTTP client.
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumRenderer } from '../../src/browser/render-fetcher.ts';
import { BlockedError, FatalError } from '../../src/errors.ts';
import { createPageFetcher } from '../../src/http/page-fetcher.ts';
import { PoliteFetcher } from '../../src/http/polite-fetcher.ts';
import { cleanRedis, connectRedis, randomPrefix, startServer, type TestServer } from './http-test-server.ts';

const UA = 'skillpulse/test (+http://127.0.0.1/contact)';
let server: TestServer;
let origin: string;
let redis: Redis;
let prefix: string;
let polite: PoliteFetcher;
let renderer: ChromiumRenderer;

beforeAll(async () => {
  server = await startServer('127.0.0.1', (req, res) => {
    if (req.url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('User-agent: skillpulse\nDisallow: /members\n');
    }
    if (req.url === '/not-modified') {
      res.writeHead(304, { etag: '"v7"' });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><html><body><main id="m"></main><script>' +
        'document.getElementById("m").innerHTML = "<h1>Site Reliability " + "Engineer</h1>";' +
        '</script></body></html>',
    );
  });
  origin = server.origin;
  redis = connectRedis();
  prefix = randomPrefix('page-fetcher');
  const common = { redis, keyPrefix: prefix, allowNetworks: ['127.0.0.0/8'], userAgent: UA, defaultRatePerSecond: 200 };
  polite = new PoliteFetcher({ ...common, retries: 0 });
  renderer = new ChromiumRenderer({ ...common, polite, networkIdleCapMs: 3_000 });
});

afterAll(async () => {
  await renderer?.close();
  await cleanRedis(redis, prefix);
  await redis.quit();
  await server.close();
});

describe('createPageFetcher', () => {
  it('sends plain requests to the HTTP client: raw HTML, scripts not run, no browser launched', async () => {
    const pages = createPageFetcher({ polite, browser: renderer });
    const page = await pages.fetch({ url: `${origin}/jobs`, label: 'list' });
    expect(page).toMatchObject({ status: 200, url: `${origin}/jobs`, body: expect.stringContaining('<main id="m"></main>'), notModified: false });
    expect(page.body).not.toContain('<h1>Site Reliability Engineer</h1>');
    expect((await renderer.stats()).launches).toBe(0);
    expect(server.hits('/jobs')[0]?.headers['user-agent']).toBe(UA);
  });

  it('passes 304 through as notModified', async () => {
    const pages = createPageFetcher({ polite });
    const page = await pages.fetch({ url: `${origin}/not-modified`, label: 'detail' });
    expect(page).toMatchObject({ status: 304, notModified: true, body: '' });
  });

  it('sends render requests to the browser, which runs the page scripts and identifies itself', async () => {
    const pages = createPageFetcher({ polite, browser: renderer });
    const page = await pages.fetch({ url: `${origin}/careers`, label: 'list', render: true });
    expect(page.status).toBe(200);
    expect(page.url).toBe(`${origin}/careers`);
    expect(page.notModified).toBe(false);
    expect(page.body).toContain('<h1>Site Reliability Engineer</h1>');
    expect((await renderer.stats()).launches).toBe(1);
    expect(server.hits('/careers')[0]?.headers['user-agent']).toBe(UA);
  });

  it('applies robots.txt on both paths', async () => {
    const pages = createPageFetcher({ polite, browser: renderer });
    await expect(pages.fetch({ url: `${origin}/members/jobs`, label: 'list' })).rejects.toBeInstanceOf(BlockedError);
    await expect(pages.fetch({ url: `${origin}/members/jobs`, label: 'list', render: true })).rejects.toBeInstanceOf(BlockedError);
    expect(server.hits().filter((a) => a.path.startsWith('/members'))).toEqual([]);
  });

  it('fails loudly when a render request reaches a process without a browser', async () => {
    const pages = createPageFetcher({ polite });
    const before = server.arrivals.length;
    await expect(pages.fetch({ url: `${origin}/careers`, label: 'list', render: true })).rejects.toBeInstanceOf(FatalError);
    expect(server.arrivals.length).toBe(before);
  });
});
