// Per-host politeness shared by every worker process through Redis: a reserved time slot per request
// (`next_allowed_at`, advanced atomically by a Lua script on Redis' own clock, so worker clocks do not
// matter) and a concurrency cap (a sorted set of leases that expire, so a dead worker cannot leak one).
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { sleep } from './sleep.ts';

// Redis' clock in ms; TIME is allowed in scripts since Redis 5 (effects replication).
const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

// KEYS[1] next-allowed-at; ARGV: interval ms, max wait ms. → {reserved 0|1, wait ms}
const RESERVE = `${NOW}
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, nextAt)
local wait = slot - now
if wait > tonumber(ARGV[2]) then return {0, wait} end
local newNext = slot + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.0f', newNext), 'PX', string.format('%.0f', newNext - now + 60000))
return {1, wait}`;

// KEYS[1] next-allowed-at; ARGV: delay ms. Moves the host's next slot to at least now + delay.
const PUSH_BACK = `${NOW}
local target = now + tonumber(ARGV[1])
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if target > nextAt then
  redis.call('SET', KEYS[1], string.format('%.0f', target), 'PX', string.format('%.0f', target - now + 60000))
end
return 1`;

// KEYS[1] leases zset; ARGV: limit, lease ms, token. → 1 acquired | 0 full
const ACQUIRE = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
local lease = tonumber(ARGV[2])
redis.call('ZADD', KEYS[1], string.format('%.0f', now + lease), ARGV[3])
if redis.call('PTTL', KEYS[1]) < lease + 60000 then redis.call('PEXPIRE', KEYS[1], lease + 60000) end
return 1`;

export interface Reservation {
  /** False when the slot is further away than the caller's maximum; nothing was reserved. */
  reserved: boolean;
  waitMs: number;
}

export interface Lease {
  release(): Promise<void>;
}

export class HostRateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  private key(kind: string, host: string): string {
    return `${this.keyPrefix}:http:${kind}:${host}`;
  }

  /** Reserve the host's next request slot, `intervalMs` after the previous one. */
  async reserve(host: string, intervalMs: number, maxWaitMs: number): Promise<Reservation> {
    const [reserved, waitMs] = (await this.redis.eval(
      RESERVE,
      1,
      this.key('next', host),
      Math.ceil(intervalMs),
      Math.floor(maxWaitMs),
    )) as [number, number];
    return { reserved: reserved === 1, waitMs: Math.max(0, waitMs) };
  }

  /** Keep every worker off the host for `delayMs` (it sent Retry-After). */
  async pushBack(host: string, delayMs: number): Promise<void> {
    await this.redis.eval(PUSH_BACK, 1, this.key('next', host), Math.ceil(delayMs));
  }

  /** Try once to take one of `limit` concurrent slots for `leaseMs`. */
  async tryAcquire(host: string, limit: number, leaseMs: number): Promise<Lease | null> {
    const token = randomUUID();
    const key = this.key('active', host);
    const ok = (await this.redis.eval(ACQUIRE, 1, key, limit, Math.ceil(leaseMs), token)) as number;
    if (ok !== 1) return null;
    return { release: async () => void (await this.redis.zrem(key, token)) };
  }

  /**
   * Wait for a concurrency slot. Polls with a growing, jittered pause (not a tight loop), so a crowd of
   * waiting workers does not hammer Redis; abortable through the signal.
   */
  async acquire(host: string, limit: number, leaseMs: number, signal?: AbortSignal): Promise<Lease> {
    for (let round = 0; ; round++) {
      const lease = await this.tryAcquire(host, limit, leaseMs);
      if (lease) return lease;
      const cap = Math.min(1000, 50 * 2 ** Math.min(round, 5));
      await sleep(cap / 2 + Math.random() * (cap / 2), signal);
    }
  }
}
