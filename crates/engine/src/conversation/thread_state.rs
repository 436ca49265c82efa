//! What the conversation remembers of each open thread, each list capped.

use super::copies::{self, WordSketch};

/// What the conversation remembers of an open thread.
#[derive(Default)]
pub(super) struct ThreadState {
    /// The author of the thread's first post that is not a reply (the channel's owner):
    /// `None` until such a post is seen, `Some(None)` when it had no author.
    pub(super) owner: Option<Option<u64>>,
    /// Position of its latest post, for closing idle threads.
    pub(super) last_post: u64,
    /// Its opening post (the owner's) was judged marketing: the owner's replies under
    /// it answer their own promotion.
    pub(super) opened_by_promotion: bool,
    /// Keys of its recent posts that ask something (a question, a request for a
    /// recommendation): a reply to one of them was asked for. Capped at [`ASKS_KEPT`].
    pub(super) asks: Vec<u64>,
    /// Link domains its posts named, each with its poster (`key_hash(domain) ^ author`
    /// beside `key_hash(domain)`): a reply linking where someone else in the thread
    /// already pointed places no new domain. Capped at [`DOMAINS_KEPT`].
    pub(super) domains: Vec<NamedDomain>,
    /// Names the thread's scam testimonials credited ("Mrs Vivian Hartley": "Vivian", as
    /// written and lowercase): a later reply that names one again, or sends readers to an
    /// account named after one, is the chain's next voice. Capped at [`SCAM_NAMES_KEPT`].
    pub(super) scam_names: Vec<(String, String)>,
    /// Its posts judged scams (deceptive spam, or spam that sends readers to a chat app),
    /// each as `key_hash(id)` with its author: the chain's bots answer them in support
    /// ("Is she on Telegram? How do I reach her?"). Capped at [`SCAMS_KEPT`].
    pub(super) scams: Vec<(u64, Option<u64>)>,
    /// The owner's handle, lowercase and without "@": an account named nearly so in
    /// the owner's thread impersonates them.
    pub(super) owner_handle: Option<String>,
    /// Handles the thread's posts @-mention (a customer tagging the brand they complain
    /// to), each with who mentioned it: an account named nearly so that answers in the
    /// thread poses as the mentioned one. Capped at [`MENTIONS_KEPT`].
    pub(super) mentioned: Vec<(String, Option<u64>)>,
    /// The squashed words of its opening post ([`super::linkbacks::opening_words`]): a
    /// linkback whose excerpt is a run of them copies the post.
    pub(super) opening: Option<Box<str>>,
    /// Its posts long enough to tell a copy of ([`copies::copies_a_comment`]).
    pub(super) said: Vec<copies::Said>,
}

/// Mentioned handles remembered per thread.
pub(super) const MENTIONS_KEPT: usize = 16;

/// Scam testimonials' names remembered per thread.
pub(super) const SCAM_NAMES_KEPT: usize = 8;

/// Scam posts remembered per thread.
pub(super) const SCAMS_KEPT: usize = 8;

/// Asking posts remembered per thread.
pub(super) const ASKS_KEPT: usize = 64;

/// A link domain a thread's post named.
#[derive(Clone, Copy)]
pub(super) struct NamedDomain {
    /// `key_hash` of the domain.
    pub(super) domain: u64,
    /// The poster.
    pub(super) by: Option<u64>,
    /// The post's words, sketched ([`WordSketch`]): a later post by another account
    /// linking the same domain in nearly the same words copies it.
    pub(super) words: Option<WordSketch>,
}

/// Link domains remembered per thread.
pub(super) const DOMAINS_KEPT: usize = 64;

/// Appends `item`, dropping the oldest once `cap` are kept.
pub(super) fn push_capped<T>(items: &mut Vec<T>, item: T, cap: usize) {
    if items.len() == cap {
        items.remove(0);
    }
    items.push(item);
}
