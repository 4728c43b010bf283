//! What a person can always reach: the welcome, the language picker, the menu, and yes/no
//! questions.

use navrat_content::Locale;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::{HandlerResult, Keep, Reply};
use crate::callback::Callback;
use crate::state::State;
use crate::{BotDeps, TgBot};

/// Every language by its own name: the person picks theirs.
pub(super) async fn send_language_picker(
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
pub(super) async fn ask_yes_no(
    reply: Reply<'_>,
    text: String,
    yes: Callback,
    no: Callback,
    edit: Option<MessageId>,
) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
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
pub(super) fn menu(deps: &BotDeps, locale: Locale, state: &State) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(menu_rows(deps, locale, state, Keep::No))
}

/// Says `text` (already in the person's language) with the [`menu`] under it, in place of
/// `edit` when given: the answer when what the person asked for is not there, or is done.
pub(super) async fn say_with_menu(
    reply: Reply<'_>,
    text: String,
    state: &State,
    edit: Option<MessageId>,
) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    bot.send_message(chat, text)
        .reply_markup(menu(deps, locale, state))
        .edit(edit)
        .await?;
    Ok(())
}

/// [`menu`] under a message that stays when a button is pressed (a confirmation, a status,
/// an answer the person may want to read again).
pub(super) fn kept_menu(deps: &BotDeps, locale: Locale, state: &State) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(menu_rows(deps, locale, state, Keep::Yes))
}

/// The menu's rows: continue the request or ask for a meeting, ask a question in writing, and
/// the topics; `keep` says
/// whether the message they are under stays when one is pressed.
pub(super) fn menu_rows(
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
        vec![Callback::AskQuestion.button(deps.catalog.text(locale, "bot-ask-button"))],
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

/// The welcome in the person's language, after `before` when given, with the menu; in place
/// of `edit` when given.
pub(super) async fn send_welcome(
    reply: Reply<'_>,
    state: &State,
    (client_tag, before, edit): (Option<&str>, Option<String>, Option<MessageId>),
) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
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
