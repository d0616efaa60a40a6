-- Number of postings (distinct dedupe keys, with an extraction) in a selection; same filters as the report.
-- $1 source_id, $2 sector ('' = unclassified), $3 country, $4 since, $5 open_only
SELECT count(DISTINCT p.dedupe_key)::int AS total
FROM postings p
JOIN extractions e ON e.id = p.extraction_id
WHERE ($1::bigint IS NULL OR p.source_id = $1)
  AND ($2::text IS NULL OR coalesce(e.sector, '') = $2)
  AND ($3::text IS NULL OR $3 = ANY (e.countries))
  AND ($4::timestamptz IS NULL OR coalesce(p.posted_at, p.first_seen_at) >= $4)
  AND (NOT coalesce($5::boolean, false) OR p.closed_at IS NULL)
