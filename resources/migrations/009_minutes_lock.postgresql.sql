-- Locked minutes on PostgreSQL (see 009_minutes_lock.sql): one function
-- raises the refusal; each trigger's WHEN decides whether it applies, so an
-- unlocked meeting costs one index lookup per row. A trigger for INSERT or
-- UPDATE looks at the new row, one for UPDATE or DELETE at the old one.
-- begin block
CREATE FUNCTION is_locked_meeting(BIGINT) RETURNS boolean
LANGUAGE sql AS $$
    SELECT EXISTS (SELECT 1 FROM minutes_closing WHERE meeting_id = $1 AND locked = 1)
$$;
-- end block
-- begin block
CREATE FUNCTION is_locked_agenda_item(BIGINT) RETURNS boolean
LANGUAGE sql AS $$
    SELECT EXISTS (SELECT 1 FROM agenda_item i JOIN minutes_closing c ON c.meeting_id = i.meeting_id
                   WHERE i.id = $1 AND c.locked = 1)
$$;
-- end block
-- begin block
CREATE FUNCTION refuse_locked_minutes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'minutes_locked: % of a locked meeting', TG_TABLE_NAME;
END;
$$;
-- end block
CREATE TRIGGER meeting_locked BEFORE UPDATE OR DELETE ON meeting
    FOR EACH ROW WHEN (is_locked_meeting(OLD.id)) EXECUTE FUNCTION refuse_locked_minutes();

CREATE TRIGGER agenda_item_locked_new BEFORE INSERT OR UPDATE ON agenda_item
    FOR EACH ROW WHEN (is_locked_meeting(NEW.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER agenda_item_locked_old BEFORE UPDATE OR DELETE ON agenda_item
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER participant_locked_new BEFORE INSERT OR UPDATE ON participant
    FOR EACH ROW WHEN (is_locked_meeting(NEW.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER participant_locked_old BEFORE UPDATE OR DELETE ON participant
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER next_meeting_client_locked_new BEFORE INSERT OR UPDATE ON next_meeting_client
    FOR EACH ROW WHEN (is_locked_meeting(NEW.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER next_meeting_client_locked_old BEFORE UPDATE OR DELETE ON next_meeting_client
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER minute_entry_locked_new BEFORE INSERT OR UPDATE ON minute_entry
    FOR EACH ROW WHEN (is_locked_agenda_item(NEW.agenda_item_id))
    EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER minute_entry_locked_old BEFORE UPDATE OR DELETE ON minute_entry
    FOR EACH ROW WHEN (is_locked_agenda_item(OLD.agenda_item_id))
    EXECUTE FUNCTION refuse_locked_minutes();

-- An action decided at a locked meeting keeps its decision; its follow-up
-- (status open or done, done_utc, done_by) is recorded later. Cancelled is
-- the undoing of the decision itself.
CREATE TRIGGER team_action_locked_insert BEFORE INSERT ON team_action
    FOR EACH ROW WHEN (is_locked_meeting(NEW.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER team_action_locked_delete BEFORE DELETE ON team_action
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER team_action_locked_update BEFORE UPDATE ON team_action
    FOR EACH ROW WHEN ((is_locked_meeting(OLD.meeting_id) OR is_locked_meeting(NEW.meeting_id))
        AND (ROW(OLD.uuid, OLD.meeting_id, OLD.agenda_item_id, OLD.client_id, OLD.what,
                 OLD.responsible_id, OLD.due_date, OLD.follow_up_days, OLD.feedback_to_client,
                 OLD.feedback_by, OLD.journal_entry_needed, OLD.journal_by)
             IS DISTINCT FROM
             ROW(NEW.uuid, NEW.meeting_id, NEW.agenda_item_id, NEW.client_id, NEW.what,
                 NEW.responsible_id, NEW.due_date, NEW.follow_up_days, NEW.feedback_to_client,
                 NEW.feedback_by, NEW.journal_entry_needed, NEW.journal_by)
             OR (OLD.status = 'cancelled') <> (NEW.status = 'cancelled')))
    EXECUTE FUNCTION refuse_locked_minutes();

-- Locking is never undone, and addenda are never edited.
CREATE TRIGGER minutes_closing_locked BEFORE UPDATE OR DELETE ON minutes_closing
    FOR EACH ROW WHEN (OLD.locked = 1) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER minutes_addendum_locked BEFORE UPDATE OR DELETE ON minutes_addendum
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
