// Option parsers and the database helper that several commands share: one definition each, one message each.
import { InvalidArgumentError } from 'commander';
import { loadTaxonomy } from '../core/taxonomy/taxonomy.ts';
import type { Category } from '../core/types.ts';
import { config } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { createPool, ensureDatabase, type Pool } from '../db/pool.ts';
import { UNCLASSIFIED } from '../reports/demand.ts';

export const CATEGORIES: Category[] = ['role', 'skill', 'tool', 'certification'];

export function categoryOption(v: string): Category {
  if (!(CATEGORIES as string[]).includes(v)) throw new InvalidArgumentError(`category must be one of ${CATEGORIES.join(', ')}`);
  return v as Category;
}

export function countryOption(v: string): string {
  if (!/^[A-Za-z]{2}$/.test(v)) throw new InvalidArgumentError('country must be an ISO 3166-1 alpha-2 code such as US, GB or DE');
  return v.toUpperCase();
}

/** A seed sector by its name (or an unambiguous prefix, any case), or "unclassified". */
export function sectorOption(v: string): string {
  const names = loadTaxonomy().sectors.map((s) => s.name);
  if (v === UNCLASSIFIED || names.includes(v)) return v;
  const hits = names.filter((n) => n.toLowerCase() === v.toLowerCase() || n.toLowerCase().startsWith(v.toLowerCase()));
  if (hits.length === 1) return hits[0]!;
  throw new InvalidArgumentError(`unknown sector "${v}"; sectors are: ${[...names, UNCLASSIFIED].map((n) => JSON.stringify(n)).join(', ')}`);
}

/** Open a small pool on a migrated database for one command, and close it afterwards. */
export async function withDatabase<T>(fn: (pool: Pool) => Promise<T>): Promise<T> {
  const cfg = config();
  await ensureDatabase(cfg.databaseUrl);
  const pool = createPool(cfg.databaseUrl, 2);
  try {
    await migrate(pool);
    return await fn(pool);
  } finally {
    await pool.end();
  }
}
