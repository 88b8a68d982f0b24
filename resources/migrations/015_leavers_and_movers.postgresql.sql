-- Leavers and movers on PostgreSQL (see 015_leavers_and_movers.sql).
--
-- A login is its person's while their employment lasts: from the end date
-- on (a Stockholm day) the login sees nothing, as one tied to nobody.
-- begin block
CREATE OR REPLACE FUNCTION teamforum_person_of(login_name text) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN (SELECT id FROM person WHERE login = login_name
            AND (ends_on IS NULL
                 OR ends_on > to_char(now() AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD')));
END;
$$;
-- end block
-- begin block
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION teamforum_person_of(text) SET search_path = %I, pg_temp',
                   current_schema());
END
$$;
-- end block

-- The handover log names clients, so it is client data: a row is seen with
-- its client (rows without a client, the handed-over actions about nobody,
-- by every tied login). Like the other logs it takes INSERT and SELECT
-- only, and the person who handed over is the signed-in login's person.
ALTER TABLE handover ENABLE ROW LEVEL SECURITY;
ALTER TABLE handover FORCE ROW LEVEL SECURITY;
CREATE POLICY care_relation ON handover USING (
    (SELECT teamforum_me()) IS NOT NULL
    AND (client_id IS NULL OR (SELECT true FROM client c WHERE c.id = handover.client_id)));
-- begin block
CREATE FUNCTION teamforum_handover_author() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT teamforum_is_owner() THEN
        NEW.handed_by := teamforum_me();
    END IF;
    RETURN NEW;
END;
$$;
-- end block
CREATE TRIGGER handover_author BEFORE INSERT ON handover
    FOR EACH ROW EXECUTE FUNCTION teamforum_handover_author();
-- begin block
DO $$
DECLARE
    users text := current_database() || '_users';
BEGIN
    EXECUTE format('ALTER FUNCTION teamforum_handover_author() SET search_path = %I, pg_temp',
                   current_schema());
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = users) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON handover FROM %I', users);
        EXECUTE format('GRANT SELECT, INSERT ON handover TO %I', users);
    END IF;
END
$$;
-- end block

-- An action decided at a locked meeting keeps its decision (009), but a
-- leaver's action goes to a successor: its responsible person may change
-- when the newest handover of the action records exactly that change. The
-- handover row is written first, in the same transaction. A trigger's
-- condition takes no sub-select, hence the function.
-- begin block
CREATE FUNCTION teamforum_action_handed_over(p_action bigint, p_from bigint, p_to bigint)
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM handover h
                   WHERE h.id = (SELECT max(id) FROM handover
                                 WHERE what = 'action' AND row_id = p_action)
                     AND h.from_person_id = p_from AND h.to_person_id = p_to)
$$;
-- end block
DROP TRIGGER team_action_locked_update ON team_action;
CREATE TRIGGER team_action_locked_update BEFORE UPDATE ON team_action
    FOR EACH ROW WHEN ((is_locked_meeting(OLD.meeting_id) OR is_locked_meeting(NEW.meeting_id))
        AND (ROW(OLD.uuid, OLD.meeting_id, OLD.agenda_item_id, OLD.client_id, OLD.what,
                 OLD.due_date, OLD.follow_up_days, OLD.feedback_to_client,
                 OLD.feedback_by, OLD.journal_entry_needed, OLD.journal_by)
             IS DISTINCT FROM
             ROW(NEW.uuid, NEW.meeting_id, NEW.agenda_item_id, NEW.client_id, NEW.what,
                 NEW.due_date, NEW.follow_up_days, NEW.feedback_to_client,
                 NEW.feedback_by, NEW.journal_entry_needed, NEW.journal_by)
             OR (OLD.responsible_id IS DISTINCT FROM NEW.responsible_id
                 AND NOT teamforum_action_handed_over(OLD.id, OLD.responsible_id,
                                                      NEW.responsible_id))
             OR (OLD.status = 'cancelled') <> (NEW.status = 'cancelled')))
    EXECUTE FUNCTION refuse_locked_minutes();
