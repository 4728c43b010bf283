//! Delivers counsellors' answers to the chat the question came from, exactly once: an answer
//! is queued in the store with the answer itself, sent here, and marked sent only after
//! Telegram accepted it, so a restart between answer and delivery sends it once. A failed
//! send is retried with backoff; a chat that blocked the bot is given up.

use std::time::Duration;

use navrat_content::i18n::FluentArgs;
use navrat_content::model::AnswerDelivery;
use navrat_content::store::Store;
use teloxide::prelude::*;
use tokio::sync::watch;

use crate::outbox::{chat_gone, now};
use crate::{BotDeps, TgBot};

/// How long the task waits between rounds: an answer reaches the person within this.
const PAUSE: Duration = Duration::from_millis(250);

/// The characters of one Telegram message the answer may fill (Telegram's limit is 4096).
const PART_CHARS: usize = 4000;

/// The answer as the person reads it: who answered which question, then the answer as
/// plain text (markup a counsellor typed is shown, never interpreted), in parts under
/// Telegram's limit.
fn messages(deps: &BotDeps, answer: &AnswerDelivery) -> Vec<String> {
    let mut args = FluentArgs::new();
    args.set("reference", answer.reference.display());
    let heading = deps
        .catalog
        .text_with(answer.locale, "bot-ask-answer", &args);
    let whole = format!("{heading}\n\n{}", answer.text);
    let chars: Vec<char> = whole.chars().collect();
    chars
        .chunks(PART_CHARS)
        .map(|part| part.iter().collect())
        .collect()
}

/// Sends due answers until `stop` turns true.
pub async fn run(bot: TgBot, deps: BotDeps, stop: watch::Receiver<bool>) {
    crate::outbox::drain(
        bot,
        deps,
        stop,
        PAUSE,
        "could not read the answers to deliver",
        Store::due_answers,
        |bot, deps, answer| async move { deliver(&bot, &deps, answer).await },
    )
    .await;
}

async fn deliver(bot: &TgBot, deps: &BotDeps, answer: AnswerDelivery) {
    let (id, chat, attempts) = (answer.delivery_id, answer.chat_id, answer.attempts);
    let mut outcome = Ok(());
    for part in messages(deps, &answer) {
        if let Err(e) = bot.send_message(ChatId(chat), part).bulk().await {
            outcome = Err(e);
            break;
        }
    }
    let store = deps.store.clone();
    let result = match outcome {
        Ok(()) => store.blocking(move |s| s.answer_sent(id)).await,
        Err(e) if chat_gone(&e) => {
            tracing::info!(
                attempts,
                "a person blocked the bot or left: an answer is given up"
            );
            store
                .blocking(move |s| s.answer_failed(id, now(), true))
                .await
        }
        Err(e) => {
            tracing::warn!(
                kind = crate::handlers::kind(&e),
                attempts,
                "sending an answer failed; will retry"
            );
            // The store waits longer after each failure.
            store
                .blocking(move |s| s.answer_failed(id, now(), false))
                .await
        }
    };
    if let Err(e) = result {
        tracing::error!(error = %e, "could not record an answer's delivery");
    }
}
