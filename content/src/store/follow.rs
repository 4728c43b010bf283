//! Following a kiosk request or a kiosk question on Telegram: the token of the kiosk's QR code
//! is kept only as its keyed hash (a request's and a question's in different domains), and each
//! has at most one following chat, which nobody else can replace.

use rusqlite::{OptionalExtension, Transaction, params};

use super::{Store, audit, now};
use crate::vault::Vault;
use crate::{ReferenceCode, Result};

/// What became of a chat's attempt to follow a kiosk request (or, with
/// [`FollowedQuestion`], a kiosk question) with a token from a QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowOutcome<T = Box<crate::model::AppointmentRequest>> {
    /// Nothing of this kind has this token.
    Unknown,
    /// The chat follows it now (or already did).
    Following(T),
    /// Another chat follows it: that chat keeps it, and this chat gets nothing.
    FollowedElsewhere,
}

/// A kiosk question a chat follows now: its answers come to that chat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowedQuestion {
    /// The question's reference, as the person got it at the kiosk.
    pub reference: ReferenceCode,
    /// The language it was asked in: the person's.
    pub locale: crate::Locale,
}

/// What can be followed from a chat through a kiosk's QR code, and where its rows live.
#[derive(Clone, Copy)]
enum Followed {
    Request,
    Question,
}

impl Followed {
    /// The table, the audit action and the audit target's prefix.
    fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Followed::Request => ("appointment_requests", "appointment.follow", "appointment"),
            Followed::Question => ("conversations", "conversation.follow", "conversation"),
        }
    }

    /// The token's keyed hash, each kind in its own domain.
    fn hash(self, vault: &Vault, token: &str) -> Vec<u8> {
        match self {
            Followed::Request => vault.follow_token_hash(token),
            Followed::Question => vault.question_follow_token_hash(token),
        }
    }
}

/// What the follow transaction found: the row's id and reference when this chat follows it,
/// and whether it did so only now.
enum Attached {
    Unknown,
    To {
        id: i64,
        reference: String,
        now: bool,
    },
    Elsewhere,
}

/// Sets the chat of the `followed` row with this token, in the caller's transaction, if no
/// chat follows it yet: a follow never replaces another one.
fn attach(
    tx: &Transaction<'_>,
    vault: &Vault,
    followed: Followed,
    token: &str,
    chat_id: i64,
) -> Result<Attached> {
    let (table, action, target) = followed.names();
    let chat_key = vault.chat_key(chat_id);
    let found: Option<(i64, String, Option<Vec<u8>>)> = tx
        .query_row(
            &format!("SELECT id, reference, chat_key FROM {table} WHERE follow_hash = ?1"),
            [followed.hash(vault, token)],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    match found {
        None => Ok(Attached::Unknown),
        Some((id, reference, Some(key))) if key == chat_key => Ok(Attached::To {
            id,
            reference,
            now: false,
        }),
        Some((_, _, Some(_))) => Ok(Attached::Elsewhere),
        Some((id, reference, None)) => {
            tx.execute(
                &format!(
                    "UPDATE {table} SET chat_sealed = ?2, chat_key = ?3, updated_at = ?4
                     WHERE id = ?1 AND chat_key IS NULL"
                ),
                params![id, vault.seal(&chat_id.to_string()), chat_key, now()],
            )?;
            audit(tx, "telegram", action, &format!("{target}/{id}"), "")?;
            Ok(Attached::To {
                id,
                reference,
                now: true,
            })
        }
    }
}

/// A fresh follow token: 22 letters and digits (about 131 bits).
pub(super) fn new_follow_token() -> String {
    const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..22)
        .map(|_| CHARS[rand::Rng::random_range(&mut rng, 0..CHARS.len())] as char)
        .collect()
}

/// The data step of migration 10: replaces every unused follow token by its keyed hash, then
/// drops the clear column.
pub(super) fn hash_follow_tokens(tx: &Transaction<'_>, vault: &Vault) -> Result<()> {
    let tokens: Vec<(i64, String)> = {
        let mut stmt = tx.prepare(
            "SELECT id, follow_token FROM appointment_requests WHERE follow_token IS NOT NULL",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    for (id, token) in tokens {
        tx.execute(
            "UPDATE appointment_requests SET follow_hash = ?2 WHERE id = ?1",
            params![id, vault.follow_token_hash(&token)],
        )?;
    }
    tx.execute_batch(include_str!("sql/0010_follow_token_hash_drop.sql"))?;
    Ok(())
}

impl Store {
    /// The request with this deep-link token, whoever follows it.
    pub fn appointment_by_follow_token(
        &self,
        token: &str,
    ) -> Result<Option<crate::model::AppointmentRequest>> {
        let hash = self.inner.vault.follow_token_hash(token);
        let reference: Option<String> = self.read(|c| {
            Ok(c.query_row(
                "SELECT reference FROM appointment_requests WHERE follow_hash = ?1",
                [hash],
                |r| r.get(0),
            )
            .optional()?)
        })?;
        match reference {
            Some(r) => self.appointment_request(&ReferenceCode::parse(&r)?),
            None => Ok(None),
        }
    }

    /// Lets a Telegram chat follow the kiosk request with this deep-link token, if no other
    /// chat follows it: a follow never replaces another one.
    pub fn attach_chat_by_token(&self, token: &str, chat_id: i64) -> Result<FollowOutcome> {
        let vault = &self.inner.vault;
        let attached = self.write(|tx| attach(tx, vault, Followed::Request, token, chat_id))?;
        match attached {
            Attached::Unknown => Ok(FollowOutcome::Unknown),
            Attached::Elsewhere => Ok(FollowOutcome::FollowedElsewhere),
            Attached::To { reference, .. } => Ok(self
                .appointment_request(&ReferenceCode::parse(&reference)?)?
                .map_or(FollowOutcome::Unknown, |r| {
                    FollowOutcome::Following(Box::new(r))
                })),
        }
    }

    /// Lets a Telegram chat follow the kiosk question with this deep-link token, if no other
    /// chat follows it. From then on it is the chat's question as if asked in the bot: the
    /// answers given already are queued for the chat (each once, in the same transaction),
    /// later answers too, the person can write to it there, and `/forget` deletes it.
    pub fn attach_question_chat_by_token(
        &self,
        token: &str,
        chat_id: i64,
        at: i64,
    ) -> Result<FollowOutcome<FollowedQuestion>> {
        let vault = &self.inner.vault;
        let found = self.write(|tx| {
            let attached = attach(tx, vault, Followed::Question, token, chat_id)?;
            let Attached::To { id, reference, now } = attached else {
                return Ok((attached, None));
            };
            if now {
                // The message id is unique in the queue: an answer is never queued twice.
                tx.execute(
                    "INSERT OR IGNORE INTO conversation_deliveries (message_id, conversation_id, next_attempt_at)
                     SELECT id, conversation_id, ?2 FROM conversation_messages
                     WHERE conversation_id = ?1 AND author_kind = 'counsellor' ORDER BY id",
                    params![id, at],
                )?;
            }
            let locale: String = tx.query_row(
                "SELECT locale FROM conversations WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            Ok((Attached::To { id, reference, now }, Some(locale)))
        })?;
        match found {
            (Attached::To { reference, .. }, Some(locale)) => {
                Ok(FollowOutcome::Following(FollowedQuestion {
                    reference: ReferenceCode::parse(&reference)?,
                    locale: crate::Locale::parse(&locale)?,
                }))
            }
            (Attached::Elsewhere, _) => Ok(FollowOutcome::FollowedElsewhere),
            _ => Ok(FollowOutcome::Unknown),
        }
    }
}
