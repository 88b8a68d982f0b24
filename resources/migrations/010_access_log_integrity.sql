-- The access log made tamper-evident. Every entry carries the hash of the
-- same client's previous entry (prev_hash, empty for the first) and a
-- SHA-256 over its own fields and prev_hash (row_hash), both as hex. The
-- chain runs per client, so removing a client (gallring) takes its whole
-- chain and leaves every other chain whole. The program computes the hashes
-- (AccessLogChain); the entries written before this step are chained at the
-- first open after it, which the marker below asks for. The engine files
-- refuse DELETE as the earlier step refuses UPDATE, except for the cascade
-- from removing the client.
ALTER TABLE access_log ADD COLUMN prev_hash TEXT;
ALTER TABLE access_log ADD COLUMN row_hash TEXT;
INSERT INTO teamforum_meta (meta_key, meta_value) VALUES ('access_log_chain', 'pending');
