//! `/{locale}/appointment`: ask for a meeting with a counsellor. Works without JavaScript:
//! choose a place (a link), fill the form, review, send. Every field is checked on the server;
//! errors appear next to the field in the person's language with what they entered kept. A
//! repeated submit (refresh, back, double tap) returns the request made the first time, and
//! the person is told it was received only after it is stored.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use navrat_content::model::{
    ALIAS_MAX_CHARS, Alias, Channel, Contact, CounsellingPoint, DayPart, NewAppointmentRequest,
    PhoneNumber, PointKind, Slug, Weekday, order_for_people,
};
use serde::Deserialize;

use super::drafts::Draft;
use super::page::{Page, Step, page};
use super::posted::PostedForm;
use super::{no_store, render};
use crate::rate_limit::ClientAddr;
use crate::rate_limit::RateLimiter;
use crate::request::cookie;
use crate::{AppState, WebError, csrf};

/// A counselling point as the person sees it.
pub struct PointView {
    /// Id.
    pub id: String,
    /// Name in the person's language (or the next of their chain).
    pub name: String,
    /// Address.
    pub address: String,
    /// How a visit works.
    pub rules: String,
    /// UI string id of its kind.
    pub kind: &'static str,
    /// Native names of the languages spoken there.
    pub languages: Vec<String>,
    /// Whether the person's own language is spoken there.
    pub speaks_mine: bool,
    /// Opening hours: (day ids, from, to).
    pub hours: Vec<(Vec<&'static str>, String, String)>,
    /// Unverified sample data.
    pub sample: bool,
    /// Its text is a machine translation nobody has checked yet.
    pub draft: bool,
    /// Phone, if public.
    pub phone: Option<String>,
    /// Days open, with the day-parts available on each: (day id, [part ids]).
    pub slots: Vec<(&'static str, Vec<&'static str>)>,
    /// The day-parts offered on any open day.
    pub parts: Vec<&'static str>,
}

impl PointView {
    /// Adds to the page's one notice what these points' texts and details are.
    pub fn note_on(page: &mut Page, points: &[&PointView]) {
        if points.iter().any(|p| p.draft) {
            page.note_unreviewed("kiosk-notice-point-draft");
        }
        if points.iter().any(|p| p.sample) {
            page.note_unreviewed("notice-sample-data");
        }
    }

    /// How a point is shown in `page`'s locale.
    pub fn new(point: &CounsellingPoint, page: &Page) -> Self {
        let chain = page.chain();
        let text = point.text_for(&chain).cloned().unwrap_or_default();
        let slots: Vec<(&'static str, Vec<&'static str>)> = point
            .open_slots()
            .into_iter()
            .map(|(d, parts)| (d.as_str(), parts.into_iter().map(DayPart::as_str).collect()))
            .collect();
        let mut parts: Vec<&'static str> = DayPart::ALL
            .into_iter()
            .map(DayPart::as_str)
            .filter(|p| slots.iter().any(|(_, ps)| ps.contains(p)))
            .collect();
        parts.dedup();
        PointView {
            id: point.id.clone(),
            name: text.name,
            address: text.address,
            rules: text.visiting_rules,
            kind: match point.kind {
                PointKind::Regional => "point-kind-regional",
                PointKind::Detention => "point-kind-detention",
                PointKind::Office => "point-kind-office",
            },
            languages: point
                .languages
                .iter()
                .filter_map(|l| page.info(*l).map(|i| i.native_name.clone()))
                .collect(),
            // Sample data is no promise: only verified languages are claimed as spoken.
            speaks_mine: !point.sample_data && point.languages.contains(&page.locale),
            hours: point
                .hours
                .iter()
                .map(|h| {
                    (
                        h.days.iter().map(|d| d.as_str()).collect(),
                        h.from.clone(),
                        h.to.clone(),
                    )
                })
                .collect(),
            sample: point.sample_data,
            draft: text.machine_draft,
            phone: point.phone.clone(),
            slots,
            parts,
        }
    }
}

/// What the person entered (or is about to).
#[derive(Debug, Clone, Default)]
pub struct FormValues {
    /// Point id.
    pub point: String,
    /// Chosen day ids.
    pub days: Vec<String>,
    /// Chosen day-part ids.
    pub parts: Vec<String>,
    /// Interpreter needed.
    pub interpreter: bool,
    /// Nickname.
    pub alias: String,
    /// `phone`, `return` or `telegram`.
    pub contact: String,
    /// Phone number as typed.
    pub phone: String,
    /// Consent given.
    pub consent: bool,
    /// Topic slug, if they came from a topic.
    pub topic: String,
    /// The form's one-time id: a repeated submit of it returns the first request.
    pub form_id: String,
    /// Chosen on the review step: after sending, write a question to go with the request.
    pub ask: bool,
}

impl FormValues {
    fn from_pairs(pairs: &[(String, String)]) -> Self {
        let one = |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let many = |k: &str| {
            pairs
                .iter()
                .filter(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .collect()
        };
        FormValues {
            point: one("point"),
            days: many("days"),
            parts: many("parts"),
            interpreter: one("interpreter") == "yes",
            alias: one("alias"),
            contact: one("contact"),
            phone: one("phone"),
            consent: one("consent") == "yes",
            topic: one("topic"),
            ask: one("ask") == "yes",
            // It goes into the next step's address and is the idempotency key: one the
            // kiosk could not have made is replaced.
            form_id: Some(one("form_id"))
                .filter(|id| is_form_id(id))
                .unwrap_or_else(new_form_id),
        }
    }

    /// Whether a day or day-part id is chosen (for the template).
    pub fn has_day(&self, id: &&str) -> bool {
        self.days.iter().any(|d| d == id)
    }

    /// Whether a day-part id is chosen.
    pub fn has_part(&self, id: &&str) -> bool {
        self.parts.iter().any(|p| p == id)
    }
}

/// Field errors: field name → UI string id (with its argument, if any).
pub type Errors = BTreeMap<&'static str, String>;

/// Checks the values against the point; a valid request, or the errors to show.
fn validate(
    values: &FormValues,
    point: &CounsellingPoint,
    page: &Page,
) -> Result<NewAppointmentRequest, Errors> {
    let mut errors = Errors::new();
    let slots = point.open_slots();
    let days: Vec<Weekday> = values
        .days
        .iter()
        .filter_map(|d| Weekday::parse(d).ok())
        .filter(|d| slots.iter().any(|(open, _)| open == d))
        .collect();
    if days.is_empty() || days.len() != values.days.len() {
        errors.insert("days", page.t("error-days-required"));
    }
    let parts: Vec<DayPart> = values
        .parts
        .iter()
        .filter_map(|p| DayPart::parse(p).ok())
        .collect();
    if parts.is_empty() || parts.len() != values.parts.len() {
        errors.insert("parts", page.t("error-day-parts-required"));
    }
    let alias = values.alias.trim();
    if Alias::parse(alias).is_err() {
        errors.insert(
            "alias",
            page.tn("error-alias-too-long", "max", ALIAS_MAX_CHARS as i64),
        );
    }
    let contact = match values.contact.as_str() {
        "phone" if values.phone.trim().is_empty() => {
            errors.insert("phone", page.t("error-contact-phone-missing"));
            None
        }
        "phone" => match PhoneNumber::parse(&values.phone) {
            Ok(p) => Some(Contact::Phone(p)),
            Err(_) => {
                errors.insert("phone", page.t("error-phone-invalid"));
                None
            }
        },
        "return" | "telegram" => Some(Contact::ComeBack),
        _ => {
            errors.insert("contact", page.t("appointment-contact"));
            None
        }
    };
    if !values.consent {
        errors.insert("consent", page.t("error-consent-required"));
    }
    let topic = Slug::parse(&values.topic).ok();
    match (errors.is_empty(), contact) {
        (true, Some(contact)) => Ok(NewAppointmentRequest {
            channel: Channel::Kiosk,
            locale: page.locale,
            point_id: point.id.clone(),
            days,
            day_parts: parts,
            alias: (!alias.is_empty()).then(|| alias.to_owned()),
            contact,
            interpreter_needed: values.interpreter,
            topic,
            idempotency_key: Some(values.form_id.clone()),
            telegram_chat: None,
        }),
        _ => Err(errors),
    }
}

#[derive(Template)]
#[template(path = "kiosk/appointment_points.html")]
struct PointsPage {
    page: Page,
    points: Vec<PointView>,
    topic: String,
}

#[derive(Template)]
#[template(path = "kiosk/appointment_form.html")]
struct FormPage {
    page: Page,
    point: PointView,
    values: FormValues,
    errors: Errors,
    token: String,
    retention_days: u32,
    other_points: bool,
}

#[derive(Template)]
#[template(path = "kiosk/appointment_review.html")]
struct ReviewPage {
    page: Page,
    point: PointView,
    values: FormValues,
    token: String,
}

#[derive(Template)]
#[template(path = "kiosk/message.html")]
pub(super) struct MessagePage {
    pub(super) page: Page,
    pub(super) message: String,
}

#[derive(Deserialize)]
pub struct FormQuery {
    #[serde(default)]
    point: Option<String>,
    #[serde(default)]
    topic: Option<String>,
    /// A form in progress to show again (after a check found something, or "Change").
    #[serde(default)]
    form: Option<String>,
    /// Set by "Choose another place": the list of places, even on a kiosk that starts at its
    /// own.
    #[serde(default)]
    places: Option<String>,
}

/// `?form=` of the review page.
#[derive(Deserialize)]
pub struct ReviewQuery {
    #[serde(default)]
    form: Option<String>,
}

pub(super) fn new_form_id() -> String {
    csrf::new_cookie()
}

/// Whether a form id sent back by the browser is one the kiosk could have made.
pub(super) fn is_form_id(id: &str) -> bool {
    (8..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The form cookie of this request, or a new one to set.
pub(super) fn form_cookie(headers: &HeaderMap) -> (String, Option<String>) {
    match cookie(headers, csrf::COOKIE)
        .filter(|c| c.len() == 32 && c.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        Some(c) => (c.to_owned(), None),
        None => {
            let c = csrf::new_cookie();
            let set = format!("{}={c}; Path=/; SameSite=Strict; HttpOnly", csrf::COOKIE);
            (c, Some(set))
        }
    }
}

pub(super) fn with_cookie(response: Response, set: Option<String>) -> Response {
    let mut response = no_store(response);
    if let Some(set) = set
        && let Ok(value) = set.parse()
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// The places, in the order people are offered them (detention facilities last).
pub(super) async fn load_points(state: &AppState) -> Result<Vec<CounsellingPoint>, WebError> {
    let mut points = state.store.blocking(|s| s.points()).await?;
    order_for_people(&mut points);
    Ok(points)
}

/// The points a device offers: all, or only its facility's for a detention kiosk.
pub(super) fn offered<'a>(
    points: &'a [CounsellingPoint],
    page: &Page,
) -> Vec<&'a CounsellingPoint> {
    match page.profile.point.as_deref() {
        Some(own)
            if points
                .iter()
                .any(|p| p.id == own && p.kind == PointKind::Detention) =>
        {
            points.iter().filter(|p| p.id == own).collect()
        }
        _ => points.iter().collect(),
    }
}

/// GET: the list of places, or the form for the chosen one.
pub async fn form(
    State(state): State<AppState>,
    Path(locale): Path<String>,
    Query(query): Query<FormQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    let points = load_points(&state).await?;
    let offered = offered(&points, &page);
    if let Some(form_id) = query.form.as_deref() {
        return form_in_progress(&state, page, &offered, &headers, form_id);
    }
    let topic = query
        .topic
        .filter(|t| Slug::parse(t).is_ok())
        .unwrap_or_default();
    let chosen = query
        .point
        .or_else(|| {
            query
                .places
                .is_none()
                .then(|| page.profile.point.clone())
                .flatten()
        })
        .and_then(|id| offered.iter().find(|p| p.id == id).copied())
        .or_else(|| (offered.len() == 1).then(|| offered[0]));
    let mut page = page;
    let Some(point) = chosen else {
        let points: Vec<PointView> = offered.iter().map(|p| PointView::new(p, &page)).collect();
        PointView::note_on(&mut page, &points.iter().collect::<Vec<_>>());
        return Ok(no_store(render(&PointsPage {
            page,
            points,
            topic,
        })?));
    };
    let (form_cookie, set) = form_cookie(&headers);
    let values = FormValues {
        point: point.id.clone(),
        contact: "return".into(),
        topic,
        form_id: new_form_id(),
        ..FormValues::default()
    };
    let point = PointView::new(point, &page);
    PointView::note_on(&mut page, &[&point]);
    let view = FormPage {
        point,
        values,
        errors: Errors::new(),
        token: csrf::token(&state.shared.form_secret, &form_cookie),
        retention_days: state.shared.retention_days,
        other_points: offered.len() > 1,
        page,
    };
    Ok(with_cookie(render(&view)?, set))
}

/// The device's form cookie, if it has a well-formed one.
pub(super) fn owner(headers: &HeaderMap) -> Option<&str> {
    cookie(headers, csrf::COOKIE)
        .filter(|c| c.len() == 32 && c.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Where a form whose draft is gone, or already sent, leads: to the request it became, or
/// back to the start of a new one.
fn draft_gone(page: &Page, draft: Option<&Draft>) -> Response {
    let to = match draft.and_then(|d| d.sent.as_deref()) {
        Some(reference) => page.href(&format!("appointment/{reference}")),
        None => page.href("appointment"),
    };
    no_store(Redirect::to(&to).into_response())
}

/// GET `?form=`: the form in progress again, with what the last check found.
fn form_in_progress(
    state: &AppState,
    mut page: Page,
    offered: &[&CounsellingPoint],
    headers: &HeaderMap,
    form_id: &str,
) -> Result<Response, WebError> {
    let Some(owner) = owner(headers) else {
        return Ok(draft_gone(&page, None));
    };
    let draft = match state.kiosk.drafts.get(owner, form_id) {
        Some(d) if d.sent.is_none() => d,
        other => return Ok(draft_gone(&page, other.as_ref())),
    };
    let Some(point) = offered.iter().find(|p| p.id == draft.values.point).copied() else {
        return Ok(draft_gone(&page, None));
    };
    let point = PointView::new(point, &page);
    PointView::note_on(&mut page, &[&point]);
    let view = FormPage {
        point,
        values: draft.values,
        token: csrf::token(&state.shared.form_secret, owner),
        retention_days: state.shared.retention_days,
        other_points: offered.len() > 1,
        page,
        errors: draft.errors,
    };
    Ok(no_store((draft.status, render(&view)?).into_response()))
}

/// GET `/{locale}/appointment/review?form=`: the request as it will be sent.
pub async fn review(
    State(state): State<AppState>,
    Path(locale): Path<String>,
    Query(query): Query<ReviewQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    let (Some(owner), Some(form_id)) = (owner(&headers), query.form.as_deref()) else {
        return Ok(draft_gone(&page, None));
    };
    let draft = match state.kiosk.drafts.get(owner, form_id) {
        Some(d) if d.sent.is_none() => d,
        other => return Ok(draft_gone(&page, other.as_ref())),
    };
    let points = load_points(&state).await?;
    let offered = offered(&points, &page);
    let Some(point) = offered.iter().find(|p| p.id == draft.values.point).copied() else {
        return Ok(draft_gone(&page, None));
    };
    if !draft.errors.is_empty() || validate(&draft.values, point, &page).is_err() {
        let to = format!("{}?form={form_id}", page.href("appointment"));
        return Ok(no_store(Redirect::to(&to).into_response()));
    }
    let view = ReviewPage {
        point: PointView::new(point, &page),
        values: draft.values,
        token: csrf::token(&state.shared.form_secret, owner),
        page,
    };
    Ok(no_store(render(&view)?))
}

/// Keeps the form in progress and sends the browser to the GET page of its next step.
fn next_step(
    state: &AppState,
    page: &Page,
    owner: &str,
    draft: Draft,
    set: Option<String>,
) -> Response {
    let form_id = draft.values.form_id.clone();
    let to = match (&draft.sent, draft.errors.is_empty()) {
        (Some(reference), _) => format!("{}?new=1", page.href(&format!("appointment/{reference}"))),
        (None, true) if draft.status == StatusCode::OK && draft.reviewed => {
            format!("{}?form={form_id}", page.href("appointment/review"))
        }
        (None, _) => format!("{}?form={form_id}", page.href("appointment")),
    };
    state.kiosk.drafts.put(owner, form_id, draft);
    with_cookie(Redirect::to(&to).into_response(), set)
}

/// POST: review, edit or send.
pub async fn submit(
    State(state): State<AppState>,
    axum::Extension(limiter): axum::Extension<RateLimiter>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    form: PostedForm,
) -> Result<Response, WebError> {
    // "edit", "submit", or (anything else) review what was entered.
    let step = form.field("step");
    let token = form.field("csrf");
    let values = FormValues::from_pairs(&form.fields);
    let page = form.page;

    let points = load_points(&state).await?;
    let offered = offered(&points, &page);
    let Some(point) = offered.iter().find(|p| p.id == values.point).copied() else {
        // No such place (any more): back to the list of places.
        return Ok(Redirect::to(&page.href("appointment")).into_response());
    };
    let (form_cookie, set) = form_cookie(&headers);
    let fresh_token = csrf::token(&state.shared.form_secret, &form_cookie);
    let show_form = |page: Page,
                     values: FormValues,
                     errors: Errors,
                     status: StatusCode|
     -> Result<Response, WebError> {
        let view = FormPage {
            point: PointView::new(point, &page),
            values,
            errors,
            token: fresh_token.clone(),
            retention_days: state.shared.retention_days,
            other_points: offered.len() > 1,
            page,
        };
        Ok(with_cookie(
            (status, render(&view)?).into_response(),
            set.clone(),
        ))
    };

    // A forged or stale form: show it again with everything kept, to be sent once more.
    if set.is_some() || !csrf::verify(&state.shared.form_secret, &form_cookie, &token) {
        let mut errors = Errors::new();
        errors.insert("form", page.t("error-generic"));
        return show_form(page, values, errors, StatusCode::FORBIDDEN);
    }
    // Every step answers with a redirect to a GET page (see `drafts`).
    let draft = |values: FormValues, errors: Errors, status: StatusCode, reviewed: bool| Draft {
        values,
        errors,
        status,
        reviewed,
        sent: None,
    };
    if step == "edit" {
        let edit = draft(values, Errors::new(), StatusCode::OK, false);
        return Ok(next_step(&state, &page, &form_cookie, edit, set));
    }
    let request = match validate(&values, point, &page) {
        Ok(r) => r,
        Err(errors) => {
            let invalid = draft(values, errors, StatusCode::UNPROCESSABLE_ENTITY, false);
            return Ok(next_step(&state, &page, &form_cookie, invalid, set));
        }
    };
    // Only a valid form counts towards the address's quota: forged or token-less POSTs cannot
    // lock a shared kiosk address out.
    if let Some(addr) = client
        && !limiter.allow(addr, state.kiosk.posts_per_window)
    {
        let message = page.t("error-rate-limited");
        return Ok((
            StatusCode::TOO_MANY_REQUESTS,
            render(&MessagePage { page, message })?,
        )
            .into_response());
    }
    if step != "submit" {
        let checked = draft(values, Errors::new(), StatusCode::OK, true);
        return Ok(next_step(&state, &page, &form_cookie, checked, set));
    }
    match state
        .store
        .blocking(move |s| s.create_appointment_request(&request))
        .await
    {
        Ok(stored) => {
            tracing::info!(channel = "kiosk", point = %stored.point_id, locale = %stored.locale, "appointment request stored");
            // The QR code to follow it on Telegram is for this browser only: kept under its
            // form cookie, which the redirect below leaves in place, for the confirmation page.
            super::follow_qr::keep_for_sender(
                &state,
                &page,
                &form_cookie,
                stored.reference.as_str(),
                stored.follow_token,
            );
            let ask = values.ask;
            let mut sent = draft(values, Errors::new(), StatusCode::OK, true);
            sent.sent = Some(stored.reference.as_str().to_owned());
            let to_status = next_step(&state, &page, &form_cookie, sent, set);
            if ask {
                // The request is stored and its reference is shown on the ask page, where the
                // question is written with it.
                return Ok(super::ask::with_request(
                    &state,
                    &page,
                    &form_cookie,
                    &stored.reference.display(),
                    &stored.point_id,
                ));
            }
            Ok(to_status)
        }
        Err(navrat_content::Error::StorageFull) => {
            let mut errors = Errors::new();
            errors.insert("form", page.t("error-storage-full"));
            let full = draft(values, errors, StatusCode::SERVICE_UNAVAILABLE, false);
            Ok(next_step(&state, &page, &form_cookie, full, set))
        }
        Err(e) => Err(e.into()),
    }
}
