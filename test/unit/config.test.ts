import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.ts';

describe('configuration', () => {
  it('has defaults that work where PostgreSQL and Redis run locally', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/skillpulse',
      redisUrl: 'redis://127.0.0.1:6379',
      logLevel: 'info',
      port: 8080,
      queuePrefix: 'skillpulse',
      fetchAllowNetworks: [],
      fetchRatePerHost: 1,
    });
  });

  it('reads values and treats empty strings as unset', () => {
    const c = parseConfig({ PORT: '9000', LOG_LEVEL: 'debug', FETCH_ALLOW_NETWORKS: '127.0.0.0/8, ::1/128', DATABASE_URL: '' });
    expect(c.port).toBe(9000);
    expect(c.logLevel).toBe('debug');
    expect(c.fetchAllowNetworks).toEqual(['127.0.0.0/8', '::1/128']);
    expect(c.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/skillpulse');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty": .*port/i],
    [{ PORT: '70000' }, /PORT="70000": .*65535/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL="loud": must be one of fatal, error/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL="mysql:\/\/x": must be a postgres:\/\/ URL/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL="localhost:6379": must be a redis:\/\/ URL/],
    [{ FETCH_ALLOW_NETWORKS: '127.0.0.1' }, /FETCH_ALLOW_NETWORKS=.*"127\.0\.0\.1" is not a CIDR/],
    [{ FETCH_RATE_PER_HOST: '-1' }, /FETCH_RATE_PER_HOST="-1": must be a positive number/],
    [{ QUEUE_PREFIX: 'a b' }, /QUEUE_PREFIX="a b": may hold letters/],
    [{ WORKER_LOCK_MS: '10' }, /WORKER_LOCK_MS="10"/],
  ])('rejects %j with one message naming the variable and the fix', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('names every wrong variable at once', () => {
    expect(() => parseConfig({ PORT: 'x', LOG_LEVEL: 'y' })).toThrow(/LOG_LEVEL="y"[^]*PORT="x"|PORT="x"[^]*LOG_LEVEL="y"/);
  });
});
