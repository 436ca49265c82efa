/// Link shorteners hide where a link goes; spam leans on them.
const SHORTENERS: &[&str] = &[
    "bit.ly",
    "bitly.com",
    "goo.gl",
    "t.co",
    "tinyurl.com",
    "ow.ly",
    "is.gd",
    "buff.ly",
    "tiny.cc",
    "rebrand.ly",
    "cutt.ly",
    "shorturl.at",
    "rb.gy",
    "t.ly",
    "v.gd",
    "lnkd.in",
    "dlvr.it",
    "ift.tt",
    "fb.me",
    "youtu.be",
    "amzn.to",
    "amzn.eu",
    "bit.do",
    "adf.ly",
    "shorte.st",
    "ouo.io",
    "soo.gd",
    "s.id",
    "tr.im",
    "po.st",
    "wp.me",
    "su.pr",
    "j.mp",
    "x.co",
    "qr.ae",
    "lnk.to",
    "linktr.ee",
    "bl.ink",
    "snip.ly",
    "clck.ru",
    "trib.al",
    "hubs.ly",
    "mcaf.ee",
    "tiny.one",
    "shorturl.com",
];

/// The host of a URL-like token, lowercased by the caller's normalisation, without
/// scheme, `www.`, port, user info or path. `None` when the token has no plausible host.
///
/// ```
/// assert_eq!(discern_text::url_domain("https://www.Example.com:8080/a?b"), Some("Example.com"));
/// assert_eq!(discern_text::url_domain("bit.ly/3xYz"), Some("bit.ly"));
/// assert_eq!(discern_text::url_domain("hello"), None);
/// ```
pub fn url_domain(url: &str) -> Option<&str> {
    let mut rest = url;
    if let Some(pos) = rest.find("://") {
        rest = &rest[pos + 3..];
    }
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let mut host = &rest[..end];
    if let Some(at) = host.rfind('@') {
        host = &host[at + 1..];
    }
    if let Some(colon) = host.find(':') {
        host = &host[..colon];
    }
    if host.len() > 4 && host.as_bytes()[..4].eq_ignore_ascii_case(b"www.") {
        host = &host[4..];
    }
    let host = host.trim_end_matches('.');
    let (name, tld) = host.rsplit_once('.')?;
    let valid_tld =
        tld.len() >= 2 && tld.len() <= 24 && tld.bytes().all(|b| b.is_ascii_alphabetic());
    let valid_name = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && !name.starts_with(['-', '.']);
    (valid_tld && valid_name).then_some(host)
}

/// The path of a URL-like token after its host, without the leading "/", the query or
/// the fragment; empty when it has none.
///
/// ```
/// assert_eq!(discern_text::url_path("https://shop.example/services/lawn-care/?x=1"), "services/lawn-care/");
/// assert_eq!(discern_text::url_path("join.example/invite/KEV8821#top"), "invite/KEV8821");
/// assert_eq!(discern_text::url_path("https://example.com"), "");
/// ```
pub fn url_path(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let before_query = &rest[..rest.find(['?', '#']).unwrap_or(rest.len())];
    before_query.split_once('/').map_or("", |(_, path)| path)
}

/// Whether a domain (as returned by [`url_domain`]) belongs to a known link shortener.
pub fn is_shortener(domain: &str) -> bool {
    SHORTENERS.iter().any(|s| s.eq_ignore_ascii_case(domain))
}

/// Hosts a platform wraps every link in (X's t.co, LinkedIn's lnkd.in), whatever the
/// sender meant: a shortener nobody chose, which says nothing of where the sender points.
const PLATFORM_WRAPPERS: &[&str] = &["t.co", "lnkd.in"];

/// Whether a domain (as returned by [`url_domain`]) is a platform's own link wrapper.
pub fn is_platform_wrapper(domain: &str) -> bool {
    PLATFORM_WRAPPERS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(domain))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains() {
        assert_eq!(
            url_domain("http://user:pw@sub.site.co.uk/x"),
            Some("sub.site.co.uk")
        );
        assert_eq!(url_domain("www.murdev.com"), Some("murdev.com"));
        assert_eq!(url_domain("e.g."), None);
        assert_eq!(url_domain("3.14"), None);
        assert_eq!(url_domain("://"), None);
    }

    #[test]
    fn shorteners() {
        assert!(is_shortener("bit.ly"));
        assert!(is_shortener("T.CO"));
        assert!(!is_shortener("example.com"));
        // A platform's wrapper is a shortener nobody chose.
        assert!(is_platform_wrapper("T.CO") && is_platform_wrapper("lnkd.in"));
        assert!(!is_platform_wrapper("bit.ly"));
    }
}
