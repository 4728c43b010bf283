//! Search benchmark: a deterministic corpus of the seed content plus 500 synthetic topics in
//! all 12 locales. Measures, in one run, Navrat's search and two SQLite FTS5 baselines
//! (`unicode61 remove_diacritics 2`, and `trigram`) over the same documents and queries:
//! p50/p99 latency per query kind, index build time, and hit@3 on the evaluation set.
//! Figures, not assertions: `docs/benchmarks.md` records a run.
//!
//! Run: `cargo bench -p navrat-content --bench search`

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use std::hint::black_box;

use criterion::Criterion;
use navrat_content::model::{
    Provenance, Slug, SourceRevision, TopicText, Track, Translation, TranslationStatus,
};
use navrat_content::search::{Searcher, plain_text};
use navrat_content::seed::{SeedContent, SeedTopic, Seeded, content_hash, read_dir};
use navrat_content::{Locale, Locales, Store};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rusqlite::Connection;
use serde::Deserialize;

const SYNTHETIC_TOPICS: usize = 500;

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Words of each locale's seed texts, to build synthetic topics from.
fn vocabulary(seed: &SeedContent) -> BTreeMap<Locale, Vec<String>> {
    let mut words: BTreeMap<Locale, Vec<String>> = BTreeMap::new();
    for topic in &seed.topics {
        let cs = &topic
            .revisions
            .last()
            .expect("a current revision")
            .value
            .text;
        let texts = std::iter::once((navrat_content::locale::SOURCE, cs)).chain(
            topic
                .translations
                .iter()
                .map(|t| (t.value.locale, &t.value.text)),
        );
        for (locale, text) in texts {
            let plain = plain_text(&text.body);
            words
                .entry(locale)
                .or_default()
                .extend(plain.split_whitespace().map(str::to_owned));
        }
    }
    words
}

fn sentence(rng: &mut StdRng, words: &[String], n: usize) -> String {
    (0..n)
        .map(|_| words.choose(rng).expect("words").as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The seed plus SYNTHETIC_TOPICS topics whose texts are random words of each locale.
fn corpus(locales: &Locales) -> SeedContent {
    let mut seed = read_dir(&repo("seed"), locales).expect("the seed reads");
    let vocab = vocabulary(&seed);
    let mut rng = StdRng::seed_from_u64(2026);
    let categories: Vec<String> = seed.categories.iter().map(|c| c.id.clone()).collect();
    for i in 0..SYNTHETIC_TOPICS {
        let slug = Slug::parse(&format!("synthetic-{i}")).expect("a valid slug");
        let mut text_for = |locale: Locale| {
            let words = &vocab[&locale];
            let n = rng.random_range(120..220);
            TopicText {
                title: sentence(&mut rng, words, 4),
                summary: sentence(&mut rng, words, 18),
                body: sentence(&mut rng, words, n),
                keywords: (0..3).map(|_| sentence(&mut rng, words, 1)).collect(),
            }
        };
        let source = text_for(navrat_content::locale::SOURCE);
        let revision = SourceRevision {
            revision: 1,
            text: source,
            tracks: vec![Track::General],
            sources: vec![],
            sample_data: false,
            author: "bench".into(),
        };
        let translations = locales
            .codes()
            .iter()
            .filter(|l| !l.is_source())
            .map(|l| {
                let value = Translation {
                    slug: slug.clone(),
                    locale: *l,
                    text: text_for(*l),
                    status: TranslationStatus::Published,
                    provenance: Provenance::Community,
                    author: "bench".into(),
                    reviewer: Some("bench".into()),
                    source_revision: 1,
                };
                Seeded {
                    hash: content_hash(&format!("{i}{l}")),
                    value,
                }
            })
            .collect();
        seed.topics.push(SeedTopic {
            slug,
            category: categories[i % categories.len()].clone(),
            order: i as i64,
            revisions: vec![Seeded {
                hash: content_hash(&format!("{i}")),
                value: revision,
            }],
            translations,
            recordings: Vec::new(),
        });
    }
    seed
}

#[derive(Deserialize)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Deserialize, Clone)]
struct Case {
    query: String,
    expected: String,
    kind: String,
}

fn eval_cases() -> BTreeMap<String, Vec<Case>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(repo("tests/search-eval")).expect("eval cases") {
        let path = entry.expect("entry").path();
        let locale = path
            .file_stem()
            .expect("stem")
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&path).expect("readable");
        let cases: Cases = toml::from_str(&text).expect("valid cases");
        out.insert(locale, cases.case);
    }
    out
}

/// The FTS5 baseline: one table per tokenizer, the same documents as the index.
struct Fts5 {
    conn: Connection,
}

impl Fts5 {
    fn build(store: &Store) -> (Self, Duration, Duration) {
        let conn = Connection::open_in_memory().expect("in-memory SQLite");
        conn.execute_batch(
            "CREATE VIRTUAL TABLE fts_words USING fts5(slug UNINDEXED, locale UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE fts_trigram USING fts5(slug UNINDEXED, locale UNINDEXED, title, body, tokenize = 'trigram remove_diacritics 1');",
        )
        .expect("FTS5 with trigram");
        let texts = store.searchable_texts(None).expect("texts");
        let mut times = Vec::new();
        for table in ["fts_words", "fts_trigram"] {
            let start = Instant::now();
            let tx = conn.unchecked_transaction().expect("tx");
            {
                let mut stmt = tx
                    .prepare(&format!(
                        "INSERT INTO {table} (slug, locale, title, body) VALUES (?1, ?2, ?3, ?4)"
                    ))
                    .expect("insert");
                for (slug, locale, text) in &texts {
                    let title = format!("{} {}", text.title, text.keywords.join(" "));
                    let body = format!("{} {}", text.summary, plain_text(&text.body));
                    stmt.execute((slug.as_str(), locale.as_str(), title, body))
                        .expect("row");
                }
            }
            tx.commit().expect("commit");
            times.push(start.elapsed());
        }
        (Fts5 { conn }, times[0], times[1])
    }

    /// Top 3 slugs: every query word ORed, ranked by bm25 with the title weighted 3.
    fn search(&self, table: &str, query: &str, locale: Locale) -> Vec<String> {
        let min_chars = if table == "fts_trigram" { 3 } else { 1 };
        let words: Vec<String> = query
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= min_chars)
            .map(|w| format!("\"{}\"", w.replace('"', "")))
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let sql = format!(
            "SELECT slug FROM {table} WHERE {table} MATCH ?1 AND locale = ?2 ORDER BY bm25({table}, 0.0, 0.0, 3.0, 1.0) LIMIT 3"
        );
        let mut stmt = self.conn.prepare_cached(&sql).expect("query");
        let rows = stmt
            .query_map((words.join(" OR "), locale.as_str()), |r| {
                r.get::<_, String>(0)
            })
            .expect("rows");
        rows.filter_map(Result::ok).collect()
    }
}

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i]
}

fn micros(d: Duration) -> String {
    format!("{:.0} µs", d.as_secs_f64() * 1e6)
}

/// Queries of one kind, per locale.
fn query_sets(
    cases: &BTreeMap<String, Vec<Case>>,
) -> BTreeMap<&'static str, Vec<(Locale, String)>> {
    let mut sets: BTreeMap<&'static str, Vec<(Locale, String)>> = BTreeMap::new();
    for (locale, list) in cases {
        let locale = Locale::parse(locale).expect("locale");
        for c in list {
            let kind = match c.kind.as_str() {
                "exact" | "no-diacritics" | "variant" | "transliteration" => "exact",
                "typo1" | "typo2" => "fuzzy",
                _ => "question",
            };
            sets.entry(kind)
                .or_default()
                .push((locale, c.query.clone()));
            if kind == "exact" {
                // Search as you type: the query cut in the middle of its last word.
                let chars: Vec<char> = c.query.chars().collect();
                let cut = chars.len() - (chars.len() / 3).min(4);
                sets.entry("prefix")
                    .or_default()
                    .push((locale, chars[..cut].iter().collect()));
            }
        }
    }
    sets
}

fn main() {
    let locales = Locales::load(&repo("../locales")).expect("locales");
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open_dir(dir.path()).expect("store");
    let corpus = corpus(&locales);
    let start = Instant::now();
    store.import_seed(&corpus, "bench").expect("import");
    let import_time = start.elapsed();
    let documents = store.searchable_texts(None).expect("texts").len();

    let start = Instant::now();
    let searcher = Searcher::open(None, &store, &locales).expect("searcher");
    let build = start.elapsed();
    let start = Instant::now();
    let _on_disk = Searcher::open(Some(&dir.path().join("index")), &store, &locales)
        .expect("searcher on disk");
    let build_disk = start.elapsed();
    if std::env::var_os("NAVRAT_BENCH_PROFILE").is_some() {
        // Only Navrat's queries, for a profiler: `NAVRAT_BENCH_PROFILE=1 perf record …`.
        let sets = query_sets(&eval_cases());
        let start = Instant::now();
        let mut n = 0;
        for _ in 0..40 {
            for (locale, q) in sets.values().flatten() {
                black_box(searcher.search(q, *locale, 3).expect("search"));
                n += 1;
            }
        }
        println!(
            "{n} queries, {:.0} µs each on average",
            start.elapsed().as_secs_f64() * 1e6 / n as f64
        );
        return;
    }
    let (fts, fts_words_build, fts_trigram_build) = Fts5::build(&store);

    println!("\n## Search benchmark\n");
    println!(
        "Corpus: {} topics × 12 locales = {documents} documents (import {:.1} s)\n",
        corpus.topics.len(),
        import_time.as_secs_f64()
    );
    println!("| index build | time |\n|---|---|");
    println!(
        "| Navrat (tantivy, in memory) | {:.2} s |",
        build.as_secs_f64()
    );
    println!(
        "| Navrat (tantivy, on disk) | {:.2} s |",
        build_disk.as_secs_f64()
    );
    println!(
        "| FTS5 unicode61 | {:.2} s |",
        fts_words_build.as_secs_f64()
    );
    println!(
        "| FTS5 trigram | {:.2} s |\n",
        fts_trigram_build.as_secs_f64()
    );

    let cases = eval_cases();
    let sets = query_sets(&cases);
    const ROUNDS: usize = 30;
    println!("Latency per query, {ROUNDS} rounds of every query of the evaluation set, by kind:\n");
    println!(
        "| kind | queries | Navrat p50 | Navrat p99 | FTS5 unicode61 p50 | p99 | FTS5 trigram p50 | p99 |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (kind, queries) in &sets {
        let mut ours = Vec::new();
        let mut words = Vec::new();
        let mut trigram = Vec::new();
        for _ in 0..ROUNDS {
            for (locale, q) in queries {
                let t = Instant::now();
                black_box(searcher.search(q, *locale, 3).expect("search"));
                ours.push(t.elapsed());
                let t = Instant::now();
                black_box(fts.search("fts_words", q, *locale));
                words.push(t.elapsed());
                let t = Instant::now();
                black_box(fts.search("fts_trigram", q, *locale));
                trigram.push(t.elapsed());
            }
        }
        println!(
            "| {kind} | {} | {} | {} | {} | {} | {} | {} |",
            queries.len(),
            micros(percentile(&mut ours, 0.5)),
            micros(percentile(&mut ours, 0.99)),
            micros(percentile(&mut words, 0.5)),
            micros(percentile(&mut words, 0.99)),
            micros(percentile(&mut trigram, 0.5)),
            micros(percentile(&mut trigram, 0.99)),
        );
    }

    // hit@3 on the seed alone (the content people read) and with the synthetic distractors.
    let seeded = navrat_testkit::seeded();
    let (seed_store, seed_searcher) = (&seeded.store, &seeded.searcher);
    let (seed_fts, _, _) = Fts5::build(seed_store);
    println!("\nhit@3 on the evaluation set (Navrat / FTS5 unicode61 / FTS5 trigram):\n");
    println!(
        "| locale | cases | seed: Navrat | FTS5 unicode61 | FTS5 trigram | seed + 500 synthetic: Navrat | FTS5 unicode61 | FTS5 trigram |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    let mut totals = [0usize; 7];
    for (locale, list) in &cases {
        let l = Locale::parse(locale).expect("locale");
        let mut hits = [0usize; 6];
        for c in list {
            for (offset, (s, f)) in [(seed_searcher, &seed_fts), (&searcher, &fts)]
                .into_iter()
                .enumerate()
            {
                let ours: Vec<String> = s
                    .search(&c.query, l, 3)
                    .expect("search")
                    .into_iter()
                    .map(|h| h.slug.to_string())
                    .collect();
                let results = [
                    ours,
                    f.search("fts_words", &c.query, l),
                    f.search("fts_trigram", &c.query, l),
                ];
                for (i, r) in results.iter().enumerate() {
                    hits[offset * 3 + i] += usize::from(r.contains(&c.expected));
                }
            }
        }
        let pct = |h: usize| format!("{:.0} %", 100.0 * h as f64 / list.len() as f64);
        let cells: Vec<String> = hits.iter().map(|h| pct(*h)).collect();
        println!("| {locale} | {} | {} |", list.len(), cells.join(" | "));
        totals[0] += list.len();
        for i in 0..6 {
            totals[i + 1] += hits[i];
        }
    }
    let pct = |h: usize| format!("{:.0} %", 100.0 * h as f64 / totals[0] as f64);
    let cells: Vec<String> = totals[1..].iter().map(|h| pct(*h)).collect();
    println!("| all | {} | {} |\n", totals[0], cells.join(" | "));

    // Criterion's estimates for three representative queries.
    let mut c = Criterion::default()
        .configure_from_args()
        .measurement_time(Duration::from_secs(3))
        .warm_up_time(Duration::from_secs(1));
    let samples = [
        ("exact", l("cs"), "zákaz vstupu"),
        ("fuzzy", l("en"), "pasport lsot"),
        ("prefix", l("uk"), "паспо"),
    ];
    for (kind, locale, q) in samples {
        c.bench_function(&format!("navrat/{kind}"), |b| {
            b.iter(|| searcher.search(black_box(q), locale, 3).expect("search"))
        });
        c.bench_function(&format!("fts5-unicode61/{kind}"), |b| {
            b.iter(|| fts.search("fts_words", black_box(q), locale))
        });
        c.bench_function(&format!("fts5-trigram/{kind}"), |b| {
            b.iter(|| fts.search("fts_trigram", black_box(q), locale))
        });
    }
    c.final_summary();
}

fn l(code: &str) -> Locale {
    Locale::parse(code).expect("locale")
}
