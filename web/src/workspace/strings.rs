//! UI strings in the browser: a translator edits the Fluent messages of their locale with the
//! Czech message beside; each is checked with Fluent's parser and for the source's variables,
//! then served at once and kept in the store until `navrat export` writes it to
//! `locales/<locale>/<file>.ftl`.

use crate::WebError;
use askama::Template;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use navrat_content::Locale;
use navrat_content::checks::{self, Finding};
use navrat_content::i18n::{self, ftl};
use navrat_content::locale::SOURCE;
use navrat_content::store::UiMessage;
use serde::Deserialize;

use super::view::{WsPage, known_locale, render, render_with};
use super::{Staff, WsState};

/// One message on the page.
struct Row {
    id: String,
    /// The Czech message, as a translator reads it.
    source: String,
    /// The locale's message in the editor (the typed one after a refused save).
    value: String,
    missing: bool,
    /// Why the last save of this message was refused.
    error: Option<String>,
    saved: bool,
}

#[derive(Template)]
#[template(path = "workspace/strings.html")]
struct StringsPage {
    page: WsPage,
    locale: Locale,
    file: &'static str,
    rows: Vec<Row>,
    only_missing: bool,
    missing: usize,
}

#[derive(Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    missing: Option<String>,
}

fn page(
    state: &WsState,
    staff: &Staff,
    locale: Locale,
    file: &'static str,
    only_missing: bool,
    outcome: Option<(&str, &str, Result<(), String>)>,
) -> StringsPage {
    let catalog = &state.app.catalog;
    let have = catalog.messages(locale, file);
    let mut rows: Vec<Row> = catalog
        .messages(SOURCE, file)
        .into_iter()
        .map(|(id, source)| {
            let current = have.iter().find(|(i, _)| *i == id).map(|(_, v)| v.clone());
            let mut row = Row {
                missing: current.is_none(),
                value: current.map(|v| ftl::to_editable(&v)).unwrap_or_default(),
                source: ftl::to_editable(&source),
                error: None,
                saved: false,
                id,
            };
            if let Some((id, typed, result)) = &outcome
                && *id == row.id
            {
                match result {
                    Ok(()) => row.saved = true,
                    Err(e) => {
                        row.error = Some(e.clone());
                        row.value = (*typed).to_owned();
                    }
                }
            }
            row
        })
        .collect();
    let missing = rows.iter().filter(|r| r.missing).count();
    if only_missing {
        rows.retain(|r| r.missing || r.error.is_some() || r.saved);
    }
    StringsPage {
        page: WsPage::new(state, staff, "translations"),
        locale,
        file,
        rows,
        only_missing,
        missing,
    }
}

fn parse_target(
    state: &WsState,
    staff: &Staff,
    code: &str,
    file: &str,
) -> Result<(Locale, &'static str), WebError> {
    let locale = known_locale(state.app.catalog.locales(), code)?;
    let file = i18n::file_name(file).ok_or(WebError::NotFound)?;
    if !staff.user.may_translate(locale) {
        return Err(WebError::Forbidden);
    }
    Ok((locale, file))
}

/// GET /strings/{locale}/{file}: every message of the file, the Czech one beside.
pub async fn list(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path((code, file)): Path<(String, String)>,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    let (locale, file) = parse_target(&state, &staff, &code, &file)?;
    render(&page(
        &state,
        &staff,
        locale,
        file,
        query.missing.is_some(),
        None,
    ))
}

#[derive(Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    id: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    only_missing: Option<String>,
}

/// Checks an edited message: it parses as one Fluent message and keeps the source's variables.
fn check(id: &str, value: &str, source: &str) -> Result<(), Vec<Finding>> {
    let findings = checks::check_placeholders(source, value);
    if findings.is_empty() {
        Ok(())
    } else {
        Err(findings)
    }
    .and_then(|()| {
        ftl::parse_message(id, value)
            .map(|_| ())
            .map_err(|e| vec![Finding::Syntax(e)])
    })
}

/// POST /strings/{locale}/{file}: saves one message.
pub async fn save(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path((code, file)): Path<(String, String)>,
    axum::Form(form): axum::Form<MessageForm>,
) -> Result<Response, WebError> {
    let (locale, file) = parse_target(&state, &staff, &code, &file)?;
    let source = state
        .app
        .catalog
        .messages(SOURCE, file)
        .into_iter()
        .find(|(id, _)| *id == form.id)
        .map(|(_, v)| v)
        .ok_or(WebError::NotFound)?;
    let value = ftl::from_editable(&form.value);
    let only_missing = form.only_missing.is_some();
    if let Err(findings) = check(&form.id, &value, &source) {
        let texts = WsPage::new(&state, &staff, "translations");
        let reason = findings
            .iter()
            .map(|f| format!("{} {}", texts.t(f.message_id()), f.subject()))
            .collect::<Vec<_>>()
            .join(" · ");
        let outcome = Some((form.id.as_str(), form.value.as_str(), Err(reason)));
        let page = page(&state, &staff, locale, file, only_missing, outcome);
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let message = UiMessage {
        locale,
        file: file.to_owned(),
        id: form.id.clone(),
        value: value.clone(),
        author: staff.user.login.clone(),
    };
    let login = staff.user.login.clone();
    state
        .app
        .store
        .blocking(move |s| s.save_ui_message(&message, &login))
        .await?;
    state
        .app
        .catalog
        .set_message(locale, file, &form.id, &value)?;
    // Kiosk pages rendered with the old text are dropped.
    state.app.pages.clear();
    let outcome = Some((form.id.as_str(), form.value.as_str(), Ok(())));
    render(&page(&state, &staff, locale, file, only_missing, outcome))
}
