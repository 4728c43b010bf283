//! The bot's handlers: small async functions, one per kind of input.

mod appointment;
mod deep_link;
mod requests;

use deep_link::{DeepLink, deep_link};

use navrat_content::model::Slug;
use navrat_content::{Locale, locale::SOURCE};
use teloxide::dispatching::dialogue::{Dialogue, ErasedStorage};
use teloxide::prelude::*;
use teloxide::types::{
    InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, MessageId, ParseMode, User,
};

use crate::schema::Command;
use crate::state::State;
use crate::text::{body_blocks, escape, linked_topics, split};
use crate::{BotDeps, HandlerError, TgBot};

type BotDialogue = Dialogue<State, ErasedStorage<State>>;
type HandlerResult = Result<(), HandlerError>;

/// Stores the chat's dialogue state.
async fn set_state(dialogue: &BotDialogue, state: State) -> HandlerResult {
    dialogue.update(state).await.map_err(|e| {
        // A full disk stays recognisable, so the person can be told.
        match e.downcast_ref::<crate::storage::StorageError>() {
            Some(crate::storage::StorageError::Store(navrat_content::Error::StorageFull)) => {
                HandlerError::Content(navrat_content::Error::StorageFull)
            }
            _ => HandlerError::Dialogue(e.to_string()),
        }
    })
}

/// The language the person's Telegram client uses, if it says.
fn client_language(from: Option<&User>) -> Option<String> {
    from.and_then(|u| u.language_code.clone())
}

/// When an update could not be handled because the disk is full, tells the person so in
/// their language (reading still works, so the language is known) instead of staying silent.
async fn tell_if_storage_full(
    bot: &TgBot,
    deps: &BotDeps,
    (chat, client_language): (Option<ChatId>, Option<String>),
    outcome: HandlerResult,
) -> HandlerResult {
    match (outcome, chat) {
        (Err(HandlerError::Content(navrat_content::Error::StorageFull)), Some(chat)) => {
            tracing::error!("bot: the database cannot grow, the disk is full");
            let chat_id = chat.0;
            let locale = deps
                .store
                .blocking(move |s| s.chat_locale(chat_id))
                .await
                .ok()
                .flatten()
                .or_else(|| client_language.and_then(|c| deps.catalog.locales().negotiate(&c)))
                .unwrap_or(SOURCE);
            let text = deps.catalog.text(locale, "error-storage-full");
            bot.send_message(chat, text).await?;
            Ok(())
        }
        (outcome, _) => outcome,
    }
}

/// Topics per page when browsing a category.
const PAGE: usize = 6;

/// A short, loggable name of a Telegram error.
pub fn kind(e: &teloxide::RequestError) -> &'static str {
    match e {
        teloxide::RequestError::Api(_) => "api",
        teloxide::RequestError::MigrateToChatId(_) => "migrate",
        teloxide::RequestError::RetryAfter(_) => "retry-after",
        teloxide::RequestError::Network(_) => "network",
        teloxide::RequestError::InvalidJson { .. } => "invalid-json",
        teloxide::RequestError::Io(_) => "io",
    }
}

/// The chat's language: chosen before, or from the person's Telegram client (and then
/// remembered); `None` when neither says.
async fn locale_of(
    deps: &BotDeps,
    chat: ChatId,
    from: Option<&User>,
) -> Result<Option<Locale>, HandlerError> {
    let chat_id = chat.0;
    if let Some(l) = deps.store.blocking(move |s| s.chat_locale(chat_id)).await? {
        return Ok(Some(l));
    }
    let guess = from
        .and_then(|u| u.language_code.as_deref())
        .and_then(|code| deps.catalog.locales().negotiate(code));
    if let Some(l) = guess {
        deps.store
            .blocking(move |s| s.set_chat_locale(chat_id, l))
            .await?;
    }
    Ok(guess)
}

/// Every language by its own name: the person picks theirs.
async fn send_language_picker(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Option<Locale>,
) -> HandlerResult {
    let rows: Vec<Vec<InlineKeyboardButton>> = deps
        .catalog
        .locales()
        .all()
        .collect::<Vec<_>>()
        .chunks(3)
        .map(|row| {
            row.iter()
                .map(|i| {
                    InlineKeyboardButton::callback(
                        i.native_name.clone(),
                        format!("lang:{}", i.code),
                    )
                })
                .collect()
        })
        .collect();
    // Without a language yet, say it in several: the person finds theirs by its script.
    let prompt = match locale {
        Some(l) => deps.catalog.text(l, "bot-choose-language"),
        None => deps
            .catalog
            .locales()
            .all()
            .map(|i| deps.catalog.text(i.code, "bot-choose-language"))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    bot.send_message(chat, prompt)
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

/// Asks a yes/no question (its text already in the person's language), answered by two
/// buttons; in place of `edit` when given.
#[expect(clippy::too_many_arguments, reason = "a question's parts, each named")]
async fn ask_yes_no(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    text: String,
    yes: String,
    no: &str,
    edit: Option<MessageId>,
) -> HandlerResult {
    let rows = vec![vec![
        InlineKeyboardButton::callback(deps.catalog.text(locale, "bot-yes"), yes),
        InlineKeyboardButton::callback(deps.catalog.text(locale, "bot-no"), no.to_owned()),
    ]];
    bot.send_message(chat, text)
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .edit(edit)
        .await?;
    Ok(())
}

/// What a person can do next from anywhere: continue the request they are writing, or else
/// ask for a meeting; and browse the topics.
fn menu(deps: &BotDeps, locale: Locale, state: &State) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(menu_rows(deps, locale, state))
}

fn menu_rows(deps: &BotDeps, locale: Locale, state: &State) -> Vec<Vec<InlineKeyboardButton>> {
    let first = if state.draft().is_some() {
        InlineKeyboardButton::callback(deps.catalog.text(locale, "bot-continue"), "ap:resume")
    } else {
        InlineKeyboardButton::callback(
            deps.catalog.text(locale, "bot-menu-appointment"),
            "ap:start",
        )
    };
    vec![
        vec![first],
        vec![InlineKeyboardButton::callback(
            deps.catalog.text(locale, "bot-menu-topics"),
            "cats",
        )],
    ]
}

/// Whether a client's language tag asks for Traditional Chinese, which Navrat does not have.
fn asks_for_traditional_chinese(tag: Option<&str>) -> bool {
    let Some(tag) = tag.map(str::to_ascii_lowercase) else {
        return false;
    };
    let mut parts = tag.split(['-', '_']);
    parts.next() == Some("zh") && parts.any(|p| matches!(p, "hant" | "tw" | "hk" | "mo"))
}

async fn send_welcome(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    state: &State,
    (client_tag, before, edit): (Option<&str>, Option<String>, Option<MessageId>),
) -> HandlerResult {
    let mut parts: Vec<String> = before.into_iter().collect();
    if locale.as_str() == "zh" && asks_for_traditional_chinese(client_tag) {
        parts.push(deps.catalog.text(locale, "bot-simplified-only"));
    }
    parts.push(deps.catalog.text(locale, "bot-welcome"));
    if state.draft().is_some() {
        parts.push(deps.catalog.text(locale, "bot-status-draft"));
    }
    parts.push(deps.catalog.text(locale, "bot-search-prompt"));
    bot.send_message(chat, parts.join("\n\n"))
        .reply_markup(menu(deps, locale, state))
        .edit(edit)
        .await?;
    Ok(())
}

/// `/start` (with a `topic_<slug>` payload: that topic), `/appointment`, `/language`,
/// `/status`, `/cancel`, `/forget`. A request being written is kept: each answer offers to
/// continue it.
pub async fn command(
    bot: TgBot,
    msg: Message,
    cmd: Command,
    deps: BotDeps,
    dialogue: BotDialogue,
    state: State,
) -> HandlerResult {
    let chat = (Some(msg.chat.id), client_language(msg.from.as_ref()));
    let outcome = command_unguarded(bot.clone(), msg, cmd, deps.clone(), dialogue, state).await;
    tell_if_storage_full(&bot, &deps, chat, outcome).await
}

async fn command_unguarded(
    bot: TgBot,
    msg: Message,
    cmd: Command,
    deps: BotDeps,
    dialogue: BotDialogue,
    state: State,
) -> HandlerResult {
    // A command answers an open `/forget` question with "no".
    if matches!(state, State::ConfirmForget(_)) {
        set_state(&dialogue, state.clone().settled()).await?;
    }
    let state = state.settled();
    let chat = msg.chat.id;
    let client = client_language(msg.from.as_ref());
    let locale = locale_of(&deps, chat, msg.from.as_ref()).await?;
    let Some(locale) = locale else {
        return send_language_picker(&bot, &deps, chat, None).await;
    };
    match cmd {
        Command::Language => send_language_picker(&bot, &deps, chat, Some(locale)).await,
        Command::Status => requests::status(&bot, &deps, chat, locale, &state).await,
        Command::Cancel => requests::cancel_pick(&bot, &deps, chat, locale, &state).await,
        Command::Forget => requests::forget_ask(&bot, &deps, chat, locale, &dialogue, state).await,
        Command::Appointment => {
            appointment::start(&bot, &deps, chat, locale, &dialogue, state, None).await
        }
        Command::Start(payload) => match deep_link(&payload) {
            DeepLink::Follow(token) => {
                requests::offer_follow(&bot, &deps, chat, locale, token, &state).await
            }
            DeepLink::Topic(slug) => send_topic(&bot, &deps, chat, locale, slug, &state).await,
            DeepLink::Welcome => {
                send_welcome(
                    &bot,
                    &deps,
                    chat,
                    locale,
                    &state,
                    (client.as_deref(), None, None),
                )
                .await
            }
        },
    }
}

/// Whether typed text is one of the locale's words for a button (`bot-stop-words` lists
/// them, comma-separated), or the button's own label.
fn typed_word(deps: &BotDeps, locale: Locale, words: &str, label: &str, text: &str) -> bool {
    let norm = |s: &str| {
        s.trim()
            .trim_matches(|c: char| c.is_ascii_punctuation() || c == '!' || c == '。')
            .to_lowercase()
    };
    let text = norm(text);
    if text.is_empty() {
        return false;
    }
    text == norm(&deps.catalog.text(locale, label))
        || deps
            .catalog
            .text(locale, words)
            .split([',', '،', '、', '，'])
            .any(|w| norm(w) == text)
}

/// Free text: a search in the person's language; during a request, the nickname or the
/// phone where those are asked, a stop or back word, or else a search that keeps the request.
/// Anything that is not text is answered that only text is read.
pub async fn text(
    bot: TgBot,
    msg: Message,
    deps: BotDeps,
    dialogue: BotDialogue,
    state: State,
) -> HandlerResult {
    let chat = (Some(msg.chat.id), client_language(msg.from.as_ref()));
    let outcome = text_unguarded(bot.clone(), msg, deps.clone(), dialogue, state).await;
    tell_if_storage_full(&bot, &deps, chat, outcome).await
}

async fn text_unguarded(
    bot: TgBot,
    msg: Message,
    deps: BotDeps,
    dialogue: BotDialogue,
    state: State,
) -> HandlerResult {
    let chat = msg.chat.id;
    let Some(locale) = locale_of(&deps, chat, msg.from.as_ref()).await? else {
        return send_language_picker(&bot, &deps, chat, None).await;
    };
    let Some(query) = msg.text().map(|t| t.chars().take(200).collect::<String>()) else {
        let only_text = deps.catalog.text(locale, "bot-text-only");
        if let State::Appointment(draft) = state {
            return appointment::show(
                &bot,
                &deps,
                chat,
                locale,
                &dialogue,
                draft,
                Some(only_text),
                None,
            )
            .await;
        }
        bot.send_message(chat, only_text)
            .reply_markup(menu(&deps, locale, &state))
            .await?;
        return Ok(());
    };
    if let State::Appointment(draft) = &state {
        if typed_word(&deps, locale, "bot-stop-words", "bot-stop", &query) {
            return appointment::press(
                &bot,
                &deps,
                chat,
                locale,
                &dialogue,
                draft.clone(),
                "stop",
                None,
            )
            .await;
        }
        if typed_word(&deps, locale, "bot-back-words", "bot-back", &query) {
            return appointment::press(
                &bot,
                &deps,
                chat,
                locale,
                &dialogue,
                draft.clone(),
                "back",
                None,
            )
            .await;
        }
        if appointment::takes_text(draft.step) {
            return appointment::typed(&bot, &deps, chat, locale, &dialogue, draft.clone(), &query)
                .await;
        }
    }
    search(&bot, &deps, chat, locale, &query, &state).await
}

/// A search in the person's language: each result with a piece of its text, the matched
/// words in bold; "Not what I needed" leads to a counsellor.
async fn search(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    query: &str,
    state: &State,
) -> HandlerResult {
    let searcher = deps.searcher.clone();
    let query = query.to_owned();
    let hits = deps
        .store
        .blocking(move |_| searcher.search(&query, locale, 3))
        .await?;
    if hits.is_empty() {
        bot.send_message(chat, deps.catalog.text(locale, "search-no-results"))
            .reply_markup(menu(deps, locale, state))
            .await?;
        return Ok(());
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
        .map(|(n, h)| {
            vec![InlineKeyboardButton::callback(
                format!("{}. {}", n + 1, h.title),
                format!("topic:{}", h.slug),
            )]
        })
        .collect();
    rows.push(vec![InlineKeyboardButton::callback(
        deps.catalog.text(locale, "bot-not-what-i-needed"),
        "ask",
    )]);
    if state.draft().is_some() {
        rows.push(vec![InlineKeyboardButton::callback(
            deps.catalog.text(locale, "bot-continue"),
            "ap:resume",
        )]);
    }
    for text in split(&paragraphs) {
        bot.send_message(chat, text)
            .parse_mode(ParseMode::Html)
            .reply_markup(InlineKeyboardMarkup::new(rows.clone()))
            .await?;
    }
    Ok(())
}

/// A button being handled: answered to Telegram exactly once, with an alert when the press
/// needs one, else when handling ends.
pub(crate) struct Press {
    id: teloxide::types::CallbackQueryId,
    /// The message the button is on.
    pub message: Option<MessageId>,
    answered: std::sync::atomic::AtomicBool,
}

impl Press {
    /// Answers the press (once; later calls do nothing), with an alert when given.
    pub async fn answer(&self, bot: &TgBot, alert: Option<String>) -> HandlerResult {
        if !self
            .answered
            .swap(true, std::sync::atomic::Ordering::SeqCst)
        {
            bot.answer_callback_query(self.id.clone(), alert).await?;
        }
        Ok(())
    }
}

/// A button press: a language, the categories, a category's page, a topic, a step of a
/// request. Every press is answered once; a button that no longer applies is explained.
pub async fn button(
    bot: TgBot,
    q: CallbackQuery,
    deps: BotDeps,
    dialogue: BotDialogue,
    state: State,
) -> HandlerResult {
    let chat = (
        q.message.as_ref().map(|m| m.chat().id),
        client_language(Some(&q.from)),
    );
    let press = Press {
        id: q.id.clone(),
        message: q.message.as_ref().map(|m| m.id()),
        answered: std::sync::atomic::AtomicBool::new(false),
    };
    let outcome = button_unguarded(bot.clone(), &q, &press, deps.clone(), dialogue, state).await;
    let outcome = tell_if_storage_full(&bot, &deps, chat, outcome).await;
    // Answered whatever happened, so the button stops spinning.
    let answered = press.answer(&bot, None).await;
    outcome.and(answered)
}

/// Says that a button no longer applies, and what can be done now.
async fn stale(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    state: &State,
) -> HandlerResult {
    let mut rows = menu_rows(deps, locale, state);
    rows.insert(
        1,
        vec![InlineKeyboardButton::callback(
            deps.catalog.text(locale, "bot-menu-status"),
            "status",
        )],
    );
    bot.send_message(chat, deps.catalog.text(locale, "bot-stale-button"))
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

async fn button_unguarded(
    bot: TgBot,
    q: &CallbackQuery,
    press: &Press,
    deps: BotDeps,
    dialogue: BotDialogue,
    state: State,
) -> HandlerResult {
    let Some(chat) = q.message.as_ref().map(|m| m.chat().id) else {
        return Ok(());
    };
    let data = q.data.as_deref().unwrap_or_default();
    if let Some(code) = data.strip_prefix("lang:") {
        let Ok(locale) = deps.catalog.locales().parse(code) else {
            return Ok(());
        };
        deps.store
            .blocking(move |s| s.set_chat_locale(chat.0, locale))
            .await?;
        let set = deps.catalog.text(locale, "bot-language-set");
        let client = client_language(Some(&q.from));
        return send_welcome(
            &bot,
            &deps,
            chat,
            locale,
            &state,
            (client.as_deref(), Some(set), press.message),
        )
        .await;
    }
    let Some(locale) = locale_of(&deps, chat, Some(&q.from)).await? else {
        return send_language_picker(&bot, &deps, chat, None).await;
    };
    if let Some(action) = data.strip_prefix("ap:") {
        return match (action, state) {
            ("start" | "resume", state) => {
                appointment::start(&bot, &deps, chat, locale, &dialogue, state, None).await
            }
            (action, State::Appointment(draft)) => {
                if draft.message.is_some() && draft.message != press.message.map(|m| m.0) {
                    // A button of an earlier step: say so and show where the person is.
                    let note = deps.catalog.text(locale, "bot-stale-step");
                    return appointment::show(
                        &bot,
                        &deps,
                        chat,
                        locale,
                        &dialogue,
                        draft,
                        Some(note),
                        None,
                    )
                    .await;
                }
                appointment::press(
                    &bot,
                    &deps,
                    chat,
                    locale,
                    &dialogue,
                    draft,
                    action,
                    Some(press),
                )
                .await
            }
            // A button of a sent, stopped or forgotten request.
            (_, state) => stale(&bot, &deps, chat, locale, &state).await,
        };
    }
    if data == "ask" {
        let text = deps.catalog.text(locale, "bot-ask-counsellor");
        let yes = if state.draft().is_some() {
            "ap:resume"
        } else {
            "ap:start"
        };
        return ask_yes_no(&bot, &deps, chat, locale, text, yes.into(), "cats", None).await;
    }
    if data == "status" {
        return requests::status(&bot, &deps, chat, locale, &state).await;
    }
    if let Some(reference) = data.strip_prefix("cancel:") {
        return requests::cancel_ask(&bot, &deps, chat, locale, reference, &state, press).await;
    }
    if let Some(reference) = data.strip_prefix("cancel-yes:") {
        return requests::cancel(&bot, &deps, chat, locale, reference, &state, press).await;
    }
    if let Some(reference) = data.strip_prefix("cancel-no:") {
        return requests::cancel_kept(&bot, &deps, chat, locale, reference, &state, press).await;
    }
    if let Some(token) = data.strip_prefix("follow:") {
        return requests::follow(&bot, &deps, chat, locale, token, &state).await;
    }
    if data == "forget:yes" {
        return match state {
            State::ConfirmForget(_) => requests::forget(&bot, &deps, chat, locale, press).await,
            state => stale(&bot, &deps, chat, locale, &state).await,
        };
    }
    if data == "forget:no" {
        return match state {
            State::ConfirmForget(_) => {
                let state = state.settled();
                set_state(&dialogue, state.clone()).await?;
                send_welcome(
                    &bot,
                    &deps,
                    chat,
                    locale,
                    &state,
                    (None, None, press.message),
                )
                .await
            }
            state => stale(&bot, &deps, chat, locale, &state).await,
        };
    }
    if let Some(slug) = data
        .strip_prefix("source:")
        .and_then(|s| Slug::parse(s).ok())
    {
        return send_topic(&bot, &deps, chat, SOURCE, slug, &state).await;
    }
    if data == "cats" {
        send_categories(&bot, &deps, chat, locale).await
    } else if let Some(rest) = data.strip_prefix("cat:") {
        let (id, page) = rest.split_once(':').unwrap_or((rest, "0"));
        send_category(
            &bot,
            &deps,
            chat,
            locale,
            id.to_owned(),
            page.parse().unwrap_or(0),
        )
        .await
    } else if let Some(slug) = data
        .strip_prefix("topic:")
        .and_then(|s| Slug::parse(s).ok())
    {
        send_topic(&bot, &deps, chat, locale, slug, &state).await
    } else {
        stale(&bot, &deps, chat, locale, &state).await
    }
}

async fn send_categories(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
) -> HandlerResult {
    let categories = deps.store.blocking(|s| s.categories()).await?;
    let rows: Vec<Vec<InlineKeyboardButton>> = categories
        .iter()
        .map(|c| {
            vec![InlineKeyboardButton::callback(
                deps.catalog.text(locale, &format!("category-{}", c.id)),
                format!("cat:{}:0", c.id),
            )]
        })
        .collect();
    bot.send_message(chat, deps.catalog.text(locale, "bot-menu-topics"))
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

async fn send_category(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    id: String,
    page: usize,
) -> HandlerResult {
    let chain = deps.catalog.locales().chain(locale);
    let topics = deps
        .store
        .blocking(move |s| s.served_topics(&chain))
        .await?;
    let in_category: Vec<_> = topics.iter().filter(|t| t.category == id).collect();
    let mut rows: Vec<Vec<InlineKeyboardButton>> = in_category
        .iter()
        .skip(page * PAGE)
        .take(PAGE)
        .map(|t| {
            vec![InlineKeyboardButton::callback(
                t.text.title.clone(),
                format!("topic:{}", t.slug),
            )]
        })
        .collect();
    let mut nav = vec![InlineKeyboardButton::callback(
        deps.catalog.text(locale, "bot-back"),
        "cats",
    )];
    if in_category.len() > (page + 1) * PAGE {
        nav.push(InlineKeyboardButton::callback(
            deps.catalog.text(locale, "bot-more"),
            format!("cat:{id}:{}", page + 1),
        ));
    }
    rows.push(nav);
    let title = deps.catalog.text(locale, &format!("category-{id}"));
    bot.send_message(chat, title)
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

/// A topic in the person's language (or the next of their chain), with the notices the
/// kiosk shows, split under Telegram's limit; related topics as buttons under the last part.
async fn send_topic(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    slug: Slug,
    state: &State,
) -> HandlerResult {
    let chain = deps.catalog.locales().chain(locale);
    let Some(topic) = deps
        .store
        .blocking(move |s| s.served_topic(&slug, &chain))
        .await?
    else {
        bot.send_message(chat, deps.catalog.text(locale, "error-not-found"))
            .reply_markup(menu(deps, locale, state))
            .await?;
        return Ok(());
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
                    out.push((slug.to_string(), t.text.title));
                }
            }
            Ok(out)
        })
        .await?;
    let mut rows: Vec<Vec<InlineKeyboardButton>> = titles
        .into_iter()
        .map(|(slug, title)| {
            vec![InlineKeyboardButton::callback(
                title,
                format!("topic:{slug}"),
            )]
        })
        .collect();
    if topic.outdated {
        // The current Czech original, as the kiosk links to it.
        rows.push(vec![InlineKeyboardButton::callback(
            deps.catalog.text(locale, "topic-source-text"),
            format!("source:{}", topic.slug),
        )]);
    }
    // Every topic ends with the way to a counsellor.
    rows.extend(menu_rows(deps, locale, state));
    let messages = split(&paragraphs);
    let last = messages.len().saturating_sub(1);
    for (i, text) in messages.into_iter().enumerate() {
        let mut request = bot
            .send_message(chat, text)
            .parse_mode(ParseMode::Html)
            .link_preview_options(LinkPreviewOptions {
                is_disabled: true,
                url: None,
                prefer_small_media: false,
                prefer_large_media: false,
                show_above_text: false,
            });
        if i == last {
            request = request.reply_markup(InlineKeyboardMarkup::new(rows.clone()));
        }
        request.await?;
    }
    Ok(())
}
