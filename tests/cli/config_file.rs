//! The configuration file: its values count below flags and environment, every problem in it
//! is reported at once, and secrets are refused in a file others can read.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::{navrat, refusal, run, text};

/// Writes `toml` to `navrat.toml` in `dir` with `mode`.
fn config_file(dir: &Path, toml: &str, mode: u32) -> PathBuf {
    let path = dir.join("navrat.toml");
    std::fs::write(&path, toml).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    path
}

#[test]
fn flags_beat_the_environment_which_beats_the_file_which_beats_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let from_file = dir.path().join("from-file");
    let file = config_file(
        dir.path(),
        &format!(
            "data = {:?}\nkiosk_addr = \"127.0.0.1:1\"\nworkspace_addr = \"127.0.0.1:1\"\n",
            from_file.to_str().unwrap()
        ),
        0o600,
    );
    let backup = dir.path().join("copy.sqlite3");

    // A global key: the data directory, as `navrat backup` names it.
    let backed_up = |cmd: &mut std::process::Command| {
        let out = run(cmd);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let out = backed_up(
        navrat(dir.path())
            .env_remove("NAVRAT_DATA")
            .args(["--config"])
            .arg(&file)
            .arg("backup")
            .arg(&backup),
    );
    assert!(
        out.contains(&format!("{}/navrat.sqlite3", from_file.display())),
        "{out}"
    );
    let from_env = dir.path().join("from-env");
    let out = backed_up(
        navrat(dir.path())
            .env("NAVRAT_CONFIG", &file)
            .arg("backup")
            .arg(&backup)
            .env("NAVRAT_DATA", &from_env),
    );
    assert!(
        out.contains(&format!("{}/navrat.sqlite3", from_env.display())),
        "{out}"
    );
    let from_flag = dir.path().join("from-flag");
    let out = backed_up(
        navrat(dir.path())
            .env("NAVRAT_CONFIG", &file)
            .env("NAVRAT_DATA", &from_env)
            .arg("backup")
            .arg(&backup)
            .arg("--data")
            .arg(&from_flag),
    );
    assert!(
        out.contains(&format!("{}/navrat.sqlite3", from_flag.display())),
        "{out}"
    );

    // Keys of `serve`: the listeners, which the start refuses when they are the same.
    let stderr = refusal(navrat(dir.path()).arg("--config").arg(&file).arg("serve"));
    assert!(stderr.contains("both are 127.0.0.1:1"), "{stderr}");
    let stderr = refusal(
        navrat(dir.path())
            .env("NAVRAT_CONFIG", &file)
            .env("NAVRAT_KIOSK_ADDR", "127.0.0.1:2")
            .env("NAVRAT_WORKSPACE_ADDR", "127.0.0.1:2")
            .arg("serve"),
    );
    assert!(stderr.contains("both are 127.0.0.1:2"), "{stderr}");
    let stderr = refusal(
        navrat(dir.path())
            .env("NAVRAT_CONFIG", &file)
            .env("NAVRAT_KIOSK_ADDR", "127.0.0.1:2")
            .env("NAVRAT_WORKSPACE_ADDR", "127.0.0.1:2")
            .args(["serve", "--kiosk-addr", "127.0.0.1:3"])
            .args(["--workspace-addr", "127.0.0.1:3"]),
    );
    assert!(stderr.contains("both are 127.0.0.1:3"), "{stderr}");
    // Without the file, the defaults: different addresses, so that refusal is gone.
    let stderr = refusal(
        navrat(dir.path())
            .env("NAVRAT_TELEGRAM_API_URL", "not a url")
            .arg("serve"),
    );
    assert!(!stderr.contains("different addresses"), "{stderr}");
    assert!(
        stderr.contains("NAVRAT_TELEGRAM_API_URL is not a URL"),
        "{stderr}"
    );
}

#[test]
fn every_problem_in_the_file_is_reported_in_one_run_naming_the_file_and_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let file = config_file(
        dir.path(),
        "kiosk_adr = \"127.0.0.1:8080\"\n\
         workspace_addr = \"everywhere\"\n\
         retention_days = \"ninety\"\n\
         http_max_connections = -5\n\
         workspace_plain_http = 1\n\
         trusted_proxy = [\"127.0.0.1\", \"proxy.example\"]\n\
         telegram_api_url = \"ftp://x\"\n",
        0o600,
    );
    let stderr = refusal(navrat(&data).arg("--config").arg(&file).arg("serve"));
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 7, "{stderr}");
    let prefix = format!("navrat: {}: ", file.display());
    assert!(lines.iter().all(|l| l.starts_with(&prefix)), "{stderr}");
    for key in [
        "unknown key `kiosk_adr`",
        "`workspace_addr`: \"everywhere\" is not an address",
        "`retention_days`: expected a whole number, found a string",
        "`http_max_connections`: -5 is out of range",
        "`workspace_plain_http`: expected true or false, found a number",
        "`trusted_proxy`: \"proxy.example\" is not an IP address",
        "`telegram_api_url`: \"ftp://x\" is not an http(s) URL",
    ] {
        assert!(stderr.contains(key), "{key} missing in:\n{stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    // Nothing started: not even the data directory was made.
    assert!(!data.exists());

    // A file that is not TOML: one line with the line number.
    let file = config_file(
        dir.path(),
        "kiosk_addr = \"127.0.0.1:8080\"\nretention_days = \n",
        0o600,
    );
    let stderr = refusal(navrat(&data).arg("--config").arg(&file).arg("check"));
    assert!(stderr.starts_with(&prefix), "{stderr}");
    assert!(stderr.contains("line 2: not valid TOML"), "{stderr}");
    // A named file that is missing is an error, not the defaults.
    let stderr = refusal(
        navrat(&data)
            .arg("--config")
            .arg(dir.path().join("missing.toml"))
            .arg("check"),
    );
    assert!(stderr.contains("missing.toml: cannot be read"), "{stderr}");
}

#[test]
fn boolean_environment_values_accept_1_0_true_false_yes_no() {
    let dir = tempfile::tempdir().unwrap();
    // On 0.0.0.0 a plain-http workspace is refused; with it off, start gets as far as the
    // next check (the bad API address), which proves the value was read as false.
    let start = |file: Option<&Path>, plain_http: Option<&str>| {
        let mut cmd = navrat(dir.path());
        if let Some(file) = file {
            cmd.arg("--config").arg(file);
        }
        cmd.args(["serve", "--workspace-addr", "0.0.0.0:0"])
            .env("NAVRAT_TELEGRAM_API_URL", "not a url");
        if let Some(value) = plain_http {
            cmd.env("NAVRAT_WORKSPACE_PLAIN_HTTP", value);
        }
        refusal(&mut cmd)
    };
    for on in ["1", "true", "yes", "TRUE", "Yes"] {
        let stderr = start(None, Some(on));
        assert!(
            stderr.contains("only for a workspace on loopback"),
            "{on}: {stderr}"
        );
    }
    for off in ["0", "false", "no", "NO"] {
        let stderr = start(None, Some(off));
        assert!(
            stderr.contains("NAVRAT_TELEGRAM_API_URL is not a URL"),
            "{off}: {stderr}"
        );
    }
    let stderr = start(None, Some("maybe"));
    assert!(stderr.contains("'maybe'"), "{stderr}");
    assert!(!stderr.contains("NAVRAT_TELEGRAM_API_URL"), "{stderr}");

    // The environment's "no" beats the file's true.
    let file = config_file(dir.path(), "workspace_plain_http = true\n", 0o600);
    let stderr = start(Some(&file), None);
    assert!(
        stderr.contains("only for a workspace on loopback"),
        "{stderr}"
    );
    let stderr = start(Some(&file), Some("no"));
    assert!(
        stderr.contains("NAVRAT_TELEGRAM_API_URL is not a URL"),
        "{stderr}"
    );
}

#[test]
fn secrets_are_refused_in_a_file_other_users_can_read() {
    let dir = tempfile::tempdir().unwrap();
    let token = "123456:AAH-secret-token-value";
    let secret = "s".repeat(40);
    let toml = format!(
        "telegram_token = \"{token}\"\ntelegram_webhook_secret = \"{secret}\"\n\
         telegram_webhook_url = \"https://bot.example.org/hook\"\n\
         kiosk_addr = \"127.0.0.1:1\"\nworkspace_addr = \"127.0.0.1:1\"\n"
    );
    let file = config_file(dir.path(), &toml, 0o644);
    let stderr = refusal(navrat(dir.path()).arg("--config").arg(&file).arg("serve"));
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(
        stderr.contains("key `telegram_token` is a secret, but other users can read this file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("key `telegram_webhook_secret` is a secret"),
        "{stderr}"
    );
    assert!(
        !stderr.contains(token) && !stderr.contains(&secret),
        "a secret was printed: {stderr}"
    );

    // Readable by owner and group only (root:navrat 0640): accepted; start then stops at the
    // listeners, after the secrets were taken.
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = run(navrat(dir.path()).arg("--config").arg(&file).arg("serve"));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("both are 127.0.0.1:1"), "{stderr}");
    assert!(!stderr.contains("secret"), "{stderr}");
    assert!(!stderr.contains(token), "{stderr}");
}

#[test]
fn the_example_configuration_is_valid_and_has_a_key_for_every_flag() {
    let example = super::repo().join("packaging/navrat.toml");
    let text_of_example = std::fs::read_to_string(&example).unwrap();
    let dir = tempfile::tempdir().unwrap();
    // Its paths are the package's; the data directory is overridden by the flag.
    let out = run(navrat(dir.path())
        .arg("--config")
        .arg(&example)
        .args(["user", "list"])
        .arg("--data")
        .arg(dir.path().join("data")));
    assert!(out.status.success(), "{}", text(&out.stderr));

    let help = run(navrat(dir.path()).args(["serve", "--help"]));
    let help = text(&help.stdout);
    let flags: Vec<&str> = help
        .split_whitespace()
        .filter_map(|w| w.strip_prefix("--"))
        .map(|w| w.trim_end_matches([',', '.', ')']))
        .filter(|f| !["help", "version", "config"].contains(f) && !f.is_empty())
        .collect();
    assert!(flags.len() >= 15, "{help}");
    for flag in flags {
        let key = flag.replace('-', "_");
        assert!(
            text_of_example
                .lines()
                .any(|l| l.trim_start_matches("# ").starts_with(&format!("{key} = "))),
            "packaging/navrat.toml has no key {key} for --{flag}"
        );
    }
}
