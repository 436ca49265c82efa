use std::io::Write;

use discern_model::Prediction;
use discern_posts::{Post, PostKind};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

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
                .map(|s| s.into_rendered())
                .collect(),
            relevance: None,
            author_flags: Vec::new(),
        }
    }

    /// The probability given to `label` (0 if the model does not know it).
    pub fn score(&self, label: &str) -> f32 {
        self.scores
            .iter()
            .find(|(l, _)| l == label)
            .map_or(0.0, |(_, p)| *p)
    }
}

/// Four decimals are plenty for a calibrated probability and keep output stable.
fn rounded(p: f32) -> f64 {
    (f64::from(p) * 10_000.0).round() / 10_000.0
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

/// The fields discern writes; input fields with these names are not passed through.
const OWN_FIELDS: &[&str] = &[
    "id",
    "label",
    "scores",
    "signals",
    "relevance",
    "author_flags",
    "text",
];

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
                if !OWN_FIELDS.contains(&key.as_str()) {
                    map.serialize_entry(key, value)?;
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
pub fn write_json_line<W: Write>(
    out: &mut W,
    verdict: &Verdict,
    post: &Post,
) -> std::io::Result<()> {
    serde_json::to_writer(
        &mut *out,
        &Record {
            verdict,
            post: Some(post),
        },
    )?;
    out.write_all(b"\n")
}
