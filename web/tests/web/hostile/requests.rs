//! Malformed, injected and oversized requests: a clear 4xx, never a 500, nothing stored.

use crate::workspace::support::Ws;

use super::support::*;

#[tokio::test]
async fn hostile_requests_get_a_clear_4xx_never_a_500() {
    let ws = Ws::new();
    let (app, kiosk) = (&ws.app, &ws.kiosk);
    let reference = ws.request_at("praha", "uk", None);
    let listed = reference.to_string();
    let (eva, olena) = (ws.login("eva").await, ws.login("olena").await);
    let before = stored(&ws);
    let mut probe = Probe {
        watched: Some(&ws),
        sent: 0,
    };

    // Paths out of the asset folder, and names other than the hashed ones: nothing is read.
    let long_name = format!("/assets/{}.css", "a".repeat(10_000));
    for router in [kiosk, app] {
        for path in [
            "/assets/../Cargo.toml",
            "/assets/..%2fCargo.toml",
            "/assets/..%2f..%2fCargo.toml",
            "/assets/..%2F..%2Fkiosk%2FCargo.toml",
            "/assets/%2e%2e/x",
            "/assets/%2e%2e%2f%2e%2e%2fCargo.toml",
            "/assets/%252e%252e%252fCargo.toml",
            "/assets/....//....//Cargo.toml",
            "/assets/kiosk.css",
            "/assets/workspace.css",
            "/assets/kiosk.js",
            "/assets/",
            &long_name,
        ] {
            let page = probe.get(router, path, None, 404).await;
            for secret in ["[package]", "[dependencies]", "[workspace]"] {
                assert!(!page.body.contains(secret), "{path}: file contents");
            }
        }
    }

    // Unknown locales: the page that says so in every language.
    let catalog = &ws.state.catalog;
    let not_found: Vec<String> = catalog
        .locales()
        .codes()
        .iter()
        .map(|code| escape(&catalog.text(*code, "error-not-found")))
        .collect();
    assert_eq!(not_found.len(), 12);
    let long_locale = format!("/{}/", "x".repeat(5 * 1024));
    for path in [
        "/xx/",
        "/xx",
        "/../",
        "/%00/",
        "/cs%00/",
        "/ar%2f..%2f/",
        "/%2e%2e/",
        "/xx/topics/who-can-apply",
        "/xx/status",
        &long_locale,
    ] {
        let page = probe.get(kiosk, path, None, 404).await;
        for message in &not_found {
            assert!(page.body.contains(message), "{path}: {message} missing");
        }
    }
    // Inside a language the person chose, the page says so in that language.
    let page = probe
        .get(kiosk, "/uk/topics/'%20OR%201=1--", None, 404)
        .await;
    assert!(page.body.contains("Такої сторінки не існує."));
    let submit = encode_form(&[("step", "submit")]);
    probe
        .post(kiosk, "/xx/appointment", None, submit, 404)
        .await;

    // SQL wherever a value reaches the store: a 4xx or the usual page, and no request shown.
    for sql in SQL {
        let q: String = form_urlencoded::byte_serialize(sql.as_bytes()).collect();
        let p = q.replace('+', "%20");
        let mut shown = Vec::new();
        for (path, status) in [
            (format!("/uk/search?q={q}"), 200),
            (format!("/uk/status?reference={q}"), 422),
            (format!("/uk/appointment/{p}"), 404),
            (format!("/uk/appointment?point={q}"), 200),
            (format!("/uk/topics/{p}"), 404),
        ] {
            shown.push(probe.get(kiosk, &path, None, status).await);
        }
        for (path, status) in [
            (format!("/requests/{p}"), 404),
            (format!("/requests?status={q}"), 400),
            (format!("/requests?locale={q}"), 400),
            (format!("/requests?status=all&point={q}"), 200),
            (format!("/translations/uk/{p}"), 404),
            (format!("/source/{p}"), 404),
            (format!("/strings/uk/{p}"), 404),
        ] {
            shown.push(probe.get(app, &path, Some(&eva), status).await);
        }
        assert!(shown.iter().all(|page| !page.body.contains(&listed)));
        // Signing in with SQL for the name or the password.
        let (cookie, csrf) = login_form(&ws).await;
        for login in [sql, "eva' --", "eva"] {
            let body = encode_form(&[("csrf", csrf.as_str()), ("login", login), ("password", sql)]);
            let page = probe.post(app, "/login", Some(&cookie), body, 401).await;
            assert!(
                page.set_cookie("__Host-navrat_session").is_none(),
                "{login}"
            );
        }
        // A kiosk form naming a point in SQL goes back to the list of points.
        let (cookie, fields) = kiosk_form(kiosk, "uk", "praha").await;
        let mut fields = pairs(&fields, &[("step", "submit")]);
        fields.retain(|(k, _)| *k != "point");
        fields.push(("point", sql));
        let path = "/uk/appointment";
        probe
            .post(kiosk, path, Some(&cookie), encode_form(&fields), 303)
            .await;
    }
    let store = &ws.state.store;
    assert!(store.integrity().unwrap().is_ok(), "the database is sound");
    let praha = store.appointment_requests(&["praha".into()], None).unwrap();
    assert_eq!(
        praha.len(),
        1,
        "the requests table is there, with its request"
    );

    // Invalid UTF-8 in query strings and paths: a 4xx or the usual page.
    for (router, path, who, status) in [
        (kiosk, "/uk/search?q=%FF%FE", None, 200),
        (kiosk, "/uk/status?reference=%FF%FE", None, 422),
        (kiosk, "/uk/appointment?point=%FF", None, 200),
        (kiosk, "/uk/topics/%FF%FE", None, 400),
        (kiosk, "/%FF/", None, 400),
        (app, "/requests?status=%FF%FE", Some(&eva), 400),
        (app, "/requests?status=all&point=%FF", Some(&eva), 200),
        (app, "/requests/%FF", Some(&eva), 400),
        (app, "/strings/uk/kiosk?missing=%FF", Some(&eva), 200),
    ] {
        probe.get(router, path, who, status).await;
    }

    // Invalid UTF-8 in forms with valid tokens, so only the encoding is wrong: 400.
    let (kiosk_cookie, fields) = kiosk_form(kiosk, "uk", "praha").await;
    let kiosk_cookie = Some(kiosk_cookie.as_str());
    let submit = encode_form(&pairs(&fields, &[("step", "submit")]));
    let (login_cookie, csrf) = login_form(&ws).await;
    let login_cookie = Some(login_cookie.as_str());
    let comments = format!("/translations/uk/{TOPIC}/comments");
    let editor = format!("/translations/uk/{TOPIC}");
    let detail = format!("/requests/{reference}");
    for bad in [&b"%FF%FE"[..], &[0xff, 0xfe]] {
        let alias = with_raw(&submit, "alias", bad);
        probe
            .post(kiosk, "/uk/appointment", kiosk_cookie, alias, 400)
            .await;
        let password = with_raw(
            &encode_form(&[("csrf", csrf.as_str()), ("login", "eva")]),
            "password",
            bad,
        );
        probe.post(app, "/login", login_cookie, password, 400).await;
        let name = with_raw(
            &encode_form(&[("csrf", csrf.as_str()), ("password", "x")]),
            "login",
            bad,
        );
        probe.post(app, "/login", login_cookie, name, 400).await;
        for (path, who, fields, field) in [
            (comments.as_str(), &olena, vec![], "body"),
            (
                "/strings/uk/kiosk",
                &eva,
                vec![("id", "home-title")],
                "value",
            ),
            (
                &editor,
                &olena,
                vec![("action", "save"), ("body", "b")],
                "title",
            ),
            (
                &detail,
                &eva,
                vec![("action", "decline"), ("reason", "capacity")],
                "note",
            ),
        ] {
            let body = with_raw(&with_token(who, &fields), field, bad);
            probe.post(app, path, Some(&who.cookie), body, 400).await;
        }
    }

    // Bodies over the limit: 413. A body just at it is still read.
    let over = padded(&submit, KIOSK_LIMIT + 1);
    probe
        .post(kiosk, "/uk/appointment", kiosk_cookie, over, 413)
        .await;
    let review = padded(
        &encode_form(&pairs(&fields, &[("step", "review")])),
        KIOSK_LIMIT,
    );
    probe
        .post(kiosk, "/uk/appointment", kiosk_cookie, review, 303)
        .await;
    let sign_in = encode_form(&[("csrf", csrf.as_str()), ("login", "eva"), ("password", "x")]);
    let over = padded(&sign_in, WORKSPACE_LIMIT + 1);
    probe.post(app, "/login", login_cookie, over, 413).await;
    let comment = with_token(&olena, &[("body", "x")]);
    let over = padded(&comment, WORKSPACE_LIMIT + 1);
    probe
        .post(app, &comments, Some(&olena.cookie), over, 413)
        .await;
    let message = with_token(&eva, &[("id", "home-title"), ("value", "x")]);
    let over = padded(&message, WORKSPACE_LIMIT + 1);
    probe
        .post(app, "/strings/uk/kiosk", Some(&eva.cookie), over, 413)
        .await;
    let mut long_comment = with_token(&olena, &[("body", "")]);
    long_comment.resize(WORKSPACE_LIMIT, b'a');
    let page = probe
        .post(app, &comments, Some(&olena.cookie), long_comment, 422)
        .await;
    assert!(
        page.body.contains("Komentář musí mít 1 až 2000 znaků"),
        "read, then refused"
    );

    assert_eq!(stored(&ws), before, "nothing hostile was stored");
    assert!(ws.state.store.integrity().unwrap().is_ok());
    probe.get(app, "/healthz", None, 200).await;
    assert!(probe.sent >= 90, "{} hostile requests", probe.sent);
}
