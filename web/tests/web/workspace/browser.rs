//! The workspace in headless Chromium, as a coordinator uses it: sign in over plain http on
//! loopback with the `Secure` `__Host-` cookie (browsers treat loopback as secure), look at
//! the translation dashboard, an outdated translation's editor, the UI strings, confirm a
//! request, the overview; and the same in Persian (right to left). Screenshots of every screen
//! go to `docs/screenshots/ws-*.png`.

use fantoccini::Locator;
use navrat_content::model::{Provenance, Slug, Translation, TranslationStatus};

use super::support::{Ws, l};
use crate::browser::{
    browser_sized, chromedriver, click, html_dir, path, serve_workspace, shot, sign_in, sign_out,
    switch_language, text, wait_for,
};

/// The Ukrainian translation of `who-can-apply` published, then the Czech source changed.
fn outdated_translation(ws: &Ws) {
    let store = &ws.state.store;
    let slug = Slug::parse("who-can-apply").unwrap();
    let draft = store
        .translations(&slug)
        .unwrap()
        .into_iter()
        .find(|t| t.locale == l("uk"))
        .unwrap();
    store
        .save_translation_draft(
            &Translation {
                status: TranslationStatus::InReview,
                provenance: Provenance::Community,
                author: "olena".into(),
                ..draft
            },
            "olena",
        )
        .unwrap();
    store
        .publish_translation(&slug, l("uk"), "ivan", "ivan")
        .unwrap();
    let topic = store.topic(&slug).unwrap().unwrap();
    let mut text = topic.source.text.clone();
    text.body = text.body.replacen(
        "\n\n",
        "\n\nNově se můžete přihlásit také na kterékoli pobočce.\n\n",
        1,
    );
    store
        .edit_source(
            &slug,
            &text,
            &topic.source.tracks,
            &topic.source.sources,
            true,
            "eva",
        )
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_works_through_every_screen() {
    let ws = Ws::new();
    outdated_translation(&ws);
    ws.request_at("praha", "uk", Some(42));
    ws.request_at("praha", "fa", None);
    ws.request_at("brno", "ru", None);
    for _ in 0..2 {
        ws.state
            .store
            .record_search_miss(l("uk"), "постійне проживання")
            .unwrap();
    }

    let base = serve_workspace(&ws.app).await;

    let driver = chromedriver();
    let c = browser_sized(&driver, "workspace", (1440, 1000)).await;
    c.goto(&format!("{base}/requests")).await.unwrap();
    assert_eq!(path(&c).await, "/login", "signed out: to the sign-in page");
    shot(&c, "ws-1-login").await;
    sign_in(&c, "eva").await;
    wait_for(&c, "form[action='/logout']").await;
    assert_eq!(
        path(&c).await,
        "/",
        "the Secure __Host- cookie works on loopback"
    );
    shot(&c, "ws-2-home").await;

    c.goto(&format!("{base}/translations/uk")).await.unwrap();
    assert!(c.find(Locator::Css(".state-outdated")).await.is_ok());
    shot(&c, "ws-3-dashboard").await;
    click(&c, "a[href='/translations/uk/who-can-apply']").await;
    assert!(text(&c, ".changes ins").await.contains("pobočce"));
    shot(&c, "ws-4-editor-outdated").await;

    c.goto(&format!("{base}/strings/uk/kiosk")).await.unwrap();
    shot(&c, "ws-5-strings").await;

    c.goto(&format!("{base}/requests")).await.unwrap();
    shot(&c, "ws-6-requests").await;
    click(&c, "table.rows tbody tr:first-child a").await;
    wait_for(&c, "input[name=date]").await;
    c.execute(
        "document.querySelector('input[name=date]').value = '2099-03-17';
         document.querySelector('input[name=time]').value = '09:30';",
        vec![],
    )
    .await
    .unwrap();
    shot(&c, "ws-7-request").await;
    click(&c, "button[value=confirm]").await;
    wait_for(&c, "h1 .state-confirmed").await;
    assert!(text(&c, ".facts").await.contains("2099-03-17 09:30"));

    c.goto(&format!("{base}/overview")).await.unwrap();
    assert!(text(&c, ".misses").await.contains("постійне проживання"));
    shot(&c, "ws-8-overview").await;
    c.goto(&format!("{base}/privacy")).await.unwrap();
    shot(&c, "ws-10-privacy").await;

    // The workspace in Persian: right to left.
    switch_language(&c, &base, "fa").await;
    c.goto(&format!("{base}/requests?status=all"))
        .await
        .unwrap();
    assert_eq!(html_dir(&c).await, "rtl");
    shot(&c, "ws-9-requests-fa").await;

    sign_out(&c).await;
    c.goto(&format!("{base}/")).await.unwrap();
    assert_eq!(path(&c).await, "/login", "signed out");
    c.close().await.unwrap();
}
