//! `/{locale}/ask`: a question to a counsellor in writing, and `/{locale}/status/question`:
//! the answers to it. The consent first (who reads it, how long it is kept), then a text area
//! the on-screen keyboard types into, an optional place, send. Every step a person sees is a
//! GET page (post/redirect/get, as in [`super::drafts`]): Back and reload never send a
//! question twice, and what was typed comes back with the message when something is wrong.
//! The person is told the question was received, with its reference, only after
//! [`navrat_content::Store::ask`] returned. No reference and no text ever goes into an address:
//! the question a device is reading is bound to its form cookie, which "Finish" forgets.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use navrat_content::ReferenceCode;
use navrat_content::i18n::FluentArgs;
use navrat_content::model::{
    Channel, ConversationState, NewQuestion, QUESTION_MAX_CHARS, QuestionRefusal, QuestionText,
};
use serde::Deserialize;

use super::appointment::{
    PointView, form_cookie, is_form_id, load_points, new_form_id, offered, owner, with_cookie,
};
use super::follow_qr::Followed;
use super::page::{Page, page};
use super::posted::PostedForm;
use super::{no_store, render};
use crate::rate_limit::{ClientAddr, RateLimiter};
use crate::request::field;
use crate::{AppState, WebError, csrf};

/// The largest question form read: a text far over the limit, in any script, percent-encoded
/// (up to 12 bytes a character), still arrives and is refused with a message, the text kept.
pub const BODY_LIMIT: usize = 128 * 1024;

/// What the person entered on the ask page.
#[derive(Clone, Default)]
pub struct AskValues {
    /// The question as typed (kept as typed when it is refused).
    pub text: String,
    /// The chosen point's id; empty for "any place".
    pub point: String,
    /// The form's one-time id: a repeated send of it returns the question asked the first time.
    pub form_id: String,
}

/// A question between its steps, held in memory under the device's form cookie.
#[derive(Clone)]
pub struct AskDraft {
    values: AskValues,
    /// What is wrong, in the person's words.
    error: Option<String>,
    /// The status the form page answers with.
    status: StatusCode,
    /// The reference of the appointment request this device just sent, when the person chose
    /// to add a question to it on the review step.
    appointment: Option<String>,
    /// The reference of the question, once stored.
    sent: Option<String>,
}

/// The question a device is reading on the status page, with what was typed to add to it.
#[derive(Clone)]
pub struct Reading {
    reference: String,
    typed: String,
    error: Option<String>,
    status: StatusCode,
    /// What just happened (a UI string id), said once.
    notice: Option<&'static str>,
}

/// `?form=` of the ask pages.
#[derive(Deserialize)]
pub struct AskQuery {
    #[serde(default)]
    form: Option<String>,
}

#[derive(Template)]
#[template(path = "kiosk/ask.html")]
struct AskPage {
    page: Page,
    points: Vec<PointView>,
    values: AskValues,
    error: Option<String>,
    appointment: Option<String>,
    token: String,
    consent: String,
    max: usize,
}

#[derive(Template)]
#[template(path = "kiosk/ask_sent.html")]
struct SentPage {
    page: Page,
    reference: String,
    hours: String,
    appointment: Option<String>,
    /// The QR code to follow the question on Telegram, for the browser that sent it.
    qr_svg: Option<String>,
}

/// One message of the conversation as the person reads it.
struct MessageView {
    from_counsellor: bool,
    text: String,
}

#[derive(Template)]
#[template(path = "kiosk/question.html")]
struct QuestionPage {
    page: Page,
    reference: String,
    messages: Vec<MessageView>,
    answered: bool,
    closed: bool,
    typed: String,
    error: Option<String>,
    notice: Option<String>,
    token: String,
    hours: String,
    max: usize,
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// When counsellors who speak the page's language answer (`[ask]` in the locale's settings).
fn hours_of(page: &Page) -> String {
    let hours = page
        .info(page.locale)
        .map(|info| info.ask.clone())
        .unwrap_or_default();
    let separator = page.t("kiosk-list-separator");
    let days: Vec<String> = hours
        .days
        .iter()
        .map(|day| page.t(&format!("day-{}", day.as_str())))
        .collect();
    let mut args = FluentArgs::new();
    args.set("days", days.join(&separator));
    args.set("opens", i64::from(hours.opens));
    args.set("closes", i64::from(hours.closes));
    page.t_args("ask-hours", &args)
}

/// A refused text in the person's words.
fn refusal_message(page: &Page, refusal: &QuestionRefusal) -> String {
    match refusal {
        QuestionRefusal::Empty => page.t("ask-error-empty"),
        QuestionRefusal::MarkupOnly => page.t("kiosk-ask-error-markup"),
        QuestionRefusal::TooLong { chars, max } => {
            let mut args = FluentArgs::new();
            args.set("length", *chars as i64);
            args.set("max", *max as i64);
            page.t_args("ask-error-too-long", &args)
        }
    }
}

fn sent_page(page: &Page, form_id: &str) -> Response {
    no_store(Redirect::to(&format!("{}?form={form_id}", page.href("ask/sent"))).into_response())
}

/// The ask page, with what the person typed and what is wrong with it.
async fn show_form(
    state: &AppState,
    mut page: Page,
    draft: AskDraft,
    form_cookie: &str,
    set: Option<String>,
) -> Result<Response, WebError> {
    let points = load_points(state).await?;
    let points: Vec<PointView> = offered(&points, &page)
        .into_iter()
        .map(|p| PointView::new(p, &page))
        .collect();
    PointView::note_on(&mut page, &points.iter().collect::<Vec<_>>());
    let consent = page.tn(
        "ask-consent",
        "days",
        i64::from(state.shared.retention_days),
    );
    let status = draft.status;
    let view = AskPage {
        points,
        values: draft.values,
        error: draft.error,
        appointment: draft.appointment,
        token: csrf::token(&state.shared.form_secret, form_cookie),
        consent,
        max: QUESTION_MAX_CHARS,
        page,
    };
    Ok(with_cookie((status, render(&view)?).into_response(), set))
}

/// GET: the ask page, new or (with `?form=`) in progress.
pub async fn form(
    State(state): State<AppState>,
    Path(locale): Path<String>,
    Query(query): Query<AskQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    let (cookie, set) = form_cookie(&headers);
    let draft = match query.form.as_deref() {
        None => AskDraft {
            values: AskValues {
                point: page.profile.point.clone().unwrap_or_default(),
                form_id: new_form_id(),
                ..AskValues::default()
            },
            error: None,
            status: StatusCode::OK,
            appointment: None,
            sent: None,
        },
        Some(form_id) => {
            match owner(&headers).and_then(|o| state.kiosk.questions.get(o, form_id)) {
                Some(draft) if draft.sent.is_some() => return Ok(sent_page(&page, form_id)),
                Some(draft) => draft,
                // Gone (Finish, expired, another device's): a new question.
                None => return Ok(no_store(Redirect::to(&page.href("ask")).into_response())),
            }
        }
    };
    show_form(&state, page, draft, &cookie, set).await
}

/// POST: checks and stores the question, then leads to its confirmation (or back to the form
/// with a message and everything typed kept).
pub async fn submit(
    State(state): State<AppState>,
    axum::Extension(limiter): axum::Extension<RateLimiter>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    form: PostedForm,
) -> Result<Response, WebError> {
    let PostedForm { page, fields } = form;
    let values = AskValues {
        text: field(&fields, "question"),
        point: field(&fields, "point"),
        form_id: Some(field(&fields, "form_id"))
            .filter(|id| is_form_id(id))
            .unwrap_or_else(new_form_id),
    };
    let (cookie, set) = form_cookie(&headers);
    let earlier = set
        .is_none()
        .then(|| state.kiosk.questions.get(&cookie, &values.form_id))
        .flatten();
    if earlier.as_ref().is_some_and(|d| d.sent.is_some()) {
        // Sent already (a second tap, a resent form): the question asked the first time.
        return Ok(sent_page(&page, &values.form_id));
    }
    let mut draft = AskDraft {
        values,
        error: None,
        status: StatusCode::UNPROCESSABLE_ENTITY,
        appointment: earlier.and_then(|d| d.appointment),
        sent: None,
    };
    let token = field(&fields, "csrf");
    if set.is_some() || !csrf::verify(&state.shared.form_secret, &cookie, &token) {
        // A forged or stale form: shown again with the text kept, to be sent once more.
        draft.error = Some(page.t("error-generic"));
        draft.status = StatusCode::FORBIDDEN;
        return show_form(&state, page, draft, &cookie, set).await;
    }
    let points = load_points(&state).await?;
    let point_ok = draft.values.point.is_empty()
        || offered(&points, &page)
            .iter()
            .any(|p| p.id == draft.values.point);
    let text = match QuestionText::parse(&draft.values.text) {
        Ok(text) if point_ok => text,
        Ok(_) => {
            draft.values.point.clear();
            draft.error = Some(page.t("kiosk-ask-error-point"));
            return Ok(back_to_form(&state, &page, &cookie, draft));
        }
        Err(refusal) => {
            draft.error = Some(refusal_message(&page, &refusal));
            return Ok(back_to_form(&state, &page, &cookie, draft));
        }
    };
    // Only a valid question counts towards the address's quota (as the appointment form).
    if let Some(addr) = client
        && !limiter.allow(addr, state.kiosk.posts_per_window)
    {
        draft.error = Some(page.t("error-rate-limited"));
        draft.status = StatusCode::TOO_MANY_REQUESTS;
        return Ok(back_to_form(&state, &page, &cookie, draft));
    }
    let question = NewQuestion {
        channel: Channel::Kiosk,
        locale: page.locale,
        point_id: (!draft.values.point.is_empty()).then(|| draft.values.point.clone()),
        telegram_chat: None,
        appointment_reference: draft
            .appointment
            .as_deref()
            .and_then(|r| ReferenceCode::parse(r).ok()),
        text,
    };
    match state.store.blocking(move |s| s.ask(question, now())).await {
        Ok(asked) => {
            tracing::info!(channel = "kiosk", locale = %page.locale, "question stored");
            let form_id = draft.values.form_id.clone();
            if let Some(token) = asked.follow_token {
                // The QR code to follow it on Telegram: for this browser only.
                super::follow_qr::keep_for_sender(
                    &state,
                    &page,
                    &cookie,
                    asked.reference.as_str(),
                    token,
                );
            }
            draft.sent = Some(asked.reference.as_str().to_owned());
            // Nothing of the text is kept once it is stored.
            draft.values.text.clear();
            state.kiosk.questions.put(&cookie, form_id.clone(), draft);
            Ok(sent_page(&page, &form_id))
        }
        Err(navrat_content::Error::StorageFull) => {
            draft.error = Some(page.t("error-storage-full"));
            draft.status = StatusCode::SERVICE_UNAVAILABLE;
            Ok(back_to_form(&state, &page, &cookie, draft))
        }
        Err(navrat_content::Error::NotFound(_)) => {
            // The place (or the request) went away meanwhile: ask again, text kept.
            draft.values.point.clear();
            draft.appointment = None;
            draft.error = Some(page.t("error-generic"));
            Ok(back_to_form(&state, &page, &cookie, draft))
        }
        Err(e) => Err(e.into()),
    }
}

/// Keeps the refused question (text and message) and sends the browser to its form again.
fn back_to_form(state: &AppState, page: &Page, cookie: &str, draft: AskDraft) -> Response {
    let form_id = draft.values.form_id.clone();
    state.kiosk.questions.put(cookie, form_id.clone(), draft);
    no_store(Redirect::to(&format!("{}?form={form_id}", page.href("ask"))).into_response())
}

/// After an appointment request was stored and the person chose on its review step to add a
/// question: the ask page, bound to the request (by this device's form cookie, not the
/// address).
pub(super) fn with_request(
    state: &AppState,
    page: &Page,
    cookie: &str,
    reference: &str,
    point: &str,
) -> Response {
    let draft = AskDraft {
        values: AskValues {
            point: point.to_owned(),
            form_id: new_form_id(),
            ..AskValues::default()
        },
        error: None,
        status: StatusCode::OK,
        appointment: Some(reference.to_owned()),
        sent: None,
    };
    let form_id = draft.values.form_id.clone();
    state.kiosk.questions.put(cookie, form_id.clone(), draft);
    no_store(Redirect::to(&format!("{}?form={form_id}", page.href("ask"))).into_response())
}

/// GET `/{locale}/ask/sent?form=`: the question is stored; its reference, when counsellors
/// answer and how to read the answer.
pub async fn sent(
    State(state): State<AppState>,
    Path(locale): Path<String>,
    Query(query): Query<AskQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    let draft = match (owner(&headers), query.form.as_deref()) {
        (Some(owner), Some(form_id)) => state.kiosk.questions.get(owner, form_id),
        _ => None,
    };
    let Some((reference, draft)) = draft.and_then(|d| d.sent.clone().map(|r| (r, d))) else {
        return Ok(no_store(Redirect::to(&page.href("ask")).into_response()));
    };
    let display = |r: &str| ReferenceCode::parse(r).map_or_else(|_| r.to_owned(), |c| c.display());
    // Once a chat follows the question, the QR code has done its work and is gone.
    let followed = match ReferenceCode::parse(&reference) {
        Ok(code) => {
            state
                .store
                .blocking(move |s| s.conversation_has_chat(&code))
                .await?
        }
        Err(_) => false,
    };
    let qr_svg = if followed {
        super::follow_qr::forget_for(&state, &headers, &reference);
        None
    } else {
        super::follow_qr::shown_to(&state, &page, &headers, Followed::Question, &reference)
    };
    let view = SentPage {
        qr_svg,
        reference: display(&reference),
        hours: hours_of(&page),
        appointment: draft.appointment.as_deref().map(display),
        page,
    };
    Ok(no_store(render(&view)?))
}

/// Binds the question `reference` to the device with form cookie `cookie` and leads to it:
/// the status lookup found it.
pub(super) fn read(
    state: &AppState,
    page: &Page,
    cookie: &str,
    set: Option<String>,
    reference: &ReferenceCode,
) -> Response {
    let reading = Reading {
        reference: reference.as_str().to_owned(),
        typed: String::new(),
        error: None,
        status: StatusCode::OK,
        notice: None,
    };
    state.kiosk.reading.put(cookie, cookie.to_owned(), reading);
    with_cookie(
        Redirect::to(&page.href("status/question")).into_response(),
        set,
    )
}

/// GET `/{locale}/status/question`: the question this device looked up, with the answers.
pub async fn question(
    State(state): State<AppState>,
    Path(locale): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    let lookup = || no_store(Redirect::to(&page.href("status")).into_response());
    let Some(owner) = owner(&headers) else {
        return Ok(lookup());
    };
    let Some(reading) = state.kiosk.reading.get(owner, owner) else {
        return Ok(lookup());
    };
    let Ok(code) = ReferenceCode::parse(&reading.reference) else {
        return Ok(lookup());
    };
    let Some(view) = state
        .store
        .blocking(move |s| s.conversation_for_person(&code))
        .await?
    else {
        // Deleted meanwhile (retention): look up again.
        return Ok(lookup());
    };
    // What just happened is said once.
    if reading.notice.is_some() {
        let mut quiet = reading.clone();
        quiet.notice = None;
        state.kiosk.reading.put(owner, owner.to_owned(), quiet);
    }
    let messages: Vec<MessageView> = view
        .messages
        .into_iter()
        .map(|m| MessageView {
            from_counsellor: m.from_counsellor,
            text: m.text,
        })
        .collect();
    let view = QuestionPage {
        reference: view.reference.display(),
        answered: messages.iter().any(|m| m.from_counsellor),
        messages,
        closed: view.state == ConversationState::Closed,
        typed: reading.typed,
        error: reading.error,
        notice: reading.notice.map(|id| page.t(id)),
        token: csrf::token(&state.shared.form_secret, owner),
        hours: hours_of(&page),
        max: QUESTION_MAX_CHARS,
        page,
    };
    Ok(no_store((reading.status, render(&view)?).into_response()))
}

/// POST `/{locale}/status/question`: the person adds a message to their question, or closes it.
pub async fn question_post(
    State(state): State<AppState>,
    axum::Extension(limiter): axum::Extension<RateLimiter>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    form: PostedForm,
) -> Result<Response, WebError> {
    let PostedForm { page, fields } = form;
    let again = no_store(Redirect::to(&page.href("status/question")).into_response());
    let Some(owner) = owner(&headers) else {
        return Ok(no_store(Redirect::to(&page.href("status")).into_response()));
    };
    let Some(mut reading) = state.kiosk.reading.get(owner, owner) else {
        return Ok(no_store(Redirect::to(&page.href("status")).into_response()));
    };
    let Ok(code) = ReferenceCode::parse(&reading.reference) else {
        return Ok(no_store(Redirect::to(&page.href("status")).into_response()));
    };
    reading.typed = field(&fields, "message");
    reading.notice = None;
    reading.error = None;
    reading.status = StatusCode::UNPROCESSABLE_ENTITY;
    if !csrf::verify(&state.shared.form_secret, owner, &field(&fields, "csrf")) {
        reading.error = Some(page.t("error-generic"));
        reading.status = StatusCode::FORBIDDEN;
        state.kiosk.reading.put(owner, owner.to_owned(), reading);
        return Ok(again);
    }
    if field(&fields, "action") == "close" {
        state
            .store
            .blocking(move |s| s.close_by_person(&code, now()))
            .await?;
        reading.status = StatusCode::OK;
        reading.notice = Some("kiosk-question-closed-now");
        state.kiosk.reading.put(owner, owner.to_owned(), reading);
        return Ok(again);
    }
    let text = match QuestionText::parse(&reading.typed) {
        Ok(text) => text,
        Err(refusal) => {
            reading.error = Some(refusal_message(&page, &refusal));
            state.kiosk.reading.put(owner, owner.to_owned(), reading);
            return Ok(again);
        }
    };
    if let Some(addr) = client
        && !limiter.allow(addr, state.kiosk.posts_per_window)
    {
        reading.error = Some(page.t("error-rate-limited"));
        reading.status = StatusCode::TOO_MANY_REQUESTS;
        state.kiosk.reading.put(owner, owner.to_owned(), reading);
        return Ok(again);
    }
    match state
        .store
        .blocking(move |s| s.add_person_message(&code, text, now()))
        .await
    {
        Ok(()) => {
            reading.typed.clear();
            reading.status = StatusCode::OK;
            reading.notice = Some("kiosk-question-added");
        }
        Err(navrat_content::Error::NotAllowed(_)) => {
            reading.error = Some(page.t("kiosk-question-closed"));
        }
        Err(navrat_content::Error::StorageFull) => {
            reading.error = Some(page.t("error-storage-full"));
            reading.status = StatusCode::SERVICE_UNAVAILABLE;
        }
        Err(e) => return Err(e.into()),
    }
    state.kiosk.reading.put(owner, owner.to_owned(), reading);
    Ok(again)
}
