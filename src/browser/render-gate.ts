// Politeness for rendered pages, the same as for HTTP fetches: robots.txt (fetched through the polite
// HTTP client and cached in Redis under the key that client uses) and the per-host rate limit and
// concurrency cap shared by every worker (the HTTP client's HostRateLimiter and Redis keys).
import type { Redis } from 'ioredis';
import type { RequestSpec } from '../core/types.ts';
import { BlockedError, PermanentError, RateLimitedError, TransientError } from '../errors.ts';
import type { FetchOptions, FetchResult } from '../http/polite-fetcher.ts';
import { HostRateLimiter, type Lease } from '../http/rate-limiter.ts';
import {
  ROBOTS_AGENT,
  ROBOTS_MAX_BYTES,
  evaluateRobots,
  policyFromResponse,
  policyUnreachable,
  robotsOrigin,
  robotsUrl,
  type RobotsPolicy,
} from '../http/robots.ts';

/** What the gate needs of the polite HTTP client: a fetch (robots.txt goes through it). */
export interface PoliteFetcherLike {
  fetch(req: RequestSpec, opts?: FetchOptions): Promise<FetchResult>;
}

export interface RenderGateDeps {
  polite: PoliteFetcherLike;
  redis: Redis;
  /** The HTTP client's key prefix, so both share robots cache, rate slots and leases. */
  keyPrefix: string;
  defaultRatePerSecond: number;
  maxConcurrentPerHost?: number;
  /** A polite slot further away than this → RateLimitedError for the queue instead of waiting. */
  maxInlineWaitMs?: number;
  /** How long a per-host lease may live (covers a whole render). */
  leaseMs?: number;
  robotsTtlMs?: number;
  robotsErrorTtlMs?: number;
}

export class RenderGate {
  private readonly limiter: HostRateLimiter;
  private readonly robotsInFlight = new Map<string, Promise<RobotsPolicy>>();

  constructor(private readonly deps: RenderGateDeps) {
    this.limiter = new HostRateLimiter(deps.redis, deps.keyPrefix);
  }

  /** Throws BlockedError when robots.txt forbids `url`; returns the host's Crawl-delay (seconds). */
  async checkRobots(url: URL, signal?: AbortSignal): Promise<number | null> {
    const verdict = evaluateRobots(await this.robotsPolicy(url, signal), url.href, ROBOTS_AGENT);
    if (!verdict.allowed) {
      throw new BlockedError(
        `robots.txt of ${robotsOrigin(url)} disallows ${url.pathname}${url.search} for ${ROBOTS_AGENT} ` +
          `(${verdict.rule ?? 'no rule named'}); disable this source or ask the site owner to allow it`,
      );
    }
    return verdict.crawlDelaySeconds;
  }

  /**
   * Robots check, then one of the host's concurrency leases and its next polite slot (waited out).
   * Release the lease when the render is over.
   */
  async admit(url: URL, opts: { signal?: AbortSignal; ratePerSecond?: number } = {}): Promise<Lease> {
    const crawlDelay = await this.checkRobots(url, opts.signal);
    const rate = opts.ratePerSecond ?? this.deps.defaultRatePerSecond;
    const intervalMs = Math.max(1000 / rate, (crawlDelay ?? 0) * 1000);
    const maxWaitMs = this.deps.maxInlineWaitMs ?? 30_000;
    const lease = await this.limiter.acquire(url.host, this.deps.maxConcurrentPerHost ?? 2, this.deps.leaseMs ?? 180_000, opts.signal);
    try {
      const slot = await this.limiter.claim(url.host, intervalMs, maxWaitMs, { signal: opts.signal });
      if (!slot.reserved) {
        throw new RateLimitedError(`${url.host} is busy: its next polite slot is ${Math.round(slot.waitMs / 1000)} s away`, slot.waitMs);
      }
      return lease;
    } catch (err) {
      await lease.release().catch(() => undefined);
      throw err;
    }
  }

  /** The host sent 429 / Retry-After: keep every worker off it for a while. */
  pushBack(host: string, delayMs: number): Promise<void> {
    return this.limiter.pushBack(host, delayMs);
  }

  private async robotsPolicy(url: URL, signal: AbortSignal | undefined): Promise<RobotsPolicy> {
    const origin = robotsOrigin(url);
    const key = `${this.deps.keyPrefix}:http:robots:${origin}`;
    const cached = await this.deps.redis.get(key);
    if (cached) return JSON.parse(cached) as RobotsPolicy;
    let pending = this.robotsInFlight.get(origin);
    if (!pending) {
      pending = this.fetchRobots(url, signal)
        .then(async (policy) => {
          const ttl = policy.kind === 'disallow-all' ? (this.deps.robotsErrorTtlMs ?? 60_000) : (this.deps.robotsTtlMs ?? 3_600_000);
          await this.deps.redis.set(key, JSON.stringify(policy), 'PX', ttl);
          return policy;
        })
        .finally(() => this.robotsInFlight.delete(origin));
      this.robotsInFlight.set(origin, pending);
    }
    return pending;
  }

  /**
   * robots.txt through the polite client (address guard, rate limit, redirects, retries). That client
   * turns non-2xx into errors, so map them back to RFC 9309's cases: 4xx → no rules, 5xx or
   * unreachable → disallow for now.
   */
  private async fetchRobots(pageUrl: URL, signal: AbortSignal | undefined): Promise<RobotsPolicy> {
    try {
      const res = await this.deps.polite.fetch(
        { url: robotsUrl(pageUrl), label: 'robots', headers: { accept: 'text/plain, */*;q=0.5' } },
        { signal },
      );
      return policyFromResponse(res.status, res.body.slice(0, ROBOTS_MAX_BYTES));
    } catch (err) {
      if (err instanceof PermanentError) {
        const status = /HTTP (\d{3})/.exec(err.message)?.[1];
        return { kind: 'allow-all', status: status ? Number(status) : null };
      }
      if (err instanceof TransientError && !signal?.aborted) return policyUnreachable(err.message);
      throw err; // blocked address, rate limited, aborted
    }
  }
}
