-- The locked-minutes triggers of 009 with the purge's door (see
-- 016_retention_purge.sql). The triggers for UPDATE OR DELETE are split, so
-- only the DELETE looks at retention_purging. Only administrators (and the
-- owner) may list a client there.
-- begin block
CREATE FUNCTION teamforum_purging(BIGINT) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM retention_purging WHERE client_id = $1)
$$;
-- end block
-- begin block
CREATE FUNCTION teamforum_purging_item(BIGINT) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM agenda_item i JOIN retention_purging p ON p.client_id = i.client_id
                   WHERE i.id = $1)
$$;
-- end block
DROP TRIGGER agenda_item_locked_old ON agenda_item;
CREATE TRIGGER agenda_item_locked_update BEFORE UPDATE ON agenda_item
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER agenda_item_locked_delete BEFORE DELETE ON agenda_item
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id) AND NOT teamforum_purging(OLD.client_id))
    EXECUTE FUNCTION refuse_locked_minutes();
DROP TRIGGER next_meeting_client_locked_old ON next_meeting_client;
CREATE TRIGGER next_meeting_client_locked_update BEFORE UPDATE ON next_meeting_client
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER next_meeting_client_locked_delete BEFORE DELETE ON next_meeting_client
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id) AND NOT teamforum_purging(OLD.client_id))
    EXECUTE FUNCTION refuse_locked_minutes();
DROP TRIGGER minute_entry_locked_old ON minute_entry;
CREATE TRIGGER minute_entry_locked_update BEFORE UPDATE ON minute_entry
    FOR EACH ROW WHEN (is_locked_agenda_item(OLD.agenda_item_id))
    EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER minute_entry_locked_delete BEFORE DELETE ON minute_entry
    FOR EACH ROW WHEN (is_locked_agenda_item(OLD.agenda_item_id)
                       AND NOT teamforum_purging_item(OLD.agenda_item_id))
    EXECUTE FUNCTION refuse_locked_minutes();
DROP TRIGGER team_action_locked_delete ON team_action;
CREATE TRIGGER team_action_locked_delete BEFORE DELETE ON team_action
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id) AND NOT teamforum_purging(OLD.client_id)
                       AND NOT teamforum_purging_item(OLD.agenda_item_id))
    EXECUTE FUNCTION refuse_locked_minutes();
DROP TRIGGER minutes_addendum_locked ON minutes_addendum;
CREATE TRIGGER minutes_addendum_locked_update BEFORE UPDATE ON minutes_addendum
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER minutes_addendum_locked_delete BEFORE DELETE ON minutes_addendum
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)
                       AND NOT teamforum_purging_item(OLD.agenda_item_id))
    EXECUTE FUNCTION refuse_locked_minutes();

-- The protocol is kept and only added to; the door is for administrators.
-- begin block
DO $$
DECLARE
    users text := current_database() || '_users';
    admins text := current_database() || '_admins';
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = users) THEN
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON retention_purging, '
                       'retention_purge, retention_purge_item FROM %I', users);
        EXECUTE format('GRANT SELECT ON retention_purging, retention_purge, '
                       'retention_purge_item TO %I', users);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = admins) THEN
        EXECUTE format('GRANT SELECT, INSERT, DELETE ON retention_purging TO %I', admins);
        EXECUTE format('GRANT SELECT, INSERT ON retention_purge, retention_purge_item TO %I',
                       admins);
    END IF;
END
$$;
-- end block
