//! Sockpuppet rings: several accounts that praise one product, each in nearly every post
//! it makes, where the rest of the community seldom does.
//!
//! An agency's accounts ("+1 for the Tarn Mill T2", "Switched last year and never looked
//! back") each read as a happy customer, and no one of them is automated in how it
//! replies. What gives them away is the stream: each account exists to praise the same
//! name. People praise what they own too, but one post in many; and a fan community,
//! where everyone names its band in every post, is told apart by the rest of the
//! community naming it as often ([`OTHERS_SHARE`]).
//!
//! `data/LABELS.md` calls the undisclosed tie (posing as a customer) spam, so a ring
//! member's praise of the ring's name is judged deceptive.

use discern_text::{Analysis, TokenKind};
use discern_threads::hashing::{PrehashedMap, key_hash};

/// Posts an account needs before its share of praise says anything: one or two posts
/// praising a thing are any owner's.
const MEMBER_POSTS_MIN: u32 = 3;

/// The share of an account's posts (numerator, denominator) that must praise the name
/// for the account to exist for it: most of them.
const MEMBER_SHARE: (u32, u32) = (3, 5);

/// Accounts that make a ring: with two, a couple who both love their grinder would be
/// one.
const RING_MIN: usize = 3;

/// The most the rest of the stream may praise the name (numerator, denominator of its
/// posts) for the members' praise to be a ring's, not the community's topic: one post
/// in ten.
const OTHERS_SHARE: (u64, u64) = (1, 10);

/// Names a post is counted for at most (a post naming ten products praises none of
/// them in particular).
const NAMES_PER_POST: usize = 4;

/// Accounts kept per name: those that praised it twice or more.
const PRAISERS_KEPT: usize = 16;

/// Names kept per account, and positions of its praising posts kept for a revision.
const NAMES_PER_ACCOUNT: usize = 8;
const POSITIONS_KEPT: usize = 16;

/// Distinct names remembered in a stream: beyond it new names are not learned (memory
/// grows with the names, not the input).
const NAMES_KEPT: usize = 1 << 16;

#[derive(Default)]
struct Praiser {
    posts: u32,
    /// Praising posts per name, by `key_hash`.
    named: Vec<(u64, u32)>,
    /// Positions of the account's praising posts, with the name each praised, not yet
    /// judged as a ring's.
    positions: Vec<(u64, u64)>,
}

impl Praiser {
    fn praised(&self, name: u64) -> u32 {
        self.named
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(0, |(_, k)| *k)
    }

    /// Whether most of the account's posts praise `name`.
    fn exists_for(&self, name: u64) -> bool {
        self.posts >= MEMBER_POSTS_MIN
            && self.praised(name) * MEMBER_SHARE.1 >= self.posts * MEMBER_SHARE.0
    }
}

#[derive(Default)]
struct Praised {
    /// Posts that praise the name, by anyone.
    posts: u32,
    /// Accounts that praised it twice or more.
    praisers: Vec<u64>,
}

/// What the stream shows of rings so far.
#[derive(Default)]
pub(super) struct Rings {
    /// Words seen capitalised inside a sentence of a praising post: names.
    names: PrehashedMap<()>,
    accounts: PrehashedMap<Praiser>,
    praised: PrehashedMap<Praised>,
}

impl Rings {
    /// Counts the post at `position` (the stream's posts so far, this one included) by
    /// `author` (a `key_hash`). `author_posts` is the author's posts so far, this one
    /// included; `praising`, whether the post praises something as its owner would
    /// ([`crate::evidence::Found::praises`]).
    ///
    /// When the post is a ring member's praise of the ring's name, returns the positions
    /// of the ring's posts judged before the ring showed, to judge again. Only accounts
    /// that praised something are kept: most posts praise nothing, and cost a lookup.
    pub(super) fn observe(
        &mut self,
        author: u64,
        author_posts: u64,
        position: u64,
        analysis: &Analysis,
        praising: bool,
    ) -> Option<Vec<u64>> {
        if !praising {
            return self.observe_names(author, author_posts, position, &[]);
        }
        let mut names = [0u64; NAMES_PER_POST];
        let mut found = 0;
        for name in named(analysis, &mut self.names) {
            if found == NAMES_PER_POST {
                break;
            }
            if !names[..found].contains(&name) {
                names[found] = name;
                found += 1;
            }
        }
        self.observe_names(author, author_posts, position, &names[..found])
    }

    /// [`Self::observe`] of a post that praises `names` (keys of the names, none when
    /// it praises nothing). The conversation's review-bomb rings count a one-star
    /// rating under a business's post as a "praise" of the business, by the key of its
    /// account.
    pub(super) fn observe_names(
        &mut self,
        author: u64,
        author_posts: u64,
        position: u64,
        names: &[u64],
    ) -> Option<Vec<u64>> {
        let posts = u32::try_from(author_posts).unwrap_or(u32::MAX);
        if names.is_empty() {
            if let Some(account) = self.accounts.get_mut(&author) {
                account.posts = posts;
            }
            return None;
        }
        let account = self.accounts.entry(author).or_default();
        account.posts = posts;
        for &name in names {
            let count = if let Some((_, k)) = account.named.iter_mut().find(|(n, _)| *n == name) {
                *k += 1;
                *k
            } else if account.named.len() < NAMES_PER_ACCOUNT {
                account.named.push((name, 1));
                1
            } else {
                0
            };
            if account.positions.len() < POSITIONS_KEPT {
                account.positions.push((position, name));
            }
            let praised = self.praised.entry(name).or_default();
            praised.posts += 1;
            if count >= 2
                && !praised.praisers.contains(&author)
                && praised.praisers.len() < PRAISERS_KEPT
            {
                praised.praisers.push(author);
            }
        }
        let name = names
            .iter()
            .copied()
            .find(|&name| self.is_a_ring(name, author, position))?;
        let members: Vec<u64> = self.members(name).collect();
        let mut earlier = Vec::new();
        for member in &members {
            if let Some(account) = self.accounts.get_mut(member) {
                account.positions.retain(|&(at, praised)| {
                    let theirs = praised == name;
                    if theirs && at != position {
                        earlier.push(at);
                    }
                    !theirs
                });
            }
        }
        Some(earlier)
    }

    fn members(&self, name: u64) -> impl Iterator<Item = u64> + '_ {
        self.praised
            .get(&name)
            .into_iter()
            .flat_map(|p| p.praisers.iter().copied())
            .filter(move |a| self.accounts.get(a).is_some_and(|p| p.exists_for(name)))
    }

    /// Whether `author` is one of [`RING_MIN`] or more accounts that exist to praise
    /// `name`, which the rest of the stream (`posts` in all) seldom praises.
    fn is_a_ring(&self, name: u64, author: u64, posts: u64) -> bool {
        let Some(praised) = self.praised.get(&name) else {
            return false;
        };
        if praised.praisers.len() < RING_MIN
            || !self
                .accounts
                .get(&author)
                .is_some_and(|a| a.exists_for(name))
        {
            return false;
        }
        let (mut members, mut their_posts, mut their_praise) = (0, 0u64, 0u64);
        for account in self.members(name).filter_map(|a| self.accounts.get(&a)) {
            members += 1;
            their_posts += u64::from(account.posts);
            their_praise += u64::from(account.praised(name));
        }
        let others_posts = posts.saturating_sub(their_posts);
        let others_praise = u64::from(praised.posts) - their_praise;
        // A ring is a few accounts inside a community: where the members make most of
        // the stream, there is no community to compare them with.
        members >= RING_MIN
            && others_posts > their_posts
            && others_praise * OTHERS_SHARE.1 <= others_posts * OTHERS_SHARE.0
    }
}

/// The names a text mentions, by `key_hash` of their lowercase: cashtags, and words of
/// three or more letters written with a capital, inside a sentence (not its first
/// word), or first in a sentence and known as names from earlier posts. A word first
/// seen capitalised inside a sentence is learned (in `names`, up to [`NAMES_KEPT`]).
/// Only capitalised words are hashed: most words of a post are not.
fn named<'a>(
    analysis: &'a Analysis,
    names: &'a mut PrehashedMap<()>,
) -> impl Iterator<Item = u64> + 'a {
    let normal = analysis.normal();
    let mut sentence_start = true;
    let mut end = 0;
    analysis
        .token_iter_lower()
        .filter_map(move |(token, lower)| {
            let starts = sentence_start || normal[end..token.start].contains('\n');
            end = token.start + token.text.len();
            sentence_start = matches!(token.kind, TokenKind::Punct | TokenKind::RepeatedPunct)
                && token.text.ends_with(['.', '!', '?', ':']);
            match token.kind {
                TokenKind::Cashtag => Some(key_hash(lower?)),
                TokenKind::Word
                    if token.text.len() >= 3
                        && token.text.starts_with(|c: char| c.is_ascii_uppercase())
                        && token.text.bytes().any(|b| b.is_ascii_lowercase()) =>
                {
                    let key = key_hash(lower?);
                    if !starts {
                        if names.len() < NAMES_KEPT {
                            names.insert(key, ());
                        }
                        Some(key)
                    } else {
                        names.contains_key(&key).then_some(key)
                    }
                }
                _ => None,
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stream of posts observed as the conversation observes them: each author's
    /// posts counted, each post's position.
    #[derive(Default)]
    struct Stream {
        rings: Rings,
        posts: PrehashedMap<u64>,
        position: u64,
    }

    impl Stream {
        fn observe(&mut self, author: &str, text: &str) -> Option<Vec<u64>> {
            let analysis = Analysis::new(text);
            let post = discern_posts::Post::new("p", text);
            let praising = crate::evidence::find(&post, &analysis).praises;
            let author = key_hash(author);
            let posts = self.posts.entry(author).or_default();
            *posts += 1;
            self.position += 1;
            self.rings
                .observe(author, *posts, self.position, &analysis, praising)
        }
    }

    #[test]
    fn names_are_capitalised_inside_a_sentence_and_remembered() {
        let mut names = PrehashedMap::default();
        let analysis = Analysis::new("Honestly just get the Tarn Mill T2. Tarn is great");
        let found: Vec<u64> = named(&analysis, &mut names).collect();
        // "Honestly" starts the text; "Tarn" after the full stop is known by then.
        assert_eq!(
            found,
            vec![key_hash("tarn"), key_hash("mill"), key_hash("tarn")]
        );
        // Lowercase words are not names, though a name is spelled so.
        let analysis = Analysis::new("tarn mill is fine. Mill it finer");
        assert_eq!(
            named(&analysis, &mut names).collect::<Vec<_>>(),
            vec![key_hash("mill")]
        );
    }

    #[test]
    fn three_accounts_that_exist_to_praise_one_name_are_a_ring() {
        let mut stream = Stream::default();
        // The community: many people, talking about many things.
        for i in 0..40 {
            let text = format!("My old Haldane {i} still works, the burrs are fine");
            assert!(stream.observe(&format!("person{i}"), &text).is_none());
        }
        let praise = [
            "+1 for the Tarn Mill, mine has been flawless",
            "Just get the Tarn Mill, best purchase this year",
            "Love my Tarn Mill so much, worth every penny",
        ];
        let mut found = None;
        for text in praise {
            for bot in ["bot_a", "bot_b", "bot_c"] {
                if let Some(ring) = stream.observe(bot, text) {
                    found.get_or_insert(ring);
                }
            }
        }
        let earlier = found.expect("a ring");
        // The members' posts before the ring showed are judged again.
        assert!(!earlier.is_empty());
    }

    #[test]
    fn a_community_that_names_its_band_in_every_post_is_no_ring() {
        let mut stream = Stream::default();
        for round in 0..4 {
            for fan in 0..12 {
                let text = format!("I love the new Hollow Pines record, track {round} is the best");
                assert!(
                    stream.observe(&format!("fan{fan}"), &text).is_none(),
                    "fan{fan} round {round}"
                );
            }
        }
    }

    #[test]
    fn two_happy_owners_are_no_ring() {
        let mut stream = Stream::default();
        for i in 0..30 {
            stream.observe(&format!("person{i}"), "what grinder for pour over?");
        }
        for _ in 0..4 {
            for owner in ["owner_a", "owner_b"] {
                assert!(
                    stream
                        .observe(owner, "Love my Tarn Mill, the best")
                        .is_none()
                );
            }
        }
    }
}
