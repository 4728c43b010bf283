//! A full disk: writes are refused with a clear message in the person's language, reading goes
//! on, and once there is space again everything works without a restart.

use axum::http::StatusCode;
use navrat_content::Error;

use crate::workspace::support::Ws;

#[tokio::test]
async fn a_full_disk_refuses_writes_clearly_keeps_reads_and_recovers_by_itself() {
    let ws = Ws::new();
    let olena = ws.login("olena").await;
    let store = ws.state.store.clone();
    store
        .set_size_limit(Some(store.page_count().unwrap()))
        .unwrap();
    // Whatever room is left is used up: free pages by long comments, then the last pages by
    // the smallest possible requests (no nickname, no contact), until 200 in a row find no
    // room, so no real one fits.
    let slug = navrat_content::model::Slug::parse("changing-your-mind").unwrap();
    let filler = "x".repeat(2000);
    let mut refused = 0;
    while refused < 20 {
        match store.add_translation_comment(
            &slug,
            navrat_content::Locale::parse("vi").unwrap(),
            &filler,
            "test",
        ) {
            Ok(()) => refused = 0,
            Err(Error::StorageFull) => refused += 1,
            Err(e) => panic!("{e}"),
        }
    }
    let mut smallest = ws.new_request("praha", "cs", None);
    smallest.alias = None;
    smallest.contact = navrat_content::model::Contact::ComeBack;
    let (mut filled, mut refused) = (0, 0);
    while refused < 200 {
        match store.create_appointment_request(&smallest) {
            Ok(_) => (filled, refused) = (filled + 1, 0),
            Err(Error::StorageFull) => refused += 1,
            Err(e) => panic!("{e}"),
        }
        assert!(filled < 5000, "the limit is never reached");
    }
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
