//! Judging a post where it lands: relevance to its thread, who posted it, and whose
//! channel it is. The text model alone cannot tell a brand's pitch in its own feed
//! (marketing) from the same pitch pushed under someone else's essay (spam).
//!
//! Streaming: each reply is scored against the conversation *so far* (what it could
//! have read), accounts are profiled from their posts so far, and threads idle for
//! `max_idle_posts` are closed, so memory follows open threads and distinct authors,
//! not the file.

use std::collections::HashMap;

use discern_posts::{Post, PostKind};
use discern_text::Analysis;
use discern_threads::accounts::{AccountProfile, AccountTracker};
use discern_threads::relevance::ThreadIndex;

use crate::Verdict;

/// Below this relevance a reply does not engage with its thread.
pub const OFF_TOPIC: f32 = 0.15;
/// At or above this relevance a reply clearly engages with its thread.
pub const ON_TOPIC: f32 = 0.35;
/// Share of probability on marketing + spam from which a text counts as promotional.
pub const PROMOTIONAL: f32 = 0.5;
/// ... and from which it is a pitch whatever its wording.
pub const CLEARLY_PROMOTIONAL: f32 = 0.85;
/// Automation score from which an author is flagged as automated.
pub const AUTOMATED: f32 = 0.6;

#[derive(Debug, Clone, Copy)]
pub struct ConversationConfig {
    /// Close a thread after this many posts of the input without a new post in it.
    pub max_idle_posts: u64,
}

impl Default for ConversationConfig {
    fn default() -> Self {
        ConversationConfig {
            max_idle_posts: 250_000,
        }
    }
}

/// What the conversation remembers of an author between profiles.
struct AuthorState {
    posts: u64,
    profiled_at: u64,
    flags: Vec<String>,
}

/// The conversations seen so far in a stream of posts.
pub struct Conversation {
    config: ConversationConfig,
    index: ThreadIndex,
    accounts: AccountTracker,
    /// Thread key → the author of its root post (the channel's owner).
    owners: HashMap<String, Option<String>>,
    /// Thread key → position of its latest post, for closing idle threads.
    last_post: HashMap<String, u64>,
    flags: HashMap<String, AuthorState>,
    seen: u64,
    /// The post's text analysed, when the caller did not bring an analysis.
    analysis: Analysis,
}

impl Default for Conversation {
    fn default() -> Self {
        Conversation::new(ConversationConfig::default())
    }
}

impl Conversation {
    pub fn new(config: ConversationConfig) -> Self {
        Conversation {
            config,
            index: ThreadIndex::default(),
            accounts: AccountTracker::default(),
            owners: HashMap::new(),
            last_post: HashMap::new(),
            flags: HashMap::new(),
            seen: 0,
            analysis: Analysis::default(),
        }
    }

    /// Adds `post` to its conversation and adjusts its verdict: relevance for
    /// replies, author flags, and the label where the context changes it.
    pub fn judge(&mut self, post: &Post, verdict: &mut Verdict) {
        let mut analysis = std::mem::take(&mut self.analysis);
        analysis.analyse(&post.text);
        self.judge_analysed(post, &analysis, verdict);
        self.analysis = analysis;
    }

    /// [`Self::judge`] with the post's text already analysed (by the classifier:
    /// [`crate::Classifier::analysis`]), so each post is normalised and tokenised once.
    pub fn judge_analysed(&mut self, post: &Post, analysis: &Analysis, verdict: &mut Verdict) {
        self.seen += 1;
        let thread = self.index.thread_of(post);
        if !post.is_reply() {
            self.owners
                .entry(thread.clone())
                .or_insert_with(|| post.author.clone());
        }
        // A duplicate id is scored against the copy already indexed.
        let _ = self.index.add_analysed(post, analysis);
        if post.is_reply() {
            verdict.relevance = self.index.score(&post.id).map(|r| r.score);
        }
        let owner = self.owners.get(&thread).cloned().flatten();
        let own_channel = post.author.is_some() && post.author == owner;
        self.last_post.insert(thread, self.seen);
        if let Some(author) = &post.author {
            verdict.author_flags = self.author_flags(author);
        }
        apply_context(post, verdict, own_channel);
        self.accounts
            .observe_analysed(post, analysis, None, Some(&verdict.label));
        if self.seen.is_multiple_of(65_536) {
            self.close_idle_threads();
        }
    }

    /// Profiles of every author seen, for reports.
    pub fn finish(self) -> Vec<AccountProfile> {
        self.accounts.finish()
    }

    /// Flags from the author's history so far, refreshed each time the history
    /// doubles (a profile costs more than a post, so not on every post).
    fn author_flags(&mut self, author: &str) -> Vec<String> {
        // Look up before inserting: an entry() key would allocate on every post.
        if !self.flags.contains_key(author) {
            let state = AuthorState {
                posts: 0,
                profiled_at: 0,
                flags: Vec::new(),
            };
            self.flags.insert(author.to_string(), state);
        }
        let entry = self.flags.get_mut(author).expect("inserted above");
        entry.posts += 1;
        if entry.posts >= 2 * entry.profiled_at.max(1) {
            entry.profiled_at = entry.posts;
            if let Some(profile) = self.accounts.profile(author) {
                entry.flags = flags_of(&profile);
            }
        }
        entry.flags.clone()
    }

    fn close_idle_threads(&mut self) {
        let cutoff = self.seen.saturating_sub(self.config.max_idle_posts);
        let idle: Vec<String> = self
            .last_post
            .iter()
            .filter(|(_, at)| **at < cutoff)
            .map(|(k, _)| k.clone())
            .collect();
        for key in idle {
            self.index.close_thread(&key);
            self.last_post.remove(&key);
            self.owners.remove(&key);
        }
    }
}

/// The author flags worth showing beside a verdict.
pub fn flags_of(profile: &AccountProfile) -> Vec<String> {
    let mut flags = Vec::new();
    if profile.automation >= AUTOMATED {
        let why = profile
            .reasons
            .first()
            .map(|r| format!(": {r}"))
            .unwrap_or_default();
        flags.push(format!("automated ({:.2}){why}", profile.automation));
    }
    if let Some(triggers) = &profile.keyword_triggers {
        flags.push(format!(
            "keyword-triggered replies: {} replies under {} posts mentioning {}",
            triggers.replies,
            triggers.parents,
            triggers.trigger_words.join(", ")
        ));
    }
    if profile.content_mix.labelled >= 10 && profile.content_mix.over_80_20 {
        flags.push(format!(
            "{:.0}% promotional (over the 80/20 guide)",
            profile.content_mix.promotional_share * 100.0
        ));
    }
    flags
}

/// The context rules. Each change says why in the signals, first.
fn apply_context(post: &Post, verdict: &mut Verdict, own_channel: bool) {
    let promotional = verdict.score("marketing") + verdict.score("spam");
    let automated = verdict
        .author_flags
        .iter()
        .any(|f| f.starts_with("automated") || f.starts_with("keyword-triggered"));
    let mut reason: Option<String> = None;
    if matches!(post.kind, PostKind::Pingback | PostKind::Trackback) {
        verdict.signals.insert(
            0,
            format!(
                "{}: an automated notice that another site linked here",
                kind_name(post.kind)
            ),
        );
    }
    if let Some(relevance) = verdict.relevance.filter(|_| !own_channel) {
        // Tokenising again is the dear part: only when a rule could fire on it.
        let has_link = || has_link_in_text(&post.text);
        if promotional >= PROMOTIONAL
            && relevance < ON_TOPIC
            && verdict.label != "spam"
            && has_link()
        {
            reason = Some(format!(
                "promotional link dropped in someone else's conversation (relevance {relevance:.2})"
            ));
            verdict.label = "spam".into();
        } else if promotional >= CLEARLY_PROMOTIONAL
            && relevance < OFF_TOPIC
            && verdict.label == "marketing"
        {
            reason = Some(format!(
                "pitch that does not engage with its thread (relevance {relevance:.2})"
            ));
            verdict.label = "spam".into();
        } else if relevance < OFF_TOPIC
            && verdict.label == "social"
            && word_count(&post.text) <= 12
            && has_link()
        {
            reason = Some(format!(
                "short generic reply carrying a link (relevance {relevance:.2})"
            ));
            verdict.label = "spam".into();
        } else if verdict.label == "spam"
            && relevance >= ON_TOPIC
            && verdict.score("spam") < 0.9
            && !automated
            && !has_link()
        {
            reason = Some(format!(
                "promotional but on topic: it joins the conversation (relevance {relevance:.2})"
            ));
            verdict.label = "marketing".into();
        }
    }
    if own_channel && verdict.label == "spam" && verdict.score("spam") < 0.9 && post.is_reply() {
        reason = Some("the thread's own author speaking in their own channel".into());
        verdict.label = "marketing".into();
    }
    if automated && promotional >= PROMOTIONAL && verdict.label != "spam" {
        reason = Some("promotion from an automated account".into());
        verdict.label = "spam".into();
    }
    if let Some(reason) = reason {
        verdict.signals.insert(0, reason);
    }
}

fn kind_name(kind: PostKind) -> &'static str {
    match kind {
        PostKind::Pingback => "pingback",
        PostKind::Trackback => "trackback",
        _ => "post",
    }
}

/// Whether the text itself carries a link (an author's profile URL does not count).
fn has_link_in_text(text: &str) -> bool {
    discern_text::tokenize(text)
        .iter()
        .any(|t| t.kind == discern_text::TokenKind::Url)
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}
