-- The locked-minutes triggers of 009 with the purge's door (see
-- 016_retention_purge.sql): a row about a client listed in
-- retention_purging may be deleted from locked minutes.
DROP TRIGGER agenda_item_locked_delete;
-- begin block
CREATE TRIGGER agenda_item_locked_delete BEFORE DELETE ON agenda_item
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
 AND NOT EXISTS (SELECT 1 FROM retention_purging p WHERE p.client_id = OLD.client_id)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
DROP TRIGGER next_meeting_client_locked_delete;
-- begin block
CREATE TRIGGER next_meeting_client_locked_delete BEFORE DELETE ON next_meeting_client
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
 AND NOT EXISTS (SELECT 1 FROM retention_purging p WHERE p.client_id = OLD.client_id)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
DROP TRIGGER minute_entry_locked_delete;
-- begin block
CREATE TRIGGER minute_entry_locked_delete BEFORE DELETE ON minute_entry
WHEN EXISTS (SELECT 1 FROM agenda_item i
             JOIN minutes_closing c ON c.meeting_id = i.meeting_id
             WHERE i.id = OLD.agenda_item_id AND c.locked = 1)
 AND NOT EXISTS (SELECT 1 FROM agenda_item i
                 JOIN retention_purging p ON p.client_id = i.client_id
                 WHERE i.id = OLD.agenda_item_id)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
DROP TRIGGER team_action_locked_delete;
-- begin block
CREATE TRIGGER team_action_locked_delete BEFORE DELETE ON team_action
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
 AND NOT EXISTS (SELECT 1 FROM retention_purging p WHERE p.client_id = OLD.client_id)
 AND NOT EXISTS (SELECT 1 FROM agenda_item i
                 JOIN retention_purging p ON p.client_id = i.client_id
                 WHERE i.id = OLD.agenda_item_id)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
DROP TRIGGER minutes_addendum_locked_delete;
-- begin block
CREATE TRIGGER minutes_addendum_locked_delete BEFORE DELETE ON minutes_addendum
WHEN EXISTS (SELECT 1 FROM minutes_closing c
             WHERE c.meeting_id = OLD.meeting_id AND c.locked = 1)
 AND NOT EXISTS (SELECT 1 FROM agenda_item i
                 JOIN retention_purging p ON p.client_id = i.client_id
                 WHERE i.id = OLD.agenda_item_id)
BEGIN
    SELECT RAISE(ABORT, 'minutes_locked');
END;
-- end block
