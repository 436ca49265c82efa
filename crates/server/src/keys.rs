//! `discern keys …` and `discern adapters …` as library functions: each opens the store,
//! does one thing and returns the text to print. The CLI only parses flags and prints.

use anyhow::Context;
use discern_store::{AdapterScope, KEY_PREFIX_LEN, KeyRecord, SiteRecord, Store};

/// One `discern keys` action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeysAction {
    /// Create a key (optionally with its first site and a requests-per-second limit).
    Create {
        site: Option<String>,
        rate_limit: Option<u32>,
    },
    /// List keys (display prefixes only) and their sites.
    List,
    /// Revoke a key, given in full or by its 4-character prefix.
    Revoke { key: String },
    /// Share (or stop sharing) a site's feedback into the global adapter.
    Share {
        key: String,
        site: String,
        share: bool,
    },
    /// List the adapter versions of a site.
    Adapters { key: String, site: String },
    /// Go back to adapter `version` of a site (stored as a new version).
    Rollback {
        key: String,
        site: String,
        version: i64,
    },
}

/// Runs `action` against the database at `db_url` and returns printable output. Async;
/// see [`keys_command_blocking`] for a caller without a runtime.
pub async fn keys_command(db_url: &str, action: KeysAction) -> anyhow::Result<String> {
    let store = Store::open(db_url)
        .await
        .with_context(|| format!("opening {db_url}"))?;
    let out = match action {
        KeysAction::Create { site, rate_limit } => {
            let new = store.create_key(rate_limit, site.as_deref()).await?;
            let mut out = format!("{}\n", new.key);
            out.push_str("# The key is shown only this once; it is stored hashed.\n");
            if let Some(site) = new.site {
                out.push_str(&format!("# site: {}\n", site.url));
            }
            if let Some(rl) = rate_limit {
                out.push_str(&format!("# rate limit: {rl} requests/second\n"));
            }
            out
        }
        KeysAction::List => {
            let mut out = String::from(
                "KEY           CREATED                    REVOKED                    RATE  SITES\n",
            );
            for k in store.list_keys().await? {
                let sites: Vec<String> = store
                    .sites_for_key(k.id)
                    .await?
                    .into_iter()
                    .map(site_label)
                    .collect();
                out.push_str(&format!(
                    "{:<13} {:<26} {:<26} {:<5} {}\n",
                    format!("{}********", k.prefix),
                    time(Some(k.created_at)),
                    time(k.revoked_at),
                    k.rate_limit.map_or("-".to_string(), |r| r.to_string()),
                    sites.join(", ")
                ));
            }
            out
        }
        KeysAction::Revoke { key } => {
            let k = store.revoke_key(&key).await?;
            format!("revoked {}********\n", k.prefix)
        }
        KeysAction::Share { key, site, share } => {
            let site = find_site(&store, &key, &site).await?;
            store.set_share_feedback(site.id, share).await?;
            format!(
                "{}: feedback {} (takes effect in a running server within seconds)\n",
                site.url,
                if share {
                    "shared into the global adapter"
                } else {
                    "kept private to this site"
                }
            )
        }
        KeysAction::Adapters { key, site } => {
            let site = find_site(&store, &key, &site).await?;
            let mut out = String::from("VERSION  UPDATES  CREATED                    REASON\n");
            for a in store.list_adapters(scope(&site)).await? {
                out.push_str(&format!(
                    "{:<8} {:<8} {:<26} {}\n",
                    a.version,
                    a.updates,
                    time(Some(a.created_at)),
                    a.reason
                ));
            }
            out
        }
        KeysAction::Rollback { key, site, version } => {
            let site = find_site(&store, &key, &site).await?;
            let rec = store
                .rollback_adapter(scope(&site), version, Some(site.id))
                .await?;
            format!(
                "{}: adapter version {} restored as version {} (a running server picks it up on restart; \
                 POST /v1/adapters/rollback applies it live)\n",
                site.url, version, rec.version
            )
        }
    };
    store.close().await?;
    Ok(out)
}

/// [`keys_command`] for callers outside any async runtime (a plain `main`).
pub fn keys_command_blocking(db_url: &str, action: KeysAction) -> anyhow::Result<String> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(keys_command(db_url, action))
}

fn scope(site: &SiteRecord) -> AdapterScope {
    crate::AppState::scope_of(site)
}

fn site_label(s: SiteRecord) -> String {
    if s.share_feedback {
        format!("{} (shared)", s.url)
    } else {
        s.url
    }
}

fn time(t: Option<i64>) -> String {
    t.and_then(|t| chrono::DateTime::from_timestamp(t, 0))
        .map_or("-".into(), |t| t.to_rfc3339())
}

/// The key named in full or by prefix (live keys only).
async fn find_key(store: &Store, key: &str) -> anyhow::Result<KeyRecord> {
    if let Some(k) = store.verify_key(key).await? {
        return Ok(k);
    }
    let matches: Vec<KeyRecord> = store
        .list_keys()
        .await?
        .into_iter()
        .filter(|k| k.revoked_at.is_none() && key.len() == KEY_PREFIX_LEN && k.prefix == key)
        .collect();
    match matches.len() {
        1 => Ok(matches.into_iter().next().expect("one match")),
        0 => anyhow::bail!("no live key {key}"),
        n => anyhow::bail!("prefix {key} names {n} keys; give the whole key"),
    }
}

async fn find_site(store: &Store, key: &str, url: &str) -> anyhow::Result<SiteRecord> {
    let key = find_key(store, key).await?;
    store
        .sites_for_key(key.id)
        .await?
        .into_iter()
        .find(|s| s.url == url)
        .with_context(|| format!("key {}******** has no site {url}", key.prefix))
}
