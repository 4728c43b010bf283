//! The security headers on every response of both routers, and the check that finds inline code.

use axum::http::{Method, header};
use navrat_content::ReferenceCode;

use crate::support::{locales, state};
use crate::workspace::support::Ws;

use super::support::*;

#[test]
fn the_markup_check_finds_inline_code_and_only_that() {
    assert!(!live_code("<p>a</p><script>alert(1)</script>").is_empty());
    assert!(!live_code("<img src=x onerror=alert(1)>").is_empty());
    assert!(!live_code("<body onload='go()'>").is_empty());
    assert!(!live_code("<a href=\" JavaScript:alert(1)\">x</a>").is_empty());
    assert!(live_code("<script src=\"/assets/kiosk.1.js\" defer></script>").is_empty());
    assert!(
        live_code("<input value=\"&#34;&#62;&#60;img src=x onerror=alert(1)&#62;\">").is_empty(),
        "escaped text inside an attribute is not a handler"
    );
    assert_eq!(
        asset_urls("<link rel=\"stylesheet\" href=\"/a.css\"><script src=\"/b.js\"></script>"),
        ["/a.css", "/b.js"]
    );
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let mut probe = Probe::default();

    // The kiosk's form, refused, shown again, reviewed and sent: a request with a status page.
    let kiosk = &navrat_web::app(state());
    let path = "/cs/appointment";
    let (cookie, fields) = kiosk_form(kiosk, "cs", "praha").await;
    let cookie = Some(cookie.as_str());
    let submit = encode_form(&pairs(&fields, &[("step", "submit")]));
    probe.post(kiosk, path, None, submit.clone(), 403).await;
    let mut foreign = request(Method::POST, path, cookie, submit.clone());
    let evil = "https://evil.example".parse().unwrap();
    foreign.headers_mut().insert(header::ORIGIN, evil);
    probe.send(kiosk, foreign, 403).await;
    let incomplete = encode_form(&pairs(&fields[..4], &[("step", "review")]));
    let refused = probe.post(kiosk, path, cookie, incomplete, 303).await;
    let shown = request(Method::GET, &refused.location(), cookie, Vec::new());
    probe.send(kiosk, shown, 422).await;
    probe
        .post(kiosk, path, cookie, padded(&submit, KIOSK_LIMIT + 1), 413)
        .await;
    let review = encode_form(&pairs(&fields, &[("step", "review")]));
    let checked = probe.post(kiosk, path, cookie, review, 303).await;
    let review_page = request(Method::GET, &checked.location(), cookie, Vec::new());
    probe.send(kiosk, review_page, 200).await;
    let sent = probe.post(kiosk, path, cookie, submit, 303).await;
    let reference = sent_reference(&sent);
    probe
        .send(kiosk, request(Method::PUT, "/cs/", None, Vec::new()), 405)
        .await;

    // Every kiosk page, in every language.
    let picker = probe.get(kiosk, "/", None, 200).await;
    let assets = asset_urls(&picker.body);
    assert_eq!(assets.len(), 3, "fonts, stylesheet and script: {assets:?}");
    for asset in &assets {
        probe.get(kiosk, asset, None, 200).await;
    }
    for (path, status) in [
        ("/k/fast", 303),
        ("/k/no-such-kiosk", 404),
        ("/clear", 303),
        ("/cs", 308),
        ("/healthz", 200),
        ("/nothing/here", 404),
        ("/xx/", 404),
    ] {
        probe.get(kiosk, path, None, status).await;
    }
    let unknown = ReferenceCode::generate();
    for locale in locales() {
        for (path, status) in [
            (String::new(), 200),
            (format!("topics/{TOPIC}"), 200),
            ("topics/no-such-topic".into(), 404),
            ("search?q=pas".into(), 200),
            ("search?q=pas&partial=1".into(), 200),
            ("appointment".into(), 200),
            ("appointment?point=praha".into(), 200),
            (format!("appointment/{reference}"), 200),
            (format!("appointment/{reference}?new=1"), 200),
            (format!("appointment/{}", unknown.as_str()), 404),
            ("status".into(), 200),
            ("status?reference=ABC".into(), 422),
            (format!("status?reference={reference}"), 303),
        ] {
            probe
                .get(kiosk, &format!("/{locale}/{path}"), None, status)
                .await;
        }
    }
    // The QR code shows only to the browser that sent the form (and is checked there too).
    let with_qr = send_get(kiosk, &format!("/ar/appointment/{reference}?new=1"), cookie).await;
    assert!(
        with_qr.body.contains("class=\"qr-code\""),
        "the inline QR code was checked too"
    );

    // The workspace, signed out.
    let ws = Ws::new();
    let app = &ws.app;
    let request_ref = ws.request_at("praha", "uk", None);
    let login = probe.get(app, "/login", None, 200).await;
    let ws_assets = asset_urls(&login.body);
    assert_eq!(ws_assets.len(), 1, "the stylesheet: {ws_assets:?}");
    for (path, status) in [
        (ws_assets[0].as_str(), 200),
        ("/", 303),
        ("/requests", 303),
        ("/nothing/here", 404),
        ("/healthz", 200),
    ] {
        probe.get(app, path, None, status).await;
    }
    let blind = encode_form(&[("login", "eva"), ("password", "x")]);
    probe.post(app, "/login", None, blind, 403).await;
    probe
        .send(app, request(Method::PUT, "/login", None, Vec::new()), 405)
        .await;

    // Every workspace page, signed in as the coordinator.
    let eva = ws.login("eva").await;
    let unknown = ReferenceCode::generate();
    for (path, status) in [
        ("/".to_owned(), 200),
        ("/login".into(), 303),
        ("/translations/uk".into(), 200),
        (format!("/translations/uk/{TOPIC}"), 200),
        (format!("/translations/cs/{TOPIC}"), 303),
        ("/translations/xx".into(), 404),
        (format!("/source/{TOPIC}"), 200),
        ("/strings/uk/kiosk".into(), 200),
        ("/strings/uk/kiosk?missing=1".into(), 200),
        ("/requests".into(), 200),
        ("/requests?status=all&locale=uk&point=praha".into(), 200),
        ("/requests?status=bogus".into(), 400),
        (format!("/requests/{request_ref}"), 200),
        (format!("/requests/{}", unknown.as_str()), 404),
        ("/overview".into(), 200),
        ("/audit".into(), 200),
        ("/nothing/here".into(), 404),
    ] {
        probe.get(app, &path, Some(&eva), status).await;
    }
    let olena = ws.login("olena").await;
    probe.get(app, "/translations/vi", Some(&olena), 403).await;

    // Its forms: refused, shown again, too big, a bad request, accepted.
    let comments = format!("/translations/uk/{TOPIC}/comments");
    let cookie = Some(eva.cookie.as_str());
    let comment = |text: &str| with_token(&eva, &[("body", text)]);
    probe
        .post(app, &comments, cookie, encode_form(&[("body", "x")]), 403)
        .await;
    probe.post(app, &comments, cookie, comment(" "), 422).await;
    let too_big = padded(&comment("x"), WORKSPACE_LIMIT + 1);
    probe.post(app, &comments, cookie, too_big, 413).await;
    let act = with_token(&eva, &[("action", "x")]);
    probe
        .post(app, &format!("/requests/{request_ref}"), cookie, act, 400)
        .await;
    probe
        .post(app, &comments, cookie, comment("Díky"), 303)
        .await;
    let arabic = with_token(&eva, &[("locale", "ar")]);
    probe.post(app, "/language", cookie, arabic, 303).await;
    probe.get(app, "/", Some(&eva), 200).await;
    probe
        .post(app, "/logout", cookie, with_token(&eva, &[]), 303)
        .await;

    assert!(probe.sent > 200, "{} responses", probe.sent);
}
