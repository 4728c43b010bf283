//! The machine voice: a topic's text read aloud by espeak-ng and encoded to Ogg/Opus by
//! `opusenc` (Debian's `espeak-ng` and `opus-tools`; see docs/audio.md for why external
//! programs). Each result is kept in the data directory as `audio/machine/<key>.ogg`, where the
//! key is the SHA-256 of the voice and the text: a changed text gets a new file and a new URL,
//! so what is served can be cached for ever.
//!
//! Without either program the service still runs: there is no machine voice, and
//! [`MachineVoice::find`] logs a warning once.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use crate::locale::{Locale, Locales};
use crate::{Error, Result};

/// The folder below the data directory that holds machine-voice files.
pub const MACHINE_DIR: &str = "audio/machine";

/// The speech rate in words per minute: slower than espeak-ng's 175, for listeners who hear
/// the language of the text but may not hear it often from a machine.
const WORDS_PER_MINUTE: &str = "150";

/// Opus bit rate in kbit/s: speech stays clear at 24, about 180 KB per minute.
const BITRATE_KBPS: &str = "24";

/// The longest text read aloud, in characters: far above the longest topic; a longer text is
/// refused rather than tying up the machine.
pub const MAX_TEXT_CHARS: usize = 40_000;

/// Texts remembered for generation on request, at most (12 locales × topics × UI screens).
const MAX_REMEMBERED: usize = 8192;

/// The two programs the machine voice needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeechPrograms {
    /// `espeak-ng`: text to WAV.
    pub espeak: PathBuf,
    /// `opusenc`: WAV to Ogg/Opus.
    pub opusenc: PathBuf,
}

impl SpeechPrograms {
    /// Looks both programs up on `PATH`; `None` names what is missing.
    pub fn find() -> std::result::Result<Self, &'static str> {
        let espeak = find_on_path("espeak-ng").ok_or("espeak-ng")?;
        let opusenc = find_on_path("opusenc").ok_or("opusenc (opus-tools)")?;
        Ok(SpeechPrograms { espeak, opusenc })
    }
}

fn find_on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// A machine-voice file: its key (the name in the URL) and size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MachineAudio {
    /// SHA-256 (hex) of the voice and the text.
    pub key: String,
    /// Size of the Ogg/Opus file in bytes.
    pub bytes: usize,
}

/// The machine voice of one service: the programs (if installed), the voice of each locale,
/// the cache folder, and the texts pages have asked for, so a file can be made on request.
#[derive(Debug)]
pub struct MachineVoice {
    programs: Option<SpeechPrograms>,
    voices: HashMap<Locale, String>,
    dir: PathBuf,
    remembered: Mutex<HashMap<String, (String, String)>>,
    making: Mutex<()>,
}

impl MachineVoice {
    /// The machine voice keeping its files below `data_dir`, with each locale's voice from
    /// `locale.toml`; finds espeak-ng and opusenc on `PATH` and warns in the log without them.
    pub fn find(data_dir: &Path, locales: &Locales) -> Self {
        let programs = match SpeechPrograms::find() {
            Ok(p) => Some(p),
            Err(missing) => {
                tracing::warn!(
                    missing,
                    "no machine voice: a program is not installed (apt-get install espeak-ng opus-tools)"
                );
                None
            }
        };
        Self::with_programs(programs, data_dir, locales)
    }

    /// The machine voice with the given programs (`None`: none installed).
    pub fn with_programs(
        programs: Option<SpeechPrograms>,
        data_dir: &Path,
        locales: &Locales,
    ) -> Self {
        let voices = locales
            .all()
            .filter_map(|info| info.speech_voice.clone().map(|v| (info.code, v)))
            .collect();
        MachineVoice {
            programs,
            voices,
            dir: data_dir.join(MACHINE_DIR),
            remembered: Mutex::new(HashMap::new()),
            making: Mutex::new(()),
        }
    }

    /// Whether espeak-ng and opusenc are installed.
    pub fn is_available(&self) -> bool {
        self.programs.is_some()
    }

    /// The espeak-ng voice of `locale`, if espeak-ng has one.
    pub fn voice(&self, locale: Locale) -> Option<&str> {
        self.voices.get(&locale).map(String::as_str)
    }

    /// The key of `text` read by `voice`: SHA-256 (hex) of both.
    pub fn key(voice: &str, text: &str) -> String {
        let mut hash = Sha256::new();
        hash.update(voice.as_bytes());
        hash.update([0u8]);
        hash.update(text.as_bytes());
        hex(&hash.finalize())
    }

    /// Whether `name` has the shape of a key (64 lowercase hex digits): anything else never
    /// reaches the file system.
    pub fn is_key(name: &str) -> bool {
        name.len() == 64 && name.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    }

    /// Where the file of `key` is kept.
    pub fn path(&self, key: &str) -> Option<PathBuf> {
        Self::is_key(key).then(|| self.dir.join(format!("{key}.ogg")))
    }

    /// The file of `key`, if it was made already.
    pub fn cached(&self, key: &str) -> Option<MachineAudio> {
        let path = self.path(key)?;
        let meta = std::fs::metadata(path).ok()?;
        Some(MachineAudio {
            key: key.to_owned(),
            bytes: usize::try_from(meta.len()).ok()?,
        })
    }

    /// Remembers `text` in `locale` so that its file can be made when it is first asked for,
    /// and returns its key; `None` when the locale has no voice or the programs are missing.
    pub fn remember(&self, locale: Locale, text: &str) -> Option<String> {
        self.programs.as_ref()?;
        let voice = self.voice(locale)?;
        let key = Self::key(voice, text);
        let mut remembered = self.remembered.lock().unwrap_or_else(|p| p.into_inner());
        if !remembered.contains_key(&key) {
            if remembered.len() >= MAX_REMEMBERED {
                remembered.clear();
            }
            remembered.insert(key.clone(), (voice.to_owned(), text.to_owned()));
        }
        Some(key)
    }

    /// The bytes of `key`'s file, made now from a remembered text if it is not there yet.
    /// `Ok(None)`: an unknown key (never remembered, not on disk). Blocking: call it from a
    /// blocking task.
    pub fn bytes(&self, key: &str) -> Result<Option<Vec<u8>>> {
        let Some(path) = self.path(key) else {
            return Ok(None);
        };
        match std::fs::read(&path) {
            Ok(bytes) => return Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&path, e)),
        }
        let remembered = self
            .remembered
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(key)
            .cloned();
        match remembered {
            Some((voice, text)) => self.make(&voice, &text).map(Some),
            None => Ok(None),
        }
    }

    /// Makes (or finds) the file of `text` in `locale` and returns its key and size; `Ok(None)`
    /// when the locale has no voice or the programs are missing. Blocking.
    pub fn ensure(&self, locale: Locale, text: &str) -> Result<Option<MachineAudio>> {
        if self.programs.is_none() {
            return Ok(None);
        }
        let Some(voice) = self.voice(locale).map(str::to_owned) else {
            return Ok(None);
        };
        let key = Self::key(&voice, text);
        if let Some(found) = self.cached(&key) {
            return Ok(Some(found));
        }
        let bytes = self.make(&voice, text)?;
        Ok(Some(MachineAudio {
            key,
            bytes: bytes.len(),
        }))
    }

    /// Reads `text` with `voice`, encodes it and keeps the file (0600 in a 0700 folder).
    /// One at a time: two requests for the same new text make it once.
    fn make(&self, voice: &str, text: &str) -> Result<Vec<u8>> {
        let _one_at_a_time = self.making.lock().unwrap_or_else(|p| p.into_inner());
        let key = Self::key(voice, text);
        let path = self.dir.join(format!("{key}.ogg"));
        if let Ok(bytes) = std::fs::read(&path) {
            return Ok(bytes);
        }
        let programs = self
            .programs
            .as_ref()
            .ok_or_else(|| Error::NotFound("espeak-ng and opusenc".into()))?;
        let bytes = synthesize(programs, voice, text)?;
        create_private_dir(&self.dir)?;
        write_private(&path, &bytes)?;
        Ok(bytes)
    }
}

/// Reads `text` aloud with espeak-ng's `voice` and returns it as Ogg/Opus (mono, 24 kbit/s).
/// The text goes through standard input, never the command line.
pub fn synthesize(programs: &SpeechPrograms, voice: &str, text: &str) -> Result<Vec<u8>> {
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(Error::Invalid(format!(
            "a text to read aloud is longer than {MAX_TEXT_CHARS} characters"
        )));
    }
    if text.trim().is_empty() {
        return Err(Error::Invalid("there is no text to read aloud".into()));
    }
    let mut espeak = Command::new(&programs.espeak)
        .args([
            "-b",
            "1",
            "-s",
            WORDS_PER_MINUTE,
            "-v",
            voice,
            "--stdout",
            "--stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| Error::io(&programs.espeak, e))?;
    let wav = espeak
        .stdout
        .take()
        .ok_or_else(|| Error::Task("espeak-ng has no output".into()))?;
    let mut opusenc = Command::new(&programs.opusenc)
        .args([
            "--quiet",
            "--bitrate",
            BITRATE_KBPS,
            "--downmix-mono",
            "--speech",
            "-",
            "-",
        ])
        .stdin(Stdio::from(wav))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| Error::io(&programs.opusenc, e))?;
    // Feed the text from another thread while opusenc's output is read here, so neither pipe
    // can fill up and stall the other.
    let mut stdin = espeak
        .stdin
        .take()
        .ok_or_else(|| Error::Task("espeak-ng takes no input".into()))?;
    let input = text.to_owned();
    let feeder = std::thread::spawn(move || {
        let written = stdin.write_all(input.as_bytes());
        drop(stdin);
        written
    });
    let mut ogg = Vec::new();
    let read = opusenc
        .stdout
        .take()
        .ok_or_else(|| Error::Task("opusenc has no output".into()))?
        .read_to_end(&mut ogg);
    let fed = feeder
        .join()
        .map_err(|_| Error::Task("feeding espeak-ng failed".into()))?;
    let espeak_status = espeak.wait().map_err(|e| Error::io(&programs.espeak, e))?;
    let opus_status = opusenc
        .wait()
        .map_err(|e| Error::io(&programs.opusenc, e))?;
    read.map_err(|e| Error::io(&programs.opusenc, e))?;
    fed.map_err(|e| Error::io(&programs.espeak, e))?;
    if !espeak_status.success() {
        return Err(Error::Task(format!(
            "espeak-ng failed ({espeak_status}) with voice {voice}"
        )));
    }
    if !opus_status.success() || !is_ogg_opus(&ogg) {
        return Err(Error::Task(format!("opusenc failed ({opus_status})")));
    }
    Ok(ogg)
}

/// Whether `bytes` start like an Ogg stream whose first packet is an `OpusHead`.
pub fn is_ogg_opus(bytes: &[u8]) -> bool {
    // The first page: "OggS", 22 more header bytes, the segment count, the segment table,
    // then the first packet.
    if bytes.len() < 28 || &bytes[..4] != b"OggS" {
        return false;
    }
    let segments = usize::from(bytes[26]);
    let start = 27 + segments;
    bytes.get(start..start + 8) == Some(b"OpusHead")
}

fn create_private_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::io(dir, e))?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
        .map_err(|e| Error::io(dir, e))
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&tmp)
        .map_err(|e| Error::io(&tmp, e))?;
    file.write_all(bytes).map_err(|e| Error::io(&tmp, e))?;
    file.sync_all().map_err(|e| Error::io(&tmp, e))?;
    std::fs::rename(&tmp, path).map_err(|e| Error::io(path, e))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}
