-- External participants and the alternating leader of a samordningsmöte
-- (seed 001: "Fasta deltagare är sjuksköterska/distriktsköterska ... från
-- hälsocentral ... Utifrån patientens behov deltar även fast läkarkontakt";
-- "Mötet leds med fördel växelvis av deltagare från kommun och
-- hälsocentral").
--
-- external_person: a unit's register of people from other organisations
-- (the health centre's distriktssköterska, doctor, nurse) with their
-- organisation, role and e-mail if known. No login and no staff row; the
-- chair picks them again for each meeting instead of typing the names.
CREATE TABLE external_person (
    id ${ID},
    unit_id BIGINT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    organisation TEXT NOT NULL CHECK (length(organisation) > 0),
    role TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX external_person_unit ON external_person(unit_id, name);

-- A series' external participants: invited to each occurrence generated
-- after they were added (copied to meeting_external with the occurrence).
CREATE TABLE series_external (
    series_id BIGINT NOT NULL REFERENCES meeting_series(id) ON DELETE CASCADE,
    external_id BIGINT NOT NULL REFERENCES external_person(id) ON DELETE CASCADE,
    PRIMARY KEY (series_id, external_id)
);

-- An occurrence's external participants and their attendance, locked with
-- the minutes like the staff's participants and the guests.
CREATE TABLE meeting_external (
    id ${ID},
    meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    external_id BIGINT NOT NULL REFERENCES external_person(id),
    attendance TEXT NOT NULL DEFAULT 'expected',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id),
    UNIQUE (meeting_id, external_id)
);
CREATE INDEX meeting_external_person ON meeting_external(external_id);

-- Each occurrence's own leader: a person of the municipality or an external
-- participant, at most one of the two. Both empty: the leader proposed by
-- alternation (services/chair/MeetingLeaders). Changed with the meeting row,
-- so locked minutes keep theirs (009's meeting trigger).
ALTER TABLE meeting ADD COLUMN leader_person_id BIGINT REFERENCES person(id);
ALTER TABLE meeting ADD COLUMN leader_external_id BIGINT REFERENCES external_person(id);
