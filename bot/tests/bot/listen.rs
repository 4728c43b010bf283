//! Listen: a topic as a voice message, and a person's own voice message answered kindly.

use navrat_testkit::person::Person;
use navrat_testkit::telegram::{Call, is_ogg_opus};
use navrat_testkit::text as t;

use crate::conversation::fresh_bot;

fn voice_calls(calls: &[Call], chat: i64) -> Vec<Call> {
    calls
        .iter()
        .filter(|c| c.method == "sendvoice" && c.params["chat_id"].as_i64() == Some(chat))
        .cloned()
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listen_sends_the_topic_as_ogg_opus_once_then_by_file_id() {
    navrat_testkit::logs::capture();
    let running = fresh_bot().await;
    // Long enough not to turn up by chance in a port number or a duration in the logs.
    let chat = 7_340_219_601;
    let person = Person::new(&running.fake, chat, Some("uk"));
    let l = |id: &str| t("uk", id);

    person.says("/start").await;
    let results = person.says("повернення").await;
    let (title, _) = results
        .last()
        .buttons
        .iter()
        .find(|(_, data)| data.starts_with("topic:"))
        .cloned()
        .unwrap_or_else(|| panic!("a topic among the results: {results:?}"));
    let topic = person.taps(&title).await;
    let listen = l("bot-listen");
    assert!(
        topic.labels().contains(&listen),
        "every topic offers 🔊 Listen: {:?}",
        topic.labels()
    );
    let topic_message = topic.last().message_id;

    let mark = running.fake.calls().len();
    person.taps_on(topic_message, &listen).await;
    let sent = voice_calls(&running.fake.calls()[mark..], chat);
    assert_eq!(sent.len(), 1, "one voice message");
    let upload = &sent[0].params["voice_upload"];
    assert_eq!(upload["ogg_opus"], true, "uploaded as Ogg/Opus: {upload}");
    assert!(upload["bytes"].as_u64().unwrap() > 4_000, "{upload}");
    let caption = sent[0].params["caption"].as_str().unwrap();
    assert!(caption.contains(&l("listen-machine-voice")), "{caption}");

    // The second press sends what Telegram keeps, by its file_id: no upload.
    let mark = running.fake.calls().len();
    person.taps_on(topic_message, &listen).await;
    let again = voice_calls(&running.fake.calls()[mark..], chat);
    assert_eq!(again.len(), 1);
    assert!(
        again[0].params.get("voice_upload").is_none(),
        "not uploaded again"
    );
    let file_id = again[0].params["voice"].as_str().unwrap();
    assert!(file_id.starts_with("VOICE-"), "{file_id}");

    let logs = navrat_testkit::logs::captured();
    assert!(!logs.contains(&chat.to_string()), "no chat id in the logs");
    running.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_voice_message_from_a_person_gets_a_kind_answer_in_their_language() {
    let running = fresh_bot().await;
    for (chat, locale) in [(9611, "ar"), (9612, "vi")] {
        let person = Person::new(&running.fake, chat, Some(locale));
        person.says("/start").await;
        let voice = serde_json::json!({"voice": {"file_id": "v1", "file_unique_id": "uv1",
            "duration": 3, "mime_type": "audio/ogg", "file_size": 9000}});
        let answer = person.sends_n(voice, 1).await;
        assert!(
            answer.text().contains(&t(locale, "bot-voice-not-heard")),
            "{locale}: {answer:?}"
        );
        let audio = serde_json::json!({"audio": {"file_id": "a1", "file_unique_id": "ua1",
            "duration": 30, "mime_type": "audio/mpeg"}});
        let answer = person.sends_n(audio, 1).await;
        assert!(answer.text().contains(&t(locale, "bot-voice-not-heard")));
        // Nothing was downloaded: the bot never asked Telegram for the file.
        assert!(
            !running.fake.calls().iter().any(|c| c.method == "getfile"),
            "the voice message is not fetched or kept"
        );
    }
    running.stop().await;
}

#[test]
fn the_fake_refuses_a_voice_message_that_is_not_ogg_opus() {
    let wav = b"RIFF\x24\x00\x00\x00WAVEfmt ";
    assert!(!is_ogg_opus(wav));
    assert!(!is_ogg_opus(b"OggS"));
}
