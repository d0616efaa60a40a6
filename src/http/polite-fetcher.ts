// The one HTTP client every adapter's requests go through: robots.txt, private-address guard, per-host
// rate limit + concurrency cap + circuit breaker shared through Redis, timeouts, size cap, manual
// redirects (each hop re-checked), conditional GET, charset decoding, and bounded retries.
// Throws only the classes of src/errors.ts; what each outcome means lives in fetch-policy.ts.
import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RequestSpec } from '../core/types.ts';
import { BlockedError, PermanentError, RateLimitedError, SkillpulseError, TransientError, coerceError } from '../errors.ts';
import { checkAddress, parseNetworks, suggestNetwork, type AllowedNetwork } from './address-guard.ts';
import { CircuitBreaker, type BreakerOptions } from './circuit-breaker.ts';
import { decodeBody, mediaType } from './decode.ts';
import { RETRY_POLICY, backoffDelayMs, classifyStatus, parseRetryAfter } from './fetch-policy.ts';
import { requestOnce, type HopResponse } from './http-request.ts';
import { HostRateLimiter } from './rate-limiter.ts';
import {
  ROBOTS_AGENT,
  ROBOTS_MAX_BYTES,
  evaluateRobots,
  policyFromResponse,
  policyUnreachable,
  robotsOrigin,
  robotsUrl,
  type RobotsPolicy,
} from './robots.ts';
import { sleep } from './sleep.ts';

export interface FetchResult {
  status: number;
  /** Final URL, after redirects. */
  url: string;
  headers: Record<string, string>;
  /** Decoded text ('' for 304). */
  body: string;
  /** Body size in bytes after content decoding (gzip/br), before charset decoding. */
  bytes: number;
  notModified: boolean;
  etag: string | null;
  lastModified: string | null;
  elapsedMs: number;
  /** Charset the body was decoded with. */
  charset: string;
  /** The body had bytes invalid in that charset; they were replaced with U+FFFD. */
  malformed: boolean;
}

export interface FetchOptions {
  signal?: AbortSignal;
  conditional?: { etag?: string | null; lastModified?: string | null };
  /** Per-host rate override (requests per second); robots Crawl-delay can only lower it. */
  ratePerSecond?: number;
  /** Accepted media types, e.g. ['application/json'] or ['text/*']; anything else → PermanentError. */
  expectContentTypes?: string[];
  maxBodyBytes?: number;
}

export interface FetcherDeps {
  redis: Redis;
  keyPrefix: string;
  /** CIDRs that may be reached although private/loopback/link-local (FETCH_ALLOW_NETWORKS). */
  allowNetworks: string[];
  userAgent: string;
  defaultRatePerSecond: number;
  logger?: Logger;
  now?: () => number;
  /** DNS resolution, injectable for tests. Returns IP addresses. */
  lookup?: (host: string) => Promise<string[]>;
  connectTimeoutMs?: number;
  headersTimeoutMs?: number;
  /** The whole body must arrive within this. */
  bodyTimeoutMs?: number;
  maxBodyBytes?: number;
  maxRedirects?: number;
  maxConcurrentPerHost?: number;
  /** Extra attempts inside one fetch for transient failures. */
  retries?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Retry-After up to this is waited out inside the fetch; longer → RateLimitedError for the queue. */
  maxInlineWaitMs?: number;
  /** 429 without Retry-After: how long to stay away. */
  defaultRetryAfterMs?: number;
  breaker?: BreakerOptions;
  robotsTtlMs?: number;
  /** How long a 5xx/unreachable robots.txt (disallow-all) is cached. */
  robotsErrorTtlMs?: number;
  random?: () => number;
}

/** `skillpulse/0.1 (+https://…)`: names the crawler and where its operator can be reached. */
export function userAgent(contactUrl: string, version: string): string {
  return `${ROBOTS_AGENT}/${version} (+${contactUrl})`;
}

type Settings = Required<Omit<FetcherDeps, 'redis' | 'logger' | 'lookup' | 'allowNetworks'>>;

/** How long a per-host concurrency slot outlives its holder's last renewal. */
const HOST_LEASE_MS = 15_000;

export class PoliteFetcher {
  private readonly settings: Settings;
  private readonly allow: AllowedNetwork[];
  private readonly limiter: HostRateLimiter;
  private readonly breaker: CircuitBreaker;
  private readonly lookup: (host: string) => Promise<string[]>;
  private readonly robotsInFlight = new Map<string, Promise<RobotsPolicy>>();
  /** Errors that must not be retried inside this fetch (circuit open, slot too far away). */
  private readonly final = new WeakSet<Error>();

  constructor(private readonly deps: FetcherDeps) {
    this.settings = {
      keyPrefix: deps.keyPrefix,
      userAgent: deps.userAgent,
      defaultRatePerSecond: deps.defaultRatePerSecond,
      now: deps.now ?? Date.now,
      connectTimeoutMs: deps.connectTimeoutMs ?? 10_000,
      headersTimeoutMs: deps.headersTimeoutMs ?? 30_000,
      bodyTimeoutMs: deps.bodyTimeoutMs ?? 60_000,
      maxBodyBytes: deps.maxBodyBytes ?? 20 * 1024 * 1024,
      maxRedirects: deps.maxRedirects ?? 5,
      maxConcurrentPerHost: deps.maxConcurrentPerHost ?? 2,
      retries: deps.retries ?? 2,
      backoffBaseMs: deps.backoffBaseMs ?? 500,
      backoffMaxMs: deps.backoffMaxMs ?? 10_000,
      maxInlineWaitMs: deps.maxInlineWaitMs ?? 30_000,
      defaultRetryAfterMs: deps.defaultRetryAfterMs ?? 60_000,
      breaker: deps.breaker ?? { threshold: 5, cooldownMs: 60_000 },
      robotsTtlMs: deps.robotsTtlMs ?? 3_600_000,
      robotsErrorTtlMs: deps.robotsErrorTtlMs ?? 60_000,
      random: deps.random ?? Math.random,
    };
    this.allow = parseNetworks(deps.allowNetworks);
    this.limiter = new HostRateLimiter(deps.redis, deps.keyPrefix);
    this.breaker = new CircuitBreaker(deps.redis, deps.keyPrefix, this.settings.breaker);
    this.lookup = deps.lookup ?? defaultLookup;
  }

  async fetch(req: RequestSpec, opts: FetchOptions = {}): Promise<FetchResult> {
    if (req.render) {
      throw new PermanentError(`request "${req.label}" asks for rendering; the browser fetcher handles it, not PoliteFetcher`);
    }
    const started = this.settings.now();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.fetchFollowingRedirects(req, opts, started);
      } catch (thrown) {
        const err = asSkillpulseError(thrown);
        const policy = RETRY_POLICY[err.kind];
        const retriesLeft = attempt < this.settings.retries && !this.final.has(err) && !opts.signal?.aborted;
        if (policy === 'throw' || !retriesLeft) throw err;
        if (policy === 'wait-if-short') {
          const waitMs = (err as RateLimitedError).retryAfterMs;
          if (waitMs > this.settings.maxInlineWaitMs) throw err;
          // The host's shared next slot was already pushed back; the rate limiter waits it out.
        } else {
          await sleep(backoffDelayMs(attempt, this.settings.backoffBaseMs, this.settings.backoffMaxMs, this.settings.random), opts.signal);
        }
        this.deps.logger?.debug({ url: req.url, attempt: attempt + 1, err }, 'retrying fetch');
      }
    }
  }

  private async fetchFollowingRedirects(req: RequestSpec, opts: FetchOptions, started: number): Promise<FetchResult> {
    let url = parseHttpUrl(req.url);
    let method = req.method ?? 'GET';
    let body = req.body;
    const seen = new Set<string>();
    for (let hop = 0; ; hop++) {
      seen.add(url.href);
      const crawlDelay = await this.checkRobots(url, opts.signal);
      const headers = this.requestHeaders(req.headers, opts.conditional);
      const res = await this.exchange(url, { method, headers, body, crawlDelay, opts });
      const retryAfterMs = parseRetryAfter(res.headers['retry-after'], this.settings.now());
      const outcome = classifyStatus(res.status, retryAfterMs !== null);
      const where = `${method} ${url.href}`;
      switch (outcome) {
        case 'redirect': {
          const location = res.headers.location;
          if (!location) throw new PermanentError(`HTTP ${res.status} without a Location header: ${where}`);
          const next = parseHttpUrl(location, url);
          if (seen.has(next.href)) throw new PermanentError(`redirect loop: ${where} → ${next.href}`);
          if (hop >= this.settings.maxRedirects) {
            throw new PermanentError(`more than ${this.settings.maxRedirects} redirects, last ${where} → ${next.href}`);
          }
          if (res.status === 303 || ((res.status === 301 || res.status === 302) && method === 'POST')) {
            method = 'GET';
            body = undefined;
          }
          url = next;
          continue;
        }
        case 'ok':
        case 'not-modified':
          return this.result(url, res, opts, started);
        case 'rate-limited': {
          const waitMs = retryAfterMs ?? this.settings.defaultRetryAfterMs;
          await this.limiter.pushBack(url.host, waitMs);
          throw new RateLimitedError(`HTTP ${res.status}, retry after ${Math.round(waitMs / 1000)} s: ${where}`, waitMs);
        }
        case 'transient':
          throw new TransientError(`HTTP ${res.status}: ${where}`);
        case 'permanent':
          throw new PermanentError(`HTTP ${res.status}: ${where}`);
      }
    }
  }

  private requestHeaders(extra: Record<string, string> | undefined, conditional: FetchOptions['conditional']) {
    const headers: Record<string, string> = { accept: '*/*' };
    for (const [k, v] of Object.entries(extra ?? {})) headers[k.toLowerCase()] = v;
    // Ours always win: the crawler must identify itself, and bodies must be decodable.
    headers['user-agent'] = this.settings.userAgent;
    headers['accept-encoding'] = 'gzip, deflate, br';
    if (conditional?.etag) headers['if-none-match'] = conditional.etag;
    if (conditional?.lastModified) headers['if-modified-since'] = conditional.lastModified;
    return headers;
  }

  private result(url: URL, res: HopResponse, opts: FetchOptions, started: number): FetchResult {
    const contentType = res.headers['content-type'];
    const notModified = res.status === 304;
    if (!notModified && opts.expectContentTypes?.length) {
      const type = mediaType(contentType);
      const ok = type !== null && opts.expectContentTypes.some((want) => matchesMediaType(type, want));
      if (!ok) {
        throw new PermanentError(
          `expected ${opts.expectContentTypes.join(' or ')} but got ${contentType ?? 'no Content-Type'}: ${url.href}`,
        );
      }
    }
    const decoded = notModified ? { text: '', charset: 'utf-8', malformed: false } : decodeBody(res.body, contentType);
    if (decoded.malformed) {
      this.deps.logger?.warn({ url: url.href, charset: decoded.charset }, 'body has bytes invalid in its charset; replaced with U+FFFD');
    }
    const elapsedMs = this.settings.now() - started;
    this.deps.logger?.debug({ url: url.href, status: res.status, bytes: res.body.length, elapsedMs }, 'fetched');
    return {
      status: res.status,
      url: url.href,
      headers: res.headers,
      body: decoded.text,
      bytes: res.body.length,
      notModified,
      etag: res.headers.etag ?? null,
      lastModified: res.headers['last-modified'] ?? null,
      elapsedMs,
      charset: decoded.charset,
      malformed: decoded.malformed,
    };
  }

  /** One request to one host, after the address guard, inside that host's breaker, concurrency cap and rate. */
  private async exchange(
    url: URL,
    p: {
      method: 'GET' | 'POST';
      headers: Record<string, string>;
      body: string | undefined;
      crawlDelay: number | null;
      opts: FetchOptions;
      truncateAtMax?: boolean;
      maxBodyBytes?: number;
    },
  ): Promise<HopResponse> {
    const s = this.settings;
    const host = url.host;
    const target = await this.resolveAllowed(url);
    const openUntil = await this.breaker.openUntil(host);
    if (openUntil !== null) {
      throw this.finalError(
        new TransientError(`circuit open for ${host} after repeated failures; backing off until ${new Date(openUntil).toISOString()}`),
      );
    }
    const rate = p.opts.ratePerSecond ?? s.defaultRatePerSecond;
    const intervalMs = Math.max(1000 / rate, (p.crawlDelay ?? 0) * 1000);
    // A short lease renewed while the request runs: a worker killed mid-request (SIGKILL, OOM) must not keep
    // the host's concurrency slot for the whole request budget (over two minutes).
    const lease = await this.limiter.acquire(host, s.maxConcurrentPerHost, HOST_LEASE_MS, p.opts.signal, { renewEveryMs: HOST_LEASE_MS / 3 });
    try {
      // Held until the request is on the wire (bounded by the connect timeout).
      const slot = await this.limiter.claim(host, intervalMs, s.maxInlineWaitMs, { signal: p.opts.signal, holdMs: s.connectTimeoutMs + 1_000 });
      if (!slot.reserved) {
        throw this.finalError(
          new RateLimitedError(`${host} is busy: its next polite slot is ${Math.round(slot.waitMs / 1000)} s away`, slot.waitMs),
        );
      }
      let res: HopResponse;
      try {
        res = await requestOnce({
          url,
          method: p.method,
          headers: p.headers,
          body: p.body,
          address: target.address,
          family: target.family,
          connectTimeoutMs: s.connectTimeoutMs,
          headersTimeoutMs: s.headersTimeoutMs,
          bodyTimeoutMs: s.bodyTimeoutMs,
          maxBodyBytes: p.maxBodyBytes ?? p.opts.maxBodyBytes ?? s.maxBodyBytes,
          truncateAtMax: p.truncateAtMax,
          signal: p.opts.signal,
          onSent: () => void slot.sent().catch((err: unknown) => this.deps.logger?.warn({ err, host }, 'could not release host slot')),
        });
      } catch (err) {
        if (err instanceof TransientError && !p.opts.signal?.aborted) await this.noteFailure(host);
        throw err;
      }
      if (res.status >= 500 || res.status === 408) await this.noteFailure(host);
      else await this.breaker.recordSuccess(host);
      return res;
    } finally {
      await lease.release().catch((err: unknown) => this.deps.logger?.warn({ err, host }, 'could not release host slot'));
    }
  }

  private async noteFailure(host: string): Promise<void> {
    const openedUntil = await this.breaker.recordFailure(host);
    if (openedUntil !== null) {
      this.deps.logger?.warn({ host, until: new Date(openedUntil).toISOString() }, 'circuit opened for host');
    }
  }

  private finalError<E extends Error>(err: E): E {
    this.final.add(err);
    return err;
  }

  /** Resolve the host and pick an address the guard allows; that address is the one connected to. */
  private async resolveAllowed(url: URL): Promise<{ address: string; family: 4 | 6 }> {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    let addresses: string[];
    if (isIP(host)) addresses = [host];
    else {
      try {
        addresses = await this.lookup(host);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOTFOUND') throw new PermanentError(`host not found: ${host}`, { cause: err });
        throw new TransientError(`DNS lookup failed for ${host}: ${coerceError(err).message}`, { cause: err });
      }
    }
    let refused: { address: string; range: string } | null = null;
    for (const address of addresses) {
      const verdict = checkAddress(address, this.allow);
      if (verdict.allowed) return { address: verdict.address, family: verdict.family };
      refused ??= verdict;
    }
    if (!refused) throw new TransientError(`DNS returned no addresses for ${host}`);
    throw new BlockedError(
      `refusing to fetch ${url.origin}: ${host} is ${refused.address}, a ${refused.range} address; ` +
        `set FETCH_ALLOW_NETWORKS=${suggestNetwork(refused.address, refused.range)} to allow it`,
    );
  }

  /**
   * Throws BlockedError when robots.txt forbids `url`; returns the host's Crawl-delay (seconds).
   * A robots.txt that answers 5xx or cannot be reached disallows everything for now: that is a
   * TransientError (not retried inside this fetch), so the queue tries again later instead of marking
   * the source blocked for good. Public so other fetchers (the browser) share one robots cache.
   */
  async checkRobots(target: URL | string, signal?: AbortSignal): Promise<number | null> {
    const url = typeof target === 'string' ? parseHttpUrl(target) : target;
    if (url.pathname === '/robots.txt') return null;
    const policy = await this.robotsPolicy(url, signal);
    const verdict = evaluateRobots(policy, url.href, ROBOTS_AGENT);
    if (verdict.allowed) return verdict.crawlDelaySeconds;
    if (policy.kind === 'disallow-all') {
      throw this.finalError(
        new TransientError(`${policy.reason} for ${robotsOrigin(url)}; not fetching ${url.pathname} until it can be read`),
      );
    }
    throw new BlockedError(
      `robots.txt of ${robotsOrigin(url)} disallows ${url.pathname}${url.search} for ${ROBOTS_AGENT} ` +
        `(${verdict.rule ?? 'no rule named'}); disable this source or ask the site owner to allow it`,
    );
  }

  private async robotsPolicy(url: URL, signal: AbortSignal | undefined): Promise<RobotsPolicy> {
    const origin = robotsOrigin(url);
    const key = `${this.settings.keyPrefix}:http:robots:${origin}`;
    const cached = await this.deps.redis.get(key);
    if (cached) return JSON.parse(cached) as RobotsPolicy;
    // One robots.txt fetch per origin per process at a time; other processes are spaced by the rate limiter.
    let pending = this.robotsInFlight.get(origin);
    if (!pending) {
      pending = this.fetchRobots(url, signal)
        .then(async (policy) => {
          const ttl = policy.kind === 'disallow-all' ? this.settings.robotsErrorTtlMs : this.settings.robotsTtlMs;
          await this.deps.redis.set(key, JSON.stringify(policy), 'PX', ttl);
          // The robots.txt request itself went out at the default pace: the first request under a
          // Crawl-delay must still wait that long after it.
          const delay = evaluateRobots(policy, robotsUrl(url), ROBOTS_AGENT).crawlDelaySeconds;
          if (delay) await this.limiter.pushBack(url.host, delay * 1000);
          return policy;
        })
        .finally(() => this.robotsInFlight.delete(origin));
      this.robotsInFlight.set(origin, pending);
    }
    return pending;
  }

  private async fetchRobots(pageUrl: URL, signal: AbortSignal | undefined): Promise<RobotsPolicy> {
    let url = new URL(robotsUrl(pageUrl));
    const headers = this.requestHeaders({ accept: 'text/plain, */*;q=0.5' }, undefined);
    // RFC 9309 §2.3.1.2: follow at least five redirects; beyond that, treat as unavailable (no rules).
    for (let hop = 0; hop <= 5; hop++) {
      let res: HopResponse;
      try {
        res = await this.exchange(url, {
          method: 'GET',
          headers,
          body: undefined,
          crawlDelay: null,
          opts: { signal },
          truncateAtMax: true,
          maxBodyBytes: ROBOTS_MAX_BYTES,
        });
      } catch (err) {
        if (err instanceof TransientError && !this.final.has(err) && !signal?.aborted) return policyUnreachable(err.message);
        throw err;
      }
      const retryAfterMs = parseRetryAfter(res.headers['retry-after'], this.settings.now());
      const outcome = classifyStatus(res.status, retryAfterMs !== null);
      if (outcome === 'redirect' && res.headers.location) {
        url = parseHttpUrl(res.headers.location, url); // the next exchange re-checks its address
        continue;
      }
      if (outcome === 'rate-limited') {
        const waitMs = retryAfterMs ?? this.settings.defaultRetryAfterMs;
        await this.limiter.pushBack(url.host, waitMs);
        throw new RateLimitedError(`robots.txt answered HTTP ${res.status}: ${url.href}`, waitMs);
      }
      return policyFromResponse(res.status, decodeBody(res.body, res.headers['content-type']).text);
    }
    return { kind: 'allow-all', status: null };
  }
}

function matchesMediaType(actual: string, wanted: string): boolean {
  const want = wanted.toLowerCase();
  return want.endsWith('/*') ? actual.startsWith(want.slice(0, -1)) : actual === want;
}

function parseHttpUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new PermanentError(`not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PermanentError(`only http and https URLs are fetched, not ${url.protocol} (${url.href})`);
  }
  if (url.username || url.password) throw new PermanentError(`URLs with credentials are not fetched: ${url.origin}`);
  url.hash = '';
  return url;
}

async function defaultLookup(host: string): Promise<string[]> {
  const answers = await dns.lookup(host, { all: true, verbatim: true });
  return answers.map((a) => a.address);
}

function asSkillpulseError(thrown: unknown): SkillpulseError {
  if (thrown instanceof SkillpulseError) return thrown;
  const err = coerceError(thrown);
  return new TransientError(`unexpected fetch failure: ${err.message}`, { cause: err });
}
