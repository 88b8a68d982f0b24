-- Ten years' volume on PostgreSQL without the ten-year load: the small
-- generated organisation (`teamforum-cli generate --scale small --seed 1`)
-- has its meetings, agenda items, notes, actions and addenda copied 99 times,
-- copy k k spans earlier, with the generator's own texts and word
-- frequencies (docs/performance.md, *PostgreSQL: search, …*). For measuring
-- statements only: the copies have no change log, meeting_client rows or
-- series. Run as the schema's owner, a superuser (triggers are switched off
-- with session_replication_role):
--   nice -n 19 psql postgresql://…/DB -f tests/bench/postgres-ten-years-from-small.sql
\set K 99
\timing on
SET synchronous_commit = off;
SET session_replication_role = replica;
SET maintenance_work_mem = '256MB';
CREATE TEMP TABLE keep_index AS
  SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS def
  FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
  WHERE t.relname IN ('meeting','agenda_item','minute_entry','team_action','minutes_addendum')
    AND NOT i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid);
SELECT name FROM keep_index;
DO $$ DECLARE r record; BEGIN FOR r IN SELECT name FROM keep_index LOOP EXECUTE 'DROP INDEX ' || r.name; END LOOP; END $$;
CREATE TEMP TABLE p AS SELECT
  (SELECT max(id) FROM meeting) AS ms, (SELECT max(id) FROM agenda_item) AS ais,
  (SELECT max(id) FROM minute_entry) AS mes, (SELECT max(id) FROM team_action) AS tas,
  (SELECT coalesce(max(id),0) FROM minutes_addendum) AS mas,
  (SELECT max(start_utc::timestamptz) - min(start_utc::timestamptz) + interval '1 day' FROM meeting) AS span;
SELECT * FROM p;
INSERT INTO meeting (id, uuid, unit_id, template_id, series_id, start_utc, minutes, location, status, chair_id, secretary_id, version, updated_at, updated_by, cancel_reason)
SELECT m.id + k*p.ms, m.uuid || '-' || k, m.unit_id, m.template_id, NULL,
  to_char((m.start_utc::timestamptz - k*p.span) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  m.minutes, m.location, CASE WHEN m.status = 'planned' THEN 'approved' ELSE m.status END,
  m.chair_id, m.secretary_id, m.version, m.updated_at, m.updated_by, m.cancel_reason
FROM meeting m, p, generate_series(1, :K) k;
INSERT INTO agenda_item (id, meeting_id, position, title, body, client_id, raised_by, from_template, version, updated_at, updated_by)
SELECT a.id + k*p.ais, a.meeting_id + k*p.ms, a.position, a.title, a.body, a.client_id, a.raised_by, a.from_template, a.version, a.updated_at, a.updated_by
FROM agenda_item a, p, generate_series(1, :K) k;
INSERT INTO minute_entry (id, agenda_item_id, text, author_id, version, updated_at, updated_by, section)
SELECT e.id + k*p.mes, e.agenda_item_id + k*p.ais, e.text, e.author_id, e.version, e.updated_at, e.updated_by, e.section
FROM minute_entry e, p, generate_series(1, :K) k;
INSERT INTO team_action (id, uuid, meeting_id, agenda_item_id, client_id, what, responsible_id, due_date, follow_up_days, status, feedback_to_client, feedback_by, journal_entry_needed, journal_by, done_utc, done_by, version, updated_at, updated_by, next_follow_up)
SELECT t.id + k*p.tas, t.uuid || '-' || k, t.meeting_id + k*p.ms, t.agenda_item_id + k*p.ais, t.client_id, t.what, t.responsible_id, t.due_date, t.follow_up_days, t.status, t.feedback_to_client, t.feedback_by, t.journal_entry_needed, t.journal_by, t.done_utc, t.done_by, t.version, t.updated_at, t.updated_by, t.next_follow_up
FROM team_action t, p, generate_series(1, :K) k WHERE t.meeting_id IS NOT NULL;
INSERT INTO minutes_addendum (id, meeting_id, agenda_item_id, text, author_id, created_at, version, updated_at, updated_by)
SELECT d.id + k*p.mas, d.meeting_id + k*p.ms, d.agenda_item_id + k*p.ais, d.text, d.author_id, d.created_at, d.version, d.updated_at, d.updated_by
FROM minutes_addendum d, p, generate_series(1, :K) k;
DO $$ DECLARE r record; BEGIN FOR r IN SELECT def FROM keep_index LOOP EXECUTE r.def; END LOOP; END $$;
SELECT setval(pg_get_serial_sequence(t, 'id'), (SELECT max(id) FROM meeting)) FROM (VALUES ('meeting')) v(t);
SELECT setval(pg_get_serial_sequence('agenda_item', 'id'), (SELECT max(id) FROM agenda_item));
SELECT setval(pg_get_serial_sequence('minute_entry', 'id'), (SELECT max(id) FROM minute_entry));
SELECT setval(pg_get_serial_sequence('team_action', 'id'), (SELECT max(id) FROM team_action));
SELECT setval(pg_get_serial_sequence('minutes_addendum', 'id'), (SELECT max(id) FROM minutes_addendum));
VACUUM ANALYZE meeting, agenda_item, minute_entry, team_action, minutes_addendum;
