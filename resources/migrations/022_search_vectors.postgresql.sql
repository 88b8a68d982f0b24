-- Each searched table keeps its text's Swedish words (the tsvector of the
-- composed text of migration 019) in a stored generated column, and the
-- search index moves onto that column. A search then finds its rows in the
-- index and checks a row by its stored words, never by parsing its text
-- again: `search_vector @@ query` is the whole match, and its one function
-- (ts_match_vq) is the one prepare-server marks leakproof besides
-- to_tsvector, so row-level security does not keep the index out.
ALTER TABLE minute_entry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('swedish', normalize(text, NFC))) STORED;
ALTER TABLE team_action ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('swedish', normalize(what, NFC))) STORED;
ALTER TABLE minutes_addendum ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('swedish', normalize(text, NFC))) STORED;
ALTER TABLE agenda_item ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('swedish', normalize(title, NFC))) STORED;
DROP INDEX minute_entry_search;
DROP INDEX team_action_search;
DROP INDEX minutes_addendum_search;
DROP INDEX agenda_item_search;
CREATE INDEX minute_entry_search ON minute_entry USING gin (search_vector);
CREATE INDEX team_action_search ON team_action USING gin (search_vector);
CREATE INDEX minutes_addendum_search ON minutes_addendum USING gin (search_vector);
CREATE INDEX agenda_item_search ON agenda_item USING gin (search_vector);
