//! Precedents: the reviewed claims a claim may have been checked as before (found by full-text
//! rank), the ones a reviewer dismissed, and a verdict that reuses a precedent's.

use super::claims::{claim_detail, refresh_status};
use super::review::{check_version, evidence_by_id, insert_verdict, json};
use super::{Result, Store, StoreError, events, now};
use crate::model::{Scale, Verdict};
use rusqlite::params;

/// A reviewed claim that matches a claim's words, with its full-text rank (FTS5 bm25: lower is
/// better).
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub claim_id: i64,
    pub rank: f64,
}

impl Store {
    /// The reviewed claims (other than `claim`, and not dismissed as its precedents) whose
    /// wording, evidence quotes or rationales match the FTS5 query `fts`, best first, at most
    /// `limit`.
    pub fn precedent_candidates(
        &self,
        claim: i64,
        fts: &str,
        limit: usize,
    ) -> Result<Vec<Candidate>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.claim_id, min(s.rank) AS rank FROM search s JOIN claims c ON c.id = s.claim_id
             WHERE search MATCH ?1 AND c.status = 'reviewed' AND c.id != ?2
               AND NOT EXISTS (SELECT 1 FROM precedent_dismissals d
                               WHERE d.claim_id = ?2 AND d.precedent_id = c.id)
             GROUP BY s.claim_id ORDER BY min(s.rank), s.claim_id LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![fts, claim, limit as i64], |r| {
            Ok(Candidate {
                claim_id: r.get("claim_id")?,
                rank: r.get("rank")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether any claim is reviewed: without one there is no precedent to look for.
    pub fn any_reviewed(&self) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM claims WHERE status = 'reviewed')")?
            .query_row([], |r| r.get(0))?)
    }

    /// For each stem, how many rows of the full-text index hold a word that starts with it.
    pub fn stem_frequencies(&self, stems: &[String]) -> Result<Vec<(String, i64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT coalesce(sum(doc), 0) FROM search_terms
             WHERE term >= ?1 AND term < ?1 || char(1114111)",
        )?;
        stems
            .iter()
            .map(|s| Ok((s.clone(), stmt.query_row([s], |r| r.get(0))?)))
            .collect()
    }

    /// The precedents dismissed for `claim`.
    pub fn dismissed_precedents(&self, claim: i64) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT precedent_id FROM precedent_dismissals WHERE claim_id = ?1 ORDER BY precedent_id",
        )?;
        let ids = stmt.query_map([claim], |r| r.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// Remember that `precedent` is not a precedent of `claim`: it is not offered again. One
    /// transaction with its `precedent-dismiss` event; dismissing it twice changes nothing.
    pub fn dismiss_precedent(
        &mut self,
        claim: i64,
        precedent: i64,
        reviewer: &str,
    ) -> Result<bool> {
        self.write(|tx| {
            claim_detail(tx, claim)?;
            claim_detail(tx, precedent)?;
            let added = tx.execute(
                "INSERT OR IGNORE INTO precedent_dismissals (claim_id, precedent_id, reviewer, created_at)
                 VALUES (?1, ?2, ?3, ?4)",
                params![claim, precedent, reviewer, now()],
            )?;
            if added > 0 {
                events::record(
                    tx,
                    reviewer,
                    "precedent-dismiss",
                    "claim",
                    claim,
                    Some(claim),
                    None,
                    Some(serde_json::json!({ "precedent": precedent })),
                )?;
            }
            Ok(added > 0)
        })
    }

    /// Take back the dismissal of `precedent` for `claim` (the undo of a dismissal): it is
    /// offered again. One transaction with its `precedent-restore` event; false when it was not
    /// dismissed (nothing written).
    pub fn restore_precedent(
        &mut self,
        claim: i64,
        precedent: i64,
        reviewer: &str,
    ) -> Result<bool> {
        self.write(|tx| {
            let removed = tx.execute(
                "DELETE FROM precedent_dismissals WHERE claim_id = ?1 AND precedent_id = ?2",
                params![claim, precedent],
            )?;
            if removed > 0 {
                events::record(
                    tx,
                    reviewer,
                    "precedent-restore",
                    "claim",
                    claim,
                    Some(claim),
                    Some(serde_json::json!({ "precedent": precedent })),
                    None,
                )?;
            }
            Ok(removed > 0)
        })
    }

    /// A verdict on `claim` that reuses the verdict that stands on `precedent`: its evidence
    /// copied onto the claim (what the claim already cites from the same source and quote is
    /// kept once), then its rating through the verdict path (the evidence gate included), with
    /// `rationale` and `reused_from` naming the precedent's verdict. One transaction, with an
    /// event for each piece of evidence, the verdict and a `verdict-reuse` event. Gives the verdict
    /// and the ids of the evidence copied.
    pub fn reuse_verdict(
        &mut self,
        claim: i64,
        precedent: i64,
        rationale: &str,
        reviewer: &str,
        scale: &Scale,
        expected: Option<i64>,
    ) -> Result<(Verdict, Vec<i64>)> {
        self.write(|tx| {
            check_version(tx, claim, expected)?;
            if claim == precedent {
                return Err(StoreError::Invalid(format!(
                    "claim {claim} cannot be its own precedent; give another claim's id"
                )));
            }
            let source = claim_detail(tx, precedent)?;
            let Some(verdict) = source.publishable().cloned() else {
                return Err(StoreError::Invalid(format!(
                    "claim {precedent} has no verdict that stands, so it is not a precedent; `claimdesk precedents {claim}` lists the ones there are"
                )));
            };
            let mut copied = Vec::new();
            for e in &source.evidence {
                let known: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM evidence WHERE claim_id = ?1 AND source_id = ?2
                                    AND quote IS ?3)",
                    params![claim, e.source.id, e.quote],
                    |r| r.get(0),
                )?;
                if known {
                    continue;
                }
                tx.execute(
                    "INSERT INTO evidence (claim_id, source_id, quote, stance, note, reviewer, created_at, uid)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    params![claim, e.source.id, e.quote, e.stance.as_str(), e.note, reviewer, now(), super::new_uid()],
                )?;
                let added = evidence_by_id(tx, tx.last_insert_rowid())?;
                events::record(tx, reviewer, "evidence-add", "evidence", added.id, Some(claim), None, Some(json(&added)))?;
                copied.push(added.id);
            }
            refresh_status(tx, claim)?;
            let new = insert_verdict(
                tx,
                claim,
                &verdict.rating,
                rationale,
                reviewer,
                scale,
                super::review::VerdictHow {
                    reused_from: Some(verdict.id),
                    recheck: false,
                },
            )?;
            events::record(
                tx,
                reviewer,
                "verdict-reuse",
                "verdict",
                new.id,
                Some(claim),
                None,
                Some(serde_json::json!({
                    "precedent": precedent,
                    "reused_from": verdict.id,
                    "evidence": copied,
                })),
            )?;
            Ok((new, copied))
        })
    }
}
