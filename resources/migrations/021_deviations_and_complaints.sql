-- Avvikelser and klagomål och synpunkter for the kvalitetsmöte and the APT.
-- The record system holds the deviations; a row here is what the meeting
-- needs of one: the day, the unit, the category, how serious, a short
-- description without client names, where the investigation stands, and
-- the record system's number so a new import updates it. A complaint or a
-- suggestion is summarised without client details and answered: the
-- feedback and its day close it. Neither table refers to a client, so a
-- purge of a client leaves them as they are.
CREATE TABLE deviation (
    id ${ID},
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    occurred_on TEXT NOT NULL CHECK (length(occurred_on) = 10),
    category TEXT NOT NULL CHECK (category IN ('fall', 'lakemedel', 'hjalpmedel',
        'vard_och_behandling', 'bemotande', 'brister_i_insats', 'annat')),
    severity TEXT NOT NULL CHECK (severity IN ('risk', 'lindrig', 'mattlig', 'allvarlig')),
    description TEXT NOT NULL CHECK (description <> ''),
    status TEXT NOT NULL CHECK (status IN ('registrerad', 'utreds', 'atgardad', 'avslutad')),
    external_id TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX deviation_unit_day ON deviation(unit_id, occurred_on);
CREATE INDEX deviation_day ON deviation(occurred_on);
CREATE INDEX deviation_external ON deviation(unit_id, external_id);

CREATE TABLE complaint (
    id ${ID},
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    received_on TEXT NOT NULL CHECK (length(received_on) = 10),
    kind TEXT NOT NULL CHECK (kind IN ('klagomal', 'synpunkt')),
    summary TEXT NOT NULL CHECK (summary <> ''),
    status TEXT NOT NULL CHECK (status IN ('oppen', 'aterkopplad')),
    feedback TEXT NOT NULL DEFAULT '',
    feedback_on TEXT,
    updated_at TEXT NOT NULL
);
CREATE INDEX complaint_unit_status ON complaint(unit_id, status);
