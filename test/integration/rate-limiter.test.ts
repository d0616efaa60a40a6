import { afterAll, describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../../src/http/circuit-breaker.ts';
import { PoliteFetcher, userAgent, type FetcherDeps } from '../../src/http/polite-fetcher.ts';
import { HostRateLimiter } from '../../src/http/rate-limiter.ts';
import { sleep } from '../../src/http/sleep.ts';
import { cleanRedis, connectRedis, randomPrefix, startServer, type TestServer } from './http-test-server.ts';

const prefix = randomPrefix('rate');
const redisA = connectRedis();
const redisB = connectRedis();
const servers: TestServer[] = [];
// Network jitter between the moment a slot starts and the server seeing the request.
const TOLERANCE_MS = 25;

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await cleanRedis(redisA, prefix);
  await Promise.all([redisA.quit(), redisB.quit()]);
});

async function serve(host: string, robots = 'User-agent: *\nAllow: /\n'): Promise<TestServer> {
  const server = await startServer(host, (req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(req.url === '/robots.txt' ? robots : `page ${req.url}`);
  });
  servers.push(server);
  return server;
}

function worker(redis: typeof redisA, keyPrefix: string, extra: Partial<FetcherDeps> = {}): PoliteFetcher {
  return new PoliteFetcher({
    redis,
    keyPrefix,
    allowNetworks: ['127.0.0.0/8'],
    userAgent: userAgent('https://example.test/crawler', '0.1'),
    defaultRatePerSecond: 5,
    ...extra,
  });
}

function gaps(times: number[]): number[] {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted.slice(1).map((t, i) => t - sorted[i]!);
}

describe('per-host rate limit shared through Redis', () => {
  it('two workers on one host keep the interval; another host is not slowed', async () => {
    const busy = await serve('127.0.0.1');
    const other = await serve('127.0.0.2');
    const keyPrefix = `${prefix}:shared`;
    const w1 = worker(redisA, keyPrefix);
    const w2 = worker(redisB, keyPrefix);
    const pages = Array.from({ length: 10 }, (_, i) => ({ url: `${busy.origin}/p${i}`, label: 'list' }));
    const all = Promise.all(pages.map((req, i) => (i % 2 === 0 ? w1 : w2).fetch(req)));
    const elsewhere = w2.fetch({ url: `${other.origin}/q`, label: 'list' }, { ratePerSecond: 50 });
    const results = await Promise.all([all, elsewhere]);
    expect(results[0].map((r) => r.body)).toEqual(pages.map((_, i) => `page /p${i}`));

    // Every request to the busy host, robots.txt included, at least 1/5 s after the previous one.
    const intervals = gaps(busy.arrivals.map((a) => a.at));
    expect(busy.hits()).toHaveLength(10);
    expect(Math.min(...intervals)).toBeGreaterThanOrEqual(200 - TOLERANCE_MS);

    // The other host's page arrived while the busy host's queue was still draining.
    const otherPage = other.hits('/q')[0]!.at;
    const busyPages = busy.hits().map((a) => a.at).sort((a, b) => a - b);
    expect(otherPage).toBeLessThan(busyPages[2]!);
  });

  it('robots Crawl-delay lowers the rate', async () => {
    const server = await serve('127.0.0.1', 'User-agent: *\nCrawl-delay: 1\n');
    const w = worker(redisA, `${prefix}:crawl-delay`, { defaultRatePerSecond: 100 });
    await Promise.all([w.fetch({ url: `${server.origin}/a`, label: 'x' }), w.fetch({ url: `${server.origin}/b`, label: 'x' })]);
    const pageGap = gaps(server.hits().map((a) => a.at));
    expect(pageGap).toHaveLength(1);
    expect(pageGap[0]).toBeGreaterThanOrEqual(1000 - TOLERANCE_MS);
  });
});

describe('HostRateLimiter', () => {
  it('reserves consecutive slots one interval apart and refuses slots beyond the maximum wait', async () => {
    const limiter = new HostRateLimiter(redisA, `${prefix}:slots`);
    const first = await limiter.reserve('h.test', 1000, 5000);
    const second = await limiter.reserve('h.test', 1000, 5000);
    const third = await limiter.reserve('h.test', 1000, 5000);
    expect(first).toEqual({ reserved: true, waitMs: 0 });
    // Slots are 1000 ms apart on Redis' clock; only the milliseconds between calls come off.
    expect(second.waitMs).toBeGreaterThan(900);
    expect(second.waitMs).toBeLessThanOrEqual(1000);
    expect(third.waitMs).toBeGreaterThan(1900);
    expect(third.waitMs).toBeLessThanOrEqual(2000);
    const tooFar = await limiter.reserve('h.test', 1000, 1500);
    expect(tooFar.reserved).toBe(false);
    // A refused reservation takes nothing: the next one sees the same slot.
    const again = await limiter.reserve('h.test', 1000, 5000);
    expect(again.reserved).toBe(true);
    expect(again.waitMs).toBeGreaterThan(2800);
    expect((await limiter.reserve('other.test', 1000, 5000)).waitMs).toBe(0);
  });

  it('pushBack keeps every worker off the host', async () => {
    const limiter = new HostRateLimiter(redisA, `${prefix}:push`);
    await limiter.pushBack('h.test', 30_000);
    const viaOtherConnection = new HostRateLimiter(redisB, `${prefix}:push`);
    const r = await viaOtherConnection.reserve('h.test', 100, 60_000);
    expect(r.waitMs).toBeGreaterThan(29_000);
  });

  it('caps concurrency per host; leases expire so a dead worker cannot hold a slot', async () => {
    const a = new HostRateLimiter(redisA, `${prefix}:sem`);
    const b = new HostRateLimiter(redisB, `${prefix}:sem`);
    const l1 = await a.tryAcquire('h.test', 2, 60_000);
    const l2 = await b.tryAcquire('h.test', 2, 60_000);
    expect(l1).not.toBeNull();
    expect(l2).not.toBeNull();
    expect(await a.tryAcquire('h.test', 2, 60_000)).toBeNull();
    expect(await a.tryAcquire('other.test', 2, 60_000)).not.toBeNull();
    await l1!.release();
    const l3 = await b.tryAcquire('h.test', 2, 60_000);
    expect(l3).not.toBeNull();
    // A worker that dies holding a short lease: the slot comes back once the lease runs out.
    const dead = await a.tryAcquire('d.test', 1, 50);
    expect(dead).not.toBeNull();
    expect(await b.tryAcquire('d.test', 1, 60_000)).toBeNull();
    await sleep(120);
    expect(await b.tryAcquire('d.test', 1, 60_000)).not.toBeNull();
  });

  it('acquire waits for a released slot and honours abort', async () => {
    const limiter = new HostRateLimiter(redisA, `${prefix}:wait`);
    const held = await limiter.acquire('h.test', 1, 60_000);
    const waiting = limiter.acquire('h.test', 1, 60_000);
    setTimeout(() => void held.release(), 100);
    await expect(waiting).resolves.toHaveProperty('release');
    const controller = new AbortController();
    const blocked = limiter.acquire('h.test', 1, 60_000, controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(blocked).rejects.toThrow(/aborted/);
  });
});

describe('CircuitBreaker', () => {
  it('opens after N consecutive failures, per host; success closes it', async () => {
    const breaker = new CircuitBreaker(redisA, `${prefix}:breaker`, { threshold: 3, cooldownMs: 60_000 });
    const seenByOther = new CircuitBreaker(redisB, `${prefix}:breaker`, { threshold: 3, cooldownMs: 60_000 });
    expect(await breaker.recordFailure('h.test')).toBeNull();
    expect(await seenByOther.recordFailure('h.test')).toBeNull();
    await breaker.recordSuccess('h.test'); // consecutive only
    expect(await breaker.recordFailure('h.test')).toBeNull();
    expect(await breaker.recordFailure('h.test')).toBeNull();
    const until = await seenByOther.recordFailure('h.test');
    expect(until).not.toBeNull();
    expect(await breaker.openUntil('h.test')).toBe(until);
    expect(await breaker.openUntil('other.test')).toBeNull();
    await breaker.recordSuccess('h.test');
    expect(await seenByOther.openUntil('h.test')).toBeNull();
  });

  it('after the cooldown one more failure reopens it at once', async () => {
    const breaker = new CircuitBreaker(redisA, `${prefix}:half-open`, { threshold: 2, cooldownMs: 50 });
    await breaker.recordFailure('h.test');
    expect(await breaker.recordFailure('h.test')).not.toBeNull();
    await sleep(100);
    expect(await breaker.openUntil('h.test')).toBeNull();
    expect(await breaker.recordFailure('h.test')).not.toBeNull();
  });
});
