//! Erasing one person's data for a privacy request (GDPR art. 17 and the like).
//!
//! A person is named by their e-mail address or their IP address. The store holds those
//! only as the Akismet client sent them, either hashed ([`crate::hash_pii`]) or in clear
//! when the operator opted in, on `checks` and (from schema 3 on) on `feedback`. Erasing
//! deletes:
//! - every check whose `author_email` (or `author_ip`) is one of the person's stored forms;
//! - every feedback row carrying one of those forms;
//! - every feedback row that is a copy of an erased check's text (same site, same author
//!   name, same non-empty text): Akismet's submit-spam/ham send the comment again, and rows
//!   stored before schema 3 have no e-mail or IP of their own.
//!
//! Nothing else holds a person's text or author fields: audit rows name feedback ids only,
//! and adapters are hashed feature weights, not text. Both deletions run in one
//! transaction, so a request is erased whole or not at all, and a second erase of the
//! same person finds nothing (idempotent).

use std::net::IpAddr;

use serde::Serialize;

use crate::hash_pii;

/// Whose data to erase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Person {
    Email(String),
    Ip(String),
}

/// What an erasure deleted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Erased {
    pub checks: u64,
    pub feedback: u64,
}

impl Person {
    /// The column of `checks` and `feedback` that holds this kind of datum.
    pub(crate) fn column(&self) -> &'static str {
        match self {
            Person::Email(_) => "author_email",
            Person::Ip(_) => "author_ip",
        }
    }

    /// Every form in which the store may hold this person's datum, lower-cased: the value
    /// in clear and its salted hash. An IP also in its canonical spelling (the client
    /// may have sent `::FFFF:10.0.0.1` or a zero-padded IPv6 address, and the hash is of
    /// the text as sent), and an IPv4 address also as IPv4-mapped IPv6, which dual-stack
    /// web servers report.
    pub(crate) fn stored_forms(&self, salt: &[u8]) -> Vec<String> {
        let (Person::Email(value) | Person::Ip(value)) = self;
        let clear = value.trim().to_lowercase();
        let mut forms = vec![clear.clone()];
        if let Person::Ip(_) = self
            && let Ok(ip) = clear.parse::<IpAddr>()
        {
            forms.push(ip.to_string());
            forms.push(ip.to_canonical().to_string());
            if let IpAddr::V4(v4) = ip.to_canonical() {
                forms.push(v4.to_ipv6_mapped().to_string());
            }
        }
        forms.sort();
        forms.dedup();
        let hashes: Vec<String> = forms.iter().map(|f| hash_pii(salt, f)).collect();
        forms.extend(hashes);
        forms
    }

    /// What the operator named, for messages (never logged by the store).
    pub fn describe(&self) -> &'static str {
        match self {
            Person::Email(_) => "e-mail address",
            Person::Ip(_) => "IP address",
        }
    }
}

/// The erasure's two deletions as SQL over `{col}` (the person's column) with the stored
/// forms bound as the `{forms}` list: feedback first, while the checks that link copies of
/// their text still exist. `lower(trim(…))` because a clear value is stored as the client
/// sent it; hashes are lower-case hex already.
pub(crate) fn statements(col: &str, forms: &str) -> [String; 2] {
    [
        format!(
            "DELETE FROM feedback WHERE lower(trim({col})) IN ({forms})
               OR EXISTS (SELECT 1 FROM checks c
                          WHERE lower(trim(c.{col})) IN ({forms})
                            AND c.site_id = feedback.site_id
                            AND c.content <> ''
                            AND c.content = feedback.content
                            AND c.author IS NOT DISTINCT FROM feedback.author)"
        ),
        format!("DELETE FROM checks WHERE lower(trim({col})) IN ({forms})"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_cover_clear_hash_and_ip_spellings() {
        let salt = b"salt";
        let email = Person::Email(" Ann@Example.COM ".into()).stored_forms(salt);
        assert_eq!(
            email,
            vec![
                "ann@example.com".to_string(),
                hash_pii(salt, "ann@example.com")
            ]
        );
        let ip = Person::Ip("::FFFF:10.0.0.1".into()).stored_forms(salt);
        for form in ["::ffff:10.0.0.1", "10.0.0.1"] {
            assert!(ip.contains(&form.to_string()), "{form} in {ip:?}");
            assert!(ip.contains(&hash_pii(salt, form)), "hash of {form}");
        }
        let v6 = Person::Ip("2001:DB8:0:0:0:0:0:1".into()).stored_forms(salt);
        assert!(v6.contains(&"2001:db8::1".to_string()));
        assert!(v6.contains(&hash_pii(salt, "2001:db8:0:0:0:0:0:1")));
        // Not an address: matched as given, nothing invented.
        assert_eq!(Person::Ip("unknown".into()).stored_forms(salt).len(), 2);
    }
}
