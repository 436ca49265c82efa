//! Whether a text is written in English, the language the default model and the phrase
//! lists know: a text in another language still gets a verdict, and says it is not
//! English, so a moderator knows the verdict stands on less (issue "Learn what a text is
//! for": "say 'not English' rather than guess").
//!
//! Two cheap tests, no language model (a full language identifier made `discern
//! classify` 1.41× slower: BENCHMARKS.md, seventh session):
//! - the script: half or more of its letters (of at least six) are outside Latin
//!   (Cyrillic, Arabic, Hebrew, Greek, Devanagari, Thai, CJK…);
//! - the words: ten or more words, hashtags and mentions aside, and not one of the
//!   English function words every English sentence uses.
//!
//! On the labelled data (BENCHMARKS.md, eighth session) this calls 0.0–1.5% of each
//! English source "not English" (mostly tweets made of names and hashtags) and 69% of the
//! Vietnamese reviews, 28% of the Indonesian comments, every Japanese, Chinese, Arabic,
//! Hebrew, Hindi and Thai post.

use discern_text::{Analysis, TokenKind};

/// Words of English that almost any English sentence of ten words holds one of. Not
/// the short words other languages written in Latin letters share ("a", "de", "no",
/// "do", "me", "in", "on", "so", "as", "is", "he", "an", "im", "was", "will", "die"): a
/// Portuguese pitch ("Compre seguidores … a partir de R$9,90") has "a", a German one
/// "im" and "was", and an English sentence of ten words has "the", "and" or "to".
const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "or", "to", "of", "for", "with", "are", "were", "be", "it", "this", "that", "i",
    "you", "she", "we", "they", "my", "your", "not", "have", "has", "at", "but", "if", "just",
    "what", "all", "can", "from", "by", "about", "there", "get", "like", "one", "out", "up", "i'm",
    "it's", "don't", "dont",
];

/// The length in bytes of the longest of `words`, at compile time.
pub(crate) const fn longest_word(words: &[&str]) -> usize {
    let mut longest = 0;
    let mut i = 0;
    while i < words.len() {
        if words[i].len() > longest {
            longest = words[i].len();
        }
        i += 1;
    }
    longest
}

/// Whether `word` is one of [`FUNCTION_WORDS`], ASCII case aside (as
/// `eq_ignore_ascii_case` compares: the list is lowercase ASCII).
#[cfg(test)]
fn is_function_word(word: &str) -> bool {
    function_word(word) == Some(Language::English)
}

/// Whose function word a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Language {
    English,
    Other,
}

/// Whose function word `word` is, if anyone's: one search of both lists, each word
/// packed into an integer ([`packed_lowercase`]). Most words a post holds are looked up
/// here: on 30,000 thread posts (callgrind), a lowercased copy searched as bytes in each
/// list in turn cost 2.2% more instructions than the English check alone had, this
/// search 0.11% more.
fn function_word(word: &str) -> Option<Language> {
    static SORTED: std::sync::OnceLock<Vec<(u64, Language)>> = std::sync::OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let english = FUNCTION_WORDS.iter().map(|w| (w, Language::English));
        let other = OTHER_FUNCTION_WORDS.iter().map(|w| (w, Language::Other));
        let mut sorted: Vec<(u64, Language)> = english
            .chain(other)
            .filter_map(|(w, language)| packed_lowercase(w).map(|key| (key, language)))
            .collect();
        sorted.sort_unstable_by_key(|entry| entry.0);
        sorted.dedup_by_key(|entry| entry.0);
        sorted
    });
    let key = packed_lowercase(word)?;
    sorted
        .binary_search_by_key(&key, |entry| entry.0)
        .ok()
        .map(|at| sorted[at].1)
}

/// Letters, and words, a text needs before either test speaks.
const MIN_LETTERS: usize = 6;
const MIN_WORDS: usize = 10;

/// Function words of the other languages written in Latin letters that discern meets
/// most (German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish,
/// Indonesian, Turkish), none of them an English word: a short post ("Nowość w menu!
/// Pierogi z kaszanką i jabłkiem tylko w październiku") has too few words for the
/// absence of English ones to say anything, and Polish "i" (and) is English "i".
const OTHER_FUNCTION_WORDS: &[&str] = &[
    "aan", "alla", "att", "auf", "aus", "avec", "bei", "bir", "bu", "ce", "cette", "che", "con",
    "dan", "dans", "das", "della", "dem", "den", "der", "des", "det", "dla", "du", "där", "eine",
    "el", "ett", "för", "gli", "het", "ich", "ile", "ini", "ist", "itu", "için", "jest", "les",
    "los", "med", "mit", "muy", "nel", "nicht", "niet", "nous", "och", "onze", "ook", "para",
    "pas", "pero", "pour", "qui", "się", "sono", "sur", "tidak", "tylko", "und", "una", "untuk",
    "van", "voor", "vous", "wir", "yang", "zum", "zur", "że", "är", "è", "é", "ça", "ve", "w", "y",
    "z", "på",
];

/// Why `text` is not English, or `None` when it is (or is too short to tell).
pub fn not_english(text: &str, analysis: &Analysis) -> Option<&'static str> {
    if !text.is_ascii() {
        let (mut letters, mut other_script) = (0usize, 0usize);
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            // Latin, with its extensions, ends at U+024F (and Vietnamese's extra
            // letters, U+1E00–U+1EFF, are Latin too).
            if c > '\u{024F}' && !('\u{1E00}'..='\u{1EFF}').contains(&c) {
                other_script += 1;
            }
        }
        if letters >= MIN_LETTERS && other_script * 2 >= letters {
            return Some("written in another script");
        }
    }
    // One pass, counting English function words and other languages', until the text
    // shows itself English.
    let (mut words, mut english, mut other) = (0usize, 0usize, 0usize);
    for token in analysis.token_iter() {
        if token.kind != TokenKind::Word {
            continue;
        }
        let language = function_word(token.text);
        if language == Some(Language::English) {
            english += 1;
            // Two English function words before any other language's: English. The
            // rest of the text is not read (counting every word of every post cost 7.4%
            // more instructions on 30,000 thread posts, callgrind).
            if english >= 2 && other == 0 {
                return None;
            }
        } else if language == Some(Language::Other) {
            other += 1;
        }
        words += 1;
    }
    if english == 0 && words >= MIN_WORDS {
        return Some("no English function words");
    }
    // Another language's grammar outnumbering English's more than twice over: a short
    // post, or one whose "i" or "a" is another language's.
    (other >= OTHER_MIN && other > 2 * english).then_some("another language's function words")
}

/// Other languages' function words a text needs before they outweigh English's:
/// two, so one borrowed word ("el", "y", "w", a "pour" in a quote) says nothing.
const OTHER_MIN: usize = 2;

/// A word of up to eight bytes as one integer, its ASCII letters lowercased, so a
/// comparison is one integer's, not a copy and a `memcmp`. `None` for longer words,
/// which no listed word is.
fn packed_lowercase(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 8 {
        return None;
    }
    let mut key = [0u8; 8];
    for (k, b) in key.iter_mut().zip(bytes) {
        *k = b.to_ascii_lowercase();
    }
    Some(u64::from_be_bytes(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) -> Option<&'static str> {
        not_english(text, &Analysis::new(text))
    }

    #[test]
    fn tells_english_from_other_languages() {
        for text in [
            "lovely photo of your dog",
            "Finally finished the bookshelf I've been building for my daughter's room",
            "Happy New Year! @ Downtown Fullerton - DTF",
            "Café crème at the Musée d'Orsay, what a day",
            "El Niño y la Niña: what the two patterns mean for our winter",
            "i made pierogi with my babcia, w/ z sauce",
        ] {
            assert_eq!(check(text), None, "{text}");
        }
        for text in [
            "Привет всем, как дела? Сегодня отличная погода",
            "こんにちは、アマゾン公式です。どのような状況でしょうか。",
            "Sản phẩm rất tốt, giao hàng nhanh, đóng gói cẩn thận, sẽ ủng hộ shop lần sau",
            "Situs judi online terpercaya dengan bonus besar setiap hari untuk semua member baru",
            "Compre seguidores brasileiros reais para Instagram com entrega imediata! Pacotes a partir de R$9,90.",
            "Günstige Kredite ohne Schufa, was Sie im Internet nicht finden, hier sofort beantragen",
            "Nowość w menu! Pierogi z kaszanką i jabłkiem tylko w październiku.",
            "Frisch aus dem Ofen: Unser Dinkel-Vollkornbrot ist zurück!",
            "Da oggi la nostra pizza al tartufo è disponibile anche a pranzo.",
        ] {
            assert!(check(text).is_some(), "{text}");
        }
    }

    #[test]
    fn function_words_are_found_as_a_case_blind_comparison_finds_them() {
        let mut probes: Vec<String> = FUNCTION_WORDS.iter().map(|w| w.to_string()).collect();
        probes.extend(FUNCTION_WORDS.iter().map(|w| w.to_ascii_uppercase()));
        probes.extend(
            [
                "The", "I'M", "Don't", "thee", "a1", "", "ab", "é", "ther", "yours", "IT’S",
            ]
            .map(String::from),
        );
        for word in &probes {
            let listed = FUNCTION_WORDS.iter().any(|f| word.eq_ignore_ascii_case(f));
            assert_eq!(is_function_word(word), listed, "{word}");
        }
    }
}
