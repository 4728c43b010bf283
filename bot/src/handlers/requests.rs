//! A chat's requests: `/status`, `/cancel`, following a kiosk request from its QR code, and
//! `/forget`.

use navrat_content::model::{AppointmentChange, AppointmentRequest, AppointmentStatus};
use navrat_content::store::FollowOutcome;
use navrat_content::{Locale, ReferenceCode};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::{
    BotDialogue, HandlerResult, Keep, Press, Reply, ask_yes_no, kept_menu, say_with_menu, set_state,
};
use crate::callback::{Callback, FollowToken};
use crate::state::State;
use crate::{BotDeps, HandlerError};

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

/// A message that names one request by its reference code, as the person reads it.
fn text_naming_request(deps: &BotDeps, locale: Locale, id: &str, reference: String) -> String {
    let mut args = navrat_content::i18n::FluentArgs::new();
    args.set("reference", reference);
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

/// `/status`: the chat's requests and where each stands, and a request not sent yet (after
/// a restart too: what was stored is listed, what was not is offered to continue).
pub async fn status(reply: Reply<'_>, state: &State) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let list = requests(deps, chat).await?;
    let mut parts: Vec<String> = list
        .iter()
        .map(|(r, point)| {
            format!(
                "{} · {point}\n{}",
                r.reference.display(),
                status_text(deps, locale, r, point)
            )
        })
        .collect();
    if state.draft().is_some() {
        parts.push(deps.catalog.text(locale, "bot-status-draft"));
    }
    if parts.is_empty() {
        parts.push(deps.catalog.text(locale, "bot-status-none"));
    }
    bot.send_message(chat, parts.join("\n\n"))
        .reply_markup(kept_menu(deps, locale, state))
        .await?;
    Ok(())
}

/// `/cancel`: the open requests as buttons; a tap asks before cancelling.
pub async fn cancel_pick(reply: Reply<'_>, state: &State) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let open: Vec<_> = requests(deps, chat)
        .await?
        .into_iter()
        .filter(|(r, _)| !r.status.is_closed())
        .collect();
    if open.is_empty() {
        return say_with_menu(
            reply,
            deps.catalog.text(locale, "bot-status-none"),
            state,
            None,
        )
        .await;
    }
    let rows: Vec<Vec<InlineKeyboardButton>> = open
        .iter()
        .map(|(r, point)| {
            vec![
                Callback::CancelPicked(r.reference.clone())
                    .button(format!("{} · {point}", r.reference.display())),
            ]
        })
        .collect();
    bot.send_message(chat, deps.catalog.text(locale, "bot-cancel-pick"))
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

/// The chat's own open request with this reference, if it is one.
async fn own_open(
    deps: &BotDeps,
    chat: ChatId,
    reference: &ReferenceCode,
) -> Result<Option<ReferenceCode>, HandlerError> {
    let mine = requests(deps, chat)
        .await?
        .into_iter()
        .any(|(r, _)| r.reference == *reference && !r.status.is_closed());
    Ok(mine.then(|| reference.clone()))
}

/// A request picked to cancel: asks first, in place of the list.
pub async fn cancel_ask(
    reply: Reply<'_>,
    reference: &ReferenceCode,
    state: &State,
    press: &Press,
) -> HandlerResult {
    let Reply(_, deps, chat, locale) = reply;
    let Some(code) = own_open(deps, chat, reference).await? else {
        return status(reply, state).await;
    };
    let text = text_naming_request(deps, locale, "bot-cancel-confirm", code.display());
    ask_yes_no(
        reply,
        text,
        Callback::CancelConfirmed(code.clone()),
        Callback::CancelKept(code),
        press.message,
    )
    .await
}

/// Cancels a request the chat follows, after the person confirmed.
pub async fn cancel(
    reply: Reply<'_>,
    reference: &ReferenceCode,
    state: &State,
    press: &Press,
) -> HandlerResult {
    let Reply(_, deps, chat, locale) = reply;
    let Some(code) = own_open(deps, chat, reference).await? else {
        // Cancelled already, closed meanwhile, or forgotten: show where things stand.
        return status(reply, state).await;
    };
    let display = code.display();
    match deps
        .store
        .blocking(move |s| s.change_appointment(&code, &AppointmentChange::Cancel, "telegram"))
        .await
    {
        Ok(_) => {
            let text = text_naming_request(deps, locale, "bot-cancel-done", display);
            say_with_menu(reply, text, state, press.message).await
        }
        // Already closed meanwhile: show where it stands.
        Err(navrat_content::Error::NotAllowed(_)) => status(reply, state).await,
        Err(e) => Err(e.into()),
    }
}

/// The person said no: the request stays, and they are told so.
pub async fn cancel_kept(
    reply: Reply<'_>,
    reference: &ReferenceCode,
    state: &State,
    press: &Press,
) -> HandlerResult {
    let Reply(_, deps, _, locale) = reply;
    let text = text_naming_request(deps, locale, "bot-cancel-kept", reference.display());
    say_with_menu(reply, text, state, press.message).await
}

/// `/start f_<token>` from a kiosk's QR code: asks before attaching.
pub async fn offer_follow(reply: Reply<'_>, token: &str, state: &State) -> HandlerResult {
    let Reply(_, deps, chat, locale) = reply;
    let lookup = token.to_owned();
    let Some(request) = deps
        .store
        .blocking(move |s| s.appointment_by_follow_token(&lookup))
        .await?
    else {
        return say_with_menu(
            reply,
            deps.catalog.text(locale, "error-reference-unknown"),
            state,
            None,
        )
        .await;
    };
    let reference = request.reference.display();
    let text = match request.telegram_chat {
        // Another chat follows it: that chat keeps it, and nothing is offered here.
        Some(follower) if follower != chat.0 => deps.catalog.text(locale, "bot-follow-taken"),
        Some(_) => text_naming_request(deps, locale, "bot-attach-done", reference),
        None => {
            // A stored token always fits a button; one that did not would be no token of ours.
            if let Some(token) = FollowToken::parse(token) {
                let text = text_naming_request(deps, locale, "bot-attach-confirm", reference);
                let (yes, no) = (Callback::Follow(token), Callback::Categories(Keep::No));
                return ask_yes_no(reply, text, yes, no, None).await;
            }
            deps.catalog.text(locale, "error-reference-unknown")
        }
    };
    say_with_menu(reply, text, state, None).await
}

/// Attaches the kiosk request to this chat.
pub async fn follow(reply: Reply<'_>, token: &FollowToken, state: &State) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let token = token.as_str().to_owned();
    let chat_id = chat.0;
    let outcome = deps
        .store
        .blocking(move |s| s.attach_chat_by_token(&token, chat_id))
        .await?;
    let text = match outcome {
        FollowOutcome::Following(r) => {
            text_naming_request(deps, locale, "bot-attach-done", r.reference.display())
        }
        FollowOutcome::FollowedElsewhere => deps.catalog.text(locale, "bot-follow-taken"),
        FollowOutcome::Unknown => deps.catalog.text(locale, "error-reference-unknown"),
    };
    bot.send_message(chat, text)
        .reply_markup(kept_menu(deps, locale, state))
        .await?;
    Ok(())
}

/// `/forget`: asks first; a request being written is kept for a "no".
pub async fn forget_ask(reply: Reply<'_>, dialogue: &BotDialogue, state: State) -> HandlerResult {
    let Reply(_, deps, _, locale) = reply;
    set_state(dialogue, State::ConfirmForget(state.draft().cloned())).await?;
    let text = deps.catalog.text(locale, "bot-forget-confirm");
    ask_yes_no(
        reply,
        text,
        Callback::ForgetConfirmed,
        Callback::ForgetDeclined,
        None,
    )
    .await
}

/// Deletes the chat's data after the person confirmed, says what was deleted and that the
/// chat on their phone still holds what they wrote.
pub async fn forget(reply: Reply<'_>, press: &Press) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let chat_id = chat.0;
    let deleted = deps.store.blocking(move |s| s.forget_chat(chat_id)).await?;
    // The chat row (and with it the dialogue) is gone; nothing is stored for this chat now.
    let mut args = navrat_content::i18n::FluentArgs::new();
    args.set("requests", deleted as i64);
    let text = format!(
        "{}\n\n{}",
        deps.catalog.text_with(locale, "bot-forget-done", &args),
        deps.catalog.text(locale, "bot-forget-history")
    );
    bot.send_message(chat, text).edit(press.message).await?;
    Ok(())
}
