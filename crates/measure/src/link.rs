//! Tracked links: short codes, UTM parameters, and the redirect location.
//!
//! The location is prepared once per link (destination + UTM, split around the
//! fragment), so answering a click is string concatenation: the prepared prefix, the
//! request's own unknown query parameters, and the click id `dsc_click`.

use rand::Rng;
use serde::{Deserialize, Serialize};
use url::Url;

use crate::MeasureError;

/// The query parameter that carries the click id to the destination.
pub const CLICK_PARAM: &str = "dsc_click";
/// Length of generated short codes (62^7 ≈ 3.5·10^12 codes).
pub const CODE_LEN: usize = 7;
/// Length of generated click ids (62^16 ≈ 2^95).
pub const CLICK_ID_LEN: usize = 16;
const BASE62: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// UTM parameters of a link. `utm_medium` defaults to `social` for organic links and
/// `paid_social` for paid ones, so reports can tell them apart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Utm {
    pub source: Option<String>,
    pub medium: Option<String>,
    pub campaign: Option<String>,
    pub content: Option<String>,
    pub term: Option<String>,
}

impl Utm {
    /// The parameters in URL order, empty ones left out, the medium defaulted.
    pub fn pairs(&self, paid: bool) -> Vec<(&'static str, String)> {
        let medium = self
            .medium
            .clone()
            .unwrap_or_else(|| if paid { "paid_social" } else { "social" }.to_string());
        [
            ("utm_source", self.source.clone()),
            ("utm_medium", Some(medium)),
            ("utm_campaign", self.campaign.clone()),
            ("utm_content", self.content.clone()),
            ("utm_term", self.term.clone()),
        ]
        .into_iter()
        .filter_map(|(k, v)| Some((k, v?.trim().to_string())).filter(|(_, v)| !v.is_empty()))
        .collect()
    }
}

/// A destination with its UTM parameters, ready to answer clicks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedUrl {
    /// Everything before the fragment, UTM included.
    prefix: String,
    /// `#…` or empty.
    fragment: String,
}

/// Checks `destination` (an absolute http(s) URL) and adds the UTM parameters; a UTM
/// parameter already in the destination is replaced by the link's.
pub fn prepare(destination: &str, utm: &Utm, paid: bool) -> Result<PreparedUrl, MeasureError> {
    let mut url = Url::parse(destination.trim())
        .map_err(|e| MeasureError::Invalid(format!("destination {destination:?}: {e}")))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(MeasureError::Invalid(format!(
            "destination must be an http or https URL with a host, not {destination:?}"
        )));
    }
    let pairs = utm.pairs(paid);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| !pairs.iter().any(|(p, _)| p == k) && k != CLICK_PARAM)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let fragment = url.fragment().map(|f| format!("#{f}")).unwrap_or_default();
    url.set_fragment(None);
    if kept.is_empty() && pairs.is_empty() {
        url.set_query(None);
    } else {
        let mut q = url.query_pairs_mut();
        q.clear();
        for (k, v) in &kept {
            q.append_pair(k, v);
        }
        for (k, v) in &pairs {
            q.append_pair(k, v);
        }
    }
    Ok(PreparedUrl {
        prefix: url.into(),
        fragment,
    })
}

impl PreparedUrl {
    /// The destination as stored (UTM included, no click id).
    pub fn as_url(&self) -> String {
        format!("{}{}", self.prefix, self.fragment)
    }

    /// Where a click goes: the prepared URL, then the request's query parameters that are
    /// neither UTM nor `dsc_click` (passed through as sent), then `dsc_click`.
    pub fn location(&self, request_query: Option<&str>, click_id: &str) -> String {
        let mut out = String::with_capacity(
            self.prefix.len() + self.fragment.len() + request_query.map_or(0, str::len) + 32,
        );
        out.push_str(&self.prefix);
        let mut sep = if self.prefix.contains('?') { '&' } else { '?' };
        for pair in request_query.unwrap_or("").split('&') {
            let key = pair.split('=').next().unwrap_or("");
            if key.is_empty()
                || key.len() >= 4 && key[..4].eq_ignore_ascii_case("utm_")
                || key.eq_ignore_ascii_case(CLICK_PARAM)
            {
                continue;
            }
            out.push(sep);
            out.push_str(pair);
            sep = '&';
        }
        out.push(sep);
        out.push_str(CLICK_PARAM);
        out.push('=');
        out.push_str(click_id);
        out.push_str(&self.fragment);
        out
    }
}

fn random_base62(len: usize) -> String {
    let mut rng = rand::rng();
    (0..len)
        .map(|_| BASE62[rng.random_range(0..BASE62.len())] as char)
        .collect()
}

/// A fresh random short code.
pub fn generate_code() -> String {
    random_base62(CODE_LEN)
}

/// A fresh random click id.
pub fn generate_click_id() -> String {
    random_base62(CLICK_ID_LEN)
}

/// Whether `code` can be a short code: 1 to 64 of `A-Z a-z 0-9 _ -`.
pub fn valid_code(code: &str) -> bool {
    (1..=64).contains(&code.len())
        && code
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utm() -> Utm {
        Utm {
            source: Some("mastodon".into()),
            campaign: Some("spring launch".into()),
            ..Utm::default()
        }
    }

    #[test]
    fn utm_added_replaced_and_medium_defaulted() {
        let p = prepare(
            "https://shop.example/p?id=7&utm_source=old#buy",
            &utm(),
            false,
        )
        .unwrap();
        assert_eq!(
            p.as_url(),
            "https://shop.example/p?id=7&utm_source=mastodon&utm_medium=social&utm_campaign=spring+launch#buy"
        );
        let p = prepare("https://shop.example/", &Utm::default(), true).unwrap();
        assert_eq!(p.as_url(), "https://shop.example/?utm_medium=paid_social");
    }

    #[test]
    fn location_carries_unknown_params_and_click_id() {
        let p = prepare("https://shop.example/p#top", &utm(), false).unwrap();
        let loc = p.location(Some("ref=nl&utm_source=evil&dsc_click=forged&&x"), "CLICK");
        assert_eq!(
            loc,
            "https://shop.example/p?utm_source=mastodon&utm_medium=social&utm_campaign=spring+launch&ref=nl&x&dsc_click=CLICK#top"
        );
        let bare = PreparedUrl {
            prefix: "https://a.example/".into(),
            fragment: String::new(),
        };
        assert_eq!(bare.location(None, "C"), "https://a.example/?dsc_click=C");
        assert_eq!(
            bare.location(Some("a=1"), "C"),
            "https://a.example/?a=1&dsc_click=C"
        );
    }

    #[test]
    fn destinations_must_be_web_urls() {
        for bad in [
            "javascript:alert(1)",
            "/relative",
            "ftp://x.example/",
            "https://",
            "not a url",
        ] {
            assert!(prepare(bad, &Utm::default(), false).is_err(), "{bad}");
        }
    }

    #[test]
    fn codes() {
        let c = generate_code();
        assert_eq!(c.len(), CODE_LEN);
        assert!(valid_code(&c));
        assert_ne!(generate_click_id(), generate_click_id());
        assert!(valid_code("spring-2026_a"));
        for bad in ["", "a/b", "a b", "é", &"x".repeat(65)] {
            assert!(!valid_code(bad), "{bad:?}");
        }
    }
}
