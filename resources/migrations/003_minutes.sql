-- Live minutes: notes per agenda item and section, the closing of the
-- meeting (finished, justerad, locked), dated addenda after approval, and the
-- clients agreed for the next meeting. Full-text search lives in the engine
-- files next to this one.

-- A client item is written in the routine's order: each profession's view,
-- then the client's wishes. '' is the item's free-text notes.
ALTER TABLE minute_entry ADD COLUMN section TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX minute_entry_item_section ON minute_entry(agenda_item_id, section);

-- One row per meeting once the secretary has finished it.
CREATE TABLE minutes_closing (
    meeting_id BIGINT PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
    finished_at TEXT NOT NULL,
    finished_by BIGINT REFERENCES person(id),
    approved_at TEXT,
    approved_by BIGINT REFERENCES person(id),
    locked INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);

-- Corrections after approval: added, dated and signed, never edited.
CREATE TABLE minutes_addendum (
    id ${ID},
    meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agenda_item_id BIGINT REFERENCES agenda_item(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    author_id BIGINT REFERENCES person(id),
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX minutes_addendum_meeting ON minutes_addendum(meeting_id, created_at);

-- The clients the team agreed at the end of a meeting to follow up next time.
CREATE TABLE next_meeting_client (
    meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    client_id BIGINT NOT NULL REFERENCES client(id),
    position INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id),
    PRIMARY KEY (meeting_id, client_id)
);
