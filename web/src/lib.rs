//! Navrat's web channels: the touchscreen kiosk and the counsellor workspace, two axum
//! [`Router`]s built from one [`AppState`], so tests and `main` build exactly the same thing.
//! Each is served on its own listener ([`server::serve`]): kiosk terminals never reach the
//! workspace.
//!
//! # What is where
//!
//! ```text
//! web/
//!   src/
//!     lib.rs          AppState (what both apps use), SharedConfig, app(), workspace_app(), /healthz
//!     error.rs        WebError: the one error type of both apps, turned into a response in one place
//!     headers.rs      security headers and compression on every response
//!     csrf.rs         anti-forgery tokens and the cross-site check
//!     request.rs      reading a request: cookies, whether a form is UTF-8
//!     texts.rs        Texts: UI strings of one locale for templates (`page.t("id")`)
//!     assets.rs       embedded CSS, JavaScript, fonts, with hashed URLs
//!     rate_limit.rs   POST quota and reference-lookup limits per client address
//!     server.rs       serving a router under deadlines and a connection cap
//!     metrics.rs      /metrics (workspace listener) and the request counters
//!     kiosk/          what a person at a touchscreen uses
//!       mod.rs          KioskConfig, the kiosk router, page cache use, the not-found pages
//!       picker.rs home.rs topic.rs search.rs appointment.rs status.rs   one file per screen
//!       drafts.rs       appointment forms between their steps (memory only)
//!       page.rs         what every kiosk page needs (locale, direction, keyboard, profile)
//!       page_cache.rs   rendered topic and home pages, kept until the store changes
//!       profile.rs      kiosk profiles (default point, idle timeout, QR code)
//!       follow_qr.rs    the Telegram QR code shown once to the browser that sent a request
//!     workspace/      what counsellors use, signed in
//!       mod.rs          WorkspaceConfig, the router, session and anti-forgery middleware
//!       auth.rs session.rs   sign-in, sessions, sign-in limits
//!       translate.rs    translation dashboard, editor, source text (the workflow itself is
//!                       navrat_content::translation_workflow)
//!       strings.rs      UI strings (.ftl) editing
//!       requests.rs     appointment requests
//!       overview.rs     overview and audit log
//!       view.rs         the workspace's page frame, home, privacy page, language choice
//!   templates/kiosk/      askama templates of the kiosk (auto-escaped)
//!   templates/workspace/  askama templates of the workspace
//!   static/               kiosk.css, kiosk.js, workspace.css, fonts (embedded in the binary)
//!   tests/web/            the one test binary: HTTP tests, attacks, Chromium taps
//! ```
//!
//! The kiosk is server-rendered HTML that works without JavaScript; `static/kiosk.js` only
//! adds the idle reset, the on-screen keyboard and search as you type.
//!
//! Rules live in `navrat_content` (who may do what, appointment changes, the translation
//! workflow); handlers here parse the request, call the store through
//! [`navrat_content::Store::blocking`], and render. Their errors are a [`WebError`], so they use
//! `?`.

mod assets;
mod csrf;
mod error;
mod headers;
mod kiosk;
mod metrics;
pub mod rate_limit;
mod request;
pub mod server;
mod texts;
pub mod workspace;

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::routing::get;
use navrat_content::Store;
use navrat_content::i18n::Catalog;
use navrat_content::search::Searcher;

pub use error::WebError;
pub use kiosk::KioskConfig;
pub use kiosk::follow_qr::FollowQrCodes;
pub use kiosk::page_cache::PageCache;
pub use kiosk::profile::{KioskProfile, Profiles};
pub use workspace::WorkspaceConfig;

/// The largest form a person can send: far more than any real request needs.
const BODY_LIMIT: usize = 16 * 1024;

/// What every handler of either app may use.
#[derive(Clone)]
pub struct AppState {
    /// The content and appointment store.
    pub store: Store,
    /// UI strings of every locale.
    pub catalog: Arc<Catalog>,
    /// Search over the served topics.
    pub searcher: Searcher,
    /// Settings both apps use: the forms' key, retention, trusted proxies.
    pub shared: Arc<SharedConfig>,
    /// Kiosk settings (only the kiosk reads them).
    pub kiosk: Arc<KioskConfig>,
    /// Rendered kiosk pages: the kiosk fills it, the workspace empties it when UI strings
    /// change (the store's generation does not show that).
    pub pages: PageCache,
}

/// Settings both apps use.
#[derive(Debug, Clone)]
pub struct SharedConfig {
    /// Key for the forms' anti-forgery tokens (kiosk forms and the workspace's sign-in form).
    pub form_secret: [u8; 32],
    /// Days after which closed requests are deleted (said in the consent text and on the
    /// workspace's privacy page).
    pub retention_days: u32,
    /// Reverse proxies whose `X-Forwarded-For` names the client (`--trusted-proxy`); empty:
    /// the connection's peer is the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

impl SharedConfig {
    /// Settings with no trusted proxy and a fresh random form key.
    pub fn new(retention_days: u32) -> Self {
        let mut form_secret = [0u8; 32];
        rand::Rng::fill(&mut rand::rng(), &mut form_secret);
        SharedConfig {
            form_secret,
            retention_days,
            trusted_proxies: Vec::new(),
        }
    }
}

/// The kiosk: what a person at a touchscreen uses.
pub fn app(state: AppState) -> Router {
    kiosk::router(&state)
        .route("/healthz", get(healthz))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::count_kiosk_request,
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::map_response(headers::security_headers))
        .layer(axum::Extension(rate_limit::RateLimiter::new()))
        .layer(axum::Extension(rate_limit::LookupLimiter::new()))
        .layer(headers::compression())
        .with_state(state)
}

/// The counsellor workspace, served on its own listener so kiosk terminals never reach it.
pub fn workspace_app(state: AppState, config: WorkspaceConfig) -> Router {
    workspace::router(state.clone(), config)
        .merge(
            Router::new()
                .route("/metrics", get(metrics::metrics))
                .with_state(state),
        )
        .layer(axum::middleware::from_fn(metrics::count_workspace_request))
        .layer(axum::middleware::map_response(headers::security_headers))
        .layer(headers::compression())
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
