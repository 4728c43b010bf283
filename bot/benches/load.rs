//! Bot load benchmark against the in-repo fake Bot API (figures, not assertions; results go
//! into docs/benchmarks.md):
//! 1. 1,000 updates from 200 chats (a /start and four searches each): how long from the
//!    moment an update is handed to the bot until its answer reaches the API, with throttling
//!    lifted so only the handling is measured;
//! 2. 1,000 notifications through the outbox with the service's limits
//!    (`private_chat_limits`) to a fake that enforces 30 messages a second overall and three a
//!    second per chat: the rate reached and the 429s received;
//! 3. whole dialogues as people have them, throttle on: 20 chats at once, each three times in
//!    a row browsing topics, searching and asking for a meeting (57 steps: /start, topics, a
//!    category, a question, /appointment, taps through the request, a typed nickname, Send,
//!    /status), half a second between a reply and the next step: each step's latency from
//!    the moment the person acts until the bot's answer reaches the API (for a press, its
//!    answerCallbackQuery, sent when everything else is), p50/p99 per step; with the
//!    service's limits and, for comparison, with teloxide's defaults.
//!
//! Run: `cargo bench -p navrat-bot --bench load`

#![expect(
    clippy::unwrap_used,
    reason = "a benchmark fails loudly on anything unexpected"
)]

use std::time::{Duration, Instant};

use navrat_bot::{BotConfig, BotDeps, Limits};
use navrat_content::i18n::Catalog;
use navrat_content::model::AppointmentChange;
use navrat_content::{Locale, Store};
use navrat_testkit::SeededStore;
use navrat_testkit::telegram::{FakeTelegram, TOKEN};

const CHATS: i64 = 200;

/// The bot over a fresh store with the seed, against `fake`.
async fn start(
    fake: &FakeTelegram,
    limits: Option<Limits>,
) -> (
    SeededStore,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
) {
    let seeded = navrat_testkit::seeded();
    let deps = BotDeps {
        store: seeded.store.clone(),
        catalog: seeded.catalog.clone(),
        searcher: seeded.searcher.clone(),
        retention_days: 90,
        voice: None,
    };
    let mut config = BotConfig::new(TOKEN.into(), Some(fake.url.parse().unwrap()));
    config.limits = limits;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        navrat_bot::run(config, deps, async move {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    (seeded, stop, task)
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

async fn updates() {
    let fake = FakeTelegram::start().await;
    // Without the throttle: its pacing (and its 250 ms tick) is not handling.
    let (_seeded, stop, task) = start(&fake, None).await;
    let languages = ["en", "cs", "uk", "ru", "ar", "vi", "fa", "zh"];
    let queries = [
        "lost passport",
        "ticket home",
        "can I take my children",
        "entry ban",
        "detention",
        "how long",
    ];
    // Update ids are handed out in order from 1: remember each one's chat.
    let mut chat_of = Vec::new();
    for round in 0..5 {
        for chat in 0..CHATS {
            let text = if round == 0 {
                "/start".to_owned()
            } else {
                queries[(chat as usize + round) % queries.len()].to_owned()
            };
            fake.send_text(
                10_000 + chat,
                Some(languages[chat as usize % languages.len()]),
                &text,
            );
            chat_of.push(10_000 + chat);
            // About 100 updates a second, as a busy evening might bring.
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    let start = Instant::now();
    loop {
        let answered = fake
            .calls()
            .iter()
            .filter(|c| c.method == "sendmessage")
            .count();
        if answered >= chat_of.len() || start.elapsed() > Duration::from_secs(120) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let calls = fake.calls();
    let handed = fake.handed_out();
    let mut latencies = Vec::new();
    for chat in 0..CHATS {
        let chat = 10_000 + chat;
        let replies: Vec<Instant> = calls
            .iter()
            .filter(|c| c.method == "sendmessage" && c.params["chat_id"].as_i64() == Some(chat))
            .map(|c| c.at)
            .collect();
        let asked: Vec<Instant> = handed
            .iter()
            .filter(|(id, _)| chat_of[(*id - 1) as usize] == chat)
            .map(|(_, t)| *t)
            .collect();
        for (a, r) in asked.iter().zip(&replies) {
            latencies.push(r.saturating_duration_since(*a));
        }
    }
    println!("| updates answered | p50 | p99 | max |\n|---|---|---|---|");
    let n = latencies.len();
    let max = *latencies.iter().max().unwrap();
    println!(
        "| {n} of {} from {CHATS} chats | {:.1} ms | {:.1} ms | {:.1} ms |",
        chat_of.len(),
        percentile(&mut latencies, 0.5).as_secs_f64() * 1e3,
        percentile(&mut latencies, 0.99).as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3
    );
    let _ = stop.send(());
    task.await.unwrap();
}

async fn notifications() {
    let fake = FakeTelegram::start().await;
    fake.enforce_limits(30, 3);
    let (seeded, stop, task) = start(&fake, Some(navrat_bot::private_chat_limits())).await;
    let store = &seeded.store;
    let mut references = Vec::new();
    for i in 0..1000i64 {
        let chat = 20_000 + i % CHATS;
        let r = store
            .create_appointment_request(
                &navrat_testkit::request()
                    .locale("en")
                    .over_telegram(chat)
                    .build(),
            )
            .unwrap();
        references.push(r.reference);
    }
    let confirm = AppointmentChange::Confirm {
        when: "2026-12-01 10:00".into(),
        counsellor: "eva".into(),
        interpreter: false,
    };
    for r in &references {
        store.change_appointment(r, &confirm, "eva").unwrap();
    }
    let start = Instant::now();
    loop {
        let sent = fake
            .calls()
            .iter()
            .filter(|c| c.method == "sendmessage")
            .count();
        if sent >= 1000 || start.elapsed() > Duration::from_secs(180) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let sent: Vec<Instant> = fake
        .calls()
        .iter()
        .filter(|c| c.method == "sendmessage")
        .map(|c| c.at)
        .collect();
    let span = sent.last().unwrap().duration_since(sent[0]).as_secs_f64();
    println!("\n| notifications sent | time | rate | 429s from the fake |\n|---|---|---|---|");
    println!(
        "| {} of 1000 to {CHATS} chats | {span:.1} s | {:.1} messages/s | {} |",
        sent.len(),
        (sent.len() - 1) as f64 / span,
        fake.too_many()
    );
    println!(
        "outbox (pending, sent, dropped): {:?}",
        store.outbox_counts().unwrap()
    );
    let _ = stop.send(());
    task.await.unwrap();
}

/// Requests each person asks for in a row.
const ROUNDS: usize = 3;

/// How long a person looks at an answer before the next step.
const THINK: Duration = Duration::from_millis(500);

/// One thing a person does.
enum Act {
    Say(String),
    Tap(String),
}

/// A dialogue's steps with their names, in a locale.
fn steps(catalog: &Catalog, store: &Store, locale: Locale) -> Vec<(String, Act)> {
    let t = |id: &str| catalog.text(locale, id);
    let point = store.point("praha").unwrap().unwrap();
    let name = point
        .text_for(&catalog.locales().chain(locale))
        .unwrap()
        .name
        .clone();
    let open = point.open_slots();
    let mut out = Vec::new();
    for _round in 0..ROUNDS {
        let round: Vec<(&str, Act)> = vec![
            ("/start", Act::Say("/start".into())),
            ("tap: Topics", Act::Tap(t("bot-menu-topics"))),
            ("tap: a category", Act::Tap(t("category-about"))),
            ("tap: Back", Act::Tap(t("bot-back"))),
            ("type: a question", Act::Say("passport".into())),
            ("/appointment", Act::Say("/appointment".into())),
            ("tap: a place (details)", Act::Tap(name.clone())),
            ("tap: Choose this place", Act::Tap(t("bot-point-choose"))),
            (
                "tap: first day",
                Act::Tap(t(&format!("day-{}", open[0].0.as_str()))),
            ),
            (
                "tap: second day",
                Act::Tap(t(&format!("day-{}", open[1].0.as_str()))),
            ),
            ("tap: Next", Act::Tap(t("kiosk-next"))),
            (
                "tap: a part of the day",
                Act::Tap(t(&format!("day-part-{}", open[0].1[0].as_str()))),
            ),
            ("tap: Next", Act::Tap(t("kiosk-next"))),
            ("tap: no interpreter", Act::Tap(t("bot-no"))),
            ("type: nickname", Act::Say("Alex".into())),
            ("tap: Skip phone", Act::Tap(t("bot-skip"))),
            ("tap: I agree", Act::Tap(t("appointment-consent-agree"))),
            ("tap: Send", Act::Tap(t("appointment-submit"))),
            ("/status", Act::Say("/status".into())),
        ];
        out.extend(round.into_iter().map(|(n, a)| (n.to_owned(), a)));
    }
    out
}

/// A person's dialogue; the latency of each step.
async fn walk(
    fake: FakeTelegram,
    chat: i64,
    locale: Locale,
    steps: Vec<(String, Act)>,
) -> Vec<Duration> {
    let mut latencies = Vec::new();
    for (_, act) in steps {
        let start = Instant::now();
        match act {
            Act::Say(text) => {
                let before = fake.replies(chat).len();
                fake.send_text(chat, Some(locale.as_str()), &text);
                loop {
                    let replies = fake.replies(chat);
                    if replies.len() > before {
                        latencies.push(replies[before].duration_since(start));
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(1)).await;
                }
            }
            Act::Tap(label) => {
                let press = fake.press(chat, &label);
                loop {
                    if let Some(at) = fake.answered_at(&press) {
                        latencies.push(at.duration_since(start));
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(1)).await;
                }
            }
        }
        // The person glances at the answer before the next step.
        tokio::time::sleep(THINK).await;
    }
    latencies
}

async fn dialogues(limits: Limits, name: &str) {
    let fake = FakeTelegram::start().await;
    // Telegram's limits, with short bursts allowed: a reply over them gets a 429.
    fake.enforce_limits(30, 3);
    let (seeded, stop, task) = start(&fake, Some(limits)).await;
    let (store, catalog) = (&seeded.store, &seeded.catalog);
    let languages = ["en", "uk", "ar", "zh", "ru", "cs", "fa", "vi"];
    let chats = 20i64;
    let mut walks = Vec::new();
    let mut names = Vec::new();
    for chat in 0..chats {
        let locale = Locale::parse(languages[chat as usize % languages.len()]).unwrap();
        let steps = steps(catalog, store, locale);
        names = steps.iter().map(|(n, _)| n.clone()).collect();
        walks.push(tokio::spawn(walk(
            fake.clone(),
            30_000 + chat,
            locale,
            steps,
        )));
        // People arrive spread over a second.
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut per_step: Vec<Vec<Duration>> = vec![Vec::new(); names.len()];
    for w in walks {
        for (i, l) in w.await.unwrap().into_iter().enumerate() {
            per_step[i].push(l);
        }
    }
    let per_round = names.len() / ROUNDS;
    println!(
        "\n### Dialogue steps, {name}: {chats} chats, {ROUNDS} requests each ({} steps), throttle on\n",
        names.len()
    );
    println!(
        "| step | 1st round p50 | p99 | 2nd round p50 | p99 | 3rd round p50 | p99 |\n|---|---|---|---|---|---|---|"
    );
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let mut all = Vec::new();
    for i in 0..per_round {
        let mut row = format!("| {} ", names[i]);
        for round in 0..ROUNDS {
            let samples = &mut per_step[i + round * per_round].clone();
            all.extend(samples.iter().copied());
            row.push_str(&format!(
                "| {:.0} ms | {:.0} ms ",
                ms(percentile(samples, 0.5)),
                ms(percentile(samples, 0.99))
            ));
        }
        println!("{row}|");
    }
    let worst_step = per_step
        .iter()
        .map(|s| percentile(&mut s.clone(), 0.99))
        .max()
        .unwrap();
    let max = *all.iter().max().unwrap();
    println!(
        "\nall {} steps: p50 {:.0} ms, p99 {:.0} ms, max {:.0} ms; the worst step's p99 {:.0} ms; 429s from the fake: {}",
        all.len(),
        ms(percentile(&mut all.clone(), 0.5)),
        ms(percentile(&mut all, 0.99)),
        ms(max),
        ms(worst_step),
        fake.too_many()
    );
    let _ = stop.send(());
    task.await.unwrap();
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    println!(
        "\n## Bot load ({} cores)\n",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    runtime.block_on(updates());
    runtime.block_on(notifications());
    runtime.block_on(dialogues(
        navrat_bot::private_chat_limits(),
        "the service's limits (private_chat_limits)",
    ));
    runtime.block_on(dialogues(Limits::default(), "teloxide's default limits"));
}
