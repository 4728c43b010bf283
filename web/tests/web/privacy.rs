//! Personal data stays where it belongs: sealed in the database, never in a log.

use axum::http::StatusCode;

use crate::workspace::support::{Ws, addr};
use navrat_testkit::logs;

const ALIAS: &str = "Zdeňka Testovací";
const PHONE: &str = "+420 777 888 999";

/// `bytes` holds none of `needles`.
fn holds(bytes: &[u8], needle: &str) -> bool {
    bytes.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn contacts_are_sealed_in_the_database_and_absent_from_logs() {
    logs::capture();
    let ws = Ws::new();
    // A person asks through the kiosk, with a nickname and a phone number.
    let sent = ws.kiosk_request("uk", ALIAS, PHONE).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let location = sent.headers["location"].to_str().unwrap().to_owned();
    let status = ws.kiosk_get(&location).await;
    assert_eq!(status.status, StatusCode::OK);

    // A counsellor reads and confirms it; someone mistypes a password.
    let petr = ws.login("petr").await;
    let reference = location.rsplit('/').next().unwrap().to_owned();
    let detail = ws.get(&format!("/requests/{reference}"), Some(&petr)).await;
    assert!(
        detail.body.contains("Zdeňka"),
        "the counsellor sees the nickname"
    );
    assert!(
        detail.body.contains("+420777888999"),
        "and the phone number"
    );
    let confirm = [
        ("action", "confirm"),
        ("date", "2099-01-05"),
        ("time", "10:00"),
    ];
    ws.post(&format!("/requests/{reference}"), &petr, &confirm)
        .await;
    // Another is declined with a note that names the person.
    let other = ws.kiosk_request("uk", ALIAS, PHONE).await;
    let other = other.headers["location"].to_str().unwrap().to_owned();
    let other = other
        .split('?')
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let decline = [
        ("action", "decline"),
        ("reason", "contact-us"),
        ("note", "Zdeňka, přijďte v pondělí."),
    ];
    let declined = ws
        .post(&format!("/requests/{other}"), &petr, &decline)
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER);
    ws.try_login("petr", "a wrong secret password", addr(7))
        .await;

    // Every signed-in person can read what is kept, for how long and who sees it.
    let page = ws.get("/privacy", Some(&petr)).await;
    let text = page.body.replace(['\u{2068}', '\u{2069}'], "");
    assert!(text.contains("90 dní po uzavření žádosti"), "{text}");

    // The database file and its WAL hold neither in clear.
    let db = ws.state.store.path().to_owned();
    for file in [db.clone(), db.with_extension("sqlite3-wal")] {
        let bytes = std::fs::read(&file).unwrap_or_default();
        for needle in ["Zdeňka", "Testovací", "777888999", "777 888 999"] {
            assert!(
                !holds(&bytes, needle),
                "{} holds {needle:?}",
                file.display()
            );
        }
    }

    // No log line holds the nickname, the phone, the session or form tokens, or a password.
    let logs = logs::captured();
    assert!(
        logs.contains("INFO") || logs.contains("DEBUG"),
        "logs were captured"
    );
    let session = petr.cookie.split_once('=').unwrap().1.to_owned();
    for secret in [
        "Zdeňka",
        "777888999",
        "777 888 999",
        session.as_str(),
        petr.csrf.as_str(),
        "a wrong secret password",
        "correct horse battery",
    ] {
        assert!(!logs.contains(secret), "the logs hold {secret:?}");
    }
}
