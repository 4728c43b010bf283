//! Webhook mode: updates posted with the right secret are answered; others are refused.

use std::time::Duration;

use navrat_testkit::telegram::FakeTelegram;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::conversation::start_bot_with;

async fn post_update(addr: std::net::SocketAddr, secret: &str, update: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "POST / HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nX-Telegram-Bot-Api-Secret-Token: {secret}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{update}",
        update.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).await.unwrap();
    String::from_utf8_lossy(&response)
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_owned()
}

fn update(id: i64, chat: i64, text: &str) -> String {
    serde_json::json!({"update_id": id, "message": {
        "message_id": id, "date": 1_760_000_000, "text": text,
        "entities": [{"type": "bot_command", "offset": 0, "length": text.len()}],
        "from": {"id": chat, "is_bot": false, "first_name": "T", "language_code": "en"},
        "chat": {"id": chat, "type": "private", "first_name": "T"}}})
    .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_updates_need_the_secret() {
    let fake = FakeTelegram::start().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let listen: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let hook = navrat_bot::Webhook {
        url: format!("http://{listen}/").parse().unwrap(),
        listen,
        secret: "s3cret-Token_1".into(),
    };
    let running = start_bot_with(fake.clone(), tempfile::tempdir().unwrap(), Some(hook)).await;
    // Wait for the listener.
    let start = std::time::Instant::now();
    while tokio::net::TcpStream::connect(listen).await.is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "webhook listener did not start"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        fake.calls().iter().any(|c| c.method == "setwebhook"),
        "the webhook was registered"
    );

    let refused = post_update(listen, "wrong", &update(1, 7001, "/start")).await;
    assert_ne!(refused, "200", "an update without the secret is refused");
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(!fake.calls().iter().any(|c| c.method == "sendmessage"));

    assert_eq!(
        post_update(listen, "s3cret-Token_1", &update(2, 7001, "/start")).await,
        "200"
    );
    fake.wait_for("sendmessage", 7001, 0, 1).await;
    running.stop().await;
}
