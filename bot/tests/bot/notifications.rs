//! News about a request reaches the person's chat through the outbox: once, in their language,
//! after Telegram asks to wait, and never to someone who blocked the bot.

use std::time::{Duration, Instant};

use navrat_content::model::AppointmentChange;
use navrat_content::{Locale, ReferenceCode, Store};

use crate::conversation::fresh_bot;

fn request_from_chat(store: &Store, chat: i64, locale: &str) -> ReferenceCode {
    store
        .create_appointment_request(
            &navrat_testkit::request()
                .locale(locale)
                .over_telegram(chat)
                .build(),
        )
        .unwrap()
        .reference
}

fn confirm(when: &str) -> AppointmentChange {
    AppointmentChange::Confirm {
        when: when.into(),
        counsellor: "eva".into(),
        interpreter: false,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_counsellors_confirmation_reaches_the_chat_exactly_once_in_its_language() {
    let running = fresh_bot().await;
    let fake = running.fake.clone();
    let reference = request_from_chat(&running.store, 6001, "uk");
    running
        .store
        .change_appointment(&reference, &confirm("2026-12-01 10:00"), "eva")
        .unwrap();
    let sent = fake.wait_for("sendmessage", 6001, 0, 1).await;
    let text = sent[0].params["text"].as_str().unwrap();
    assert!(
        text.contains(&reference.display()) && text.contains("2026-12-01 10:00"),
        "{text}"
    );
    assert!(
        text.chars().any(|c| ('а'..='я').contains(&c)),
        "in Ukrainian: {text}"
    );
    // Moved: one more message; and no message is ever sent twice.
    running
        .store
        .change_appointment(&reference, &confirm("2026-12-03 09:00"), "eva")
        .unwrap();
    fake.wait_for("sendmessage", 6001, 0, 2).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(fake.wait_for("sendmessage", 6001, 0, 2).await.len(), 2);
    assert_eq!(running.store.outbox_counts().unwrap(), (0, 2, 0));
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_429_is_waited_out_and_the_message_still_arrives_once() {
    let running = fresh_bot().await;
    let fake = running.fake.clone();
    let reference = request_from_chat(&running.store, 6002, "ar");
    fake.fail_with_429(6002, 1);
    let start = Instant::now();
    running
        .store
        .change_appointment(
            &reference,
            &AppointmentChange::Decline {
                reason: "لا يوجد مستشار".into(),
            },
            "eva",
        )
        .unwrap();
    let sent = fake.wait_for("sendmessage", 6002, 0, 1).await;
    assert!(
        start.elapsed() >= Duration::from_secs(1),
        "sent before retry_after passed"
    );
    assert!(
        sent[0].params["text"]
            .as_str()
            .unwrap()
            .contains("لا يوجد مستشار")
    );
    assert_eq!(
        fake.calls()
            .iter()
            .filter(|c| c.method == "failed-sendmessage")
            .count(),
        1
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        fake.wait_for("sendmessage", 6002, 0, 1).await.len(),
        1,
        "exactly once"
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_who_blocked_the_bot_is_not_written_to_again() {
    let running = fresh_bot().await;
    let fake = running.fake.clone();
    running
        .store
        .set_chat_locale(6003, Locale::parse("cs").unwrap())
        .unwrap();
    let reference = request_from_chat(&running.store, 6003, "cs");
    fake.blocked(6003);
    running
        .store
        .change_appointment(&reference, &confirm("2026-12-01 10:00"), "eva")
        .unwrap();
    let start = Instant::now();
    while running.store.outbox_counts().unwrap() != (0, 0, 1) {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "{:?}",
            running.store.outbox_counts()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let attempts = fake
        .calls()
        .iter()
        .filter(|c| c.method == "failed-sendmessage")
        .count();
    assert_eq!(attempts, 1, "not retried after the block");
    running.stop().await;
}
