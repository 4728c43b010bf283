//! `navrat`: the composition root. Parses the command line and hands over to `serve` (the
//! kiosk, the workspace, the Telegram bot and the background jobs) or to one of the operator's
//! `commands` (import, export, backup, user, check).

mod cli;
mod commands;
mod config;
mod config_file;
mod serve;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser};

use crate::cli::{Cli, Command};
use crate::config::ServeConfig;

fn main() -> ExitCode {
    let cli = match parse() {
        Ok(cli) => cli,
        Err(e) => return fail(&e),
    };
    init_tracing();
    match run(cli) {
        Ok(code) => code,
        // `navrat check | head` closes the pipe early: end quietly, as other command-line
        // tools do, once nobody reads what we print.
        Err(e) if reader_went_away(&e) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

/// One clear line per problem for the operator: no panic, no backtrace.
fn fail(error: &anyhow::Error) -> ExitCode {
    for line in format!("{error:#}").lines() {
        eprintln!("navrat: {line}");
    }
    ExitCode::FAILURE
}

/// The command line, with the configuration file's values where no flag or environment
/// variable gave one. A mistyped flag ends here as clap reports it.
fn parse() -> anyhow::Result<Cli> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let matches = Cli::command().get_matches_from(&args);
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let Some(path) = config_file::locate(cli.config.as_deref()) else {
        return Ok(cli);
    };
    let file = config_file::ConfigFile::read(&path)?;
    let (global, serve) = file.flags_not_set(&matches);
    if global.is_empty() && serve.is_empty() {
        return Ok(cli);
    }
    // Global flags go before the subcommand; `serve` takes no positional arguments, so its
    // flags can follow everything given.
    let mut with_file = Vec::with_capacity(args.len() + global.len() + serve.len());
    with_file.extend(args.first().cloned());
    with_file.extend(global);
    with_file.extend(args.iter().skip(1).cloned());
    with_file.extend(serve);
    Ok(Cli::try_parse_from(with_file).unwrap_or_else(|e| e.exit()))
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
        Command::Restore { backup, key } => {
            commands::restore(&backup, key.as_deref(), &cli.data, out)?;
        }
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
