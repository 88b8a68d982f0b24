-- Approval by the person who approves on PostgreSQL (see
-- 018_approval_by_approver.sql). The login is the identity here, so no
-- personal codes are kept on the server.
--
-- Who is justerare is seen by every tied login, as the participants are,
-- and named by those who work at the meeting's unit.
ALTER TABLE meeting_justerare ENABLE ROW LEVEL SECURITY;
CREATE POLICY tied_person_reads ON meeting_justerare FOR SELECT
    USING ((SELECT teamforum_me()) IS NOT NULL OR (SELECT teamforum_is_admin()));
CREATE POLICY unit_writes ON meeting_justerare FOR ALL
    USING ((SELECT unit_id FROM meeting m WHERE m.id = meeting_justerare.meeting_id)
               IN (SELECT teamforum_care_units((SELECT teamforum_me())))
           OR (SELECT teamforum_is_admin()));

-- The justerare of locked minutes are part of them.
CREATE TRIGGER meeting_justerare_locked_new BEFORE INSERT OR UPDATE ON meeting_justerare
    FOR EACH ROW WHEN (is_locked_meeting(NEW.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER meeting_justerare_locked_old BEFORE UPDATE OR DELETE ON meeting_justerare
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();

-- Approving (locking) names the meeting's chair or one of its justerare as
-- approver, whatever path the write takes; a login that is not the owner
-- approves only as its own person.
-- begin block
CREATE FUNCTION refuse_unentitled_approver() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.approved_by IS NULL
       OR (NEW.approved_by IS DISTINCT FROM (SELECT chair_id FROM meeting WHERE id = NEW.meeting_id)
           AND NOT EXISTS (SELECT 1 FROM meeting_justerare j
                           WHERE j.meeting_id = NEW.meeting_id
                             AND j.person_id = NEW.approved_by)) THEN
        RAISE EXCEPTION 'approver_not_entitled';
    END IF;
    IF NOT teamforum_is_owner() AND NEW.approved_by IS DISTINCT FROM teamforum_me() THEN
        RAISE EXCEPTION 'approver_not_entitled: approves only as the login''s person';
    END IF;
    RETURN NEW;
END;
$$;
-- end block
CREATE TRIGGER minutes_closing_approver BEFORE UPDATE ON minutes_closing
    FOR EACH ROW WHEN (NEW.locked = 1 AND OLD.locked = 0)
    EXECUTE FUNCTION refuse_unentitled_approver();
-- begin block
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION refuse_unentitled_approver() SET search_path = %I, pg_temp',
                   current_schema());
END
$$;
-- end block
