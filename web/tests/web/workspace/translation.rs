//! Translation work as translators, reviewers and coordinators do it, checked where people
//! read the result: the kiosk and search.

use axum::http::StatusCode;
use navrat_content::i18n::Catalog;
use navrat_content::model::Slug;

use super::support::{Session, Ws, l};
use crate::support::{Page, repo};

const TOPIC: &str = "who-can-apply";

/// The editor's text fields as a form, with `body` changed by `edit` and an action.
fn form_of(editor: &Page, edit: impl Fn(String) -> String, action: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = ["title", "summary", "body", "keywords"]
        .iter()
        .map(|f| (f.to_string(), editor.form_value(f)))
        .collect();
    out[2].1 = edit(out[2].1.clone());
    out.push(("action".into(), action.into()));
    out
}

async fn post_form(ws: &Ws, path: &str, who: &Session, form: &[(String, String)]) -> Page {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    ws.post(path, who, &pairs).await
}

/// Olena translates (from the machine draft), Ivan publishes: the Ukrainian text is current.
async fn publish_ukrainian(
    ws: &Ws,
    olena: &Session,
    ivan: &Session,
    edit: impl Fn(String) -> String,
) {
    let path = format!("/translations/uk/{TOPIC}");
    let editor = ws.get(&path, Some(olena)).await;
    let submitted = post_form(ws, &path, olena, &form_of(&editor, &edit, "submit")).await;
    assert_eq!(submitted.status, StatusCode::OK, "{}", submitted.body);
    assert!(submitted.body.contains("Odesláno ke kontrole"));
    let editor = ws.get(&path, Some(ivan)).await;
    let published = post_form(ws, &path, ivan, &form_of(&editor, |b| b, "publish")).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.body);
    assert!(
        published.body.contains("Zveřejněno: lidé ho teď čtou"),
        "{}",
        published.body
    );
}

#[tokio::test]
async fn the_outdated_cycle_ends_with_the_new_text_served_and_found() {
    let ws = Ws::new();
    let (olena, ivan, eva) = (
        ws.login("olena").await,
        ws.login("ivan").await,
        ws.login("eva").await,
    );
    let revision = ws.source_revision(TOPIC);
    publish_ukrainian(&ws, &olena, &ivan, |b| b).await;
    let dashboard = ws.get("/translations/uk", Some(&olena)).await;
    assert!(dashboard.body.contains("state-published"));
    let kiosk = ws.kiosk_get(&format!("/uk/topics/{TOPIC}")).await;
    assert!(!kiosk.body.contains("notice-outdated"));

    // The coordinator changes the Czech source.
    let source = ws.get(&format!("/source/{TOPIC}"), Some(&eva)).await;
    let mut form: Vec<(String, String)> = ["title", "summary", "body", "keywords"]
        .iter()
        .map(|f| (f.to_string(), source.form_value(f)))
        .collect();
    form[2]
        .1
        .push_str("\n\nNově platí, že se můžete přihlásit i na pobočce.");
    form.push(("sample_data".into(), "1".into()));
    let saved = post_form(&ws, &format!("/source/{TOPIC}"), &eva, &form).await;
    assert!(
        saved.body.contains("Uloženo jako nová revize"),
        "{}",
        saved.body
    );
    assert_eq!(ws.source_revision(TOPIC), revision + 1);

    // The Ukrainian translation is outdated everywhere it shows.
    let dashboard = ws.get("/translations/uk", Some(&olena)).await;
    assert!(dashboard.body.contains("state-outdated"));
    let kiosk = ws.kiosk_get(&format!("/uk/topics/{TOPIC}")).await;
    assert!(kiosk.body.contains("notice-outdated"), "people are told");
    // The editor shows what changed.
    let editor = ws
        .get(&format!("/translations/uk/{TOPIC}"), Some(&olena))
        .await;
    assert!(editor.body.contains("<ins>"), "a diff of the source");
    assert!(editor.body.contains("pobočce"));

    // Olena updates it, Ivan publishes: served as current, and search finds the new word.
    publish_ukrainian(&ws, &olena, &ivan, |b| {
        format!("{b}\n\nТепер можна звернутися й до зорепадної філії.")
    })
    .await;
    let dashboard = ws.get("/translations/uk", Some(&olena)).await;
    assert!(!dashboard.body.contains("state-outdated"));
    let kiosk = ws.kiosk_get(&format!("/uk/topics/{TOPIC}")).await;
    assert!(!kiosk.body.contains("notice-outdated"), "current again");
    assert!(kiosk.body.contains("зорепадної"));
    let hits = ws.state.searcher.search("зорепадної", l("uk"), 3).unwrap();
    assert_eq!(hits.first().map(|h| h.slug.as_str()), Some(TOPIC));
    let search = ws
        .kiosk_get("/uk/search?q=%D0%B7%D0%BE%D1%80%D0%B5%D0%BF%D0%B0%D0%B4%D0%BD%D0%BE%D1%97")
        .await;
    assert!(search.body.contains(&format!("/uk/topics/{TOPIC}")));
    // The audit log says who did what.
    let audit = ws.state.store.audit_entries(50).unwrap();
    let did =
        |actor: &str, action: &str| audit.iter().any(|e| e.actor == actor && e.action == action);
    assert!(
        did("eva", "source.edit")
            && did("olena", "translation.save")
            && did("ivan", "translation.publish")
    );
}

#[tokio::test]
async fn checks_block_publishing_a_text_that_lost_a_link_and_warn_about_numbers() {
    let ws = Ws::new();
    let eva = ws.login("eva").await;
    let path = format!("/translations/uk/{TOPIC}");
    let source = ws
        .state
        .store
        .topic(&Slug::parse(TOPIC).unwrap())
        .unwrap()
        .unwrap();
    let link = navrat_content::markdown::links(&source.source.text.body);
    assert!(!link.is_empty(), "the topic has links to check");
    let editor = ws.get(&path, Some(&eva)).await;
    // Without links: every "](" target is cut away.
    let no_links = |b: String| {
        b.split("](")
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part.to_owned()
                } else {
                    part.split_once(')')
                        .map_or(String::new(), |x| x.1.to_owned())
                }
            })
            .collect::<String>()
    };
    post_form(&ws, &path, &eva, &form_of(&editor, no_links, "save")).await;
    let editor = ws.get(&path, Some(&eva)).await;
    assert!(editor.body.contains("Chybí odkaz ze zdroje"));
    let refused = post_form(&ws, &path, &eva, &form_of(&editor, |b| b, "publish")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("Kontroly našly chyby"));
    let kiosk = ws.kiosk_get(&format!("/uk/topics/{TOPIC}")).await;
    assert!(kiosk.body.contains("notice"), "still the unreviewed draft");

    // Fixed (the source's links back), it is published.
    let fixed = vec![
        ("title".to_owned(), "Хто може подати заяву".to_owned()),
        ("summary".to_owned(), "Коротко.".to_owned()),
        (
            "body".to_owned(),
            format!("{}\n\nДодаток.", source.source.text.body),
        ),
        ("keywords".to_owned(), String::new()),
        ("action".to_owned(), "save".to_owned()),
    ];
    post_form(&ws, &path, &eva, &fixed).await;
    let editor = ws.get(&path, Some(&eva)).await;
    assert!(!editor.body.contains("Chybí odkaz ze zdroje"));
    let page = post_form(&ws, &path, &eva, &form_of(&editor, |b| b, "publish")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Zveřejněno"));
}

#[tokio::test]
async fn comments_reach_the_reviewer_and_empty_ones_are_refused() {
    let ws = Ws::new();
    let olena = ws.login("olena").await;
    let path = format!("/translations/uk/{TOPIC}/comments");
    let ok = ws
        .post(
            &path,
            &olena,
            &[("body", "Не впевнена щодо терміну «азил» <b>")],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let empty = ws.post(&path, &olena, &[("body", "   ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Komentář musí mít 1 až 2000 znaků"));
    let ivan = ws.login("ivan").await;
    let editor = ws
        .get(&format!("/translations/uk/{TOPIC}"), Some(&ivan))
        .await;
    assert!(
        editor
            .body
            .contains("Не впевнена щодо терміну «азил» &#60;b&#62;")
    );
    assert_eq!(editor.body.matches("class=\"comment\"").count(), 1);
}

#[tokio::test]
async fn ui_strings_are_edited_checked_served_at_once_and_exported() {
    let ws = Ws::new();
    let olena = ws.login("olena").await;
    let page = ws.get("/strings/uk/kiosk", Some(&olena)).await;
    assert!(
        page.body.contains("Informace o dobrovolném návratu"),
        "the Czech message beside"
    );
    assert!(
        ws.kiosk_get("/uk/")
            .await
            .body
            .contains("Інформація про добровільне повернення")
    );

    let saved = ws
        .post(
            "/strings/uk/kiosk",
            &olena,
            &[
                ("id", "home-title"),
                ("value", "Усе про добровільне повернення"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::OK);
    assert!(
        ws.kiosk_get("/uk/")
            .await
            .body
            .contains("Усе про добровільне повернення"),
        "served at once"
    );

    let broken = ws
        .post(
            "/strings/uk/kiosk",
            &olena,
            &[("id", "home-title"), ("value", "Усе про { $")],
        )
        .await;
    assert_eq!(broken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(broken.body.contains("Chyba syntaxe Fluent"));
    assert!(
        broken.body.contains("Усе про { $"),
        "what was typed is kept"
    );
    let lost_variable = ws
        .post(
            "/strings/uk/kiosk",
            &olena,
            &[
                ("id", "kiosk-idle-warning"),
                ("value", "Екран очиститься за кілька секунд"),
            ],
        )
        .await;
    assert_eq!(lost_variable.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(lost_variable.body.contains("Chybí proměnná"));
    assert!(
        ws.kiosk_get("/uk/")
            .await
            .body
            .contains("Усе про добровільне повернення"),
        "the good one stays"
    );

    // `navrat export` writes the edited message into the locale's file, which loads again.
    let copy = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(repo().join("locales")).unwrap() {
        let entry = entry.unwrap();
        let to = copy.path().join(entry.file_name());
        std::fs::create_dir_all(&to).unwrap();
        for file in std::fs::read_dir(entry.path()).unwrap() {
            let file = file.unwrap();
            std::fs::copy(file.path(), to.join(file.file_name())).unwrap();
        }
    }
    let messages = ws.state.store.ui_messages().unwrap();
    assert_eq!(messages.len(), 1, "only the accepted edit is kept");
    assert_eq!(
        navrat_content::i18n::export_messages(copy.path(), &messages).unwrap(),
        1
    );
    let written = std::fs::read_to_string(copy.path().join("uk/kiosk.ftl")).unwrap();
    assert!(written.contains("home-title = Усе про добровільне повернення\n"));
    let locales = navrat_content::Locales::load(copy.path()).unwrap();
    let catalog = Catalog::load(copy.path(), &locales).unwrap();
    assert_eq!(
        catalog.text(l("uk"), "home-title"),
        "Усе про добровільне повернення"
    );
    assert_eq!(
        catalog.text(l("uk"), "home-appointment"),
        "Зустріч із консультантом",
        "the rest of the file is kept"
    );
}

#[tokio::test]
async fn a_broken_source_edit_makes_no_revision() {
    let ws = Ws::new();
    let revision = ws.source_revision(TOPIC);
    let eva = ws.login("eva").await;
    let page = ws
        .post(
            &format!("/source/{TOPIC}"),
            &eva,
            &[
                ("title", "Kdo může požádat"),
                ("summary", "S"),
                ("body", "Text s **neuzavřeným tučným."),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.body.contains("Chybné formátování"));
    assert!(page.body.contains("neuzavřeným"), "the text typed is kept");
    assert_eq!(ws.source_revision(TOPIC), revision);
}
