//! `navrat check` reports how each locale's topics can be heard (#15): on a seeded data
//! directory with one Ukrainian recording published and current and another made outdated by
//! a change of its Czech source, the audio table's figures are exactly those; Mongolian (no
//! espeak-ng voice) has no machine voice. With a `PATH` that lacks espeak-ng, `check` warns,
//! counts no machine voice anywhere, and still exits 0 (a missing voice is not a fault of the
//! data: docs/audio.md).

use std::path::Path;

use navrat_content::audio::recording::{OpusEncoder, check_upload};
use navrat_content::search::Searcher;
use navrat_content::{Locales, Store, seed};
use navrat_testkit::audio::{publish_ukrainian_recording, tone_wav};
use navrat_testkit::publish_ukrainian_translations;

use crate::{navrat, repo, run, text};

/// A data directory as `navrat serve` leaves it (seed imported, search index built), with
/// two published Ukrainian recordings, the second outdated. Returns the number of topics.
fn data_with_recordings(data: &Path) -> usize {
    let locales = Locales::load(&repo().join("locales")).unwrap();
    let store = Store::open_dir(data).unwrap();
    let content = seed::read_dir(&repo().join("content/seed"), &locales).unwrap();
    store.import_seed(&content, "seed").unwrap();
    let slugs = publish_ukrainian_translations(&store, 2);
    assert_eq!(slugs.len(), 2);
    for slug in &slugs {
        let recording = check_upload(
            &tone_wav(900, 16_000),
            Some("talk.wav"),
            None,
            &OpusEncoder::find(),
        )
        .unwrap();
        publish_ukrainian_recording(&store, slug, &recording);
    }
    navrat_testkit::edit_czech_source(&store, &slugs[1], "Nový odstavec.");
    Searcher::open(Some(&data.join("index")), &store, &locales).unwrap();
    store.topics().unwrap().len()
}

/// The audio table of `check`'s output: (recorded, machine, none, outdated) of `locale`.
fn audio_row(stdout: &str, locale: &str) -> [usize; 4] {
    let line = stdout
        .lines()
        .skip_while(|l| !l.contains("audio:"))
        .find(|l| l.split_whitespace().next() == Some(locale))
        .unwrap_or_else(|| panic!("no audio row for {locale}:\n{stdout}"));
    let figures: Vec<usize> = line
        .split_whitespace()
        .rev()
        .take(4)
        .map(|n| n.parse().unwrap())
        .collect();
    [figures[3], figures[2], figures[1], figures[0]]
}

/// A folder holding only `opusenc`, for a `PATH` without espeak-ng.
fn path_without_espeak() -> tempfile::TempDir {
    let bin = tempfile::tempdir().unwrap();
    let opusenc = navrat_content::audio::recording::find_program("opusenc").unwrap();
    std::os::unix::fs::symlink(opusenc, bin.path().join("opusenc")).unwrap();
    bin
}

#[test]
fn check_counts_recorded_outdated_machine_and_silent_topics_per_locale() {
    let data = tempfile::tempdir().unwrap();
    let topics = data_with_recordings(data.path());

    let out = run(navrat(data.path()).arg("check"));
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(!stdout.contains("warning: espeak-ng"), "{stdout}");
    assert_eq!(audio_row(&stdout, "uk"), [1, topics - 2, 0, 1], "{stdout}");
    assert_eq!(audio_row(&stdout, "cs"), [0, topics, 0, 0], "{stdout}");
    assert_eq!(audio_row(&stdout, "mn"), [0, 0, topics, 0], "{stdout}");
    assert!(stdout.trim_end().ends_with("ok"), "{stdout}");

    // Without espeak-ng: a warning, no machine voice anywhere, and still a clean exit.
    let bin = path_without_espeak();
    let out = run(navrat(data.path()).arg("check").env("PATH", bin.path()));
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("warning: espeak-ng is not installed: no machine voice, recordings only"),
        "{stdout}"
    );
    assert!(!stdout.contains("warning: opusenc"), "{stdout}");
    assert_eq!(audio_row(&stdout, "uk"), [1, 0, topics - 2, 1], "{stdout}");
    assert_eq!(audio_row(&stdout, "cs"), [0, 0, topics, 0], "{stdout}");
    assert!(stdout.trim_end().ends_with("ok"), "{stdout}");
}
