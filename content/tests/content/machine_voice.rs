//! The machine voice: a topic's text read by espeak-ng, encoded by opusenc, kept in the data
//! directory, and the rule choosing what a listener hears.

use std::os::unix::fs::PermissionsExt;

use navrat_content::Locale;
use navrat_content::audio::{self, MachineVoice, NoAudioReason, TopicAudio, machine};
use navrat_testkit::{catalog, locales, seeded_store};

fn loc(code: &str) -> Locale {
    Locale::parse(code).unwrap()
}

/// Ogg pages of a stream, with the granule position of the last one (48 kHz samples).
fn ogg_duration_seconds(bytes: &[u8]) -> f64 {
    let mut at = 0;
    let mut granule = 0u64;
    while at + 27 <= bytes.len() {
        assert_eq!(
            &bytes[at..at + 4],
            b"OggS",
            "page at byte {at} starts with OggS"
        );
        granule = u64::from_le_bytes(bytes[at + 6..at + 14].try_into().unwrap());
        let segments = usize::from(bytes[at + 26]);
        let body: usize = bytes[at + 27..at + 27 + segments]
            .iter()
            .map(|&s| usize::from(s))
            .sum();
        at += 27 + segments + body;
    }
    assert_eq!(at, bytes.len(), "the stream ends with a whole page");
    granule as f64 / 48_000.0
}

#[test]
fn czech_text_becomes_ogg_opus_kept_privately_and_found_again() {
    let dir = tempfile::tempdir().unwrap();
    let voice = MachineVoice::find(dir.path(), &locales());
    assert!(
        voice.is_available(),
        "scripts/test installs espeak-ng and opus-tools"
    );
    let text = "Dobrovolný návrat. Poradce vám pomůže s cestou domů.";
    let made = voice.ensure(loc("cs"), text).unwrap().unwrap();
    assert!(MachineVoice::is_key(&made.key));
    let path = voice.path(&made.key).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(bytes.len(), made.bytes);
    assert!(machine::is_ogg_opus(&bytes), "an Ogg stream with OpusHead");
    let seconds = ogg_duration_seconds(&bytes);
    assert!(
        (1.5..30.0).contains(&seconds),
        "two short Czech sentences last seconds, not {seconds}"
    );
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().unwrap()), 0o700);

    // Cache hit: the same text is not made again (the file is left as it is).
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    let again = voice.ensure(loc("cs"), text).unwrap().unwrap();
    assert_eq!(again, made);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
    // Another text, another voice: other keys.
    assert_ne!(MachineVoice::key("cs", "jiný text"), made.key);
    assert_ne!(MachineVoice::key("sk", text), made.key);
    // The text is nowhere in the file name or the folder.
    let names: Vec<String> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec![format!("{}.ogg", made.key)]);
}

#[test]
fn a_remembered_text_is_made_when_first_asked_for_and_unknown_keys_are_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let voice = MachineVoice::find(dir.path(), &locales());
    let key = voice
        .remember(loc("uk"), "Добровільне повернення.")
        .unwrap();
    assert!(voice.cached(&key).is_none());
    let bytes = voice.bytes(&key).unwrap().unwrap();
    assert!(machine::is_ogg_opus(&bytes));
    assert_eq!(voice.cached(&key).unwrap().bytes, bytes.len());
    assert_eq!(voice.bytes(&"0".repeat(64)).unwrap(), None);
    for hostile in [
        "../../etc/passwd",
        "",
        &"A".repeat(64),
        &format!("{}/x", "a".repeat(62)),
    ] {
        assert_eq!(voice.path(hostile), None, "{hostile:?} is not a key");
        assert_eq!(voice.bytes(hostile).unwrap(), None);
    }
}

#[test]
fn mongolian_has_no_voice_and_every_other_locale_has_one() {
    let dir = tempfile::tempdir().unwrap();
    let voice = MachineVoice::find(dir.path(), &locales());
    assert_eq!(voice.voice(loc("mn")), None);
    assert_eq!(voice.ensure(loc("mn"), "Сайн байна уу").unwrap(), None);
    assert_eq!(voice.remember(loc("mn"), "Сайн байна уу"), None);
    for code in [
        "cs", "en", "uk", "ru", "vi", "ka", "ro", "ar", "fa", "tr", "zh",
    ] {
        assert!(voice.voice(loc(code)).is_some(), "{code} has a voice");
    }
    // Every configured voice exists in the installed espeak-ng.
    let listed = std::process::Command::new("espeak-ng")
        .arg("--voices")
        .output()
        .unwrap();
    let listed = String::from_utf8_lossy(&listed.stdout);
    for info in locales().all() {
        if let Some(v) = &info.speech_voice {
            assert!(
                listed
                    .lines()
                    .any(|l| l.split_whitespace().nth(1) == Some(v)),
                "espeak-ng has voice {v} of {}",
                info.code
            );
        }
    }
}

#[test]
fn the_rule_chooses_machine_voice_or_says_why_there_is_none() {
    let (dir, store) = seeded_store();
    let voice = MachineVoice::find(dir.path(), &locales());
    let catalog = catalog();
    let topics = store.served_topics(&[loc("cs")]).unwrap();
    let served = topics.iter().find(|t| t.sample_data).unwrap_or(&topics[0]);
    let spoken = audio::spoken_topic_text(served, catalog);
    assert!(spoken.contains(&served.text.title));
    assert!(
        !spoken.contains("**") && !spoken.contains("]("),
        "Markdown is not read out"
    );
    if served.sample_data {
        assert!(spoken.starts_with(&catalog.text(loc("cs"), "notice-sample-data")));
    }
    match audio::topic_audio(&store, Some(&voice), catalog, served).unwrap() {
        TopicAudio::Machine { key, bytes } => {
            assert_eq!(key, MachineVoice::key("cs", &spoken));
            assert_eq!(
                bytes, 0,
                "not made yet: made on request or in the background"
            );
        }
        other => panic!("expected the machine voice, got {other:?}"),
    }

    // Mongolian text (if the seed has one) or a Mongolian-only served topic: no voice.
    let mn = store.served_topics(&[loc("mn")]).unwrap();
    if let Some(mn_topic) = mn.iter().find(|t| t.locale == loc("mn")) {
        assert_eq!(
            audio::topic_audio(&store, Some(&voice), catalog, mn_topic).unwrap(),
            TopicAudio::None {
                reason: NoAudioReason::NoVoiceForLanguage
            }
        );
    }
    // Without the programs: nothing, and the reason says so.
    let silent = MachineVoice::with_programs(None, dir.path(), &locales());
    assert_eq!(
        audio::topic_audio(&store, Some(&silent), catalog, served).unwrap(),
        TopicAudio::None {
            reason: NoAudioReason::NoSpeechPrograms
        }
    );
}
