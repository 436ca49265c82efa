/// What can go wrong in the store, sorted by what the caller should do about it.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database refuses writes (a read-only file, mount or replica). Retry elsewhere.
    #[error("database is read-only: {0}")]
    ReadOnly(String),
    /// The disk (or the database's size limit) is full.
    #[error("database disk is full: {0}")]
    DiskFull(String),
    /// The database cannot be reached or is busy for too long.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// The thing asked for does not exist.
    #[error("not found: {0}")]
    NotFound(String),
    /// The write lost a race: another writer changed what it was based on (an adapter
    /// version stored since it was read, a feedback id committed meanwhile). Nothing was
    /// written; reload and retry.
    #[error("conflicting write: {0}")]
    Conflict(String),
    /// The database URL cannot be understood.
    #[error("invalid database URL: {0}")]
    InvalidUrl(String),
    /// The database holds something this version cannot read (a newer schema, a bad row).
    #[error("database content is not usable: {0}")]
    Corrupt(String),
    /// Any other database error.
    #[error("database error: {0}")]
    Backend(String),
}

impl StoreError {
    /// Whether the request may succeed later or elsewhere (answer 503, not 500).
    pub fn is_unavailable(&self) -> bool {
        matches!(
            self,
            StoreError::ReadOnly(_) | StoreError::DiskFull(_) | StoreError::Unavailable(_)
        )
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(C::ReadOnly) => StoreError::ReadOnly(e.to_string()),
            Some(C::DiskFull) => StoreError::DiskFull(e.to_string()),
            Some(
                C::DatabaseBusy
                | C::DatabaseLocked
                | C::CannotOpen
                | C::SystemIoFailure
                | C::PermissionDenied,
            ) => StoreError::Unavailable(e.to_string()),
            Some(C::DatabaseCorrupt | C::NotADatabase) => StoreError::Corrupt(e.to_string()),
            _ => StoreError::Backend(e.to_string()),
        }
    }
}

#[cfg(feature = "postgres")]
impl From<tokio_postgres::Error> for StoreError {
    fn from(e: tokio_postgres::Error) -> Self {
        use tokio_postgres::error::SqlState;
        let text = e.to_string();
        match e.code() {
            Some(c) if *c == SqlState::READ_ONLY_SQL_TRANSACTION => StoreError::ReadOnly(text),
            Some(c) if *c == SqlState::DISK_FULL || *c == SqlState::INSUFFICIENT_RESOURCES => {
                StoreError::DiskFull(text)
            }
            Some(c) if c.code().starts_with("08") || c.code().starts_with("57") => {
                StoreError::Unavailable(text)
            }
            None if e.is_closed() => StoreError::Unavailable(text),
            _ => StoreError::Backend(text),
        }
    }
}
