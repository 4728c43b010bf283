//! What the bot keeps per Telegram chat: the chosen language and the dialogue state.

use rusqlite::{OptionalExtension, params};

use super::{Store, now};
use crate::{Locale, Result};

impl Store {
    /// The language a chat chose, if any.
    pub fn chat_locale(&self, chat_id: i64) -> Result<Option<Locale>> {
        self.read(|c| {
            let code: Option<Option<String>> = c
                .query_row(
                    "SELECT locale FROM bot_chats WHERE chat_id = ?1",
                    [chat_id],
                    |r| r.get(0),
                )
                .optional()?;
            code.flatten().map(|c| Locale::parse(&c)).transpose()
        })
    }

    /// Remembers the language a chat chose.
    pub fn set_chat_locale(&self, chat_id: i64, locale: Locale) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO bot_chats (chat_id, locale, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (chat_id) DO UPDATE SET locale = excluded.locale, active = 1, updated_at = excluded.updated_at",
                params![chat_id, locale.as_str(), now()],
            )?;
            Ok(())
        })
    }

    /// The stored dialogue state of a chat (serialised by the bot).
    pub fn chat_dialogue(&self, chat_id: i64) -> Result<Option<String>> {
        self.read(|c| {
            let state: Option<Option<String>> = c
                .query_row(
                    "SELECT dialogue FROM bot_chats WHERE chat_id = ?1",
                    [chat_id],
                    |r| r.get(0),
                )
                .optional()?;
            Ok(state.flatten())
        })
    }

    /// Stores (or, with `None`, clears) a chat's dialogue state.
    pub fn set_chat_dialogue(&self, chat_id: i64, dialogue: Option<&str>) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO bot_chats (chat_id, dialogue, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (chat_id) DO UPDATE SET dialogue = excluded.dialogue, updated_at = excluded.updated_at",
                params![chat_id, dialogue, now()],
            )?;
            Ok(())
        })
    }

    /// Marks a chat inactive (the person blocked the bot): nothing more is sent to it.
    pub fn deactivate_chat(&self, chat_id: i64) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE bot_chats SET active = 0, updated_at = ?2 WHERE chat_id = ?1",
                params![chat_id, now()],
            )?;
            Ok(())
        })
    }
}
