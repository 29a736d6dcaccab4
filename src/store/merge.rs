//! Merging a JSON bundle from another database: articles by sha256, claims by span, sources by
//! URL; evidence, verdicts and events appended once, so importing twice changes nothing. A claim
//! worded differently on the two sides is kept, marked as a conflict, and shows as `disputed`.

use super::claims::{claim_core, derived_status, refresh_status};
use super::rows::{clean_spans, spans_json};
use super::{Result, Store, StoreError, events, now};
use crate::model::{ClaimDetail, Report, ReportArticle, Status};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

/// What a merge brought in.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct MergeSummary {
    pub articles: usize,
    pub claims: usize,
    pub sources: usize,
    pub evidence: usize,
    pub verdicts: usize,
    pub events: usize,
    /// One sentence per claim that the two sides word differently.
    pub conflicts: Vec<String>,
}

impl MergeSummary {
    fn is_empty(&self) -> bool {
        self.articles + self.claims + self.sources + self.evidence + self.verdicts + self.events
            == 0
            && self.conflicts.is_empty()
    }
}

impl Store {
    /// Merge `report` into this database, in one transaction.
    pub fn import_report(&mut self, report: &Report, actor: &str) -> Result<MergeSummary> {
        self.write(|tx| {
            let mut sum = MergeSummary::default();
            let mut claim_map: HashMap<i64, i64> = HashMap::new();
            let mut article_map: HashMap<i64, i64> = HashMap::new();
            let mut touched: BTreeSet<i64> = BTreeSet::new();
            for a in &report.articles {
                let local = merge_article(tx, a, &mut sum)?;
                check_spans(a)?;
                article_map.insert(a.article.id, local);
                for c in &a.claims {
                    let (id, created) = merge_claim(tx, local, c, actor, &mut sum)?;
                    claim_map.insert(c.claim.id, id);
                    let added = merge_review(tx, id, c, &mut sum)?;
                    if created {
                        // A claim that arrives with its history keeps its version and times.
                        if c.claim.status != Status::Dismissed {
                            let status = derived_status(tx, id)?;
                            tx.execute("UPDATE claims SET status = ?2 WHERE id = ?1", params![id, status.as_str()])?;
                        }
                    } else if added {
                        touched.insert(id);
                    }
                }
            }
            for id in touched {
                refresh_status(tx, id)?;
            }
            for e in &report.events {
                let claim_id = e.claim_id.and_then(|c| claim_map.get(&c).copied());
                let entity_id = match e.entity.as_str() {
                    "claim" => claim_map.get(&e.entity_id).copied().unwrap_or(e.entity_id),
                    "article" => article_map.get(&e.entity_id).copied().unwrap_or(e.entity_id),
                    _ => e.entity_id,
                };
                let before = e.before.as_ref().map(|v| v.to_string());
                let after = e.after.as_ref().map(|v| v.to_string());
                let exists: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM events WHERE at = ?1 AND actor = ?2 AND action = ?3
                       AND entity = ?4 AND before IS ?5 AND after IS ?6)",
                    params![e.at, e.actor, e.action, e.entity, before, after],
                    |r| r.get(0),
                )?;
                if !exists {
                    tx.execute(
                        "INSERT INTO events (at, actor, action, entity, entity_id, claim_id, before, after)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        params![e.at, e.actor, e.action, e.entity, entity_id, claim_id, before, after],
                    )
                    .map_err(|_| {
                        StoreError::DamagedReport(format!(
                            "the report holds an event this claimdesk does not know (\"{}\" on {}); it may come from a newer version",
                            e.action, e.entity
                        ))
                    })?;
                    sum.events += 1;
                }
            }
            if !sum.is_empty() {
                events::record(tx, actor, "import-report", "article", 0, None, None,
                    Some(serde_json::to_value(&sum).unwrap_or_default()))?;
            }
            Ok(sum)
        })
    }
}

fn merge_article(tx: &Connection, a: &ReportArticle, sum: &mut MergeSummary) -> Result<i64> {
    if super::sha256_hex(&a.text) != a.article.sha256 {
        return Err(StoreError::DamagedReport(format!(
            "article \"{}\" in the report does not match its sha256; the report is damaged, export it again",
            a.article.title
        )));
    }
    if let Some(id) = tx
        .query_row(
            "SELECT id FROM articles WHERE sha256 = ?1",
            [&a.article.sha256],
            |r| r.get(0),
        )
        .optional()?
    {
        return Ok(id);
    }
    tx.execute(
        "INSERT INTO articles (title, url, author, published, imported_at, sha256, text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            a.article.title,
            a.article.url,
            a.article.author,
            a.article.published,
            a.article.imported_at,
            a.article.sha256,
            a.text
        ],
    )?;
    sum.articles += 1;
    Ok(tx.last_insert_rowid())
}

/// Every claim's span, and its values', lies inside the article's text (character offsets, end
/// exclusive); a span outside it means a damaged report, refused whole before anything points at
/// text that is not there. (Character offsets always fall on character boundaries.)
fn check_spans(a: &ReportArticle) -> Result<()> {
    let len = a.text.chars().count();
    let outside = |what: String, start: usize, end: usize| {
        StoreError::DamagedReport(format!(
            "{what} in the report spans characters {start}..{end}, not a span of article \"{}\" ({len} characters); the report is damaged, export it again",
            crate::safe::line(&a.article.title, 60)
        ))
    };
    for c in &a.claims {
        let k = &c.claim;
        if k.start > k.end || k.end > len {
            return Err(outside(format!("claim {}", k.id), k.start, k.end));
        }
        for (what, spans) in [("a part", &k.parts), ("an appearance", &k.appearances)] {
            for &[start, end] in spans {
                if start >= end || end > len {
                    return Err(outside(format!("{what} of claim {}", k.id), start, end));
                }
            }
        }
        for v in &c.values {
            if v.start > v.end || v.end > len {
                return Err(outside(
                    format!("value {} of claim {}", v.id, k.id),
                    v.start,
                    v.end,
                ));
            }
        }
    }
    Ok(())
}

/// The local claim with the same span, created when missing (then `true`). A different wording
/// is a conflict.
fn merge_claim(
    tx: &Connection,
    article: i64,
    c: &ClaimDetail,
    actor: &str,
    sum: &mut MergeSummary,
) -> Result<(i64, bool)> {
    let k = &c.claim;
    let local: Option<(i64, String)> = tx
        .query_row(
            "SELECT id, text FROM claims WHERE article_id = ?1 AND start = ?2 AND \"end\" = ?3 ORDER BY id LIMIT 1",
            params![article, k.start as i64, k.end as i64],
            |r| Ok((r.get("id")?, r.get("text")?)),
        )
        .optional()?;
    if let Some((id, text)) = local {
        if text != k.text {
            let conflict = serde_json::json!({"text": k.text, "updated_at": k.updated_at});
            let same: bool = tx.query_row(
                "SELECT conflict IS NOT NULL AND json_extract(conflict, '$.text') = ?2 FROM claims WHERE id = ?1",
                params![id, k.text],
                |r| r.get(0),
            )?;
            if !same {
                let before = claim_core(tx, id)?;
                tx.execute(
                    "UPDATE claims SET conflict = ?2 WHERE id = ?1",
                    params![id, conflict.to_string()],
                )?;
                refresh_status(tx, id)?;
                events::record(
                    tx,
                    actor,
                    "claim-edit",
                    "claim",
                    id,
                    Some(id),
                    Some(serde_json::to_value(&before).unwrap_or_default()),
                    Some(serde_json::json!({"conflict": conflict})),
                )?;
                sum.conflicts.push(format!(
                    "claim {id} is worded \"{text}\" here and \"{}\" in the report; it is marked disputed until someone edits it",
                    k.text
                ));
            }
        }
        return Ok((id, false));
    }
    let claimant = k
        .claimant
        .as_ref()
        .map(|c| (c.name.trim(), c.kind.as_str()))
        .filter(|(name, _)| !name.is_empty());
    tx.execute(
        "INSERT INTO claims (article_id, text, start, \"end\", sentence, score, origin, cues, subject,
                             dismissed_reason, status, created_at, updated_at, version, parts,
                             claimant_name, claimant_kind, type, appearances)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
        params![article, k.text, k.start as i64, k.end as i64, k.sentence as i64, k.score.clamp(0.0, 1.0),
            k.origin, serde_json::to_string(&k.cues).unwrap_or_else(|_| "[]".into()), k.subject,
            k.dismissed_reason, if k.dismissed_reason.is_some() { "dismissed" } else { "new" },
            k.created_at, k.updated_at, k.version.max(1),
            // A bundle of format 1 has none of these: the claim rests on its span, stated once,
            // by the article itself.
            spans_json(&clean_spans(&k.parts, k.start, k.end, usize::MAX)),
            claimant.map(|c| c.0), claimant.map(|c| c.1), k.kind.as_str(),
            spans_json(&clean_spans(&k.appearances, k.start, k.end, usize::MAX))],
    )?;
    let id = tx.last_insert_rowid();
    for v in &c.values {
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM \"values\" WHERE article_id = ?1 AND start = ?2 AND \"end\" = ?3 AND kind = ?4)",
            params![article, v.start as i64, v.end as i64, v.kind.as_str()],
            |r| r.get(0),
        )?;
        if exists {
            tx.execute(
                "UPDATE \"values\" SET claim_id = ?1 WHERE article_id = ?2 AND start = ?3 AND \"end\" = ?4 AND kind = ?5 AND claim_id IS NULL",
                params![id, article, v.start as i64, v.end as i64, v.kind.as_str()],
            )?;
        } else {
            tx.execute(
                "INSERT INTO \"values\" (article_id, claim_id, kind, text, start, \"end\", value, modifier)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![article, id, v.kind.as_str(), v.text, v.start as i64, v.end as i64, v.value,
                    v.modifier.map(|m| m.as_str())],
            )?;
        }
    }
    sum.claims += 1;
    Ok((id, true))
}

/// Evidence and verdicts the local claim lacks, with their reviewers and times kept.
/// Returns whether anything was added.
fn merge_review(
    tx: &Connection,
    claim: i64,
    c: &ClaimDetail,
    sum: &mut MergeSummary,
) -> Result<bool> {
    let mut added = false;
    for e in &c.evidence {
        let s = &e.source;
        let source: i64 =
            match tx
                .query_row("SELECT id FROM sources WHERE url = ?1", [&s.url], |r| {
                    r.get(0)
                })
                .optional()?
            {
                Some(id) => id,
                None => {
                    tx.execute(
                    "INSERT INTO sources (url, title, publisher, accessed, archive_url, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![s.url, s.title, s.publisher, s.accessed, s.archive_url, now()],
                )?;
                    sum.sources += 1;
                    tx.last_insert_rowid()
                }
            };
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM evidence WHERE claim_id = ?1 AND source_id = ?2 AND quote IS ?3
               AND stance = ?4 AND reviewer = ?5 AND created_at = ?6)",
            params![claim, source, e.quote, e.stance.as_str(), e.reviewer, e.at],
            |r| r.get(0),
        )?;
        if !exists {
            tx.execute(
                "INSERT INTO evidence (claim_id, source_id, quote, stance, note, reviewer, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![claim, source, e.quote, e.stance.as_str(), e.note, e.reviewer, e.at],
            )?;
            sum.evidence += 1;
            added = true;
        }
    }
    for v in &c.verdicts {
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM verdicts WHERE claim_id = ?1 AND rating = ?2 AND rationale = ?3
               AND reviewer = ?4 AND created_at = ?5)",
            params![claim, v.rating, v.rationale, v.reviewer, v.at],
            |r| r.get(0),
        )?;
        if !exists {
            tx.execute(
                "INSERT INTO verdicts (claim_id, rating, rationale, reviewer, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![claim, v.rating, v.rationale, v.reviewer, v.at],
            )?;
            sum.verdicts += 1;
            added = true;
        }
    }
    Ok(added)
}
