//! Machine-voice generation: every seeded topic read aloud in each locale's own text (what
//! `navrat serve` makes in the background), timed per locale, with audio bytes and length,
//! against a baseline measured in the same run: espeak-ng alone speaking one fixed sentence
//! (so figures from a loaded or a faster machine can be compared as multiples of it).
//! Run: `cargo bench -p navrat-content --bench machine_voice --profile dev` (the work is in
//! espeak-ng and opusenc; the Rust profile does not matter). Prints Markdown tables.

#![expect(clippy::unwrap_used, reason = "a benchmark fails loudly")]

use std::process::{Command, Stdio};
use std::time::Instant;

use navrat_content::audio::{self, MachineVoice};
use navrat_testkit::{catalog, locales, seeded_store};

fn ogg_seconds(bytes: &[u8]) -> f64 {
    // The granule position of the last page (48 kHz samples).
    let at = bytes.windows(4).rposition(|w| w == b"OggS").unwrap_or(0);
    let granule = u64::from_le_bytes(bytes[at + 6..at + 14].try_into().unwrap());
    granule as f64 / 48_000.0
}

/// The fixed sentence of the baseline (English, about 5 s of speech).
const BASELINE_SENTENCE: &str = "The Return Centre helps people who want to go home: the journey, the documents and some money to start again.";

/// Median seconds of espeak-ng alone (WAV to /dev/null) speaking [`BASELINE_SENTENCE`], over
/// `runs` runs.
fn espeak_baseline(runs: usize) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let status = Command::new("espeak-ng")
                .args(["-v", "en-gb", "-s", "150", "--stdout", BASELINE_SENTENCE])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .unwrap();
            assert!(status.success());
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

fn main() {
    let (dir, store) = seeded_store();
    let voice = MachineVoice::find(dir.path(), &locales());
    assert!(voice.is_available(), "install espeak-ng and opus-tools");
    let catalog = catalog();
    let baseline_before = espeak_baseline(7);
    println!(
        "Baseline: espeak-ng alone, one fixed English sentence, median of 7: {:.3} s.\n",
        baseline_before
    );
    println!(
        "| locale | voice | topics | total s | s per topic | × baseline | KB per topic (mean) | KB max | audio min per topic | KB per audio minute |"
    );
    println!("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    let (mut all_topics, mut all_secs, mut all_bytes) = (0usize, 0f64, 0usize);
    for info in locales().all() {
        let Some(v) = voice.voice(info.code).map(str::to_owned) else {
            println!("| {} | none | 0 | – | – | – | – | – | – | – |", info.code);
            continue;
        };
        let topics: Vec<_> = store
            .served_topics(&[info.code])
            .unwrap()
            .into_iter()
            .filter(|t| t.locale == info.code)
            .collect();
        let (mut bytes, mut max, mut audio_secs) = (0usize, 0usize, 0f64);
        let start = Instant::now();
        for topic in &topics {
            let text = audio::spoken_topic_text(topic, catalog);
            let made = voice.ensure(info.code, &text).unwrap().unwrap();
            let ogg = std::fs::read(voice.path(&made.key).unwrap()).unwrap();
            audio_secs += ogg_seconds(&ogg);
            bytes += made.bytes;
            max = max.max(made.bytes);
        }
        let secs = start.elapsed().as_secs_f64();
        let n = topics.len().max(1);
        println!(
            "| {} | {v} | {} | {secs:.1} | {:.2} | {:.1} | {:.0} | {:.0} | {:.1} | {:.0} |",
            info.code,
            topics.len(),
            secs / n as f64,
            secs / n as f64 / baseline_before,
            bytes as f64 / n as f64 / 1024.0,
            max as f64 / 1024.0,
            audio_secs / n as f64 / 60.0,
            bytes as f64 / 1024.0 / (audio_secs / 60.0).max(0.001),
        );
        all_topics += topics.len();
        all_secs += secs;
        all_bytes += bytes;
    }
    let baseline_after = espeak_baseline(7);
    println!(
        "\nAll locales: {all_topics} topic texts in {all_secs:.0} s ({:.2} s each, {:.1} × baseline), {:.1} MB of audio.",
        all_secs / all_topics.max(1) as f64,
        all_secs / all_topics.max(1) as f64 / baseline_before,
        all_bytes as f64 / 1_048_576.0
    );
    println!(
        "Baseline again after the run: {baseline_after:.3} s (a large change means the machine's load changed during the run)."
    );
}
