//! Appointment requests and their history.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::follow::new_follow_token;
use super::outbox::NoticeKind;
use super::{Store, audit, from_json, now, to_json};
use crate::model::{
    AppointmentChange, AppointmentEvent, AppointmentRequest, AppointmentStatus, Channel, Contact,
    NewAppointmentRequest, PhoneNumber, Slug,
};
use crate::vault::Vault;
use crate::{Error, Locale, ReferenceCode, Result};

const REQUEST_COLUMNS: &str = "id, reference, channel, locale, point_id, days, day_parts, alias_sealed, contact_kind, contact_sealed, interpreter_needed, topic_slug, status, confirmed_when, counsellor, interpreter_confirmed, decline_sealed, created_at, chat_sealed";

/// Opens a sealed column: `Err(())` when it does not open (another key, or damaged).
fn unseal(row: &Row<'_>, column: &str, vault: &Vault) -> Result<Result<Option<String>, ()>> {
    let sealed: Option<Vec<u8>> = row.get(column)?;
    Ok(sealed.map(|b| vault.open(&b)).transpose().map_err(drop))
}

fn parse_chat(text: &str) -> Result<i64> {
    text.parse()
        .map_err(|_| Error::Invalid("stored chat id is not a number".into()))
}

/// A request's sealed fields: alias, contact, decline reason and chat.
type SealedFields = (Option<String>, Contact, Option<String>, Option<i64>);

/// Opens a request's sealed fields. When one of them does not open, none is trusted: the
/// request is still shown, with its contact as [`Contact::Unreadable`], so one damaged row
/// never takes a whole page with it.
fn open_sealed_fields(row: &Row<'_>, vault: &Vault) -> Result<SealedFields> {
    let opened = (
        unseal(row, "alias_sealed", vault)?,
        unseal(row, "contact_sealed", vault)?,
        unseal(row, "decline_sealed", vault)?,
        unseal(row, "chat_sealed", vault)?,
    );
    let (Ok(alias), Ok(contact_value), Ok(decline), Ok(chat)) = opened else {
        tracing::warn!("an appointment request's sealed fields do not open: shown as unreadable");
        return Ok((None, Contact::Unreadable, None, None));
    };
    let contact_kind: String = row.get("contact_kind")?;
    let contact = match (contact_kind.as_str(), contact_value) {
        ("phone", Some(v)) => Contact::Phone(PhoneNumber::parse(&v)?),
        ("telegram", Some(v)) => Contact::Telegram(parse_chat(&v)?),
        ("come_back", _) => Contact::ComeBack,
        (kind, _) => {
            return Err(Error::Invalid(format!(
                "stored contact {kind:?} is incomplete"
            )));
        }
    };
    let chat = chat.map(|c| parse_chat(&c)).transpose()?;
    Ok((alias, contact, decline, chat))
}

fn request_from_row(row: &Row<'_>, vault: &Vault) -> Result<(i64, AppointmentRequest)> {
    let (alias, contact, decline_reason, telegram_chat) = open_sealed_fields(row, vault)?;
    let topic: Option<String> = row.get("topic_slug")?;
    Ok((
        row.get("id")?,
        AppointmentRequest {
            reference: ReferenceCode::parse(&row.get::<_, String>("reference")?)?,
            channel: row.get::<_, Channel>("channel")?,
            locale: Locale::parse(&row.get::<_, String>("locale")?)?,
            point_id: row.get("point_id")?,
            days: from_json(&row.get::<_, String>("days")?)?,
            day_parts: from_json(&row.get::<_, String>("day_parts")?)?,
            alias,
            contact,
            interpreter_needed: row.get("interpreter_needed")?,
            topic: topic.as_deref().map(Slug::parse).transpose()?,
            status: row.get::<_, AppointmentStatus>("status")?,
            confirmed_when: row.get("confirmed_when")?,
            counsellor: row.get("counsellor")?,
            interpreter_confirmed: row.get("interpreter_confirmed")?,
            decline_reason,
            created_at: row.get("created_at")?,
            // Only its hash is stored: the token is known once, when the request is made.
            follow_token: String::new(),
            telegram_chat,
        },
    ))
}

fn find(
    tx: &rusqlite::Connection,
    vault: &Vault,
    reference: &ReferenceCode,
) -> Result<Option<(i64, AppointmentRequest)>> {
    let sql = format!("SELECT {REQUEST_COLUMNS} FROM appointment_requests WHERE reference = ?1");
    let mut stmt = tx.prepare(&sql)?;
    let mut rows = stmt.query([reference.as_str()])?;
    rows.next()?.map(|r| request_from_row(r, vault)).transpose()
}

fn record_event(
    tx: &Transaction<'_>,
    request_id: i64,
    actor: &str,
    from: Option<AppointmentStatus>,
    to: AppointmentStatus,
    detail: &str,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO appointment_events (request_id, at, actor, from_status, to_status, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![request_id, now(), actor, from.map(|s| s.as_str()), to.as_str(), detail],
    )?;
    Ok(tx.last_insert_rowid())
}

/// Checks a new request before anything is written; the rules of its parts (days, nickname,
/// key) live here or in their [`crate::model`] types.
fn validate(new: &NewAppointmentRequest) -> Result<()> {
    if new.days.is_empty() || new.day_parts.is_empty() {
        return Err(Error::Invalid(
            "choose at least one day and one day-part".into(),
        ));
    }
    if let Some(alias) = &new.alias {
        crate::model::Alias::parse(alias)?;
    }
    if let Some(key) = &new.idempotency_key
        && (key.is_empty() || key.len() > 64)
    {
        return Err(Error::Invalid(
            "idempotency key must be 1–64 characters".into(),
        ));
    }
    Ok(())
}

impl Store {
    /// Stores a new appointment request and returns it with its reference code. It is on disk
    /// when this returns: only then may the person be told it was received. A repeated submit
    /// with the same idempotency key returns the request made the first time. A new kiosk
    /// request comes with its follow token, which is not stored and never returned again.
    pub fn create_appointment_request(
        &self,
        new: &NewAppointmentRequest,
    ) -> Result<AppointmentRequest> {
        validate(new)?;
        let actor = new.channel.as_str();
        let vault = &self.inner.vault;
        // Kiosk requests get a token for the QR code that lets a phone follow them; a Telegram
        // request is followed by the chat that made it.
        let token = (new.channel == Channel::Kiosk).then(new_follow_token);
        let created = self.write(|tx| {
            if let Some(key) = &new.idempotency_key {
                let existing: Option<String> = tx
                    .query_row(
                        "SELECT reference FROM appointment_requests WHERE idempotency_key = ?1",
                        [key],
                        |r| r.get(0),
                    )
                    .optional()?;
                if let Some(existing) = existing {
                    return Ok((ReferenceCode::parse(&existing)?, false));
                }
            }
            let point_active: bool = tx
                .query_row(
                    "SELECT active FROM points WHERE id = ?1",
                    [&new.point_id],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or(false);
            if !point_active {
                return Err(Error::NotFound(format!("counselling point {:?}", new.point_id)));
            }
            let (contact_kind, contact_value) = match &new.contact {
                Contact::Phone(p) => ("phone", Some(p.as_str().to_owned())),
                Contact::Telegram(chat) => ("telegram", Some(chat.to_string())),
                Contact::ComeBack => ("come_back", None),
                Contact::Unreadable => {
                    return Err(Error::Invalid(
                        "a new request needs a contact, not an unreadable one".into(),
                    ));
                }
            };
            let at = now();
            let telegram_chat = match &new.contact {
                Contact::Telegram(chat) => Some(*chat),
                _ => new.telegram_chat,
            };
            let reference = super::conversations::fresh_reference(tx)?;
            tx.execute(
                "INSERT INTO appointment_requests (reference, channel, locale, point_id, days, day_parts, alias_sealed, contact_kind, contact_sealed, interpreter_needed, topic_slug, status, idempotency_key, created_at, updated_at, follow_hash, chat_sealed, chat_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'new', ?12, ?13, ?13, ?14, ?15, ?16)",
                params![
                    reference.as_str(),
                    new.channel.as_str(),
                    new.locale.as_str(),
                    new.point_id,
                    to_json(&new.days)?,
                    to_json(&new.day_parts)?,
                    new.alias.as_deref().map(|a| vault.seal(a)),
                    contact_kind,
                    contact_value.as_deref().map(|c| vault.seal(c)),
                    new.interpreter_needed,
                    new.topic.as_ref().map(Slug::as_str),
                    new.idempotency_key,
                    at,
                    token.as_deref().map(|t| vault.follow_token_hash(t)),
                    telegram_chat.map(|c| vault.seal(&c.to_string())),
                    telegram_chat.map(|c| vault.chat_key(c)),
                ],
            )?;
            let id = tx.last_insert_rowid();
            let _ = record_event(tx, id, actor, None, AppointmentStatus::New, "")?;
            audit(tx, actor, "appointment.create", &format!("appointment/{id}"), &new.point_id)?;
            Ok((reference, true))
        })?;
        let (reference, fresh) = created;
        let mut request = self
            .appointment_request(&reference)?
            .ok_or_else(|| Error::NotFound("the request just stored".into()))?;
        if fresh {
            request.follow_token = token.unwrap_or_default();
        }
        Ok(request)
    }

    /// The request with this reference code.
    pub fn appointment_request(
        &self,
        reference: &ReferenceCode,
    ) -> Result<Option<AppointmentRequest>> {
        self.read(|c| Ok(find(c, &self.inner.vault, reference)?.map(|(_, r)| r)))
    }

    /// Applies a status change (confirm, decline, done, no-show, cancel) if it is allowed,
    /// recording it in the request's history and the audit log.
    pub fn change_appointment(
        &self,
        reference: &ReferenceCode,
        change: &AppointmentChange,
        actor: &str,
    ) -> Result<AppointmentRequest> {
        self.write(|tx| {
            let (id, request) = find(tx, &self.inner.vault, reference)?
                .ok_or_else(|| Error::NotFound("appointment request".into()))?;
            let to = change.apply_to(request.status)?;
            let at = now();
            let closed_at = to.is_closed().then_some(at);
            let detail = match change {
                AppointmentChange::Confirm { when, counsellor, interpreter } => {
                    tx.execute(
                        "UPDATE appointment_requests SET status = ?2, confirmed_when = ?3, counsellor = ?4, interpreter_confirmed = ?5, updated_at = ?6 WHERE id = ?1",
                        params![id, to.as_str(), when, counsellor, interpreter, at],
                    )?;
                    format!("{when}; interpreter: {interpreter}")
                }
                AppointmentChange::Decline { reason } => {
                    tx.execute(
                        "UPDATE appointment_requests SET status = ?2, decline_sealed = ?3, updated_at = ?4, closed_at = ?4 WHERE id = ?1",
                        params![id, to.as_str(), self.inner.vault.seal(reason), at],
                    )?;
                    String::new()
                }
                AppointmentChange::Done | AppointmentChange::NoShow | AppointmentChange::Cancel => {
                    tx.execute(
                        "UPDATE appointment_requests SET status = ?2, updated_at = ?3, closed_at = ?4 WHERE id = ?1",
                        params![id, to.as_str(), at, closed_at],
                    )?;
                    String::new()
                }
            };
            let event = record_event(tx, id, actor, Some(request.status), to, &detail)?;
            if let Some(chat) = request.telegram_chat {
                let notice = match change {
                    AppointmentChange::Confirm { when, .. } if request.status == AppointmentStatus::Confirmed => {
                        Some((NoticeKind::Rescheduled, when.clone()))
                    }
                    AppointmentChange::Confirm { when, .. } => Some((NoticeKind::Confirmed, when.clone())),
                    AppointmentChange::Decline { reason } => Some((NoticeKind::Declined, reason.clone())),
                    _ => None,
                };
                if let Some((kind, detail)) = notice {
                    super::outbox::enqueue(tx, &self.inner.vault, &format!("appointment-{id}-event-{event}"), chat, &request, kind, &detail)?;
                }
            }
            audit(tx, actor, &format!("appointment.{}", to.as_str()), &format!("appointment/{id}"), &detail)?;
            Ok(())
        })?;
        self.appointment_request(reference)?
            .ok_or_else(|| Error::NotFound("appointment request".into()))
    }

    /// Deletes the requests closed before `cutoff` (Unix seconds), with their history and
    /// contact details: what the consent text promises. Returns how many were deleted.
    pub fn purge_closed_appointments(&self, cutoff: i64) -> Result<usize> {
        self.write(|tx| {
            let n = tx.execute(
                "DELETE FROM appointment_requests WHERE closed_at IS NOT NULL AND closed_at < ?1",
                [cutoff],
            )?;
            if n > 0 {
                audit(
                    tx,
                    "system",
                    "appointment.purge",
                    "appointments",
                    &format!("{n} closed requests"),
                )?;
            }
            Ok(n)
        })
    }

    /// The full history of a request, oldest first.
    pub fn appointment_history(&self, reference: &ReferenceCode) -> Result<Vec<AppointmentEvent>> {
        self.read(|c| {
            let (id, _) = find(c, &self.inner.vault, reference)?
                .ok_or_else(|| Error::NotFound("appointment request".into()))?;
            let mut stmt = c.prepare(
                "SELECT at, actor, from_status, to_status, detail FROM appointment_events WHERE request_id = ?1 ORDER BY id",
            )?;
            let mut rows = stmt.query([id])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                out.push(AppointmentEvent {
                    at: row.get("at")?,
                    actor: row.get("actor")?,
                    from: row.get::<_, Option<AppointmentStatus>>("from_status")?,
                    to: row.get::<_, AppointmentStatus>("to_status")?,
                    detail: row.get("detail")?,
                });
            }
            Ok(out)
        })
    }

    /// The requests a Telegram chat follows, newest first.
    pub fn appointment_requests_for_chat(&self, chat_id: i64) -> Result<Vec<AppointmentRequest>> {
        self.read(|c| {
            let sql = format!("SELECT {REQUEST_COLUMNS} FROM appointment_requests WHERE chat_key = ?1 ORDER BY created_at DESC, id DESC");
            let mut stmt = c.prepare(&sql)?;
            let mut rows = stmt.query([self.inner.vault.chat_key(chat_id)])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                out.push(request_from_row(row, &self.inner.vault)?.1);
            }
            Ok(out)
        })
    }

    /// What `/forget` does: deletes a chat's requests that nobody has handled yet and every
    /// question it asked (with the answers and notes), unlinks the chat from the other
    /// requests, and forgets the chat. Returns how many requests were deleted (every question of
    /// the chat is).
    pub fn forget_chat(&self, chat_id: i64) -> Result<usize> {
        let key = self.inner.vault.chat_key(chat_id);
        self.write(|tx| {
            let deleted = tx.execute(
                "DELETE FROM appointment_requests WHERE chat_key = ?1 AND status = 'new'",
                [&key],
            )?;
            tx.execute(
                "UPDATE appointment_requests SET chat_sealed = NULL, chat_key = NULL,
                    contact_sealed = CASE WHEN contact_kind = 'telegram' THEN NULL ELSE contact_sealed END,
                    contact_kind = CASE WHEN contact_kind = 'telegram' THEN 'come_back' ELSE contact_kind END
                 WHERE chat_key = ?1",
                [&key],
            )?;
            let questions = super::conversations::forget_chat_conversations(tx, &key)?;
            tx.execute("DELETE FROM bot_chats WHERE chat_key = ?1", [&key])?;
            audit(tx, "telegram", "chat.forget", "chat", &format!("{deleted} requests and {questions} questions deleted"))?;
            Ok(deleted)
        })
    }

    /// A counsellor takes a new or confirmed request: it is theirs to handle from now on.
    pub fn take_appointment(
        &self,
        reference: &ReferenceCode,
        actor: &str,
    ) -> Result<AppointmentRequest> {
        self.write(|tx| {
            let (id, request) = find(tx, &self.inner.vault, reference)?
                .ok_or_else(|| Error::NotFound("appointment request".into()))?;
            if request.status.is_closed() {
                return Err(Error::NotAllowed(format!(
                    "a request that is {} cannot be taken",
                    request.status.as_str()
                )));
            }
            tx.execute(
                "UPDATE appointment_requests SET counsellor = ?2, updated_at = ?3 WHERE id = ?1",
                params![id, actor, now()],
            )?;
            let detail = format!("taken by {actor}");
            record_event(tx, id, actor, Some(request.status), request.status, &detail)?;
            audit(
                tx,
                actor,
                "appointment.take",
                &format!("appointment/{id}"),
                "",
            )
        })?;
        self.appointment_request(reference)?
            .ok_or_else(|| Error::NotFound("appointment request".into()))
    }

    /// How many requests arrived since `since` (Unix seconds), per locale and point.
    pub fn appointment_counts_since(&self, since: i64) -> Result<Vec<(Locale, String, u64)>> {
        self.read(|c| {
            let mut stmt = c.prepare(
                "SELECT locale, point_id, COUNT(*) FROM appointment_requests WHERE created_at >= ?1
                 GROUP BY locale, point_id ORDER BY locale, point_id",
            )?;
            let mut rows = stmt.query([since])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                out.push((
                    Locale::parse(&row.get::<_, String>(0)?)?,
                    row.get(1)?,
                    row.get(2)?,
                ));
            }
            Ok(out)
        })
    }

    /// Requests at the given points, newest first, optionally only those with `status`.
    pub fn appointment_requests(
        &self,
        points: &[String],
        status: Option<AppointmentStatus>,
    ) -> Result<Vec<AppointmentRequest>> {
        self.read(|c| {
            let sql = format!(
                "SELECT {REQUEST_COLUMNS} FROM appointment_requests
                 WHERE point_id IN (SELECT value FROM json_each(?1)) AND (?2 IS NULL OR status = ?2)
                 ORDER BY created_at DESC, id DESC"
            );
            let mut stmt = c.prepare(&sql)?;
            let mut rows = stmt.query(params![to_json(points)?, status.map(|s| s.as_str())])?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                out.push(request_from_row(row, &self.inner.vault)?.1);
            }
            Ok(out)
        })
    }
}
