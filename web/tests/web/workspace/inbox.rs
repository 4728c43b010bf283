//! The inbox of questions as counsellors use it: a uk-speaking counsellor sees only what is
//! routed to them, takes a question, answers it starting from a saved reply (queued for the
//! person's chat exactly once, however often the form is sent), adds a note the person never
//! sees, hands over and closes; hostile input is refused or escaped; no question text reaches
//! the database file, its WAL or the logs.

use axum::http::StatusCode;

use super::support::{Ws, l};

const NOW_SLACK: i64 = 0;

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
        + NOW_SLACK
}

fn ask(
    ws: &Ws,
    locale: &str,
    chat: Option<i64>,
    text: &str,
) -> navrat_content::model::ConversationRef {
    ask_at(ws, locale, chat, text, now())
}

/// A question asked at `at` (Unix seconds) in `locale`, over Telegram from `chat` when given,
/// else at a kiosk, as the bot and the kiosk store it.
pub(super) fn ask_at(
    ws: &Ws,
    locale: &str,
    chat: Option<i64>,
    text: &str,
    at: i64,
) -> navrat_content::model::ConversationRef {
    ws.state
        .store
        .ask(navrat_testkit::ask::question(locale, chat, text), at)
        .unwrap()
}

/// A question asked at `at` in `locale` on the kiosk of the counselling point `point`.
pub(super) fn ask_at_place(
    ws: &Ws,
    locale: &str,
    point: &str,
    text: &str,
    at: i64,
) -> navrat_content::model::ConversationRef {
    let mut question = navrat_testkit::ask::question(locale, None, text);
    question.point_id = Some(point.to_owned());
    ws.state.store.ask(question, at).unwrap()
}

#[tokio::test]
async fn a_uk_counsellor_answers_with_a_saved_reply_once_and_notes_stay_internal() {
    navrat_testkit::logs::capture();
    let ws = Ws::new();
    ws.state
        .store
        .set_staff_languages("jana", &[l("uk")], "test")
        .unwrap();
    let question = "Qzwv-Чи можу я повернутися з дружиною-8812?";
    let uk = ask(&ws, "uk", Some(4242), question);
    let ka = ask(&ws, "ka", None, "Kxqj-შემიძლია დავბრუნდე-5531?");

    // A translator maintains the uk saved replies.
    let olena = ws.login("olena").await;
    let saved = ws
        .post(
            "/replies/uk",
            &olena,
            &[
                ("action", "save"),
                ("title", "Сім'я"),
                ("body", "Так, ваша дружина може повернутися разом з вами."),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let reply_id = ws.state.store.saved_replies(l("uk")).unwrap()[0].id;

    // petr speaks uk: he sees the uk question only.
    let petr = ws.login("petr").await;
    let inbox = ws.get("/inbox", Some(&petr)).await;
    assert_eq!(inbox.status, StatusCode::OK);
    assert!(inbox.body.contains(uk.reference.to_string().as_str()));
    assert!(
        !inbox.body.contains(ka.reference.to_string().as_str()),
        "ka is not routed to him"
    );
    assert!(
        !inbox.body.contains("Qzwv"),
        "the list shows no question text"
    );
    let direct = ws.get(&format!("/inbox/{}", ka.id), Some(&petr)).await;
    assert_eq!(direct.status, StatusCode::NOT_FOUND);
    let forged = ws
        .post(&format!("/inbox/{}", ka.id), &petr, &[("action", "take")])
        .await;
    assert_eq!(forged.status, StatusCode::NOT_FOUND);

    // He takes it, picks the saved reply, edits it and sends — twice (a double click).
    let path = format!("/inbox/{}", uk.id);
    let took = ws.post(&path, &petr, &[("action", "take")]).await;
    assert_eq!(took.status, StatusCode::SEE_OTHER);
    let page = ws
        .get(&format!("{path}?reply={reply_id}"), Some(&petr))
        .await;
    assert!(
        page.body.contains(question),
        "the counsellor reads the question"
    );
    let draft = page.form_value("text");
    assert_eq!(draft, "Так, ваша дружина може повернутися разом з вами.");
    let answer = format!("{draft} Візьміть паспорт.");
    let key = page.field("submit_key");
    for _ in 0..2 {
        let sent = ws
            .post(
                &path,
                &petr,
                &[
                    ("action", "answer"),
                    ("text", &answer),
                    ("submit_key", &key),
                ],
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
    }
    let due = ws.state.store.due_answers(now() + 1, 10).unwrap();
    assert_eq!(due.len(), 1, "one delivery for one answer");
    assert_eq!(due[0].text, answer);
    assert_eq!(due[0].chat_id, 4242);

    // A note: internal, never in what the person sees.
    let page = ws.get(&path, Some(&petr)).await;
    let note_key = page.field("submit_key") + "x";
    let noted = ws
        .post(
            &path,
            &petr,
            &[
                ("action", "note"),
                ("note", "Wfrt-note-1177"),
                ("submit_key", &note_key),
            ],
        )
        .await;
    assert_eq!(noted.status, StatusCode::SEE_OTHER);
    let person = ws
        .state
        .store
        .conversation_for_person(&uk.reference)
        .unwrap()
        .unwrap();
    assert_eq!(person.messages.len(), 2);
    assert!(person.messages.iter().all(|m| !m.text.contains("Wfrt")));
    assert!(
        ws.get(&path, Some(&petr))
            .await
            .body
            .contains("Wfrt-note-1177")
    );

    // Hand over to jana (who now speaks uk), not to someone who does not.
    let refused = ws
        .post(&path, &petr, &[("action", "hand_over"), ("to", "olena")])
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    let handed = ws
        .post(&path, &petr, &[("action", "hand_over"), ("to", "jana")])
        .await;
    assert_eq!(handed.status, StatusCode::SEE_OTHER);
    let jana = ws.login("jana").await;
    let mine = ws.get("/inbox?tab=mine", Some(&jana)).await;
    assert!(mine.body.contains(uk.reference.to_string().as_str()));
    let late = ws.post(&path, &petr, &[("action", "close")]).await;
    assert_eq!(late.status, StatusCode::CONFLICT, "no longer his");
    let closed = ws.post(&path, &jana, &[("action", "close")]).await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let tab = ws.get("/inbox?tab=closed", Some(&jana)).await;
    assert!(tab.body.contains(uk.reference.to_string().as_str()));

    // No question, answer or note text in the database file, its WAL or the logs.
    let dir = ws.state.store.path().parent().unwrap().to_owned();
    let logs = navrat_testkit::logs::captured();
    for needle in ["Qzwv", "Kxqj", "Візьміть паспорт", "Wfrt-note"] {
        assert!(!logs.contains(needle), "{needle} in the logs");
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                let bytes = std::fs::read(&path).unwrap();
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                    "{needle} in {}",
                    path.display()
                );
            }
        }
    }
}

#[tokio::test]
async fn hostile_answers_are_refused_with_a_message_or_escaped() {
    let ws = Ws::new();
    let asked = ask(&ws, "uk", Some(7), "<script>alert(1)</script> Питання");
    let eva = ws.login("eva").await;
    let path = format!("/inbox/{}", asked.id);
    let page = ws.get(&path, Some(&eva)).await;
    assert!(
        !page.body.contains("<script>alert(1)"),
        "the question is escaped"
    );
    assert!(page.body.contains("&lt;script&gt;") || page.body.contains("&#60;script&#62;"));
    let key = page.field("submit_key");

    let long = "я".repeat(4096);
    for (text, message) in [
        (long.as_str(), "ws-inbox-error-too-long"),
        ("   ", "ws-inbox-error-empty"),
        ("<b></b><i></i>", "ws-inbox-error-markup"),
    ] {
        let refused = ws
            .post(
                &path,
                &eva,
                &[("action", "answer"), ("text", text), ("submit_key", &key)],
            )
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.body.contains(&navrat_testkit::text("cs", message)),
            "{message}"
        );
    }
    assert!(
        ws.state
            .store
            .due_answers(now() + 1, 10)
            .unwrap()
            .is_empty(),
        "nothing stored"
    );
    let unknown = ws.post(&path, &eva, &[("action", "explode")]).await;
    assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_overview_shows_open_questions_per_language_and_languages_nobody_answers() {
    let ws = Ws::new();
    let asked = ask(&ws, "ka", None, "Kxqj kitxva");
    let eva = ws.login("eva").await;
    let flagged = ws
        .post(
            &format!("/inbox/{}", asked.id),
            &eva,
            &[("action", "concern_on")],
        )
        .await;
    assert_eq!(flagged.status, StatusCode::SEE_OTHER);
    ws.post(
        &format!("/inbox/{}", asked.id),
        &eva,
        &[("action", "gap_on")],
    )
    .await;
    let overview = ws.get("/overview", Some(&eva)).await;
    assert_eq!(overview.status, StatusCode::OK);
    let checklist = navrat_testkit::text("cs", "ws-protection-checklist");
    assert!(
        overview.body.contains(&checklist),
        "the checklist is on top"
    );
    let row = overview
        .body
        .split("data-locale=\"ka\"")
        .nth(1)
        .unwrap()
        .split("</tr>")
        .next()
        .unwrap();
    assert!(row.contains(&navrat_testkit::text("cs", "ws-inbox-nobody-answers")));
    assert!(
        overview
            .body
            .contains(&format!("/inbox/{}\">#{}", asked.id, asked.id)),
        "content gap listed"
    );
    let petr = ws.login("petr").await;
    assert_eq!(
        ws.get("/overview", Some(&petr)).await.status,
        StatusCode::FORBIDDEN
    );
}

/// The injected clock of the retention test (Unix seconds), moved by the test.
static CLOCK: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(2_000_000_000);

fn test_clock() -> i64 {
    CLOCK.load(std::sync::atomic::Ordering::SeqCst)
}

/// Runs one round of the service's retention job (as `navrat serve` runs it) with the clock
/// at `at`: the job reads the clock once per round, so its second reading means the first
/// round is over, and the job is stopped then.
async fn retention_round(ws: &Ws, at: i64) {
    CLOCK.store(at, std::sync::atomic::Ordering::SeqCst);
    let (readings, mut read) = tokio::sync::watch::channel(0_u32);
    let job = navrat_content::retention::purge_closed_requests(
        ws.state.store.clone(),
        ws.state.shared.retention_days,
        move || {
            readings.send_modify(|n| *n += 1);
            test_clock()
        },
        std::time::Duration::from_millis(1),
        async move {
            let _ = read.wait_for(|n| *n >= 2).await;
        },
    );
    job.await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_closed_question_is_deleted_after_the_retention_days_and_an_open_one_is_kept() {
    let start = test_clock();
    let ws = Ws::with_config(navrat_web::WorkspaceConfig {
        now: test_clock,
        ..navrat_web::WorkspaceConfig::default()
    });
    let days = i64::from(ws.state.shared.retention_days);
    let done = ask_at(&ws, "uk", Some(5151), "Qrst-Коли мій рейс?", start);
    let open = ask_at(&ws, "uk", Some(5252), "Mnop-Де мій паспорт?", start);
    let mut eva = ws.login("eva").await;
    let path = format!("/inbox/{}", done.id);
    let page = ws.get(&path, Some(&eva)).await;
    let key = page.field("submit_key");
    for form in [
        vec![("action", "take")],
        vec![
            ("action", "answer"),
            ("text", "Рейс у вівторок."),
            ("submit_key", key.as_str()),
        ],
        vec![("action", "close")],
    ] {
        assert_eq!(
            ws.post(&path, &eva, &form).await.status,
            StatusCode::SEE_OTHER
        );
    }
    let closed_at = test_clock();
    let reference = done.reference.to_string();
    let person_reads = |r: &navrat_content::ReferenceCode| {
        ws.state.store.conversation_for_person(r).unwrap().is_some()
    };
    assert!(
        ws.get("/inbox?tab=closed", Some(&eva))
            .await
            .body
            .contains(&reference)
    );
    assert!(person_reads(&done.reference));

    // A minute before the period ends, the job keeps it: in the inbox, readable by the person.
    retention_round(&ws, closed_at + days * 86_400 - 60).await;
    eva = ws.login("eva").await;
    assert!(
        ws.get("/inbox?tab=closed", Some(&eva))
            .await
            .body
            .contains(&reference),
        "kept in the period"
    );
    assert!(person_reads(&done.reference));
    assert_eq!(
        ws.get(&path, Some(&eva)).await.status,
        StatusCode::OK,
        "still there"
    );

    // A minute after, it is gone: from the inbox, from the person's lookup, by its address.
    retention_round(&ws, closed_at + days * 86_400 + 60).await;
    eva = ws.login("eva").await;
    assert!(
        !ws.get("/inbox?tab=closed", Some(&eva))
            .await
            .body
            .contains(&reference),
        "gone from the inbox"
    );
    assert!(!person_reads(&done.reference), "gone for the person");
    assert_eq!(
        ws.get(&path, Some(&eva)).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(
        ws.state
            .store
            .due_answers(test_clock() + 1, 10)
            .unwrap()
            .is_empty(),
        "its answer is not sent after it is deleted"
    );

    // The open question is kept however old it is; its waiting time shows the injected clock.
    retention_round(&ws, start + 10 * days * 86_400).await;
    eva = ws.login("eva").await;
    assert!(
        person_reads(&open.reference),
        "an open question is never deleted"
    );
    let unassigned = ws.get("/inbox", Some(&eva)).await.body;
    assert!(unassigned.contains(&open.reference.to_string()));
    assert!(
        unassigned.contains(&navrat_testkit::text("cs", "ws-inbox-oldest")),
        "{unassigned}"
    );
}

#[tokio::test]
async fn a_kiosk_question_shows_the_place_by_its_name_in_the_list_filter_and_conversation() {
    let ws = Ws::new();
    let asked = ask_at_place(&ws, "uk", "praha", "Kiosk-питання з Праги", now());
    let place = "Poradenské místo Praha";

    // petr works at the Prague point and speaks uk; his workspace is in Czech.
    let petr = ws.login("petr").await;
    let inbox = ws.get("/inbox", Some(&petr)).await;
    assert_eq!(inbox.status, StatusCode::OK);
    let row = inbox
        .body
        .split("<tr")
        .find(|row| row.contains(asked.reference.to_string().as_str()))
        .expect("the question is listed");
    assert!(row.contains(place), "the row names the place: {row}");
    assert!(
        inbox
            .body
            .contains(&format!(r#"<option value="praha">{place}</option>"#)),
        "the point filter offers the place by name"
    );
    let filtered = ws.get("/inbox?point=praha", Some(&petr)).await;
    assert!(filtered.body.contains(asked.reference.to_string().as_str()));
    assert!(filtered.body.contains(&format!(
        r#"<option value="praha" selected>{place}</option>"#
    )));
    let other = ws.get("/inbox?point=brno", Some(&petr)).await;
    assert!(
        !other.body.contains(asked.reference.to_string().as_str()),
        "another place's filter does not list it"
    );

    let page = ws.get(&format!("/inbox/{}", asked.id), Some(&petr)).await;
    assert!(
        page.body.contains(place),
        "the conversation names the place"
    );
}
