//! Ask a counsellor, the counsellors' side: the inbox (routed by the languages a counsellor
//! speaks, decided in `access.rs`), taking, answering (which queues the delivery to Telegram in
//! the same transaction), internal notes, handing over, closing, the content-gap and
//! protection-concern marks, saved replies and the coordinator's overview.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, Transaction, params, params_from_iter};

use super::conversations::{NewMessage, append_message};
use super::{Store, audit, to_json};
use crate::model::{
    AuthorKind, ContentGap, Conversation, ConversationMessage, ConversationScope,
    ConversationState, ConversationSummary, InboxFilter, InboxTab, LanguageLoad, QuestionText,
    SAVED_REPLY_TITLE_MAX_CHARS, SavedReply, StaffUser,
};
use crate::{Error, Locale, ReferenceCode, Result};

const SUMMARY_COLUMNS: &str = "c.id, c.reference, c.channel, c.locale, c.point_id, c.state, c.assignee, c.protection_concern, c.content_gap, c.waiting_since, c.created_at, c.updated_at, (SELECT COUNT(*) FROM conversation_messages m WHERE m.conversation_id = c.id) AS message_count";

/// The SQL condition the inbox list and its tab counts share, over `conversations c`: what
/// the user's scope lets them see (all, locales, points at `?1`–`?3`), narrowed to the
/// language and the point they chose (`?5`, `?6`; `NULL` for any). `?4` is their login, for
/// the Mine tab. Its parameters come from [`inbox_params`].
const INBOX_CONDITION: &str = "(?1 = 1 OR (c.locale IN (SELECT value FROM json_each(?2))
    AND (c.point_id IS NULL OR c.point_id IN (SELECT value FROM json_each(?3)))))
    AND (?5 IS NULL OR c.locale = ?5) AND (?6 IS NULL OR c.point_id = ?6)";

/// The parameters `?1`–`?6` of [`INBOX_CONDITION`] for `user`, narrowed to `locale` and
/// `point_id` when given.
fn inbox_params(
    user: &StaffUser,
    locale: Option<Locale>,
    point_id: Option<&str>,
) -> Result<Vec<Value>> {
    let (all, locales, points) = match user.conversation_scope() {
        ConversationScope::All => (true, "[]".into(), "[]".into()),
        ConversationScope::Nothing => (false, "[]".into(), "[]".into()),
        ConversationScope::Languages { locales, points } => {
            let codes: Vec<&str> = locales.iter().map(|l| l.as_str()).collect();
            (false, to_json(&codes)?, to_json(&points)?)
        }
    };
    Ok(vec![
        Value::from(all),
        Value::Text(locales),
        Value::Text(points),
        Value::Text(user.login.clone()),
        Value::from(locale.map(|l| l.as_str().to_owned())),
        Value::from(point_id.map(str::to_owned)),
    ])
}

fn summary_from_row(row: &Row<'_>) -> Result<ConversationSummary> {
    Ok(ConversationSummary {
        id: row.get("id")?,
        reference: ReferenceCode::parse(&row.get::<_, String>("reference")?)?,
        channel: row.get("channel")?,
        locale: Locale::parse(&row.get::<_, String>("locale")?)?,
        point_id: row.get("point_id")?,
        state: row.get("state")?,
        assignee: row.get("assignee")?,
        protection_concern: row.get("protection_concern")?,
        content_gap: row.get("content_gap")?,
        waiting_since: row.get("waiting_since")?,
        created_at: row.get("created_at")?,
        updated_at: row.get("updated_at")?,
        message_count: row.get("message_count")?,
    })
}

/// The conversation `id` if `user` may see it; `NotFound` otherwise (someone who may not see
/// it cannot tell it exists).
fn visible(c: &Connection, id: i64, user: &StaffUser) -> Result<ConversationSummary> {
    let sql = format!("SELECT {SUMMARY_COLUMNS} FROM conversations c WHERE c.id = ?1");
    let summary = c
        .query_row(&sql, [id], |r| Ok(summary_from_row(r)))
        .optional()?
        .transpose()?;
    match summary {
        Some(s) if user.may_see_conversation(s.locale, s.point_id.as_deref()) => Ok(s),
        _ => Err(Error::NotFound("question".into())),
    }
}

/// A conversation that is still open and that `user` may act on: unassigned, theirs, or any
/// for a coordinator.
fn actionable(tx: &Transaction<'_>, id: i64, user: &StaffUser) -> Result<ConversationSummary> {
    let s = visible(tx, id, user)?;
    if s.state == ConversationState::Closed {
        return Err(Error::NotAllowed("the question is closed".into()));
    }
    if let Some(assignee) = &s.assignee
        && assignee != &user.login
        && !user.is_coordinator()
    {
        return Err(Error::NotAllowed(
            "a colleague has taken this question".into(),
        ));
    }
    Ok(s)
}

fn touch(tx: &Transaction<'_>, id: i64, now: i64) -> Result<()> {
    tx.execute(
        "UPDATE conversations SET updated_at = ?2 WHERE id = ?1",
        params![id, now],
    )?;
    Ok(())
}

/// What a counsellor writes into a conversation (an answer or a note), sent with the form
/// `submit_key` so that the same form twice is one message.
fn staff_message<'a>(
    author: AuthorKind,
    user: &'a StaffUser,
    text: &'a QuestionText,
    submit_key: &'a str,
    at: i64,
) -> NewMessage<'a> {
    NewMessage {
        author,
        staff_login: Some(&user.login),
        text,
        submit_key: Some(submit_key),
        at,
    }
}

/// Checks a saved reply's title and body.
fn check_saved_reply(title: &str, body: &str) -> Result<(String, QuestionText)> {
    let title = title.trim();
    if title.is_empty() || title.chars().count() > SAVED_REPLY_TITLE_MAX_CHARS {
        return Err(Error::Invalid(format!(
            "a saved reply needs a title of 1–{SAVED_REPLY_TITLE_MAX_CHARS} characters"
        )));
    }
    let body = QuestionText::parse(body).map_err(|e| Error::Invalid(e.to_string()))?;
    Ok((title.to_owned(), body))
}

impl Store {
    /// Runs `write` in a write transaction for a counsellor's answer or note form, unless a
    /// message sent with `submit_key` is stored already (the same form sent twice): then it
    /// writes nothing and returns `false`.
    fn write_once_per_form(
        &self,
        submit_key: &str,
        write: impl FnOnce(&Transaction<'_>) -> Result<bool>,
    ) -> Result<bool> {
        self.write(|tx| {
            if submit_key_used(tx, submit_key)? {
                return Ok(false);
            }
            write(tx)
        })
    }

    /// The conversations of an inbox tab that `user` may see, protection concerns first, then
    /// the longest waiting. Closed ones: most recently closed first.
    pub fn inbox(
        &self,
        filter: &InboxFilter,
        user: &StaffUser,
    ) -> Result<Vec<ConversationSummary>> {
        let (tab_condition, order) = match filter.tab {
            InboxTab::Unassigned => (
                "c.state = 'unassigned'",
                "c.protection_concern DESC, c.waiting_since, c.id",
            ),
            InboxTab::Mine => (
                "c.state IN ('assigned', 'waiting_for_person') AND c.assignee = ?4",
                "c.protection_concern DESC, c.waiting_since IS NULL, c.waiting_since, c.id",
            ),
            InboxTab::WaitingForPerson => (
                "c.state = 'waiting_for_person'",
                "c.protection_concern DESC, c.updated_at, c.id",
            ),
            InboxTab::Closed => ("c.state = 'closed'", "c.closed_at DESC, c.id DESC"),
        };
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM conversations c
             WHERE {INBOX_CONDITION} AND {tab_condition}
             ORDER BY {order} LIMIT ?7"
        );
        let mut params = inbox_params(user, filter.locale, filter.point_id.as_deref())?;
        params.push(Value::Integer(filter.limit as i64));
        self.read(|c| super::all_rows(c, &sql, params_from_iter(&params), summary_from_row))
    }

    /// How many conversations each tab holds for `user` (in [`InboxTab::ALL`] order), with
    /// the same language and point narrowing as the list.
    pub fn inbox_counts(
        &self,
        user: &StaffUser,
        locale: Option<Locale>,
        point_id: Option<&str>,
    ) -> Result<[u64; 4]> {
        let sql = format!(
            "SELECT COUNT(*) FILTER (WHERE c.state = 'unassigned'),
                    COUNT(*) FILTER (WHERE c.state IN ('assigned', 'waiting_for_person') AND c.assignee = ?4),
                    COUNT(*) FILTER (WHERE c.state = 'waiting_for_person'),
                    COUNT(*) FILTER (WHERE c.state = 'closed')
             FROM conversations c
             WHERE {INBOX_CONDITION}"
        );
        let params = inbox_params(user, locale, point_id)?;
        self.read(|c| {
            Ok(c.query_row(&sql, params_from_iter(&params), |r| {
                Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?])
            })?)
        })
    }

    /// A whole conversation with its notes, if `user` may see it (`NotFound` otherwise).
    pub fn conversation(&self, id: i64, user: &StaffUser) -> Result<Conversation> {
        let vault = &self.inner.vault;
        self.read(|c| {
            let summary = visible(c, id, user)?;
            let appointment_reference: Option<String> = c.query_row(
                "SELECT a.reference FROM conversations c LEFT JOIN appointment_requests a ON a.id = c.appointment_request_id WHERE c.id = ?1",
                [id],
                |r| r.get(0),
            )?;
            let mut stmt = c.prepare(
                "SELECT id, author_kind, staff_login, body_sealed, at FROM conversation_messages WHERE conversation_id = ?1 ORDER BY id",
            )?;
            let mut rows = stmt.query([id])?;
            let mut messages = Vec::new();
            while let Some(row) = rows.next()? {
                let text = vault.open(&row.get::<_, Vec<u8>>(3)?).ok();
                if text.is_none() {
                    tracing::warn!(conversation = id, "a message's sealed body does not open");
                }
                messages.push(ConversationMessage {
                    id: row.get(0)?,
                    author: row.get::<_, AuthorKind>(1)?,
                    staff_login: row.get(2)?,
                    text,
                    at: row.get(4)?,
                });
            }
            Ok(Conversation {
                summary,
                appointment_reference: appointment_reference.as_deref().map(ReferenceCode::parse).transpose()?,
                messages,
            })
        })
    }

    /// `user` takes an unassigned conversation (a coordinator may take any open one).
    pub fn take_conversation(&self, id: i64, user: &StaffUser, now: i64) -> Result<()> {
        self.write(|tx| {
            let s = actionable(tx, id, user)?;
            let state = match s.state {
                ConversationState::Unassigned => ConversationState::Assigned,
                other => other,
            };
            tx.execute(
                "UPDATE conversations SET assignee = ?2, state = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, user.login, state, now],
            )?;
            audit(
                tx,
                &user.login,
                "conversation.take",
                &format!("conversation/{id}"),
                "",
            )
        })
    }

    /// `user` answers: the answer is stored (sealed), the conversation waits for the person,
    /// and for a Telegram question its delivery is queued in the same transaction. The same
    /// `submit_key` (one per answer form) stores and queues nothing the second time: returns
    /// whether this call stored the answer. An unassigned conversation becomes theirs.
    pub fn answer_conversation(
        &self,
        id: i64,
        user: &StaffUser,
        text: &QuestionText,
        submit_key: &str,
        now: i64,
    ) -> Result<bool> {
        self.write_once_per_form(submit_key, |tx| {
            let s = actionable(tx, id, user)?;
            let Some(message) = append_message(
                tx,
                &self.inner.vault,
                id,
                staff_message(AuthorKind::Counsellor, user, text, submit_key, now),
            )?
            else {
                return Ok(false);
            };
            let chat: bool = tx.query_row(
                "SELECT chat_sealed IS NOT NULL FROM conversations WHERE id = ?1",
                [id],
                |r| r.get(0),
            )?;
            if chat {
                tx.execute(
                    "INSERT OR IGNORE INTO conversation_deliveries (message_id, conversation_id, next_attempt_at) VALUES (?1, ?2, ?3)",
                    params![message, id, now],
                )?;
            }
            tx.execute(
                "UPDATE conversations SET state = 'waiting_for_person', assignee = COALESCE(assignee, ?2), waiting_since = NULL, updated_at = ?3 WHERE id = ?1",
                params![id, user.login, now],
            )?;
            audit(tx, &user.login, "conversation.answer", &format!("conversation/{id}"), s.locale.as_str())?;
            Ok(true)
        })
    }

    /// `user` adds an internal note (never shown to the person). Any counsellor who sees the
    /// conversation may add one, also to a closed one. Returns whether this call stored it.
    pub fn add_conversation_note(
        &self,
        id: i64,
        user: &StaffUser,
        text: &QuestionText,
        submit_key: &str,
        now: i64,
    ) -> Result<bool> {
        self.write_once_per_form(submit_key, |tx| {
            visible(tx, id, user)?;
            let stored = append_message(
                tx,
                &self.inner.vault,
                id,
                staff_message(AuthorKind::Note, user, text, submit_key, now),
            )?;
            touch(tx, id, now)?;
            audit(
                tx,
                &user.login,
                "conversation.note",
                &format!("conversation/{id}"),
                "",
            )?;
            Ok(stored.is_some())
        })
    }

    /// `user` hands the conversation over to the colleague `to`, who must speak its language
    /// (and counsel at its point, if it names one).
    pub fn hand_over_conversation(
        &self,
        id: i64,
        user: &StaffUser,
        to: &str,
        now: i64,
    ) -> Result<()> {
        let colleague = self
            .staff_user(to)?
            .filter(|u| !u.disabled)
            .ok_or_else(|| Error::NotFound(format!("colleague {to:?}")))?;
        self.write(|tx| {
            let s = actionable(tx, id, user)?;
            if !colleague.may_receive_conversation(s.locale, s.point_id.as_deref()) {
                return Err(Error::NotAllowed(format!(
                    "{to} does not answer questions in {}",
                    s.locale
                )));
            }
            let state = match s.state {
                ConversationState::Unassigned => ConversationState::Assigned,
                other => other,
            };
            tx.execute(
                "UPDATE conversations SET assignee = ?2, state = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, colleague.login, state, now],
            )?;
            audit(
                tx,
                &user.login,
                "conversation.hand_over",
                &format!("conversation/{id}"),
                &colleague.login,
            )
        })
    }

    /// The colleagues `user` may hand conversation `id` over to: enabled, speaking its
    /// language, not `user`.
    pub fn hand_over_candidates(&self, id: i64, user: &StaffUser) -> Result<Vec<StaffUser>> {
        let s = self.read(|c| visible(c, id, user))?;
        Ok(self
            .staff_users()?
            .into_iter()
            .filter(|u| {
                !u.disabled
                    && u.login != user.login
                    && u.may_receive_conversation(s.locale, s.point_id.as_deref())
            })
            .collect())
    }

    /// `user` closes the conversation: kept for the retention period, then deleted.
    pub fn close_conversation(&self, id: i64, user: &StaffUser, now: i64) -> Result<()> {
        self.write(|tx| {
            actionable(tx, id, user)?;
            tx.execute(
                "UPDATE conversations SET state = 'closed', waiting_since = NULL, closed_at = ?2, updated_at = ?2 WHERE id = ?1",
                params![id, now],
            )?;
            audit(tx, &user.login, "conversation.close", &format!("conversation/{id}"), "")
        })
    }

    /// Marks (or unmarks) the question as one the content should answer: it is listed in the
    /// coordinator's overview beside the searches without result.
    pub fn set_content_gap(&self, id: i64, user: &StaffUser, gap: bool, now: i64) -> Result<()> {
        self.write(|tx| {
            visible(tx, id, user)?;
            tx.execute(
                "UPDATE conversations SET content_gap = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, gap, now],
            )?;
            audit(
                tx,
                &user.login,
                "conversation.content_gap",
                &format!("conversation/{id}"),
                if gap { "on" } else { "off" },
            )
        })
    }

    /// Flags (or clears) a protection concern (fear of harm, exploitation, a minor alone): the
    /// conversation goes to the top of every list and the coordinator's overview.
    pub fn set_protection_concern(
        &self,
        id: i64,
        user: &StaffUser,
        concern: bool,
        now: i64,
    ) -> Result<()> {
        self.write(|tx| {
            visible(tx, id, user)?;
            tx.execute(
                "UPDATE conversations SET protection_concern = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, concern, now],
            )?;
            audit(
                tx,
                &user.login,
                "conversation.protection_concern",
                &format!("conversation/{id}"),
                if concern { "on" } else { "off" },
            )
        })
    }

    /// Open conversations flagged as a protection concern, oldest first (coordinators only;
    /// empty for anyone else).
    pub fn protection_concerns(&self, user: &StaffUser) -> Result<Vec<ConversationSummary>> {
        if !user.sees_question_overview() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM conversations c WHERE c.protection_concern = 1 AND c.state != 'closed' ORDER BY c.created_at, c.id"
        );
        self.read(|c| super::all_rows(c, &sql, [], summary_from_row))
    }

    /// Questions marked as content gaps that are still kept, newest first.
    pub fn content_gaps(&self, limit: usize) -> Result<Vec<ContentGap>> {
        self.read(|c| {
            super::all_rows(
                c,
                "SELECT id, locale, created_at FROM conversations WHERE content_gap = 1 ORDER BY created_at DESC, id DESC LIMIT ?1",
                [limit as i64],
                |row| {
                    Ok(ContentGap {
                        conversation_id: row.get(0)?,
                        locale: Locale::parse(&row.get::<_, String>(1)?)?,
                        created_at: row.get(2)?,
                    })
                },
            )
        })
    }

    /// Open questions per language of `locales` (in that order): how many, how many wait for
    /// a counsellor and since when, protection concerns, and how many enabled counsellors
    /// speak it (0: nobody answers it).
    pub fn question_overview(&self, locales: &[Locale]) -> Result<Vec<LanguageLoad>> {
        let staff = self.staff_users()?;
        let counts = self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT locale, COUNT(*),
                        COUNT(*) FILTER (WHERE waiting_since IS NOT NULL),
                        MIN(waiting_since),
                        COUNT(*) FILTER (WHERE protection_concern = 1)
                 FROM conversations WHERE state != 'closed' GROUP BY locale",
            )?;
            let mut rows = stmt.query([])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                out.push((
                    row.get::<_, String>(0)?,
                    row.get::<_, u64>(1)?,
                    row.get::<_, u64>(2)?,
                    row.get::<_, Option<i64>>(3)?,
                    row.get::<_, u64>(4)?,
                ));
            }
            Ok(out)
        })?;
        Ok(locales
            .iter()
            .map(|&locale| {
                let row = counts.iter().find(|c| c.0 == locale.as_str());
                let answerers = staff
                    .iter()
                    .filter(|u| {
                        !u.disabled && !u.is_coordinator() && u.may_see_conversation(locale, None)
                    })
                    .count() as u64;
                LanguageLoad {
                    locale,
                    open: row.map_or(0, |r| r.1),
                    waiting: row.map_or(0, |r| r.2),
                    oldest_waiting_since: row.and_then(|r| r.3),
                    protection_concerns: row.map_or(0, |r| r.4),
                    answerers,
                }
            })
            .collect())
    }

    /// The saved replies of `locale`, by title.
    pub fn saved_replies(&self, locale: Locale) -> Result<Vec<SavedReply>> {
        self.read(|c| {
            super::all_rows(c, "SELECT id, locale, title, body, updated_by, updated_at FROM saved_replies WHERE locale = ?1 ORDER BY title, id", [locale.as_str()], saved_reply_from_row)
        })
    }

    /// One saved reply.
    pub fn saved_reply(&self, id: i64) -> Result<Option<SavedReply>> {
        self.read(|c| {
            c.query_row(
                "SELECT id, locale, title, body, updated_by, updated_at FROM saved_replies WHERE id = ?1",
                [id],
                |r| Ok(saved_reply_from_row(r)),
            )
            .optional()?
            .transpose()
        })
    }

    /// Creates (`id` `None`) or changes a saved reply of `locale`; only its translators,
    /// reviewers and coordinators may. Returns its id.
    pub fn save_reply(
        &self,
        id: Option<i64>,
        locale: Locale,
        title: &str,
        body: &str,
        user: &StaffUser,
        now: i64,
    ) -> Result<i64> {
        if !user.may_maintain_saved_replies(locale) {
            return Err(Error::NotAllowed(format!("saved replies of {locale}")));
        }
        let (title, body) = check_saved_reply(title, body)?;
        self.write(|tx| {
            let id = match id {
                Some(id) => {
                    let n = tx.execute(
                        "UPDATE saved_replies SET title = ?2, body = ?3, updated_by = ?4, updated_at = ?5 WHERE id = ?1 AND locale = ?6",
                        params![id, title, body.as_str(), user.login, now, locale.as_str()],
                    )?;
                    if n == 0 {
                        return Err(Error::NotFound("saved reply".into()));
                    }
                    id
                }
                None => {
                    tx.execute(
                        "INSERT INTO saved_replies (locale, title, body, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![locale.as_str(), title, body.as_str(), user.login, now],
                    )?;
                    tx.last_insert_rowid()
                }
            };
            audit(tx, &user.login, "saved_reply.save", &format!("saved_reply/{id}"), locale.as_str())?;
            Ok(id)
        })
    }

    /// Deletes a saved reply (its translators, reviewers and coordinators).
    pub fn delete_saved_reply(&self, id: i64, user: &StaffUser) -> Result<()> {
        let reply = self
            .saved_reply(id)?
            .ok_or_else(|| Error::NotFound("saved reply".into()))?;
        if !user.may_maintain_saved_replies(reply.locale) {
            return Err(Error::NotAllowed(format!(
                "saved replies of {}",
                reply.locale
            )));
        }
        self.write(|tx| {
            tx.execute("DELETE FROM saved_replies WHERE id = ?1", [id])?;
            audit(
                tx,
                &user.login,
                "saved_reply.delete",
                &format!("saved_reply/{id}"),
                reply.locale.as_str(),
            )
        })
    }
}

fn submit_key_used(tx: &Transaction<'_>, key: &str) -> Result<bool> {
    if key.is_empty() || key.len() > 64 {
        return Err(Error::Invalid("a form key is 1–64 characters".into()));
    }
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM conversation_messages WHERE submit_key = ?1)",
        [key],
        |r| r.get(0),
    )?)
}

fn saved_reply_from_row(row: &Row<'_>) -> Result<SavedReply> {
    Ok(SavedReply {
        id: row.get(0)?,
        locale: Locale::parse(&row.get::<_, String>(1)?)?,
        title: row.get(2)?,
        body: row.get(3)?,
        updated_by: row.get(4)?,
        updated_at: row.get(5)?,
    })
}
