import { mkdtemp, writeFile, copyFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPool } from '../../src/db/pool.ts';
import { migrate, MIGRATIONS_DIR, loadMigrations } from '../../src/db/migrate.ts';
import { FatalError } from '../../src/errors.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';

const dbs: TestDb[] = [];
afterEach(async () => {
  while (dbs.length) await dbs.pop()!.drop();
});

async function freshDb() {
  const db = await createTestDb({ migrate: false });
  dbs.push(db);
  return db;
}

describe('migration runner', () => {
  it('applies every migration on a fresh database, then nothing on a re-run', async () => {
    const db = await freshDb();
    const files = (await loadMigrations()).map((m) => m.file);
    expect(files.length).toBeGreaterThan(0);
    const first = await migrate(db.pool);
    expect(first.applied).toEqual(files);
    const second = await migrate(db.pool);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(files);
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM postings');
    expect(rows[0].n).toBe(0);
  });

  it('is safe when several processes migrate at once: each file applied exactly once', async () => {
    const db = await freshDb();
    // Separate pools stand in for separate processes (separate connections, same advisory lock).
    const pools = Array.from({ length: 5 }, () => createPool(db.url, 2));
    try {
      const results = await Promise.all(pools.map((p) => migrate(p)));
      const appliedCounts = results.map((r) => r.applied.length);
      const files = (await loadMigrations()).length;
      expect(appliedCounts.reduce((a, b) => a + b, 0)).toBe(files);
      expect(appliedCounts.filter((n) => n > 0)).toHaveLength(1);
      const { rows } = await db.pool.query('SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY version');
      expect(rows.every((r) => r.n === 1)).toBe(true);
      expect(rows).toHaveLength(files);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('refuses an applied migration that was edited afterwards, and rolls back a failing one', async () => {
    const db = await freshDb();
    const dir = await mkdtemp(join(tmpdir(), 'skillpulse-mig-'));
    for (const f of await readdir(MIGRATIONS_DIR)) await copyFile(join(MIGRATIONS_DIR, f), join(dir, f));
    await migrate(db.pool, { dir });
    await writeFile(join(dir, '9998_broken.sql'), 'CREATE TABLE half_done (id int); SELECT no_such_function();');
    await expect(migrate(db.pool, { dir })).rejects.toThrow(/9998_broken\.sql failed/);
    const half = await db.pool.query(`SELECT to_regclass('half_done') AS t`);
    expect(half.rows[0].t).toBeNull();
    const ledger = await db.pool.query(`SELECT 1 FROM schema_migrations WHERE version = '9998'`);
    expect(ledger.rowCount).toBe(0);
    await writeFile(join(dir, '9998_broken.sql'), 'SELECT 1;');
    await migrate(db.pool, { dir });
    await writeFile(join(dir, '9998_broken.sql'), 'SELECT 2;');
    await expect(migrate(db.pool, { dir })).rejects.toBeInstanceOf(FatalError);
  });
});
