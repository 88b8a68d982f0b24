-- The contact person's duties (seed 003, seed 004).
--
-- Genomförandeplan: the planeringssamtal held, the plan written and each
-- uppföljning, with the date it happened, and the levnadsberättelse noted as
-- done or not done. The insats starts on the client's moving-in date
-- (client_admission, 004); the due dates follow from it
-- (domain/care/CarePlanDue). Rows are only added: the newest of each kind
-- counts, the earlier ones are the history.
CREATE TABLE care_plan_event (
    id ${ID},
    client_id BIGINT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    kind TEXT NOT NULL
        CHECK (kind IN ('planeringssamtal', 'genomforandeplan', 'uppfoljning', 'levnadsberattelse')),
    occurred_on TEXT NOT NULL CHECK (length(occurred_on) = 10),
    done INTEGER NOT NULL DEFAULT 1 CHECK (done IN (0, 1) AND (done = 1 OR kind = 'levnadsberattelse')),
    recorded_at TEXT NOT NULL,
    recorded_by BIGINT REFERENCES person(id)
);
CREATE INDEX care_plan_event_client ON care_plan_event(client_id, kind, occurred_on);

-- How often a unit follows its genomförandeplaner up: every six months by
-- default (seed 003), every third where the unit says so (seed 004). A unit
-- without a row follows up every six months.
CREATE TABLE care_plan_setting (
    unit_id BIGINT PRIMARY KEY REFERENCES unit(id) ON DELETE CASCADE,
    follow_up_months INTEGER NOT NULL CHECK (follow_up_months IN (3, 6)),
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);

-- Journal reminder: an action with journal_entry_needed stays on its
-- journal_by person's list until that person marks it documented, in which
-- record (SoL, HSL, LSS), when. One mark per action, only added.
CREATE TABLE journal_entry_done (
    action_id BIGINT PRIMARY KEY REFERENCES team_action(id) ON DELETE CASCADE,
    record TEXT NOT NULL CHECK (record IN ('sol', 'hsl', 'lss')),
    documented_by BIGINT NOT NULL REFERENCES person(id),
    documented_at TEXT NOT NULL
);

-- A client, or a relative the client names, invited to a meeting (seed 000:
-- "Vid forum där det är möjligt bjuds kund/patient in"). Guests have no
-- login and are no staff: they are in the kallelse and the attendance, not
-- the calendar invitation. relative_name is empty for the client themself;
-- a relative's name and relation are the client's data. Locked with the
-- minutes like the staff's participants.
CREATE TABLE meeting_guest (
    id ${ID},
    meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    client_id BIGINT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    relative_name TEXT NOT NULL DEFAULT '',
    relation TEXT NOT NULL DEFAULT '',
    attendance TEXT NOT NULL DEFAULT 'expected',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id),
    UNIQUE (meeting_id, client_id, relative_name)
);
CREATE INDEX meeting_guest_client ON meeting_guest(client_id);
