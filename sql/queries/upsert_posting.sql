-- Insert or update one posting by its board identity; returns id and whether it was new or changed.
-- $1 source_id, $2 external_id, $3 title, $4 company, $5 url, $6 locations text[], $7 country_hints text[],
-- $8 remote, $9 industry, $10 department, $11 employment_type, $12 posted_at, $13 board_updated_at,
-- $14 content_hash, $15 dedupe_key, $16 list_hash, $17 needs_detail
INSERT INTO postings AS p (source_id, external_id, title, company, url, locations, country_hints, remote,
                           industry, department, employment_type, posted_at, board_updated_at, content_hash, dedupe_key, list_hash, needs_detail)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
ON CONFLICT (source_id, external_id) DO UPDATE SET
  title = EXCLUDED.title, company = EXCLUDED.company, url = EXCLUDED.url, locations = EXCLUDED.locations,
  country_hints = EXCLUDED.country_hints, remote = EXCLUDED.remote, industry = EXCLUDED.industry,
  department = EXCLUDED.department, employment_type = EXCLUDED.employment_type,
  posted_at = coalesce(EXCLUDED.posted_at, p.posted_at), board_updated_at = EXCLUDED.board_updated_at,
  content_hash = EXCLUDED.content_hash, dedupe_key = EXCLUDED.dedupe_key, list_hash = EXCLUDED.list_hash, needs_detail = EXCLUDED.needs_detail,
  last_seen_at = now(), fetched_at = now(), closed_at = NULL
RETURNING id, (xmax = 0) AS inserted
