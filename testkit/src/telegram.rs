//! A fake Telegram Bot API server that behaves like Telegram where the bot depends on it:
//! axum on 127.0.0.1:0, `getUpdates` long polling with offsets (an update is handed out until
//! an offset confirms it), messages kept per chat with their buttons so that a test presses
//! only a button the bot itself sent (a press carries the `message_id` of the message the
//! button is on), `editMessageText` changing that message in place, one
//! `answerCallbackQuery` per press (a second answer is refused as Telegram does), and
//! Telegram's HTML parse check (unknown or unbalanced tags get a 400). Every call is recorded.
//! Method names are matched case-insensitively (teloxide writes `SendMessage`).
//! `sendVoice` takes a multipart upload, which must be Ogg/Opus (else a 400), and answers with
//! a `file_id`; a later `sendVoice` may name that `file_id` instead of uploading again.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use serde_json::{Value, json};

/// One recorded call: the method (lowercase) and its JSON parameters.
#[derive(Debug, Clone)]
pub struct Call {
    /// The Bot API method, lowercase (`sendmessage`); `failed-<method>` for a call the fake
    /// failed on purpose.
    pub method: String,
    /// The call's JSON parameters.
    pub params: Value,
    /// When the call arrived.
    pub at: Instant,
}

/// A message the bot sent, as the person's phone shows it now (after edits).
#[derive(Debug, Clone)]
pub struct Shown {
    /// The message's id in its chat.
    pub message_id: i64,
    /// Its text, as sent (HTML when the bot sent HTML).
    pub text: String,
    /// `(label, callback_data)` of every button, row by row.
    pub buttons: Vec<(String, String)>,
}

#[derive(Default)]
struct Inner {
    updates: VecDeque<Value>,
    next_update_id: i64,
    calls: Vec<Call>,
    next_message_id: i64,
    /// Every message the bot sent, per chat, in order, as shown now.
    shown: BTreeMap<i64, Vec<Shown>>,
    /// The language each chat's client reports.
    client_language: HashMap<i64, String>,
    /// Presses handed to the bot: callback id → answers received.
    answers: BTreeMap<String, usize>,
    /// Answers refused because the press was answered already.
    pub double_answers: usize,
    /// Failures to answer the next sendMessage calls to a chat with: (chat, status, body).
    failures: VecDeque<(i64, StatusCode, Value)>,
    /// Calls of these methods (lowercase) that fail before succeeding again.
    failing: HashMap<String, usize>,
    /// When set, Telegram's limits are enforced: (messages a second overall, per chat), and
    /// a message over them gets a 429.
    limits: Option<(usize, usize)>,
    sent: VecDeque<(Instant, i64)>,
    /// 429s answered because of the limits.
    pub too_many: usize,
    /// When each update was handed out.
    pub handed_out: Vec<(i64, Instant)>,
    /// Requests refused with a 400 (HTML that does not parse, a button's data too long …).
    pub bad_requests: Vec<String>,
    /// When each message sent or edited in a chat arrived, in order.
    replies: HashMap<i64, Vec<Instant>>,
    /// When each press was answered.
    answered_at: HashMap<String, Instant>,
    /// Voice files uploaded: file_id → size in bytes.
    voice_files: HashMap<String, usize>,
}

/// The fake server; cheap to clone.
#[derive(Clone, Default)]
pub struct FakeTelegram {
    inner: Arc<Mutex<Inner>>,
    /// Where the server listens, to give the bot as its API URL (`http://127.0.0.1:<port>/`).
    pub url: String,
}

/// The only bot token the fake accepts; any other gets a 401.
pub const TOKEN: &str = "123456:TEST-TOKEN";

/// The fields of a message a person typed: its text and, when it starts with `/`, the
/// command entity Telegram marks (its length in UTF-16 units, as Telegram counts).
pub fn typed_text(text: &str) -> Value {
    let mut fields = json!({ "text": text });
    if text.starts_with('/') {
        let len = text
            .split_whitespace()
            .next()
            .unwrap()
            .encode_utf16()
            .count();
        fields["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
    }
    fields
}

fn private_chat(chat_id: i64) -> Value {
    json!({"id": chat_id, "type": "private", "first_name": "Test"})
}

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

    fn from(inner: &Inner, chat_id: i64) -> Value {
        let mut from = json!({"id": chat_id, "is_bot": false, "first_name": "Test"});
        if let Some(code) = inner.client_language.get(&chat_id) {
            from["language_code"] = json!(code);
        }
        from
    }

    /// Queues a message with `fields` (text, sticker, photo …) from a person whose client
    /// reports `language_code` (remembered for the chat's later updates).
    pub fn send_message_with(&self, chat_id: i64, language_code: Option<&str>, fields: Value) {
        let mut inner = self.inner.lock().unwrap();
        if let Some(code) = language_code {
            inner.client_language.insert(chat_id, code.to_owned());
        }
        inner.next_update_id += 1;
        let id = inner.next_update_id;
        let mut message = json!({
            "message_id": id * 10, "date": 1_760_000_000, "from": Self::from(&inner, chat_id),
            "chat": private_chat(chat_id)
        });
        for (k, v) in fields.as_object().into_iter().flatten() {
            message[k] = v.clone();
        }
        inner
            .updates
            .push_back(json!({"update_id": id, "message": message}));
    }

    /// Queues a text message from a person.
    pub fn send_text(&self, chat_id: i64, language_code: Option<&str>, text: &str) {
        self.send_message_with(chat_id, language_code, typed_text(text));
    }

    /// Queues a raw update (for updates the bot cannot parse).
    pub fn send_raw_update(&self, mut update: Value) {
        let mut inner = self.inner.lock().unwrap();
        inner.next_update_id += 1;
        update["update_id"] = json!(inner.next_update_id);
        inner.updates.push_back(update);
    }

    /// The messages the bot sent to a chat, as its phone shows them now.
    pub fn shown(&self, chat_id: i64) -> Vec<Shown> {
        self.inner
            .lock()
            .unwrap()
            .shown
            .get(&chat_id)
            .cloned()
            .unwrap_or_default()
    }

    /// The last message the bot sent to a chat.
    pub fn last_shown(&self, chat_id: i64) -> Shown {
        self.shown(chat_id)
            .pop()
            .unwrap_or_else(|| panic!("the bot sent nothing to {chat_id}"))
    }

    /// Presses the button labelled `label` on message `message_id` of the chat: it must be a
    /// button the bot sent there. Returns the press's callback id.
    pub fn press_on(&self, chat_id: i64, message_id: i64, label: &str) -> String {
        let mut inner = self.inner.lock().unwrap();
        let message = inner
            .shown
            .get(&chat_id)
            .and_then(|m| m.iter().find(|m| m.message_id == message_id))
            .cloned()
            .unwrap_or_else(|| panic!("the bot sent no message {message_id} to {chat_id}"));
        let data = message
            .buttons
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, d)| d.clone())
            .unwrap_or_else(|| {
                panic!(
                    "no button {label:?} on message {message_id} ({:?}): {:?}",
                    message.text, message.buttons
                )
            });
        inner.next_update_id += 1;
        let id = inner.next_update_id;
        let callback = format!("cb{id}");
        inner.answers.insert(callback.clone(), 0);
        let from = Self::from(&inner, chat_id);
        inner
            .updates
            .push_back(json!({"update_id": id, "callback_query": {
                "id": callback, "chat_instance": "ci", "data": data, "from": from,
                "message": {"message_id": message_id, "date": 1_760_000_000, "text": message.text,
                            "chat": private_chat(chat_id)}
            }}));
        callback
    }

    /// Presses the button labelled `label` on the last message the bot sent to the chat.
    pub fn press(&self, chat_id: i64, label: &str) -> String {
        let last = self.last_shown(chat_id);
        self.press_on(chat_id, last.message_id, label)
    }

    /// How many times the press was answered (Telegram accepts one).
    pub fn answers(&self, callback: &str) -> usize {
        self.inner
            .lock()
            .unwrap()
            .answers
            .get(callback)
            .copied()
            .unwrap_or(0)
    }

    /// Presses not answered exactly once, and answers refused as second answers.
    pub fn unanswered_presses(&self) -> (Vec<String>, usize) {
        let inner = self.inner.lock().unwrap();
        let wrong = inner
            .answers
            .iter()
            .filter(|(_, n)| **n != 1)
            .map(|(id, n)| format!("{id}: {n} answers"))
            .collect();
        (wrong, inner.double_answers)
    }

    /// When the messages sent or edited in a chat arrived (cheap to ask often).
    pub fn replies(&self, chat_id: i64) -> Vec<Instant> {
        self.inner
            .lock()
            .unwrap()
            .replies
            .get(&chat_id)
            .cloned()
            .unwrap_or_default()
    }

    /// When the press was answered, if it was.
    pub fn answered_at(&self, callback: &str) -> Option<Instant> {
        self.inner
            .lock()
            .unwrap()
            .answered_at
            .get(callback)
            .copied()
    }

    /// Requests refused with a 400 so far.
    pub fn bad_requests(&self) -> Vec<String> {
        self.inner.lock().unwrap().bad_requests.clone()
    }

    /// Makes the next `times` calls of `method` fail as an unreachable Telegram would.
    pub fn fail(&self, method: &str, times: usize) {
        self.inner
            .lock()
            .unwrap()
            .failing
            .insert(method.to_lowercase(), times);
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

    /// When each update was handed to the bot, by update id, in order.
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
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// Waits until the press was answered; returns the calls made since `since`.
    pub async fn wait_answered(&self, callback: &str, since: usize) -> Vec<Call> {
        let start = Instant::now();
        while self.answers(callback) == 0 {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "press {callback} was never answered"
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        self.calls()[since..].to_vec()
    }
}

/// Telegram's check of `parse_mode: HTML`: only its tags, each closed in order, and `<`, `>`,
/// `&` only as entities. The error is Telegram's wording.
pub fn check_html(text: &str) -> Result<(), String> {
    const TAGS: &[&str] = &[
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "a",
        "tg-emoji",
        "code",
        "pre",
        "blockquote",
    ];
    let mut open: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['<', '>', '&']) {
        let at = text.len() - rest.len() + i;
        rest = &rest[i..];
        if rest.starts_with('>') {
            return Err(format!(
                "Bad Request: can't parse entities: unexpected > at byte offset {at}"
            ));
        }
        if rest.starts_with('&') {
            let end = rest.find(';').filter(|e| *e <= 10).ok_or_else(|| {
                format!("Bad Request: can't parse entities: bare & at byte offset {at}")
            })?;
            let entity = &rest[1..end];
            let numeric = entity
                .strip_prefix('#')
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
            if !(numeric || ["lt", "gt", "amp", "quot"].contains(&entity)) {
                return Err(format!(
                    "Bad Request: can't parse entities: unsupported entity &{entity}; at byte offset {at}"
                ));
            }
            rest = &rest[end + 1..];
            continue;
        }
        let end = rest.find('>').ok_or_else(|| {
            format!("Bad Request: can't parse entities: unclosed start tag at byte offset {at}")
        })?;
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(o) if o == name.trim() => {}
                _ => {
                    return Err(format!(
                        "Bad Request: can't parse entities: can't find start tag for end tag \"{name}\" at byte offset {at}"
                    ));
                }
            }
        } else {
            let name = tag.split_whitespace().next().unwrap_or_default();
            if !TAGS.contains(&name) {
                return Err(format!(
                    "Bad Request: can't parse entities: unsupported start tag \"{name}\" at byte offset {at}"
                ));
            }
            open.push(name.to_owned());
        }
    }
    match open.pop() {
        Some(tag) => Err(format!(
            "Bad Request: can't parse entities: can't find end tag corresponding to start tag \"{tag}\""
        )),
        None => Ok(()),
    }
}

fn buttons_of(markup: &Value) -> Vec<(String, String)> {
    markup["inline_keyboard"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row.as_array().cloned().unwrap_or_default())
        .map(|b| {
            (
                b["text"].as_str().unwrap_or_default().to_owned(),
                b["callback_data"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// What Telegram refuses in a message's text and buttons, in its words.
fn check_message(params: &Value) -> Result<(), String> {
    let text = params["text"].as_str().unwrap_or_default();
    if text.trim().is_empty() {
        return Err("Bad Request: message text is empty".into());
    }
    if params["parse_mode"].as_str() == Some("HTML") {
        check_html(text)?;
    }
    // Telegram counts the text after entities are parsed; an upper bound is enough here.
    if text.encode_utf16().count() > 4096 && params["parse_mode"].as_str() != Some("HTML") {
        return Err("Bad Request: message is too long".into());
    }
    for (label, data) in buttons_of(&params["reply_markup"]) {
        if label.is_empty() {
            return Err("Bad Request: text buttons are unallowed in the inline keyboard".into());
        }
        if data.is_empty() || data.len() > 64 {
            return Err("Bad Request: BUTTON_DATA_INVALID".into());
        }
    }
    Ok(())
}

fn refuse(status: StatusCode, description: &str) -> (StatusCode, axum::Json<Value>) {
    (
        status,
        axum::Json(json!({"ok": false, "error_code": status.as_u16(), "description": description})),
    )
}

/// The boundary of a `multipart/form-data` body.
fn boundary(headers: &axum::http::HeaderMap) -> Option<String> {
    let value = headers
        .get(axum::http::header::CONTENT_TYPE)?
        .to_str()
        .ok()?;
    if !value.starts_with("multipart/form-data") {
        return None;
    }
    value
        .split(';')
        .map(str::trim)
        .find_map(|p| p.strip_prefix("boundary="))
        .map(|b| b.trim_matches('"').to_owned())
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The parts of a multipart body: (name, file name, bytes).
fn multipart_parts(body: &[u8], boundary: &str) -> Vec<(String, Option<String>, Vec<u8>)> {
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut rest = body;
    while let Some(start) = find(rest, delimiter.as_bytes()) {
        rest = &rest[start + delimiter.len()..];
        if rest.starts_with(b"--") {
            break;
        }
        let Some(head_end) = find(rest, b"\r\n\r\n") else {
            break;
        };
        let head = String::from_utf8_lossy(&rest[..head_end]).into_owned();
        let content = &rest[head_end + 4..];
        let Some(end) = find(content, format!("\r\n{delimiter}").as_bytes()) else {
            break;
        };
        let attr = |key: &str| {
            let marker = format!("{key}=\"");
            head.find(&marker).map(|at| {
                head[at + marker.len()..]
                    .split('"')
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            })
        };
        let name = attr(" name").or_else(|| attr(";name")).unwrap_or_default();
        parts.push((name, attr("filename"), content[..end].to_vec()));
        rest = &content[end..];
    }
    parts
}

/// Whether `bytes` are an Ogg stream whose first packet is an `OpusHead` (what Telegram
/// needs for a voice message).
pub fn is_ogg_opus(bytes: &[u8]) -> bool {
    if bytes.len() < 28 || &bytes[..4] != b"OggS" {
        return false;
    }
    let start = 27 + usize::from(bytes[26]);
    bytes.get(start..start + 8) == Some(b"OpusHead")
}

async fn handle(
    State(fake): State<FakeTelegram>,
    Path((bot, method)): Path<(String, String)>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> (StatusCode, axum::Json<Value>) {
    if bot != format!("bot{TOKEN}") {
        return refuse(StatusCode::UNAUTHORIZED, "Unauthorized");
    }
    let method = method.to_lowercase();
    let mut params: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    // A multipart upload: its fields become the call's parameters; the file is described by
    // its name, size and whether it is Ogg/Opus (`<field>_upload`), its bytes kept aside.
    let mut upload: Option<Vec<u8>> = None;
    if let Some(boundary) = boundary(&headers) {
        let mut fields = serde_json::Map::new();
        for (name, file_name, bytes) in multipart_parts(&body, &boundary) {
            match file_name {
                Some(file_name) => {
                    fields.insert(
                        format!("{name}_upload"),
                        json!({"file_name": file_name, "bytes": bytes.len(),
                               "ogg_opus": is_ogg_opus(&bytes)}),
                    );
                    upload = Some(bytes);
                }
                None => {
                    let text = String::from_utf8_lossy(&bytes).into_owned();
                    let value = serde_json::from_str::<Value>(&text)
                        .ok()
                        .filter(|v| v.is_number() || v.is_object())
                        .unwrap_or(Value::String(text));
                    fields.insert(name, value);
                }
            }
        }
        // teloxide names an uploaded file `attach://<part>`: the file then stands under the
        // field that names it (`voice_upload`).
        let attached: Vec<(String, String)> = fields
            .iter()
            .filter_map(|(k, v)| {
                Some((k.clone(), v.as_str()?.strip_prefix("attach://")?.to_owned()))
            })
            .collect();
        for (field, part) in attached {
            if let Some(file) = fields.remove(&format!("{part}_upload")) {
                fields.remove(&field);
                fields.insert(format!("{field}_upload"), file);
            }
        }
        params = Value::Object(fields);
    }
    {
        let mut inner = fake.inner.lock().unwrap();
        if let Some(left) = inner.failing.get_mut(&method)
            && *left > 0
        {
            *left -= 1;
            inner.calls.push(Call {
                at: Instant::now(),
                method: format!("failed-{method}"),
                params: params.clone(),
            });
            return refuse(StatusCode::BAD_GATEWAY, "Bad Gateway");
        }
    }
    if method == "getupdates" {
        let offset = params["offset"].as_i64().unwrap_or(0);
        // Long polling: wait up to the asked timeout (capped, so tests stop quickly).
        let timeout = Duration::from_secs(params["timeout"].as_u64().unwrap_or(0))
            .min(Duration::from_millis(300));
        let start = Instant::now();
        loop {
            {
                let mut inner = fake.inner.lock().unwrap();
                // An offset confirms every update before it: Telegram forgets them.
                inner
                    .updates
                    .retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
                if !inner.updates.is_empty() {
                    let batch: Vec<Value> = inner.updates.iter().cloned().collect();
                    let now = Instant::now();
                    for u in &batch {
                        let id = u["update_id"].as_i64().unwrap_or(0);
                        if !inner.handed_out.iter().any(|(h, _)| *h == id) {
                            inner.handed_out.push((id, now));
                        }
                    }
                    return (
                        StatusCode::OK,
                        axum::Json(json!({"ok": true, "result": batch})),
                    );
                }
            }
            if start.elapsed() >= timeout {
                return (
                    StatusCode::OK,
                    axum::Json(json!({"ok": true, "result": []})),
                );
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
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
        if matches!(method.as_str(), "sendmessage" | "editmessagetext")
            && let Err(e) = check_message(&params)
        {
            inner.bad_requests.push(format!("{method}: {e}"));
            return refuse(StatusCode::BAD_REQUEST, &e);
        }
        let chat = params["chat_id"].as_i64().unwrap_or(0);
        if method == "sendvoice" {
            match (&upload, params["voice"].as_str()) {
                (Some(bytes), _) if !is_ogg_opus(bytes) => {
                    let e = "Bad Request: wrong file type: a voice message must be Ogg/Opus";
                    inner.bad_requests.push(format!("{method}: {e}"));
                    return refuse(StatusCode::BAD_REQUEST, e);
                }
                (Some(_), _) => {}
                (None, Some(id)) if inner.voice_files.contains_key(id) => {}
                _ => {
                    let e = "Bad Request: wrong file identifier/HTTP URL specified";
                    inner.bad_requests.push(format!("{method}: {e}"));
                    return refuse(StatusCode::BAD_REQUEST, e);
                }
            }
        }
        match method.as_str() {
            "answercallbackquery" => {
                let id = params["callback_query_id"]
                    .as_str()
                    .unwrap_or_default()
                    .to_owned();
                match inner.answers.get_mut(&id) {
                    Some(0) => {
                        inner.answered_at.insert(id.clone(), Instant::now());
                        inner.answers.insert(id, 1);
                    }
                    Some(n) => {
                        *n += 1;
                        inner.double_answers += 1;
                        return refuse(
                            StatusCode::BAD_REQUEST,
                            "Bad Request: query is too old and response timeout expired or query ID is invalid",
                        );
                    }
                    None => {
                        return refuse(StatusCode::BAD_REQUEST, "Bad Request: query ID is invalid");
                    }
                }
            }
            "editmessagetext" => {
                let id = params["message_id"].as_i64().unwrap_or(0);
                let text = params["text"].as_str().unwrap_or_default().to_owned();
                let buttons = buttons_of(&params["reply_markup"]);
                let Some(message) = inner
                    .shown
                    .get_mut(&chat)
                    .and_then(|m| m.iter_mut().find(|m| m.message_id == id))
                else {
                    return refuse(
                        StatusCode::BAD_REQUEST,
                        "Bad Request: message to edit not found",
                    );
                };
                if message.text == text && message.buttons == buttons {
                    return refuse(
                        StatusCode::BAD_REQUEST,
                        "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
                    );
                }
                message.text = text;
                message.buttons = buttons;
            }
            _ => {}
        }
        if matches!(method.as_str(), "sendmessage" | "editmessagetext") {
            inner.replies.entry(chat).or_default().push(Instant::now());
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
            "sendmessage" => {
                inner.next_message_id += 1;
                let id = inner.next_message_id;
                let shown = Shown {
                    message_id: id,
                    text: params["text"].as_str().unwrap_or_default().to_owned(),
                    buttons: buttons_of(&params["reply_markup"]),
                };
                inner.shown.entry(chat).or_default().push(shown);
                json!({"message_id": id, "date": 1_760_000_000, "text": params["text"],
                       "chat": private_chat(chat)})
            }
            "editmessagetext" => {
                json!({"message_id": params["message_id"], "date": 1_760_000_000, "text": params["text"],
                       "chat": private_chat(chat)})
            }
            "sendvoice" => {
                inner.next_message_id += 1;
                let id = inner.next_message_id;
                let file_id = match (&upload, params["voice"].as_str()) {
                    (Some(bytes), _) => {
                        let file_id = format!("VOICE-{id}");
                        inner.voice_files.insert(file_id.clone(), bytes.len());
                        file_id
                    }
                    (None, Some(known)) => known.to_owned(),
                    (None, None) => String::new(),
                };
                let size = inner.voice_files.get(&file_id).copied().unwrap_or(0);
                let shown = Shown {
                    message_id: id,
                    text: params["caption"].as_str().unwrap_or_default().to_owned(),
                    buttons: buttons_of(&params["reply_markup"]),
                };
                inner.shown.entry(chat).or_default().push(shown);
                json!({"message_id": id, "date": 1_760_000_000, "chat": private_chat(chat),
                       "caption": params["caption"],
                       "voice": {"file_id": file_id, "file_unique_id": format!("U{file_id}"),
                                 "duration": 1, "mime_type": "audio/ogg", "file_size": size}})
            }
            _ => json!(true),
        }
    };
    (
        StatusCode::OK,
        axum::Json(json!({"ok": true, "result": result})),
    )
}
