// Per-host circuit breaker shared through Redis: after `threshold` consecutive failures the host is left
// alone for `cooldownMs` while other hosts proceed. After the cooldown requests flow again; the failure
// count is kept, so one more failure reopens it at once and one success closes it.
import type { Redis } from 'ioredis';
import { evalScript } from './lua.ts';

const NOW = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

// KEYS[1] hash. → open-until ms (0 when closed)
const STATE = `${NOW}
local untilAt = tonumber(redis.call('HGET', KEYS[1], 'openUntil') or '0')
if untilAt > now then return untilAt end
return 0`;

// KEYS[1] hash; ARGV: threshold, cooldown ms, idle ttl ms. → open-until ms (0 when still closed)
const FAILURE = `${NOW}
local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
local untilAt = 0
if failures >= tonumber(ARGV[1]) then
  untilAt = now + tonumber(ARGV[2])
  redis.call('HSET', KEYS[1], 'openUntil', string.format('%.0f', untilAt))
end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) + tonumber(ARGV[3]))
return untilAt`;

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  threshold: number;
  cooldownMs: number;
}

export class CircuitBreaker {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly options: BreakerOptions,
  ) {}

  private key(host: string): string {
    return `${this.keyPrefix}:http:breaker:${host}`;
  }

  /** Epoch ms until which the host is backed off, or null when requests may go. */
  async openUntil(host: string): Promise<number | null> {
    const until = (await evalScript(this.redis, STATE, 1, this.key(host))) as number;
    return until > 0 ? until : null;
  }

  /** Count a failure; returns the new open-until when this failure opened (or reopened) the circuit. */
  async recordFailure(host: string): Promise<number | null> {
    const until = (await evalScript(this.redis, FAILURE,
      1,
      this.key(host),
      this.options.threshold,
      this.options.cooldownMs,
      3_600_000,
    )) as number;
    return until > 0 ? until : null;
  }

  async recordSuccess(host: string): Promise<void> {
    await this.redis.del(this.key(host));
  }
}
