//! Translation work: a dashboard per locale, the editor (source beside the translation, what
//! changed in the source since, checks, comments), review and publishing; and the Czech
//! source, which only coordinators edit.

use crate::WebError;
use askama::Template;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use navrat_content::checks::{self, Finding, Severity};
use navrat_content::diff::{Change, diff};
use navrat_content::model::{
    Slug, SourceRevision, Topic, TopicText, Translation, TranslationStatus,
};
use navrat_content::store::{RecordingInfo, RecordingState, TranslationComment, TranslationRow};
use navrat_content::translation_workflow::{TranslationAction, TranslationRefusal};
use navrat_content::{Error, Locale};
use serde::Deserialize;

use super::view::{WsPage, known_locale, render, render_with};
use super::{Staff, WsState};

#[derive(Template)]
#[template(path = "workspace/dashboard.html")]
struct DashboardPage {
    page: WsPage,
    locale: Locale,
    rows: Vec<TranslationRow>,
    /// Each topic's recording in the locale.
    recordings: Vec<(Slug, RecordingState)>,
    /// Per Fluent file: (file, messages translated, messages in the source).
    ui: Vec<(&'static str, usize, usize)>,
}

/// The state shown for a row: what people read now.
impl DashboardPage {
    fn published_state(&self, row: &TranslationRow) -> &'static str {
        match row.published_revision {
            None => "missing",
            Some(_) if row.outdated() => "outdated",
            Some(_) => "published",
        }
    }

    /// The state of a topic's recording: `missing`, `outdated` or `published`.
    fn recording_state(&self, row: &TranslationRow) -> &'static str {
        match self.recordings.iter().find(|(s, _)| *s == row.slug) {
            Some((_, RecordingState::Current)) => "published",
            Some((_, RecordingState::Outdated)) => "outdated",
            _ => "missing",
        }
    }

    fn working_state(&self, row: &TranslationRow) -> &'static str {
        match &row.working {
            Some((TranslationStatus::InReview, _, _)) => "in-review",
            Some(_) => "draft",
            None => "",
        }
    }
}

fn topic_slug(slug: &str) -> Result<Slug, WebError> {
    Slug::parse(slug).map_err(|_| WebError::NotFound)
}

/// The locale and topic of a translation the person may work on; 403 or 404 otherwise.
pub(super) fn translation_target(
    state: &WsState,
    staff: &Staff,
    code: &str,
    slug: &str,
) -> Result<(Locale, Slug), WebError> {
    let locale = known_locale(state.app.catalog.locales(), code)?;
    if locale.is_source() || !staff.user.may_translate(locale) {
        return Err(WebError::Forbidden);
    }
    Ok((locale, topic_slug(slug)?))
}

/// GET /translations/{locale}: every topic's state and the UI strings' coverage.
pub async fn dashboard(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let locale = known_locale(state.app.catalog.locales(), &code)?;
    if !staff.user.may_translate(locale) {
        return Err(WebError::Forbidden);
    }
    let (rows, recordings) = state
        .app
        .store
        .blocking(move |s| Ok((s.translation_rows(locale)?, s.recording_states(locale)?)))
        .await?;
    render(&DashboardPage {
        page: WsPage::new(&state, &staff, "translations"),
        locale,
        rows,
        recordings,
        ui: state.app.catalog.coverage(locale),
    })
}

/// The text in the editor's fields.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TextForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    body: String,
    /// Comma-separated.
    #[serde(default)]
    keywords: String,
    /// What to do: `save`, `submit`, `publish`, `return`, `withdraw`.
    #[serde(default)]
    action: String,
    /// Source only: the facts are unverified sample data.
    #[serde(default)]
    sample_data: Option<String>,
}

impl TextForm {
    fn from_text(text: &TopicText) -> Self {
        TextForm {
            title: text.title.clone(),
            summary: text.summary.clone(),
            body: text.body.clone(),
            keywords: text.keywords.join(", "),
            ..TextForm::default()
        }
    }

    fn text(&self) -> TopicText {
        let clean = |s: &str| s.replace("\r\n", "\n").trim().to_owned();
        TopicText {
            title: clean(&self.title),
            summary: clean(&self.summary),
            body: clean(&self.body),
            keywords: self
                .keywords
                .split([',', '،', '，'])
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "workspace/editor.html")]
pub(super) struct EditorPage {
    page: WsPage,
    locale: Locale,
    topic: Topic,
    published: Option<Translation>,
    working: Option<Translation>,
    form: TextForm,
    /// What changed in the source since the revision the translation follows.
    changes: Option<(u32, Vec<FieldDiff>)>,
    findings: Vec<Finding>,
    comments: Vec<TranslationComment>,
    /// A message id to show at the top (saved, published, refused …).
    notice: Option<&'static str>,
    /// Whether the person may approve and publish the working version.
    may_publish: bool,
    /// The recording being worked on (draft or in review).
    recording: Option<RecordingInfo>,
    /// The recording listeners hear.
    published_recording: Option<RecordingInfo>,
    /// A message in the recording section: (is an error, text).
    pub(super) recording_message: Option<(bool, String)>,
}

impl EditorPage {
    fn severity_class(&self, f: &Finding) -> &'static str {
        match f.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    fn changed_since(&self, from: &u32) -> String {
        let mut args = navrat_content::i18n::FluentArgs::new();
        args.set("from", i64::from(*from));
        args.set("to", i64::from(self.topic.source.revision));
        self.page.t_args("ws-source-changed-detail", &args)
    }

    fn blocked(&self) -> bool {
        checks::blocks(&self.findings)
    }
}

/// A field's changes: the field's name, and runs of (`same` | `added` | `removed`, text).
type FieldDiff = (&'static str, Vec<(&'static str, String)>);

fn diff_parts(old: &str, new: &str) -> Vec<(&'static str, String)> {
    diff(old, new)
        .into_iter()
        .map(|c| match c {
            Change::Same(s) => ("same", s),
            Change::Added(s) => ("added", s),
            Change::Removed(s) => ("removed", s),
        })
        .collect()
}

/// What changed between revision `from` and the current source, per field.
fn source_changes(
    revisions: &[SourceRevision],
    from: u32,
    current: &SourceRevision,
) -> Option<(u32, Vec<FieldDiff>)> {
    let old = revisions.iter().find(|r| r.revision == from)?;
    if from >= current.revision {
        return None;
    }
    let fields = [
        ("title", &old.text.title, &current.text.title),
        ("summary", &old.text.summary, &current.text.summary),
        ("body", &old.text.body, &current.text.body),
    ];
    Some((
        from,
        fields
            .into_iter()
            .filter(|(_, a, b)| a != b)
            .map(|(field, a, b)| (field, diff_parts(a, b)))
            .collect(),
    ))
}

pub(super) async fn editor_page(
    state: &WsState,
    staff: &Staff,
    locale: Locale,
    slug: Slug,
    form: Option<TextForm>,
    notice: Option<&'static str>,
) -> Result<EditorPage, WebError> {
    let loaded = state
        .app
        .store
        .blocking(move |s| {
            let Some(topic) = s.topic(&slug)? else {
                return Ok(None);
            };
            let translations: Vec<Translation> = s
                .translations(&slug)?
                .into_iter()
                .filter(|t| t.locale == locale)
                .collect();
            let revisions = s.source_revisions(&slug)?;
            let comments = s.translation_comments(&slug, locale)?;
            let recordings = (
                s.working_recording(&slug, locale)?,
                s.published_recording(&slug, locale)?,
            );
            Ok(Some((topic, translations, revisions, comments, recordings)))
        })
        .await?;
    let Some((topic, translations, revisions, comments, (recording, published_recording))) = loaded
    else {
        return Err(WebError::NotFound);
    };
    let published = translations
        .iter()
        .find(|t| t.status == TranslationStatus::Published)
        .cloned();
    let working = translations
        .iter()
        .find(|t| t.status != TranslationStatus::Published)
        .cloned();
    let shown = working.as_ref().or(published.as_ref());
    let form = form.unwrap_or_else(|| {
        shown
            .map(|t| TextForm::from_text(&t.text))
            .unwrap_or_default()
    });
    let changes = shown.and_then(|t| source_changes(&revisions, t.source_revision, &topic.source));
    let length_percent = state
        .app
        .catalog
        .locales()
        .get(locale)
        .map_or(100, |i| i.length_percent);
    let findings = if form.title.is_empty() && form.body.is_empty() && shown.is_none() {
        Vec::new()
    } else {
        checks::check_translation(&topic.source.text, &form.text(), length_percent)
    };
    let may_publish = working
        .as_ref()
        .is_some_and(|w| staff.user.check_publish(locale, &w.author).is_ok());
    Ok(EditorPage {
        page: WsPage::new(state, staff, "translations"),
        locale,
        topic,
        published,
        working,
        form,
        changes,
        findings,
        comments,
        notice,
        may_publish,
        recording,
        published_recording,
        recording_message: None,
    })
}

/// GET /translations/{locale}/{slug}: the editor.
pub async fn editor(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path((code, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let locale = known_locale(state.app.catalog.locales(), &code)?;
    if locale.is_source() {
        return Ok(Redirect::to(&format!("/source/{slug}")).into_response());
    }
    if !staff.user.may_translate(locale) {
        return Err(WebError::Forbidden);
    }
    let slug = topic_slug(&slug)?;
    render(&editor_page(&state, &staff, locale, slug, None, None).await?)
}

/// POST /translations/{locale}/{slug}: save a draft, submit for review, approve and publish,
/// return to the translator, or withdraw the published text. The rules are the domain's
/// ([`navrat_content::translation_workflow`]); a refusal shows the form again, text kept.
pub async fn save(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path((code, slug)): Path<(String, String)>,
    axum::Form(form): axum::Form<TextForm>,
) -> Result<Response, WebError> {
    let (locale, slug) = translation_target(&state, &staff, &code, &slug)?;
    let outcome = match TranslationAction::parse(&form.action) {
        Ok(action) => {
            let length_percent = state
                .app
                .catalog
                .locales()
                .get(locale)
                .map_or(100, |i| i.length_percent);
            let (user, slug2, text) = (staff.user.clone(), slug.clone(), form.text());
            state
                .app
                .store
                .blocking(move |s| {
                    s.apply_translation_action(&user, &slug2, locale, action, &text, length_percent)
                })
                .await?
                .map(|()| action)
                .map_err(refusal_message)
        }
        Err(_) => Err("ws-error-unknown-action"),
    };
    match outcome {
        Ok(action) => {
            if action.changes_what_is_read() {
                // People read drafts too (with a notice), so every change reaches search.
                refresh_index(&state, &slug).await;
            }
            let notice = done_message(action);
            let page = editor_page(&state, &staff, locale, slug, None, Some(notice)).await?;
            render(&page)
        }
        Err(refusal) => {
            let page = editor_page(&state, &staff, locale, slug, Some(form), Some(refusal)).await?;
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// The notice after an action (UI string id).
fn done_message(action: TranslationAction) -> &'static str {
    match action {
        TranslationAction::Save => "ws-saved",
        TranslationAction::Submit => "ws-submitted",
        TranslationAction::Publish => "ws-published",
        TranslationAction::Return => "ws-returned",
        TranslationAction::Withdraw => "ws-withdrawn",
    }
}

/// Why an action was refused, as the editor says it (UI string id).
fn refusal_message(refusal: TranslationRefusal) -> &'static str {
    match refusal {
        TranslationRefusal::EmptyText => "ws-error-empty-translation",
        TranslationRefusal::NoWorkingVersion => "ws-error-nothing-to-publish",
        TranslationRefusal::NotApprover => "ws-error-own-work",
        TranslationRefusal::UnsavedChanges => "ws-error-unsaved-changes",
        TranslationRefusal::ChecksFailed => "ws-error-checks-failed",
        TranslationRefusal::NotReviewer | TranslationRefusal::NotTranslator => "ws-error-forbidden",
    }
}

/// Re-indexes a topic after a change, off the async threads. A failure is logged: the text is
/// saved, and `navrat check` and the next start rebuild what is stale.
async fn refresh_index(state: &WsState, slug: &Slug) {
    let (searcher, slug) = (state.app.searcher.clone(), slug.clone());
    match tokio::task::spawn_blocking(move || searcher.refresh_topic(&slug)).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::error!(error = %e, "search index not updated after a change"),
        Err(e) => tracing::error!(error = %e, "search index update did not finish"),
    }
}

#[derive(Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
}

/// POST /translations/{locale}/{slug}/comments: a comment on the translation.
pub async fn comment(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path((code, slug)): Path<(String, String)>,
    axum::Form(form): axum::Form<CommentForm>,
) -> Result<Response, WebError> {
    let (locale, slug) = translation_target(&state, &staff, &code, &slug)?;
    let (login, slug2) = (staff.user.login.clone(), slug.clone());
    let result = state
        .app
        .store
        .blocking(move |s| s.add_translation_comment(&slug2, locale, &form.body, &login))
        .await;
    match result {
        Ok(()) => {
            Ok(Redirect::to(&format!("/translations/{locale}/{slug}#comments")).into_response())
        }
        Err(Error::Invalid(_)) => {
            let page =
                editor_page(&state, &staff, locale, slug, None, Some("ws-error-comment")).await?;
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(Error::NotFound(_)) => Err(WebError::NotFound),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "workspace/source.html")]
struct SourcePage {
    page: WsPage,
    topic: Topic,
    form: TextForm,
    sample_data: bool,
    findings: Vec<Finding>,
    notice: Option<&'static str>,
}

/// The topic's current source, for a coordinator; 403 for anyone else.
async fn source_topic(state: &WsState, staff: &Staff, slug: &str) -> Result<Topic, WebError> {
    if !staff.user.may_edit_source() {
        return Err(WebError::Forbidden);
    }
    let slug = topic_slug(slug)?;
    state
        .app
        .store
        .blocking(move |s| s.topic(&slug))
        .await?
        .ok_or(WebError::NotFound)
}

/// The source page showing `topic` as stored, with an optional notice.
fn stored_source_page(
    state: &WsState,
    staff: &Staff,
    topic: Topic,
    notice: Option<&'static str>,
) -> SourcePage {
    SourcePage {
        page: WsPage::new(state, staff, "translations"),
        form: TextForm::from_text(&topic.source.text),
        sample_data: topic.source.sample_data,
        topic,
        findings: Vec::new(),
        notice,
    }
}

/// GET /source/{slug}: the Czech source, editable by coordinators.
pub async fn source(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let topic = source_topic(&state, &staff, &slug).await?;
    render(&stored_source_page(&state, &staff, topic, None))
}

/// POST /source/{slug}: saves the Czech source as a new revision; every translation of an
/// older revision is outdated from now on.
pub async fn save_source(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path(slug): Path<String>,
    axum::Form(form): axum::Form<TextForm>,
) -> Result<Response, WebError> {
    let topic = source_topic(&state, &staff, &slug).await?;
    let text = form.text();
    let sample_data = form.sample_data.is_some();
    // The source is checked against itself: empty fields and malformed Markdown block.
    let findings: Vec<Finding> = checks::check_translation(&text, &text, 100)
        .into_iter()
        .filter(|f| f.severity() == Severity::Error)
        .collect();
    if !findings.is_empty() {
        let page = SourcePage {
            page: WsPage::new(&state, &staff, "translations"),
            topic,
            form,
            sample_data,
            findings,
            notice: Some("ws-error-checks-failed"),
        };
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    if text == topic.source.text && sample_data == topic.source.sample_data {
        return render(&stored_source_page(
            &state,
            &staff,
            topic,
            Some("ws-source-unchanged"),
        ));
    }
    let (login, slug) = (staff.user.login.clone(), topic.slug.clone());
    let (tracks, sources) = (topic.source.tracks.clone(), topic.source.sources.clone());
    state
        .app
        .store
        .blocking(move |s| s.edit_source(&slug, &text, &tracks, &sources, sample_data, &login))
        .await?;
    refresh_index(&state, &topic.slug).await;
    let topic = source_topic(&state, &staff, topic.slug.as_str()).await?;
    render(&stored_source_page(
        &state,
        &staff,
        topic,
        Some("ws-source-saved"),
    ))
}
