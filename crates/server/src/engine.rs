//! The only place the server touches the classifier. Everything else goes through
//! [`classify`], [`learn`] and the re-exported types, so the engine can change under us
//! without touching handlers.

use discern_posts::Post;

pub use discern_engine::{Verdict, default_model};
pub use discern_model::{Adapter, Model};

/// Classifies one post with the shared model and, when the site has one, its adapter.
pub fn classify(model: &Model, adapter: Option<&Adapter>, post: &Post) -> Verdict {
    discern_engine::classify_post(model, adapter, post)
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
    format!("{:016x}", model.fingerprint())
}
