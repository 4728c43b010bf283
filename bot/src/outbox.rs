//! Sends the outbox: news about a person's request (confirmed, moved, declined) to their chat,
//! in their language. Every message was stored with the change that caused it; this task
//! retries with backoff until it is sent, and gives up only when the person blocked the bot.

use std::time::Duration;

use navrat_content::store::{Notice, NoticeKind, Store};
use teloxide::prelude::*;
use teloxide::{ApiError, RequestError};
use tokio::sync::watch;

use crate::{BotDeps, TgBot};

/// Messages taken per round.
const BATCH: usize = 30;

pub(crate) fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// Whether Telegram refuses the chat for good: the person blocked the bot, deleted their
/// account or left, so nothing sent to it again would arrive.
pub(crate) fn chat_gone(e: &RequestError) -> bool {
    matches!(
        e,
        RequestError::Api(
            ApiError::BotBlocked
                | ApiError::UserDeactivated
                | ApiError::ChatNotFound
                | ApiError::BotKicked,
        )
    )
}

/// Seconds to wait after the `attempts`-th failure: 2, 4, 8 … up to an hour.
fn backoff(attempts: u32) -> i64 {
    2i64.saturating_pow(attempts.saturating_add(1)).min(3600)
}

fn text(deps: &BotDeps, n: &Notice, point: &str) -> String {
    let mut args = navrat_content::i18n::FluentArgs::new();
    args.set("reference", n.reference.display());
    args.set("point", point.to_owned());
    let id = match n.kind {
        NoticeKind::Confirmed => {
            args.set("when", n.detail.clone());
            "bot-notify-confirmed"
        }
        NoticeKind::Rescheduled => {
            args.set("when", n.detail.clone());
            "bot-notify-rescheduled"
        }
        NoticeKind::Declined => {
            args.set("reason", n.detail.clone());
            "bot-notify-declined"
        }
    };
    deps.catalog.text_with(n.locale, id, &args)
}

/// Sends due messages until `stop` turns true.
pub async fn run(bot: TgBot, deps: BotDeps, stop: watch::Receiver<bool>) {
    drain(
        bot,
        deps,
        stop,
        Duration::from_millis(500),
        "could not read the outbox",
        Store::due_notices,
        |bot, deps, notice| async move { deliver(&bot, &deps, notice).await },
    )
    .await;
}

/// Runs one delivery queue of the store until `stop` turns true: each round reads what is due
/// (`due`), hands all of it to `deliver` together — the throttle paces the sends within
/// Telegram's limits — and waits `pause` or until `stop` changes. A failed read is logged
/// with `read_failed` and retried next round.
pub(crate) async fn drain<T, D, F>(
    bot: TgBot,
    deps: BotDeps,
    mut stop: watch::Receiver<bool>,
    pause: Duration,
    read_failed: &'static str,
    due: fn(&Store, i64, usize) -> navrat_content::Result<Vec<T>>,
    deliver: D,
) where
    T: Send + 'static,
    D: Fn(TgBot, BotDeps, T) -> F,
    F: Future<Output = ()> + Send + 'static,
{
    loop {
        if *stop.borrow() {
            return;
        }
        match deps.store.blocking(move |s| due(s, now(), BATCH)).await {
            Ok(items) => {
                let mut sending = tokio::task::JoinSet::new();
                for item in items {
                    sending.spawn(deliver(bot.clone(), deps.clone(), item));
                }
                while sending.join_next().await.is_some() {}
            }
            Err(e) => tracing::error!(error = %e, "{read_failed}"),
        }
        tokio::select! {
            () = tokio::time::sleep(pause) => {}
            _ = stop.changed() => {}
        }
    }
}

async fn deliver(bot: &TgBot, deps: &BotDeps, notice: Notice) {
    let point_id = notice.point_id.clone();
    let chain = deps.catalog.locales().chain(notice.locale);
    let point = deps
        .store
        .blocking(move |s| {
            Ok(s.point(&point_id)?
                .and_then(|p| p.text_for(&chain).map(|t| t.name.clone())))
        })
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| notice.point_id.clone());
    let message = text(deps, &notice, &point);
    let (id, chat, attempts) = (notice.id, notice.chat_id, notice.attempts);
    let outcome = bot.send_message(ChatId(chat), message).bulk().await;
    let store = deps.store.clone();
    let result = match outcome {
        Ok(_) => store.blocking(move |s| s.notice_sent(id)).await,
        Err(e) if chat_gone(&e) => {
            tracing::info!(
                attempts,
                "a person blocked the bot or left: their chat is marked inactive"
            );
            store
                .blocking(move |s| {
                    s.deactivate_chat(chat)?;
                    s.notice_dropped(id)
                })
                .await
        }
        Err(RequestError::RetryAfter(after)) => {
            let next = now() + after.seconds() as i64;
            store.blocking(move |s| s.notice_retry(id, next)).await
        }
        Err(e) => {
            tracing::warn!(
                kind = crate::handlers::kind(&e),
                attempts,
                "sending a notice failed; will retry"
            );
            let next = now() + backoff(attempts);
            store.blocking(move |s| s.notice_retry(id, next)).await
        }
    };
    if let Err(e) = result {
        tracing::error!(error = %e, "could not record a notice's delivery");
    }
}
