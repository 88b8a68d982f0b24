-- Where a person works is no client data: every tied login sees it, as it
-- sees the person table.
ALTER TABLE person_unit ENABLE ROW LEVEL SECURITY;
CREATE POLICY tied_person ON person_unit
    USING ((SELECT teamforum_me()) IS NOT NULL OR (SELECT teamforum_is_admin()));
