//! Asking for a meeting with a counsellor in the bot: place, days, parts of the day, optional
//! nickname, optional phone, consent, check and send. Every step has Back and Stop. The person
//! gets their reference only after the request is stored.

use navrat_content::model::{
    ALIAS_MAX_CHARS, Channel, Contact, CounsellingPoint, DayPart, NewAppointmentRequest,
    PhoneNumber, Weekday, order_for_people,
};
use navrat_content::{Error, Locale};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::{BotDialogue, HandlerResult, Press, menu, set_state};
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

/// Items joined the way the locale writes a list (`Monday, Wednesday`; `الاثنين، الأربعاء`).
pub fn list(deps: &BotDeps, locale: Locale, items: &[String]) -> String {
    items.join(&deps.catalog.text(locale, "bot-list-separator"))
}

/// Whether the step reads typed text (the nickname, the phone number).
pub fn takes_text(step: Step) -> bool {
    matches!(step, Step::Alias | Step::Phone)
}

/// A place's details as the person reads them before choosing it: kind, address, hours,
/// phone, how a visit works, and a clear mark where the details are sample data.
fn point_details(deps: &BotDeps, locale: Locale, p: &CounsellingPoint) -> String {
    let t = |id: &str| deps.catalog.text(locale, id);
    let chain = deps.catalog.locales().chain(locale);
    let text = p.text_for(&chain);
    let mut lines = vec![
        point_name(deps, locale, p),
        t(&format!("point-kind-{}", p.kind.as_str())),
        String::new(),
    ];
    if let Some(text) = text
        && !text.address.trim().is_empty()
    {
        lines.push(format!("{}: {}", t("bot-point-address"), text.address));
    }
    let hours: Vec<String> = p
        .hours
        .iter()
        .map(|h| {
            let days: Vec<String> = h
                .days
                .iter()
                .map(|d| t(&format!("day-{}", d.as_str())))
                .collect();
            format!(
                "{} \u{2066}{}–{}\u{2069}",
                list(deps, locale, &days),
                h.from,
                h.to
            )
        })
        .collect();
    if !hours.is_empty() {
        lines.push(format!("{}: {}", t("point-hours"), hours.join("; ")));
    }
    if let Some(phone) = &p.phone {
        lines.push(format!("{}: \u{2066}{phone}\u{2069}", t("bot-point-phone")));
    }
    if let Some(text) = text
        && !text.visiting_rules.trim().is_empty()
    {
        lines.push(String::new());
        lines.push(format!(
            "{}: {}",
            t("point-visiting-rules"),
            text.visiting_rules
        ));
    }
    if p.sample_data {
        lines.push(String::new());
        lines.push(format!("⚠ {}", t("notice-sample-data")));
    }
    lines.join("\n")
}

/// The text and buttons of the draft's current step.
async fn render(
    deps: &BotDeps,
    locale: Locale,
    draft: &Draft,
) -> Result<(String, Vec<Vec<InlineKeyboardButton>>), Error> {
    let t = |id: &str| deps.catalog.text(locale, id);
    let chosen = match &draft.point {
        Some(id) => point(deps, id).await?,
        None => None,
    };
    let (text, mut rows): (String, Vec<Vec<InlineKeyboardButton>>) = match (draft.step, &chosen) {
        (Step::Point, _) | (_, None) => {
            let mut points = deps.store.blocking(|s| s.points()).await?;
            order_for_people(&mut points);
            let rows = points
                .iter()
                .map(|p| {
                    vec![button(
                        point_name(deps, locale, p),
                        format!("ap:see:{}", p.id),
                    )]
                })
                .collect();
            (
                [
                    t("appointment-intro"),
                    t("appointment-point"),
                    t("bot-point-hint"),
                ]
                .join("\n\n"),
                rows,
            )
        }
        (Step::PointDetails, Some(p)) => (
            point_details(deps, locale, p),
            vec![vec![button(t("bot-point-choose"), "ap:choose")]],
        ),
        (Step::Days, Some(p)) => {
            let days: Vec<&str> = p.open_slots().iter().map(|(d, _)| d.as_str()).collect();
            (
                format!("{}\n\n{}", t("appointment-days"), t("bot-chosen-mark")),
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
                format!("{}\n\n{}", t("appointment-day-parts"), t("bot-chosen-mark")),
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
            let mut lines = vec![t("appointment-review")];
            lines.extend(summary(deps, locale, draft, p));
            lines.push(String::new());
            lines.push(t("bot-confirm-prompt"));
            (
                lines.join("\n"),
                vec![vec![button(t("appointment-submit"), "ap:send")]],
            )
        }
    };
    rows.push(back_stop(deps, locale));
    Ok((text, rows))
}

/// What the person chose, a line each.
fn summary(deps: &BotDeps, locale: Locale, draft: &Draft, p: &CounsellingPoint) -> Vec<String> {
    let t = |id: &str| deps.catalog.text(locale, id);
    let days: Vec<String> = draft.days.iter().map(|d| t(&format!("day-{d}"))).collect();
    let parts: Vec<String> = draft
        .parts
        .iter()
        .map(|d| t(&format!("day-part-{d}")))
        .collect();
    let mut lines = vec![
        format!(
            "{}: {}",
            t("appointment-point"),
            point_name(deps, locale, p)
        ),
        format!("{}: {}", t("appointment-days"), list(deps, locale, &days)),
        format!(
            "{}: {}",
            t("appointment-day-parts"),
            list(deps, locale, &parts)
        ),
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
    lines
}

/// Shows the draft's current step, after `before` (a note) when given: in place of `edit`
/// when given, else as a new message. The shown message becomes the live one.
#[expect(clippy::too_many_arguments, reason = "where, to whom, what, and how")]
pub async fn show(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    dialogue: &BotDialogue,
    mut draft: Draft,
    before: Option<String>,
    edit: Option<MessageId>,
) -> HandlerResult {
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
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    dialogue: &BotDialogue,
    state: State,
    edit: Option<MessageId>,
) -> HandlerResult {
    if let Some(draft) = state.draft() {
        return show(bot, deps, chat, locale, dialogue, draft.clone(), None, edit).await;
    }
    let id: String = (0..20)
        .map(|_| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[rand::random_range(0..36)]))
        .collect();
    let draft = Draft {
        id,
        ..Draft::default()
    };
    show(bot, deps, chat, locale, dialogue, draft, None, edit).await
}

fn toggle(list: &mut Vec<String>, value: &str) {
    if let Some(i) = list.iter().position(|v| v == value) {
        list.remove(i);
    } else {
        list.push(value.to_owned());
    }
}

/// Tells the person what is missing: an alert on the pressed button, or with the step again
/// when they typed.
#[expect(clippy::too_many_arguments, reason = "where, to whom, what, and how")]
async fn refuse(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    dialogue: &BotDialogue,
    draft: Draft,
    why: String,
    press: Option<&Press>,
) -> HandlerResult {
    match press {
        Some(press) => press.answer(bot, Some(why)).await,
        None => show(bot, deps, chat, locale, dialogue, draft, Some(why), None).await,
    }
}

/// A button of the appointment dialogue (`ap:…`), or its stop/back word typed (no `press`).
/// The next step replaces the pressed message.
#[expect(clippy::too_many_arguments, reason = "where, to whom, what, and how")]
pub async fn press(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    dialogue: &BotDialogue,
    mut draft: Draft,
    action: &str,
    press: Option<&Press>,
) -> HandlerResult {
    let t = |id: &str| deps.catalog.text(locale, id);
    let edit = press.and_then(|p| p.message);
    let stop = |edit| async move {
        set_state(dialogue, State::Idle).await?;
        bot.send_message(chat, t("bot-stopped"))
            .reply_markup(menu(deps, locale, &State::Idle))
            .edit(edit)
            .await?;
        Ok(())
    };
    match action {
        "stop" => return stop(edit).await,
        "back" => match draft.step.back() {
            Some(step) => draft.step = step,
            None => return stop(edit).await,
        },
        "next" => match draft.step {
            Step::Days if draft.days.is_empty() => {
                let why = t("error-days-required");
                return refuse(bot, deps, chat, locale, dialogue, draft, why, press).await;
            }
            Step::Parts if draft.parts.is_empty() => {
                let why = t("error-day-parts-required");
                return refuse(bot, deps, chat, locale, dialogue, draft, why, press).await;
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
        "choose" if draft.step == Step::PointDetails && draft.point.is_some() => {
            draft.days.clear();
            draft.parts.clear();
            draft.step = Step::Days;
        }
        "agree" if draft.step == Step::Consent => draft.step = Step::Confirm,
        "send" if draft.step == Step::Confirm => {
            return send(bot, deps, chat, locale, dialogue, draft, edit).await;
        }
        other => {
            if let Some(id) = other.strip_prefix("see:") {
                if point(deps, id).await?.is_some() {
                    draft.point = Some(id.to_owned());
                    draft.step = Step::PointDetails;
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
    show(bot, deps, chat, locale, dialogue, draft, None, edit).await
}

/// Text typed where the step reads it: the nickname or the phone number.
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
    match draft.step {
        Step::Alias => {
            if text.chars().count() > ALIAS_MAX_CHARS || text.chars().any(char::is_control) {
                let mut args = navrat_content::i18n::FluentArgs::new();
                args.set("max", ALIAS_MAX_CHARS as i64);
                let why = deps
                    .catalog
                    .text_with(locale, "error-alias-too-long", &args);
                return refuse(bot, deps, chat, locale, dialogue, draft, why, None).await;
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
                return refuse(bot, deps, chat, locale, dialogue, draft, why, None).await;
            }
        },
        _ => {}
    }
    show(bot, deps, chat, locale, dialogue, draft, None, None).await
}

/// Stores the request; only then the confirm message becomes the sent request with its
/// reference (so its Send button is gone).
async fn send(
    bot: &TgBot,
    deps: &BotDeps,
    chat: ChatId,
    locale: Locale,
    dialogue: &BotDialogue,
    draft: Draft,
    edit: Option<MessageId>,
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
                .reply_markup(menu(deps, locale, &State::Idle))
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
            show(bot, deps, chat, locale, dialogue, draft, None, edit).await
        }
        Err(e) => Err(e.into()),
    }
}
