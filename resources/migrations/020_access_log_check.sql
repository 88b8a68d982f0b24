-- Loggkontroll: the documented check of the access log. A check is saved
-- once per unit and month by the reviewer (who, when, which month, how big
-- the stickprov and how it was drawn: the seed and the newest access-log
-- row it drew from). Each row of the check names one access-log row by its
-- id, why it was looked at (no care relation, or the stickprov) and the
-- reviewer's judgement with a note. No client is named: the rows keep the
-- reader, the time and the kind of the read, never the client's id or name,
-- and no foreign key to access_log, so a purge of the client leaves the
-- protocol whole. Both tables are only added to: a new check of the same
-- month supersedes the earlier one by being newer.
CREATE TABLE access_log_check (
    id ${ID},
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    period TEXT NOT NULL CHECK (length(period) = 7),
    reviewed_by BIGINT REFERENCES person(id),
    saved_at TEXT NOT NULL,
    sample_size INTEGER NOT NULL CHECK (sample_size >= 0),
    seed TEXT NOT NULL,
    through_log_id BIGINT NOT NULL
);
CREATE INDEX access_log_check_unit_period ON access_log_check(unit_id, period);

CREATE TABLE access_log_check_row (
    check_id BIGINT NOT NULL REFERENCES access_log_check(id),
    access_log_id BIGINT NOT NULL,
    reader_id BIGINT REFERENCES person(id),
    accessed_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('no_care_relation', 'sample')),
    judgement TEXT NOT NULL CHECK (judgement IN ('no_remark', 'investigate')),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (check_id, access_log_id)
);
