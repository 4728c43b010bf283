//! A counsellor who answers questions through the store, as the workspace inbox does: the
//! person's side of a conversation is tested against real answers, never forged deliveries.

use navrat_content::model::{Channel, InboxFilter, InboxTab, NewQuestion, QuestionText};
use navrat_content::{Locale, ReferenceCode, Store};

/// A question in `locale` (a code such as `uk`) as the bot stores it when `chat` is given,
/// else as a kiosk stores it, for any place.
pub fn question(locale: &str, chat: Option<i64>, words: &str) -> NewQuestion {
    NewQuestion {
        channel: if chat.is_some() {
            Channel::Telegram
        } else {
            Channel::Kiosk
        },
        locale: Locale::parse(locale).unwrap(),
        point_id: None,
        telegram_chat: chat,
        appointment_reference: None,
        text: QuestionText::parse(words).unwrap(),
    }
}

/// The counsellor's login: speaks Ukrainian, Arabic, Persian and Czech.
pub const COUNSELLOR: &str = "poradkyne-olena";

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// The counsellor (created on first use), as the store knows them.
fn counsellor(store: &Store) -> navrat_content::model::StaffUser {
    // Tests running at once create the counsellor once, languages included.
    static CREATING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = CREATING.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(user) = store.staff_user(COUNSELLOR).unwrap() {
        return user;
    }
    let roles = [navrat_content::model::Role::parse("counsellor:praha").unwrap()];
    store
        .add_staff_user(COUNSELLOR, "Olena", "correct horse battery", &roles, "test")
        .unwrap();
    let speaks: Vec<_> = ["uk", "ar", "fa", "cs"]
        .iter()
        .map(|c| navrat_content::Locale::parse(c).unwrap())
        .collect();
    store
        .set_staff_languages(COUNSELLOR, &speaks, "test")
        .unwrap();
    store.staff_user(COUNSELLOR).unwrap().unwrap()
}

/// The question with `reference` as it stands in the counsellor's inbox.
fn in_inbox(
    store: &Store,
    user: &navrat_content::model::StaffUser,
    reference: &ReferenceCode,
) -> navrat_content::model::ConversationSummary {
    let found = InboxTab::ALL.iter().find_map(|tab| {
        let filter = InboxFilter {
            tab: *tab,
            locale: None,
            point_id: None,
            limit: 10_000,
        };
        store
            .inbox(&filter, user)
            .unwrap()
            .into_iter()
            .find(|c| &c.reference == reference)
    });
    found.unwrap_or_else(|| panic!("{reference:?} is not in the inbox"))
}

/// The counsellor finds the question with `reference` in their inbox and answers `text`.
pub fn counsellor_answers(store: &Store, reference: &ReferenceCode, text: &str) {
    let user = counsellor(store);
    let conversation = in_inbox(store, &user, reference);
    let key = format!("answer-{}-{}", conversation.id, text.len());
    let answer = QuestionText::parse(text).unwrap();
    assert!(
        store
            .answer_conversation(conversation.id, &user, &answer, &key, now())
            .unwrap(),
        "the answer is stored"
    );
}

/// The counsellor adds an internal note `text` (never for the person) to the question.
pub fn counsellor_notes(store: &Store, reference: &ReferenceCode, text: &str) {
    let user = counsellor(store);
    let conversation = in_inbox(store, &user, reference);
    let key = format!("note-{}-{}", conversation.id, text.len());
    let note = QuestionText::parse(text).unwrap();
    assert!(
        store
            .add_conversation_note(conversation.id, &user, &note, &key, now())
            .unwrap(),
        "the note is stored"
    );
}

/// The references of every question in the counsellor's inbox (any tab) that began with
/// `text`: how many times a person's question was really stored.
pub fn questions_asked(store: &Store, text: &str) -> Vec<ReferenceCode> {
    let user = counsellor(store);
    let mut asked: Vec<ReferenceCode> = InboxTab::ALL
        .iter()
        .flat_map(|tab| {
            let filter = InboxFilter {
                tab: *tab,
                locale: None,
                point_id: None,
                limit: 10_000,
            };
            store.inbox(&filter, &user).unwrap()
        })
        .map(|c| c.reference)
        .filter(|reference| {
            store
                .conversation_for_person(reference)
                .unwrap()
                .and_then(|view| view.messages.into_iter().next())
                .is_some_and(|first| first.text == text)
        })
        .collect();
    asked.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    asked.dedup();
    asked
}
