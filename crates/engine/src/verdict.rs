use std::io::Write;

use discern_model::Prediction;
use discern_posts::{Post, PostKind};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::factors::{Factors, Setting};

/// discern's answer about one post. Serialises as
/// `{"id", "label", "scores": {label: probability}, "signals": [...]}`; later fields
/// (relevance, author flags) are added only when known, so old readers keep working.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub id: String,
    pub label: String,
    /// Calibrated probability per label, in the model's label order.
    pub scores: Vec<(String, f32)>,
    /// The features that drove the decision, readable, strongest first.
    pub signals: Vec<String>,
    /// How well a reply fits its conversation (0–1), when the post is a reply.
    pub relevance: Option<f32>,
    /// Flags on the post's author from account analysis (e.g. "automated").
    pub author_flags: Vec<String>,
    /// The three factors of the judgement (what the text promotes, whether it belongs
    /// where it landed, who sent it) and the evidence behind them.
    pub factors: Option<Factors>,
}

impl Verdict {
    pub fn from_prediction(id: String, labels: &[String], prediction: Prediction) -> Verdict {
        Verdict {
            id,
            label: labels[prediction.label].clone(),
            scores: labels
                .iter()
                .cloned()
                .zip(prediction.probabilities)
                .collect(),
            signals: prediction
                .signals
                .into_iter()
                .filter(|s| believable(&s.feature, s.weight))
                .map(|s| s.into_rendered())
                .collect(),
            relevance: None,
            author_flags: Vec::new(),
            factors: None,
        }
    }

    /// The probability given to `label`, if the model knows it.
    pub fn try_score(&self, label: &str) -> Option<f32> {
        self.scores
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, p)| *p)
    }

    /// The probability given to `label` (0 if the model does not know it).
    pub fn score(&self, label: &str) -> f32 {
        self.scores
            .iter()
            .find(|(l, _)| l == label)
            .map_or(0.0, |(_, p)| *p)
    }
}

/// Words too common to be a reason anyone would believe ("the", "i", "at").
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have",
    "he", "her", "his", "i", "in", "is", "it", "its", "me", "my", "of", "on", "or", "our", "she",
    "so", "that", "the", "their", "them", "they", "this", "to", "was", "we", "were", "what",
    "when", "where", "which", "who", "will", "with", "you", "your",
];

/// Whether a model signal is a reason a moderator would believe: not a function word,
/// not a lone punctuation mark, and not a weight of about zero.
fn believable(feature: &str, weight: f32) -> bool {
    if weight.abs() < 0.1 || feature.starts_with("punctuation ") {
        return false;
    }
    let quoted = feature
        .strip_prefix("word \"")
        .or_else(|| feature.strip_prefix("text ~\""))
        .and_then(|rest| rest.strip_suffix('"'));
    // Most quoted words are longer than any function word, and are passed over without
    // comparing them with each of the fifty (which took ~500 instructions a signal).
    !quoted.is_some_and(|word| {
        let word = word.trim();
        word.len() <= LONGEST_FUNCTION_WORD && FUNCTION_WORDS.contains(&word)
    })
}

/// The length in bytes of the longest of [`FUNCTION_WORDS`].
const LONGEST_FUNCTION_WORD: usize = crate::language::longest_word(FUNCTION_WORDS);

/// Four decimals are plenty for a calibrated probability and keep output stable.
fn rounded(p: f32) -> f64 {
    (f64::from(p) * 10_000.0).round() / 10_000.0
}

/// The factors with their probabilities rounded like the scores.
struct RoundedFactors<'a>(&'a Factors);

impl Serialize for RoundedFactors<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let f = self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("promotes", &rounded(f.promotes))?;
        map.serialize_entry("belongs", &rounded(f.belongs))?;
        map.serialize_entry("sent_by", &rounded(f.sent_by))?;
        match f.setting {
            Setting::Alone => map.serialize_entry("where", "alone")?,
            Setting::OwnChannel => map.serialize_entry("where", "own_channel")?,
            Setting::Reply {
                relevance,
                solicited,
            } => {
                map.serialize_entry("where", "reply")?;
                if let Some(r) = relevance {
                    map.serialize_entry("relevance", &rounded(r))?;
                }
                map.serialize_entry("solicited", &solicited)?;
            }
        }
        if !f.evidence.is_empty() {
            map.serialize_entry("evidence", &f.evidence)?;
        }
        map.serialize_entry(
            "text",
            &[
                ("marketing", rounded(f.text.marketing)),
                ("social", rounded(f.text.social)),
                ("spam", rounded(f.text.spam)),
            ]
            .into_iter()
            .collect::<std::collections::BTreeMap<_, _>>(),
        )?;
        map.end()
    }
}

struct Scores<'a>(&'a [(String, f32)]);

impl Serialize for Scores<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (label, p) in self.0 {
            map.serialize_entry(label, &rounded(*p))?;
        }
        map.end()
    }
}

/// The fields discern writes. An input field with one of these names is passed through
/// as `input_<name>` (an input's own `label` becomes `input_label`), unless the input
/// also has a field of that name; the text is never written.
const OWN_FIELDS: &[&str] = &[
    "id",
    "label",
    "scores",
    "signals",
    "relevance",
    "author_flags",
    "factors",
    "text",
];

/// The name an input field is written under, `None` for one never written.
fn passthrough_name<'a>(post: &Post, key: &'a str) -> Option<std::borrow::Cow<'a, str>> {
    if !OWN_FIELDS.contains(&key) {
        return Some(std::borrow::Cow::Borrowed(key));
    }
    if key == "text" {
        return None;
    }
    let renamed = format!("input_{key}");
    (!post.extra.iter().any(|(other, _)| *other == renamed))
        .then_some(std::borrow::Cow::Owned(renamed))
}

/// A verdict with the input post's fields passed through after discern's own.
struct Record<'a> {
    verdict: &'a Verdict,
    post: Option<&'a Post>,
}

impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let v = self.verdict;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &v.id)?;
        map.serialize_entry("label", &v.label)?;
        map.serialize_entry("scores", &Scores(&v.scores))?;
        map.serialize_entry("signals", &v.signals)?;
        if let Some(relevance) = v.relevance {
            map.serialize_entry("relevance", &rounded(relevance))?;
        }
        if !v.author_flags.is_empty() {
            map.serialize_entry("author_flags", &v.author_flags)?;
        }
        if let Some(factors) = &v.factors {
            map.serialize_entry("factors", &RoundedFactors(factors))?;
        }
        if let Some(post) = self.post {
            // The post's mapped fields, as the input named them, then the unmapped ones.
            let optional = [
                ("author", &post.author),
                ("platform", &post.platform),
                ("url", &post.url),
                ("parent_id", &post.parent_id),
                ("thread_id", &post.thread_id),
            ];
            for (key, value) in optional {
                if let Some(value) = value {
                    map.serialize_entry(key, value)?;
                }
            }
            if let Some(created_at) = &post.created_at {
                map.serialize_entry("created_at", created_at)?;
            }
            if post.kind != PostKind::Post {
                map.serialize_entry("kind", &post.kind)?;
            }
            if !post.links.is_empty() {
                map.serialize_entry("links", &post.links)?;
            }
            if !post.metrics.is_empty() {
                map.serialize_entry("metrics", &post.metrics)?;
            }
            for (key, value) in &post.extra {
                if let Some(key) = passthrough_name(post, key) {
                    map.serialize_entry(key.as_ref(), value)?;
                }
            }
        }
        map.end()
    }
}

impl Serialize for Verdict {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Record {
            verdict: self,
            post: None,
        }
        .serialize(serializer)
    }
}

/// Writes one verdict as a JSON line, followed by the post's own fields (its text
/// excepted) so the output can be joined back to the input without a lookup.
///
/// The same bytes as serialising the record with serde (tested), written by hand: for
/// thread files serde's per-byte escaping, its character-by-character timestamps and
/// the writer's many small writes took ~9% of `discern classify` (cachegrind). Strings
/// that need escaping, floats and rare fields still go through serde_json.
pub fn write_json_line<W: Write>(
    out: &mut W,
    verdict: &Verdict,
    post: &Post,
) -> std::io::Result<()> {
    thread_local! {
        static LINE: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    LINE.with(|line| {
        let mut line = line.borrow_mut();
        line.clear();
        write_record(&mut line, verdict, post)?;
        line.push(b'\n');
        out.write_all(&line)
    })
}

fn write_record(out: &mut Vec<u8>, v: &Verdict, post: &Post) -> std::io::Result<()> {
    out.extend_from_slice(b"{\"id\":");
    json_str(out, &v.id)?;
    out.extend_from_slice(b",\"label\":");
    json_str(out, &v.label)?;
    out.extend_from_slice(b",\"scores\":{");
    for (i, (label, p)) in v.scores.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        json_str(out, label)?;
        out.push(b':');
        json_probability(out, *p)?;
    }
    out.extend_from_slice(b"},\"signals\":");
    json_strs(out, &v.signals)?;
    if let Some(relevance) = v.relevance {
        out.extend_from_slice(b",\"relevance\":");
        json_probability(out, relevance)?;
    }
    if !v.author_flags.is_empty() {
        out.extend_from_slice(b",\"author_flags\":");
        json_strs(out, &v.author_flags)?;
    }
    if let Some(factors) = &v.factors {
        out.extend_from_slice(b",\"factors\":");
        write_factors(out, factors)?;
    }
    let optional = [
        (&b",\"author\":"[..], &post.author),
        (b",\"platform\":", &post.platform),
        (b",\"url\":", &post.url),
        (b",\"parent_id\":", &post.parent_id),
        (b",\"thread_id\":", &post.thread_id),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            out.extend_from_slice(key);
            json_str(out, value)?;
        }
    }
    if let Some(created_at) = &post.created_at {
        out.extend_from_slice(b",\"created_at\":");
        json_time(out, created_at)?;
    }
    if post.kind != PostKind::Post {
        out.extend_from_slice(b",\"kind\":");
        serde_json::to_writer(&mut *out, &post.kind)?;
    }
    if !post.links.is_empty() {
        out.extend_from_slice(b",\"links\":");
        json_strs(out, &post.links)?;
    }
    if !post.metrics.is_empty() {
        out.extend_from_slice(b",\"metrics\":");
        serde_json::to_writer(&mut *out, &post.metrics)?;
    }
    for (key, value) in &post.extra {
        if let Some(key) = passthrough_name(post, key) {
            out.push(b',');
            json_str(out, &key)?;
            out.push(b':');
            out.extend_from_slice(value.get().as_bytes());
        }
    }
    out.push(b'}');
    Ok(())
}

/// The factors as [`RoundedFactors`] serialises them, written by hand: through serde's
/// map (each key escaped, the text scores collected into a `BTreeMap`) they took ~4,600
/// instructions a post, over half the verdict line (callgrind).
fn write_factors(out: &mut Vec<u8>, f: &Factors) -> std::io::Result<()> {
    out.extend_from_slice(b"{\"promotes\":");
    json_probability(out, f.promotes)?;
    out.extend_from_slice(b",\"belongs\":");
    json_probability(out, f.belongs)?;
    out.extend_from_slice(b",\"sent_by\":");
    json_probability(out, f.sent_by)?;
    match f.setting {
        Setting::Alone => out.extend_from_slice(b",\"where\":\"alone\""),
        Setting::OwnChannel => out.extend_from_slice(b",\"where\":\"own_channel\""),
        Setting::Reply {
            relevance,
            solicited,
        } => {
            out.extend_from_slice(b",\"where\":\"reply\"");
            if let Some(r) = relevance {
                out.extend_from_slice(b",\"relevance\":");
                json_probability(out, r)?;
            }
            out.extend_from_slice(if solicited {
                b",\"solicited\":true"
            } else {
                b",\"solicited\":false"
            });
        }
    }
    if !f.evidence.is_empty() {
        out.extend_from_slice(b",\"evidence\":");
        json_strs(out, &f.evidence)?;
    }
    // In the key order of the `BTreeMap` serde writes.
    out.extend_from_slice(b",\"text\":{\"marketing\":");
    json_probability(out, f.text.marketing)?;
    out.extend_from_slice(b",\"social\":");
    json_probability(out, f.text.social)?;
    out.extend_from_slice(b",\"spam\":");
    json_probability(out, f.text.spam)?;
    out.extend_from_slice(b"}}");
    Ok(())
}

/// `p` [`rounded`] as serde_json writes it. A probability (0 to 1) is a whole number of
/// ten-thousandths, written by [`push_ten_thousandths`]; anything else (a negative zero,
/// a relevance over 1, NaN) goes through serde_json.
fn json_probability(out: &mut Vec<u8>, p: f32) -> std::io::Result<()> {
    let ten_thousandths = (f64::from(p) * 10_000.0).round();
    if ten_thousandths.is_sign_positive() && ten_thousandths <= 10_000.0 {
        push_ten_thousandths(out, ten_thousandths as u32);
        Ok(())
    } else {
        Ok(serde_json::to_writer(&mut *out, &rounded(p))?)
    }
}

/// `n / 10_000` (`n` at most 10,000) the way serde_json writes that `f64`: the shortest
/// decimal that reads back as it, with at least one digit after the point ("0.0",
/// "0.25", "1.0"). The quotient is the `f64` nearest the decimal `n / 10_000`, so its
/// shortest form is that decimal (tested for every `n`). Through serde_json it took
/// ~800 instructions a number.
fn push_ten_thousandths(out: &mut Vec<u8>, n: u32) {
    if n >= 10_000 {
        out.extend_from_slice(b"1.0");
        return;
    }
    let digits = [
        b'0' + (n / 1000) as u8,
        b'0' + (n / 100 % 10) as u8,
        b'0' + (n / 10 % 10) as u8,
        b'0' + (n % 10) as u8,
    ];
    let kept = digits
        .iter()
        .rposition(|&d| d != b'0')
        .map_or(1, |last| last + 1);
    out.extend_from_slice(b"0.");
    out.extend_from_slice(&digits[..kept]);
}

/// A JSON string: copied whole when nothing in it needs escaping, else escaped by
/// serde_json.
fn json_str(out: &mut Vec<u8>, s: &str) -> std::io::Result<()> {
    if needs_no_escape(s.as_bytes()) {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
        Ok(())
    } else {
        Ok(serde_json::to_writer(&mut *out, s)?)
    }
}

/// Whether no byte of `s` needs escaping in JSON. Sixteen bytes at a time without
/// stopping early, which the compiler turns into vector compares (a byte-by-byte `all`,
/// which stops at the first, took about six instructions a byte).
fn needs_no_escape(s: &[u8]) -> bool {
    let plain = |b: u8| b >= 0x20 && b != b'"' && b != b'\\';
    let mut chunks = s.chunks_exact(16);
    for chunk in &mut chunks {
        if !chunk.iter().fold(true, |all, &b| all & plain(b)) {
            return false;
        }
    }
    chunks.remainder().iter().all(|&b| plain(b))
}

fn json_strs(out: &mut Vec<u8>, items: &[String]) -> std::io::Result<()> {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        json_str(out, item)?;
    }
    out.push(b']');
    Ok(())
}

/// A timestamp as chrono serialises it (RFC 3339, `Z`): whole seconds of years 0–9999
/// written digit by digit (`write!` took ~1,900 instructions a timestamp), anything else
/// by chrono through serde.
fn json_time(out: &mut Vec<u8>, at: &chrono::DateTime<chrono::Utc>) -> std::io::Result<()> {
    use chrono::{Datelike, Timelike};
    let year = at.year();
    if at.nanosecond() != 0 || !(0..=9999).contains(&year) {
        return Ok(serde_json::to_writer(&mut *out, at)?);
    }
    let digits = |out: &mut Vec<u8>, value: u32, width: u32| {
        for place in (0..width).rev() {
            out.push(b'0' + (value / 10u32.pow(place) % 10) as u8);
        }
    };
    out.push(b'"');
    digits(out, year as u32, 4);
    for (separator, value) in [
        (b'-', at.month()),
        (b'-', at.day()),
        (b'T', at.hour()),
        (b':', at.minute()),
        (b':', at.second()),
    ] {
        out.push(separator);
        digits(out, value, 2);
    }
    out.extend_from_slice(b"Z\"");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, Utc};
    use proptest::prelude::*;

    fn by_serde(verdict: &Verdict, post: &Post) -> Vec<u8> {
        let mut line = serde_json::to_vec(&Record {
            verdict,
            post: Some(post),
        })
        .unwrap();
        line.push(b'\n');
        line
    }

    fn by_hand(verdict: &Verdict, post: &Post) -> Vec<u8> {
        let mut line = Vec::new();
        write_json_line(&mut line, verdict, post).unwrap();
        line
    }

    fn verdict(id: &str, signal: &str, relevance: Option<f32>, flags: &[&str]) -> Verdict {
        Verdict {
            id: id.into(),
            label: "spam".into(),
            scores: vec![
                ("social".into(), 0.012_345),
                ("marketing".into(), 1e-7),
                ("spam".into(), 0.987_65),
            ],
            signals: vec![signal.into(), "word \"free\" (+1.20)".into()],
            relevance,
            author_flags: flags.iter().map(|f| f.to_string()).collect(),
            factors: relevance.map(|r| Factors {
                promotes: 0.97,
                belongs: 0.1,
                sent_by: 0.2,
                setting: Setting::Reply {
                    relevance: Some(r),
                    solicited: false,
                },
                evidence: vec!["link to \"odd\".example".into()],
                text: Default::default(),
                found: Default::default(),
            }),
        }
    }

    #[test]
    fn rare_fields_and_escapes_match_serde() {
        let mut post = Post::new("a\"b\\c\u{1}\u{7f}é😀", "text is not written");
        post.author = Some("Ann\n".into());
        post.url = Some("https://example.com/?q=\"x\"".into());
        post.parent_id = Some("p".into());
        post.kind = PostKind::Pingback;
        post.links = vec!["https://a.example/\t".into()];
        post.created_at = DateTime::from_timestamp(1_700_000_000, 5_000_000);
        post.extra = vec![
            (
                "custom\"key".into(),
                serde_json::value::RawValue::from_string("[1,{\"a\":null}]".into()).unwrap(),
            ),
            (
                "label".into(),
                serde_json::value::RawValue::from_string("\"own field\"".into()).unwrap(),
            ),
        ];
        let v = verdict(
            &post.id,
            "tab\there",
            Some(0.123_456),
            &["automated (0.90): \"bot\""],
        );
        assert_eq!(by_hand(&v, &post), by_serde(&v, &post));
    }

    #[test]
    fn input_fields_named_like_ours_pass_through_renamed() {
        let raw = |json: &str| serde_json::value::RawValue::from_string(json.into()).unwrap();
        let mut post = Post::new("p1", "hello");
        post.extra = vec![
            ("label".into(), raw("\"ham\"")),
            ("scores".into(), raw("[1]")),
            ("text".into(), raw("\"dup\"")),
        ];
        let v = verdict("p1", "signal", None, &[]);
        let line = String::from_utf8(by_hand(&v, &post)).unwrap();
        assert_eq!(line.as_bytes(), by_serde(&v, &post));
        let json: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(json["label"], "spam");
        assert_eq!(json["input_label"], "ham");
        assert_eq!(json["input_scores"], serde_json::json!([1]));
        assert!(json.get("input_text").is_none());
        // An input that already has `input_label` keeps its own; nothing is duplicated.
        post.extra.push(("input_label".into(), raw("\"theirs\"")));
        let line = String::from_utf8(by_hand(&v, &post)).unwrap();
        assert_eq!(line.as_bytes(), by_serde(&v, &post));
        assert_eq!(line.matches("input_label").count(), 1, "{line}");
        assert!(line.contains("\"input_label\":\"theirs\""), "{line}");
    }

    #[test]
    fn function_words_are_not_believable_and_longer_words_are() {
        for word in FUNCTION_WORDS {
            assert!(!believable(&format!("word \"{word}\""), 1.0), "{word}");
            assert!(!believable(&format!("text ~\" {word} \""), -1.0), "{word}");
        }
        for feature in ["word \"theirs\"", "text ~\"subscribe\"", "word \"yours\""] {
            assert!(believable(feature, 1.0), "{feature}");
        }
        assert_eq!(LONGEST_FUNCTION_WORD, 5);
    }

    #[test]
    fn every_ten_thousandth_is_written_as_serde_writes_it() {
        for n in 0..=10_000u32 {
            let mut ours = Vec::new();
            push_ten_thousandths(&mut ours, n);
            let theirs = serde_json::to_vec(&(f64::from(n) / 10_000.0)).unwrap();
            assert_eq!(ours, theirs, "{n}");
        }
        for p in [-0.0f32, -1e-9, 1.000_04, 1.000_05, 3.7, f32::NAN, 1e-30] {
            let mut ours = Vec::new();
            json_probability(&mut ours, p).unwrap();
            assert_eq!(ours, serde_json::to_vec(&rounded(p)).unwrap(), "{p}");
        }
    }

    #[test]
    fn factors_in_every_setting_match_serde() {
        let post = Post::new("p", "");
        for setting in [
            Setting::Alone,
            Setting::OwnChannel,
            Setting::Reply {
                relevance: None,
                solicited: true,
            },
            Setting::Reply {
                relevance: Some(1.7),
                solicited: false,
            },
        ] {
            for evidence in [vec![], vec!["a \"quoted\" pitch".to_string(), "b".into()]] {
                let mut v = verdict("p", "s", Some(0.5), &[]);
                let factors = v.factors.as_mut().unwrap();
                factors.setting = setting;
                factors.evidence = evidence;
                factors.promotes = 0.000_04;
                factors.sent_by = 0.999_96;
                factors.text = crate::factors::TextScores {
                    marketing: 0.123_45,
                    social: -0.0,
                    spam: 1.0,
                };
                assert_eq!(by_hand(&v, &post), by_serde(&v, &post));
            }
        }
    }

    proptest! {
        #[test]
        fn hand_written_lines_are_serde_lines(
            id in "\\PC{0,12}",
            author in proptest::option::of("[ -~\u{0}-\u{1f}é]{0,12}"),
            signal in "\\PC{0,20}",
            secs in -70_000_000_000i64..300_000_000_000,
            nanos in prop_oneof![Just(0u32), 0u32..1_000_000_000],
            relevance in proptest::option::of(0f32..1.0),
        ) {
            let mut post = Post::new(id.clone(), "");
            post.author = author;
            post.thread_id = Some("t1".into());
            post.created_at = DateTime::<Utc>::from_timestamp(secs, nanos);
            let v = verdict(&id, &signal, relevance, &[]);
            prop_assert_eq!(by_hand(&v, &post), by_serde(&v, &post));
        }
    }
}
