//! The chat a handler answers: its language, and telling the person when the disk is full.

use navrat_content::{Locale, locale::SOURCE};
use teloxide::prelude::*;
use teloxide::types::User;

use super::HandlerResult;
use crate::{BotDeps, HandlerError, TgBot};

/// The language the person's Telegram client uses, if it says.
pub(super) fn client_language(from: Option<&User>) -> Option<String> {
    from.and_then(|u| u.language_code.clone())
}

/// When an update could not be handled because the disk is full, tells the person so in
/// their language (reading still works, so the language is known) instead of staying silent.
pub(super) async fn tell_if_storage_full(
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

/// The chat's language: chosen before, or from the person's Telegram client (and then
/// remembered); `None` when neither says.
pub(super) async fn locale_of(
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
