//! Button presses: each answered to Telegram exactly once, and a button that no longer
//! applies explained rather than acted on.

use navrat_content::Locale;
use navrat_content::locale::SOURCE;
use navrat_content::model::Slug;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::topics::{send_categories, send_category, send_topic};
use super::{
    BotDialogue, HandlerResult, appointment, ask_yes_no, client_language, locale_of, menu_rows,
    requests, send_language_picker, send_welcome, set_state, tell_if_storage_full,
};
use crate::state::State;
use crate::{BotDeps, TgBot};

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
    let mut rows = menu_rows(deps, locale, state, super::Keep::No);
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
    // A menu button whose screen replaces the pressed message.
    let (data, replace) = match data.strip_suffix(super::IN_PLACE) {
        Some(data) => (data, press.message),
        None => (data, None),
    };
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
                appointment::start(&bot, &deps, chat, locale, &dialogue, state, replace).await
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
        return ask_yes_no(&bot, &deps, chat, locale, text, yes.into(), "cats~", None).await;
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
        send_categories(&bot, &deps, chat, locale, replace).await
    } else if let Some(rest) = data.strip_prefix("cat:") {
        let (id, page) = rest.split_once(':').unwrap_or((rest, "0"));
        send_category(
            &bot,
            &deps,
            chat,
            locale,
            (id.to_owned(), page.parse().unwrap_or(0)),
            press.message,
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
