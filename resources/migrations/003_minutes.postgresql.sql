-- Full-text search on PostgreSQL: expression indexes with the Swedish
-- configuration (stemming, stop words, diacritics kept as letters).
CREATE INDEX minute_entry_search ON minute_entry USING gin (to_tsvector('swedish', text));
CREATE INDEX team_action_search ON team_action USING gin (to_tsvector('swedish', what));
CREATE INDEX minutes_addendum_search ON minutes_addendum USING gin (to_tsvector('swedish', text));
