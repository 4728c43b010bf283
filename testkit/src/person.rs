//! A person in a chat with the bot: types, sends a sticker, taps only buttons the bot sent,
//! and sees what the bot answered. Their first message is `/start`, as Telegram's Start button
//! sends, and a press is always of a button on a message the bot sent to them: the test of a
//! dialogue is the dialogue a person can have.

use serde_json::Value;

use crate::telegram::{Call, FakeTelegram, Shown, typed_text};

/// What the bot did after one thing the person did.
#[derive(Debug)]
pub struct Reply {
    /// New messages, as shown now.
    pub sent: Vec<Shown>,
    /// Messages changed in place, as shown now.
    pub edited: Vec<Shown>,
    /// The alert the press was answered with.
    pub alert: Option<String>,
}

impl Reply {
    /// The message the person looks at now: the last new one, else the last edited.
    pub fn last(&self) -> &Shown {
        self.sent
            .last()
            .or(self.edited.last())
            .unwrap_or_else(|| panic!("no reply: {self:?}"))
    }

    /// All texts of the reply.
    pub fn text(&self) -> String {
        self.sent
            .iter()
            .chain(&self.edited)
            .map(|m| m.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The labels of the buttons the person sees now.
    pub fn labels(&self) -> Vec<String> {
        self.last().buttons.iter().map(|(l, _)| l.clone()).collect()
    }
}

/// A person in a private chat with the bot, who types and taps only what the bot shows.
pub struct Person {
    /// The fake Telegram the person's phone talks to.
    pub fake: FakeTelegram,
    /// Their private chat with the bot.
    pub chat: i64,
    /// The language their Telegram client reports, if any (`uk`, `zh-hans` …).
    pub language: Option<&'static str>,
}

impl Person {
    /// A person in chat `chat` whose client reports `language`.
    pub fn new(fake: &FakeTelegram, chat: i64, language: Option<&'static str>) -> Self {
        Person {
            fake: fake.clone(),
            chat,
            language,
        }
    }

    fn reply_since(&self, mark: usize, before: i64, calls: &[Call]) -> Reply {
        let shown = self.fake.shown(self.chat);
        let edited_ids: Vec<i64> = calls
            .iter()
            .filter(|c| c.method == "editmessagetext")
            .filter_map(|c| c.params["message_id"].as_i64())
            .collect();
        let _ = mark;
        Reply {
            sent: shown
                .iter()
                .filter(|m| m.message_id > before)
                .cloned()
                .collect(),
            edited: shown
                .iter()
                .filter(|m| m.message_id <= before && edited_ids.contains(&m.message_id))
                .cloned()
                .collect(),
            alert: calls
                .iter()
                .find(|c| c.method == "answercallbackquery")
                .and_then(|c| c.params["text"].as_str().map(str::to_owned)),
        }
    }

    fn newest_id(&self) -> i64 {
        self.fake
            .shown(self.chat)
            .iter()
            .map(|m| m.message_id)
            .max()
            .unwrap_or(0)
    }

    /// Sends a message with `fields` and waits for `n` messages sent or edited in reply.
    pub async fn sends_n(&self, fields: Value, n: usize) -> Reply {
        // A person's first contact with the bot is /start, as Telegram's Start button sends.
        assert!(
            !self.fake.shown(self.chat).is_empty()
                || fields["text"]
                    .as_str()
                    .is_some_and(|t| t.starts_with("/start")),
            "a dialogue starts from /start, not {fields}"
        );
        let mark = self.fake.calls().len();
        let before = self.newest_id();
        self.fake
            .send_message_with(self.chat, self.language, fields);
        let start = std::time::Instant::now();
        loop {
            let calls: Vec<Call> = self.fake.calls()[mark..]
                .iter()
                .filter(|c| {
                    matches!(c.method.as_str(), "sendmessage" | "editmessagetext")
                        && c.params["chat_id"].as_i64() == Some(self.chat)
                })
                .cloned()
                .collect();
            if calls.len() >= n {
                return self.reply_since(mark, before, &calls);
            }
            assert!(
                start.elapsed() < std::time::Duration::from_secs(20),
                "no reply to chat {}: {:?}",
                self.chat,
                self.fake.bad_requests()
            );
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    }

    /// Types `text` (a command when it starts with `/`); waits for one reply.
    pub async fn says(&self, text: &str) -> Reply {
        self.says_n(text, 1).await
    }

    /// Types `text`; waits for `n` replies.
    pub async fn says_n(&self, text: &str, n: usize) -> Reply {
        self.sends_n(typed_text(text), n).await
    }

    /// Taps the button labelled `label` on the last message the bot sent; waits until the
    /// press is answered (the bot answers when it is done) and checks it was answered once.
    pub async fn taps(&self, label: &str) -> Reply {
        let last = self.fake.last_shown(self.chat);
        self.taps_on(last.message_id, label).await
    }

    /// Taps a button on an earlier message of the bot's, as a person scrolling up can.
    pub async fn taps_on(&self, message_id: i64, label: &str) -> Reply {
        let mark = self.fake.calls().len();
        let before = self.newest_id();
        let press = self.fake.press_on(self.chat, message_id, label);
        let calls = self.fake.wait_answered(&press, mark).await;
        assert_eq!(self.fake.answers(&press), 1, "{label:?} answered once");
        let mine: Vec<Call> = calls
            .into_iter()
            .filter(|c| {
                c.params["chat_id"].as_i64() == Some(self.chat)
                    || c.params["callback_query_id"].as_str() == Some(&press)
            })
            .collect();
        self.reply_since(mark, before, &mine)
    }
}
