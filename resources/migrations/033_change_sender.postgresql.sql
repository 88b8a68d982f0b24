-- A client may hold more than one connection (meeting mode saves notes on
-- one of its own, NotesWriter): each notification names the server
-- process that made the change, payload 'table:rowId:pid', so a client can
-- tell its own commits from other clients' whichever connection made them.
-- begin block
CREATE OR REPLACE FUNCTION teamforum_announce_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify(left('teamforum_change/' || current_schema(), 63),
                      NEW.table_name || ':' || NEW.row_id || ':' || pg_backend_pid());
    RETURN NULL;
END;
$$;
-- end block
