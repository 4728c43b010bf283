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
