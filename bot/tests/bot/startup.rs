//! Starting against a Telegram that fails, and updates the bot cannot read: the bot keeps
//! trying, says it is down, and logs nothing of the person.

use std::time::{Duration, Instant};

use navrat_bot::Health;
use navrat_testkit::person::Person;
use navrat_testkit::telegram::{FakeTelegram, TOKEN};
use navrat_testkit::text as t;

use crate::conversation::{fresh_bot, start_bot};

async fn until(what: &str, check: impl Fn() -> bool) {
    let start = Instant::now();
    while !check() {
        assert!(start.elapsed() < Duration::from_secs(20), "never: {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bot_that_cannot_reach_telegram_says_it_is_down_and_answers_once_it_can() {
    navrat_testkit::logs::capture();
    let fake = FakeTelegram::start().await;
    fake.fail("getMe", 1_000_000);
    fake.fail("setMyCommands", 1_000_000);
    let running = start_bot(fake.clone(), tempfile::tempdir().unwrap()).await;
    let health = running.health.clone();
    until("the bot reports itself down", || {
        matches!(health.current(), Health::Down(_))
    })
    .await;
    assert!(!health.current().is_up());
    assert!(health.current().describe().contains("down"));
    // It keeps asking rather than giving up.
    until("getMe is asked again", || {
        fake.calls()
            .iter()
            .filter(|c| c.method == "failed-getme")
            .count()
            >= 3
    })
    .await;

    // Telegram answers again: the bot is up and answers, while its command menus still fail.
    fake.fail("getMe", 0);
    until("the bot reports itself up", || health.current().is_up()).await;
    let person = Person::new(&fake, 9_601_001, Some("en"));
    let welcome = person.says("/start").await;
    assert!(welcome.text().starts_with(&t("en", "bot-welcome")));
    assert!(
        !fake.calls().iter().any(|c| c.method == "setmycommands"),
        "answered before any command menu was registered"
    );
    fake.fail("setMyCommands", 0);
    until("the command menus are registered", || {
        fake.calls()
            .iter()
            .filter(|c| c.method == "setmycommands")
            .count()
            == 13
    })
    .await;
    let logs = navrat_testkit::logs::captured();
    assert!(logs.contains("getMe failed"), "the failure is in the log");
    assert!(logs.contains("could not register the bot's commands"));
    assert!(
        !logs.contains(TOKEN) && !logs.contains("TEST-TOKEN"),
        "no token in the log"
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_the_bot_cannot_read_leaves_no_personal_data_in_the_log() {
    navrat_testkit::logs::capture();
    let running = fresh_bot().await;
    let fake = running.fake.clone();
    let person = Person::new(&fake, 9_602_001, Some("cs"));
    person.says("/start").await;
    // A message teloxide cannot parse (its date is not a number), from a named person.
    fake.send_raw_update(serde_json::json!({"message": {
        "message_id": 5, "date": "yesterday", "text": "Jmenuji se Zdeňka Tajná",
        "from": {"id": 9_602_002, "is_bot": false, "first_name": "Zdeňka", "last_name": "Tajná",
                 "username": "zdenka_tajna", "language_code": "cs"},
        "chat": {"id": 9_602_002, "type": "private", "first_name": "Zdeňka"}}}));
    // The bot goes on: the next person is answered.
    let next = person.says("/start").await;
    assert!(next.text().starts_with(&t("cs", "bot-welcome")));
    until("the skipped update is logged", || {
        navrat_testkit::logs::captured().contains("could not be read")
    })
    .await;
    let logs = navrat_testkit::logs::captured();
    for personal in ["Tajná", "Zdeňka", "zdenka_tajna", "9602002"] {
        assert!(!logs.contains(personal), "the log holds {personal:?}");
    }
    running.stop().await;
}
