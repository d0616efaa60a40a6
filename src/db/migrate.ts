// Forward-only migrations: numbered plain SQL files in sql/migrations, applied in order, each in its own
// transaction, all under one advisory lock so two processes migrating at once cannot both apply a file.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { FatalError } from '../errors.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../sql/migrations/', import.meta.url));
// Arbitrary but fixed: the advisory lock key all skillpulse migrators agree on.
const MIGRATION_LOCK_KEY = 7_245_310_001;

export interface Migration {
  version: string;
  file: string;
  sql: string;
  checksum: string;
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = await readFile(`${dir}/${file}`, 'utf8');
      return { version: file.slice(0, 4), file, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: string[];
}

export async function migrate(pool: pg.Pool, opts: { dir?: string; onApply?: (file: string) => void } = {}): Promise<MigrateResult> {
  const migrations = await loadMigrations(opts.dir);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY, file text NOT NULL, checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: string; checksum: string; file: string }>(
      'SELECT version, checksum, file FROM schema_migrations',
    );
    const done = new Map(rows.map((r) => [r.version, r]));
    const result: MigrateResult = { applied: [], alreadyApplied: [] };
    for (const m of migrations) {
      const prior = done.get(m.version);
      if (prior) {
        if (prior.checksum !== m.checksum) {
          throw new FatalError(
            `migration ${m.file} was changed after it was applied (checksum differs). ` +
              'Migrations are append-only: revert the edit and add a new numbered migration instead.',
          );
        }
        result.alreadyApplied.push(m.file);
        continue;
      }
      await client.query('BEGIN');
      try {
        // Ledger row first: a concurrent migrator that somehow got here would fail on the primary key.
        await client.query('INSERT INTO schema_migrations (version, file, checksum) VALUES ($1, $2, $3)', [
          m.version,
          m.file,
          m.checksum,
        ]);
        await client.query(m.sql);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw new FatalError(`migration ${m.file} failed: ${(err as Error).message}`, { cause: err });
      }
      result.applied.push(m.file);
      opts.onApply?.(m.file);
    }
    return result;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
    client.release();
  }
}
