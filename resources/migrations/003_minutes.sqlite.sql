-- Full-text search on SQLite: one FTS5 table per searched source, rowid =
-- the source row's id. Triggers cannot fill them (trusted_schema=OFF forbids
-- virtual tables in triggers), so SearchRepository brings them up to date
-- from change_log before each search. Diacritics are kept: in Swedish å, ä
-- and ö are letters of their own ("får" is not "far"), as on PostgreSQL.
CREATE VIRTUAL TABLE minute_entry_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE team_action_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE minutes_addendum_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO minute_entry_fts (rowid, text) SELECT id, text FROM minute_entry;
INSERT INTO team_action_fts (rowid, text) SELECT id, what FROM team_action;
INSERT INTO teamforum_meta (meta_key, meta_value)
    SELECT 'search_synced_change', CAST(COALESCE(MAX(id), 0) AS TEXT) FROM change_log;
