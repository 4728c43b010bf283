-- The second half of migration 10, after the tokens were hashed.
DROP INDEX appointment_requests_follow_token;
ALTER TABLE appointment_requests DROP COLUMN follow_token;
CREATE UNIQUE INDEX appointment_requests_follow_hash ON appointment_requests(follow_hash);
