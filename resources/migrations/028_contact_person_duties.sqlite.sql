-- A meeting's guests are locked with the minutes on SQLite (see
-- 028_contact_person_duties.sql); the purge may still remove a purged
-- client's. The plan events and journal marks are only added.
-- begin block
CREATE TRIGGER meeting_guest_locked_insert BEFORE INSERT ON meeting_guest
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = NEW.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER meeting_guest_locked_update BEFORE UPDATE ON meeting_guest
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id IN (OLD.meeting_id, NEW.meeting_id) AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER meeting_guest_locked_delete BEFORE DELETE ON meeting_guest
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
 AND NOT EXISTS (SELECT 1 FROM retention_purging p WHERE p.client_id = OLD.client_id)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER care_plan_event_no_update BEFORE UPDATE ON care_plan_event
BEGIN
    SELECT RAISE(ABORT, 'care_plan_event is append-only');
END;
-- end block
-- begin block
CREATE TRIGGER journal_entry_done_no_update BEFORE UPDATE ON journal_entry_done
BEGIN
    SELECT RAISE(ABORT, 'journal_entry_done is append-only');
END;
-- end block
