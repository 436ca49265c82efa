//! Strict `application/x-www-form-urlencoded` parsing.
//!
//! Akismet requests carry arbitrary extra fields (`POST_*`, `HTTP_*`, `comment_context[]`,
//! a honeypot field whose name is itself a field), so the body is kept as an ordered list of
//! pairs rather than a struct. Unlike the usual lossy decoders, invalid UTF-8 after
//! percent-decoding is an error: a 400 is better than classifying replacement characters.

use percent_encoding::percent_decode;

/// The fields of one form body (or query string), in order, repeated names kept.
#[derive(Debug, Default, Clone)]
pub struct Form {
    pairs: Vec<(String, String)>,
}

impl Form {
    pub fn parse(body: &[u8]) -> Result<Form, String> {
        let mut pairs = Vec::new();
        for part in body.split(|&b| b == b'&') {
            if part.is_empty() {
                continue;
            }
            let (name, value) = match part.iter().position(|&b| b == b'=') {
                Some(i) => (&part[..i], &part[i + 1..]),
                None => (part, &[][..]),
            };
            pairs.push((decode(name)?, decode(value)?));
        }
        Ok(Form { pairs })
    }

    /// Appends another form's fields after this one's.
    pub fn extend(&mut self, other: Form) {
        self.pairs.extend(other.pairs);
    }

    /// The first value of `name`.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first non-empty (after trimming) value of `name`.
    pub fn non_empty(&self, name: &str) -> Option<&str> {
        self.get(name).map(str::trim).filter(|v| !v.is_empty())
    }

    /// Every value of an array field, whatever the client's spelling: `name[]`, `name[0]`,
    /// `name[1]`… (PHP and @cedx/akismet) or a repeated `name`.
    pub fn array(&self, name: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(n, _)| {
                n == name
                    || n.strip_prefix(name)
                        .is_some_and(|rest| rest.starts_with('[') && rest.ends_with(']'))
            })
            .map(|(_, v)| v.as_str())
            .collect()
    }

    pub fn is_true(&self, name: &str) -> bool {
        self.get(name).is_some_and(|v| {
            matches!(
                v.trim().to_ascii_lowercase().as_str(),
                "1" | "true" | "yes" | "on"
            )
        })
    }
}

fn decode(raw: &[u8]) -> Result<String, String> {
    let plus_as_space: Vec<u8> = raw
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    let bytes: Vec<u8> = percent_decode(&plus_as_space).collect();
    String::from_utf8(bytes).map_err(|_| "form body is not valid UTF-8".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_akismet_shapes() {
        let f = Form::parse(b"blog=http%3A%2F%2Fa.example&comment_content=hi+there%21&comment_context%5B0%5D=cats&comment_context%5B1%5D=dogs&comment_context[]=birds&flag&is_test=True").unwrap();
        assert_eq!(f.get("blog"), Some("http://a.example"));
        assert_eq!(f.get("comment_content"), Some("hi there!"));
        assert_eq!(f.array("comment_context"), vec!["cats", "dogs", "birds"]);
        assert_eq!(f.get("flag"), Some(""));
        assert!(f.is_true("is_test"));
        assert!(!f.is_true("flag"));
        assert_eq!(f.non_empty("flag"), None);
    }

    #[test]
    fn invalid_utf8_is_an_error() {
        assert!(Form::parse(b"comment_content=%FF%FE").is_err());
        assert!(Form::parse(b"a=\xff").is_err());
        assert!(
            Form::parse(b"a=%zz").is_ok(),
            "a bad escape is kept literally, as browsers do"
        );
    }
}
