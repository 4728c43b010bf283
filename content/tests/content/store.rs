//! The store: migrations, settings, topics, revisions, translations, fallback.

use navrat_content::model::{
    Category, Provenance, Slug, TopicText, Translation, TranslationStatus,
};
use navrat_content::store::TranslationState;
use navrat_content::{Error, Store};

use crate::support::{l, new_store, source};

fn with_category(store: &Store) {
    // Categories come from the seed; a minimal one for unit-sized tests.
    let content = navrat_content::seed::SeedContent {
        categories: vec![Category { id: "about".into() }],
        points: vec![],
        topics: vec![],
    };
    store.import_seed(&content, "test").unwrap();
}

fn translation(
    slug: &Slug,
    locale: &str,
    title: &str,
    status: TranslationStatus,
    rev: u32,
) -> Translation {
    Translation {
        slug: slug.clone(),
        locale: l(locale),
        text: TopicText {
            title: title.into(),
            summary: "s".into(),
            body: "b".into(),
            keywords: vec![],
        },
        status,
        provenance: Provenance::Community,
        author: "olena".into(),
        reviewer: None,
        source_revision: rev,
    }
}

#[test]
fn a_new_database_is_migrated_and_reopens() {
    let (dir, store) = new_store();
    assert!(store.is_empty().unwrap());
    assert!(store.integrity().unwrap().is_ok());
    drop(store);
    let store = Store::open_dir(dir.path()).unwrap();
    assert!(store.is_empty().unwrap());
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let version: u32 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap();
    assert_eq!(version, 20);
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_database_from_a_newer_navrat_is_refused() {
    let (dir, store) = new_store();
    let path = store.path().to_owned();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let err = Store::open_dir(dir.path()).unwrap_err();
    assert!(err.to_string().contains("newer than this Navrat"), "{err}");
}

#[test]
fn a_topic_round_trips() {
    let (_dir, store) = new_store();
    with_category(&store);
    let slug = Slug::parse("what-is-it").unwrap();
    store
        .create_topic(
            &slug,
            "about",
            10,
            &source("Co to je", "Text **tučně**."),
            "eva",
        )
        .unwrap();
    let topic = store.topic(&slug).unwrap().unwrap();
    assert_eq!(topic.source.revision, 1);
    assert_eq!(topic.source.text.title, "Co to je");
    assert_eq!(topic.source.text.body, "Text **tučně**.");
    assert_eq!(topic.source.author, "eva");
    assert_eq!(store.topics().unwrap().len(), 1);
    assert!(
        store
            .topic(&Slug::parse("nope").unwrap())
            .unwrap()
            .is_none()
    );
}

#[test]
fn editing_the_source_outdates_translations_which_are_still_served_with_a_notice() {
    let (_dir, store) = new_store();
    with_category(&store);
    let slug = Slug::parse("ticket").unwrap();
    store
        .create_topic(&slug, "about", 1, &source("Letenka", "Stará verze."), "eva")
        .unwrap();
    store
        .save_translation_draft(
            &translation(&slug, "uk", "Квиток", TranslationStatus::InReview, 1),
            "olena",
        )
        .unwrap();
    store
        .publish_translation(&slug, l("uk"), "ivan", "ivan")
        .unwrap();
    assert_eq!(
        store.translation_states(l("uk")).unwrap()[0].1,
        TranslationState::Current
    );

    let mut text = source("Letenka", "Nová verze.").text;
    text.body = "Nová verze.".into();
    let rev = store
        .edit_source(&slug, &text, &[], &[], false, "eva")
        .unwrap();
    assert_eq!(rev, 2);
    assert_eq!(
        store.translation_states(l("uk")).unwrap()[0].1,
        TranslationState::Outdated
    );
    let served = store
        .served_topic(&slug, &[l("uk"), l("en"), l("cs")])
        .unwrap()
        .unwrap();
    assert_eq!(served.locale, l("uk"));
    assert!(served.outdated);
    assert_eq!((served.source_revision, served.current_revision), (1, 2));
    // The old revision is kept for the diff a translator needs.
    let revisions = store.source_revisions(&slug).unwrap();
    assert_eq!(
        revisions
            .iter()
            .map(|r| r.text.body.as_str())
            .collect::<Vec<_>>(),
        ["Stará verze.", "Nová verze."]
    );

    // Updating and publishing makes it current again.
    store
        .save_translation_draft(
            &translation(&slug, "uk", "Квиток (нове)", TranslationStatus::InReview, 2),
            "olena",
        )
        .unwrap();
    // Until published, people still read the published version.
    let served = store.served_topic(&slug, &[l("uk")]).unwrap().unwrap();
    assert_eq!(served.text.title, "Квиток");
    store
        .publish_translation(&slug, l("uk"), "ivan", "ivan")
        .unwrap();
    let served = store.served_topic(&slug, &[l("uk")]).unwrap().unwrap();
    assert_eq!(served.text.title, "Квиток (нове)");
    assert!(!served.outdated && !served.unreviewed);
    assert_eq!(
        store.translation_states(l("uk")).unwrap()[0].1,
        TranslationState::Current
    );
}

#[test]
fn fallback_follows_the_chain_and_serves_only_published_text_or_the_machine_draft() {
    let (_dir, store) = new_store();
    with_category(&store);
    let slug = Slug::parse("docs").unwrap();
    store
        .create_topic(&slug, "about", 1, &source("Doklady", "Text."), "eva")
        .unwrap();
    // What a Ukrainian reader is served, English then Czech after Ukrainian.
    let served_to_uk_reader = || {
        store
            .served_topic(&slug, &[l("uk"), l("en"), l("cs")])
            .unwrap()
            .unwrap()
    };
    // Nothing in uk or en: Czech source.
    let served = served_to_uk_reader();
    assert_eq!(served.locale, l("cs"));
    assert!(!served.unreviewed);
    // An English machine draft comes before Czech, marked unreviewed.
    store
        .save_translation_draft(
            &Translation {
                provenance: Provenance::MachineDraft,
                ..translation(&slug, "en", "Documents", TranslationStatus::Draft, 1)
            },
            "navrat-draft",
        )
        .unwrap();
    let served = served_to_uk_reader();
    assert_eq!((served.locale, served.unreviewed), (l("en"), true));
    // A translator's draft over it is not served: the machine draft stays until a reviewer
    // publishes the translator's text.
    store
        .save_translation_draft(
            &translation(
                &slug,
                "en",
                "Papers (unreviewed)",
                TranslationStatus::InReview,
                1,
            ),
            "tom",
        )
        .unwrap();
    let served = served_to_uk_reader();
    assert_eq!(
        (served.locale, served.text.title.as_str(), served.provenance),
        (l("en"), "Documents", Provenance::MachineDraft)
    );
    store
        .publish_translation(&slug, l("en"), "rita", "rita")
        .unwrap();
    let served = served_to_uk_reader();
    assert_eq!(
        (served.text.title.as_str(), served.unreviewed),
        ("Papers (unreviewed)", false)
    );
    // A translator's draft with no machine draft under it reaches nobody: Ukrainian falls
    // through to English.
    store
        .save_translation_draft(
            &translation(&slug, "uk", "Документи", TranslationStatus::Draft, 1),
            "olena",
        )
        .unwrap();
    let served = served_to_uk_reader();
    assert_eq!(served.locale, l("en"));
    // A chain without Russian never shows Russian.
    store
        .save_translation_draft(
            &Translation {
                provenance: Provenance::MachineDraft,
                ..translation(&slug, "ru", "Документы", TranslationStatus::Draft, 1)
            },
            "navrat-draft",
        )
        .unwrap();
    let served = store
        .served_topic(&slug, &[l("ru"), l("cs")])
        .unwrap()
        .unwrap();
    assert_eq!(served.locale, l("ru"));
    let served = served_to_uk_reader();
    assert_eq!(served.locale, l("en"));
}

#[test]
fn czech_is_edited_as_source_not_as_a_translation_and_publishing_needs_a_draft() {
    let (_dir, store) = new_store();
    with_category(&store);
    let slug = Slug::parse("x").unwrap();
    store
        .create_topic(&slug, "about", 1, &source("X", "Y"), "eva")
        .unwrap();
    let err = store
        .save_translation_draft(
            &translation(&slug, "cs", "X", TranslationStatus::Draft, 1),
            "eva",
        )
        .unwrap_err();
    assert!(matches!(err, Error::NotAllowed(_)), "{err}");
    let err = store
        .publish_translation(&slug, l("vi"), "lan", "lan")
        .unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err}");
    let err = store
        .save_translation_draft(
            &translation(&slug, "vi", "X", TranslationStatus::Published, 1),
            "lan",
        )
        .unwrap_err();
    assert!(matches!(err, Error::NotAllowed(_)), "{err}");
}

#[test]
fn audit_log_names_who_changed_what() {
    let (_dir, store) = new_store();
    with_category(&store);
    let slug = Slug::parse("x").unwrap();
    store
        .create_topic(&slug, "about", 1, &source("X", "Y"), "eva")
        .unwrap();
    store
        .save_translation_draft(
            &translation(&slug, "vi", "X", TranslationStatus::InReview, 1),
            "lan",
        )
        .unwrap();
    store
        .publish_translation(&slug, l("vi"), "minh", "minh")
        .unwrap();
    let entries = store.audit_entries(10).unwrap();
    let seen: Vec<(&str, &str, &str)> = entries
        .iter()
        .map(|e| (e.actor.as_str(), e.action.as_str(), e.subject.as_str()))
        .collect();
    assert_eq!(
        &seen[..3],
        [
            ("minh", "translation.publish", "topic/x/vi"),
            ("lan", "translation.save", "topic/x/vi"),
            ("eva", "topic.create", "topic/x"),
        ]
    );
}

#[test]
fn staff_passwords_are_hashed_with_argon2id_and_checked() {
    use navrat_content::model::Role;
    let (_dir, store) = new_store();
    let roles = [Role::Translator(l("uk")), Role::Reviewer(l("uk"))];
    store
        .add_staff_user("olena", "Olena", "correct horse battery", &roles, "cli")
        .unwrap();
    let user = store
        .verify_staff_password("olena", "correct horse battery")
        .unwrap()
        .unwrap();
    let mut expected = roles.to_vec();
    expected.sort();
    assert_eq!(user.roles, expected);
    assert!(
        store
            .verify_staff_password("olena", "wrong password!!")
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .verify_staff_password("nobody", "correct horse battery")
            .unwrap()
            .is_none()
    );
    // Too short, duplicate, no role.
    assert!(
        store
            .add_staff_user("ivan", "Ivan", "short", &roles, "cli")
            .is_err()
    );
    assert!(
        store
            .add_staff_user("olena", "O", "another long password", &roles, "cli")
            .is_err()
    );
    assert!(
        store
            .add_staff_user("petr", "P", "another long password", &[], "cli")
            .is_err()
    );
    // The stored hash is argon2id with OWASP parameters, never the password.
    let conn = rusqlite::Connection::open(store.path()).unwrap();
    let hash: String = conn
        .query_row(
            "SELECT password_hash FROM staff_users WHERE login = 'olena'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    // Disabled users cannot sign in.
    store.disable_staff_user("olena", "cli").unwrap();
    assert!(
        store
            .verify_staff_password("olena", "correct horse battery")
            .unwrap()
            .is_none()
    );
    store
        .set_staff_password("olena", "a brand new password", "cli")
        .unwrap();
    assert!(
        store
            .verify_staff_password("olena", "a brand new password")
            .unwrap()
            .is_none()
    );
    assert!(store.staff_users().unwrap()[0].disabled);
}

#[test]
fn upgrading_seals_contacts_stored_in_clear_by_earlier_versions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("navrat.sqlite3");
    // A database as version 7 left it, with a request, a chat and a notice in clear.
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        let migrations = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        for n in 1..=7 {
            let file = std::fs::read_dir(&migrations)
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| {
                    p.file_name()
                        .unwrap()
                        .to_str()
                        .unwrap()
                        .starts_with(&format!("000{n}_"))
                })
                .unwrap();
            conn.execute_batch(&std::fs::read_to_string(file).unwrap())
                .unwrap();
        }
        conn.execute_batch(
            "INSERT INTO points (id, position, kind, sample_data, languages, hours, texts) VALUES ('praha', 1, 'regional', 1, '[]', '[]', '{}');
             INSERT INTO appointment_requests (reference, channel, locale, point_id, days, day_parts, alias, contact_kind, contact_value, interpreter_needed, status, created_at, updated_at, telegram_chat, decline_reason)
                 VALUES ('ABCDEFGHJ', 'telegram', 'uk', 'praha', '[\"mon\"]', '[\"morning\"]', 'Bohdana', 'telegram', '918273645', 0, 'new', 1, 1, 918273645, 'Bohdana, zavolejte');
             INSERT INTO bot_chats (chat_id, locale, dialogue, updated_at) VALUES (918273645, 'uk', '{\"alias\":\"Bohdana\"}', 1);
             INSERT INTO outbox (dedupe_key, chat_id, locale, kind, reference, point_id, detail, next_attempt_at, created_at)
                 VALUES ('k', 918273645, 'uk', 'declined', 'ABCDEFGHJ', 'praha', 'Bohdana, zavolejte', 1, 1);
             PRAGMA user_version = 7;",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let reference = navrat_content::ReferenceCode::parse("ABCDEFGHJ").unwrap();
    let request = store.appointment_request(&reference).unwrap().unwrap();
    assert_eq!(request.alias.as_deref(), Some("Bohdana"));
    assert_eq!(request.telegram_chat, Some(918_273_645));
    assert_eq!(
        store
            .appointment_requests_for_chat(918_273_645)
            .unwrap()
            .len(),
        1
    );
    assert_eq!(store.chat_locale(918_273_645).unwrap(), Some(l("uk")));
    assert_eq!(
        store.chat_dialogue(918_273_645).unwrap().as_deref(),
        Some("{\"alias\":\"Bohdana\"}")
    );
    assert_eq!(
        store.due_notices(i64::MAX, 5).unwrap()[0].chat_id,
        918_273_645
    );
    assert!(store.integrity().unwrap().is_ok());
    drop(store);
    // Checkpointed and closed: the file holds neither the name nor the chat id any more.
    let bytes = checkpointed_file(&path);
    for needle in [&b"Bohdana"[..], b"918273645"] {
        assert!(!bytes.windows(needle.len()).any(|w| w == needle));
    }
}

/// The bytes of the closed database file at `path` once its write-ahead log is checkpointed
/// into it: all that is on disk of the data.
fn checkpointed_file(path: &std::path::Path) -> Vec<u8> {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    drop(conn);
    std::fs::read(path).unwrap()
}

#[test]
fn upgrading_keeps_only_a_keyed_hash_of_follow_tokens_and_they_still_work() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("navrat.sqlite3");
    let token = "Qw7ZkP2mN9xR4tV6yB8cD1";
    // A database as version 9 left it: a kiosk request whose QR token is stored in clear.
    {
        let store = Store::open(&path).unwrap();
        with_category(&store);
        drop(store);
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(&format!(
            "ALTER TABLE appointment_requests ADD COLUMN follow_token TEXT;
             CREATE UNIQUE INDEX appointment_requests_follow_token ON appointment_requests(follow_token);
             INSERT INTO points (id, position, kind, sample_data, languages, hours, texts) VALUES ('praha', 1, 'regional', 1, '[]', '[]', '{{}}');
             INSERT INTO appointment_requests (reference, channel, locale, point_id, days, day_parts, contact_kind, interpreter_needed, status, created_at, updated_at, follow_token)
                 VALUES ('ABCDEFGHJ', 'kiosk', 'uk', 'praha', '[\"mon\"]', '[\"morning\"]', 'come_back', 0, 'new', 1, 1, '{token}');
             DROP INDEX appointment_requests_follow_hash;
             ALTER TABLE appointment_requests DROP COLUMN follow_hash;
             DROP TABLE search_misses;
             CREATE TABLE search_misses (locale TEXT NOT NULL, query TEXT NOT NULL, count INTEGER NOT NULL, last_at INTEGER NOT NULL, PRIMARY KEY (locale, query)) STRICT;
             DROP TABLE key_check;
             DROP TABLE recordings; DROP TABLE telegram_voice_files; DROP TABLE kiosk_heartbeats;
             DROP TABLE conversation_deliveries; DROP TABLE conversation_messages; DROP TABLE conversations; DROP TABLE saved_replies;
             PRAGMA user_version = 9;"
        ))
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let reference = navrat_content::ReferenceCode::parse("ABCDEFGHJ").unwrap();
    assert_eq!(
        store
            .appointment_by_follow_token(token)
            .unwrap()
            .map(|r| r.reference),
        Some(reference.clone())
    );
    assert!(matches!(
        store.attach_chat_by_token(token, 42).unwrap(),
        navrat_content::store::FollowOutcome::Following(_)
    ));
    assert_eq!(
        store.attach_chat_by_token(token, 43).unwrap(),
        navrat_content::store::FollowOutcome::FollowedElsewhere,
        "a second chat does not replace the first"
    );
    drop(store);
    let bytes = checkpointed_file(&path);
    assert!(!bytes.windows(token.len()).any(|w| w == token.as_bytes()));
}

#[test]
fn searches_without_result_are_bounded_and_only_repeated_words_are_kept() {
    use navrat_content::store::MAX_SEARCH_MISSES;
    let (_dir, store) = new_store();
    store
        .record_search_miss(l("uk"), "робота будівельник")
        .unwrap();
    store
        .record_search_miss(l("uk"), "робота будівельник")
        .unwrap();
    store.record_search_miss(l("uk"), "коваленко").unwrap();
    assert_eq!(
        store.search_misses(l("uk"), 10).unwrap(),
        [("робота будівельник".to_owned(), 2)],
        "the surname asked once is only a hash and a count"
    );
    // A flood past the bound: the table stays at it, and the repeated words survive.
    let flood: Vec<(navrat_content::Locale, String)> = (0..MAX_SEARCH_MISSES + 500)
        .map(|n| {
            (
                l("uk"),
                format!("слово{}", char::from_u32(0x4e00 + n as u32).unwrap()),
            )
        })
        .collect();
    for chunk in flood.chunks(1000) {
        store.record_search_misses(chunk).unwrap();
    }
    assert_eq!(store.search_miss_rows().unwrap(), MAX_SEARCH_MISSES);
    assert_eq!(
        store.search_misses(l("uk"), 1).unwrap(),
        [("робота будівельник".to_owned(), 2)]
    );
}

#[test]
fn upgrading_keeps_the_words_only_of_searches_asked_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("navrat.sqlite3");
    {
        let store = Store::open(&path).unwrap();
        drop(store);
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "DROP TABLE search_misses;
             CREATE TABLE search_misses (locale TEXT NOT NULL, query TEXT NOT NULL, count INTEGER NOT NULL, last_at INTEGER NOT NULL, PRIMARY KEY (locale, query)) STRICT;
             INSERT INTO search_misses VALUES ('uk', 'коваленко', 1, 5), ('uk', 'робота будівельник', 3, 6);
             DROP TABLE key_check;
             DROP TABLE recordings; DROP TABLE telegram_voice_files; DROP TABLE kiosk_heartbeats;
             DROP TABLE conversation_deliveries; DROP TABLE conversation_messages; DROP TABLE conversations; DROP TABLE saved_replies;
             PRAGMA user_version = 10;",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.search_misses(l("uk"), 10).unwrap(),
        [("робота будівельник".to_owned(), 3)]
    );
    assert_eq!(store.search_miss_rows().unwrap(), 2);
    // A second ask of the once-asked words keeps them from now on, counted on.
    store.record_search_miss(l("uk"), "коваленко").unwrap();
    assert!(
        store
            .search_misses(l("uk"), 10)
            .unwrap()
            .contains(&("коваленко".to_owned(), 2))
    );
}
