//! The kiosk: what a person at a touchscreen uses, without signing in. Server-rendered pages,
//! one file per screen; every page in the person's language, with Home, Back, Language and
//! Finish; nothing personal kept in the browser or the page cache.

mod appointment;
mod ask;
mod audio;
mod drafts;
pub mod follow_qr;
pub mod heartbeat;
mod home;
mod listen;
mod page;
pub mod page_cache;
mod picker;
mod posted;
pub mod profile;
mod search;
mod status;
mod topic;

use askama::Template;
use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;

use crate::{AppState, WebError, assets};
use follow_qr::FollowQrCodes;
use profile::Profiles;

/// How the kiosk behaves.
#[derive(Debug, Clone)]
pub struct KioskConfig {
    /// Kiosk profiles (default point, idle timeout, QR code) by id.
    pub profiles: Profiles,
    /// The Telegram bot's username, for the QR code that lets a person follow a request on
    /// their phone; no QR code without it.
    pub telegram_bot: Option<String>,
    /// POSTs one client address may send per window before it is asked to wait.
    pub posts_per_window: u32,
    /// Telegram QR codes of requests just sent, each waiting for the browser that sent it.
    pub follow_qr: FollowQrCodes,
    /// Appointment forms between their steps (in memory only).
    pub(crate) drafts: drafts::Drafts,
    /// Questions to counsellors between their steps (in memory only).
    pub(crate) questions: drafts::Drafts<ask::AskDraft>,
    /// The question each device is reading on the status page, by form cookie (memory only).
    pub(crate) reading: drafts::Drafts<ask::Reading>,
    /// When each kiosk's heartbeat was last stored (memory only).
    pub(crate) heartbeats: heartbeat::HeartbeatThrottle,
    /// The machine voice (espeak-ng and opusenc, files in the data directory); `None`: topics
    /// can be heard only from counsellors' recordings.
    pub voice: Option<std::sync::Arc<navrat_content::audio::MachineVoice>>,
}

impl KioskConfig {
    /// Settings with the defaults.
    pub fn new(profiles: Profiles, telegram_bot: Option<String>) -> Self {
        KioskConfig {
            profiles,
            telegram_bot,
            posts_per_window: 30,
            follow_qr: FollowQrCodes::default(),
            drafts: drafts::Drafts::default(),
            questions: drafts::Drafts::default(),
            reading: drafts::Drafts::default(),
            heartbeats: heartbeat::HeartbeatThrottle::default(),
            voice: None,
        }
    }
}

/// The "page not found" page, in every language at once: whoever got here may not read
/// the language of the address they typed.
#[derive(Template)]
#[template(path = "kiosk/not_found.html")]
pub struct NotFoundPage {
    /// The message in each locale: (code, direction, text, hint).
    pub messages: Vec<(String, &'static str, String, String)>,
    /// The stylesheet.
    pub css: &'static str,
    /// The fonts' stylesheet.
    pub fonts: &'static str,
}

/// Every kiosk route.
pub fn router(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/", get(picker::picker))
        .route("/k/{kiosk}", get(picker::choose_profile))
        .route("/clear", get(picker::clear))
        .route("/assets/{file}", get(assets::serve))
        .route("/favicon.ico", get(assets::favicon))
        .route("/audio/{kind}/{file}", get(audio::audio))
        .route("/{locale}", get(to_home))
        .route("/{locale}/", get(home::home))
        .route("/{locale}/topics/{slug}", get(topic::topic))
        .route("/{locale}/search", get(search::search))
        .route(
            "/{locale}/appointment",
            get(appointment::form).post(appointment::submit),
        )
        .route("/{locale}/appointment/review", get(appointment::review))
        .route("/{locale}/appointment/{reference}", get(status::status))
        .route(
            "/{locale}/status",
            get(status::lookup).post(status::lookup_sent),
        )
        .route(
            "/{locale}/ask",
            get(ask::form)
                .post(ask::submit)
                .layer(axum::extract::DefaultBodyLimit::max(ask::BODY_LIMIT)),
        )
        .route("/{locale}/ask/sent", get(ask::sent))
        .route(
            "/{locale}/status/question",
            get(ask::question)
                .post(ask::question_post)
                .layer(axum::extract::DefaultBodyLimit::max(ask::BODY_LIMIT)),
        )
        .route("/heartbeat", axum::routing::post(heartbeat::heartbeat))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            heartbeat::on_page_load,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            status_page,
        ))
}

async fn to_home(
    axum::extract::Path(locale): axum::extract::Path<String>,
    State(state): State<AppState>,
) -> Response {
    match state.catalog.locales().parse(&locale) {
        Ok(l) => Redirect::permanent(&format!("/{l}/")).into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Renders a template into a response.
pub fn render(template: &impl Template) -> Result<Response, WebError> {
    Ok(Html(template.render()?).into_response())
}

/// Serves a page from the cache when the store has not changed since it was rendered;
/// otherwise renders it with `make` and keeps it. The key names everything the page depends on
/// besides the store: the path and the device's profile.
pub async fn cached<F, Fut>(state: &AppState, key: String, make: F) -> Result<Response, WebError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<String, WebError>>,
{
    let generation = state.store.generation();
    let body = match state.pages.get(&key, generation) {
        Some(body) => body,
        None => {
            let body = axum::body::Bytes::from(make().await?);
            state.pages.put(key, generation, body.clone());
            body
        }
    };
    Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response())
}

/// Marks a response as never to be stored: forms and request status on a shared screen.
pub fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// "This page does not exist" inside a locale the person already chose: in their language,
/// with the usual bar (Home, Back, Language, Finish).
#[derive(Template)]
#[template(path = "kiosk/not_found_local.html")]
struct LocalNotFoundPage {
    page: page::Page,
}

/// The locale a kiosk address starts with (`/uk/...`), if it names one.
pub(crate) fn path_locale(state: &AppState, request: &Request) -> Option<navrat_content::Locale> {
    let code = request.uri().path().split('/').nth(1)?;
    state.catalog.locales().parse(code).ok()
}

/// Turns every bare error status into a page: a 404 says the page does not exist, in the
/// person's language when the address names a locale (an unknown topic), otherwise in every
/// language, leading to the picker; a 500 or 503 says something failed, with a way back.
async fn status_page(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let locale = path_locale(&state, &request);
    let headers = request.headers().clone();
    let response = next.run(request).await;
    let status = response.status();
    if response.headers().contains_key(header::CONTENT_TYPE) {
        return response;
    }
    if status.is_server_error() {
        return error_page(status);
    }
    if status != StatusCode::NOT_FOUND {
        return response;
    }
    let rendered = match locale {
        Some(locale) => LocalNotFoundPage {
            page: page::page_for(&state, locale, &headers),
        }
        .render(),
        None => NotFoundPage::new(&state.catalog).render(),
    };
    match rendered {
        Ok(html) => (StatusCode::NOT_FOUND, Html(html)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "the not-found page did not render");
            error_page(StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}

/// The page of a failure on our side: no template, so it shows even when templates fail.
fn error_page(status: StatusCode) -> Response {
    (
        status,
        Html("<!doctype html><title>Navrat</title><p>Error / Chyba. <a href=\"/\">↩</a>"),
    )
        .into_response()
}

impl NotFoundPage {
    /// The page with the message in every locale.
    pub fn new(catalog: &navrat_content::i18n::Catalog) -> Self {
        let messages = catalog
            .locales()
            .all()
            .map(|info| {
                (
                    info.code.to_string(),
                    info.direction.as_str(),
                    catalog.text(info.code, "error-not-found"),
                    catalog.text(info.code, "error-not-found-hint"),
                )
            })
            .collect();
        NotFoundPage {
            messages,
            css: assets::url("kiosk.css"),
            fonts: assets::url("fonts.css"),
        }
    }
}
