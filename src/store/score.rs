//! The desk's own score: the labels its reviewers gave (by dismissing a claim, or by working on
//! it), the adjustments it learned from them (append-only, newest in force), and the re-scoring
//! of its extracted claims. The store holds what the desk computes; it computes nothing itself.

use super::{Result, Store, StoreError, now};
use rusqlite::{OptionalExtension, params};

/// A claim a reviewer has decided about: dismissed (not check-worthy), or given evidence, a
/// verdict or added by hand (check-worthy). A dismissal wins over earlier work.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    pub id: i64,
    pub text: String,
    pub checkworthy: bool,
}

/// An extracted claim as re-scoring needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub id: i64,
    pub text: String,
    pub score: f64,
}

/// A learned adjustment as stored: the changes to the shipped weights, sparse.
#[derive(Debug, Clone, PartialEq)]
pub struct DeskModel {
    pub id: i64,
    pub trained_at: String,
    pub actor: String,
    /// Which shipped weights the changes apply to (a digest of them).
    pub base: String,
    pub labels: i64,
    pub positives: i64,
    /// A digest of the labels it learned from, to tell whether they changed since.
    pub digest: String,
    pub delta: Vec<(u32, f64)>,
    pub rescored: i64,
}

/// A learned adjustment to store, with the new scores of the claims.
#[derive(Debug, Clone)]
pub struct NewDeskModel<'a> {
    pub base: &'a str,
    pub labels: usize,
    pub positives: usize,
    pub digest: &'a str,
    pub delta: &'a [(u32, f64)],
    pub scores: &'a [(i64, f64)],
}

impl Store {
    /// Every labelled claim, by id.
    pub fn score_labels(&self) -> Result<Vec<Labelled>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT c.id, c.text, c.status = 'dismissed' AS dismissed FROM claims c
             WHERE c.status != 'new' OR c.origin = 'manual'
                OR EXISTS (SELECT 1 FROM verdicts v WHERE v.claim_id = c.id AND v.withdrawn_at IS NULL)
             ORDER BY c.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Labelled {
                id: r.get("id")?,
                text: r.get("text")?,
                checkworthy: !r.get::<_, bool>("dismissed")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every claim the extractor found (claims added by hand keep their score), by id.
    pub fn extracted_claims(&self) -> Result<Vec<Scored>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, text, score FROM claims WHERE origin = 'extracted' ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Scored {
                id: r.get("id")?,
                text: r.get("text")?,
                score: r.get("score")?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The adjustment in force: the newest learned.
    pub fn desk_model(&self) -> Result<Option<DeskModel>> {
        let row = self
            .conn
            .query_row(
                "SELECT id, trained_at, actor, base, labels, positives, digest, delta, rescored
                 FROM score_models ORDER BY id DESC LIMIT 1",
                [],
                |r| {
                    Ok((
                        DeskModel {
                            id: r.get("id")?,
                            trained_at: r.get("trained_at")?,
                            actor: r.get("actor")?,
                            base: r.get("base")?,
                            labels: r.get("labels")?,
                            positives: r.get("positives")?,
                            digest: r.get("digest")?,
                            delta: Vec::new(),
                            rescored: r.get("rescored")?,
                        },
                        r.get::<_, String>("delta")?,
                    ))
                },
            )
            .optional()?;
        let Some((mut model, delta)) = row else {
            return Ok(None);
        };
        model.delta = serde_json::from_str(&delta).map_err(|e| {
            StoreError::Invalid(format!(
                "the learned score {} is damaged ({e}); run `claimdesk learn` to learn it again",
                model.id
            ))
        })?;
        Ok(Some(model))
    }

    /// Store a learned adjustment and the scores it gives, in one transaction. Scores are kept in
    /// [0, 1]; a claim's version is not bumped (the score is derived, not a reviewer's change).
    pub fn save_desk_model(&mut self, new: &NewDeskModel, actor: &str) -> Result<i64> {
        let delta: Vec<(u32, f64)> = new
            .delta
            .iter()
            .map(|&(i, d)| (i, (d * 1e6).round() / 1e6))
            .filter(|&(_, d)| d != 0.0)
            .collect();
        let delta = serde_json::to_string(&delta).unwrap_or_else(|_| "[]".into());
        self.write(|tx| {
            tx.execute(
                "INSERT INTO score_models (trained_at, actor, base, labels, positives, digest,
                                           delta, rescored)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    now(),
                    actor,
                    new.base,
                    new.labels as i64,
                    new.positives as i64,
                    new.digest,
                    delta,
                    new.scores.len() as i64
                ],
            )?;
            let id = tx.last_insert_rowid();
            let mut update = tx.prepare_cached(
                "UPDATE claims SET score = ?2 WHERE id = ?1 AND origin = 'extracted'",
            )?;
            for &(claim, score) in new.scores {
                update.execute(params![claim, score.clamp(0.0, 1.0)])?;
            }
            Ok(id)
        })
    }
}
