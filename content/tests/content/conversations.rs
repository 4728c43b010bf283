//! Ask a counsellor, in the store: a question is routed by language, answered once and queued
//! for delivery once, notes stay internal, `/forget` and retention delete it, and the texts
//! are sealed at rest (not in the database file or its WAL).

use navrat_content::Store;
use navrat_content::model::{
    AuthorKind, ConversationState, InboxFilter, InboxTab, QuestionText, Role, StaffUser,
};

use crate::support::{l, seeded_store};
use navrat_testkit::ask::question;

const NOW: i64 = 1_790_000_000;
const DAY: i64 = 86_400;

fn text(s: &str) -> QuestionText {
    QuestionText::parse(s).unwrap()
}

fn staff(store: &Store, login: &str, roles: &[&str], speaks: &[&str]) -> StaffUser {
    let roles: Vec<Role> = roles.iter().map(|r| Role::parse(r).unwrap()).collect();
    store
        .add_staff_user(login, login, "correct horse battery", &roles, "test")
        .unwrap();
    let speaks: Vec<_> = speaks.iter().map(|c| l(c)).collect();
    store.set_staff_languages(login, &speaks, "test").unwrap();
    store.staff_user(login).unwrap().unwrap()
}

fn tab(tab: InboxTab) -> InboxFilter {
    InboxFilter {
        tab,
        locale: None,
        point_id: None,
        limit: 100,
    }
}

#[test]
fn a_counsellor_sees_only_questions_in_languages_they_speak_and_coordinators_see_all() {
    let (_dir, store) = seeded_store();
    let uk = store
        .ask(
            question("uk", Some(41), "Чи можу я повернутися з дружиною?"),
            NOW,
        )
        .unwrap();
    let ka = store
        .ask(question("ka", None, "შემიძლია დავბრუნდე?"), NOW)
        .unwrap();
    let oksana = staff(&store, "oksana", &["counsellor:praha"], &["uk"]);
    let eva = staff(&store, "eva", &["coordinator"], &[]);
    let olena = staff(&store, "olena", &["translator:uk"], &["uk"]);

    let seen: Vec<i64> = store
        .inbox(&tab(InboxTab::Unassigned), &oksana)
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(seen, vec![uk.id]);
    assert!(
        store.conversation(ka.id, &oksana).is_err(),
        "a ka question is not hers"
    );
    assert!(store.take_conversation(ka.id, &oksana, NOW).is_err());
    assert!(
        store
            .inbox(&tab(InboxTab::Unassigned), &olena)
            .unwrap()
            .is_empty(),
        "a translator reads no questions"
    );
    assert_eq!(
        store.inbox(&tab(InboxTab::Unassigned), &eva).unwrap().len(),
        2
    );
    let overview = store.question_overview(&[l("uk"), l("ka")]).unwrap();
    assert_eq!((overview[0].open, overview[0].answerers), (1, 1));
    assert_eq!(
        (overview[1].open, overview[1].answerers),
        (1, 0),
        "nobody answers ka"
    );
    assert_eq!(overview[1].oldest_waiting_since, Some(NOW));
}

#[test]
fn the_inbox_list_and_its_tab_counts_narrow_alike_by_scope_language_and_point() {
    let (_dir, store) = seeded_store();
    let ask_at = |locale: &str, point: Option<&str>, words: &str| {
        let mut q = question(locale, None, words);
        q.point_id = point.map(str::to_owned);
        store.ask(q, NOW).unwrap().id
    };
    let uk_praha = ask_at("uk", Some("praha"), "Коли я можу прийти?");
    let uk_brno = ask_at("uk", Some("brno"), "Де ви в Брно?");
    let uk_anywhere = ask_at("uk", None, "Чи потрібен мені паспорт?");
    let ka_praha = ask_at("ka", Some("praha"), "როდის შემიძლია მოსვლა?");
    let oksana = staff(&store, "oksana", &["counsellor:praha"], &["uk"]);
    let eva = staff(&store, "eva", &["coordinator"], &[]);
    store
        .take_conversation(uk_anywhere, &oksana, NOW + 1)
        .unwrap();

    let list = |tab: InboxTab, user: &StaffUser, locale: Option<&str>, point: Option<&str>| {
        let filter = InboxFilter {
            tab,
            locale: locale.map(l),
            point_id: point.map(str::to_owned),
            limit: 100,
        };
        let mut ids: Vec<i64> = store
            .inbox(&filter, user)
            .unwrap()
            .iter()
            .map(|s| s.id)
            .collect();
        ids.sort_unstable();
        ids
    };
    let counts = |user: &StaffUser, locale: Option<&str>, point: Option<&str>| {
        store.inbox_counts(user, locale.map(l), point).unwrap()
    };

    // Oksana (Ukrainian, Praha): her point's and the pointless Ukrainian questions only.
    assert_eq!(list(InboxTab::Unassigned, &oksana, None, None), [uk_praha]);
    assert_eq!(list(InboxTab::Mine, &oksana, None, None), [uk_anywhere]);
    assert_eq!(counts(&oksana, None, None), [1, 1, 0, 0]);
    assert_eq!(counts(&oksana, None, Some("praha")), [1, 0, 0, 0]);
    assert_eq!(
        counts(&oksana, None, Some("brno")),
        [0, 0, 0, 0],
        "another point's question stays out even when asked for"
    );
    assert_eq!(counts(&oksana, Some("ka"), None), [0, 0, 0, 0]);
    // Eva (coordinator): everything, narrowed by what she picks; Oksana's is not hers.
    assert_eq!(
        list(InboxTab::Unassigned, &eva, None, None),
        [uk_praha, uk_brno, ka_praha]
    );
    assert_eq!(counts(&eva, None, None), [3, 0, 0, 0]);
    assert_eq!(counts(&eva, Some("uk"), None), [2, 0, 0, 0]);
    assert_eq!(counts(&eva, None, Some("praha")), [2, 0, 0, 0]);
    assert_eq!(
        list(InboxTab::Unassigned, &eva, Some("uk"), Some("brno")),
        [uk_brno]
    );
    // Whatever the narrowing, each tab's count is the length of its list.
    for user in [&oksana, &eva] {
        for locale in [None, Some("uk"), Some("ka")] {
            for point in [None, Some("praha"), Some("brno")] {
                let counted = counts(user, locale, point);
                for (tab, count) in InboxTab::ALL.into_iter().zip(counted) {
                    assert_eq!(
                        list(tab, user, locale, point).len() as u64,
                        count,
                        "{} {tab:?} {locale:?} {point:?}",
                        user.login
                    );
                }
            }
        }
    }
}

#[test]
fn an_answer_is_stored_and_queued_exactly_once_and_notes_stay_internal() {
    let (_dir, store) = seeded_store();
    let asked = store
        .ask(
            question("uk", Some(41), "Чи можу я повернутися з дружиною?"),
            NOW,
        )
        .unwrap();
    let oksana = staff(&store, "oksana", &["counsellor:praha"], &["uk"]);
    store.take_conversation(asked.id, &oksana, NOW + 1).unwrap();
    assert!(
        store
            .add_conversation_note(
                asked.id,
                &oksana,
                &text("ask about the visa"),
                "n1",
                NOW + 2
            )
            .unwrap()
    );
    let answer = text("Так, ваша дружина може повернутися з вами.");
    assert!(
        store
            .answer_conversation(asked.id, &oksana, &answer, "form-1", NOW + 3)
            .unwrap()
    );
    assert!(
        !store
            .answer_conversation(asked.id, &oksana, &answer, "form-1", NOW + 3)
            .unwrap(),
        "the same form sent twice stores nothing more"
    );
    let due = store.due_answers(NOW + 3, 10).unwrap();
    assert_eq!(due.len(), 1, "one delivery for one answer");
    assert_eq!(due[0].chat_id, 41);
    assert_eq!(due[0].text, answer.as_str());
    assert_eq!(due[0].reference, asked.reference);

    let seen = store
        .conversation_for_person(&asked.reference)
        .unwrap()
        .unwrap();
    assert_eq!(seen.state, ConversationState::WaitingForPerson);
    let texts: Vec<&str> = seen.messages.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        texts,
        vec!["Чи можу я повернутися з дружиною?", answer.as_str()]
    );
    assert!(!texts.iter().any(|t| t.contains("visa")), "no note");

    // A failed attempt is retried later; once sent it never comes back.
    store
        .answer_failed(due[0].delivery_id, NOW + 3, false)
        .unwrap();
    assert!(store.due_answers(NOW + 3, 10).unwrap().is_empty());
    let again = store.due_answers(NOW + 3600, 10).unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
    store.answer_sent(again[0].delivery_id).unwrap();
    assert!(store.due_answers(NOW + 10 * DAY, 10).unwrap().is_empty());
    assert_eq!(store.answer_delivery_counts().unwrap(), (0, 1, 0));

    // The person writes again: it goes back to the counsellor who answered.
    let back = store
        .add_person_message_by_chat(41, text("Дякую! А діти?"), NOW + 100)
        .unwrap();
    assert_eq!(back.as_ref().map(|r| r.id), Some(asked.id));
    let mine = store.inbox(&tab(InboxTab::Mine), &oksana).unwrap();
    assert_eq!(mine[0].state, ConversationState::Assigned);
    assert_eq!(mine[0].waiting_since, Some(NOW + 100));
    let full = store.conversation(asked.id, &oksana).unwrap();
    let authors: Vec<AuthorKind> = full.messages.iter().map(|m| m.author).collect();
    assert_eq!(
        authors,
        vec![
            AuthorKind::Person,
            AuthorKind::Note,
            AuthorKind::Counsellor,
            AuthorKind::Person
        ]
    );
}

#[test]
fn a_kiosk_question_is_answered_without_a_delivery_and_read_by_reference() {
    let (_dir, store) = seeded_store();
    let asked = store
        .ask(question("ar", None, "هل يمكنني العودة مع زوجتي؟"), NOW)
        .unwrap();
    let eva = staff(&store, "eva", &["coordinator"], &[]);
    store
        .answer_conversation(asked.id, &eva, &text("نعم."), "k1", NOW + 1)
        .unwrap();
    assert!(store.due_answers(NOW + 1, 10).unwrap().is_empty());
    let seen = store
        .conversation_for_person(&asked.reference)
        .unwrap()
        .unwrap();
    assert!(seen.messages[1].from_counsellor);
    store
        .add_person_message(&asked.reference, text("شكرا"), NOW + 2)
        .unwrap();
    store.close_by_person(&asked.reference, NOW + 3).unwrap();
    assert!(
        store
            .add_person_message(&asked.reference, text("مرحبا"), NOW + 4)
            .is_err(),
        "a closed question takes no more messages"
    );
}

#[test]
fn hand_over_only_to_a_colleague_who_speaks_the_language() {
    let (_dir, store) = seeded_store();
    let asked = store.ask(question("uk", None, "Питання"), NOW).unwrap();
    let oksana = staff(&store, "oksana", &["counsellor:praha"], &["uk"]);
    let petr = staff(&store, "petr", &["counsellor:brno"], &["ru", "uk"]);
    let nino = staff(&store, "nino", &["counsellor:brno"], &["ka"]);
    store.take_conversation(asked.id, &oksana, NOW).unwrap();
    assert!(
        store.take_conversation(asked.id, &petr, NOW).is_err(),
        "taken by a colleague"
    );
    assert!(
        store
            .hand_over_conversation(asked.id, &oksana, "nino", NOW)
            .is_err()
    );
    let candidates: Vec<String> = store
        .hand_over_candidates(asked.id, &oksana)
        .unwrap()
        .into_iter()
        .map(|u| u.login)
        .collect();
    assert_eq!(candidates, vec!["petr".to_owned()]);
    store
        .hand_over_conversation(asked.id, &oksana, "petr", NOW + 1)
        .unwrap();
    assert_eq!(store.inbox(&tab(InboxTab::Mine), &petr).unwrap().len(), 1);
    assert!(
        store
            .inbox(&tab(InboxTab::Mine), &oksana)
            .unwrap()
            .is_empty()
    );
    assert!(store.close_conversation(asked.id, &oksana, NOW).is_err());
    store.close_conversation(asked.id, &petr, NOW + 2).unwrap();
    assert_eq!(store.inbox(&tab(InboxTab::Closed), &petr).unwrap().len(), 1);
    assert!(
        store
            .inbox(&tab(InboxTab::Closed), &nino)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn protection_concerns_come_first_and_content_gaps_are_listed() {
    let (_dir, store) = seeded_store();
    let first = store.ask(question("uk", None, "Перше"), NOW).unwrap();
    let second = store.ask(question("uk", None, "Друге"), NOW + 5).unwrap();
    let eva = staff(&store, "eva", &["coordinator"], &[]);
    let oksana = staff(&store, "oksana", &["counsellor:praha"], &["uk"]);
    store
        .set_protection_concern(second.id, &oksana, true, NOW + 6)
        .unwrap();
    let order: Vec<i64> = store
        .inbox(&tab(InboxTab::Unassigned), &eva)
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(order, vec![second.id, first.id]);
    assert_eq!(store.protection_concerns(&eva).unwrap().len(), 1);
    assert!(
        store.protection_concerns(&oksana).unwrap().is_empty(),
        "the overview is the coordinators'"
    );
    store.set_content_gap(first.id, &oksana, true, NOW).unwrap();
    let gaps = store.content_gaps(10).unwrap();
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0].conversation_id, first.id);
}

#[test]
fn saved_replies_are_maintained_by_the_translators_of_their_locale() {
    let (_dir, store) = seeded_store();
    let olena = staff(&store, "olena", &["translator:uk"], &[]);
    let oksana = staff(&store, "oksana", &["counsellor:praha"], &["uk"]);
    let id = store
        .save_reply(None, l("uk"), "Привітання", "Добрий день!", &olena, NOW)
        .unwrap();
    assert!(
        store
            .save_reply(None, l("ru"), "Привет", "Здравствуйте", &olena, NOW)
            .is_err()
    );
    assert!(
        store
            .save_reply(Some(id), l("uk"), "x", "y", &oksana, NOW)
            .is_err()
    );
    assert!(
        store
            .save_reply(None, l("uk"), " ", "Добрий день!", &olena, NOW)
            .is_err()
    );
    store
        .save_reply(
            Some(id),
            l("uk"),
            "Привітання",
            "Доброго дня!",
            &olena,
            NOW + 1,
        )
        .unwrap();
    let replies = store.saved_replies(l("uk")).unwrap();
    assert_eq!(replies.len(), 1);
    assert_eq!(replies[0].body, "Доброго дня!");
    assert!(store.saved_replies(l("ru")).unwrap().is_empty());
    assert!(store.delete_saved_reply(id, &oksana).is_err());
    store.delete_saved_reply(id, &olena).unwrap();
    assert!(store.saved_replies(l("uk")).unwrap().is_empty());
}

#[test]
fn forget_deletes_the_chats_questions_and_retention_deletes_closed_ones() {
    let (_dir, store) = seeded_store();
    let chat = 77;
    let asked = store
        .ask(question("uk", Some(chat), "Забудьте мене"), NOW)
        .unwrap();
    let other = store
        .ask(question("uk", Some(78), "Інше питання"), NOW)
        .unwrap();
    assert_eq!(
        store
            .open_conversation_for_chat(chat)
            .unwrap()
            .map(|r| r.id),
        Some(asked.id)
    );
    assert_eq!(
        store.forget_chat(chat).unwrap(),
        0,
        "no appointment request"
    );
    assert!(
        store
            .conversation_for_person(&asked.reference)
            .unwrap()
            .is_none()
    );
    assert!(store.open_conversation_for_chat(chat).unwrap().is_none());
    assert!(
        store
            .add_person_message_by_chat(chat, text("ще"), NOW)
            .unwrap()
            .is_none()
    );

    let eva = staff(&store, "eva", &["coordinator"], &[]);
    store.close_conversation(other.id, &eva, NOW + DAY).unwrap();
    let open = store.ask(question("uk", None, "Відкрите"), NOW).unwrap();
    // 30 days after closing, not yet; 31 days after, gone; an open one stays.
    assert_eq!(store.purge_closed_conversations(NOW + DAY - 1).unwrap(), 0);
    assert_eq!(store.purge_closed_conversations(NOW + DAY + 1).unwrap(), 1);
    assert!(
        store
            .conversation_for_person(&other.reference)
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .conversation_for_person(&open.reference)
            .unwrap()
            .is_some()
    );
}

#[test]
fn question_and_answer_texts_are_not_in_the_database_file_or_its_wal() {
    let (dir, store) = seeded_store();
    let secret = "Zxqvblorf-Hrabě-Question-7731";
    let answer = "Yplomk-Answer-4417";
    let asked = store.ask(question("uk", Some(5), secret), NOW).unwrap();
    let eva = staff(&store, "eva", &["coordinator"], &[]);
    store
        .answer_conversation(asked.id, &eva, &text(answer), "s1", NOW)
        .unwrap();
    store
        .add_conversation_note(asked.id, &eva, &text("Note-Qwzx-99"), "s2", NOW)
        .unwrap();
    let mut checked = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for needle in [secret, answer, "Note-Qwzx-99", "Zxqvblorf"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle} found in a data file"
            );
        }
        checked += 1;
    }
    assert!(checked >= 2, "the database and its WAL were read");
    // … while the store still reads them back.
    let seen = store
        .conversation_for_person(&asked.reference)
        .unwrap()
        .unwrap();
    assert_eq!(seen.messages[0].text, secret);
}

#[test]
fn a_kiosk_question_followed_by_a_chat_queues_each_answer_once_and_keeps_its_first_chat() {
    use navrat_content::store::FollowOutcome;

    let (_dir, store) = seeded_store();
    let asked = store
        .ask(question("ar", None, "هل يمكنني العودة مع ابني؟"), NOW)
        .unwrap();
    let token = asked
        .follow_token
        .clone()
        .expect("a kiosk question has a token");
    // A bot question has none: its chat is known already.
    assert_eq!(
        store
            .ask(question("uk", Some(91), "Питання"), NOW)
            .unwrap()
            .follow_token,
        None
    );
    let eva = staff(&store, "eva", &["coordinator"], &[]);
    store
        .answer_conversation(asked.id, &eva, &text("نعم."), "f1", NOW + 1)
        .unwrap();
    assert!(store.due_answers(NOW + 1, 10).unwrap().is_empty());

    // Unknown and a request's kind of lookup: nothing.
    assert_eq!(
        store
            .attach_question_chat_by_token("x", 501, NOW + 2)
            .unwrap(),
        FollowOutcome::Unknown
    );
    assert_eq!(
        store.attach_chat_by_token(&token, 501).unwrap(),
        FollowOutcome::Unknown
    );
    assert!(!store.conversation_has_chat(&asked.reference).unwrap());

    // The chat follows it: the answer already given is queued once, in the question's locale.
    let followed = store
        .attach_question_chat_by_token(&token, 501, NOW + 2)
        .unwrap();
    let FollowOutcome::Following(q) = followed else {
        panic!("{followed:?}")
    };
    assert_eq!(
        (q.reference.clone(), q.locale),
        (asked.reference.clone(), l("ar"))
    );
    assert!(store.conversation_has_chat(&asked.reference).unwrap());
    // The same chat again, and another chat: nothing queued twice, nothing taken over.
    assert!(matches!(
        store
            .attach_question_chat_by_token(&token, 501, NOW + 3)
            .unwrap(),
        FollowOutcome::Following(_)
    ));
    assert_eq!(
        store
            .attach_question_chat_by_token(&token, 502, NOW + 3)
            .unwrap(),
        FollowOutcome::FollowedElsewhere
    );
    let due = store.due_answers(NOW + 3, 10).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!((due[0].chat_id, due[0].text.as_str()), (501, "نعم."));
    store.answer_sent(due[0].delivery_id).unwrap();

    // A later answer is queued for the chat as for a bot question; the chat's question is this.
    store
        .answer_conversation(asked.id, &eva, &text("أحضر جوازك."), "f2", NOW + 4)
        .unwrap();
    let due = store.due_answers(NOW + 4, 10).unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!((due[0].chat_id, due[0].text.as_str()), (501, "أحضر جوازك."));
    assert_eq!(
        store.open_conversation_for_chat(501).unwrap().map(|c| c.id),
        Some(asked.id)
    );
    assert_eq!(store.open_conversation_for_chat(502).unwrap(), None);

    // `/forget` in that chat deletes it.
    store.forget_chat(501).unwrap();
    assert!(
        store
            .conversation_for_person(&asked.reference)
            .unwrap()
            .is_none()
    );
}
