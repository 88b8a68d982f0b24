-- Scheduling: recurring meeting series, the team of each forum, the unit's
-- planning settings and the client rotation of teammöten. The clients agreed
-- for the next meeting are recorded with the minutes (next_meeting_client).

-- A recurring forum of a unit. Its meetings are generated ahead up to
-- generated_until; `sequence` is the iCalendar SEQUENCE, raised on change.
CREATE TABLE meeting_series (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    template_id BIGINT REFERENCES forum_template(id),
    forum TEXT NOT NULL,
    title TEXT NOT NULL,
    rrule TEXT NOT NULL,
    start_date TEXT NOT NULL,
    until_date TEXT,
    times TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    location_kind TEXT NOT NULL DEFAULT 'unspecified',
    location TEXT NOT NULL DEFAULT '',
    skip_holidays INTEGER NOT NULL DEFAULT 1,
    follows_series_id BIGINT REFERENCES meeting_series(id),
    chair_id BIGINT REFERENCES person(id),
    sequence INTEGER NOT NULL DEFAULT 0,
    generated_until TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX meeting_series_unit ON meeting_series(unit_id);

-- The slot a generated meeting was made for (its RECURRENCE-ID). A moved
-- meeting keeps its original start here; a cancelled one keeps its row with
-- status 'cancelled', so the slot is never generated again.
CREATE TABLE series_occurrence (
    meeting_id BIGINT PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    series_id BIGINT NOT NULL REFERENCES meeting_series(id) ON DELETE CASCADE,
    original_start_utc TEXT NOT NULL,
    UNIQUE (series_id, original_start_utc)
);

-- Fasta teammedlemmar of a forum of a unit, night staff included.
CREATE TABLE team_member (
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    forum TEXT NOT NULL,
    person_id BIGINT NOT NULL REFERENCES person(id),
    role TEXT NOT NULL DEFAULT '',
    night_staff INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id),
    PRIMARY KEY (unit_id, forum, person_id)
);

-- Per unit: how long ahead adjuncts are invited and how teammöten choose
-- their clients.
CREATE TABLE unit_planning (
    unit_id BIGINT PRIMARY KEY REFERENCES unit(id),
    lead_days INTEGER NOT NULL DEFAULT 7,
    rotation_scheme TEXT NOT NULL DEFAULT '',
    clients_per_meeting INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);

-- The clients a meeting takes up from the rotation (chosen or overridden by
-- the chair), in order; the next meeting continues from here.
CREATE TABLE rotation_pick (
    meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    client_id BIGINT NOT NULL REFERENCES client(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, client_id)
);
