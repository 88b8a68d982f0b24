-- An entry never changes; the one update allowed fills in the hashes of an
-- entry written before they existed, its fields untouched. An entry is
-- removed only with its client: the cascade runs after the client's row is
-- gone, so only a direct DELETE finds the client and fails. TRUNCATE fails.
-- begin block
CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.row_hash IS NULL AND OLD.prev_hash IS NULL AND NEW.id = OLD.id
            AND NEW.accessed_at IS NOT DISTINCT FROM OLD.accessed_at
            AND NEW.person_id IS NOT DISTINCT FROM OLD.person_id
            AND NEW.client_id IS NOT DISTINCT FROM OLD.client_id
            AND NEW.kind IS NOT DISTINCT FROM OLD.kind
            AND NEW.purpose IS NOT DISTINCT FROM OLD.purpose
            AND NEW.meeting_id IS NOT DISTINCT FROM OLD.meeting_id THEN
            RETURN NEW;
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF NOT EXISTS (SELECT 1 FROM client WHERE id = OLD.client_id) THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'access_log is append-only';
END;
$$ LANGUAGE plpgsql;
-- end block
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_append_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();
