-- A signed-off handlingsplan and its actions are not changed, and no plan
-- is removed (see 026_action_plans.sql).
-- begin block
CREATE TRIGGER action_plan_signed_off BEFORE UPDATE ON action_plan
WHEN OLD.signed_off_on IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'action_plan is signed off');
END;
-- end block
-- begin block
CREATE TRIGGER action_plan_no_delete BEFORE DELETE ON action_plan
BEGIN
    SELECT RAISE(ABORT, 'action_plan rows are not removed');
END;
-- end block
-- begin block
CREATE TRIGGER action_plan_step_signed_off_insert BEFORE INSERT ON action_plan_step
WHEN (SELECT signed_off_on FROM action_plan WHERE id = NEW.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'action_plan is signed off');
END;
-- end block
-- begin block
CREATE TRIGGER action_plan_step_signed_off_update BEFORE UPDATE ON action_plan_step
WHEN (SELECT signed_off_on FROM action_plan WHERE id = OLD.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'action_plan is signed off');
END;
-- end block
-- begin block
CREATE TRIGGER action_plan_step_signed_off_delete BEFORE DELETE ON action_plan_step
WHEN (SELECT signed_off_on FROM action_plan WHERE id = OLD.plan_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'action_plan is signed off');
END;
-- end block
