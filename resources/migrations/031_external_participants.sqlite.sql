-- A meeting's external participants are locked with the minutes on SQLite
-- (see 031_external_participants.sql); the leader is a column of the
-- meeting, locked by 009's meeting trigger.
-- begin block
CREATE TRIGGER meeting_external_locked_insert BEFORE INSERT ON meeting_external
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = NEW.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER meeting_external_locked_update BEFORE UPDATE ON meeting_external
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id IN (OLD.meeting_id, NEW.meeting_id) AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
-- begin block
CREATE TRIGGER meeting_external_locked_delete BEFORE DELETE ON meeting_external
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
