//! Errors the importers report: one bad record, or an input that cannot be read at all.

use std::fmt;

/// Where in the input an error was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Position {
    /// 1-based line number. XML and JSON-array records report the line their element
    /// or array item starts on, so a person can open the file there.
    Line(u64),
    /// The error concerns the input as a whole (wrong format, no root element).
    File,
}

/// One record that could not be turned into a post, with where it is and why.
///
/// Displays as `file.jsonl:17: missing field "text"`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RecordError {
    /// The file name the caller gave, or `-` for standard input.
    pub source_name: String,
    pub position: Position,
    pub message: String,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Position::Line(line) => write!(f, "{}:{}: {}", self.source_name, line, self.message),
            Position::File => write!(f, "{}: {}", self.source_name, self.message),
        }
    }
}

/// What an importer's iterator yields instead of a post.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// One record was bad; the iterator goes on with the next record.
    #[error(transparent)]
    Record(RecordError),
    /// The input cannot be read any further (I/O failure, not this format at all);
    /// this is the iterator's last item.
    #[error(transparent)]
    Fatal(RecordError),
}

impl ImportError {
    /// Whether reading stopped here.
    pub fn is_fatal(&self) -> bool {
        matches!(self, ImportError::Fatal(_))
    }

    /// The file, position and message, whichever kind of error this is.
    pub fn detail(&self) -> &RecordError {
        match self {
            ImportError::Record(detail) | ImportError::Fatal(detail) => detail,
        }
    }
}

/// Builds errors for one input, so readers only say where and what.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    name: String,
}

impl Source {
    pub(crate) fn new(name: &str) -> Self {
        Source {
            name: name.to_owned(),
        }
    }

    fn detail(&self, position: Position, message: impl Into<String>) -> RecordError {
        RecordError {
            source_name: self.name.clone(),
            position,
            message: message.into(),
        }
    }

    pub(crate) fn record(&self, line: u64, message: impl Into<String>) -> ImportError {
        ImportError::Record(self.detail(Position::Line(line), message))
    }

    pub(crate) fn fatal(&self, position: Position, message: impl Into<String>) -> ImportError {
        ImportError::Fatal(self.detail(position, message))
    }

    pub(crate) fn io(&self, line: u64, error: &std::io::Error) -> ImportError {
        self.fatal(Position::Line(line), format!("read error: {error}"))
    }

    /// A record over `ReadOptions::max_record_bytes`.
    pub(crate) fn too_large(&self, line: u64, bytes: u64, limit: usize) -> ImportError {
        self.record(
            line,
            format!("record is over the limit of {limit} bytes ({bytes} bytes read); skipped"),
        )
    }
}

/// serde_json's message without its "at line 1 column 9" suffix, which is relative to
/// the record rather than the file; the column is kept since it still helps.
pub(crate) fn json_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&suffix) {
        Some(bare) if error.line() <= 1 => format!("{bare} (column {})", error.column()),
        Some(bare) => format!(
            "{bare} (line {} of the record, column {})",
            error.line(),
            error.column()
        ),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_file_line_and_message() {
        let error = Source::new("posts.jsonl").record(17, "missing field \"text\"");
        assert_eq!(error.to_string(), "posts.jsonl:17: missing field \"text\"");
        assert!(!error.is_fatal());
        let fatal = Source::new("-").fatal(Position::File, "not an RSS/Atom feed");
        assert_eq!(fatal.to_string(), "-: not an RSS/Atom feed");
        assert!(fatal.is_fatal());
    }

    #[test]
    fn strips_relative_json_position() {
        let error = serde_json::from_str::<serde_json::Value>("{\"a\": }").unwrap_err();
        assert_eq!(json_message(&error), "expected value (column 7)");
    }
}
