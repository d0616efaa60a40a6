-- Gauges for /metrics: stored and open postings, and runs per status (one row per status, zeros included).
-- No parameters.
SELECT 'postings' AS metric, 'stored' AS label, count(*)::float8 AS value FROM postings
UNION ALL
SELECT 'postings', 'open', count(*)::float8 FROM postings WHERE closed_at IS NULL
UNION ALL
SELECT 'runs', st.status, count(r.id)::float8
FROM unnest(ARRAY['queued', 'running', 'succeeded', 'failed', 'blocked']) AS st(status)
LEFT JOIN runs r ON r.status = st.status
GROUP BY st.status
