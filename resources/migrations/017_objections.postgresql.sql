-- Objections and corrections on PostgreSQL (see 017_objections.sql).
--
-- Both name a client, so a row is seen with its client, as the client's
-- other records are. Like the logs they take INSERT and SELECT only, and
-- the person who recorded them is the signed-in login's.
-- begin block
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['objection', 'note_correction']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY care_relation ON %I USING ((SELECT teamforum_me()) IS NOT '
            'NULL AND (SELECT true FROM client c WHERE c.id = %I.client_id))', t, t);
    END LOOP;
END
$$;
-- end block
-- begin block
CREATE FUNCTION teamforum_objection_author() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT teamforum_is_owner() THEN
        NEW.recorded_by := teamforum_me();
    END IF;
    RETURN NEW;
END;
$$;
-- end block
-- begin block
CREATE FUNCTION teamforum_correction_author() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT teamforum_is_owner() THEN
        NEW.corrected_by := teamforum_me();
    END IF;
    RETURN NEW;
END;
$$;
-- end block
CREATE TRIGGER objection_author BEFORE INSERT ON objection
    FOR EACH ROW EXECUTE FUNCTION teamforum_objection_author();
CREATE TRIGGER note_correction_author BEFORE INSERT ON note_correction
    FOR EACH ROW EXECUTE FUNCTION teamforum_correction_author();
-- begin block
DO $$
DECLARE
    users text := current_database() || '_users';
BEGIN
    EXECUTE format('ALTER FUNCTION teamforum_objection_author() SET search_path = %I, pg_temp',
                   current_schema());
    EXECUTE format('ALTER FUNCTION teamforum_correction_author() SET search_path = %I, pg_temp',
                   current_schema());
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = users) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON objection, note_correction FROM %I',
                       users);
        EXECUTE format('GRANT SELECT, INSERT ON objection, note_correction TO %I', users);
    END IF;
END
$$;
-- end block
