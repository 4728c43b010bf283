//! Time from a counsellor's answer to the person's chat (figures, not assertions; results go
//! into docs/benchmarks.md): 200 questions asked over Telegram, each answered by a counsellor
//! through the store at about 20 answers a second; for each, the time from the moment the
//! answer is committed until the bot's `sendMessage` carrying it reaches the in-repo fake Bot
//! API on loopback, with the service's sending limits. Goal: p99 ≤ 1 s. Baseline in the same
//! run: the time from a person's `/start` to the bot's reply, over the same fake.
//!
//! Run: `cargo bench -p navrat-bot --bench answers`

#![expect(
    clippy::unwrap_used,
    reason = "a benchmark fails loudly on anything unexpected"
)]

use std::time::{Duration, Instant};

use navrat_bot::{BotConfig, BotDeps};
use navrat_content::model::{Channel, NewQuestion, QuestionText};
use navrat_content::{Locale, ReferenceCode, Store};
use navrat_testkit::telegram::{FakeTelegram, TOKEN};

const QUESTIONS: i64 = 200;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() as f64 - 1.0) * p).round() as usize]
}

/// Writes a counsellor's answer to `reference` through the store, as the workspace does.
fn answer(store: &Store, reference: &ReferenceCode, text: &str) {
    navrat_testkit::ask::counsellor_answers(store, reference, text);
}

#[tokio::main]
async fn main() {
    let fake = FakeTelegram::start().await;
    let seeded = navrat_testkit::seeded();
    let store = seeded.store.clone();
    let deps = BotDeps {
        store: store.clone(),
        catalog: seeded.catalog.clone(),
        searcher: seeded.searcher.clone(),
        retention_days: 90,
        voice: None,
    };
    let config = BotConfig::new(TOKEN.into(), Some(fake.url.parse().unwrap()));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        navrat_bot::run(config, deps, async move {
            let _ = stopped.await;
        })
        .await
        .unwrap();
    });
    let uk = Locale::parse("uk").unwrap();
    let mut asked = Vec::new();
    for n in 0..QUESTIONS {
        let chat = 50_000 + n;
        let question = NewQuestion {
            channel: Channel::Telegram,
            locale: uk,
            point_id: None,
            telegram_chat: Some(chat),
            appointment_reference: None,
            text: QuestionText::parse(&format!("Питання номер {n}")).unwrap(),
        };
        asked.push((chat, store.ask(question, now()).unwrap().reference));
    }
    // Let the bot connect before the first answer.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let mut answered_at = Vec::new();
    for (n, (chat, reference)) in asked.iter().enumerate() {
        let text = format!("Відповідь номер {n}");
        answer(&store, reference, &text);
        answered_at.push((*chat, text, Instant::now()));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let start = Instant::now();
    let mut latencies = Vec::new();
    loop {
        let calls = fake.calls();
        latencies.clear();
        for (chat, text, at) in &answered_at {
            if let Some(call) = calls.iter().find(|c| {
                c.method == "sendmessage"
                    && c.params["chat_id"].as_i64() == Some(*chat)
                    && c.params["text"]
                        .as_str()
                        .is_some_and(|t| t.contains(text.as_str()))
            }) {
                latencies.push(call.at.saturating_duration_since(*at));
            }
        }
        if latencies.len() == answered_at.len() || start.elapsed() > Duration::from_secs(60) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let delivered = latencies.len();
    let sends = fake
        .calls()
        .iter()
        .filter(|c| c.method == "sendmessage")
        .count();
    println!(
        "answers: {delivered}/{} delivered, {sends} sendMessage calls (each exactly once: {})",
        answered_at.len(),
        sends == answered_at.len()
    );
    println!(
        "answer → chat: p50 {:?}, p99 {:?}, max {:?}",
        percentile(&mut latencies, 0.5),
        percentile(&mut latencies, 0.99),
        percentile(&mut latencies, 1.0)
    );

    // Baseline in the same run: the bot's own reply to a person's message (`/start`), at the
    // same pace over the same loopback: what a person already waits for on every tap.
    let mut started = Vec::new();
    for n in 0..QUESTIONS {
        let chat = 90_000 + n;
        fake.send_text(chat, Some("uk"), "/start");
        started.push((chat, Instant::now()));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let start = Instant::now();
    let mut baseline: Vec<Duration> = loop {
        let replied: Vec<Duration> = started
            .iter()
            .filter_map(|(chat, at)| {
                let first = fake.replies(*chat).into_iter().min()?;
                Some(first.saturating_duration_since(*at))
            })
            .collect();
        if replied.len() == started.len() || start.elapsed() > Duration::from_secs(60) {
            break replied;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let (b50, b99) = (
        percentile(&mut baseline, 0.5),
        percentile(&mut baseline, 0.99),
    );
    let (a50, a99) = (
        percentile(&mut latencies, 0.5),
        percentile(&mut latencies, 0.99),
    );
    println!(
        "baseline /start → reply ({} of {}): p50 {b50:?}, p99 {b99:?}",
        baseline.len(),
        started.len()
    );
    println!(
        "ratio answer/baseline: p50 {:.1}, p99 {:.1}",
        a50.as_secs_f64() / b50.as_secs_f64(),
        a99.as_secs_f64() / b99.as_secs_f64()
    );
    let _ = stop.send(());
    task.await.unwrap();
}
