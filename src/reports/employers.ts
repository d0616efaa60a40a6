// Who is hiring in a selection: employers by postings, each posting once, with the demand report's filters.
import type { Queryable } from '../db/pool.ts';
import { sql } from '../db/sql.ts';
import { UNCLASSIFIED, type DemandFilters } from './demand.ts';

export interface EmployerRow {
  /** As the board gives it: scraped text, to be shown as text only. */
  company: string;
  postings: number;
}

export async function topEmployers(db: Queryable, f: Omit<DemandFilters, 'category' | 'openOnly'> & { limit?: number } = {}): Promise<EmployerRow[]> {
  const since = f.weeks ? new Date((f.now ?? new Date()).getTime() - f.weeks * 7 * 24 * 3600 * 1000) : null;
  const sector = f.sector == null ? null : f.sector === UNCLASSIFIED ? '' : f.sector;
  const { rows } = await db.query<EmployerRow>(sql('top_employers'), [
    f.sourceId ?? null,
    sector,
    f.country ? f.country.toUpperCase() : null,
    since,
    f.limit ?? 10,
  ]);
  return rows;
}
