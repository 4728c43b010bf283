//! A request whose sealed fields no longer open (a damaged row) must not take the pages that
//! show it down with it: the list and the other requests stay readable, and the damaged one
//! says it cannot be read.

use axum::http::StatusCode;

use super::support::Ws;

/// Overwrites the sealed contact of `reference` with bytes that open under no key.
fn damage(ws: &Ws, reference: &str) {
    let conn = rusqlite::Connection::open(ws.state.store.path()).unwrap();
    let changed = conn
        .execute(
            "UPDATE appointment_requests SET contact_sealed = randomblob(48) WHERE reference = ?1",
            [reference],
        )
        .unwrap();
    assert_eq!(changed, 1);
}

#[tokio::test]
async fn one_undecryptable_request_leaves_the_list_and_the_others_readable() {
    let ws = Ws::new();
    let damaged = ws.request_at("praha", "uk", None);
    let intact = ws.request_at("praha", "ru", None);
    damage(&ws, damaged.as_str());
    let petr = ws.login("petr").await;

    let list = ws.get("/requests", Some(&petr)).await;
    assert_eq!(list.status, StatusCode::OK, "{}", list.body);
    assert!(list.body.contains(&damaged.to_string()), "{}", list.body);
    assert!(list.body.contains(&intact.to_string()), "{}", list.body);

    let page = ws.get(&format!("/requests/{damaged}"), Some(&petr)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Nelze přečíst"), "{}", page.body);
    assert!(
        !page.body.contains("Oksana"),
        "nothing of a damaged row is shown"
    );

    let other = ws.get(&format!("/requests/{intact}"), Some(&petr)).await;
    assert_eq!(other.status, StatusCode::OK);
    assert!(other.body.contains("Oksana"), "{}", other.body);
    assert!(!other.body.contains("Nelze přečíst"));

    // The person's status page at the kiosk still answers too.
    let status = ws.kiosk_get(&format!("/uk/appointment/{damaged}")).await;
    assert_eq!(status.status, StatusCode::OK, "{}", status.body);
}
