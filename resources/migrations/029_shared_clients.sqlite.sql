-- One client record across units on SQLite: the data moves of 029_shared_clients.sql
-- (the same statements as on PostgreSQL) and the unique personnummer.
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
