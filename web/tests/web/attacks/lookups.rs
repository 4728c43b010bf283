//! Issue 12, point 2: status lookups were not limited; one address made 3,678 lookups a
//! second, and a hit shows the place (maybe a detention facility), days, status and a decline
//! note. Now each address has a budget of lookups and misses per window, waits longer after
//! every miss past a few, and the log says how many, never who or which code.

use navrat_content::ReferenceCode;
use navrat_web::rate_limit::{DELAY_PER_MISS, FREE_MISSES, LOOKUPS_PER_WINDOW, MISSES_PER_WINDOW};

use super::support::{PROXY, get_request, kiosk_behind_proxy, send_from, send_request, ui_text};
use navrat_testkit::logs;

const GUESSER: &str = "198.51.100.66";
const NEIGHBOUR: &str = "198.51.100.67";

#[tokio::test(start_paused = true)]
async fn guessing_reference_codes_is_slowed_down_then_refused_and_logged_as_counts_only() {
    logs::capture();
    let real = send_request("uk", "praha").await.reference;
    let kiosk = kiosk_behind_proxy(1000);
    let lookup =
        |code: &str, locale: &str| get_request(&format!("/{locale}/appointment/{code}"), None);

    // The guesser tries codes that exist nowhere: answered, then more and more slowly.
    let mut waited = Vec::new();
    for _ in 0..MISSES_PER_WINDOW {
        let guess = ReferenceCode::generate();
        let started = tokio::time::Instant::now();
        let page = send_from(&kiosk, lookup(guess.as_str(), "uk"), PROXY, Some(GUESSER)).await;
        waited.push(started.elapsed());
        assert_eq!(page.status, 404);
    }
    let free = FREE_MISSES as usize;
    assert!(waited[..=free].iter().all(|w| w.is_zero()), "{waited:?}");
    assert!(waited[free + 1] >= DELAY_PER_MISS, "{waited:?}");
    assert!(waited[free + 3] >= DELAY_PER_MISS * 3, "{waited:?}");

    // Now even the right code is refused to the guesser, in the language of the page.
    for locale in ["uk", "ar"] {
        let refused = send_from(&kiosk, lookup(&real, locale), PROXY, Some(GUESSER)).await;
        assert_eq!(refused.status, 429);
        assert!(
            refused
                .body
                .contains(&ui_text(locale, "error-rate-limited"))
        );
        assert!(!refused.body.contains(&real), "nothing of the request");
        assert!(!refused.body.contains("reference-code"));
    }
    // Writing another address into X-Forwarded-For does not help: the proxy appends the real
    // one, and a connection that is not from the proxy is its own client whatever it writes.
    let forged = format!("{NEIGHBOUR}, {GUESSER}");
    let refused = send_from(&kiosk, lookup(&real, "uk"), PROXY, Some(&forged)).await;
    assert_eq!(refused.status, 429);
    // Someone else behind the same proxy still finds their request.
    let found = send_from(&kiosk, lookup(&real, "uk"), PROXY, Some(NEIGHBOUR)).await;
    assert_eq!(found.status, 200);
    assert!(found.body.contains("reference-code"));

    // The log counts; it names neither the address nor any code. (Other tests of this binary
    // log the same warning for their own addresses: this one is the line with the misses.)
    let logged = logs::captured();
    let misses = format!("misses={MISSES_PER_WINDOW}");
    assert!(
        logged
            .lines()
            .any(|l| l.contains("too many status lookups") && l.contains(&misses)),
        "the limit is logged with {misses}: {logged}"
    );
    assert!(!logged.contains(GUESSER) && !logged.contains(&real));
}

#[tokio::test(start_paused = true)]
async fn even_lookups_that_find_a_request_are_limited_per_address() {
    let real = send_request("en", "praha").await.reference;
    let kiosk = kiosk_behind_proxy(1000);
    let client = "198.51.100.77";
    for _ in 0..LOOKUPS_PER_WINDOW {
        let page = send_from(
            &kiosk,
            get_request(&format!("/en/appointment/{real}"), None),
            PROXY,
            Some(client),
        )
        .await;
        assert_eq!(page.status, 200);
    }
    let refused = send_from(
        &kiosk,
        get_request(&format!("/en/appointment/{real}"), None),
        PROXY,
        Some(client),
    )
    .await;
    assert_eq!(refused.status, 429);
    assert!(refused.body.contains(&ui_text("en", "error-rate-limited")));
}

#[tokio::test(start_paused = true)]
async fn lookups_sent_in_parallel_cannot_slip_past_the_miss_budget() {
    let kiosk = kiosk_behind_proxy(1000);
    let mut flood = tokio::task::JoinSet::new();
    for _ in 0..3 * MISSES_PER_WINDOW {
        let kiosk = kiosk.clone();
        flood.spawn(async move {
            let guess = ReferenceCode::generate();
            let path = format!("/uk/appointment/{}", guess.as_str());
            send_from(
                &kiosk,
                get_request(&path, None),
                PROXY,
                Some("198.51.100.88"),
            )
            .await
            .status
        });
    }
    let statuses = flood.join_all().await;
    let answered = statuses.iter().filter(|s| **s == 404).count();
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert_eq!(answered, MISSES_PER_WINDOW as usize, "{statuses:?}");
    assert_eq!(refused, 2 * MISSES_PER_WINDOW as usize);
}
