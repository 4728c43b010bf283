//! Hostile text typed into every field that is shown back comes back inert.

use axum::http::{Method, StatusCode};
use navrat_content::ReferenceCode;

use crate::workspace::support::Ws;

use super::support::*;

#[tokio::test]
async fn hostile_text_in_the_workspace_comes_back_escaped() {
    let ws = Ws::new();
    let (app, kiosk) = (&ws.app, &ws.kiosk);
    // Someone at a kiosk gives markup as their name.
    let alias = "<img src=x onerror=alert(1)>";
    let (cookie, fields) = kiosk_form(kiosk, "uk", "praha").await;
    let body = encode_form(&pairs(&fields, &[("alias", alias), ("step", "submit")]));
    let request = request(Method::POST, "/uk/appointment", Some(&cookie), body);
    let reference = sent_reference(&send(kiosk, request).await);

    // A translator saves a draft with markup in every line of text, a reviewer publishes it
    // (only published text reaches people); then she saves markup in the body too, which the
    // checks keep from being published but the workspace shows; and she comments with more.
    let olena = ws.login("olena").await;
    let ivan = ws.login("ivan").await;
    let editor = format!("/translations/uk/{TOPIC}");
    let original = ws.get(&editor, Some(&olena)).await.form_value("body");
    let save = |body: String, action: &'static str| {
        [
            ("title", format!("Хто може подати заяву {SCRIPT}")),
            ("summary", format!("{IMG} {JS_LINK}")),
            ("body", body),
            ("keywords", format!("{SCRIPT}, {IMG}")),
            ("action", action.to_owned()),
        ]
    };
    let fields = save(original.clone(), "save");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = ws.post(&editor, &olena, &fields).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let fields = save(original.clone(), "publish");
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let published = ws.post(&editor, &ivan, &fields).await;
    assert!(published.body.contains("Zveřejněno"), "{}", published.body);
    let draft = save(format!("{original}\n\n{JS_LINK} {SCRIPT} {IMG}"), "save");
    let draft: Vec<(&str, &str)> = draft.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = ws.post(&editor, &olena, &draft).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let comment = format!("{SCRIPT} {IMG} {JS_LINK}");
    let commented = ws
        .post(&format!("{editor}/comments"), &olena, &[("body", &comment)])
        .await;
    assert_eq!(commented.status, StatusCode::SEE_OTHER);

    // The coordinator puts a tag in a kiosk UI string: kept as text, or refused cleanly.
    let eva = ws.login("eva").await;
    let message = [("id", "home-title"), ("value", "<b>x</b>")];
    let ui = ws.post("/strings/uk/kiosk", &eva, &message).await;
    let ui_shown: &[&str] = match ui.status {
        StatusCode::OK => &["&#60;b&#62;x&#60;/b&#62;"],
        StatusCode::UNPROCESSABLE_ENTITY => &[],
        other => panic!("saving a UI string with a tag: {other}"),
    };
    assert_inert("the UI string saved", &ui);

    // A counsellor declines with markup in the note.
    let petr = ws.login("petr").await;
    let detail = format!("/requests/{reference}");
    let note = format!("{SCRIPT} {IMG}");
    let decline = [
        ("action", "decline"),
        ("reason", "capacity"),
        ("note", &note),
    ];
    let declined = ws.post(&detail, &petr, &decline).await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.body);

    // Everywhere it comes back: shown, and only as text.
    let listed = ReferenceCode::parse(&reference).unwrap().to_string();
    let alias_escaped = "&#60;img src=x onerror=alert(1)&#62;";
    let draft_shown = vec![SCRIPT_ESCAPED, IMG_ESCAPED, JS_LINK];
    let topic = format!("/uk/topics/{TOPIC}");
    let status = format!("/uk/appointment/{reference}");
    let pages = [
        (app, editor.as_str(), Some(&olena), draft_shown.clone()),
        (app, &editor, Some(&ivan), draft_shown.clone()),
        (app, "/translations/uk", Some(&olena), vec![]),
        (app, "/strings/uk/kiosk", Some(&eva), ui_shown.to_vec()),
        (
            app,
            &detail,
            Some(&petr),
            vec![alias_escaped, SCRIPT_ESCAPED, IMG_ESCAPED],
        ),
        (
            app,
            &detail,
            Some(&eva),
            vec![alias_escaped, SCRIPT_ESCAPED],
        ),
        (
            app,
            "/requests?status=all",
            Some(&eva),
            vec![listed.as_str()],
        ),
        (app, "/audit", Some(&eva), vec![]),
        (kiosk, &topic, None, draft_shown.clone()),
        (
            kiosk,
            "/uk/",
            None,
            [&[SCRIPT_ESCAPED, IMG_ESCAPED][..], ui_shown].concat(),
        ),
        (kiosk, "/uk/search?q=alert", None, vec![SCRIPT_ESCAPED]),
        (kiosk, &status, None, vec![SCRIPT_ESCAPED, IMG_ESCAPED]),
    ];
    let mut probe = Probe::default();
    for (router, path, who, shown) in pages {
        let page = probe.get(router, path, who, 200).await;
        for text in shown {
            assert!(page.body.contains(text), "{path} does not show {text}");
        }
        assert_inert(path, &page);
    }
}
