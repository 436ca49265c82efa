//! Phone numbers written in groups with spaces ("0113 496 0123", "(555) 123-4567",
//! "+44 7826 936455"), the way most people print them. The tokenizer reads a number
//! without spaces ("555-123-4567") as one phone token; a spaced one is three numbers to
//! it, and the model's features stay as they are. This scan finds it for the evidence.
//!
//! What counts, from how numbers are written (ITU-T E.123 and the national plans):
//! - groups of 1–6 digits, joined by one space, hyphen or dot (or a hyphen or dot with
//!   a space either side), with a space somewhere (an unspaced number is the
//!   tokenizer's);
//! - 9 to 13 digits without a country code (national numbers with a trunk 0 have 10
//!   or 11, North American ones 10), up to 15 with one (E.164's most);
//! - at least one group of 3 digits or more, so "1 2 3 4 5 6 7 8 9" is a count;
//! - opening as a dialled number does: "+" and a country code, an area code in
//!   brackets, or a trunk "0"; otherwise the North American 3-3-4 shape (with or
//!   without a leading 1), or India's mobile 5-5 shape, whose numbers open with 6 to 9
//!   ("98450 12345");
//! - not a row of years ("1999 2000 2001") or of any 4-digit numbers starting 19 or 20.

/// Longest run of digits in one group: a UK mobile's "900123" has 6.
const GROUP_MAX: usize = 6;

/// Whether `text` holds a phone number written with spaces between its groups.
pub(super) fn has_spaced_phone(text: &str) -> bool {
    let bytes = text.as_bytes();
    // Most texts have too few digits for a phone number at all.
    if bytes.iter().filter(|b| b.is_ascii_digit()).count() < 9 {
        return false;
    }
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let starts = (b.is_ascii_digit() || b == b'+' || b == b'(')
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'+'));
        if starts {
            let (end, phone) = read_number(bytes, i);
            if phone {
                return true;
            }
            i = end.max(i + 1);
        } else {
            i += 1;
        }
    }
    false
}

/// Reads the groups of digits from `start`; returns where the run ended and whether
/// it is a phone number by the rules in the module docs.
fn read_number(bytes: &[u8], start: usize) -> (usize, bool) {
    let mut i = start;
    let mut country = 0;
    if bytes[i] == b'+' {
        i += 1;
        let digits = digits_at(bytes, i);
        if !(1..=3).contains(&digits) {
            return (i, false);
        }
        i += digits;
        country = digits;
        i += separator_at(bytes, i).unwrap_or(0);
    }
    // Up to 8 groups; each but the first follows one separator.
    let mut groups: [u8; 8] = [0; 8];
    let mut count = 0;
    let mut spaced = false;
    let mut bracketed = false;
    loop {
        let open = bytes.get(i) == Some(&b'(');
        let at = if open { i + 1 } else { i };
        let digits = digits_at(bytes, at);
        if digits == 0 || digits > GROUP_MAX || count == groups.len() {
            break;
        }
        let mut end = at + digits;
        if open {
            if bytes.get(end) != Some(&b')') || count > 0 || !(2..=5).contains(&digits) {
                break;
            }
            end += 1;
            bracketed = true;
        }
        groups[count] = digits as u8;
        count += 1;
        i = end;
        match separator_at(bytes, i) {
            Some(width)
                if bytes
                    .get(i + width)
                    .is_some_and(|&c| c.is_ascii_digit() || c == b'(') =>
            {
                spaced |= bytes[i..i + width].contains(&b' ');
                i += width;
            }
            _ => break,
        }
    }
    let groups = &groups[..count];
    // The number must end where a word would: not inside "123abc".
    let clean_end = bytes.get(i).is_none_or(|c| !c.is_ascii_alphanumeric());
    let total: usize = country + groups.iter().map(|&g| g as usize).sum::<usize>();
    let shape_ok = country > 0
        || bracketed
        || bytes[start] == b'0'
        || groups == [3, 3, 4]
        || groups == [1, 3, 3, 4]
        || groups == [5, 5] && matches!(bytes[start], b'6'..=b'9');
    let years = groups.iter().all(|&g| g == 4) && every_group_is_a_year(&bytes[start..i]);
    let most = if country > 0 { 15 } else { 13 };
    let phone = clean_end
        && spaced
        && groups.len() >= 2
        && (9..=most).contains(&total)
        && groups.iter().any(|&g| g >= 3)
        && shape_ok
        && !years;
    (i, phone)
}

/// Digits in a row from `i`.
fn digits_at(bytes: &[u8], i: usize) -> usize {
    bytes[i.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count()
}

/// The width of the separator at `i` between two groups: one space, hyphen or dot, or
/// a hyphen or dot with a space either side (" - ").
fn separator_at(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i..).unwrap_or_default() {
        [b' ', b'-' | b'.', b' ', ..] => Some(3),
        [b' ' | b'-' | b'.', ..] => Some(1),
        _ => None,
    }
}

/// Whether every group of digits in `number` opens with 19 or 20 (a row of years).
fn every_group_is_a_year(number: &[u8]) -> bool {
    number
        .split(|b| !b.is_ascii_digit())
        .filter(|group| !group.is_empty())
        .all(|group| group.starts_with(b"19") || group.starts_with(b"20"))
}

#[cfg(test)]
mod tests {
    use super::has_spaced_phone;

    #[test]
    fn numbers_as_people_print_them_are_phones() {
        for text in [
            "Call 0113 496 0123 today!",
            "ring us on 020 7946 0958",
            "text 07700 900123 now",
            "kindly message this number +44 7826 936455",
            "Call (555) 123-4567 for a quote",
            "call +1 555 123 4567",
            "dial 1 800 555 0199 for support",
            "call 555 123 4567",
            "+256 755 378 618 on whatsapp",
            "access number 0844 861 85 85.",
            "Call 98450 12345 for home tuition",
        ] {
            assert!(has_spaced_phone(text), "{text}");
        }
    }

    #[test]
    fn counts_years_scores_and_unspaced_numbers_are_not() {
        for text in [
            "the seasons 1999 2000 2001 2002 were the best",
            "1 2 3 4 5 6 7 8 9 10",
            "we scored 12 34 56 78 points",
            // An unspaced number is the tokenizer's phone token, not this scan's.
            "call 555-123-4567",
            "ISBN 978 0 14 103614 4",
            "order 123456789012345678 shipped",
            "in 2014 1200 people came and 300 left",
            "abc0113 496 0123",
            // Two five-digit numbers that do not open as an Indian mobile: postcodes.
            "from 10115 to 20095 by train",
        ] {
            assert!(!has_spaced_phone(text), "{text}");
        }
    }
}
