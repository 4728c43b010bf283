//! The kiosk fleet on the coordinator's overview: every configured kiosk with its last contact
//! and version; one silent for more than 15 minutes (or never seen) is marked, a live one is
//! not. Kiosks report by loading pages and by `POST /heartbeat`, which another site cannot
//! forge and which records nothing for a device without a configured profile.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use navrat_web::{KioskProfile, Profiles, WorkspaceConfig};
use tower::ServiceExt;

use super::support::Ws;
use crate::support::{encode_form, form_post, into_page};

/// The injected clock: a fixed moment.
const NOW: i64 = 2_000_000_000;

fn fixed_now() -> i64 {
    NOW
}

fn fleet() -> Ws {
    let ids = ["brno-new", "praha", "zzc-balkova", "zzc-bela"];
    let profiles: BTreeMap<String, KioskProfile> = ids
        .iter()
        .map(|id| (id.to_string(), KioskProfile::default()))
        .collect();
    Ws::with_kiosks(
        WorkspaceConfig {
            now: fixed_now,
            ..WorkspaceConfig::default()
        },
        Profiles::new(KioskProfile::default(), profiles),
    )
}

/// The overview's table row of one kiosk.
fn row<'a>(body: &'a str, id: &str) -> &'a str {
    let start = body
        .find(&format!("data-kiosk=\"{id}\""))
        .unwrap_or_else(|| panic!("no row for kiosk {id}"));
    let end = body[start..].find("</tr>").unwrap() + start;
    &body[start..end]
}

#[tokio::test]
async fn a_kiosk_silent_for_more_than_15_minutes_is_flagged_and_a_live_one_is_not() {
    let ws = fleet();
    let store = &ws.state.store;
    store
        .record_kiosk_heartbeat_at("praha", "0.1.0", NOW - 60)
        .unwrap();
    store
        .record_kiosk_heartbeat_at("zzc-balkova", "0.0.9", NOW - 16 * 60)
        .unwrap();
    // Exactly 15 minutes is not yet "more than 15 minutes".
    store
        .record_kiosk_heartbeat_at("zzc-bela", "0.1.0", NOW - 15 * 60)
        .unwrap();
    let eva = ws.login("eva").await;
    let overview = ws.get("/overview", Some(&eva)).await;
    assert_eq!(overview.status, StatusCode::OK);
    let body = &overview.body;

    let live = row(body, "praha");
    assert!(!live.contains("class=\"gap\""), "{live}");
    assert!(live.contains("V provozu"), "{live}");
    assert!(
        live.contains("2033-05-18 03:32"),
        "last contact shown: {live}"
    );
    assert!(live.contains("0.1.0"), "{live}");

    let silent = row(body, "zzc-balkova");
    assert!(silent.contains("class=\"gap\""), "{silent}");
    assert!(silent.contains("Mlčí déle než 15 minut"), "{silent}");
    assert!(silent.contains("0.0.9"), "its version: {silent}");

    let boundary = row(body, "zzc-bela");
    assert!(!boundary.contains("Mlčí"), "{boundary}");

    let never = row(body, "brno-new");
    assert!(never.contains("nikdy"), "{never}");
    assert!(never.contains("Mlčí déle než 15 minut"), "{never}");

    // A kiosk that reports again is live again.
    store
        .record_kiosk_heartbeat_at("zzc-balkova", "0.1.0", NOW - 5)
        .unwrap();
    let body = ws.get("/overview", Some(&eva)).await.body;
    assert!(!row(&body, "zzc-balkova").contains("Mlčí"));
}

#[tokio::test]
async fn kiosks_report_by_heartbeat_and_page_loads_and_other_sites_cannot_forge_one() {
    let ws = fleet();
    let beat = |cookie: Option<&'static str>, origin: Option<&'static str>, version: &str| {
        let request = form_post(
            "/heartbeat",
            "kiosk.local",
            cookie,
            origin,
            encode_form(&[("version", version)]),
        );
        let kiosk = ws.kiosk.clone();
        async move {
            into_page(kiosk.oneshot(request).await.unwrap())
                .await
                .status
        }
    };
    let seen = || {
        ws.state
            .store
            .kiosk_heartbeats()
            .unwrap()
            .into_iter()
            .map(|h| (h.profile_id, h.version))
            .collect::<Vec<_>>()
    };

    // Another site's page cannot make a kiosk look alive.
    let forged = beat(
        Some("navrat_web=praha"),
        Some("https://evil.example"),
        "0.1.0",
    )
    .await;
    assert_eq!(forged, StatusCode::FORBIDDEN);
    // Free text as a version is refused, and a device without a configured profile is not
    // recorded (the table holds configured kiosks only).
    assert_eq!(
        beat(Some("navrat_web=praha"), None, "Oksana +420 777 123 456").await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        beat(Some("navrat_web=unknown-kiosk"), None, "0.1.0").await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(beat(None, None, "0.1.0").await, StatusCode::NO_CONTENT);
    assert!(seen().is_empty(), "{:?}", seen());

    // The kiosk's own page sends it.
    assert_eq!(
        beat(
            Some("navrat_web=praha"),
            Some("http://kiosk.local"),
            "0.1.0"
        )
        .await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(seen(), vec![("praha".to_owned(), "0.1.0".to_owned())]);

    // Loading a page counts too, with the server's version.
    let request = axum::http::Request::get("/cs/")
        .header("cookie", "navrat_web=zzc-balkova")
        .body(axum::body::Body::empty())
        .unwrap();
    let page = into_page(ws.kiosk.clone().oneshot(request).await.unwrap()).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("data-heartbeat=\"/heartbeat\""),
        "the page asks kiosk.js to report"
    );
    assert!(seen().contains(&(
        "zzc-balkova".to_owned(),
        env!("CARGO_PKG_VERSION").to_owned()
    )));
}
