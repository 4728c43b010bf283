//! Signing in, sessions, the sign-in limit, anti-forgery tokens and every role rule.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use axum::http::{StatusCode, header};
use navrat_content::model::{AppointmentStatus, TranslationStatus};
use navrat_web::WorkspaceConfig;

use super::support::{PASSWORD, Session, Ws, addr, l};

#[tokio::test]
async fn signing_in_sets_a_strict_session_cookie_and_signing_out_ends_it() {
    let ws = Ws::new();
    let anonymous = ws.get("/requests", None).await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert_eq!(anonymous.headers[header::LOCATION], "/login");

    let wrong = ws.try_login("eva", "not the password", addr(1)).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(
        wrong
            .body
            .contains("Nesprávné uživatelské jméno nebo heslo")
    );
    assert!(wrong.set_cookie("__Host-navrat_session").is_none());

    let ok = ws.try_login("eva", PASSWORD, addr(1)).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let set = ok
        .headers
        .get_all(header::SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|v| v.starts_with("__Host-navrat_session="))
        .unwrap();
    for attribute in ["Path=/", "Secure", "HttpOnly", "SameSite=Strict"] {
        assert!(set.contains(attribute), "{set} lacks {attribute}");
    }
    let eva = ws.login("eva").await;
    let home = ws.get("/", Some(&eva)).await;
    assert!(home.body.contains("Dobrý den,") && home.body.contains("eva"));
    assert_eq!(home.headers[header::CACHE_CONTROL], "no-store");

    let out = ws.post("/logout", &eva, &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(
        ws.get("/", Some(&eva)).await.headers[header::LOCATION],
        "/login"
    );
}

#[tokio::test]
async fn a_disabled_account_is_signed_out_at_once() {
    let ws = Ws::new();
    let petr = ws.login("petr").await;
    ws.state.store.disable_staff_user("petr", "test").unwrap();
    assert_eq!(
        ws.get("/requests", Some(&petr)).await.status,
        StatusCode::SEE_OTHER
    );
    let again = ws.try_login("petr", PASSWORD, addr(1)).await;
    assert_eq!(again.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn failed_sign_ins_are_limited_per_account_and_per_address() {
    let ws = Ws::new();
    // Ten wrong passwords for eva, each from another address.
    for n in 0..10 {
        let page = ws.try_login("eva", "wrong password", addr(10 + n)).await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    }
    // Now even the right password is refused, from anywhere, with a clear message.
    let limited = ws.try_login("eva", PASSWORD, addr(50)).await;
    assert_eq!(limited.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(limited.body.contains("Příliš mnoho neúspěšných pokusů"));
    // Other accounts are not affected.
    assert_eq!(
        ws.try_login("olena", PASSWORD, addr(50)).await.status,
        StatusCode::SEE_OTHER
    );

    // Ten failures from one address, on ten different logins: that address is stopped.
    for n in 0..10 {
        ws.try_login(&format!("guess{n}"), "wrong password", addr(99))
            .await;
    }
    let from_99 = ws.try_login("ivan", PASSWORD, addr(99)).await;
    assert_eq!(from_99.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        ws.try_login("ivan", PASSWORD, addr(98)).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn sessions_expire_when_idle_and_after_an_absolute_time() {
    let idle = Ws::with_config(WorkspaceConfig {
        idle_timeout: Duration::from_secs(60),
        now: session_clock,
        ..WorkspaceConfig::default()
    });
    let start = session_clock();
    let eva = idle.login("eva").await;
    // Used every 59 s, it lives on well past the idle time; 60 s without a request end it.
    assert_eq!(home_at(&idle, &eva, start + 59).await, StatusCode::OK);
    assert_eq!(home_at(&idle, &eva, start + 118).await, StatusCode::OK);
    assert_eq!(
        home_at(&idle, &eva, start + 178).await,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        home_at(&idle, &eva, start + 178).await,
        StatusCode::SEE_OTHER,
        "an ended session does not come back"
    );

    let absolute = Ws::with_config(WorkspaceConfig {
        idle_timeout: Duration::from_secs(60),
        absolute_timeout: Duration::from_secs(120),
        now: session_clock,
        ..WorkspaceConfig::default()
    });
    let start = session_clock();
    let eva = absolute.login("eva").await;
    for at in [50, 100, 119] {
        assert_eq!(
            home_at(&absolute, &eva, start + at).await,
            StatusCode::OK,
            "busy, so not idle"
        );
    }
    assert_eq!(
        home_at(&absolute, &eva, start + 120).await,
        StatusCode::SEE_OTHER
    );
}

/// The injected clock of the session expiry test (Unix seconds), moved by the test.
static SESSION_CLOCK: AtomicI64 = AtomicI64::new(2_000_000_000);

fn session_clock() -> i64 {
    SESSION_CLOCK.load(Ordering::SeqCst)
}

/// The status of the home page for `who` with the session clock at `at`.
async fn home_at(ws: &Ws, who: &Session, at: i64) -> StatusCode {
    SESSION_CLOCK.store(at, Ordering::SeqCst);
    ws.get("/", Some(who)).await.status
}

#[tokio::test]
async fn a_post_without_the_sessions_token_or_from_elsewhere_is_refused() {
    let ws = Ws::new();
    let olena = ws.login("olena").await;
    let path = "/translations/uk/who-can-apply/comments";
    let comment = [("body", "Prosím o kontrolu")];
    let none = ws
        .post_raw(path, Some(&olena.cookie), &comment, None, None)
        .await;
    assert_eq!(none.status, StatusCode::FORBIDDEN);
    assert!(none.body.contains("K tomu nemáte oprávnění"));
    let zeros = "0".repeat(64);
    let forged = [("csrf", zeros.as_str()), ("body", "x")];
    let wrong = ws
        .post_raw(path, Some(&olena.cookie), &forged, None, None)
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    let good = [("csrf", olena.csrf.as_str()), ("body", "x")];
    let elsewhere = ws
        .post_raw(
            path,
            Some(&olena.cookie),
            &good,
            Some("https://evil.example"),
            None,
        )
        .await;
    assert_eq!(elsewhere.status, StatusCode::FORBIDDEN);
    let slug = navrat_content::model::Slug::parse("who-can-apply").unwrap();
    assert!(
        ws.state
            .store
            .translation_comments(&slug, l("uk"))
            .unwrap()
            .is_empty(),
        "nothing was stored"
    );
    // Signing in needs the sign-in form's token too.
    let blind = ws
        .post_raw(
            "/login",
            None,
            &[("login", "eva"), ("password", PASSWORD)],
            None,
            None,
        )
        .await;
    assert_eq!(blind.status, StatusCode::FORBIDDEN);
    // With the token it works.
    let same_site = ws
        .post_raw(
            path,
            Some(&olena.cookie),
            &good,
            Some("http://workspace.local"),
            None,
        )
        .await;
    assert_eq!(same_site.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn translators_work_only_in_their_own_locale() {
    let ws = Ws::new();
    let olena = ws.login("olena").await;
    assert_eq!(
        ws.get("/translations/uk", Some(&olena)).await.status,
        StatusCode::OK
    );
    assert_eq!(
        ws.get("/translations/vi", Some(&olena)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ws.get("/translations/vi/who-can-apply", Some(&olena))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let text = [
        ("title", "Tiêu đề"),
        ("summary", "s"),
        ("body", "b"),
        ("action", "save"),
    ];
    let page = ws
        .post("/translations/vi/who-can-apply", &olena, &text)
        .await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let slug = navrat_content::model::Slug::parse("who-can-apply").unwrap();
    let vi = ws.state.store.translations(&slug).unwrap();
    assert!(
        vi.iter().all(|t| t.text.title != "Tiêu đề"),
        "nothing saved in Vietnamese"
    );
    assert_eq!(
        ws.get("/strings/vi/kiosk", Some(&olena)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ws.get("/strings/cs/kiosk", Some(&olena)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ws.get("/source/who-can-apply", Some(&olena)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ws.get("/requests", Some(&olena)).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        ws.get("/overview", Some(&olena)).await.status,
        StatusCode::FORBIDDEN
    );
    // Her own locale's navigation has no other locale in it.
    let dashboard = ws.get("/translations/uk", Some(&olena)).await;
    assert!(!dashboard.body.contains("href=\"/translations/vi\""));
}

#[tokio::test]
async fn a_translator_cannot_publish_and_a_reviewer_not_their_own_work() {
    let ws = Ws::new();
    let slug = navrat_content::model::Slug::parse("who-can-apply").unwrap();
    let published_title = || {
        ws.state
            .store
            .translations(&slug)
            .unwrap()
            .into_iter()
            .find(|t| t.locale == l("uk") && t.status == TranslationStatus::Published)
            .map(|t| t.text.title)
    };
    let before = published_title();
    let editor = ws
        .get(
            "/translations/uk/who-can-apply",
            Some(&ws.login("ivan").await),
        )
        .await;
    let field = |name: &str| editor.form_value(name);
    let (summary, body, keywords) = (field("summary"), field("body"), field("keywords"));
    let text = |action: &'static str, title: &str| {
        vec![
            ("title", title.to_owned()),
            ("summary", summary.clone()),
            ("body", body.clone()),
            ("keywords", keywords.clone()),
            ("action", action.to_owned()),
        ]
    };

    let olena = ws.login("olena").await;
    let submitted = text("submit", "Хто може подати заяву (Олена)");
    let page = ws
        .post("/translations/uk/who-can-apply", &olena, &pairs(&submitted))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains("value=\"publish\""),
        "no publish button for a translator"
    );
    let tried = ws
        .post(
            "/translations/uk/who-can-apply",
            &olena,
            &pairs(&text("publish", "Хто може подати заяву (Олена)")),
        )
        .await;
    assert_eq!(tried.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(published_title(), before, "a translator cannot publish");

    // Ivan saves his own change: now he is its author and cannot approve it.
    let ivan = ws.login("ivan").await;
    let own = text("save", "Хто може подати заяву (Іван)");
    ws.post("/translations/uk/who-can-apply", &ivan, &pairs(&own))
        .await;
    let refused = ws
        .post(
            "/translations/uk/who-can-apply",
            &ivan,
            &pairs(&text("publish", "Хто може подати заяву (Іван)")),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Vlastní překlad nemůžete schválit"));
    assert_eq!(published_title(), before);

    // Olena submits again; Ivan approves her work.
    ws.post("/translations/uk/who-can-apply", &olena, &pairs(&submitted))
        .await;
    let approved = ws
        .post(
            "/translations/uk/who-can-apply",
            &ivan,
            &pairs(&text("publish", "Хто може подати заяву (Олена)")),
        )
        .await;
    assert_eq!(approved.status, StatusCode::OK, "{}", approved.body);
    assert_eq!(
        published_title().as_deref(),
        Some("Хто може подати заяву (Олена)")
    );

    // A coordinator may approve their own work.
    let eva = ws.login("eva").await;
    ws.post(
        "/translations/uk/who-can-apply",
        &eva,
        &pairs(&text("save", "Хто може (Єва)")),
    )
    .await;
    let page = ws
        .post(
            "/translations/uk/who-can-apply",
            &eva,
            &pairs(&text("publish", "Хто може (Єва)")),
        )
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(published_title().as_deref(), Some("Хто може (Єва)"));
}

fn pairs<'a>(v: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    v.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

#[tokio::test]
async fn counsellors_see_and_handle_only_the_requests_of_their_points() {
    let ws = Ws::new();
    let in_praha = ws.request_at("praha", "uk", None);
    let in_brno = ws.request_at("brno", "ru", None);
    let petr = ws.login("petr").await;
    let list = ws.get("/requests", Some(&petr)).await;
    assert!(list.body.contains(&in_praha.to_string()));
    assert!(!list.body.contains(&in_brno.to_string()));
    // Probing Brno's reference answers exactly as a reference nobody has: Petr cannot tell
    // which codes exist at other points (no 403 that a 404 would give away).
    let unknown = navrat_content::ReferenceCode::generate();
    let theirs = ws.get(&format!("/requests/{in_brno}"), Some(&petr)).await;
    let nobodys = ws.get(&format!("/requests/{unknown}"), Some(&petr)).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    assert_eq!(
        (theirs.status, &theirs.body),
        (nobodys.status, &nobodys.body)
    );
    assert!(!theirs.body.contains(&in_brno.to_string()));
    assert_eq!(
        ws.get("/requests?point=brno", Some(&petr)).await.status,
        StatusCode::FORBIDDEN
    );
    let act = ws
        .post(
            &format!("/requests/{in_brno}"),
            &petr,
            &[("action", "take")],
        )
        .await;
    let act_nobodys = ws
        .post(
            &format!("/requests/{unknown}"),
            &petr,
            &[("action", "take")],
        )
        .await;
    assert_eq!(act.status, StatusCode::NOT_FOUND);
    assert_eq!(
        (act.status, &act.body),
        (act_nobodys.status, &act_nobodys.body)
    );
    let brno = ws
        .state
        .store
        .appointment_request(&in_brno)
        .unwrap()
        .unwrap();
    assert_eq!(brno.status, AppointmentStatus::New);
    assert_eq!(brno.counsellor, None, "untouched");
    // Nor the translation or coordinator pages.
    for path in [
        "/translations/uk",
        "/overview",
        "/audit",
        "/source/who-can-apply",
    ] {
        assert_eq!(
            ws.get(path, Some(&petr)).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
    // Jana in Brno sees hers and not Petr's.
    let jana = ws.login("jana").await;
    let list = ws.get("/requests", Some(&jana)).await;
    assert!(list.body.contains(&in_brno.to_string()) && !list.body.contains(&in_praha.to_string()));
    // The coordinator sees both.
    let eva = ws.login("eva").await;
    let list = ws.get("/requests", Some(&eva)).await;
    assert!(list.body.contains(&in_brno.to_string()) && list.body.contains(&in_praha.to_string()));
}

#[tokio::test]
async fn only_coordinators_edit_the_source_and_see_the_overview() {
    let ws = Ws::new();
    let revision = ws.source_revision("who-can-apply");
    for who in ["ivan", "linh"] {
        let s: Session = ws.login(who).await;
        let edit = ws
            .post(
                "/source/who-can-apply",
                &s,
                &[("title", "X"), ("summary", "Y"), ("body", "Z")],
            )
            .await;
        assert_eq!(edit.status, StatusCode::FORBIDDEN, "{who}");
        assert_eq!(
            ws.get("/overview", Some(&s)).await.status,
            StatusCode::FORBIDDEN
        );
    }
    assert_eq!(
        ws.source_revision("who-can-apply"),
        revision,
        "no new revision"
    );
    let eva = ws.login("eva").await;
    assert_eq!(ws.get("/overview", Some(&eva)).await.status, StatusCode::OK);
    assert_eq!(
        ws.get("/source/who-can-apply", Some(&eva)).await.status,
        StatusCode::OK
    );
}
