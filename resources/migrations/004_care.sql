-- Care around the meeting: Senior Alert risk assessments and the routine's
-- intervals, consent (samtycke), the client's participation before and the
-- feedback after the meeting, SBAR reports and SIP needs.

-- Which instruments each verksamhet uses and how often (months): the
-- organisation's own setting, seeded with the routine's yearly default.
CREATE TABLE risk_instrument_setting (
    service_type TEXT NOT NULL,
    instrument TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    interval_months INTEGER NOT NULL DEFAULT 12,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id),
    PRIMARY KEY (service_type, instrument)
);
INSERT INTO risk_instrument_setting (service_type, instrument, position, updated_at) VALUES
    ('sabo', 'downton', 1, '2026-01-01T00:00:00Z'),
    ('sabo', 'norton', 2, '2026-01-01T00:00:00Z'),
    ('sabo', 'mnasf', 3, '2026-01-01T00:00:00Z'),
    ('sabo', 'roag', 4, '2026-01-01T00:00:00Z'),
    ('ordinart_boende', 'downton', 1, '2026-01-01T00:00:00Z'),
    ('ordinart_boende', 'norton', 2, '2026-01-01T00:00:00Z'),
    ('ordinart_boende', 'mnasf', 3, '2026-01-01T00:00:00Z'),
    ('ordinart_boende', 'roag', 4, '2026-01-01T00:00:00Z'),
    ('gruppbostad', 'skl_fall', 1, '2026-01-01T00:00:00Z'),
    ('gruppbostad', 'skr_nutrition', 2, '2026-01-01T00:00:00Z'),
    ('boendestod', 'skl_fall', 1, '2026-01-01T00:00:00Z'),
    ('boendestod', 'skr_nutrition', 2, '2026-01-01T00:00:00Z');

-- When the client moved in: the first assessments are due then.
CREATE TABLE client_admission (
    client_id BIGINT PRIMARY KEY REFERENCES client(id) ON DELETE CASCADE,
    moved_in_on TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);

-- A shorter interval the team decided for one client and instrument.
CREATE TABLE risk_interval (
    client_id BIGINT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    instrument TEXT NOT NULL,
    months INTEGER NOT NULL,
    meeting_id BIGINT REFERENCES meeting(id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id),
    PRIMARY KEY (client_id, instrument)
);

-- One assessment; a new one never replaces an old one (history, trend).
CREATE TABLE risk_assessment (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    client_id BIGINT NOT NULL REFERENCES client(id),
    instrument TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    assessed_at TEXT NOT NULL,
    assessed_by BIGINT REFERENCES person(id),
    complete INTEGER NOT NULL DEFAULT 1,
    score INTEGER,
    risk INTEGER NOT NULL DEFAULT 0,
    level TEXT NOT NULL DEFAULT '',
    referral INTEGER,
    comment TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX risk_assessment_client ON risk_assessment(client_id, instrument, assessed_at);

-- Item answers as JSON values, or why the item could not be assessed.
CREATE TABLE risk_answer (
    assessment_id BIGINT NOT NULL REFERENCES risk_assessment(id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT '',
    not_assessed_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, item_key)
);

-- Consent to share information, per scope; the latest decision counts.
CREATE TABLE consent (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    client_id BIGINT NOT NULL REFERENCES client(id),
    scope TEXT NOT NULL,
    decision TEXT NOT NULL,
    limitation TEXT NOT NULL DEFAULT '',
    given_by TEXT NOT NULL,
    representative TEXT NOT NULL DEFAULT '',
    form TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    recorded_by BIGINT REFERENCES person(id),
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX consent_client ON consent(client_id, scope, decided_on);

-- The participation checklist for a client's agenda item.
CREATE TABLE participation (
    agenda_item_id BIGINT PRIMARY KEY REFERENCES agenda_item(id) ON DELETE CASCADE,
    client_asked INTEGER NOT NULL DEFAULT 0,
    client_wishes TEXT NOT NULL DEFAULT '',
    not_asked_reason TEXT NOT NULL DEFAULT '',
    relatives TEXT NOT NULL DEFAULT '',
    relatives_note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);

-- Återkoppling: a decision reported back to the client.
CREATE TABLE client_feedback (
    action_id BIGINT PRIMARY KEY REFERENCES team_action(id) ON DELETE CASCADE,
    given_on TEXT NOT NULL,
    method TEXT NOT NULL,
    given_by BIGINT REFERENCES person(id),
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);

CREATE TABLE sbar_report (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    client_id BIGINT NOT NULL REFERENCES client(id),
    agenda_item_id BIGINT REFERENCES agenda_item(id) ON DELETE SET NULL,
    sender_id BIGINT REFERENCES person(id),
    receiver TEXT NOT NULL DEFAULT '',
    situation TEXT NOT NULL DEFAULT '',
    background TEXT NOT NULL DEFAULT '',
    current_state TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    handling_time TEXT NOT NULL,
    reply TEXT NOT NULL DEFAULT '',
    read_back INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX sbar_report_client ON sbar_report(client_id, created_at);

-- A client needing a samordnad individuell plan, listed until it is called.
CREATE TABLE sip_need (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    client_id BIGINT NOT NULL REFERENCES client(id),
    meeting_id BIGINT REFERENCES meeting(id) ON DELETE SET NULL,
    responsible_id BIGINT NOT NULL REFERENCES person(id),
    note TEXT NOT NULL DEFAULT '',
    done_on TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX sip_need_open ON sip_need(done_on, responsible_id);
