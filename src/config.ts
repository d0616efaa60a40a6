// The only module that reads process.env. Validated once; everything else receives a typed Config.
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z.object({
  DATABASE_URL: z
    .string()
    .default('postgres://postgres@127.0.0.1:5432/skillpulse')
    .refine((v) => /^postgres(ql)?:\/\//.test(v), {
      message: 'must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/skillpulse',
    }),
  REDIS_URL: z
    .string()
    .default('redis://127.0.0.1:6379')
    .refine((v) => /^rediss?:\/\//.test(v), { message: 'must be a redis:// URL, e.g. redis://127.0.0.1:6379' }),
  LOG_LEVEL: z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  PORT: z.coerce
    .number({ message: 'must be a TCP port number, e.g. 8080' })
    .int()
    .min(0)
    .max(65535, { message: 'must be a TCP port number between 0 and 65535' })
    .default(8080),
  /** Prefix for BullMQ keys, so several deployments (or test files) can share one Redis. */
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]+$/, { message: 'may hold letters, digits, ":", "_" and "-" only' })
    .default('skillpulse'),
  /** CIDRs that fetching may reach although they are private/loopback/link-local. Empty by default. */
  FETCH_ALLOW_NETWORKS: z.string().default(''),
  /** Contact URL sent in the User-Agent, so site owners can reach whoever runs the crawler. */
  CRAWLER_CONTACT_URL: z.string().url({ message: 'must be a URL, e.g. https://example.org/crawler' }).default(
    'https://github.com/skillpulse/skillpulse#crawler',
  ),
  /** Default polite rate per host (requests per second), shared by all workers. */
  FETCH_RATE_PER_HOST: z.coerce.number().positive({ message: 'must be a positive number of requests per second' }).default(1),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  /** How long a worker holds a job's lock; a job whose worker died returns to the queue after about this long. */
  WORKER_LOCK_MS: z.coerce
    .number({ message: 'must be a number of milliseconds, e.g. 60000' })
    .int({ message: 'must be a whole number of milliseconds, e.g. 60000' })
    .min(1000, { message: 'must be at least 1000 ms (a shorter lock expires under ordinary event-loop stalls)' })
    .max(3_600_000, { message: 'must be at most 3600000 ms (one hour)' })
    .default(60_000),
});

export type Config = {
  databaseUrl: string;
  redisUrl: string;
  logLevel: (typeof LOG_LEVELS)[number];
  port: number;
  queuePrefix: string;
  fetchAllowNetworks: string[];
  crawlerContactUrl: string;
  fetchRatePerHost: number;
  chromiumPath: string;
  workerLockMs: number;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parse and validate configuration. Throws ConfigError naming the variable and the fix. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // Treat empty strings as unset so `FOO= cmd` falls back to the default.
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(schema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') cleaned[key] = v;
  }
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const key = String(i.path[0] ?? '?');
      return `${key}=${JSON.stringify(env[key] ?? '')}: ${i.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const v = result.data;
  const networks = v.FETCH_ALLOW_NETWORKS.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const cidr of networks) {
    if (!/^[0-9a-fA-F:.]+\/\d{1,3}$/.test(cidr)) {
      throw new ConfigError(
        `Invalid configuration:\n  FETCH_ALLOW_NETWORKS=${JSON.stringify(v.FETCH_ALLOW_NETWORKS)}: ` +
          `"${cidr}" is not a CIDR; use a comma-separated list such as 127.0.0.0/8,::1/128`,
      );
    }
  }
  return {
    databaseUrl: v.DATABASE_URL,
    redisUrl: v.REDIS_URL,
    logLevel: v.LOG_LEVEL,
    port: v.PORT,
    queuePrefix: v.QUEUE_PREFIX,
    fetchAllowNetworks: networks,
    crawlerContactUrl: v.CRAWLER_CONTACT_URL,
    fetchRatePerHost: v.FETCH_RATE_PER_HOST,
    chromiumPath: v.CHROMIUM_PATH,
    workerLockMs: v.WORKER_LOCK_MS,
  };
}

let cached: Config | undefined;
/** The process's configuration, read from process.env once. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
