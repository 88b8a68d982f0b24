-- The agenda titles' FTS5 table, as migration 003's (rowid = agenda_item.id,
-- diacritics kept). SearchRepository fills it from agenda_item by id before
-- the next search and keeps it up to date from change_log.
CREATE VIRTUAL TABLE agenda_item_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 0');
