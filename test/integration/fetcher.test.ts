import zlib from 'node:zlib';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockedError, PermanentError, RateLimitedError, TransientError } from '../../src/errors.ts';
import { PoliteFetcher, userAgent, type FetcherDeps } from '../../src/http/polite-fetcher.ts';
import { cleanRedis, connectRedis, randomPrefix, startServer, type TestServer } from './http-test-server.ts';

const prefix = randomPrefix('fetcher');
const redis = connectRedis();
const UA = userAgent('https://example.test/crawler', '0.1');
const servers: TestServer[] = [];
let keySeq = 0;

/** A fetcher with its own key prefix (fresh robots cache, rate slots and breaker) per test. */
function fetcher(overrides: Partial<FetcherDeps> = {}): PoliteFetcher {
  return new PoliteFetcher({
    redis,
    keyPrefix: `${prefix}:${++keySeq}`,
    allowNetworks: ['127.0.0.1/32'],
    userAgent: UA,
    defaultRatePerSecond: 1000,
    retries: 2,
    backoffBaseMs: 10,
    backoffMaxMs: 50,
    ...overrides,
  });
}

async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void, host = '127.0.0.1') {
  const server = await startServer(host, (req, res) => {
    if (req.url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end('User-agent: *\nDisallow: /private/\n');
    }
    handler(req, res);
  });
  servers.push(server);
  return server;
}

const get = (url: string) => ({ url, label: 'test' });

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await cleanRedis(redis, prefix);
  await redis.quit();
});

describe('PoliteFetcher', () => {
  it('fetches a page, identifying itself, after reading robots.txt', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', etag: '"v1"' });
      res.end('{"jobs":[]}');
    });
    const result = await fetcher().fetch(get(`${server.origin}/jobs?page=1`), { expectContentTypes: ['application/json'] });
    expect(result).toMatchObject({
      status: 200,
      url: `${server.origin}/jobs?page=1`,
      body: '{"jobs":[]}',
      bytes: 11,
      notModified: false,
      etag: '"v1"',
      charset: 'utf-8',
      malformed: false,
    });
    expect(server.arrivals.map((a) => a.path)).toEqual(['/robots.txt', '/jobs?page=1']);
    expect(server.arrivals[1]!.headers['user-agent']).toBe('skillpulse/0.1 (+https://example.test/crawler)');
  });

  it('robots.txt disallow → BlockedError naming the rule, without requesting the page', async () => {
    const server = await serve((_req, res) => res.end('secret'));
    const err = await fetcher().fetch(get(`${server.origin}/private/x`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedError);
    expect((err as Error).message).toContain('line 2: "Disallow: /private/"');
    expect(server.hits()).toHaveLength(0);
  });

  it('robots.txt 5xx disallows for now; 404 allows', async () => {
    const broken = await startServer('127.0.0.1', (req, res) => {
      res.writeHead(req.url === '/robots.txt' ? 500 : 200);
      res.end('ok');
    });
    const missing = await startServer('127.0.0.1', (req, res) => {
      res.writeHead(req.url === '/robots.txt' ? 404 : 200);
      res.end('ok');
    });
    servers.push(broken, missing);
    const f = fetcher({ retries: 2 });
    const err = await f.fetch(get(`${broken.origin}/a`)).catch((e: unknown) => e);
    // Disallowed for now: a TransientError so the queue retries later, not a permanent "blocked".
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/robots\.txt answered HTTP 500 .* not fetching \/a/);
    expect(broken.hits()).toHaveLength(0);
    expect(broken.arrivals.filter((a) => a.path === '/robots.txt')).toHaveLength(1);
    expect((await f.fetch(get(`${missing.origin}/a`))).body).toBe('ok');
  });

  it('caches robots.txt in Redis for all fetchers', async () => {
    const server = await serve((_req, res) => res.end('ok'));
    const keyPrefix = `${prefix}:shared-robots`;
    await fetcher({ keyPrefix }).fetch(get(`${server.origin}/a`));
    await fetcher({ keyPrefix }).fetch(get(`${server.origin}/b`));
    expect(server.arrivals.filter((a) => a.path === '/robots.txt')).toHaveLength(1);
  });

  it('429 with Retry-After → RateLimitedError with that delay', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(429, { 'retry-after': '120' });
      res.end();
    });
    const err = await fetcher().fetch(get(`${server.origin}/jobs`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterMs).toBe(120_000);
    expect(server.hits()).toHaveLength(1);
  });

  it('a short Retry-After is waited out inside the fetch, through the shared rate limiter', async () => {
    let calls = 0;
    const server = await serve((_req, res) => {
      if (++calls === 1) res.writeHead(429, { 'retry-after': '1' }).end();
      else res.writeHead(200).end('welcome back');
    });
    expect((await fetcher().fetch(get(`${server.origin}/jobs`))).body).toBe('welcome back');
    const [first, second] = server.hits();
    // Politeness, measured by the server: the retry came no sooner than the host asked.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000 - 25);
  });

  it('503 burst then success within retries', async () => {
    let calls = 0;
    const server = await serve((_req, res) => {
      calls++;
      if (calls === 1) res.writeHead(503).end('busy');
      else if (calls === 2) res.writeHead(503, { 'retry-after': '0' }).end('busy');
      else res.writeHead(200).end('finally');
    });
    const result = await fetcher().fetch(get(`${server.origin}/jobs`));
    expect(result.body).toBe('finally');
    expect(server.hits()).toHaveLength(3);
  });

  it('5xx beyond the retries → TransientError', async () => {
    const server = await serve((_req, res) => res.writeHead(502).end());
    await expect(fetcher({ retries: 1 }).fetch(get(`${server.origin}/x`))).rejects.toBeInstanceOf(TransientError);
    expect(server.hits()).toHaveLength(2);
  });

  it('404 → PermanentError without retrying', async () => {
    const server = await serve((_req, res) => res.writeHead(404).end('gone'));
    await expect(fetcher().fetch(get(`${server.origin}/x`))).rejects.toBeInstanceOf(PermanentError);
    expect(server.hits()).toHaveLength(1);
  });

  it('slow body → TransientError (body timeout)', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('start…');
      const t = setInterval(() => res.write('.'), 100);
      res.on('close', () => clearInterval(t));
    });
    const err = await fetcher({ retries: 0, bodyTimeoutMs: 300 }).fetch(get(`${server.origin}/slow`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/body not complete/);
  });

  it('no headers in time → TransientError', async () => {
    const server = await serve(() => undefined); // never answers
    const err = await fetcher({ retries: 0, headersTimeoutMs: 200 }).fetch(get(`${server.origin}/hang`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/no response headers/);
  });

  it('truncated body → TransientError', async () => {
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-length': '1000' });
      res.write('only part');
      setTimeout(() => req.socket.destroy(), 20);
    });
    const err = await fetcher({ retries: 0 }).fetch(get(`${server.origin}/cut`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/truncated|interrupted/);
  });

  it('huge body → PermanentError, declared or streamed', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-length': '5000' });
        return res.end('x'.repeat(5000));
      }
      res.writeHead(200); // chunked: size only known while streaming
      for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
      res.end();
    });
    const f = fetcher({ maxBodyBytes: 4096 });
    await expect(f.fetch(get(`${server.origin}/declared`))).rejects.toThrow(PermanentError);
    await expect(f.fetch(get(`${server.origin}/streamed`))).rejects.toThrow(/exceeds the 4096-byte limit/);
  });

  it('a gzip bomb is cut at the limit after decompression', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(2_000_000, 0x20));
    const server = await serve((_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb));
    expect(bomb.length).toBeLessThan(10_000);
    await expect(fetcher({ maxBodyBytes: 100_000 }).fetch(get(`${server.origin}/bomb`))).rejects.toThrow(PermanentError);
  });

  it('redirects are followed; a loop → PermanentError', async () => {
    const server = await serve((req, res) => {
      const to: Record<string, string> = { '/old': '/new', '/a': '/b', '/b': '/a' };
      const target = to[req.url ?? ''];
      if (target) return res.writeHead(301, { location: target }).end();
      res.writeHead(200).end(`at ${req.url}`);
    });
    const f = fetcher();
    const moved = await f.fetch(get(`${server.origin}/old`));
    expect(moved).toMatchObject({ url: `${server.origin}/new`, body: 'at /new' });
    await expect(f.fetch(get(`${server.origin}/a`))).rejects.toThrow(/redirect loop/);
  });

  it('too many redirects → PermanentError', async () => {
    const server = await serve((req, res) => {
      const n = Number(req.url?.slice(1));
      res.writeHead(302, { location: `/${n + 1}` }).end();
    });
    const err = await fetcher({ maxRedirects: 3 }).fetch(get(`${server.origin}/0`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as Error).message).toMatch(/more than 3 redirects/);
    expect(server.hits()).toHaveLength(4);
  });

  it('redirect to a private address not allowed → BlockedError, target never contacted', async () => {
    const other = await serve((_req, res) => res.end('internal'), '127.0.0.2');
    const server = await serve((_req, res) => res.writeHead(302, { location: `${other.origin}/admin` }).end());
    const err = await fetcher().fetch(get(`${server.origin}/go`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedError);
    expect((err as Error).message).toContain('set FETCH_ALLOW_NETWORKS=127.0.0.0/8');
    expect(other.arrivals).toHaveLength(0);
  });

  it('refuses loopback when allowNetworks is empty, also via a DNS name', async () => {
    const server = await serve((_req, res) => res.end('x'));
    const f = fetcher({ allowNetworks: [], lookup: async () => ['127.0.0.1'] });
    await expect(f.fetch(get(`${server.origin}/`))).rejects.toThrow(BlockedError);
    const port = new URL(server.origin).port;
    await expect(f.fetch(get(`http://board.example.test:${port}/`))).rejects.toThrow(/board\.example\.test is 127\.0\.0\.1, a loopback address/);
    expect(server.arrivals).toHaveLength(0);
  });

  it('connects to the address its own lookup returned, sending the real Host header', async () => {
    const server = await serve((req, res) => res.end(`host header ${req.headers.host}`));
    const port = new URL(server.origin).port;
    // The system resolver does not know this name: success proves the connection used the checked address.
    const f = fetcher({ lookup: async (host) => (host === 'jobs.example.test' ? ['127.0.0.1'] : []) });
    const r = await f.fetch(get(`http://jobs.example.test:${port}/x`));
    expect(r.body).toBe(`host header jobs.example.test:${port}`);
  });

  it('checks every exchange: a second DNS answer pointing inside is refused, never dialled', async () => {
    const server = await serve((req, res) => res.end(`host header ${req.headers.host}`));
    let lookups = 0;
    const f = fetcher({
      lookup: async () => (++lookups === 1 ? ['127.0.0.1'] : ['10.0.0.1']),
    });
    const port = new URL(server.origin).port;
    // robots and page: two exchanges, two lookups; the second answer is private → refused, never dialled.
    const err = await f.fetch(get(`http://jobs.example.test:${port}/x`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedError);
    expect(server.arrivals.map((a) => a.headers.host)).toEqual([`jobs.example.test:${port}`]);
  });

  it('only http and https; rendered requests belong to the browser fetcher', async () => {
    const f = fetcher();
    await expect(f.fetch(get('ftp://127.0.0.1/x'))).rejects.toThrow(/only http and https/);
    await expect(f.fetch({ url: 'http://127.0.0.1/x', label: 'detail', render: true })).rejects.toThrow(/browser fetcher/);
  });

  it('decodes gzip, deflate and br bodies', async () => {
    const text = 'Ingénieure données — Zürich';
    const server = await serve((req, res) => {
      const encodings: Record<string, [string, Buffer]> = {
        '/gzip': ['gzip', zlib.gzipSync(text)],
        '/deflate': ['deflate', zlib.deflateSync(text)],
        '/br': ['br', zlib.brotliCompressSync(text)],
      };
      const [encoding, body] = encodings[req.url ?? '']!;
      res.writeHead(200, { 'content-encoding': encoding, 'content-type': 'text/plain; charset=utf-8' }).end(body);
    });
    const f = fetcher();
    for (const path of ['/gzip', '/deflate', '/br']) {
      const r = await f.fetch(get(`${server.origin}${path}`));
      expect(r.body).toBe(text);
      expect(r.bytes).toBe(Buffer.byteLength(text));
    }
    expect(server.hits()[0]!.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('decodes ISO-8859-1 from Content-Type and from a meta tag', async () => {
    const latin1 = Buffer.from('Développeur à Genève', 'latin1');
    const server = await serve((req, res) => {
      if (req.url === '/header') return res.writeHead(200, { 'content-type': 'text/plain; charset=ISO-8859-1' }).end(latin1);
      const page = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>'), latin1, Buffer.from('</body></html>')]);
      res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    });
    const f = fetcher();
    const fromHeader = await f.fetch(get(`${server.origin}/header`));
    expect(fromHeader.body).toBe('Développeur à Genève');
    expect(fromHeader.charset).toBe('windows-1252');
    expect((await f.fetch(get(`${server.origin}/meta`))).body).toContain('Développeur à Genève');
  });

  it('invalid UTF-8 is decoded with replacement characters and flagged, not thrown', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(Buffer.concat([Buffer.from('{"title":"Caf'), Buffer.from([0xe9]), Buffer.from('"}')]));
    });
    const r = await fetcher().fetch(get(`${server.origin}/bad`));
    expect(r.body).toBe('{"title":"Caf\uFFFD"}');
    expect(r.malformed).toBe(true);
  });

  it('conditional GET: sends validators, 304 → notModified', async () => {
    const server = await serve((req, res) => {
      if (req.headers['if-none-match'] === '"abc"') return res.writeHead(304, { etag: '"abc"' }).end();
      res.writeHead(200, { etag: '"abc"', 'last-modified': 'Tue, 03 Mar 2026 10:00:00 GMT' }).end('full');
    });
    const f = fetcher();
    const first = await f.fetch(get(`${server.origin}/list`));
    expect(first).toMatchObject({ status: 200, body: 'full', etag: '"abc"', lastModified: 'Tue, 03 Mar 2026 10:00:00 GMT' });
    const again = await f.fetch(get(`${server.origin}/list`), { conditional: { etag: first.etag, lastModified: first.lastModified } });
    expect(again).toMatchObject({ status: 304, notModified: true, body: '', etag: '"abc"' });
    expect(server.hits()[1]!.headers['if-modified-since']).toBe('Tue, 03 Mar 2026 10:00:00 GMT');
  });

  it('wrong content type → PermanentError', async () => {
    const server = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>'));
    await expect(
      fetcher().fetch(get(`${server.origin}/api`), { expectContentTypes: ['application/json'] }),
    ).rejects.toThrow(/expected application\/json but got text\/html/);
  });

  it('circuit breaker opens after repeated failures and fails fast while open', async () => {
    const server = await serve((_req, res) => res.writeHead(500).end());
    const f = fetcher({ retries: 0, breaker: { threshold: 3, cooldownMs: 60_000 } });
    for (let i = 0; i < 3; i++) await expect(f.fetch(get(`${server.origin}/x`))).rejects.toThrow(/HTTP 500/);
    const err = await f.fetch(get(`${server.origin}/x`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as Error).message).toMatch(/circuit open for 127\.0\.0\.1:\d+ .* until \d{4}-\d\d-\d\dT/);
    expect(server.hits()).toHaveLength(3);
    // Another host is unaffected.
    const healthy = await serve((_req, res) => res.end('fine'));
    expect((await f.fetch(get(`${healthy.origin}/x`))).body).toBe('fine');
  });

  it('an aborted signal stops the fetch with TransientError', async () => {
    const server = await serve(() => undefined);
    const controller = new AbortController();
    const pending = fetcher({ retries: 0 }).fetch(get(`${server.origin}/hang`), { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toThrow(/aborted/);
  });
});
