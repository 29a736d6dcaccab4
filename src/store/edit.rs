//! Editing claims: add one the extractor missed, reword, split, merge, dismiss and restore.
//! Evidence and verdicts follow the claim they belong to; every change writes an event.

use super::claims::{claim_core, claim_detail, refresh_status};
use super::review::check_version;
use super::{Result, Store, StoreError, events, now};
use crate::model::{ClaimCore, ClaimDetail, Status};
use rusqlite::{Connection, params};

/// A claim to add by hand: a span of the article, in characters.
#[derive(Debug, Clone)]
pub struct NewClaim {
    pub article_id: i64,
    pub start: usize,
    pub end: usize,
    /// The index of the sentence the span starts in.
    pub sentence: usize,
}

fn json<T: serde::Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or_default()
}

/// The article's text between two character offsets, checked.
fn span_text(conn: &Connection, article_id: i64, start: usize, end: usize) -> Result<String> {
    let text = article_text(conn, article_id)?;
    let len = text.chars().count();
    if start >= end || end > len {
        return Err(StoreError::Invalid(format!(
            "the span {start}..{end} is not inside article {article_id}, which has {len} characters; give 0 <= START < END <= {len}"
        )));
    }
    let span: String = text.chars().skip(start).take(end - start).collect();
    if span.trim().is_empty() {
        return Err(StoreError::Invalid(format!(
            "the span {start}..{end} holds only spaces; give a span with words"
        )));
    }
    Ok(span)
}

fn article_text(conn: &Connection, article_id: i64) -> Result<String> {
    super::articles::article(conn, article_id)?;
    Ok(conn.query_row(
        "SELECT text FROM articles WHERE id = ?1",
        [article_id],
        |r| r.get(0),
    )?)
}

/// Give the values inside a claim's span to that claim.
fn claim_values(conn: &Connection, claim: &ClaimCore) -> Result<()> {
    conn.execute(
        "UPDATE \"values\" SET claim_id = ?1
         WHERE article_id = ?2 AND start >= ?3 AND \"end\" <= ?4",
        params![
            claim.id,
            claim.article_id,
            claim.start as i64,
            claim.end as i64
        ],
    )?;
    Ok(())
}

/// Shrink a character span so it neither starts nor ends with spaces.
fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let lead = text.chars().take_while(|c| c.is_whitespace()).count();
    let trail = text.chars().rev().take_while(|c| c.is_whitespace()).count();
    (start + lead, end.saturating_sub(trail).max(start + lead))
}

/// Change claim `id` (refused when `expected` is stale): run `change` on the claim as it was,
/// derive its status again, and record `action` with the claim before and after.
fn change_claim(
    tx: &Connection,
    id: i64,
    expected: Option<i64>,
    actor: &str,
    action: &str,
    change: impl FnOnce(&ClaimCore) -> Result<()>,
) -> Result<ClaimDetail> {
    let before = check_version(tx, id, expected)?;
    change(&before)?;
    refresh_status(tx, id)?;
    let after = claim_core(tx, id)?;
    events::record(
        tx,
        actor,
        action,
        "claim",
        id,
        Some(id),
        Some(json(&before)),
        Some(json(&after)),
    )?;
    claim_detail(tx, id)
}

impl Store {
    /// Add a claim the extractor missed. Its text is the article's text over the span.
    pub fn add_claim(&mut self, new: &NewClaim, actor: &str) -> Result<ClaimDetail> {
        self.write(|tx| {
            let raw = span_text(tx, new.article_id, new.start, new.end)?;
            let (start, end) = trim_span(&raw, new.start, new.end);
            let text = span_text(tx, new.article_id, start, end)?;
            let at = now();
            tx.execute(
                "INSERT INTO claims (article_id, text, start, \"end\", sentence, score, origin, cues,
                                     created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 1.0, 'manual', '[\"manual\"]', ?6, ?6)",
                params![new.article_id, text, start as i64, end as i64, new.sentence as i64, at],
            )?;
            let claim = claim_core(tx, tx.last_insert_rowid())?;
            claim_values(tx, &claim)?;
            events::record(tx, actor, "claim-add", "claim", claim.id, Some(claim.id), None, Some(json(&claim)))?;
            claim_detail(tx, claim.id)
        })
    }

    /// Reword a claim (a standalone sentence for the report), keeping its span in the article.
    pub fn edit_claim(
        &mut self,
        id: i64,
        text: &str,
        actor: &str,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StoreError::Invalid(
                "the new wording is empty; give the claim's text".into(),
            ));
        }
        self.write(|tx| {
            change_claim(tx, id, expected, actor, "claim-edit", |_| {
                // Rewording settles a conflict a merged report brought in.
                tx.execute(
                    "UPDATE claims SET text = ?2, conflict = NULL WHERE id = ?1",
                    params![id, text],
                )?;
                Ok(())
            })
        })
    }

    /// Split a claim in two at `at` characters into its span. The first part keeps the claim's id,
    /// evidence and verdicts; the second is a new claim.
    pub fn split_claim(
        &mut self,
        id: i64,
        at: usize,
        actor: &str,
        expected: Option<i64>,
    ) -> Result<(ClaimDetail, ClaimDetail)> {
        self.write(|tx| {
            let before = check_version(tx, id, expected)?;
            let len = before.end - before.start;
            if at == 0 || at >= len {
                return Err(StoreError::Invalid(format!(
                    "the split point {at} is outside claim {id}, which spans {len} characters; give a point between 1 and {}",
                    len.saturating_sub(1)
                )));
            }
            let cut = before.start + at;
            let left_raw = span_text(tx, before.article_id, before.start, cut)?;
            let right_raw = span_text(tx, before.article_id, cut, before.end)?;
            let (ls, le) = trim_span(&left_raw, before.start, cut);
            let (rs, re) = trim_span(&right_raw, cut, before.end);
            let left = span_text(tx, before.article_id, ls, le)?;
            let right = span_text(tx, before.article_id, rs, re)?;
            let now = now();
            tx.execute(
                "UPDATE claims SET text = ?2, start = ?3, \"end\" = ?4 WHERE id = ?1",
                params![id, left, ls as i64, le as i64],
            )?;
            tx.execute(
                "INSERT INTO claims (article_id, text, start, \"end\", sentence, score, origin, cues, subject,
                                     created_at, updated_at)
                 SELECT article_id, ?2, ?3, ?4, sentence, score, origin, cues, subject, ?5, ?5
                 FROM claims WHERE id = ?1",
                params![id, right, rs as i64, re as i64, now],
            )?;
            let new_id = tx.last_insert_rowid();
            refresh_status(tx, id)?;
            let first = claim_core(tx, id)?;
            let second = claim_core(tx, new_id)?;
            claim_values(tx, &first)?;
            claim_values(tx, &second)?;
            events::record(tx, actor, "claim-split", "claim", id, Some(id), Some(json(&before)),
                Some(serde_json::json!({"first": first, "second": second})))?;
            events::record(tx, actor, "claim-add", "claim", new_id, Some(new_id), None, Some(json(&second)))?;
            Ok((claim_detail(tx, id)?, claim_detail(tx, new_id)?))
        })
    }

    /// Merge claim `other` into claim `id` (same article): the span covers both, the text is the
    /// article's over it, `other`'s evidence and verdicts move to `id`, and `other` is gone.
    pub fn merge_claims(
        &mut self,
        id: i64,
        other: i64,
        actor: &str,
        expected: Option<(i64, i64)>,
    ) -> Result<ClaimDetail> {
        if id == other {
            return Err(StoreError::Invalid(format!(
                "claim {id} cannot be merged with itself; give two claims"
            )));
        }
        self.write(|tx| {
            let a = check_version(tx, id, expected.map(|e| e.0))?;
            let b = check_version(tx, other, expected.map(|e| e.1))?;
            if a.article_id != b.article_id {
                return Err(StoreError::Invalid(format!(
                    "claims {id} and {other} belong to different articles ({} and {}); only claims of one article can be merged",
                    a.article_id, b.article_id
                )));
            }
            let (start, end) = (a.start.min(b.start), a.end.max(b.end));
            let text = span_text(tx, a.article_id, start, end)?;
            tx.execute("UPDATE evidence SET claim_id = ?1 WHERE claim_id = ?2", params![id, other])?;
            tx.execute("UPDATE verdicts SET claim_id = ?1 WHERE claim_id = ?2", params![id, other])?;
            tx.execute("UPDATE \"values\" SET claim_id = NULL WHERE claim_id = ?1", [other])?;
            tx.execute("DELETE FROM claims WHERE id = ?1", [other])?;
            tx.execute(
                "UPDATE claims SET text = ?2, start = ?3, \"end\" = ?4, sentence = min(sentence, ?5),
                        score = max(score, ?6) WHERE id = ?1",
                params![id, text, start as i64, end as i64, b.sentence as i64, b.score],
            )?;
            refresh_status(tx, id)?;
            let after = claim_core(tx, id)?;
            claim_values(tx, &after)?;
            events::record(tx, actor, "claim-merge", "claim", id, Some(id),
                Some(serde_json::json!({"into": a, "merged": b})), Some(json(&after)))?;
            events::record(tx, actor, "claim-merge", "claim", other, Some(other),
                Some(json(&b)), Some(serde_json::json!({"merged_into": id})))?;
            claim_detail(tx, id)
        })
    }

    /// Mark a claim not check-worthy, with a reason. It can be restored.
    pub fn dismiss_claim(
        &mut self,
        id: i64,
        reason: &str,
        actor: &str,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(StoreError::Invalid(
                "a dismissal needs a reason; say why the claim is not worth checking".into(),
            ));
        }
        self.write(|tx| {
            change_claim(tx, id, expected, actor, "claim-dismiss", |before| {
                if before.status == Status::Dismissed {
                    return Err(StoreError::Invalid(format!(
                        "claim {id} is already dismissed; restore it before dismissing it again"
                    )));
                }
                tx.execute(
                    "UPDATE claims SET status = 'dismissed', dismissed_reason = ?2 WHERE id = ?1",
                    params![id, reason],
                )?;
                Ok(())
            })
        })
    }

    /// Bring a dismissed claim back; its status is derived again from its evidence and verdicts.
    pub fn restore_claim(
        &mut self,
        id: i64,
        actor: &str,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        self.write(|tx| {
            change_claim(tx, id, expected, actor, "claim-restore", |before| {
                if before.status != Status::Dismissed {
                    return Err(StoreError::Invalid(format!(
                        "claim {id} is not dismissed; there is nothing to restore"
                    )));
                }
                // The status is derived again by `change_claim` once the mark is gone.
                tx.execute(
                    "UPDATE claims SET status = 'new', dismissed_reason = NULL WHERE id = ?1",
                    [id],
                )?;
                Ok(())
            })
        })
    }
}
