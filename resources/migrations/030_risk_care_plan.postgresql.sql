-- The vårdplan's measures on PostgreSQL (see 030_risk_care_plan.sql): seen
-- and written with their client, as the client's other records are
-- (013, 028). Measures are added and followed up, never removed; the purge
-- removes them with the client.
ALTER TABLE risk_care_measure ENABLE ROW LEVEL SECURITY;
ALTER TABLE risk_care_measure FORCE ROW LEVEL SECURITY;
CREATE POLICY care_relation ON risk_care_measure USING ((SELECT teamforum_me()) IS NOT NULL
    AND (SELECT true FROM client c WHERE c.id = risk_care_measure.client_id));
-- begin block
DO $$
DECLARE
    users text := current_database() || '_users';
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = users) THEN
        EXECUTE format('REVOKE DELETE, TRUNCATE ON risk_care_measure FROM %I', users);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE ON risk_care_measure TO %I', users);
    END IF;
END
$$;
-- end block

-- A hospital stay is the client's data: seen and added with the client,
-- never changed or removed but by the purge.
ALTER TABLE hospital_stay ENABLE ROW LEVEL SECURITY;
ALTER TABLE hospital_stay FORCE ROW LEVEL SECURITY;
CREATE POLICY care_relation ON hospital_stay USING ((SELECT teamforum_me()) IS NOT NULL
    AND (SELECT true FROM client c WHERE c.id = hospital_stay.client_id));
-- begin block
DO $$
DECLARE
    users text := current_database() || '_users';
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = users) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON hospital_stay FROM %I', users);
        EXECUTE format('GRANT SELECT, INSERT ON hospital_stay TO %I', users);
    END IF;
END
$$;
-- end block

-- A leaver's journal duties go to a successor like their actions (015):
-- the handover log takes the kind 'journal_entry', and the lock of approved
-- minutes lets an action's journal_by change only along such a recorded
-- handover.
ALTER TABLE handover DROP CONSTRAINT handover_what_check;
ALTER TABLE handover ADD CONSTRAINT handover_what_check CHECK (what IN ('action',
    'contact_person', 'nurse', 'occupational_therapist', 'physiotherapist', 'sip_need',
    'journal_entry'));
-- begin block
CREATE FUNCTION teamforum_journal_handed_over(p_action bigint, p_from bigint, p_to bigint)
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM handover h
                   WHERE h.id = (SELECT max(id) FROM handover
                                 WHERE what = 'journal_entry' AND row_id = p_action)
                     AND h.from_person_id = p_from AND h.to_person_id = p_to)
$$;
-- end block
DROP TRIGGER team_action_locked_update ON team_action;
CREATE TRIGGER team_action_locked_update BEFORE UPDATE ON team_action
    FOR EACH ROW WHEN ((is_locked_meeting(OLD.meeting_id) OR is_locked_meeting(NEW.meeting_id))
        AND (ROW(OLD.uuid, OLD.meeting_id, OLD.agenda_item_id, OLD.client_id, OLD.what,
                 OLD.due_date, OLD.follow_up_days, OLD.feedback_to_client,
                 OLD.feedback_by, OLD.journal_entry_needed)
             IS DISTINCT FROM
             ROW(NEW.uuid, NEW.meeting_id, NEW.agenda_item_id, NEW.client_id, NEW.what,
                 NEW.due_date, NEW.follow_up_days, NEW.feedback_to_client,
                 NEW.feedback_by, NEW.journal_entry_needed)
             OR (OLD.responsible_id IS DISTINCT FROM NEW.responsible_id
                 AND NOT teamforum_action_handed_over(OLD.id, OLD.responsible_id,
                                                      NEW.responsible_id))
             OR (OLD.journal_by IS DISTINCT FROM NEW.journal_by
                 AND NOT teamforum_journal_handed_over(OLD.id, OLD.journal_by, NEW.journal_by))
             OR (OLD.status = 'cancelled') <> (NEW.status = 'cancelled')))
    EXECUTE FUNCTION refuse_locked_minutes();
