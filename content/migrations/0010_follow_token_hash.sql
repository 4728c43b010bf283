-- A follow token is stored only as its keyed hash (BLAKE2b under the data directory's key): a
-- copy of the database, or anyone reading it, cannot follow a request from their own chat.
-- The hash stays after the token was used, so a second chat that tries it is told the request
-- is already followed elsewhere. The store hashes existing tokens in the same transaction,
-- then drops the clear column (0010_follow_token_hash_drop.sql).
ALTER TABLE appointment_requests ADD COLUMN follow_hash BLOB;
