//! Attacks on how `navrat serve` starts and serves: a guessable webhook secret, a lost or
//! swapped key file, data files others may read, slow clients that hold connections open.

use super::*;

/// `navrat serve` with a bot token and a webhook, so the webhook secret is checked.
fn serve_with_webhook_secret(data: &Path, secret: &str) -> Output {
    run(navrat(data)
        .args(["serve", "--kiosk-addr", &free_port().to_string()])
        .env("NAVRAT_WORKSPACE_ADDR", free_port().to_string())
        .env("NAVRAT_TELEGRAM_TOKEN", "123456:fake-token-for-a-test")
        .env("NAVRAT_TELEGRAM_API_URL", "http://127.0.0.1:9/")
        .env(
            "NAVRAT_TELEGRAM_WEBHOOK_URL",
            "https://example.org/telegram",
        )
        .env("NAVRAT_TELEGRAM_WEBHOOK_SECRET", secret))
}

#[test]
fn a_short_or_odd_webhook_secret_is_refused_at_start_with_one_line() {
    let data = tempfile::tempdir().unwrap();
    for (secret, says) in [
        ("x", "has 1 characters: it needs 32 to 256"),
        (&"a".repeat(31), "has 31 characters: it needs 32 to 256"),
        (&"a".repeat(257), "has 257 characters: it needs 32 to 256"),
        (
            "0123456789abcdef0123456789abcdef!",
            "may hold only A-Z, a-z, 0-9, _ and -",
        ),
        ("", "must be set with a webhook"),
    ] {
        let out = serve_with_webhook_secret(data.path(), secret);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(says), "{secret:?}: {stderr}");
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        if secret.len() > 3 {
            assert!(!stderr.contains(secret), "the secret is never printed");
        }
    }
    assert!(
        !data.path().join("navrat.sqlite3").exists(),
        "refused before anything was opened"
    );
}

/// Runs a command that should refuse to start; one that starts instead is stopped after a
/// minute, so the test fails instead of hanging.
fn run_to_refusal(cmd: &mut Command) -> Output {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn start_is_refused_with_one_line_when_the_key_file_of_sealed_data_is_missing() {
    let parent = tempfile::tempdir().unwrap();
    let data = parent.path().join("data");
    // As `mkdir` leaves it (0755 with the usual umask): the service tightens it at start.
    std::fs::create_dir(&data).unwrap();
    let (child, kiosk) = reliability::serve(&data);
    let reference = reliability::ask_for_appointment(kiosk);
    assert!(reference.is_some(), "a request was acknowledged");
    #[cfg(unix)]
    {
        assert_eq!(
            mode(&data),
            0o700,
            "the data directory is the service's alone"
        );
        for file in ["navrat.sqlite3", "navrat.sqlite3-wal", "navrat.sqlite3-shm"] {
            assert_eq!(mode(&data.join(file)), 0o600, "{file}");
        }
    }
    assert!(stop(child).success());

    let key = data.join("navrat.key");
    std::fs::rename(&key, parent.path().join("kept.key")).unwrap();
    for command in [vec!["serve"], vec!["check"]] {
        let out = run_to_refusal(
            navrat(&data)
                .args(&command)
                .env("NAVRAT_KIOSK_ADDR", free_port().to_string())
                .env("NAVRAT_WORKSPACE_ADDR", free_port().to_string()),
        );
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{command:?}: {stderr}");
        assert!(
            stderr.contains("navrat.key is missing, but the database holds data sealed with it"),
            "{stderr}"
        );
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(!key.exists(), "no new key was made");
    }

    // The kept key put back: the service starts and the request is there.
    std::fs::rename(parent.path().join("kept.key"), &key).unwrap();
    let (child, kiosk) = reliability::serve(&data);
    let (status, _) = reliability::request_page(kiosk, &reference.unwrap()).unwrap();
    assert_eq!(status, 200);
    assert!(stop(child).success());
}

/// `navrat serve` with these settings on fresh ports, healthy on both; its log goes to `log`.
fn serve_with(data: &Path, log: &Path, settings: &[(&str, &str)]) -> (Child, SocketAddr) {
    let (kiosk, workspace) = (free_port(), free_port());
    let mut cmd = navrat(data);
    cmd.args(["serve", "--kiosk-addr", &kiosk.to_string()])
        .env("NAVRAT_WORKSPACE_ADDR", workspace.to_string())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).unwrap());
    for (name, value) in settings {
        cmd.env(name, value);
    }
    let mut child = cmd.spawn().unwrap();
    wait_healthy(kiosk, &mut child);
    wait_healthy(workspace, &mut child);
    (child, kiosk)
}

/// A client that sends a request head one byte at a time, a little slower than a person
/// types, and never finishes it. Returns whether the server closed the connection (rather
/// than this client giving up after `patience`), and how many bytes it got to send.
fn slow_client(addr: SocketAddr, patience: Duration) -> (bool, usize) {
    let head = b"GET /cs HTTP/1.1\r\nHost: kiosk\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let start = Instant::now();
    let mut sent = 0;
    let mut buf = [0u8; 512];
    while start.elapsed() < patience {
        if sent < head.len() {
            if stream.write_all(&head[sent..=sent]).is_err() {
                return (true, sent);
            }
            sent += 1;
        }
        match stream.read(&mut buf) {
            Ok(0) => return (true, sent),
            // The server may say 408 before it closes; a page would mean the head got through.
            Ok(n) => {
                let answer = String::from_utf8_lossy(&buf[..n]).into_owned();
                assert!(!answer.contains(" 200 "), "{answer}");
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(_) => return (true, sent),
        }
    }
    (false, sent)
}

/// GET that waits as long as it takes (up to a minute) for its turn.
fn get_patiently(addr: SocketAddr, path: &str) -> Option<u16> {
    status_of_get(
        TcpStream::connect(addr).ok()?,
        path,
        Duration::from_secs(60),
    )
}

#[test]
fn slow_clients_are_disconnected_after_the_header_timeout_and_others_still_get_answers() {
    let data = tempfile::tempdir().unwrap();
    let log = data.path().join("serve.log");
    let (child, kiosk) = serve_with(
        &data.path().join("data"),
        &log,
        &[
            ("NAVRAT_HTTP_HEADER_TIMEOUT_SECS", "1"),
            ("NAVRAT_HTTP_BODY_TIMEOUT_SECS", "1"),
            ("NAVRAT_HTTP_MAX_CONNECTIONS", "8"),
        ],
    );
    // Three times as many slow clients as the kiosk keeps connections.
    let slow: Vec<_> = (0..24)
        .map(|_| std::thread::spawn(move || slow_client(kiosk, Duration::from_secs(60))))
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    // Someone else meanwhile: answered once the slow ones are cut off.
    assert_eq!(get_patiently(kiosk, "/healthz"), Some(200));
    for client in slow {
        let (closed, sent) = client.join().unwrap();
        assert!(closed, "a slow client was still connected after a minute");
        assert!(
            sent < 200,
            "cut off long before its head was complete ({sent} bytes)"
        );
    }

    // A kept-alive connection that goes quiet after its answer is closed as well.
    let mut idle = TcpStream::connect(kiosk).unwrap();
    idle.set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: kiosk\r\n\r\n")
        .unwrap();
    let mut answer = [0u8; 4096];
    let n = idle.read(&mut answer).unwrap();
    assert!(answer[..n].starts_with(b"HTTP/1.1 200"));
    let mut rest = Vec::new();
    assert!(
        idle.read_to_end(&mut rest).is_ok(),
        "closed by the server, not by this test's patience"
    );

    // A body promised and not sent: 408, and the connection closes.
    let mut s = TcpStream::connect(kiosk).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    write!(
        s,
        "POST /cs/appointment HTTP/1.1\r\nHost: kiosk\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\nstep=submit"
    )
    .unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(stop(child).success());
}

#[test]
fn sigterm_ends_the_service_at_the_deadline_while_slow_clients_hold_connections() {
    let data = tempfile::tempdir().unwrap();
    let log = data.path().join("serve.log");
    // The head timeout is far away: only the shutdown deadline can end these connections.
    let (child, kiosk) = serve_with(
        &data.path().join("data"),
        &log,
        &[
            ("NAVRAT_HTTP_HEADER_TIMEOUT_SECS", "600"),
            ("NAVRAT_SHUTDOWN_DEADLINE_SECS", "1"),
        ],
    );
    let mut held = Vec::new();
    for _ in 0..20 {
        let mut s = TcpStream::connect(kiosk).unwrap();
        s.write_all(b"GET /cs HTTP/1.1\r\nHost: ki").unwrap();
        held.push(s);
    }
    assert_eq!(get_patiently(kiosk, "/healthz"), Some(200));
    let pid = child.id();
    let waiter = std::thread::spawn(move || stop(child));
    let start = Instant::now();
    while !waiter.is_finished() {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "navrat {pid} still running two minutes after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(waiter.join().unwrap().success());
    let log = std::fs::read_to_string(&log).unwrap();
    assert!(
        log.contains("connections still open at the shutdown deadline"),
        "{log}"
    );
    assert!(log.contains("stopped"), "{log}");
    drop(held);
}
