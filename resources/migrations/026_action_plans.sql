-- Handlingsplaner: a unit's plan for an area to improve, with its present
-- state (nuläge), its goal (mål), the forum (a template key such as
-- kvalitetsmote or apt) where it is followed up, and its actions (what,
-- who, by when, status). A plan is open until someone who manages the
-- unit signs it off; a signed-off plan and its actions are not changed
-- again and no plan is removed. No client is named.
--
-- The APT's årshjul: the organisation's topics per month are data
-- (resources/quality/arshjul.json); a unit's own topics for a month, kept
-- here, take the place of the organisation's for that month.
CREATE TABLE action_plan (
    id ${ID},
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    area TEXT NOT NULL CHECK (length(area) > 0),
    current_state TEXT NOT NULL DEFAULT '',
    goal TEXT NOT NULL DEFAULT '',
    forum TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pagar',
    created_by BIGINT REFERENCES person(id),
    created_at TEXT NOT NULL,
    signed_off_by BIGINT REFERENCES person(id),
    signed_off_on TEXT CHECK (signed_off_on IS NULL OR length(signed_off_on) = 10)
);
CREATE INDEX action_plan_unit ON action_plan(unit_id, signed_off_on);
CREATE TABLE action_plan_step (
    id ${ID},
    plan_id BIGINT NOT NULL REFERENCES action_plan(id),
    position INTEGER NOT NULL DEFAULT 0,
    what TEXT NOT NULL CHECK (length(what) > 0),
    who TEXT NOT NULL DEFAULT '',
    responsible_id BIGINT REFERENCES person(id),
    due_on TEXT CHECK (due_on IS NULL OR length(due_on) = 10),
    status TEXT NOT NULL DEFAULT 'planerad'
);
CREATE INDEX action_plan_step_plan ON action_plan_step(plan_id);
CREATE TABLE apt_topic (
    id ${ID},
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL CHECK (length(title) > 0)
);
CREATE INDEX apt_topic_unit_month ON apt_topic(unit_id, month);
