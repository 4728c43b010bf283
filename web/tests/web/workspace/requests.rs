//! Counsellors handling appointment requests; what the person then learns, in their language.

use axum::http::StatusCode;
use navrat_content::model::AppointmentStatus;
use navrat_content::store::NoticeKind;

use super::support::Ws;

/// A date well in the future, as the confirm form sends it.
const DATE: &str = "2099-03-17";

#[tokio::test]
async fn confirming_writes_one_notice_the_history_and_the_audit_log() {
    let ws = Ws::new();
    let reference = ws.request_at("praha", "uk", Some(4242));
    let petr = ws.login("petr").await;
    let path = format!("/requests/{reference}");
    let page = ws.get(&path, Some(&petr)).await;
    assert!(page.body.contains("Oksana"), "the alias");
    assert!(!page.body.contains("4242"), "no chat id on screen");

    assert_eq!(
        ws.post(&path, &petr, &[("action", "take")]).await.status,
        StatusCode::SEE_OTHER
    );
    let confirm = [
        ("action", "confirm"),
        ("date", DATE),
        ("time", "09:30"),
        ("interpreter", "1"),
    ];
    assert_eq!(
        ws.post(&path, &petr, &confirm).await.status,
        StatusCode::SEE_OTHER
    );

    let request = ws
        .state
        .store
        .appointment_request(&reference)
        .unwrap()
        .unwrap();
    assert_eq!(request.status, AppointmentStatus::Confirmed);
    assert_eq!(request.confirmed_when.as_deref(), Some("2099-03-17 09:30"));
    assert!(request.interpreter_confirmed);
    assert_eq!(request.counsellor.as_deref(), Some("petr"));
    let notices = ws.state.store.due_notices(i64::MAX, 10).unwrap();
    assert_eq!(notices.len(), 1, "exactly one message to the person");
    assert_eq!(notices[0].kind, NoticeKind::Confirmed);
    assert_eq!(notices[0].chat_id, 4242);

    let audit = ws.state.store.audit_entries(20).unwrap();
    assert!(
        audit
            .iter()
            .any(|e| e.actor == "petr" && e.action == "appointment.take")
    );
    assert!(
        audit
            .iter()
            .any(|e| e.actor == "petr" && e.action == "appointment.confirmed")
    );
    let page = ws.get(&path, Some(&petr)).await;
    assert!(page.body.contains("2099-03-17 09:30"));
    assert!(
        page.body.contains("Změnit termín"),
        "a confirmed meeting can be moved"
    );

    // The person sees it on the kiosk status page too.
    let status = ws.kiosk_get(&format!("/uk/appointment/{reference}")).await;
    assert!(status.body.contains("2099-03-17"), "{}", status.body);

    // Moving it sends one more message, of the other kind.
    let moved = [("action", "confirm"), ("date", DATE), ("time", "11:00")];
    ws.post(&path, &petr, &moved).await;
    let notices = ws.state.store.due_notices(i64::MAX, 10).unwrap();
    assert_eq!(notices.len(), 2);
    assert_eq!(notices[1].kind, NoticeKind::Rescheduled);
}

#[tokio::test]
async fn a_decline_reason_reaches_the_person_in_their_language() {
    let ws = Ws::new();
    let reference = ws.request_at("praha", "uk", Some(77));
    let petr = ws.login("petr").await;
    let path = format!("/requests/{reference}");
    let page = ws.get(&path, Some(&petr)).await;
    assert!(
        page.body
            .contains("Зараз у цьому місці немає вільного часу"),
        "reasons shown as the person reads them"
    );
    let no_reason = ws.post(&path, &petr, &[("action", "decline")]).await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.body.contains("Vyberte důvod"));
    let declined = ws
        .post(
            &path,
            &petr,
            &[("action", "decline"), ("reason", "capacity"), ("note", "")],
        )
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER);
    let notices = ws.state.store.due_notices(i64::MAX, 10).unwrap();
    assert_eq!(notices.len(), 1);
    assert_eq!(notices[0].kind, NoticeKind::Declined);
    assert!(notices[0].detail.starts_with("Зараз у цьому місці"));
    let status = ws.kiosk_get(&format!("/uk/appointment/{reference}")).await;
    assert!(
        status
            .body
            .contains("Зараз у цьому місці немає вільного часу")
    );
}

#[tokio::test]
async fn bad_dates_and_impossible_steps_are_refused_and_change_nothing() {
    let ws = Ws::new();
    let reference = ws.request_at("praha", "ru", None);
    let petr = ws.login("petr").await;
    let path = format!("/requests/{reference}");
    for (date, time) in [
        ("2001-01-01", "10:00"),
        ("2099-02-30x", "10:00"),
        (DATE, "25:00"),
        ("", ""),
    ] {
        let page = ws
            .post(
                &path,
                &petr,
                &[("action", "confirm"), ("date", date), ("time", time)],
            )
            .await;
        assert_eq!(
            page.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{date} {time}"
        );
        assert!(page.body.contains("Zadejte platné datum"));
    }
    assert_eq!(
        ws.state
            .store
            .appointment_request(&reference)
            .unwrap()
            .unwrap()
            .status,
        AppointmentStatus::New
    );
    // "Done" only after a confirmed meeting.
    let early = ws.post(&path, &petr, &[("action", "done")]).await;
    assert_eq!(early.status, StatusCode::CONFLICT);
    assert!(
        early
            .body
            .contains("To se u žádosti v tomto stavu udělat nedá")
    );

    ws.post(
        &path,
        &petr,
        &[("action", "confirm"), ("date", DATE), ("time", "10:00")],
    )
    .await;
    assert_eq!(
        ws.post(&path, &petr, &[("action", "no_show")]).await.status,
        StatusCode::SEE_OTHER
    );
    let closed = ws.get(&path, Some(&petr)).await;
    assert!(closed.body.contains("state-no_show"));
    assert!(
        !closed.body.contains("value=\"confirm\""),
        "no actions on a closed request"
    );
    let late = ws
        .post(
            &path,
            &petr,
            &[("action", "confirm"), ("date", DATE), ("time", "10:00")],
        )
        .await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    let history = ws.state.store.appointment_history(&reference).unwrap();
    assert_eq!(history.len(), 3, "created, confirmed, no-show: {history:?}");
}

#[tokio::test]
async fn the_list_filters_by_status_language_and_point() {
    let ws = Ws::new();
    let uk = ws.request_at("praha", "uk", None);
    let ru = ws.request_at("praha", "ru", None);
    let eva = ws.login("eva").await;
    ws.post(
        &format!("/requests/{ru}"),
        &eva,
        &[("action", "confirm"), ("date", DATE), ("time", "10:00")],
    )
    .await;
    let new = ws.get("/requests", Some(&eva)).await;
    assert!(
        new.body.contains(&uk.to_string()) && !new.body.contains(&ru.to_string()),
        "new ones by default"
    );
    let all = ws.get("/requests?status=all", Some(&eva)).await;
    assert!(all.body.contains(&uk.to_string()) && all.body.contains(&ru.to_string()));
    let russian = ws.get("/requests?status=all&locale=ru", Some(&eva)).await;
    assert!(!russian.body.contains(&uk.to_string()) && russian.body.contains(&ru.to_string()));
    let brno = ws.get("/requests?status=all&point=brno", Some(&eva)).await;
    assert!(brno.body.contains("Žádné žádosti neodpovídají filtru"));
    assert_eq!(
        ws.get("/requests?status=bogus", Some(&eva)).await.status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn the_overview_shows_gaps_per_language_and_point() {
    let ws = Ws::new();
    // Russian requests in Praha, where the only counsellor (petr) speaks cs and uk.
    ws.request_at("praha", "ru", None);
    ws.request_at("praha", "uk", None);
    let fa = navrat_content::Locale::parse("fa").unwrap();
    for _ in 0..2 {
        ws.state.store.record_search_miss(fa, "اقامت دائم").unwrap();
    }
    ws.state
        .store
        .record_search_miss(fa, "Oksana Ivanenko")
        .unwrap();
    let eva = ws.login("eva").await;
    let page = ws.get("/overview", Some(&eva)).await;
    assert_eq!(page.status, StatusCode::OK);
    // The per-language and per-point table (the open-questions table above it names the
    // languages too).
    let table = &page.body[page.body.find("class=\"rows overview\"").unwrap()..];
    let row = |native: &str| -> String {
        let at = table
            .find(&format!("<th scope=\"row\">{native}</th>"))
            .unwrap();
        table[at..].split("</tr>").next().unwrap().to_owned()
    };
    assert!(
        row("Русский").contains("data-point=\"praha\" class=\"gap\""),
        "Russian asked in Praha, nobody speaks it"
    );
    assert!(
        row("Українська").contains("data-point=\"praha\" class=\"\">1"),
        "petr speaks Ukrainian"
    );
    assert!(page.body.contains("اقامت دائم"), "searches without result");
    assert!(
        !page.body.contains("Oksana"),
        "a search made once is not shown"
    );
}
