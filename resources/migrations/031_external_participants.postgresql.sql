-- External participants on PostgreSQL (see 031_external_participants.sql).
--
-- The register, a series' list and a meeting's list hold no client data:
-- read by anyone tied to a person, changed by someone of the unit (of the
-- meeting or series) or an administrator, like the participants (013). A
-- meeting's list is locked with its minutes; the leader is a column of the
-- meeting, locked by 009's meeting trigger.
ALTER TABLE external_person ENABLE ROW LEVEL SECURITY;
CREATE POLICY tied_person_reads ON external_person FOR SELECT
    USING ((SELECT teamforum_me()) IS NOT NULL OR (SELECT teamforum_is_admin()));
CREATE POLICY unit_writes ON external_person FOR ALL
    USING (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
           OR (SELECT teamforum_is_admin()))
    WITH CHECK (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
                OR (SELECT teamforum_is_admin()));

ALTER TABLE series_external ENABLE ROW LEVEL SECURITY;
CREATE POLICY tied_person_reads ON series_external FOR SELECT
    USING ((SELECT teamforum_me()) IS NOT NULL OR (SELECT teamforum_is_admin()));
CREATE POLICY unit_writes ON series_external FOR ALL
    USING ((SELECT unit_id FROM meeting_series s WHERE s.id = series_external.series_id)
               IN (SELECT teamforum_care_units((SELECT teamforum_me())))
           OR (SELECT teamforum_is_admin()));

ALTER TABLE meeting_external ENABLE ROW LEVEL SECURITY;
CREATE POLICY tied_person_reads ON meeting_external FOR SELECT
    USING ((SELECT teamforum_me()) IS NOT NULL OR (SELECT teamforum_is_admin()));
CREATE POLICY unit_writes ON meeting_external FOR ALL
    USING ((SELECT unit_id FROM meeting m WHERE m.id = meeting_external.meeting_id)
               IN (SELECT teamforum_care_units((SELECT teamforum_me())))
           OR (SELECT teamforum_is_admin()));
CREATE TRIGGER meeting_external_locked_new BEFORE INSERT OR UPDATE ON meeting_external
    FOR EACH ROW WHEN (is_locked_meeting(NEW.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();
CREATE TRIGGER meeting_external_locked_old BEFORE UPDATE OR DELETE ON meeting_external
    FOR EACH ROW WHEN (is_locked_meeting(OLD.meeting_id)) EXECUTE FUNCTION refuse_locked_minutes();

-- begin block
DO $$
DECLARE
    users text := current_database() || '_users';
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = users) THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON external_person, series_external, '
                       'meeting_external TO %I', users);
    END IF;
END
$$;
-- end block
