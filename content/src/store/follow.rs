//! Following a kiosk request on Telegram: the token of the kiosk's QR code is kept only as its
//! keyed hash, and a request has at most one following chat, which nobody else can replace.

use rusqlite::{OptionalExtension, Transaction, params};

use super::{Store, audit, now};
use crate::vault::Vault;
use crate::{ReferenceCode, Result};

/// What became of a chat's attempt to follow a request with a token from a QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowOutcome {
    /// No request has this token.
    Unknown,
    /// The chat follows the request now (or already did).
    Following(Box<crate::model::AppointmentRequest>),
    /// Another chat follows the request: it keeps it, and this chat gets nothing.
    FollowedElsewhere,
}

/// What the follow transaction found: the request's reference when this chat follows it.
enum Attached {
    Unknown,
    To(String),
    Elsewhere,
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
        let hash = vault.follow_token_hash(token);
        let chat_key = vault.chat_key(chat_id);
        let attached = self.write(|tx| {
            let found: Option<(i64, String, Option<Vec<u8>>)> = tx
                .query_row(
                    "SELECT id, reference, chat_key FROM appointment_requests WHERE follow_hash = ?1",
                    [&hash],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            match found {
                None => Ok(Attached::Unknown),
                Some((_, reference, Some(key))) if key == chat_key => Ok(Attached::To(reference)),
                Some((_, _, Some(_))) => Ok(Attached::Elsewhere),
                Some((id, reference, None)) => {
                    tx.execute(
                        "UPDATE appointment_requests SET chat_sealed = ?2, chat_key = ?3, updated_at = ?4
                         WHERE id = ?1 AND chat_key IS NULL",
                        params![id, vault.seal(&chat_id.to_string()), chat_key, now()],
                    )?;
                    audit(tx, "telegram", "appointment.follow", &format!("appointment/{id}"), "")?;
                    Ok(Attached::To(reference))
                }
            }
        })?;
        match attached {
            Attached::Unknown => Ok(FollowOutcome::Unknown),
            Attached::Elsewhere => Ok(FollowOutcome::FollowedElsewhere),
            Attached::To(reference) => Ok(self
                .appointment_request(&ReferenceCode::parse(&reference)?)?
                .map_or(FollowOutcome::Unknown, |r| {
                    FollowOutcome::Following(Box::new(r))
                })),
        }
    }
}
