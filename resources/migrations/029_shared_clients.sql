-- One client record across units (seed 001: the samordningsmöte is about
-- the clients home care, boendestöd, hemsjukvård and the health centre
-- share).
--
-- client_serving_unit: which units serve a client, from a day (NULL: since it was
-- registered, the registering unit's row) until the first day they no
-- longer do (NULL: still serving). Every client has at least the
-- row of the unit that registered it (client.unit_id). A personnummer is one
-- client across the organisation: registering it in another unit adds a
-- row here instead of a second client.
--
-- merged_into: a client registered twice before this step (the same
-- personnummer in two units) is kept as the first record; each later one is
-- marked merged into it, keeps its rows and history (agenda items, notes,
-- actions, the hash-chained access log, which is never rewritten) and
-- drops out of the lists, and its unit serves the first record from its own
-- registration until its own end of insats. The data moves are in the
-- engine files of this step (on PostgreSQL they must run with row-level
-- security lifted for the owner), followed by the unique personnummer.
ALTER TABLE client ADD COLUMN merged_into BIGINT REFERENCES client(id);

CREATE TABLE client_serving_unit (
    id ${ID},
    client_id BIGINT NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    from_date TEXT CHECK (from_date IS NULL OR length(from_date) = 10),
    to_date TEXT CHECK (to_date IS NULL OR length(to_date) = 10),
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id)
);
CREATE INDEX client_serving_unit_unit ON client_serving_unit(unit_id, client_id);
CREATE INDEX client_serving_unit_client ON client_serving_unit(client_id);

-- The units a samordningsmöte coordinates: the forum `forum` of unit
-- `unit_id` (an area) draws its clients from these units (home care,
-- boendestöd, hemsjukvård of the area).
CREATE TABLE coordinated_unit (
    unit_id BIGINT NOT NULL REFERENCES unit(id),
    forum TEXT NOT NULL,
    coordinated_unit_id BIGINT NOT NULL REFERENCES unit(id),
    updated_at TEXT NOT NULL,
    updated_by BIGINT REFERENCES person(id),
    PRIMARY KEY (unit_id, forum, coordinated_unit_id)
);
