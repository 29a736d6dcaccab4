//! The desk's review panel as recorded (one row or none), and the ratings agreement is measured on.

use super::claims::derived_status;
use super::{Result, Store, events};
use crate::model::{Panel, PanelRule, Status};
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashSet;

/// One reviewer's latest rating of a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rated {
    pub claim_id: i64,
    pub reviewer: String,
    pub rating: String,
}

/// The panel recorded in the database (none: no panel).
pub(super) fn panel(conn: &Connection) -> Result<Option<Panel>> {
    let row: Option<(i64, bool, String)> = conn
        .prepare_cached("SELECT size, blind, rule FROM panel WHERE id = 1")?
        .query_row([], |r| {
            Ok((r.get("size")?, r.get("blind")?, r.get("rule")?))
        })
        .optional()?;
    Ok(row.map(|(size, blind, rule)| Panel {
        size: size.max(0) as usize,
        blind,
        rule: rule.parse().unwrap_or(PanelRule::Unanimous),
    }))
}

impl Store {
    /// The panel the database's statuses are derived with.
    pub fn panel(&self) -> Result<Option<Panel>> {
        panel(&self.conn)
    }

    /// Record the desk's panel (none: no panel) and derive every claim's status again by it, in
    /// one transaction with a `panel-set` event. Nothing is written when it is already the one
    /// recorded. Returns how many claims changed status.
    pub fn set_panel(&mut self, new: Option<Panel>, actor: &str) -> Result<Option<usize>> {
        if self.panel()? == new {
            return Ok(None);
        }
        self.write(|tx| {
            let before = panel(tx)?;
            tx.execute("DELETE FROM panel", [])?;
            if let Some(p) = new {
                tx.execute(
                    "INSERT INTO panel (id, size, blind, rule) VALUES (1, ?1, ?2, ?3)",
                    params![p.size as i64, p.blind, p.rule.as_str()],
                )?;
            }
            let claims: Vec<(i64, String)> = tx
                .prepare("SELECT id, status FROM claims WHERE status != 'dismissed' ORDER BY id")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut changed = 0;
            for (id, was) in claims {
                let now = derived_status(tx, id)?;
                if Status::parse(&was) != Some(now) {
                    tx.execute(
                        "UPDATE claims SET status = ?2, updated_at = ?3, version = version + 1
                         WHERE id = ?1",
                        params![id, now.as_str(), super::now()],
                    )?;
                    changed += 1;
                }
            }
            events::record(
                tx,
                actor,
                "panel-set",
                "panel",
                1,
                None,
                Some(serde_json::json!({ "panel": before })),
                Some(serde_json::json!({ "panel": new, "changed": changed })),
            )?;
            Ok(Some(changed))
        })
    }

    /// Every reviewer's latest rating of every claim that is not dismissed, by claim then
    /// reviewer: what agreement between reviewers is measured on.
    pub fn latest_ratings(&self) -> Result<Vec<Rated>> {
        self.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT v.claim_id, v.reviewer, v.rating FROM verdicts v
                 JOIN claims c ON c.id = v.claim_id
                 WHERE c.status != 'dismissed'
                 ORDER BY v.claim_id, v.reviewer, v.created_at, v.uid",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(Rated {
                    claim_id: r.get(0)?,
                    reviewer: r.get(1)?,
                    rating: r.get(2)?,
                })
            })?;
            let mut out: Vec<Rated> = Vec::new();
            for row in rows {
                let row = row?;
                match out.last_mut() {
                    Some(last)
                        if last.claim_id == row.claim_id && last.reviewer == row.reviewer =>
                    {
                        *last = row;
                    }
                    _ => out.push(row),
                }
            }
            Ok(out)
        })
    }

    /// The claims `reviewer` has given a verdict on: what a blind panel lets them see.
    pub fn rated_by(&self, reviewer: &str) -> Result<HashSet<i64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT claim_id FROM verdicts WHERE reviewer = ?1")?;
        let ids = stmt.query_map([reviewer], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }
}
