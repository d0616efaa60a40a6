-- 0004: boards whose lists carry no description (Workday, SmartRecruiters, Oracle, Eightfold, JSON-LD pages) cannot
-- show an edited description in their list; such postings are re-fetched after a while ('refresh' run items).
ALTER TABLE postings ADD COLUMN fetched_at timestamptz NOT NULL DEFAULT now();
-- The posting's description came from a detail request (its board's list has none).
ALTER TABLE postings ADD COLUMN needs_detail boolean NOT NULL DEFAULT false;
ALTER TABLE runs ADD COLUMN refreshed integer NOT NULL DEFAULT 0;
ALTER TABLE run_items DROP CONSTRAINT run_items_change_check;
ALTER TABLE run_items ADD CONSTRAINT run_items_change_check CHECK (change IN ('new', 'changed', 'refresh'));
