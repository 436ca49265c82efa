//! Timestamp parsing shared by the importers. Every format's dates end up as UTC.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// Parses the date forms found in exports: RFC 3339, RFC 2822, `YYYY-MM-DD HH:MM:SS`
/// (taken as UTC), a bare date, or Unix seconds.
pub(crate) fn parse_timestamp(raw: &str) -> Result<DateTime<Utc>, String> {
    let text = raw.trim();
    if let Ok(time) = DateTime::parse_from_rfc3339(text) {
        return Ok(time.with_timezone(&Utc));
    }
    if text
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        && !text.is_empty()
        && let Some(time) = from_unix_text(text)
    {
        return Ok(time);
    }
    for layout in ["%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M:%S%.f"] {
        if let Ok(time) = NaiveDateTime::parse_from_str(text, layout) {
            return Ok(time.and_utc());
        }
    }
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(date.and_time(chrono::NaiveTime::MIN).and_utc());
    }
    if let Ok(time) = DateTime::parse_from_rfc2822(text) {
        return Ok(time.with_timezone(&Utc));
    }
    Err(format!("cannot read {text:?} as a date"))
}

/// Unix seconds written as a JSON number or numeric string (`1700000000`, `1.7e9`,
/// `1700000000.25`).
pub(crate) fn from_unix_text(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(seconds) = text.parse::<i64>() {
        return DateTime::from_timestamp(seconds, 0);
    }
    let seconds = text.parse::<f64>().ok().filter(|s| s.is_finite())?;
    let whole = seconds.floor();
    if whole < i64::MIN as f64 || whole > i64::MAX as f64 {
        return None;
    }
    // Truncation is intended: the fraction is at most 1e9 nanoseconds.
    let nanos = ((seconds - whole) * 1e9) as u32;
    DateTime::from_timestamp(whole as i64, nanos.min(999_999_999))
}

/// Twitter's `created_at`: `Wed Oct 10 20:19:24 +0000 2018`.
pub(crate) fn parse_twitter_date(raw: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_str(raw.trim(), "%a %b %d %H:%M:%S %z %Y")
        .map(|time| time.with_timezone(&Utc))
        .or_else(|_| parse_timestamp(raw))
}

/// RSS `pubDate` (RFC 2822), falling back to the other forms for sloppy feeds.
pub(crate) fn parse_rfc2822_or_other(raw: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc2822(raw.trim())
        .map(|time| time.with_timezone(&Utc))
        .or_else(|_| parse_timestamp(raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn reads_export_date_forms() {
        assert_eq!(
            parse_timestamp("2024-03-01T10:00:00+01:00"),
            Ok(utc("2024-03-01T09:00:00Z"))
        );
        assert_eq!(
            parse_timestamp("2019-03-04 12:30:00"),
            Ok(utc("2019-03-04T12:30:00Z"))
        );
        assert_eq!(
            parse_timestamp("1700000000"),
            Ok(utc("2023-11-14T22:13:20Z"))
        );
        assert_eq!(
            parse_timestamp("1700000000.5"),
            Ok(utc("2023-11-14T22:13:20.5Z"))
        );
        assert_eq!(
            parse_timestamp("Mon, 04 Mar 2019 12:30:00 +0000"),
            Ok(utc("2019-03-04T12:30:00Z"))
        );
        assert_eq!(
            parse_timestamp("2019-03-04"),
            Ok(utc("2019-03-04T00:00:00Z"))
        );
        assert!(parse_timestamp("yesterday").is_err());
        assert!(parse_timestamp("1e300").is_err());
    }

    #[test]
    fn reads_twitter_dates() {
        assert_eq!(
            parse_twitter_date("Wed Oct 10 20:19:24 +0000 2018"),
            Ok(utc("2018-10-10T20:19:24Z"))
        );
    }
}
