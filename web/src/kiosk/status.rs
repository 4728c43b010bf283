//! `/{locale}/appointment/{reference}`: where a request stands; right after sending, also the
//! reference code in large letters and a QR code to follow it on Telegram.

use askama::Template;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use navrat_content::ReferenceCode;
use navrat_content::model::{AppointmentRequest, AppointmentStatus, Contact};
use serde::Deserialize;

use super::appointment::PointView;
use super::page::{Page, Step, page};
use super::{no_store, render};
use crate::rate_limit::{ClientAddr, LookupLimiter, LookupVerdict};
use crate::request::cookie;
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

/// The QR code of the Telegram deep link, as SVG.
fn qr(bot: &str, token: &str) -> Option<String> {
    let link = format!("https://t.me/{bot}?start=f_{token}");
    let code = qrcode::QrCode::new(link.as_bytes()).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(220, 220)
        .quiet_zone(true)
        .build();
    // Inline in HTML: without the XML prolog.
    svg.find("<svg").map(|at| svg[at..].to_owned())
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
    let bot = state.kiosk.telegram_bot.as_deref()?;
    if !page.profile.telegram_qr {
        return None;
    }
    let form_cookie = cookie(headers, csrf::COOKIE)?;
    let reference = request.reference.as_str();
    let codes = &state.kiosk.follow_qr;
    if request.telegram_chat.is_some() {
        codes.forget(&state.shared.form_secret, form_cookie, reference);
        return None;
    }
    if !just_sent {
        return None;
    }
    let token = codes.token_for(&state.shared.form_secret, form_cookie, reference)?;
    qr(bot, &token)
}

/// The lookup form, with an error (a UI string id) when there is one.
fn lookup_page(
    page: Page,
    status: StatusCode,
    error: Option<&str>,
    typed: String,
) -> Result<Response, WebError> {
    let error = error.map(|id| page.t(id));
    Ok(no_store(
        (status, render(&LookupPage { page, error, typed })?).into_response(),
    ))
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

/// `/{locale}/status`: type a reference code to see a request.
pub async fn lookup(
    State(state): State<AppState>,
    Path(locale): Path<String>,
    Query(query): Query<LookupQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    match query
        .reference
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
    {
        None => lookup_page(page, StatusCode::OK, None, String::new()),
        Some(typed) => match ReferenceCode::parse(typed) {
            Ok(code) => Ok(no_store(
                Redirect::to(&format!("/{}/appointment/{}", page.locale, code.as_str()))
                    .into_response(),
            )),
            Err(_) => {
                let typed = typed.chars().take(20).collect();
                lookup_page(
                    page,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    Some("error-reference-invalid"),
                    typed,
                )
            }
        },
    }
}
