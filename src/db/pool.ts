import pg from 'pg';
import { FatalError } from '../errors.ts';
import { redactUrl } from '../log.ts';

export type Pool = pg.Pool;
export type PoolClient = pg.PoolClient;
export type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

// int8 (bigint) ids and counts fit comfortably in a JS number at our scale; parse them as numbers.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
// `date` columns stay ISO strings (YYYY-MM-DD) instead of local-time Date objects.
pg.types.setTypeParser(1082, (v) => v);

export function createPool(databaseUrl: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max, application_name: 'skillpulse' });
  // An idle client that errors (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return pool;
}

/** Run fn inside one transaction on one client. */
export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/**
 * Create the database named in the URL when it does not exist yet, so a fresh machine needs no manual step.
 * Safe when two processes race to create it.
 */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!name) throw new FatalError(`DATABASE_URL ${redactUrl(databaseUrl)} names no database; add one, e.g. /skillpulse`);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  try {
    await client.connect();
  } catch (err) {
    throw new FatalError(
      `cannot reach PostgreSQL at ${redactUrl(databaseUrl)}: ${(err as Error).message}. ` +
        'Start PostgreSQL or set DATABASE_URL to a server that runs.',
      { cause: err },
    );
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      try {
        // Identifiers cannot be bound as parameters; quote it safely instead.
        await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      } catch (err) {
        // 42P04 duplicate_database, 23505 unique violation on pg_database: another process won the race.
        const code = (err as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') throw err;
      }
    }
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
