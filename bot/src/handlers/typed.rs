//! Typed text: a search, a step's answer (the nickname, the phone), or a stop or back word.

use navrat_content::Locale;
use teloxide::prelude::*;

use super::topics::search;
use super::{
    BotDialogue, HandlerResult, Reply, appointment, ask, client_language, locale_of, say_with_menu,
    send_language_picker, tell_if_storage_full,
};
use crate::ask_limit::AskLimit;
use crate::callback::StepButton;
use crate::state::State;
use crate::{BotDeps, TgBot};

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
    limit: AskLimit,
) -> HandlerResult {
    let chat = (Some(msg.chat.id), client_language(msg.from.as_ref()));
    let outcome = text_unguarded(bot.clone(), msg, deps.clone(), dialogue, state, limit).await;
    tell_if_storage_full(&bot, &deps, chat, outcome).await
}

async fn text_unguarded(
    bot: TgBot,
    msg: Message,
    deps: BotDeps,
    dialogue: BotDialogue,
    state: State,
    limit: AskLimit,
) -> HandlerResult {
    let chat = msg.chat.id;
    let Some(locale) = locale_of(&deps, chat, msg.from.as_ref()).await? else {
        return send_language_picker(&bot, &deps, chat, None).await;
    };
    let reply = Reply(&bot, &deps, chat, locale);
    // A question, or an addition to the chat's open question, is read whole.
    if !matches!(state, State::Appointment(_))
        && let Some(whole) = msg.text()
        && ask::typed(reply, &limit, &dialogue, &state, whole).await?
    {
        return Ok(());
    }
    let Some(query) = msg.text().map(|t| t.chars().take(200).collect::<String>()) else {
        // A voice message or audio: nobody can listen to it here yet, said kindly; it is not
        // kept (nothing is downloaded).
        let heard = msg.voice().is_some() || msg.audio().is_some() || msg.video_note().is_some();
        let only_text = deps.catalog.text(
            locale,
            if heard {
                "bot-voice-not-heard"
            } else {
                "bot-text-only"
            },
        );
        if let State::Appointment(draft) = state {
            return appointment::show(reply, &dialogue, draft, Some(only_text), None).await;
        }
        return say_with_menu(reply, only_text, &state, None).await;
    };
    if let State::Appointment(draft) = &state {
        if let Some(action) = typed_step_action(&deps, locale, &query) {
            return appointment::press(reply, &dialogue, draft.clone(), action, None).await;
        }
        if appointment::takes_text(draft.step) {
            return appointment::typed(reply, &dialogue, draft.clone(), &query).await;
        }
    }
    search(reply, &query, &state).await
}
