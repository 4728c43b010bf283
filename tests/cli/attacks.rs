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
