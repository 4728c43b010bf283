//! The kiosk's routes, one file per screen.

mod appointment;
mod drafts;
mod home;
mod picker;
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

pub use drafts::Drafts;

use crate::error::NotFoundPage;
use crate::{AppState, KioskError, assets};

/// Every kiosk route.
pub fn router(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/", get(picker::picker))
        .route("/k/{kiosk}", get(picker::choose_profile))
        .route("/clear", get(picker::clear))
        .route("/assets/{file}", get(assets::serve))
        .route("/favicon.ico", get(assets::favicon))
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
        .route("/{locale}/status", get(status::lookup))
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            not_found_page,
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
pub fn render(template: &impl Template) -> Result<Response, KioskError> {
    Ok(Html(template.render()?).into_response())
}

/// Serves a page from the cache when the store has not changed since it was rendered;
/// otherwise renders it with `make` and keeps it. The key names everything the page depends on
/// besides the store: the path and the device's profile.
pub async fn cached<F, Fut>(state: &AppState, key: String, make: F) -> Result<Response, KioskError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<String, KioskError>>,
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
#[template(path = "not_found_local.html")]
struct LocalNotFoundPage {
    page: crate::page::Page,
}

/// Turns every bare 404 into a page that says so: in the person's language when the address
/// names a locale (an unknown topic), otherwise in every language, leading to the picker.
async fn not_found_page(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let locale = request
        .uri()
        .path()
        .split('/')
        .nth(1)
        .and_then(|code| state.catalog.locales().parse(code).ok());
    let headers = request.headers().clone();
    let response = next.run(request).await;
    if response.status() != StatusCode::NOT_FOUND
        || response.headers().contains_key(header::CONTENT_TYPE)
    {
        return response;
    }
    if let Some(locale) = locale {
        let page = crate::page::page_for(&state, locale, &headers);
        return match (LocalNotFoundPage { page }).render() {
            Ok(html) => (StatusCode::NOT_FOUND, Html(html)).into_response(),
            Err(e) => KioskError::from(e).into_response(),
        };
    }
    match NotFoundPage::new(&state.catalog).render() {
        Ok(html) => (StatusCode::NOT_FOUND, Html(html)).into_response(),
        Err(e) => KioskError::from(e).into_response(),
    }
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
