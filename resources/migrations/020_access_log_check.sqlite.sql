-- A saved loggkontroll is never changed or removed (see 020_access_log_check.sql).
-- begin block
CREATE TRIGGER access_log_check_no_update BEFORE UPDATE ON access_log_check
BEGIN
    SELECT RAISE(ABORT, 'access_log_check is append-only');
END;
-- end block
-- begin block
CREATE TRIGGER access_log_check_no_delete BEFORE DELETE ON access_log_check
BEGIN
    SELECT RAISE(ABORT, 'access_log_check is append-only');
END;
-- end block
-- begin block
CREATE TRIGGER access_log_check_row_no_update BEFORE UPDATE ON access_log_check_row
BEGIN
    SELECT RAISE(ABORT, 'access_log_check_row is append-only');
END;
-- end block
-- begin block
CREATE TRIGGER access_log_check_row_no_delete BEFORE DELETE ON access_log_check_row
BEGIN
    SELECT RAISE(ABORT, 'access_log_check_row is append-only');
END;
-- end block
