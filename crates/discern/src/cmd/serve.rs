use std::process::ExitCode;

use anyhow::{Context, Result};
use discern_server::{KeysAction, ServeConfig, keys_command_blocking};

use crate::cli::{EraseArgs, KeysArgs, KeysCommand, LogFormat, ServeArgs};

pub fn run(args: ServeArgs) -> Result<ExitCode> {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,tower_http=warn".into());
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr);
    match args.log_format {
        LogFormat::Text => logs.init(),
        LogFormat::Json => logs.json().init(),
    }
    let config = ServeConfig::load_with(args.config.as_deref(), &args.settings)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async {
        let listener = discern_server::bind(&config.listen)
            .await
            .with_context(|| format!("cannot listen on {}", config.listen))?;
        // Scripts start the server on port 0 and read the address from this line.
        let address = listener.local_addr()?;
        std::io::Write::write_all(
            &mut std::io::stdout(),
            format!("listening on http://{address}\n").as_bytes(),
        )?;
        discern_server::serve_on(listener, config, discern_server::shutdown_signal()).await
    })?;
    Ok(ExitCode::SUCCESS)
}

pub fn keys(args: KeysArgs) -> Result<ExitCode> {
    let action = match args.action {
        KeysCommand::Create { site, rate_limit } => KeysAction::Create { site, rate_limit },
        KeysCommand::List => KeysAction::List,
        KeysCommand::Revoke { key } => KeysAction::Revoke { key },
        KeysCommand::Share { key, site, off } => KeysAction::Share {
            key,
            site,
            share: !off,
        },
        KeysCommand::Adapters { key, site } => KeysAction::Adapters { key, site },
        KeysCommand::Rollback { key, site, version } => KeysAction::Rollback { key, site, version },
    };
    // The same resolution as `serve` (defaults < --config < DISCERN_* < --db), so a key
    // lands in the database the server will read.
    let mut config = ServeConfig::load(args.config.as_deref())?;
    if let Some(db) = args.db {
        config.database = db;
    }
    let text = keys_command_blocking(&config.database, action)?;
    std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

pub fn erase(args: EraseArgs) -> Result<ExitCode> {
    let person = match (args.email, args.ip) {
        (Some(email), _) => discern_server::Person::Email(email),
        (None, Some(ip)) => discern_server::Person::Ip(ip),
        (None, None) => anyhow::bail!("give --email or --ip"),
    };
    // The database `serve` would use, resolved as for `keys`.
    let mut config = ServeConfig::load(args.config.as_deref())?;
    if let Some(db) = args.db {
        config.database = db;
    }
    let text = discern_server::erase_command_blocking(&config.database, person)?;
    std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
