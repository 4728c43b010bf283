//! A question to a counsellor in writing: the consent first, then the question, confirmed
//! only once it is stored, with its reference and when counsellors who speak the person's
//! language answer. While it is open, what the person writes is added to it; they can close
//! it, and `/forget` deletes it. Answers come back through `crate::answers`.

use navrat_content::Locale;
use navrat_content::ReferenceCode;
use navrat_content::i18n::FluentArgs;
use navrat_content::model::{
    Channel, NewQuestion, QUESTION_MAX_CHARS, QuestionRefusal, QuestionText,
};
use navrat_content::store::FollowOutcome;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::{
    BotDialogue, HandlerResult, Keep, Reply, menu, menu_rows, say_with_menu, send_welcome,
    set_state,
};
use crate::ask_limit::AskLimit;
use crate::callback::Callback;
use crate::state::State;
use crate::{BotDeps, TgBot};

/// The longest question or addition a person may send, in characters.
pub const MAX_CHARS: usize = QUESTION_MAX_CHARS;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// When counsellors who speak `locale` answer, in the person's words.
pub(crate) fn hours_text(deps: &BotDeps, locale: Locale) -> String {
    let hours = deps
        .catalog
        .locales()
        .get(locale)
        .map(|i| i.ask.clone())
        .unwrap_or_default();
    let days = hours
        .days
        .iter()
        .map(|d| deps.catalog.text(locale, &format!("day-{}", d.as_str())))
        .collect::<Vec<_>>()
        .join(", ");
    let mut args = FluentArgs::new();
    args.set("days", days);
    args.set("opens", i64::from(hours.opens));
    args.set("closes", i64::from(hours.closes));
    deps.catalog.text_with(locale, "ask-hours", &args)
}

/// The button that closes the open question, above the menu.
fn open_question_rows(
    deps: &BotDeps,
    locale: Locale,
    state: &State,
) -> Vec<Vec<InlineKeyboardButton>> {
    let mut rows = vec![vec![
        Callback::AskClose.button(deps.catalog.text(locale, "bot-ask-close")),
    ]];
    rows.extend(menu_rows(deps, locale, state, Keep::Yes));
    rows
}

fn with_reference(deps: &BotDeps, locale: Locale, id: &str, reference: &ReferenceCode) -> String {
    let mut args = FluentArgs::new();
    args.set("reference", reference.display());
    deps.catalog.text_with(locale, id, &args)
}

/// "Ask a counsellor": the consent with "I agree" and "Back"; when a question is already
/// open, says so instead (what the person writes is added to it).
pub(super) async fn offer(reply: Reply<'_>, dialogue: &BotDialogue, state: State) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let chat_id = chat.0;
    let open = deps
        .store
        .blocking(move |s| s.open_conversation_for_chat(chat_id))
        .await?;
    if let Some(open) = open {
        let text = with_reference(deps, locale, "bot-ask-open", &open.reference);
        bot.send_message(chat, text)
            .reply_markup(InlineKeyboardMarkup::new(open_question_rows(
                deps, locale, &state,
            )))
            .await?;
        return Ok(());
    }
    // A request being written is not lost: asking a question does not need it.
    if state.draft().is_some() {
        return ask_keeping_draft(reply).await;
    }
    set_state(dialogue, State::AskConsent).await?;
    send_consent(reply).await
}

/// With a request being written, the question would replace it: the person is asked to
/// finish or stop the request first.
async fn ask_keeping_draft(reply: Reply<'_>) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let rows = vec![vec![
        Callback::ResumeRequest(Keep::Yes).button(deps.catalog.text(locale, "bot-continue")),
    ]];
    bot.send_message(chat, deps.catalog.text(locale, "bot-ask-finish-request"))
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

async fn send_consent(reply: Reply<'_>) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let mut args = FluentArgs::new();
    args.set("days", i64::from(deps.retention_days));
    let text = format!(
        "{}\n\n{}",
        deps.catalog.text_with(locale, "ask-consent", &args),
        hours_text(deps, locale)
    );
    let rows = vec![vec![
        Callback::AskAgreed.button(deps.catalog.text(locale, "bot-ask-agree")),
        Callback::AskDeclined.button(deps.catalog.text(locale, "bot-ask-back")),
    ]];
    bot.send_message(chat, text)
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

/// "I agree": the next text is the question.
pub(super) async fn agreed(reply: Reply<'_>, dialogue: &BotDialogue) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    set_state(dialogue, State::Asking).await?;
    let rows = vec![vec![
        Callback::AskDeclined.button(deps.catalog.text(locale, "bot-ask-back")),
    ]];
    let mut args = FluentArgs::new();
    args.set("max", MAX_CHARS as i64);
    bot.send_message(chat, deps.catalog.text_with(locale, "bot-ask-write", &args))
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

/// "Back": no question; the menu, in place of the consent.
pub(super) async fn declined(
    reply: Reply<'_>,
    dialogue: &BotDialogue,
    edit: Option<MessageId>,
) -> HandlerResult {
    set_state(dialogue, State::Idle).await?;
    send_welcome(reply, &State::Idle, (None, None, edit)).await
}

/// The text as a question, or why it cannot be one, in the person's language.
fn refusal(deps: &BotDeps, locale: Locale, text: &str) -> Result<QuestionText, String> {
    QuestionText::parse(text).map_err(|refused| match refused {
        QuestionRefusal::TooLong { chars, max } => {
            let mut args = FluentArgs::new();
            args.set("length", chars as i64);
            args.set("max", max as i64);
            deps.catalog.text_with(locale, "ask-error-too-long", &args)
        }
        QuestionRefusal::Empty | QuestionRefusal::MarkupOnly => {
            deps.catalog.text(locale, "ask-error-empty")
        }
    })
}

/// The question (in [`State::Asking`]) or an addition to the open question: refused with a
/// clear message when too long, empty or too frequent; confirmed only once stored.
/// Returns `false` when the chat has no open question and is not asking (the text is then
/// something else, e.g. a search).
pub(super) async fn typed(
    reply: Reply<'_>,
    limit: &AskLimit,
    dialogue: &BotDialogue,
    state: &State,
    text: &str,
) -> Result<bool, crate::HandlerError> {
    let Reply(bot, deps, chat, locale) = reply;
    let asking = matches!(state, State::Asking);
    let chat_id = chat.0;
    if !asking {
        let open = deps
            .store
            .blocking(move |s| s.open_conversation_for_chat(chat_id))
            .await?;
        if open.is_none() {
            return Ok(false);
        }
    }
    if !limit.allow(chat_id) {
        bot.send_message(chat, deps.catalog.text(locale, "ask-error-flood"))
            .await?;
        return Ok(true);
    }
    let question = match refusal(deps, locale, text) {
        Ok(q) => q,
        Err(message) => {
            bot.send_message(chat, message).await?;
            return Ok(true);
        }
    };
    let at = now();
    if asking {
        let new = NewQuestion {
            channel: Channel::Telegram,
            locale,
            point_id: None,
            telegram_chat: Some(chat_id),
            appointment_reference: None,
            text: question,
        };
        let asked = deps.store.blocking(move |s| s.ask(new, at)).await?;
        set_state(dialogue, State::Idle).await?;
        let text = format!(
            "{}\n\n{}",
            with_reference(deps, locale, "ask-received", &asked.reference),
            hours_text(deps, locale)
        );
        bot.send_message(chat, text)
            .reply_markup(InlineKeyboardMarkup::new(open_question_rows(
                deps,
                locale,
                &State::Idle,
            )))
            .await?;
        return Ok(true);
    }
    let added = deps
        .store
        .blocking(move |s| s.add_person_message_by_chat(chat_id, question, at))
        .await?;
    match added {
        Some(open) => {
            let text = with_reference(deps, locale, "bot-ask-added", &open.reference);
            bot.send_message(chat, text)
                .reply_markup(InlineKeyboardMarkup::new(open_question_rows(
                    deps, locale, state,
                )))
                .await?;
            Ok(true)
        }
        // Closed meanwhile (by a counsellor): the text is read as anything else.
        None => Ok(false),
    }
}

/// `/start q_<token>` from the QR code on a kiosk question's confirmation: the chat follows
/// the question from now on (answers given already come once, later ones too), said in the
/// question's language, naming its reference. Returns `false` when the token follows nothing
/// here and the chat has no language yet to say so in: the caller asks for one.
pub(super) async fn follow_from_kiosk(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    chat_locale: Option<Locale>,
    token: &str,
    state: &State,
) -> Result<bool, crate::HandlerError> {
    let (token, chat_id, at) = (token.to_owned(), chat.0, now());
    let outcome = deps
        .store
        .blocking(move |s| s.attach_question_chat_by_token(&token, chat_id, at))
        .await?;
    let (locale, text) = match (outcome, chat_locale) {
        (FollowOutcome::Following(question), _) => {
            if chat_locale.is_none() {
                let locale = question.locale;
                deps.store
                    .blocking(move |s| s.set_chat_locale(chat_id, locale))
                    .await?;
            }
            let text = with_reference(
                deps,
                question.locale,
                "bot-ask-follow-done",
                &question.reference,
            );
            (question.locale, text)
        }
        (_, None) => return Ok(false),
        (FollowOutcome::FollowedElsewhere, Some(locale)) => {
            (locale, deps.catalog.text(locale, "bot-ask-follow-taken"))
        }
        (FollowOutcome::Unknown, Some(locale)) => {
            (locale, deps.catalog.text(locale, "error-reference-unknown"))
        }
    };
    bot.send_message(chat, text)
        .reply_markup(menu(deps, locale, state))
        .await?;
    Ok(true)
}

/// "Close my question": closes the chat's open question and says so.
pub(super) async fn close(reply: Reply<'_>, state: &State) -> HandlerResult {
    let Reply(_, deps, chat, locale) = reply;
    let chat_id = chat.0;
    let at = now();
    let closed = deps
        .store
        .blocking(move |s| {
            let Some(open) = s.open_conversation_for_chat(chat_id)? else {
                return Ok(None);
            };
            s.close_by_person(&open.reference, at)?;
            Ok(Some(open.reference))
        })
        .await?;
    let text = match closed {
        Some(reference) => with_reference(deps, locale, "bot-ask-closed", &reference),
        None => deps.catalog.text(locale, "bot-stale-button"),
    };
    say_with_menu(reply, text, state, None).await
}
