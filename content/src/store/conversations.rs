//! Ask a counsellor, the person's side: questions from the bot and the kiosk, what the person
//! reads back, `/forget`, retention, and the queue that delivers answers to Telegram exactly
//! once. Every message body and the chat id are sealed; a chat is found by its keyed hash.
//! The counsellors' side (inbox, answers, notes, saved replies, overview) is in `inbox.rs`.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::{Store, audit};
use crate::model::{
    AnswerDelivery, AuthorKind, Channel, ConversationRef, ConversationState, NewQuestion,
    PersonMessage, PersonView, QuestionText,
};
use crate::vault::Vault;
use crate::{Error, Locale, ReferenceCode, Result};

/// Where a conversation stands: what decides what a new message from the person does to it.
struct Standing {
    id: i64,
    state: ConversationState,
    /// Its counsellor, if one has taken it.
    assignee: Option<String>,
}

impl Standing {
    /// The columns `id, state, assignee` from `row`, starting at column `first`.
    fn from_row(row: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<Standing> {
        Ok(Standing {
            id: row.get(first)?,
            state: row.get(first + 1)?,
            assignee: row.get(first + 2)?,
        })
    }
}

/// Where a conversation stands, found by its reference.
fn find_by_reference(c: &Connection, reference: &ReferenceCode) -> Result<Option<Standing>> {
    Ok(c.query_row(
        "SELECT id, state, assignee FROM conversations WHERE reference = ?1",
        [reference.as_str()],
        |r| Standing::from_row(r, 0),
    )
    .optional()?)
}

/// A message about to be appended to a conversation.
pub(super) struct NewMessage<'a> {
    pub(super) author: AuthorKind,
    pub(super) staff_login: Option<&'a str>,
    pub(super) text: &'a QuestionText,
    /// One per submitted form: the same form twice is one message.
    pub(super) submit_key: Option<&'a str>,
    pub(super) at: i64,
}

/// Appends a message (its body sealed) in the caller's transaction and returns its id; a
/// repeated `submit_key` appends nothing and returns `None`.
pub(super) fn append_message(
    tx: &Transaction<'_>,
    vault: &Vault,
    conversation_id: i64,
    m: NewMessage<'_>,
) -> Result<Option<i64>> {
    let NewMessage {
        author,
        staff_login,
        text,
        submit_key,
        at,
    } = m;
    let n = tx.execute(
        "INSERT OR IGNORE INTO conversation_messages (conversation_id, author_kind, staff_login, body_sealed, submit_key, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![conversation_id, author, staff_login, vault.seal(text.as_str()), submit_key, at],
    )?;
    Ok((n == 1).then(|| tx.last_insert_rowid()))
}

fn person_message(text: &QuestionText, at: i64) -> NewMessage<'_> {
    NewMessage {
        author: AuthorKind::Person,
        staff_login: None,
        text,
        submit_key: None,
        at,
    }
}

/// A person wrote: the conversation waits for a counsellor again (its own if it has one).
fn person_wrote(
    tx: &Transaction<'_>,
    vault: &Vault,
    conversation: &Standing,
    text: &QuestionText,
    at: i64,
) -> Result<()> {
    let Standing {
        id,
        state,
        assignee,
    } = conversation;
    if *state == ConversationState::Closed {
        return Err(Error::NotAllowed("the question is closed".into()));
    }
    append_message(tx, vault, *id, person_message(text, at))?;
    let next = if assignee.is_some() {
        ConversationState::Assigned
    } else {
        ConversationState::Unassigned
    };
    tx.execute(
        "UPDATE conversations SET state = ?2, waiting_since = COALESCE(waiting_since, ?3), updated_at = ?3 WHERE id = ?1",
        params![id, next, at],
    )?;
    audit(
        tx,
        "person",
        "conversation.person_message",
        &format!("conversation/{id}"),
        "",
    )
}

impl Store {
    /// Stores a new question and returns its reference. It is on disk when this returns: only
    /// then may the person be told it was received. A question naming a point needs an active
    /// point; one asked with an appointment request needs that request to exist.
    pub fn ask(&self, q: NewQuestion, now: i64) -> Result<ConversationRef> {
        let vault = &self.inner.vault;
        self.write(|tx| {
            if let Some(point) = &q.point_id {
                let active: bool = tx
                    .query_row("SELECT active FROM points WHERE id = ?1", [point], |r| r.get(0))
                    .optional()?
                    .unwrap_or(false);
                if !active {
                    return Err(Error::NotFound(format!("counselling point {point:?}")));
                }
            }
            let appointment: Option<i64> = match &q.appointment_reference {
                Some(reference) => Some(
                    tx.query_row(
                        "SELECT id FROM appointment_requests WHERE reference = ?1",
                        [reference.as_str()],
                        |r| r.get(0),
                    )
                    .optional()?
                    .ok_or_else(|| Error::NotFound("appointment request".into()))?,
                ),
                None => None,
            };
            let reference = fresh_reference(tx)?;
            // A kiosk question can be followed on Telegram: only the token's hash is stored.
            let follow_token = (q.channel == Channel::Kiosk && q.telegram_chat.is_none())
                .then(super::follow::new_follow_token);
            tx.execute(
                "INSERT INTO conversations (reference, channel, locale, point_id, chat_key, chat_sealed, appointment_request_id, state, waiting_since, created_at, updated_at, follow_hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'unassigned', ?8, ?8, ?8, ?9)",
                params![
                    reference.as_str(),
                    q.channel,
                    q.locale.as_str(),
                    q.point_id,
                    q.telegram_chat.map(|c| vault.chat_key(c)),
                    q.telegram_chat.map(|c| vault.seal(&c.to_string())),
                    appointment,
                    now,
                    follow_token.as_deref().map(|t| vault.question_follow_token_hash(t)),
                ],
            )?;
            let id = tx.last_insert_rowid();
            append_message(tx, vault, id, person_message(&q.text, now))?;
            audit(tx, q.channel.as_str(), "conversation.ask", &format!("conversation/{id}"), q.locale.as_str())?;
            Ok(ConversationRef {
                id,
                reference,
                follow_token,
            })
        })
    }

    /// The person adds to their conversation (kiosk, by reference). A conversation waiting
    /// for the person goes back to its counsellor (or to the unassigned tab).
    pub fn add_person_message(
        &self,
        reference: &ReferenceCode,
        text: QuestionText,
        now: i64,
    ) -> Result<()> {
        self.write(|tx| {
            let conversation = find_by_reference(tx, reference)?
                .ok_or_else(|| Error::NotFound("question".into()))?;
            person_wrote(tx, &self.inner.vault, &conversation, &text, now)
        })
    }

    /// The person writes in the bot: added to the chat's open conversation, if it has one
    /// (`None`: it has none, nothing was stored).
    pub fn add_person_message_by_chat(
        &self,
        chat: i64,
        text: QuestionText,
        now: i64,
    ) -> Result<Option<ConversationRef>> {
        let key = self.inner.vault.chat_key(chat);
        self.write(|tx| {
            let Some((reference, conversation)) = open_for_chat(tx, &key)? else {
                return Ok(None);
            };
            person_wrote(tx, &self.inner.vault, &conversation, &text, now)?;
            Ok(Some(ConversationRef {
                id: conversation.id,
                reference: ReferenceCode::parse(&reference)?,
                follow_token: None,
            }))
        })
    }

    /// The person closes their question. Closing a closed one changes nothing.
    pub fn close_by_person(&self, reference: &ReferenceCode, now: i64) -> Result<()> {
        self.write(|tx| {
            let Standing { id, state, .. } = find_by_reference(tx, reference)?
                .ok_or_else(|| Error::NotFound("question".into()))?;
            if state == ConversationState::Closed {
                return Ok(());
            }
            tx.execute(
                "UPDATE conversations SET state = 'closed', waiting_since = NULL, closed_at = ?2, updated_at = ?2 WHERE id = ?1",
                params![id, now],
            )?;
            audit(tx, "person", "conversation.close", &format!("conversation/{id}"), "by the person")
        })
    }

    /// The chat's conversation that is not closed, if any (newest).
    pub fn open_conversation_for_chat(&self, chat: i64) -> Result<Option<ConversationRef>> {
        let key = self.inner.vault.chat_key(chat);
        self.read(|c| {
            open_for_chat(c, &key)?
                .map(|(reference, conversation)| {
                    Ok(ConversationRef {
                        id: conversation.id,
                        reference: ReferenceCode::parse(&reference)?,
                        follow_token: None,
                    })
                })
                .transpose()
        })
    }

    /// Whether a Telegram chat follows the conversation with this reference (asked in the bot,
    /// or followed through a kiosk's QR code); `false` for an unknown reference.
    pub fn conversation_has_chat(&self, reference: &ReferenceCode) -> Result<bool> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT chat_key IS NOT NULL FROM conversations WHERE reference = ?1",
                [reference.as_str()],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(false))
        })
    }

    /// What the person sees of a conversation: their messages and the answers, never the
    /// internal notes or staff names. A message whose sealed body does not open is left out.
    pub fn conversation_for_person(&self, reference: &ReferenceCode) -> Result<Option<PersonView>> {
        self.read(|c| {
            let row: Option<(i64, String, ConversationState)> = c
                .query_row(
                    "SELECT id, locale, state FROM conversations WHERE reference = ?1",
                    [reference.as_str()],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((id, locale, state)) = row else {
                return Ok(None);
            };
            let mut stmt = c.prepare(
                "SELECT author_kind, body_sealed, at FROM conversation_messages
                 WHERE conversation_id = ?1 AND author_kind IN ('person', 'counsellor') ORDER BY id",
            )?;
            let mut rows = stmt.query([id])?;
            let mut messages = Vec::new();
            while let Some(row) = rows.next()? {
                let author: AuthorKind = row.get(0)?;
                let Ok(text) = self.inner.vault.open(&row.get::<_, Vec<u8>>(1)?) else {
                    tracing::warn!(conversation = id, "a message's sealed body does not open");
                    continue;
                };
                messages.push(PersonMessage {
                    from_counsellor: author == AuthorKind::Counsellor,
                    text,
                    at: row.get(2)?,
                });
            }
            Ok(Some(PersonView {
                reference: reference.clone(),
                locale: Locale::parse(&locale)?,
                state,
                messages,
            }))
        })
    }

    /// Deletes the conversations closed before `cutoff` (Unix seconds), with their messages,
    /// notes and deliveries: what the consent text promises. Returns how many were deleted.
    pub fn purge_closed_conversations(&self, cutoff: i64) -> Result<usize> {
        self.write(|tx| {
            let n = tx.execute(
                "DELETE FROM conversations WHERE state = 'closed' AND closed_at IS NOT NULL AND closed_at < ?1",
                [cutoff],
            )?;
            if n > 0 {
                audit(tx, "system", "conversation.purge", "conversations", &format!("{n} closed conversations"))?;
            }
            Ok(n)
        })
    }

    /// Answers due to be delivered at `now`, oldest first. One whose sealed chat or text no
    /// longer opens is given up (logged without content), so the others still go.
    pub fn due_answers(&self, now: i64, limit: usize) -> Result<Vec<AnswerDelivery>> {
        let vault = &self.inner.vault;
        let (due, unreadable) = self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT d.id, d.attempts, c.chat_sealed, c.locale, c.reference, m.body_sealed
                 FROM conversation_deliveries d
                 JOIN conversation_messages m ON m.id = d.message_id
                 JOIN conversations c ON c.id = d.conversation_id
                 WHERE d.state = 'pending' AND d.next_attempt_at <= ?1
                 ORDER BY d.next_attempt_at, d.id LIMIT ?2",
            )?;
            let mut rows = stmt.query(params![now, limit as i64])?;
            let (mut due, mut unreadable) = (Vec::new(), Vec::new());
            while let Some(row) = rows.next()? {
                let delivery_id: i64 = row.get(0)?;
                let chat: Option<Vec<u8>> = row.get(2)?;
                let opened = (
                    chat.map(|c| vault.open(&c)).transpose(),
                    vault.open(&row.get::<_, Vec<u8>>(5)?),
                );
                let (Ok(Some(chat)), Ok(text)) = opened else {
                    unreadable.push(delivery_id);
                    continue;
                };
                let Ok(chat_id) = chat.parse::<i64>() else {
                    unreadable.push(delivery_id);
                    continue;
                };
                due.push(AnswerDelivery {
                    delivery_id,
                    chat_id,
                    locale: Locale::parse(&row.get::<_, String>(3)?)?,
                    reference: ReferenceCode::parse(&row.get::<_, String>(4)?)?,
                    text,
                    attempts: row.get(1)?,
                });
            }
            Ok((due, unreadable))
        })?;
        for id in unreadable {
            tracing::warn!(
                delivery = id,
                "an answer's sealed chat or text does not open: given up"
            );
            self.answer_failed(id, now, true)?;
        }
        Ok(due)
    }

    /// Telegram accepted the answer: it is never sent again.
    pub fn answer_sent(&self, delivery_id: i64) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE conversation_deliveries SET state = 'sent', attempts = attempts + 1 WHERE id = ?1 AND state = 'pending'",
                [delivery_id],
            )?;
            Ok(())
        })
    }

    /// Sending failed: tried again later (after a pause growing with the attempts, at most an
    /// hour), or, with `give_up` (the person blocked the bot), never.
    pub fn answer_failed(&self, delivery_id: i64, now: i64, give_up: bool) -> Result<()> {
        self.write(|tx| {
            if give_up {
                tx.execute(
                    "UPDATE conversation_deliveries SET state = 'dropped', attempts = attempts + 1 WHERE id = ?1 AND state = 'pending'",
                    [delivery_id],
                )?;
            } else {
                tx.execute(
                    "UPDATE conversation_deliveries SET attempts = attempts + 1,
                        next_attempt_at = ?2 + MIN(3600, 5 * (1 << MIN(attempts, 10)))
                     WHERE id = ?1 AND state = 'pending'",
                    params![delivery_id, now],
                )?;
            }
            Ok(())
        })
    }

    /// How many answers are in each delivery state: (pending, sent, dropped).
    pub fn answer_delivery_counts(&self) -> Result<(u64, u64, u64)> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT COUNT(*) FILTER (WHERE state = 'pending'), COUNT(*) FILTER (WHERE state = 'sent'), COUNT(*) FILTER (WHERE state = 'dropped') FROM conversation_deliveries",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?)
        })
    }
}

/// Deletes every conversation of a chat (what `/forget` promises), in the caller's
/// transaction. Returns how many were deleted.
pub(super) fn forget_chat_conversations(tx: &Transaction<'_>, key: &[u8]) -> Result<usize> {
    Ok(tx.execute("DELETE FROM conversations WHERE chat_key = ?1", [key])?)
}

/// The newest conversation of a chat that is not closed: its reference and where it stands.
fn open_for_chat(c: &Connection, key: &[u8]) -> Result<Option<(String, Standing)>> {
    Ok(c.query_row(
        "SELECT reference, id, state, assignee FROM conversations
         WHERE chat_key = ?1 AND state != 'closed' ORDER BY id DESC LIMIT 1",
        [key],
        |r| Ok((r.get(0)?, Standing::from_row(r, 1)?)),
    )
    .optional()?)
}

/// A reference code no appointment request and no conversation has yet: the status page looks
/// up both, so a code must be unique across the two. A collision among 2^44 codes is unlikely
/// but possible: draw again.
pub(super) fn fresh_reference(tx: &rusqlite::Transaction<'_>) -> Result<ReferenceCode> {
    loop {
        let code = ReferenceCode::generate();
        let taken: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM conversations WHERE reference = ?1)
                 OR EXISTS (SELECT 1 FROM appointment_requests WHERE reference = ?1)",
            [code.as_str()],
            |r| r.get(0),
        )?;
        if !taken {
            return Ok(code);
        }
    }
}
