-- Egenkontroller on PostgreSQL (see 024_self_inspection.sql): read by anyone
-- tied to a person, as the meetings are; added by someone working in the
-- unit or whoever manages the organisation, in the signed-in login's name;
-- never changed or removed.
ALTER TABLE self_inspection ENABLE ROW LEVEL SECURITY;
ALTER TABLE self_inspection FORCE ROW LEVEL SECURITY;
CREATE POLICY tied_person_reads ON self_inspection FOR SELECT
    USING ((SELECT teamforum_me()) IS NOT NULL OR (SELECT teamforum_is_admin())
           OR (SELECT teamforum_is_owner()));
CREATE POLICY unit_adds ON self_inspection FOR INSERT
    WITH CHECK (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
                OR (SELECT teamforum_manages_organisation()));
-- begin block
CREATE FUNCTION teamforum_inspection_recorder() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT teamforum_is_owner() THEN
        NEW.recorded_by := teamforum_me();
    END IF;
    RETURN NEW;
END;
$$;
-- end block
CREATE TRIGGER self_inspection_recorder BEFORE INSERT ON self_inspection
    FOR EACH ROW EXECUTE FUNCTION teamforum_inspection_recorder();
CREATE TRIGGER self_inspection_no_change BEFORE UPDATE OR DELETE ON self_inspection
    FOR EACH ROW EXECUTE FUNCTION teamforum_check_append_only();
CREATE TRIGGER self_inspection_no_truncate BEFORE TRUNCATE ON self_inspection
    FOR EACH STATEMENT EXECUTE FUNCTION teamforum_check_append_only();
-- begin block
DO $$
DECLARE
    users text := current_database() || '_users';
BEGIN
    EXECUTE format('ALTER FUNCTION teamforum_inspection_recorder() SET search_path = %I, pg_temp',
                   current_schema());
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = users) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON self_inspection FROM %I', users);
        EXECUTE format('GRANT SELECT, INSERT ON self_inspection TO %I', users);
    END IF;
END
$$;
-- end block
