-- A run's items with the posting's title and company where the posting was stored, for the ops page.
-- $1 run_id bigint, $2 status text (NULL = all)
SELECT i.external_id AS "externalId", i.change, i.status, i.reason, i.posting_id AS "postingId",
       p.title, p.company, i.updated_at AS "updatedAt"
FROM run_items i
LEFT JOIN postings p ON p.id = i.posting_id
WHERE i.run_id = $1 AND ($2::text IS NULL OR i.status = $2)
ORDER BY i.external_id
