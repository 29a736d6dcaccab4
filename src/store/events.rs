//! The audit trail: one event per change, never updated or deleted.

use super::rows::{EVENT_COLUMNS, event_row};
use super::{Result, Store, now};
use crate::model::Event;
use rusqlite::{Connection, params};

#[allow(clippy::too_many_arguments)]
pub(super) fn record(
    conn: &Connection,
    actor: &str,
    action: &str,
    entity: &str,
    entity_id: i64,
    claim_id: Option<i64>,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO events (at, actor, action, entity, entity_id, claim_id, before, after, uid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        now(),
        actor,
        action,
        entity,
        entity_id,
        claim_id,
        before.map(|v| v.to_string()),
        after.map(|v| v.to_string()),
        super::new_uid()
    ])?;
    Ok(())
}

impl Store {
    /// Events, oldest first; only those about one claim when `claim_id` is given, only those
    /// about the claims of some articles when `articles` is given.
    pub fn events(&self, claim_id: Option<i64>) -> Result<Vec<Event>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {EVENT_COLUMNS} FROM events WHERE ?1 IS NULL OR claim_id = ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([claim_id], event_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
