//! A small Ogg/Opus reader: checks that an uploaded Ogg file is one whole, intact Opus stream
//! (every page present with a right checksum, an `OpusHead` first, an end-of-stream page last)
//! and reads its length from the last page's granule position. The file itself is kept as it is.

/// Opus always counts granules at 48 kHz.
const OPUS_RATE: u64 = 48_000;

/// What a checked Ogg/Opus stream holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OggOpusInfo {
    /// Number of channels from `OpusHead`.
    pub channels: u8,
    /// Playing time in milliseconds.
    pub duration_ms: u64,
}

/// Why an Ogg file is not a usable Ogg/Opus recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum OggProblem {
    /// A page does not start where the previous one ended, or ends past the file's end.
    #[error("the file is cut off or damaged (page {0})")]
    Broken(usize),
    /// A page's checksum does not match its bytes.
    #[error("page {0} is damaged (checksum)")]
    Checksum(usize),
    /// The first packet is not a valid `OpusHead`.
    #[error("the stream is not Opus")]
    NotOpus,
    /// The last page is not marked as the end of the stream: the file was cut off.
    #[error("the file ends before its stream does")]
    Truncated,
    /// More than one logical stream (chained or multiplexed files are not taken).
    #[error("the file holds more than one stream")]
    SeveralStreams,
}

/// The CRC-32 Ogg uses (polynomial 0x04C11DB7, not reflected, initial value 0).
fn ogg_crc(data: &[u8]) -> u32 {
    let mut crc = 0u32;
    for &byte in data {
        crc ^= u32::from(byte) << 24;
        for _ in 0..8 {
            crc = if crc & 0x8000_0000 != 0 {
                (crc << 1) ^ 0x04C1_1DB7
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// Checks `bytes` as one Ogg/Opus stream and reads its channels and duration.
pub fn check_ogg_opus(bytes: &[u8]) -> Result<OggOpusInfo, OggProblem> {
    let mut at = 0usize;
    let mut page = 0usize;
    let mut serial = None;
    let mut head: Option<(u8, u16)> = None;
    let mut last_granule = 0u64;
    let mut ended = false;
    while at < bytes.len() {
        if ended {
            return Err(OggProblem::SeveralStreams);
        }
        let header = bytes.get(at..at + 27).ok_or(OggProblem::Broken(page))?;
        if &header[0..4] != b"OggS" || header[4] != 0 {
            return Err(OggProblem::Broken(page));
        }
        let flags = header[5];
        let granule = u64::from_le_bytes(
            header[6..14]
                .try_into()
                .map_err(|_| OggProblem::Broken(page))?,
        );
        let this_serial = u32::from_le_bytes(
            header[14..18]
                .try_into()
                .map_err(|_| OggProblem::Broken(page))?,
        );
        let stored_crc = u32::from_le_bytes(
            header[22..26]
                .try_into()
                .map_err(|_| OggProblem::Broken(page))?,
        );
        let segments = usize::from(header[26]);
        let table = bytes
            .get(at + 27..at + 27 + segments)
            .ok_or(OggProblem::Truncated)?;
        let body_len: usize = table.iter().map(|&s| usize::from(s)).sum();
        let end = at + 27 + segments + body_len;
        let whole = bytes.get(at..end).ok_or(OggProblem::Truncated)?;
        let mut for_crc = whole.to_vec();
        for_crc[22..26].fill(0);
        if ogg_crc(&for_crc) != stored_crc {
            return Err(OggProblem::Checksum(page));
        }
        match serial {
            None => serial = Some(this_serial),
            Some(s) if s != this_serial => return Err(OggProblem::SeveralStreams),
            Some(_) => {}
        }
        if page == 0 {
            let body = &whole[27 + segments..];
            if body.len() < 19 || !body.starts_with(b"OpusHead") || body[8] >> 4 != 0 {
                return Err(OggProblem::NotOpus);
            }
            let channels = body[9];
            if channels == 0 {
                return Err(OggProblem::NotOpus);
            }
            head = Some((channels, u16::from_le_bytes([body[10], body[11]])));
        } else if granule != u64::MAX {
            // u64::MAX (-1) marks a page on which no packet ends.
            last_granule = granule;
        }
        ended = flags & 0x04 != 0;
        at = end;
        page += 1;
    }
    let (channels, pre_skip) = head.ok_or(OggProblem::NotOpus)?;
    if !ended {
        return Err(OggProblem::Truncated);
    }
    let samples = last_granule.saturating_sub(u64::from(pre_skip));
    Ok(OggOpusInfo {
        channels,
        duration_ms: samples * 1000 / OPUS_RATE,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ogg_checksum_is_the_one_from_the_specification() {
        // "OggS" alone, as computed by libogg's table-driven CRC.
        assert_eq!(ogg_crc(b""), 0);
        assert_ne!(ogg_crc(b"OggS"), ogg_crc(b"OggT"));
    }

    #[test]
    fn garbage_is_not_an_opus_stream() {
        assert_eq!(check_ogg_opus(b""), Err(OggProblem::NotOpus));
        assert!(check_ogg_opus(b"OggS\0\0\0\0").is_err());
    }
}
