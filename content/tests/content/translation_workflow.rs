//! The translation workflow without HTTP: each action as translators, reviewers and
//! coordinators meet it — allowed or refused, what status the translation has afterwards,
//! who is recorded as its author and reviewer, and that a refusal changes nothing.

use navrat_content::Store;
use navrat_content::model::{Role, Slug, StaffUser, TopicText, Translation, TranslationStatus};
use navrat_content::translation_workflow::{TranslationAction as A, TranslationRefusal as R};

use navrat_testkit::staff_user;

use crate::support::{l, seeded_store};

fn olena() -> StaffUser {
    staff_user("olena", vec![Role::Translator(l("uk"))])
}

fn ivan() -> StaffUser {
    staff_user("ivan", vec![Role::Reviewer(l("uk"))])
}

fn eva() -> StaffUser {
    staff_user("eva", vec![Role::Coordinator])
}

/// A store with a topic whose Ukrainian translation nobody has worked on yet, and the text
/// of a translation that passes the checks (the source's own words).
fn topic() -> (tempfile::TempDir, Store, Slug, TopicText) {
    let (dir, store) = seeded_store();
    let topic = store.topics().unwrap().into_iter().next().unwrap();
    (dir, store, topic.slug, topic.source.text)
}

fn act(store: &Store, user: &StaffUser, slug: &Slug, action: A, text: &TopicText) -> Result<(), R> {
    store
        .apply_translation_action(user, slug, l("uk"), action, text, 100)
        .unwrap()
}

/// The working (draft or in-review) Ukrainian version, if any.
fn working(store: &Store, slug: &Slug) -> Option<Translation> {
    store
        .translations(slug)
        .unwrap()
        .into_iter()
        .find(|t| t.locale == l("uk") && t.status != TranslationStatus::Published)
}

fn published(store: &Store, slug: &Slug) -> Option<Translation> {
    store
        .translations(slug)
        .unwrap()
        .into_iter()
        .find(|t| t.locale == l("uk") && t.status == TranslationStatus::Published)
}

#[test]
fn a_translator_saves_and_submits_and_is_recorded_as_author() {
    let (_dir, store, slug, text) = topic();
    act(&store, &olena(), &slug, A::Save, &text).unwrap();
    let draft = working(&store, &slug).unwrap();
    assert_eq!(draft.status, TranslationStatus::Draft);
    assert_eq!(draft.author, "olena");
    assert_eq!(draft.text, text);

    act(&store, &olena(), &slug, A::Submit, &text).unwrap();
    let submitted = working(&store, &slug).unwrap();
    assert_eq!(submitted.status, TranslationStatus::InReview);
    assert_eq!(submitted.author, "olena");
}

#[test]
fn an_empty_text_is_refused_and_the_draft_stays() {
    let (_dir, store, slug, text) = topic();
    act(&store, &olena(), &slug, A::Save, &text).unwrap();
    let empty = TopicText {
        title: String::new(),
        body: String::new(),
        ..text.clone()
    };
    assert_eq!(
        act(&store, &olena(), &slug, A::Submit, &empty),
        Err(R::EmptyText)
    );
    let kept = working(&store, &slug).unwrap();
    assert_eq!((kept.status, kept.text), (TranslationStatus::Draft, text));
}

#[test]
fn only_another_reviewer_publishes_and_is_recorded_as_reviewer() {
    let (_dir, store, slug, text) = topic();
    act(&store, &olena(), &slug, A::Submit, &text).unwrap();
    let before = published(&store, &slug);

    assert_eq!(
        act(&store, &olena(), &slug, A::Publish, &text),
        Err(R::NotApprover),
        "translator"
    );
    assert_eq!(
        published(&store, &slug),
        before,
        "nothing published by the refusal"
    );
    assert_eq!(
        working(&store, &slug).unwrap().status,
        TranslationStatus::InReview
    );

    act(&store, &ivan(), &slug, A::Publish, &text).unwrap();
    let now = published(&store, &slug).unwrap();
    assert_eq!(now.text, text);
    assert_eq!(now.author, "olena");
    assert_eq!(now.reviewer.as_deref(), Some("ivan"));
    assert!(
        working(&store, &slug).is_none(),
        "the working version became the published one"
    );
}

#[test]
fn a_reviewer_does_not_publish_their_own_work_but_a_coordinator_does() {
    let (_dir, store, slug, text) = topic();
    act(&store, &ivan(), &slug, A::Submit, &text).unwrap();
    assert_eq!(
        act(&store, &ivan(), &slug, A::Publish, &text),
        Err(R::NotApprover)
    );
    assert_eq!(
        working(&store, &slug).unwrap().status,
        TranslationStatus::InReview
    );

    act(&store, &eva(), &slug, A::Save, &text).unwrap();
    act(&store, &eva(), &slug, A::Publish, &text).unwrap();
    let now = published(&store, &slug).unwrap();
    assert_eq!(
        (now.author.as_str(), now.reviewer.as_deref()),
        ("eva", Some("eva"))
    );
}

#[test]
fn publishing_needs_a_saved_text_that_passes_the_checks() {
    let (_dir, store, slug, text) = topic();
    // Nothing to publish yet, or only a machine draft from the seed: either way, once the
    // working version is removed by publishing, a second publish has nothing to act on.
    act(&store, &olena(), &slug, A::Submit, &text).unwrap();
    let edited = TopicText {
        title: format!("{} (upraveno)", text.title),
        ..text.clone()
    };
    assert_eq!(
        act(&store, &ivan(), &slug, A::Publish, &edited),
        Err(R::UnsavedChanges)
    );

    let broken = TopicText {
        body: String::new(),
        ..text.clone()
    };
    act(&store, &olena(), &slug, A::Submit, &broken).unwrap();
    assert_eq!(
        act(&store, &ivan(), &slug, A::Publish, &broken),
        Err(R::ChecksFailed)
    );
    assert_eq!(
        working(&store, &slug).unwrap().status,
        TranslationStatus::InReview
    );

    act(&store, &olena(), &slug, A::Submit, &text).unwrap();
    act(&store, &ivan(), &slug, A::Publish, &text).unwrap();
    assert_eq!(
        act(&store, &ivan(), &slug, A::Publish, &text),
        Err(R::NoWorkingVersion)
    );
}

#[test]
fn a_reviewer_returns_a_submitted_text_to_its_author_a_translator_cannot() {
    let (_dir, store, slug, text) = topic();
    act(&store, &olena(), &slug, A::Submit, &text).unwrap();
    assert_eq!(
        act(&store, &olena(), &slug, A::Return, &text),
        Err(R::NotReviewer)
    );
    assert_eq!(
        working(&store, &slug).unwrap().status,
        TranslationStatus::InReview
    );

    act(&store, &ivan(), &slug, A::Return, &text).unwrap();
    let returned = working(&store, &slug).unwrap();
    assert_eq!(returned.status, TranslationStatus::Draft);
    assert_eq!(returned.author, "olena", "still the translator's draft");
}

#[test]
fn a_reviewer_withdraws_the_published_text_a_translator_cannot() {
    let (_dir, store, slug, text) = topic();
    act(&store, &olena(), &slug, A::Submit, &text).unwrap();
    act(&store, &ivan(), &slug, A::Publish, &text).unwrap();

    assert_eq!(
        act(&store, &olena(), &slug, A::Withdraw, &text),
        Err(R::NotReviewer)
    );
    assert!(published(&store, &slug).is_some(), "still read by people");

    act(&store, &ivan(), &slug, A::Withdraw, &text).unwrap();
    assert!(
        published(&store, &slug).is_none(),
        "no longer read by people"
    );
    let again = store.apply_translation_action(&ivan(), &slug, l("uk"), A::Withdraw, &text, 100);
    assert!(
        matches!(again, Err(navrat_content::Error::NotFound(_))),
        "nothing published to withdraw"
    );
}

#[test]
fn nobody_acts_on_a_locale_that_is_not_theirs_nor_on_the_source() {
    let (_dir, store, slug, text) = topic();
    let vi_translator = staff_user("lan", vec![Role::Translator(l("vi"))]);
    for action in A::ALL {
        assert_eq!(
            act(&store, &vi_translator, &slug, action, &text),
            Err(R::NotTranslator),
            "{action:?}"
        );
        let on_source = store
            .apply_translation_action(&eva(), &slug, l("cs"), action, &text, 100)
            .unwrap();
        assert_eq!(
            on_source,
            Err(R::NotTranslator),
            "{action:?} on the Czech source"
        );
    }
    assert!(working(&store, &slug).is_none_or(|t| t.author != "lan"));
}

#[test]
fn actions_are_parsed_from_their_form_names_only() {
    for action in A::ALL {
        assert_eq!(A::parse(action.as_str()).unwrap(), action);
    }
    for name in ["", "Publish", "publish ", "delete"] {
        assert!(A::parse(name).is_err(), "{name:?}");
    }
}

#[test]
fn an_unknown_topic_is_not_found() {
    let (_dir, store, _slug, text) = topic();
    let missing = Slug::parse("no-such-topic").unwrap();
    let result = store.apply_translation_action(&olena(), &missing, l("uk"), A::Save, &text, 100);
    assert!(matches!(result, Err(navrat_content::Error::NotFound(_))));
}
