//! Fills a store to its last byte under a size cap: what a full disk looks like to it.

use navrat_content::model::Slug;
use navrat_content::{Error, Locale, Store};

/// Caps the database at its current size and uses up every free byte: first free pages, with
/// long comments, then the room left in the last pages, with the smallest possible requests,
/// until 200 in a row find none — so no real write fits any more.
pub fn fill_to_the_last_page(store: &Store) {
    store
        .set_size_limit(Some(store.page_count().unwrap()))
        .unwrap();
    let slug = Slug::parse("changing-your-mind").unwrap();
    let locale = Locale::parse("vi").unwrap();
    let filler = "x".repeat(2000);
    let mut refused = 0;
    while refused < 20 {
        match store.add_translation_comment(&slug, locale, &filler, "test") {
            Ok(()) => refused = 0,
            Err(Error::StorageFull) => refused += 1,
            Err(e) => panic!("{e}"),
        }
    }
    // The default request is the smallest: no nickname, no phone number.
    let smallest = crate::request().build();
    let (mut filled, mut refused) = (0, 0);
    while refused < 200 {
        match store.create_appointment_request(&smallest) {
            Ok(_) => (filled, refused) = (filled + 1, 0),
            Err(Error::StorageFull) => refused += 1,
            Err(e) => panic!("{e}"),
        }
        assert!(filled < 5000, "the limit is never reached");
    }
    // And the bot's table of chats (ids far from any real one).
    let (mut chat, mut refused) = (-1_000_000_000_i64, 0);
    while refused < 200 {
        chat -= 1;
        match store.set_chat_locale(chat, locale) {
            Ok(()) => refused = 0,
            Err(Error::StorageFull) => refused += 1,
            Err(e) => panic!("{e}"),
        }
    }
}

/// The coordinator who files the questions of [`questions`].
pub const FILLER_COORDINATOR: &str = "koordinatorka-filler";

/// Fills the inbox with `count` questions as a busy year leaves it: asked over the 30 days
/// before `now` in every locale in turn, three in five answered and closed, one in five taken
/// and answered (waiting for the person), one in five still unassigned; every 50th marked as a
/// protection concern. Returns the ids, oldest first.
pub fn questions(store: &Store, count: usize, now: i64) -> Vec<i64> {
    use navrat_content::model::{Channel, NewQuestion, QuestionText, Role};
    let coordinator = match store.staff_user(FILLER_COORDINATOR).unwrap() {
        Some(user) => user,
        None => {
            let roles = [Role::parse("coordinator").unwrap()];
            store
                .add_staff_user(
                    FILLER_COORDINATOR,
                    "Koordinátorka",
                    "correct horse battery",
                    &roles,
                    "test",
                )
                .unwrap();
            store.staff_user(FILLER_COORDINATOR).unwrap().unwrap()
        }
    };
    let locales: Vec<Locale> = [
        "cs", "en", "uk", "ru", "vi", "mn", "ka", "ro", "ar", "fa", "tr", "zh",
    ]
    .iter()
    .map(|c| Locale::parse(c).unwrap())
    .collect();
    let span = 30 * 86_400;
    let mut ids = Vec::with_capacity(count);
    for n in 0..count {
        let at = now - span + (span * n as i64) / count.max(1) as i64;
        let question = NewQuestion {
            channel: if n % 2 == 0 {
                Channel::Telegram
            } else {
                Channel::Kiosk
            },
            locale: locales[n % locales.len()],
            point_id: None,
            telegram_chat: (n % 2 == 0).then_some(-2_000_000_000 - n as i64),
            appointment_reference: None,
            text: QuestionText::parse(&format!("Otázka číslo {n}: kdy a odkud mi letí letadlo?"))
                .unwrap(),
        };
        let id = store.ask(question, at).unwrap().id;
        let answer = QuestionText::parse("Odpověď poradny: zavolejte nám, prosím.").unwrap();
        match n % 5 {
            0..=2 => {
                store.take_conversation(id, &coordinator, at + 60).unwrap();
                store
                    .answer_conversation(id, &coordinator, &answer, &format!("fill-{id}"), at + 120)
                    .unwrap();
                store
                    .close_conversation(id, &coordinator, at + 180)
                    .unwrap();
            }
            3 => {
                store.take_conversation(id, &coordinator, at + 60).unwrap();
                store
                    .answer_conversation(id, &coordinator, &answer, &format!("fill-{id}"), at + 120)
                    .unwrap();
            }
            _ => {}
        }
        if n % 50 == 4 {
            store
                .set_protection_concern(id, &coordinator, true, at + 30)
                .unwrap();
        }
        ids.push(id);
    }
    ids
}
