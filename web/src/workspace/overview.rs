//! The coordinator's view of where the service falls short: per language the requests of the
//! last 30 days, how much content is published and current, and who at each point speaks it;
//! searches that found nothing (counts only) as a list of missing content; the audit log.

use crate::WebError;
use std::collections::BTreeMap;

use askama::Template;
use axum::Extension;
use axum::extract::State;
use axum::response::Response;
use navrat_content::Locale;
use navrat_content::model::{
    AuditEntry, ContentGap, ConversationSummary, CounsellingPoint, LanguageLoad,
};
use navrat_content::store::Coverage;

use super::view::{WsPage, render};
use super::{Staff, WsState};

/// The period the request counts cover.
const DAYS: i64 = 30;

/// A search without a result is listed once this many searches asked the same: what many people
/// look for is missing content; a name someone typed once is not shown to anyone.
const MIN_MISSES: u64 = 2;

/// One language's row.
struct LanguageRow {
    locale: Locale,
    requests: u64,
    coverage: Coverage,
    /// UI messages translated, of all.
    ui: (usize, usize),
    /// Per point (in the order of `points`): its id, counsellors who speak the language, and
    /// requests in it.
    points: Vec<(String, usize, u64)>,
    misses: Vec<(String, u64)>,
}

impl LanguageRow {
    fn content_gap(&self) -> bool {
        self.coverage.current < self.coverage.topics
    }

    fn ui_gap(&self) -> bool {
        self.ui.0 < self.ui.1
    }
}

/// One configured kiosk's last contact.
struct KioskRow {
    /// Its profile id.
    id: String,
    /// When it last reported (Unix seconds), if ever.
    last_seen: Option<i64>,
    /// The version its page reported.
    version: String,
    /// Silent for more than 15 minutes, or never seen.
    silent: bool,
}

/// Every configured kiosk (in profile order) with its last contact at `now`.
fn kiosk_rows(
    ids: impl Iterator<Item = String>,
    heartbeats: &[navrat_content::store::KioskHeartbeat],
    now: i64,
) -> Vec<KioskRow> {
    ids.map(|id| {
        let seen = heartbeats.iter().find(|h| h.profile_id == id);
        KioskRow {
            last_seen: seen.map(|h| h.last_seen),
            version: seen.map(|h| h.version.clone()).unwrap_or_default(),
            silent: seen.is_none_or(|h| now - h.last_seen > crate::metrics::SILENT_AFTER_SECS),
            id,
        }
    })
    .collect()
}

#[derive(Template)]
#[template(path = "workspace/overview.html")]
struct OverviewPage {
    page: WsPage,
    points: Vec<CounsellingPoint>,
    rows: Vec<LanguageRow>,
    days: i64,
    kiosks: Vec<KioskRow>,
    /// Open questions per language ("ask a counsellor").
    questions: Vec<LanguageLoad>,
    /// Open questions flagged as a protection concern: shown first.
    concerns: Vec<ConversationSummary>,
    /// Questions marked as content gaps, beside the searches without result.
    gaps: Vec<ContentGap>,
    now: i64,
}

impl OverviewPage {
    fn waited(&self, since: &i64) -> String {
        let minutes = (self.now - since).max(0) / 60;
        if minutes < 60 {
            self.page.tn("ws-inbox-minutes", "count", minutes)
        } else if minutes < 48 * 60 {
            self.page.tn("ws-inbox-hours", "count", minutes / 60)
        } else {
            self.page.tn("ws-inbox-days", "count", minutes / 1440)
        }
    }

    fn gaps_in(&self, locale: &Locale) -> Vec<&ContentGap> {
        self.gaps.iter().filter(|g| g.locale == *locale).collect()
    }

    fn point_name(&self, point: &CounsellingPoint) -> String {
        let chain = self.page.catalog.locales().chain(self.page.locale);
        point
            .text_for(&chain)
            .map_or_else(|| point.id.clone(), |t| t.name.clone())
    }

    /// How a point's cell is marked: `gap` when people asked in the language and nobody
    /// there speaks it; `thin` when the point offers the language and nobody speaks it.
    fn cell_class(&self, row: &LanguageRow, index: &usize) -> &'static str {
        let (_, speakers, requests) = row.points[*index];
        if speakers > 0 {
            ""
        } else if requests > 0 {
            "gap"
        } else if self.points[*index].languages.contains(&row.locale) {
            "thin"
        } else {
            ""
        }
    }
}

/// GET /overview (coordinators).
pub async fn overview(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
) -> Result<Response, WebError> {
    if !staff.user.is_coordinator() {
        return Err(WebError::Forbidden);
    }
    let locales: Vec<Locale> = state.app.catalog.locales().all().map(|i| i.code).collect();
    let now = (state.config.now)();
    let since = now - DAYS * 86_400;
    let wanted = locales.clone();
    let heartbeats = state.app.store.blocking(|s| s.kiosk_heartbeats()).await?;
    let kiosks = kiosk_rows(
        state.app.kiosk.profiles.ids().map(str::to_owned),
        &heartbeats,
        now,
    );
    let question_locales = locales.clone();
    let viewer = staff.user.clone();
    let (questions, concerns, gaps) = state
        .app
        .store
        .blocking(move |s| {
            Ok((
                s.question_overview(&question_locales)?,
                s.protection_concerns(&viewer)?,
                s.content_gaps(200)?,
            ))
        })
        .await?;
    let (points, counts, users, coverage, mut misses) = state
        .app
        .store
        .blocking(move |s| {
            let mut coverage = BTreeMap::new();
            let mut misses = BTreeMap::new();
            for l in &wanted {
                coverage.insert(*l, s.coverage(*l)?);
                let mut found = s.search_misses(*l, 10)?;
                found.retain(|(_, n)| *n >= MIN_MISSES);
                misses.insert(*l, found);
            }
            Ok((
                s.points()?,
                s.appointment_counts_since(since)?,
                s.staff_users()?,
                coverage,
                misses,
            ))
        })
        .await?;
    let rows = locales
        .iter()
        .map(|l| {
            let ui = state
                .app
                .catalog
                .coverage(*l)
                .iter()
                .fold((0, 0), |acc, (_, have, all)| (acc.0 + have, acc.1 + all));
            let per_point = points
                .iter()
                .map(|p| {
                    let speakers = users
                        .iter()
                        .filter(|u| !u.disabled && u.languages.contains(l))
                        .filter(|u| {
                            u.roles.iter().any(|r| {
                                matches!(r, navrat_content::model::Role::Counsellor(id) if *id == p.id)
                            })
                        })
                        .count();
                    let requests = counts
                        .iter()
                        .filter(|(cl, point, _)| cl == l && *point == p.id)
                        .map(|(_, _, n)| n)
                        .sum();
                    (p.id.clone(), speakers, requests)
                })
                .collect::<Vec<_>>();
            LanguageRow {
                locale: *l,
                requests: per_point.iter().map(|(_, _, r)| r).sum(),
                coverage: coverage.get(l).copied().unwrap_or_default(),
                ui,
                points: per_point,
                misses: misses.remove(l).unwrap_or_default(),
            }
        })
        .collect();
    render(&OverviewPage {
        page: WsPage::new(&state, &staff, "overview"),
        points,
        rows,
        days: DAYS,
        kiosks,
        questions,
        concerns,
        gaps,
        now: since + DAYS * 86_400,
    })
}

#[derive(Template)]
#[template(path = "workspace/audit.html")]
struct AuditPage {
    page: WsPage,
    entries: Vec<AuditEntry>,
}

/// GET /audit (coordinators): the newest entries of the audit log.
pub async fn audit(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
) -> Result<Response, WebError> {
    if !staff.user.is_coordinator() {
        return Err(WebError::Forbidden);
    }
    let entries = state.app.store.blocking(|s| s.audit_entries(300)).await?;
    render(&AuditPage {
        page: WsPage::new(&state, &staff, "audit"),
        entries,
    })
}
