//! Appointment requests: a counsellor sees those of their points, filtered by status,
//! language and point; takes one; confirms it with a date, time and interpreter; declines it
//! with a reason the person reads in their language; reschedules; marks it done or no-show.
//! The store writes each change to the request's history and the audit log, and a notice to
//! the outbox for a person who follows the request in Telegram.

use crate::WebError;
use askama::Template;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use navrat_content::model::{
    AppointmentChange, AppointmentEvent, AppointmentRequest, AppointmentStatus, Contact,
    CounsellingPoint,
};
use navrat_content::{Error, Locale, ReferenceCode};
use serde::Deserialize;

use super::view::{WsPage, civil_from_days, render, render_with};
use super::{Staff, WsState};

/// Reasons for declining, each a UI string the person reads in their own language.
pub const DECLINE_REASONS: [&str; 4] = ["capacity", "other-point", "not-offered", "contact-us"];

/// The longest note a counsellor may add to a decline.
const NOTE_MAX_CHARS: usize = 300;

#[derive(Deserialize, Default)]
pub struct Filter {
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    point: Option<String>,
}

#[derive(Template)]
#[template(path = "workspace/requests.html")]
struct ListPage {
    page: WsPage,
    points: Vec<CounsellingPoint>,
    requests: Vec<AppointmentRequest>,
    status: String,
    locale: String,
    point: String,
    statuses: Vec<AppointmentStatus>,
}

impl ListPage {
    fn point_name(&self, id: &str) -> String {
        self.page.point_name(&self.points, id)
    }
}

const ALL_STATUSES: [AppointmentStatus; 6] = [
    AppointmentStatus::New,
    AppointmentStatus::Confirmed,
    AppointmentStatus::Declined,
    AppointmentStatus::Done,
    AppointmentStatus::NoShow,
    AppointmentStatus::Cancelled,
];

/// GET /requests: the requests of the person's points.
pub async fn list(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Query(filter): Query<Filter>,
) -> Result<Response, WebError> {
    if !staff.user.handles_requests() {
        return Err(WebError::Forbidden);
    }
    let status = match filter.status.as_deref() {
        None => Some(AppointmentStatus::New),
        Some("" | "all") => None,
        Some(s) => Some(AppointmentStatus::parse(s).map_err(|_| WebError::BadRequest)?),
    };
    let locale: Option<Locale> = match filter.locale.as_deref() {
        None | Some("") => None,
        Some(code) => Some(
            state
                .app
                .catalog
                .locales()
                .parse(code)
                .map_err(|_| WebError::BadRequest)?,
        ),
    };
    let point = filter.point.clone().filter(|p| !p.is_empty());
    if let Some(p) = &point
        && !staff.user.may_handle(p)
    {
        return Err(WebError::Forbidden);
    }
    let user = staff.user.clone();
    let wanted_point = point.clone();
    let (points, requests) = state
        .app
        .store
        .blocking(move |s| {
            let points: Vec<CounsellingPoint> = s
                .points()?
                .into_iter()
                .filter(|p| user.may_handle(&p.id))
                .collect();
            let ids: Vec<String> = points
                .iter()
                .map(|p| p.id.clone())
                .filter(|id| wanted_point.as_ref().is_none_or(|w| w == id))
                .collect();
            let mut requests = s.appointment_requests(&ids, status)?;
            requests.retain(|r| locale.is_none_or(|l| r.locale == l));
            Ok((points, requests))
        })
        .await?;
    render(&ListPage {
        page: WsPage::new(&state, &staff, "requests"),
        points,
        requests,
        status: status.map_or("all", |s| s.as_str()).to_owned(),
        locale: locale.map(|l| l.to_string()).unwrap_or_default(),
        point: point.unwrap_or_default(),
        statuses: ALL_STATUSES.to_vec(),
    })
}

#[derive(Template)]
#[template(path = "workspace/request.html")]
struct DetailPage {
    page: WsPage,
    request: AppointmentRequest,
    points: Vec<CounsellingPoint>,
    history: Vec<AppointmentEvent>,
    /// A message id at the top: done, or why not.
    notice: Option<&'static str>,
    error: bool,
    /// The confirm form's values (kept after a refused submit).
    date: String,
    time: String,
    reasons: Vec<&'static str>,
    today: String,
}

impl DetailPage {
    fn point_name(&self, id: &str) -> String {
        self.page.point_name(&self.points, id)
    }

    fn contact(&self) -> String {
        match &self.request.contact {
            Contact::Phone(p) => p.as_str().to_owned(),
            Contact::Telegram(_) => self.page.t("ws-contact-telegram"),
            Contact::ComeBack => self.page.t("ws-contact-come-back"),
            Contact::Unreadable => self.page.t("ws-contact-unreadable"),
        }
    }

    fn days(&self) -> String {
        let days: Vec<String> = self
            .request
            .days
            .iter()
            .map(|d| self.page.t(&format!("day-{}", d.as_str())))
            .collect();
        let parts: Vec<String> = self
            .request
            .day_parts
            .iter()
            .map(|p| self.page.t(&format!("day-part-{}", p.as_str())))
            .collect();
        format!("{} · {}", days.join(", "), parts.join(", "))
    }

    fn reason_text(&self, key: &str) -> String {
        self.page
            .catalog
            .text(self.request.locale, &format!("decline-reason-{key}"))
    }
}

/// Today's date (UTC) as `YYYY-MM-DD`.
fn today() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let (y, m, d) = civil_from_days(now.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

fn parse_reference(reference: &str) -> Result<ReferenceCode, WebError> {
    ReferenceCode::parse(reference).map_err(|_| WebError::NotFound)
}

async fn detail_page(
    state: &WsState,
    staff: &Staff,
    reference: ReferenceCode,
    notice: Option<(&'static str, bool)>,
    form: Option<&ActionForm>,
) -> Result<DetailPage, WebError> {
    let loaded = state
        .app
        .store
        .blocking(move |s| {
            let Some(request) = s.appointment_request(&reference)? else {
                return Ok(None);
            };
            Ok(Some((
                request,
                s.appointment_history(&reference)?,
                s.points()?,
            )))
        })
        .await?;
    // Another point's request answers exactly like one that does not exist: a counsellor
    // cannot learn from the answer which references are in use elsewhere.
    let (request, history, points) = loaded
        .filter(|(request, _, _)| staff.user.may_handle(&request.point_id))
        .ok_or(WebError::NotFound)?;
    let (date, time) = match (form, &request.confirmed_when) {
        (Some(f), _) => (f.date.clone(), f.time.clone()),
        (None, Some(when)) => when
            .split_once(' ')
            .map(|(d, t)| (d.to_owned(), t.to_owned()))
            .unwrap_or_default(),
        (None, None) => (String::new(), String::new()),
    };
    Ok(DetailPage {
        page: WsPage::new(state, staff, "requests"),
        request,
        points,
        history,
        notice: notice.map(|n| n.0),
        error: notice.is_some_and(|n| n.1),
        date,
        time,
        reasons: DECLINE_REASONS.to_vec(),
        today: today(),
    })
}

/// GET /requests/{reference}: one request, its history and what can be done with it.
pub async fn detail(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path(reference): Path<String>,
) -> Result<Response, WebError> {
    let reference = parse_reference(&reference)?;
    render(&detail_page(&state, &staff, reference, None, None).await?)
}

#[derive(Deserialize, Default)]
pub struct ActionForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    time: String,
    #[serde(default)]
    interpreter: Option<String>,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
}

/// `YYYY-MM-DD` and `HH:MM` from the form, checked, not before `today`.
fn checked_when(date: &str, time: &str, today: &str) -> Option<String> {
    let d: Vec<u32> = date
        .split('-')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let t: Vec<u32> = time
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let valid = date.len() == 10
        && time.len() == 5
        && matches!(d.as_slice(), [y, m, day] if (2000..3000).contains(y) && (1..=12).contains(m) && (1..=31).contains(day))
        && matches!(t.as_slice(), [h, min] if *h < 24 && *min < 60);
    (valid && date >= today).then(|| format!("{date} {time}"))
}

/// POST /requests/{reference}: take, confirm, reschedule, decline, done, no-show.
pub async fn act(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path(reference): Path<String>,
    axum::Form(form): axum::Form<ActionForm>,
) -> Result<Response, WebError> {
    let reference = parse_reference(&reference)?;
    // Loads the request and checks the person may handle its point.
    let current = detail_page(&state, &staff, reference.clone(), None, None).await?;
    let login = staff.user.login.clone();
    let change = match form.action.as_str() {
        "take" => None,
        "confirm" => {
            let Some(when) = checked_when(form.date.trim(), form.time.trim(), &today()) else {
                let page = detail_page(
                    &state,
                    &staff,
                    reference,
                    Some(("ws-error-when", true)),
                    Some(&form),
                )
                .await?;
                return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
            };
            Some(AppointmentChange::Confirm {
                when,
                counsellor: login.clone(),
                interpreter: form.interpreter.is_some(),
            })
        }
        "decline" => {
            let note = form.note.trim();
            if !DECLINE_REASONS.contains(&form.reason.as_str())
                || note.chars().count() > NOTE_MAX_CHARS
            {
                let page = detail_page(
                    &state,
                    &staff,
                    reference,
                    Some(("ws-error-reason", true)),
                    Some(&form),
                )
                .await?;
                return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
            }
            let mut reason = current.reason_text(&form.reason);
            if !note.is_empty() {
                reason = format!("{reason} {note}");
            }
            Some(AppointmentChange::Decline { reason })
        }
        "done" => Some(AppointmentChange::Done),
        "no_show" => Some(AppointmentChange::NoShow),
        "cancel" => Some(AppointmentChange::Cancel),
        _ => return Err(WebError::BadRequest),
    };
    let target = reference.clone();
    let result = state
        .app
        .store
        .blocking(move |s| match change {
            None => s.take_appointment(&target, &login),
            Some(change) => s.change_appointment(&target, &change, &login),
        })
        .await;
    match result {
        Ok(_) => Ok(Redirect::to(&format!("/requests/{reference}")).into_response()),
        Err(Error::NotAllowed(_)) => {
            let page = detail_page(
                &state,
                &staff,
                reference,
                Some(("ws-error-not-now", true)),
                None,
            )
            .await?;
            render_with(StatusCode::CONFLICT, &page)
        }
        Err(Error::NotFound(_)) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confirmed_times_are_checked() {
        assert_eq!(
            checked_when("2026-12-01", "09:30", "2026-11-26").as_deref(),
            Some("2026-12-01 09:30")
        );
        assert_eq!(
            checked_when("2026-11-25", "09:30", "2026-11-26"),
            None,
            "in the past"
        );
        assert_eq!(checked_when("2026-13-01", "09:30", "2026-11-26"), None);
        assert_eq!(checked_when("2026-12-01", "24:00", "2026-11-26"), None);
        assert_eq!(checked_when("1.12.2026", "9:30", "2026-11-26"), None);
    }
}
