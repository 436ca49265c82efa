//! Erasure on PostgreSQL: one transaction, then a VACUUM of the two tables.

use tokio_postgres::types::ToSql;

use super::PgStore;
use crate::Result;
use crate::erase::{Erased, statements};

impl PgStore {
    pub(crate) async fn erase(&self, column: &'static str, forms: Vec<String>) -> Result<Erased> {
        let mut c = self.conn().await?;
        let placeholders = (1..=forms.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let [feedback_sql, checks_sql] = statements(column, &placeholders);
        let params: Vec<&(dyn ToSql + Sync)> =
            forms.iter().map(|f| f as &(dyn ToSql + Sync)).collect();
        let tx = c.transaction().await?;
        let feedback = tx.execute(&feedback_sql, &params).await?;
        let checks = tx.execute(&checks_sql, &params).await?;
        tx.commit().await?;
        if checks + feedback > 0 {
            // Deleted tuples stay in their pages until a vacuum removes them; do it now
            // rather than whenever autovacuum gets there. (The WAL segments and backups
            // keep their copies until they are recycled; the docs say so.)
            c.batch_execute("VACUUM checks, feedback").await?;
        }
        Ok(Erased { checks, feedback })
    }
}
