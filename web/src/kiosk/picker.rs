//! The language picker (`/`), choosing a device profile (`/k/{kiosk}`), and clearing
//! everything (`/clear`).

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::listen;
use super::page::profile_of;
use super::profile;
use super::render;
use crate::{AppState, WebError, assets, csrf};

/// One language on the picker.
pub struct Choice {
    /// Locale code.
    pub code: String,
    /// Its name in itself.
    pub native_name: String,
    /// A phrase in its script.
    pub sample: String,
    /// `ltr` / `rtl`.
    pub dir: &'static str,
    /// Its name said by the machine voice in itself; `None`: no voice for it.
    pub say: Option<String>,
    /// "Listen" in it, the speaker button's label.
    pub say_label: String,
    /// "No voice" in it, the mark where there is no speaker button.
    pub no_voice: String,
}

#[derive(Template)]
#[template(path = "kiosk/picker.html")]
struct PickerPage {
    choices: Vec<Choice>,
    /// "Choose your language" in every language, to be recognised before reading.
    prompts: Vec<(String, &'static str, String)>,
    idle_seconds: u32,
    css: &'static str,
    fonts: &'static str,
    js: &'static str,
    icons: &'static str,
}

/// `/`: every language by its own name and a phrase in its script (flags are not languages),
/// each with a speaker button that says the name in that language (or the mark that there is
/// no voice for it). Tapping the name chooses the language, as always.
pub async fn picker(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let locales = state.catalog.locales();
    let choices = locales
        .all()
        .map(|i| Choice {
            code: i.code.to_string(),
            native_name: i.native_name.clone(),
            sample: i.sample.clone(),
            dir: i.direction.as_str(),
            say: state
                .kiosk
                .voice
                .as_ref()
                .and_then(|v| listen::machine_clip(v, i.code, &i.native_name)),
            say_label: state.catalog.text(i.code, "listen-play"),
            no_voice: state.catalog.text(i.code, "listen-no-voice-short"),
        })
        .collect();
    let prompts = locales
        .all()
        .map(|i| {
            (
                i.code.to_string(),
                i.direction.as_str(),
                state.catalog.text(i.code, "picker-title"),
            )
        })
        .collect();
    let profile = profile_of(&state, &headers);
    render(&PickerPage {
        choices,
        prompts,
        idle_seconds: profile.idle_seconds,
        css: assets::url("kiosk.css"),
        fonts: assets::url("fonts.css"),
        js: assets::url("kiosk.js"),
        icons: assets::url("icons.svg"),
    })
}

/// `/k/{kiosk}`: remembers on this device which profile it runs, then shows the picker.
pub async fn choose_profile(State(state): State<AppState>, Path(kiosk): Path<String>) -> Response {
    if state.kiosk.profiles.get(&kiosk).is_none() {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    }
    let cookie = format!(
        "{}={kiosk}; Path=/; Max-Age=31536000; SameSite=Strict; HttpOnly",
        profile::COOKIE
    );
    ([(header::SET_COOKIE, cookie)], Redirect::to("/")).into_response()
}

/// `/clear`: forgets the form cookie, the forms in progress and the Telegram QR codes waiting
/// under it (the device profile stays) and returns to the picker, without leaving the previous page in the back history.
pub async fn clear(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Some(owner) = crate::request::cookie(&headers, csrf::COOKIE) {
        state.kiosk.drafts.forget(owner);
        state.kiosk.questions.forget(owner);
        state.kiosk.reading.forget(owner);
        state
            .kiosk
            .follow_qr
            .forget_browser(&state.shared.form_secret, owner);
    }
    let forget = format!(
        "{}=; Path=/; Max-Age=0; SameSite=Strict; HttpOnly",
        csrf::COOKIE
    );
    (
        [
            (header::SET_COOKIE, forget),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        Redirect::to("/"),
    )
        .into_response()
}
