//! What each step of the appointment dialogue shows: its text and buttons, a place's
//! details, and the summary of the choices.

use navrat_content::model::{CounsellingPoint, DayPart, order_for_people};
use navrat_content::{Error, Locale};
use teloxide::types::InlineKeyboardButton;

use crate::BotDeps;
use crate::state::{Draft, Step};

fn button(text: String, data: impl Into<String>) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(text, data.into())
}

fn back_stop(deps: &BotDeps, locale: Locale) -> Vec<InlineKeyboardButton> {
    vec![
        button(deps.catalog.text(locale, "bot-back"), "ap:back"),
        button(deps.catalog.text(locale, "bot-stop"), "ap:stop"),
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
pub(super) fn summary(
    deps: &BotDeps,
    locale: Locale,
    draft: &Draft,
    p: &CounsellingPoint,
) -> Vec<String> {
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
