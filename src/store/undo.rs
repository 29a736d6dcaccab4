//! The undo and redo stacks, per actor (migration 0010): what the desk can take back, newest on
//! top. The desk says what goes in them; this file only keeps them.

use super::{Result, Store, events, now};
use rusqlite::{OptionalExtension, params};

/// How many entries a stack keeps; older ones are forgotten.
const DEPTH: i64 = 1000;

/// Which stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UndoKind {
    Undo,
    Redo,
}

impl UndoKind {
    fn as_str(self) -> &'static str {
        match self {
            UndoKind::Undo => "undo",
            UndoKind::Redo => "redo",
        }
    }
}

/// An entry of a stack: what the change was, the claim it was about, and how to take it back
/// (`steps`, JSON) or why that cannot be.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoEntry {
    pub what: String,
    pub claim: Option<i64>,
    pub steps: std::result::Result<String, String>,
    /// The last event when the entry was made (set by `push_undo`).
    pub event: Option<i64>,
}

impl Store {
    /// Put an entry on top of `actor`'s stack; a new change (`fresh`) empties the redo stack.
    pub fn push_undo(
        &mut self,
        actor: &str,
        kind: UndoKind,
        entry: &UndoEntry,
        fresh: bool,
    ) -> Result<()> {
        self.write(|tx| {
            if fresh {
                tx.execute(
                    "DELETE FROM undos WHERE actor = ?1 AND kind = 'redo'",
                    [actor],
                )?;
            }
            let (steps, why_not) = match &entry.steps {
                Ok(s) => (Some(s.as_str()), None),
                Err(w) => (None, Some(w.as_str())),
            };
            tx.execute(
                "INSERT INTO undos (actor, kind, what, claim_id, steps, why_not, event_id, at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT max(id) FROM events), ?7)",
                params![
                    actor,
                    kind.as_str(),
                    entry.what,
                    entry.claim,
                    steps,
                    why_not,
                    now()
                ],
            )?;
            tx.execute(
                "DELETE FROM undos WHERE actor = ?1 AND kind = ?2 AND id <= (
                     SELECT id FROM undos WHERE actor = ?1 AND kind = ?2
                     ORDER BY id DESC LIMIT 1 OFFSET ?3)",
                params![actor, kind.as_str(), DEPTH],
            )?;
            Ok(())
        })
    }

    /// Take the top entry off `actor`'s stack (None: it is empty).
    pub fn pop_undo(&mut self, actor: &str, kind: UndoKind) -> Result<Option<UndoEntry>> {
        self.write(|tx| {
            let top = tx
                .query_row(
                    "SELECT id, what, claim_id, steps, why_not, event_id FROM undos
                     WHERE actor = ?1 AND kind = ?2 ORDER BY id DESC LIMIT 1",
                    params![actor, kind.as_str()],
                    |r| {
                        let steps: Option<String> = r.get("steps")?;
                        let why_not: Option<String> = r.get("why_not")?;
                        Ok((
                            r.get::<_, i64>("id")?,
                            UndoEntry {
                                what: r.get("what")?,
                                claim: r.get("claim_id")?,
                                steps: steps.ok_or_else(|| why_not.unwrap_or_default()),
                                event: r.get("event_id")?,
                            },
                        ))
                    },
                )
                .optional()?;
            let Some((id, entry)) = top else {
                return Ok(None);
            };
            tx.execute("DELETE FROM undos WHERE id = ?1", [id])?;
            Ok(Some(entry))
        })
    }

    /// Who else changed one of `claims` after event `since`, and when (None: nobody).
    pub fn changed_by_others(
        &self,
        claims: &[i64],
        since: i64,
        actor: &str,
    ) -> Result<Option<(i64, String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT claim_id, actor, at FROM events
             WHERE claim_id = ?1 AND id > ?2 AND actor != ?3 ORDER BY id LIMIT 1",
        )?;
        for &claim in claims {
            let found = stmt
                .query_row(params![claim, since, actor], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })
                .optional()?;
            if found.is_some() {
                return Ok(found);
            }
        }
        Ok(None)
    }

    /// Withdraw verdict `id` (the undo of a verdict): it stays in the history with the time, and
    /// counts nowhere else; its claim's status is derived again.
    pub fn withdraw_verdict(&mut self, id: i64, actor: &str) -> Result<crate::model::Verdict> {
        use super::rows::{VERDICT_COLUMNS, verdict_row};
        self.write(|tx| {
            let v = tx
                .query_row(
                    &format!("SELECT {VERDICT_COLUMNS} FROM verdicts v WHERE v.id = ?1"),
                    [id],
                    verdict_row,
                )
                .optional()?
                .ok_or(super::StoreError::NotFound {
                    what: "verdict",
                    id,
                })?;
            if v.withdrawn_at.is_some() {
                return Err(super::StoreError::Invalid(format!(
                    "verdict {id} is withdrawn already"
                )));
            }
            let at = now();
            tx.execute(
                "UPDATE verdicts SET withdrawn_at = ?2 WHERE id = ?1",
                params![id, at],
            )?;
            let status = super::claims::refresh_status(tx, v.claim_id)?;
            events::record(
                tx,
                actor,
                "verdict-withdraw",
                "verdict",
                id,
                Some(v.claim_id),
                Some(serde_json::json!({ "verdict": v })),
                Some(serde_json::json!({ "withdrawn_at": at, "status": status })),
            )?;
            Ok(crate::model::Verdict {
                withdrawn_at: Some(at),
                ..v
            })
        })
    }

    /// How many entries `actor`'s stack holds.
    pub fn undo_depth(&self, actor: &str, kind: UndoKind) -> Result<usize> {
        let n: i64 = self.conn.query_row(
            "SELECT count(*) FROM undos WHERE actor = ?1 AND kind = ?2",
            params![actor, kind.as_str()],
            |r| r.get(0),
        )?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// The event of an undo or a redo (the changes it made record their own events too).
    /// The event of an undo or a redo, on the claim it was about (else on `entity`).
    pub fn record_undo_event(
        &mut self,
        actor: &str,
        kind: UndoKind,
        claim: Option<i64>,
        (entity, entity_id): (&str, i64),
        what: &str,
    ) -> Result<()> {
        self.write(|tx| {
            events::record(
                tx,
                actor,
                kind.as_str(),
                entity,
                entity_id,
                claim,
                None,
                Some(serde_json::json!({ "what": what })),
            )
        })
    }
}
