//! Posts judged again while their batch is held, once the stream shows them in another
//! light: a brand's first posts, judged before its feed showed a brand's, a ring's
//! posts, judged before the ring showed, a scraper's linkbacks, judged before its site
//! showed it copies, and a bot's first replies, judged before its account showed a
//! machine.

use discern_posts::{Post, PostKind};

use super::{AUTOMATED, Conversation, EarlyReply, mark_placed_links};
use crate::Verdict;
use crate::evidence;
use crate::factors::{self, Context, Setting};

impl Conversation {
    /// Positions ([`Self::judged`] just after each was judged) of own posts and replies
    /// whose author's channel has since shown a brand's: they were judged before it did
    /// (the first posts and answers of a brand's archive), as a person's. A caller that
    /// still holds them judges them again ([`Self::revise`]); a stream that wrote them
    /// out cannot.
    pub fn take_brand_revisions(&mut self) -> Vec<u64> {
        std::mem::take(&mut self.brand_revisions)
    }

    /// The state the stream keeps of the author of `post`.
    fn state_of(&self, post: &Post) -> Option<&super::authors::AuthorState> {
        post.author
            .as_deref()
            .map(super::handle_hash)
            .and_then(|a| self.flags.get(&a))
    }

    /// Whether the author of `post` has turned out to write a person's feed, not a
    /// brand's: their "we" was a team's or a family's. Their posts judged before are
    /// not judged again as a brand's (those of a feed whose later posts are a
    /// person's in other ways still are: a cinema's staff joking in its feed).
    fn turned_out_a_persons(&self, post: &Post) -> bool {
        self.state_of(post)
            .is_some_and(|state| state.persons_feed() && !state.feed_reads_as_a_brands())
    }

    /// Whether the author of `post` speaks for a brand by their feed now.
    fn still_speaks_for_a_brand(&self, post: &Post) -> bool {
        self.state_of(post)
            .is_some_and(super::authors::AuthorState::speaks_for_a_brand)
    }

    /// Judges again the posts of a batch still held that the stream has since shown in
    /// another light: as the brand's, those whose author's feed has since shown a
    /// brand's; with what the stream showed of them, a ring's and a scraper's posts from
    /// before it showed; as a machine's, a bot's first replies. `judged` lists the batch's indices into `posts` and `verdicts` in the
    /// order they were judged, the first at position `first + 1` (`first` is
    /// [`Self::judged`] before the batch). Posts of earlier batches are out already and
    /// stay as they were.
    pub fn revise(
        &mut self,
        first: u64,
        judged: &[usize],
        posts: &[Post],
        verdicts: &mut [Verdict],
    ) {
        let at = |position: u64| {
            position
                .checked_sub(first + 1)
                .and_then(|k| judged.get(usize::try_from(k).ok()?))
                .copied()
        };
        self.read_waiting_authors();
        for position in self.take_brand_revisions() {
            // Not where the feed has since shown a person's, whose "we" is a team's.
            if let Some(i) = at(position)
                && !self.turned_out_a_persons(&posts[i])
            {
                revise_as_brand_feed(&posts[i], &mut verdicts[i]);
            }
        }
        // Not where the feed still reads as a brand's (a candidate's asks).
        for position in std::mem::take(&mut self.person_revisions) {
            if let Some(i) = at(position)
                && !self.still_speaks_for_a_brand(&posts[i])
            {
                revise_as_persons_feed(&posts[i], &mut verdicts[i]);
            }
        }
        for shown in std::mem::take(&mut self.machine_revisions) {
            if let Some(i) = at(shown.reply.position)
                && let Some(account) = self.flags.get(&shown.author)
                && account.shows_a_machine()
            {
                revise_as_a_machines(
                    &posts[i],
                    &mut verdicts[i],
                    shown.reply,
                    account.automation,
                    account.placed_domain,
                );
            }
        }
        for (position, shown) in std::mem::take(&mut self.shown_revisions) {
            if let Some(i) = at(position) {
                revise_with_what_was_shown(&posts[i], &mut verdicts[i], shown);
            }
        }
    }
}

/// Judges again, as its brand's, an own post (or a reply under one) judged before its
/// author's channel showed a brand's ([`Conversation::take_brand_revisions`]; such a
/// post was judged without [`evidence::Evidence::SpeaksForABrand`]): the evidence it
/// was judged on, and the feed it is in. What the post says and how its thread went
/// are as they were.
pub(super) fn revise_as_brand_feed(post: &Post, verdict: &mut Verdict) {
    judge_again(
        verdict,
        evidence::Evidence::SpeaksForABrand(evidence::ITS_FEED),
        |setting| Context {
            // A reply to someone else answers as the brand's later replies do: asked
            // for (the customer's mention that the author's archive lacks).
            setting: match setting {
                Setting::Reply { relevance, .. } => Setting::Reply {
                    relevance,
                    solicited: true,
                },
                _ => Setting::OwnChannel,
            },
            automation: 0.0,
            honeypot: false,
            // A reply under its own post ([`super::authors::AuthorState::own_posts`]).
            reply: post.lands_elsewhere(),
            inbox: post.lands_in_inbox(),
        },
    );
}

/// Judges again, as a person's, an own post judged promotion before its author's channel
/// showed a person's ([`super::authors::AuthorState::persons_feed`]): the evidence it
/// was judged on, in the setting it was judged in. The brand its early "we" made of it
/// is dropped, and the person's feed counts instead.
pub(super) fn revise_as_persons_feed(post: &Post, verdict: &mut Verdict) {
    if let Some(judged) = verdict.factors.as_mut() {
        judged
            .found
            .items
            .retain(|e| *e != evidence::Evidence::SpeaksForABrand(evidence::ITS_FEED));
    }
    revise_with_what_was_shown(post, verdict, evidence::Evidence::PersonsFeed);
}

/// Judges `verdict` again with what the stream has since shown of its post (`shown`: a
/// sockpuppet ring's praise or a review bomb's rating, [`super::ring`]; a scraper's copy,
/// [`super::linkbacks`]): judged before it showed, with the evidence found then and the
/// setting it landed in.
fn revise_with_what_was_shown(post: &Post, verdict: &mut Verdict, shown: evidence::Evidence) {
    judge_again(verdict, shown, |setting| Context {
        setting,
        automation: 0.0,
        honeypot: false,
        reply: post.lands_elsewhere(),
        inbox: post.lands_in_inbox(),
    });
}

/// Judges `verdict` again as a reply (`reply`) from an account that has since shown a
/// machine: judged before its automation score or the domain it places showed, it is
/// judged with them (`automation`, `placed_domain`) as its later replies are (a link to
/// the placed domain is a link placed; an unasked reply from an automated account shows
/// the account).
fn revise_as_a_machines(
    post: &Post,
    verdict: &mut Verdict,
    reply: EarlyReply,
    automation: f32,
    placed_domain: Option<u64>,
) {
    let Some(judged) = verdict.factors.as_ref() else {
        return;
    };
    // Only a reply that gives something to act on (a link, a price, a call…), or
    // unasked praise that fits any post (the engagement bot's "Great thread! 🔥" before
    // its account showed): a score read from a few posts is not enough to make a
    // person's plain answer spam, and a website the comment form fills in is not the
    // reply's (a club's secretary answering members under its posts, her club's site
    // beside each answer).
    let praise_unasked = reply.unasked && reply.says_nothing;
    if !praise_unasked
        && !judged
            .found
            .items
            .iter()
            .any(evidence::Evidence::actionable)
    {
        return;
    }
    let mut found = judged.found.clone();
    if let Some(placed) = placed_domain
        && post.kind != PostKind::Message
    {
        mark_placed_links(&mut found, placed);
    }
    if automation >= AUTOMATED && reply.unasked {
        found.push(evidence::Evidence::AutomatedReply);
    }
    let context = Context {
        setting: judged.setting,
        automation,
        honeypot: false,
        reply: post.lands_elsewhere(),
        inbox: post.lands_in_inbox(),
    };
    factors::apply(verdict, &found, &context);
}

/// Judges a verdict again on the evidence it was judged on and one piece the stream
/// showed since (`shown`), in the context `context` makes of the setting it was judged
/// in. A verdict never judged in context is left as it is.
fn judge_again(
    verdict: &mut Verdict,
    shown: evidence::Evidence,
    context: impl FnOnce(Setting) -> Context,
) {
    let Some(judged) = verdict.factors.as_ref() else {
        return;
    };
    let mut found = judged.found.clone();
    found.push(shown);
    let context = context(judged.setting);
    factors::apply(verdict, &found, &context);
}
