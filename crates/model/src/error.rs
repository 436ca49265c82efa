use std::path::PathBuf;

/// Everything that can go wrong loading, saving or training a model.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("cannot read or write {path}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("not a discern model file (it does not start with the DISCERNM magic bytes)")]
    NotAModel,
    #[error(
        "model file format version {found} is not supported (this build reads version {supported})"
    )]
    UnsupportedVersion { found: u32, supported: u32 },
    #[error("model file is truncated: needs {expected} bytes, has {found}")]
    Truncated { expected: usize, found: usize },
    #[error(
        "model file is corrupt: checksum mismatch (stored {stored:016x}, computed {computed:016x})"
    )]
    Checksum { stored: u64, computed: u64 },
    #[error("model file header is invalid: {0}")]
    BadHeader(String),
    #[error("unknown label {label:?}: this model knows {known}")]
    UnknownLabel { label: String, known: String },
    #[error("cannot train: {0}")]
    Training(String),
    #[error(
        "adapter does not belong to this model (made for model {adapter:016x}, this is {model:016x})"
    )]
    ForeignAdapter { adapter: u64, model: u64 },
}

pub type Result<T, E = ModelError> = std::result::Result<T, E>;
