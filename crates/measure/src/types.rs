//! The records of the measuring half: campaigns, links, clicks, conversions.

use serde::{Deserialize, Serialize};

use crate::MeasureError;
use crate::bots::BotFlag;
use crate::goal::Goal;
use crate::link::Utm;

/// A campaign: a goal, a target, a time window, optionally a budget.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Campaign {
    pub id: i64,
    pub site_id: i64,
    pub name: String,
    pub goal: Goal,
    /// ISO 4217 code the target, budget and revenue are in.
    pub currency: String,
    pub budget: Option<f64>,
    pub starts_at: i64,
    pub ends_at: Option<i64>,
    pub created_at: i64,
}

/// What it takes to create a campaign.
#[derive(Debug, Clone)]
pub struct NewCampaign {
    pub site_id: i64,
    pub name: String,
    pub goal: Goal,
    pub currency: Option<String>,
    pub budget: Option<f64>,
    /// Default: now.
    pub starts_at: Option<i64>,
    pub ends_at: Option<i64>,
}

/// A tracked link.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub id: i64,
    pub code: String,
    pub campaign_id: i64,
    pub site_id: i64,
    /// The destination as given (UTM parameters are added at redirect).
    pub destination: String,
    pub post_id: Option<String>,
    pub channel: Option<String>,
    pub utm: Utm,
    pub paid: bool,
    pub expires_at: Option<i64>,
    pub disabled: bool,
    pub created_at: i64,
}

/// What it takes to create a link. `code` is generated when not given.
#[derive(Debug, Clone, Default)]
pub struct NewLink {
    pub campaign_id: i64,
    pub destination: String,
    pub code: Option<String>,
    pub post_id: Option<String>,
    pub channel: Option<String>,
    pub utm: Utm,
    pub paid: bool,
    pub expires_at: Option<i64>,
}

/// One recorded request to `/l/{code}`. Never deleted; bots carry their flag.
#[derive(Debug, Clone, PartialEq)]
pub struct Click {
    pub click_id: String,
    pub link_id: i64,
    pub at: i64,
    /// Host of the referrer only, never the full URL.
    pub referrer: Option<String>,
    /// `desktop`, `mobile`, `tablet`, `bot` or `other`.
    pub ua_class: &'static str,
    pub visitor: String,
    pub bot: Option<BotFlag>,
}

/// What kind of outcome a conversion is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversionKind {
    Lead,
    Signup,
    Sale,
    Donation,
    Custom(String),
}

impl ConversionKind {
    pub fn parse(kind: &str, name: Option<&str>) -> Result<ConversionKind, MeasureError> {
        Ok(match kind.trim().to_ascii_lowercase().as_str() {
            "lead" => ConversionKind::Lead,
            "signup" | "sign_up" | "sign-up" => ConversionKind::Signup,
            "sale" | "purchase" => ConversionKind::Sale,
            "donation" => ConversionKind::Donation,
            "custom" => match name.map(str::trim).filter(|n| !n.is_empty()) {
                Some(n) => ConversionKind::Custom(n.to_string()),
                None => {
                    return Err(MeasureError::Invalid(
                        "a custom conversion needs a name".into(),
                    ));
                }
            },
            _ => {
                return Err(MeasureError::Invalid(format!(
                    "unknown conversion kind {kind:?}; expected lead, signup, sale, donation or custom"
                )));
            }
        })
    }

    pub fn as_str(&self) -> &str {
        match self {
            ConversionKind::Lead => "lead",
            ConversionKind::Signup => "signup",
            ConversionKind::Sale => "sale",
            ConversionKind::Donation => "donation",
            ConversionKind::Custom(_) => "custom",
        }
    }

    pub fn name(&self) -> Option<&str> {
        match self {
            ConversionKind::Custom(n) => Some(n),
            _ => None,
        }
    }
}

/// Where a conversion was reported from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversionSource {
    /// `POST /v1/conversions`, server to server, with a key.
    Api,
    /// The pixel or the script, from a browser (no key: anyone can send one).
    Pixel,
}

impl ConversionSource {
    pub fn as_str(self) -> &'static str {
        match self {
            ConversionSource::Api => "api",
            ConversionSource::Pixel => "pixel",
        }
    }
}

/// What it takes to record a conversion.
#[derive(Debug, Clone, PartialEq)]
pub struct NewConversion {
    pub site_id: i64,
    pub idempotency_key: String,
    pub click_id: Option<String>,
    /// The visitor's hash under each live salt (today's, yesterday's).
    pub visitors: Vec<String>,
    pub campaign_id: Option<i64>,
    pub kind: ConversionKind,
    /// Hundredths of the currency unit.
    pub amount_cents: i64,
    pub currency: Option<String>,
    pub at: i64,
    pub source: ConversionSource,
}

/// A stored conversion.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conversion {
    pub id: i64,
    pub site_id: i64,
    pub idempotency_key: String,
    pub click_id: Option<String>,
    #[serde(skip)]
    pub visitors: Vec<String>,
    pub campaign_id: Option<i64>,
    pub kind: ConversionKind,
    pub amount_cents: i64,
    pub currency: Option<String>,
    pub at: i64,
    pub source: ConversionSource,
}

/// Amount in currency units → hundredths, refusing what is not a sane amount.
pub fn amount_to_cents(amount: f64) -> Result<i64, MeasureError> {
    if !amount.is_finite() || !(0.0..=1e13).contains(&amount) {
        return Err(MeasureError::Invalid(format!(
            "amount must be a number from 0 to 10^13, not {amount}"
        )));
    }
    Ok((amount * 100.0).round() as i64)
}

/// Checks and upper-cases an ISO 4217-shaped currency code.
pub fn currency_code(c: &str) -> Result<String, MeasureError> {
    let c = c.trim();
    if c.len() == 3 && c.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(c.to_ascii_uppercase())
    } else {
        Err(MeasureError::Invalid(format!(
            "currency must be a three-letter code like EUR, not {c:?}"
        )))
    }
}

/// The class of a user agent, for reports (the agent itself is not stored).
pub fn ua_class(user_agent: Option<&str>, is_bot: bool) -> &'static str {
    if is_bot {
        return "bot";
    }
    let ua = user_agent.unwrap_or("");
    if ua.contains("iPad") || ua.contains("Tablet") {
        "tablet"
    } else if ua.contains("Mobi") || ua.contains("iPhone") || ua.contains("Android") {
        "mobile"
    } else if ua.starts_with("Mozilla/") {
        "desktop"
    } else {
        "other"
    }
}

/// The host of a referrer URL, lower-cased; `None` for anything else.
pub fn referrer_host(referrer: Option<&str>) -> Option<String> {
    let url = url::Url::parse(referrer?.trim()).ok()?;
    url.host_str()
        .filter(|h| !h.is_empty())
        .map(str::to_ascii_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_currencies_kinds() {
        assert_eq!(amount_to_cents(19.99).unwrap(), 1999);
        assert_eq!(amount_to_cents(0.0).unwrap(), 0);
        assert!(amount_to_cents(-1.0).is_err() && amount_to_cents(f64::NAN).is_err());
        assert_eq!(currency_code(" eur ").unwrap(), "EUR");
        assert!(currency_code("EURO").is_err() && currency_code("E1R").is_err());
        assert_eq!(
            ConversionKind::parse("Sale", None).unwrap(),
            ConversionKind::Sale
        );
        assert_eq!(
            ConversionKind::parse("custom", Some("trial")).unwrap(),
            ConversionKind::Custom("trial".into())
        );
        assert!(ConversionKind::parse("custom", None).is_err());
        assert!(ConversionKind::parse("like", None).is_err());
    }

    #[test]
    fn agents_and_referrers() {
        assert_eq!(
            ua_class(Some("Mozilla/5.0 (iPhone; …) Mobile/15E148"), false),
            "mobile"
        );
        assert_eq!(ua_class(Some("Mozilla/5.0 (iPad; …)"), false), "tablet");
        assert_eq!(
            ua_class(Some("Mozilla/5.0 (X11; Linux x86_64)"), false),
            "desktop"
        );
        assert_eq!(
            ua_class(Some("Mozilla/5.0 (X11; Linux x86_64)"), true),
            "bot"
        );
        assert_eq!(ua_class(None, false), "other");
        assert_eq!(
            referrer_host(Some("https://T.co/abc?x=1")).as_deref(),
            Some("t.co")
        );
        assert_eq!(
            referrer_host(Some("android-app://com.slack")).as_deref(),
            Some("com.slack")
        );
        assert_eq!(referrer_host(Some("nonsense")), None);
    }
}
