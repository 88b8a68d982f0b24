-- Leavers and movers. A person's employment ends on a day (ends_on, the
-- first day they no longer work): from then on they are offered nowhere,
-- and on PostgreSQL their login sees nothing. The end date replaces the old
-- active flag, which nothing set; a person marked inactive gets the day of
-- their last change as end date, so the column can go.
ALTER TABLE person ADD COLUMN ends_on TEXT;
UPDATE person SET ends_on = substr(updated_at, 1, 10) WHERE active = 0;
ALTER TABLE person DROP COLUMN active;

-- A client's insats ends on a day, for a reason: moved (flyttat), died
-- (avlidit) or ended otherwise (avslutad). From that day the client leaves
-- the rotation, the agenda suggestions and the current-client lists; the
-- day is the last entry the retention rules count from, when nothing about
-- the client was written later.
ALTER TABLE client ADD COLUMN insats_ends_on TEXT;
ALTER TABLE client ADD COLUMN insats_end_reason TEXT
    CHECK (insats_end_reason IN ('flyttat', 'avlidit', 'avslutad'));

-- What was handed over from a leaver to a successor: an open action, a role
-- for a client (contact person, nurse, occupational therapist,
-- physiotherapist) or an open SIP need; by whom and when. One row per thing
-- handed over; the rows of one handover share handed_at.
CREATE TABLE handover (
    id ${ID},
    handed_at TEXT NOT NULL,
    handed_by BIGINT REFERENCES person(id),
    from_person_id BIGINT NOT NULL REFERENCES person(id),
    to_person_id BIGINT NOT NULL REFERENCES person(id),
    what TEXT NOT NULL CHECK (what IN ('action', 'contact_person', 'nurse',
        'occupational_therapist', 'physiotherapist', 'sip_need')),
    row_id BIGINT NOT NULL,
    client_id BIGINT REFERENCES client(id)
);
CREATE INDEX handover_from ON handover(from_person_id);
CREATE INDEX handover_client ON handover(client_id);
CREATE INDEX client_insats_ends ON client(unit_id, insats_ends_on);
