use crate::normalize::normalize;
use crate::squash::squash_into;
use crate::tokenize::{Token, TokenKind, tokenize_into};

/// One text normalised, tokenised and squashed once, owned, so the model, the
/// relevance index and the account tracker all read the same analysis instead of
/// each redoing it. Reuse one per thread: buffers are kept between texts.
#[derive(Debug, Default, Clone)]
pub struct Analysis {
    normal: String,
    /// `normal` with its ASCII letters lowercased, every other byte as it is, so a token
    /// has the same offsets in both: an ASCII token's slice here is its lowercase (as
    /// `str::to_lowercase` gives it), computed once for every reader (the evidence
    /// scan, the model's terms, the term extractor), which each lowercased a copy.
    lower: String,
    spans: Vec<Span>,
    squashed: String,
    /// The tokeniser's buffer, kept empty between texts: tokens borrow the text, so it
    /// is stored with a `'static` lifetime and re-typed per text (an empty vector
    /// collected in place keeps its allocation; a new one a text was a `malloc` and a
    /// `free` a post).
    tokens: Vec<Token<'static>>,
}

#[derive(Debug, Clone, Copy)]
struct Span {
    kind: TokenKind,
    /// Whether the token is ASCII, so `lower[start..end]` is its lowercase.
    ascii: bool,
    start: usize,
    end: usize,
}

/// Stands in for a token when an empty buffer is re-typed; never made, since the
/// buffer is empty then.
fn unreachable_token() -> Token<'static> {
    Token {
        kind: TokenKind::Punct,
        text: "",
        start: 0,
    }
}

impl Analysis {
    pub fn new(text: &str) -> Self {
        let mut analysis = Analysis::default();
        analysis.analyse(text);
        analysis
    }

    /// Replaces the analysis with that of `text`.
    pub fn analyse(&mut self, text: &str) {
        let normal = normalize(text);
        self.normal.clear();
        self.normal.push_str(&normal);
        let mut tokens: Vec<Token<'_>> = std::mem::take(&mut self.tokens)
            .into_iter()
            .map(|_| unreachable_token())
            .collect();
        tokenize_into(&self.normal, &mut tokens);
        self.lower.clear();
        self.lower.push_str(&self.normal);
        self.lower.make_ascii_lowercase();
        // Most texts are ASCII: one check of the whole text instead of one a token.
        let all_ascii = self.normal.is_ascii();
        self.spans.clear();
        self.spans.extend(tokens.iter().map(|t| Span {
            kind: t.kind,
            ascii: all_ascii || t.text.is_ascii(),
            start: t.start,
            end: t.start + t.text.len(),
        }));
        squash_into(&tokens, &mut self.squashed);
        tokens.clear();
        self.tokens = tokens.into_iter().map(|_| unreachable_token()).collect();
    }

    /// The normalised text ([`crate::normalize`]).
    pub fn normal(&self) -> &str {
        &self.normal
    }

    /// The tokens of the normalised text ([`crate::tokenize`]), into `out` (cleared).
    pub fn tokens_into<'a>(&'a self, out: &mut Vec<Token<'a>>) {
        out.clear();
        out.extend(self.spans.iter().map(|s| Token {
            kind: s.kind,
            text: &self.normal[s.start..s.end],
            start: s.start,
        }));
    }

    /// The tokens, one by one, without collecting them.
    pub fn token_iter(&self) -> impl Iterator<Item = Token<'_>> {
        self.spans.iter().map(|s| Token {
            kind: s.kind,
            text: &self.normal[s.start..s.end],
            start: s.start,
        })
    }

    /// The tokens, each with its lowercase where the token is ASCII (what
    /// `str::to_lowercase` gives; `None` for a token with other characters, whose
    /// lowercase the reader makes as it needs), without collecting them.
    pub fn token_iter_lower(&self) -> impl Iterator<Item = (Token<'_>, Option<&str>)> {
        self.spans.iter().map(|s| {
            let token = Token {
                kind: s.kind,
                text: &self.normal[s.start..s.end],
                start: s.start,
            };
            (token, s.ascii.then(|| &self.lower[s.start..s.end]))
        })
    }

    /// The tokens as a new vector.
    pub fn tokens(&self) -> Vec<Token<'_>> {
        let mut tokens = Vec::with_capacity(self.spans.len());
        self.tokens_into(&mut tokens);
        tokens
    }

    /// The squashed form ([`crate::squash_into`]): lowercase words, obfuscation folded.
    pub fn squashed(&self) -> &str {
        &self.squashed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;

    #[test]
    fn analysis_is_what_each_step_gives() {
        for text in [
            "FREE entry!!! Call 09061701461 or visit bit.ly/x1 &amp; use code SAVE20",
            "Ünïcode café  😀 #Été che.ck my chann3l",
            "",
        ] {
            let analysis = Analysis::new(text);
            let normal = normalize(text);
            assert_eq!(analysis.normal(), normal);
            assert_eq!(analysis.tokens(), tokenize(&normal));
            let mut squashed = String::new();
            squash_into(&tokenize(&normal), &mut squashed);
            assert_eq!(analysis.squashed(), squashed);
            for (token, lower) in analysis.token_iter_lower() {
                match lower {
                    Some(lower) => assert_eq!(lower, token.text.to_lowercase()),
                    None => assert!(!token.text.is_ascii()),
                }
            }
        }
    }

    #[test]
    fn reuse_forgets_the_previous_text() {
        let mut analysis = Analysis::new("a long first text with many words");
        analysis.analyse("short");
        assert_eq!(analysis.tokens().len(), 1);
        assert_eq!(analysis.squashed(), "short");
    }
}
