// Liveness of the two backends the server needs. Each check is bounded, so a hung backend reports "down"
// instead of hanging the probe.
import type { Redis } from 'ioredis';
import type { Pool } from '../db/pool.ts';
import { withTimeout } from './http-kit.ts';

export type BackendState = 'ok' | 'down';

export interface Health {
  status: 'ok' | 'down';
  postgres: BackendState;
  redis: BackendState;
}

export interface HealthDetail extends Health {
  /** Why a backend is down; logged, not shown to clients. */
  errors: Partial<Record<'postgres' | 'redis', string>>;
}

export async function checkHealth(pool: Pool, redis: Redis, timeoutMs = 2_000): Promise<HealthDetail> {
  const [pg, rd] = await Promise.allSettled([
    withTimeout(pool.query('SELECT 1'), timeoutMs, 'PostgreSQL'),
    withTimeout(redis.ping(), timeoutMs, 'Redis'),
  ]);
  const errors: HealthDetail['errors'] = {};
  if (pg.status === 'rejected') errors.postgres = (pg.reason as Error).message;
  if (rd.status === 'rejected') errors.redis = (rd.reason as Error).message;
  const postgres: BackendState = pg.status === 'fulfilled' ? 'ok' : 'down';
  const redisState: BackendState = rd.status === 'fulfilled' ? 'ok' : 'down';
  return { status: postgres === 'ok' && redisState === 'ok' ? 'ok' : 'down', postgres, redis: redisState, errors };
}
