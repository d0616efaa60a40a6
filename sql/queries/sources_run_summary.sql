-- Per source: its latest run, and when its latest successful run finished (with the age in seconds).
-- No parameters.
SELECT s.id AS "sourceId", s.kind, s.locator, s.enabled,
       l.id AS "lastRunId", l.status AS "lastRunStatus", l.reason AS "lastRunReason",
       l.created_at AS "lastRunAt", l.finished_at AS "lastRunFinishedAt",
       ok.finished_at AS "lastSuccessAt",
       extract(epoch FROM now() - ok.finished_at)::float8 AS "lastSuccessAgeSeconds"
FROM sources s
LEFT JOIN LATERAL (
  SELECT id, status, reason, created_at, finished_at FROM runs WHERE source_id = s.id ORDER BY id DESC LIMIT 1
) l ON true
LEFT JOIN LATERAL (
  SELECT finished_at FROM runs
  WHERE source_id = s.id AND status = 'succeeded' AND finished_at IS NOT NULL
  ORDER BY finished_at DESC LIMIT 1
) ok ON true
ORDER BY s.id
