-- The contact person's duties on PostgreSQL (see 028_contact_person_duties.sql).
--
-- A plan event names a client and is seen with its client, as the client's
-- other records are; a journal mark is seen with its action. Both take
-- INSERT and SELECT only, in the signed-in login's name, and a journal mark
-- only by the person the action names for the journal entry. The unit's
-- follow-up setting is read by anyone tied to a person and changed by
-- someone of the unit or whoever manages the organisation.
ALTER TABLE care_plan_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE care_plan_event FORCE ROW LEVEL SECURITY;
CREATE POLICY care_relation ON care_plan_event USING ((SELECT teamforum_me()) IS NOT NULL
    AND (SELECT true FROM client c WHERE c.id = care_plan_event.client_id));

ALTER TABLE journal_entry_done ENABLE ROW LEVEL SECURITY;
ALTER TABLE journal_entry_done FORCE ROW LEVEL SECURITY;
CREATE POLICY care_relation ON journal_entry_done FOR SELECT
    USING ((SELECT true FROM team_action t WHERE t.id = journal_entry_done.action_id));
CREATE POLICY journal_person_marks ON journal_entry_done FOR INSERT
    WITH CHECK ((SELECT teamforum_is_owner())
                OR (SELECT t.journal_by FROM team_action t
                    WHERE t.id = journal_entry_done.action_id) = (SELECT teamforum_me()));

ALTER TABLE care_plan_setting ENABLE ROW LEVEL SECURITY;
ALTER TABLE care_plan_setting FORCE ROW LEVEL SECURITY;
CREATE POLICY tied_person_reads ON care_plan_setting FOR SELECT
    USING ((SELECT teamforum_me()) IS NOT NULL OR (SELECT teamforum_is_admin())
           OR (SELECT teamforum_is_owner()));
CREATE POLICY unit_writes ON care_plan_setting FOR ALL
    USING (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
           OR (SELECT teamforum_manages_organisation()) OR (SELECT teamforum_is_owner()));

-- begin block
CREATE FUNCTION teamforum_care_duty_author() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT teamforum_is_owner() THEN
        IF TG_TABLE_NAME = 'journal_entry_done' THEN
            NEW.documented_by := teamforum_me();
        ELSE
            NEW.recorded_by := teamforum_me();
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
-- end block
CREATE TRIGGER care_plan_event_author BEFORE INSERT ON care_plan_event
    FOR EACH ROW EXECUTE FUNCTION teamforum_care_duty_author();
CREATE TRIGGER journal_entry_done_author BEFORE INSERT ON journal_entry_done
    FOR EACH ROW EXECUTE FUNCTION teamforum_care_duty_author();
-- begin block
DO $$
DECLARE
    users text := current_database() || '_users';
BEGIN
    EXECUTE format('ALTER FUNCTION teamforum_care_duty_author() SET search_path = %I, pg_temp',
                   current_schema());
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = users) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON care_plan_event, journal_entry_done '
                       'FROM %I', users);
        EXECUTE format('GRANT SELECT, INSERT ON care_plan_event, journal_entry_done TO %I', users);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON care_plan_setting TO %I', users);
    END IF;
END
$$;
-- end block

-- A meeting's guests are seen with their client, changed by whoever may
-- change the meeting's participants, and locked with the minutes (the purge
-- may still remove a purged client's).
ALTER TABLE meeting_guest ENABLE ROW LEVEL SECURITY;
ALTER TABLE meeting_guest FORCE ROW LEVEL SECURITY;
CREATE POLICY care_relation ON meeting_guest USING ((SELECT teamforum_me()) IS NOT NULL
    AND (SELECT true FROM client c WHERE c.id = meeting_guest.client_id));
CREATE TRIGGER meeting_guest_locked_new BEFORE INSERT OR UPDATE ON meeting_guest
    FOR EACH ROW WHEN (is_locked_meeting(NEW.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER meeting_guest_locked_update BEFORE UPDATE ON meeting_guest
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER meeting_guest_locked_delete BEFORE DELETE ON meeting_guest
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id) AND NOT teamforum_purging(OLD.client_id))
    EXECUTE FUNCTION refuse_locked_minutes();
