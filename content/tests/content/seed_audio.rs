//! Published recordings travel with the seed (#15): `navrat export` writes each topic's
//! published recordings as `audio/<locale>.ogg` with `recordings.toml`, and an import into a
//! new store brings them back byte for byte, tied to the published translation, an outdated
//! one still outdated; drafts stay behind. A changed, damaged or unlisted audio file in a seed
//! folder is refused with the file named.

use navrat_content::Store;
use navrat_content::model::{Role, Slug, TranslationStatus};
use navrat_content::seed::{export_dir, read_dir};
use navrat_content::store::RecordingInfo;
use navrat_content::translation_workflow::RecordingAction;

use navrat_testkit::audio::publish_ukrainian_recording;
use navrat_testkit::{publish_ukrainian_translations, staff_user};

use crate::audio::{recording, tone_wav};
use crate::support::{l, locales, new_store, seeded_store};

/// The published Ukrainian recording of `slug` and its bytes.
fn uk_recording(store: &Store, slug: &Slug) -> (RecordingInfo, Vec<u8>) {
    let info = store.published_recording(slug, l("uk")).unwrap().unwrap();
    let bytes = store.recording_bytes(info.id).unwrap();
    (info, bytes)
}

/// A seeded store with three published Ukrainian recordings: one current, one whose
/// translation was published anew since, one whose Czech source changed since; and a draft
/// recording beside the current one.
fn store_with_recordings() -> (tempfile::TempDir, Store, Vec<Slug>) {
    let (dir, store) = seeded_store();
    let slugs = publish_ukrainian_translations(&store, 3);
    assert_eq!(
        slugs.len(),
        3,
        "the seed has three reviewed Ukrainian texts"
    );
    for (i, slug) in slugs.iter().enumerate() {
        publish_ukrainian_recording(&store, slug, &recording(700 + 100 * i as u32));
    }
    // A draft of a newer recording: not published, so it stays out of the seed.
    store
        .add_recording(&slugs[0], l("uk"), &recording(450), "olena")
        .unwrap();
    // A new Ukrainian translation of the second topic published.
    let mut uk = store
        .translations(&slugs[1])
        .unwrap()
        .into_iter()
        .find(|t| t.locale == l("uk"))
        .unwrap();
    uk.text.title.push_str(" (opraveno)");
    uk.status = TranslationStatus::InReview;
    uk.author = "olena".into();
    store.save_translation_draft(&uk, "olena").unwrap();
    store
        .publish_translation(&slugs[1], l("uk"), "ivan", "ivan")
        .unwrap();
    // The Czech source of the third topic edited.
    navrat_testkit::edit_czech_source(&store, &slugs[2], "Nový odstavec.");
    let outdated: Vec<bool> = slugs
        .iter()
        .map(|s| uk_recording(&store, s).0.outdated)
        .collect();
    assert_eq!(outdated, [false, true, true]);
    (dir, store, slugs)
}

#[test]
fn published_recordings_go_out_with_the_seed_and_come_back_byte_for_byte() {
    let (_dir, store, slugs) = store_with_recordings();
    let exported = tempfile::tempdir().unwrap();
    export_dir(&store, exported.path()).unwrap();
    let out = navrat_testkit::files_below(exported.path());
    for slug in &slugs {
        let (_, bytes) = uk_recording(&store, slug);
        assert_eq!(out[&format!("topics/{slug}/audio/uk.ogg")], bytes);
        let list =
            String::from_utf8(out[&format!("topics/{slug}/recordings.toml")].clone()).unwrap();
        assert!(list.contains("uploaded_by = \"olena\""), "{list}");
        assert!(list.contains("reviewed_by = \"ivan\""), "{list}");
    }
    let audio_files = out.keys().filter(|k| k.ends_with(".ogg")).count();
    assert_eq!(audio_files, 3, "drafts stay out: {:?}", out.keys());

    let (_fresh_dir, fresh) = new_store();
    let content = read_dir(exported.path(), &locales()).unwrap();
    let report = fresh.import_seed(&content, "seed").unwrap();
    assert_eq!(report.recordings_added, 3, "{report:?}");
    for slug in &slugs {
        let (was, was_bytes) = uk_recording(&store, slug);
        let (now, now_bytes) = uk_recording(&fresh, slug);
        assert_eq!(now_bytes, was_bytes, "{slug}: byte-identical");
        assert_eq!(now.sha256, was.sha256);
        assert_eq!(now.status, was.status);
        assert_eq!(now.outdated, was.outdated, "{slug}: same standing");
        assert_eq!(
            (
                now.uploaded_by,
                now.reviewed_by,
                now.duration_ms,
                now.uploaded_format
            ),
            (
                was.uploaded_by,
                was.reviewed_by,
                was.duration_ms,
                was.uploaded_format
            )
        );
    }
    assert_eq!(fresh.working_recording(&slugs[0], l("uk")).unwrap(), None);
    assert_eq!(
        fresh.recording_states(l("uk")).unwrap(),
        store.recording_states(l("uk")).unwrap()
    );

    // Exported again from the new store: the same files. Imported again: nothing changes.
    let again = tempfile::tempdir().unwrap();
    export_dir(&fresh, again.path()).unwrap();
    assert!(
        navrat_testkit::files_below(again.path()) == out,
        "the second export differs"
    );
    let twice = fresh.import_seed(&content, "seed").unwrap();
    assert!(!twice.changed_anything(), "{twice:?}");
    assert!(twice.kept_edits.is_empty(), "{twice:?}");

    // A store that published another recording since keeps its own and says so.
    let (_other_dir, other) = new_store();
    other.import_seed(&content, "seed").unwrap();
    let ivan = staff_user("ivan", vec![Role::Reviewer(l("uk"))]);
    other
        .apply_recording_action(&ivan, &slugs[0], l("uk"), RecordingAction::Withdraw)
        .unwrap()
        .unwrap();
    publish_ukrainian_recording(&other, &slugs[0], &recording(1_300));
    let mine = uk_recording(&other, &slugs[0]).1;
    let report = other.import_seed(&content, "seed").unwrap();
    assert_eq!(report.kept_edits, [format!("topic/{}/audio/uk", slugs[0])]);
    assert_eq!(uk_recording(&other, &slugs[0]).1, mine);

    // The recording withdrawn from the store is removed from the next export of that folder.
    store
        .apply_recording_action(&ivan, &slugs[1], l("uk"), RecordingAction::Withdraw)
        .unwrap()
        .unwrap();
    export_dir(&store, exported.path()).unwrap();
    let after = navrat_testkit::files_below(exported.path());
    assert!(!after.contains_key(&format!("topics/{}/audio/uk.ogg", slugs[1])));
    assert!(!after.contains_key(&format!("topics/{}/recordings.toml", slugs[1])));
    assert!(
        !exported
            .path()
            .join(format!("topics/{}/audio", slugs[1]))
            .exists()
    );
    assert!(after.contains_key(&format!("topics/{}/audio/uk.ogg", slugs[0])));
}

#[test]
fn a_changed_damaged_or_unlisted_recording_in_a_seed_is_refused_naming_the_file() {
    let (_dir, store, slugs) = store_with_recordings();
    let exported = tempfile::tempdir().unwrap();
    export_dir(&store, exported.path()).unwrap();
    let folder = exported.path().join(format!("topics/{}", slugs[0]));
    let audio = folder.join("audio/uk.ogg");
    let list = folder.join("recordings.toml");
    let (good_audio, good_list) = (
        std::fs::read(&audio).unwrap(),
        std::fs::read_to_string(&list).unwrap(),
    );
    let sha = |bytes: &[u8]| navrat_content::audio::recording::sha256_hex(bytes);
    let refused = |why: &str| {
        let err = read_dir(exported.path(), &locales())
            .unwrap_err()
            .to_string();
        assert!(err.contains(why), "{err}");
        err
    };
    assert!(read_dir(exported.path(), &locales()).is_ok());

    // One byte changed: the SHA-256 no longer matches.
    let mut changed = good_audio.clone();
    let middle = changed.len() / 2;
    changed[middle] ^= 0x55;
    std::fs::write(&audio, &changed).unwrap();
    let err = refused("SHA-256");
    assert!(err.contains(&format!("{}/audio/uk.ogg", slugs[0])), "{err}");

    // Another file with its hash written in: the bytes decide what it is.
    let wav = tone_wav(500, 16_000);
    std::fs::write(&audio, &wav).unwrap();
    std::fs::write(&list, good_list.replace(&sha(&good_audio), &sha(&wav))).unwrap();
    let err = refused("not an Ogg/Opus file");
    assert!(err.contains("audio/uk.ogg"), "{err}");

    // A cut-off Ogg/Opus file with its hash written in.
    let cut = &good_audio[..good_audio.len() - 40];
    std::fs::write(&audio, cut).unwrap();
    std::fs::write(&list, good_list.replace(&sha(&good_audio), &sha(cut))).unwrap();
    let err = refused("damaged Ogg/Opus");
    assert!(err.contains("audio/uk.ogg"), "{err}");

    // Whole again, but an audio file that recordings.toml does not list.
    std::fs::write(&audio, &good_audio).unwrap();
    std::fs::write(&list, &good_list).unwrap();
    std::fs::write(folder.join("audio/ru.ogg"), &good_audio).unwrap();
    let err = refused("unexpected file");
    assert!(err.contains("audio/ru.ogg"), "{err}");
    std::fs::remove_file(folder.join("audio/ru.ogg")).unwrap();

    // A listed file that is missing.
    std::fs::remove_file(&audio).unwrap();
    let err = refused("audio/uk.ogg");
    assert!(!err.is_empty());
    std::fs::write(&audio, &good_audio).unwrap();

    // A recording whose translation is not in the folder: nothing to tie it to.
    std::fs::remove_file(folder.join("uk.md")).unwrap();
    let _ = std::fs::remove_file(folder.join("uk.draft.md"));
    refused("needs a published uk.md");
}
