//! Telegram's `file_id` of each audio sent as a voice message (migration 0017).

use rusqlite::OptionalExtension;

use super::Store;
use crate::Result;

impl Store {
    /// The `file_id` Telegram gave when `audio_key` was first sent, if it was.
    pub fn telegram_voice_file(&self, audio_key: &str) -> Result<Option<String>> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT file_id FROM telegram_voice_files WHERE audio_key = ?1",
                [audio_key],
                |r| r.get(0),
            )
            .optional()?)
        })
    }

    /// Remembers the `file_id` Telegram gave for `audio_key`.
    pub fn remember_telegram_voice_file(&self, audio_key: &str, file_id: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO telegram_voice_files (audio_key, file_id) VALUES (?1, ?2)
                 ON CONFLICT (audio_key) DO UPDATE SET file_id = excluded.file_id",
                [audio_key, file_id],
            )?;
            Ok(())
        })
    }
}
