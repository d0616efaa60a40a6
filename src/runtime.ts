// Wiring: builds the process's I/O (pool, Redis, queues, fetcher, logger) from the validated configuration.
// Process entry points (workers/*, the CLI) call this; job handlers receive what it builds.
import type { Redis } from 'ioredis';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { JobDeps, PageFetcher } from '../jobs/deps.ts';
import type { Config } from './config.ts';
import { createPool, ensureDatabase } from './db/pool.ts';
import { migrate } from './db/migrate.ts';
import { FatalError } from './errors.ts';
import { ChromiumRenderer } from './browser/render-fetcher.ts';
import { createPageFetcher } from './http/page-fetcher.ts';
import { PoliteFetcher, userAgent } from './http/polite-fetcher.ts';
import { createLogger, redactUrl } from './log.ts';
import { createQueues, createRedis, type Queues } from './queue/queues.ts';
import { syncTaxonomy } from './repos/taxonomy.repo.ts';
import { VERSION } from './version.ts';

export interface Runtime extends JobDeps {
  config: Config;
  logger: Logger;
  pool: pg.Pool;
  redis: Redis;
  queues: Queues;
  fetcher: PageFetcher;
  /** A second connection with maxRetriesPerRequest: null, for BullMQ workers. */
  workerRedis(): Redis;
  close(): Promise<void>;
}

export async function openRuntime(config: Config, opts: { migrate?: boolean; logger?: Logger } = {}): Promise<Runtime> {
  const logger = opts.logger ?? createLogger(config.logLevel);
  await ensureDatabase(config.databaseUrl);
  const pool = createPool(config.databaseUrl);
  if (opts.migrate !== false) {
    const result = await migrate(pool, { onApply: (file) => logger.info({ file }, 'migration applied') });
    if (result.applied.length > 0) logger.info({ applied: result.applied }, 'database migrated');
    await syncTaxonomy(pool);
  }
  const redis = createRedis(config.redisUrl);
  await pingRedis(redis, config.redisUrl);
  const queues = createQueues(redis, config.queuePrefix);
  const http = {
    redis,
    keyPrefix: `${config.queuePrefix}:http`,
    allowNetworks: config.fetchAllowNetworks,
    userAgent: userAgent(config.crawlerContactUrl, VERSION),
    defaultRatePerSecond: config.fetchRatePerHost,
  };
  const polite = new PoliteFetcher({ ...http, logger: logger.child({ component: 'http' }) });
  // One browser per process, launched on the first `rendered` request only.
  const browser = new ChromiumRenderer({
    ...http,
    polite,
    executablePath: config.chromiumPath,
    logger: logger.child({ component: 'browser' }),
  });
  const extra: Redis[] = [];
  const fetcher: PageFetcher = createPageFetcher({ polite, browser });
  return {
    config,
    logger,
    pool,
    redis,
    queues,
    fetcher,
    workerRedis() {
      const r = createRedis(config.redisUrl, { forWorker: true });
      extra.push(r);
      return r;
    },
    async close() {
      await browser.close();
      await queues.close();
      await Promise.all([...extra, redis].map((r) => r.quit().catch(() => r.disconnect())));
      await pool.end();
    },
  };
}

async function pingRedis(redis: Redis, url: string): Promise<void> {
  try {
    await Promise.race([
      redis.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 5 s')), 5_000).unref()),
    ]);
  } catch (err) {
    redis.disconnect();
    throw new FatalError(
      `cannot reach Redis at ${redactUrl(url)}: ${(err as Error).message}. Start Redis or set REDIS_URL to a server that runs.`,
      { cause: err },
    );
  }
}
