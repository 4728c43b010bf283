//! `navrat`: the composition root. Parses the command line and hands over to `serve` (the
//! kiosk, the workspace, the Telegram bot and the background jobs) or to one of the operator's
//! `commands` (import, export, backup, user, check).

mod cli;
mod commands;
mod config;
mod serve;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::config::ServeConfig;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    match run(cli) {
        Ok(code) => code,
        // `navrat check | head` closes the pipe early: end quietly, as other command-line
        // tools do, once nobody reads what we print.
        Err(e) if reader_went_away(&e) => ExitCode::SUCCESS,
        Err(e) => {
            // One clear line for the operator: no panic, no backtrace.
            eprintln!("navrat: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    // Libraries below us log at debug what they send and receive: keep them at warn.
    let filter = EnvFilter::try_from_env("NAVRAT_LOG").unwrap_or_else(|_| {
        EnvFilter::new(
            // teloxide's webhook listener logs an update it cannot parse whole, with the
            // person's name and ids: never (the bot logs such an update by its id).
            "info,tantivy=warn,teloxide=warn,teloxide_core=warn,hyper=warn,reqwest=warn,tower_http=warn,teloxide::update_listeners::webhooks=off",
        )
    });
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    // Not locked: `serve`'s threads must never wait for it.
    let out = &mut std::io::stdout();
    match cli.command {
        Command::Serve(args) => serve::run(ServeConfig::new(cli.data, cli.locales, *args)?)?,
        Command::Import { dir } => commands::import(&cli.data, &cli.locales, &dir, out)?,
        Command::Export { dir } => commands::export(&cli.data, &cli.locales, &dir, out)?,
        Command::Backup { file } => commands::backup(&cli.data, &file, out)?,
        Command::User(command) => commands::user(&cli.data, &command, out)?,
        Command::Check => return commands::check(&cli.data, &cli.locales, out),
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether `error` is a command's write to standard output that failed because its reader
/// closed the pipe (the commands pass such a write's error up as it is, without context).
fn reader_went_away(error: &anyhow::Error) -> bool {
    error
        .downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}
