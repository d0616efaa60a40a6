// Per-host politeness shared by every worker process through Redis: a reserved time slot per request
// (`next_allowed_at`, advanced atomically by a Lua script on Redis' own clock, so worker clocks do not
// matter) and a concurrency cap (a sorted set of leases that expire, so a dead worker cannot leak one).
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { evalScript } from './lua.ts';
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

// KEYS[1] next-allowed-at, KEYS[2] unsent claim; ARGV: interval ms, hold ms, token. Takes the slot only if it is
// due now and no earlier claim is still unsent. → {claimed 0|1, wait ms}
const CLAIM = `${NOW}
if redis.call('EXISTS', KEYS[2]) == 1 then return {0, 10} end
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if nextAt > now then return {0, nextAt - now} end
local newNext = now + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.0f', newNext), 'PX', string.format('%.0f', newNext - now + 60000))
if tonumber(ARGV[2]) > 0 then redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[2]) end
return {1, 0}`;

// KEYS[1] next-allowed-at, KEYS[2] unsent claim; ARGV: interval ms, token. The claimed request has been sent:
// the next one waits a full interval from now, however late this one went out.
const SENT = `${NOW}
if redis.call('GET', KEYS[2]) == ARGV[2] then redis.call('DEL', KEYS[2]) end
local target = now + tonumber(ARGV[1])
local nextAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if target > nextAt then
  redis.call('SET', KEYS[1], string.format('%.0f', target), 'PX', string.format('%.0f', target - now + 60000))
end
return 1`;

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

// KEYS[1] leases zset; ARGV: lease ms, token. Extends a lease still held → 1 | 0 (already expired or released).
const RENEW = `${NOW}
if not redis.call('ZSCORE', KEYS[1], ARGV[2]) then return 0 end
local lease = tonumber(ARGV[1])
redis.call('ZADD', KEYS[1], 'XX', string.format('%.0f', now + lease), ARGV[2])
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
    const [reserved, waitMs] = (await evalScript(this.redis, RESERVE,
      1,
      this.key('next', host),
      Math.ceil(intervalMs),
      Math.floor(maxWaitMs),
    )) as [number, number];
    return { reserved: reserved === 1, waitMs: Math.max(0, waitMs) };
  }

  /**
   * Wait until the host's next slot is due, then take it, right before the request is sent. Unlike
   * `reserve` (a slot booked ahead, then slept towards), a claimer that wakes late cannot end up sent after
   * the next claimer, and a `pushBack` (Retry-After) that lands while it sleeps still holds it back.
   * With `holdMs`, the claim stays open until `sent()` is called (or `holdMs` passes): no other request to
   * the host is claimed meanwhile, and the next slot is counted from the moment this request really went
   * out, so a stalled process cannot send two requests closer than the interval.
   * Waiters are few (the per-host concurrency cap), so they poll. `reserved: false` when the slot is
   * further away than `maxWaitMs`.
   */
  async claim(
    host: string,
    intervalMs: number,
    maxWaitMs: number,
    opts: { signal?: AbortSignal; holdMs?: number } = {},
  ): Promise<Reservation & { sent(): Promise<void> }> {
    const token = randomUUID();
    const keys = [this.key('next', host), this.key('unsent', host)];
    const interval = Math.ceil(intervalMs);
    const sent = async () => void (await evalScript(this.redis, SENT, 2, ...keys, interval, token));
    let waited = 0;
    for (;;) {
      const [claimed, waitMs] = (await evalScript(this.redis, CLAIM, 2, ...keys, interval, Math.ceil(opts.holdMs ?? 0), token)) as [number, number];
      if (claimed === 1) return { reserved: true, waitMs: waited, sent };
      if (waitMs > maxWaitMs) return { reserved: false, waitMs, sent: async () => {} };
      // A little past the slot, so a waiter does not wake a millisecond early and spin.
      const pause = Math.max(1, waitMs) + 2 + Math.random() * 5;
      await sleep(pause, opts.signal);
      waited += pause;
    }
  }

  /** Keep every worker off the host for `delayMs` (it sent Retry-After). */
  async pushBack(host: string, delayMs: number): Promise<void> {
    await evalScript(this.redis, PUSH_BACK, 1, this.key('next', host), Math.ceil(delayMs));
  }

  /**
   * Try once to take one of `limit` concurrent slots for `leaseMs`. With `renewEveryMs`, the lease is extended
   * while held, so it can be short: a worker killed mid-request frees the host within `leaseMs`.
   */
  async tryAcquire(host: string, limit: number, leaseMs: number, opts: { renewEveryMs?: number } = {}): Promise<Lease | null> {
    const token = randomUUID();
    const key = this.key('active', host);
    const ms = Math.ceil(leaseMs);
    const ok = (await this.redis.eval(ACQUIRE, 1, key, limit, ms, token)) as number;
    if (ok !== 1) return null;
    const renewal = opts.renewEveryMs
      ? setInterval(() => void this.redis.eval(RENEW, 1, key, ms, token).catch(() => {}), opts.renewEveryMs)
      : null;
    renewal?.unref();
    return {
      release: async () => {
        if (renewal) clearInterval(renewal);
        await this.redis.zrem(key, token);
      },
    };
  }

  /**
   * Wait for a concurrency slot. Polls with a growing, jittered pause (not a tight loop), so a crowd of
   * waiting workers does not hammer Redis; abortable through the signal.
   */
  async acquire(host: string, limit: number, leaseMs: number, signal?: AbortSignal, opts: { renewEveryMs?: number } = {}): Promise<Lease> {
    for (let round = 0; ; round++) {
      const lease = await this.tryAcquire(host, limit, leaseMs, opts);
      if (lease) return lease;
      const cap = Math.min(1000, 50 * 2 ** Math.min(round, 5));
      await sleep(cap / 2 + Math.random() * (cap / 2), signal);
    }
  }
}
