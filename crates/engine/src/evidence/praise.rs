//! Praise that fits any page ("great read", "very informative"): whether a comment says
//! more than that, about the page or about what its link sells.

use discern_posts::Post;
use discern_text::{Analysis, TokenKind};
use discern_threads::terms::{PostTerms, TermExtractor, TermKind, is_generic_term, light_stem};

use super::author::split_public_suffix;
use super::{Evidence, Found};

/// Content words (not function words, not the generic words of praise, thanks and
/// self-promotion: `discern_threads::terms`) that a comment can hold and still be praise
/// and nothing more: "Great read. Really, tx." has none; "Wow, a great article. I have
/// bookmarked it, please visit my website too" has one. A commenter who names things
/// ("…great post! Did you use the original capacitor values?": four) is talking about
/// the page. Counting content words rather than all words lets a spammer's filler ("I
/// have", "please", "too") stay filler.
const PRAISE_ONLY_CONTENT_WORDS: usize = 2;

/// Whether a text names more than [`PRAISE_ONLY_CONTENT_WORDS`] content words: words
/// neither generic (praise, thanks, filler: [`is_generic_term`]) nor the praise's own
/// padding ([`PRAISE_PADDING`]).
pub(crate) fn talks_about_something(analysis: &Analysis) -> bool {
    let mut terms = PostTerms::default();
    terms.extract(&mut TermExtractor::new(), analysis);
    talks_about_something_in(&terms)
}

/// [`talks_about_something`] of the terms already drawn from the text (the same terms,
/// in the same order), reading no further than the word that shows it.
pub(crate) fn talks_about_something_in(terms: &PostTerms) -> bool {
    let padding = praise_padding();
    terms
        .iter()
        .filter(|&(term, kind, id)| {
            kind == TermKind::Word && !is_generic_term(id) && !padding.contains(&term)
        })
        .nth(PRAISE_ONLY_CONTENT_WORDS)
        .is_some()
}

/// [`talks_about_something`], leaving out what follows a link written as BBCode or
/// HTML ("Great read. Really, thanks. [url=…]cordless vacuum cleaners[/url]"): its
/// anchor text is the keyword placed, not talk about the page.
pub(super) fn talks_beside_its_links(
    post: &Post,
    analysis: &Analysis,
    signed_at: Option<usize>,
) -> bool {
    let text = &post.text;
    let anchor = ["[url", "[URL", "<a ", "<A "]
        .iter()
        .filter_map(|tag| text.find(tag))
        .chain(signed_at)
        .min();
    match anchor {
        Some(at) => talks_about_something(&Analysis::new(&text[..at])),
        None => talks_about_something(analysis),
    }
}

/// Whether the words beside a link name what its site is called for ("… pour ceux qui
/// cherchent un serrurier à Lyon : serrurier-lyon-express.fr", "si necesitan préstamos
/// rápidos, visiten creditoya-rapido.com"): after praise that fits any page, talk of
/// what the linked site sells is the link's anchor text written out, not talk about the
/// page. A word names the site when the domain holds it whole, or (a longer word) its
/// first five letters ("plumber", denverplumbingpros.com) or any six in a row
/// ("rápidos", creditoya-rapido.com), accents aside. Only words
/// written in lowercase count: a capitalised one names the source cited ("King Arthur
/// recommends …: kingarthurbaking.com"), which is how people share a link; and
/// reference sites are sources, never what a comment sells.
pub(super) fn describes_its_link(analysis: &Analysis, found: &Found) -> bool {
    let names: Vec<String> = found
        .items
        .iter()
        .filter_map(|e| match e {
            Evidence::Link(domain) | Evidence::CommercialLink(domain) => Some(domain),
            _ => None,
        })
        .map(|domain| site_name(domain))
        .filter(|name| name.len() >= LINK_NAME_LETTERS)
        .collect();
    if names.is_empty() {
        return false;
    }
    let padding = praise_padding();
    analysis.token_iter_lower().any(|(token, _)| {
        let word = token.text;
        if token.kind != TokenKind::Word
            || word.chars().count() < 4
            || word.chars().any(|c| !c.is_lowercase())
            || padding.contains(&light_stem(word))
        {
            return false;
        }
        let folded = fold_accents(word);
        if !folded.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        names.iter().any(|name| {
            if folded.len() <= LINK_NAME_STEM {
                name.contains(&folded)
            } else {
                name.contains(&folded[..LINK_NAME_STEM])
                    || (0..=folded.len().saturating_sub(LINK_NAME_LETTERS)).any(|at| {
                        name.contains(&folded[at..(at + LINK_NAME_LETTERS).min(folded.len())])
                    })
            }
        })
    })
}

/// How many letters in a row of a word a site's name must hold to be named by it: a
/// word's first five are its stem in the languages comment spam comes in ("plumber",
/// "plumbing"), six anywhere in it a stem after a prefix ("préstamos" → "restam"), and
/// few words share that many letters in a row with a name by chance. Names shorter than
/// six letters ("ab.com") are not compared.
const LINK_NAME_STEM: usize = 5;
/// See [`LINK_NAME_STEM`].
const LINK_NAME_LETTERS: usize = 6;

/// A domain's name without its "www." and its public suffix ("serrurier-lyon-express"
/// of "www.serrurier-lyon-express.fr"), lowercase: what its owner chose to call it.
fn site_name(domain: &str) -> String {
    let bare = domain.strip_prefix("www.").unwrap_or(domain);
    split_public_suffix(bare).0.to_ascii_lowercase()
}

/// `word` with the accents of Latin letters taken off ("rápidos" → "rapidos"), as
/// domains are written.
fn fold_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ß' => 's',
            other => other,
        })
        .collect()
}

/// The words a comment kit pads its praise with ("I really enjoyed reading it, you have
/// a great way of explaining things. Will definitely be back for more"): they say
/// nothing of the page. Kept here, not among the thread's generic terms, so relevance
/// still counts them in people's conversation ("the way back", "more things").
const PRAISE_PADDING: &[&str] = &[
    "enjoyed",
    "reading",
    "liked",
    "loved",
    "truly",
    "way",
    "explaining",
    "explained",
    "things",
    "definitely",
    "back",
    "come",
    "coming",
    "more",
    "again",
    "valuable",
    "future",
    "posting",
    "bookmark",
    "bookmarked",
    "perspective",
    "agree",
    "true",
    // The padding of the same praise in German, French, Spanish, Portuguese and Italian
    // ("Toller Beitrag! Ich habe sehr viel gelernt"), whose words the English term
    // extractor does not know for generic.
    "toller",
    "beitrag",
    "artikel",
    "ich",
    "habe",
    "sehr",
    "viel",
    "gelernt",
    "danke",
    "für",
    "den",
    "fürs",
    "teilen",
    "informativ",
    "muy",
    "buen",
    "artículo",
    "articulo",
    "me",
    "ha",
    "gustado",
    "mucho",
    "gracias",
    "por",
    "compartir",
    "interesante",
    "excelente",
    "très",
    "bon",
    "article",
    "merci",
    "pour",
    "le",
    "partage",
    "cet",
    "intéressant",
    "ótimo",
    "otimo",
    "artigo",
    "obrigado",
    "compartilhar",
    "muito",
    "bom",
    "ottimo",
    "articolo",
    "grazie",
    "per",
    "la",
    "condivisione",
    "molto",
    "interessante",
    "super",
];

/// [`PRAISE_PADDING`] as the term extractor folds words, built once.
fn praise_padding() -> &'static PaddingStems {
    static STEMS: std::sync::OnceLock<PaddingStems> = std::sync::OnceLock::new();
    STEMS.get_or_init(|| {
        let mut stems: Vec<&'static str> = PRAISE_PADDING.iter().map(|w| light_stem(w)).collect();
        stems.sort_unstable();
        stems.dedup();
        PaddingStems(stems)
    })
}

/// The stems of [`PRAISE_PADDING`], sorted: asked of every content word of every reply
/// kept for judging again, a binary search over them costs a tenth of a scan.
struct PaddingStems(Vec<&'static str>);

impl PaddingStems {
    fn contains(&self, word: &&str) -> bool {
        self.0.binary_search(word).is_ok()
    }
}

/// Whether `word` (lowercase) praises a thing as its owner would: a recommendation
/// ("recommend", "recommended"), love, the best, worth it. A ring's post says one of
/// them. Dispatched on the first letter: it is asked of every word of every post.
pub(super) fn is_praise(word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    if word.len() < 4 {
        return false;
    }
    match first {
        b'a' => matches!(word, "amazing" | "awesome"),
        b'b' => matches!(word, "best" | "better" | "blessing"),
        b'c' => word == "changer",
        b'e' => word == "excellent",
        b'f' => matches!(word, "flawless" | "favourite" | "favorite" | "fantastic"),
        b'h' => word == "happy",
        b'i' => word == "incredible",
        b'l' => matches!(word, "legit" | "lifesaver") || word.starts_with("love"),
        b'm' => word == "must",
        b'o' => word == "obsessed",
        b'p' => word.starts_with("perfect"),
        b'r' => word == "reliable" || word.starts_with("recommend"),
        b's' => matches!(word, "switched" | "smooth"),
        b't' => word.starts_with("trust"),
        b'w' => word == "worth",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sites_name_is_its_domain_without_the_suffix() {
        assert_eq!(
            site_name("www.serrurier-lyon-express.fr"),
            "serrurier-lyon-express"
        );
        assert_eq!(site_name("shop.example.co.uk"), "shop.example");
        assert_eq!(site_name("loja.com.br"), "loja");
        assert_eq!(fold_accents("rápidos"), "rapidos");
    }

    #[test]
    fn praise_is_an_owners_words_in_their_forms() {
        for word in [
            "best",
            "recommended",
            "loved",
            "perfectly",
            "trusted",
            "worth",
        ] {
            assert!(is_praise(word), "{word}");
        }
        for word in ["bet", "glove", "worthless2", "", "a", "must've"] {
            assert!(!is_praise(word), "{word}");
        }
    }
}
