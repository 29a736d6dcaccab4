//! The audit trail: one event per change, never updated or deleted.

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
        "INSERT INTO events (at, actor, action, entity, entity_id, claim_id, before, after)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        now(),
        actor,
        action,
        entity,
        entity_id,
        claim_id,
        before.map(|v| v.to_string()),
        after.map(|v| v.to_string())
    ])?;
    Ok(())
}

impl Store {
    /// Events, oldest first; only those about one claim when `claim_id` is given, only those
    /// about the claims of some articles when `articles` is given.
    pub fn events(&self, claim_id: Option<i64>) -> Result<Vec<Event>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, at, actor, action, entity, entity_id, claim_id, before, after FROM events
             WHERE ?1 IS NULL OR claim_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([claim_id], |r| {
            let json = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
            Ok(Event {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                entity: r.get(4)?,
                entity_id: r.get(5)?,
                claim_id: r.get(6)?,
                before: json(r.get(7)?),
                after: json(r.get(8)?),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
