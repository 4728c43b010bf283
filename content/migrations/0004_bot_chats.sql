-- Telegram chats the bot talks with: the language the person chose and where they are in a
-- dialogue (persisted so a restart resumes where the person was). Nothing else about them.
CREATE TABLE bot_chats (
    chat_id    INTEGER PRIMARY KEY,
    locale     TEXT,
    dialogue   TEXT,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at INTEGER NOT NULL
) STRICT;
