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

/// Judges a comment where it landed: a reply under the site's post, in the site
/// owner's channel, with what the request says of its surroundings.
pub fn judge_comment(verdict: &mut Verdict, post: &Post, signals: &crate::akismet::FormSignals) {
    use discern_engine::factors::{Context, Setting};
    // Comments, forum topics and messages land on someone else's page or inbox; a post
    // of the site's own (`blog-post`, or a native-API post that answers nothing) keeps
    // the judgement of its text alone.
    if !post.lands_elsewhere() && !signals.honeypot_filled {
        return;
    }
    let own_site = false;
    // Matching the page's context tags is the only relevance an Akismet request
    // carries: on-topic counts as taking part (0.3 is a typical own-thread relevance,
    // `bench/mail_threads.py`), no shared word as none; without tags it is unknown.
    // A comment in a language the blog is not written in shares nothing with its page.
    let relevance = if signals.off_language {
        Some(0.0)
    } else {
        signals.on_context.map(|on| if on { 0.3 } else { 0.0 })
    };
    let fast = signals
        .seconds_after_post
        .is_some_and(|s| (0..crate::akismet::BOT_FAST_SECONDS).contains(&s));
    let context = Context {
        setting: if own_site {
            Setting::OwnChannel
        } else {
            Setting::Reply {
                relevance,
                solicited: false,
            }
        },
        automation: if fast { 0.5 } else { 0.0 },
        honeypot: signals.honeypot_filled,
        reply: true,
        inbox: post.lands_in_inbox(),
    };
    // A comment that names no parent comment answers the page, and a blog's article
    // asks no business to answer it: customer-service wording there ("our team offers
    // free quotes") is a pitch, not an answer, unless it opens by addressing someone
    // (a threaded reply whose parent the request did not name).
    let answers_the_page = post.kind == discern_posts::PostKind::Reply
        && post.parent_id.as_deref().is_none_or(|parent| parent == "0")
        && !discern_engine::evidence::addresses_an_account(&post.text);
    if signals.off_language {
        discern_engine::judge_placed_reply(verdict, post, &context);
    } else if answers_the_page {
        discern_engine::judge_unasked_reply(verdict, post, &context);
    } else {
        discern_engine::judge_in_context(verdict, post, &context);
    }
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
