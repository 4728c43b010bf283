//! Issue 12, point 9: 30 token-less POSTs locked a shared kiosk address out for 10 minutes,
//! and behind the recommended TLS proxy every client was 127.0.0.1, so one person could lock
//! out every kiosk. Now only valid forms count, per client as the trusted proxy names it.

use axum::body::Body;
use axum::http::Request;

use super::support::{PROXY, get_request, kiosk_behind_proxy, send_from, ui_text};
use crate::support::{Page, encode_form, form_post};

/// The shared address of a counselling point's kiosks, as the proxy reports it.
const KIOSKS: &str = "198.51.100.30";
const ATTACKER: &str = "198.51.100.31";

/// A fresh form from `kiosk` for `client`: its cookie and fields, filled in.
async fn valid_form(kiosk: &axum::Router, client: &str) -> (String, Vec<(String, String)>) {
    let page = send_from(
        kiosk,
        get_request("/uk/appointment?point=praha", None),
        PROXY,
        Some(client),
    )
    .await;
    let cookie = page.set_cookie("navrat_form").unwrap();
    let mut fields = page.whole_request();
    fields.push(("step".into(), "review".into()));
    (cookie, fields)
}

fn post(cookie: Option<&str>, fields: &[(String, String)]) -> Request<Body> {
    form_post(
        "/uk/appointment",
        "kiosk.local",
        cookie,
        None,
        encode_form(fields),
    )
}

/// Sends a valid form to review from `client`; an accepted form goes on to its review page
/// (post/redirect/get), which is what is returned, so an accepted review is a 200.
async fn review(kiosk: &axum::Router, client: &str) -> Page {
    let (cookie, fields) = valid_form(kiosk, client).await;
    let answer = send_from(kiosk, post(Some(&cookie), &fields), PROXY, Some(client)).await;
    if answer.status != 303 {
        return answer;
    }
    let to = answer.headers["location"].to_str().unwrap().to_owned();
    assert!(to.starts_with("/uk/appointment/review?form="), "{to}");
    send_from(kiosk, get_request(&to, Some(&cookie)), PROXY, Some(client)).await
}

#[tokio::test]
async fn forged_forms_do_not_use_up_a_shared_kiosk_address() {
    let kiosk = kiosk_behind_proxy(3);
    // The review's attack: token-less and forged POSTs from the kiosks' address, ten times
    // the quota.
    let (_, fields) = valid_form(&kiosk, ATTACKER).await;
    for _ in 0..30 {
        let forged = send_from(&kiosk, post(None, &fields), PROXY, Some(KIOSKS)).await;
        assert_eq!(forged.status, 403);
        let wrong = send_from(
            &kiosk,
            post(
                Some("navrat_form=00000000000000000000000000000000"),
                &fields,
            ),
            PROXY,
            Some(KIOSKS),
        )
        .await;
        assert_eq!(wrong.status, 403);
    }
    // The people at the kiosks are not locked out: their real forms are still reviewed.
    for _ in 0..3 {
        assert_eq!(review(&kiosk, KIOSKS).await.status, 200);
    }
    // Valid forms do count: the fourth in the window waits, told so in Ukrainian.
    let limited = review(&kiosk, KIOSKS).await;
    assert_eq!(limited.status, 429);
    assert!(limited.body.contains(&ui_text("uk", "error-rate-limited")));
}

#[tokio::test]
async fn behind_the_proxy_each_client_has_its_own_quota_and_cannot_spend_anothers() {
    let kiosk = kiosk_behind_proxy(3);
    // The attacker spends their own quota with real forms...
    for _ in 0..3 {
        assert_eq!(review(&kiosk, ATTACKER).await.status, 200);
    }
    assert_eq!(review(&kiosk, ATTACKER).await.status, 429);
    // ...and claiming another address in X-Forwarded-For spends it again, not the other's:
    // the proxy appends the real address on the right.
    let (cookie, fields) = valid_form(&kiosk, ATTACKER).await;
    let claimed = format!("{KIOSKS}, {ATTACKER}");
    let spoofed = send_from(&kiosk, post(Some(&cookie), &fields), PROXY, Some(&claimed)).await;
    assert_eq!(spoofed.status, 429);
    // A connection that does not come from the proxy is its own client, whatever it writes.
    let direct: std::net::SocketAddr = "203.0.113.9:5000".parse().unwrap();
    for _ in 0..4 {
        let (cookie, fields) = valid_form(&kiosk, ATTACKER).await;
        send_from(&kiosk, post(Some(&cookie), &fields), direct, Some(KIOSKS)).await;
    }
    // The kiosks behind the same proxy are untouched.
    assert_eq!(review(&kiosk, KIOSKS).await.status, 200);
}
