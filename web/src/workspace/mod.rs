//! The counsellor workspace: where counsellors translate and review content and handle the
//! appointment requests that kiosk and bot bring in. Its own router on its own listener
//! (loopback by default), so kiosk terminals never reach it.
//!
//! Every page but the sign-in needs a session ([`session`]); every POST carries the session's
//! anti-forgery token, checked in one middleware before any handler runs; every handler asks
//! [`navrat_content::access`] whether the person may do what they ask.

mod auth;
mod inbox;
mod overview;
mod recordings;
mod requests;
mod session;
mod strings;
mod translate;
mod view;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use navrat_content::model::StaffUser;

use crate::{AppState, assets, csrf, request};
pub use session::{
    ACCOUNT_MAX_WAIT, ADDRESS_MAX_WAIT, LIMITER_CAPACITY, LOGIN_ATTEMPTS, LOGIN_FIRST_WAIT,
    LOGIN_WINDOW, PASSWORD_CHECK_WAIT, PASSWORD_CHECKS_AT_ONCE, PASSWORD_CHECKS_WAITING,
};
use session::{LoginLimiter, Session, Sessions};

/// The largest form the workspace accepts (a topic's text is a few KiB).
const BODY_LIMIT: usize = 256 * 1024;

/// How the workspace behaves.
#[derive(Debug, Clone)]
pub struct WorkspaceConfig {
    /// Send the session cookie only over HTTPS (`Secure`, `__Host-` name). Turn off only for
    /// plain http on loopback.
    pub secure_cookies: bool,
    /// A session ends after this long without a request.
    pub idle_timeout: Duration,
    /// A session ends this long after sign-in, however busy.
    pub absolute_timeout: Duration,
    /// The clock (Unix seconds) of the workspace: session expiry, what the inbox and the
    /// overview say about time (a silent kiosk, how long a question waits), when an answer or
    /// a note was written. Tests set their own.
    pub now: fn() -> i64,
}

impl Default for WorkspaceConfig {
    fn default() -> Self {
        WorkspaceConfig {
            secure_cookies: true,
            idle_timeout: Duration::from_secs(30 * 60),
            absolute_timeout: Duration::from_secs(10 * 3600),
            now: crate::metrics::unix_now,
        }
    }
}

impl WorkspaceConfig {
    /// The session cookie's name: `__Host-` when it is `Secure`, as browsers require.
    pub fn cookie_name(&self) -> &'static str {
        if self.secure_cookies {
            "__Host-navrat_session"
        } else {
            "navrat_session"
        }
    }

    /// The attributes of the session cookie.
    fn cookie_attributes(&self) -> &'static str {
        if self.secure_cookies {
            "Path=/; Secure; HttpOnly; SameSite=Strict"
        } else {
            "Path=/; HttpOnly; SameSite=Strict"
        }
    }
}

/// What every workspace handler may use.
#[derive(Clone)]
pub struct WsState {
    app: AppState,
    sessions: Sessions,
    logins: LoginLimiter,
    config: Arc<WorkspaceConfig>,
}

impl crate::rate_limit::TrustedProxies for WsState {
    fn trusted_proxies(&self) -> &[std::net::IpAddr] {
        &self.app.shared.trusted_proxies
    }
}

/// The signed-in person, put in the request by the session middleware.
#[derive(Clone)]
pub struct Staff {
    /// Who they are and what they may do (read from the store on every request, so a
    /// disabled account or a changed role takes effect at once).
    pub user: StaffUser,
    /// Their session.
    pub session: Session,
}

/// The workspace's router.
pub fn router(app: AppState, config: WorkspaceConfig) -> Router {
    let state = WsState {
        app,
        sessions: Sessions::default(),
        logins: LoginLimiter::default(),
        config: Arc::new(config),
    };
    let signed_in = Router::new()
        .route("/", get(view::home))
        .route("/language", post(view::set_language))
        .route("/logout", post(auth::logout))
        .route("/translations/{locale}", get(translate::dashboard))
        .route(
            "/translations/{locale}/{slug}",
            get(translate::editor).post(translate::save),
        )
        .route(
            "/translations/{locale}/{slug}/recording",
            post(recordings::upload).layer(axum::extract::DefaultBodyLimit::max(
                recordings::UPLOAD_BODY_LIMIT,
            )),
        )
        .route(
            "/translations/{locale}/{slug}/recording/action",
            post(recordings::act),
        )
        .route("/recordings/{file}", get(recordings::serve))
        .route(
            "/translations/{locale}/{slug}/comments",
            post(translate::comment),
        )
        .route(
            "/source/{slug}",
            get(translate::source).post(translate::save_source),
        )
        .route(
            "/strings/{locale}/{file}",
            get(strings::list).post(strings::save),
        )
        .route("/requests", get(requests::list))
        .route(
            "/requests/{reference}",
            get(requests::detail).post(requests::act),
        )
        .route("/inbox", get(inbox::list))
        .route("/inbox/{id}", get(inbox::detail).post(inbox::act))
        .route(
            "/replies/{locale}",
            get(inbox::replies).post(inbox::save_reply),
        )
        .route("/overview", get(overview::overview))
        .route("/audit", get(overview::audit))
        .route("/privacy", get(view::privacy))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            require_session,
        ));
    Router::new()
        .merge(signed_in)
        .route("/login", get(auth::form).post(auth::login))
        .route("/assets/{file}", get(assets::serve))
        .route("/healthz", get(healthz))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            check_post,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            status_page,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state)
}

async fn healthz(State(state): State<WsState>) -> Response {
    crate::healthz(State(state.app)).await.into_response()
}

/// The session of the request's cookie, if it is live.
fn session_of(state: &WsState, headers: &HeaderMap) -> Option<(String, Session)> {
    let token = request::cookie(headers, state.config.cookie_name())?;
    let session = state.sessions.touch(
        token,
        state.config.idle_timeout,
        state.config.absolute_timeout,
        (state.config.now)(),
    )?;
    Some((token.to_owned(), session))
}

/// Lets a request through only with a live session of an enabled account; otherwise to the
/// sign-in page.
async fn require_session(
    State(state): State<WsState>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some((token, session)) = session_of(&state, request.headers()) else {
        return Redirect::to("/login").into_response();
    };
    let login = session.login.clone();
    let user = state
        .app
        .store
        .blocking(move |s| s.staff_user(&login))
        .await;
    match user {
        Ok(Some(user)) if !user.disabled => {
            request.extensions_mut().insert(Staff { user, session });
            let mut response = next.run(request).await;
            // Pages of the workspace hold personal data: never kept by the browser.
            response.headers_mut().insert(
                header::CACHE_CONTROL,
                header::HeaderValue::from_static("no-store"),
            );
            response
        }
        Ok(_) => {
            state.sessions.end(&token);
            Redirect::to("/login").into_response()
        }
        Err(e) => {
            tracing::error!(error = %e, "workspace: cannot read staff users");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// Every POST must come from this site and carry the anti-forgery token: the session's, or
/// before sign-in the one tied to the sign-in form's cookie; and its form must be UTF-8.
/// Checked here, once, before any handler reads the form.
async fn check_post(State(state): State<WsState>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST {
        return next.run(request).await;
    }
    if csrf::cross_site(request.headers()) {
        return StatusCode::FORBIDDEN.into_response();
    }
    let (parts, body) = request.into_parts();
    // A recording upload is the one multipart form, with its own, larger limit.
    let multipart = parts.uri.path().ends_with("/recording")
        && parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
    let limit = if multipart {
        recordings::UPLOAD_BODY_LIMIT
    } else {
        BODY_LIMIT
    };
    let bytes: Bytes = match axum::body::to_bytes(body, limit).await {
        Ok(b) => b,
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    };
    let token = if multipart {
        multipart_csrf(&parts.headers, bytes.clone()).await
    } else {
        form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == "csrf")
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default()
    };
    let valid = match session_of(&state, &parts.headers) {
        Some((_, session)) => constant_time_eq(&session.csrf, &token),
        None => request::cookie(&parts.headers, auth::FORM_COOKIE)
            .is_some_and(|c| csrf::verify(&state.app.shared.form_secret, c, &token)),
    };
    if !valid {
        tracing::warn!(path = %parts.uri.path(), "workspace: form without a valid anti-forgery token refused");
        return StatusCode::FORBIDDEN.into_response();
    }
    if !multipart && !request::form_is_utf8(&bytes) {
        tracing::warn!(path = %parts.uri.path(), "workspace: form that is not UTF-8 refused");
        return StatusCode::BAD_REQUEST.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// The anti-forgery token of a multipart form (its `csrf` field), or empty.
async fn multipart_csrf(headers: &HeaderMap, bytes: Bytes) -> String {
    let Some(boundary) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| multer::parse_boundary(v).ok())
    else {
        return String::new();
    };
    let stream = futures::stream::once(async move { Ok::<_, std::io::Error>(bytes) });
    let mut form = multer::Multipart::new(stream, boundary);
    while let Ok(Some(field)) = form.next_field().await {
        if field.name() == Some("csrf") {
            return field.text().await.unwrap_or_default();
        }
    }
    String::new()
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Turns a bare 403, 404, 413 or 500 into a page that says what happened, in Czech and
/// English (the workspace's languages of last resort), with a way back.
async fn status_page(State(state): State<WsState>, request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error())
        || response.headers().contains_key(header::CONTENT_TYPE)
    {
        return response;
    }
    let id = match status {
        StatusCode::FORBIDDEN => "ws-error-forbidden",
        StatusCode::NOT_FOUND => "ws-error-not-found",
        StatusCode::PAYLOAD_TOO_LARGE => "ws-error-too-large",
        StatusCode::BAD_REQUEST => "ws-error-bad-request",
        StatusCode::SERVICE_UNAVAILABLE => "ws-error-storage-full",
        _ => "ws-error-internal",
    };
    let catalog = &state.app.catalog;
    let text = |code: &str| {
        catalog
            .locales()
            .parse(code)
            .map(|l| catalog.text(l, id))
            .unwrap_or_default()
    };
    let home = catalog
        .locales()
        .parse("cs")
        .map(|l| catalog.text(l, "ws-home"))
        .unwrap_or_default();
    let html = view::StatusPage {
        css: assets::url("workspace.css"),
        cs: text("cs"),
        en: text("en"),
        home,
    };
    match askama::Template::render(&html) {
        Ok(body) => (status, Html(body)).into_response(),
        Err(_) => status.into_response(),
    }
}
