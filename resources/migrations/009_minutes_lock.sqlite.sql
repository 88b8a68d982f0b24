-- Locked minutes on SQLite (see 009_minutes_lock.sql). A trigger has one
-- event, so each table has one per INSERT, UPDATE and DELETE.
-- begin block
CREATE TRIGGER meeting_locked_update BEFORE UPDATE ON meeting
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER meeting_locked_delete BEFORE DELETE ON meeting
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER agenda_item_locked_insert BEFORE INSERT ON agenda_item
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = NEW.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER agenda_item_locked_update BEFORE UPDATE ON agenda_item
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id IN (OLD.meeting_id, NEW.meeting_id) AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER agenda_item_locked_delete BEFORE DELETE ON agenda_item
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER participant_locked_insert BEFORE INSERT ON participant
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = NEW.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER participant_locked_update BEFORE UPDATE ON participant
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id IN (OLD.meeting_id, NEW.meeting_id) AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER participant_locked_delete BEFORE DELETE ON participant
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER next_meeting_client_locked_insert BEFORE INSERT ON next_meeting_client
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = NEW.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER next_meeting_client_locked_update BEFORE UPDATE ON next_meeting_client
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id IN (OLD.meeting_id, NEW.meeting_id) AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER next_meeting_client_locked_delete BEFORE DELETE ON next_meeting_client
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER minute_entry_locked_insert BEFORE INSERT ON minute_entry
WHEN EXISTS (SELECT 1 FROM agenda_item i
             JOIN minutes_closing c ON c.meeting_id = i.meeting_id
             WHERE i.id = NEW.agenda_item_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER minute_entry_locked_update BEFORE UPDATE ON minute_entry
WHEN EXISTS (SELECT 1 FROM agenda_item i
             JOIN minutes_closing c ON c.meeting_id = i.meeting_id
             WHERE i.id IN (OLD.agenda_item_id, NEW.agenda_item_id) AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER minute_entry_locked_delete BEFORE DELETE ON minute_entry
WHEN EXISTS (SELECT 1 FROM agenda_item i
             JOIN minutes_closing c ON c.meeting_id = i.meeting_id
             WHERE i.id = OLD.agenda_item_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- An action decided at a locked meeting keeps its decision; its follow-up
-- (status open or done, done_utc, done_by) is recorded later. Cancelled is
-- the undoing of the decision itself.
-- begin block
CREATE TRIGGER team_action_locked_insert BEFORE INSERT ON team_action
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = NEW.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER team_action_locked_update BEFORE UPDATE ON team_action
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id IN (OLD.meeting_id, NEW.meeting_id) AND c.locked = 1)
 AND (OLD.uuid IS NOT NEW.uuid
     OR OLD.meeting_id IS NOT NEW.meeting_id
     OR OLD.agenda_item_id IS NOT NEW.agenda_item_id
     OR OLD.client_id IS NOT NEW.client_id
     OR OLD.what IS NOT NEW.what
     OR OLD.responsible_id IS NOT NEW.responsible_id
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
-- begin block
CREATE TRIGGER team_action_locked_delete BEFORE DELETE ON team_action
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- Locking is never undone, and addenda are never edited.
-- begin block
CREATE TRIGGER minutes_closing_locked_update BEFORE UPDATE ON minutes_closing
WHEN OLD.locked = 1
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER minutes_closing_locked_delete BEFORE DELETE ON minutes_closing
WHEN OLD.locked = 1
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER minutes_addendum_locked_update BEFORE UPDATE ON minutes_addendum
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER minutes_addendum_locked_delete BEFORE DELETE ON minutes_addendum
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
