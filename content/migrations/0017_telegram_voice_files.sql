-- Telegram's file_id of each audio the bot has sent as a voice message, so that it is uploaded
-- once and sent by file_id afterwards. The key names the audio (`m:<machine-voice key>` or
-- `r:<recording sha256>`), a content hash: no text and no person in it.
CREATE TABLE telegram_voice_files (
    audio_key TEXT PRIMARY KEY NOT NULL,
    file_id TEXT NOT NULL
) STRICT;
