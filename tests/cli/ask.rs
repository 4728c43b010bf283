//! Ask a counsellor end to end, through the real service (`navrat serve` with the bot pointed
//! at the in-repo fake Telegram): a person asks in Ukrainian from `/start` with the bot's own
//! buttons; a counsellor who speaks Ukrainian signs in to the workspace, sees only what is
//! routed to them, answers with a saved reply; Telegram is unreachable and the service
//! restarts before the answer could go out, and the person still gets it exactly once; the
//! person replies, the counsellor reads it and closes. No question or answer text is in the
//! data directory (database, WAL, anything else) or the service's log.

use std::net::SocketAddr;
use std::path::Path;
use std::process::Child;
use std::time::{Duration, Instant};

use navrat_testkit::person::Person;
use navrat_testkit::telegram::FakeTelegram;
use navrat_testkit::text as ui;

use crate::monitoring::{ShowLogOnFailure, get, sign_in};
use crate::reliability::{field, http};
use crate::{free_port, navrat, run, serve_with_bot, stop};

const PASSWORD: &str = "correct horse battery staple";

/// `navrat serve` on `data` with the bot talking to `fake`, logging at debug level: the log
/// is searched for the texts people wrote, so it holds everything the service logs.
fn serve(data: &Path, fake: &FakeTelegram, kiosk: SocketAddr, workspace: SocketAddr) -> Child {
    serve_with_bot(data, fake, kiosk, workspace, "debug")
}

/// POSTs a form as a signed-in browser does; (status, head, body).
fn post(
    addr: SocketAddr,
    path: &str,
    cookie: &str,
    pairs: &[(&str, &str)],
) -> (u16, String, String) {
    let form = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish();
    http(
        addr,
        &format!(
            "POST {path} HTTP/1.1\r\nHost: navrat\r\nConnection: close\r\nCookie: {cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
            form.len()
        ),
    )
    .unwrap_or_else(|| panic!("POST {path} got no answer"))
}

/// The reference code (`XXX-XXX-XXX`) in a text the bot sent.
fn reference_in(text: &str) -> String {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .find(|w| w.len() == 11 && w.matches('-').count() == 2)
        .unwrap_or_else(|| panic!("no reference in {text:?}"))
        .to_owned()
}

/// The workspace path of the conversation listed with `reference` on an inbox page.
fn conversation_path(inbox: &str, reference: &str) -> Option<String> {
    let at = inbox.find(&format!("<code>{reference}</code>"))?;
    let href = inbox[..at].rfind("href=\"")? + "href=\"".len();
    inbox[href..].split('"').next().map(str::to_owned)
}

/// The text of the `<textarea name="…">` of a page, with HTML's escapes undone.
fn textarea(html: &str, name: &str) -> String {
    let open = html
        .find(&format!("name=\"{name}\""))
        .unwrap_or_else(|| panic!("no textarea {name}"));
    let start = html[open..].find('>').unwrap() + open + 1;
    let end = html[start..].find("</textarea>").unwrap() + start;
    html[start..end]
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// How many messages in the chat show `text`, once at least one does. Waits up to 90 s: a
/// delivery that failed is retried after 2, 4, 8 … s, and a loaded machine adds to that.
async fn shown(fake: &FakeTelegram, chat: i64, text: &str) -> usize {
    let start = Instant::now();
    loop {
        let n = fake
            .shown(chat)
            .iter()
            .filter(|m| m.text.contains(text))
            .count();
        if n > 0 || start.elapsed() > Duration::from_secs(90) {
            return n;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_from_the_bot_is_answered_in_the_workspace_once_across_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let log = data.path().join("serve.log");
    let _show_log = ShowLogOnFailure(log.clone());
    for (login, roles, speaks) in [
        ("olena", vec!["counsellor:praha", "translator:uk"], "uk"),
        ("giorgi", vec!["counsellor:praha"], "ka"),
    ] {
        let mut cmd = navrat(data.path());
        cmd.args(["user", "add", login, "--speaks", speaks]);
        for role in roles {
            cmd.args(["--role", role]);
        }
        let added = run(cmd.env("NAVRAT_USER_PASSWORD", PASSWORD));
        assert!(added.status.success(), "{added:?}");
    }
    let fake = FakeTelegram::start().await;
    let (kiosk, workspace) = (free_port(), free_port());
    let child = tokio::task::block_in_place(|| serve(data.path(), &fake, kiosk, workspace));

    // A person asks in Ukrainian, from /start, with the bot's own buttons.
    let question = "Чи може моя дружина Qzvw повернутися зі мною?";
    let person = Person::new(&fake, 7_301_001, Some("uk"));
    let welcome = person.says("/start").await;
    assert!(welcome.labels().contains(&ui("uk", "bot-ask-button")));
    let consent = person.taps(&ui("uk", "bot-ask-button")).await;
    assert!(consent.labels().contains(&ui("uk", "bot-ask-agree")));
    person.taps(&ui("uk", "bot-ask-agree")).await;
    let received = person.says(question).await;
    let reference = reference_in(&received.text());
    // Someone else asks in Georgian: not for a Ukrainian speaker.
    let other = Person::new(&fake, 7_301_002, Some("ka"));
    other.says("/start").await;
    other.taps(&ui("ka", "bot-ask-button")).await;
    other.taps(&ui("ka", "bot-ask-agree")).await;
    let georgian = reference_in(&other.says("შემიძლია Kxjq დავბრუნდე?").await.text());

    // Olena signs in: the Ukrainian question is in her inbox, the Georgian one is not.
    let answer_body = "Так, ваша дружина може повернутися разом з вами.";
    let (olena, path, page) = tokio::task::block_in_place(|| {
        let olena = sign_in(workspace, "olena", PASSWORD);
        let (status, _, inbox) = get(workspace, "/inbox", &olena);
        assert_eq!(status, 200);
        let path = conversation_path(&inbox, &reference)
            .unwrap_or_else(|| panic!("{reference} is not in olena's inbox: {inbox}"));
        assert!(
            conversation_path(&inbox, &georgian).is_none(),
            "ka is not routed to her"
        );
        assert!(!inbox.contains("Qzvw"), "the list shows no question text");
        // She keeps a saved reply for Ukrainian (she translates uk).
        let (_, _, replies) = get(workspace, "/replies/uk", &olena);
        let csrf = field(&replies, "csrf").unwrap();
        let (status, head, _) = post(
            workspace,
            "/replies/uk",
            &olena,
            &[
                ("csrf", &csrf),
                ("action", "save"),
                ("title", "Родина"),
                ("body", answer_body),
            ],
        );
        assert_eq!(status, 303, "{head}");
        // She takes the question and opens the saved reply in the answer.
        let (_, _, conversation) = get(workspace, &path, &olena);
        assert!(conversation.contains(question), "she reads the question");
        let csrf = field(&conversation, "csrf").unwrap();
        let (status, _, _) = post(
            workspace,
            &path,
            &olena,
            &[("csrf", &csrf), ("action", "take")],
        );
        assert_eq!(status, 303);
        let (_, _, conversation) = get(workspace, &path, &olena);
        let reply = conversation
            .split(&format!("href=\"{path}?reply="))
            .nth(1)
            .and_then(|r| r.split('"').next())
            .expect("the saved reply is offered")
            .to_owned();
        let (_, _, page) = get(workspace, &format!("{path}?reply={reply}"), &olena);
        (olena, path, page)
    });
    assert_eq!(textarea(&page, "text"), answer_body);

    // Telegram cannot be reached when she sends the answer; the service then restarts.
    fake.fail("sendMessage", 1_000);
    let answer = format!("{answer_body} Візьміть паспорт Wmtx.");
    let child = tokio::task::block_in_place(|| {
        let key = field(&page, "submit_key").unwrap();
        let csrf = field(&page, "csrf").unwrap();
        for _ in 0..2 {
            // A double click sends the form twice: one answer.
            let (status, head, _) = post(
                workspace,
                &path,
                &olena,
                &[
                    ("csrf", &csrf),
                    ("action", "answer"),
                    ("text", &answer),
                    ("submit_key", &key),
                ],
            );
            assert_eq!(status, 303, "{head}");
        }
        std::thread::sleep(Duration::from_millis(600));
        stop(child);
        serve(data.path(), &fake, kiosk, workspace)
    });
    assert_eq!(
        fake.shown(7_301_001)
            .iter()
            .filter(|m| m.text.contains("Wmtx"))
            .count(),
        0,
        "not delivered while Telegram was unreachable"
    );
    fake.fail("sendMessage", 0);
    assert_eq!(
        shown(&fake, 7_301_001, &answer).await,
        1,
        "delivered after the restart"
    );
    assert!(
        fake.shown(7_301_001)
            .iter()
            .any(|m| m.text.contains(&reference) && m.text.contains(&answer)),
        "the answer names the question's reference"
    );

    // The person replies in the chat; Olena reads it and closes the conversation.
    let added = person.says("Дякую! А діти Pqvz теж?").await;
    assert!(added.text().contains(&reference), "{}", added.text());
    tokio::task::block_in_place(|| {
        let olena = sign_in(workspace, "olena", PASSWORD);
        let (_, _, conversation) = get(workspace, &path, &olena);
        assert!(
            conversation.contains("Дякую! А діти Pqvz теж?"),
            "she reads the reply"
        );
        let csrf = field(&conversation, "csrf").unwrap();
        let (status, _, _) = post(
            workspace,
            &path,
            &olena,
            &[("csrf", &csrf), ("action", "close")],
        );
        assert_eq!(status, 303);
        let (_, _, closed) = get(workspace, "/inbox?tab=closed", &olena);
        assert!(conversation_path(&closed, &reference).is_some(), "{closed}");
    });
    // Nothing more reaches the person: the answer went out once in all.
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(
        fake.shown(7_301_001)
            .iter()
            .filter(|m| m.text.contains("Wmtx"))
            .count(),
        1
    );
    stop(child);

    // No question, answer or reply text anywhere in the data directory or the log.
    let files = navrat_testkit::files_below(data.path());
    assert!(
        files
            .keys()
            .any(|f| f.ends_with("-wal") || f.ends_with(".sqlite3")),
        "{:?}",
        files.keys()
    );
    for needle in ["Qzvw", "Kxjq", "Wmtx", "Pqvz"] {
        for (file, bytes) in &files {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                "{needle} in {file}"
            );
        }
    }
}
