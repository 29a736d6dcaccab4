//! Review: sources, evidence linking a claim to a source, and verdicts.

use super::claims::{claim_core, refresh_status};
use super::rows::{
    EVIDENCE_COLUMNS, SOURCE_COLUMNS, VERDICT_COLUMNS, evidence_row, source_row, verdict_row,
};
use super::{Result, Store, StoreError, events, now};
use crate::model::{ClaimCore, Evidence, Scale, Source, Stance, Verdict};
use rusqlite::{Connection, OptionalExtension, params};

/// A source to record or reuse. Only the URL is required.
#[derive(Debug, Clone, Default)]
pub struct NewSource {
    pub url: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    /// YYYY-MM-DD; today when not given.
    pub accessed: Option<String>,
    pub archive_url: Option<String>,
}

/// Evidence to attach to a claim: an existing source by id, or a source by URL.
#[derive(Debug, Clone, Default)]
pub struct NewEvidence {
    pub source_id: Option<i64>,
    pub source: NewSource,
    pub quote: Option<String>,
    pub stance: Stance,
    pub note: Option<String>,
}

/// Normalize a source URL: scheme and host lower-cased, the fragment and tracking parameters
/// (`utm_*`, `fbclid`, `gclid`) dropped. Only http and https are accepted.
pub fn normalize_url(raw: &str) -> Result<String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(StoreError::Invalid(
            "the source URL is empty; give the address of the source".into(),
        ));
    }
    let mut url = url::Url::parse(raw).map_err(|e| {
        StoreError::Invalid(format!(
            "\"{raw}\" is not a valid URL ({e}); give a full address such as https://example.com/page"
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(StoreError::Invalid(format!(
            "\"{raw}\" is not a web address; give an http:// or https:// URL"
        )));
    }
    url.set_fragment(None);
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(k, _)| {
            let k = k.to_ascii_lowercase();
            !(k.starts_with("utm_") || k == "fbclid" || k == "gclid")
        })
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    Ok(url.to_string())
}

fn clean(s: &Option<String>) -> Option<String> {
    s.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
}

/// Refuse a change based on a stale read: `expected` is the version of the claim the writer saw.
pub(super) fn check_version(
    conn: &Connection,
    id: i64,
    expected: Option<i64>,
) -> Result<ClaimCore> {
    let claim = claim_core(conn, id)?;
    if let Some(expected) = expected
        && expected != claim.version
    {
        let (who, at): (String, String) = conn
            .query_row(
                "SELECT actor, at FROM events WHERE claim_id = ?1 ORDER BY id DESC LIMIT 1",
                [id],
                |r| Ok((r.get("actor")?, r.get("at")?)),
            )
            .optional()?
            .unwrap_or_else(|| ("another reviewer".into(), claim.updated_at.clone()));
        return Err(StoreError::Stale { claim: id, who, at });
    }
    Ok(claim)
}

fn source_by_id(conn: &Connection, id: i64) -> Result<Source> {
    conn.query_row(
        &format!("SELECT {SOURCE_COLUMNS} FROM sources s WHERE s.id = ?1"),
        [id],
        source_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound { what: "source", id })
}

/// The source record for a URL: the existing one (its empty fields filled in), or a new one.
fn upsert_source(
    conn: &Connection,
    new: &NewSource,
    actor: &str,
    claim: Option<i64>,
) -> Result<Source> {
    let url = normalize_url(&new.url)?;
    let archive_url = clean(&new.archive_url)
        .map(|a| normalize_url(&a))
        .transpose()?;
    let accessed = match clean(&new.accessed) {
        Some(d) => Some(
            chrono::NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .map_err(|_| {
                    StoreError::Invalid(format!(
                        "accessed date \"{d}\" is not a date; write it as YYYY-MM-DD"
                    ))
                })?
                .to_string(),
        ),
        None => Some(chrono::Utc::now().date_naive().to_string()),
    };
    let existing: Option<i64> = conn
        .query_row("SELECT id FROM sources WHERE url = ?1", [&url], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(id) = existing {
        let before = source_by_id(conn, id)?;
        conn.execute(
            "UPDATE sources SET title = coalesce(title, ?2), publisher = coalesce(publisher, ?3),
                    archive_url = coalesce(archive_url, ?4) WHERE id = ?1",
            params![id, clean(&new.title), clean(&new.publisher), archive_url],
        )?;
        let after = source_by_id(conn, id)?;
        if after != before {
            events::record(
                conn,
                actor,
                "source-edit",
                "source",
                id,
                claim,
                Some(json(&before)),
                Some(json(&after)),
            )?;
        }
        return Ok(after);
    }
    conn.execute(
        "INSERT INTO sources (url, title, publisher, accessed, archive_url, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            url,
            clean(&new.title),
            clean(&new.publisher),
            accessed,
            archive_url,
            now()
        ],
    )?;
    let source = source_by_id(conn, conn.last_insert_rowid())?;
    events::record(
        conn,
        actor,
        "source-add",
        "source",
        source.id,
        claim,
        None,
        Some(json(&source)),
    )?;
    Ok(source)
}

pub(super) fn json<T: serde::Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or_default()
}

impl Store {
    /// Record a source without attaching it to a claim (or fill in an existing one).
    pub fn add_source(&mut self, new: &NewSource, actor: &str) -> Result<Source> {
        self.write(|tx| upsert_source(tx, new, actor, None))
    }

    /// Every source, with how many pieces of evidence cite it.
    pub fn sources(&self) -> Result<Vec<(Source, i64)>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {SOURCE_COLUMNS},
                    (SELECT count(*) FROM evidence e WHERE e.source_id = s.id) AS cited
             FROM sources s ORDER BY s.id"
        ))?;
        let rows = stmt.query_map([], |r| Ok((source_row(r)?, r.get("cited")?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One piece of evidence.
    pub fn evidence(&self, id: i64) -> Result<Evidence> {
        self.read(|conn| evidence_by_id(conn, id))
    }

    /// Remove a source that no evidence cites.
    pub fn remove_source(&mut self, id: i64, actor: &str) -> Result<Source> {
        self.write(|tx| {
            let source = source_by_id(tx, id)?;
            let citing: Vec<i64> = tx
                .prepare("SELECT id FROM evidence WHERE source_id = ?1 ORDER BY id")?
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if !citing.is_empty() {
                let list: Vec<String> = citing.iter().map(i64::to_string).collect();
                return Err(StoreError::Invalid(format!(
                    "source {id} is cited by evidence {}; remove that evidence first",
                    list.join(", ")
                )));
            }
            tx.execute("DELETE FROM sources WHERE id = ?1", [id])?;
            events::record(
                tx,
                actor,
                "source-remove",
                "source",
                id,
                None,
                Some(json(&source)),
                None,
            )?;
            Ok(source)
        })
    }

    /// Attach a source to a claim as evidence, reusing the source record of the same URL.
    /// `expected` is the claim version the reviewer saw, if any (see `StoreError::Stale`).
    pub fn add_evidence(
        &mut self,
        claim_id: i64,
        new: &NewEvidence,
        reviewer: &str,
    ) -> Result<Evidence> {
        self.add_evidence_checked(claim_id, new, reviewer, None)
    }

    pub fn add_evidence_checked(
        &mut self,
        claim_id: i64,
        new: &NewEvidence,
        reviewer: &str,
        expected: Option<i64>,
    ) -> Result<Evidence> {
        let quote = clean(&new.quote);
        if new.quote.is_some() && quote.is_none() {
            return Err(StoreError::Invalid(
                "the quote is empty; give the words the source says, or no quote".into(),
            ));
        }
        self.write(|tx| {
            check_version(tx, claim_id, expected)?;
            let source = match new.source_id {
                Some(id) => source_by_id(tx, id)?,
                None => upsert_source(tx, &new.source, reviewer, Some(claim_id))?,
            };
            tx.execute(
                "INSERT INTO evidence (claim_id, source_id, quote, stance, note, reviewer, created_at, uid)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![claim_id, source.id, quote, new.stance.as_str(), clean(&new.note), reviewer, now(), super::new_uid()],
            )?;
            let evidence = evidence_by_id(tx, tx.last_insert_rowid())?;
            events::record(tx, reviewer, "evidence-add", "evidence", evidence.id, Some(claim_id), None, Some(json(&evidence)))?;
            refresh_status(tx, claim_id)?;
            Ok(evidence)
        })
    }

    /// Dismiss the stance piece of evidence `id`'s quote suggests (remembered on the evidence),
    /// with a `suggestion-dismiss` event. False when it was dismissed already (nothing written).
    pub fn dismiss_suggestion(&mut self, id: i64, reviewer: &str) -> Result<(Evidence, bool)> {
        self.write(|tx| {
            let evidence = evidence_by_id(tx, id)?;
            if evidence.suggestion_dismissed {
                return Ok((evidence, false));
            }
            tx.execute(
                "UPDATE evidence SET suggestion_dismissed = 1 WHERE id = ?1",
                [id],
            )?;
            events::record(
                tx,
                reviewer,
                "suggestion-dismiss",
                "evidence",
                id,
                Some(evidence.claim_id),
                None,
                Some(serde_json::json!({ "suggestion_dismissed": true })),
            )?;
            Ok((evidence_by_id(tx, id)?, true))
        })
    }

    /// Take back the dismissal of the stance evidence `id`'s quote suggests (the undo of a
    /// dismissal), with a `suggestion-restore` event. False when it was not dismissed (nothing
    /// written).
    pub fn restore_suggestion(&mut self, id: i64, reviewer: &str) -> Result<(Evidence, bool)> {
        self.write(|tx| {
            let evidence = evidence_by_id(tx, id)?;
            if !evidence.suggestion_dismissed {
                return Ok((evidence, false));
            }
            tx.execute(
                "UPDATE evidence SET suggestion_dismissed = 0 WHERE id = ?1",
                [id],
            )?;
            events::record(
                tx,
                reviewer,
                "suggestion-restore",
                "evidence",
                id,
                Some(evidence.claim_id),
                Some(serde_json::json!({ "suggestion_dismissed": true })),
                None,
            )?;
            Ok((evidence_by_id(tx, id)?, true))
        })
    }

    /// A removed source again (the undo of its removal), under its own id, with a
    /// `source-add` event. Refused when its id or URL was taken since.
    pub fn add_source_again(&mut self, source: &Source, actor: &str) -> Result<Source> {
        self.write(|tx| {
            let taken: Option<i64> = tx
                .query_row(
                    "SELECT id FROM sources WHERE id = ?1 OR url = ?2 LIMIT 1",
                    params![source.id, source.url],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(other) = taken {
                return Err(StoreError::Invalid(format!(
                    "source {} cannot come back: source {other} now has its id or URL",
                    source.id
                )));
            }
            tx.execute(
                "INSERT INTO sources (id, url, title, publisher, accessed, archive_url, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    source.id,
                    source.url,
                    source.title,
                    source.publisher,
                    source.accessed,
                    source.archive_url,
                    now()
                ],
            )?;
            let again = source_by_id(tx, source.id)?;
            events::record(
                tx,
                actor,
                "source-add",
                "source",
                again.id,
                None,
                None,
                Some(json(&again)),
            )?;
            Ok(again)
        })
    }

    /// Take a piece of evidence off its claim. The event keeps what it was.
    pub fn remove_evidence(
        &mut self,
        id: i64,
        reviewer: &str,
        expected: Option<i64>,
    ) -> Result<Evidence> {
        self.write(|tx| {
            let evidence = evidence_by_id(tx, id)?;
            check_version(tx, evidence.claim_id, expected)?;
            tx.execute("DELETE FROM evidence WHERE id = ?1", [id])?;
            events::record(
                tx,
                reviewer,
                "evidence-remove",
                "evidence",
                id,
                Some(evidence.claim_id),
                Some(json(&evidence)),
                None,
            )?;
            refresh_status(tx, evidence.claim_id)?;
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
        self.add_verdict_checked(claim_id, rating, rationale, reviewer, scale, None, false)
    }

    /// Record a verdict, checked against the scale and the claim's version. A `recheck` verdict
    /// (a dated claim checked again) supersedes the verdicts before it, which are kept, and
    /// clears the claim's re-check date in the same transaction.
    #[allow(clippy::too_many_arguments)]
    pub fn add_verdict_checked(
        &mut self,
        claim_id: i64,
        rating: &str,
        rationale: &str,
        reviewer: &str,
        scale: &Scale,
        expected: Option<i64>,
        recheck: bool,
    ) -> Result<Verdict> {
        if !scale.contains(rating) {
            return Err(StoreError::Invalid(format!(
                "\"{rating}\" is not a rating on the scale; use one of: {}",
                scale.ratings.join(", ")
            )));
        }
        let rationale = rationale.trim();
        if scale.require_rationale && rationale.is_empty() {
            return Err(StoreError::Invalid(
                "a verdict needs a rationale on this desk's scale; say why the rating is right"
                    .into(),
            ));
        }
        self.write(|tx| {
            check_version(tx, claim_id, expected)?;
            let how = VerdictHow {
                reused_from: None,
                recheck,
            };
            insert_verdict(tx, claim_id, rating, rationale, reviewer, scale, how)
        })
    }
}

/// How a verdict came to be: reusing a precedent's (`reused_from`, its verdict), or on
/// re-checking a dated claim (`recheck`: it supersedes the verdicts before it).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct VerdictHow {
    pub reused_from: Option<i64>,
    pub recheck: bool,
}

/// The verdict path every verdict takes, in the caller's transaction: the evidence gate (the
/// rating's evidence against what the claim has), the row, the claim's status derived again and
/// the `verdict` event. `reused_from`: the precedent's verdict it copies.
pub(super) fn insert_verdict(
    tx: &Connection,
    claim_id: i64,
    rating: &str,
    rationale: &str,
    reviewer: &str,
    scale: &Scale,
    how: VerdictHow,
) -> Result<Verdict> {
    let VerdictHow {
        reused_from,
        recheck,
    } = how;
    let before = claim_core(tx, claim_id)?;
    let needed = scale.evidence_needed(rating);
    let have: i64 = tx.query_row(
        "SELECT count(*) FROM evidence WHERE claim_id = ?1",
        [claim_id],
        |r| r.get(0),
    )?;
    if (have as usize) < needed {
        return Err(StoreError::EvidenceNeeded {
            claim: claim_id,
            rating: rating.to_string(),
            needed,
            have: have as usize,
        });
    }
    tx.execute(
        "INSERT INTO verdicts (claim_id, rating, rationale, reviewer, created_at, uid, evidence_needed, reused_from, recheck)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![claim_id, rating, rationale, reviewer, now(), super::new_uid(), needed as i64, reused_from, recheck],
    )?;
    if recheck {
        tx.execute(
            "UPDATE claims SET recheck_on = NULL WHERE id = ?1",
            [claim_id],
        )?;
    }
    let verdict = tx.query_row(
        &format!("SELECT {VERDICT_COLUMNS} FROM verdicts v WHERE v.id = ?1"),
        [tx.last_insert_rowid()],
        verdict_row,
    )?;
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
}

pub(super) fn evidence_by_id(conn: &Connection, id: i64) -> Result<Evidence> {
    conn.query_row(
        &format!(
            "SELECT {EVIDENCE_COLUMNS} FROM evidence e JOIN sources s ON s.id = e.source_id
             WHERE e.id = ?1"
        ),
        [id],
        evidence_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        what: "evidence",
        id,
    })
}
