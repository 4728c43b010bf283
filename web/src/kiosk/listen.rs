//! Listen on the kiosk's screens: what the player of a page plays and how it is labelled. A
//! topic plays what [`audio::topic_audio`] chose; the main steps (home, the appointment steps,
//! the confirmation) play the machine voice of their own heading and instructions, from the
//! UI strings of the person's locale and never from anything the person typed. The
//! confirmation reads its reference code with one clip per character of the code alphabet, so
//! no URL or file ever holds the code; the language picker says each language's name in that
//! language; the idle warning can be spoken.
//!
//! Clips are made in the background on the first render of a page that needs them, and on
//! request by the audio route if a person is quicker.

use std::sync::Arc;

use navrat_content::Locale;
use navrat_content::audio::{MachineVoice, NoAudioReason, TopicAudio};

use crate::texts::Texts;

/// The Listen block of a page: what plays and how it is labelled.
pub struct ListenView {
    /// The audio's URL; `None`: nothing to play, `note_id` says why.
    pub src: Option<String>,
    /// Message id of the label: machine voice, recorded by a counsellor, or why there is none.
    pub note_id: &'static str,
    /// Message id of a notice said before an outdated recording.
    pub warning_id: Option<&'static str>,
}

impl ListenView {
    /// The view of what [`navrat_content::audio::topic_audio`] chose.
    pub fn of(audio: TopicAudio) -> Self {
        match audio {
            TopicAudio::Recording { sha256, .. } => ListenView {
                src: Some(format!("/audio/r/{sha256}.ogg")),
                note_id: "listen-recorded",
                warning_id: None,
            },
            TopicAudio::OutdatedRecording { sha256, .. } => ListenView {
                src: Some(format!("/audio/r/{sha256}.ogg")),
                note_id: "listen-recorded",
                warning_id: Some("listen-outdated-recording"),
            },
            TopicAudio::Machine { key, .. } => ListenView {
                src: Some(machine_src(&key)),
                note_id: "listen-machine-voice",
                warning_id: None,
            },
            TopicAudio::None {
                reason: NoAudioReason::NoVoiceForLanguage,
            } => ListenView {
                src: None,
                note_id: "listen-no-voice",
                warning_id: None,
            },
            TopicAudio::None {
                reason: NoAudioReason::NoSpeechPrograms,
            } => ListenView {
                src: None,
                note_id: "listen-unavailable",
                warning_id: None,
            },
        }
    }

    /// The machine voice of `text` in `locale`, or why there is none.
    pub fn machine(voice: Option<&Arc<MachineVoice>>, locale: Locale, text: &str) -> Self {
        match voice {
            Some(v) => match machine_clip(v, locale, text) {
                Some(src) => ListenView {
                    src: Some(src),
                    note_id: "listen-machine-voice",
                    warning_id: None,
                },
                None if v.is_available() => Self::of(TopicAudio::None {
                    reason: NoAudioReason::NoVoiceForLanguage,
                }),
                None => Self::of(TopicAudio::None {
                    reason: NoAudioReason::NoSpeechPrograms,
                }),
            },
            None => Self::of(TopicAudio::None {
                reason: NoAudioReason::NoSpeechPrograms,
            }),
        }
    }
}

/// A main step of the kiosk, whose own text can be heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// The home page of a locale.
    Home,
    /// Choosing where to meet.
    Points,
    /// The appointment form; the consent names how many days data are kept.
    Form(u32),
    /// Checking the request before sending it.
    Review,
    /// The confirmation right after sending.
    Sent,
    /// Where a request stands (the same page, opened later).
    Status,
}

impl Step {
    /// The UI strings read aloud for this step, in order.
    fn message_ids(self) -> &'static [&'static str] {
        match self {
            Step::Home => &[
                "home-title",
                "search-label",
                "home-appointment",
                "home-status",
            ],
            Step::Points => &[
                "appointment-title",
                "appointment-intro",
                "appointment-point",
            ],
            Step::Form(_) => &[
                "appointment-title",
                "appointment-intro",
                "appointment-days",
                "appointment-day-parts",
                "appointment-interpreter",
                "appointment-alias",
                "appointment-contact",
                "appointment-consent-title",
            ],
            Step::Review => &["appointment-review", "appointment-submit"],
            Step::Sent => &[
                "appointment-sent",
                "appointment-reference-hint",
                "kiosk-print-hint",
            ],
            Step::Status => &["appointment-status-title", "appointment-reference"],
        }
    }

    /// What the machine voice reads for this step: its heading and instructions in the
    /// locale of `texts`, each its own sentence.
    pub fn spoken(self, texts: &Texts) -> String {
        let mut parts: Vec<String> = self.message_ids().iter().map(|id| texts.t(id)).collect();
        if let Step::Form(days) = self {
            parts.push(texts.tn("appointment-consent", "days", i64::from(days)));
        }
        parts
            .into_iter()
            .map(|p| strip_isolates(&p).trim().to_owned())
            .filter(|p| !p.is_empty())
            .map(|p| {
                if p.ends_with(['.', '!', '?', ':', '。', '؟', '！', '？', '…']) {
                    p
                } else {
                    format!("{p}.")
                }
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Fluent wraps arguments in Unicode isolation marks; a voice must not try to read them.
fn strip_isolates(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

/// The URL of a machine-voice file.
fn machine_src(key: &str) -> String {
    format!("/audio/m/{key}.ogg")
}

/// The URL of the machine voice of `text` in `locale`, remembered for the audio route and made
/// in the background if it is not there yet; `None` without a voice for the locale.
pub fn machine_clip(voice: &Arc<MachineVoice>, locale: Locale, text: &str) -> Option<String> {
    let key = voice.remember(locale, text)?;
    if voice.cached(&key).is_none() {
        make_in_background(voice, locale, vec![text.to_owned()]);
    }
    Some(machine_src(&key))
}

/// Makes the files of `texts` in `locale` on a blocking thread, one after the other; a
/// failure is logged without the text. Nothing happens outside a Tokio runtime.
fn make_in_background(voice: &Arc<MachineVoice>, locale: Locale, texts: Vec<String>) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    let voice = voice.clone();
    runtime.spawn_blocking(move || {
        for text in texts {
            if let Err(e) = voice.ensure(locale, &text) {
                tracing::warn!(error = %e, %locale, "machine voice: cannot make a screen's audio");
            }
        }
    });
}

/// What one character of a reference code is read as: the character itself, which every
/// voice says by its name in the language ("á", "seven", "сім").
fn code_character_text(c: char) -> String {
    c.to_string()
}

/// The clip of each character a reference code is made of, as a JSON object `{"7": url, …}`
/// for `kiosk.js`, which plays the clips of the code on the page one after the other. Every
/// clip is the same for every code, so no URL or file holds anything of a person's code.
/// Empty without a voice for the locale.
pub fn code_clips(voice: Option<&Arc<MachineVoice>>, locale: Locale) -> String {
    let Some(voice) = voice else {
        return String::new();
    };
    let mut clips = serde_json::Map::new();
    let mut missing = Vec::new();
    for c in navrat_content::reference::ALPHABET
        .iter()
        .map(|b| char::from(*b))
    {
        let text = code_character_text(c);
        let Some(key) = voice.remember(locale, &text) else {
            return String::new();
        };
        if voice.cached(&key).is_none() {
            missing.push(text);
        }
        clips.insert(c.to_string(), serde_json::Value::String(machine_src(&key)));
    }
    if !missing.is_empty() {
        make_in_background(voice, locale, missing);
    }
    serde_json::to_string(&clips).unwrap_or_default()
}
