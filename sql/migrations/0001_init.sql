-- 0001: the whole schema of the first release.
-- PostgreSQL is the source of truth; Redis only holds work in flight.

-- Taxonomy versions and their entities, so every mention can be traced to the data that produced it.
CREATE TABLE taxonomy_versions (
  version     text PRIMARY KEY,
  created_at  timestamptz NOT NULL DEFAULT now(),
  entities    integer NOT NULL
);

CREATE TABLE taxonomy_entities (
  version     text NOT NULL REFERENCES taxonomy_versions (version) ON DELETE CASCADE,
  id          text NOT NULL,
  category    text NOT NULL CHECK (category IN ('role', 'skill', 'tool', 'certification')),
  grp         text NOT NULL,
  name        text NOT NULL,
  PRIMARY KEY (version, id)
);

CREATE TABLE sources (
  id              bigserial PRIMARY KEY,
  kind            text NOT NULL,
  locator         text NOT NULL,
  base_url        text,
  options         jsonb NOT NULL DEFAULT '{}'::jsonb,
  schedule        text,
  timezone        text,
  rate_per_second real CHECK (rate_per_second IS NULL OR rate_per_second > 0),
  enabled         boolean NOT NULL DEFAULT true,
  paused_reason   text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX sources_identity ON sources (kind, locator, coalesce(base_url, ''));

-- One row per run of a source. trigger_key makes enqueueing idempotent: a scheduler fire, a manual run.
CREATE TABLE runs (
  id             bigserial PRIMARY KEY,
  source_id      bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  trigger_key    text NOT NULL,
  status         text NOT NULL DEFAULT 'queued'
                 CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'blocked')),
  discovered     boolean NOT NULL DEFAULT false,
  found          integer NOT NULL DEFAULT 0,
  new            integer NOT NULL DEFAULT 0,
  changed        integer NOT NULL DEFAULT 0,
  closed         integer NOT NULL DEFAULT 0,
  failed         integer NOT NULL DEFAULT 0,
  requests       integer NOT NULL DEFAULT 0,
  reason         text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  started_at     timestamptz,
  finished_at    timestamptz,
  UNIQUE (source_id, trigger_key)
);
CREATE INDEX runs_source_created ON runs (source_id, created_at DESC);

-- Postings as stored; one row per (source, board id). dedupe_key groups the same job seen twice
-- (cross-posted on two boards, or re-posted under a new id): reports count distinct dedupe keys.
CREATE TABLE postings (
  id              bigserial PRIMARY KEY,
  source_id       bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  external_id     text NOT NULL,
  title           text NOT NULL,
  company         text,
  url             text,
  locations       text[] NOT NULL DEFAULT '{}',
  country_hints   text[] NOT NULL DEFAULT '{}',
  remote          boolean,
  industry        text,
  department      text,
  employment_type text,
  posted_at       timestamptz,
  board_updated_at timestamptz,
  -- list_hash: the posting as the list shows it (boards without descriptions in lists change-detect on it).
  list_hash       text NOT NULL,
  content_hash    text NOT NULL,
  dedupe_key      text NOT NULL,
  first_seen_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  closed_at       timestamptz,
  extraction_id   bigint,
  UNIQUE (source_id, external_id)
);
CREATE INDEX postings_dedupe ON postings (dedupe_key);
CREATE INDEX postings_source_open ON postings (source_id) WHERE closed_at IS NULL;

-- Raw responses, gzip-compressed, so a new taxonomy can re-extract without scraping again.
CREATE TABLE posting_raw (
  id            bigserial PRIMARY KEY,
  posting_id    bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
  content_hash  text NOT NULL,
  format        text NOT NULL,
  body_gz       bytea NOT NULL,
  fetched_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (posting_id, content_hash)
);

CREATE TABLE extractions (
  id                bigserial PRIMARY KEY,
  posting_id        bigint NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
  taxonomy_version  text NOT NULL,
  content_hash      text NOT NULL,
  role              text,
  sector            text,
  countries         text[] NOT NULL DEFAULT '{}',
  text_length       integer NOT NULL,
  extracted_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (posting_id, taxonomy_version, content_hash)
);

ALTER TABLE postings
  ADD CONSTRAINT postings_extraction_fk FOREIGN KEY (extraction_id) REFERENCES extractions (id) ON DELETE SET NULL;

CREATE TABLE mentions (
  extraction_id     bigint NOT NULL REFERENCES extractions (id) ON DELETE CASCADE,
  entity_id         text NOT NULL,
  category          text NOT NULL,
  grp               text NOT NULL,
  name              text NOT NULL,
  count             integer NOT NULL CHECK (count > 0),
  spans             jsonb NOT NULL,
  taxonomy_version  text NOT NULL,
  PRIMARY KEY (extraction_id, entity_id)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

-- Per run, per listed posting: what happened to it. Lets `run --wait` know when a run is complete and
-- report exactly which postings failed and why.
CREATE TABLE run_items (
  run_id       bigint NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  external_id  text NOT NULL,
  change       text NOT NULL CHECK (change IN ('new', 'changed')),
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
  reason       text,
  posting_id   bigint REFERENCES postings (id) ON DELETE SET NULL,
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (run_id, external_id)
);
CREATE INDEX run_items_pending ON run_items (run_id) WHERE status = 'pending';

-- Weekly demand rollup: week × sector × country × entity, with the segment's posting total so shares
-- can be computed without touching postings. sector '' = unclassified, country '' = unknown.
CREATE TABLE demand_weekly (
  week       date NOT NULL,
  sector     text NOT NULL,
  country    text NOT NULL,
  entity_id  text NOT NULL,
  category   text NOT NULL,
  grp        text NOT NULL,
  name       text NOT NULL,
  postings   integer NOT NULL,
  total      integer NOT NULL,
  PRIMARY KEY (week, sector, country, entity_id)
);

CREATE TABLE segment_weekly (
  week     date NOT NULL,
  sector   text NOT NULL,
  country  text NOT NULL,
  total    integer NOT NULL,
  PRIMARY KEY (week, sector, country)
);
