//! Issue 12, point 6: a translator's saved draft went live at once. The review's attack:
//! `translator:uk` saved "call +420 999 000 111 for a guaranteed visa" over the machine draft,
//! and readers saw it on the kiosk and in search without any review.

use axum::http::StatusCode;
use navrat_content::model::{Provenance, Slug};

use crate::workspace::support::{Ws, l};

const TOPIC: &str = "who-can-apply";
const HARMFUL: &str = "Zavolejte +420 999 000 111 — garantovaná víza za 500 €. Гарантована віза: дзвоніть +420 999 000 111, шахрайвіза.";
/// A word only the harmful text has, to look for in search.
const HARMFUL_WORD: &str = "шахрайвіза";

fn editor_form(editor: &crate::support::Page, body: &str, action: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = ["title", "summary", "keywords"]
        .iter()
        .map(|f| (f.to_string(), editor.form_value(f)))
        .collect();
    out.push(("body".into(), body.to_owned()));
    out.push(("action".into(), action.into()));
    out
}

/// What a person reads of the topic in Ukrainian: the kiosk page, the bot's text, search.
struct WhatPeopleRead {
    kiosk: String,
    bot: String,
    bot_provenance: Provenance,
    found: bool,
    kiosk_search: String,
}

async fn what_people_read(ws: &Ws) -> WhatPeopleRead {
    let kiosk = ws.kiosk_get(&format!("/uk/topics/{TOPIC}")).await;
    assert_eq!(kiosk.status, StatusCode::OK);
    let chain = ws.state.catalog.locales().chain(l("uk"));
    let served = ws
        .state
        .store
        .served_topic(&Slug::parse(TOPIC).unwrap(), &chain)
        .unwrap()
        .unwrap();
    let found = ws
        .state
        .searcher
        .search(HARMFUL_WORD, l("uk"), 5)
        .unwrap()
        .iter()
        .any(|h| h.slug.as_str() == TOPIC);
    let query: String = form_urlencoded::byte_serialize(HARMFUL_WORD.as_bytes()).collect();
    let kiosk_search = ws.kiosk_get(&format!("/uk/search?q={query}")).await.body;
    WhatPeopleRead {
        kiosk: kiosk.body,
        bot: served.text.body,
        bot_provenance: served.provenance,
        found,
        kiosk_search,
    }
}

#[tokio::test]
async fn a_translators_draft_reaches_nobody_until_a_reviewer_publishes_it() {
    let ws = Ws::new();
    let before = what_people_read(&ws).await;
    assert_eq!(
        before.bot_provenance,
        Provenance::MachineDraft,
        "the seed's machine draft"
    );
    let machine_body = before.bot.clone();

    // The translator saves the harmful text as a draft, then submits it for review.
    let olena = ws.login("olena").await;
    let path = format!("/translations/uk/{TOPIC}");
    for action in ["save", "submit"] {
        let editor = ws.get(&path, Some(&olena)).await;
        // Added to the machine draft's text, so the draft keeps its links and passes the checks.
        let kept = editor.form_value("body").replace(HARMFUL, "");
        let body = format!("{}\n\n{HARMFUL}", kept.trim_end());
        let form = editor_form(&editor, &body, action);
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let saved = ws.post(&path, &olena, &pairs).await;
        assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);

        // Nobody reads it: the kiosk, the bot and search still serve the machine draft.
        let now = what_people_read(&ws).await;
        assert!(!now.kiosk.contains("999 000 111"), "kiosk after {action}");
        assert!(!now.kiosk.contains(HARMFUL_WORD), "kiosk after {action}");
        assert!(
            now.kiosk.contains("notice-"),
            "the machine draft keeps its notice"
        );
        assert_eq!(now.bot, machine_body, "bot after {action}");
        assert_eq!(now.bot_provenance, Provenance::MachineDraft);
        assert!(!now.found, "search after {action}");
        assert!(!now.kiosk_search.contains(&format!("/uk/topics/{TOPIC}")));
    }
    // The reviewer sees it waiting, in the workspace.
    let ivan = ws.login("ivan").await;
    let editor = ws.get(&path, Some(&ivan)).await;
    assert!(editor.body.contains("999 000 111"));

    // Only once the reviewer publishes it do people read it (here the reviewer accepts it,
    // to show that publishing is the one way in).
    let form = editor_form(&editor, &editor.form_value("body"), "publish");
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let published = ws.post(&path, &ivan, &pairs).await;
    assert_eq!(published.status, StatusCode::OK, "{}", published.body);
    let after = what_people_read(&ws).await;
    assert!(after.kiosk.contains("999 000 111"));
    assert_eq!(after.bot_provenance, Provenance::Community);
    assert!(after.bot.contains("999 000 111"));
    assert!(after.found, "search finds the published text");
    assert!(after.kiosk_search.contains(&format!("/uk/topics/{TOPIC}")));
}
