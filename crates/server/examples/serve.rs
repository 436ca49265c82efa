//! `discern serve` without the CLI binary, for scripts and tests:
//!
//! ```text
//! cargo run -p discern-server --example serve                 # settings from DISCERN_* / DISCERN_CONFIG
//! cargo run -p discern-server --example serve -- keys create --site https://blog.example --rate-limit 1000
//! cargo run -p discern-server --example serve -- keys list|revoke KEY
//! ```
//!
//! Prints `listening on http://ADDR` on stdout once bound (port 0 picks a free port).

use std::io::Write;

use discern_server::{KeysAction, ServeConfig, keys_command};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let config = ServeConfig::load(
        std::env::var_os("DISCERN_CONFIG")
            .as_deref()
            .map(std::path::Path::new),
    )?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    match args.first().map(String::as_str) {
        Some("keys") => {
            let action = match args.get(1).map(String::as_str) {
                Some("create") => KeysAction::Create {
                    site: arg("--site"),
                    rate_limit: arg("--rate-limit").map(|r| r.parse()).transpose()?,
                },
                Some("list") => KeysAction::List,
                Some("revoke") => KeysAction::Revoke {
                    key: args.get(2).cloned().unwrap_or_default(),
                },
                other => anyhow::bail!("unknown keys action {other:?}"),
            };
            print!("{}", keys_command(&config.database, action).await?);
            Ok(())
        }
        Some(other) => anyhow::bail!("unknown command {other:?}"),
        None => {
            let listener = discern_server::bind(&config.listen).await?;
            println!("listening on http://{}", listener.local_addr()?);
            std::io::stdout().flush()?;
            discern_server::serve_on(listener, config, discern_server::shutdown_signal()).await
        }
    }
}
