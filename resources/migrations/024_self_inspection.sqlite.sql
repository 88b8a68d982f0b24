-- An egenkontroll's result is never changed or removed (see 024_self_inspection.sql).
-- begin block
CREATE TRIGGER self_inspection_no_update BEFORE UPDATE ON self_inspection
BEGIN
    SELECT RAISE(ABORT, 'self_inspection is append-only');
END;
-- end block
-- begin block
CREATE TRIGGER self_inspection_no_delete BEFORE DELETE ON self_inspection
BEGIN
    SELECT RAISE(ABORT, 'self_inspection is append-only');
END;
-- end block
