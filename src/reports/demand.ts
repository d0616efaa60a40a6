// The demand report: which taxonomy entities the postings in a selection mention, and what share of them.
// Each posting counts once (distinct dedupe key), from its latest extraction.
import type { Queryable } from '../db/pool.ts';
import { sql } from '../db/sql.ts';
import type { Category } from '../core/types.ts';

export interface DemandFilters {
  sourceId?: number | null;
  /** Seed sector name, or 'unclassified'. */
  sector?: string | null;
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
  category?: Category | null;
  /** Only postings posted (or first seen) in the last N weeks. */
  weeks?: number | null;
  openOnly?: boolean;
  /** Reference time for `weeks` (tests pass a fixed one). */
  now?: Date;
}

export interface DemandRow {
  category: Category;
  group: string;
  name: string;
  postings: number;
  share: number;
  total: number;
}

export const UNCLASSIFIED = 'unclassified';

function params(f: DemandFilters) {
  const since = f.weeks ? new Date((f.now ?? new Date()).getTime() - f.weeks * 7 * 24 * 3600 * 1000) : null;
  const sector = f.sector == null ? null : f.sector === UNCLASSIFIED ? '' : f.sector;
  return { since, sector, country: f.country ? f.country.toUpperCase() : null };
}

export async function demandReport(db: Queryable, f: DemandFilters = {}): Promise<DemandRow[]> {
  const p = params(f);
  const [rows, totalRes] = await Promise.all([
    db.query<{ category: Category; group: string; name: string; postings: number; total: number }>(
      sql('latest_extractions_for_report'),
      [f.sourceId ?? null, p.sector, p.country, f.category ?? null, p.since, f.openOnly ?? false],
    ),
    db.query<{ total: number }>(sql('selection_total'), [f.sourceId ?? null, p.sector, p.country, p.since, f.openOnly ?? false]),
  ]);
  const total = totalRes.rows[0]?.total ?? 0;
  return rows.rows.map((r) => ({
    category: r.category,
    group: r.group,
    name: r.name,
    postings: r.postings,
    share: total === 0 ? 0 : r.postings / total,
    total,
  }));
}
