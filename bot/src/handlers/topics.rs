//! Reading: topics by category, one topic with its notices, and search results with a piece
//! of each text.

use navrat_content::audio::{self, TopicAudio};
use navrat_content::model::Slug;
use teloxide::prelude::*;
use teloxide::types::{
    FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, LinkPreviewOptions, MessageId,
    ParseMode,
};

use super::{HandlerResult, Keep, Reply, menu_rows, say_with_menu};
use crate::TgBot;
use crate::callback::{ButtonId, ButtonSlug, Callback};
use crate::sender::no_link_preview;
use crate::state::State;
use crate::text::{body_blocks, escape, linked_topics, split};

/// Topics per page when browsing a category.
const PAGE: usize = 6;

/// A button opening a topic; none when its slug is too long for a button (said in the log:
/// the slug should be shortened).
fn topic_button(slug: &Slug, label: String) -> Option<InlineKeyboardButton> {
    match ButtonSlug::new(slug) {
        Some(slug) => Some(Callback::Topic(slug).button(label)),
        None => {
            tracing::warn!(%slug, "a topic's slug is too long for a Telegram button");
            None
        }
    }
}

/// A search in the person's language: each result with a piece of its text, the matched
/// words in bold; "Not what I needed" leads to a counsellor.
pub(super) async fn search(reply: Reply<'_>, query: &str, state: &State) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let searcher = deps.searcher.clone();
    let query = query.to_owned();
    let hits = deps
        .store
        .blocking(move |_| searcher.search(&query, locale, 3))
        .await?;
    if hits.is_empty() {
        return say_with_menu(
            reply,
            deps.catalog.text(locale, "search-no-results"),
            state,
            None,
        )
        .await;
    }
    let mut args = navrat_content::i18n::FluentArgs::new();
    args.set("count", hits.len() as i64);
    let mut paragraphs = vec![format!(
        "<b>{}</b>",
        escape(&deps.catalog.text_with(locale, "search-results", &args))
    )];
    for (n, hit) in hits.iter().enumerate() {
        let snippet: String = hit
            .snippet
            .iter()
            .map(|part| {
                if part.marked {
                    format!("<b>{}</b>", escape(&part.text))
                } else {
                    escape(&part.text)
                }
            })
            .collect();
        paragraphs.push(format!(
            "<b>{}. {}</b>\n{}",
            n + 1,
            escape(&hit.title),
            snippet.trim()
        ));
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = hits
        .iter()
        .enumerate()
        .filter_map(|(n, h)| {
            let button = topic_button(&h.slug, format!("{}. {}", n + 1, h.title))?;
            Some(vec![button])
        })
        .collect();
    rows.push(vec![
        Callback::AskCounsellor.button(deps.catalog.text(locale, "bot-not-what-i-needed")),
    ]);
    if state.draft().is_some() {
        rows.push(vec![
            Callback::ResumeRequest(Keep::Yes).button(deps.catalog.text(locale, "bot-continue")),
        ]);
    }
    send_in_parts(bot, chat, &paragraphs, rows, None).await
}

/// Sends `paragraphs` (Telegram HTML) split under Telegram's limit, with `rows` under the
/// last part, where the person finishes reading; `link_previews` as given, else Telegram's.
async fn send_in_parts(
    bot: &TgBot,
    chat: ChatId,
    paragraphs: &[String],
    rows: Vec<Vec<InlineKeyboardButton>>,
    link_previews: Option<LinkPreviewOptions>,
) -> HandlerResult {
    let messages = split(paragraphs);
    let last = messages.len().saturating_sub(1);
    for (i, text) in messages.into_iter().enumerate() {
        let mut message = bot.send_message(chat, text).parse_mode(ParseMode::Html);
        if let Some(options) = link_previews.clone() {
            message = message.link_preview_options(options);
        }
        if i == last {
            message = message.reply_markup(InlineKeyboardMarkup::new(rows.clone()));
        }
        message.await?;
    }
    Ok(())
}

/// The categories, in place of `edit` when given.
pub(super) async fn send_categories(reply: Reply<'_>, edit: Option<MessageId>) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let categories = deps.store.blocking(|s| s.categories()).await?;
    let rows: Vec<Vec<InlineKeyboardButton>> = categories
        .iter()
        .filter_map(|c| {
            let Some(id) = ButtonId::parse(&c.id) else {
                tracing::warn!(category = %c.id, "a category's id cannot travel in a Telegram button");
                return None;
            };
            let label = deps.catalog.text(locale, &format!("category-{}", c.id));
            Some(vec![Callback::Category { id, page: 0 }.button(label)])
        })
        .collect();
    bot.send_message(chat, deps.catalog.text(locale, "bot-menu-topics"))
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .edit(edit)
        .await?;
    Ok(())
}

/// A category's topics, a page at a time, in place of the list pressed.
pub(super) async fn send_category(
    reply: Reply<'_>,
    (id, page): (ButtonId, u16),
    edit: Option<MessageId>,
) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let chain = deps.catalog.locales().chain(locale);
    let topics = deps
        .store
        .blocking(move |s| s.served_topics(&chain))
        .await?;
    let in_category: Vec<_> = topics
        .iter()
        .filter(|t| t.category == id.as_str())
        .collect();
    let shown = usize::from(page) * PAGE;
    let mut rows: Vec<Vec<InlineKeyboardButton>> = in_category
        .iter()
        .skip(shown)
        .take(PAGE)
        .filter_map(|t| Some(vec![topic_button(&t.slug, t.text.title.clone())?]))
        .collect();
    let mut nav =
        vec![Callback::Categories(Keep::No).button(deps.catalog.text(locale, "bot-back"))];
    if in_category.len() > shown + PAGE
        && let Some(next) = page.checked_add(1)
    {
        let more = Callback::Category {
            id: id.clone(),
            page: next,
        };
        nav.push(more.button(deps.catalog.text(locale, "bot-more")));
    }
    rows.push(nav);
    let title = deps
        .catalog
        .text(locale, &format!("category-{}", id.as_str()));
    bot.send_message(chat, title)
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .edit(edit)
        .await?;
    Ok(())
}

/// A topic in the person's language (or the next of their chain), with the notices the
/// kiosk shows, split under Telegram's limit; related topics as buttons under the last part.
pub(super) async fn send_topic(reply: Reply<'_>, slug: Slug, state: &State) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let chain = deps.catalog.locales().chain(locale);
    let Some(topic) = deps
        .store
        .blocking(move |s| s.served_topic(&slug, &chain))
        .await?
    else {
        return say_with_menu(
            reply,
            deps.catalog.text(locale, "error-not-found"),
            state,
            None,
        )
        .await;
    };
    let t = |id: &str| escape(&deps.catalog.text(locale, id));
    let mut notices = Vec::new();
    if topic.locale != locale {
        let name = deps
            .catalog
            .locales()
            .get(topic.locale)
            .map(|i| i.native_name.clone())
            .unwrap_or_default();
        let mut args = navrat_content::i18n::FluentArgs::new();
        args.set("language", name);
        notices.push(escape(&deps.catalog.text_with(
            locale,
            "notice-fallback",
            &args,
        )));
    }
    if topic.unreviewed {
        notices.push(t("notice-draft"));
    }
    if topic.outdated {
        notices.push(t("notice-outdated"));
    }
    if topic.sample_data {
        notices.push(t("notice-sample-data"));
    }
    let mut paragraphs: Vec<String> = notices
        .into_iter()
        .map(|n| format!("<i>⚠ {n}</i>"))
        .collect();
    paragraphs.push(format!("<b>{}</b>", escape(&topic.text.title)));
    paragraphs.push(escape(&topic.text.summary));
    paragraphs.extend(body_blocks(&topic.text.body));
    let related = linked_topics(&topic.text.body);
    let chain = deps.catalog.locales().chain(locale);
    let titles = deps
        .store
        .blocking(move |s| {
            let mut out = Vec::new();
            for slug in related {
                if let Ok(slug) = Slug::parse(&slug)
                    && let Some(t) = s.served_topic(&slug, &chain)?
                {
                    out.push((slug, t.text.title));
                }
            }
            Ok(out)
        })
        .await?;
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    // 🔊 Listen first, where a person who reads little finds it: only when there is
    // something to hear.
    let voice = deps.voice.clone();
    let (catalog, served) = (deps.catalog.clone(), topic.clone());
    let chosen = deps
        .store
        .blocking(move |s| audio::topic_audio(s, voice.as_deref(), &catalog, &served))
        .await?;
    if !matches!(chosen, TopicAudio::None { .. })
        && let Some(slug) = ButtonSlug::new(&topic.slug)
    {
        rows.push(vec![
            Callback::Listen(slug).button(deps.catalog.text(locale, "bot-listen")),
        ]);
    }
    rows.extend(
        titles
            .into_iter()
            .filter_map(|(slug, title)| Some(vec![topic_button(&slug, title)?])),
    );
    if topic.outdated
        && let Some(slug) = ButtonSlug::new(&topic.slug)
    {
        // The current Czech original, as the kiosk links to it.
        rows.push(vec![
            Callback::SourceText(slug).button(deps.catalog.text(locale, "topic-source-text")),
        ]);
    }
    // Every topic ends with the way to a counsellor.
    rows.extend(menu_rows(deps, locale, state, Keep::Yes));
    send_in_parts(bot, chat, &paragraphs, rows, Some(no_link_preview())).await
}

/// A topic as a voice message (Ogg/Opus): uploaded the first time, then sent by the `file_id`
/// Telegram gave, kept per audio in the store. Labelled "machine voice" or "recorded by a
/// counsellor"; an outdated recording is preceded by its notice in the caption.
pub(super) async fn send_listen(reply: Reply<'_>, slug: Slug, state: &State) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let chain = deps.catalog.locales().chain(locale);
    let voice = deps.voice.clone();
    let catalog = deps.catalog.clone();
    let found = deps
        .store
        .blocking(move |s| {
            let Some(topic) = s.served_topic(&slug, &chain)? else {
                return Ok(None);
            };
            let chosen = audio::topic_audio(s, voice.as_deref(), &catalog, &topic)?;
            let (audio_key, label) = match &chosen {
                TopicAudio::Machine { key, .. } => (format!("m:{key}"), "listen-machine-voice"),
                TopicAudio::Recording { sha256, .. } => (format!("r:{sha256}"), "listen-recorded"),
                TopicAudio::OutdatedRecording { sha256, .. } => {
                    (format!("r:{sha256}"), "listen-outdated-recording")
                }
                TopicAudio::None { .. } => return Ok(Some((chosen, None))),
            };
            let file_id = s.telegram_voice_file(&audio_key)?;
            let bytes = match (&file_id, &chosen) {
                (Some(_), _) => None,
                (None, TopicAudio::Machine { key, .. }) => match &voice {
                    Some(v) => v.bytes(key)?,
                    None => None,
                },
                (None, TopicAudio::Recording { sha256, .. })
                | (None, TopicAudio::OutdatedRecording { sha256, .. }) => {
                    audio::published_recording_bytes(s, sha256)?
                }
                (None, TopicAudio::None { .. }) => None,
            };
            Ok(Some((
                chosen,
                Some((audio_key, label, file_id, bytes, topic.text.title)),
            )))
        })
        .await?;
    let Some((chosen, Some((audio_key, label, file_id, bytes, title)))) = found else {
        let why = match found {
            Some((TopicAudio::None { reason }, _)) => match reason {
                audio::NoAudioReason::NoVoiceForLanguage => "listen-no-voice",
                audio::NoAudioReason::NoSpeechPrograms => "listen-unavailable",
            },
            _ => "error-not-found",
        };
        return say_with_menu(reply, deps.catalog.text(locale, why), state, None).await;
    };
    let mut caption = deps.catalog.text(locale, label);
    if matches!(chosen, TopicAudio::OutdatedRecording { .. }) {
        caption = format!("{caption} {}", deps.catalog.text(locale, "listen-recorded"));
    }
    let caption = format!("{title}\n{caption}");
    let file = match (file_id, bytes) {
        (Some(id), _) => InputFile::file_id(FileId(id)),
        (None, Some(bytes)) => InputFile::memory(bytes).file_name("navrat.ogg"),
        (None, None) => {
            return say_with_menu(
                reply,
                deps.catalog.text(locale, "listen-unavailable"),
                state,
                None,
            )
            .await;
        }
    };
    if let Some(file_id) = bot.send_voice(chat, file, caption).await? {
        deps.store
            .blocking(move |s| s.remember_telegram_voice_file(&audio_key, &file_id))
            .await?;
    }
    Ok(())
}
