//! Counsellors' recordings without HTTP: what an upload really is (judged by its bytes), the
//! limits, hostile files, review and publishing by the roles of text, outdated marking after
//! the text changes, and the backup carrying recordings.
//!
//! Test audio (a tone as WAV, and as Ogg/Opus from Debian's `opusenc`) comes from
//! `navrat_testkit::audio`.

use navrat_content::Store;
use navrat_content::audio::recording::{
    CheckedRecording, MAX_RECORDING_BYTES, OpusEncoder, UploadProblem, check_upload,
};
use navrat_content::audio::sniff::AudioFormat;
use navrat_content::model::{Role, Slug, StaffUser, TopicText};
use navrat_content::store::{DATABASE_FILE, RecordingState, RecordingStatus};
use navrat_content::translation_workflow::{RecordingAction as A, RecordingRefusal as R};
use navrat_content::vault::KEY_FILE;

use crate::support::{l, seeded_store};
pub use navrat_testkit::audio::{tone_ogg, tone_wav, wav_file};
use navrat_testkit::{publish_ukrainian_translations, staff_user};

#[test]
fn ogg_opus_is_kept_as_it_is_with_its_length_read() {
    let ogg = tone_ogg(2_500);
    let checked = check_upload(
        &ogg,
        Some("topic.ogg"),
        Some("audio/ogg"),
        &OpusEncoder::none(),
    )
    .unwrap();
    assert_eq!(
        checked.ogg, ogg,
        "an Ogg/Opus upload is stored byte for byte"
    );
    assert_eq!(checked.uploaded_as, AudioFormat::OggOpus);
    assert_eq!(checked.claimed_otherwise, None);
    assert!(
        (2_400..=2_600).contains(&checked.duration_ms),
        "{} ms",
        checked.duration_ms
    );
    assert_eq!(checked.sha256.len(), 64);
}

#[test]
fn a_wav_claiming_to_be_ogg_is_judged_by_its_bytes() {
    let wav = tone_wav(1_000, 8_000);
    let checked = check_upload(
        &wav,
        Some("recording.ogg"),
        Some("audio/ogg"),
        &OpusEncoder::find(),
    )
    .unwrap();
    assert_eq!(checked.uploaded_as, AudioFormat::Wav);
    assert_eq!(
        checked.claimed_otherwise,
        Some(AudioFormat::OggOpus),
        "the counsellor is told what it really was"
    );
    assert!(checked.ogg.starts_with(b"OggS"), "converted to Ogg/Opus");
    assert!((900..=1_100).contains(&checked.duration_ms));
    // Without opusenc only Ogg/Opus is taken, whatever the name says.
    assert_eq!(
        check_upload(&wav, Some("recording.ogg"), None, &OpusEncoder::none()),
        Err(UploadProblem::NoEncoder(AudioFormat::Wav))
    );
}

#[test]
fn hostile_and_broken_uploads_are_refused_with_the_reason() {
    let enc = OpusEncoder::find();
    let check = |bytes: &[u8], name: &str| check_upload(bytes, Some(name), None, &enc);
    assert_eq!(check(b"", "a.ogg"), Err(UploadProblem::Empty));
    assert_eq!(
        check(&vec![0u8; MAX_RECORDING_BYTES + 1], "a.wav"),
        Err(UploadProblem::TooLarge)
    );
    assert_eq!(
        check(b"%PDF-1.7 not audio at all", "a.ogg"),
        Err(UploadProblem::NotAudio)
    );
    assert_eq!(
        check(b"MZ\x90\0\x03", "a.mp3"),
        Err(UploadProblem::NotAudio)
    );

    let ogg = tone_ogg(2_000);
    assert_eq!(
        check(&ogg[..ogg.len() / 2], "cut.ogg"),
        Err(UploadProblem::Damaged(AudioFormat::OggOpus)),
        "a cut-off Ogg file"
    );
    let mut flipped = ogg.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x55;
    assert_eq!(
        check(&flipped, "flipped.ogg"),
        Err(UploadProblem::Damaged(AudioFormat::OggOpus)),
        "a damaged page"
    );
    let wav = tone_wav(1_000, 8_000);
    assert_eq!(
        check(&wav[..wav.len() / 2], "cut.wav"),
        Err(UploadProblem::Damaged(AudioFormat::Wav))
    );
    // An Ogg Vorbis file: recognised, not taken.
    let mut vorbis = b"OggS\0\x02".to_vec();
    vorbis.extend([0u8; 20]);
    vorbis.push(1);
    vorbis.push(30);
    vorbis.extend(b"\x01vorbis");
    vorbis.extend([0u8; 23]);
    assert_eq!(
        check(&vorbis, "a.ogg"),
        Err(UploadProblem::Unsupported(AudioFormat::OggOther))
    );
    // Over ten minutes, though under the size limit: 8-bit samples at 8 kHz.
    let long = wav_file(8_000, 1, 8, &vec![128u8; 8_000 * 601]);
    assert!(long.len() < MAX_RECORDING_BYTES);
    assert_eq!(check(&long, "long.wav"), Err(UploadProblem::TooLong));
    // A random header that looks like MP3 but is noise.
    let mut noise = vec![0xFF, 0xFB, 0x90, 0x00];
    noise.extend((0..4000u32).map(|i| (i * 7919 % 251) as u8));
    assert!(matches!(
        check(&noise, "noise.mp3"),
        Err(UploadProblem::Damaged(AudioFormat::Mp3))
    ));
}

/// A seeded store with a topic whose Ukrainian translation is published.
fn published_topic() -> (tempfile::TempDir, Store, Slug) {
    let (dir, store) = seeded_store();
    let slug = publish_ukrainian_translations(&store, 1).remove(0);
    (dir, store, slug)
}

pub fn recording(ms: u32) -> CheckedRecording {
    check_upload(&tone_ogg(ms), None, None, &OpusEncoder::none()).unwrap()
}

#[test]
fn recordings_go_through_review_like_text_and_go_stale_with_it() {
    let (_dir, store, slug) = published_topic();
    let uk = l("uk");
    let olena = staff_user("olena", vec![Role::Translator(uk)]);
    let ivan = staff_user("ivan", vec![Role::Reviewer(uk)]);
    let taras = staff_user("taras", vec![Role::Reviewer(l("ru"))]);

    let rec = recording(1_500);
    store.add_recording(&slug, uk, &rec, "olena").unwrap();
    let act = |u: &StaffUser, a: A| store.apply_recording_action(u, &slug, uk, a).unwrap();
    assert_eq!(
        store.published_recording(&slug, uk).unwrap(),
        None,
        "not heard before review"
    );
    assert_eq!(
        act(&taras, A::Submit),
        Err(R::NotTranslator),
        "another locale's reviewer"
    );
    assert_eq!(
        act(&olena, A::Publish),
        Err(R::NotApprover),
        "a translator does not publish"
    );
    assert_eq!(act(&olena, A::Submit), Ok(()));
    assert_eq!(
        store.working_recording(&slug, uk).unwrap().unwrap().status,
        RecordingStatus::InReview
    );
    assert_eq!(act(&ivan, A::Return), Ok(()));
    assert_eq!(
        store.working_recording(&slug, uk).unwrap().unwrap().status,
        RecordingStatus::Draft
    );
    assert_eq!(act(&ivan, A::Publish), Ok(()));
    let published = store.published_recording(&slug, uk).unwrap().unwrap();
    assert_eq!(published.sha256, rec.sha256);
    assert_eq!(published.uploaded_by, "olena");
    assert_eq!(published.reviewed_by.as_deref(), Some("ivan"));
    assert!(!published.outdated);
    assert_eq!(store.recording_bytes(published.id).unwrap(), rec.ogg);
    assert_eq!(store.working_recording(&slug, uk).unwrap(), None);

    // A reviewer does not publish their own recording.
    store
        .add_recording(&slug, uk, &recording(1_000), "ivan")
        .unwrap();
    assert_eq!(act(&ivan, A::Publish), Err(R::NotApprover));

    // The Czech source changes: the published recording no longer says what people read.
    navrat_testkit::edit_czech_source(&store, &slug, "A new paragraph.");
    assert!(
        store
            .published_recording(&slug, uk)
            .unwrap()
            .unwrap()
            .outdated
    );
    let state = |store: &Store| {
        store
            .recording_states(uk)
            .unwrap()
            .into_iter()
            .find(|(s, _)| *s == slug)
            .unwrap()
            .1
    };
    assert_eq!(state(&store), RecordingState::Outdated);
    // A recording of the old text waiting for review is not published any more.
    let eva = staff_user("eva", vec![Role::Coordinator]);
    assert_eq!(act(&eva, A::Publish), Err(R::Outdated));
    // Recorded again: current.
    store
        .add_recording(&slug, uk, &recording(1_200), "olena")
        .unwrap();
    assert_eq!(act(&ivan, A::Publish), Ok(()));
    assert_eq!(state(&store), RecordingState::Current);
    // A new translation published: outdated again.
    store.publish_translation(&slug, uk, "ivan", "ivan").ok();
    let t = store
        .translations(&slug)
        .unwrap()
        .into_iter()
        .find(|t| t.locale == uk)
        .unwrap();
    store
        .save_translation_draft(
            &navrat_content::model::Translation {
                text: TopicText {
                    title: format!("{} ", t.text.title.trim()),
                    ..t.text.clone()
                },
                status: navrat_content::model::TranslationStatus::InReview,
                author: "olena".into(),
                ..t
            },
            "olena",
        )
        .unwrap();
    assert_eq!(
        state(&store),
        RecordingState::Current,
        "a draft changes nothing people hear"
    );
    store
        .publish_translation(&slug, uk, "ivan", "ivan")
        .unwrap();
    assert_eq!(state(&store), RecordingState::Outdated);
    assert_eq!(act(&ivan, A::Withdraw), Ok(()));
    assert_eq!(state(&store), RecordingState::Missing);
}

#[test]
fn a_topic_without_a_published_translation_cannot_be_recorded() {
    let (_dir, store) = seeded_store();
    let slug = store.topics().unwrap()[0].slug.clone();
    let unpublished = store
        .translations(&slug)
        .unwrap()
        .iter()
        .all(|t| t.locale != l("ka") || t.status.as_str() != "published");
    if unpublished {
        assert!(
            store
                .add_recording(&slug, l("ka"), &recording(500), "nino")
                .is_err()
        );
    }
    assert!(
        unpublished,
        "the seed has no reviewed Georgian translation of {slug}"
    );
}

#[test]
fn a_restored_backup_has_the_recording() {
    let (dir, store, slug) = published_topic();
    let uk = l("uk");
    let rec = recording(800);
    store.add_recording(&slug, uk, &rec, "olena").unwrap();
    let ivan = staff_user("ivan", vec![Role::Reviewer(uk)]);
    store
        .apply_recording_action(&ivan, &slug, uk, A::Publish)
        .unwrap()
        .unwrap();

    let restored = tempfile::tempdir().unwrap();
    store
        .backup_to(&restored.path().join(DATABASE_FILE))
        .unwrap();
    std::fs::copy(dir.path().join(KEY_FILE), restored.path().join(KEY_FILE)).unwrap();
    drop(store);
    let back = Store::open_dir(restored.path()).unwrap();
    let published = back.published_recording(&slug, uk).unwrap().unwrap();
    assert_eq!(back.recording_bytes(published.id).unwrap(), rec.ogg);
    assert!(!published.outdated);
}
