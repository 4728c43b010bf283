//! Signing in and out. Passwords are checked with argon2id by the store; attempts are counted
//! per account and per address before hashing and slowed down progressively, and only a few
//! passwords are hashed at once; the session cookie is `HttpOnly`, `SameSite=Strict`
//! and, unless configured off for loopback, `Secure` with the `__Host-` prefix.

use crate::WebError;
use askama::Template;
use axum::Extension;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use navrat_content::Locale;
use serde::Deserialize;

use navrat_content::store::{MAX_LOGIN_CHARS, MAX_PASSWORD_BYTES};

use super::session::Refusal;
use super::view::{render, render_with};
use super::{Staff, WsState, session_of};
use crate::csrf;
use crate::rate_limit::ClientAddr;
use crate::request::cookie;
use crate::texts::Texts;

/// The cookie that ties the sign-in form's anti-forgery token to this browser.
pub const FORM_COOKIE: &str = "navrat_ws_form";

#[derive(Template)]
#[template(path = "workspace/login.html")]
struct LoginPage {
    texts: Texts,
    dir: &'static str,
    css: &'static str,
    csrf: String,
    login: String,
    /// A message id: wrong password, or too many attempts.
    error: Option<&'static str>,
}

/// The workspace language for someone not signed in: the first of the browser's languages
/// Navrat has, else Czech.
fn browser_locale(state: &WsState, headers: &HeaderMap) -> Locale {
    let locales = state.app.catalog.locales();
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .into_iter()
        .flat_map(|v| v.split(','))
        .filter_map(|tag| {
            let tag = tag.split(';').next()?.trim();
            locales.parse(tag.split('-').next()?).ok()
        })
        .next()
        .unwrap_or(navrat_content::locale::SOURCE)
}

fn login_page(
    state: &WsState,
    headers: &HeaderMap,
    form_cookie: &str,
    login: String,
    error: Option<&'static str>,
) -> LoginPage {
    let locale = browser_locale(state, headers);
    LoginPage {
        dir: state
            .app
            .catalog
            .locales()
            .get(locale)
            .map_or("ltr", |i| i.direction.as_str()),
        texts: Texts {
            locale,
            catalog: state.app.catalog.clone(),
        },
        css: crate::assets::url("workspace.css"),
        csrf: csrf::token(&state.app.shared.form_secret, form_cookie),
        login,
        error,
    }
}

fn form_cookie_header(state: &WsState, value: &str) -> HeaderValue {
    let secure = if state.config.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    HeaderValue::from_str(&format!(
        "{FORM_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// GET /login: the sign-in form (or home, when already signed in).
pub async fn form(State(state): State<WsState>, headers: HeaderMap) -> Result<Response, WebError> {
    if session_of(&state, &headers).is_some() {
        return Ok(Redirect::to("/").into_response());
    }
    let (value, fresh) = match cookie(&headers, FORM_COOKIE) {
        Some(v) if v.len() == 32 && v.bytes().all(|b| b.is_ascii_hexdigit()) => {
            (v.to_owned(), false)
        }
        _ => (csrf::new_cookie(), true),
    };
    let mut response = render(&login_page(&state, &headers, &value, String::new(), None))?;
    if fresh {
        response
            .headers_mut()
            .append(header::SET_COOKIE, form_cookie_header(&state, &value));
    }
    Ok(response)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
}

/// POST /login: checks the password (argon2id). The attempt is counted before anything is
/// hashed; a login or password longer than any account has is refused before that; only a
/// few passwords are hashed at once.
pub async fn login(
    State(state): State<WsState>,
    ClientAddr(addr): ClientAddr,
    headers: HeaderMap,
    axum::Form(form): axum::Form<LoginForm>,
) -> Result<Response, WebError> {
    let form_cookie = cookie(&headers, FORM_COOKIE).unwrap_or_default().to_owned();
    let refuse = |status: StatusCode, login: String, error: &'static str| {
        let page = login_page(&state, &headers, &form_cookie, login, Some(error));
        render_with(status, &page)
    };
    if form.login.len() > MAX_LOGIN_CHARS || form.password.len() > MAX_PASSWORD_BYTES {
        tracing::info!("workspace: sign-in refused, login or password longer than any account's");
        return refuse(StatusCode::UNAUTHORIZED, String::new(), "ws-login-failed");
    }
    let login = form.login.trim().to_lowercase();
    let address = addr.map_or_else(|| "unknown".to_owned(), |a| a.to_string());
    let attempt = match state.logins.begin(&login, &address) {
        Ok(attempt) => attempt,
        Err(refusal) => return refused(refuse, login, &refusal),
    };
    let permit = match state.logins.permit(&attempt).await {
        Ok(permit) => permit,
        Err(refusal) => return refused(refuse, login, &refusal),
    };
    let (who, password) = (login.clone(), form.password);
    let user = state
        .app
        .store
        .blocking(move |s| s.verify_staff_password(&who, &password))
        .await?;
    drop(permit);
    let Some(user) = user else {
        tracing::info!("workspace: sign-in failed");
        return refuse(StatusCode::UNAUTHORIZED, login, "ws-login-failed");
    };
    state.logins.succeeded(attempt);
    let who = user.login.clone();
    state
        .app
        .store
        .blocking(move |s| s.record_audit(&who, "staff.login", &format!("user/{who}")))
        .await?;
    let token = state.sessions.start(
        &user.login,
        browser_locale(&state, &headers),
        (state.config.now)(),
    );
    let mut response = Redirect::to("/").into_response();
    let cookie = format!(
        "{}={token}; {}",
        state.config.cookie_name(),
        state.config.cookie_attributes()
    );
    response
        .headers_mut()
        .append(header::SET_COOKIE, HeaderValue::from_str(&cookie)?);
    Ok(response)
}

/// The answer to an attempt that may not go on now: 429 to wait after too many failures, 503
/// when too many passwords are being checked; both say when to try again.
fn refused(
    refuse: impl Fn(StatusCode, String, &'static str) -> Result<Response, WebError>,
    login: String,
    refusal: &Refusal,
) -> Result<Response, WebError> {
    let (status, error, wait) = match refusal {
        Refusal::Wait(wait) => {
            tracing::warn!("workspace: sign-in refused, too many failed attempts");
            (StatusCode::TOO_MANY_REQUESTS, "ws-login-limited", *wait)
        }
        Refusal::Busy => {
            tracing::warn!("workspace: sign-in refused, too many passwords being checked at once");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "ws-login-busy",
                std::time::Duration::from_secs(2),
            )
        }
    };
    let mut response = refuse(status, login, error)?;
    response.headers_mut().insert(
        header::RETRY_AFTER,
        HeaderValue::from(wait.as_secs().max(1)),
    );
    Ok(response)
}

/// POST /logout: ends the session and forgets the cookie.
pub async fn logout(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    headers: HeaderMap,
) -> Response {
    if let Some(token) = cookie(&headers, state.config.cookie_name()) {
        state.sessions.end(token);
    }
    tracing::debug!(roles = staff.user.roles.len(), "workspace: signed out");
    let mut response = Redirect::to("/login").into_response();
    let expired = format!(
        "{}=; Max-Age=0; {}",
        state.config.cookie_name(),
        state.config.cookie_attributes()
    );
    if let Ok(v) = HeaderValue::from_str(&expired) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    response
}
