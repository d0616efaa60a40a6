-- Employers with the most postings in a selection; each posting counts once (distinct dedupe key), with the
-- same filters as the demand report. Postings without a company name are left out.
-- $1 source_id bigint, $2 sector text ('' = unclassified), $3 country text, $4 since timestamptz, $5 limit int
WITH selection AS (
  SELECT DISTINCT ON (p.dedupe_key) p.dedupe_key, p.company
  FROM postings p
  JOIN extractions e ON e.id = p.extraction_id
  WHERE ($1::bigint IS NULL OR p.source_id = $1)
    AND ($2::text IS NULL OR coalesce(e.sector, '') = $2)
    AND ($3::text IS NULL OR $3 = ANY (e.countries))
    AND ($4::timestamptz IS NULL OR coalesce(p.posted_at, p.first_seen_at) >= $4)
  ORDER BY p.dedupe_key, p.id
)
SELECT company, count(*)::int AS postings
FROM selection
WHERE company IS NOT NULL AND btrim(company) <> ''
GROUP BY company
ORDER BY postings DESC, company
LIMIT $5
