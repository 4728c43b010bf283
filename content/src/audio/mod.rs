//! Audio: every topic can be heard, for people who read little.
//!
//! One format is served, Ogg/Opus. A topic is heard from a counsellor's recording of its
//! current published translation, else from the machine voice of the current text
//! ([`machine`]), else not at all (the page says why). [`topic_audio`] is that rule, in one
//! place, for the kiosk and the bot.

pub mod machine;
pub mod ogg;
pub mod recording;
pub mod sniff;

use std::sync::Arc;

use crate::i18n::Catalog;
use crate::locale::Locale;
use crate::markdown::{self, Block, Inline};
use crate::model::{ServedTopic, Slug};
use crate::{Result, Store};

pub use machine::{MachineAudio, MachineVoice, SpeechPrograms};

/// What a listener hears for a topic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TopicAudio {
    /// A counsellor's recording of the current published translation.
    Recording {
        /// Row id of the recording.
        id: i64,
        /// SHA-256 (hex) of the Ogg/Opus bytes: its name in the URL.
        sha256: String,
        /// Size in bytes.
        bytes: usize,
    },
    /// A recording of an older text: the listener is told so (spoken and written) before it,
    /// unless a machine voice of the current text exists, which is then preferred.
    OutdatedRecording {
        /// Row id of the recording.
        id: i64,
        /// SHA-256 (hex) of the Ogg/Opus bytes.
        sha256: String,
        /// Size in bytes.
        bytes: usize,
    },
    /// The machine voice of the current text (labelled "machine voice").
    Machine {
        /// The machine-voice key: its name in the URL.
        key: String,
        /// Size in bytes; 0 while the file is still being made (it is made on request).
        bytes: usize,
    },
    /// Nothing to play — the page says so.
    None {
        /// Why.
        reason: NoAudioReason,
    },
}

/// Why a topic cannot be heard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoAudioReason {
    /// espeak-ng has no voice for the language of the text (Mongolian) and no counsellor has
    /// recorded it.
    NoVoiceForLanguage,
    /// espeak-ng or opusenc is not installed on this server and there is no recording.
    NoSpeechPrograms,
}

/// A counsellor's recording as the selection rule needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordingRef {
    /// Row id.
    pub id: i64,
    /// SHA-256 (hex) of the Ogg/Opus bytes.
    pub sha256: String,
    /// Size in bytes.
    pub bytes: usize,
    /// Recorded from an older text than the one published now.
    pub outdated: bool,
}

/// The published recording of a topic in a locale, if a counsellor recorded it.
pub fn published_recording(
    store: &Store,
    slug: &Slug,
    locale: Locale,
) -> Result<Option<RecordingRef>> {
    Ok(store
        .published_recording(slug, locale)?
        .map(|r| RecordingRef {
            id: r.id,
            sha256: r.sha256,
            bytes: r.bytes,
            outdated: r.outdated,
        }))
}

/// The Ogg/Opus bytes of the published recording whose SHA-256 is `sha256`, if there is one.
pub fn published_recording_bytes(store: &Store, sha256: &str) -> Result<Option<Vec<u8>>> {
    store.published_recording_bytes(sha256)
}

/// What the machine voice reads for a topic: the title, the summary, the body as plain text
/// (Markdown marks dropped, each block its own sentence), and, for a text with sample data,
/// the sample-data notice in the text's language first.
pub fn spoken_topic_text(served: &ServedTopic, catalog: &Catalog) -> String {
    let mut parts = Vec::new();
    if served.sample_data {
        parts.push(catalog.text(served.locale, "notice-sample-data"));
    }
    parts.push(served.text.title.clone());
    parts.push(served.text.summary.clone());
    for block in markdown::parse(&served.text.body) {
        match block {
            Block::Heading(line) | Block::Paragraph(line) => parts.push(plain(&line)),
            Block::Bullets(items) | Block::Numbered(items) => {
                parts.extend(items.iter().map(|i| plain(i)))
            }
        }
    }
    parts
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .map(|p| {
            // A pause between blocks: a sentence ends at each.
            if p.ends_with(['.', '!', '?', ':', '。', '؟', '！', '？']) {
                p
            } else {
                format!("{p}.")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn plain(line: &[Inline]) -> String {
    line.iter()
        .map(|i| match i {
            Inline::Text { text, .. } | Inline::Link { text, .. } => text.as_str(),
        })
        .collect()
}

/// The rule: the current recording, else the machine voice of the current text (also preferred
/// over an outdated recording), else an outdated recording, else nothing. Remembers the
/// machine-voice text so its file is made when first asked for.
/// `voice` is `None` where the service has no machine voice at all.
pub fn topic_audio(
    store: &Store,
    voice: Option<&MachineVoice>,
    catalog: &Catalog,
    served: &ServedTopic,
) -> Result<TopicAudio> {
    let recording = published_recording(store, &served.slug, served.locale)?;
    if let Some(r) = &recording
        && !r.outdated
    {
        return Ok(TopicAudio::Recording {
            id: r.id,
            sha256: r.sha256.clone(),
            bytes: r.bytes,
        });
    }
    let text = spoken_topic_text(served, catalog);
    if let Some(voice) = voice
        && let Some(key) = voice.remember(served.locale, &text)
    {
        let bytes = voice.cached(&key).map_or(0, |a| a.bytes);
        return Ok(TopicAudio::Machine { key, bytes });
    }
    if let Some(r) = recording {
        return Ok(TopicAudio::OutdatedRecording {
            id: r.id,
            sha256: r.sha256,
            bytes: r.bytes,
        });
    }
    let reason = if voice.is_some_and(MachineVoice::is_available) {
        NoAudioReason::NoVoiceForLanguage
    } else {
        NoAudioReason::NoSpeechPrograms
    };
    Ok(TopicAudio::None { reason })
}

/// Makes the machine voice of every served topic in every locale that is still missing: at
/// start and whenever the store changed (a translation was published), one file at a time on
/// a blocking thread, until `stop`. Logs counts only, never text.
pub async fn keep_machine_voice_current(
    store: Store,
    voice: Arc<MachineVoice>,
    catalog: Arc<Catalog>,
    every: std::time::Duration,
    stop: impl std::future::Future<Output = ()>,
) {
    if !voice.is_available() {
        return;
    }
    tokio::pin!(stop);
    let mut done_at: Option<u64> = None;
    loop {
        let generation = store.generation();
        if done_at != Some(generation) {
            let (store2, voice2, catalog2) = (store.clone(), voice.clone(), catalog.clone());
            let made =
                tokio::task::spawn_blocking(move || make_missing(&store2, &voice2, &catalog2))
                    .await;
            match made {
                Ok(Ok((made, failed))) => {
                    if made > 0 || failed > 0 {
                        tracing::info!(made, failed, "machine voice: made missing audio");
                    }
                    done_at = Some(generation);
                }
                Ok(Err(e)) => tracing::warn!(error = %e, "machine voice: cannot list topics"),
                Err(e) => tracing::warn!(error = %e, "machine voice: background task failed"),
            }
        }
        tokio::select! {
            _ = &mut stop => return,
            _ = tokio::time::sleep(every) => {}
        }
    }
}

/// One pass of [`keep_machine_voice_current`]: (made, failed).
pub fn make_missing(
    store: &Store,
    voice: &MachineVoice,
    catalog: &Catalog,
) -> Result<(usize, usize)> {
    let (mut made, mut failed) = (0, 0);
    for info in catalog.locales().all() {
        for served in store.served_topics(&info.chain)? {
            if voice.voice(served.locale).is_none() {
                continue;
            }
            let text = spoken_topic_text(&served, catalog);
            let key = voice.remember(served.locale, &text);
            if key.as_deref().and_then(|k| voice.cached(k)).is_some() {
                continue;
            }
            match voice.ensure(served.locale, &text) {
                Ok(Some(_)) => made += 1,
                Ok(None) => {}
                Err(e) => {
                    failed += 1;
                    tracing::warn!(error = %e, topic = %served.slug, locale = %served.locale, "machine voice: cannot make audio");
                }
            }
        }
    }
    Ok((made, failed))
}
