-- One client record across units on PostgreSQL (see 029_shared_clients.sql).
--
-- The data moves run with the client table's FORCE lifted, so that the
-- owner, who runs the migrations and is no superuser, reaches every row;
-- it is put back at once, in the same transaction.
ALTER TABLE client NO FORCE ROW LEVEL SECURITY;
-- Later records of a personnummer are merged into the first.
UPDATE client SET merged_into = (SELECT MIN(o.id) FROM client o
                                 WHERE o.personnummer = client.personnummer)
    WHERE id > (SELECT MIN(o.id) FROM client o WHERE o.personnummer = client.personnummer);
-- Each record's unit serves the kept record: the kept record's own unit
-- since it was registered, a merged record's unit from the day that record
-- was registered (its first change, else its last) until its own end of
-- insats.
INSERT INTO client_serving_unit (client_id, unit_id, from_date, to_date, updated_at, updated_by)
    SELECT COALESCE(c.merged_into, c.id), c.unit_id,
           CASE WHEN c.merged_into IS NULL THEN NULL
                ELSE COALESCE((SELECT MIN(substr(l.changed_at, 1, 10)) FROM change_log l
                               WHERE l.table_name = 'client' AND l.row_id = c.id),
                              substr(c.updated_at, 1, 10)) END,
           CASE WHEN c.merged_into IS NULL THEN NULL ELSE c.insats_ends_on END,
           c.updated_at, NULL
    FROM client c
    WHERE NOT EXISTS (SELECT 1 FROM client e WHERE e.id < c.id AND e.unit_id = c.unit_id
                      AND COALESCE(e.merged_into, e.id) = COALESCE(c.merged_into, c.id));
-- A kept record takes the roles its duplicates named where it named none,
-- and its insats goes on while a merged record's does.
UPDATE client SET
    contact_person_id = COALESCE(contact_person_id, (SELECT MIN(d.contact_person_id)
        FROM client d WHERE d.merged_into = client.id)),
    nurse_id = COALESCE(nurse_id, (SELECT MIN(d.nurse_id)
        FROM client d WHERE d.merged_into = client.id)),
    occupational_therapist_id = COALESCE(occupational_therapist_id,
        (SELECT MIN(d.occupational_therapist_id) FROM client d WHERE d.merged_into = client.id)),
    physiotherapist_id = COALESCE(physiotherapist_id, (SELECT MIN(d.physiotherapist_id)
        FROM client d WHERE d.merged_into = client.id))
    WHERE EXISTS (SELECT 1 FROM client d WHERE d.merged_into = client.id);
UPDATE client_serving_unit SET to_date = (SELECT c.insats_ends_on FROM client c
                                  WHERE c.id = client_serving_unit.client_id)
    WHERE unit_id = (SELECT c.unit_id FROM client c WHERE c.id = client_serving_unit.client_id)
      AND EXISTS (SELECT 1 FROM client d WHERE d.merged_into = client_serving_unit.client_id);
UPDATE client SET insats_ends_on = NULL, insats_end_reason = NULL
    WHERE EXISTS (SELECT 1 FROM client d WHERE d.merged_into = client.id AND d.insats_ends_on IS NULL);
-- From now on a personnummer names one client across the organisation.
CREATE UNIQUE INDEX client_personnummer_once ON client(personnummer) WHERE merged_into IS NULL;
ALTER TABLE client FORCE ROW LEVEL SECURITY;

-- The clients served by the units a person works in (their care units,
-- 013), at any time: the staff of every unit that serves or served a client
-- see it, as the registering unit's always did. Reads client_serving_unit as the
-- owner; client_serving_unit holds ids and dates only and is not forced, so this
-- does not depend on the client policy that calls it.
-- begin block
CREATE FUNCTION teamforum_served_clients(p_person bigint) RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN
    RETURN QUERY
        SELECT s.client_id FROM client_serving_unit s
        WHERE s.unit_id IN (SELECT teamforum_care_units(p_person));
END;
$$;
-- end block

-- The id of the client with a personnummer, for a unit that registers a
-- person another unit already serves: the id only, never the row (the
-- unique personnummer reveals that much already). Runs as the owner, whom
-- the client policy lets read the one row named in the setting only while
-- this function runs. Only the users' group may call it.
-- begin block
CREATE FUNCTION teamforum_client_of_personnummer(p_personnummer text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $$
DECLARE
    found bigint;
BEGIN
    PERFORM set_config('teamforum.client_lookup', p_personnummer, true);
    SELECT id INTO found FROM client
        WHERE personnummer = p_personnummer AND merged_into IS NULL;
    PERFORM set_config('teamforum.client_lookup', '', true);
    RETURN found;
END;
$$;
-- end block

-- The client policies of 013 with the serving units added.
DROP POLICY care_relation ON client;
DROP POLICY care_relation_updates ON client;
CREATE POLICY care_relation ON client FOR SELECT USING (
    (SELECT teamforum_me()) IN (contact_person_id, nurse_id, occupational_therapist_id,
                       physiotherapist_id)
    OR unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
    OR id IN (SELECT teamforum_served_clients((SELECT teamforum_me())))
    OR id IN (SELECT teamforum_meeting_clients((SELECT teamforum_me())))
    OR ((SELECT teamforum_is_owner())
        AND personnummer = current_setting('teamforum.client_lookup', true)));
CREATE POLICY care_relation_updates ON client FOR UPDATE USING (
    (SELECT teamforum_me()) IN (contact_person_id, nurse_id, occupational_therapist_id,
                       physiotherapist_id)
    OR unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
    OR id IN (SELECT teamforum_served_clients((SELECT teamforum_me())))
    OR id IN (SELECT teamforum_meeting_clients((SELECT teamforum_me()))));

-- Which units serve a client: seen with the client; a unit is added to or
-- ended for a client by someone of that unit, or whoever administers.
ALTER TABLE client_serving_unit ENABLE ROW LEVEL SECURITY;
CREATE POLICY care_relation ON client_serving_unit FOR SELECT
    USING ((SELECT true FROM client c WHERE c.id = client_serving_unit.client_id));
CREATE POLICY unit_writes ON client_serving_unit FOR ALL
    USING (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
           OR (SELECT teamforum_is_admin()))
    WITH CHECK (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
                OR (SELECT teamforum_is_admin()));

-- The units a samordningsmöte coordinates hold no client data: read by
-- anyone tied to a person, changed by someone of the coordinating unit.
ALTER TABLE coordinated_unit ENABLE ROW LEVEL SECURITY;
CREATE POLICY tied_person_reads ON coordinated_unit FOR SELECT
    USING ((SELECT teamforum_me()) IS NOT NULL OR (SELECT teamforum_is_admin()));
CREATE POLICY unit_writes ON coordinated_unit FOR ALL
    USING (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
           OR (SELECT teamforum_is_admin()))
    WITH CHECK (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me())))
                OR (SELECT teamforum_is_admin()));

-- begin block
DO $$
DECLARE
    users text := current_database() || '_users';
BEGIN
    EXECUTE format('ALTER FUNCTION teamforum_served_clients(bigint) SET search_path = %I, pg_temp',
                   current_schema());
    EXECUTE format('ALTER FUNCTION teamforum_client_of_personnummer(text) '
                   'SET search_path = %I, pg_temp', current_schema());
    EXECUTE 'REVOKE EXECUTE ON FUNCTION teamforum_client_of_personnummer(text) FROM PUBLIC';
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = users) THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION teamforum_client_of_personnummer(text) TO %I',
                       users);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON client_serving_unit, coordinated_unit TO %I',
                       users);
    END IF;
END
$$;
-- end block
