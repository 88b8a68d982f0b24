-- A leaver's journal duties go to a successor like their actions (015): the
-- handover log takes the kind 'journal_entry', and the lock of approved
-- minutes lets an action's journal_by change only along such a recorded
-- handover. SQLite cannot change a CHECK, so the log is copied into a new
-- table; the lock's trigger, which reads the log, is made anew after it.
DROP TRIGGER team_action_locked_update;
CREATE TABLE handover_030 (
    id ${ID},
    handed_at TEXT NOT NULL,
    handed_by BIGINT REFERENCES person(id),
    from_person_id BIGINT NOT NULL REFERENCES person(id),
    to_person_id BIGINT NOT NULL REFERENCES person(id),
    what TEXT NOT NULL CHECK (what IN ('action', 'contact_person', 'nurse',
        'occupational_therapist', 'physiotherapist', 'sip_need', 'journal_entry')),
    row_id BIGINT NOT NULL,
    client_id BIGINT REFERENCES client(id)
);
INSERT INTO handover_030 (id, handed_at, handed_by, from_person_id, to_person_id, what, row_id,
    client_id)
SELECT id, handed_at, handed_by, from_person_id, to_person_id, what, row_id, client_id
FROM handover;
DROP TABLE handover;
ALTER TABLE handover_030 RENAME TO handover;
CREATE INDEX handover_from ON handover(from_person_id);
CREATE INDEX handover_client ON handover(client_id);
-- begin block
CREATE TRIGGER team_action_locked_update BEFORE UPDATE ON team_action
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id IN (OLD.meeting_id, NEW.meeting_id) AND c.locked = 1)
 AND (OLD.uuid IS NOT NEW.uuid
     OR OLD.meeting_id IS NOT NEW.meeting_id
     OR OLD.agenda_item_id IS NOT NEW.agenda_item_id
     OR OLD.client_id IS NOT NEW.client_id
     OR OLD.what IS NOT NEW.what
     OR (OLD.responsible_id IS NOT NEW.responsible_id
         AND NOT EXISTS (SELECT 1 FROM handover h
                         WHERE h.id = (SELECT MAX(id) FROM handover
                                       WHERE what = 'action' AND row_id = OLD.id)
                           AND h.from_person_id = OLD.responsible_id
                           AND h.to_person_id = NEW.responsible_id))
     OR OLD.due_date IS NOT NEW.due_date
     OR OLD.follow_up_days IS NOT NEW.follow_up_days
     OR OLD.feedback_to_client IS NOT NEW.feedback_to_client
     OR OLD.feedback_by IS NOT NEW.feedback_by
     OR OLD.journal_entry_needed IS NOT NEW.journal_entry_needed
     OR (OLD.journal_by IS NOT NEW.journal_by
         AND NOT EXISTS (SELECT 1 FROM handover h
                         WHERE h.id = (SELECT MAX(id) FROM handover
                                       WHERE what = 'journal_entry' AND row_id = OLD.id)
                           AND h.from_person_id = OLD.journal_by
                           AND h.to_person_id = NEW.journal_by))
     OR (OLD.status = 'cancelled') <> (NEW.status = 'cancelled'))
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
