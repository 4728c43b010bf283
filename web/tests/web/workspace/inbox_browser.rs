//! The inbox of questions in headless Chromium, as counsellors use it: a uk-speaking
//! counsellor signs in, sees only the uk questions, takes one, picks a saved reply, edits it
//! and sends it, adds an internal note (which looks like nothing the person receives), marks a
//! protection concern and hands over; a coordinator finds the protection concern on top of the
//! unassigned tab and reads a Persian question right to left in a Czech workspace; then the
//! workspace in Persian. Screenshots go to `docs/screenshots/inbox-*.png`.

use fantoccini::{Client, Locator};
use navrat_web::WorkspaceConfig;

use super::inbox::{ask_at, ask_at_place};
use super::support::{Ws, l};
use crate::browser::{
    browser_sized, chromedriver, click, html_dir, path, serve_workspace, shot, sign_in, sign_out,
    switch_language, text, wait_for,
};

/// The injected clock: waiting times on the screenshots do not depend on when they are taken.
const NOW: i64 = 2_000_000_000;
const HOUR: i64 = 3600;

fn fixed_now() -> i64 {
    NOW
}

/// The direction text of the first element matching `css` is laid out in.
async fn direction(c: &Client, css: &str) -> String {
    let script = format!("return getComputedStyle(document.querySelector(\"{css}\")).direction");
    c.execute(&script, vec![])
        .await
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// The references of the rows of the inbox table shown, top to bottom.
async fn listed(c: &Client) -> Vec<String> {
    let mut references = Vec::new();
    for cell in c
        .find_all(Locator::Css("table.inbox tbody tr td:first-child code"))
        .await
        .unwrap()
    {
        references.push(cell.text().await.unwrap());
    }
    references
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_uk_counsellor_answers_notes_and_hands_over_and_the_coordinator_sees_concerns_first() {
    let ws = Ws::with_config(WorkspaceConfig {
        now: fixed_now,
        ..WorkspaceConfig::default()
    });
    let store = &ws.state.store;
    store
        .set_staff_languages("jana", &[l("uk")], "test")
        .unwrap();
    let olena = store.staff_user("olena").unwrap().unwrap();
    store
        .save_reply(
            None,
            l("uk"),
            "Повернення з родиною",
            "Так, ваша дружина може повернутися разом з вами.",
            &olena,
            NOW - 48 * HOUR,
        )
        .unwrap();
    store
        .save_reply(
            None,
            l("uk"),
            "Документи",
            "Візьміть із собою паспорт або інший документ.",
            &olena,
            NOW - 48 * HOUR,
        )
        .unwrap();
    let fa_text = "آیا می‌توانم با همسرم به کشورم برگردم؟ پاسپورت ندارم.";
    let family = ask_at(
        &ws,
        "uk",
        Some(4242),
        "Чи можу я повернутися разом із дружиною?",
        NOW - 3 * HOUR,
    );
    let fa = ask_at(&ws, "fa", None, fa_text, NOW - 30 * HOUR);
    // Asked on the kiosk of the Balková detention facility: the inbox names the place.
    let ka = ask_at_place(
        &ws,
        "ka",
        "zzc-balkova",
        "შემიძლია დავბრუნდე?",
        NOW - 5 * HOUR,
    );
    let frightened = ask_at(
        &ws,
        "uk",
        Some(4343),
        "Роботодавець забрав мій паспорт і погрожує мені.",
        NOW - 20 * 60,
    );
    let older = ask_at(&ws, "uk", None, "Скільки коштує квиток?", NOW - 26 * HOUR);

    let base = serve_workspace(&ws.app).await;
    let driver = chromedriver();
    let c = browser_sized(&driver, "inbox", (1440, 1000)).await;
    c.goto(&format!("{base}/")).await.unwrap();
    sign_in(&c, "petr").await;
    wait_for(&c, "form[action='/logout']").await;
    click(&c, "header nav a[href='/inbox']").await;
    wait_for(&c, "table.inbox").await;

    // Only the uk questions, the longest waiting first; the tabs say how many each holds.
    let uk = [
        older.reference.to_string(),
        family.reference.to_string(),
        frightened.reference.to_string(),
    ];
    assert_eq!(listed(&c).await, uk, "uk only, longest waiting first");
    assert_eq!(
        text(&c, ".inbox-tabs a[aria-current=page] .count").await,
        "3"
    );
    assert!(
        text(&c, ".oldest")
            .await
            .replace(['\u{2068}', '\u{2069}'], "")
            .contains("26 h"),
        "the longest wait is shown"
    );

    // He takes the family question, picks a saved reply, edits it and sends it.
    click(&c, &format!("a[href='/inbox/{}']", family.id)).await;
    wait_for(&c, "button[value=take]").await;
    assert_eq!(
        direction(&c, ".entry.from-person .body").await,
        "ltr",
        "Ukrainian reads left to right"
    );
    click(&c, "button[value=take]").await;
    wait_for(&c, ".replies a").await;
    click(&c, ".replies li:last-child a").await; // by title: "Документи", "Повернення з родиною"
    wait_for(&c, "#answer").await;
    let answer = c.find(Locator::Css("#answer")).await.unwrap();
    assert_eq!(
        answer.prop("value").await.unwrap().unwrap_or_default(),
        "Так, ваша дружина може повернутися разом з вами."
    );
    answer.send_keys(" Візьміть паспорт.").await.unwrap();
    click(&c, "button[value=answer]").await;
    wait_for(&c, ".entry.from-counsellor").await;
    let sent = "Так, ваша дружина може повернутися разом з вами. Візьміть паспорт.";
    assert_eq!(text(&c, ".entry.from-counsellor .body").await, sent);
    let due = store.due_answers(NOW + 1, 10).unwrap();
    assert_eq!(due.len(), 1, "one answer queued for the person's chat");
    assert_eq!((due[0].chat_id, due[0].text.as_str()), (4242, sent));

    // An internal note: marked as unseen by the person, and not among what they read.
    c.find(Locator::Css("#note"))
        .await
        .unwrap()
        .send_keys("Volal jsem na ambasádu, pas vydají do týdne.")
        .await
        .unwrap();
    click(&c, "button[value=note]").await;
    wait_for(&c, ".entry.from-note").await;
    assert!(!text(&c, ".entry.from-note .unseen").await.is_empty());
    assert!(
        c.find(Locator::Css(".entry.from-counsellor .unseen"))
            .await
            .is_err(),
        "an answer is not marked as unseen"
    );
    let person = store
        .conversation_for_person(&family.reference)
        .unwrap()
        .unwrap();
    assert!(person.messages.iter().all(|m| !m.text.contains("ambasádu")));
    shot(&c, "inbox-conversation-cs").await;

    // He hands it over to jana, who speaks uk; it leaves his hands.
    click(&c, "select[name=to] option[value=jana]").await;
    click(&c, "button[value=hand_over]").await;
    wait_for(&c, ".facts").await;
    assert!(text(&c, ".facts").await.contains("jana"));
    assert!(
        c.find(Locator::Css("#answer")).await.is_err(),
        "no answer box on a colleague's question"
    );

    // The threatened person's question: he marks a protection concern.
    c.goto(&format!("{base}/inbox/{}", frightened.id))
        .await
        .unwrap();
    click(&c, "button[value=concern_on]").await;
    wait_for(&c, ".concern-card").await;
    sign_out(&c).await;

    // The coordinator: the protection concern on top of every language, marked in words.
    sign_in(&c, "eva").await;
    wait_for(&c, "form[action='/logout']").await;
    // Chromium asks for English; the coordinator works in Czech.
    switch_language(&c, &base, "cs").await;
    c.goto(&format!("{base}/inbox")).await.unwrap();
    let rows = listed(&c).await;
    assert_eq!(
        rows,
        [
            frightened.reference.to_string(),
            fa.reference.to_string(),
            older.reference.to_string(),
            ka.reference.to_string(),
        ],
        "the concern first, then the longest waiting"
    );
    assert!(
        text(&c, "table.inbox tbody tr:last-child")
            .await
            .contains("Zařízení pro zajištění cizinců Balková"),
        "the kiosk question's place by its name"
    );
    assert_eq!(
        text(&c, "table.inbox tbody tr:first-child .flag.concern").await,
        navrat_testkit::text("cs", "ws-inbox-protection")
    );
    assert!(
        c.find(Locator::Css(
            "table.inbox tbody tr:nth-child(2) .flag.concern"
        ))
        .await
        .is_err()
    );
    shot(&c, "inbox-cs").await;

    // A Persian question reads right to left although the workspace is in Czech.
    c.goto(&format!("{base}/inbox/{}", fa.id)).await.unwrap();
    assert_eq!(html_dir(&c).await, "ltr");
    assert_eq!(text(&c, ".entry.from-person .body").await, fa_text);
    assert_eq!(direction(&c, ".entry.from-person .body").await, "rtl");
    assert_eq!(
        direction(&c, "#answer").await,
        "rtl",
        "and the answer is typed so"
    );
    shot(&c, "inbox-conversation-fa-question-cs").await;

    c.goto(&format!("{base}/replies/uk")).await.unwrap();
    wait_for(&c, "textarea[name=body]").await;
    shot(&c, "inbox-replies-cs").await;

    // The workspace in Persian: the inbox mirrors.
    switch_language(&c, &base, "fa").await;
    c.goto(&format!("{base}/inbox")).await.unwrap();
    assert_eq!(html_dir(&c).await, "rtl");
    assert_eq!(
        listed(&c).await.first(),
        Some(&frightened.reference.to_string())
    );
    shot(&c, "inbox-fa").await;
    c.goto(&format!("{base}/inbox/{}", family.id))
        .await
        .unwrap();
    wait_for(&c, ".entry.from-note").await;
    shot(&c, "inbox-conversation-fa").await;
    assert_eq!(path(&c).await, format!("/inbox/{}", family.id));
    c.close().await.unwrap();
}
