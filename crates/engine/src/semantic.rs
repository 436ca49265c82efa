//! The conversation's optional relevance by meaning ([`discern_threads::semantic`]): an
//! embedder chosen by the caller, the vectors of each open thread, and the vectors of the
//! posts the caller prepared ahead (one batched encode instead of one per post).

use discern_posts::Post;
use discern_threads::hashing::{PrehashedMap, key_hash};
use discern_threads::relevance::Relevance;
use discern_threads::semantic::{Embedder, RelevanceMode, SemanticConfig, SemanticIndex};

pub(crate) struct SemanticRelevance {
    mode: RelevanceMode,
    embedder: Box<dyn Embedder>,
    index: SemanticIndex,
    /// Post id hash → vector, for the posts of the batch being judged.
    prepared: PrehashedMap<Vec<f32>>,
    failures: u64,
    first_failure: Option<String>,
}

impl SemanticRelevance {
    pub(crate) fn new(
        mode: RelevanceMode,
        embedder: Box<dyn Embedder>,
        config: SemanticConfig,
    ) -> Self {
        SemanticRelevance {
            mode,
            embedder,
            index: SemanticIndex::new(config),
            prepared: PrehashedMap::default(),
            failures: 0,
            first_failure: None,
        }
    }

    pub(crate) fn mode(&self) -> RelevanceMode {
        self.mode
    }

    /// Encodes the posts about to be judged, in one batch; what was prepared and not
    /// judged before is dropped, so this holds one batch of vectors at most.
    pub(crate) fn prepare(&mut self, posts: &[&Post]) {
        self.prepared.clear();
        let texts: Vec<&str> = posts.iter().map(|p| p.text.as_str()).collect();
        // When the batch fails, each post is tried again alone when judged, so one bad
        // text costs only its own semantic score.
        if let Ok(vectors) = self.embedder.embed(&texts) {
            for (post, vector) in posts.iter().zip(vectors) {
                self.prepared.insert(key_hash(&post.id), vector);
            }
        }
    }

    /// The relevance the mode gives `post` in `thread` (its lexical relevance is
    /// `lexical`), and the post's vector kept for the replies to come. A post that cannot
    /// be encoded keeps its lexical relevance and is counted ([`Self::failures`]).
    pub(crate) fn judge(
        &mut self,
        post: &Post,
        thread: u64,
        lexical: Option<Relevance>,
    ) -> Option<Relevance> {
        let id = key_hash(&post.id);
        let vector = match self.prepared.remove(&id) {
            Some(vector) => vector,
            None => match self.embedder.embed(&[post.text.as_str()]) {
                Ok(mut vectors) if vectors.len() == 1 => vectors.swap_remove(0),
                Ok(_) => return self.failed(lexical, "the embedder returned no vector".into()),
                Err(e) => return self.failed(lexical, e.to_string()),
            },
        };
        let semantic = post.is_reply().then(|| {
            let parent = post.parent_id.as_deref().map(key_hash);
            self.index.score(thread, parent, &vector)
        });
        self.index.add(thread, id, post.is_reply(), vector);
        self.index
            .config()
            .combine(self.mode, lexical, semantic.flatten())
    }

    fn failed(&mut self, lexical: Option<Relevance>, why: String) -> Option<Relevance> {
        self.failures += 1;
        self.first_failure.get_or_insert(why);
        lexical
    }

    /// Posts that kept their lexical relevance because they could not be encoded, and
    /// the first reason.
    pub(crate) fn failures(&self) -> (u64, Option<&str>) {
        (self.failures, self.first_failure.as_deref())
    }

    pub(crate) fn discard_thread(&mut self, thread: u64) {
        self.index.discard_thread(thread);
    }
}
