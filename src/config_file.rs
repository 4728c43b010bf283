//! The configuration file (`/etc/navrat/navrat.toml`, or `--config PATH` / `NAVRAT_CONFIG`).
//!
//! Every flag that has an environment variable has a key here, named like the flag with `_`
//! for `-` (`--kiosk-addr` is `kiosk_addr`). A value from the file counts only where neither
//! the flag nor the environment variable gave one: flags > environment > file > defaults.
//! The whole file is checked before anything starts, and every problem is reported, each on
//! its own line naming the file and the key.

use std::ffi::OsString;
use std::fmt;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use clap::ArgMatches;
use clap::parser::ValueSource;

/// Where the file is looked for when neither `--config` nor `NAVRAT_CONFIG` names one.
pub const DEFAULT_PATH: &str = "/etc/navrat/navrat.toml";

/// What a key's value must be.
#[derive(Clone, Copy, Debug)]
enum Kind {
    /// A path, as a string.
    Path,
    /// `address:port`, as a string.
    Address,
    /// `true` or `false`.
    Switch,
    /// A whole number from 0 to the given maximum.
    Number(u64),
    /// A non-empty string.
    Text,
    /// An http(s) URL, as a string.
    Url,
    /// A list of IP addresses, as strings.
    Addresses,
}

/// One key of the file: the flag it stands for and what it holds.
struct Key {
    /// The key in the file.
    name: &'static str,
    /// The clap argument it sets (the field's name in `cli.rs`).
    arg: &'static str,
    /// The flag it is given as.
    flag: &'static str,
    /// What its value must be.
    kind: Kind,
    /// `navrat serve`'s (else global).
    serve: bool,
    /// A secret: allowed only in a file that others cannot read.
    secret: bool,
}

const fn key(name: &'static str, arg: &'static str, flag: &'static str, kind: Kind) -> Key {
    Key {
        name,
        arg,
        flag,
        kind,
        serve: true,
        secret: false,
    }
}

const U32: Kind = Kind::Number(u32::MAX as u64);
const SECS: Kind = Kind::Number(u32::MAX as u64);

/// Every key the file may hold.
const KEYS: &[Key] = &[
    Key {
        serve: false,
        ..key("data", "data", "--data", Kind::Path)
    },
    Key {
        serve: false,
        ..key("locales", "locales", "--locales", Kind::Path)
    },
    key("kiosk_addr", "kiosk_addr", "--kiosk-addr", Kind::Address),
    key(
        "workspace_addr",
        "workspace_addr",
        "--workspace-addr",
        Kind::Address,
    ),
    key(
        "workspace_plain_http",
        "workspace_plain_http",
        "--workspace-plain-http",
        Kind::Switch,
    ),
    key("seed", "seed", "--seed", Kind::Path),
    key("kiosks", "kiosks", "--kiosks", Kind::Path),
    key(
        "kiosk_posts_per_window",
        "kiosk_posts_per_window",
        "--kiosk-posts-per-window",
        U32,
    ),
    key(
        "trusted_proxy",
        "trusted_proxies",
        "--trusted-proxy",
        Kind::Addresses,
    ),
    key(
        "http_header_timeout_secs",
        "http_header_timeout_secs",
        "--http-header-timeout-secs",
        SECS,
    ),
    key(
        "http_body_timeout_secs",
        "http_body_timeout_secs",
        "--http-body-timeout-secs",
        SECS,
    ),
    key(
        "http_max_connections",
        "http_max_connections",
        "--http-max-connections",
        U32,
    ),
    key(
        "shutdown_deadline_secs",
        "shutdown_deadline_secs",
        "--shutdown-deadline-secs",
        SECS,
    ),
    key("telegram_bot", "telegram_bot", "--telegram-bot", Kind::Text),
    key("retention_days", "retention_days", "--retention-days", U32),
    key("backup_dir", "backup_dir", "--backup-dir", Kind::Path),
    key("backup_every", "backup_every", "--backup-every", Kind::Text),
    key("backup_keep", "backup_keep", "--backup-keep", U32),
    Key {
        secret: true,
        ..key(
            "telegram_token",
            "telegram_token",
            "--telegram-token",
            Kind::Text,
        )
    },
    key(
        "telegram_webhook_url",
        "telegram_webhook_url",
        "--telegram-webhook-url",
        Kind::Url,
    ),
    key(
        "telegram_webhook_listen",
        "telegram_webhook_listen",
        "--telegram-webhook-listen",
        Kind::Address,
    ),
    Key {
        secret: true,
        ..key(
            "telegram_webhook_secret",
            "telegram_webhook_secret",
            "--telegram-webhook-secret",
            Kind::Text,
        )
    },
    key(
        "telegram_api_url",
        "telegram_api_url",
        "--telegram-api-url",
        Kind::Url,
    ),
];

/// Everything wrong with a configuration file, one problem a line.
#[derive(Debug)]
pub struct FileProblems {
    /// The file.
    path: PathBuf,
    /// What is wrong, each naming its key.
    problems: Vec<String>,
}

impl fmt::Display for FileProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}: {problem}", self.path.display())?;
        }
        Ok(())
    }
}

impl std::error::Error for FileProblems {}

/// A checked configuration file: each key's value as the flag's argument.
#[derive(Debug)]
pub struct ConfigFile {
    /// (key, the flag's arguments) for every key set in the file.
    values: Vec<(&'static Key, Vec<OsString>)>,
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)
    }
}

/// The file to read: the one named (which must exist), else the default one when it exists.
pub fn locate(named: Option<&Path>) -> Option<PathBuf> {
    match named {
        Some(path) => Some(path.to_owned()),
        None => Some(PathBuf::from(DEFAULT_PATH)).filter(|p| p.exists()),
    }
}

impl ConfigFile {
    /// Reads and checks the file at `path`; the error lists every problem found.
    pub fn read(path: &Path) -> Result<Self, FileProblems> {
        let fail = |problem: String| FileProblems {
            path: path.to_owned(),
            problems: vec![problem],
        };
        let text = std::fs::read_to_string(path).map_err(|e| {
            fail(format!(
                "cannot be read: {e} (set --config or NAVRAT_CONFIG)"
            ))
        })?;
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].lines().count().max(1));
            let message = e.message().trim().to_owned();
            fail(match line {
                Some(line) => format!("line {line}: not valid TOML: {message}"),
                None => format!("not valid TOML: {message}"),
            })
        })?;
        let others_can_read = others_can_read(path);
        let mut problems = Vec::new();
        let mut values = Vec::new();
        for (name, value) in &table {
            let Some(key) = KEYS.iter().find(|k| k.name == name) else {
                problems.push(format!(
                    "unknown key `{name}` (keys are the flags of `navrat serve --help` with _ for -, as in packaging/navrat.toml)"
                ));
                continue;
            };
            if key.secret && others_can_read {
                problems.push(format!(
                    "key `{name}` is a secret, but other users can read this file: `chmod o-r` it (e.g. owner root, group navrat, mode 0640) or set NAVRAT_{} in the environment instead",
                    name.to_uppercase()
                ));
                continue;
            }
            match check(key, value) {
                Ok(args) => values.push((key, args)),
                Err(problem) => problems.push(format!("key `{name}`: {problem}")),
            }
        }
        if problems.is_empty() {
            Ok(ConfigFile { values })
        } else {
            Err(FileProblems {
                path: path.to_owned(),
                problems,
            })
        }
    }

    /// The flags (global ones, then `serve`'s) that give the file's values wherever the
    /// command line and the environment gave none.
    pub fn flags_not_set(&self, matches: &ArgMatches) -> (Vec<OsString>, Vec<OsString>) {
        let serve = match matches.subcommand() {
            Some(("serve", serve)) => Some(serve),
            _ => None,
        };
        let given = |m: &ArgMatches, arg: &str| {
            matches!(
                m.value_source(arg),
                Some(ValueSource::CommandLine | ValueSource::EnvVariable)
            )
        };
        let (mut global, mut serve_flags) = (Vec::new(), Vec::new());
        for (key, args) in &self.values {
            if key.serve {
                if let Some(serve) = serve
                    && !given(serve, key.arg)
                {
                    serve_flags.extend(args.iter().cloned());
                }
            } else if !given(matches, key.arg) && !serve.is_some_and(|s| given(s, key.arg)) {
                global.extend(args.iter().cloned());
            }
        }
        (global, serve_flags)
    }
}

/// The flag and its argument for `value`, or why the value does not fit the key.
fn check(key: &Key, value: &toml::Value) -> Result<Vec<OsString>, String> {
    let flag = OsString::from(key.flag);
    let text = |what: &str| {
        value
            .as_str()
            .ok_or_else(|| format!("expected {what}, found {}", type_name(value)))
    };
    let with = |arg: String| Ok(vec![flag.clone(), OsString::from(arg)]);
    match key.kind {
        Kind::Path => {
            let path = text("a path (a string)")?;
            if path.is_empty() {
                return Err("the path is empty".into());
            }
            with(path.to_owned())
        }
        Kind::Address => {
            let address = text("an address such as \"127.0.0.1:8080\"")?;
            address
                .parse::<SocketAddr>()
                .map_err(|_| format!("{address:?} is not an address such as \"127.0.0.1:8080\""))?;
            with(address.to_owned())
        }
        Kind::Switch => match value.as_bool() {
            Some(true) => Ok(vec![flag]),
            Some(false) => Ok(Vec::new()),
            None => Err(format!(
                "expected true or false, found {}",
                type_name(value)
            )),
        },
        Kind::Number(max) => {
            let n = value
                .as_integer()
                .ok_or_else(|| format!("expected a whole number, found {}", type_name(value)))?;
            if n < 0 || n as u64 > max {
                return Err(format!("{n} is out of range (0 to {max})"));
            }
            with(n.to_string())
        }
        Kind::Text => {
            let s = text("a string")?;
            if s.trim().is_empty() {
                return Err("the value is empty".into());
            }
            with(s.to_owned())
        }
        Kind::Url => {
            let url = text("a URL (a string)")?;
            if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() < 10 {
                return Err(format!("{url:?} is not an http(s) URL"));
            }
            with(url.to_owned())
        }
        Kind::Addresses => {
            let list = value.as_array().ok_or_else(|| {
                format!(
                    "expected a list of IP addresses such as [\"127.0.0.1\"], found {}",
                    type_name(value)
                )
            })?;
            let mut addresses = Vec::new();
            for item in list {
                match item.as_str().map(str::parse::<IpAddr>) {
                    Some(Ok(ip)) => addresses.push(ip.to_string()),
                    _ => return Err(format!("{item} is not an IP address")),
                }
            }
            if addresses.is_empty() {
                return Ok(Vec::new());
            }
            with(addresses.join(","))
        }
    }
}

/// A TOML value's type, as the error names it.
fn type_name(value: &toml::Value) -> &'static str {
    match value {
        toml::Value::String(_) => "a string",
        toml::Value::Integer(_) => "a number",
        toml::Value::Float(_) => "a decimal number",
        toml::Value::Boolean(_) => "true/false",
        toml::Value::Datetime(_) => "a date",
        toml::Value::Array(_) => "a list",
        toml::Value::Table(_) => "a table",
    }
}

/// Whether users other than the owner and the group can read the file.
#[cfg(unix)]
fn others_can_read(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).map_or(true, |m| m.permissions().mode() & 0o004 != 0)
}

/// Whether users other than the owner and the group can read the file.
#[cfg(not(unix))]
fn others_can_read(_path: &Path) -> bool {
    true
}
