//! Test audio made in code: WAV bytes of a tone, and Ogg/Opus from Debian's `opusenc`
//! (installed by `scripts/test`) as an upload would become; and a recording taken through
//! review to published.

use navrat_content::Store;
use navrat_content::audio::recording::{CheckedRecording, OpusEncoder, check_upload};
use navrat_content::audio::sniff::AudioFormat;
use navrat_content::model::{Role, Slug};
use navrat_content::translation_workflow::RecordingAction;

/// A mono 16-bit WAV of a 440 Hz tone, `ms` long at `rate` Hz.
pub fn tone_wav(ms: u32, rate: u32) -> Vec<u8> {
    let frames = rate * ms / 1000;
    let samples: Vec<i16> = (0..frames)
        .map(|i| {
            let t = f64::from(i) / f64::from(rate);
            ((t * 440.0 * std::f64::consts::TAU).sin() * 8000.0) as i16
        })
        .collect();
    wav_file(
        rate,
        1,
        16,
        &samples
            .iter()
            .flat_map(|s| s.to_le_bytes())
            .collect::<Vec<_>>(),
    )
}

/// A PCM WAV file of `data` (samples as given) with `channels` and `bits` per sample at `rate` Hz.
pub fn wav_file(rate: u32, channels: u16, bits: u16, data: &[u8]) -> Vec<u8> {
    let block = channels * bits / 8;
    let mut out = b"RIFF".to_vec();
    out.extend((36 + data.len() as u32).to_le_bytes());
    out.extend(b"WAVEfmt ");
    out.extend(16u32.to_le_bytes());
    out.extend(1u16.to_le_bytes());
    out.extend(channels.to_le_bytes());
    out.extend(rate.to_le_bytes());
    out.extend((rate * u32::from(block)).to_le_bytes());
    out.extend(block.to_le_bytes());
    out.extend(bits.to_le_bytes());
    out.extend(b"data");
    out.extend((data.len() as u32).to_le_bytes());
    out.extend(data);
    out
}

/// An Ogg/Opus file of a tone, `ms` long, as `opusenc` makes it.
pub fn tone_ogg(ms: u32) -> Vec<u8> {
    let checked = check_upload(&tone_wav(ms, 16_000), None, None, &OpusEncoder::find()).unwrap();
    assert_eq!(checked.uploaded_as, AudioFormat::Wav);
    checked.ogg
}

/// Olena (a Ukrainian translator) records `slug` in Ukrainian and submits it; Ivan (a
/// Ukrainian reviewer) publishes it. The topic's Ukrainian translation must be published.
pub fn publish_ukrainian_recording(store: &Store, slug: &Slug, recording: &CheckedRecording) {
    let uk = navrat_content::Locale::parse("uk").unwrap();
    store.add_recording(slug, uk, recording, "olena").unwrap();
    let olena = crate::staff_user("olena", vec![Role::Translator(uk)]);
    let ivan = crate::staff_user("ivan", vec![Role::Reviewer(uk)]);
    for (who, action) in [
        (&olena, RecordingAction::Submit),
        (&ivan, RecordingAction::Publish),
    ] {
        store
            .apply_recording_action(who, slug, uk, action)
            .unwrap()
            .unwrap();
    }
}
