-- The access log is append-only: an entry is never changed.
-- begin block
CREATE TRIGGER access_log_append_only BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only');
END;
-- end block
