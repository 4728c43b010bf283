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
struct Running {
    fake: FakeTelegram,
    store: Store,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
    _dir: tempfile::TempDir,
}

async fn start_bot(fake: FakeTelegram, dir: tempfile::TempDir) -> Running {
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
    };
    let config = BotConfig {
        token: TOKEN.into(),
        api_url: Some(fake.url.parse().unwrap()),
    };
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
    async fn stop(self) -> (FakeTelegram, tempfile::TempDir) {
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
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn czech_ukrainian_and_arabic_conversations_find_and_show_a_topic() {
    conversation(
        "cs",
        1001,
        "ztratil jsem pas",
        "travel-documents",
        "laissez-passer",
    )
    .await;
    conversation("uk", 1002, "паспотр", "travel-documents", "паспорт").await;
    conversation("ar", 1003, "جواز السقر", "travel-documents", "جواز").await;
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
