//! Server settings: defaults, then a TOML file, then `DISCERN_*` environment variables and
//! flags (`settings.rs`).

use std::path::Path;
use std::time::Duration;

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::Settings;

/// Everything `discern serve` can be told. Every field has a default, so an empty config
/// file (or none) is valid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServeConfig {
    /// Address to listen on (`127.0.0.1:8080`; port 0 picks a free one).
    pub listen: String,
    /// Database: a SQLite path / `sqlite://PATH`, or a `postgres://` URL.
    pub database: String,
    /// Spam probability at or above which comment-check adds `X-akismet-pro-tip: discard`.
    pub discard_threshold: f32,
    /// Days to keep checks; older ones are deleted (really: DELETE + incremental vacuum).
    /// `None` keeps them forever.
    pub retention_days: Option<u32>,
    /// Secret that marks a request as the operator's (`X-Discern-Operator` header): needed
    /// to roll back the global adapter that every sharing site uses. `None` (the default)
    /// leaves that to `discern keys rollback`, which needs access to the database.
    pub operator_token: Option<String>,
    pub privacy: PrivacyConfig,
    pub limits: LimitsConfig,
    /// Tracked links and clicks (`[measure]`: `trust_proxy`, `datacenter_ranges`).
    pub measure: discern_measure::MeasureConfig,
}

/// Privacy opt-ins. By default IPs and e-mails are stored only as salted hashes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PrivacyConfig {
    /// Store commenters' IP addresses in clear.
    pub store_ip: bool,
    /// Store commenters' e-mail addresses in clear.
    pub store_email: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LimitsConfig {
    /// Largest Akismet request body (form-encoded), bytes.
    pub akismet_body_bytes: usize,
    /// Largest native API body (JSON batches), bytes.
    pub api_body_bytes: usize,
    /// Most posts in one batch.
    pub max_batch: usize,
    /// Whole-request deadline in milliseconds, body upload included (a slow body gets 408).
    pub request_timeout_ms: u64,
    /// Requests per second per key when the key has no limit of its own; 0 = unlimited.
    pub default_rate_limit: u32,
    /// Monthly comment-check allowance reported by usage-limit; `None` = unlimited.
    pub monthly_limit: Option<u64>,
    /// Most open client connections. At the cap the connection idle the longest is closed
    /// to make room; when every connection is busy, new ones wait in the listen backlog.
    /// Lowered to the process's open-file limit (less a reserve) at start-up.
    pub max_connections: usize,
    /// Milliseconds a client has to send a complete request head (request line and
    /// headers), counted from the connection's start or the end of its previous response.
    pub header_read_timeout_ms: u64,
    /// Milliseconds a connection may sit idle between requests before it is closed.
    pub keep_alive_timeout_ms: u64,
    /// Largest adapter (a site's learned corrections), bytes. Feedback that would grow an
    /// adapter past it is refused whole (507) instead of stored.
    pub max_adapter_bytes: usize,
    /// Adapter versions kept per site (and for the global adapter); older versions are
    /// deleted as new ones are stored, so rollback reaches this far back.
    pub adapter_versions: usize,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            listen: "127.0.0.1:8080".into(),
            database: "discern.db".into(),
            discard_threshold: 0.98,
            retention_days: Some(90),
            operator_token: None,
            privacy: PrivacyConfig::default(),
            limits: LimitsConfig::default(),
            measure: discern_measure::MeasureConfig::default(),
        }
    }
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig {
            akismet_body_bytes: 64 * 1024,
            api_body_bytes: 8 * 1024 * 1024,
            max_batch: 10_000,
            request_timeout_ms: 10_000,
            default_rate_limit: 100,
            monthly_limit: None,
            max_connections: 1024,
            header_read_timeout_ms: 10_000,
            keep_alive_timeout_ms: 5_000,
            max_adapter_bytes: 16 * 1024 * 1024,
            adapter_versions: 10,
        }
    }
}

impl ServeConfig {
    /// Defaults, overridden by the TOML file at `path` (when given), overridden by the
    /// process environment's `DISCERN_*` variables ([`Settings::from_env`]).
    pub fn load(path: Option<&Path>) -> anyhow::Result<ServeConfig> {
        Self::load_with(path, &Settings::from_env()?)
    }

    /// Defaults, overridden by the TOML file at `path` (when given), overridden by
    /// `settings` (flags and `DISCERN_*` variables, as `discern serve` parsed them); then
    /// checked.
    pub fn load_with(path: Option<&Path>, settings: &Settings) -> anyhow::Result<ServeConfig> {
        let mut config = match path {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("reading {}", path.display()))?;
                toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?
            }
            None => ServeConfig::default(),
        };
        settings.apply(&mut config);
        config.validate()?;
        Ok(config)
    }

    /// Refuses settings that cannot work, with what is wrong.
    pub fn validate(&self) -> anyhow::Result<()> {
        discern_measure::BotRules::new(&self.measure.datacenter_ranges)
            .map_err(|e| anyhow::anyhow!("measure.datacenter_ranges: {e}"))?;
        if !(0.0..=1.0).contains(&self.discard_threshold) {
            anyhow::bail!(
                "discard_threshold must be between 0 and 1, not {}",
                self.discard_threshold
            );
        }
        if self.limits.max_connections == 0 || self.limits.adapter_versions == 0 {
            anyhow::bail!("limits.max_connections and limits.adapter_versions must be at least 1");
        }
        if self.operator_token.as_ref().is_some_and(|t| t.len() < 16) {
            anyhow::bail!("operator_token must be at least 16 characters");
        }
        Ok(())
    }

    pub(crate) fn request_timeout(&self) -> Duration {
        Duration::from_millis(self.limits.request_timeout_ms.max(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_then_checks() {
        let c: ServeConfig = toml::from_str(
            "listen = \"0.0.0.0:9000\"\nretention_days = 7\n[privacy]\nstore_ip = true\n[limits]\ndefault_rate_limit = 5\n",
        )
        .unwrap();
        assert_eq!(c.listen, "0.0.0.0:9000");
        assert!(c.privacy.store_ip && !c.privacy.store_email);
        assert_eq!(c.limits.akismet_body_bytes, 64 * 1024);
        assert_eq!(c.limits.default_rate_limit, 5);
        c.validate().unwrap();
        assert!(
            toml::from_str::<ServeConfig>("nonsense = 1").is_err(),
            "unknown settings are refused"
        );
        let short_token = ServeConfig {
            operator_token: Some("short".into()),
            ..c.clone()
        };
        assert!(short_token.validate().is_err());
        let threshold = ServeConfig {
            discard_threshold: 1.5,
            ..c
        };
        assert!(threshold.validate().is_err());
    }
}
