//! Editing claims: add one the extractor missed, reword, split, merge, dismiss and restore.
//! Evidence and verdicts follow the claim they belong to; every change writes an event.

use super::claims::{claim_core, claim_detail, refresh_status};
use super::review::check_version;
use super::rows::spans_json;
use super::{Result, Store, StoreError, events, now};
use crate::extract::Claimant;
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

/// The parts of a claim split at character `cut`: a part across the cut is cut in two, and each
/// side keeps what lies inside its (trimmed) span; a side left with nothing rests on its span.
fn split_parts(
    parts: &[[usize; 2]],
    cut: usize,
    left: (usize, usize),
    right: (usize, usize),
) -> (Vec<[usize; 2]>, Vec<[usize; 2]>) {
    let side = |(lo, hi): (usize, usize)| {
        let kept: Vec<[usize; 2]> = parts
            .iter()
            .map(|&[s, e]| [s.max(lo), e.min(hi)])
            .filter(|[s, e]| s < e)
            .collect();
        if kept.is_empty() {
            vec![[lo, hi]]
        } else {
            kept
        }
    };
    (
        side((left.0, left.1.min(cut))),
        side((right.0.max(cut), right.1)),
    )
}

/// Spans as one set: sorted, overlapping and touching ones joined.
fn union(spans: impl IntoIterator<Item = [usize; 2]>) -> Vec<[usize; 2]> {
    let mut spans: Vec<[usize; 2]> = spans.into_iter().filter(|[s, e]| s < e).collect();
    spans.sort_unstable();
    let mut out: Vec<[usize; 2]> = Vec::with_capacity(spans.len());
    for [s, e] in spans {
        match out.last_mut() {
            Some(last) if s <= last[1] => last[1] = last[1].max(e),
            _ => out.push([s, e]),
        }
    }
    out
}

/// The appearances of two merged claims: the merged span first, then every other place either
/// was stated at (those inside the merged span are part of it), in reading order, once each.
fn merged_appearances(
    a: &[[usize; 2]],
    b: &[[usize; 2]],
    start: usize,
    end: usize,
) -> Vec<[usize; 2]> {
    let mut others: Vec<[usize; 2]> = a
        .iter()
        .chain(b)
        .copied()
        .filter(|&[s, e]| s < e && !(start <= s && e <= end))
        .collect();
    others.sort_unstable();
    others.dedup();
    std::iter::once([start, end]).chain(others).collect()
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
                                     created_at, updated_at, parts, appearances)
                 VALUES (?1, ?2, ?3, ?4, ?5, 1.0, 'manual', '[\"manual\"]', ?6, ?6, ?7, ?7)",
                params![new.article_id, text, start as i64, end as i64, new.sentence as i64, at,
                    spans_json(&[[start, end]])],
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
            let (left_parts, right_parts) = split_parts(&before.parts, cut, (ls, le), (rs, re));
            // Each half is stated where it stands: the other appearances were of the whole fact.
            tx.execute(
                "UPDATE claims SET text = ?2, start = ?3, \"end\" = ?4, parts = ?5, appearances = ?6
                 WHERE id = ?1",
                params![id, left, ls as i64, le as i64, spans_json(&left_parts),
                    spans_json(&[[ls, le]])],
            )?;
            tx.execute(
                "INSERT INTO claims (article_id, text, start, \"end\", sentence, score, origin, cues, subject,
                                     created_at, updated_at, parts, claimant_name, claimant_kind,
                                     type, appearances)
                 SELECT article_id, ?2, ?3, ?4, sentence, score, origin, cues, subject, ?5, ?5, ?6,
                        claimant_name, claimant_kind, type, ?7
                 FROM claims WHERE id = ?1",
                params![id, right, rs as i64, re as i64, now, spans_json(&right_parts),
                    spans_json(&[[rs, re]])],
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
            let parts = union(a.parts.iter().chain(&b.parts).copied());
            let appearances = merged_appearances(&a.appearances, &b.appearances, start, end);
            tx.execute("UPDATE evidence SET claim_id = ?1 WHERE claim_id = ?2", params![id, other])?;
            tx.execute("UPDATE verdicts SET claim_id = ?1 WHERE claim_id = ?2", params![id, other])?;
            tx.execute("UPDATE \"values\" SET claim_id = NULL WHERE claim_id = ?1", [other])?;
            tx.execute("DELETE FROM claims WHERE id = ?1", [other])?;
            tx.execute(
                "UPDATE claims SET text = ?2, start = ?3, \"end\" = ?4, sentence = min(sentence, ?5),
                        score = max(score, ?6), parts = ?7, appearances = ?8 WHERE id = ?1",
                params![id, text, start as i64, end as i64, b.sentence as i64, b.score,
                    spans_json(&parts), spans_json(&appearances)],
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

    /// Say who makes a claim (`None`: the article itself).
    pub fn set_claimant(
        &mut self,
        id: i64,
        claimant: Option<&Claimant>,
        actor: &str,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        let claimant = claimant.map(|c| (c.name.trim(), c.kind.as_str()));
        if claimant.is_some_and(|(name, _)| name.is_empty()) {
            return Err(StoreError::Invalid(
                "the claimant's name is empty; give a name, or clear the claimant".into(),
            ));
        }
        self.write(|tx| {
            change_claim(tx, id, expected, actor, "claim-claimant", |_| {
                tx.execute(
                    "UPDATE claims SET claimant_name = ?2, claimant_kind = ?3 WHERE id = ?1",
                    params![id, claimant.map(|c| c.0), claimant.map(|c| c.1)],
                )?;
                Ok(())
            })
        })
    }

    /// Set or clear the day a claim is to be checked again (YYYY-MM-DD; the desk checks it).
    pub fn set_recheck(
        &mut self,
        id: i64,
        on: Option<&str>,
        actor: &str,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        self.write(|tx| {
            change_claim(tx, id, expected, actor, "claim-recheck", |_| {
                tx.execute(
                    "UPDATE claims SET recheck_on = ?2 WHERE id = ?1",
                    params![id, on],
                )?;
                Ok(())
            })
        })
    }

    /// Assign a claim to a reviewer (`None`: to nobody).
    pub fn set_assignee(
        &mut self,
        id: i64,
        assignee: Option<&str>,
        actor: &str,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        let assignee = assignee.map(str::trim);
        if assignee.is_some_and(str::is_empty) {
            return Err(StoreError::Invalid(
                "the assignee's name is empty; give a reviewer's name, or unassign the claim"
                    .into(),
            ));
        }
        self.write(|tx| {
            change_claim(tx, id, expected, actor, "claim-assign", |_| {
                tx.execute(
                    "UPDATE claims SET assignee = ?2 WHERE id = ?1",
                    params![id, assignee],
                )?;
                Ok(())
            })
        })
    }

    /// Set the verbatim pieces of the article a claim rests on. The claim's span becomes the
    /// one the parts cover; a wording that was the old span's text follows the new span, a
    /// reworded claim keeps its wording.
    pub fn set_parts(
        &mut self,
        id: i64,
        parts: &[[usize; 2]],
        actor: &str,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        let parts = union(parts.iter().copied());
        let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
            return Err(StoreError::Invalid(
                "a claim needs at least one part; give START:END".into(),
            ));
        };
        let (start, end) = (first[0], last[1]);
        self.write(|tx| {
            change_claim(tx, id, expected, actor, "claim-parts", |before| {
                for &[s, e] in &parts {
                    span_text(tx, before.article_id, s, e)?;
                }
                let old_span = span_text(tx, before.article_id, before.start, before.end)?;
                let text = if old_span.trim() == before.text.trim() {
                    span_text(tx, before.article_id, start, end)?
                        .trim()
                        .to_string()
                } else {
                    before.text.clone()
                };
                let mut appearances = before.appearances.clone();
                match appearances.first_mut() {
                    Some(own) => *own = [start, end],
                    None => appearances.push([start, end]),
                }
                tx.execute(
                    "UPDATE \"values\" SET claim_id = NULL WHERE claim_id = ?1",
                    [id],
                )?;
                tx.execute(
                    "UPDATE claims SET text = ?2, start = ?3, \"end\" = ?4, parts = ?5,
                            appearances = ?6 WHERE id = ?1",
                    params![
                        id,
                        text,
                        start as i64,
                        end as i64,
                        spans_json(&parts),
                        spans_json(&appearances)
                    ],
                )?;
                let moved = claim_core(tx, id)?;
                claim_values(tx, &moved)?;
                Ok(())
            })
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

/// The ids of the evidence and verdicts a claim holds: what a merge moves away from it, and an
/// undo of the merge moves back.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub struct Holdings {
    pub evidence: Vec<i64>,
    pub verdicts: Vec<i64>,
}

impl Store {
    /// The evidence and verdicts claim `id` holds.
    pub fn holdings(&self, id: i64) -> Result<Holdings> {
        let ids = |sql: &str| -> Result<Vec<i64>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map([id], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        Ok(Holdings {
            evidence: ids("SELECT id FROM evidence WHERE claim_id = ?1 ORDER BY id")?,
            verdicts: ids("SELECT id FROM verdicts WHERE claim_id = ?1 ORDER BY id")?,
        })
    }

    /// Take a merge back: claim `into` gets its wording and spans from before the merge, claim
    /// `merged` (gone since) stands again with its id, wording and spans, and gets back the
    /// evidence and verdicts it held. Refused when `into` is gone or `merged` is back already.
    pub fn unmerge_claims(
        &mut self,
        into: &ClaimCore,
        merged: &ClaimCore,
        held: &Holdings,
        actor: &str,
    ) -> Result<ClaimDetail> {
        self.write(|tx| {
            let now_into = claim_core(tx, into.id)?;
            let back: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM claims WHERE id = ?1)",
                [merged.id],
                |r| r.get(0),
            )?;
            if back {
                return Err(StoreError::Invalid(format!(
                    "claim {} stands already; the merge was taken back",
                    merged.id
                )));
            }
            let conflict = merged
                .conflict
                .as_ref()
                .map(|c| serde_json::to_string(c).unwrap_or_else(|_| "[]".into()));
            let cues = serde_json::to_string(&merged.cues).unwrap_or_else(|_| "[]".into());
            tx.execute(
                "INSERT INTO claims (id, article_id, text, start, \"end\", sentence, score, status,
                     origin, conflict, dismissed_reason, cues, subject, created_at, updated_at,
                     version, parts, claimant_name, claimant_kind, type, appearances)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                     ?17, ?18, ?19, ?20, ?21)",
                params![
                    merged.id,
                    merged.article_id,
                    merged.text,
                    merged.start as i64,
                    merged.end as i64,
                    merged.sentence as i64,
                    merged.score,
                    merged.status.as_str(),
                    merged.origin,
                    conflict,
                    merged.dismissed_reason,
                    cues,
                    merged.subject,
                    merged.created_at,
                    now(),
                    merged.version + 1,
                    spans_json(&merged.parts),
                    merged.claimant.as_ref().map(|c| c.name.as_str()),
                    merged.claimant.as_ref().map(|c| c.kind.as_str()),
                    merged.kind.as_str(),
                    spans_json(&merged.appearances)
                ],
            )?;
            tx.execute(
                "UPDATE claims SET text = ?2, start = ?3, \"end\" = ?4, sentence = ?5, score = ?6,
                        parts = ?7, appearances = ?8 WHERE id = ?1",
                params![
                    into.id,
                    into.text,
                    into.start as i64,
                    into.end as i64,
                    into.sentence as i64,
                    into.score,
                    spans_json(&into.parts),
                    spans_json(&into.appearances)
                ],
            )?;
            for &e in &held.evidence {
                tx.execute(
                    "UPDATE evidence SET claim_id = ?1 WHERE id = ?2 AND claim_id = ?3",
                    params![merged.id, e, into.id],
                )?;
            }
            for &v in &held.verdicts {
                tx.execute(
                    "UPDATE verdicts SET claim_id = ?1 WHERE id = ?2 AND claim_id = ?3",
                    params![merged.id, v, into.id],
                )?;
            }
            tx.execute(
                "UPDATE \"values\" SET claim_id = NULL WHERE claim_id = ?1",
                [into.id],
            )?;
            refresh_status(tx, into.id)?;
            refresh_status(tx, merged.id)?;
            let a = claim_core(tx, into.id)?;
            let b = claim_core(tx, merged.id)?;
            claim_values(tx, &a)?;
            claim_values(tx, &b)?;
            events::record(
                tx,
                actor,
                "claim-edit",
                "claim",
                a.id,
                Some(a.id),
                Some(json(&now_into)),
                Some(json(&a)),
            )?;
            events::record(
                tx,
                actor,
                "claim-add",
                "claim",
                b.id,
                Some(b.id),
                Some(serde_json::json!({"merged_into": a.id})),
                Some(json(&b)),
            )?;
            claim_detail(tx, b.id)
        })
    }
}
