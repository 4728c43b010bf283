//! The commands a person types or picks from Telegram's menu.

use teloxide::prelude::*;

use super::deep_link::{DeepLink, deep_link};
use super::topics::send_topic;
use super::{
    BotDialogue, HandlerResult, Reply, appointment, ask, client_language, locale_of, requests,
    send_language_picker, send_welcome, set_state, tell_if_storage_full,
};
use crate::command::Command;
use crate::state::State;
use crate::{BotDeps, TgBot};

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
    // A command leaves a question not yet written: the next text is not taken for one.
    let state = if matches!(state, State::AskConsent | State::Asking) {
        set_state(&dialogue, State::Idle).await?;
        State::Idle
    } else {
        state
    };
    let chat = msg.chat.id;
    let client = client_language(msg.from.as_ref());
    let locale = locale_of(&deps, chat, msg.from.as_ref()).await?;
    // A kiosk question's QR code: the question knows the person's language, so a new chat
    // needs no language picked first.
    if let Command::Start(payload) = &cmd
        && let DeepLink::Question(token) = deep_link(payload)
        && ask::follow_from_kiosk(&bot, &deps, chat, locale, token, &state).await?
    {
        return Ok(());
    }
    let Some(locale) = locale else {
        return send_language_picker(&bot, &deps, chat, None).await;
    };
    let reply = Reply(&bot, &deps, chat, locale);
    match cmd {
        Command::Language => send_language_picker(&bot, &deps, chat, Some(locale)).await,
        Command::Status => requests::status(reply, &state).await,
        Command::Cancel => requests::cancel_pick(reply, &state).await,
        Command::Forget => requests::forget_ask(reply, &dialogue, state).await,
        Command::Ask => ask::offer(reply, &dialogue, state).await,
        Command::Appointment => appointment::start(reply, &dialogue, state, None).await,
        Command::Start(payload) => match deep_link(&payload) {
            DeepLink::Follow(token) => requests::offer_follow(reply, token, &state).await,
            DeepLink::Topic(slug) => send_topic(reply, slug, &state).await,
            // Answered above; one that followed nothing gets the welcome.
            DeepLink::Question(_) | DeepLink::Welcome => {
                send_welcome(reply, &state, (client.as_deref(), None, None)).await
            }
        },
    }
}
