//! Checking an uploaded recording and turning it into what is stored and served: Ogg/Opus.
//!
//! The bytes decide what a file is ([`super::sniff`]); its name and declared type only serve to
//! tell the counsellor when they were wrong. Ogg/Opus is checked ([`super::ogg`]) and kept as
//! it is; MP3, M4A and WAV are decoded (the `symphonia` crate), mixed down to mono and encoded
//! by Debian's `opusenc` (opus-tools), which reads the WAV from its standard input. Without
//! `opusenc` only Ogg/Opus is taken.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use sha2::{Digest, Sha256};
use symphonia::core::audio::SampleBuffer;
use symphonia::core::codecs::DecoderOptions;
use symphonia::core::errors::Error as DecodeError;
use symphonia::core::formats::FormatOptions;
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;
use symphonia::core::probe::Hint;

use super::ogg::check_ogg_opus;
use super::sniff::{AudioFormat, sniff};

/// The largest recording taken, in bytes (as uploaded).
pub const MAX_RECORDING_BYTES: usize = 8 * 1024 * 1024;

/// The longest recording taken, in milliseconds (ten minutes).
pub const MAX_RECORDING_MS: u64 = 10 * 60 * 1000;

/// The bit rate recordings are encoded at (kbit/s, mono speech).
pub const OPUS_BITRATE_KBPS: u32 = 24;

/// Why an upload is not taken. Each has a message for the counsellor in workspace.ftl.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UploadProblem {
    /// No bytes at all.
    #[error("the file is empty")]
    Empty,
    /// Over [`MAX_RECORDING_BYTES`].
    #[error("the file is larger than the limit")]
    TooLarge,
    /// Over [`MAX_RECORDING_MS`].
    #[error("the recording is longer than the limit")]
    TooLong,
    /// The bytes are no audio format we know.
    #[error("the file is not audio in a known format")]
    NotAudio,
    /// A known format this service does not take (e.g. Ogg Vorbis).
    #[error("{} recordings are not taken", .0.label())]
    Unsupported(AudioFormat),
    /// The file is cut off, damaged or has no sound in it.
    #[error("the {} file is cut off or damaged", .0.label())]
    Damaged(AudioFormat),
    /// Converting it needs `opusenc`, which this server does not have.
    #[error("{} needs opusenc, which is not installed", .0.label())]
    NoEncoder(AudioFormat),
    /// `opusenc` failed.
    #[error("the encoder failed")]
    EncoderFailed,
}

/// A recording that passed the checks, ready to be stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedRecording {
    /// The Ogg/Opus bytes stored and served.
    pub ogg: Vec<u8>,
    /// What the uploaded bytes really were.
    pub uploaded_as: AudioFormat,
    /// What its name or declared type claimed, when that differs from what it really was.
    pub claimed_otherwise: Option<AudioFormat>,
    /// Playing time in milliseconds.
    pub duration_ms: u64,
    /// SHA-256 of [`CheckedRecording::ogg`], lower-case hex.
    pub sha256: String,
}

/// Debian's `opusenc`, found on the `PATH` (or not).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpusEncoder {
    program: Option<PathBuf>,
}

impl OpusEncoder {
    /// Looks for `opusenc` on the `PATH`.
    pub fn find() -> Self {
        OpusEncoder {
            program: find_program("opusenc"),
        }
    }

    /// No encoder: only Ogg/Opus uploads are taken.
    pub fn none() -> Self {
        OpusEncoder { program: None }
    }

    /// Whether `opusenc` is there.
    pub fn is_available(&self) -> bool {
        self.program.is_some()
    }

    /// Encodes a 16-bit PCM WAV file to Ogg/Opus (mono speech).
    pub fn encode_wav(&self, wav: &[u8], format: AudioFormat) -> Result<Vec<u8>, UploadProblem> {
        let program = self
            .program
            .as_deref()
            .ok_or(UploadProblem::NoEncoder(format))?;
        let bitrate = OPUS_BITRATE_KBPS.to_string();
        let mut child = Command::new(program)
            .args([
                "--quiet",
                "--speech",
                "--downmix-mono",
                "--bitrate",
                &bitrate,
                "-",
                "-",
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|_| UploadProblem::EncoderFailed)?;
        let mut stdin = child.stdin.take().ok_or(UploadProblem::EncoderFailed)?;
        let mut stdout = child.stdout.take().ok_or(UploadProblem::EncoderFailed)?;
        // Feed and drain at once, or a full pipe stops both sides.
        let out = std::thread::scope(|scope| {
            let feeder = scope.spawn(move || stdin.write_all(wav));
            let mut out = Vec::new();
            let read = stdout.read_to_end(&mut out);
            let fed = feeder.join();
            match (read, fed) {
                (Ok(_), Ok(Ok(()))) => Ok(out),
                _ => Err(UploadProblem::EncoderFailed),
            }
        });
        let status = child.wait().map_err(|_| UploadProblem::EncoderFailed)?;
        let out = out?;
        if !status.success() {
            return Err(UploadProblem::EncoderFailed);
        }
        Ok(out)
    }
}

/// The program `name` in a directory of the `PATH`, if it is there.
pub fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Checks an upload and makes it the Ogg/Opus recording to store. `file_name` and
/// `content_type` are what the browser said; they are not believed.
pub fn check_upload(
    bytes: &[u8],
    file_name: Option<&str>,
    content_type: Option<&str>,
    encoder: &OpusEncoder,
) -> Result<CheckedRecording, UploadProblem> {
    if bytes.is_empty() {
        return Err(UploadProblem::Empty);
    }
    if bytes.len() > MAX_RECORDING_BYTES {
        return Err(UploadProblem::TooLarge);
    }
    let format = sniff(bytes).ok_or(UploadProblem::NotAudio)?;
    let (ogg, duration_ms) = match format {
        AudioFormat::OggOther => return Err(UploadProblem::Unsupported(format)),
        AudioFormat::OggOpus => {
            let info = check_ogg_opus(bytes).map_err(|_| UploadProblem::Damaged(format))?;
            (bytes.to_vec(), info.duration_ms)
        }
        AudioFormat::Mp3 | AudioFormat::M4a | AudioFormat::Wav => {
            if !encoder.is_available() {
                return Err(UploadProblem::NoEncoder(format));
            }
            let pcm = decode_to_mono(bytes, format)?;
            let duration_ms = pcm.duration_ms();
            let ogg = encoder.encode_wav(&pcm.to_wav(), format)?;
            check_ogg_opus(&ogg).map_err(|_| UploadProblem::EncoderFailed)?;
            (ogg, duration_ms)
        }
    };
    if duration_ms == 0 {
        return Err(UploadProblem::Damaged(format));
    }
    if duration_ms > MAX_RECORDING_MS {
        return Err(UploadProblem::TooLong);
    }
    let claimed = AudioFormat::claimed(file_name, content_type);
    Ok(CheckedRecording {
        sha256: sha256_hex(&ogg),
        ogg,
        uploaded_as: format,
        claimed_otherwise: claimed.filter(|c| *c != format),
        duration_ms,
    })
}

/// SHA-256 of `bytes`, lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Decoded sound: 16-bit mono samples at a sample rate.
struct MonoPcm {
    rate: u32,
    samples: Vec<i16>,
}

impl MonoPcm {
    fn duration_ms(&self) -> u64 {
        (self.samples.len() as u64 * 1000)
            .checked_div(u64::from(self.rate))
            .unwrap_or(0)
    }

    /// A 44-byte header and the samples: what `opusenc` reads.
    fn to_wav(&self) -> Vec<u8> {
        let data_len = u32::try_from(self.samples.len() * 2).unwrap_or(u32::MAX);
        let mut wav = Vec::with_capacity(44 + self.samples.len() * 2);
        wav.extend(b"RIFF");
        wav.extend(data_len.saturating_add(36).to_le_bytes());
        wav.extend(b"WAVEfmt ");
        wav.extend(16u32.to_le_bytes());
        wav.extend(1u16.to_le_bytes()); // PCM
        wav.extend(1u16.to_le_bytes()); // mono
        wav.extend(self.rate.to_le_bytes());
        wav.extend((self.rate * 2).to_le_bytes());
        wav.extend(2u16.to_le_bytes());
        wav.extend(16u16.to_le_bytes());
        wav.extend(b"data");
        wav.extend(data_len.to_le_bytes());
        for s in &self.samples {
            wav.extend(s.to_le_bytes());
        }
        wav
    }
}

/// Whether a WAV file's chunks end where the file does (a cut-off WAV says it holds more).
fn wav_is_whole(bytes: &[u8]) -> bool {
    let mut at = 12usize;
    while let Some(header) = bytes.get(at..at + 8) {
        let len = u32::from_le_bytes([header[4], header[5], header[6], header[7]]);
        if &header[0..4] == b"data" {
            // Streaming writers leave the length at 0 or "unknown".
            return len == 0 || len == u32::MAX || at + 8 + len as usize <= bytes.len();
        }
        at += 8 + len as usize + (len as usize & 1);
    }
    false
}

/// Decodes an MP3, M4A or WAV file to mono 16-bit samples, stopping past the length limit.
fn decode_to_mono(bytes: &[u8], format: AudioFormat) -> Result<MonoPcm, UploadProblem> {
    let damaged = UploadProblem::Damaged(format);
    if format == AudioFormat::Wav && !wav_is_whole(bytes) {
        return Err(damaged);
    }
    let source = MediaSourceStream::new(
        Box::new(std::io::Cursor::new(bytes.to_vec())),
        Default::default(),
    );
    let mut hint = Hint::new();
    hint.with_extension(match format {
        AudioFormat::Mp3 => "mp3",
        AudioFormat::M4a => "m4a",
        _ => "wav",
    });
    let probed = symphonia::default::get_probe()
        .format(
            &hint,
            source,
            &FormatOptions::default(),
            &MetadataOptions::default(),
        )
        .map_err(|_| damaged)?;
    let mut reader = probed.format;
    let track = reader.default_track().ok_or(damaged)?;
    let track_id = track.id;
    let mut decoder = symphonia::default::get_codecs()
        .make(&track.codec_params, &DecoderOptions::default())
        .map_err(|_| UploadProblem::Unsupported(format))?;
    let mut pcm = MonoPcm {
        rate: 0,
        samples: Vec::new(),
    };
    let (mut good, mut bad) = (0u32, 0u32);
    loop {
        let packet = match reader.next_packet() {
            Ok(p) => p,
            Err(DecodeError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                break;
            }
            Err(DecodeError::ResetRequired) => break,
            Err(_) => return Err(damaged),
        };
        if packet.track_id() != track_id {
            continue;
        }
        let decoded = match decoder.decode(&packet) {
            Ok(d) => d,
            Err(DecodeError::DecodeError(_)) => {
                bad += 1;
                continue;
            }
            Err(_) => return Err(damaged),
        };
        good += 1;
        let spec = *decoded.spec();
        let channels = spec.channels.count().max(1);
        if pcm.rate == 0 {
            pcm.rate = spec.rate;
        } else if pcm.rate != spec.rate {
            return Err(damaged);
        }
        let mut buffer = SampleBuffer::<i16>::new(decoded.capacity() as u64, spec);
        buffer.copy_interleaved_ref(decoded);
        pcm.samples
            .extend(buffer.samples().chunks(channels).map(|frame| {
                let sum: i32 = frame.iter().map(|&s| i32::from(s)).sum();
                (sum / frame.len().max(1) as i32) as i16
            }));
        if pcm.duration_ms() > MAX_RECORDING_MS {
            return Err(UploadProblem::TooLong);
        }
    }
    if good == 0 || bad > good || pcm.samples.is_empty() {
        return Err(damaged);
    }
    Ok(pcm)
}
