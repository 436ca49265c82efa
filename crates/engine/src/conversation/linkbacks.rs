//! Scrapers' linkbacks: a site that copies blogs' posts and pings each post it copied
//! sends a pingback whose excerpt (the words around the link on the linking page) is
//! the post's own words. A blogger who links a post writes about it ("Alun over at
//! Cobb Rise has a neat write-up of Hesper's pressure fall"); a scraper's page is the
//! post, so its excerpt is a run of the post, verbatim, and its page is titled with
//! the post's title ("Why My Tomatoes Split (And What I Changed This Year) – Gardening
//! News Daily 24/7").

use discern_text::Analysis;
use discern_threads::hashing::PrehashedMap;

/// Words of an excerpt, besides the first and last (which the excerpt may cut in
/// two), that must run verbatim in the post for the excerpt to copy it: a sentence's
/// worth. A blogger quoting a phrase of the post quotes it beside words of their own,
/// which the excerpt around their link shows.
const COPIED_WORDS_MIN: usize = 6;

/// Bytes of a thread's opening post kept to compare linkbacks with: a long article's
/// first pages, where scrapers' excerpts come from (the excerpt is the text around
/// the link, and a scraper links the source at the top or bottom of its copy).
const OPENING_KEPT: usize = 16 * 1024;

/// Earlier linkbacks remembered per linking site, to be judged again once the site
/// shows it copies.
const EARLIER_KEPT: usize = 16;

/// The squashed words of a thread's opening post, at most [`OPENING_KEPT`] bytes (cut
/// at a word's end), with a space at each end so a run of whole words is found as
/// `" words "`.
pub(super) fn opening_words(squashed: &str) -> Box<str> {
    let mut end = squashed.len().min(OPENING_KEPT);
    if end < squashed.len() {
        // A space is one byte, so the cut is at a character's edge.
        end = squashed.as_bytes()[..=end]
            .iter()
            .rposition(|&b| b == b' ')
            .unwrap_or(0);
    }
    format!(" {} ", straight_apostrophes(&squashed[..end])).into_boxed_str()
}

/// The text with curled apostrophes straightened: WordPress curls the quotes of the
/// excerpt it sends ("I’d") and of what it displays, not always of what it stores.
fn straight_apostrophes(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('’') {
        text.replace('’', "'").into()
    } else {
        text.into()
    }
}

/// Whether a linkback copies the thread's opening post (`opening`, from
/// [`opening_words`]): a piece of its excerpt (`text`; WordPress marks where it cut
/// with "[…]", and a scraper adds its own words after the copy: "[…] read more at
/// squareandplumbdiy […]"), or the linking page's title (`page`, the linkback's
/// author: "<title> – <site>"), is a run of the post.
pub(super) fn copies_the_post(text: &str, page: Option<&str>, opening: &str) -> bool {
    let squashed = |piece: &str| straight_apostrophes(Analysis::new(piece).squashed()).into_owned();
    text.split(['…', '[', ']'])
        .flat_map(|piece| piece.split("..."))
        .filter(|piece| piece.split_whitespace().count() >= COPIED_WORDS_MIN + 2)
        .any(|piece| copies_the_opening(&squashed(piece), opening))
        || page.is_some_and(|page| {
            // The title, without the site's name after the last dash.
            let title = page
                .rsplit_once(['–', '—', '|'])
                .map_or(page, |(title, _)| title);
            let words = squashed(title);
            words.split(' ').count() >= COPIED_WORDS_MIN && opening.contains(&format!(" {words} "))
        })
}

/// Whether a linkback's excerpt (`excerpt`, squashed) is a run of the opening post's
/// words (`opening`, from [`opening_words`]): all its words but the first and last,
/// and at least [`COPIED_WORDS_MIN`] of them, in the same order.
fn copies_the_opening(excerpt: &str, opening: &str) -> bool {
    let words: Vec<&str> = excerpt.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(inner) = words.get(1..words.len().saturating_sub(1)) else {
        return false;
    };
    if inner.len() < COPIED_WORDS_MIN {
        return false;
    }
    let run = format!(" {} ", inner.join(" "));
    opening.contains(&run)
}

/// The linking sites seen: those shown to copy, and the others' linkbacks so far.
#[derive(Default)]
pub(super) struct Scrapers {
    /// Sites (authors, hashed) one of whose linkbacks copied the post it pinged.
    copiers: PrehashedMap<()>,
    /// Positions of each other site's linkbacks, at most [`EARLIER_KEPT`]: judged
    /// again if the site turns out to copy.
    earlier: PrehashedMap<Vec<u64>>,
}

impl Scrapers {
    /// [`Self::observe`] of a linkback by `site` at `position`, whose excerpt (`text`)
    /// or page title (`page`) copies the thread's opening post (`opening`, from
    /// [`opening_words`]) or not ([`copies_the_post`]).
    pub(super) fn observe_linkback(
        &mut self,
        site: u64,
        position: u64,
        text: &str,
        page: Option<&str>,
        opening: Option<&str>,
    ) -> Option<Vec<u64>> {
        let copies = opening.is_some_and(|opening| copies_the_post(text, page, opening));
        self.observe(site, position, copies)
    }

    /// Observes a linkback by `site` at `position` (the conversation's count of posts
    /// judged), which copies the post it pinged or not. Returns `None` when the site is
    /// not shown to copy; otherwise the positions of its earlier linkbacks to judge
    /// again (empty after the first copy).
    fn observe(&mut self, site: u64, position: u64, copies: bool) -> Option<Vec<u64>> {
        if self.copiers.contains_key(&site) {
            return Some(Vec::new());
        }
        if copies {
            self.copiers.insert(site, ());
            return Some(self.earlier.remove(&site).unwrap_or_default());
        }
        let earlier = self.earlier.entry(site).or_default();
        if earlier.len() < EARLIER_KEPT {
            earlier.push(position);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scrapers_excerpt_is_a_run_of_the_post_and_a_bloggers_is_not() {
        let post = opening_words(
            "building a stevenson screen from pallet wood the plastic radiation shield \
             on my station reads up to 1 5 c high on still sunny afternoons so i built \
             a screen from a pallet a tin of white exterior paint and far too many brass screws",
        );
        assert!(copies_the_opening(
            "a tin of white exterior paint and far too many brass screws",
            &post
        ));
        // Cut mid-word at both ends, as WordPress cuts an excerpt.
        assert!(copies_the_opening(
            "ld a screen from a pallet a tin of white exterior pai",
            &post
        ));
        assert!(!copies_the_opening(
            "alun over at cobb rise built a stevenson screen from pallet wood and it is lovely",
            &post
        ));
        // Too few words to tell a copy from a quoted phrase.
        assert!(!copies_the_opening("from pallet wood the plastic", &post));
    }

    #[test]
    fn a_scrapers_copy_shows_in_a_piece_of_its_excerpt_or_in_its_pages_title() {
        let post = opening_words(
            Analysis::new(
                "Regrouting a 1970s shower without ripping out the tile\n\nOur main bathroom \
                 has the original 1974 shower: four-inch almond tile, a little chipped here and \
                 there. I'd like to tell you it was easy.",
            )
            .squashed(),
        );
        // The copy, then the scraper's own words, each piece cut at "[…]".
        assert!(copies_the_post(
            "[…] Our main bathroom has the original 1974 shower: four-inch almond tile, a \
             little chipped here and there […] read more at squareandplumbdiy […]",
            None,
            &post
        ));
        // WordPress curls the excerpt's apostrophes.
        assert!(copies_the_post(
            "[…] a little chipped here and there. I’d like to tell you it was easy. […]",
            None,
            &post
        ));
        // The page is titled as the post it copies, before the site's name.
        assert!(copies_the_post(
            "[…] Source link […]",
            Some("Regrouting a 1970s shower without ripping out the tile – Home Decor Hub 247"),
            &post
        ));
        // A blogger links the post in words and a title of their own.
        assert!(!copies_the_post(
            "[…] Sam over at Square and Plumb regrouted his 1974 shower without new tile, \
             which gave me the nerve to try mine […]",
            Some("Our own bathroom, part 3: the grout – Cobb Rise"),
            &post
        ));
    }

    #[test]
    fn the_opening_kept_ends_at_a_word() {
        let long = "word ".repeat(OPENING_KEPT);
        let kept = opening_words(long.trim_end());
        assert!(kept.len() <= OPENING_KEPT + 2);
        assert!(kept.ends_with(" word "), "{:?}", &kept[kept.len() - 10..]);
    }

    #[test]
    fn a_site_that_copies_once_is_a_scraper_from_then_on_and_before() {
        let mut sites = Scrapers::default();
        assert_eq!(sites.observe(7, 1, false), None);
        assert_eq!(sites.observe(7, 5, false), None);
        assert_eq!(sites.observe(8, 6, false), None);
        assert_eq!(sites.observe(7, 9, true), Some(vec![1, 5]));
        assert_eq!(sites.observe(7, 12, false), Some(Vec::new()));
        assert_eq!(sites.observe(8, 13, false), None);
    }
}
