//! Search: how a person's query finds a topic in their language.

use navrat_content::model::{Provenance, Slug, TopicText, Translation, TranslationStatus};
use navrat_content::search::{Hit, Searcher};

use navrat_testkit::{SeededStore, seeded};

use crate::support::{l, locales, seeded_store};

fn top3(s: &Searcher, q: &str, locale: &str) -> Vec<String> {
    s.search(q, l(locale), 3)
        .unwrap()
        .into_iter()
        .map(|h| h.slug.to_string())
        .collect()
}

fn assert_top3(s: &Searcher, locale: &str, query: &str, expected: &str) {
    let got = top3(s, query, locale);
    assert!(
        got.iter().any(|g| g == expected),
        "{locale} {query:?}: expected {expected} in {got:?}"
    );
}

#[test]
fn diacritics_typos_scripts_and_transliteration() {
    let SeededStore {
        store: _store,
        searcher: s,
        dir: _dir,
        ..
    } = seeded();
    assert_top3(&s, "cs", "zákaz vstupu", "entry-ban-and-repayment");
    assert_top3(&s, "cs", "zakaz vstupu", "entry-ban-and-repayment");
    assert_top3(&s, "cs", "letenka", "what-is-covered");
    assert_top3(&s, "en", "pasport", "travel-documents");
    assert_top3(&s, "en", "entry bann", "entry-ban-and-repayment");
    assert_top3(&s, "uk", "паспорт", "travel-documents");
    assert_top3(&s, "ru", "pasport", "travel-documents");
    assert_top3(&s, "ar", "جواز السفر", "travel-documents");
    assert_top3(&s, "zh", "护照", "travel-documents");
}

#[test]
fn exact_diacritics_rank_before_folded_look_alikes() {
    let SeededStore {
        store: _store,
        searcher: s,
        dir: _dir,
        ..
    } = seeded();
    let with = s.search("zajištění", l("cs"), 5).unwrap();
    let without = s.search("zajisteni", l("cs"), 5).unwrap();
    assert!(!with.is_empty());
    assert_eq!(with[0].slug, without[0].slug, "same best topic either way");
    assert!(
        with[0].score > without[0].score,
        "exact match scores higher"
    );
}

#[test]
fn prefix_matches_while_typing() {
    let SeededStore {
        store: _store,
        searcher: s,
        dir: _dir,
        ..
    } = seeded();
    assert_top3(&s, "en", "passp", "travel-documents");
    assert_top3(&s, "cs", "socialni prac", "counselling-in-detention");
}

#[test]
fn hits_carry_title_and_marked_snippet_in_the_askers_language() {
    let SeededStore {
        store: _store,
        searcher: s,
        dir: _dir,
        ..
    } = seeded();
    let hits = s.search("паспорт", l("uk"), 3).unwrap();
    let hit: &Hit = &hits[0];
    assert_eq!(hit.locale, l("uk"));
    assert!(
        hit.title
            .chars()
            .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap())),
        "{}",
        hit.title
    );
    let marked: Vec<&str> = hit
        .snippet
        .iter()
        .filter(|p| p.marked)
        .map(|p| p.text.as_str())
        .collect();
    assert!(!marked.is_empty(), "{:?}", hit.snippet);
    assert!(
        marked
            .iter()
            .all(|m| m.to_lowercase().starts_with("паспорт")),
        "{marked:?}"
    );
}

#[test]
fn nothing_in_the_askers_locale_falls_back_along_the_chain_and_shows_their_titles() {
    let SeededStore {
        store: _store,
        searcher: s,
        dir: _dir,
        ..
    } = seeded();
    // An English word typed on the Vietnamese kiosk: no Vietnamese text has it, an English keyword does.
    let hits = s.search("wheelchair", l("vi"), 3).unwrap();
    assert!(!hits.is_empty());
    assert_eq!(hits[0].matched_locale, l("en"));
    assert_eq!(
        hits[0].locale,
        l("vi"),
        "shown in Vietnamese, which has the topic"
    );
}

#[test]
fn searches_without_result_are_counted_without_digits_or_identity() {
    let SeededStore {
        store,
        searcher: s,
        dir: _dir,
        ..
    } = seeded();
    assert!(
        s.search("xylofon zzqq 777123456", l("cs"), 3)
            .unwrap()
            .is_empty()
    );
    assert!(s.search("Xylofon   zzqq", l("cs"), 3).unwrap().is_empty());
    s.flush_misses();
    let misses = store.search_misses(l("cs"), 10).unwrap();
    assert_eq!(misses, [("xylofon zzqq".to_owned(), 2)]);
}

#[test]
fn publishing_reaches_search_without_a_rebuild_and_check_sees_it() {
    let SeededStore {
        store,
        searcher: s,
        dir: _dir,
        ..
    } = seeded();
    assert!(s.verify().unwrap().is_ok());
    let slug = Slug::parse("what-to-bring").unwrap();
    let revision = store.topic(&slug).unwrap().unwrap().source.revision;
    let t = Translation {
        slug: slug.clone(),
        locale: l("uk"),
        text: TopicText {
            title: "Що взяти з собою".into(),
            summary: "Документи.".into(),
            body: "Візьміть свідоцтво про народження дітей і гербовий папір.".into(),
            keywords: vec!["гербовий".into()],
        },
        status: TranslationStatus::InReview,
        provenance: Provenance::Community,
        author: "olena".into(),
        reviewer: None,
        source_revision: revision,
    };
    store.save_translation_draft(&t, "olena").unwrap();
    store
        .publish_translation(&slug, l("uk"), "ivan", "ivan")
        .unwrap();
    let check = s.verify().unwrap();
    assert_eq!(
        check.missing_or_stale,
        ["what-to-bring/uk"],
        "the index lags until refreshed"
    );
    s.refresh_topic(&slug).unwrap();
    assert!(s.verify().unwrap().is_ok());
    assert_top3(&s, "uk", "гербовий папір", "what-to-bring");

    // Withdrawn: search no longer finds that text once the topic is refreshed.
    store.withdraw_translation(&slug, l("uk"), "ivan").unwrap();
    s.refresh_topic(&slug).unwrap();
    assert!(s.verify().unwrap().is_ok());
    let after = top3(&s, "гербовий папір", "uk");
    assert!(!after.iter().any(|x| x == "what-to-bring"), "{after:?}");
}

#[test]
fn an_index_on_disk_is_reused_when_current_and_rebuilt_when_stale() {
    let (dir, store) = seeded_store();
    let index_dir = dir.path().join("index");
    let first = Searcher::open(Some(&index_dir), &store, &locales()).unwrap();
    let expected = first.verify().unwrap().expected;
    drop(first);
    let loaded = Searcher::load(Some(&index_dir), &store, &locales()).unwrap();
    let check = loaded.verify().unwrap();
    assert!(check.is_ok() && check.indexed == expected, "{check:?}");
    drop(loaded);
    // The database changes while the service is down.
    let slug = Slug::parse("health-needs").unwrap();
    let mut text = store.topic(&slug).unwrap().unwrap().source.text;
    text.keywords.push("inzulín".into());
    store
        .edit_source(&slug, &text, &[], &[], false, "eva")
        .unwrap();
    assert!(
        !Searcher::load(Some(&index_dir), &store, &locales())
            .unwrap()
            .verify()
            .unwrap()
            .is_ok()
    );
    let reopened = Searcher::open(Some(&index_dir), &store, &locales()).unwrap();
    assert!(reopened.verify().unwrap().is_ok());
    assert_top3(&reopened, "cs", "inzulin", "health-needs");
}
