//! The only place the server touches the classifier. Everything else goes through
//! [`classify`], [`learn`] and the re-exported types, so the engine can change under us
//! without touching handlers.

use discern_posts::Post;

pub use shim::{Adapter, Model, Verdict, default_model};

/// Classifies one post with the shared model and, when the site has one, its adapter.
pub fn classify(model: &Model, adapter: Option<&Adapter>, post: &Post) -> Verdict {
    shim::classify_post(model, adapter, post)
}

/// Teaches `adapter` one labelled text.
pub fn learn(model: &Model, adapter: &mut Adapter, text: &str, label: &str) -> Result<(), String> {
    adapter
        .learn(model, text, label, 1.0)
        .map_err(|e| e.to_string())
}

/// A short, stable identifier of the model's content, stored with every check and adapter
/// so an adapter learned on one model is never applied to another.
pub fn model_version(model: &Model) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(model.to_bytes());
    digest[..6].iter().map(|b| format!("{b:02x}")).collect()
}

/// TEMPORARY stand-in with exactly the discern-engine / discern-model API, so the server
/// builds and its plumbing is tested before the engine lands. Replaced by
/// `pub use discern_engine::…` / `discern_model::…` re-exports.
mod shim {
    use discern_posts::Post;
    use serde::Serialize;

    pub struct Model {
        labels: Vec<String>,
    }

    impl Model {
        pub fn labels(&self) -> &[String] {
            &self.labels
        }
        pub fn to_bytes(&self) -> Vec<u8> {
            self.labels.join(",").into_bytes()
        }
    }

    pub fn default_model() -> &'static Model {
        static MODEL: std::sync::OnceLock<Model> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| Model {
            labels: vec!["social".into(), "marketing".into(), "spam".into()],
        })
    }

    #[derive(Debug, Clone, Default)]
    pub struct Adapter {
        words: Vec<(String, String)>,
        updates: u64,
    }

    impl Adapter {
        pub fn new(_model: &Model) -> Adapter {
            Adapter::default()
        }
        pub fn learn(
            &mut self,
            _model: &Model,
            text: &str,
            label: &str,
            _weight: f32,
        ) -> Result<(), String> {
            for w in text.split_whitespace() {
                self.words.push((w.to_lowercase(), label.to_string()));
            }
            self.updates += 1;
            Ok(())
        }
        pub fn to_bytes(&self) -> Vec<u8> {
            let mut s = format!("{}\n", self.updates);
            for (w, l) in &self.words {
                s.push_str(&format!("{w}\t{l}\n"));
            }
            s.into_bytes()
        }
        pub fn from_bytes(_model: &Model, bytes: &[u8]) -> Result<Adapter, String> {
            let text = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
            let mut lines = text.lines();
            let updates = lines
                .next()
                .and_then(|l| l.parse().ok())
                .ok_or("bad adapter")?;
            let words = lines
                .filter_map(|l| l.split_once('\t'))
                .map(|(w, l)| (w.to_string(), l.to_string()))
                .collect();
            Ok(Adapter { words, updates })
        }
        pub fn updates(&self) -> u64 {
            self.updates
        }
    }

    #[derive(Debug, Clone, Serialize)]
    pub struct Verdict {
        pub id: String,
        pub label: String,
        #[serde(serialize_with = "scores_as_object")]
        pub scores: Vec<(String, f32)>,
        pub signals: Vec<String>,
    }

    fn scores_as_object<S: serde::Serializer>(
        scores: &[(String, f32)],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(scores.len()))?;
        for (k, v) in scores {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }

    pub fn classify_post(_model: &Model, adapter: Option<&Adapter>, post: &Post) -> Verdict {
        let text = post.text.to_lowercase();
        let mut spam = 0.05f32;
        let mut marketing = 0.05f32;
        for w in ["viagra", "casino", "cheap", "pills", "winner"] {
            if text.contains(w) {
                spam += 0.3;
            }
        }
        for w in ["sale", "discount", "buy", "offer"] {
            if text.contains(w) {
                marketing += 0.25;
            }
        }
        if let Some(a) = adapter {
            for w in text.split_whitespace() {
                for (aw, l) in &a.words {
                    if aw == w && l == "spam" {
                        spam += 0.5;
                    }
                }
            }
        }
        let (spam, marketing) = (spam.min(0.99), marketing.min(0.9));
        let social = (1.0 - spam - marketing).max(0.0);
        let total = spam + marketing + social;
        let scores = vec![
            ("social".to_string(), social / total),
            ("marketing".to_string(), marketing / total),
            ("spam".to_string(), spam / total),
        ];
        let label = scores
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|s| s.0.clone())
            .unwrap_or_default();
        Verdict {
            id: post.id.clone(),
            label,
            scores,
            signals: Vec::new(),
        }
    }
}
