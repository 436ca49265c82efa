//! Erasure on SQLite: one transaction, then the deleted bytes overwritten on disk.

use rusqlite::params_from_iter;

use super::{SqliteStore, blocking};
use crate::Result;
use crate::erase::{Erased, statements};

impl SqliteStore {
    pub(crate) async fn erase(&self, column: &'static str, forms: Vec<String>) -> Result<Erased> {
        blocking(&self.writer, move |c| {
            // Numbered, because the feedback statement names the list twice.
            let placeholders = (1..=forms.len())
                .map(|i| format!("?{i}"))
                .collect::<Vec<_>>()
                .join(", ");
            let [feedback_sql, checks_sql] = statements(column, &placeholders);
            // A DELETE only unlinks rows: their bytes stay in free pages and in the WAL
            // until overwritten, where a copy of the file would still show them.
            // `secure_delete` zeroes what a statement frees; the checkpoint below moves
            // the zeroed pages into the file and empties the WAL.
            c.pragma_update(None, "secure_delete", true)?;
            let erased = (|| -> Result<Erased> {
                let tx = c.transaction()?;
                let feedback = tx.execute(&feedback_sql, params_from_iter(&forms))?;
                let checks = tx.execute(&checks_sql, params_from_iter(&forms))?;
                tx.commit()?;
                Ok(Erased {
                    checks: checks as u64,
                    feedback: feedback as u64,
                })
            })();
            let reset = c.pragma_update(None, "secure_delete", false);
            let erased = erased?;
            reset?;
            if erased.checks + erased.feedback > 0 {
                c.execute_batch("PRAGMA incremental_vacuum;")?;
                // TRUNCATE waits for readers (busy timeout); a reader holding an old
                // snapshot can keep the WAL from emptying, which the result reports, and
                // the next checkpoint finishes the job. The rows are gone either way.
                let (busy, _, _): (i64, i64, i64) =
                    c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                    })?;
                if busy != 0 {
                    tracing::warn!(
                        "erasure committed, but a reader kept the WAL from being emptied; \
                         it is overwritten at a later checkpoint"
                    );
                }
            }
            Ok(erased)
        })
        .await
    }
}
