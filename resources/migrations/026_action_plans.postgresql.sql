-- Handlingsplaner and the årshjul on PostgreSQL (see 026_action_plans.sql).
--
-- A unit's own, as avvikelser are (021): its team, whoever chairs one of
-- its series, an administrator and the owner read and write them. A
-- plan's actions follow their plan. A signed-off plan and its actions are
-- not changed, no plan is removed, and only someone who manages the
-- organisation (teamforum_manages_organisation, 020) signs off, in the
-- signed-in login's name.
-- begin block
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['action_plan', 'apt_topic']
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
ALTER TABLE action_plan_step ENABLE ROW LEVEL SECURITY;
ALTER TABLE action_plan_step FORCE ROW LEVEL SECURITY;
CREATE POLICY plan_own ON action_plan_step FOR ALL
    USING (plan_id IN (SELECT id FROM action_plan))
    WITH CHECK (plan_id IN (SELECT id FROM action_plan));
-- begin block
CREATE FUNCTION teamforum_action_plan_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'action_plan rows are not removed';
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.signed_off_on IS NOT NULL THEN
        RAISE EXCEPTION 'action_plan % is signed off', OLD.id;
    END IF;
    IF NEW.signed_off_on IS NOT NULL THEN
        IF NOT teamforum_manages_organisation() THEN
            RAISE EXCEPTION 'only whoever manages the organisation signs off a plan';
        END IF;
        IF NOT teamforum_is_owner() THEN
            NEW.signed_off_by := teamforum_me();
        END IF;
    END IF;
    RETURN NEW;
END;
$$;
-- end block
-- begin block
CREATE FUNCTION teamforum_action_plan_step_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    plan bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        plan := OLD.plan_id;
    ELSE
        plan := NEW.plan_id;
    END IF;
    IF EXISTS (SELECT 1 FROM action_plan WHERE id = plan AND signed_off_on IS NOT NULL)
       OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM action_plan
                                        WHERE id = OLD.plan_id AND signed_off_on IS NOT NULL)) THEN
        RAISE EXCEPTION 'action_plan % is signed off', plan;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
-- end block
CREATE TRIGGER action_plan_guard BEFORE INSERT OR UPDATE OR DELETE ON action_plan
    FOR EACH ROW EXECUTE FUNCTION teamforum_action_plan_guard();
CREATE TRIGGER action_plan_step_guard BEFORE INSERT OR UPDATE OR DELETE ON action_plan_step
    FOR EACH ROW EXECUTE FUNCTION teamforum_action_plan_step_guard();
-- begin block
DO $$
BEGIN
    EXECUTE format('ALTER FUNCTION teamforum_action_plan_guard() SET search_path = %I, pg_temp',
                   current_schema());
    EXECUTE format('ALTER FUNCTION teamforum_action_plan_step_guard() SET search_path = %I, pg_temp',
                   current_schema());
END
$$;
-- end block
