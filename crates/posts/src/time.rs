//! Timestamp parsing shared by the importers. Every format's dates end up as UTC.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Utc};

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

/// Twitter's `created_at`: `Wed Oct 10 20:19:24 +0000 2018`, or `2015-01-24 02:02:37
/// +0000` in the old monthly archive files.
pub(crate) fn parse_twitter_date(raw: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_str(raw.trim(), "%a %b %d %H:%M:%S %z %Y")
        .map(|time| time.with_timezone(&Utc))
        .or_else(|_| parse_timestamp(raw))
        .or_else(|error| {
            DateTime::parse_from_str(raw.trim(), "%Y-%m-%d %H:%M:%S %z")
                .map(|time| time.with_timezone(&Utc))
                .map_err(|_| error)
        })
}

/// RSS `pubDate` (RFC 2822), falling back to the other forms for sloppy feeds.
pub(crate) fn parse_rfc2822_or_other(raw: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc2822(raw.trim())
        .map(|time| time.with_timezone(&Utc))
        .or_else(|_| parse_timestamp(raw))
}

/// The time zones feeds write by name (RFC 822's, and common ones that sloppy
/// generators use instead of an offset), in seconds east of UTC. Ambiguous names (IST,
/// CST outside the US sense) are left out.
fn zone_offset(zone: &str) -> Option<i32> {
    let upper = zone.to_ascii_uppercase();
    let hours = match upper.as_str() {
        "Z" | "UT" | "UTC" | "GMT" | "WET" => 0,
        "EST" => -5,
        "EDT" | "AST" => -4,
        "CST" => -6,
        "CDT" => -5,
        "MST" => -7,
        "MDT" => -6,
        "PST" => -8,
        "PDT" | "AKDT" => -7,
        "AKST" => -9,
        "HST" => -10,
        "CET" | "BST" | "WEST" => 1,
        "CEST" | "EET" => 2,
        "EEST" | "MSK" => 3,
        "JST" | "KST" => 9,
        "AEST" => 10,
        "AEDT" => 11,
        "NZST" => 12,
        "NZDT" => 13,
        _ => {
            let sign = match upper.as_bytes().first()? {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let digits: String = upper[1..].chars().filter(|c| *c != ':').collect();
            if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let (h, m) = (
                digits[..2].parse::<i32>().ok()?,
                digits[2..].parse::<i32>().ok()?,
            );
            return (h < 24 && m < 60).then_some(sign * (h * 3600 + m * 60));
        }
    };
    Some(hours * 3600)
}

/// An RFC 822 date as sloppy feeds write it: a wrong or spelled-out weekday (which is
/// ignored), a full month name, one-digit hours, `+00:00`, a zone name RFC 822 does
/// not know (`UTC`, `CEST`), or no zone at all (taken as UTC, like the other
/// zone-less forms this crate reads).
fn parse_sloppy_rfc822(raw: &str) -> Option<DateTime<Utc>> {
    let mut tokens: Vec<&str> = raw
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|token| !token.is_empty())
        .collect();
    if tokens
        .first()
        .is_some_and(|token| token.chars().all(|c| c.is_ascii_alphabetic()))
    {
        tokens.remove(0);
    }
    let (day, month, year, time, zone) = match tokens.as_slice() {
        [day, month, year, time] => (day, month, year, time, None),
        [day, month, year, time, zone] => (day, month, year, time, Some(*zone)),
        _ => return None,
    };
    let month = month.get(..3)?.to_ascii_lowercase();
    let month = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|name| *name == month)?;
    let year: i32 = match year.parse::<i32>().ok()? {
        two_digit @ 0..=49 if year.len() == 2 => 2000 + two_digit,
        two_digit @ 50..=99 if year.len() == 2 => 1900 + two_digit,
        full => full,
    };
    let date = NaiveDate::from_ymd_opt(year, month as u32 + 1, day.parse().ok()?)?;
    let mut parts = time.split(':').map(str::parse::<u32>);
    let (hour, minute) = (parts.next()?.ok()?, parts.next()?.ok()?);
    let second = parts.next().transpose().ok()?.unwrap_or(0);
    if parts.next().is_some() {
        return None;
    }
    let time = NaiveTime::from_hms_opt(hour, minute, second)?;
    let offset = FixedOffset::east_opt(zone.map_or(Some(0), zone_offset)?)?;
    Some(
        date.and_time(time)
            .and_local_timezone(offset)
            .single()?
            .with_timezone(&Utc),
    )
}

/// A W3C-DTF date that RFC 3339 does not cover: minutes without seconds
/// (`2024-01-07T09:15+01:00`), or only a year and month.
fn parse_w3c_dtf(raw: &str) -> Option<DateTime<Utc>> {
    let text = raw.trim();
    let with_offset = text
        .strip_suffix(['Z', 'z'])
        .map_or_else(|| text.to_owned(), |local| format!("{local}+00:00"));
    if let Ok(time) = DateTime::parse_from_str(&with_offset, "%Y-%m-%dT%H:%M%#z") {
        return Some(time.with_timezone(&Utc));
    }
    let (year, month) = text.split_once('-')?;
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, 1)
        .map(|date| date.and_time(NaiveTime::MIN).and_utc())
}

/// Any date form found in feeds, RFC 822 and ISO 8601 alike (generators mix them up).
pub(crate) fn parse_feed_date(raw: &str) -> Result<DateTime<Utc>, String> {
    parse_rfc2822_or_other(raw)
        .or_else(|error| parse_sloppy_rfc822(raw).ok_or(error))
        .or_else(|error| parse_w3c_dtf(raw).ok_or(error))
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

    #[test]
    fn reads_sloppy_rfc822_dates() {
        let cases = [
            ("Mon, 04 Mar 2019 12:30:00 UTC", "2019-03-04T12:30:00Z"),
            ("Tue, 04 Mar 2019 12:30:00 +0000", "2019-03-04T12:30:00Z"),
            ("Monday, 4 March 2019 2:30:00 GMT", "2019-03-04T02:30:00Z"),
            ("Mon, 04 Mar 2019 12:30:00 +01:00", "2019-03-04T11:30:00Z"),
            ("Mon, 04 Mar 2019 12:30:00 CEST", "2019-03-04T10:30:00Z"),
            ("Mon, 04 Mar 2019 12:30:00", "2019-03-04T12:30:00Z"),
            ("04 Mar 99 12:30 EST", "1999-03-04T17:30:00Z"),
        ];
        for (raw, expected) in cases {
            assert_eq!(parse_sloppy_rfc822(raw), Some(utc(expected)), "{raw}");
        }
        for bad in [
            "Mon, 32 Mar 2019 12:30:00 GMT",
            "Mon, 04 Foo 2019 12:30:00 GMT",
            "Mon, 04 Mar 2019 12:30:00 XYZ",
            "Mon, 04 Mar 2019 25:30:00 GMT",
            "yesterday",
        ] {
            assert_eq!(parse_sloppy_rfc822(bad), None, "{bad}");
        }
    }

    #[test]
    fn reads_w3c_dtf_dates() {
        assert_eq!(
            parse_w3c_dtf("2024-01-07T09:15+01:00"),
            Some(utc("2024-01-07T08:15:00Z"))
        );
        assert_eq!(
            parse_w3c_dtf("2024-01-07T09:15Z"),
            Some(utc("2024-01-07T09:15:00Z"))
        );
        assert_eq!(parse_w3c_dtf("2024-01"), Some(utc("2024-01-01T00:00:00Z")));
        assert_eq!(parse_w3c_dtf("2024-13"), None);
    }
}
