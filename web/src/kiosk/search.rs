//! `/{locale}/search?q=`: search in the person's language; with `partial=1` only the results
//! (for search as you type).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use navrat_content::search::Hit;
use serde::Deserialize;

use super::page::{Page, page};
use super::render;
use crate::{AppState, WebError};

/// The longest query searched: longer input is cut, not refused.
const MAX_QUERY_CHARS: usize = 200;

/// Results shown.
const LIMIT: usize = 8;

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    partial: Option<String>,
}

#[derive(Template)]
#[template(path = "kiosk/search.html")]
struct SearchPage {
    page: Page,
    query: String,
    hits: Vec<Hit>,
    searched: bool,
}

#[derive(Template)]
#[template(path = "kiosk/search_results.html")]
struct SearchResults {
    page: Page,
    hits: Vec<Hit>,
    searched: bool,
}

/// The search page, or only its results.
pub async fn search(
    State(state): State<AppState>,
    Path(locale): Path<String>,
    Query(params): Query<SearchQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    let query: String = params.q.chars().take(MAX_QUERY_CHARS).collect();
    let query = query.trim().to_owned();
    let searched = !query.is_empty();
    let hits = if searched {
        let searcher = state.searcher.clone();
        let (q, l) = (query.clone(), page.locale);
        state
            .store
            .blocking(move |_| searcher.search(&q, l, LIMIT))
            .await?
    } else {
        Vec::new()
    };
    let response = if params.partial.is_some() {
        render(&SearchResults {
            page,
            hits,
            searched,
        })?
    } else {
        render(&SearchPage {
            page,
            query,
            hits,
            searched,
        })?
    };
    // A query can say much about a person: do not keep the page.
    Ok(super::no_store(response))
}
