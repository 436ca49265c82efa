//! The classification pipeline every front end shares: a [`Post`] goes in, a
//! [`Verdict`] comes out, in the one output contract of the CLI and the server.
//!
//! ```
//! use discern_engine::{Classifier, default_model};
//! use discern_posts::{Post, PostKind};
//! let mut classifier = Classifier::new(default_model());
//! let verdict = classifier.classify(&Post::new("1", "WIN a FREE iPhone!!! Call 09061701461 now"));
//! assert_eq!(verdict.label, "spam");
//! ```

mod conversation;
pub mod evidence;
pub mod factors;
pub mod language;
mod semantic;
mod verdict;

use std::sync::OnceLock;

use discern_model::{Adapter, Model, Scratch};
use discern_posts::Post;
pub use discern_text::Analysis;
pub use evidence::Found;

pub use conversation::{
    AUTOMATED, Conversation, ConversationConfig, asks_something, flags_of, order_of_events,
};
pub use verdict::{Verdict, write_json_line};

/// The default model, trained on the public corpus in `data/` by
/// `scripts/train-default-model.sh`, and compiled into the binary.
pub const DEFAULT_MODEL_BYTES: &[u8] = include_bytes!("../../../models/default.dscm");

/// The embedded default model, parsed on first use.
pub fn default_model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| {
        Model::from_bytes(DEFAULT_MODEL_BYTES)
            .expect("the embedded model is checked by the test suite")
    })
}

/// Classifies posts with one model (and optionally a site's adapter), reusing its
/// buffers. Cheap to create; make one per thread.
pub struct Classifier<'m> {
    model: &'m Model,
    adapter: Option<&'m Adapter>,
    scratch: Scratch,
    signals: usize,
}

/// Signals per verdict unless a caller asks otherwise.
pub const DEFAULT_SIGNALS: usize = 3;

impl<'m> Classifier<'m> {
    pub fn new(model: &'m Model) -> Self {
        Classifier {
            model,
            adapter: None,
            scratch: Scratch::default(),
            signals: DEFAULT_SIGNALS,
        }
    }

    /// Uses a site's adapter on top of the model. The adapter must belong to the model
    /// (checked when it was loaded with `Adapter::from_bytes`).
    pub fn with_adapter(model: &'m Model, adapter: &'m Adapter) -> Self {
        Classifier {
            model,
            adapter: Some(adapter),
            scratch: Scratch::default(),
            signals: DEFAULT_SIGNALS,
        }
    }

    /// Reports at most `signals` signals per verdict (0 for none, which is fastest).
    pub fn with_signals(mut self, signals: usize) -> Self {
        self.signals = signals;
        self
    }

    pub fn model(&self) -> &'m Model {
        self.model
    }

    /// The analysis of the text the last [`Classifier::classify`] judged (a pingback's
    /// excerpt without its markers), for the conversation analysis to reuse.
    pub fn analysis(&self) -> &Analysis {
        self.scratch.analysis()
    }

    /// The verdict on one post's text.
    pub fn classify(&mut self, post: &Post) -> Verdict {
        self.classify_with(post, false).0
    }

    /// The verdict on one post's text for [`Conversation::judge_found`] to judge where
    /// the post landed: the evidence found comes back instead of being judged alone
    /// first, a judgement the conversation would replace. `None` (the verdict then
    /// judged as by [`Self::classify`]) for a model without the three labels.
    pub fn classify_for_context(&mut self, post: &Post) -> (Verdict, Option<Found>) {
        self.classify_with(post, true)
    }

    fn classify_with(&mut self, post: &Post, in_context: bool) -> (Verdict, Option<Found>) {
        verdict_of(
            self.model,
            self.adapter,
            &mut self.scratch,
            self.signals,
            post,
            in_context,
        )
    }
}

/// The verdict on `post`'s text judged alone or, `in_context` and where the factors can
/// judge it, not judged yet, with its evidence.
fn verdict_of(
    model: &Model,
    adapter: Option<&Adapter>,
    scratch: &mut Scratch,
    signals: usize,
    post: &Post,
    in_context: bool,
) -> (Verdict, Option<Found>) {
    let text = text_to_judge(post);
    let prediction = match adapter {
        Some(adapter) => adapter
            .predict_top(model, text, scratch, signals)
            .unwrap_or_else(|_| model.predict_top(text, scratch, signals)),
        None => model.predict_top(text, scratch, signals),
    };
    let mut verdict = Verdict::from_prediction(post.id.clone(), model.labels(), prediction);
    if text.trim().is_empty() {
        // Nothing written (a sign-up form, a comment of only a website): the model's
        // reading of no words says nothing, and the evidence beside them decides.
        factors::set_aside_the_reading(&mut verdict);
    }
    let found = find_evidence(post, text, scratch.analysis());
    // Judged alone only when no judgement in context follows (its reason would be
    // replaced): the words and the reason cost as much as the rest of the judgement.
    let pending = in_context && factors::text_scores(&verdict).is_some();
    if !pending {
        factors::apply(&mut verdict, &found, &factors::Context::alone());
    }
    if let Some(why) = found.foreign {
        // After the judgement, which stays first in the signals (a pending judgement
        // puts its reason before this one).
        verdict.signals.insert(
            usize::from(!pending),
            format!(
                "not English ({why}): the model knows English best, so this verdict stands on less"
            ),
        );
    }
    (verdict, pending.then_some(found))
}

/// The words the author wrote. A pingback's or trackback's excerpt comes wrapped in
/// WordPress's "[…]" markers, which are the platform's formatting, not the linking
/// site's words (and "..." is a strong cue of casual chat to the model).
fn text_to_judge(post: &Post) -> &str {
    if post.linkback_kind().is_none() {
        return &post.text;
    }
    let mut text = post.text.trim();
    for marker in discern_posts::EXCERPT_MARKS {
        text = text.strip_prefix(marker).unwrap_or(text).trim_start();
        text = text.strip_suffix(marker).unwrap_or(text).trim_end();
    }
    text
}

/// Judges a verdict again where its post landed, from what the caller knows of the
/// surroundings (an Akismet request's fields, say): see [`factors`].
pub fn judge_in_context(verdict: &mut Verdict, post: &Post, context: &factors::Context) {
    factors::apply(verdict, &found_in(verdict, post), context);
}

/// [`judge_in_context`] of a reply to an article that asked nothing of its author (a
/// comment on a blog's post, which asks no business to answer): its customer-service
/// wording answers nobody ([`evidence::Found::answers_nobody`]).
pub fn judge_unasked_reply(verdict: &mut Verdict, post: &Post, context: &factors::Context) {
    let mut found = found_in(verdict, post);
    found.answers_nobody();
    factors::apply(verdict, &found, context);
}

/// [`judge_unasked_reply`] of a comment the page cannot have prompted (written in a
/// language the site does not use): the website it leaves, or a link in it, is all a
/// reader could take from it, a link placed ([`evidence::Found::links_placed`]).
pub fn judge_placed_reply(verdict: &mut Verdict, post: &Post, context: &factors::Context) {
    let mut found = found_in(verdict, post);
    found.answers_nobody();
    found.links_placed();
    // The model knows English; its confident "conversation" for a text it cannot read
    // says nothing.
    factors::set_aside_the_reading(verdict);
    factors::apply(verdict, &found, context);
}

/// The evidence of a verdict's post: found when the text was judged alone, else now.
fn found_in(verdict: &Verdict, post: &Post) -> evidence::Found {
    match verdict.factors.as_ref() {
        Some(judged) => judged.found.clone(),
        None => {
            let text = text_to_judge(post);
            find_evidence(post, text, &Analysis::new(text))
        }
    }
}

/// The evidence in `post`'s text (`text`, analysed), and whether that text is English.
fn find_evidence(post: &Post, text: &str, analysis: &Analysis) -> evidence::Found {
    let mut found = evidence::find(post, analysis);
    found.foreign = language::not_english(text, analysis);
    found
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Classifies one post with the calling thread's buffers (kept between calls, so a
/// server handling one post per request reuses its word memo and allocations).
pub fn classify_post(model: &Model, adapter: Option<&Adapter>, post: &Post) -> Verdict {
    SCRATCH.with_borrow_mut(|scratch| {
        verdict_of(model, adapter, scratch, DEFAULT_SIGNALS, post, false).0
    })
}

/// What a parallel worker hands the conversation for a post judged in context: the
/// text's analysis and the evidence found ([`Classifier::classify_for_context`]).
pub struct ForContext {
    pub analysis: Analysis,
    pub found: Option<Found>,
}

/// For parallel callers: the verdict with at most `signals` signals, made with the
/// calling thread's buffers, and — when `in_context` — a copy of the text's analysis
/// and its evidence for the conversation to judge it with on another thread.
pub fn classify_post_on_thread(
    model: &Model,
    signals: usize,
    post: &Post,
    in_context: bool,
) -> (Verdict, Option<ForContext>) {
    SCRATCH.with_borrow_mut(|scratch| {
        let (verdict, found) = verdict_of(model, None, scratch, signals, post, in_context);
        let context = in_context.then(|| ForContext {
            analysis: scratch.analysis().clone(),
            found,
        });
        (verdict, context)
    })
}
