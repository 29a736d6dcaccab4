//! Dismissed consistency findings: remembered by key, per article, each with its event.

use super::{Result, Store, events, now};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

/// A reviewer's dismissal of a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dismissal {
    pub article_id: i64,
    pub key: String,
    pub reason: Option<String>,
    pub actor: String,
    pub at: String,
}

impl Store {
    /// The claims of `article` the consistency checks relate (not dismissed), in reading order:
    /// id, span and subject only, read in one query (the workbench asks on every article it
    /// opens).
    pub fn claims_to_check(&self, article: i64) -> Result<Vec<crate::consistency::ClaimIn>> {
        super::articles::article(&self.conn, article)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, start, \"end\", subject FROM claims
             WHERE article_id = ?1 AND status <> 'dismissed'
             ORDER BY start, id",
        )?;
        let rows = stmt.query_map([article], |r| {
            Ok(crate::consistency::ClaimIn {
                id: r.get(0)?,
                start: r.get::<_, i64>(1)? as usize,
                end: r.get::<_, i64>(2)? as usize,
                subject: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Remember that the finding `key` of an article is dismissed; `what` describes the finding
    /// for the audit trail. Dismissing it again changes the reason only. One transaction, one
    /// `finding-dismiss` event.
    pub fn dismiss_finding(
        &mut self,
        article_id: i64,
        key: &str,
        reason: Option<&str>,
        what: serde_json::Value,
        actor: &str,
    ) -> Result<Dismissal> {
        let at = now();
        self.write(|tx| {
            super::articles::article(tx, article_id)?;
            let before: Option<Option<String>> = tx
                .query_row(
                    "SELECT reason FROM finding_dismissals WHERE article_id = ?1 AND key = ?2",
                    params![article_id, key],
                    |r| r.get(0),
                )
                .optional()?;
            tx.execute(
                "INSERT INTO finding_dismissals (article_id, key, reason, actor, at)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (article_id, key) DO UPDATE SET reason = excluded.reason,
                     actor = excluded.actor, at = excluded.at",
                params![article_id, key, reason, actor, at],
            )?;
            let mut after = what;
            after["key"] = key.into();
            after["reason"] = reason.into();
            events::record(
                tx,
                actor,
                "finding-dismiss",
                "article",
                article_id,
                None,
                before.map(|r| serde_json::json!({"key": key, "reason": r})),
                Some(after),
            )?;
            Ok(())
        })?;
        Ok(Dismissal {
            article_id,
            key: key.to_string(),
            reason: reason.map(str::to_string),
            actor: actor.to_string(),
            at,
        })
    }

    /// Take the dismissal of the finding `key` of an article back (the undo of a dismissal): it
    /// is shown again. One transaction with a `finding-restore` event. Gives the reason it was
    /// dismissed with, or None when it was not dismissed (nothing written).
    pub fn restore_finding(
        &mut self,
        article_id: i64,
        key: &str,
        actor: &str,
    ) -> Result<Option<Option<String>>> {
        self.write(|tx| {
            let reason: Option<Option<String>> = tx
                .query_row(
                    "SELECT reason FROM finding_dismissals WHERE article_id = ?1 AND key = ?2",
                    params![article_id, key],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(reason) = reason else {
                return Ok(None);
            };
            tx.execute(
                "DELETE FROM finding_dismissals WHERE article_id = ?1 AND key = ?2",
                params![article_id, key],
            )?;
            events::record(
                tx,
                actor,
                "finding-restore",
                "article",
                article_id,
                None,
                Some(serde_json::json!({"key": key, "reason": reason})),
                None,
            )?;
            Ok(Some(reason))
        })
    }

    /// The dismissed findings of an article.
    pub fn finding_dismissals(&self, article_id: i64) -> Result<Vec<Dismissal>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT article_id, key, reason, actor, at FROM finding_dismissals
             WHERE article_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([article_id], |r| {
            Ok(Dismissal {
                article_id: r.get(0)?,
                key: r.get(1)?,
                reason: r.get(2)?,
                actor: r.get(3)?,
                at: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
