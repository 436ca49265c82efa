//! The settings a flag or a `DISCERN_*` environment variable can give, through clap's
//! `env` feature: one declaration per setting gives the flag, the variable, the parsing,
//! the error message and the `--help` line. Precedence: defaults < TOML file < variable <
//! flag (clap prefers the flag to the variable; both override the file).

use clap::builder::BoolishValueParser;

use crate::ServeConfig;

/// `discern serve`'s settings flags (flattened into its arguments), each also read from
/// its `DISCERN_*` variable. Unset ones leave the file's value alone.
#[derive(Debug, Clone, Default, PartialEq, clap::Args)]
pub struct Settings {
    /// Address to listen on (port 0 picks a free one).
    #[arg(long, env = "DISCERN_LISTEN", value_name = "ADDR")]
    pub listen: Option<String>,
    /// Database: a SQLite path or a postgres:// URL.
    #[arg(long = "db", env = "DISCERN_DATABASE", value_name = "URL")]
    pub database: Option<String>,
    /// Spam probability at or above which comment-check says `discard`.
    #[arg(long, env = "DISCERN_DISCARD_THRESHOLD", value_name = "P")]
    pub discard_threshold: Option<f32>,
    /// Days to keep checks (0 keeps them forever).
    #[arg(long, env = "DISCERN_RETENTION_DAYS", value_name = "DAYS")]
    pub retention_days: Option<u32>,
    /// Store commenters' IP addresses in clear (default: salted hashes).
    #[arg(long, env = "DISCERN_STORE_IP", value_name = "BOOL", num_args = 0..=1,
          default_missing_value = "true", value_parser = BoolishValueParser::new())]
    pub store_ip: Option<bool>,
    /// Store commenters' e-mail addresses in clear (default: salted hashes).
    #[arg(long, env = "DISCERN_STORE_EMAIL", value_name = "BOOL", num_args = 0..=1,
          default_missing_value = "true", value_parser = BoolishValueParser::new())]
    pub store_email: Option<bool>,
    /// Largest Akismet request body, bytes.
    #[arg(long, env = "DISCERN_AKISMET_BODY_BYTES", value_name = "BYTES")]
    pub akismet_body_bytes: Option<usize>,
    /// Largest native API body, bytes.
    #[arg(long, env = "DISCERN_API_BODY_BYTES", value_name = "BYTES")]
    pub api_body_bytes: Option<usize>,
    /// Most posts in one batch.
    #[arg(long, env = "DISCERN_MAX_BATCH", value_name = "N")]
    pub max_batch: Option<usize>,
    /// Whole-request deadline, milliseconds.
    #[arg(long, env = "DISCERN_REQUEST_TIMEOUT_MS", value_name = "MS")]
    pub request_timeout_ms: Option<u64>,
    /// Requests per second per key without a limit of its own (0: unlimited).
    #[arg(long, env = "DISCERN_RATE_LIMIT", value_name = "N")]
    pub rate_limit: Option<u32>,
    /// Monthly comment-check allowance reported by usage-limit.
    #[arg(long, env = "DISCERN_MONTHLY_LIMIT", value_name = "N")]
    pub monthly_limit: Option<u64>,
    /// Most open client connections.
    #[arg(long, env = "DISCERN_MAX_CONNECTIONS", value_name = "N")]
    pub max_connections: Option<usize>,
    /// Milliseconds a client has to send a request head.
    #[arg(long, env = "DISCERN_HEADER_READ_TIMEOUT_MS", value_name = "MS")]
    pub header_read_timeout_ms: Option<u64>,
    /// Milliseconds a connection may sit idle between requests.
    #[arg(long, env = "DISCERN_KEEP_ALIVE_TIMEOUT_MS", value_name = "MS")]
    pub keep_alive_timeout_ms: Option<u64>,
    /// Largest adapter, bytes.
    #[arg(long, env = "DISCERN_MAX_ADAPTER_BYTES", value_name = "BYTES")]
    pub max_adapter_bytes: Option<usize>,
    /// Adapter versions kept per site.
    #[arg(long, env = "DISCERN_ADAPTER_VERSIONS", value_name = "N")]
    pub adapter_versions: Option<usize>,
    /// The operator's secret (`X-Discern-Operator`); prefer the variable to the flag,
    /// which other users can see in the process list.
    #[arg(
        long,
        env = "DISCERN_OPERATOR_TOKEN",
        value_name = "TOKEN",
        hide_env_values = true
    )]
    pub operator_token: Option<String>,
    /// Take click addresses from X-Forwarded-For (only behind a proxy you run).
    #[arg(long, env = "DISCERN_TRUST_PROXY", value_name = "BOOL", num_args = 0..=1,
          default_missing_value = "true", value_parser = BoolishValueParser::new())]
    pub trust_proxy: Option<bool>,
    /// Datacenter address ranges whose clicks are flagged as bots (comma-separated CIDRs).
    #[arg(
        long,
        env = "DISCERN_DATACENTER_RANGES",
        value_name = "CIDRS",
        value_delimiter = ','
    )]
    pub datacenter_ranges: Option<Vec<String>>,
}

/// Only the environment: no flags.
#[derive(clap::Parser)]
#[command(no_binary_name = true)]
struct EnvOnly {
    #[command(flatten)]
    settings: Settings,
}

impl Settings {
    /// The settings the process environment's `DISCERN_*` variables give.
    pub fn from_env() -> anyhow::Result<Settings> {
        use clap::Parser;
        EnvOnly::try_parse_from(std::iter::empty::<String>())
            .map(|e| e.settings)
            .map_err(|e| anyhow::anyhow!("{}", e.to_string().trim_end()))
    }

    /// Overrides `config`'s values with the settings given.
    pub fn apply(&self, config: &mut ServeConfig) {
        fn set<T: Clone>(target: &mut T, value: &Option<T>) {
            if let Some(v) = value {
                *target = v.clone();
            }
        }
        set(&mut config.listen, &self.listen);
        set(&mut config.database, &self.database);
        set(&mut config.discard_threshold, &self.discard_threshold);
        if let Some(days) = self.retention_days {
            config.retention_days = (days > 0).then_some(days);
        }
        set(&mut config.privacy.store_ip, &self.store_ip);
        set(&mut config.privacy.store_email, &self.store_email);
        let limits = &mut config.limits;
        set(&mut limits.akismet_body_bytes, &self.akismet_body_bytes);
        set(&mut limits.api_body_bytes, &self.api_body_bytes);
        set(&mut limits.max_batch, &self.max_batch);
        set(&mut limits.request_timeout_ms, &self.request_timeout_ms);
        set(&mut limits.default_rate_limit, &self.rate_limit);
        if self.monthly_limit.is_some() {
            limits.monthly_limit = self.monthly_limit;
        }
        set(&mut limits.max_connections, &self.max_connections);
        set(
            &mut limits.header_read_timeout_ms,
            &self.header_read_timeout_ms,
        );
        set(
            &mut limits.keep_alive_timeout_ms,
            &self.keep_alive_timeout_ms,
        );
        set(&mut limits.max_adapter_bytes, &self.max_adapter_bytes);
        set(&mut limits.adapter_versions, &self.adapter_versions);
        if let Some(token) = &self.operator_token {
            config.operator_token = Some(token.trim().to_string()).filter(|t| !t.is_empty());
        }
        set(&mut config.measure.trust_proxy, &self.trust_proxy);
        if let Some(ranges) = &self.datacenter_ranges {
            config.measure.datacenter_ranges = ranges
                .iter()
                .map(|r| r.trim())
                .filter(|r| !r.is_empty())
                .map(str::to_string)
                .collect();
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Parser)]
    #[command(no_binary_name = true)]
    struct Cli {
        #[command(flatten)]
        settings: Settings,
    }

    fn parse(args: &[&str]) -> Result<Settings, clap::Error> {
        Cli::try_parse_from(args).map(|c| c.settings)
    }

    #[test]
    fn flags_override_the_file_and_unset_ones_leave_it() {
        let mut c: ServeConfig = toml::from_str(
            "listen = \"0.0.0.0:9000\"\nretention_days = 7\n[privacy]\nstore_ip = true\n[limits]\ndefault_rate_limit = 5\n",
        )
        .unwrap();
        parse(&[
            "--rate-limit",
            "9",
            "--retention-days",
            "0",
            "--store-email",
            "--datacenter-ranges",
            "198.51.100.0/24, 2001:db8::/32",
        ])
        .unwrap()
        .apply(&mut c);
        assert_eq!(c.limits.default_rate_limit, 9);
        assert_eq!(c.retention_days, None, "0 keeps checks forever");
        assert!(c.privacy.store_email);
        assert!(c.privacy.store_ip, "unset: the file's value stays");
        assert_eq!(c.listen, "0.0.0.0:9000");
        assert_eq!(
            c.measure.datacenter_ranges,
            ["198.51.100.0/24", "2001:db8::/32"]
        );
        parse(&["--store-ip=no"]).unwrap().apply(&mut c);
        assert!(!c.privacy.store_ip);
        assert!(parse(&["--store-ip=maybe"]).is_err());
        assert!(parse(&["--rate-limit", "lots"]).is_err());
        assert_eq!(parse(&[]).unwrap(), Settings::default());
    }
}
