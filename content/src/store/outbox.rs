//! The outbox: messages to people about their requests, sent by a background task.

use rusqlite::{Row, Transaction, params};

use super::{Store, now};
use crate::model::AppointmentRequest;
use crate::vault::Vault;
use crate::{Locale, ReferenceCode, Result};

/// What happened to a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    /// A counsellor confirmed a time.
    Confirmed,
    /// A counsellor moved the time.
    Rescheduled,
    /// It cannot be arranged.
    Declined,
}

impl NoticeKind {
    fn as_str(self) -> &'static str {
        match self {
            NoticeKind::Confirmed => "confirmed",
            NoticeKind::Rescheduled => "rescheduled",
            NoticeKind::Declined => "declined",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        [
            NoticeKind::Confirmed,
            NoticeKind::Rescheduled,
            NoticeKind::Declined,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// A message waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Outbox id.
    pub id: i64,
    /// The chat to tell.
    pub chat_id: i64,
    /// The person's language.
    pub locale: Locale,
    /// What happened.
    pub kind: NoticeKind,
    /// The request.
    pub reference: ReferenceCode,
    /// Its counselling point.
    pub point_id: String,
    /// The confirmed time, or the reason it was declined.
    pub detail: String,
    /// Sending attempts so far.
    pub attempts: u32,
}

/// Queues a message in the caller's transaction; a repeated key queues nothing.
pub(super) fn enqueue(
    tx: &Transaction<'_>,
    vault: &Vault,
    key: &str,
    chat_id: i64,
    request: &AppointmentRequest,
    kind: NoticeKind,
    detail: &str,
) -> Result<()> {
    let at = now();
    tx.execute(
        "INSERT OR IGNORE INTO outbox (dedupe_key, chat_sealed, locale, kind, reference, point_id, detail_sealed, next_attempt_at, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![key, vault.seal(&chat_id.to_string()), request.locale.as_str(), kind.as_str(), request.reference.as_str(), request.point_id, vault.seal(detail), at],
    )?;
    Ok(())
}

/// A notice from its row; `Err(id)` when its sealed chat or text does not open (a damaged
/// row): it is given up rather than holding back every notice after it.
fn notice_from_row(row: &Row<'_>, vault: &Vault) -> Result<Result<Option<Notice>, i64>> {
    let id: i64 = row.get("id")?;
    let kind: String = row.get("kind")?;
    let Some(kind) = NoticeKind::parse(&kind) else {
        return Ok(Ok(None));
    };
    let (Ok(chat), Ok(detail)) = (
        vault.open(&row.get::<_, Vec<u8>>("chat_sealed")?),
        vault.open(&row.get::<_, Vec<u8>>("detail_sealed")?),
    ) else {
        return Ok(Err(id));
    };
    Ok(Ok(Some(Notice {
        id,
        chat_id: chat
            .parse()
            .map_err(|_| crate::Error::Invalid("stored chat id is not a number".into()))?,
        locale: Locale::parse(&row.get::<_, String>("locale")?)?,
        kind,
        reference: ReferenceCode::parse(&row.get::<_, String>("reference")?)?,
        point_id: row.get("point_id")?,
        detail,
        attempts: row.get("attempts")?,
    })))
}

impl Store {
    /// Messages due to be sent at `at` (Unix seconds), oldest first. One whose sealed fields
    /// no longer open is given up (and logged without content), so the others still go.
    pub fn due_notices(&self, at: i64, limit: usize) -> Result<Vec<Notice>> {
        let (due, unreadable) = self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT id, chat_sealed, locale, kind, reference, point_id, detail_sealed, attempts FROM outbox
                 WHERE state = 'pending' AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2",
            )?;
            let mut rows = stmt.query(params![at, limit as i64])?;
            let (mut due, mut unreadable) = (Vec::new(), Vec::new());
            while let Some(row) = rows.next()? {
                match notice_from_row(row, &self.inner.vault)? {
                    Ok(notice) => due.extend(notice),
                    Err(id) => unreadable.push(id),
                }
            }
            Ok((due, unreadable))
        })?;
        for id in unreadable {
            tracing::warn!(
                notice = id,
                "a notice's sealed fields do not open: given up"
            );
            self.notice_dropped(id)?;
        }
        Ok(due)
    }

    /// Marks a message sent.
    pub fn notice_sent(&self, id: i64) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE outbox SET state = 'sent', attempts = attempts + 1 WHERE id = ?1",
                [id],
            )?;
            Ok(())
        })
    }

    /// Tries a message again at `next` (Unix seconds).
    pub fn notice_retry(&self, id: i64, next: i64) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?2 WHERE id = ?1",
                params![id, next],
            )?;
            Ok(())
        })
    }

    /// Gives a message up (the person blocked the bot, or the chat is gone).
    pub fn notice_dropped(&self, id: i64) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE outbox SET state = 'dropped', attempts = attempts + 1 WHERE id = ?1",
                [id],
            )?;
            Ok(())
        })
    }

    /// How many messages are in each state: (pending, sent, dropped).
    pub fn outbox_counts(&self) -> Result<(u64, u64, u64)> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT COUNT(*) FILTER (WHERE state = 'pending'), COUNT(*) FILTER (WHERE state = 'sent'), COUNT(*) FILTER (WHERE state = 'dropped') FROM outbox",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?)
        })
    }
}
