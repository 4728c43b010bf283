//! Whole conversations as a person has them.

use std::sync::Arc;

use navrat_bot::{BotConfig, BotDeps};
use navrat_content::i18n::Catalog;
use navrat_content::search::Searcher;
use navrat_content::{Locales, Store};
use serde_json::Value;

use crate::fake_api::{Call, FakeTelegram, TOKEN};

fn repo() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The bot running against a fake Telegram over a fresh store with the seed.
pub struct Running {
    pub fake: FakeTelegram,
    pub store: Store,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
    _dir: tempfile::TempDir,
}

pub async fn start_bot(fake: FakeTelegram, dir: tempfile::TempDir) -> Running {
    start_bot_with(fake, dir, None).await
}

/// The bot in webhook mode when `webhook` is given.
pub async fn start_bot_with(
    fake: FakeTelegram,
    dir: tempfile::TempDir,
    webhook: Option<navrat_bot::Webhook>,
) -> Running {
    let locales = Locales::load(&repo().join("locales")).unwrap();
    let catalog = Arc::new(Catalog::load(&repo().join("locales"), &locales).unwrap());
    let store = Store::open_dir(dir.path()).unwrap();
    if store.is_empty().unwrap() {
        let seed = navrat_content::seed::read_dir(&repo().join("content/seed"), &locales).unwrap();
        store.import_seed(&seed, "seed").unwrap();
    }
    let searcher = Searcher::open(None, &store, &locales).unwrap();
    let deps = BotDeps {
        store: store.clone(),
        catalog,
        searcher,
        retention_days: 90,
    };
    let mut config = BotConfig::new(TOKEN.into(), Some(fake.url.parse().unwrap()));
    // Telegram's one message a second per chat would make these conversations slow.
    config.limits = Some(navrat_bot::Limits {
        messages_per_sec_chat: 100,
        messages_per_min_chat: 6000,
        messages_per_min_channel_or_supergroup: 6000,
        messages_per_sec_overall: 1000,
    });
    config.webhook = webhook;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        navrat_bot::run(config, deps, async move {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    Running {
        fake,
        store,
        stop,
        task,
        _dir: dir,
    }
}

impl Running {
    pub async fn stop(self) -> (FakeTelegram, tempfile::TempDir) {
        let _ = self.stop.send(());
        self.task.await.unwrap();
        (self.fake, self._dir)
    }
}

fn texts(calls: &[Call]) -> Vec<String> {
    calls
        .iter()
        .map(|c| c.params["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn buttons(call: &Call) -> Vec<(String, String)> {
    call.params["reply_markup"]["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().unwrap().clone())
        .map(|b: Value| {
            (
                b["text"].as_str().unwrap().to_owned(),
                b["callback_data"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

async fn conversation(locale: &str, chat: i64, typo: &str, expected: &str, words_in_topic: &str) {
    crate::logs::capture();
    let running = start_bot(FakeTelegram::start().await, tempfile::tempdir().unwrap()).await;
    let fake = running.fake.clone();
    let catalog_text = |id: &str| {
        let locales = Locales::load(&repo().join("locales")).unwrap();
        Catalog::load(&repo().join("locales"), &locales)
            .unwrap()
            .text(navrat_content::Locale::parse(locale).unwrap(), id)
    };

    // /start: the language comes from the Telegram client.
    let mark = fake.calls().len();
    fake.send_text(chat, Some(locale), "/start");
    let welcome = fake.wait_for("sendmessage", chat, mark, 1).await;
    assert!(
        texts(&welcome)[0].starts_with(&catalog_text("bot-welcome")),
        "{locale}: {:?}",
        texts(&welcome)
    );

    // A question with a typo: the right topic is among the buttons.
    let mark = fake.calls().len();
    fake.send_text(chat, Some(locale), typo);
    let results = fake.wait_for("sendmessage", chat, mark, 1).await;
    let found = buttons(&results[0]);
    let hit = found
        .iter()
        .find(|(_, data)| data == &format!("topic:{expected}"))
        .unwrap_or_else(|| panic!("{locale} {typo:?}: {found:?}"));
    assert!(!hit.0.is_empty());

    // The topic, in the person's language, marked as not yet reviewed where it is a draft.
    let mark = fake.calls().len();
    fake.press(chat, &hit.1);
    let topic = fake.wait_for("sendmessage", chat, mark, 1).await;
    let body = texts(&topic).join("\n");
    assert!(body.contains(words_in_topic), "{locale}: {body}");
    assert_eq!(topic[0].params["parse_mode"], "HTML");
    if locale != "cs" && locale != "en" {
        assert!(
            body.contains(&catalog_text("notice-draft")),
            "{locale}: no draft notice"
        );
    }
    assert!(texts(&topic).iter().all(|t| t.chars().count() <= 4096));
    assert!(
        fake.calls()
            .iter()
            .any(|c| c.method == "answercallbackquery")
    );
    // Commands are registered in every language.
    let registered: Vec<String> = fake
        .calls()
        .iter()
        .filter(|c| c.method == "setmycommands")
        .filter_map(|c| c.params["language_code"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(registered.len(), 12, "{registered:?}");

    // A meeting with a counsellor, step by step, to the reference code.
    let reference = ask_for_meeting(&fake, chat, "Олена").await;
    let stored = running.store.appointment_requests_for_chat(chat).unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].reference.display(), reference);
    assert_eq!(stored[0].alias.as_deref(), Some("Олена"));
    assert!(
        stored[0].interpreter_needed,
        "the interpreter answer reaches the counsellor"
    );
    assert_eq!(stored[0].locale.as_str(), locale);
    let (_, dir) = running.stop().await;
    // Neither the chat id nor the nickname is in the database or its WAL in clear.
    let chat_text = chat.to_string();
    let needles: [&[u8]; 4] = [
        chat_text.as_bytes(),
        &chat.to_le_bytes(),
        &chat.to_be_bytes()[4..],
        "Олена".as_bytes(),
    ];
    for name in ["navrat.sqlite3", "navrat.sqlite3-wal"] {
        let bytes = std::fs::read(dir.path().join(name)).unwrap_or_default();
        for needle in needles {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{name} holds {needle:?} in clear"
            );
        }
    }
    // Nor do the logs hold the chat id, the nickname, what the person typed or the token.
    let logs = crate::logs::captured();
    assert!(
        logs.contains("INFO") || logs.contains("DEBUG"),
        "logs were captured"
    );
    for secret in [chat_text.as_str(), "Олена", typo, TOKEN] {
        assert!(!logs.contains(secret), "the logs hold {secret:?}");
    }
}

/// Presses through the appointment dialogue; returns the reference the bot sent.
async fn ask_for_meeting(fake: &FakeTelegram, chat: i64, alias: &str) -> String {
    let step = |data: &'static str| async move {
        let mark = fake.calls().len();
        fake.press(chat, data);
        fake.wait_for("sendmessage", chat, mark, 1).await.remove(0)
    };
    let points = step("ap:start").await;
    assert!(
        buttons(&points).iter().any(|(_, d)| d == "ap:point:praha"),
        "{:?}",
        buttons(&points)
    );
    let days = step("ap:point:praha").await;
    assert!(buttons(&days).iter().any(|(_, d)| d == "ap:day:mon"));
    // Next without a day: told to choose one.
    let refused = step("ap:next").await;
    assert!(
        buttons(&refused).is_empty(),
        "an error message, not the next step"
    );
    let days = step("ap:day:mon").await;
    assert!(
        buttons(&days)
            .iter()
            .any(|(t, d)| d == "ap:day:mon" && t.starts_with('✓'))
    );
    step("ap:next").await;
    step("ap:part:morning").await;
    let interpreter = step("ap:next").await;
    assert!(
        buttons(&interpreter)
            .iter()
            .any(|(_, d)| d == "ap:interpreter:yes"),
        "asked whether an interpreter is needed"
    );
    let alias_prompt = step("ap:interpreter:yes").await;
    assert!(buttons(&alias_prompt).iter().any(|(_, d)| d == "ap:skip"));
    let mark = fake.calls().len();
    fake.send_text(chat, None, alias);
    fake.wait_for("sendmessage", chat, mark, 1).await;
    // A wrong phone number is explained, then skipped.
    let mark = fake.calls().len();
    fake.send_text(chat, None, "12ab");
    fake.wait_for("sendmessage", chat, mark, 1).await;
    let consent = step("ap:skip").await;
    assert!(
        consent.params["text"].as_str().unwrap().contains("90"),
        "says how long data is kept"
    );
    let confirm = step("ap:agree").await;
    assert!(confirm.params["text"].as_str().unwrap().contains(alias));
    let sent = step("ap:send").await;
    let text = sent.params["text"].as_str().unwrap().to_owned();
    let reference = text
        .split_whitespace()
        .find(|w| w.len() == 11 && w.matches('-').count() == 2)
        .unwrap_or_else(|| panic!("{text}"));
    reference.to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn czech_ukrainian_and_arabic_conversations_find_and_show_a_topic() {
    conversation(
        "cs",
        731_005_001,
        "ztratil jsem pas",
        "travel-documents",
        "laissez-passer",
    )
    .await;
    conversation("uk", 731_005_002, "паспотр", "travel-documents", "паспорт").await;
    conversation("ar", 731_005_003, "جواز السقر", "travel-documents", "جواز").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_language_gets_a_picker_and_the_choice_is_kept_across_a_restart() {
    let running = start_bot(FakeTelegram::start().await, tempfile::tempdir().unwrap()).await;
    let fake = running.fake.clone();
    fake.send_text(2001, Some("pt-BR"), "/start");
    let picker = fake.wait_for("sendmessage", 2001, 0, 1).await;
    let choices = buttons(&picker[0]);
    assert_eq!(choices.len(), 12, "{choices:?}");
    assert!(
        choices
            .iter()
            .any(|(name, data)| name == "Монгол" && data == "lang:mn")
    );
    let mark = fake.calls().len();
    fake.press(2001, "lang:mn");
    let set = fake.wait_for("sendmessage", 2001, mark, 2).await;
    assert!(texts(&set)[0].contains("монгол"), "{:?}", texts(&set));
    assert_eq!(
        running
            .store
            .chat_locale(2001)
            .unwrap()
            .map(|l| l.to_string())
            .as_deref(),
        Some("mn")
    );

    // The bot restarts; the chat keeps its language and the store its state.
    let (fake, dir) = running.stop().await;
    let running = start_bot(fake.clone(), dir).await;
    let mark = fake.calls().len();
    fake.send_text(2001, Some("pt-BR"), "/start");
    let welcome = fake.wait_for("sendmessage", 2001, mark, 1).await;
    assert!(
        texts(&welcome)[0].chars().any(|c| ('а'..='я').contains(&c)),
        "answered in Mongolian: {:?}",
        texts(&welcome)
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_chats_never_share_their_language_and_deep_links_open_a_topic() {
    let running = start_bot(FakeTelegram::start().await, tempfile::tempdir().unwrap()).await;
    let fake = running.fake.clone();
    fake.send_text(3001, Some("ru"), "/start");
    fake.send_text(3002, Some("vi"), "/start topic_what-to-bring");
    let ru = fake.wait_for("sendmessage", 3001, 0, 1).await;
    let vi = fake.wait_for("sendmessage", 3002, 0, 1).await;
    assert!(texts(&ru)[0].chars().any(|c| ('а'..='я').contains(&c)));
    assert_eq!(
        vi[0].params["parse_mode"], "HTML",
        "the deep link opened the topic"
    );
    assert!(texts(&vi).join("").contains("<b>"));
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_mid_dialogue_resumes_and_forget_deletes_what_was_not_handled() {
    let running = start_bot(FakeTelegram::start().await, tempfile::tempdir().unwrap()).await;
    let fake = running.fake.clone();
    fake.send_text(4001, Some("cs"), "/start");
    fake.wait_for("sendmessage", 4001, 0, 1).await;
    fake.press(4001, "ap:start");
    fake.wait_for("sendmessage", 4001, 0, 2).await;
    fake.press(4001, "ap:point:brno");
    fake.wait_for("sendmessage", 4001, 0, 3).await;

    // The bot restarts in the middle of the dialogue.
    let (fake, dir) = running.stop().await;
    let running = start_bot(fake.clone(), dir).await;
    let mark = fake.calls().len();
    let open_day = running.store.point("brno").unwrap().unwrap().open_slots()[0]
        .0
        .as_str();
    fake.press(4001, &format!("ap:day:{open_day}"));
    let days = fake.wait_for("sendmessage", 4001, mark, 1).await;
    assert!(
        buttons(&days[0]).iter().any(|(t, _)| t.starts_with('✓')),
        "resumed with Brno chosen: {:?}",
        buttons(&days[0])
    );

    // Stop, then a whole request, then /status and /forget.
    let mark = fake.calls().len();
    fake.press(4001, "ap:stop");
    fake.wait_for("sendmessage", 4001, mark, 1).await;
    let reference = ask_for_meeting(&fake, 4001, "Petr").await;
    let mark = fake.calls().len();
    fake.send_text(4001, None, "/status");
    let status = fake.wait_for("sendmessage", 4001, mark, 1).await;
    assert!(
        texts(&status)[0].contains(&reference),
        "{:?}",
        texts(&status)
    );

    let mark = fake.calls().len();
    fake.send_text(4001, None, "/forget");
    fake.wait_for("sendmessage", 4001, mark, 1).await;
    let mark = fake.calls().len();
    fake.press(4001, "forget:yes");
    let done = fake.wait_for("sendmessage", 4001, mark, 1).await;
    assert!(
        texts(&done)[0].contains('1'),
        "says one request was deleted: {:?}",
        texts(&done)
    );
    assert!(
        running
            .store
            .appointment_requests_for_chat(4001)
            .unwrap()
            .is_empty()
    );
    assert_eq!(running.store.chat_locale(4001).unwrap(), None);
    assert_eq!(running.store.chat_dialogue(4001).unwrap(), None);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kiosk_request_is_followed_from_its_qr_code_after_confirming_and_no_second_chat_takes_it()
{
    use navrat_content::model::{Channel, Contact, DayPart, NewAppointmentRequest, Weekday};
    let running = start_bot(FakeTelegram::start().await, tempfile::tempdir().unwrap()).await;
    let fake = running.fake.clone();
    let request = running
        .store
        .create_appointment_request(&NewAppointmentRequest {
            channel: Channel::Kiosk,
            locale: navrat_content::Locale::parse("uk").unwrap(),
            point_id: "praha".into(),
            days: vec![Weekday::Mon],
            day_parts: vec![DayPart::Morning],
            alias: None,
            contact: Contact::ComeBack,
            interpreter_needed: false,
            topic: None,
            idempotency_key: None,
            telegram_chat: None,
        })
        .unwrap();
    let catalog = Catalog::load(
        &repo().join("locales"),
        &Locales::load(&repo().join("locales")).unwrap(),
    )
    .unwrap();
    let uk = navrat_content::Locale::parse("uk").unwrap();
    let start = format!("/start f_{}", request.follow_token);
    // A stranger with a photo of the QR code opens it first and is asked too...
    fake.send_text(5002, Some("uk"), &start);
    let strangers_offer = fake.wait_for("sendmessage", 5002, 0, 1).await;
    let strangers_yes = buttons(&strangers_offer[0])[0].1.clone();
    fake.send_text(5001, Some("uk"), &start);
    let offer = fake.wait_for("sendmessage", 5001, 0, 1).await;
    assert!(texts(&offer)[0].contains(&request.reference.display()));
    // Nothing is attached before the person says yes.
    assert!(
        running
            .store
            .appointment_requests_for_chat(5001)
            .unwrap()
            .is_empty()
    );
    let mark = fake.calls().len();
    fake.press(5001, &buttons(&offer[0])[0].1);
    fake.wait_for("sendmessage", 5001, mark, 1).await;
    assert_eq!(
        running
            .store
            .appointment_requests_for_chat(5001)
            .unwrap()
            .len(),
        1
    );
    // ...but pressing yes afterwards does not take the request away from the person's chat:
    // the stranger is told, in their language, that another chat follows it.
    let mark = fake.calls().len();
    fake.press(5002, &strangers_yes);
    let refused = fake.wait_for("sendmessage", 5002, mark, 1).await;
    assert_eq!(texts(&refused), [catalog.text(uk, "bot-follow-taken")]);
    // Opening the link again says the same and offers nothing to press.
    let mark = fake.calls().len();
    fake.send_text(5002, Some("uk"), &start);
    let again = fake.wait_for("sendmessage", 5002, mark, 1).await;
    assert_eq!(texts(&again), [catalog.text(uk, "bot-follow-taken")]);
    assert!(
        !buttons(&again[0])
            .iter()
            .any(|(_, data)| data.starts_with("follow:"))
    );
    // The stranger's chat has nothing to read or cancel; the person's chat keeps the request.
    let mark = fake.calls().len();
    fake.send_text(5002, Some("uk"), "/cancel");
    let cancel = fake.wait_for("sendmessage", 5002, mark, 1).await;
    assert_eq!(texts(&cancel), [catalog.text(uk, "bot-status-none")]);
    assert!(
        running
            .store
            .appointment_requests_for_chat(5002)
            .unwrap()
            .is_empty()
    );
    let kept = running
        .store
        .appointment_request(&request.reference)
        .unwrap()
        .unwrap();
    assert_eq!(kept.telegram_chat, Some(5001));
    assert_eq!(kept.status, navrat_content::model::AppointmentStatus::New);
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_outdated_translation_says_so_and_offers_the_current_czech_text() {
    let running = start_bot(FakeTelegram::start().await, tempfile::tempdir().unwrap()).await;
    let fake = running.fake.clone();
    let slug = navrat_content::model::Slug::parse("what-to-bring").unwrap();
    let mut text = running.store.topic(&slug).unwrap().unwrap().source.text;
    text.body.push_str("\n\nNový odstavec o dokladech.");
    running
        .store
        .edit_source(&slug, &text, &[], &[], false, "eva")
        .unwrap();
    fake.send_text(8001, Some("uk"), "/start topic_what-to-bring");
    let topic = fake.wait_for("sendmessage", 8001, 0, 1).await;
    let catalog = Catalog::load(
        &repo().join("locales"),
        &Locales::load(&repo().join("locales")).unwrap(),
    )
    .unwrap();
    let uk = navrat_content::Locale::parse("uk").unwrap();
    assert!(
        texts(&topic)
            .join("")
            .contains(&catalog.text(uk, "notice-outdated"))
    );
    let last = topic.last().unwrap();
    let source = buttons(last)
        .into_iter()
        .find(|(_, d)| d == "source:what-to-bring")
        .expect("a button to the Czech text");
    let mark = fake.calls().len();
    fake.press(8001, &source.1);
    let czech = fake.wait_for("sendmessage", 8001, mark, 1).await;
    assert!(
        texts(&czech)
            .join("")
            .contains("Nový odstavec o dokladech.")
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_is_explained_in_the_persons_language_and_passes() {
    let running = start_bot(FakeTelegram::start().await, tempfile::tempdir().unwrap()).await;
    let fake = running.fake.clone();
    let chat = 731_009_001;
    crate::fill::fill_to_the_last_page(&running.store);
    let mark = fake.calls().len();
    fake.send_text(chat, Some("uk"), "/start");
    let told = fake.wait_for("sendmessage", chat, mark, 1).await;
    let locales = Locales::load(&repo().join("locales")).unwrap();
    let catalog = Catalog::load(&repo().join("locales"), &locales).unwrap();
    let full = catalog.text(
        navrat_content::Locale::parse("uk").unwrap(),
        "error-storage-full",
    );
    assert_eq!(texts(&told), vec![full], "told in Ukrainian, not silence");

    // Space returns: the same chat is welcomed, no restart.
    running.store.set_size_limit(None).unwrap();
    let mark = fake.calls().len();
    fake.send_text(chat, Some("uk"), "/start");
    let welcome = fake.wait_for("sendmessage", chat, mark, 1).await;
    let expected = catalog.text(navrat_content::Locale::parse("uk").unwrap(), "bot-welcome");
    assert!(texts(&welcome)[0].starts_with(&expected));
    running.stop().await;
}
