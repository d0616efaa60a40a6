-- Per entity, postings mentioning it in the current and the previous window, from the weekly rollup.
-- Windows: previous = [$1, $2), current = [$2, $3) (week start dates). A posting in several countries counts
-- once per country here, in numerator and denominator alike (see trends_segment_totals.sql).
-- $1 previous_from date, $2 current_from date, $3 until date (exclusive), $4 sector text ('' = unclassified),
-- $5 country text (ISO alpha-2), $6 category text; NULL = no filter
SELECT d.entity_id AS "entityId",
       (array_agg(d.category ORDER BY d.week DESC))[1] AS category,
       (array_agg(d.grp ORDER BY d.week DESC))[1] AS "group",
       (array_agg(d.name ORDER BY d.week DESC))[1] AS name,
       coalesce(sum(d.postings) FILTER (WHERE d.week >= $2), 0)::int AS "currentPostings",
       coalesce(sum(d.postings) FILTER (WHERE d.week < $2), 0)::int AS "previousPostings"
FROM demand_weekly d
WHERE d.week >= $1::date AND d.week < $3::date
  AND ($4::text IS NULL OR d.sector = $4)
  AND ($5::text IS NULL OR d.country = $5)
  AND ($6::text IS NULL OR d.category = $6)
GROUP BY d.entity_id
