//! Navrat's web channels: the touchscreen kiosk and the counsellor workspace, each an axum
//! [`Router`] built from shared [`AppState`], so tests and `main` build exactly the same thing.

use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use navrat_content::Store;
use navrat_content::i18n::Catalog;
use navrat_content::search::Searcher;

/// What every handler may use: the store and the UI strings.
#[derive(Clone)]
pub struct AppState {
    /// The content and appointment store.
    pub store: Store,
    /// UI strings of every locale.
    pub catalog: Arc<Catalog>,
    /// Search over the served topics.
    pub searcher: Searcher,
}

/// The kiosk: what a person at a touchscreen uses.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .with_state(state)
}

/// The counsellor workspace, served on its own listener so kiosk terminals never reach it.
pub fn workspace_app(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .with_state(state)
}

/// 200 when the store answers, 503 when it does not.
async fn healthz(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match state.store.blocking(|s| s.is_empty()).await {
        Ok(_) => (StatusCode::OK, "ok\n"),
        Err(e) => {
            tracing::error!(error = %e, "health check: store does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "store unavailable\n")
        }
    }
}
