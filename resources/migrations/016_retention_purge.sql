-- Gallring: the protocol of each purge and the door through locked minutes.
--
-- retention_purge is the gallringsprotokoll: when, by whom, on which day's
-- rule, where the preserved clients were archived and until when backups
-- still hold purged data. retention_purge_item says, per client by a
-- neutral number (1, 2, 3 … within the protocol), how many rows of each
-- table went, or which archive files were made for a preserved client. No
-- client id, name or personnummer is kept.
CREATE TABLE retention_purge (
    id ${ID},
    purged_at TEXT NOT NULL,
    purged_by BIGINT REFERENCES person(id),
    as_of TEXT NOT NULL,
    provider TEXT NOT NULL,
    legal_reference TEXT NOT NULL,
    archive_folder TEXT NOT NULL DEFAULT '',
    backups_gone_by TEXT,
    engine_note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE retention_purge_item (
    purge_id BIGINT NOT NULL REFERENCES retention_purge(id),
    number INTEGER NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('purge', 'preserve')),
    what TEXT NOT NULL,
    row_count INTEGER NOT NULL,
    PRIMARY KEY (purge_id, number, what)
);

-- The clients being purged, within the purge's own transaction only: the
-- purge lists a client here first and removes the row before it commits.
-- The locked-minutes triggers let an agenda item about a listed client go,
-- with its notes, actions, addenda and next-meeting choice, and nothing
-- else; an ordinary DELETE or any UPDATE of locked minutes is still refused.
CREATE TABLE retention_purging (
    client_id BIGINT PRIMARY KEY
);

-- The organisation's own choices that every program and the command line
-- share: retention_provider is "municipal" (kommunal verksamhet) or
-- "private" (enskild verksamhet), which of the retention rules applies.
CREATE TABLE organisation_setting (
    setting_key TEXT PRIMARY KEY,
    setting_value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
