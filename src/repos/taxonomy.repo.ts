import type pg from 'pg';
import { loadTaxonomy } from '../core/taxonomy/taxonomy.ts';
import { withTransaction } from '../db/pool.ts';

/** Load the current taxonomy version into PostgreSQL (idempotent), so mentions can be joined to it. */
export async function syncTaxonomy(pool: pg.Pool): Promise<string> {
  const t = loadTaxonomy();
  await withTransaction(pool, async (tx) => {
    const r = await tx.query(
      'INSERT INTO taxonomy_versions (version, entities) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING',
      [t.version, t.entities.length],
    );
    if ((r.rowCount ?? 0) === 0) return;
    await tx.query(
      `INSERT INTO taxonomy_entities (version, id, category, grp, name)
       SELECT $1, u.id, u.category, u.grp, u.name FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, category, grp, name)
       ON CONFLICT DO NOTHING`,
      [t.version, t.entities.map((e) => e.id), t.entities.map((e) => e.category), t.entities.map((e) => e.group), t.entities.map((e) => e.name)],
    );
  });
  return t.version;
}
