//! `/{locale}/`: the categories with their topics, search, and the two big actions.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;

use super::page::{Page, Step, page};
use crate::{AppState, WebError};

/// A category with its topics, for the home page.
pub struct CategoryView {
    /// Category id.
    pub id: String,
    /// Its topics: (slug, title, summary, unreviewed).
    pub topics: Vec<(String, String, String, bool)>,
}

#[derive(Template)]
#[template(path = "kiosk/home.html")]
struct HomePage {
    page: Page,
    categories: Vec<CategoryView>,
    /// The search box starts empty.
    query: String,
}

/// The home page of a locale.
pub async fn home(
    State(state): State<AppState>,
    Path(locale): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    let key = format!("home/{}/{}", page.locale, page.profile_key());
    let state2 = state.clone();
    super::cached(&state, key, move || render_home(state2, page)).await
}

async fn render_home(state: AppState, page: Page) -> Result<String, WebError> {
    let chain = page.chain();
    let (categories, topics) = state
        .store
        .blocking(move |s| Ok((s.categories()?, s.served_topics(&chain)?)))
        .await?;
    let categories = categories
        .into_iter()
        .map(|c| CategoryView {
            topics: topics
                .iter()
                .filter(|t| t.category == c.id)
                .map(|t| {
                    (
                        t.slug.to_string(),
                        t.text.title.clone(),
                        t.text.summary.clone(),
                        t.unreviewed,
                    )
                })
                .collect(),
            id: c.id,
        })
        .filter(|c| !c.topics.is_empty())
        .collect();
    Ok(HomePage {
        page,
        categories,
        query: String::new(),
    }
    .render()?)
}
