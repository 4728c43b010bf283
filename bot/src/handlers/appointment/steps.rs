//! What each step of the appointment dialogue shows: its text and buttons, a place's
//! details, and the summary of the choices.

use navrat_content::model::{CounsellingPoint, DayPart, Weekday, order_for_people};
use navrat_content::{Error, Locale};
use teloxide::types::InlineKeyboardButton;

use crate::BotDeps;
use crate::callback::{ButtonId, Callback, StepButton};
use crate::state::{Draft, Step};

/// A button of the step being shown.
fn button(text: String, step: StepButton) -> InlineKeyboardButton {
    Callback::Step(step).button(text)
}

fn back_stop(deps: &BotDeps, locale: Locale) -> Vec<InlineKeyboardButton> {
    vec![
        button(deps.catalog.text(locale, "bot-back"), StepButton::Back),
        button(deps.catalog.text(locale, "bot-stop"), StepButton::Stop),
    ]
}

pub(super) async fn point(deps: &BotDeps, id: &str) -> Result<Option<CounsellingPoint>, Error> {
    let id = id.to_owned();
    deps.store.blocking(move |s| s.point(&id)).await
}

fn point_name(deps: &BotDeps, locale: Locale, p: &CounsellingPoint) -> String {
    p.text_for(&deps.catalog.locales().chain(locale))
        .map(|t| t.name.clone())
        .unwrap_or_else(|| p.id.clone())
}

/// A button per option, labelled by `label` (`day-mon`, `day-part-morning` …) and ticked
/// when chosen, then "Next".
fn choices<T: Copy + PartialEq>(
    options: &[T],
    chosen: &[T],
    label: impl Fn(T) -> String,
    press: impl Fn(T) -> StepButton,
    t: &dyn Fn(&str) -> String,
) -> Vec<Vec<InlineKeyboardButton>> {
    options
        .iter()
        .map(|&option| {
            let on = if chosen.contains(&option) { "✓ " } else { "" };
            vec![button(format!("{on}{}", t(&label(option))), press(option))]
        })
        .chain(std::iter::once(vec![button(
            t("kiosk-next"),
            StepButton::Next,
        )]))
        .collect()
}

/// Items joined the way the locale writes a list (`Monday, Wednesday`; `الاثنين، الأربعاء`).
fn list(deps: &BotDeps, locale: Locale, items: &[String]) -> String {
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
pub(super) async fn render(
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
                .filter_map(|p| {
                    let Some(id) = ButtonId::parse(&p.id) else {
                        tracing::warn!(point = %p.id, "a place's id cannot travel in a Telegram button");
                        return None;
                    };
                    Some(vec![button(
                        point_name(deps, locale, p),
                        StepButton::See(id),
                    )])
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
            vec![vec![button(t("bot-point-choose"), StepButton::Choose)]],
        ),
        (Step::Days, Some(p)) => {
            let days: Vec<Weekday> = p.open_slots().iter().map(|(d, _)| *d).collect();
            let label = |d: Weekday| format!("day-{}", d.as_str());
            (
                format!("{}\n\n{}", t("appointment-days"), t("bot-chosen-mark")),
                choices(&days, &draft.days, label, StepButton::Day, &t),
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
            let label = |p: DayPart| format!("day-part-{}", p.as_str());
            (
                format!("{}\n\n{}", t("appointment-day-parts"), t("bot-chosen-mark")),
                choices(&parts, &draft.parts, label, StepButton::Part, &t),
            )
        }
        (Step::Interpreter, _) => (
            t("bot-interpreter-prompt"),
            vec![vec![
                button(t("bot-yes"), StepButton::Interpreter(true)),
                button(t("bot-no"), StepButton::Interpreter(false)),
            ]],
        ),
        (Step::Alias, _) => (
            t("bot-alias-prompt"),
            vec![vec![button(t("bot-skip"), StepButton::Skip)]],
        ),
        (Step::Phone, _) => (
            t("bot-phone-prompt"),
            vec![vec![button(t("bot-skip"), StepButton::Skip)]],
        ),
        (Step::Consent, _) => {
            let mut args = navrat_content::i18n::FluentArgs::new();
            args.set("days", i64::from(deps.retention_days));
            let consent = deps.catalog.text_with(locale, "appointment-consent", &args);
            (
                format!("{}\n\n{consent}", t("appointment-consent-title")),
                vec![vec![button(
                    t("appointment-consent-agree"),
                    StepButton::Agree,
                )]],
            )
        }
        (Step::Confirm, Some(p)) => {
            let mut lines = vec![t("appointment-review")];
            lines.extend(summary(deps, locale, draft, p));
            lines.push(String::new());
            lines.push(t("bot-confirm-prompt"));
            (
                lines.join("\n"),
                vec![vec![button(t("appointment-submit"), StepButton::Send)]],
            )
        }
    };
    rows.push(back_stop(deps, locale));
    Ok((text, rows))
}

/// What the person chose, a line each.
pub(super) fn summary(
    deps: &BotDeps,
    locale: Locale,
    draft: &Draft,
    p: &CounsellingPoint,
) -> Vec<String> {
    let t = |id: &str| deps.catalog.text(locale, id);
    let days: Vec<String> = draft
        .days
        .iter()
        .map(|d| t(&format!("day-{}", d.as_str())))
        .collect();
    let parts: Vec<String> = draft
        .parts
        .iter()
        .map(|p| t(&format!("day-part-{}", p.as_str())))
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
