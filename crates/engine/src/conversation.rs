//! Judging a post where it lands: relevance to its thread, who posted it, and whose
//! channel it is. The text model alone cannot tell a brand's pitch in its own feed
//! (marketing) from the same pitch pushed under someone else's essay (spam).
//!
//! Streaming: each reply is scored against the conversation *so far* (what it could
//! have read), accounts are profiled from their posts so far, and threads idle for
//! `max_idle_posts` are closed, so memory follows open threads and distinct authors,
//! not the file.

use discern_posts::{Post, PostKind};
use discern_text::{Analysis, TokenKind};

use crate::evidence;
use crate::factors::{self, Context, Setting};
use discern_threads::accounts::{AccountProfile, AccountTracker};
use discern_threads::hashing::{PrehashedMap, key_hash};
use discern_threads::relevance::ThreadIndex;
use discern_threads::semantic::{Embedder, RelevanceMode, SemanticConfig};
use discern_threads::terms::{PostTerms, TermExtractor};

use crate::Verdict;
use crate::semantic::SemanticRelevance;

mod asks;
mod authors;
mod copies;
mod flags;
mod handles;
mod landing;
mod linkbacks;
mod lookalike;
mod revise;
mod ring;
mod thread_state;
pub use asks::asks_something;
use authors::{AuthorState, EarlyReply, ShownMachine, UNBRANDED_KEPT};
use copies::{copies, word_sketch};
pub use flags::flags_of;
use handles::{echoes_a_scam, handle_hash, handle_key, imitates, support_family, the_brands_own};
use thread_state::{
    ASKS_KEPT, DOMAINS_KEPT, MENTIONS_KEPT, NamedDomain, SCAM_NAMES_KEPT, SCAMS_KEPT, ThreadState,
    push_capped,
};

/// Automation score from which an author is flagged as automated (the score is a
/// probability; flagged when more likely automated than not, with a margin).
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

/// Whether a comment's author is the channel it was posted on (the YouTube importer's
/// `channel_id`, the video's channel, equal to `author_channel_id`).
fn comments_on_own_video(post: &Post) -> bool {
    let channel = evidence::extra_str(post, "channel_id");
    channel.is_some() && channel == evidence::extra_str(post, "author_channel_id")
}

/// Whether a comment is the site's owner answering under its own post: a comments
/// feed (WordPress's `/comments/feed/`) holds the comments, not the post, but each
/// comment's address is on the site, and a business that blogs answers under its
/// site's name ("Kettle Sound Ferries" on kettlesoundferries.ca). The commenter's name,
/// letters and digits only, holds the site's whole name ([`handles::site_label`]): a
/// reader whose name is a part of it ("Maria" on mariaskitchen.com) is not taken for
/// the owner. Only a blog's comments: on a platform the address is the platform's
/// (reddit.com, a Mastodon server), and no commenter owns it.
fn comments_on_own_site(post: &Post) -> bool {
    if !matches!(post.platform.as_deref(), Some("rss" | "atom" | "wordpress")) {
        return false;
    }
    let Some(author) = post.author.as_deref().filter(|name| !name.contains('@')) else {
        return false;
    };
    let Some(domain) = post
        .url
        .as_deref()
        .or(post.thread_id.as_deref())
        .and_then(discern_text::url_domain)
    else {
        return false;
    };
    let site = handles::letters(handles::site_label(domain));
    site.len() >= handles::SITE_NAME_MIN && handles::letters(author).contains(&site)
}

/// The conversations seen so far in a stream of posts.
pub struct Conversation {
    config: ConversationConfig,
    index: ThreadIndex,
    accounts: AccountTracker,
    // Maps keyed by `key_hash` of thread keys and author names: looked up for every
    // post, so neither hashed twice nor copied.
    threads: PrehashedMap<ThreadState>,
    /// Author → flags.
    flags: PrehashedMap<AuthorState>,
    seen: u64,
    /// The post's text analysed, when the caller did not bring an analysis.
    analysis: Analysis,
    /// The post's terms, extracted once for the index and the tracker.
    extractor: TermExtractor,
    terms: PostTerms,
    /// Relevance by meaning, when the caller asked for it ([`Self::with_semantic`]).
    semantic: Option<SemanticRelevance>,
    /// Sockpuppet rings ([`ring`]) and review-bomb rings (the same, counting a low
    /// rating under a business's post as praise of its account).
    rings: ring::Rings,
    raters: ring::Rings,
    /// Linking sites that copy the posts they ping ([`linkbacks`]).
    scrapers: linkbacks::Scrapers,
    /// Positions of posts judged before the stream showed what they are (a ring
    /// member's, a scraper's), each with the evidence it showed, since the last
    /// [`Self::revise`].
    shown_revisions: Vec<(u64, evidence::Evidence)>,
    /// Accounts' repeated posts, for telling astroturf ([`copies::TalkingPoints`]).
    talking_points: copies::TalkingPoints,
    /// Brands' own sites, for telling look-alike stores ([`lookalike`]).
    brand_sites: lookalike::BrandSites,
    /// Positions of own posts judged before their author's feed showed a brand's, since
    /// the last [`Self::take_brand_revisions`].
    brand_revisions: Vec<u64>,
    /// Positions of own posts judged promotion with nothing to act on before their
    /// author's channel showed a person's ([`authors::AuthorState::persons_feed`]),
    /// since it did: judged again by [`Self::revise`].
    person_revisions: Vec<u64>,
    /// Replies to others judged before their author's account showed a machine, since
    /// the last [`Self::revise`].
    machine_revisions: Vec<ShownMachine>,
    /// Authors with a short history (read at every post) who posted since the last
    /// [`Self::revise`], by hash and name: whose profile it reads again
    /// ([`authors::WAITING_KEPT`]).
    short_histories: Vec<(u64, String)>,
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
            threads: PrehashedMap::default(),
            flags: PrehashedMap::default(),
            seen: 0,
            analysis: Analysis::default(),
            extractor: TermExtractor::default(),
            terms: PostTerms::default(),
            semantic: None,
            brand_revisions: Vec::new(),
            person_revisions: Vec::new(),
            rings: ring::Rings::default(),
            raters: ring::Rings::default(),
            scrapers: linkbacks::Scrapers::default(),
            shown_revisions: Vec::new(),
            brand_sites: lookalike::BrandSites::default(),
            talking_points: copies::TalkingPoints::default(),
            machine_revisions: Vec::new(),
            short_histories: Vec::new(),
        }
    }

    /// Scores replies by `mode`: [`RelevanceMode::Semantic`] and [`RelevanceMode::Blend`]
    /// read sentence embeddings from `embedder` (with the `semantic` feature of
    /// discern-threads, `discern_embed::Encoder` is one); lexical relevance needs none and
    /// stays the default.
    pub fn with_semantic(
        mut self,
        mode: RelevanceMode,
        embedder: Box<dyn Embedder>,
        config: SemanticConfig,
    ) -> Self {
        self.semantic = (mode != RelevanceMode::Lexical)
            .then(|| SemanticRelevance::new(mode, embedder, config));
        self
    }

    /// The relevance replies are scored by.
    pub fn relevance_mode(&self) -> RelevanceMode {
        self.semantic
            .as_ref()
            .map_or(RelevanceMode::Lexical, SemanticRelevance::mode)
    }

    /// Encodes the posts about to be judged in one batch (with semantic relevance;
    /// otherwise nothing to do). Optional: a post not prepared is encoded alone when
    /// judged, which is several times slower.
    pub fn prepare(&mut self, posts: &[&Post]) {
        if let Some(semantic) = &mut self.semantic {
            semantic.prepare(posts);
        }
    }

    /// Posts that kept their lexical relevance because the embedder failed on them, and
    /// the first reason (always 0 without semantic relevance).
    pub fn embed_failures(&self) -> (u64, Option<&str>) {
        self.semantic
            .as_ref()
            .map_or((0, None), SemanticRelevance::failures)
    }

    /// How many posts this conversation has judged: the position of the next is one more.
    pub fn judged(&self) -> u64 {
        self.seen
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
        self.judge_found(post, analysis, verdict, None);
    }

    /// [`Self::judge_analysed`] of a verdict from [`crate::Classifier::classify_for_context`]
    /// with the evidence it found (`found`), judged here for the first time.
    pub fn judge_found(
        &mut self,
        post: &Post,
        analysis: &Analysis,
        verdict: &mut Verdict,
        found: Option<evidence::Found>,
    ) {
        self.seen += 1;
        // Authors are keyed by their handle ([`handle_key`]: lowercase, without "@"), as
        // @mentions name them: an X archive's "@LumenetHelp" is the "@lumenethelp" a
        // customer writes to.
        let author = post.author.as_deref().map(handle_hash);
        let thread_key = self.index.thread_hash(post);
        let thread = self.threads.entry(thread_key).or_default();
        thread.last_post = self.seen;
        let lands_elsewhere = post.lands_elsewhere();
        let opens_the_thread = !lands_elsewhere && thread.owner.is_none();
        // A creator commenting under their own video: YouTube's export holds the
        // comments, not the video, but names the video's channel beside each
        // commenter's. So does a blog's comments feed, which holds the comments and not
        // the post, by the site's name ([`comments_on_own_site`]). The first such comment
        // makes its author the thread's owner (asked only while the thread has none).
        let owns_the_page = lands_elsewhere
            && thread.owner.is_none()
            && (comments_on_own_video(post) || comments_on_own_site(post));
        if opens_the_thread || owns_the_page {
            thread.owner = Some(author);
            thread.owner_handle = post.author.as_deref().map(handle_key);
        }
        if opens_the_thread {
            thread.opening = Some(linkbacks::opening_words(analysis.squashed()));
        }
        let thread_owner = thread.owner.flatten();
        // A moderator speaks in the community's space as its host ([`evidence::moderates`]).
        let moderates = lands_elsewhere && evidence::moderates(post);
        let own_channel =
            !lands_elsewhere || moderates || (author.is_some() && author == thread_owner);
        let opened_by_promotion = thread.opened_by_promotion;
        // Asked for: the parent asked a question or a recommendation, or addressed this
        // author by name (a customer's @mention of a brand asks the brand to answer).
        let parent = post.parent_id.as_deref().map(|id| (id, key_hash(id)));
        // A brand's support account is addressed by a message to the brand, and the brand
        // by one to its support account ([`support_family`]: "@LumenetHelp" answering
        // "@Lumenet is down").
        let addressed = parent.is_some_and(|(_, parent)| {
            author.is_some_and(|a| thread.asks.contains(&(parent ^ a)))
                // The name's key is built only where something in the thread could match.
                || !thread.asks.is_empty() && post.author.as_deref().is_some_and(|name| {
                    let name = handle_key(name);
                    support_family(&name)
                        .is_some_and(|family| thread.asks.contains(&(parent ^ key_hash(family))))
                })
        });
        let solicited =
            addressed || parent.is_some_and(|(_, parent)| thread.asks.contains(&parent));
        // The post it answers is the thread's opening post (an article, a status), in the
        // input: whether it asked anything of this author is known (`solicited`).
        let answers_the_opening_post =
            parent.is_some_and(|(id, hash)| hash == thread_key && self.index.contains(id));
        let mut remember = |key: u64| push_capped(&mut thread.asks, key, ASKS_KEPT);
        let id = key_hash(&post.id);
        if asks_something(analysis) {
            remember(id);
        }
        // The handles the post @-mentions, as keys ([`handle_key`]). Most posts mention
        // nobody: one byte search spares the token walk.
        let mut mentions = Vec::new();
        if post.text.contains('@') {
            for token in analysis.token_iter() {
                if token.kind == TokenKind::Mention {
                    let name = handle_key(token.text);
                    remember(id ^ key_hash(&name));
                    if let Some(family) = support_family(&name) {
                        remember(id ^ key_hash(family));
                    }
                    mentions.push(name);
                }
            }
        }
        // A duplicate id is scored against the copy already indexed.
        self.terms.extract(&mut self.extractor, analysis);
        let _ = self.index.add_terms(post, &self.terms);
        let lexical = if post.is_reply() {
            self.index.score(&post.id)
        } else {
            None
        };
        let relevance = match &mut self.semantic {
            Some(semantic) => semantic.judge(post, thread_key, lexical),
            None => lexical,
        };
        if post.is_reply() {
            verdict.relevance = relevance.map(|r| r.score);
        }
        let mut automation = 0.0;
        let mut placed_domain = None;
        let mut brand = false;
        let mut persons_feed = false;
        // The author's posts so far, this one included (what the rings count).
        let mut author_posts = 1;
        // The automation score measures how an author addresses others (latency,
        // templates to strangers, keyword triggers): it judges the sender of a post that
        // lands elsewhere or opens by addressing someone, not a broadcast to the author's
        // own followers. A brand scheduling its own feed is not a bot for that (Nestlé's
        // feed, whose templated answers about a recall scored 0.88, was 95% spam). Nor
        // does it judge the owner of the thread answering under their own post: a
        // blogger whose comment form fills in her blog's address "links" it under every
        // reply, as a host, not a sender to strangers. Nor an answer to someone who wrote
        // to the author by name: an auto-responder answering its mentions is asked to
        // (LABELS.md's automated spam is the bot that answers whoever mentions a
        // product, unasked).
        let sent_to_others = !own_channel
            && !addressed
            && (lands_elsewhere || evidence::addresses_an_account(&post.text));
        let mut shown_machine = Vec::new();
        if let (Some(name), Some(hash)) = (&post.author, author) {
            let state = self.author_state(name, hash);
            verdict.author_flags = state.flags.clone();
            placed_domain = state.placed_domain;
            brand = state.speaks_for_a_brand();
            persons_feed = state.persons_feed();
            author_posts = state.posts;
            // Its replies judged before the account showed a machine are judged again.
            state.hand_over_if_shown(hash, &mut shown_machine);
            if sent_to_others {
                automation = state.automation;
            }
        }
        self.machine_revisions.append(&mut shown_machine);
        // A brand replying under someone else's post answers its mentions (a customer
        // who tags it asks it to answer), though the post that tagged it may not be in
        // the input (an account's own archive holds only its side).
        // A brand that writes to another account with a question of its own, nothing to
        // act on and no word of service ("@CityPower Third outage this month. Any ETA
        // for Ash Lane?") writes as a customer, not as the brand answering one.
        let asks_another_account = !own_channel
            && !addressed
            && post.text.contains('?')
            && evidence::addresses_an_account(&post.text);
        let answers_as_a_brand = brand && !own_channel && !asks_another_account;
        // Answering its mentions, a brand is asked to, as an author addressed by name
        // is: its staff answering around the clock, from a few set phrases, are not a
        // machine for that (the brand is an account not shown automated).
        if answers_as_a_brand {
            automation = 0.0;
        }
        let setting = if own_channel {
            Setting::OwnChannel
        } else {
            Setting::Reply {
                relevance: verdict.relevance,
                solicited: solicited || answers_as_a_brand,
            }
        };
        let context = Context {
            setting,
            automation,
            honeypot: false,
            reply: lands_elsewhere,
            inbox: post.lands_in_inbox(),
        };
        // The classifier found the post's evidence when it judged the text alone.
        let mut found = match (found, verdict.factors.as_ref()) {
            (Some(found), _) => found,
            (None, Some(judged)) => judged.found.clone(),
            (None, None) => evidence::find(post, analysis),
        };
        if !own_channel && !solicited && answers_the_opening_post {
            found.answers_nobody();
        }
        // A moderator's link sends members where the community sends them (the official
        // store, the rules, the wiki): a source, not a sale.
        if moderates {
            for e in &mut found.items {
                if let evidence::Evidence::Link(domain)
                | evidence::Evidence::CommercialLink(domain) = e
                {
                    *e = evidence::Evidence::CitesReference(std::mem::take(domain));
                }
            }
        }
        if !own_channel {
            landing::praise_then_filler(&mut found, verdict.relevance);
        }
        // A word of service or an agent's signature is something to act on, too.
        let writes_as_a_customer =
            asks_another_account && !found.items.iter().any(evidence::Evidence::actionable);
        // The thread's opening post as its words ([`linkbacks::opening_words`]): where a
        // business is named, and whether a site linked was.
        let opening = self
            .threads
            .get(&thread_key)
            .and_then(|t| t.opening.as_deref());
        let speaks_for_a_brand = if found.deceptive() || found.template() {
            None
        } else if own_channel && lands_elsewhere && opened_by_promotion {
            Some(evidence::UNDER_ITS_PROMOTION)
        } else if brand && !writes_as_a_customer {
            Some(evidence::ITS_FEED)
        } else if !own_channel
            && lands_elsewhere
            && let Some(name) = post.author.as_deref()
            && let Some(opening) = opening
            && handles::a_business_named_in(opening, name, &found, analysis)
        {
            Some(evidence::WHERE_IT_WAS_NAMED)
        } else {
            None
        };
        // A mail repeats its sender's signature and its list's footer in every message:
        // a domain linked there every time is a signature's, not a link placed.
        if lands_elsewhere
            && post.kind != PostKind::Message
            && let Some(placed) = placed_domain
        {
            mark_placed_links(&mut found, placed);
        }
        // In someone else's thread (not an inbox), and whether unasked there: not asked
        // for, and not a brand answering its mentions.
        let elsewhere = lands_elsewhere && !own_channel && post.kind != PostKind::Message;
        let unasked = !solicited && !answers_as_a_brand;
        if elsewhere {
            landing::own_site(&mut found, post.author.as_deref(), unasked, opening);
        }
        // Look-alike stores ([`lookalike`]).
        self.brand_sites
            .judge(&mut found, post.author.as_deref(), own_channel);
        // A link to where someone else in the thread already pointed takes part in the
        // conversation; the comment-spam signal is a domain nobody in the thread named.
        // A comment farm's accounts link the same site in nearly the same words ("This
        // really helped me! I also found great tips at …"): a copy of another account's
        // comment does not take part, it repeats a placement.
        let thread = self.threads.get_mut(&thread_key).expect("entered above");
        let mut placed = Vec::new();
        let mut sketch = None;
        let mut copied = Vec::new();
        found.items.retain(|e| match e {
            evidence::Evidence::Link(domain) | evidence::Evidence::CommercialLink(domain) => {
                let key = key_hash(domain);
                let mut others = thread
                    .domains
                    .iter()
                    .filter(|n| n.domain == key && (n.by.is_none() || n.by != author))
                    .peekable();
                if others.peek().is_none() {
                    placed.push(key);
                    return true;
                }
                // Named by someone else: taking part, unless this post copies one that
                // named it.
                let own = *sketch.get_or_insert_with(|| word_sketch(analysis.squashed()));
                if let Some(own) = own
                    && others.any(|named| named.words.is_some_and(|w| copies(&own, &w)))
                {
                    copied.push(domain.clone());
                }
                false
            }
            _ => true,
        });
        // A link to the author's own business, unasked, where nobody else in the thread
        // pointed (kept above).
        if elsewhere
            && unasked
            && let Some(state) = author.and_then(|a| self.flags.get(&a))
            && !state.promoted_sites.is_empty()
        {
            landing::promoted_site(
                &mut found,
                &state.promoted_sites,
                thread.opening.as_deref(),
                post.author.as_deref(),
            );
        }
        for domain in copied {
            // A link in another account's words repeats that account's placement.
            found.push(evidence::Evidence::SpamTemplate(
                "another account's comment in the thread, copied",
            ));
            found.push(evidence::Evidence::PlacedLink(domain));
        }
        // The scam's chain: bot accounts answer its testimonial ("Wow you know Mrs Vivian
        // Hartley too?? … my third payout"; "she's on Telegram 👉 @VivianHartleyFx"),
        // each reply alone a happy customer. Naming the credited person again, or an
        // account named after them, is the testimonial repeated.
        if !thread.scam_names.is_empty()
            && !found.deceptive()
            && echoes_a_scam(post, analysis, &thread.scam_names)
        {
            found.push(evidence::Evidence::Deceptive(
                evidence::NAMES_A_SCAMS_CREDITED,
            ));
        }
        // The scam's chain answers its own bait in support ("Wow you know her too? She has
        // been a blessing"; "Is she on Telegram? How do I reach her?"; "Richard is a
        // wonderful man … message him"), each reply alone a friendly stranger.
        if !found.deceptive()
            && let Some((_, parent)) = parent
            && thread
                .scams
                .iter()
                .any(|&(scam, by)| scam == parent && (by.is_none() || by != author))
            && let Some(backing) = evidence::testimony::backs_a_scam(analysis, |word| {
                thread.scam_names.iter().any(|(_, name)| name == word)
            })
        {
            found.push(evidence::Evidence::Deceptive(match backing {
                evidence::testimony::Backing::Testifies => evidence::TESTIFIES_FOR_A_SCAM,
                evidence::testimony::Backing::Agrees => evidence::BACKS_A_SCAM,
            }));
            found.family_as_bait();
        }
        // The scam's author goes on in the thread ("She's on Telegram, just search
        // VivienneAshcombeFX"): each word of it is the scam's.
        if !found.deceptive()
            && !own_channel
            && author.is_some()
            && thread.scams.iter().any(|&(_, by)| by == author)
        {
            found.push(evidence::Evidence::Deceptive(evidence::A_SCAMS_AUTHOR));
        }
        // The impersonated giveaway: "@MarcusOnMarkets_" under @MarcusOnMarkets's post.
        if !own_channel
            && let (Some(name), Some(owner)) = (post.author.as_deref(), &thread.owner_handle)
            && let name = handle_key(name)
            && imitates(&name, owner)
            && !the_brands_own(&found, &name, owner)
        {
            found.push(evidence::Evidence::Deceptive(
                "an account named like the thread's owner",
            ));
        } else if !found.items.is_empty()
            && !thread.mentioned.is_empty()
            && let Some(name) = post.author.as_deref().map(handle_key)
            && !thread.mentioned.iter().any(|(handle, _)| *handle == name)
            && thread.mentioned.iter().any(|(handle, by)| {
                *by != author && imitates(&name, handle) && !the_brands_own(&found, &name, handle)
            })
        {
            // The fake support desk: "@C0rvaneAir" answering a customer who tagged
            // @CorvaneAir, with a link to a form or a number to call. (An account
            // the thread tags itself is the one people meant, however like another's
            // its name: a warning that names the impersonator does not make the brand
            // one.)
            found.push(evidence::Evidence::Deceptive(
                "an account named like one the thread mentions",
            ));
        }
        // Remembered after the check above: a post's own mentions are not the thread's.
        for name in mentions {
            if !thread.mentioned.iter().any(|(known, _)| *known == name) {
                push_capped(&mut thread.mentioned, (name, author), MENTIONS_KEPT);
            }
        }
        if !own_channel && !solicited && lands_elsewhere {
            landing::spare_tickets(&mut found, analysis);
        }
        // Whole texts, hashed once for the two checks that compare them.
        if let Some(whole) = copies::whole_text_key(analysis.squashed()) {
            // A copy bot: another account's comment in the thread, posted again whole.
            if copies::copies_a_comment(
                &mut thread.said,
                whole,
                author,
                lands_elsewhere && !own_channel,
            ) {
                found.push(evidence::Evidence::SpamTemplate(
                    "another account's comment in the thread, copied word for word",
                ));
            }
            // Astroturf: one of several accounts that each repeat the campaign's
            // sentence ([`copies::TalkingPoints`]). A brand repeating its own slogan is
            // its voice.
            if let Some(a) = author
                && !own_channel
                && !brand
                && let Some(earlier) = self.talking_points.repeats_a_rings_points(
                    a,
                    analysis.squashed(),
                    whole,
                    self.seen,
                )
            {
                // The ring's posts from before it showed are judged again with it.
                let points = evidence::Evidence::Deceptive(evidence::A_RINGS_TALKING_POINTS);
                self.shown_revisions
                    .extend(earlier.into_iter().map(|at| (at, points.clone())));
                found.push(points);
            }
        }
        // A scraper's pingback ([`linkbacks`]).
        if post.linkback_kind().is_some()
            && let Some(site) = author
            && let Some(earlier) = self.scrapers.observe_linkback(
                site,
                self.seen,
                &post.text,
                post.author.as_deref(),
                thread.opening.as_deref(),
            )
        {
            let copy = evidence::Evidence::SpamTemplate(evidence::A_SCRAPERS_COPY);
            self.shown_revisions
                .extend(earlier.into_iter().map(|at| (at, copy.clone())));
            found.push(copy);
        }
        // A sockpuppet ring's praise: one of several accounts that each exist to praise
        // the same name (`ring`). A brand praising its own product is the brand's voice.
        if let Some(a) = author
            && !brand
            && let Some(earlier) =
                self.rings
                    .observe(a, author_posts, self.seen, analysis, found.praises)
        {
            let praise = evidence::Evidence::Deceptive(evidence::A_RINGS_PRAISE);
            self.shown_revisions
                .extend(earlier.into_iter().map(|at| (at, praise.clone())));
            found.push(praise);
        }
        // A review bomb: several accounts that each rate the same business one star
        // under its posts, in nearly every post they make (a ring whose name is the
        // business's account). An unhappy customer rates it once.
        if let (Some(a), Some(owner)) = (author, thread_owner)
            && !own_channel
            && !found.deceptive()
        {
            let rating = [owner];
            let rates = if evidence::rates_low(&post.text) {
                &rating[..]
            } else {
                &[]
            };
            if let Some(earlier) = self.raters.observe_names(a, author_posts, self.seen, rates) {
                let rating = evidence::Evidence::Deceptive(evidence::A_REVIEW_BOMB);
                self.shown_revisions
                    .extend(earlier.into_iter().map(|at| (at, rating.clone())));
                found.push(rating);
            }
        }
        // A growth bot's "Great thread! 🔥" under a stranger's post: words that fit any
        // post, from an account whose replies to others are automated, are there to
        // show the account. So is anything it says to someone who asked nothing of it
        // (the LLM reply guy's agreeable paragraph): `bench/bots_fresh.py`, 525 → 535 of
        // 597 posts (the reply guy's 3 → 13 of 27), the second set and the thread,
        // export and mail checks unchanged.
        if automation >= AUTOMATED && !own_channel {
            if parent.is_some() && !solicited {
                found.push(evidence::Evidence::AutomatedReply);
            } else if !evidence::talks_about_something_in(&self.terms) {
                found.push(evidence::Evidence::AutomatedPraise);
            }
        }
        // A person's own channel (a moderator's post is in its space's, not theirs).
        if persons_feed && !brand && own_channel && !moderates {
            found.push(evidence::Evidence::PersonsFeed);
        }

        factors::apply(verdict, &found, &context);
        // Whether the post is marketing by what it says and where, before the brand its
        // author speaks for counts, and shows a seller at work: what the author's feed
        // and the thread it opens are measured by, so a feed judged a brand's does not
        // make itself one, nor pasted news a reader's.
        let marketing = verdict.label == "marketing" && found.shows_a_seller();
        if let Some(why) = speaks_for_a_brand {
            found.push(evidence::Evidence::SpeaksForABrand(why));
            factors::apply(verdict, &found, &context);
        }
        if opens_the_thread {
            thread.opened_by_promotion = marketing;
        }
        for domain in placed {
            let words = *sketch.get_or_insert_with(|| word_sketch(analysis.squashed()));
            push_capped(
                &mut thread.domains,
                NamedDomain {
                    domain,
                    by: author,
                    words,
                },
                DOMAINS_KEPT,
            );
        }
        let spam = verdict.label == "spam";
        // A reply to others not judged spam, while the account shows no machine yet, is
        // remembered to judge again if it comes to (the reply bot's first replies).
        if sent_to_others
            && !spam
            && let Some(state) = author.and_then(|a| self.flags.get_mut(&a))
        {
            state.remember_early_reply(self.seen, parent.is_some() && !solicited, || {
                !evidence::talks_about_something_in(&self.terms)
            });
        }
        let scam = spam && (found.deceptive() || found.moves_to_a_chat_app());
        if scam {
            push_capped(&mut thread.scams, (id, author), SCAMS_KEPT);
        }
        if scam
            || spam
                && analysis
                    .token_iter()
                    .filter(|t| t.kind == TokenKind::Price)
                    .nth(1)
                    .is_some()
        {
            // Spam that credits a titled person, with scam wording or with money in and
            // out ("introduced to Mrs Vivian Hartley … Started with $2,500 and withdrew
            // $38,000"): the name the chain will repeat.
            for name in evidence::testimony::titled_names(&post.text) {
                let lower = name.to_lowercase();
                if !thread.scam_names.iter().any(|(_, known)| *known == lower) {
                    push_capped(
                        &mut thread.scam_names,
                        (name.to_string(), lower),
                        SCAM_NAMES_KEPT,
                    );
                }
            }
        }
        if let Some(kind) = post.linkback_kind() {
            verdict.signals.insert(
                1,
                format!(
                    "{}: an automated notice that another site linked here",
                    kind_name(kind)
                ),
            );
        }
        // The voice the post speaks in, read once: below for the author's feed (is it a
        // business's, is it a person's).
        let mut heard = None;
        let mut voice = || *heard.get_or_insert_with(|| evidence::voice(analysis));
        // A moderator's post is in its space's channel, not the moderator's own.
        if own_channel
            && !moderates
            && let Some(state) = author.and_then(|a| self.flags.get_mut(&a))
        {
            // The words are read only where the verdict has not already said so.
            let we =
                !marketing && verdict.label != "spam" && voice() == evidence::Voice::Organisation;
            state.own_posts += 1;
            state.own_businesslike += u32::from(marketing || we);
            state.own_we += u32::from(we);
            if marketing {
                state.remember_promoted_sites(&found);
            }
            // Judged as a person's (a deceptive or templated post is never the brand's
            // voice): judged again if the feed turns out to be a brand's, this post
            // included when it is the one that shows it.
            if speaks_for_a_brand.is_none()
                && !found.deceptive()
                && !found.template()
                && state.unbranded.len() < UNBRANDED_KEPT
            {
                state.unbranded.push(self.seen);
            }
            // Judged as promotion before the channel showed a person's: judged again
            // if it does.
            if !persons_feed && verdict.label != "social" && state.unvoiced.len() < UNBRANDED_KEPT {
                state.unvoiced.push(self.seen);
            }
        } else if !own_channel
            && !brand
            && !writes_as_a_customer
            && verdict.label == "social"
            && speaks_for_a_brand.is_none()
            && !found.deceptive()
            && !found.template()
            && let Some(state) = author.and_then(|a| self.flags.get_mut(&a))
            && state.unbranded.len() < UNBRANDED_KEPT
        {
            // A reply to someone else judged a person's before the author's channel
            // showed a brand's: its later replies answer as the brand's
            // (`answers_as_a_brand`), and so will this one if it does. One judged a
            // pitch stays one: a brand's name does not make its offer under a
            // stranger's post asked for.
            state.unbranded.push(self.seen);
        }
        if let Some(state) = author.and_then(|a| self.flags.get_mut(&a)) {
            // The voice the author speaks in, anywhere but in a business's answer to
            // its customer (its agents write as "I").
            if !found.words_of_service() {
                state.voice_heard_in += 1;
                match voice() {
                    evidence::Voice::Person => state.voiced_as_a_person += 1,
                    evidence::Voice::Organisation => state.voiced_as_an_organisation += 1,
                    evidence::Voice::Neither => {}
                }
                if !persons_feed && state.persons_feed() {
                    self.person_revisions.append(&mut state.unvoiced);
                }
            }
            // The feed has shown a brand's with this post: by its own posts, or by a
            // voice that stopped reading as a person's (whose "we" counts again).
            if !brand && state.speaks_for_a_brand() {
                self.brand_revisions.append(&mut state.unbranded);
            }
        }
        self.accounts
            .observe_terms(post, analysis, &self.terms, None, Some(&verdict.label));
        if self.seen.is_multiple_of(65_536) {
            self.close_idle_threads();
        }
    }

    /// Profiles of every author seen, for reports.
    pub fn finish(self) -> Vec<AccountProfile> {
        self.accounts.finish()
    }

    fn close_idle_threads(&mut self) {
        let cutoff = self.seen.saturating_sub(self.config.max_idle_posts);
        let index = &mut self.index;
        let mut semantic = self.semantic.as_mut();
        self.threads.retain(|&thread, state| {
            let open = state.last_post >= cutoff;
            if !open {
                // Its replies were scored as they came.
                index.discard_thread(thread);
                if let Some(semantic) = semantic.as_mut() {
                    semantic.discard_thread(thread);
                }
            }
            open
        });
    }
}

/// The order in which a batch's posts were written, where it is not the input's: their
/// indices sorted by `created_at` (ties keep input order), when every post has one. A
/// conversation is judged in the order it happened (a reply after what it answers, an
/// account's history before its next post), but feeds, X archives and the YouTube API
/// list the newest first; `None` when the input is already in that order or a date is
/// missing (then only the input's order is known).
pub fn order_of_events(posts: &[Post]) -> Option<Vec<usize>> {
    let mut in_order = true;
    let mut previous = None;
    for post in posts {
        let written = post.created_at?;
        in_order &= previous.is_none_or(|before| before <= written);
        previous = Some(written);
    }
    if in_order {
        return None;
    }
    let mut order: Vec<usize> = (0..posts.len()).collect();
    order.sort_by_key(|&i| posts[i].created_at);
    Some(order)
}

/// Marks the post's links to `placed` (`key_hash` of the domain its author links under
/// most of their replies to others) as placed: the same site under every stranger's
/// post, however much the reply says beside it.
fn mark_placed_links(found: &mut evidence::Found, placed: u64) {
    for e in &mut found.items {
        if let evidence::Evidence::Link(domain) = e
            && key_hash(domain) == placed
        {
            *e = evidence::Evidence::PlacedLink(std::mem::take(domain));
        }
    }
}

fn kind_name(kind: PostKind) -> &'static str {
    match kind {
        PostKind::Pingback => "pingback",
        PostKind::Trackback => "trackback",
        _ => "post",
    }
}

#[cfg(test)]
mod tests;
