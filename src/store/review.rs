//! Review: sources attached to claims as evidence, and verdicts.

use super::claims::{claim_core, refresh_status};
use super::{Result, Store, StoreError, events, now};
use crate::model::{Evidence, Scale, Source, Stance, Verdict};
use rusqlite::{OptionalExtension, params};

/// A source with a quote and stance, to attach to a claim.
#[derive(Debug, Clone, Default)]
pub struct NewEvidence {
    pub url: String,
    pub title: Option<String>,
    pub quote: Option<String>,
    pub stance: Stance,
}

impl Store {
    /// Attach a source to a claim as evidence, reusing the source record of the same URL.
    pub fn add_evidence(
        &mut self,
        claim_id: i64,
        new: &NewEvidence,
        reviewer: &str,
    ) -> Result<Evidence> {
        let url = new.url.trim();
        if url.is_empty() {
            return Err(StoreError::Invalid(
                "the source URL is empty; give one with --url".into(),
            ));
        }
        let quote = new
            .quote
            .as_deref()
            .map(str::trim)
            .filter(|q| !q.is_empty());
        if new.quote.is_some() && quote.is_none() {
            return Err(StoreError::Invalid(
                "the quote is empty; leave --quote out or give the words the source says".into(),
            ));
        }
        let title = new
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        self.write(|tx| {
            claim_core(tx, claim_id)?;
            let at = now();
            let existing: Option<(i64, Option<String>)> = tx
                .query_row("SELECT id, title FROM sources WHERE url = ?1", [url], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let source = match existing {
                Some((id, old_title)) => {
                    if old_title.is_none() && title.is_some() {
                        tx.execute(
                            "UPDATE sources SET title = ?2 WHERE id = ?1",
                            params![id, title],
                        )?;
                    }
                    Source {
                        id,
                        url: url.to_string(),
                        title: title.map(String::from).or(old_title),
                    }
                }
                None => {
                    tx.execute(
                        "INSERT INTO sources (url, title, created_at) VALUES (?1, ?2, ?3)",
                        params![url, title, at],
                    )?;
                    let source = Source {
                        id: tx.last_insert_rowid(),
                        url: url.to_string(),
                        title: title.map(String::from),
                    };
                    events::record(
                        tx,
                        reviewer,
                        "source-add",
                        "source",
                        source.id,
                        Some(claim_id),
                        None,
                        Some(serde_json::to_value(&source).unwrap_or_default()),
                    )?;
                    source
                }
            };
            tx.execute(
                "INSERT INTO evidence (claim_id, source_id, quote, stance, reviewer, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    claim_id,
                    source.id,
                    quote,
                    new.stance.as_str(),
                    reviewer,
                    at
                ],
            )?;
            let evidence = Evidence {
                id: tx.last_insert_rowid(),
                claim_id,
                source,
                quote: quote.map(String::from),
                stance: new.stance,
                reviewer: reviewer.to_string(),
                at,
            };
            events::record(
                tx,
                reviewer,
                "evidence-add",
                "evidence",
                evidence.id,
                Some(claim_id),
                None,
                Some(serde_json::to_value(&evidence).unwrap_or_default()),
            )?;
            refresh_status(tx, claim_id)?;
            Ok(evidence)
        })
    }

    /// Record a verdict. Verdicts are never changed: a new one supersedes the last.
    pub fn add_verdict(
        &mut self,
        claim_id: i64,
        rating: &str,
        rationale: &str,
        reviewer: &str,
        scale: &Scale,
    ) -> Result<Verdict> {
        if !scale.contains(rating) {
            return Err(StoreError::Invalid(format!(
                "\"{rating}\" is not a rating on the scale; use one of: {}",
                scale.ratings.join(", ")
            )));
        }
        let rationale = rationale.trim();
        self.write(|tx| {
            let before = claim_core(tx, claim_id)?;
            let at = now();
            tx.execute(
                "INSERT INTO verdicts (claim_id, rating, rationale, reviewer, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![claim_id, rating, rationale, reviewer, at],
            )?;
            let verdict = Verdict {
                id: tx.last_insert_rowid(),
                claim_id,
                rating: rating.to_string(),
                rationale: rationale.to_string(),
                reviewer: reviewer.to_string(),
                at,
            };
            let status = refresh_status(tx, claim_id)?;
            events::record(
                tx,
                reviewer,
                "verdict",
                "verdict",
                verdict.id,
                Some(claim_id),
                Some(serde_json::json!({"status": before.status})),
                Some(serde_json::json!({"verdict": verdict, "status": status})),
            )?;
            Ok(verdict)
        })
    }
}
