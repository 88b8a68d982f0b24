-- Teamforum schema, version 1.
-- Portable SQL for SQLite and PostgreSQL. ${ID} is replaced by the dialect's
-- auto-increment primary key. Times are ISO 8601 text in UTC
-- ("2026-11-25T08:30:00Z"), dates are "YYYY-MM-DD"; booleans are 0/1.
-- Every table people change carries version (lost-update guard), updated_at
-- and updated_by (who made the change and when).

CREATE TABLE teamforum_meta (
    meta_key TEXT PRIMARY KEY,
    meta_value TEXT NOT NULL
);

CREATE TABLE person (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    profession TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    login TEXT UNIQUE,
    adjunct INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);

CREATE TABLE unit (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    service_type TEXT NOT NULL,
    name TEXT NOT NULL,
    parent_id BIGINT REFERENCES unit(id),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);

CREATE TABLE forum_template (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    service_type TEXT NOT NULL,
    forum TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    interval_text TEXT NOT NULL DEFAULT '',
    rrule TEXT NOT NULL,
    times_per_day INTEGER NOT NULL DEFAULT 1,
    on_demand INTEGER NOT NULL DEFAULT 0,
    min_minutes INTEGER NOT NULL,
    max_minutes INTEGER NOT NULL,
    extendable INTEGER NOT NULL DEFAULT 0,
    duration_text TEXT NOT NULL DEFAULT '',
    location_kind TEXT NOT NULL DEFAULT 'unspecified',
    location TEXT NOT NULL DEFAULT '',
    held_together_with TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX forum_template_service ON forum_template(service_type, position);

CREATE TABLE template_purpose (
    template_id BIGINT NOT NULL REFERENCES forum_template(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (template_id, position)
);

CREATE TABLE template_participant (
    template_id BIGINT NOT NULL REFERENCES forum_template(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    optional INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (template_id, position)
);

CREATE TABLE template_leader (
    template_id BIGINT NOT NULL REFERENCES forum_template(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    PRIMARY KEY (template_id, position)
);

CREATE TABLE template_agenda_item (
    template_id BIGINT NOT NULL REFERENCES forum_template(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    per_client INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (template_id, position)
);

CREATE TABLE client (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    personnummer TEXT NOT NULL,
    name TEXT NOT NULL,
    apartment TEXT NOT NULL DEFAULT '',
    contact_person_id BIGINT REFERENCES person(id),
    nurse_id BIGINT REFERENCES person(id),
    occupational_therapist_id BIGINT REFERENCES person(id),
    physiotherapist_id BIGINT REFERENCES person(id),
    priority INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX client_unit ON client(unit_id);

CREATE TABLE meeting (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    template_id BIGINT REFERENCES forum_template(id),
    series_id BIGINT,
    start_utc TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned',
    chair_id BIGINT REFERENCES person(id),
    secretary_id BIGINT REFERENCES person(id),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX meeting_unit_start ON meeting(unit_id, start_utc);

CREATE TABLE participant (
    meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person(id),
    role TEXT NOT NULL DEFAULT '',
    adjunct INTEGER NOT NULL DEFAULT 0,
    attendance TEXT NOT NULL DEFAULT 'expected',
    substitute_id BIGINT REFERENCES person(id),
    invited_on TEXT,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id),
    PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE agenda_item (
    id ${ID},
    meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    client_id BIGINT REFERENCES client(id),
    raised_by BIGINT REFERENCES person(id),
    from_template INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position);

CREATE TABLE minute_entry (
    id ${ID},
    agenda_item_id BIGINT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
    text TEXT NOT NULL DEFAULT '',
    author_id BIGINT REFERENCES person(id),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX minute_entry_item ON minute_entry(agenda_item_id);

CREATE TABLE team_action (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    meeting_id BIGINT REFERENCES meeting(id),
    agenda_item_id BIGINT REFERENCES agenda_item(id),
    client_id BIGINT REFERENCES client(id),
    what TEXT NOT NULL,
    responsible_id BIGINT REFERENCES person(id),
    due_date TEXT,
    follow_up_days INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open',
    feedback_to_client INTEGER NOT NULL DEFAULT 0,
    feedback_by BIGINT REFERENCES person(id),
    journal_entry_needed INTEGER NOT NULL DEFAULT 0,
    journal_by BIGINT REFERENCES person(id),
    done_utc TEXT,
    done_by BIGINT REFERENCES person(id),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX action_meeting ON team_action(meeting_id);
CREATE INDEX action_responsible_status ON team_action(responsible_id, status);

-- Who changed what and when. Holds ids only, never names or care details.
CREATE TABLE change_log (
    id ${ID},
    changed_at TEXT NOT NULL,
    person_id BIGINT REFERENCES person(id),
    table_name TEXT NOT NULL,
    row_id BIGINT NOT NULL,
    operation TEXT NOT NULL
);
CREATE INDEX change_log_row ON change_log(table_name, row_id);

INSERT INTO teamforum_meta (meta_key, meta_value) VALUES ('application', 'teamforum');
