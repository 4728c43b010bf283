//! Button presses: each answered to Telegram exactly once, and a button that no longer
//! applies explained rather than acted on.

use navrat_content::locale::SOURCE;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId};

use super::topics::{send_categories, send_category, send_listen, send_topic};
use super::{
    BotDialogue, HandlerResult, Keep, Reply, appointment, ask, client_language, locale_of,
    menu_rows, requests, send_language_picker, send_welcome, set_state, tell_if_storage_full,
};
use crate::callback::Callback;
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
async fn stale(reply: Reply<'_>, state: &State) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let mut rows = menu_rows(deps, locale, state, Keep::No);
    rows.insert(
        1,
        vec![Callback::Status.button(deps.catalog.text(locale, "bot-menu-status"))],
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
    let callback = Callback::parse(q.data.as_deref().unwrap_or_default());
    if let Some(Callback::Language(code)) = &callback {
        // A language Navrat no longer offers: nothing to do.
        let Ok(locale) = deps.catalog.locales().parse(code.as_str()) else {
            return Ok(());
        };
        deps.store
            .blocking(move |s| s.set_chat_locale(chat.0, locale))
            .await?;
        let set = deps.catalog.text(locale, "bot-language-set");
        let client = client_language(Some(&q.from));
        let reply = Reply(&bot, &deps, chat, locale);
        return send_welcome(reply, &state, (client.as_deref(), Some(set), press.message)).await;
    }
    let Some(locale) = locale_of(&deps, chat, Some(&q.from)).await? else {
        return send_language_picker(&bot, &deps, chat, None).await;
    };
    let reply = Reply(&bot, &deps, chat, locale);
    // A button of an older version, or data no button of the bot carries.
    let Some(callback) = callback else {
        return stale(reply, &state).await;
    };
    // A menu button whose screen replaces the pressed message.
    let in_place = |keep: Keep| match keep {
        Keep::No => press.message,
        Keep::Yes => None,
    };
    match callback {
        // Chosen above, before the chat's language was needed.
        Callback::Language(_) => Ok(()),
        Callback::StartRequest(keep) | Callback::ResumeRequest(keep) => {
            appointment::start(reply, &dialogue, state, in_place(keep)).await
        }
        Callback::Step(action) => match state {
            State::Appointment(draft) => {
                if draft.message.is_some() && draft.message != press.message.map(|m| m.0) {
                    // A button of an earlier step: say so and show where the person is.
                    let note = deps.catalog.text(locale, "bot-stale-step");
                    return appointment::show(reply, &dialogue, draft, Some(note), None).await;
                }
                appointment::press(reply, &dialogue, draft, action, Some(press)).await
            }
            // A button of a sent, stopped or forgotten request.
            state => stale(reply, &state).await,
        },
        Callback::AskCounsellor => {
            // In writing here, or a meeting; or back to the topics.
            let text = deps.catalog.text(locale, "bot-ask-choose");
            let rows = menu_rows(&deps, locale, &state, Keep::Yes);
            bot.send_message(chat, text)
                .reply_markup(InlineKeyboardMarkup::new(rows))
                .await?;
            Ok(())
        }
        Callback::AskQuestion => ask::offer(reply, &dialogue, state).await,
        Callback::AskAgreed => match state {
            State::AskConsent => ask::agreed(reply, &dialogue).await,
            state => stale(reply, &state).await,
        },
        Callback::AskDeclined => match state {
            State::AskConsent | State::Asking => {
                ask::declined(reply, &dialogue, press.message).await
            }
            state => stale(reply, &state).await,
        },
        Callback::AskClose => ask::close(reply, &state).await,
        Callback::Status => requests::status(reply, &state).await,
        Callback::CancelPicked(code) => requests::cancel_ask(reply, &code, &state, press).await,
        Callback::CancelConfirmed(code) => requests::cancel(reply, &code, &state, press).await,
        Callback::CancelKept(code) => requests::cancel_kept(reply, &code, &state, press).await,
        Callback::Follow(token) => requests::follow(reply, &token, &state).await,
        Callback::ForgetConfirmed => match state {
            State::ConfirmForget(_) => requests::forget(reply, press).await,
            state => stale(reply, &state).await,
        },
        Callback::ForgetDeclined => match state {
            State::ConfirmForget(_) => {
                let state = state.settled();
                set_state(&dialogue, state.clone()).await?;
                send_welcome(reply, &state, (None, None, press.message)).await
            }
            state => stale(reply, &state).await,
        },
        Callback::SourceText(slug) => {
            send_topic(
                Reply(&bot, &deps, chat, SOURCE),
                slug.slug().clone(),
                &state,
            )
            .await
        }
        Callback::Categories(keep) => send_categories(reply, in_place(keep)).await,
        Callback::Category { id, page } => send_category(reply, (id, page), press.message).await,
        Callback::Topic(slug) => send_topic(reply, slug.slug().clone(), &state).await,
        Callback::Listen(slug) => send_listen(reply, slug.slug().clone(), &state).await,
    }
}
