//! The inbox of questions as counsellors use it: a uk-speaking counsellor sees only what is
//! routed to them, takes a question, answers it starting from a saved reply (queued for the
//! person's chat exactly once, however often the form is sent), adds a note the person never
//! sees, hands over and closes; hostile input is refused or escaped; no question text reaches
//! the database file, its WAL or the logs.

use axum::http::StatusCode;
use navrat_content::model::{Channel, NewQuestion, QuestionText};

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
    ws.state
        .store
        .ask(
            NewQuestion {
                channel: if chat.is_some() {
                    Channel::Telegram
                } else {
                    Channel::Kiosk
                },
                locale: l(locale),
                point_id: None,
                telegram_chat: chat,
                appointment_reference: None,
                text: QuestionText::parse(text).unwrap(),
            },
            now(),
        )
        .unwrap()
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
