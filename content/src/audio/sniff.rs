//! What an uploaded file really is, judged by its first bytes only: never by its name or the
//! type the browser declared.

/// The audio formats a recording may be uploaded in (and the ones recognised to be refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AudioFormat {
    /// Ogg with an Opus stream: kept as it is.
    OggOpus,
    /// Ogg with another codec (Vorbis, FLAC, …): recognised, not taken.
    OggOther,
    /// MPEG audio layer III (with or without an ID3 tag).
    Mp3,
    /// MPEG-4 audio (M4A, AAC in an `ftyp` container).
    M4a,
    /// RIFF/WAVE.
    Wav,
}

impl AudioFormat {
    /// The short name used in the store, the seed and the log.
    pub fn as_str(self) -> &'static str {
        match self {
            AudioFormat::OggOpus => "ogg_opus",
            AudioFormat::OggOther => "ogg",
            AudioFormat::Mp3 => "mp3",
            AudioFormat::M4a => "m4a",
            AudioFormat::Wav => "wav",
        }
    }

    /// The format named `name` by [`AudioFormat::as_str`].
    pub fn parse(name: &str) -> Option<Self> {
        [
            AudioFormat::OggOpus,
            AudioFormat::OggOther,
            AudioFormat::Mp3,
            AudioFormat::M4a,
            AudioFormat::Wav,
        ]
        .into_iter()
        .find(|f| f.as_str() == name)
    }

    /// What people call it (shown to the counsellor: "Ogg/Opus", "MP3", …).
    pub fn label(self) -> &'static str {
        match self {
            AudioFormat::OggOpus => "Ogg/Opus",
            AudioFormat::OggOther => "Ogg",
            AudioFormat::Mp3 => "MP3",
            AudioFormat::M4a => "M4A",
            AudioFormat::Wav => "WAV",
        }
    }

    /// The format a file name's extension or a declared media type claims, if any. Only used
    /// to tell the counsellor when the bytes turned out to be something else.
    pub fn claimed(file_name: Option<&str>, content_type: Option<&str>) -> Option<Self> {
        let ext = file_name
            .and_then(|n| n.rsplit_once('.'))
            .map(|(_, e)| e.to_ascii_lowercase());
        let by_ext = match ext.as_deref() {
            Some("ogg" | "opus" | "oga") => Some(AudioFormat::OggOpus),
            Some("mp3") => Some(AudioFormat::Mp3),
            Some("m4a" | "mp4" | "aac") => Some(AudioFormat::M4a),
            Some("wav" | "wave") => Some(AudioFormat::Wav),
            _ => None,
        };
        by_ext.or_else(|| {
            let ct = content_type?.split(';').next()?.trim().to_ascii_lowercase();
            match ct.as_str() {
                "audio/ogg" | "audio/opus" | "application/ogg" => Some(AudioFormat::OggOpus),
                "audio/mpeg" | "audio/mp3" => Some(AudioFormat::Mp3),
                "audio/mp4" | "audio/x-m4a" | "audio/aac" => Some(AudioFormat::M4a),
                "audio/wav" | "audio/x-wav" | "audio/wave" | "audio/vnd.wave" => {
                    Some(AudioFormat::Wav)
                }
                _ => None,
            }
        })
    }
}

/// What the first bytes of `bytes` say it is, or `None` when they are no audio format we know.
pub fn sniff(bytes: &[u8]) -> Option<AudioFormat> {
    if bytes.starts_with(b"OggS") {
        // The first page's payload starts after 27 header bytes and the segment table.
        let segments = usize::from(*bytes.get(26)?);
        let payload = bytes.get(27 + segments..)?;
        return Some(if payload.starts_with(b"OpusHead") {
            AudioFormat::OggOpus
        } else {
            AudioFormat::OggOther
        });
    }
    if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WAVE" {
        return Some(AudioFormat::Wav);
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some(AudioFormat::M4a);
    }
    if bytes.starts_with(b"ID3") {
        return Some(AudioFormat::Mp3);
    }
    // An MPEG audio frame: 11 sync bits, then version, then layer (00 is reserved — ADTS AAC
    // uses it, and is not MP3).
    if let [0xFF, b1, ..] = bytes
        && b1 & 0xE0 == 0xE0
        && b1 & 0x06 != 0
    {
        return Some(AudioFormat::Mp3);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bytes_decide_not_the_name() {
        let mut wav = b"RIFF\0\0\0\0WAVEfmt ".to_vec();
        wav.extend([0u8; 32]);
        assert_eq!(sniff(&wav), Some(AudioFormat::Wav));
        assert_eq!(
            AudioFormat::claimed(Some("talk.ogg"), Some("audio/wav")),
            Some(AudioFormat::OggOpus)
        );
        assert_eq!(sniff(b"ID3\x04\0\0\0\0\0\0"), Some(AudioFormat::Mp3));
        assert_eq!(sniff(b"\xFF\xFB\x90\x00"), Some(AudioFormat::Mp3));
        assert_eq!(sniff(b"\xFF\xF1\x50\x80"), None, "ADTS AAC is not MP3");
        assert_eq!(sniff(b"\0\0\0\x20ftypM4A \0\0"), Some(AudioFormat::M4a));
        assert_eq!(sniff(b"%PDF-1.7"), None);
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(b"OggS"), None, "too short to say which codec");
    }
}
