//! `/{locale}/topics/{slug}`: a topic in the person's language, with what they must know
//! about the text: not yet reviewed, outdated against the Czech source, sample data, or shown
//! in another language because theirs has no text yet.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use navrat_content::audio;
use navrat_content::markdown::{self, Block, Inline, Target};
use navrat_content::model::{ServedTopic, Slug};

use super::listen::ListenView;
use super::page::{Page, page};
use crate::{AppState, WebError};

/// A piece of text inside a block.
pub struct InlineView {
    /// The text.
    pub text: String,
    /// Bold.
    pub strong: bool,
    /// Where a link to another topic goes; web links are shown as text (a kiosk stays on
    /// its own machine).
    pub href: Option<String>,
}

/// A block of a topic's body: `kind` is h2, p, ul or ol; lists have one entry per item.
pub struct BlockView {
    /// The HTML element.
    pub kind: &'static str,
    /// Lines (one for h2 and p; one per item for lists).
    pub lines: Vec<Vec<InlineView>>,
}

/// Turns a topic's Markdown into blocks for the template.
pub fn blocks(body: &str, locale: &str) -> Vec<BlockView> {
    let line = |inlines: Vec<Inline>| -> Vec<InlineView> {
        inlines
            .into_iter()
            .map(|i| match i {
                Inline::Text { text, strong } => InlineView {
                    text,
                    strong,
                    href: None,
                },
                Inline::Link {
                    text,
                    target: Target::Topic(slug),
                } => InlineView {
                    text,
                    strong: false,
                    href: Some(format!("/{locale}/topics/{slug}")),
                },
                Inline::Link {
                    text,
                    target: Target::Web(_),
                } => InlineView {
                    text,
                    strong: false,
                    href: None,
                },
            })
            .collect()
    };
    markdown::parse(body)
        .into_iter()
        .map(|b| match b {
            Block::Heading(i) => BlockView {
                kind: "h2",
                lines: vec![line(i)],
            },
            Block::Paragraph(i) => BlockView {
                kind: "p",
                lines: vec![line(i)],
            },
            Block::Bullets(items) => BlockView {
                kind: "ul",
                lines: items.into_iter().map(line).collect(),
            },
            Block::Numbered(items) => BlockView {
                kind: "ol",
                lines: items.into_iter().map(line).collect(),
            },
        })
        .collect()
}

#[derive(Template)]
#[template(path = "kiosk/topic.html")]
struct TopicPage {
    listen: ListenView,
    page: Page,
    served: ServedTopic,
    blocks: Vec<BlockView>,
    /// The language the text is in, when it is not the page's (fallback).
    text_lang: Option<(String, &'static str, String)>,
}

/// A topic page.
pub async fn topic(
    State(state): State<AppState>,
    Path((locale, slug)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let page = page(&state, &locale, &headers)?;
    let slug = Slug::parse(&slug).map_err(|_| WebError::NotFound)?;
    let key = format!("topic/{}/{slug}/{}", page.locale, page.profile_key());
    let state2 = state.clone();
    super::cached(&state, key, move || render_topic(state2, page, slug)).await
}

async fn render_topic(state: AppState, page: Page, slug: Slug) -> Result<String, WebError> {
    let chain = page.chain();
    let topic = state
        .store
        .blocking(move |s| s.served_topic(&slug, &chain))
        .await?
        .ok_or(WebError::NotFound)?;
    let text_lang = (topic.locale != page.locale).then(|| {
        let info = page.info(topic.locale);
        (
            topic.locale.to_string(),
            info.map_or("ltr", |i| i.direction.as_str()),
            info.map(|i| i.native_name.clone()).unwrap_or_default(),
        )
    });
    let mut page = page;
    for (applies, message_id) in [
        (topic.unreviewed, "notice-draft"),
        (topic.outdated, "notice-outdated"),
        (topic.sample_data, "notice-sample-data"),
    ] {
        if applies {
            page.note_unreviewed(message_id);
        }
    }
    let blocks = blocks(&topic.text.body, page.locale.as_str());
    let voice = state.kiosk.voice.clone();
    let catalog = state.catalog.clone();
    let served = topic.clone();
    let chosen = state
        .store
        .blocking(move |s| audio::topic_audio(s, voice.as_deref(), &catalog, &served))
        .await?;
    Ok(TopicPage {
        listen: ListenView::of(chosen),
        page,
        served: topic,
        blocks,
        text_lang,
    }
    .render()?)
}
