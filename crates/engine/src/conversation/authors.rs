//! What the conversation remembers of each author between profiles: their automation
//! score and flags, the domain they place, whether their own feed is a brand's, and the
//! posts to judge again once their account shows what it is.

use discern_threads::accounts::{ADDRESSED_MIN, AccountProfile};
use discern_threads::hashing::key_hash;

use super::flags::flags_of;
use super::{AUTOMATED, Conversation};
use crate::evidence::{Evidence, Found};

/// What the conversation remembers of an author between profiles.
#[derive(Default)]
pub(super) struct AuthorState {
    pub(super) posts: u64,
    pub(super) profiled_at: u64,
    pub(super) flags: Vec<String>,
    pub(super) automation: f32,
    /// The domain the author links in most of their messages to others
    /// ([`PLACED_DOMAIN_SHARE`]), by `key_hash`.
    pub(super) placed_domain: Option<u64>,
    /// The author's posts in their own channel judged so far (their own posts, and
    /// their replies under them), and how many of them were a business's: marketing
    /// that shows a seller at work, or (not spam) written as an organisation
    /// ([`evidence::speaks_as_we`]). An account whose own channel is mostly a
    /// business's is a brand's, though most of its posts offer nothing to act on ("6am
    /// at the bakery. Croissant dough on its third fold"). A brand on YouTube or a blog
    /// shows itself mostly in the replies under its own videos and posts ("Our kit fits
    /// the 2014-2019 models"), and a blogger whose essays read like a pitch shows a
    /// person in hers ("Clay doesn't help, Ruth! I dug in a barrow of leaf mould").
    pub(super) own_posts: u32,
    pub(super) own_businesslike: u32,
    /// Of those, the ones counted only for being written as an organisation: in a
    /// person's channel ([`AuthorState::persons_feed`]) "we" is their team's or
    /// family's, and these do not count.
    pub(super) own_we: u32,
    /// The author's posts (anywhere, not a business's answer to a customer) speaking as
    /// a person ("I", "my") and as an organisation ("we", "our", never "I")
    /// ([`crate::evidence::voice`]): whether their channel is a person's
    /// ([`AuthorState::persons_feed`]).
    pub(super) voiced_as_a_person: u32,
    pub(super) voiced_as_an_organisation: u32,
    /// The posts those are counted among.
    pub(super) voice_heard_in: u32,
    /// Positions ([`Conversation::judged`]) of the author's own posts judged
    /// promotion with nothing to act on before their channel showed a person's, at
    /// most [`UNBRANDED_KEPT`]: judged again when it does
    /// ([`super::revise::revise_as_persons_feed`]).
    pub(super) unvoiced: Vec<u64>,
    /// The sites (by `key_hash`) the author's own posts linked where they were
    /// marketing that shows a seller at work, at most [`PROMOTED_SITES_KEPT`]: the
    /// account's own business, whose link under a stranger's post is placed
    /// ([`Evidence::PromotedSite`]).
    pub(super) promoted_sites: Vec<u64>,
    /// Positions ([`Conversation::judged`]) of the author's own posts, and of their
    /// replies to others judged a person's, judged before their channel showed a
    /// brand's, at most [`UNBRANDED_KEPT`]: when it does, the batch
    /// they are in is told to judge them again as the brand's ([`revise::revise_as_brand_feed`]).
    pub(super) unbranded: Vec<u64>,
    /// The author's replies to others judged before their account showed a machine
    /// (automated, or placing one domain under strangers' posts) and not judged spam,
    /// at most [`UNPROVEN_KEPT`]: judged again once it does ([`revise`]).
    pub(super) unproven: Vec<EarlyReply>,
}

/// A reply to someone who did not address its author, judged before the author's
/// account showed what it is: the reply bot's first replies, which its measures had not
/// yet seen.
#[derive(Clone, Copy)]
pub(super) struct EarlyReply {
    /// Its position ([`Conversation::judged`]).
    pub(super) position: u64,
    /// It answered a post that asked nothing of anyone.
    pub(super) unasked: bool,
    /// It says nothing of its own (praise that fits any post:
    /// [`crate::evidence::talks_about_something_in`]).
    pub(super) says_nothing: bool,
}

/// An early reply whose author's account has since shown a machine: judged again when
/// the batch is revised, if the account still shows one then (an automation score read
/// from a few posts can rise and fall back: a club secretary whose comment form fills
/// in the club's site under every answer scored 0.74 at her fifth and 0.35 at her
/// seventh).
#[derive(Clone, Copy)]
pub(super) struct ShownMachine {
    pub(super) reply: EarlyReply,
    pub(super) author: u64,
}

/// Early replies remembered per author: those the automation score is read at every
/// post for ([`EVERY_POST_UNTIL`]), when its measures start to count.
const UNPROVEN_KEPT: usize = EVERY_POST_UNTIL as usize;

/// Posts of an author's after which early replies are forgotten: the score is read again
/// when the history doubles, and an account that shows no machine by four times the
/// posts read at every post is not shown one by its early replies.
const UNPROVEN_UNTIL: u64 = 4 * EVERY_POST_UNTIL;

impl AuthorState {
    /// Whether the author's replies to others show a machine: automated, or placing one
    /// domain under most of them ([`PLACED_DOMAIN_SHARE`]).
    pub(super) fn shows_a_machine(&self) -> bool {
        self.automation >= AUTOMATED || self.placed_domain.is_some()
    }

    /// Whether the author's own posts so far are mostly a business's (more than half of
    /// [`BRAND_POSTS_MIN`] or more): `data/LABELS.md`'s brand in its own channel. A
    /// person's feed is social (organic background tweets are called social 99% of
    /// the time: BENCHMARKS.md), so no person's own posts are mostly marketing; a reply
    /// bot's are spam, and an automated account is not taken for a brand answering.
    pub(super) fn speaks_for_a_brand(&self) -> bool {
        self.feed_reads_as_a_brands() && self.automation < AUTOMATED
    }

    /// Whether the author's own posts so far are mostly a business's, whatever the
    /// account's automation: [`Self::speaks_for_a_brand`] but for that.
    pub(super) fn feed_reads_as_a_brands(&self) -> bool {
        let businesslike = if self.persons_feed() {
            self.own_businesslike - self.own_we
        } else {
            self.own_businesslike
        };
        self.own_posts >= BRAND_POSTS_MIN && 2 * businesslike > self.own_posts
    }

    /// Whether the author's channel is a person's: of [`BRAND_POSTS_MIN`] or more posts,
    /// more speak as "I" than as "we", and at least one in five as "I". Counted on the
    /// labelled feeds (`data/sets/x-archive-tweets.jsonl`, eight people's X archives;
    /// `data/sets/fortune100-brand-tweets.jsonl`, 103 company feeds; a brand's answers
    /// to customers, which its agents write as "I", left out): every archive owner
    /// speaks as "I" in 22% to 50% of their posts and more often than as "we"; the
    /// median company in 3% (nine in ten in under 9%), and only one (Nike, quoting
    /// its athletes) more often than as "we". A mountain-rescue volunteer who writes
    /// "we brought down two walkers" of her team and sells her guidebook is a person;
    /// her team is not her brand; a candidate whose own posts are mostly asks for votes
    /// and help speaks for a campaign, in whatever voice.
    pub(super) fn persons_feed(&self) -> bool {
        let person = self.voiced_as_a_person;
        self.voice_heard_in >= BRAND_POSTS_MIN
            && person > self.voiced_as_an_organisation
            && 5 * person >= self.voice_heard_in
    }
}

/// Sites remembered per author as the ones their own marketing promotes: a business's
/// shop, its booking page and its landing page; the first are kept, as a feed whose
/// marketing links ever more sites shows them by its first.
pub(super) const PROMOTED_SITES_KEPT: usize = 4;

impl AuthorState {
    /// Remembers the sites an own post judged marketing that shows a seller links.
    pub(super) fn remember_promoted_sites(&mut self, found: &Found) {
        for e in &found.items {
            if let Evidence::Link(domain)
            | Evidence::CommercialLink(domain)
            | Evidence::OwnSite(domain) = e
            {
                let key = key_hash(domain);
                if !self.promoted_sites.contains(&key)
                    && self.promoted_sites.len() < PROMOTED_SITES_KEPT
                {
                    self.promoted_sites.push(key);
                }
            }
        }
    }
}

/// Own posts an author needs before their feed says they are a brand: as many as the
/// automation score's measures need of messages to others ([`ADDRESSED_MIN`]).
const BRAND_POSTS_MIN: u32 = ADDRESSED_MIN as u32;

/// An author's own posts remembered for judging again once their feed shows a brand's:
/// twice the posts that can show it, so a feed whose first posts are a person's
/// announcements is still covered; a person's feed, never a brand's, keeps no more.
pub(super) const UNBRANDED_KEPT: usize = 2 * BRAND_POSTS_MIN as usize;

/// Share of an author's messages to others (five or more, as the automation score
/// counts them) that link one domain for a link to it to be placed, not shared: most of
/// them. The automation score's link measure ramps from 0.3 to 0.8 of the messages; this
/// is where a person sharing sources never goes (a source fits one conversation) and the
/// reply bot always is (its shop under every post).
pub(super) const PLACED_DOMAIN_SHARE: f32 = 0.5;

/// Posts of an author's history from which, up to [`EVERY_POST_UNTIL`], their profile is
/// read at every post (before, and after, each time the history doubles): the automation
/// score counts messages to others from the fifth ([`ADDRESSED_MIN`]), so a reply bot's
/// sixth to eighth replies are judged with it rather than from the ninth.
const AUTOMATION_COUNTS_FROM: u64 = ADDRESSED_MIN;
const EVERY_POST_UNTIL: u64 = 8;

/// Whether a history of `posts` is short: its profile is read at every post, and again
/// at a batch's end ([`Conversation::read_waiting_authors`]).
fn short_history(posts: u64) -> bool {
    (AUTOMATION_COUNTS_FROM..=EVERY_POST_UNTIL).contains(&posts)
}

impl AuthorState {
    /// Remembers a reply to others judged before the account showed a machine, to judge
    /// again if it comes to, at most [`UNPROVEN_KEPT`]; past [`UNPROVEN_UNTIL`] posts,
    /// early replies are forgotten. Whether it says nothing of its own (`says_nothing`)
    /// is read only for a reply kept: it costs a pass over the reply's terms.
    pub(super) fn remember_early_reply(
        &mut self,
        position: u64,
        unasked: bool,
        says_nothing: impl FnOnce() -> bool,
    ) {
        if self.shows_a_machine() {
            return;
        }
        if self.posts <= UNPROVEN_UNTIL {
            if self.unproven.len() < UNPROVEN_KEPT {
                self.unproven.push(EarlyReply {
                    position,
                    unasked,
                    says_nothing: says_nothing(),
                });
            }
        } else if !self.unproven.is_empty() {
            self.unproven = Vec::new();
        }
    }
}

impl Conversation {
    /// Flags and automation score from the author's history so far, refreshed each
    /// time the history doubles (a profile costs more than a post, so not on every post).
    pub(super) fn author_state(&mut self, author: &str, hash: u64) -> &mut AuthorState {
        let entry = self.flags.entry(hash).or_default();
        entry.posts += 1;
        let short = short_history(entry.posts);
        if short && self.short_histories.len() < WAITING_KEPT {
            self.short_histories.push((hash, author.to_string()));
        }
        // Every post while the history is short (a reply bot's fifth reply is where its
        // measures start to count), then each time it doubles.
        if short || entry.posts >= 2 * entry.profiled_at.max(1) {
            entry.profiled_at = entry.posts;
            if let Some(profile) = self.accounts.profile(author) {
                entry.read(&profile);
            }
        }
        entry
    }

    /// Reads again, at the end of a batch, the profile of each author in it who has
    /// early replies waiting and a short history, read at every post
    /// ([`AUTOMATION_COUNTS_FROM`] to [`EVERY_POST_UNTIL`] posts): their profile was
    /// last read before their latest post was seen, so a bot whose fifth reply is its
    /// last was never read with five. Those whose account now shows a machine have
    /// their early replies judged again ([`Self::revise`]). A longer history is read
    /// as it doubles, not at every batch's end: a stream's batches end wherever its
    /// input pauses, and a measure read from a few dozen posts can rise and fall back
    /// (a mailing list's regular linked the list's site in 4 of his first 7 messages
    /// to others, and in few after).
    pub(super) fn read_waiting_authors(&mut self) {
        let mut read = std::collections::HashSet::new();
        for (hash, name) in std::mem::take(&mut self.short_histories) {
            let Some(state) = self.flags.get_mut(&hash) else {
                continue;
            };
            if state.unproven.is_empty() || !short_history(state.posts) || !read.insert(hash) {
                continue;
            }
            if let Some(profile) = self.accounts.profile(&name) {
                state.read(&profile);
            }
            state.hand_over_if_shown(hash, &mut self.machine_revisions);
        }
    }
}

/// Authors with a short history remembered between two [`Conversation::revise`] calls:
/// two batches' worth of posts. A caller that never revises keeps no more; those past it
/// are only not read again at a batch's end.
pub(super) const WAITING_KEPT: usize = 16_384;

impl AuthorState {
    /// Once the account (`author`, its hash) shows a machine, moves its early replies
    /// into `revisions`, to be judged again as a machine's ([`Conversation::revise`]).
    pub(super) fn hand_over_if_shown(&mut self, author: u64, revisions: &mut Vec<ShownMachine>) {
        if self.shows_a_machine() && !self.unproven.is_empty() {
            revisions.extend(
                self.unproven
                    .drain(..)
                    .map(|reply| ShownMachine { reply, author }),
            );
        }
    }

    /// Takes the flags, the automation score and the domain placed from a profile.
    fn read(&mut self, profile: &AccountProfile) {
        self.flags = flags_of(profile);
        self.automation = profile.automation;
        let replies = &profile.reply_behaviour;
        self.placed_domain = replies
            .top_domain
            .as_deref()
            .filter(|_| {
                replies.addressed >= ADDRESSED_MIN
                    && replies.top_domain_share >= PLACED_DOMAIN_SHARE
            })
            .map(key_hash);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heard(person: u32, organisation: u32, neither: u32) -> AuthorState {
        AuthorState {
            voiced_as_a_person: person,
            voiced_as_an_organisation: organisation,
            voice_heard_in: person + organisation + neither,
            ..AuthorState::default()
        }
    }

    #[test]
    fn a_feed_is_a_persons_when_it_says_i_more_than_we_in_one_post_of_five() {
        assert!(heard(3, 2, 5).persons_feed());
        // As often "we" as "I": a company's agents sign as "I" too.
        assert!(!heard(3, 3, 4).persons_feed());
        // "I" in fewer than one post in five: a company quoting someone.
        assert!(!heard(2, 0, 9).persons_feed());
        // Too few posts to say.
        assert!(!heard(3, 0, 1).persons_feed());
    }

    #[test]
    fn a_persons_we_does_not_make_a_brand_but_their_sales_do() {
        // Six own posts: three written as "we" (a crew's), one selling.
        let mut volunteer = heard(5, 3, 2);
        volunteer.own_posts = 6;
        volunteer.own_businesslike = 4;
        volunteer.own_we = 3;
        assert!(!volunteer.speaks_for_a_brand());
        // The same "we" in a feed that does not speak as a person is a business's.
        let mut shop = heard(1, 3, 6);
        shop.own_posts = 6;
        shop.own_businesslike = 4;
        shop.own_we = 3;
        assert!(shop.speaks_for_a_brand());
        // A candidate speaking as "I" whose posts are mostly asks speaks for a campaign.
        let mut candidate = heard(5, 3, 2);
        candidate.own_posts = 6;
        candidate.own_businesslike = 5;
        candidate.own_we = 1;
        assert!(candidate.speaks_for_a_brand());
    }
}
