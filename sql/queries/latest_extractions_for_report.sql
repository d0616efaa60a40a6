-- Demand per taxonomy entity over a selection of postings; each posting counts once (distinct dedupe key),
-- from its latest extraction. Filters are optional (NULL = no filter).
-- $1 source_id bigint, $2 sector text ('' selects unclassified), $3 country text (ISO alpha-2),
-- $4 category text, $5 since timestamptz (posted, or first seen, on or after), $6 open_only boolean
WITH selection AS (
  SELECT DISTINCT ON (p.dedupe_key) p.dedupe_key, e.id AS extraction_id
  FROM postings p
  JOIN extractions e ON e.id = p.extraction_id
  WHERE ($1::bigint IS NULL OR p.source_id = $1)
    AND ($2::text IS NULL OR coalesce(e.sector, '') = $2)
    AND ($3::text IS NULL OR $3 = ANY (e.countries))
    AND ($5::timestamptz IS NULL OR coalesce(p.posted_at, p.first_seen_at) >= $5)
    AND (NOT coalesce($6::boolean, false) OR p.closed_at IS NULL)
  ORDER BY p.dedupe_key, p.id
)
SELECT m.category, m.grp AS "group", m.name, count(DISTINCT s.dedupe_key)::int AS postings
FROM selection s
JOIN mentions m ON m.extraction_id = s.extraction_id
WHERE ($4::text IS NULL OR m.category = $4)
GROUP BY m.category, m.grp, m.name
ORDER BY postings DESC, m.category, m.name
