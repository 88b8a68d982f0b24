-- Each searched row keeps its meeting's start beside it, so that a search
-- orders its matches, and walks the newest rows, by an index of the row's
-- own table. Before, every match was joined to its meeting to be ordered:
-- for a word of 20,000 matches a join over every meeting, which grows with
-- all the meetings stored (a region's two million), not with the page shown.
-- The column is a copy kept by the triggers below; a search shows the
-- meeting's own start, and orders by the copy.
ALTER TABLE agenda_item ADD COLUMN meeting_start_utc text;
ALTER TABLE team_action ADD COLUMN meeting_start_utc text;
ALTER TABLE minutes_addendum ADD COLUMN meeting_start_utc text;
ALTER TABLE minute_entry ADD COLUMN meeting_start_utc text;
-- The rows stored so far are dated once, past the locks of approved
-- minutes (the copy changes nothing of their content) and past row-level
-- security, which would hide from the owner the rows of every client.
-- begin block
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['agenda_item', 'team_action', 'minutes_addendum', 'minute_entry']
    LOOP
        EXECUTE format('ALTER TABLE %I DISABLE TRIGGER USER', t);
        EXECUTE format('ALTER TABLE %I NO FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END
$$;
-- end block
UPDATE agenda_item s SET meeting_start_utc = m.start_utc FROM meeting m WHERE m.id = s.meeting_id;
UPDATE team_action s SET meeting_start_utc = m.start_utc FROM meeting m WHERE m.id = s.meeting_id;
UPDATE minutes_addendum s SET meeting_start_utc = m.start_utc FROM meeting m
    WHERE m.id = s.meeting_id;
UPDATE minute_entry s SET meeting_start_utc = i.meeting_start_utc FROM agenda_item i
    WHERE i.id = s.agenda_item_id;
-- begin block
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['agenda_item', 'team_action', 'minutes_addendum', 'minute_entry']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE TRIGGER USER', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END
$$;
-- end block
-- A new row, or one moved to another meeting, takes its meeting's start.
-- begin block
CREATE FUNCTION teamforum_date_by_meeting() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.meeting_start_utc := (SELECT start_utc FROM meeting WHERE id = NEW.meeting_id);
    RETURN NEW;
END;
$$;
-- end block
-- begin block
CREATE FUNCTION teamforum_date_by_agenda_item() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.meeting_start_utc := (SELECT m.start_utc FROM agenda_item i
                              JOIN meeting m ON m.id = i.meeting_id
                              WHERE i.id = NEW.agenda_item_id);
    RETURN NEW;
END;
$$;
-- end block
CREATE TRIGGER agenda_item_dated BEFORE INSERT OR UPDATE OF meeting_id ON agenda_item
    FOR EACH ROW EXECUTE FUNCTION teamforum_date_by_meeting();
CREATE TRIGGER team_action_dated BEFORE INSERT OR UPDATE OF meeting_id ON team_action
    FOR EACH ROW EXECUTE FUNCTION teamforum_date_by_meeting();
CREATE TRIGGER minutes_addendum_dated BEFORE INSERT OR UPDATE OF meeting_id ON minutes_addendum
    FOR EACH ROW EXECUTE FUNCTION teamforum_date_by_meeting();
CREATE TRIGGER minute_entry_dated BEFORE INSERT OR UPDATE OF agenda_item_id ON minute_entry
    FOR EACH ROW EXECUTE FUNCTION teamforum_date_by_agenda_item();
-- A meeting moved to another time takes its rows along; so does an agenda
-- item moved to another meeting its notes. Only a meeting whose minutes
-- are not locked can move (meeting_locked); the program lets its unit's
-- team move it, who see its rows. A row hidden from the mover by row-level
-- security would keep the old start: only its place in a search's order.
-- begin block
CREATE FUNCTION teamforum_date_meeting_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE agenda_item SET meeting_start_utc = NEW.start_utc WHERE meeting_id = NEW.id;
    UPDATE team_action SET meeting_start_utc = NEW.start_utc WHERE meeting_id = NEW.id;
    UPDATE minutes_addendum SET meeting_start_utc = NEW.start_utc WHERE meeting_id = NEW.id;
    UPDATE minute_entry SET meeting_start_utc = NEW.start_utc
        WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE meeting_id = NEW.id);
    RETURN NULL;
END;
$$;
-- end block
-- begin block
CREATE FUNCTION teamforum_date_item_notes() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE minute_entry SET meeting_start_utc = NEW.meeting_start_utc
        WHERE agenda_item_id = NEW.id;
    RETURN NULL;
END;
$$;
-- end block
CREATE TRIGGER meeting_dates_rows AFTER UPDATE OF start_utc ON meeting
    FOR EACH ROW WHEN (OLD.start_utc IS DISTINCT FROM NEW.start_utc)
    EXECUTE FUNCTION teamforum_date_meeting_rows();
CREATE TRIGGER agenda_item_dates_notes AFTER UPDATE OF meeting_id ON agenda_item
    FOR EACH ROW WHEN (OLD.meeting_id IS DISTINCT FROM NEW.meeting_id)
    EXECUTE FUNCTION teamforum_date_item_notes();
-- The newest rows first, for the walk of a common word.
CREATE INDEX agenda_item_newest ON agenda_item (meeting_start_utc DESC, id DESC);
CREATE INDEX team_action_newest ON team_action (meeting_start_utc DESC, id DESC);
CREATE INDEX minutes_addendum_newest ON minutes_addendum (meeting_start_utc DESC, id DESC);
CREATE INDEX minute_entry_newest ON minute_entry (meeting_start_utc DESC, id DESC);
