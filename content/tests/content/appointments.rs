//! Appointment requests: references, repeated submits, status changes and history.

use navrat_content::model::{
    AppointmentChange, AppointmentStatus, Channel, Contact, NewAppointmentRequest, PhoneNumber,
    Weekday,
};
use navrat_content::reference::ALPHABET;
use navrat_content::{Error, ReferenceCode, Store};

use crate::support::{l, seeded_store};

fn request(point: &str) -> NewAppointmentRequest {
    navrat_testkit::request()
        .locale("uk")
        .at(point)
        .days(&[Weekday::Tue])
        .alias("Oksana")
        .phone("+420 777 123 456")
        .interpreter()
        .build()
}

#[test]
fn a_request_is_stored_with_a_fresh_reference_and_survives_reopening() {
    let (dir, store) = seeded_store();
    let a = store.create_appointment_request(&request("praha")).unwrap();
    let b = store.create_appointment_request(&request("praha")).unwrap();
    assert_ne!(a.reference, b.reference);
    assert!(a.reference.as_str().bytes().all(|c| ALPHABET.contains(&c)));
    assert_eq!(a.status, AppointmentStatus::New);
    drop(store);
    let store = Store::open_dir(dir.path()).unwrap();
    let found = store.appointment_request(&a.reference).unwrap().unwrap();
    assert_eq!(found.alias.as_deref(), Some("Oksana"));
    assert_eq!(
        found.contact,
        Contact::Phone(PhoneNumber::parse("+420777123456").unwrap())
    );
    assert!(found.interpreter_needed);
    assert_eq!(found.locale, l("uk"));
}

#[test]
fn a_repeated_submit_returns_the_first_request() {
    let (_dir, store) = seeded_store();
    let mut new = request("praha");
    new.idempotency_key = Some("form-7f3a".into());
    let first = store.create_appointment_request(&new).unwrap();
    let again = store.create_appointment_request(&new).unwrap();
    assert_eq!(first.reference, again.reference);
    assert_eq!(
        store
            .appointment_requests(&["praha".into()], None)
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_request_for_an_unknown_point_or_without_days_is_refused_and_nothing_is_stored() {
    let (_dir, store) = seeded_store();
    let err = store
        .create_appointment_request(&request("atlantis"))
        .unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err}");
    let mut no_days = request("praha");
    no_days.days.clear();
    assert!(matches!(
        store.create_appointment_request(&no_days).unwrap_err(),
        Error::Invalid(_)
    ));
    let mut long_alias = request("praha");
    long_alias.alias = Some("x".repeat(41));
    assert!(store.create_appointment_request(&long_alias).is_err());
    assert!(
        store
            .appointment_requests(&["praha".into(), "atlantis".into()], None)
            .unwrap()
            .is_empty()
    );
}

/// Attack: a caller that skips the kiosk's and the bot's check hands the store a nickname with
/// a control character (a terminal escape, a line break that forges a line in the workspace, a
/// NUL). The store refuses it with the nickname rule, stores nothing, and still takes a clean
/// nickname of the longest allowed length.
#[test]
fn a_nickname_with_a_control_character_reaching_the_store_directly_is_refused() {
    let (_dir, store) = seeded_store();
    for hostile in [
        "Oksana\u{1b}[2J",
        "Oksana\nStatus: confirmed",
        "Ok\u{0}sana",
        "\u{7}",
        "Oksana\u{85}",
    ] {
        let mut attack = request("praha");
        attack.alias = Some(hostile.into());
        let err = store.create_appointment_request(&attack).unwrap_err();
        assert!(matches!(err, Error::Invalid(_)), "{hostile:?}: {err}");
    }
    assert!(
        store
            .appointment_requests(&["praha".into()], None)
            .unwrap()
            .is_empty(),
        "nothing of a refused request is stored"
    );
    let mut longest = request("praha");
    longest.alias = Some("Я".repeat(navrat_content::model::ALIAS_MAX_CHARS));
    let stored = store.create_appointment_request(&longest).unwrap();
    assert_eq!(stored.alias, longest.alias);
}

#[test]
fn status_changes_follow_the_rules_and_are_recorded() {
    let (_dir, store) = seeded_store();
    let r = store
        .create_appointment_request(&request("zzc-balkova"))
        .unwrap();
    let confirm = AppointmentChange::Confirm {
        when: "2026-12-01 10:00".into(),
        counsellor: "eva".into(),
        interpreter: true,
    };
    let confirmed = store
        .change_appointment(&r.reference, &confirm, "eva")
        .unwrap();
    assert_eq!(confirmed.status, AppointmentStatus::Confirmed);
    assert_eq!(
        confirmed.confirmed_when.as_deref(),
        Some("2026-12-01 10:00")
    );
    assert!(confirmed.interpreter_confirmed);
    // Rescheduling is confirming again.
    let moved = AppointmentChange::Confirm {
        when: "2026-12-03 09:00".into(),
        counsellor: "eva".into(),
        interpreter: true,
    };
    store
        .change_appointment(&r.reference, &moved, "eva")
        .unwrap();
    store
        .change_appointment(&r.reference, &AppointmentChange::Done, "eva")
        .unwrap();
    let err = store
        .change_appointment(&r.reference, &AppointmentChange::Cancel, "eva")
        .unwrap_err();
    assert!(matches!(err, Error::NotAllowed(_)), "{err}");
    let history = store.appointment_history(&r.reference).unwrap();
    let steps: Vec<_> = history
        .iter()
        .map(|e| (e.from, e.to, e.actor.as_str()))
        .collect();
    use AppointmentStatus as S;
    assert_eq!(
        steps,
        [
            (None, S::New, "kiosk"),
            (Some(S::New), S::Confirmed, "eva"),
            (Some(S::Confirmed), S::Confirmed, "eva"),
            (Some(S::Confirmed), S::Done, "eva"),
        ]
    );
    assert!(history[2].detail.contains("2026-12-03 09:00"));
    // Declining needs a new request, and keeps the reason.
    let other = store.create_appointment_request(&request("praha")).unwrap();
    let declined = store
        .change_appointment(
            &other.reference,
            &AppointmentChange::Decline {
                reason: "no counsellor that day".into(),
            },
            "eva",
        )
        .unwrap();
    assert_eq!(
        declined.decline_reason.as_deref(),
        Some("no counsellor that day")
    );
}

#[test]
fn counsellors_list_requests_of_their_points_only() {
    let (_dir, store) = seeded_store();
    store.create_appointment_request(&request("praha")).unwrap();
    store.create_appointment_request(&request("brno")).unwrap();
    let mut telegram = request("brno");
    telegram.channel = Channel::Telegram;
    telegram.contact = Contact::Telegram(123456789);
    let t = store.create_appointment_request(&telegram).unwrap();
    assert_eq!(
        store
            .appointment_requests(&["praha".into()], None)
            .unwrap()
            .len(),
        1
    );
    let brno = store
        .appointment_requests(&["brno".into()], Some(AppointmentStatus::New))
        .unwrap();
    assert_eq!(brno.len(), 2);
    assert_eq!(brno[0].reference, t.reference, "newest first");
    assert_eq!(brno[0].contact, Contact::Telegram(123456789));
}

#[test]
fn unknown_reference_is_not_found() {
    let (_dir, store) = seeded_store();
    let code = ReferenceCode::generate();
    assert!(store.appointment_request(&code).unwrap().is_none());
}

#[test]
fn closed_requests_are_purged_after_the_retention_period_and_open_ones_kept() {
    let (_dir, store) = seeded_store();
    let open = store.create_appointment_request(&request("praha")).unwrap();
    let closed = store.create_appointment_request(&request("praha")).unwrap();
    store
        .change_appointment(&closed.reference, &AppointmentChange::Cancel, "kiosk")
        .unwrap();
    let now = closed.created_at + 10;
    // Not yet past the cut-off: nothing goes.
    assert_eq!(
        store.purge_closed_appointments(now - 90 * 86_400).unwrap(),
        0
    );
    // 90 days later the closed one goes, with its history; the open one stays.
    let later = now + 90 * 86_400 + 1;
    assert_eq!(
        store
            .purge_closed_appointments(later - 90 * 86_400)
            .unwrap(),
        1
    );
    assert!(
        store
            .appointment_request(&closed.reference)
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .appointment_request(&open.reference)
            .unwrap()
            .is_some()
    );
    assert!(store.appointment_history(&closed.reference).is_err());
}

/// Runs the retention job once with the clock at `at` and stops it.
async fn retention_job_at(store: &Store, at: i64) {
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let job = tokio::spawn(navrat_content::retention::purge_closed_requests(
        store.clone(),
        90,
        move || at,
        std::time::Duration::from_secs(3600),
        async move {
            let _ = stopped.await;
        },
    ));
    // The first tick runs at once; give it time to finish, then stop the job.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let _ = stop.send(());
    job.await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_background_job_deletes_closed_requests_when_the_clock_passes_the_period() {
    let (_dir, store) = seeded_store();
    let open = store.create_appointment_request(&request("praha")).unwrap();
    let closed = store.create_appointment_request(&request("praha")).unwrap();
    let closed = store
        .change_appointment(&closed.reference, &AppointmentChange::Cancel, "kiosk")
        .unwrap();
    let closed_at = closed.created_at;
    let exists = |r: &ReferenceCode| store.appointment_request(r).unwrap().is_some();

    // 89 days later, the job keeps it.
    retention_job_at(&store, closed_at + 89 * 86_400).await;
    assert!(exists(&closed.reference));
    // 91 days later, the job deletes it; the open request stays whatever the date.
    retention_job_at(&store, closed_at + 91 * 86_400).await;
    assert!(!exists(&closed.reference), "deleted after the period");
    retention_job_at(&store, closed_at + 3650 * 86_400).await;
    assert!(exists(&open.reference), "open requests are never purged");
}
