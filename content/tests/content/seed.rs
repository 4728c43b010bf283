//! The shipped seed content: what it holds, idempotent import, edits kept, exact round trips.

use std::collections::BTreeMap;

use navrat_content::model::{PointKind, Provenance, Slug, TranslationStatus};
use navrat_content::seed::{export_dir, read_dir};
use navrat_content::store::TranslationState;

use crate::support::{l, locales, new_store, seed_dir, seeded_store};

#[test]
fn the_seed_has_what_the_programme_needs() {
    let content = read_dir(&seed_dir(), &locales()).unwrap();
    assert!(
        content.topics.len() >= 15,
        "{} topics",
        content.topics.len()
    );
    for topic in &content.topics {
        let current = topic.revisions.last().unwrap();
        assert!(
            !current.value.sources.is_empty(),
            "{}: every topic cites its sources",
            topic.slug
        );
        let mut have: Vec<&str> = topic
            .translations
            .iter()
            .map(|t| t.value.locale.as_str())
            .collect();
        have.sort_unstable();
        let en = topic
            .translations
            .iter()
            .find(|t| t.value.locale == l("en"));
        assert!(en.is_some(), "{}: no English", topic.slug);
        for t in &topic.translations {
            if t.value.locale != l("en") {
                // Nobody from the community has reviewed these yet: they must say so.
                assert_eq!(
                    t.value.provenance,
                    Provenance::MachineDraft,
                    "{} {}",
                    topic.slug,
                    t.value.locale
                );
                assert_ne!(
                    t.value.status,
                    TranslationStatus::Published,
                    "{} {}",
                    topic.slug,
                    t.value.locale
                );
            }
        }
        assert_eq!(
            have.len(),
            11,
            "{}: translations into {:?}",
            topic.slug,
            have
        );
    }
    assert!(content.points.len() >= 6);
    let detention = content
        .points
        .iter()
        .filter(|p| p.value.kind == PointKind::Detention)
        .count();
    assert!(detention >= 2);
    assert!(
        content.points.iter().all(|p| p.value.sample_data),
        "points are sample data until verified"
    );
}

#[test]
fn sample_data_in_text_is_flagged_in_front_matter() {
    let content = read_dir(&seed_dir(), &locales()).unwrap();
    for topic in &content.topics {
        let src = &topic.revisions.last().unwrap().value;
        let marked = src.text.body.contains("ukázková data");
        assert_eq!(
            marked, src.sample_data,
            "{}: sample_data flag and text marker disagree",
            topic.slug
        );
    }
}

#[test]
fn importing_twice_changes_nothing() {
    let (_dir, store) = seeded_store();
    let content = read_dir(&seed_dir(), &locales()).unwrap();
    let report = store.import_seed(&content, "seed").unwrap();
    assert!(!report.changed_anything(), "{report:?}");
    assert!(report.kept_edits.is_empty());
    assert!(report.unchanged > 0);
}

#[test]
fn the_seed_exports_to_exactly_its_own_files() {
    let (_dir, store) = seeded_store();
    let out = tempfile::tempdir().unwrap();
    export_dir(&store, out.path()).unwrap();
    let mut expected = navrat_testkit::files_below(&seed_dir());
    expected.remove("README.md");
    let got = navrat_testkit::files_below(out.path());
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        expected.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &expected {
        assert!(
            got[path] == *bytes,
            "{path} differs after import and export"
        );
    }
}

#[test]
fn export_import_export_round_trips_exactly_with_edits_and_revisions() {
    let (_dir, store) = seeded_store();
    let slug = Slug::parse("what-to-bring").unwrap();
    // A new source revision, a published Ukrainian translation with a newer draft beside it.
    let source = store.topic(&slug).unwrap().unwrap().source;
    let older = source.revision;
    let mut text = source.text;
    text.body.push_str("\n\nNový odstavec.");
    store
        .edit_source(&slug, &text, &[], &[], false, "eva")
        .unwrap();
    let mut uk = store
        .translations(&slug)
        .unwrap()
        .into_iter()
        .find(|t| t.locale == l("uk"))
        .unwrap();
    uk.status = TranslationStatus::InReview;
    store.save_translation_draft(&uk, "olena").unwrap();
    store
        .publish_translation(&slug, l("uk"), "ivan", "ivan")
        .unwrap();
    uk.text.title.push_str(" (2)");
    uk.status = TranslationStatus::Draft;
    uk.source_revision = older + 1;
    store.save_translation_draft(&uk, "olena").unwrap();

    let first = tempfile::tempdir().unwrap();
    export_dir(&store, first.path()).unwrap();
    let exported = navrat_testkit::files_below(first.path());
    assert!(
        exported.contains_key(&format!("topics/what-to-bring/cs.r{older}.md")),
        "older revision still referenced"
    );
    assert!(exported.contains_key("topics/what-to-bring/uk.draft.md"));

    let (_dir2, fresh) = new_store();
    let content = read_dir(first.path(), &locales()).unwrap();
    fresh.import_seed(&content, "seed").unwrap();
    let second = tempfile::tempdir().unwrap();
    export_dir(&fresh, second.path()).unwrap();
    assert_eq!(navrat_testkit::files_below(second.path()), exported);
    assert_eq!(
        fresh
            .translation_states(l("uk"))
            .unwrap()
            .iter()
            .find(|(s, _)| *s == slug)
            .unwrap()
            .1,
        TranslationState::Outdated
    );
}

#[test]
fn import_never_overwrites_edits_but_refreshes_untouched_items() {
    let (_dir, store) = seeded_store();
    let slug = Slug::parse("confidentiality").unwrap();
    // A counsellor edits the Vietnamese draft.
    let mut vi = store
        .translations(&slug)
        .unwrap()
        .into_iter()
        .find(|t| t.locale == l("vi"))
        .unwrap();
    vi.text.body = "Bản dịch đã được tư vấn viên sửa.".into();
    store.save_translation_draft(&vi, "lan").unwrap();

    // A newer seed changes both the Vietnamese and the Arabic file of that topic.
    let copy = tempfile::tempdir().unwrap();
    for (path, bytes) in navrat_testkit::files_below(&seed_dir()) {
        let target = copy.path().join(&path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(&target, bytes).unwrap();
    }
    for locale in ["vi", "ar"] {
        let path = copy
            .path()
            .join(format!("topics/confidentiality/{locale}.md"));
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, format!("{}\nSEED UPDATE\n", text.trim_end())).unwrap();
    }
    let content = read_dir(copy.path(), &locales()).unwrap();
    let report = store.import_seed(&content, "seed").unwrap();
    assert_eq!(report.kept_edits, ["topic/confidentiality/vi"]);
    assert_eq!(report.translations_updated, 1);

    let now: BTreeMap<_, _> = store
        .translations(&slug)
        .unwrap()
        .into_iter()
        .map(|t| (t.locale, t))
        .collect();
    assert_eq!(now[&l("vi")].text.body, "Bản dịch đã được tư vấn viên sửa.");
    assert!(now[&l("ar")].text.body.ends_with("SEED UPDATE"));
    // And again: nothing more changes.
    let again = store.import_seed(&content, "seed").unwrap();
    assert!(!again.changed_anything(), "{again:?}");
}

#[test]
fn a_broken_seed_file_is_named_in_the_error() {
    let copy = tempfile::tempdir().unwrap();
    for (path, bytes) in navrat_testkit::files_below(&seed_dir()) {
        let target = copy.path().join(&path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(&target, bytes).unwrap();
    }
    let path = copy.path().join("topics/health-needs/fa.md");
    std::fs::write(
        &path,
        "+++\ntitle = \"x\"\nstatus = \"great\"\n+++\n\nbody\n",
    )
    .unwrap();
    let err = read_dir(copy.path(), &locales()).unwrap_err().to_string();
    assert!(err.contains("health-needs/fa.md"), "{err}");
}

#[test]
fn every_shipped_translation_passes_the_checks_a_reviewer_would_run() {
    // The same checks the workspace runs before publishing: a translation that lost a link, a
    // phone number or a Markdown rule would be refused there, so it must not ship in the seed.
    let locales = locales();
    let content = read_dir(&seed_dir(), &locales).unwrap();
    let mut blocking = Vec::new();
    for topic in &content.topics {
        for t in &topic.translations {
            let Some(source) = topic
                .revisions
                .iter()
                .find(|r| r.value.revision == t.value.source_revision)
            else {
                continue;
            };
            let percent = locales
                .get(t.value.locale)
                .map_or(100, |info| info.length_percent);
            let findings = navrat_content::checks::check_translation(
                &source.value.text,
                &t.value.text,
                percent,
            );
            if navrat_content::checks::blocks(&findings) {
                blocking.push(format!("{} {}: {findings:?}", topic.slug, t.value.locale));
            }
        }
    }
    assert!(blocking.is_empty(), "{blocking:#?}");
}
