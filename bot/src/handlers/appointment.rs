//! Asking for a meeting with a counsellor in the bot: place, days, parts of the day, optional
//! nickname, optional phone, consent, check and send. Every step has Back and Stop. The person
//! gets their reference only after the request is stored.

use navrat_content::model::{
    ALIAS_MAX_CHARS, Channel, Contact, CounsellingPoint, DayPart, NewAppointmentRequest,
    PhoneNumber, Weekday,
};
use navrat_content::{Error, Locale};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::{BotDialogue, HandlerResult, menu, set_state};
use crate::state::{Draft, State, Step};
use crate::{BotDeps, TgBot};

fn button(text: String, data: impl Into<String>) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(text, data.into())
}

fn back_stop(deps: &BotDeps, locale: Locale) -> Vec<InlineKeyboardButton> {
    vec![
        button(deps.catalog.text(locale, "bot-back"), "ap:back"),
        button(deps.catalog.text(locale, "bot-stop"), "ap:stop"),
    ]
}

async fn point(deps: &BotDeps, id: &str) -> Result<Option<CounsellingPoint>, Error> {
    let id = id.to_owned();
    deps.store.blocking(move |s| s.point(&id)).await
}

fn point_name(deps: &BotDeps, locale: Locale, p: &CounsellingPoint) -> String {
    p.text_for(&deps.catalog.locales().chain(locale))
        .map(|t| t.name.clone())
        .unwrap_or_else(|| p.id.clone())
}

/// A button per option (`day-mon`, `day-part-morning` …), ticked when chosen, then "Next".
fn choices(
    options: &[&str],
    chosen: &[String],
    kind: &str,
    t: &dyn Fn(&str) -> String,
) -> Vec<Vec<InlineKeyboardButton>> {
    let label_prefix = if kind == "day" { "day" } else { "day-part" };
    options
        .iter()
        .map(|id| {
            let on = if chosen.iter().any(|c| c == id) {
                "✓ "
            } else {
                ""
            };
            vec![button(
                format!("{on}{}", t(&format!("{label_prefix}-{id}"))),
                format!("ap:{kind}:{id}"),
            )]
        })
        .chain(std::iter::once(vec![button(t("kiosk-next"), "ap:next")]))
        .collect()
}

/// Sends the message of the draft's current step.
pub async fn show(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    draft: &Draft,
) -> HandlerResult {
    let t = |id: &str| deps.catalog.text(locale, id);
    let chosen = match &draft.point {
        Some(id) => point(deps, id).await?,
        None => None,
    };
    let (text, mut rows): (String, Vec<Vec<InlineKeyboardButton>>) = match (draft.step, &chosen) {
        (Step::Point, _) | (_, None) => {
            let points = deps.store.blocking(|s| s.points()).await?;
            let rows = points
                .iter()
                .map(|p| {
                    let mine = if p.languages.contains(&locale) {
                        " ✓"
                    } else {
                        ""
                    };
                    vec![button(
                        format!("{}{mine}", point_name(deps, locale, p)),
                        format!("ap:point:{}", p.id),
                    )]
                })
                .collect();
            (
                format!("{}\n\n{}", t("appointment-intro"), t("appointment-point")),
                rows,
            )
        }
        (Step::Days, Some(p)) => {
            let days: Vec<&str> = p.open_slots().iter().map(|(d, _)| d.as_str()).collect();
            (
                t("appointment-days"),
                choices(&days, &draft.days, "day", &t),
            )
        }
        (Step::Parts, Some(p)) => {
            let mut parts: Vec<DayPart> = p
                .open_slots()
                .into_iter()
                .flat_map(|(_, parts)| parts)
                .collect();
            parts.sort();
            parts.dedup();
            let parts: Vec<&str> = parts.iter().map(|p| p.as_str()).collect();
            (
                t("appointment-day-parts"),
                choices(&parts, &draft.parts, "part", &t),
            )
        }
        (Step::Interpreter, _) => (
            t("bot-interpreter-prompt"),
            vec![vec![
                button(t("bot-yes"), "ap:interpreter:yes"),
                button(t("bot-no"), "ap:interpreter:no"),
            ]],
        ),
        (Step::Alias, _) => (
            t("bot-alias-prompt"),
            vec![vec![button(t("bot-skip"), "ap:skip")]],
        ),
        (Step::Phone, _) => (
            t("bot-phone-prompt"),
            vec![vec![button(t("bot-skip"), "ap:skip")]],
        ),
        (Step::Consent, _) => {
            let mut args = navrat_content::i18n::FluentArgs::new();
            args.set("days", i64::from(deps.retention_days));
            let consent = deps.catalog.text_with(locale, "appointment-consent", &args);
            (
                format!("{}\n\n{consent}", t("appointment-consent-title")),
                vec![vec![button(t("appointment-consent-agree"), "ap:agree")]],
            )
        }
        (Step::Confirm, Some(p)) => {
            let days: Vec<String> = draft.days.iter().map(|d| t(&format!("day-{d}"))).collect();
            let parts: Vec<String> = draft
                .parts
                .iter()
                .map(|d| t(&format!("day-part-{d}")))
                .collect();
            let mut lines = vec![
                t("appointment-review"),
                format!(
                    "{}: {}",
                    t("appointment-point"),
                    point_name(deps, locale, p)
                ),
                format!("{}: {}", t("appointment-days"), days.join(", ")),
                format!("{}: {}", t("appointment-day-parts"), parts.join(", ")),
                format!(
                    "{}: {}",
                    t("appointment-interpreter"),
                    t(if draft.interpreter {
                        "bot-yes"
                    } else {
                        "bot-no"
                    })
                ),
            ];
            if let Some(alias) = &draft.alias {
                lines.push(format!("{}: {alias}", t("appointment-alias")));
            }
            if let Some(phone) = &draft.phone {
                lines.push(format!(
                    "{}: \u{2066}{phone}\u{2069}",
                    t("appointment-phone")
                ));
            }
            lines.push(String::new());
            lines.push(t("bot-confirm-prompt"));
            (
                lines.join("\n"),
                vec![vec![button(t("appointment-submit"), "ap:send")]],
            )
        }
    };
    rows.push(back_stop(deps, locale));
    bot.send_message(chat, text)
        .reply_markup(InlineKeyboardMarkup::new(rows))
        .await?;
    Ok(())
}

/// Starts a new request.
pub async fn start(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    dialogue: &BotDialogue,
) -> HandlerResult {
    let id: String = (0..20)
        .map(|_| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[rand::random_range(0..36)]))
        .collect();
    let draft = Draft {
        id,
        ..Draft::default()
    };
    set_state(dialogue, State::Appointment(draft.clone())).await?;
    show(bot, deps, chat, locale, &draft).await
}

fn toggle(list: &mut Vec<String>, value: &str) {
    if let Some(i) = list.iter().position(|v| v == value) {
        list.remove(i);
    } else {
        list.push(value.to_owned());
    }
}

/// A button of the appointment dialogue (`ap:…`).
pub async fn press(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    dialogue: &BotDialogue,
    mut draft: Draft,
    action: &str,
) -> HandlerResult {
    let t = |id: &str| deps.catalog.text(locale, id);
    match action {
        "stop" => {
            set_state(dialogue, State::Idle).await?;
            bot.send_message(chat, t("bot-stopped"))
                .reply_markup(menu(deps, locale))
                .await?;
            return Ok(());
        }
        "back" => match draft.step.back() {
            Some(step) => draft.step = step,
            None => {
                set_state(dialogue, State::Idle).await?;
                bot.send_message(chat, t("bot-stopped"))
                    .reply_markup(menu(deps, locale))
                    .await?;
                return Ok(());
            }
        },
        "next" => match draft.step {
            Step::Days if draft.days.is_empty() => {
                return notice(bot, chat, t("error-days-required")).await;
            }
            Step::Parts if draft.parts.is_empty() => {
                return notice(bot, chat, t("error-day-parts-required")).await;
            }
            Step::Days => draft.step = Step::Parts,
            Step::Parts => draft.step = Step::Interpreter,
            _ => {}
        },
        "skip" => match draft.step {
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
        "interpreter:yes" | "interpreter:no" if draft.step == Step::Interpreter => {
            draft.interpreter = action == "interpreter:yes";
            draft.step = Step::Alias;
        }
        "agree" if draft.step == Step::Consent => draft.step = Step::Confirm,
        "send" if draft.step == Step::Confirm => {
            return send(bot, deps, chat, locale, dialogue, draft).await;
        }
        other => {
            if let Some(id) = other.strip_prefix("point:") {
                if point(deps, id).await?.is_some() {
                    draft.point = Some(id.to_owned());
                    draft.days.clear();
                    draft.parts.clear();
                    draft.step = Step::Days;
                }
            } else if let Some(day) = other
                .strip_prefix("day:")
                .filter(|d| Weekday::parse(d).is_ok())
            {
                toggle(&mut draft.days, day);
            } else if let Some(part) = other
                .strip_prefix("part:")
                .filter(|p| DayPart::parse(p).is_ok())
            {
                toggle(&mut draft.parts, part);
            }
        }
    }
    set_state(dialogue, State::Appointment(draft.clone())).await?;
    show(bot, deps, chat, locale, &draft).await
}

async fn notice(bot: &TgBot, chat: ChatId, text: String) -> HandlerResult {
    bot.send_message(chat, text).await?;
    Ok(())
}

/// Text typed during the dialogue: the nickname or the phone number.
pub async fn typed(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    dialogue: &BotDialogue,
    mut draft: Draft,
    text: &str,
) -> HandlerResult {
    let t = |id: &str| deps.catalog.text(locale, id);
    let text = text.trim();
    if text.eq_ignore_ascii_case("stop") || text == t("bot-stop") {
        return press(bot, deps, chat, locale, dialogue, draft, "stop").await;
    }
    if text.eq_ignore_ascii_case("back") || text == t("bot-back") {
        return press(bot, deps, chat, locale, dialogue, draft, "back").await;
    }
    match draft.step {
        Step::Alias => {
            if text.chars().count() > ALIAS_MAX_CHARS || text.chars().any(char::is_control) {
                let mut args = navrat_content::i18n::FluentArgs::new();
                args.set("max", ALIAS_MAX_CHARS as i64);
                return notice(
                    bot,
                    chat,
                    deps.catalog
                        .text_with(locale, "error-alias-too-long", &args),
                )
                .await;
            }
            draft.alias = Some(text.to_owned());
            draft.step = Step::Phone;
        }
        Step::Phone => match PhoneNumber::parse(text) {
            Ok(p) => {
                draft.phone = Some(p.as_str().to_owned());
                draft.step = Step::Consent;
            }
            Err(_) => return notice(bot, chat, t("error-phone-invalid")).await,
        },
        // Anything else typed mid-dialogue: show the step again.
        _ => {}
    }
    set_state(dialogue, State::Appointment(draft.clone())).await?;
    show(bot, deps, chat, locale, &draft).await
}

async fn send(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    dialogue: &BotDialogue,
    draft: Draft,
) -> HandlerResult {
    let t = |id: &str| deps.catalog.text(locale, id);
    let contact = match draft.phone.as_deref().map(PhoneNumber::parse) {
        Some(Ok(phone)) => Contact::Phone(phone),
        _ => Contact::Telegram(chat.0),
    };
    let request = NewAppointmentRequest {
        channel: Channel::Telegram,
        locale,
        point_id: draft.point.clone().unwrap_or_default(),
        days: draft
            .days
            .iter()
            .filter_map(|d| Weekday::parse(d).ok())
            .collect(),
        day_parts: draft
            .parts
            .iter()
            .filter_map(|p| DayPart::parse(p).ok())
            .collect(),
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
            let text = format!(
                "✓ {}\n\n{}: {}\n\n{}",
                t("appointment-sent"),
                t("appointment-reference"),
                stored.reference.display(),
                t("status-new")
            );
            bot.send_message(chat, text)
                .reply_markup(menu(deps, locale))
                .await?;
            Ok(())
        }
        Err(Error::StorageFull) => notice(bot, chat, t("error-storage-full")).await,
        Err(Error::Invalid(_) | Error::NotFound(_)) => {
            // The point closed or the choice became invalid: choose again.
            let draft = Draft {
                step: Step::Point,
                ..draft
            };
            set_state(dialogue, State::Appointment(draft.clone())).await?;
            show(bot, deps, chat, locale, &draft).await
        }
        Err(e) => Err(e.into()),
    }
}
