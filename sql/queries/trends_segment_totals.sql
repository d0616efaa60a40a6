-- All postings in the selected segments in the current and the previous window (the shares' denominators).
-- $1 previous_from date, $2 current_from date, $3 until date (exclusive), $4 sector text ('' = unclassified),
-- $5 country text; NULL = no filter
SELECT coalesce(sum(total) FILTER (WHERE week >= $2), 0)::int AS "current",
       coalesce(sum(total) FILTER (WHERE week < $2), 0)::int AS "previous"
FROM segment_weekly
WHERE week >= $1::date AND week < $3::date
  AND ($4::text IS NULL OR sector = $4)
  AND ($5::text IS NULL OR country = $5)
