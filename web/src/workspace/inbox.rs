//! The inbox of questions ("ask a counsellor"): per language and point, the tabs unassigned /
//! mine / waiting for the person / closed; one conversation with its messages and internal
//! notes; take, answer (starting from a saved reply), note, hand over, close, mark as a
//! content gap or a protection concern. Saved replies per locale are kept on their own page.
//! Who sees what is decided in `navrat_content::access`; a question someone may not see
//! answers 404, exactly like one that does not exist.

use askama::Template;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use navrat_content::model::{
    AuthorKind, Conversation, ConversationSummary, CounsellingPoint, InboxFilter, InboxTab,
    QuestionRefusal, QuestionText, SavedReply, StaffUser,
};
use navrat_content::{Error, Locale};
use serde::Deserialize;

use super::view::{WsPage, known_locale, render, render_with};
use super::{Staff, WsState};
use crate::WebError;

/// How many conversations one tab lists at most.
const TAB_LIMIT: usize = 200;

/// A fresh key for one answer or note form: the same form sent twice stores one message.
fn submit_key() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The message id telling why a text was refused.
fn refusal_message(refusal: &QuestionRefusal) -> &'static str {
    match refusal {
        QuestionRefusal::Empty => "ws-inbox-error-empty",
        QuestionRefusal::TooLong { .. } => "ws-inbox-error-too-long",
        QuestionRefusal::MarkupOnly => "ws-inbox-error-markup",
    }
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    tab: Option<String>,
    #[serde(default)]
    locale: Option<String>,
    #[serde(default)]
    point: Option<String>,
}

#[derive(Template)]
#[template(path = "workspace/inbox.html")]
struct ListPage {
    page: WsPage,
    tab: InboxTab,
    tabs: Vec<(InboxTab, u64)>,
    locale: String,
    point: String,
    points: Vec<CounsellingPoint>,
    conversations: Vec<ConversationSummary>,
    now: i64,
}

impl ListPage {
    fn point_name(&self, id: &str) -> String {
        self.page.point_name(&self.points, id)
    }

    fn waited(&self, since: &i64) -> String {
        waited(&self.page, *since, self.now)
    }

    /// When the longest-waiting question listed began waiting, if any waits.
    fn oldest_waiting(&self) -> Option<i64> {
        self.conversations
            .iter()
            .filter_map(|c| c.waiting_since)
            .min()
    }

    fn tab_name(&self, tab: &InboxTab) -> String {
        self.page.t(&format!("ws-inbox-tab-{}", tab.as_str()))
    }

    fn tab_query(&self, tab: &InboxTab) -> String {
        format!(
            "/inbox?tab={}&locale={}&point={}",
            tab.as_str(),
            self.locale,
            self.point
        )
    }
}

/// How long ago, in whole minutes, hours or days, in the workspace language.
fn waited(page: &WsPage, since: i64, now: i64) -> String {
    let minutes = (now - since).max(0) / 60;
    if minutes < 60 {
        page.tn("ws-inbox-minutes", "count", minutes)
    } else if minutes < 48 * 60 {
        page.tn("ws-inbox-hours", "count", minutes / 60)
    } else {
        page.tn("ws-inbox-days", "count", minutes / 1440)
    }
}

/// GET /inbox: one tab of the questions the person may see.
pub async fn list(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Query(query): Query<ListQuery>,
) -> Result<Response, WebError> {
    if !staff.user.is_coordinator() && !staff.user.handles_requests() {
        return Err(WebError::Forbidden);
    }
    let tab = match query.tab.as_deref() {
        None | Some("") => InboxTab::Unassigned,
        Some(t) => InboxTab::parse(t).map_err(|_| WebError::BadRequest)?,
    };
    let locale = match query.locale.as_deref() {
        None | Some("") => None,
        Some(code) => Some(known_locale(state.app.catalog.locales(), code)?),
    };
    let point = query.point.clone().filter(|p| !p.is_empty());
    let user = staff.user.clone();
    let filter = InboxFilter {
        tab,
        locale,
        point_id: point.clone(),
        limit: TAB_LIMIT,
    };
    let (conversations, counts, points) = state
        .app
        .store
        .blocking(move |s| {
            let points: Vec<CounsellingPoint> = s
                .points()?
                .into_iter()
                .filter(|p| user.may_handle(&p.id))
                .collect();
            Ok((
                s.inbox(&filter, &user)?,
                s.inbox_counts(&user, filter.locale, filter.point_id.as_deref())?,
                points,
            ))
        })
        .await?;
    render(&ListPage {
        page: WsPage::new(&state, &staff, "inbox"),
        tab,
        tabs: InboxTab::ALL.into_iter().zip(counts).collect(),
        locale: locale.map(|l| l.to_string()).unwrap_or_default(),
        point: point.unwrap_or_default(),
        points,
        conversations,
        now: (state.config.now)(),
    })
}

#[derive(Template)]
#[template(path = "workspace/inbox_conversation.html")]
struct ConversationPage {
    page: WsPage,
    conversation: Conversation,
    /// The name of the place the question was asked at, if any.
    point_name: Option<String>,
    replies: Vec<SavedReply>,
    colleagues: Vec<StaffUser>,
    /// What the answer box holds (a chosen saved reply, or what was refused).
    draft: String,
    note_draft: String,
    submit_key: String,
    notice: Option<&'static str>,
    error: bool,
    checklist: String,
    now: i64,
}

impl ConversationPage {
    fn waited(&self, since: &i64) -> String {
        waited(&self.page, *since, self.now)
    }

    fn is_mine_or_free(&self) -> bool {
        self.conversation
            .summary
            .assignee
            .as_ref()
            .is_none_or(|a| *a == self.page.user.login)
            || self.page.user.is_coordinator()
    }

    fn is_closed(&self) -> bool {
        self.conversation.summary.state == navrat_content::model::ConversationState::Closed
    }

    fn is_note(&self, author: &AuthorKind) -> bool {
        *author == AuthorKind::Note
    }

    fn author_label(&self, author: &AuthorKind) -> String {
        self.page.t(match author {
            AuthorKind::Person => "ws-inbox-from-person",
            AuthorKind::Counsellor => "ws-inbox-from-counsellor",
            AuthorKind::Note => "ws-inbox-from-note",
        })
    }

    fn state_name(&self) -> String {
        self.page.t(&format!(
            "ws-inbox-state-{}",
            self.conversation.summary.state.as_str().replace('_', "-")
        ))
    }
}

#[derive(Deserialize, Default)]
pub struct DetailQuery {
    #[serde(default)]
    reply: Option<i64>,
}

struct Shown {
    notice: Option<(&'static str, bool)>,
    draft: Option<String>,
    note_draft: String,
}

async fn conversation_page(
    state: &WsState,
    staff: &Staff,
    id: i64,
    reply: Option<i64>,
    shown: Shown,
) -> Result<ConversationPage, WebError> {
    let user = staff.user.clone();
    let (conversation, replies, colleagues, points) = state
        .app
        .store
        .blocking(move |s| {
            let conversation = s.conversation(id, &user)?;
            let replies = s.saved_replies(conversation.summary.locale)?;
            let colleagues = s.hand_over_candidates(id, &user)?;
            Ok((conversation, replies, colleagues, s.points()?))
        })
        .await?;
    let draft = match shown.draft {
        Some(d) => d,
        None => reply
            .and_then(|r| replies.iter().find(|s| s.id == r))
            .map(|r| r.body.clone())
            .unwrap_or_default(),
    };
    let page = WsPage::new(state, staff, "inbox");
    let checklist = page.t("ws-protection-checklist");
    let point_name =
        (conversation.summary.point_id.as_deref()).map(|p| page.point_name(&points, p));
    Ok(ConversationPage {
        page,
        conversation,
        point_name,
        replies,
        colleagues,
        draft,
        note_draft: shown.note_draft,
        submit_key: submit_key(),
        notice: shown.notice.map(|n| n.0),
        error: shown.notice.is_some_and(|n| n.1),
        checklist,
        now: (state.config.now)(),
    })
}

/// GET /inbox/{id}: one conversation; `?reply=` puts a saved reply into the answer box.
pub async fn detail(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path(id): Path<i64>,
    Query(query): Query<DetailQuery>,
) -> Result<Response, WebError> {
    let shown = Shown {
        notice: None,
        draft: None,
        note_draft: String::new(),
    };
    render(&conversation_page(&state, &staff, id, query.reply, shown).await?)
}

#[derive(Deserialize, Default)]
pub struct ActionForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    submit_key: String,
    #[serde(default)]
    to: String,
}

/// POST /inbox/{id}: take, answer, note, hand over, close, content gap, protection concern.
pub async fn act(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path(id): Path<i64>,
    axum::Form(form): axum::Form<ActionForm>,
) -> Result<Response, WebError> {
    let user = staff.user.clone();
    let at = (state.config.now)();
    let refused = |notice: &'static str, form: &ActionForm| Shown {
        notice: Some((notice, true)),
        draft: Some(form.text.clone()),
        note_draft: form.note.clone(),
    };
    let text_of = |raw: &str| QuestionText::parse(raw);
    let result = match form.action.as_str() {
        "take" => {
            state
                .app
                .store
                .blocking(move |s| s.take_conversation(id, &user, at))
                .await
        }
        "answer" | "note" => {
            let raw = if form.action == "answer" {
                &form.text
            } else {
                &form.note
            };
            let text = match text_of(raw) {
                Ok(t) => t,
                Err(refusal) => {
                    let shown = refused(refusal_message(&refusal), &form);
                    let page = conversation_page(&state, &staff, id, None, shown).await?;
                    return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
                }
            };
            let key = form.submit_key.clone();
            let answer = form.action == "answer";
            state
                .app
                .store
                .blocking(move |s| {
                    if answer {
                        s.answer_conversation(id, &user, &text, &key, at)
                    } else {
                        s.add_conversation_note(id, &user, &text, &key, at)
                    }
                })
                .await
                .map(drop)
        }
        "hand_over" => {
            let to = form.to.clone();
            state
                .app
                .store
                .blocking(move |s| s.hand_over_conversation(id, &user, &to, at))
                .await
        }
        "close" => {
            state
                .app
                .store
                .blocking(move |s| s.close_conversation(id, &user, at))
                .await
        }
        "gap_on" | "gap_off" => {
            let on = form.action == "gap_on";
            state
                .app
                .store
                .blocking(move |s| s.set_content_gap(id, &user, on, at))
                .await
        }
        "concern_on" | "concern_off" => {
            let on = form.action == "concern_on";
            state
                .app
                .store
                .blocking(move |s| s.set_protection_concern(id, &user, on, at))
                .await
        }
        _ => return Err(WebError::BadRequest),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/inbox/{id}")).into_response()),
        Err(Error::NotAllowed(_)) => {
            let shown = refused("ws-inbox-error-not-now", &form);
            let page = conversation_page(&state, &staff, id, None, shown).await?;
            render_with(StatusCode::CONFLICT, &page)
        }
        Err(Error::Invalid(_)) => Err(WebError::BadRequest),
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "workspace/inbox_replies.html")]
struct RepliesPage {
    page: WsPage,
    locale: Locale,
    replies: Vec<SavedReply>,
    may_edit: bool,
    notice: Option<&'static str>,
    error: bool,
    title: String,
    body: String,
}

async fn replies_page(
    state: &WsState,
    staff: &Staff,
    locale: Locale,
    notice: Option<&'static str>,
    form: Option<&ReplyForm>,
) -> Result<RepliesPage, WebError> {
    let replies = state
        .app
        .store
        .blocking(move |s| s.saved_replies(locale))
        .await?;
    Ok(RepliesPage {
        page: WsPage::new(state, staff, "inbox"),
        locale,
        replies,
        may_edit: staff.user.may_maintain_saved_replies(locale),
        notice,
        error: notice.is_some(),
        title: form.map(|f| f.title.clone()).unwrap_or_default(),
        body: form.map(|f| f.body.clone()).unwrap_or_default(),
    })
}

/// GET /replies/{locale}: the saved replies of a locale.
pub async fn replies(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path(locale): Path<String>,
) -> Result<Response, WebError> {
    let locale = known_locale(state.app.catalog.locales(), &locale)?;
    let user = &staff.user;
    if !user.may_maintain_saved_replies(locale) && !user.may_see_conversation(locale, None) {
        return Err(WebError::Forbidden);
    }
    render(&replies_page(&state, &staff, locale, None, None).await?)
}

#[derive(Deserialize, Default)]
pub struct ReplyForm {
    #[serde(default)]
    action: String,
    #[serde(default)]
    id: Option<i64>,
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

/// POST /replies/{locale}: save (new or changed) or delete a saved reply.
pub async fn save_reply(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path(locale): Path<String>,
    axum::Form(form): axum::Form<ReplyForm>,
) -> Result<Response, WebError> {
    let locale = known_locale(state.app.catalog.locales(), &locale)?;
    if !staff.user.may_maintain_saved_replies(locale) {
        return Err(WebError::Forbidden);
    }
    let user = staff.user.clone();
    let (id, title, body) = (form.id, form.title.clone(), form.body.clone());
    let at = (state.config.now)();
    let result = match form.action.as_str() {
        "save" => state
            .app
            .store
            .blocking(move |s| s.save_reply(id, locale, &title, &body, &user, at))
            .await
            .map(drop),
        "delete" => {
            let id = id.ok_or(WebError::BadRequest)?;
            state
                .app
                .store
                .blocking(move |s| s.delete_saved_reply(id, &user))
                .await
        }
        _ => return Err(WebError::BadRequest),
    };
    match result {
        Ok(()) => Ok(Redirect::to(&format!("/replies/{locale}")).into_response()),
        Err(Error::Invalid(_)) => {
            let page = replies_page(
                &state,
                &staff,
                locale,
                Some("ws-inbox-error-reply"),
                Some(&form),
            )
            .await?;
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(e) => Err(e.into()),
    }
}
