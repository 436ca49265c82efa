//! TLS to PostgreSQL: rustls with the platform roots, or the root certificate a URL
//! names (`sslrootcert=PATH`, as libpq takes it).

use std::sync::Arc;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use tokio_postgres_rustls::MakeRustlsConnect;

use crate::{Result, StoreError};

/// Takes libpq's `sslrootcert=PATH` out of the URL (tokio-postgres does not know it).
pub(super) fn split_root_cert(url: &str) -> (String, Option<String>) {
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_string(), None);
    };
    let mut root = None;
    let rest: Vec<&str> = query
        .split('&')
        .filter(|p| match p.strip_prefix("sslrootcert=") {
            Some(path) => {
                root = Some(path.to_string());
                false
            }
            None => true,
        })
        .collect();
    let url = if rest.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", rest.join("&"))
    };
    (url, root)
}

/// TLS for `sslmode=require`: rustls, the server's certificate verified (chain and host
/// name) against `root_cert` (a PEM file) or else the system's trusted roots.
pub(super) fn tls(root_cert: Option<&str>) -> Result<MakeRustlsConnect> {
    let bad = |what: String| StoreError::InvalidUrl(what);
    let mut roots = rustls::RootCertStore::empty();
    match root_cert {
        Some(path) => {
            for cert in CertificateDer::pem_file_iter(path)
                .map_err(|e| bad(format!("sslrootcert {path}: {e}")))?
            {
                let cert = cert.map_err(|e| bad(format!("sslrootcert {path}: {e}")))?;
                roots
                    .add(cert)
                    .map_err(|e| bad(format!("sslrootcert {path}: {e}")))?;
            }
        }
        None => {
            for cert in rustls_native_certs::load_native_certs().certs {
                // A system root rustls cannot use is skipped, as browsers do.
                let _ = roots.add(cert);
            }
        }
    }
    // ring, not rustls's default aws-lc-rs (a long C build that needs cmake). rustls
    // deprecates ring's provider only for lacking post-quantum key exchange, which
    // PostgreSQL connections do not need today.
    #[allow(deprecated)]
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| StoreError::Backend(format!("TLS setup: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(MakeRustlsConnect::new(config))
}
