-- Avvikelser and klagomål on PostgreSQL (see 021_deviations_and_complaints.sql).
--
-- Both are a unit's own: the unit's team, whoever chairs one of its series
-- and an administrator read and write them (teamforum_care_units, as the
-- meetings are written); nobody else sees them. FORCE keeps the owner to
-- the same rules.
-- begin block
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['deviation', 'complaint']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY unit_own ON %I FOR ALL '
            'USING (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me()))) '
            'OR (SELECT teamforum_is_admin()) OR (SELECT teamforum_is_owner())) '
            'WITH CHECK (unit_id IN (SELECT teamforum_care_units((SELECT teamforum_me()))) '
            'OR (SELECT teamforum_is_admin()) OR (SELECT teamforum_is_owner()))', t);
    END LOOP;
END
$$;
-- end block
