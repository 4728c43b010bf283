//! Navrat's web channels: the touchscreen kiosk and the counsellor workspace, each an axum
//! [`Router`] built from shared [`AppState`], so tests and `main` build exactly the same thing.
//!
//! The kiosk is server-rendered HTML (askama templates in `web/templates/`, auto-escaped)
//! that works without JavaScript; `static/kiosk.js` only adds the idle reset, the on-screen
//! keyboard and search as you type. Every asset is embedded in the binary.

mod assets;
mod csrf;
mod error;
mod follow_qr;
mod page;
mod page_cache;
pub mod profile;
pub mod rate_limit;
mod routes;
pub mod server;
pub mod workspace;

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use axum::routing::get;
use navrat_content::Store;
use navrat_content::i18n::Catalog;
use navrat_content::search::Searcher;
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};

pub use error::KioskError;
pub use follow_qr::FollowQrCodes;
pub use page_cache::PageCache;
pub use profile::{KioskProfile, Profiles};
pub use workspace::WorkspaceConfig;

/// The largest form a person can send: far more than any real request needs.
const BODY_LIMIT: usize = 16 * 1024;

/// What every handler may use.
#[derive(Clone)]
pub struct AppState {
    /// The content and appointment store.
    pub store: Store,
    /// UI strings of every locale.
    pub catalog: Arc<Catalog>,
    /// Search over the served topics.
    pub searcher: Searcher,
    /// Kiosk settings.
    pub kiosk: Arc<KioskConfig>,
    /// Rendered topic and home pages.
    pub pages: page_cache::PageCache,
}

/// How the kiosk behaves.
#[derive(Debug, Clone)]
pub struct KioskConfig {
    /// Kiosk profiles (default point, idle timeout, QR code) by id.
    pub profiles: Profiles,
    /// The Telegram bot's username, for the QR code that lets a person follow a request on
    /// their phone; no QR code without it.
    pub telegram_bot: Option<String>,
    /// Days after which closed requests are deleted (said in the consent text).
    pub retention_days: u32,
    /// POSTs one client address may send per window before it is asked to wait.
    pub posts_per_window: u32,
    /// Key for the forms' anti-forgery tokens.
    pub secret: [u8; 32],
    /// Telegram QR codes of requests just sent, each waiting for the browser that sent it.
    pub follow_qr: FollowQrCodes,
    /// Reverse proxies whose `X-Forwarded-For` names the client (`--trusted-proxy`); empty:
    /// the connection's peer is the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Appointment forms between their steps (in memory only).
    pub(crate) drafts: routes::Drafts,
}

impl KioskConfig {
    /// Settings with the defaults and a fresh random secret.
    pub fn new(profiles: Profiles, telegram_bot: Option<String>, retention_days: u32) -> Self {
        let mut secret = [0u8; 32];
        rand::Rng::fill(&mut rand::rng(), &mut secret);
        KioskConfig {
            profiles,
            telegram_bot,
            retention_days,
            posts_per_window: 30,
            secret,
            follow_qr: FollowQrCodes::default(),
            trusted_proxies: Vec::new(),
            drafts: routes::Drafts::default(),
        }
    }
}

/// The kiosk: what a person at a touchscreen uses.
pub fn app(state: AppState) -> Router {
    routes::router(&state)
        .route("/healthz", get(healthz))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::map_response(security_headers))
        .layer(axum::Extension(rate_limit::RateLimiter::new()))
        .layer(axum::Extension(rate_limit::LookupLimiter::new()))
        .layer(compression())
        .with_state(state)
}

/// The counsellor workspace, served on its own listener so kiosk terminals never reach it.
pub fn workspace_app(state: AppState, config: WorkspaceConfig) -> Router {
    workspace::router(state, config)
        .layer(axum::middleware::map_response(security_headers))
        .layer(compression())
}

/// Brotli or gzip for HTML, CSS and JavaScript, whichever the browser accepts; fonts and
/// images are compressed already and go out as they are.
fn compression() -> CompressionLayer<impl Predicate> {
    CompressionLayer::new().compress_when(
        DefaultPredicate::new()
            .and(NotForContentType::const_new("font/"))
            .and(NotForContentType::const_new("image/")),
    )
}

/// 200 when the store answers, 503 when it does not.
pub(crate) async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.store.blocking(|s| s.is_empty()).await {
        Ok(_) => (StatusCode::OK, "ok\n"),
        Err(e) => {
            tracing::error!(error = %e, "health check: store does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "store unavailable\n")
        }
    }
}

/// Headers every response carries: no inline script, nothing framed, nothing sniffed, no
/// referrer leaving the machine, no camera or microphone.
async fn security_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    let set = |headers: &mut axum::http::HeaderMap, name, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(
        headers,
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
    set(headers, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(headers, header::REFERRER_POLICY, "no-referrer");
    set(headers, header::X_FRAME_OPTIONS, "DENY");
    headers.insert(
        header::HeaderName::from_static("permissions-policy"),
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    );
    response
}
