-- Personal data sealed at rest: a request's alias and contact, and every Telegram chat id, are
-- kept encrypted (XChaCha20-Poly1305 under the key file navrat.key); chats are found by a keyed
-- hash of their id (chat_key). The store converts existing rows in the same transaction, then
-- drops the clear columns (0008_sealed_contacts_drop.sql). secure_delete zeroes freed pages.

ALTER TABLE appointment_requests ADD COLUMN alias_sealed BLOB;
ALTER TABLE appointment_requests ADD COLUMN contact_sealed BLOB;
ALTER TABLE appointment_requests ADD COLUMN chat_sealed BLOB;
ALTER TABLE appointment_requests ADD COLUMN chat_key BLOB;

CREATE TABLE bot_chats_sealed (
    chat_key   BLOB PRIMARY KEY,
    locale     TEXT,
    dialogue   BLOB,             -- sealed: a half-filled request may hold a nickname or phone
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at INTEGER NOT NULL
) STRICT;

ALTER TABLE outbox ADD COLUMN chat_sealed BLOB;
