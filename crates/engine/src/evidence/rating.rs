//! A low star rating given in a post ("1 star", "1/5", "one-star", a lone "⭐" to sign
//! off): the review bomb's unit. One is any unhappy customer's; the conversation's
//! rings tell the accounts that exist to give them.

/// Whether `text` gives a low rating: one or two stars (or none), a score of at most
/// two fifths ("1/5", "3/10"), or a single star emoji closing the text ("Avoid. ⭐").
pub(crate) fn rates_low(text: &str) -> bool {
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || c == '\u{fe0f}');
    if trimmed.ends_with('⭐') && text.matches('⭐').count() == 1 {
        return true;
    }
    // Most texts have no "star" and no "/"; only those are lowercased.
    let bytes = text.as_bytes();
    if !bytes.contains(&b'/') && !has_star_word(bytes) {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    few_stars(&lower) || low_score(&lower)
}

fn has_star_word(bytes: &[u8]) -> bool {
    bytes.windows(4).any(|w| w.eq_ignore_ascii_case(b"star"))
}

/// Words that count stars when they come before "star" or "stars": none, one or two.
const FEW: [&str; 7] = ["0", "1", "2", "no", "zero", "one", "two"];

/// "1 star", "one-star", "2 stars", "zero stars": a count of at most two before the
/// word star (not "starter", not "Starbucks").
fn few_stars(lower: &str) -> bool {
    lower.match_indices("star").any(|(at, _)| {
        let after = &lower[at + 4..];
        let after = after.strip_prefix('s').unwrap_or(after);
        if after.starts_with(|c: char| c.is_alphanumeric()) {
            return false;
        }
        let before = lower[..at].trim_end_matches([' ', '-']);
        FEW.iter().any(|count| {
            before.strip_suffix(count).is_some_and(|rest| {
                !rest.ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == ',')
            })
        })
    })
}

/// "1/5", "0/10", "2 / 5": a score out of five or ten of at most two fifths. A path in
/// a link ("/2026/01/") is no score: the numbers must stand alone.
fn low_score(lower: &str) -> bool {
    let bytes = lower.as_bytes();
    lower.match_indices('/').any(|(at, _)| {
        let before = lower[..at].trim_end_matches(' ');
        let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if !(1..=2).contains(&digits) {
            return false;
        }
        let numerator_at = before.len() - digits;
        if numerator_at > 0 && matches!(bytes[numerator_at - 1], b'/' | b'.' | b':' | b'-')
            || before[..numerator_at].ends_with(|c: char| c.is_alphanumeric())
        {
            return false;
        }
        let after = lower[at + 1..].trim_start_matches(' ');
        let denominator_len =
            after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let rest = &after[denominator_len..];
        let mut next = rest.chars();
        match next.next() {
            Some(c) if c.is_alphanumeric() || c == '/' => return false,
            Some('.') if next.next().is_some_and(|c| c.is_ascii_digit()) => return false,
            _ => {}
        }
        let (Ok(score), Ok(out_of)) = (
            before[numerator_at..].parse::<u32>(),
            after[..denominator_len].parse::<u32>(),
        ) else {
            return false;
        };
        matches!(out_of, 5 | 10) && score * 5 <= out_of * 2
    })
}

#[cfg(test)]
mod tests {
    use super::rates_low;

    #[test]
    fn one_star_is_low_and_five_is_not() {
        for text in [
            "1 star. Found a hair in my lamb and the manager laughed it off.",
            "Overpriced, cold food, rude staff. 1/5",
            "Got food poisoning after eating here last week. AVOID. ⭐",
            "Don't. ⭐\u{fe0f}",
            "Worst dining experience of my life. One-star.",
            "zero stars if I could",
            "Cold and overpriced. 2 / 5",
            "Service was 3/10 at best",
        ] {
            assert!(rates_low(text), "{text}");
        }
        for text in [
            "5 stars, best lamb in town",
            "⭐⭐⭐⭐⭐ would go again",
            "⭐ New post: spring menu is here",
            "Went to the Starbucks on 1st street",
            "Our starter was 1 starfruit slice",
            "photos at example.com/2026/01/storm and /1/5/",
            "Open 9/5 weekdays? No, 9 to 5",
            "the 10/10 burger",
            "a 4.1/5 average on 300 reviews",
            "rated it 1.5 stars",
        ] {
            assert!(!rates_low(text), "{text}");
        }
    }
}
