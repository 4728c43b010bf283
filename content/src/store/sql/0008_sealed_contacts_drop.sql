-- The second half of migration 8, after the rows were sealed: the clear columns go.
DROP INDEX appointment_requests_by_chat;
ALTER TABLE appointment_requests DROP COLUMN alias;
ALTER TABLE appointment_requests DROP COLUMN contact_value;
ALTER TABLE appointment_requests DROP COLUMN telegram_chat;
CREATE INDEX appointment_requests_by_chat ON appointment_requests(chat_key);
DROP TABLE bot_chats;
ALTER TABLE bot_chats_sealed RENAME TO bot_chats;
ALTER TABLE outbox DROP COLUMN chat_id;
