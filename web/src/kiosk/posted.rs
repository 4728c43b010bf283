//! A form posted to a kiosk page, read the same way by every screen that takes one.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::appointment::MessagePage;
use super::page::{Page, page};
use super::{no_store, render};
use crate::request::form_fields;
use crate::{AppState, WebError};

/// The page of the path's locale and the form's fields. A form another site made the browser
/// send, or one not in UTF-8, never reaches the handler: the person sees the kiosk's message
/// page in their language instead (nothing of theirs was accepted, so nothing is lost).
pub(super) struct PostedForm {
    /// The page context of the locale in the path.
    pub page: Page,
    /// The form's fields, in the order sent.
    pub fields: Vec<(String, String)>,
}

impl PostedForm {
    /// The value of the field `name`, or empty when it was not sent.
    pub fn field(&self, name: &str) -> String {
        crate::request::field(&self.fields, name)
    }
}

impl FromRequest<AppState> for PostedForm {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let Path(locale) = Path::<String>::from_request_parts(&mut parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let page = page(state, &locale, &parts.headers).map_err(IntoResponse::into_response)?;
        let headers = parts.headers.clone();
        let body = Bytes::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        match form_fields(&headers, &body) {
            Ok(fields) => Ok(Self { page, fields }),
            Err(status) => Err(refused(page, status).into_response()),
        }
    }
}

/// The page every refused POST shows when there is nothing of the person's to keep.
fn refused(page: Page, status: StatusCode) -> Result<Response, WebError> {
    let message = page.t("error-generic");
    Ok(no_store(
        (status, render(&MessagePage { page, message })?).into_response(),
    ))
}
