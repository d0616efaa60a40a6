import type { Queryable } from '../db/pool.ts';
import type { SourceConfig, SourceKind } from '../core/types.ts';

export interface SourceRow extends SourceConfig {
  schedule: string | null;
  timezone: string | null;
  ratePerSecond: number | null;
  enabled: boolean;
  pausedReason: string | null;
  createdAt: string;
}

const COLUMNS = `id, kind, locator, base_url AS "baseUrl", options, schedule, timezone,
  rate_per_second AS "ratePerSecond", enabled, paused_reason AS "pausedReason", created_at AS "createdAt"`;

export interface NewSource {
  kind: SourceKind;
  locator: string;
  baseUrl?: string | null;
  options?: Record<string, unknown>;
  schedule?: string | null;
  timezone?: string | null;
  ratePerSecond?: number | null;
}

/** Add a source; adding the same (kind, locator, base URL) again updates its settings and returns the same id. */
export async function upsertSource(db: Queryable, s: NewSource): Promise<SourceRow> {
  const { rows } = await db.query<SourceRow>(
    `INSERT INTO sources (kind, locator, base_url, options, schedule, timezone, rate_per_second)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (kind, locator, coalesce(base_url, '')) DO UPDATE SET
       options = EXCLUDED.options, schedule = EXCLUDED.schedule, timezone = EXCLUDED.timezone,
       rate_per_second = EXCLUDED.rate_per_second, updated_at = now()
     RETURNING ${COLUMNS}`,
    [s.kind, s.locator, s.baseUrl ?? null, JSON.stringify(s.options ?? {}), s.schedule ?? null, s.timezone ?? null, s.ratePerSecond ?? null],
  );
  return rows[0]!;
}

export async function getSource(db: Queryable, id: number): Promise<SourceRow | null> {
  const { rows } = await db.query<SourceRow>(`SELECT ${COLUMNS} FROM sources WHERE id = $1`, [id]);
  return rows[0] ?? null;
}

export async function listSources(db: Queryable): Promise<SourceRow[]> {
  const { rows } = await db.query<SourceRow>(`SELECT ${COLUMNS} FROM sources ORDER BY id`);
  return rows;
}

export async function setSourceEnabled(db: Queryable, id: number, enabled: boolean, reason: string | null): Promise<boolean> {
  const r = await db.query('UPDATE sources SET enabled = $2, paused_reason = $3, updated_at = now() WHERE id = $1', [
    id,
    enabled,
    enabled ? null : reason,
  ]);
  return (r.rowCount ?? 0) > 0;
}

export async function setSourceSchedule(db: Queryable, id: number, schedule: string | null, timezone: string | null): Promise<boolean> {
  const r = await db.query('UPDATE sources SET schedule = $2, timezone = $3, updated_at = now() WHERE id = $1', [id, schedule, timezone]);
  return (r.rowCount ?? 0) > 0;
}

export async function removeSource(db: Queryable, id: number): Promise<boolean> {
  const r = await db.query('DELETE FROM sources WHERE id = $1', [id]);
  return (r.rowCount ?? 0) > 0;
}
