-- Entities mentioned together with one entity, over a selection of postings; each posting counts once
-- (distinct dedupe key), from its latest extraction. Lift is computed by the caller.
-- $1 entity_id text, $2 source_id bigint, $3 sector text ('' = unclassified), $4 country text; NULL = no filter
-- Always at least one row: total (postings in the selection) and "entityPostings" (postings with $1), then per
-- other entity together (postings with both) and postings (postings with it); those are NULL when none.
WITH selection AS (
  SELECT DISTINCT ON (p.dedupe_key) p.dedupe_key, e.id AS extraction_id
  FROM postings p
  JOIN extractions e ON e.id = p.extraction_id
  WHERE ($2::bigint IS NULL OR p.source_id = $2)
    AND ($3::text IS NULL OR coalesce(e.sector, '') = $3)
    AND ($4::text IS NULL OR $4 = ANY (e.countries))
  ORDER BY p.dedupe_key, p.id
),
mentioned AS (
  SELECT s.dedupe_key, m.entity_id, m.category, m.grp, m.name
  FROM selection s JOIN mentions m ON m.extraction_id = s.extraction_id
),
with_entity AS (
  SELECT DISTINCT dedupe_key FROM mentioned WHERE entity_id = $1
),
pairs AS (
  SELECT b.entity_id,
         (array_agg(b.category))[1] AS category,
         (array_agg(b.grp))[1] AS grp,
         (array_agg(b.name))[1] AS name,
         count(DISTINCT b.dedupe_key) FILTER (WHERE a.dedupe_key IS NOT NULL)::int AS together,
         count(DISTINCT b.dedupe_key)::int AS postings
  FROM mentioned b
  LEFT JOIN with_entity a ON a.dedupe_key = b.dedupe_key
  WHERE b.entity_id <> $1
  GROUP BY b.entity_id
  HAVING count(*) FILTER (WHERE a.dedupe_key IS NOT NULL) > 0
)
SELECT c.total, c."entityPostings",
       p.entity_id AS "entityId", p.category, p.grp AS "group", p.name, p.together, p.postings
FROM (SELECT (SELECT count(*) FROM selection)::int AS total, (SELECT count(*) FROM with_entity)::int AS "entityPostings") c
LEFT JOIN pairs p ON true
