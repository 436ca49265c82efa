//! Normalisation and tokenisation of social-media text.
//!
//! Pure functions, no I/O: the model, the conversation analysis and the server all see
//! text through this crate, so a URL, a mention or an obfuscated "fr33" means the same
//! thing everywhere.
//!
//! ```
//! use discern_text::{normalize, tokenize, TokenKind};
//! let text = normalize("FREE entry!!! Call 09061701461 or visit bit.ly/x1 &amp; use code SAVE20");
//! let kinds: Vec<TokenKind> = tokenize(&text).iter().map(|t| t.kind).collect();
//! assert!(kinds.contains(&TokenKind::Phone));
//! assert!(kinds.contains(&TokenKind::Url));
//! assert!(kinds.contains(&TokenKind::PromoCode));
//! assert!(kinds.contains(&TokenKind::RepeatedPunct));
//! ```

mod analysis;
mod normalize;
mod squash;
mod tokenize;
mod url;

pub use analysis::Analysis;
pub use normalize::normalize;
pub use squash::{fold_leet, squash_into};
pub use tokenize::{
    Token, TokenKind, is_date, is_number_in_other_digits, is_shouting, tokenize, tokenize_into,
};
pub use url::{is_platform_wrapper, is_shortener, url_domain, url_path};
