//! The kiosk's one error type, turned into a page in the person's language in one place.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

/// What can go wrong while answering a kiosk request.
#[derive(Debug, thiserror::Error)]
pub enum KioskError {
    /// Unknown locale, topic or page.
    #[error("not found")]
    NotFound,
    /// Something failed on our side (store, index, template).
    #[error("internal: {0}")]
    Internal(String),
}

impl From<navrat_content::Error> for KioskError {
    fn from(e: navrat_content::Error) -> Self {
        match e {
            navrat_content::Error::NotFound(_) => KioskError::NotFound,
            other => KioskError::Internal(other.to_string()),
        }
    }
}

impl From<askama::Error> for KioskError {
    fn from(e: askama::Error) -> Self {
        KioskError::Internal(format!("template: {e}"))
    }
}

/// The "page not found" page, in every language at once: whoever got here may not read
/// the language of the address they typed.
#[derive(Template)]
#[template(path = "not_found.html")]
pub struct NotFoundPage {
    /// The message in each locale: (code, direction, text, hint).
    pub messages: Vec<(String, &'static str, String, String)>,
    /// The stylesheet.
    pub css: &'static str,
    /// The fonts' stylesheet.
    pub fonts: &'static str,
}

impl IntoResponse for KioskError {
    fn into_response(self) -> Response {
        match self {
            // The router's fallback renders the multilingual page; handlers that find nothing
            // defer to it through this status.
            KioskError::NotFound => StatusCode::NOT_FOUND.into_response(),
            KioskError::Internal(reason) => {
                tracing::error!(%reason, "kiosk request failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Html(
                        "<!doctype html><title>Navrat</title><p>Error / Chyba. <a href=\"/\">↩</a>",
                    ),
                )
                    .into_response()
            }
        }
    }
}
