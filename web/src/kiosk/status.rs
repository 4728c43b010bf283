//! `/{locale}/appointment/{reference}`: where a request stands; right after sending, also the
//! reference code in large letters and a QR code to follow it on Telegram. `/{locale}/status`:
//! the lookup by reference code, which finds requests and questions to counsellors alike (a
//! question opens on [`super::ask`]'s page, without its code in the address).

use askama::Template;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use navrat_content::ReferenceCode;
use navrat_content::model::{AppointmentRequest, AppointmentStatus, Contact};
use serde::Deserialize;

use super::appointment::{PointView, form_cookie, with_cookie};
use super::follow_qr::Followed;
use super::page::{Page, Step, page};
use super::{no_store, render};
use crate::rate_limit::{ClientAddr, LookupLimiter, LookupVerdict};
use crate::{AppState, WebError, csrf};

#[derive(Deserialize)]
pub struct StatusQuery {
    #[serde(default)]
    new: Option<String>,
}

#[derive(Deserialize)]
pub struct LookupQuery {
    #[serde(default)]
    reference: Option<String>,
}

#[derive(Template)]
#[template(path = "kiosk/status.html")]
struct StatusPage {
    page: Page,
    request: AppointmentRequest,
    reference: String,
    point: Option<PointView>,
    status_text: String,
    just_sent: bool,
    /// Which step's text Listen reads: the confirmation or a later look at the status.
    step: Step,
    qr_svg: Option<String>,
}

#[derive(Template)]
#[template(path = "kiosk/status_lookup.html")]
struct LookupPage {
    page: Page,
    error: Option<String>,
    typed: String,
    token: String,
}

fn status_text(page: &Page, request: &AppointmentRequest, point_name: &str) -> String {
    match request.status {
        // What happens next depends on how the person chose to hear from us.
        AppointmentStatus::New => match request.contact {
            Contact::ComeBack => page.t("kiosk-status-new-come-back"),
            Contact::Phone(_) => page.t("kiosk-status-new-phone"),
            // A contact that does not open says nothing about the way back: the general text.
            Contact::Telegram(_) | Contact::Unreadable => page.t("status-new"),
        },
        AppointmentStatus::Confirmed => {
            let mut args = navrat_content::i18n::FluentArgs::new();
            args.set("when", request.confirmed_when.clone().unwrap_or_default());
            args.set("point", point_name.to_owned());
            page.t_args("status-confirmed", &args)
        }
        AppointmentStatus::Declined => page.t1(
            "status-declined",
            "reason",
            request.decline_reason.as_deref().unwrap_or(""),
        ),
        AppointmentStatus::Done => page.t("status-done"),
        AppointmentStatus::Cancelled => page.t("status-cancelled"),
        AppointmentStatus::NoShow => page.t("status-no-show"),
    }
}

/// The QR code to follow `request` on Telegram: only on the confirmation page (`just_sent`,
/// where the form's redirect leads) of the browser that sent its form, in the minutes after,
/// and only while no chat follows it yet. Anyone else who opens the page, with the reference or
/// any query, gets none; nor does the sender on a later status page (Back, a lookup).
fn follow_qr(
    state: &AppState,
    page: &Page,
    headers: &HeaderMap,
    request: &AppointmentRequest,
    just_sent: bool,
) -> Option<String> {
    let reference = request.reference.as_str();
    if request.telegram_chat.is_some() {
        super::follow_qr::forget_for(state, headers, reference);
        return None;
    }
    if !just_sent {
        return None;
    }
    super::follow_qr::shown_to(state, page, headers, Followed::Request, reference)
}

/// The lookup form, with an error (a UI string id) when there is one.
fn lookup_page(
    state: &AppState,
    headers: &HeaderMap,
    page: Page,
    status: StatusCode,
    error: Option<&str>,
    typed: String,
) -> Result<Response, WebError> {
    let (cookie, set) = form_cookie(headers);
    let token = csrf::token(&state.shared.form_secret, &cookie);
    lookup_form(page, status, error, typed, token, set)
}

/// The lookup form with its anti-forgery token (for the form cookie `set` sets, if new).
fn lookup_form(
    page: Page,
    status: StatusCode,
    error: Option<&str>,
    typed: String,
    token: String,
    set: Option<String>,
) -> Result<Response, WebError> {
    let error = error.map(|id| page.t(id));
    let view = LookupPage {
        page,
        error,
        typed,
        token,
    };
    Ok(with_cookie((status, render(&view)?).into_response(), set))
}

/// The status of a request. Lookups are limited per client address, and slowed down after
/// codes that match nothing, so reference codes cannot be tried by the thousand.
pub async fn status(
    State(state): State<AppState>,
    Path((locale, reference)): Path<(String, String)>,
    Query(query): Query<StatusQuery>,
    Extension(lookups): Extension<LookupLimiter>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    if let Some(addr) = client {
        match lookups.check(addr) {
            LookupVerdict::Refuse => {
                return lookup_page(
                    &state,
                    &headers,
                    page,
                    StatusCode::TOO_MANY_REQUESTS,
                    Some("error-rate-limited"),
                    String::new(),
                );
            }
            LookupVerdict::Answer(delay) if !delay.is_zero() => tokio::time::sleep(delay).await,
            LookupVerdict::Answer(_) => {}
        }
    }
    let Ok(code) = ReferenceCode::parse(&reference) else {
        return lookup_page(
            &state,
            &headers,
            page,
            StatusCode::NOT_FOUND,
            Some("error-reference-invalid"),
            String::new(),
        );
    };
    let found = state
        .store
        .blocking(move |s| s.appointment_request(&code))
        .await?;
    let Some(request) = found else {
        return lookup_page(
            &state,
            &headers,
            page,
            StatusCode::NOT_FOUND,
            Some("error-reference-unknown"),
            String::new(),
        );
    };
    if let Some(addr) = client {
        lookups.found(addr);
    }
    let point_id = request.point_id.clone();
    let point = state
        .store
        .blocking(move |s| s.point(&point_id))
        .await?
        .map(|p| PointView::new(&p, &page));
    let mut page = page;
    if let Some(point) = &point {
        PointView::note_on(&mut page, &[point]);
    }
    let point_name = point.as_ref().map(|p| p.name.clone()).unwrap_or_default();
    let status_text = status_text(&page, &request, &point_name);
    let just_sent = query.new.is_some();
    let qr_svg = follow_qr(&state, &page, &headers, &request, just_sent);
    let reference = request.reference.display();
    let step = if just_sent { Step::Sent } else { Step::Status };
    Ok(no_store(render(&StatusPage {
        page,
        step,
        request,
        reference,
        point,
        status_text,
        just_sent,
        qr_svg,
    })?))
}

/// `/{locale}/status`: type a reference code to see a request or a question. The form is
/// sent by POST ([`lookup_sent`]), so the code stays out of the address; a code in the query
/// (an older link) is looked up the same way.
pub async fn lookup(
    State(state): State<AppState>,
    Path(locale): Path<String>,
    Query(query): Query<LookupQuery>,
    Extension(lookups): Extension<LookupLimiter>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    let typed = query.reference.unwrap_or_default();
    find(&state, page, &lookups, client, &headers, &typed).await
}

/// POST `/{locale}/status`: the lookup form sent.
pub async fn lookup_sent(
    State(state): State<AppState>,
    Path(locale): Path<String>,
    Extension(lookups): Extension<LookupLimiter>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    if csrf::cross_site(&headers) || !crate::request::form_is_utf8(&body) {
        return lookup_page(
            &state,
            &headers,
            page,
            StatusCode::FORBIDDEN,
            Some("error-generic"),
            String::new(),
        );
    }
    let field = |name: &str| {
        form_urlencoded::parse(&body)
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    let typed = field("reference");
    let (cookie, set) = form_cookie(&headers);
    if set.is_some() || !csrf::verify(&state.shared.form_secret, &cookie, &field("csrf")) {
        let token = csrf::token(&state.shared.form_secret, &cookie);
        let typed = typed.trim().chars().take(20).collect();
        return lookup_form(
            page,
            StatusCode::FORBIDDEN,
            Some("error-generic"),
            typed,
            token,
            set,
        );
    }
    find(&state, page, &lookups, client, &headers, &typed).await
}

/// Looks up what a typed code names: a question opens on its page (bound to this device), a
/// request on its status page; otherwise the form again with why. Limited per client address
/// like the status page, so codes cannot be tried by the thousand.
async fn find(
    state: &AppState,
    page: Page,
    lookups: &LookupLimiter,
    client: Option<std::net::IpAddr>,
    headers: &HeaderMap,
    typed: &str,
) -> Result<Response, WebError> {
    let (cookie, set) = form_cookie(headers);
    let token = csrf::token(&state.shared.form_secret, &cookie);
    let typed = typed.trim();
    if typed.is_empty() {
        return lookup_form(page, StatusCode::OK, None, String::new(), token, set);
    }
    let Ok(code) = ReferenceCode::parse(typed) else {
        let typed = typed.chars().take(20).collect();
        return lookup_form(
            page,
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("error-reference-invalid"),
            typed,
            token,
            set,
        );
    };
    if let Some(addr) = client {
        match lookups.check(addr) {
            LookupVerdict::Refuse => {
                return lookup_form(
                    page,
                    StatusCode::TOO_MANY_REQUESTS,
                    Some("error-rate-limited"),
                    String::new(),
                    token,
                    set,
                );
            }
            LookupVerdict::Answer(delay) if !delay.is_zero() => tokio::time::sleep(delay).await,
            LookupVerdict::Answer(_) => {}
        }
    }
    let wanted = code.clone();
    let (question, request) = state
        .store
        .blocking(move |s| {
            Ok((
                s.conversation_for_person(&wanted)?.is_some(),
                s.appointment_request(&wanted)?.is_some(),
            ))
        })
        .await?;
    if (question || request)
        && let Some(addr) = client
    {
        lookups.found(addr);
    }
    if question {
        return Ok(super::ask::read(state, &page, &cookie, set, &code));
    }
    if request {
        let to = format!("/{}/appointment/{}", page.locale, code.as_str());
        return Ok(with_cookie(Redirect::to(&to).into_response(), set));
    }
    lookup_form(
        page,
        StatusCode::NOT_FOUND,
        Some("error-reference-unknown"),
        code.display(),
        token,
        set,
    )
}
