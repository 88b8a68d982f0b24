-- Staff come from the HR system: an e-mail address (invitations are sent to
-- it, and a re-import recognises the person by it) and the units a person
-- works at, which the import and export of staff carry.
ALTER TABLE person ADD COLUMN email TEXT NOT NULL DEFAULT '';
CREATE INDEX person_email ON person(email);
CREATE TABLE person_unit (
    person_id BIGINT NOT NULL REFERENCES person(id),
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id),
    PRIMARY KEY (person_id, unit_id)
);
CREATE INDEX person_unit_unit ON person_unit(unit_id);
