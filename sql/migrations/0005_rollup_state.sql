-- 0005: when the weekly rollups were last rebuilt (the moment the rebuild read the postings). An aggregate job
-- enqueued before that moment has nothing left to do: a later rebuild already saw its run's data.
CREATE TABLE rollup_state (
  id          boolean PRIMARY KEY DEFAULT true CHECK (id),
  built_from  timestamptz NOT NULL
);
