-- The newest entry of a client's hash chain (AccessLogChain) is found by
-- MAX(id) per client. Without an index on (client_id, id) PostgreSQL walks
-- the whole primary key backwards for it: seconds per client on a
-- municipality's log.
CREATE INDEX access_log_client_chain ON access_log(client_id, id);
