//! Counsellors' recordings on a topic's translation page: upload (multipart, sniffed and
//! checked in [`navrat_content::audio`]), listening behind sign-in, and review and publishing
//! by the rules of [`navrat_content::translation_workflow::RecordingAction`].

use axum::Extension;
use axum::body::Body;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use navrat_content::Error;
use navrat_content::audio::recording::{
    CheckedRecording, OpusEncoder, UploadProblem, check_upload,
};
use navrat_content::translation_workflow::{RecordingAction, RecordingRefusal};
use serde::Deserialize;

use super::translate::{editor_page, translation_target};
use super::view::render_with;
use super::{Staff, WsState};
use crate::WebError;

/// The largest upload body: the recording limit and room for the form's other fields.
pub const UPLOAD_BODY_LIMIT: usize =
    navrat_content::audio::recording::MAX_RECORDING_BYTES + 64 * 1024;

/// The message for the counsellor, in their language (a UI string id).
fn problem_message(problem: UploadProblem) -> &'static str {
    match problem {
        UploadProblem::Empty => "ws-recording-error-empty",
        UploadProblem::TooLarge => "ws-recording-error-too-large",
        UploadProblem::TooLong => "ws-recording-error-too-long",
        UploadProblem::NotAudio => "ws-recording-error-not-audio",
        UploadProblem::Unsupported(_) => "ws-recording-error-unsupported",
        UploadProblem::Damaged(_) => "ws-recording-error-damaged",
        UploadProblem::NoEncoder(_) => "ws-recording-error-no-encoder",
        UploadProblem::EncoderFailed => "ws-recording-error-encoder",
    }
}

fn refusal_message(refusal: RecordingRefusal) -> &'static str {
    match refusal {
        RecordingRefusal::NotTranslator => "ws-error-forbidden",
        RecordingRefusal::NoRecording => "ws-recording-error-none",
        RecordingRefusal::NotApprover => "ws-recording-error-not-approver",
        RecordingRefusal::NotReviewer => "ws-recording-error-not-reviewer",
        RecordingRefusal::Outdated => "ws-recording-outdated",
    }
}

/// The editor page with a message in the recording section.
async fn page_with(
    state: &WsState,
    staff: &Staff,
    code: &str,
    slug: &str,
    status: StatusCode,
    message: String,
    error: bool,
) -> Result<Response, WebError> {
    let (locale, slug) = translation_target(state, staff, code, slug)?;
    let mut page = editor_page(state, staff, locale, slug, None, None).await?;
    page.recording_message = Some((error, message));
    render_with(status, &page)
}

/// What an upload or an action came to: the message to show, or the status and message of a
/// refusal. Either way the counsellor sees the editor page with it.
type Outcome = Result<String, (StatusCode, String)>;

/// The editor page with the outcome in the recording section.
async fn show(
    state: &WsState,
    staff: &Staff,
    code: &str,
    slug: &str,
    outcome: Outcome,
) -> Result<Response, WebError> {
    let (status, message, error) = match outcome {
        Ok(message) => (StatusCode::OK, message, false),
        Err((status, message)) => (status, message, true),
    };
    page_with(state, staff, code, slug, status, message, error).await
}

/// POST /translations/{locale}/{slug}/recording: a translator or reviewer of the locale
/// uploads a recording of the published translation. The bytes decide what it is.
pub async fn upload(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path((code, slug_text)): Path<(String, String)>,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let (locale, slug) = translation_target(&state, &staff, &code, &slug_text)?;
    let texts = super::view::WsPage::new(&state, &staff, "translations");
    let outcome = match read_audio(&mut multipart).await {
        Ok(Some(file)) => check_and_store(&state, &staff, &texts, slug, locale, file).await?,
        Ok(None) => Err((
            StatusCode::UNPROCESSABLE_ENTITY,
            texts.t("ws-recording-error-empty"),
        )),
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => Err((
            StatusCode::PAYLOAD_TOO_LARGE,
            texts.t(problem_message(UploadProblem::TooLarge)),
        )),
        Err(_) => return Err(WebError::BadRequest),
    };
    show(&state, &staff, &code, &slug_text, outcome).await
}

/// An uploaded file as the browser sent it: the name and type it claims, and the bytes.
struct UploadedFile {
    name: Option<String>,
    content_type: Option<String>,
    bytes: Vec<u8>,
}

/// Reads the form's `audio` field (the last one, if a browser sent several).
async fn read_audio(
    multipart: &mut Multipart,
) -> Result<Option<UploadedFile>, axum::extract::multipart::MultipartError> {
    let mut file = None;
    while let Some(field) = multipart.next_field().await? {
        if field.name() != Some("audio") {
            continue;
        }
        let name = field.file_name().map(str::to_owned);
        let content_type = field.content_type().map(str::to_owned);
        let bytes = field.bytes().await?.to_vec();
        file = Some(UploadedFile {
            name,
            content_type,
            bytes,
        });
    }
    Ok(file)
}

/// Sniffs and checks the file (converting it to Ogg/Opus where needed) and keeps it as the
/// recording of the locale's published translation.
async fn check_and_store(
    state: &WsState,
    staff: &Staff,
    texts: &super::view::WsPage,
    slug: navrat_content::model::Slug,
    locale: navrat_content::Locale,
    file: UploadedFile,
) -> Result<Outcome, WebError> {
    let checked: Result<CheckedRecording, UploadProblem> = tokio::task::spawn_blocking(move || {
        let encoder = OpusEncoder::find();
        let outcome = check_upload(
            &file.bytes,
            file.name.as_deref(),
            file.content_type.as_deref(),
            &encoder,
        );
        if let Err(UploadProblem::NoEncoder(format)) = outcome {
            tracing::warn!(
                format = format.as_str(),
                "workspace: a recording was refused: opusenc (opus-tools) is not installed"
            );
        }
        outcome
    })
    .await
    .map_err(|e| WebError::Store(Error::Task(e.to_string())))?;
    let checked = match checked {
        Ok(c) => c,
        Err(problem) => {
            tracing::info!(problem = %problem, "workspace: recording refused");
            let message = match problem {
                UploadProblem::Unsupported(f) | UploadProblem::Damaged(f) => {
                    texts.t1(problem_message(problem), "format", f.label())
                }
                _ => texts.t(problem_message(problem)),
            };
            return Ok(Err((StatusCode::UNPROCESSABLE_ENTITY, message)));
        }
    };
    let login = staff.user.login.clone();
    let uploaded_as = checked.uploaded_as;
    let claimed = checked.claimed_otherwise;
    let stored = state
        .app
        .store
        .blocking(move |s| s.add_recording(&slug, locale, &checked, &login))
        .await;
    match stored {
        Ok(_) => {}
        Err(Error::NotFound(_)) => {
            return Ok(Err((
                StatusCode::UNPROCESSABLE_ENTITY,
                texts.t("ws-recording-error-not-published"),
            )));
        }
        Err(e) => return Err(e.into()),
    }
    let mut message = texts.t("ws-recording-uploaded");
    if let Some(claimed) = claimed {
        let args = fluent_args(claimed.label(), uploaded_as.label());
        message = format!(
            "{message} {}",
            texts.t_args("ws-recording-was-other", &args)
        );
    }
    Ok(Ok(message))
}

fn fluent_args(
    claimed: &'static str,
    actual: &'static str,
) -> navrat_content::i18n::FluentArgs<'static> {
    let mut args = navrat_content::i18n::FluentArgs::new();
    args.set("claimed", claimed);
    args.set("actual", actual);
    args
}

/// The recording form's fields.
#[derive(Debug, Deserialize)]
pub struct RecordingForm {
    /// `submit`, `publish`, `return` or `withdraw`.
    #[serde(default)]
    action: String,
}

/// POST /translations/{locale}/{slug}/recording/action: submit, publish, return or withdraw.
pub async fn act(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path((code, slug_text)): Path<(String, String)>,
    axum::Form(form): axum::Form<RecordingForm>,
) -> Result<Response, WebError> {
    let (locale, slug) = translation_target(&state, &staff, &code, &slug_text)?;
    let texts = super::view::WsPage::new(&state, &staff, "translations");
    let action = RecordingAction::parse(&form.action).map_err(|_| WebError::BadRequest)?;
    let user = staff.user.clone();
    let outcome = state
        .app
        .store
        .blocking(move |s| s.apply_recording_action(&user, &slug, locale, action))
        .await?;
    let outcome = match outcome {
        Ok(()) => Ok(texts.t(&format!("ws-recording-done-{}", action.as_str()))),
        Err(RecordingRefusal::NotTranslator) => return Err(WebError::Forbidden),
        Err(refusal) => Err((
            StatusCode::UNPROCESSABLE_ENTITY,
            texts.t(refusal_message(refusal)),
        )),
    };
    show(&state, &staff, &code, &slug_text, outcome).await
}

/// GET /recordings/{id}.ogg: a recording, for translators and reviewers of its locale (who
/// listen to it before publishing). Never cached: it may not be public yet.
pub async fn serve(
    State(state): State<WsState>,
    Extension(staff): Extension<Staff>,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let id: i64 = file
        .strip_suffix(".ogg")
        .and_then(|n| n.parse().ok())
        .ok_or(WebError::NotFound)?;
    let place = state
        .app
        .store
        .blocking(move |s| s.recording_place(id))
        .await?;
    let Some((_, locale)) = place else {
        return Err(WebError::NotFound);
    };
    if !staff.user.may_translate(locale) {
        return Err(WebError::Forbidden);
    }
    let bytes = state
        .app
        .store
        .blocking(move |s| s.recording_bytes(id))
        .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "audio/ogg; codecs=opus"),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        Body::from(bytes),
    )
        .into_response())
}
