//! Issue 12, point 7: anyone could write ~330 rows a second into `search_misses`, slowing
//! appointments down, and what people typed (a surname) was stored forever. Now misses are
//! counted at a bounded rate into a bounded table, a search's words are kept only once asked
//! twice (a first ask is a keyed hash), and rows expire under the retention rule.

use navrat_content::search::MISSES_PER_MINUTE;

use crate::workspace::support::{Ws, l};

/// A word no topic has, different for every `n`, in letters only (digits are never counted).
fn nonsense(n: usize) -> String {
    let mut word = String::from("zq");
    let mut n = n;
    loop {
        word.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            return word;
        }
    }
}

#[tokio::test]
async fn a_flood_of_searches_writes_a_bounded_number_of_rows_and_keeps_no_one_off_words() {
    let ws = Ws::new();
    let search = |locale: &str, q: &str| {
        let q: String = form_urlencoded::byte_serialize(q.as_bytes()).collect();
        format!("/{locale}/search?q={q}")
    };
    // A person's surname, typed once; a real gap in the content, asked by two people.
    for q in ["Ivanenkova", "xylofonka zzqq", "xylofonka zzqq"] {
        assert_eq!(ws.kiosk_get(&search("cs", q)).await.status, 200);
    }
    ws.state.searcher.flush_misses();
    let listed = ws.state.store.search_misses(l("cs"), 10).unwrap();
    assert_eq!(listed, [("xylofonka zzqq".to_owned(), 2)]);

    // The flood: 2,000 searches for words that exist nowhere, as fast as the kiosk answers.
    let started = std::time::Instant::now();
    for n in 0..2_000 {
        let page = ws.kiosk_get(&search("uk", &nonsense(n))).await;
        assert_eq!(page.status, 200);
    }
    ws.state.searcher.flush_misses();
    let minutes = started.elapsed().as_secs() / 60 + 1;

    // Rows written: within the rate, whatever the speed of the machine, not one per search.
    let rows = ws.state.store.search_miss_rows().unwrap();
    assert!(
        rows <= 2 + u64::from(MISSES_PER_MINUTE) * minutes,
        "{rows} rows in {minutes} minute(s)"
    );
    // The flood still leaves room: a person's request goes through meanwhile.
    let reference = ws.request_at("praha", "uk", None);
    assert!(
        ws.state
            .store
            .appointment_request(&reference)
            .unwrap()
            .is_some()
    );

    // What was asked once is nowhere in clear.
    let flood_listed = ws.state.store.search_misses(l("uk"), 10_000).unwrap();
    assert!(
        flood_listed.is_empty(),
        "one-off words are not kept: {flood_listed:?}"
    );
    let mut files = std::fs::read(ws.state.store.path()).unwrap();
    if let Ok(wal) = std::fs::read(ws.state.store.path().with_extension("sqlite3-wal")) {
        files.extend(wal);
    }
    for word in [&b"ivanenkova"[..], nonsense(0).as_bytes()] {
        assert!(
            !files.windows(word.len()).any(|w| w == word),
            "{:?} stored",
            String::from_utf8_lossy(word)
        );
    }

    // Under the retention rule, old counts go.
    let purged = ws.state.store.purge_search_misses(i64::MAX).unwrap();
    assert_eq!(purged as u64, rows);
    assert_eq!(ws.state.store.search_miss_rows().unwrap(), 0);
}
