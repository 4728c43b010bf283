//! A question to a counsellor from the bot, as a person has it: from `/start` through the
//! bot's own buttons to the answer in the chat, once, also across a restart.

use navrat_content::i18n::FluentArgs;
use navrat_content::{Locale, ReferenceCode, Store};
use navrat_testkit::person::Person;
use navrat_testkit::telegram::FakeTelegram;
use navrat_testkit::{catalog, text as t};

use crate::conversation::{command_menus, fresh_bot, start_bot};

const UK: &str = "uk";

fn uk() -> Locale {
    Locale::parse(UK).unwrap()
}

/// A string with its arguments, as the bot shows it.
fn with(id: &str, args: &[(&str, String)]) -> String {
    let mut a = FluentArgs::new();
    for (k, v) in args {
        a.set(*k, v.clone());
    }
    catalog().text_with(uk(), id, &a)
}

/// When Ukrainian-speaking counsellors answer (`[ask]` in `locales/uk/locale.toml`).
fn hours() -> String {
    let days = ["mon", "tue", "wed", "thu", "fri"]
        .map(|d| t(UK, &format!("day-{d}")))
        .join(", ");
    with(
        "ask-hours",
        &[
            ("days", days),
            ("opens", "9".into()),
            ("closes", "17".into()),
        ],
    )
}

/// The reference code (`XXX-XXX-XXX`) in a text the bot sent.
fn reference_in(text: &str) -> ReferenceCode {
    let word = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|w| w.len() == 11 && w.matches('-').count() == 2)
        .unwrap_or_else(|| panic!("no reference in {text:?}"));
    ReferenceCode::parse(word).unwrap()
}

/// How many messages in the chat show `text`.
fn shown_times(fake: &FakeTelegram, chat: i64, text: &str) -> usize {
    fake.shown(chat)
        .iter()
        .filter(|m| m.text.contains(text))
        .count()
}

/// Waits until the chat shows `text`, and returns how many messages show it.
async fn wait_shown(fake: &FakeTelegram, chat: i64, text: &str) -> usize {
    let start = std::time::Instant::now();
    loop {
        let n = shown_times(fake, chat, text);
        if n > 0 {
            return n;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "the chat never showed {text:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

/// From `/start` to a stored question, pressing only the bot's buttons; the reference the
/// bot confirmed with.
async fn asks(person: &Person, question: &str) -> ReferenceCode {
    let welcome = person.says("/start").await;
    assert!(
        welcome.labels().contains(&t(UK, "bot-ask-button")),
        "{welcome:?}"
    );
    let consent = person.taps(&t(UK, "bot-ask-button")).await;
    let consent_text = consent.text();
    assert!(
        consent_text.contains(&with("ask-consent", &[("days", "90".into())])),
        "who reads it and how long it is kept: {consent_text}"
    );
    assert_eq!(
        consent.labels(),
        vec![t(UK, "bot-ask-agree"), t(UK, "bot-ask-back")]
    );
    let prompt = person.taps(&t(UK, "bot-ask-agree")).await;
    assert!(
        prompt
            .text()
            .contains(&with("bot-ask-write", &[("max", "2000".into())]))
    );
    let received = person.says(question).await;
    let text = received.text();
    let reference = reference_in(&text);
    assert!(text.contains(&with("ask-received", &[("reference", reference.display())])));
    assert!(text.contains(&hours()), "when to expect an answer: {text}");
    assert!(received.labels().contains(&t(UK, "bot-ask-close")));
    reference
}

/// What the person has written in the conversation, as the store keeps it for them.
fn person_messages(store: &Store, reference: &ReferenceCode) -> Vec<String> {
    store
        .conversation_for_person(reference)
        .unwrap()
        .map(|v| v.messages.into_iter().map(|m| m.text).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn a_question_asked_in_ukrainian_is_answered_once_also_across_a_restart() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 7101, Some(UK));
    let question = "Чи може моя дружина повернутися зі мною? <b>терміново</b>";
    let reference = asks(&person, question).await;
    assert_eq!(person_messages(&running.store, &reference), vec![question]);

    // A counsellor answers; the answer reaches the chat once.
    let answer = "Так, ваша дружина може подати заявку разом з вами. <i>Приходьте</i>";
    navrat_testkit::ask::counsellor_answers(&running.store, &reference, answer);
    assert_eq!(wait_shown(&running.fake, 7101, answer).await, 1);

    // The bot stops; a second answer is written while it is down and delivered once after.
    let (fake, dir) = running.stop().await;
    let later = "Візьміть із собою паспорти, якщо вони у вас є.";
    {
        let store = Store::open_dir(dir.path()).unwrap();
        navrat_testkit::ask::counsellor_answers(&store, &reference, later);
    }
    let running = start_bot(fake, dir).await;
    assert_eq!(wait_shown(&running.fake, 7101, later).await, 1);

    // The person adds to the conversation; it is acknowledged, and nothing is sent again.
    let added = person.says("Дякую! А діти теж?").await;
    assert!(added.text().contains(&with(
        "bot-ask-added",
        &[("reference", reference.display())]
    )));
    assert_eq!(shown_times(&running.fake, 7101, answer), 1);
    assert_eq!(shown_times(&running.fake, 7101, later), 1);
    assert!(person_messages(&running.store, &reference).contains(&"Дякую! А діти теж?".to_owned()));

    // The person closes the question; what they type now is a search again.
    let closed = person.taps(&t(UK, "bot-ask-close")).await;
    assert!(closed.text().contains(&with(
        "bot-ask-closed",
        &[("reference", reference.display())]
    )));
    let search = person.says("паспорт").await;
    assert!(!search.text().contains(&reference.display()));
    assert_eq!(person_messages(&running.store, &reference).len(), 4);
    running.stop().await;
}

#[tokio::test]
async fn forget_deletes_the_question() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 7102, Some(UK));
    let reference = asks(&person, "Скільки коштує квиток?").await;
    assert!(
        running
            .store
            .conversation_for_person(&reference)
            .unwrap()
            .is_some()
    );
    forgets_and_the_question_is_gone(&person, &running.store, &reference).await;
    running.stop().await;
}

#[tokio::test]
async fn a_flood_and_an_over_long_message_get_clear_messages_and_store_nothing_broken() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 7103, Some(UK));

    // 4,096 characters, the most Telegram carries: refused, with the limit, before asking.
    person.says("/start").await;
    person.says("/ask").await;
    person.taps(&t(UK, "bot-ask-agree")).await;
    let long = "я".repeat(4096);
    let refused = person.says(&long).await;
    assert_eq!(
        refused.text(),
        with(
            "ask-error-too-long",
            &[("length", "4096".into()), ("max", "2000".into())]
        )
    );
    // Still asking: the next message is the question.
    let received = person.says("Коротке запитання.").await;
    let reference = reference_in(&received.text());
    assert_eq!(
        person_messages(&running.store, &reference),
        vec!["Коротке запитання."]
    );

    // Ten messages in ten minutes are taken (the refused long one counted too, so a flood
    // of them is held back as well): eight more additions, then the next is refused.
    for n in 0..8 {
        let added = person.says(&format!("Ще одне {n}")).await;
        assert!(added.text().contains(&reference.display()), "{added:?}");
    }
    let flood = person.says("Ще одне забагато").await;
    assert_eq!(flood.text(), t(UK, "ask-error-flood"));
    let stored = person_messages(&running.store, &reference);
    assert_eq!(stored.len(), 9);
    assert!(!stored.iter().any(|m| m.contains("забагато")));
    running.stop().await;
}

#[tokio::test]
async fn back_from_the_consent_asks_nothing() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 7104, Some(UK));
    person.says("/start").await;
    person.taps(&t(UK, "bot-ask-button")).await;
    let back = person.taps(&t(UK, "bot-ask-back")).await;
    assert!(back.text().contains(&t(UK, "bot-welcome")));
    // Typed text is a search, not a question.
    let search = person.says("паспорт").await;
    assert!(!search.text().contains(&t(UK, "bot-ask-close")));
    assert!(
        running
            .store
            .open_conversation_for_chat(7104)
            .unwrap()
            .is_none()
    );
    running.stop().await;
}

#[tokio::test]
async fn ask_is_in_the_command_menu_of_all_12_languages_in_their_own_words() {
    let running = fresh_bot().await;
    let menus = command_menus(&running.fake).await;
    let codes: Vec<String> = catalog()
        .locales()
        .all()
        .map(|info| info.code.to_string())
        .collect();
    assert_eq!(codes.len(), 12);
    let mut descriptions = std::collections::BTreeMap::new();
    for code in &codes {
        let menu = menus
            .iter()
            .find(|m| m["language_code"] == code.as_str())
            .unwrap_or_else(|| panic!("no menu registered for {code}"));
        let ask = menu["commands"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["command"] == "ask")
            .unwrap_or_else(|| panic!("no /ask in the {code} menu: {menu}"));
        let description = ask["description"].as_str().unwrap().to_owned();
        assert_eq!(description, t(code, "cmd-ask"), "{code}");
        descriptions.insert(code.clone(), description);
    }
    // Translated: no locale falls back to the English (or Czech) words, and each has its own.
    let english = t("en", "cmd-ask");
    let czech = t("cs", "cmd-ask");
    for (code, description) in &descriptions {
        if code != "en" {
            assert_ne!(description, &english, "{code} shows the English words");
        }
        if code != "cs" {
            assert_ne!(description, &czech, "{code} shows the Czech words");
        }
    }
    let distinct: std::collections::BTreeSet<&String> = descriptions.values().collect();
    assert_eq!(distinct.len(), 12, "{descriptions:?}");
    // In the script of the language.
    let in_script = |code: &str, range: std::ops::RangeInclusive<char>| {
        descriptions[code].chars().any(|c| range.contains(&c))
    };
    for code in ["ar", "fa"] {
        assert!(in_script(code, '\u{0600}'..='\u{06FF}'), "{code}");
    }
    for code in ["uk", "ru", "mn"] {
        assert!(in_script(code, '\u{0400}'..='\u{04FF}'), "{code}");
    }
    assert!(in_script("ka", '\u{10A0}'..='\u{10FF}'));
    assert!(in_script("zh", '\u{4E00}'..='\u{9FFF}'));
    // The menu for clients in any other language is the English one.
    let default = menus.iter().find(|m| m["language_code"].is_null()).unwrap();
    assert!(
        default["commands"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["command"] == "ask" && c["description"] == english.as_str())
    );
    running.stop().await;
}

/// Waits until no answer waits for delivery; the (sent, dropped) counts then.
async fn deliveries_settled(store: &Store) -> (u64, u64) {
    let start = std::time::Instant::now();
    loop {
        let (pending, sent, dropped) = store.answer_delivery_counts().unwrap();
        if pending == 0 {
            return (sent, dropped);
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "answers stay pending"
        );
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kiosk_question_followed_from_its_qr_code_gets_each_answer_once_and_no_second_chat() {
    let running = fresh_bot().await;
    // Asked at a kiosk in Ukrainian, as the kiosk stores it: the QR code holds this token.
    let asked = asked_at_a_kiosk(&running.store, "Чи можна повернутися з дитиною?");
    let token = asked
        .follow_token
        .clone()
        .expect("a kiosk question's token");
    let reference = asked.reference.clone();
    // A counsellor answered before the person opened the QR code.
    let first = "Так, дитина може повернутися разом з вами.";
    navrat_testkit::ask::counsellor_answers(&running.store, &reference, first);

    // The person opens the QR code on a phone whose Telegram says no language: the bot
    // answers in the question's language, naming the reference, and the answer comes.
    let person = Person::new(&running.fake, 7301, None);
    let start = format!("/start q_{token}");
    let followed = person.says_n(&start, 2).await;
    let text = followed.text();
    assert!(
        text.contains(&with(
            "bot-ask-follow-done",
            &[("reference", reference.display())]
        )),
        "{text}"
    );
    assert!(text.contains(first), "{text}");
    // No language was asked first: the chat speaks the question's language from now on.
    assert_eq!(running.store.chat_locale(7301).unwrap(), Some(uk()));

    // A second chat with the same code (a photo of the screen) is refused, and gets nothing.
    let stranger = Person::new(&running.fake, 7302, Some(UK));
    let refused = stranger.says(&start).await;
    assert!(
        refused.text().contains(&t(UK, "bot-ask-follow-taken")),
        "{}",
        refused.text()
    );
    // The person opening the code again is told it is followed, and nothing is sent twice.
    let again = person.says(&start).await;
    assert!(again.text().contains(&with(
        "bot-ask-follow-done",
        &[("reference", reference.display())]
    )));

    // A later answer comes once too; the first one never again, the stranger none.
    let later = "Візьміть із собою свідоцтво про народження дитини.";
    navrat_testkit::ask::counsellor_answers(&running.store, &reference, later);
    assert_eq!(wait_shown(&running.fake, 7301, later).await, 1);
    assert_eq!(deliveries_settled(&running.store).await, (2, 0));
    assert_eq!(shown_times(&running.fake, 7301, first), 1);
    assert_eq!(shown_times(&running.fake, 7301, later), 1);
    assert_eq!(shown_times(&running.fake, 7302, first), 0);
    assert_eq!(shown_times(&running.fake, 7302, later), 0);

    // It is the chat's question now: what the person writes is added to it.
    let added = person
        .says("Дякую! А якщо паспорт дитини прострочений?")
        .await;
    assert!(added.text().contains(&with(
        "bot-ask-added",
        &[("reference", reference.display())]
    )));
    assert!(
        person_messages(&running.store, &reference)
            .contains(&"Дякую! А якщо паспорт дитини прострочений?".to_owned())
    );

    // `/forget` in that chat deletes it, as a question asked in the bot.
    forgets_and_the_question_is_gone(&person, &running.store, &reference).await;
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_requests_token_never_follows_a_question_nor_a_questions_token_a_request() {
    let running = fresh_bot().await;
    let request = running
        .store
        .create_appointment_request(&navrat_testkit::request().locale(UK).build())
        .unwrap();
    let question = asked_at_a_kiosk(&running.store, "Питання з кіоску");
    let question_token = question.follow_token.clone().unwrap();
    navrat_testkit::ask::counsellor_answers(&running.store, &question.reference, "Відповідь");

    // The attacker holds a request's QR code and puts its token into a question's link, and
    // the other way round: both are unknown, and nothing is attached or delivered.
    let attacker = Person::new(&running.fake, 7311, Some(UK));
    for start in [
        format!("/start q_{}", request.follow_token),
        format!("/start f_{question_token}"),
    ] {
        let reply = attacker.says(&start).await;
        assert!(
            reply.text().contains(&t(UK, "error-reference-unknown")),
            "{start}: {}",
            reply.text()
        );
    }
    assert!(
        running
            .store
            .appointment_requests_for_chat(7311)
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        running.store.open_conversation_for_chat(7311).unwrap(),
        None
    );
    assert_eq!(running.store.answer_delivery_counts().unwrap(), (0, 0, 0));
    // The real tokens still work for their own kind: the question's follows the question.
    let person = Person::new(&running.fake, 7312, Some(UK));
    let followed = person
        .says_n(&format!("/start q_{question_token}"), 2)
        .await;
    assert!(followed.text().contains("Відповідь"), "{}", followed.text());
    running.stop().await;
}

/// A question asked in Ukrainian at a kiosk, as the kiosk stores it (its QR code holds the
/// follow token).
fn asked_at_a_kiosk(store: &Store, words: &str) -> navrat_content::model::ConversationRef {
    store
        .ask(
            navrat_testkit::ask::question(UK, None, words),
            1_700_000_000,
        )
        .unwrap()
}

/// The person sends `/forget` and confirms with the bot's own Yes button: the question is gone
/// from the store.
async fn forgets_and_the_question_is_gone(
    person: &Person,
    store: &Store,
    reference: &ReferenceCode,
) {
    person.says("/forget").await;
    person.taps(&t(UK, "bot-yes")).await;
    assert!(
        store.conversation_for_person(reference).unwrap().is_none(),
        "the question is deleted with the chat"
    );
}
