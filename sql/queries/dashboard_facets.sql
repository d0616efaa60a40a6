-- Filter choices for the dashboard: sectors and countries that hold postings in the weekly rollup, with totals,
-- and the first and last week of data. sector '' = unclassified, country '' = unknown.
-- No parameters.
SELECT 'sector' AS facet, sector AS value, sum(total)::int AS postings FROM segment_weekly GROUP BY sector
UNION ALL
SELECT 'country', country, sum(total)::int FROM segment_weekly GROUP BY country
UNION ALL
SELECT 'week', min(week)::text, NULL FROM segment_weekly
UNION ALL
SELECT 'week', max(week)::text, NULL FROM segment_weekly
ORDER BY 1, 3 DESC NULLS LAST, 2
