-- Vårdplan after a risk found (seed 003: "De risker som upptäcks ska alltid
-- följas av en vårdplan. I den dokumenteras ordinationer från
-- sjuksköterska/arbetsterapeut/fysioterapeut till omsorgspersonalen.
-- Vårdplanen följs upp och utvärderas regelbundet.").
--
-- Each row is one measure of the plan made from one assessment with risk:
-- what is done, who does it and when it is followed up. The measures come
-- up on the client's next teammöte and again from their follow-up date
-- (domain/care/RiskCarePlan). A measure is followed up once: the day and
-- what came of it are filled in; nothing else of it changes.
CREATE TABLE risk_care_measure (
    id ${ID},
    uuid TEXT NOT NULL UNIQUE,
    assessment_id BIGINT NOT NULL REFERENCES risk_assessment(id) ON DELETE CASCADE,
    client_id BIGINT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    what TEXT NOT NULL CHECK (length(what) > 0),
    responsible_id BIGINT NOT NULL REFERENCES person(id),
    follow_up_on TEXT NOT NULL CHECK (length(follow_up_on) = 10),
    created_on TEXT NOT NULL CHECK (length(created_on) = 10),
    created_by BIGINT REFERENCES person(id),
    followed_up_on TEXT CHECK (followed_up_on IS NULL OR length(followed_up_on) = 10),
    outcome TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX risk_care_measure_client ON risk_care_measure(client_id, assessment_id);

-- A stay in hospital (slutenvård), marked on the client with the day they
-- came home: seed 001 asks the samordningsmöte to take up "återinskrivna
-- patienter" and those discharged from hospital. The mark proposes the
-- client for the unit's next samordningsmöte (services/care/RiskIndividuals);
-- nothing is put on an agenda by itself. Only added.
CREATE TABLE hospital_stay (
    id ${ID},
    client_id BIGINT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    discharged_on TEXT NOT NULL CHECK (length(discharged_on) = 10),
    note TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_by BIGINT REFERENCES person(id)
);
CREATE INDEX hospital_stay_client ON hospital_stay(client_id, discharged_on);
