-- Text is indexed composed (NFC): a note stored decomposed (NFD, as some
-- keyboards and pasted text give it) is found by the composed words a
-- search looks for, while the note itself is kept byte for byte. Each
-- searched table gets its text composed in a stored generated column, and
-- the Swedish expression index moves onto it (the search reads the column,
-- so the functions of the match stay the two prepare-server marks
-- leakproof). Agenda titles are searched too.
ALTER TABLE minute_entry ADD COLUMN search_text TEXT GENERATED ALWAYS AS (normalize(text, NFC)) STORED;
ALTER TABLE team_action ADD COLUMN search_text TEXT GENERATED ALWAYS AS (normalize(what, NFC)) STORED;
ALTER TABLE minutes_addendum ADD COLUMN search_text TEXT GENERATED ALWAYS AS (normalize(text, NFC)) STORED;
ALTER TABLE agenda_item ADD COLUMN search_text TEXT GENERATED ALWAYS AS (normalize(title, NFC)) STORED;
DROP INDEX minute_entry_search;
DROP INDEX team_action_search;
DROP INDEX minutes_addendum_search;
CREATE INDEX minute_entry_search ON minute_entry USING gin (to_tsvector('swedish', search_text));
CREATE INDEX team_action_search ON team_action USING gin (to_tsvector('swedish', search_text));
CREATE INDEX minutes_addendum_search ON minutes_addendum USING gin (to_tsvector('swedish', search_text));
CREATE INDEX agenda_item_search ON agenda_item USING gin (to_tsvector('swedish', search_text));
