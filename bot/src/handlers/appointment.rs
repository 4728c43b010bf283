//! Asking for a meeting with a counsellor in the bot: place, days, parts of the day, optional
//! nickname, optional phone, consent, check and send. Every step has Back and Stop. The person
//! gets their reference only after the request is stored.

use navrat_content::Error;
use navrat_content::model::{
    ALIAS_MAX_CHARS, Alias, Channel, Contact, NewAppointmentRequest, PhoneNumber,
};
use teloxide::types::{InlineKeyboardMarkup, MessageId};

mod steps;

pub use steps::takes_text;
use steps::{point, render, summary};

use super::{BotDialogue, HandlerResult, Press, Reply, kept_menu, say_with_menu, set_state};
use crate::callback::StepButton;
use crate::state::{Draft, State, Step};

/// Shows the draft's current step, after `before` (a note) when given: in place of `edit`
/// when given, else as a new message. The shown message becomes the live one.
pub async fn show(
    reply: Reply<'_>,
    dialogue: &BotDialogue,
    mut draft: Draft,
    before: Option<String>,
    edit: Option<MessageId>,
) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let (text, rows) = render(deps, locale, &draft).await?;
    let text = match before {
        Some(note) => format!("{note}\n\n{text}"),
        None => text,
    };
    let shown = bot
        .send_message(chat, text)
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .edit(edit)
        .await?;
    draft.message = Some(shown.0);
    set_state(dialogue, State::Appointment(draft)).await
}

/// Starts a new request, or shows the one being written where the person left it.
pub async fn start(
    reply: Reply<'_>,
    dialogue: &BotDialogue,
    state: State,
    edit: Option<MessageId>,
) -> HandlerResult {
    if let Some(draft) = state.draft() {
        return show(reply, dialogue, draft.clone(), None, edit).await;
    }
    let id: String = (0..20)
        .map(|_| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[rand::random_range(0..36)]))
        .collect();
    let draft = Draft {
        id,
        ..Draft::default()
    };
    show(reply, dialogue, draft, None, edit).await
}

/// Ticks a choice, or unticks it when it was ticked.
fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if let Some(i) = list.iter().position(|v| *v == value) {
        list.remove(i);
    } else {
        list.push(value);
    }
}

/// Tells the person what is missing: an alert on the pressed button, or with the step again
/// when they typed.
async fn refuse(
    reply: Reply<'_>,
    dialogue: &BotDialogue,
    draft: Draft,
    why: String,
    press: Option<&Press>,
) -> HandlerResult {
    let Reply(bot, _, _, _) = reply;
    match press {
        Some(press) => press.answer(bot, Some(why)).await,
        None => show(reply, dialogue, draft, Some(why), None).await,
    }
}

/// A button of the appointment dialogue, or its stop/back word typed (no `press`).
/// The next step replaces the pressed message.
pub async fn press(
    reply: Reply<'_>,
    dialogue: &BotDialogue,
    mut draft: Draft,
    action: StepButton,
    press: Option<&Press>,
) -> HandlerResult {
    let Reply(_, deps, _, locale) = reply;
    let t = |id: &str| deps.catalog.text(locale, id);
    let edit = press.and_then(|p| p.message);
    let stop = |edit| async move {
        set_state(dialogue, State::Idle).await?;
        say_with_menu(reply, t("bot-stopped"), &State::Idle, edit).await
    };
    match action {
        StepButton::Stop => return stop(edit).await,
        StepButton::Back => match draft.step.back() {
            Some(step) => draft.step = step,
            None => return stop(edit).await,
        },
        StepButton::Next => match draft.step {
            Step::Days if draft.days.is_empty() => {
                let why = t("error-days-required");
                return refuse(reply, dialogue, draft, why, press).await;
            }
            Step::Parts if draft.parts.is_empty() => {
                let why = t("error-day-parts-required");
                return refuse(reply, dialogue, draft, why, press).await;
            }
            Step::Days => draft.step = Step::Parts,
            Step::Parts => draft.step = Step::Interpreter,
            _ => {}
        },
        StepButton::Skip => match draft.step {
            Step::Alias => {
                draft.alias = None;
                draft.step = Step::Phone;
            }
            Step::Phone => {
                draft.phone = None;
                draft.step = Step::Consent;
            }
            _ => {}
        },
        StepButton::Interpreter(needed) if draft.step == Step::Interpreter => {
            draft.interpreter = needed;
            draft.step = Step::Alias;
        }
        StepButton::Choose if draft.step == Step::PointDetails && draft.point.is_some() => {
            draft.days.clear();
            draft.parts.clear();
            draft.step = Step::Days;
        }
        StepButton::Agree if draft.step == Step::Consent => draft.step = Step::Confirm,
        StepButton::Send if draft.step == Step::Confirm => {
            return send(reply, dialogue, draft, edit).await;
        }
        StepButton::See(id) => {
            if point(deps, id.as_str()).await?.is_some() {
                draft.point = Some(id.as_str().to_owned());
                draft.step = Step::PointDetails;
            }
        }
        StepButton::Day(day) => toggle(&mut draft.days, day),
        StepButton::Part(part) => toggle(&mut draft.parts, part),
        // A button of another step: the current step is shown again.
        StepButton::Interpreter(_) | StepButton::Choose | StepButton::Agree | StepButton::Send => {}
    }
    show(reply, dialogue, draft, None, edit).await
}

/// Text typed where the step reads it: the nickname or the phone number.
pub async fn typed(
    reply: Reply<'_>,
    dialogue: &BotDialogue,
    mut draft: Draft,
    text: &str,
) -> HandlerResult {
    let Reply(_, deps, _, locale) = reply;
    let t = |id: &str| deps.catalog.text(locale, id);
    let text = text.trim();
    match draft.step {
        Step::Alias => {
            if Alias::parse(text).is_err() {
                let mut args = navrat_content::i18n::FluentArgs::new();
                args.set("max", ALIAS_MAX_CHARS as i64);
                let why = deps
                    .catalog
                    .text_with(locale, "error-alias-too-long", &args);
                return refuse(reply, dialogue, draft, why, None).await;
            }
            draft.alias = Some(text.to_owned());
            draft.step = Step::Phone;
        }
        Step::Phone => match PhoneNumber::parse(text) {
            Ok(p) => {
                draft.phone = Some(p.as_str().to_owned());
                draft.step = Step::Consent;
            }
            Err(_) => {
                let why = t("error-phone-invalid");
                return refuse(reply, dialogue, draft, why, None).await;
            }
        },
        _ => {}
    }
    show(reply, dialogue, draft, None, None).await
}

/// Stores the request; only then the confirm message becomes the sent request with its
/// reference (so its Send button is gone).
async fn send(
    reply: Reply<'_>,
    dialogue: &BotDialogue,
    draft: Draft,
    edit: Option<MessageId>,
) -> HandlerResult {
    let Reply(bot, deps, chat, locale) = reply;
    let t = |id: &str| deps.catalog.text(locale, id);
    let contact = match draft.phone.as_deref().map(PhoneNumber::parse) {
        Some(Ok(phone)) => Contact::Phone(phone),
        _ => Contact::Telegram(chat.0),
    };
    let request = NewAppointmentRequest {
        channel: Channel::Telegram,
        locale,
        point_id: draft.point.clone().unwrap_or_default(),
        days: draft.days.clone(),
        day_parts: draft.parts.clone(),
        alias: draft.alias.clone(),
        contact,
        interpreter_needed: draft.interpreter,
        topic: None,
        // The draft id is random: the chat id (personal data) stays out of the key.
        idempotency_key: Some(format!("tg-{}", draft.id)),
        telegram_chat: Some(chat.0),
    };
    match deps
        .store
        .blocking(move |s| s.create_appointment_request(&request))
        .await
    {
        Ok(stored) => {
            tracing::info!(channel = "telegram", point = %stored.point_id, %locale, "appointment request stored");
            set_state(dialogue, State::Idle).await?;
            let mut lines = vec![
                format!("✓ {}", t("appointment-sent")),
                String::new(),
                format!(
                    "{}: {}",
                    t("appointment-reference"),
                    stored.reference.display()
                ),
                t("status-new"),
                String::new(),
            ];
            if let Some(p) = point(deps, &stored.point_id).await? {
                lines.extend(summary(deps, locale, &draft, &p));
            }
            bot.send_message(chat, lines.join("\n"))
                .reply_markup(kept_menu(deps, locale, &State::Idle))
                .edit(edit)
                .await?;
            Ok(())
        }
        // The draft stays: Send works again once there is room.
        Err(Error::StorageFull) => {
            bot.send_message(chat, t("error-storage-full")).await?;
            Ok(())
        }
        Err(Error::Invalid(_) | Error::NotFound(_)) => {
            // The point closed or the choice became invalid: choose again.
            let draft = Draft {
                step: Step::Point,
                ..draft
            };
            show(reply, dialogue, draft, None, edit).await
        }
        Err(e) => Err(e.into()),
    }
}
