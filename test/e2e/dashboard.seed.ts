// Data for the dashboard's end-to-end test: deterministic postings over ten weeks with taxonomy entities whose
// shares move (some up, some down), a few employers (one with a name that is markup), and a run with failed
// items. Inserted directly; the rollups are rebuilt with the aggregate job's SQL.
import type pg from 'pg';
import { loadTaxonomy } from '../../src/core/taxonomy/taxonomy.ts';
import { sql } from '../../src/db/sql.ts';

export const XSS_COMPANY = '<img src=x onerror="window.__xss=1">';
export const XSS_REASON = '<script>window.__xss=2</script> detail page answered 500';

const DAY = 24 * 3600 * 1000;

// mulberry32: a tiny seeded generator, so every run inserts the same rows.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Seeded {
  sourceIds: number[];
  postings: number;
  runId: number;
}

export async function seedDashboard(pool: pg.Pool, now = new Date()): Promise<Seeded> {
  const random = rng(20240611);
  const taxonomy = loadTaxonomy();
  const byName = new Map(taxonomy.entities.map((e) => [e.name, e]));
  // [entity name, base probability, change per week towards now (positive = rising)]
  const profile: Array<[string, number, number]> = [
    ['Python', 0.6, 0.0],
    ['SQL', 0.45, -0.03],
    ['PyTorch', 0.15, 0.04],
    ['TensorFlow', 0.35, -0.025],
    ['Docker', 0.3, 0.01],
    ['Kubernetes', 0.2, 0.02],
    ['Machine Learning Engineer', 0.25, 0.0],
    ['Data Scientist', 0.3, -0.01],
    ['Java', 0.12, 0.0],
    ['R', 0.1, -0.01],
  ];
  const entities = profile.filter(([name]) => byName.has(name)).map(([name, p, slope]) => ({ e: byName.get(name)!, p, slope }));
  const sectors = ['Finance & FinTech', 'Healthcare & Pharmaceuticals', 'Information Technology & Software Development', null];
  const countries = [['US'], ['GB'], ['DE'], ['IN'], ['US', 'CA'], []];
  const companies = ['Northwind Analytics', 'Blue Heron Bank', 'Kestrel Robotics', 'Lumen Health', XSS_COMPANY];

  const sourceIds: number[] = [];
  for (const [kind, locator] of [
    ['greenhouse', 'northwind'],
    ['lever', 'kestrel'],
  ]) {
    const { rows } = await pool.query<{ id: number }>(
      `INSERT INTO sources (kind, locator, schedule) VALUES ($1, $2, '0 */6 * * *') RETURNING id`,
      [kind, locator],
    );
    sourceIds.push(rows[0]!.id);
  }

  const n = 240;
  for (let i = 0; i < n; i++) {
    const weeksAgo = Math.floor(random() * 10);
    const posted = new Date(now.getTime() - (weeksAgo * 7 + 1 + random() * 5) * DAY);
    const company = companies[Math.floor(random() * companies.length)]!;
    const { rows } = await pool.query<{ id: number }>(
      `INSERT INTO postings (source_id, external_id, title, company, list_hash, content_hash, dedupe_key, posted_at)
       VALUES ($1, $2, $3, $4, 'lh', 'ch', $5, $6) RETURNING id`,
      [sourceIds[i % 2], `p-${i}`, `Engineer ${i}`, company, `dk-${i}`, posted],
    );
    const postingId = rows[0]!.id;
    const ex = await pool.query<{ id: number }>(
      `INSERT INTO extractions (posting_id, taxonomy_version, content_hash, sector, countries, text_length)
       VALUES ($1, $2, 'ch', $3, $4, 1000) RETURNING id`,
      [postingId, taxonomy.version, sectors[Math.floor(random() * sectors.length)], countries[Math.floor(random() * countries.length)]],
    );
    const extractionId = ex.rows[0]!.id;
    for (const { e, p, slope } of entities) {
      const chance = Math.min(0.95, Math.max(0.02, p + slope * (5 - weeksAgo)));
      if (random() >= chance) continue;
      await pool.query(
        `INSERT INTO mentions (extraction_id, entity_id, category, grp, name, count, spans, taxonomy_version)
         VALUES ($1, $2, $3, $4, $5, 1, '[[0, 1]]', $6)`,
        [extractionId, e.id, e.category, e.group, e.name, taxonomy.version],
      );
    }
    await pool.query('UPDATE postings SET extraction_id = $2 WHERE id = $1', [postingId, extractionId]);
  }
  await pool.query(sql('rebuild_demand_weekly'));

  const run = await pool.query<{ id: number }>(
    `INSERT INTO runs (source_id, trigger_key, status, discovered, found, new, changed, failed, reason, created_at, started_at, finished_at)
     VALUES ($1, 'manual:e2e', 'succeeded', true, 120, 118, 0, 2, '2 posting(s) failed; see run items',
             now() - interval '3 hours', now() - interval '3 hours', now() - interval '2 hours')
     RETURNING id`,
    [sourceIds[0]],
  );
  const runId = run.rows[0]!.id;
  const failedPosting = await pool.query<{ id: number }>(`SELECT id FROM postings WHERE company = $1 LIMIT 1`, [XSS_COMPANY]);
  await pool.query(
    `INSERT INTO run_items (run_id, external_id, change, status, reason, posting_id) VALUES
     ($1, 'p-x1', 'new', 'failed', $2, $3), ($1, 'p-x2', 'new', 'failed', 'posting has no description', NULL)`,
    [runId, XSS_REASON, failedPosting.rows[0]?.id ?? null],
  );
  await pool.query(
    `INSERT INTO runs (source_id, trigger_key, status, discovered, reason, created_at, started_at, finished_at)
     VALUES ($1, 'manual:blocked', 'blocked', false, 'robots.txt disallows /jobs for skillpulse',
             now() - interval '1 day', now() - interval '1 day', now() - interval '1 day')`,
    [sourceIds[1]],
  );
  await pool.query(`UPDATE sources SET enabled = false, paused_reason = 'board moved to a new ATS' WHERE id = $1`, [sourceIds[1]]);
  return { sourceIds, postings: n, runId };
}
