//! A full disk: writes are refused with a clear message in the person's language, reading goes
//! on, and once there is space again everything works without a restart.

use axum::http::StatusCode;
use navrat_testkit::fill;

use crate::workspace::support::Ws;

#[tokio::test]
async fn a_full_disk_refuses_writes_clearly_keeps_reads_and_recovers_by_itself() {
    let ws = Ws::new();
    let olena = ws.login("olena").await;
    let store = ws.state.store.clone();
    fill::fill_to_the_last_page(&store);
    let before = store
        .appointment_requests(&["praha".into()], None)
        .unwrap()
        .len();

    // A person on the kiosk is told, in Ukrainian, and keeps what they typed.
    let refused = ws.kiosk_request("uk", "Ірина", "+420 777 111 222").await;
    assert_eq!(refused.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(
        refused
            .body
            .contains("Зараз ми не можемо зберегти нові запити"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains("Ірина"), "the form keeps its values");
    // A counsellor is told too (a long comment: it needs a new page).
    let long = "Коментар ".repeat(200);
    let comment = ws
        .post(
            "/translations/uk/who-can-apply/comments",
            &olena,
            &[("body", &long)],
        )
        .await;
    assert_eq!(comment.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(comment.body.contains("Na disku došlo místo"));
    // Reading goes on.
    assert_eq!(
        ws.kiosk_get("/uk/topics/who-can-apply").await.status,
        StatusCode::OK
    );
    assert_eq!(
        ws.kiosk_get("/uk/search?q=pas").await.status,
        StatusCode::OK
    );
    assert_eq!(
        ws.get("/translations/uk", Some(&olena)).await.status,
        StatusCode::OK
    );
    assert_eq!(
        store
            .appointment_requests(&["praha".into()], None)
            .unwrap()
            .len(),
        before,
        "nothing stored half"
    );

    // Space returns: the next request goes through, no restart.
    store.set_size_limit(None).unwrap();
    let sent = ws.kiosk_request("uk", "Ірина", "+420 777 111 222").await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let comment = ws
        .post(
            "/translations/uk/who-can-apply/comments",
            &olena,
            &[("body", "Коментар")],
        )
        .await;
    assert_eq!(comment.status, StatusCode::SEE_OTHER);
}
