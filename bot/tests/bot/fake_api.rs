//! A fake Telegram Bot API server: axum on 127.0.0.1:0. It serves `getMe`, hands out scripted
//! updates through `getUpdates` (long polling) and records every call the bot makes. Method
//! names are matched case-insensitively (teloxide writes `SendMessage`).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Value, json};

/// One recorded call: the method (lowercase) and its JSON parameters.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub params: Value,
    /// When the call arrived.
    pub at: Instant,
}

#[derive(Default)]
struct Inner {
    updates: VecDeque<Value>,
    next_update_id: i64,
    calls: Vec<Call>,
    next_message_id: i64,
    /// Failures to answer the next sendMessage calls to a chat with: (chat, status, body).
    failures: VecDeque<(i64, StatusCode, Value)>,
    /// When set, Telegram's limits are enforced: (messages a second overall, per chat), and
    /// a message over them gets a 429.
    limits: Option<(usize, usize)>,
    sent: VecDeque<(Instant, i64)>,
    /// 429s answered because of the limits.
    pub too_many: usize,
    /// When each update was handed out.
    pub handed_out: Vec<(i64, Instant)>,
}

/// The fake server; cheap to clone.
#[derive(Clone, Default)]
pub struct FakeTelegram {
    inner: Arc<Mutex<Inner>>,
    pub url: String,
}

pub const TOKEN: &str = "123456:TEST-TOKEN";

impl FakeTelegram {
    /// Starts the server on a free loopback port.
    pub async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        let fake = FakeTelegram {
            inner: Arc::default(),
            url,
        };
        let app = Router::new()
            .route("/{bot}/{method}", axum::routing::post(handle).get(handle))
            .with_state(fake.clone());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        fake
    }

    /// Queues a message from a person.
    pub fn send_text(&self, chat_id: i64, language_code: Option<&str>, text: &str) {
        let mut inner = self.inner.lock().unwrap();
        inner.next_update_id += 1;
        let id = inner.next_update_id;
        let mut from = json!({"id": chat_id, "is_bot": false, "first_name": "Test"});
        if let Some(code) = language_code {
            from["language_code"] = json!(code);
        }
        let mut message = json!({
            "message_id": id * 10, "date": 1_760_000_000, "text": text, "from": from,
            "chat": {"id": chat_id, "type": "private", "first_name": "Test"}
        });
        if text.starts_with('/') {
            let len = text
                .split_whitespace()
                .next()
                .unwrap()
                .encode_utf16()
                .count();
            message["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
        }
        inner
            .updates
            .push_back(json!({"update_id": id, "message": message}));
    }

    /// Queues a button press.
    pub fn press(&self, chat_id: i64, data: &str) {
        let mut inner = self.inner.lock().unwrap();
        inner.next_update_id += 1;
        let id = inner.next_update_id;
        inner
            .updates
            .push_back(json!({"update_id": id, "callback_query": {
                "id": format!("cb{id}"), "chat_instance": "ci", "data": data,
                "from": {"id": chat_id, "is_bot": false, "first_name": "Test"},
                "message": {"message_id": 1, "date": 1_760_000_000, "text": "…",
                            "chat": {"id": chat_id, "type": "private", "first_name": "Test"}}
            }}));
    }

    /// Answers the next sendMessage to `chat_id` with a 429 asking to retry after `seconds`.
    pub fn fail_with_429(&self, chat_id: i64, seconds: u64) {
        let body = json!({"ok": false, "error_code": 429, "description": format!("Too Many Requests: retry after {seconds}"),
                          "parameters": {"retry_after": seconds}});
        self.inner.lock().unwrap().failures.push_back((
            chat_id,
            StatusCode::TOO_MANY_REQUESTS,
            body,
        ));
    }

    /// Answers every later sendMessage to `chat_id` as Telegram does once a person blocked the bot.
    pub fn blocked(&self, chat_id: i64) {
        let body = json!({"ok": false, "error_code": 403, "description": "Forbidden: bot was blocked by the user"});
        for _ in 0..100 {
            self.inner.lock().unwrap().failures.push_back((
                chat_id,
                StatusCode::FORBIDDEN,
                body.clone(),
            ));
        }
    }

    /// Enforces Telegram's limits from now on: a 429 for a message over them.
    pub fn enforce_limits(&self, per_sec_overall: usize, per_sec_chat: usize) {
        self.inner.lock().unwrap().limits = Some((per_sec_overall, per_sec_chat));
    }

    /// 429s answered because of the limits so far.
    pub fn too_many(&self) -> usize {
        self.inner.lock().unwrap().too_many
    }

    /// When each update was handed to the bot, by chat, in order.
    pub fn handed_out(&self) -> Vec<(i64, Instant)> {
        self.inner.lock().unwrap().handed_out.clone()
    }

    /// Every call so far.
    pub fn calls(&self) -> Vec<Call> {
        self.inner.lock().unwrap().calls.clone()
    }

    /// Waits until `count` calls of `method` to `chat_id` were made since `since` calls, and
    /// returns them.
    pub async fn wait_for(
        &self,
        method: &str,
        chat_id: i64,
        since: usize,
        count: usize,
    ) -> Vec<Call> {
        let start = Instant::now();
        loop {
            let calls: Vec<Call> = self.calls()[since..]
                .iter()
                .filter(|c| c.method == method && c.params["chat_id"].as_i64() == Some(chat_id))
                .cloned()
                .collect();
            if calls.len() >= count {
                return calls;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "waited for {count} {method} to {chat_id}; got {calls:?}"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
}

async fn handle(
    State(fake): State<FakeTelegram>,
    Path((bot, method)): Path<(String, String)>,
    body: axum::body::Bytes,
) -> (StatusCode, axum::Json<Value>) {
    if bot != format!("bot{TOKEN}") {
        return (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({"ok": false, "error_code": 401, "description": "Unauthorized"})),
        );
    }
    let method = method.to_lowercase();
    let params: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if method == "getupdates" {
        let offset = params["offset"].as_i64().unwrap_or(0);
        let start = Instant::now();
        loop {
            {
                let mut inner = fake.inner.lock().unwrap();
                inner
                    .updates
                    .retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
                if !inner.updates.is_empty() {
                    let batch: Vec<Value> = inner.updates.iter().cloned().collect();
                    let now = Instant::now();
                    for u in &batch {
                        let chat = u["message"]["chat"]["id"]
                            .as_i64()
                            .or(u["callback_query"]["from"]["id"].as_i64())
                            .unwrap_or(0);
                        let id = u["update_id"].as_i64().unwrap_or(0);
                        if !inner.handed_out.iter().any(|(c, _)| *c == id) {
                            inner.handed_out.push((id, now));
                            let _ = chat;
                        }
                    }
                    return (
                        StatusCode::OK,
                        axum::Json(json!({"ok": true, "result": batch})),
                    );
                }
            }
            if start.elapsed() > Duration::from_millis(300) {
                return (
                    StatusCode::OK,
                    axum::Json(json!({"ok": true, "result": []})),
                );
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
    let result = {
        let mut inner = fake.inner.lock().unwrap();
        if method == "sendmessage"
            && let Some(i) = inner
                .failures
                .iter()
                .position(|(chat, _, _)| Some(*chat) == params["chat_id"].as_i64())
        {
            let (_, status, body) = inner.failures.remove(i).unwrap();
            inner.calls.push(Call {
                at: Instant::now(),
                method: "failed-sendmessage".into(),
                params: params.clone(),
            });
            return (status, axum::Json(body));
        }
        if method == "sendmessage"
            && let Some((overall, per_chat)) = inner.limits
        {
            let now = Instant::now();
            while inner
                .sent
                .front()
                .is_some_and(|(t, _)| now.duration_since(*t) >= Duration::from_secs(1))
            {
                inner.sent.pop_front();
            }
            let chat = params["chat_id"].as_i64().unwrap_or(0);
            let chat_count = inner.sent.iter().filter(|(_, c)| *c == chat).count();
            if inner.sent.len() >= overall || chat_count >= per_chat {
                inner.too_many += 1;
                let body = json!({"ok": false, "error_code": 429, "description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}});
                return (StatusCode::TOO_MANY_REQUESTS, axum::Json(body));
            }
            inner.sent.push_back((now, chat));
        }
        inner.calls.push(Call {
            at: Instant::now(),
            method: method.clone(),
            params: params.clone(),
        });
        match method.as_str() {
            "getme" => {
                json!({"id": 1, "is_bot": true, "first_name": "Navrat", "username": "NavratTestBot",
                              "can_join_groups": false, "can_read_all_group_messages": false, "supports_inline_queries": false,
                              "has_main_web_app": false})
            }
            "sendmessage" | "editmessagetext" => {
                inner.next_message_id += 1;
                json!({"message_id": inner.next_message_id, "date": 1_760_000_000, "text": params["text"],
                       "chat": {"id": params["chat_id"], "type": "private", "first_name": "Test"}})
            }
            _ => json!(true),
        }
    };
    (
        StatusCode::OK,
        axum::Json(json!({"ok": true, "result": result})),
    )
}
