-- Access by care relation (PostgreSQL). Run by the owner role that holds
-- the schema; docs/postgresql-access.md describes the roles for IT.
--
-- Roles, named after the database so that two organisations on one server
-- stay apart: <database>_users, the group of everyone who uses the program,
-- and <database>_admins, who may tie logins to people. One login role per
-- person, tied to the person through person.login by teamforum_grant_login.
-- The identity is current_user, never a value the program sends.
--
-- A person may read a client's data while a care relation holds: a role for
-- the client (contact person, nurse, occupational therapist,
-- physiotherapist), member of the team of the client's unit, chair of a
-- forum series of that unit, or participant of a meeting with the client on
-- its agenda (from the invitation until 30 days after the meeting). The
-- tables with client data have FORCE ROW LEVEL SECURITY, so not even their
-- owner reads them outside a relation. The other tables are shown to every
-- login tied to an active person; a login tied to nobody sees nothing.

-- begin block
DO $$
DECLARE
    wanted text;
BEGIN
    -- Roles belong to the whole server: schemas migrated at the same time
    -- take turns (the lock is held until this step commits).
    PERFORM pg_advisory_xact_lock(hashtext('teamforum roles'));
    FOREACH wanted IN ARRAY ARRAY[current_database() || '_users', current_database() || '_admins']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', wanted);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- made meanwhile by the migration of another schema
            END;
        END IF;
    END LOOP;
    -- An administrator is also a user of the program.
    IF NOT pg_has_role(current_database() || '_admins', current_database() || '_users',
                       'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', current_database() || '_users',
                       current_database() || '_admins');
    END IF;
END
$$;
-- end block

-- Which clients' agenda items each meeting has, kept by a trigger so the
-- policies can find a meeting's clients without reading agenda_item, whose
-- own policy depends on them. Holds ids only; no user may read it directly.
CREATE TABLE meeting_client (
    meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    client_id BIGINT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    items INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, client_id)
);
CREATE INDEX meeting_client_client ON meeting_client(client_id);
INSERT INTO meeting_client (meeting_id, client_id, items)
    SELECT meeting_id, client_id, count(*) FROM agenda_item
    WHERE client_id IS NOT NULL GROUP BY meeting_id, client_id;

-- The functions the policies use. Those marked SECURITY DEFINER read
-- tables without client data that the caller may not read in full; they
-- never read a table with client data, which holds the owner too (FORCE).
-- The policies ask for the person's units and samordning clients as small
-- sets, built once per statement, and look up a row's client or meeting by
-- its key; functions called per row were measured a hundred times slower. The functions are PL/pgSQL, whose plans are kept for the
-- session, and the policies call teamforum_me() through a sub-select, which
-- runs once per statement instead of once per row.

-- begin block
CREATE FUNCTION teamforum_person_of(login_name text) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN (SELECT id FROM person WHERE login = login_name AND active = 1);
END;
$$;
-- end block
-- begin block
CREATE FUNCTION teamforum_me() RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT teamforum_person_of(current_user::text)
$$;
-- end block
-- begin block
CREATE FUNCTION teamforum_is_admin() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, current_database() || '_admins', 'MEMBER')
$$;
-- end block
-- The owner of the schema's tables (a superuser counts as one): migrations,
-- and the functions below that run as the owner.
-- begin block
CREATE FUNCTION teamforum_is_owner() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class
    WHERE oid = 'person'::regclass
$$;
-- end block
-- begin block
CREATE FUNCTION teamforum_care_units(p_person bigint) RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN QUERY
        SELECT unit_id FROM team_member WHERE person_id = p_person
        UNION
        SELECT unit_id FROM meeting_series WHERE chair_id = p_person;
END;
$$;
-- end block
-- begin block
CREATE FUNCTION teamforum_meeting_clients(p_person bigint) RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN QUERY
        SELECT mc.client_id FROM meeting_client mc
        JOIN participant p ON p.meeting_id = mc.meeting_id
        JOIN meeting m ON m.id = mc.meeting_id
        WHERE p.person_id = p_person
          AND m.start_utc >= to_char(now() AT TIME ZONE 'UTC' - interval '30 days',
                                     'YYYY-MM-DD"T"HH24:MI:SS"Z"');
END;
$$;

-- begin block
CREATE FUNCTION teamforum_track_meeting_client() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.client_id IS NOT NULL THEN
        UPDATE meeting_client SET items = items - 1
            WHERE meeting_id = OLD.meeting_id AND client_id = OLD.client_id;
        DELETE FROM meeting_client
            WHERE meeting_id = OLD.meeting_id AND client_id = OLD.client_id AND items <= 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.client_id IS NOT NULL THEN
        INSERT INTO meeting_client (meeting_id, client_id, items)
            VALUES (NEW.meeting_id, NEW.client_id, 1)
            ON CONFLICT (meeting_id, client_id) DO UPDATE SET items = meeting_client.items + 1;
    END IF;
    RETURN NULL;
END;
$$;
-- end block
CREATE TRIGGER agenda_item_meeting_client
    AFTER INSERT OR DELETE OR UPDATE OF meeting_id, client_id ON agenda_item
    FOR EACH ROW EXECUTE FUNCTION teamforum_track_meeting_client();

-- Only an administrator (or the owner) ties a login to a person.
-- begin block
CREATE FUNCTION teamforum_guard_login() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NEW.login IS NOT NULL)
        OR (TG_OP = 'UPDATE' AND NEW.login IS DISTINCT FROM OLD.login) THEN
        IF NOT (teamforum_is_admin() OR teamforum_is_owner()) THEN
            RAISE EXCEPTION 'teamforum: only an administrator ties a login to a person'
                USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
-- end block
CREATE TRIGGER person_guard_login BEFORE INSERT OR UPDATE ON person
    FOR EACH ROW EXECUTE FUNCTION teamforum_guard_login();

-- A log row's person is the signed-in login's person, set here whatever the
-- program sent. Only the owner (migrations) writes rows as given.
-- begin block
CREATE FUNCTION teamforum_log_author() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT teamforum_is_owner() THEN
        NEW.person_id := teamforum_me();
        IF NEW.person_id IS NULL AND NOT teamforum_is_admin() THEN
            RAISE EXCEPTION 'teamforum: the login is tied to no person'
                USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
-- end block
CREATE TRIGGER access_log_author BEFORE INSERT ON access_log
    FOR EACH ROW EXECUTE FUNCTION teamforum_log_author();
CREATE TRIGGER change_log_author BEFORE INSERT ON change_log
    FOR EACH ROW EXECUTE FUNCTION teamforum_log_author();

-- Ties a login to a person: creates the login role if it does not exist,
-- makes it a member of the users' group (and of the administrators' with
-- administrator), and unties the person's previous login. Runs as the owner,
-- which needs CREATEROLE; only administrators may call it.
-- begin block
CREATE FUNCTION teamforum_grant_login(p_person bigint, p_login text, p_administrator boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    users text := current_database() || '_users';
    admins text := current_database() || '_admins';
    previous text;
    holder bigint;
BEGIN
    IF p_login IS NULL OR p_login !~ '^[a-z_][a-z0-9_]{0,62}$' OR p_login LIKE 'pg\_%'
        OR p_login IN (users, admins) THEN
        RAISE EXCEPTION 'teamforum: unusable login name' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login
               AND (rolsuper OR rolbypassrls OR rolcreaterole OR NOT rolcanlogin)) THEN
        RAISE EXCEPTION 'teamforum: the role has rights beyond a user''s'
            USING ERRCODE = '42501';
    END IF;
    SELECT login INTO previous FROM person WHERE id = p_person FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'teamforum: no such person' USING ERRCODE = 'P0002';
    END IF;
    SELECT id INTO holder FROM person WHERE login = p_login AND id <> p_person;
    IF holder IS NOT NULL THEN
        RAISE EXCEPTION 'teamforum: the login belongs to another person'
            USING ERRCODE = '23505';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    END IF;
    EXECUTE format('GRANT %I TO %I', users, p_login);
    IF p_administrator THEN
        EXECUTE format('GRANT %I TO %I', admins, p_login);
    END IF;
    IF previous IS NOT NULL AND previous <> p_login
        AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = previous) THEN
        EXECUTE format('REVOKE %I FROM %I', admins, previous);
        EXECUTE format('REVOKE %I FROM %I', users, previous);
    END IF;
    UPDATE person SET login = p_login, version = version + 1,
        updated_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
        WHERE id = p_person;
END;
$$;
-- end block
-- Unties the person's login and takes the role out of both groups; the
-- role itself stays (IT may use it elsewhere). Returns the login it untied.
-- begin block
CREATE FUNCTION teamforum_revoke_login(p_person bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    previous text;
BEGIN
    SELECT login INTO previous FROM person WHERE id = p_person FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'teamforum: no such person' USING ERRCODE = 'P0002';
    END IF;
    IF previous IS NULL THEN
        RETURN NULL;
    END IF;
    UPDATE person SET login = NULL, version = version + 1,
        updated_at = to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
        WHERE id = p_person;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = previous) THEN
        EXECUTE format('REVOKE %I FROM %I', current_database() || '_admins', previous);
        EXECUTE format('REVOKE %I FROM %I', current_database() || '_users', previous);
    END IF;
    RETURN previous;
END;
$$;
-- end block

-- Fixed search paths for the functions, in this schema.
-- begin block
DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['teamforum_person_of(text)', 'teamforum_me()',
        'teamforum_is_admin()', 'teamforum_is_owner()', 'teamforum_care_units(bigint)',
        'teamforum_meeting_clients(bigint)', 'teamforum_track_meeting_client()',
        'teamforum_guard_login()', 'teamforum_log_author()',
        'teamforum_grant_login(bigint,text,boolean)', 'teamforum_revoke_login(bigint)']
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
    EXECUTE 'REVOKE EXECUTE ON FUNCTION teamforum_grant_login(bigint,text,boolean) FROM PUBLIC';
    EXECUTE 'REVOKE EXECUTE ON FUNCTION teamforum_revoke_login(bigint) FROM PUBLIC';
    EXECUTE format('GRANT EXECUTE ON FUNCTION teamforum_grant_login(bigint,text,boolean) TO %I',
                   current_database() || '_admins');
    EXECUTE format('GRANT EXECUTE ON FUNCTION teamforum_revoke_login(bigint) TO %I',
                   current_database() || '_admins');
END
$$;
-- end block

-- Privileges. Anyone may see which schema this is and ask who they are, so
-- a login tied to nobody can be told so. The logs take INSERT only.
-- begin block
DO $$
DECLARE
    users text := current_database() || '_users';
    t text;
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO PUBLIC', current_schema());
    GRANT SELECT ON teamforum_meta, schema_version TO PUBLIC;
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
    LOOP
        IF t IN ('access_log', 'change_log') THEN
            EXECUTE format('GRANT SELECT, INSERT ON %I TO %I', t, users);
        ELSIF t NOT IN ('teamforum_meta', 'schema_version', 'meeting_client') THEN
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', t, users);
        END IF;
    END LOOP;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I',
                   current_schema(), users);
END
$$;
-- end block

-- Tables without client data: every tied login sees them; the tables that
-- make a care relation (team, series chair, participants) and the meetings
-- change only by someone of the unit, or an administrator.
-- begin block
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['person', 'unit', 'forum_template', 'template_purpose',
        'template_participant', 'template_leader', 'template_agenda_item', 'series_occurrence',
        'minutes_closing', 'risk_instrument_setting', 'change_log', 'meeting_client']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        IF t <> 'meeting_client' THEN
            EXECUTE format('CREATE POLICY tied_person ON %I '
                'USING ((SELECT teamforum_me()) IS NOT NULL OR (SELECT teamforum_is_admin()))', t);
        END IF;
    END LOOP;
    FOREACH t IN ARRAY ARRAY['meeting', 'meeting_series', 'team_member', 'unit_planning']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tied_person_reads ON %I FOR SELECT '
            'USING ((SELECT teamforum_me()) IS NOT NULL OR (SELECT teamforum_is_admin()))', t);
        EXECUTE format('CREATE POLICY unit_writes ON %I FOR ALL '
            'USING (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me()))) '
            'OR (SELECT teamforum_is_admin()))', t);
    END LOOP;
END
$$;
-- end block
ALTER TABLE participant ENABLE ROW LEVEL SECURITY;
CREATE POLICY tied_person_reads ON participant FOR SELECT
    USING ((SELECT teamforum_me()) IS NOT NULL OR (SELECT teamforum_is_admin()));
CREATE POLICY unit_writes ON participant FOR ALL
    USING ((SELECT unit_id FROM meeting m WHERE m.id = participant.meeting_id)
               IN (SELECT teamforum_care_units((SELECT teamforum_me())))
           OR (SELECT teamforum_is_admin()));

-- Tables with client data.
ALTER TABLE client ENABLE ROW LEVEL SECURITY;
ALTER TABLE client FORCE ROW LEVEL SECURITY;
CREATE POLICY care_relation ON client FOR SELECT USING (
    (SELECT teamforum_me()) IN (contact_person_id, nurse_id, occupational_therapist_id,
                       physiotherapist_id)
    OR unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
    OR id IN (SELECT teamforum_meeting_clients((SELECT teamforum_me()))));
CREATE POLICY care_relation_updates ON client FOR UPDATE USING (
    (SELECT teamforum_me()) IN (contact_person_id, nurse_id, occupational_therapist_id,
                       physiotherapist_id)
    OR unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
    OR id IN (SELECT teamforum_meeting_clients((SELECT teamforum_me()))));
-- A client is registered, and removed, by someone of the client's unit.
CREATE POLICY unit_registers ON client FOR INSERT
    WITH CHECK (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me()))));
CREATE POLICY unit_removes ON client FOR DELETE
    USING (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me()))));

-- begin block
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['agenda_item', 'minute_entry', 'team_action', 'participation',
        'client_feedback', 'rotation_pick', 'next_meeting_client', 'minutes_addendum',
        'client_admission', 'risk_interval', 'risk_assessment', 'risk_answer', 'consent',
        'sbar_report', 'sip_need', 'access_log']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END
$$;
-- end block
CREATE POLICY care_relation ON agenda_item USING (
    (SELECT teamforum_me()) IS NOT NULL
    AND CASE WHEN client_id IS NULL
             THEN (SELECT unit_id FROM meeting m WHERE m.id = agenda_item.meeting_id)
                      IN (SELECT teamforum_care_units((SELECT teamforum_me())))
                  OR (SELECT true FROM participant p WHERE p.meeting_id = agenda_item.meeting_id
                      AND p.person_id = (SELECT teamforum_me()))
             ELSE (SELECT true FROM client c WHERE c.id = agenda_item.client_id) END);
-- A row that hangs on another is visible with it. The look-up is a scalar
-- sub-select on purpose: an EXISTS would be planned as a hash of every
-- visible parent row, read in full for each statement.
CREATE POLICY care_relation ON minute_entry USING (
    (SELECT true FROM agenda_item a WHERE a.id = minute_entry.agenda_item_id));
CREATE POLICY care_relation ON participation USING (
    (SELECT true FROM agenda_item a WHERE a.id = participation.agenda_item_id));
CREATE POLICY care_relation ON minutes_addendum USING (
    (SELECT teamforum_me()) IS NOT NULL
    AND CASE WHEN agenda_item_id IS NULL
             THEN (SELECT unit_id FROM meeting m WHERE m.id = minutes_addendum.meeting_id)
                      IN (SELECT teamforum_care_units((SELECT teamforum_me())))
                  OR (SELECT true FROM participant p
                      WHERE p.meeting_id = minutes_addendum.meeting_id
                      AND p.person_id = (SELECT teamforum_me()))
             ELSE (SELECT true FROM agenda_item a
                   WHERE a.id = minutes_addendum.agenda_item_id) END);
CREATE POLICY care_relation ON team_action USING (
    (SELECT teamforum_me()) IS NOT NULL
    AND (client_id IS NULL OR (SELECT true FROM client c WHERE c.id = team_action.client_id))
    AND (agenda_item_id IS NULL
         OR (SELECT true FROM agenda_item a WHERE a.id = team_action.agenda_item_id)));
CREATE POLICY care_relation ON client_feedback USING (
    (SELECT true FROM team_action t WHERE t.id = client_feedback.action_id));
CREATE POLICY care_relation ON risk_answer USING (
    (SELECT true FROM risk_assessment r WHERE r.id = risk_answer.assessment_id));
-- begin block
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['rotation_pick', 'next_meeting_client', 'client_admission',
        'risk_interval', 'risk_assessment', 'consent', 'sbar_report', 'sip_need', 'access_log']
    LOOP
        EXECUTE format('CREATE POLICY care_relation ON %I '
            'USING ((SELECT true FROM client c WHERE c.id = %I.client_id))', t, t);
    END LOOP;
END
$$;
-- end block

-- Tables added by later steps get the same privileges.
-- begin block
DO $$
BEGIN
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I '
        'GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
        current_schema(), current_database() || '_users');
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I '
        'GRANT USAGE, SELECT ON SEQUENCES TO %I',
        current_schema(), current_database() || '_users');
END
$$;
-- end block
