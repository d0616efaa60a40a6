-- 0003: keep each run item's fetch payload in PostgreSQL, so work lost from Redis (a restarted Redis that
-- keeps nothing on disk, a flushed queue) can be re-enqueued from the source of truth.
ALTER TABLE run_items ADD COLUMN payload jsonb;
