-- 0002: what a listing skipped (malformed items, with reasons), and HTTP validators of single-request board
-- listings so an unchanged board answers 304 and costs one request.
ALTER TABLE runs ADD COLUMN skipped integer NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN skipped_reasons jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE runs ADD COLUMN not_modified boolean NOT NULL DEFAULT false;
-- Validators of this run's listing; they become the source's only when the run completes with no failure.
ALTER TABLE runs ADD COLUMN pending_validators jsonb;

CREATE TABLE list_validators (
  source_id      bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  request_key    text NOT NULL,
  etag           text,
  last_modified  text,
  updated_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (source_id, request_key)
);
