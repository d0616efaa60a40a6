-- Rebuild the weekly rollups from the postings' latest extractions, in one statement each (run inside one
-- transaction by the aggregate job). A posting counts once per (week, sector, country) segment: distinct
-- dedupe keys; weeks are ISO weeks (Monday) in UTC; a posting with several countries counts in each of them; unknown country = '', unclassified = ''.
-- No parameters.
WITH base AS (
  SELECT DISTINCT ON (p.dedupe_key)
         p.dedupe_key,
         date_trunc('week', coalesce(p.posted_at, p.first_seen_at) AT TIME ZONE 'UTC')::date AS week,
         coalesce(e.sector, '') AS sector,
         CASE WHEN cardinality(e.countries) = 0 THEN ARRAY[''] ELSE e.countries END AS countries,
         e.id AS extraction_id
  FROM postings p JOIN extractions e ON e.id = p.extraction_id
  ORDER BY p.dedupe_key, p.id
),
seg AS (
  SELECT b.dedupe_key, b.week, b.sector, c.country, b.extraction_id
  FROM base b CROSS JOIN LATERAL unnest(b.countries) AS c(country)
),
totals AS (
  INSERT INTO segment_weekly (week, sector, country, total)
  SELECT week, sector, country, count(*)::int FROM seg GROUP BY week, sector, country
  RETURNING week, sector, country, total
)
INSERT INTO demand_weekly (week, sector, country, entity_id, category, grp, name, postings, total)
SELECT s.week, s.sector, s.country, m.entity_id, m.category, m.grp, m.name, count(*)::int, t.total
FROM seg s
JOIN mentions m ON m.extraction_id = s.extraction_id
JOIN totals t ON t.week = s.week AND t.sector = s.sector AND t.country = s.country
GROUP BY s.week, s.sector, s.country, m.entity_id, m.category, m.grp, m.name, t.total
