//! The appointment dialogue as people have it: reached from every place the bot offers it,
//! kept through commands and input that does not fit, with stale buttons explained.

use navrat_testkit::person::{Person, Reply};
use navrat_testkit::text as t;

use crate::conversation::{ask_for_meeting, command_menus, fresh_bot, point_name, start_bot};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_appointment_request_starts_from_every_place_a_person_looks() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 9101, Some("uk"));
    let l = |id: &str| t("uk", id);
    let asked = |reply: &Reply| {
        assert!(
            reply.text().contains(&l("appointment-point")),
            "the place question: {reply:?}"
        )
    };
    // The welcome.
    person.says("/start").await;
    asked(&person.taps(&l("bot-menu-appointment")).await);
    person.taps(&l("bot-stop")).await;
    // The end of a topic.
    person.says("/start topic_what-to-bring").await;
    asked(&person.taps(&l("bot-menu-appointment")).await);
    person.taps(&l("bot-stop")).await;
    // "Not what I needed" after search results.
    let results = person.says("квиток").await;
    assert!(results.labels().contains(&l("bot-not-what-i-needed")));
    let offer = person.taps(&l("bot-not-what-i-needed")).await;
    assert!(offer.text().contains(&l("bot-ask-choose")));
    assert!(offer.labels().contains(&l("bot-ask-button")));
    asked(&person.taps(&l("bot-menu-appointment")).await);
    person.taps(&l("bot-stop")).await;
    // Nothing found.
    let nothing = person.says("zzzzqqqq").await;
    assert!(nothing.text().contains(&l("search-no-results")));
    asked(&person.taps(&l("bot-menu-appointment")).await);
    person.taps(&l("bot-stop")).await;
    // The command.
    asked(&person.says("/appointment").await);

    // The command is in the menu of every language, and in a default menu for the rest.
    let menus = command_menus(&running.fake).await;
    assert_eq!(
        menus
            .iter()
            .filter(|m| m["language_code"].is_null())
            .count(),
        1
    );
    for menu in &menus {
        let appointment = menu["commands"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["command"] == "appointment")
            .unwrap_or_else(|| panic!("{menu}"));
        if let Some(code) = menu["language_code"].as_str() {
            assert_eq!(appointment["description"], t(code, "cmd-appointment"));
        }
    }
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn input_that_does_not_fit_a_step_is_answered_and_the_request_is_kept() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 9201, Some("ru"));
    let l = |id: &str| t("ru", id);
    person.says("/start").await;
    person.says("/appointment").await;
    person.taps(&point_name("brno", "ru")).await;
    person.taps(&l("bot-point-choose")).await;
    let open_day = running.store.point("brno").unwrap().unwrap().open_slots()[0].0;
    person.taps(&l(&format!("day-{}", open_day.as_str()))).await;

    // A question typed at a button step is searched; the request waits.
    let results = person.says("билет домой").await;
    assert!(results.text().contains("<b>"), "{results:?}");
    let back = person.taps(&l("bot-continue")).await;
    assert!(
        back.labels().iter().any(|b| b.starts_with('✓')),
        "the chosen day is kept: {back:?}"
    );
    person.taps(&l("kiosk-next")).await;
    let part = running.store.point("brno").unwrap().unwrap().open_slots()[0].1[0];
    person
        .taps(&l(&format!("day-part-{}", part.as_str())))
        .await;
    person.taps(&l("kiosk-next")).await;
    let alias = person.taps(&l("bot-no")).await;
    assert!(alias.text().contains(&l("bot-alias-prompt")));

    // A sticker at the nickname step: only text is read; the question stays the nickname.
    let sticker = person
        .sends_n(
            serde_json::json!({"sticker": {"file_id": "s1", "file_unique_id": "u1", "type": "regular",
                "width": 512, "height": 512, "is_animated": false, "is_video": false}}),
            1,
        )
        .await;
    assert!(
        sticker.text().starts_with(&l("bot-text-only")),
        "{sticker:?}"
    );
    assert!(sticker.text().contains(&l("bot-alias-prompt")));
    // "Стоп" typed is the stop word, not a nickname.
    let stopped = person.says("Стоп").await;
    assert!(stopped.text().contains(&l("bot-stopped")), "{stopped:?}");
    assert!(
        running
            .store
            .appointment_requests_for_chat(9201)
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        running.store.chat_dialogue(9201).unwrap().as_deref(),
        Some("\"Idle\"")
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_locale_has_stop_words_and_they_stop_the_request() {
    let running = fresh_bot().await;
    for (n, info) in navrat_testkit::catalog().locales().all().enumerate() {
        let code: &'static str = info.code.as_str().to_owned().leak();
        let words = t(code, "bot-stop-words");
        let first = words
            .split([',', '،', '、'])
            .next()
            .unwrap()
            .trim()
            .to_owned();
        assert!(!first.is_empty(), "{code} has no stop words");
        let person = Person::new(&running.fake, 9300 + n as i64, Some(code));
        person.says("/start").await;
        person.says("/appointment").await;
        let stopped = person.says(&first).await;
        assert!(
            stopped.text().contains(&t(code, "bot-stopped")),
            "{code} {first:?}: {stopped:?}"
        );
    }
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_in_the_middle_of_a_request_keep_it_and_offer_to_continue() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 9401, Some("en"));
    let l = |id: &str| t("en", id);
    person.says("/start").await;
    person.says("/appointment").await;
    person.taps(&point_name("praha", "en")).await;
    person.taps(&l("bot-point-choose")).await;
    person.taps(&l("day-mon")).await;
    for command in ["/status", "/start", "/cancel"] {
        let reply = person.says(command).await;
        assert!(
            reply.labels().contains(&l("bot-continue")),
            "{command}: {reply:?}"
        );
    }
    let picker = person.says("/language").await;
    assert_eq!(picker.labels().len(), 12);
    let welcome = person.taps("English").await;
    assert!(welcome.text().contains(&l("bot-status-draft")));
    let forget = person.says("/forget").await;
    assert!(forget.text().contains(&l("bot-forget-confirm")));
    person.taps(&l("bot-no")).await;
    let resumed = person.taps(&l("bot-continue")).await;
    assert!(
        resumed.labels().contains(&format!("✓ {}", l("day-mon"))),
        "{resumed:?}"
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stale_and_double_presses_are_explained_and_change_nothing() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 9501, Some("en"));
    let l = |id: &str| t("en", id);
    person.says("/start").await;
    let places = person.taps(&l("bot-menu-appointment")).await;
    let list = places.last().message_id;
    let details = person.taps(&point_name("praha", "en")).await;
    assert_eq!(
        details.edited[0].message_id, list,
        "the list becomes the place in place"
    );
    // The same place tapped again on an old copy: explained, and nothing changes.
    person.says("/status").await;
    let resumed = person.taps(&l("bot-continue")).await;
    let old = person.taps_on(list, &l("bot-point-choose")).await;
    assert!(
        old.text().starts_with(&l("bot-stale-step")),
        "an old message's button: {old:?}"
    );
    let _ = resumed;
    // To the confirmation, shown twice (the person asked /status in between).
    person.taps(&l("bot-point-choose")).await;
    person.taps(&l("day-mon")).await;
    person.taps(&l("kiosk-next")).await;
    person.taps(&l("day-part-morning")).await;
    person.taps(&l("kiosk-next")).await;
    person.taps(&l("bot-no")).await;
    person.taps(&l("bot-skip")).await;
    person.taps(&l("bot-skip")).await;
    let confirm = person.taps(&l("appointment-consent-agree")).await;
    let first_confirm = confirm.last().message_id;
    person.says("/status").await;
    person.taps(&l("bot-continue")).await;
    let sent = person.taps(&l("appointment-submit")).await;
    assert!(sent.text().contains(&l("appointment-sent")));
    // The old Send: explained, no second request.
    let old_send = person
        .taps_on(first_confirm, &l("appointment-submit"))
        .await;
    assert!(
        old_send.text().contains(&l("bot-stale-button")),
        "{old_send:?}"
    );
    assert_eq!(
        running
            .store
            .appointment_requests_for_chat(9501)
            .unwrap()
            .len(),
        1
    );

    // After /forget, an old button still gets an answer.
    person.says("/forget").await;
    let forgotten = person.taps(&l("bot-yes")).await;
    assert!(forgotten.text().contains(&l("bot-forget-history")));
    let after = person
        .taps_on(first_confirm, &l("appointment-submit"))
        .await;
    assert!(after.text().contains(&l("bot-stale-button")), "{after:?}");
    assert!(
        running
            .store
            .appointment_requests_for_chat(9501)
            .unwrap()
            .is_empty()
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_digits_are_a_phone_number_and_lists_use_the_arabic_comma() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 9601, Some("ar"));
    let l = |id: &str| t("ar", id);
    person.says("/start").await;
    person.says("/appointment").await;
    person.taps(&point_name("praha", "ar")).await;
    person.taps(&l("bot-point-choose")).await;
    let open: Vec<String> = running.store.point("praha").unwrap().unwrap().open_slots()[..2]
        .iter()
        .map(|(d, _)| d.as_str().to_owned())
        .collect();
    for day in &open {
        person.taps(&l(&format!("day-{day}"))).await;
    }
    person.taps(&l("kiosk-next")).await;
    person.taps(&l("day-part-morning")).await;
    person.taps(&l("kiosk-next")).await;
    person.taps(&l("bot-no")).await;
    person.taps(&l("bot-skip")).await;
    let consent = person.says("+٤٢٠ ٧٧٧ ١٢٣ ٤٥٦").await;
    assert!(
        consent.text().contains(&l("appointment-consent-title")),
        "{consent:?}"
    );
    let confirm = person.taps(&l("appointment-consent-agree")).await;
    assert!(confirm.text().contains("+420777123456"));
    let days = format!(
        "{}، {}",
        l(&format!("day-{}", open[0])),
        l(&format!("day-{}", open[1]))
    );
    assert!(confirm.text().contains(&days), "{days} in {confirm:?}");
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn places_come_counselling_points_first_and_show_their_details_before_choosing() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 9701, Some("en"));
    let l = |id: &str| t("en", id);
    person.says("/start").await;
    let places = person.says("/appointment").await;
    let labels = places.labels();
    assert!(labels.iter().all(|b| !b.contains('✓')), "{labels:?}");
    assert_eq!(labels[0], point_name("praha", "en"), "{labels:?}");
    let first_detention = labels
        .iter()
        .position(|b| b == &point_name("zzc-balkova", "en"))
        .unwrap();
    let last_regional = labels
        .iter()
        .position(|b| b == &point_name("plzen", "en"))
        .unwrap();
    assert!(first_detention > last_regional, "{labels:?}");
    assert!(places.text().contains(&l("bot-point-hint")));
    let point = running.store.point("zzc-balkova").unwrap().unwrap();
    let details = person.taps(&point_name("zzc-balkova", "en")).await;
    let text = details.text();
    let en = &point.text[&navrat_content::Locale::parse("en").unwrap()];
    for shown in [
        &en.address,
        &en.visiting_rules,
        &l("notice-sample-data"),
        &l("point-kind-detention"),
    ] {
        assert!(text.contains(shown.as_str()), "{shown:?} in {text}");
    }
    assert!(text.contains("09:00–13:00"), "{text}");
    // Back to the list, nothing chosen yet.
    let back = person.taps(&l("bot-back")).await;
    assert_eq!(back.labels()[0], point_name("praha", "en"));
    assert!(
        running
            .store
            .chat_dialogue(9701)
            .unwrap()
            .unwrap()
            .contains("\"Point\"")
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelling_asks_first_and_forgetting_says_what_stays_on_the_phone() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 9801, Some("cs"));
    let l = |id: &str| t("cs", id);
    person.says("/start").await;
    let reference = ask_for_meeting(&person, "cs", "Jana").await;
    let pick = person.says("/cancel").await;
    let label = pick.labels()[0].clone();
    assert!(label.starts_with(&reference));
    let question = person.taps(&label).await;
    assert!(question.text().contains(&reference) && question.labels().contains(&l("bot-no")));
    let kept = person.taps(&l("bot-no")).await;
    assert!(kept.text().contains(&reference));
    let open = |s: &navrat_content::Store| {
        !s.appointment_requests_for_chat(9801).unwrap()[0]
            .status
            .is_closed()
    };
    assert!(open(&running.store), "one tap cancels nothing");
    person.says("/cancel").await;
    person.taps(&label).await;
    let done = person.taps(&l("bot-yes")).await;
    assert!(done.text().contains(&reference));
    assert!(!open(&running.store));
    person.says("/forget").await;
    let forgotten = person.taps(&l("bot-yes")).await;
    assert!(forgotten.text().contains(&l("bot-forget-history")));
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn traditional_chinese_clients_are_told_simplified_is_what_exists() {
    let running = fresh_bot().await;
    for (n, tag) in ["zh-hant", "zh-TW", "zh-Hant-HK"].into_iter().enumerate() {
        let person = Person::new(&running.fake, 9900 + n as i64, Some(tag));
        let welcome = person.says("/start").await;
        assert!(
            welcome.text().starts_with(&t("zh", "bot-simplified-only")),
            "{tag}: {welcome:?}"
        );
    }
    let simplified = Person::new(&running.fake, 9910, Some("zh-hans"));
    let welcome = simplified.says("/start").await;
    assert!(welcome.text().starts_with(&t("zh", "bot-welcome")));
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn search_results_show_a_piece_of_each_text_with_the_matched_words() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 9920, Some("uk"));
    person.says("/start").await;
    let results = person.says("квиток").await;
    let text = results.text();
    // Each result: its title, then a piece of text where the word found is in bold.
    assert!(text.matches("<b>1. ").count() == 1, "{text}");
    let marked: Vec<&str> = text
        .split("<b>")
        .skip(1)
        .filter_map(|s| s.split("</b>").next())
        .filter(|s| !s.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .collect();
    assert!(
        marked.iter().any(|m| m.to_lowercase().starts_with("квит")),
        "the matched word is marked: {text}"
    );
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outcome_of_send_is_visible_with_status_after_a_restart() {
    let running = fresh_bot().await;
    let person = Person::new(&running.fake, 9930, Some("en"));
    let l = |id: &str| t("en", id);
    person.says("/start").await;
    person.says("/appointment").await;
    person.taps(&point_name("brno", "en")).await;
    // The bot restarts before the request is sent: /status says it is not sent, and offers it.
    let (fake, dir) = running.stop().await;
    let running = start_bot(fake, dir).await;
    let status = person.says("/status").await;
    assert!(status.text().contains(&l("bot-status-draft")), "{status:?}");
    assert!(!status.text().contains(&l("bot-status-none")));
    let resumed = person.taps(&l("bot-continue")).await;
    assert!(resumed.labels().contains(&l("bot-point-choose")));
    person.says("/start").await;
    person.taps(&l("bot-continue")).await;
    person.taps(&l("bot-stop")).await;
    person.says("/start").await;
    let reference = ask_for_meeting(&person, "en", "Sam").await;
    // Restarted after Send: the request is there, with where it stands.
    let (fake, dir) = running.stop().await;
    let running = start_bot(fake, dir).await;
    let status = person.says("/status").await;
    assert!(status.text().contains(&reference), "{status:?}");
    assert!(status.text().contains(&l("status-new")));
    assert!(!status.text().contains(&l("bot-status-draft")));
    running.stop().await;
}
