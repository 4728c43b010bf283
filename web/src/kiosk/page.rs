//! What every kiosk page needs: the person's locale and its direction, UI strings, the idle
//! timeout of this device, the keyboard for the locale's script, and the asset URLs.

use axum::http::HeaderMap;
use navrat_content::model::Provenance;
use navrat_content::{Locale, LocaleInfo};

pub use super::listen::Step;
use super::listen::{self, ListenView};
use super::profile::{self, KioskProfile};
use crate::request::cookie;
pub use crate::texts::Texts;
use crate::{AppState, WebError, assets};

/// The shared part of every page's template context.
pub struct Page {
    /// The page's locale.
    pub locale: Locale,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// Seconds before the idle reset.
    pub idle_seconds: u32,
    /// The on-screen keyboard's rows, as JSON for `kiosk.js`.
    pub keyboard: String,
    /// The stylesheet's hashed URL.
    pub css: &'static str,
    /// The fonts' stylesheet (every locale's script, embedded).
    pub fonts: &'static str,
    /// The script's hashed URL.
    pub js: &'static str,
    /// The device's profile.
    pub profile: KioskProfile,
    /// What on this page is unreviewed or sample data (UI string ids), said in one notice.
    pub unreviewed: Vec<&'static str>,
    /// The pictograms' SVG sprite (hashed URL): `{{ page.icons }}#listen`.
    pub icons: &'static str,
    voice: Option<std::sync::Arc<navrat_content::audio::MachineVoice>>,
    texts: Texts,
}

impl std::ops::Deref for Page {
    type Target = Texts;

    fn deref(&self) -> &Texts {
        &self.texts
    }
}

impl Page {
    /// Adds what the page's notice must say (once, whatever the number of calls).
    pub fn note_unreviewed(&mut self, message_id: &'static str) {
        if !self.unreviewed.contains(&message_id) {
            self.unreviewed.push(message_id);
        }
    }

    /// How many seconds before the idle reset the warning appears (the same rule as `kiosk.js`).
    pub fn idle_warn_seconds(&self) -> u32 {
        if self.idle_seconds < 60 {
            self.idle_seconds / 3
        } else {
            20
        }
    }

    /// The idle warning for every second of the countdown, as a JSON object `{"3": "…"}` for
    /// `kiosk.js`: each text is formatted with the number itself, so plural forms are right
    /// ("1 sekundu", "3 sekundy", "5 sekund").
    pub fn idle_texts(&self) -> String {
        let texts: std::collections::BTreeMap<String, String> = (1..=self.idle_warn_seconds())
            .map(|n| {
                (
                    n.to_string(),
                    self.tn("kiosk-idle-warning", "seconds", i64::from(n)),
                )
            })
            .collect();
        serde_json::to_string(&texts).unwrap_or_else(|_| "{}".into())
    }

    /// The Listen block of a main step: the machine voice of the step's own text.
    pub fn listen(&self, step: Step) -> ListenView {
        ListenView::machine(self.voice.as_ref(), self.locale, &step.spoken(&self.texts))
    }

    /// The clip of each reference-code character, as JSON for `kiosk.js`; empty without a
    /// voice for the locale (the code is then only read on screen).
    pub fn code_clips(&self) -> String {
        listen::code_clips(self.voice.as_ref(), self.locale)
    }

    /// The idle warning spoken (its text at the first second it shows), for a person who has
    /// used Listen in this session; `None` without a voice for the locale.
    pub fn idle_speech(&self) -> Option<String> {
        let text = self.tn(
            "kiosk-idle-warning",
            "seconds",
            i64::from(self.idle_warn_seconds()),
        );
        let voice = self.voice.as_ref()?;
        listen::machine_clip(
            voice,
            self.locale,
            &text.replace(['\u{2068}', '\u{2069}'], ""),
        )
    }

    /// What of the device profile a page depends on, for cache keys.
    pub fn profile_key(&self) -> String {
        format!(
            "{}-{}",
            self.profile.idle_seconds,
            self.profile.point.as_deref().unwrap_or("")
        )
    }

    /// Home of this locale.
    pub fn home(&self) -> String {
        format!("/{}/", self.locale)
    }

    /// A path inside this locale.
    pub fn href(&self, rest: &str) -> String {
        format!("/{}/{rest}", self.locale)
    }

    /// The on-screen keyboard of the reference-code field, as JSON for `kiosk.js`: the
    /// characters codes are made of (the same in every locale), digits first.
    pub fn reference_keyboard(&self) -> String {
        let keys: Vec<String> = navrat_content::reference::ALPHABET
            .iter()
            .map(|b| char::from(*b).to_string())
            .collect();
        let (digits, letters) =
            keys.split_at(keys.iter().take_while(|k| k.as_str() <= "9").count());
        let rows: Vec<&[String]> = std::iter::once(digits)
            .chain(letters.chunks(letters.len().div_ceil(3)))
            .collect();
        serde_json::to_string(&rows).unwrap_or_else(|_| "[]".into())
    }

    /// The version of Navrat serving the page, which `kiosk.js` reports in its heartbeat.
    pub fn version(&self) -> &'static str {
        super::heartbeat::VERSION
    }

    /// The locale's fallback chain.
    pub fn chain(&self) -> Vec<Locale> {
        self.catalog.locales().chain(self.locale)
    }

    /// What the server knows about a locale (the page's, or another).
    pub fn info(&self, locale: Locale) -> Option<&LocaleInfo> {
        self.catalog.locales().get(locale)
    }
}

/// The device's profile, from its cookie.
pub fn profile_of(state: &AppState, headers: &HeaderMap) -> KioskProfile {
    state
        .kiosk
        .profiles
        .for_cookie(cookie(headers, profile::COOKIE))
        .clone()
}

/// The page context for a locale code from the URL; an unknown one is a 404.
pub fn page(state: &AppState, code: &str, headers: &HeaderMap) -> Result<Page, WebError> {
    let locale = state
        .catalog
        .locales()
        .parse(code)
        .map_err(|_| WebError::NotFound)?;
    Ok(page_for(state, locale, headers))
}

/// The page context for a known locale.
pub fn page_for(state: &AppState, locale: Locale, headers: &HeaderMap) -> Page {
    let info = state.catalog.locales().get(locale);
    let keyboard = info
        .map(|i| serde_json::to_string(&i.keyboard).unwrap_or_else(|_| "[]".into()))
        .unwrap_or_else(|| "[]".into());
    let profile = profile_of(state, headers);
    let ui_draft = info.is_some_and(|i| i.ui_provenance == Provenance::MachineDraft);
    Page {
        locale,
        dir: info.map_or("ltr", |i| i.direction.as_str()),
        idle_seconds: profile.idle_seconds,
        keyboard,
        css: assets::url("kiosk.css"),
        fonts: assets::url("fonts.css"),
        js: assets::url("kiosk.js"),
        profile,
        icons: assets::url("icons.svg"),
        voice: state.kiosk.voice.clone(),
        unreviewed: if ui_draft {
            vec!["ui-draft-notice"]
        } else {
            Vec::new()
        },
        texts: Texts {
            locale,
            catalog: state.catalog.clone(),
        },
    }
}
