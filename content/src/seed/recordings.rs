//! Counsellors' published recordings in the seed folder: `topics/<slug>/audio/<locale>.ogg`
//! (Ogg/Opus, as served) and `topics/<slug>/recordings.toml` saying, per locale, its SHA-256,
//! length, the Czech revision and translation it records, who uploaded and who reviewed it.
//!
//! Reading checks every file against its entry: bytes whose SHA-256 differs, or that are not
//! a whole Ogg/Opus stream, are refused with the file named.

use std::collections::BTreeSet;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::audio::ogg::check_ogg_opus;
use crate::audio::recording::{MAX_RECORDING_BYTES, MAX_RECORDING_MS, sha256_hex};
use crate::audio::sniff::{AudioFormat, sniff};
use crate::{Error, Locale, Result};

/// The file beside a topic's texts that lists its recordings.
pub const RECORDINGS_FILE: &str = "recordings.toml";

/// The folder of a topic that holds its recordings' audio.
pub const AUDIO_DIR: &str = "audio";

/// A published recording of a topic in one locale, as the seed carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedRecording {
    /// The locale spoken.
    pub locale: Locale,
    /// The Czech source revision that was current when it was recorded.
    pub source_revision: u32,
    /// It records the published translation carried beside it (`<locale>.md`); `false` when
    /// that translation was replaced since, so the recording is outdated. Always `true` for
    /// Czech.
    pub records_published_translation: bool,
    /// Login of who uploaded it.
    pub uploaded_by: String,
    /// Login of who reviewed and published it.
    pub reviewed_by: Option<String>,
    /// What was uploaded (it is carried as Ogg/Opus).
    pub uploaded_format: AudioFormat,
    /// Playing time in milliseconds.
    pub duration_ms: u64,
    /// SHA-256 of [`SeedRecording::audio`], lower-case hex.
    pub sha256: String,
    /// The Ogg/Opus bytes.
    pub audio: Vec<u8>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordingsFile {
    #[serde(rename = "recording", default)]
    recordings: Vec<RecordingEntry>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RecordingEntry {
    locale: Locale,
    sha256: String,
    duration_ms: u64,
    source_revision: u32,
    translation: TranslationRecorded,
    uploaded_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reviewed_by: Option<String>,
    uploaded_format: String,
}

/// Which translation a recording records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum TranslationRecorded {
    /// The published `<locale>.md` beside it (or the Czech source).
    Published,
    /// A translation replaced since: the recording is outdated.
    Replaced,
}

const HEADER: &str = "# Published recordings of this topic: audio/<locale>.ogg (Ogg/Opus). See content/seed/README.md.\n\n";

/// The audio file of `locale`'s recording in topic folder `folder`.
pub fn audio_path(folder: &Path, locale: Locale) -> std::path::PathBuf {
    folder.join(AUDIO_DIR).join(format!("{locale}.ogg"))
}

/// Reads `recordings.toml` and the audio files it lists from the topic folder `folder`
/// (none when there is no such file). `published` are the locales with a published
/// translation in the folder: a recording needs one (Czech needs none). Every problem names
/// its file.
pub(super) fn read(folder: &Path, published: &BTreeSet<Locale>) -> Result<Vec<SeedRecording>> {
    let list_path = folder.join(RECORDINGS_FILE);
    let audio_dir = folder.join(AUDIO_DIR);
    let list: RecordingsFile = match std::fs::read_to_string(&list_path) {
        Ok(text) => toml::from_str(&text).map_err(|e| Error::format(&list_path, e))?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => RecordingsFile {
            recordings: Vec::new(),
        },
        Err(e) => return Err(Error::io(&list_path, e)),
    };
    let mut listed = BTreeSet::new();
    let mut out = Vec::new();
    for entry in list.recordings {
        let locale = entry.locale;
        if !listed.insert(locale) {
            return Err(Error::format(
                &list_path,
                format!("the {locale} recording is listed twice"),
            ));
        }
        if !locale.is_source() && !published.contains(&locale) {
            return Err(Error::format(
                &list_path,
                format!("the {locale} recording needs a published {locale}.md beside it"),
            ));
        }
        let uploaded_format = AudioFormat::parse(&entry.uploaded_format)
            .filter(|f| *f != AudioFormat::OggOther)
            .ok_or_else(|| {
                Error::format(
                    &list_path,
                    format!(
                        "{locale}: uploaded_format {:?} is none of ogg_opus, mp3, m4a, wav",
                        entry.uploaded_format
                    ),
                )
            })?;
        if entry.duration_ms == 0 || entry.duration_ms > MAX_RECORDING_MS {
            return Err(Error::format(
                &list_path,
                format!(
                    "{locale}: duration_ms must be 1 to {MAX_RECORDING_MS}, not {}",
                    entry.duration_ms
                ),
            ));
        }
        let path = audio_path(folder, locale);
        let audio = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
        if audio.len() > MAX_RECORDING_BYTES {
            return Err(Error::format(
                &path,
                format!("larger than the {MAX_RECORDING_BYTES} bytes a recording may have"),
            ));
        }
        let sha256 = sha256_hex(&audio);
        if sha256 != entry.sha256 {
            return Err(Error::format(
                &path,
                format!(
                    "its SHA-256 is {sha256}, but {RECORDINGS_FILE} says {}: the file was changed or damaged",
                    entry.sha256
                ),
            ));
        }
        if sniff(&audio) != Some(AudioFormat::OggOpus) {
            return Err(Error::format(&path, "not an Ogg/Opus file"));
        }
        check_ogg_opus(&audio)
            .map_err(|e| Error::format(&path, format!("a damaged Ogg/Opus file: {e}")))?;
        out.push(SeedRecording {
            locale,
            source_revision: entry.source_revision,
            records_published_translation: entry.translation == TranslationRecorded::Published,
            uploaded_by: entry.uploaded_by,
            reviewed_by: entry.reviewed_by,
            uploaded_format,
            duration_ms: entry.duration_ms,
            sha256,
            audio,
        });
    }
    // Audio nobody listed would be silently left out: say so instead.
    if let Ok(files) = std::fs::read_dir(&audio_dir) {
        for file in files.filter_map(|e| e.ok().map(|e| e.path())) {
            let listed_here = file
                .file_stem()
                .and_then(|s| s.to_str())
                .and_then(|s| Locale::parse(s).ok())
                .is_some_and(|l| listed.contains(&l) && file == audio_path(folder, l));
            if !listed_here {
                return Err(Error::format(
                    &file,
                    format!(
                        "unexpected file: {AUDIO_DIR}/ holds <locale>.ogg files listed in {RECORDINGS_FILE}"
                    ),
                ));
            }
        }
    }
    Ok(out)
}

/// Writes `recordings` (at least one) into the topic folder `folder`; returns the paths written.
pub(super) fn write(
    folder: &Path,
    recordings: &[SeedRecording],
    write_file: &dyn Fn(&Path, &[u8]) -> Result<()>,
) -> Result<Vec<std::path::PathBuf>> {
    let mut written = Vec::new();
    let mut list = RecordingsFile {
        recordings: Vec::new(),
    };
    for r in recordings {
        let path = audio_path(folder, r.locale);
        write_file(&path, &r.audio)?;
        written.push(path);
        list.recordings.push(RecordingEntry {
            locale: r.locale,
            sha256: r.sha256.clone(),
            duration_ms: r.duration_ms,
            source_revision: r.source_revision,
            translation: if r.records_published_translation {
                TranslationRecorded::Published
            } else {
                TranslationRecorded::Replaced
            },
            uploaded_by: r.uploaded_by.clone(),
            reviewed_by: r.reviewed_by.clone(),
            uploaded_format: r.uploaded_format.as_str().to_owned(),
        });
    }
    let path = folder.join(RECORDINGS_FILE);
    let text = toml::to_string(&list).map_err(|e| Error::format(&path, e))?;
    write_file(&path, format!("{HEADER}{text}").as_bytes())?;
    written.push(path);
    Ok(written)
}
