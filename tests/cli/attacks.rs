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

/// Sends SIGTERM and waits for the process to end.
fn stop(mut child: Child) -> std::process::ExitStatus {
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    child.wait().unwrap()
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
    let (status, _, _) = reliability::http(
        kiosk,
        &format!(
            "GET /cs/appointment/{} HTTP/1.1\r\nHost: kiosk\r\nConnection: close\r\n\r\n",
            reference.unwrap()
        ),
    )
    .unwrap();
    assert_eq!(status, 200);
    assert!(stop(child).success());
}
