//! A chat's requests: `/status`, `/cancel`, following a kiosk request from its QR code, and
//! `/forget`.

use navrat_content::model::{AppointmentChange, AppointmentRequest, AppointmentStatus};
use navrat_content::store::FollowOutcome;
use navrat_content::{Locale, ReferenceCode};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::{BotDialogue, HandlerResult, ask_yes_no, menu, set_state};
use crate::state::State;
use crate::{BotDeps, TgBot};

/// The status of a request in the person's words.
pub fn status_text(deps: &BotDeps, locale: Locale, r: &AppointmentRequest, point: &str) -> String {
    let mut args = navrat_content::i18n::FluentArgs::new();
    args.set("when", r.confirmed_when.clone().unwrap_or_default());
    args.set("point", point.to_owned());
    args.set("reason", r.decline_reason.clone().unwrap_or_default());
    let id = match r.status {
        AppointmentStatus::New => "status-new",
        AppointmentStatus::Confirmed => "status-confirmed",
        AppointmentStatus::Declined => "status-declined",
        AppointmentStatus::Done => "status-done",
        AppointmentStatus::Cancelled => "status-cancelled",
        AppointmentStatus::NoShow => "status-no-show",
    };
    deps.catalog.text_with(locale, id, &args)
}

async fn requests(
    deps: &BotDeps,
    chat: ChatId,
) -> Result<Vec<(AppointmentRequest, String)>, navrat_content::Error> {
    let chat_id = chat.0;
    let chain_locales = deps.catalog.locales().clone();
    deps.store
        .blocking(move |s| {
            let mut out = Vec::new();
            for r in s.appointment_requests_for_chat(chat_id)? {
                let point = s
                    .point(&r.point_id)?
                    .and_then(|p| {
                        p.text_for(&chain_locales.chain(r.locale))
                            .map(|t| t.name.clone())
                    })
                    .unwrap_or_else(|| r.point_id.clone());
                out.push((r, point));
            }
            Ok(out)
        })
        .await
}

/// `/status`: the chat's requests and where each stands.
pub async fn status(bot: &TgBot, deps: &BotDeps, chat: ChatId, locale: Locale) -> HandlerResult {
    let list = requests(deps, chat).await?;
    let text = if list.is_empty() {
        deps.catalog.text(locale, "bot-status-none")
    } else {
        list.iter()
            .map(|(r, point)| {
                format!(
                    "{} · {point}\n{}",
                    r.reference.display(),
                    status_text(deps, locale, r, point)
                )
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    bot.send_message(chat, text)
        .reply_markup(menu(deps, locale))
        .await?;
    Ok(())
}

/// `/cancel`: the open requests as buttons.
pub async fn cancel_pick(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
) -> HandlerResult {
    let open: Vec<_> = requests(deps, chat)
        .await?
        .into_iter()
        .filter(|(r, _)| !r.status.is_closed())
        .collect();
    if open.is_empty() {
        bot.send_message(chat, deps.catalog.text(locale, "bot-status-none"))
            .await?;
        return Ok(());
    }
    let rows: Vec<Vec<InlineKeyboardButton>> = open
        .iter()
        .map(|(r, point)| {
            vec![InlineKeyboardButton::callback(
                format!("{} · {point}", r.reference.display()),
                format!("cancel:{}", r.reference.as_str()),
            )]
        })
        .collect();
    bot.send_message(chat, deps.catalog.text(locale, "bot-cancel-pick"))
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

/// Cancels a request the chat follows.
pub async fn cancel(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    reference: &str,
) -> HandlerResult {
    let Ok(code) = ReferenceCode::parse(reference) else {
        return Ok(());
    };
    let mine = requests(deps, chat)
        .await?
        .into_iter()
        .any(|(r, _)| r.reference == code);
    if !mine {
        return Ok(());
    }
    let display = code.display();
    match deps
        .store
        .blocking(move |s| s.change_appointment(&code, &AppointmentChange::Cancel, "telegram"))
        .await
    {
        Ok(_) => {
            let mut args = navrat_content::i18n::FluentArgs::new();
            args.set("reference", display);
            bot.send_message(
                chat,
                deps.catalog.text_with(locale, "bot-cancel-done", &args),
            )
            .reply_markup(menu(deps, locale))
            .await?;
            Ok(())
        }
        // Already closed meanwhile: show where it stands.
        Err(navrat_content::Error::NotAllowed(_)) => status(bot, deps, chat, locale).await,
        Err(e) => Err(e.into()),
    }
}

/// `/start f_<token>` from a kiosk's QR code: asks before attaching.
pub async fn offer_follow(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    token: &str,
) -> HandlerResult {
    let lookup = token.to_owned();
    let Some(request) = deps
        .store
        .blocking(move |s| s.appointment_by_follow_token(&lookup))
        .await?
    else {
        bot.send_message(chat, deps.catalog.text(locale, "error-reference-unknown"))
            .reply_markup(menu(deps, locale))
            .await?;
        return Ok(());
    };
    let mut args = navrat_content::i18n::FluentArgs::new();
    args.set("reference", request.reference.display());
    let text = match request.telegram_chat {
        // Another chat follows it: that chat keeps it, and nothing is offered here.
        Some(follower) if follower != chat.0 => deps.catalog.text(locale, "bot-follow-taken"),
        Some(_) => deps.catalog.text_with(locale, "bot-attach-done", &args),
        None => {
            let text = deps.catalog.text_with(locale, "bot-attach-confirm", &args);
            let yes = format!("follow:{token}");
            return ask_yes_no(bot, deps, chat, locale, text, yes, "cats").await;
        }
    };
    bot.send_message(chat, text)
        .reply_markup(menu(deps, locale))
        .await?;
    Ok(())
}

/// Attaches the kiosk request to this chat.
pub async fn follow(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    token: &str,
) -> HandlerResult {
    let token = token.to_owned();
    let chat_id = chat.0;
    let outcome = deps
        .store
        .blocking(move |s| s.attach_chat_by_token(&token, chat_id))
        .await?;
    let text = match outcome {
        FollowOutcome::Following(r) => {
            let mut args = navrat_content::i18n::FluentArgs::new();
            args.set("reference", r.reference.display());
            deps.catalog.text_with(locale, "bot-attach-done", &args)
        }
        FollowOutcome::FollowedElsewhere => deps.catalog.text(locale, "bot-follow-taken"),
        FollowOutcome::Unknown => deps.catalog.text(locale, "error-reference-unknown"),
    };
    bot.send_message(chat, text)
        .reply_markup(menu(deps, locale))
        .await?;
    Ok(())
}

/// `/forget`: asks first.
pub async fn forget_ask(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    dialogue: &BotDialogue,
) -> HandlerResult {
    set_state(dialogue, State::ConfirmForget).await?;
    let text = deps.catalog.text(locale, "bot-forget-confirm");
    ask_yes_no(
        bot,
        deps,
        chat,
        locale,
        text,
        "forget:yes".into(),
        "forget:no",
    )
    .await
}

/// Deletes the chat's data after the person confirmed, and says what was deleted.
pub async fn forget(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    dialogue: &BotDialogue,
) -> HandlerResult {
    if dialogue.get().await.ok().flatten() != Some(State::ConfirmForget) {
        return Ok(());
    }
    let chat_id = chat.0;
    let deleted = deps.store.blocking(move |s| s.forget_chat(chat_id)).await?;
    // The chat row (and with it the dialogue) is gone; nothing is stored for this chat now.
    let mut args = navrat_content::i18n::FluentArgs::new();
    args.set("requests", deleted as i64);
    bot.send_message(
        chat,
        deps.catalog.text_with(locale, "bot-forget-done", &args),
    )
    .await?;
    Ok(())
}
