//! The bot's handlers: small async functions, one per kind of input.

mod appointment;
mod buttons;
mod deep_link;
mod requests;
mod topics;

use buttons::Press;
pub use buttons::button;
use topics::{search, send_topic};

use deep_link::{DeepLink, deep_link};

use navrat_content::{Locale, locale::SOURCE};
use teloxide::dispatching::dialogue::{Dialogue, ErasedStorage};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId, User};

pub(crate) use crate::callback::Keep;
use crate::callback::{Callback, StepButton};
use crate::schema::Command;
use crate::state::State;
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
                .map(|i| Callback::Language(i.code).button(i.native_name.clone()))
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
    yes: Callback,
    no: Callback,
    edit: Option<MessageId>,
) -> HandlerResult {
    let rows = vec![vec![
        yes.button(deps.catalog.text(locale, "bot-yes")),
        no.button(deps.catalog.text(locale, "bot-no")),
    ]];
    bot.send_message(chat, text)
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .edit(edit)
        .await?;
    Ok(())
}

/// What a person can do next from anywhere: continue the request they are writing, or else
/// ask for a meeting; and browse the topics. The next screen replaces this message (it holds
/// nothing the person needs to keep); see [`menu_rows`] for a message that must stay.
fn menu(deps: &BotDeps, locale: Locale, state: &State) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(menu_rows(deps, locale, state, Keep::No))
}

/// The menu's rows: continue the request or ask for a meeting, and the topics; `keep` says
/// whether the message they are under stays when one is pressed.
fn menu_rows(
    deps: &BotDeps,
    locale: Locale,
    state: &State,
    keep: Keep,
) -> Vec<Vec<InlineKeyboardButton>> {
    let first = if state.draft().is_some() {
        Callback::ResumeRequest(keep).button(deps.catalog.text(locale, "bot-continue"))
    } else {
        Callback::StartRequest(keep).button(deps.catalog.text(locale, "bot-menu-appointment"))
    };
    vec![
        vec![first],
        vec![Callback::Categories(keep).button(deps.catalog.text(locale, "bot-menu-topics"))],
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

/// The request's button that a typed stop or back word (in the person's language) stands
/// for, or none when the text is neither.
fn typed_step_action(deps: &BotDeps, locale: Locale, text: &str) -> Option<StepButton> {
    if typed_word(deps, locale, "bot-stop-words", "bot-stop", text) {
        Some(StepButton::Stop)
    } else if typed_word(deps, locale, "bot-back-words", "bot-back", text) {
        Some(StepButton::Back)
    } else {
        None
    }
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
        if let Some(action) = typed_step_action(&deps, locale, &query) {
            return appointment::press(
                &bot,
                &deps,
                chat,
                locale,
                &dialogue,
                draft.clone(),
                action,
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
