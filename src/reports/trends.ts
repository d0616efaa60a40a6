// Trends (an entity's share in the last N weeks against the N weeks before) from the weekly rollups, and
// co-occurrence ("what goes with what") from the mentions of the postings' latest extractions.
import { cooccurrence, shareTrend, type PeriodShare, type TrendLabel, type TrendOptions } from '../core/metrics.ts';
import type { Category } from '../core/types.ts';
import type { Queryable } from '../db/pool.ts';
import { sql } from '../db/sql.ts';
import { UNCLASSIFIED } from './demand.ts';

const DAY_MS = 24 * 3600 * 1000;

export interface TrendFilters {
  /** Window length in weeks (current and previous each). Default 4. */
  weeks?: number;
  /** Seed sector name, or 'unclassified'. */
  sector?: string | null;
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
  category?: Category | null;
  /** The current window ends with the week holding this moment (tests pass a fixed one). Default: the newest week with data. */
  now?: Date;
  options?: TrendOptions;
}

export interface TrendRow {
  entityId: string;
  category: Category;
  group: string;
  name: string;
  current: PeriodShare;
  previous: PeriodShare;
  change: number;
  relativeChange: number | null;
  pValue: number | null;
  label: TrendLabel;
}

export interface TrendsReport {
  weeks: number;
  /** Week start dates (Mondays, YYYY-MM-DD); `to` is the last week's start. */
  current: { from: string; to: string; total: number };
  previous: { from: string; to: string; total: number };
  rows: TrendRow[];
}

/** Monday 00:00 UTC of the ISO week holding `d`, as YYYY-MM-DD (PostgreSQL's date_trunc('week') in UTC). */
export function weekStart(d: Date): string {
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return isoDate(midnight - sinceMonday * DAY_MS);
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function addWeeks(date: string, weeks: number): string {
  return isoDate(Date.parse(`${date}T00:00:00Z`) + weeks * 7 * DAY_MS);
}

export function trendWindows(weeks: number, now: Date) {
  const lastWeek = weekStart(now);
  const currentFrom = addWeeks(lastWeek, -(weeks - 1));
  const previousFrom = addWeeks(currentFrom, -weeks);
  return {
    previous: { from: previousFrom, to: addWeeks(currentFrom, -1) },
    current: { from: currentFrom, to: lastWeek },
    until: addWeeks(lastWeek, 1),
  };
}

const LABEL_ORDER: Record<TrendLabel, number> = { rising: 0, falling: 1, flat: 2, insufficient: 3 };

/** Rising first (largest gain first), then falling (largest loss first), then flat and insufficient by share. */
function compareTrends(a: TrendRow, b: TrendRow): number {
  const byLabel = LABEL_ORDER[a.label] - LABEL_ORDER[b.label];
  if (byLabel !== 0) return byLabel;
  if (a.label === 'rising') return b.change - a.change || a.name.localeCompare(b.name);
  if (a.label === 'falling') return a.change - b.change || a.name.localeCompare(b.name);
  return b.current.share - a.current.share || b.previous.share - a.previous.share || a.name.localeCompare(b.name);
}

/**
 * Without an explicit `now`, windows end with the newest week that has postings (not later than today), so a
 * pause in scraping shows the last weeks that were scraped instead of empty windows.
 */
async function latestDataWeek(db: Queryable): Promise<Date> {
  const today = new Date();
  const { rows } = await db.query<{ week: string | null }>('SELECT max(week)::text AS week FROM segment_weekly WHERE week <= $1::date', [
    isoDate(today.getTime()),
  ]);
  return rows[0]?.week ? new Date(`${rows[0].week}T12:00:00Z`) : today;
}

export async function trendsReport(db: Queryable, f: TrendFilters = {}): Promise<TrendsReport> {
  const weeks = f.weeks ?? 4;
  if (!Number.isInteger(weeks) || weeks < 1) throw new RangeError(`weeks must be a positive integer, got ${weeks}`);
  const w = trendWindows(weeks, f.now ?? (await latestDataWeek(db)));
  const sector = f.sector == null ? null : f.sector === UNCLASSIFIED ? '' : f.sector;
  const country = f.country ? f.country.toUpperCase() : null;
  const [entities, totals] = await Promise.all([
    db.query<{ entityId: string; category: Category; group: string; name: string; currentPostings: number; previousPostings: number }>(
      sql('trends_entity_windows'),
      [w.previous.from, w.current.from, w.until, sector, country, f.category ?? null],
    ),
    db.query<{ current: number; previous: number }>(sql('trends_segment_totals'), [w.previous.from, w.current.from, w.until, sector, country]),
  ]);
  const total = totals.rows[0] ?? { current: 0, previous: 0 };
  const rows = entities.rows.map((e): TrendRow => {
    const t = shareTrend({ postings: e.currentPostings, total: total.current }, { postings: e.previousPostings, total: total.previous }, f.options);
    return {
      entityId: e.entityId,
      category: e.category,
      group: e.group,
      name: e.name,
      current: t.current,
      previous: t.previous,
      change: t.change,
      relativeChange: t.relativeChange,
      pValue: t.pValue,
      label: t.label,
    };
  });
  rows.sort(compareTrends);
  return {
    weeks,
    current: { ...w.current, total: total.current },
    previous: { ...w.previous, total: total.previous },
    rows,
  };
}

export interface CooccurrenceFilters {
  sourceId?: number | null;
  sector?: string | null;
  country?: string | null;
  /** Pairs mentioned together by fewer postings than this are left out. Default 3. */
  minSupport?: number;
  /** At most this many pairs. Default 20. */
  limit?: number;
}

export interface CooccurrenceRow {
  entityId: string;
  category: Category;
  group: string;
  name: string;
  /** Postings that mention both. */
  together: number;
  /** Postings that mention this entity. */
  postings: number;
  support: number;
  /** P(this | the chosen entity). */
  confidence: number;
  lift: number;
}

export interface CooccurrenceReport {
  entity: { entityId: string; category: Category; group: string; name: string; postings: number };
  total: number;
  minSupport: number;
  rows: CooccurrenceRow[];
}

/** What goes with an entity (given by taxonomy id or name); null when no stored mention has that entity. */
export async function cooccurrenceReport(db: Queryable, entity: string, f: CooccurrenceFilters = {}): Promise<CooccurrenceReport | null> {
  const found = await db.query<{ entityId: string; category: Category; group: string; name: string }>(sql('cooccurrence_entity'), [entity]);
  const target = found.rows[0];
  if (!target) return null;
  const minSupport = f.minSupport ?? 3;
  const limit = f.limit ?? 20;
  const sector = f.sector == null ? null : f.sector === UNCLASSIFIED ? '' : f.sector;
  const { rows } = await db.query<{
    total: number;
    entityPostings: number;
    entityId: string | null;
    category: Category;
    group: string;
    name: string;
    together: number;
    postings: number;
  }>(sql('cooccurrence_pairs'), [target.entityId, f.sourceId ?? null, sector, f.country ? f.country.toUpperCase() : null]);
  const total = rows[0]?.total ?? 0;
  const entityPostings = rows[0]?.entityPostings ?? 0;
  const pairs = rows
    .filter((r) => r.entityId !== null && r.together >= minSupport)
    .map((r): CooccurrenceRow => ({
      entityId: r.entityId!,
      category: r.category,
      group: r.group,
      name: r.name,
      together: r.together,
      postings: r.postings,
      ...cooccurrence(r.together, entityPostings, r.postings, total),
    }))
    .sort((a, b) => b.lift - a.lift || b.together - a.together || a.name.localeCompare(b.name))
    .slice(0, limit);
  return { entity: { ...target, postings: entityPostings }, total, minSupport, rows: pairs };
}
