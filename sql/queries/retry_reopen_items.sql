-- Before their failed jobs are re-queued: put the run's items back to pending, and reopen the run so that the
-- last item to finish completes it again (completeRunIfDone only completes running runs).
-- $1 run_id bigint, $2 external_ids text[]
WITH items AS (
  UPDATE run_items SET status = 'pending', reason = NULL, updated_at = now()
  WHERE run_id = $1 AND status = 'failed' AND external_id = ANY ($2::text[])
  RETURNING external_id
)
UPDATE runs SET status = 'running', finished_at = NULL, reason = NULL
WHERE id = $1 AND discovered AND status IN ('succeeded', 'failed') AND EXISTS (SELECT 1 FROM items)
