//! UI strings edited in the workspace. They override the message of the same id in
//! `locales/<code>/<file>.ftl` while the service runs, and `navrat export` writes them there.

use rusqlite::params;

use super::{Store, audit, now};
use crate::{Locale, Result};

/// A UI message edited in the workspace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UiMessage {
    /// The locale.
    pub locale: Locale,
    /// The Fluent file (`common`, `kiosk`, `bot`, `workspace`).
    pub file: String,
    /// The message id.
    pub id: String,
    /// The Fluent value after `id =` (continuation lines indented), already checked.
    pub value: String,
    /// Login of who edited it last.
    pub author: String,
}

impl Store {
    /// Saves an edited UI message (checked by the caller with Fluent's parser).
    pub fn save_ui_message(&self, message: &UiMessage, actor: &str) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO ui_messages (locale, file, message_id, value, author, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (locale, file, message_id) DO UPDATE SET value = excluded.value, author = excluded.author, updated_at = excluded.updated_at",
                params![message.locale.as_str(), message.file, message.id, message.value, message.author, now()],
            )?;
            audit(
                tx,
                actor,
                "ui_message.save",
                &format!("locales/{}/{}.ftl#{}", message.locale, message.file, message.id),
                "",
            )
        })
    }

    /// Every UI message edited in the workspace, by locale, file and id.
    pub fn ui_messages(&self) -> Result<Vec<UiMessage>> {
        self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT locale, file, message_id, value, author FROM ui_messages ORDER BY locale, file, message_id",
            )?;
            let mut rows = stmt.query([])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                out.push(UiMessage {
                    locale: Locale::parse(&row.get::<_, String>("locale")?)?,
                    file: row.get("file")?,
                    id: row.get("message_id")?,
                    value: row.get("value")?,
                    author: row.get("author")?,
                });
            }
            Ok(out)
        })
    }
}
