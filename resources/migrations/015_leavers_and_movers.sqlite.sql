-- An action decided at a locked meeting keeps its decision (009), but a
-- leaver's action goes to a successor: its responsible person may change
-- when the newest handover of the action records exactly that change.
-- The handover row is written first, in the same transaction.
DROP TRIGGER team_action_locked_update;
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
     OR OLD.journal_by IS NOT NEW.journal_by
     OR (OLD.status = 'cancelled') <> (NEW.status = 'cancelled'))
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
