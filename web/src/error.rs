//! The one error type of both apps, turned into a response in one place, so handlers use `?`.
//!
//! The response is a bare status; each app's status-page middleware turns it into the page
//! people see (the kiosk's not-found pages and error page, the workspace's page in Czech and
//! English), so a status means the same page wherever it comes from.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// What can go wrong while answering a request of the kiosk or the workspace.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// Unknown locale, topic, request or page: 404.
    #[error("not found")]
    NotFound,
    /// The person may not do this: 403.
    #[error("not allowed")]
    Forbidden,
    /// A request no page of ours sends (unknown filter, unknown action): 400.
    #[error("bad request")]
    BadRequest,
    /// The disk or the database's size limit is full; nothing was written: 503.
    #[error("storage is full")]
    StorageFull,
    /// The store failed on our side: 500, logged with its cause.
    #[error("store: {0}")]
    Store(navrat_content::Error),
    /// A template did not render: 500, logged with its cause.
    #[error("template: {0}")]
    Template(#[from] askama::Error),
    /// A header we built is not a valid header value: 500, logged.
    #[error("header: {0}")]
    Header(#[from] axum::http::header::InvalidHeaderValue),
}

impl From<navrat_content::Error> for WebError {
    fn from(e: navrat_content::Error) -> Self {
        match e {
            navrat_content::Error::StorageFull => WebError::StorageFull,
            navrat_content::Error::NotFound(_) => WebError::NotFound,
            navrat_content::Error::NotAllowed(_) => WebError::Forbidden,
            other => WebError::Store(other),
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let status = match &self {
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::Forbidden => StatusCode::FORBIDDEN,
            WebError::BadRequest => StatusCode::BAD_REQUEST,
            WebError::StorageFull => {
                tracing::error!("the database cannot grow, the disk is full: nothing was stored");
                StatusCode::SERVICE_UNAVAILABLE
            }
            // The causes are store and template errors: they name files, tables and
            // templates, never what a person typed.
            WebError::Store(_) | WebError::Template(_) | WebError::Header(_) => {
                tracing::error!(error = %self, "request failed");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        status.into_response()
    }
}
