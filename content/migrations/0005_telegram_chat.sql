-- The Telegram chat that follows a request (asked in the bot, or attached from a kiosk's QR
-- code), kept apart from the contact the person chose, so news reaches the chat either way.
ALTER TABLE appointment_requests ADD COLUMN telegram_chat INTEGER;
CREATE INDEX appointment_requests_by_chat ON appointment_requests(telegram_chat);
