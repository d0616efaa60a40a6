// Politeness for rendered pages, the same as for HTTP fetches: robots.txt (the polite HTTP client's own check
// and cache) and the per-host rate limit and concurrency cap shared by every worker (the HTTP client's
// HostRateLimiter and Redis keys).
import type { Redis } from 'ioredis';
import type { RequestSpec } from '../core/types.ts';
import { RateLimitedError } from '../errors.ts';
import type { FetchOptions, FetchResult } from '../http/polite-fetcher.ts';
import { HostRateLimiter, type Lease } from '../http/rate-limiter.ts';

/** What the gate needs of the polite HTTP client: its fetch and its robots.txt check (one cache for both). */
export interface PoliteFetcherLike {
  fetch(req: RequestSpec, opts?: FetchOptions): Promise<FetchResult>;
  /** Throws BlockedError when robots.txt forbids the URL; returns the host's Crawl-delay in seconds. */
  checkRobots(target: URL | string, signal?: AbortSignal): Promise<number | null>;
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
  /** How long a per-host lease lives without renewal (it is renewed while the render runs). */
  leaseMs?: number;
}

export class RenderGate {
  private readonly limiter: HostRateLimiter;

  constructor(private readonly deps: RenderGateDeps) {
    this.limiter = new HostRateLimiter(deps.redis, deps.keyPrefix);
  }

  /** Throws BlockedError when robots.txt forbids `url`; returns the host's Crawl-delay (seconds). */
  checkRobots(url: URL, signal?: AbortSignal): Promise<number | null> {
    return this.deps.polite.checkRobots(url, signal);
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
    // A short lease renewed while the render runs: a worker killed mid-render frees the host's slot within seconds.
    const leaseMs = this.deps.leaseMs ?? 15_000;
    const lease = await this.limiter.acquire(url.host, this.deps.maxConcurrentPerHost ?? 2, leaseMs, opts.signal, { renewEveryMs: leaseMs / 3 });
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
}
