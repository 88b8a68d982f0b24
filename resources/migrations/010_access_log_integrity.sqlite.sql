-- An entry never changes; the one update allowed fills in the hashes of an
-- entry written before they existed, its fields untouched.
DROP TRIGGER access_log_append_only;
-- begin block
CREATE TRIGGER access_log_append_only BEFORE UPDATE ON access_log
WHEN NOT (OLD.row_hash IS NULL AND OLD.prev_hash IS NULL AND NEW.id = OLD.id
    AND NEW.accessed_at IS OLD.accessed_at AND NEW.person_id IS OLD.person_id
    AND NEW.client_id IS OLD.client_id AND NEW.kind IS OLD.kind
    AND NEW.purpose IS OLD.purpose AND NEW.meeting_id IS OLD.meeting_id)
BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only');
END;
-- end block
-- An entry is removed only with its client: the cascade runs after the
-- client's row is gone, so only a direct DELETE finds the client and fails.
-- begin block
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
WHEN EXISTS (SELECT 1 FROM client WHERE id = OLD.client_id)
BEGIN
    SELECT RAISE(ABORT, 'access_log is append-only');
END;
-- end block
