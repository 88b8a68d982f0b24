-- Who read which client's personal data, when and why: the log the unit's
-- loggkontroll follows up (monthly checks and random samples). Rows are only
-- ever added; the engine files add a trigger that refuses every UPDATE.
-- Ids only: no names, personnummer or care details. A client removed from
-- the store takes its log with it, so no trace of the client is left.
CREATE TABLE access_log (
    id ${ID},
    accessed_at TEXT NOT NULL,
    person_id BIGINT REFERENCES person(id),
    client_id BIGINT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT '',
    meeting_id BIGINT
);
-- One client's history, one person's reads, and everything in a month.
CREATE INDEX access_log_client ON access_log(client_id, accessed_at);
CREATE INDEX access_log_person ON access_log(person_id, accessed_at);
CREATE INDEX access_log_time ON access_log(accessed_at);
