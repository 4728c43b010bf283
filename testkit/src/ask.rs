//! A counsellor who answers questions through the store, as the workspace inbox does: the
//! person's side of a conversation is tested against real answers, never forged deliveries.

use navrat_content::model::{InboxFilter, InboxTab, QuestionText};
use navrat_content::{ReferenceCode, Store};

/// The counsellor's login: speaks Ukrainian, Arabic and Czech.
pub const COUNSELLOR: &str = "poradkyne-olena";

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// The counsellor (created on first use), as the store knows them.
fn counsellor(store: &Store) -> navrat_content::model::StaffUser {
    if let Some(user) = store.staff_user(COUNSELLOR).unwrap() {
        return user;
    }
    let roles = [navrat_content::model::Role::parse("counsellor:praha").unwrap()];
    store
        .add_staff_user(COUNSELLOR, "Olena", "correct horse battery", &roles, "test")
        .unwrap();
    let speaks: Vec<_> = ["uk", "ar", "cs"]
        .iter()
        .map(|c| navrat_content::Locale::parse(c).unwrap())
        .collect();
    store
        .set_staff_languages(COUNSELLOR, &speaks, "test")
        .unwrap();
    store.staff_user(COUNSELLOR).unwrap().unwrap()
}

/// The counsellor finds the question with `reference` in their inbox and answers `text`.
pub fn counsellor_answers(store: &Store, reference: &ReferenceCode, text: &str) {
    let user = counsellor(store);
    let found = InboxTab::ALL.iter().find_map(|tab| {
        let filter = InboxFilter {
            tab: *tab,
            locale: None,
            point_id: None,
            limit: 10_000,
        };
        store
            .inbox(&filter, &user)
            .unwrap()
            .into_iter()
            .find(|c| &c.reference == reference)
    });
    let conversation = found.unwrap_or_else(|| panic!("{reference:?} is not in the inbox"));
    let key = format!("answer-{}-{}", conversation.id, text.len());
    let answer = QuestionText::parse(text).unwrap();
    assert!(
        store
            .answer_conversation(conversation.id, &user, &answer, &key, now())
            .unwrap(),
        "the answer is stored"
    );
}
