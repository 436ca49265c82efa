//! Which clicks are not people, and why.
//!
//! Every click is kept; a bot click carries a [`BotReason`] and a detail (the matched
//! pattern text, the range), so anyone can audit why it was not counted. Reasons are tried
//! in a fixed order, first match wins: a HEAD request, a mail scanner, a link-preview
//! fetcher, a known crawler, a configured datacenter range, no user agent at all.
//!
//! Crawlers and preview fetchers come from the shipped crawler-user-agents list (MIT, see
//! `data/SOURCE.txt`); its `social-preview` tag makes the link-preview reason.

use std::net::IpAddr;

use ipnet::IpNet;
use regex::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};

use crate::MeasureError;

/// Version of the shipped crawler-user-agents list (npm `crawler-user-agents`).
pub const CRAWLER_LIST_VERSION: &str = "1.60.0";
const CRAWLER_LIST: &str = include_str!("../data/crawler-user-agents.json");
const MAIL_SCANNERS: &str = include_str!("../data/mail-scanners.txt");

/// Why a click was flagged as not a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BotReason {
    /// A HEAD request: it asks whether the page exists, no person reads its answer (X
    /// sends three of these with a browser user agent for every shared link).
    HeadRequest,
    /// A mail-security scanner opening the links of a mail before its reader does.
    MailScanner,
    /// A link-preview fetcher (facebookexternalhit, Slackbot, Twitterbot, Discordbot…).
    LinkPreview,
    /// A known crawler, monitor, SEO tool or HTTP library.
    Crawler,
    /// The client address is in a configured datacenter range.
    Datacenter,
    /// The request named no user agent; browsers always send one.
    NoUserAgent,
}

impl BotReason {
    pub const ALL: [BotReason; 6] = [
        BotReason::HeadRequest,
        BotReason::MailScanner,
        BotReason::LinkPreview,
        BotReason::Crawler,
        BotReason::Datacenter,
        BotReason::NoUserAgent,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BotReason::HeadRequest => "head_request",
            BotReason::MailScanner => "mail_scanner",
            BotReason::LinkPreview => "link_preview",
            BotReason::Crawler => "crawler",
            BotReason::Datacenter => "datacenter",
            BotReason::NoUserAgent => "no_user_agent",
        }
    }

    pub fn parse(s: &str) -> Option<BotReason> {
        BotReason::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// A bot flag: the reason and what matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BotFlag {
    pub reason: BotReason,
    pub detail: String,
}

/// The rules, compiled once.
#[derive(Debug)]
pub struct BotRules {
    previews: Regex,
    crawlers: Regex,
    mail: Regex,
    ranges: Vec<IpNet>,
    skipped: Vec<String>,
}

#[derive(Deserialize)]
struct Entry {
    pattern: String,
    #[serde(default)]
    tags: Vec<String>,
}

impl BotRules {
    /// The shipped lists, no datacenter ranges.
    pub fn shipped() -> Result<BotRules, MeasureError> {
        Self::new(&[])
    }

    /// The shipped lists plus `ranges` (CIDR, IPv4 or IPv6) as datacenter ranges.
    pub fn new(ranges: &[String]) -> Result<BotRules, MeasureError> {
        let entries: Vec<Entry> = serde_json::from_str(CRAWLER_LIST)
            .map_err(|e| MeasureError::Data(format!("crawler-user-agents.json: {e}")))?;
        let mut previews = Vec::new();
        let mut crawlers = Vec::new();
        let mut skipped = Vec::new();
        for e in entries {
            // A pattern this regex engine cannot compile is left out and reported by
            // `skipped_patterns`, never silently mismatched.
            if Regex::new(&e.pattern).is_err() {
                skipped.push(e.pattern);
                continue;
            }
            if e.tags.iter().any(|t| t == "social-preview") {
                previews.push(e.pattern);
            } else {
                crawlers.push(e.pattern);
            }
        }
        let mail: Vec<String> = MAIL_SCANNERS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(regex::escape)
            .collect();
        let ranges = ranges
            .iter()
            .map(|r| {
                let r = r.trim();
                r.parse::<IpNet>()
                    .or_else(|_| r.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| MeasureError::Invalid(format!("not an address range: {r:?}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(BotRules {
            previews: union(&previews, false)?,
            crawlers: union(&crawlers, false)?,
            mail: union(&mail, true)?,
            ranges,
            skipped,
        })
    }

    /// Patterns of the shipped list that could not be compiled (left out).
    pub fn skipped_patterns(&self) -> &[String] {
        &self.skipped
    }

    /// Whether a request is a bot, and why. `ip` is the client address (after
    /// `--trust-proxy`); it is only compared with the ranges, never kept.
    pub fn classify(
        &self,
        head: bool,
        user_agent: Option<&str>,
        ip: Option<IpAddr>,
    ) -> Option<BotFlag> {
        let flag = |reason, detail: &str| {
            Some(BotFlag {
                reason,
                detail: detail.to_string(),
            })
        };
        if head {
            return flag(BotReason::HeadRequest, "HEAD");
        }
        let ua = user_agent.map(str::trim).unwrap_or("");
        if !ua.is_empty() {
            for (re, reason) in [
                (&self.mail, BotReason::MailScanner),
                (&self.previews, BotReason::LinkPreview),
                (&self.crawlers, BotReason::Crawler),
            ] {
                if let Some(m) = re.find(ua) {
                    return flag(reason, m.as_str());
                }
            }
        }
        if let Some(ip) = ip {
            let ip = canonical(ip);
            if let Some(net) = self.ranges.iter().find(|n| n.contains(&ip)) {
                return flag(BotReason::Datacenter, &net.to_string());
            }
        }
        if ua.is_empty() {
            return flag(BotReason::NoUserAgent, "");
        }
        None
    }
}

/// An IPv4 address written as IPv6 (`::ffff:a.b.c.d`) is the IPv4 address.
pub(crate) fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

fn union(patterns: &[String], case_insensitive: bool) -> Result<Regex, MeasureError> {
    let joined = if patterns.is_empty() {
        // Matches nothing.
        r"[^\s\S]".to_string()
    } else {
        patterns
            .iter()
            .map(|p| format!("(?:{p})"))
            .collect::<Vec<_>>()
            .join("|")
    };
    RegexBuilder::new(&joined)
        .case_insensitive(case_insensitive)
        .size_limit(64 << 20)
        .dfa_size_limit(16 << 20)
        .build()
        .map_err(|e| MeasureError::Data(format!("bot patterns: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHROME: &str = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

    fn reason(r: &BotRules, head: bool, ua: Option<&str>, ip: Option<&str>) -> Option<BotReason> {
        r.classify(head, ua, ip.map(|i| i.parse().unwrap()))
            .map(|f| f.reason)
    }

    #[test]
    fn browsers_are_people() {
        let r = BotRules::shipped().unwrap();
        assert_eq!(reason(&r, false, Some(CHROME), Some("203.0.113.9")), None);
        assert_eq!(reason(&r, false, Some(IPHONE), None), None);
    }

    #[test]
    fn each_reason_in_order() {
        let r = BotRules::new(&["198.51.100.0/24".into(), "2001:db8::/32".into()]).unwrap();
        // HEAD wins even with a browser agent (X's three HEADs).
        assert_eq!(
            reason(&r, true, Some(CHROME), None),
            Some(BotReason::HeadRequest)
        );
        assert_eq!(
            reason(
                &r,
                false,
                Some("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
                None
            ),
            Some(BotReason::Crawler)
        );
        for ua in [
            "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
            "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
            "Twitterbot/1.0",
            "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
        ] {
            assert_eq!(
                reason(&r, false, Some(ua), None),
                Some(BotReason::LinkPreview),
                "{ua}"
            );
        }
        assert_eq!(
            reason(
                &r,
                false,
                Some("Mozilla/5.0 (compatible; Barracuda Sentinel)"),
                None
            ),
            Some(BotReason::MailScanner)
        );
        assert_eq!(
            reason(&r, false, Some(CHROME), Some("198.51.100.7")),
            Some(BotReason::Datacenter)
        );
        assert_eq!(
            reason(&r, false, Some(CHROME), Some("::ffff:198.51.100.7")),
            Some(BotReason::Datacenter)
        );
        assert_eq!(
            reason(&r, false, Some(CHROME), Some("2001:db8::1")),
            Some(BotReason::Datacenter)
        );
        assert_eq!(reason(&r, false, Some(CHROME), Some("198.51.101.7")), None);
        assert_eq!(reason(&r, false, None, None), Some(BotReason::NoUserAgent));
        assert_eq!(
            reason(&r, false, Some("  "), None),
            Some(BotReason::NoUserAgent)
        );
    }

    #[test]
    fn detail_names_what_matched() {
        let r = BotRules::shipped().unwrap();
        let f = r
            .classify(false, Some("Mozilla/5.0 (compatible; Googlebot/2.1)"), None)
            .unwrap();
        assert_eq!(f.detail, "Googlebot/");
        let f = r.classify(false, Some("curl/8.5.0"), None).unwrap();
        assert_eq!((f.reason, f.detail.as_str()), (BotReason::Crawler, "curl"));
    }

    #[test]
    fn bad_range_is_refused() {
        let e = BotRules::new(&["10.0.0.0/33".into()]).unwrap_err();
        assert!(e.to_string().contains("10.0.0.0/33"), "{e}");
        // A bare address is a one-address range.
        let r = BotRules::new(&["192.0.2.1".into()]).unwrap();
        assert_eq!(
            reason(&r, false, Some(CHROME), Some("192.0.2.1")),
            Some(BotReason::Datacenter)
        );
        assert_eq!(reason(&r, false, Some(CHROME), Some("192.0.2.2")), None);
    }

    #[test]
    fn reasons_round_trip() {
        for r in BotReason::ALL {
            assert_eq!(BotReason::parse(r.as_str()), Some(r));
        }
        assert_eq!(BotReason::parse("likes"), None);
    }
}
