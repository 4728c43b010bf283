//! Whole conversations as a person has them.

use navrat_bot::{BotConfig, BotDeps};
use navrat_content::Store;
use navrat_testkit::person::Person;
use navrat_testkit::telegram::{FakeTelegram, TOKEN};
use navrat_testkit::{SeededStore, catalog, seed_dir, text as t};

/// The bot running against a fake Telegram over a fresh store with the seed.
pub struct Running {
    pub fake: FakeTelegram,
    pub store: Store,
    /// The bot's health as the readiness check reads it.
    pub health: navrat_bot::BotHealth,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
    _dir: tempfile::TempDir,
}

/// The bot against a new fake Telegram, over a fresh store in a new temporary directory.
pub async fn fresh_bot() -> Running {
    start_bot(FakeTelegram::start().await, tempfile::tempdir().unwrap()).await
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
    let SeededStore {
        store,
        catalog,
        searcher,
        dir,
        ..
    } = SeededStore::in_dir(dir);
    // The machine voice as `navrat serve` has it: files in the data directory.
    let voice = std::sync::Arc::new(navrat_content::audio::MachineVoice::find(
        dir.path(),
        catalog.locales(),
    ));
    let deps = BotDeps {
        store: store.clone(),
        catalog,
        searcher,
        retention_days: 90,
        voice: Some(voice),
    };
    // The limits the service runs with: a dialogue held to a group's 20 messages a minute
    // would stall here.
    let mut config = BotConfig::new(TOKEN.into(), Some(fake.url.parse().unwrap()));
    config.webhook = webhook;
    config.retry_delay = std::time::Duration::from_millis(50);
    let health = config.health.clone();
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
        health,
        stop,
        task,
        _dir: dir,
    }
}

impl Running {
    /// Stops the bot, after checking what Telegram would have refused: every press answered
    /// exactly once, no request refused with a 400.
    pub async fn stop(self) -> (FakeTelegram, tempfile::TempDir) {
        let (unanswered, double) = self.fake.unanswered_presses();
        assert!(
            unanswered.is_empty(),
            "presses not answered once: {unanswered:?}"
        );
        assert_eq!(double, 0, "presses answered twice");
        assert_eq!(self.fake.bad_requests(), Vec::<String>::new());
        let _ = self.stop.send(());
        self.task.await.unwrap();
        (self.fake, self._dir)
    }
}

/// Walks a request from the welcome's button to its reference code, as a person does;
/// returns the reference the bot sent.
pub async fn ask_for_meeting(person: &Person, locale: &str, alias: &str) -> String {
    let l = |id: &str| t(locale, id);
    let points = person.taps(&l("bot-menu-appointment")).await;
    assert!(points.text().contains(&l("appointment-point")));
    let details = person.taps(&point_name("praha", locale)).await;
    assert!(
        details.text().contains(&l("point-hours")),
        "details before choosing: {details:?}"
    );
    let days = person.taps(&l("bot-point-choose")).await;
    // Next without a day: told to choose one, on the button, and the step stays.
    let refused = person.taps(&l("kiosk-next")).await;
    assert_eq!(
        refused.alert.as_deref(),
        Some(l("error-days-required").as_str())
    );
    assert!(refused.sent.is_empty() && refused.edited.is_empty());
    let monday = person.taps(&l("day-mon")).await;
    assert!(monday.sent.is_empty(), "the day is ticked in place");
    assert_eq!(monday.edited[0].message_id, days.last().message_id);
    assert!(monday.labels().contains(&format!("✓ {}", l("day-mon"))));
    person.taps(&l("kiosk-next")).await;
    person.taps(&l("day-part-morning")).await;
    let interpreter = person.taps(&l("kiosk-next")).await;
    assert!(interpreter.text().contains(&l("bot-interpreter-prompt")));
    let alias_prompt = person.taps(&l("bot-yes")).await;
    assert!(alias_prompt.labels().contains(&l("bot-skip")));
    let phone_prompt = person.says(alias).await;
    assert!(phone_prompt.text().contains(&l("bot-phone-prompt")));
    // A wrong phone number is explained with the question again, then skipped.
    let wrong = person.says("12ab").await;
    assert!(wrong.text().starts_with(&l("error-phone-invalid")));
    let consent = person.taps(&l("bot-skip")).await;
    assert!(consent.text().contains("90"), "says how long data is kept");
    let confirm = person.taps(&l("appointment-consent-agree")).await;
    assert!(confirm.text().contains(alias));
    let sent = person.taps(&l("appointment-submit")).await;
    assert!(
        sent.sent.is_empty(),
        "the confirmation becomes the sent request"
    );
    assert!(
        !sent.labels().contains(&l("appointment-submit")),
        "no Send button is left to press twice"
    );
    let text = sent.text();
    text.split_whitespace()
        .find(|w| w.len() == 11 && w.matches('-').count() == 2)
        .unwrap_or_else(|| panic!("{text}"))
        .to_owned()
}

/// A point's name as the bot shows it in `locale`.
pub fn point_name(id: &str, locale: &str) -> String {
    let seed = navrat_content::seed::read_dir(&seed_dir(), catalog().locales()).unwrap();
    let point = &seed.points.iter().find(|p| p.value.id == id).unwrap().value;
    let chain = catalog()
        .locales()
        .chain(navrat_content::Locale::parse(locale).unwrap());
    point.text_for(&chain).unwrap().name.clone()
}

async fn conversation(
    locale: &'static str,
    chat: i64,
    typo: &str,
    slug: &str,
    words_in_topic: &str,
) {
    navrat_testkit::logs::capture();
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, chat, Some(locale));
    let l = |id: &str| t(locale, id);

    // /start: the language comes from the Telegram client.
    let welcome = person.says("/start").await;
    assert!(
        welcome.text().starts_with(&l("bot-welcome")),
        "{locale}: {welcome:?}"
    );
    assert!(welcome.labels().contains(&l("bot-menu-appointment")));

    // A question with a typo: the right topic is among the results, with a piece of its text.
    let results = person.says(typo).await;
    let title = results
        .last()
        .buttons
        .iter()
        .find(|(_, data)| data == &format!("topic:{slug}"))
        .map(|(label, _)| label.clone())
        .unwrap_or_else(|| panic!("{locale} {typo:?}: {results:?}"));
    assert!(
        results.text().contains("<b>"),
        "matched words marked: {results:?}"
    );

    // The topic, in the person's language, marked as not yet reviewed where it is a draft.
    let topic = person.taps(&title).await;
    let body = topic.text();
    assert!(body.contains(words_in_topic), "{locale}: {body}");
    if locale != "cs" && locale != "en" {
        assert!(
            body.contains(&l("notice-draft")),
            "{locale}: no draft notice"
        );
    }
    assert!(topic.sent.iter().all(|m| m.text.chars().count() <= 4096));
    assert!(
        topic.labels().contains(&l("bot-menu-appointment")),
        "a topic ends with the way to a counsellor"
    );

    // A meeting with a counsellor, step by step, to the reference code.
    person.says("/start").await;
    let reference = ask_for_meeting(&person, locale, "Олена").await;
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
    let logs = navrat_testkit::logs::captured();
    assert!(
        logs.contains("INFO") || logs.contains("DEBUG"),
        "logs were captured"
    );
    for secret in [chat_text.as_str(), "Олена", typo, TOKEN] {
        assert!(!logs.contains(secret), "the logs hold {secret:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn czech_ukrainian_and_arabic_conversations_find_a_topic_and_ask_for_a_meeting() {
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
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 2001, Some("pt-BR"));
    let picker = person.says("/start").await;
    assert_eq!(picker.labels().len(), 12, "{picker:?}");
    let set = person.taps("Монгол").await;
    assert!(set.text().contains("монгол"), "{set:?}");
    assert!(set.labels().contains(&t("mn", "bot-menu-appointment")));
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
    let welcome = person.says("/start").await;
    assert!(
        welcome.text().starts_with(&t("mn", "bot-welcome")),
        "{welcome:?}"
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_chats_never_share_their_language_and_deep_links_open_a_topic() {
    let running = fresh_bot().await;
    let ru = Person::new(&running.fake, 3001, Some("ru"));
    let vi = Person::new(&running.fake, 3002, Some("vi"));
    assert!(
        ru.says("/start")
            .await
            .text()
            .starts_with(&t("ru", "bot-welcome"))
    );
    let topic = vi.says("/start topic_what-to-bring").await;
    let call = running
        .fake
        .calls()
        .into_iter()
        .find(|c| c.params["chat_id"].as_i64() == Some(3002))
        .unwrap();
    assert_eq!(
        call.params["parse_mode"], "HTML",
        "the deep link opened the topic"
    );
    assert!(topic.text().contains("<b>"));
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kiosk_request_is_followed_from_its_qr_code_after_confirming_and_no_second_chat_takes_it()
{
    let running = fresh_bot().await;
    let request = running
        .store
        .create_appointment_request(&navrat_testkit::request().locale("uk").build())
        .unwrap();
    let start = format!("/start f_{}", request.follow_token);
    // A stranger with a photo of the QR code opens it first and is asked too...
    let stranger = Person::new(&running.fake, 5002, Some("uk"));
    let strangers_offer = stranger.says(&start).await;
    let strangers_offer_id = strangers_offer.last().message_id;
    let person = Person::new(&running.fake, 5001, Some("uk"));
    let offer = person.says(&start).await;
    assert!(offer.text().contains(&request.reference.display()));
    // Nothing is attached before the person says yes.
    assert!(
        running
            .store
            .appointment_requests_for_chat(5001)
            .unwrap()
            .is_empty()
    );
    person.taps(&t("uk", "bot-yes")).await;
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
    let refused = stranger
        .taps_on(strangers_offer_id, &t("uk", "bot-yes"))
        .await;
    assert!(refused.text().contains(&t("uk", "bot-follow-taken")));
    // Opening the link again says the same and offers nothing to press.
    let again = stranger.says(&start).await;
    assert!(again.text().contains(&t("uk", "bot-follow-taken")));
    assert!(!again.labels().contains(&t("uk", "bot-yes")));
    // The stranger's chat has nothing to read or cancel; the person's chat keeps the request.
    let cancel = stranger.says("/cancel").await;
    assert!(cancel.text().contains(&t("uk", "bot-status-none")));
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
    let running = fresh_bot().await;
    let slug = navrat_content::model::Slug::parse("what-to-bring").unwrap();
    let mut text = running.store.topic(&slug).unwrap().unwrap().source.text;
    text.body.push_str("\n\nNový odstavec o dokladech.");
    running
        .store
        .edit_source(&slug, &text, &[], &[], false, "eva")
        .unwrap();
    let person = Person::new(&running.fake, 8001, Some("uk"));
    let topic = person.says("/start topic_what-to-bring").await;
    assert!(topic.text().contains(&t("uk", "notice-outdated")));
    let czech = person.taps(&t("uk", "topic-source-text")).await;
    assert!(czech.text().contains("Nový odstavec o dokladech."));
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_is_explained_in_the_persons_language_and_passes() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 731_009_001, Some("uk"));
    navrat_testkit::fill::fill_to_the_last_page(&running.store);
    let told = person.says("/start").await;
    assert_eq!(
        told.text(),
        t("uk", "error-storage-full"),
        "told in Ukrainian, not silence"
    );

    // Space returns: the same chat is welcomed, no restart.
    running.store.set_size_limit(None).unwrap();
    let welcome = person.says("/start").await;
    assert!(welcome.text().starts_with(&t("uk", "bot-welcome")));
    running.stop().await;
}

/// The command menus the bot registered (`setMyCommands`): one per catalog locale and one
/// without a language, waiting up to 20 s for all 13.
pub async fn command_menus(fake: &FakeTelegram) -> Vec<serde_json::Value> {
    let start = std::time::Instant::now();
    let menus = loop {
        let menus: Vec<serde_json::Value> = fake
            .calls()
            .into_iter()
            .filter(|c| c.method == "setmycommands")
            .map(|c| c.params)
            .collect();
        if menus.len() >= 13 || start.elapsed() > std::time::Duration::from_secs(20) {
            break menus;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    assert_eq!(menus.len(), 13, "12 languages and a default menu");
    menus
}
