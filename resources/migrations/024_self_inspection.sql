-- Egenkontroller: the result of each self-inspection a unit does under the
-- organisation's plan (resources/quality/egenkontroller.json): for which
-- period, when it was done, what was found and what is done about it, by
-- whom. Results are only added; a later result for the same period stands
-- beside the earlier one. No client is named.
CREATE TABLE self_inspection (
    id ${ID},
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    inspection_key TEXT NOT NULL,
    period_start TEXT NOT NULL CHECK (length(period_start) = 10),
    performed_on TEXT NOT NULL CHECK (length(performed_on) = 10),
    finding TEXT NOT NULL CHECK (length(finding) > 0),
    actions TEXT NOT NULL DEFAULT '',
    recorded_by BIGINT REFERENCES person(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX self_inspection_unit_period ON self_inspection(unit_id, period_start);
