// `skillpulse serve [--port N] [--host ADDR]`: migrate, then serve health, metrics, the API, the dashboard and
// the ops pages until SIGTERM/SIGINT (the shared shutdown: a second signal, or a stuck close, forces the exit).
import { InvalidArgumentError, type Command } from 'commander';
import { config } from '../../config.ts';
import { migrate } from '../../db/migrate.ts';
import { createPool, ensureDatabase } from '../../db/pool.ts';
import { createLogger } from '../../log.ts';
import { onShutdown } from '../../../workers/shutdown.ts';
import { fail } from '../io.ts';

const SHUTDOWN_TIMEOUT_MS = 10_000;

function port(v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > 65535) throw new InvalidArgumentError('port must be a whole number from 0 to 65535');
  return n;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve /healthz, /metrics, the JSON API, the demand dashboard (/) and the ops page (/ops)')
    .option('--port <n>', 'TCP port (default: PORT, else 8080)', port)
    .option('--host <address>', 'interface to listen on; the ops actions have no login, so widen with care', '127.0.0.1')
    .option('--allowed-hosts <names>', 'comma-separated Host names to answer to (default on loopback: localhost, 127.0.0.1, ::1; elsewhere any)')
    .action(async (o: { port?: number; host: string; allowedHosts?: string }) => {
      try {
        const cfg = config();
        const [{ createQueues, createRedis }, { startServer }] = await Promise.all([import('../../queue/queues.ts'), import('../../server/server.ts')]);
        const logger = createLogger(cfg.logLevel);
        await ensureDatabase(cfg.databaseUrl);
        const pool = createPool(cfg.databaseUrl);
        const migrated = await migrate(pool, { onApply: (file) => logger.info({ file }, 'migration applied') });
        if (migrated.applied.length > 0) logger.info({ applied: migrated.applied }, 'database migrated');
        // Redis may be down at start: the server still comes up and /healthz says so.
        const redis = createRedis(cfg.redisUrl);
        let lastRedisWarning = 0;
        redis.on('error', (err) => {
          if (Date.now() - lastRedisWarning < 60_000) return;
          lastRedisWarning = Date.now();
          logger.warn({ err }, 'redis connection error');
        });
        const queues = createQueues(redis, cfg.queuePrefix);
        const allowedHosts = o.allowedHosts
          ?.split(',')
          .map((h) => h.trim())
          .filter(Boolean);
        const server = await startServer({
          pool,
          redis,
          queues,
          logger,
          port: o.port ?? cfg.port,
          host: o.host,
          ...(allowedHosts?.length ? { allowedHosts } : {}),
        });
        process.stderr.write(`skillpulse: serving on http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${server.port}/ (ops: /ops)\n`);

        await onShutdown(
          logger,
          async () => {
            await server.close();
            await queues.close();
            await redis.quit().catch(() => redis.disconnect());
            await pool.end();
          },
          { timeoutMs: SHUTDOWN_TIMEOUT_MS },
        );
        process.exit(0);
      } catch (err) {
        fail(err);
      }
    });
}
