//! What the bot keeps per Telegram chat: the chosen language and the dialogue state. A chat is
//! found by a keyed hash of its id; the id itself is not stored, and the dialogue (which may
//! hold a half-typed nickname or phone number) is sealed.

use rusqlite::{OptionalExtension, params};

use super::{Store, now};
use crate::{Locale, Result};

impl Store {
    /// The language a chat chose, if any.
    pub fn chat_locale(&self, chat_id: i64) -> Result<Option<Locale>> {
        let key = self.inner.vault.chat_key(chat_id);
        self.read(|c| {
            let code: Option<Option<String>> = c
                .query_row(
                    "SELECT locale FROM bot_chats WHERE chat_key = ?1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?;
            code.flatten().map(|c| Locale::parse(&c)).transpose()
        })
    }

    /// Remembers the language a chat chose.
    pub fn set_chat_locale(&self, chat_id: i64, locale: Locale) -> Result<()> {
        let key = self.inner.vault.chat_key(chat_id);
        self.write(|tx| {
            tx.execute(
                "INSERT INTO bot_chats (chat_key, locale, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (chat_key) DO UPDATE SET locale = excluded.locale, active = 1, updated_at = excluded.updated_at",
                params![key, locale.as_str(), now()],
            )?;
            Ok(())
        })
    }

    /// The stored dialogue state of a chat (serialised by the bot).
    pub fn chat_dialogue(&self, chat_id: i64) -> Result<Option<String>> {
        let key = self.inner.vault.chat_key(chat_id);
        let sealed: Option<Vec<u8>> = self.read(|c| {
            let state: Option<Option<Vec<u8>>> = c
                .query_row(
                    "SELECT dialogue FROM bot_chats WHERE chat_key = ?1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?;
            Ok(state.flatten())
        })?;
        sealed.map(|s| self.inner.vault.open(&s)).transpose()
    }

    /// Stores (or, with `None`, clears) a chat's dialogue state.
    pub fn set_chat_dialogue(&self, chat_id: i64, dialogue: Option<&str>) -> Result<()> {
        let key = self.inner.vault.chat_key(chat_id);
        let sealed = dialogue.map(|d| self.inner.vault.seal(d));
        self.write(|tx| {
            tx.execute(
                "INSERT INTO bot_chats (chat_key, dialogue, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (chat_key) DO UPDATE SET dialogue = excluded.dialogue, updated_at = excluded.updated_at",
                params![key, sealed, now()],
            )?;
            Ok(())
        })
    }

    /// Marks a chat inactive (the person blocked the bot): nothing more is sent to it.
    pub fn deactivate_chat(&self, chat_id: i64) -> Result<()> {
        let key = self.inner.vault.chat_key(chat_id);
        self.write(|tx| {
            tx.execute(
                "UPDATE bot_chats SET active = 0, updated_at = ?2 WHERE chat_key = ?1",
                params![key, now()],
            )?;
            Ok(())
        })
    }
}
