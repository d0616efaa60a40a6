// Each integration test file gets its own PostgreSQL database, migrated, and dropped at the end.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPool, ensureDatabase, quoteIdent } from '../../src/db/pool.ts';
import { migrate } from '../../src/db/migrate.ts';
import { syncTaxonomy } from '../../src/repos/taxonomy.repo.ts';

export const PG_ROOT = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDb {
  url: string;
  name: string;
  pool: pg.Pool;
  drop(): Promise<void>;
}

export async function createTestDb(opts: { migrate?: boolean } = {}): Promise<TestDb> {
  const name = `skillpulse_test_${randomBytes(5).toString('hex')}`;
  const url = new URL(PG_ROOT);
  url.pathname = `/${name}`;
  await ensureDatabase(url.toString());
  const pool = createPool(url.toString(), 8);
  if (opts.migrate !== false) {
    await migrate(pool);
    await syncTaxonomy(pool);
  }
  return {
    url: url.toString(),
    name,
    pool,
    async drop() {
      await pool.end();
      const admin = new pg.Client({ connectionString: PG_ROOT });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}
