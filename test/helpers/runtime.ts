// A whole runtime for one test file: its own database and queue prefix on the real PostgreSQL and Redis,
// loopback allowed for the local boards, logs silenced. `close()` removes every trace.
import { pino } from 'pino';
import { parseConfig } from '../../src/config.ts';
import { openRuntime, type Runtime } from '../../src/runtime.ts';
import { createTestDb, type TestDb } from './db.ts';
import { deleteKeys, REDIS_URL, testPrefix } from './redis.ts';

export interface TestRuntime {
  db: TestDb;
  rt: Runtime;
  prefix: string;
  close(): Promise<void>;
}

export async function openTestRuntime(env: Record<string, string> = {}): Promise<TestRuntime> {
  const db = await createTestDb();
  const prefix = testPrefix();
  const config = parseConfig({
    DATABASE_URL: db.url,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const rt = await openRuntime(config, { logger: pino({ level: 'silent' }) });
  return {
    db,
    rt,
    prefix,
    async close() {
      await deleteKeys(rt.redis, prefix);
      await rt.close();
      await db.drop();
    },
  };
}
