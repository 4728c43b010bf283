//! What every workspace page shares (the signed-in person, their language, the anti-forgery
//! token, the navigation), the home page, and the language switch.

use crate::WebError;
use askama::Template;
use axum::Extension;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use navrat_content::model::{AppointmentStatus, CounsellingPoint, StaffUser};
use navrat_content::store::Coverage;
use navrat_content::{Locale, Locales};
use serde::Deserialize;

use super::{Staff, WsState};
use crate::assets;
use crate::texts::Texts;
pub use navrat_content::calendar::civil_from_days;

/// The shared part of every signed-in page.
pub struct WsPage {
    /// `ltr` or `rtl`, from the workspace language.
    pub dir: &'static str,
    /// The stylesheet.
    pub css: &'static str,
    /// Who is signed in.
    pub user: StaffUser,
    /// The anti-forgery token for this session's forms.
    pub csrf: String,
    /// Which part of the workspace the page belongs to, for the navigation.
    pub section: &'static str,
    /// Every locale: code and native name (for the language switch and tables).
    pub all_locales: Vec<(Locale, String)>,
    texts: Texts,
}

impl std::ops::Deref for WsPage {
    type Target = Texts;

    fn deref(&self) -> &Texts {
        &self.texts
    }
}

impl WsPage {
    /// A counselling point's name in the workspace language, or its id when the point has no
    /// text (or is gone from `points`).
    pub fn point_name(&self, points: &[CounsellingPoint], id: &str) -> String {
        let chain = self.catalog.locales().chain(self.locale);
        points
            .iter()
            .find(|p| p.id == id)
            .and_then(|p| p.text_for(&chain))
            .map_or_else(|| id.to_owned(), |t| t.name.clone())
    }

    /// The page context for a signed-in person.
    pub fn new(state: &WsState, staff: &Staff, section: &'static str) -> Self {
        let locales = state.app.catalog.locales();
        let locale = staff.session.locale;
        WsPage {
            dir: locales.get(locale).map_or("ltr", |i| i.direction.as_str()),
            css: assets::url("workspace.css"),
            user: staff.user.clone(),
            csrf: staff.session.csrf.clone(),
            section,
            all_locales: locales
                .all()
                .map(|i| (i.code, i.native_name.clone()))
                .collect(),
            texts: Texts {
                locale,
                catalog: state.app.catalog.clone(),
            },
        }
    }

    /// The native name of a locale.
    pub fn locale_name(&self, locale: &Locale) -> String {
        self.all_locales
            .iter()
            .find(|(l, _)| l == locale)
            .map_or_else(|| locale.to_string(), |(_, n)| n.clone())
    }

    /// The writing direction of a locale, for fields holding its text.
    pub fn dir_for(&self, locale: &Locale) -> &'static str {
        self.catalog
            .locales()
            .get(*locale)
            .map_or("ltr", |i| i.direction.as_str())
    }

    /// The locales whose translations the person works on (never the source).
    pub fn my_locales(&self) -> Vec<Locale> {
        self.user.translation_locales(
            self.all_locales
                .iter()
                .map(|(l, _)| *l)
                .filter(|l| !l.is_source()),
        )
    }

    /// A date and time (Unix seconds, UTC) as `YYYY-MM-DD HH:MM`.
    pub fn when(&self, at: &i64) -> String {
        format_utc(*at)
    }

    /// The name of an appointment status in the workspace language.
    pub fn status_name(&self, status: &AppointmentStatus) -> String {
        self.t(&format!("ws-request-{}", status.as_str().replace('_', "-")))
    }
}

/// Unix seconds as `YYYY-MM-DD HH:MM` (UTC).
pub fn format_utc(at: i64) -> String {
    let days = at.div_euclid(86_400);
    let secs = at.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02} {:02}:{:02}",
        secs / 3600,
        secs % 3600 / 60
    )
}

/// The page shown for a bare error status.
#[derive(Template)]
#[template(path = "workspace/status.html")]
pub struct StatusPage {
    /// The stylesheet.
    pub css: &'static str,
    /// The message in Czech.
    pub cs: String,
    /// The message in English.
    pub en: String,
    /// "Back to the start".
    pub home: String,
}

#[derive(Template)]
#[template(path = "workspace/home.html")]
struct HomePage {
    page: WsPage,
    /// Per locale the person translates: its coverage and how many topics need work.
    locales: Vec<(Locale, Coverage)>,
    /// New requests at the person's points.
    new_requests: usize,
}

/// The start page: what needs the person's attention.
pub async fn home(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
) -> Result<Response, WebError> {
    let page = WsPage::new(&state, &staff, "home");
    let my_locales = page.my_locales();
    let user = staff.user.clone();
    let (locales, new_requests) = state
        .app
        .store
        .blocking(move |s| {
            let mut out = Vec::new();
            for l in my_locales {
                out.push((l, s.coverage(l)?));
            }
            let points: Vec<String> = s
                .points()?
                .into_iter()
                .map(|p| p.id)
                .filter(|p| user.may_handle(p))
                .collect();
            let new = s
                .appointment_requests(&points, Some(AppointmentStatus::New))?
                .len();
            Ok((out, new))
        })
        .await?;
    render(&HomePage {
        page,
        locales,
        new_requests,
    })
}

/// Renders a template.
pub fn render(template: &impl Template) -> Result<Response, WebError> {
    Ok(Html(template.render()?).into_response())
}

/// Renders a template with another status than 200 (a refused form shown again).
pub fn render_with(status: StatusCode, template: &impl Template) -> Result<Response, WebError> {
    render(template).map(|mut r| {
        *r.status_mut() = status;
        r
    })
}

/// A locale code from a URL or form, known to this installation.
pub fn known_locale(locales: &Locales, code: &str) -> Result<Locale, WebError> {
    locales.parse(code).map_err(|_| WebError::NotFound)
}

#[derive(Template)]
#[template(path = "workspace/privacy.html")]
struct PrivacyPage {
    page: WsPage,
    retention_days: i64,
}

/// What is stored about people, why, for how long and who sees it (every signed-in person).
pub async fn privacy(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
) -> Result<Response, WebError> {
    render(&PrivacyPage {
        page: WsPage::new(&state, &staff, "privacy"),
        retention_days: i64::from(state.app.shared.retention_days),
    })
}

#[derive(Deserialize)]
pub struct LanguageForm {
    locale: String,
}

/// Switches the workspace language of this session.
pub async fn set_language(
    State(state): State<WsState>,
    headers: HeaderMap,
    axum::Form(form): axum::Form<LanguageForm>,
) -> Result<Response, WebError> {
    let locale = known_locale(state.app.catalog.locales(), &form.locale)?;
    if let Some(token) = crate::request::cookie(&headers, state.config.cookie_name()) {
        state.sessions.set_locale(token, locale);
    }
    Ok(Redirect::to("/").into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_calendar_dates() {
        assert_eq!(format_utc(0), "1970-01-01 00:00");
        assert_eq!(format_utc(1_795_651_200), "2026-11-26 00:00");
        assert_eq!(format_utc(951_782_400 + 3_600 + 60), "2000-02-29 01:01");
    }
}
