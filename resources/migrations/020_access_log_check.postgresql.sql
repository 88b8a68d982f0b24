-- Loggkontroll on PostgreSQL (see 020_access_log_check.sql).
--
-- Only an enhetschef (by profession or role, as the program decides who is
-- offered the organisation's registers), an administrator or the schema's
-- owner reads or adds a check. Both tables take INSERT and SELECT only, and
-- the reviewer is the signed-in login's person.
-- begin block
CREATE FUNCTION teamforum_manages_organisation() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT teamforum_is_admin() OR teamforum_is_owner()
        OR EXISTS (SELECT 1 FROM person p WHERE p.id = teamforum_me()
                   AND (lower(p.profession) LIKE '%enhetschef%'
                        OR lower(p.role) LIKE '%enhetschef%'))
$$;
-- end block
-- begin block
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['access_log_check', 'access_log_check_row']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY managers_read ON %I FOR SELECT '
            'USING ((SELECT teamforum_manages_organisation()))', t);
        EXECUTE format('CREATE POLICY managers_add ON %I FOR INSERT '
            'WITH CHECK ((SELECT teamforum_manages_organisation()))', t);
    END LOOP;
END
$$;
-- end block
-- begin block
CREATE FUNCTION teamforum_check_reviewer() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT teamforum_is_owner() THEN
        NEW.reviewed_by := teamforum_me();
    END IF;
    RETURN NEW;
END;
$$;
-- end block
-- A saved check is never changed or removed, not even by the owner or a
-- superuser, whom row-level security does not hold.
-- begin block
CREATE FUNCTION teamforum_check_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
-- end block
CREATE TRIGGER access_log_check_no_change BEFORE UPDATE OR DELETE ON access_log_check
    FOR EACH ROW EXECUTE FUNCTION teamforum_check_append_only();
CREATE TRIGGER access_log_check_no_truncate BEFORE TRUNCATE ON access_log_check
    FOR EACH STATEMENT EXECUTE FUNCTION teamforum_check_append_only();
CREATE TRIGGER access_log_check_row_no_change BEFORE UPDATE OR DELETE ON access_log_check_row
    FOR EACH ROW EXECUTE FUNCTION teamforum_check_append_only();
CREATE TRIGGER access_log_check_row_no_truncate BEFORE TRUNCATE ON access_log_check_row
    FOR EACH STATEMENT EXECUTE FUNCTION teamforum_check_append_only();
CREATE TRIGGER access_log_check_reviewer BEFORE INSERT ON access_log_check
    FOR EACH ROW EXECUTE FUNCTION teamforum_check_reviewer();
-- begin block
DO $$
DECLARE
    users text := current_database() || '_users';
BEGIN
    EXECUTE format('ALTER FUNCTION teamforum_manages_organisation() SET search_path = %I, pg_temp',
                   current_schema());
    EXECUTE format('ALTER FUNCTION teamforum_check_reviewer() SET search_path = %I, pg_temp',
                   current_schema());
    EXECUTE format('ALTER FUNCTION teamforum_check_append_only() SET search_path = %I, pg_temp',
                   current_schema());
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = users) THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON access_log_check, '
                       'access_log_check_row FROM %I', users);
        EXECUTE format('GRANT SELECT, INSERT ON access_log_check, access_log_check_row TO %I',
                       users);
    END IF;
END
$$;
-- end block
