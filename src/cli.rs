//! The command line: `navrat serve | import | export | user | check`.
//! Every flag has an environment variable, so a service manager can configure it either way.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Navrat: information about voluntary return in the person's language, and appointment
/// requests to a counsellor, through touchscreen kiosks and a Telegram bot.
#[derive(Debug, Parser)]
#[command(name = "navrat", version, about)]
pub struct Cli {
    /// Data directory: the database (and later the search index) live here.
    #[arg(long, env = "NAVRAT_DATA", default_value = "./data", global = true)]
    pub data: PathBuf,
    /// Directory of the locales: `<code>/locale.toml` and `<code>/*.ftl`.
    #[arg(
        long,
        env = "NAVRAT_LOCALES",
        default_value = "./locales",
        global = true
    )]
    pub locales: PathBuf,
    /// Configuration file (TOML; keys named like the flags, with `_` for `-`): its values count
    /// where no flag or environment variable gives one. Default: /etc/navrat/navrat.toml when
    /// it exists.
    #[arg(long, env = "NAVRAT_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the kiosk and workspace web servers (and the Telegram bot when a token is set).
    Serve(Box<ServeArgs>),
    /// Import a seed folder: adds what is missing, never overwrites later edits.
    Import {
        /// The folder (same format as content/seed).
        dir: PathBuf,
    },
    /// Export all content to a folder in the seed format (round-trips exactly with import),
    /// and write the UI strings edited in the workspace to the locales' .ftl files.
    Export {
        /// The folder; created if missing.
        dir: PathBuf,
    },
    /// Copy the database to FILE while the service runs (a consistent snapshot).
    Backup {
        /// Where to write the copy.
        file: PathBuf,
    },
    /// Manage staff users of the workspace.
    #[command(subcommand)]
    User(UserCommand),
    /// Check database integrity, translation coverage and UI strings; exit 1 on a problem.
    Check,
    /// Restore a backup into a new, empty data directory (`--data`), after checking its
    /// integrity. The key file is not in a backup: give it with `--key` (or copy it in before
    /// the first start), or the contact details in the backup cannot be read.
    Restore {
        /// The backup file (from `navrat backup` or the backup directory).
        backup: PathBuf,
        /// The data directory's key file `navrat.key` as kept apart from the backups.
        #[arg(long)]
        key: Option<PathBuf>,
    },
}

/// Options of `navrat serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address of the kiosk web server.
    #[arg(long, env = "NAVRAT_KIOSK_ADDR", default_value = "127.0.0.1:8080")]
    pub kiosk_addr: SocketAddr,
    /// Address of the counsellor workspace (keep it off the kiosks' network).
    #[arg(long, env = "NAVRAT_WORKSPACE_ADDR", default_value = "127.0.0.1:8081")]
    pub workspace_addr: SocketAddr,
    /// Allow the workspace's session cookie over plain http (no `Secure`): only for a
    /// workspace listening on loopback, e.g. behind a local TLS proxy or for a try-out.
    /// In the environment: 1/0, true/false, yes/no (also on/off).
    #[arg(
        long,
        env = "NAVRAT_WORKSPACE_PLAIN_HTTP",
        value_parser = clap::builder::BoolishValueParser::new()
    )]
    pub workspace_plain_http: bool,
    /// Seed folder imported on first start, when the database is empty.
    #[arg(long, env = "NAVRAT_SEED", default_value = "./content/seed")]
    pub seed: PathBuf,
    /// Kiosk profiles (default point, idle timeout, QR code per device); optional.
    #[arg(long, env = "NAVRAT_KIOSKS", default_value = "./kiosks.toml")]
    pub kiosks: PathBuf,
    /// Forms (POSTs) one client address may send to the kiosk per 10 minutes; kiosks behind
    /// one address share it.
    #[arg(long, env = "NAVRAT_KIOSK_POSTS_PER_WINDOW", default_value_t = 30)]
    pub kiosk_posts_per_window: u32,
    /// Reverse proxies (comma-separated addresses) whose `X-Forwarded-For` names the client,
    /// for the per-address limits; connections from anywhere else are their own client.
    #[arg(
        long = "trusted-proxy",
        env = "NAVRAT_TRUSTED_PROXY",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Seconds a client has to send a request's head (line and headers); a slower one is
    /// disconnected, so it cannot hold a connection open.
    #[arg(long, env = "NAVRAT_HTTP_HEADER_TIMEOUT_SECS", default_value_t = 10)]
    pub http_header_timeout_secs: u64,
    /// Seconds a client has to send a request's body once its head arrived (else 408).
    #[arg(long, env = "NAVRAT_HTTP_BODY_TIMEOUT_SECS", default_value_t = 30)]
    pub http_body_timeout_secs: u64,
    /// Connections the kiosk and the workspace each keep open at once; more wait their turn.
    #[arg(long, env = "NAVRAT_HTTP_MAX_CONNECTIONS", default_value_t = 200)]
    pub http_max_connections: usize,
    /// Seconds requests in progress may take to finish after SIGTERM before connections are
    /// closed and Navrat exits.
    #[arg(long, env = "NAVRAT_SHUTDOWN_DEADLINE_SECS", default_value_t = 10)]
    pub shutdown_deadline_secs: u64,
    /// The Telegram bot's username, for the QR code on the kiosk's confirmation.
    #[arg(long, env = "NAVRAT_TELEGRAM_BOT")]
    pub telegram_bot: Option<String>,
    /// Days after which a closed appointment request is deleted with its contact details.
    #[arg(long, env = "NAVRAT_RETENTION_DAYS", default_value_t = 90)]
    pub retention_days: u32,
    /// Directory for scheduled online backups of the database (none when unset); the
    /// service's user must be able to write there.
    #[arg(long, env = "NAVRAT_BACKUP_DIR")]
    pub backup_dir: Option<PathBuf>,
    /// How often a scheduled backup is made: a number with `m`, `h` or `d` (e.g. `6h`).
    #[arg(long, env = "NAVRAT_BACKUP_EVERY", default_value = "1d", value_parser = parse_interval)]
    pub backup_every: std::time::Duration,
    /// How many scheduled backups to keep (the newest; at least 1).
    #[arg(long, env = "NAVRAT_BACKUP_KEEP", default_value_t = 14, value_parser = clap::value_parser!(u32).range(1..))]
    pub backup_keep: u32,
    /// Telegram bot token; the bot runs only when it is set. Read from the environment only.
    #[arg(
        long = "telegram-token",
        env = "NAVRAT_TELEGRAM_TOKEN",
        hide_env_values = true,
        hide = true
    )]
    pub telegram_token: Option<String>,
    /// Receive Telegram updates by webhook at this public HTTPS address instead of long polling.
    #[arg(long, env = "NAVRAT_TELEGRAM_WEBHOOK_URL")]
    pub telegram_webhook_url: Option<String>,
    /// Local address of the webhook listener (put a TLS proxy in front of it).
    #[arg(
        long,
        env = "NAVRAT_TELEGRAM_WEBHOOK_LISTEN",
        default_value = "127.0.0.1:8443"
    )]
    pub telegram_webhook_listen: SocketAddr,
    /// Secret Telegram must send with every webhook update (32–256 of A–Z, a–z, 0–9, _ and -).
    #[arg(
        long = "telegram-webhook-secret",
        env = "NAVRAT_TELEGRAM_WEBHOOK_SECRET",
        hide_env_values = true,
        hide = true
    )]
    pub telegram_webhook_secret: Option<String>,
    /// Another Telegram Bot API server (self-hosted, or a test fake).
    #[arg(long, env = "NAVRAT_TELEGRAM_API_URL")]
    pub telegram_api_url: Option<String>,
}

/// `navrat user …`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a staff user. The password is asked for (or read from NAVRAT_USER_PASSWORD).
    Add {
        /// Login name: lowercase letters, digits, '.', '_' or '-'.
        login: String,
        /// A role: coordinator, translator:<locale>, reviewer:<locale>, counsellor:<point>. Repeat for more.
        #[arg(long = "role", required = true)]
        roles: Vec<String>,
        /// Name shown to colleagues (defaults to the login).
        #[arg(long)]
        name: Option<String>,
        /// Languages they speak with people, e.g. `uk,ru` (for the coordinator's overview).
        #[arg(long, value_delimiter = ',')]
        speaks: Vec<String>,
    },
    /// Set the languages a user speaks with people, e.g. `navrat user speaks olena uk ru`.
    Speaks {
        /// Login name.
        login: String,
        /// Locale codes.
        languages: Vec<String>,
    },
    /// Set a new password (asked for, or read from NAVRAT_USER_PASSWORD).
    Passwd {
        /// Login name.
        login: String,
    },
    /// Disable a user: they can no longer sign in.
    Disable {
        /// Login name.
        login: String,
    },
    /// List users and their roles.
    List,
}

/// `30m`, `6h`, `1d`: an interval of at least one minute.
fn parse_interval(text: &str) -> Result<std::time::Duration, String> {
    let refuse = || format!("{text:?} is not an interval: a number with m, h or d, e.g. 6h");
    let (number, unit) = text.split_at(text.len().saturating_sub(1));
    let n: u64 = number.parse().map_err(|_| refuse())?;
    let secs = match unit {
        "m" => n.checked_mul(60),
        "h" => n.checked_mul(3600),
        "d" => n.checked_mul(86_400),
        _ => None,
    }
    .filter(|s| *s >= 60)
    .ok_or_else(refuse)?;
    Ok(std::time::Duration::from_secs(secs))
}
