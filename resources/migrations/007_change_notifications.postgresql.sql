-- Every recorded change (change_log, written in the transaction of the
-- change itself) is announced to the other clients: NOTIFY on the channel
-- 'teamforum_change/' followed by the schema's name (ChangeFeed listens on
-- the same name), payload 'table:rowId'. Delivered after commit, never for
-- a rollback; identical payloads of one transaction are folded.
-- begin block
CREATE FUNCTION teamforum_announce_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(left('teamforum_change/' || current_schema(), 63),
                      NEW.table_name || ':' || NEW.row_id);
    RETURN NULL;
END;
$$;
-- end block
CREATE TRIGGER change_log_announce AFTER INSERT ON change_log
    FOR EACH ROW EXECUTE FUNCTION teamforum_announce_change();
