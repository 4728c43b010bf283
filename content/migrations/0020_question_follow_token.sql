-- A question asked at a kiosk can be followed on Telegram through a one-time QR code, as a
-- kiosk request can (0010): the token is stored only as its keyed hash (under another domain
-- than a request's, so neither kind of token ever finds the other), and stays after use so a
-- second chat is told the question is followed elsewhere.
ALTER TABLE conversations ADD COLUMN follow_hash BLOB;
CREATE UNIQUE INDEX conversations_follow ON conversations(follow_hash) WHERE follow_hash IS NOT NULL;
