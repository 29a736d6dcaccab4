//! Merging a JSON bundle from another database: articles by sha256, claims by span, sources by
//! URL; evidence, verdicts and events by their global identity (`uid`), appended once, so
//! importing twice changes nothing and the order of merges does not matter (the merged state is a
//! function of the union of the records):
//! - the current verdict is the latest by time, ties broken by uid (the store's order);
//! - a piece of evidence removed on either side stays removed (its `evidence-remove` event);
//! - a claim's wording follows its `claim-edit` events: an edit supersedes the wordings it was
//!   made over (its `before` text, and the wordings of a conflict it settled); when more than one
//!   wording stands, both sides changed it since their common state, and the claim keeps every
//!   standing wording as its conflict (`disputed`) until someone settles it (`claim resolve`);
//! - dismissal follows the latest `claim-dismiss` or `claim-restore` event.

use super::claims::{claim_core, derived_status, refresh_status};
use super::rows::{clean_spans, spans_json};
use super::{Result, Store, StoreError, events, now};
use crate::model::{ClaimDetail, Report, ReportArticle, Status, Wording};
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
    /// Pieces of evidence removed on the other side.
    #[serde(default)]
    pub evidence_removed: usize,
    /// One sentence per claim that the two sides word differently.
    pub conflicts: Vec<String>,
}

impl MergeSummary {
    /// Whether the merge brought nothing but records of other merges: then it is not itself
    /// recorded, so that desks exchanging bundles come to rest with the same events.
    fn is_empty(&self, import_events: usize) -> bool {
        self.articles
            + self.claims
            + self.sources
            + self.evidence
            + self.verdicts
            + self.evidence_removed
            + (self.events - import_events)
            == 0
            && self.conflicts.is_empty()
    }
}

impl Store {
    /// Merge `report` into this database, in one transaction.
    pub fn import_report(&mut self, report: &Report, actor: &str) -> Result<MergeSummary> {
        self.write(|tx| {
            let mut sum = MergeSummary::default();
            let mut ids = IdMap::default();
            let mut merged: BTreeSet<i64> = BTreeSet::new();
            let mut touched: BTreeSet<i64> = BTreeSet::new();
            let mut created: BTreeSet<i64> = BTreeSet::new();
            let removed = removed_here(tx)?;
            for a in &report.articles {
                check_spans(a)?;
                let local = merge_article(tx, a, &mut sum)?;
                ids.articles.insert(a.article.id, local);
                for c in &a.claims {
                    let (id, new) = merge_claim(tx, local, c, &mut sum)?;
                    ids.claims.insert(c.claim.id, id);
                    merged.insert(id);
                    if new {
                        created.insert(id);
                    }
                    if merge_review(tx, id, c, &removed, &mut ids, &mut sum)? && !new {
                        touched.insert(id);
                    }
                }
            }
            let mut import_events = 0;
            for e in &report.events {
                if merge_event(tx, e, &ids)? {
                    sum.events += 1;
                    import_events += usize::from(e.action == "import-report");
                }
            }
            // Evidence removed on either side stays removed.
            for e in report
                .events
                .iter()
                .filter(|e| e.action == "evidence-remove")
            {
                let Some(uid) = e
                    .before
                    .as_ref()
                    .and_then(|b| b.get("uid"))
                    .and_then(|u| u.as_str())
                else {
                    continue;
                };
                if let Some(claim) = tx
                    .query_row("SELECT claim_id FROM evidence WHERE uid = ?1", [uid], |r| {
                        r.get::<_, i64>(0)
                    })
                    .optional()?
                {
                    tx.execute("DELETE FROM evidence WHERE uid = ?1", [uid])?;
                    sum.evidence_removed += 1;
                    touched.insert(claim);
                }
            }
            for id in merged {
                if settle(tx, id, &mut sum)? && !created.contains(&id) {
                    touched.insert(id);
                }
            }
            // A claim that arrives with its history keeps its version and times.
            for &id in &created {
                let dismissed: bool = tx.query_row(
                    "SELECT status = 'dismissed' FROM claims WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )?;
                if !dismissed {
                    let status = derived_status(tx, id)?;
                    tx.execute(
                        "UPDATE claims SET status = ?2 WHERE id = ?1",
                        params![id, status.as_str()],
                    )?;
                }
            }
            for id in touched.difference(&created) {
                refresh_status(tx, *id)?;
            }
            if !sum.is_empty(import_events) {
                for local in ids.articles.values() {
                    events::record(
                        tx,
                        actor,
                        "import-report",
                        "article",
                        *local,
                        None,
                        None,
                        Some(serde_json::to_value(&sum).unwrap_or_default()),
                    )?;
                }
            }
            Ok(sum)
        })
    }
}

/// The bundle's ids and the local ones they became.
#[derive(Default)]
struct IdMap {
    articles: HashMap<i64, i64>,
    claims: HashMap<i64, i64>,
    evidence: HashMap<i64, i64>,
    verdicts: HashMap<i64, i64>,
}

/// Add an event the database lacks (known by its uid; by its content when the bundle predates
/// uids), its ids turned into local ones. Returns whether it was added.
fn merge_event(tx: &Connection, e: &crate::model::Event, ids: &IdMap) -> Result<bool> {
    let claim_id = e.claim_id.and_then(|c| ids.claims.get(&c).copied());
    let map = match e.entity.as_str() {
        "claim" => Some(&ids.claims),
        "article" => Some(&ids.articles),
        "evidence" => Some(&ids.evidence),
        "verdict" => Some(&ids.verdicts),
        _ => None,
    };
    let entity_id = map
        .and_then(|m| m.get(&e.entity_id).copied())
        .unwrap_or(e.entity_id);
    let before = e.before.as_ref().map(|v| v.to_string());
    let after = e.after.as_ref().map(|v| v.to_string());
    let exists: bool = if e.uid.is_empty() {
        tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM events WHERE at = ?1 AND actor = ?2 AND action = ?3
               AND entity = ?4 AND before IS ?5 AND after IS ?6)",
            params![e.at, e.actor, e.action, e.entity, before, after],
            |r| r.get(0),
        )?
    } else {
        tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM events WHERE uid = ?1)",
            [&e.uid],
            |r| r.get(0),
        )?
    };
    if exists {
        return Ok(false);
    }
    let uid = if e.uid.is_empty() {
        super::new_uid()
    } else {
        e.uid.clone()
    };
    tx.execute(
        "INSERT INTO events (at, actor, action, entity, entity_id, claim_id, before, after, uid)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![e.at, e.actor, e.action, e.entity, entity_id, claim_id, before, after, uid],
    )
    .map_err(|_| {
        StoreError::DamagedReport(format!(
            "the report holds an event this claimdesk does not know (\"{}\" on {}); it may come from a newer version",
            crate::safe::line(&e.action, 40),
            crate::safe::line(&e.entity, 40)
        ))
    })?;
    Ok(true)
}

/// One wording edit of a claim, from its `claim-edit` event.
struct Edit {
    text: String,
    /// The wordings it was made over: the text before it, and those of a conflict it settled.
    over: Vec<String>,
    by: String,
    at: String,
}

/// Bring claim `id` to what the union of its events says: its standing wording (or wordings, as a
/// conflict) and whether it is dismissed. Writes no event: the events are the record. Returns
/// whether the claim changed.
fn settle(tx: &Connection, id: i64, sum: &mut MergeSummary) -> Result<bool> {
    let mut edits: Vec<Edit> = Vec::new();
    let mut dismissal: Option<Option<String>> = None;
    // The latest assignment of the union of events stands (None: no assignment event).
    let mut assignment: Option<Option<String>> = None;
    let mut stmt = tx.prepare_cached(
        "SELECT action, actor, at, before, after FROM events
         WHERE claim_id = ?1 AND action IN ('claim-edit', 'claim-dismiss', 'claim-restore', 'claim-assign')
         ORDER BY at, uid",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Option<String>>(3)?,
            r.get::<_, Option<String>>(4)?,
        ))
    })?;
    for row in rows {
        let (action, by, at, before, after) = row?;
        let json = |s: &Option<String>| {
            s.as_deref()
                .and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
                .unwrap_or_default()
        };
        let (before, after) = (json(&before), json(&after));
        match action.as_str() {
            "claim-edit" => {
                let Some(text) = after.get("text").and_then(|t| t.as_str()) else {
                    continue;
                };
                let mut over: Vec<String> = before
                    .get("text")
                    .and_then(|t| t.as_str())
                    .map(String::from)
                    .into_iter()
                    .collect();
                if let Some(wordings) = before.get("conflict").and_then(|c| c.as_array()) {
                    over.extend(
                        wordings
                            .iter()
                            .filter_map(|w| w.get("text")?.as_str().map(String::from)),
                    );
                }
                edits.push(Edit {
                    text: text.to_string(),
                    over,
                    by,
                    at,
                });
            }
            "claim-dismiss" => {
                dismissal = Some(Some(
                    after
                        .get("dismissed_reason")
                        .and_then(|r| r.as_str())
                        .unwrap_or("dismissed")
                        .to_string(),
                ));
            }
            "claim-assign" => {
                assignment = Some(
                    after
                        .get("assignee")
                        .and_then(|a| a.as_str())
                        .map(String::from),
                );
            }
            _ => dismissal = Some(None),
        }
    }
    drop(stmt);
    let claim = claim_core(tx, id)?;
    let mut changed = false;
    if !edits.is_empty() {
        // Standing: an edit no later edit was made over.
        let standing: Vec<&Edit> = edits
            .iter()
            .enumerate()
            .filter(|(i, e)| !edits[i + 1..].iter().any(|f| f.over.contains(&e.text)))
            .map(|(_, e)| e)
            .collect();
        let mut wordings: Vec<Wording> = Vec::new();
        for e in &standing {
            wordings.retain(|w| w.text != e.text);
            wordings.push(Wording {
                text: e.text.clone(),
                by: e.by.clone(),
                at: e.at.clone(),
            });
        }
        let text = wordings
            .last()
            .map(|w| w.text.clone())
            .unwrap_or_else(|| claim.text.clone());
        let conflict =
            (wordings.len() > 1).then(|| serde_json::json!({"wordings": wordings}).to_string());
        if text != claim.text
            || conflict.is_some() != claim.conflict.is_some()
            || claim.conflict.as_ref().is_some_and(|c| *c != wordings)
        {
            if conflict.is_some() && claim.conflict.as_ref() != Some(&wordings) {
                let list: Vec<String> = wordings
                    .iter()
                    .map(|w| format!("\"{}\" ({})", crate::safe::line(&w.text, 80), w.by))
                    .collect();
                sum.conflicts.push(format!(
                    "claim {id} was reworded on both sides: {}; it is disputed until someone settles it with `claimdesk claim resolve {id}`",
                    list.join(" and ")
                ));
            }
            tx.execute(
                "UPDATE claims SET text = ?2, conflict = ?3 WHERE id = ?1",
                params![id, text, conflict],
            )?;
            changed = true;
        }
    }
    if let Some(reason) = dismissal {
        let dismissed = claim.status == Status::Dismissed;
        if reason.is_some() != dismissed || (dismissed && reason != claim.dismissed_reason) {
            match reason {
                Some(r) => tx.execute(
                    "UPDATE claims SET status = 'dismissed', dismissed_reason = ?2 WHERE id = ?1",
                    params![id, r],
                )?,
                None => tx.execute(
                    "UPDATE claims SET status = 'new', dismissed_reason = NULL WHERE id = ?1",
                    [id],
                )?,
            };
            changed = true;
        }
    }
    if let Some(assignee) = assignment
        && assignee != claim.assignee
    {
        tx.execute(
            "UPDATE claims SET assignee = ?2 WHERE id = ?1",
            params![id, assignee],
        )?;
        changed = true;
    }
    Ok(changed)
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

/// The local claim with the same span, created when missing (then `true`). Its wording is
/// settled afterwards from the events of both sides (`settle`).
fn merge_claim(
    tx: &Connection,
    article: i64,
    c: &ClaimDetail,
    sum: &mut MergeSummary,
) -> Result<(i64, bool)> {
    let k = &c.claim;
    let local: Option<i64> = tx
        .query_row(
            "SELECT id FROM claims WHERE article_id = ?1 AND start = ?2 AND \"end\" = ?3 ORDER BY id LIMIT 1",
            params![article, k.start as i64, k.end as i64],
            |r| r.get("id"),
        )
        .optional()?;
    // A re-check date from the bundle, when it is a day (older bundles have none).
    let recheck_on = k
        .recheck_on
        .as_deref()
        .filter(|d| d.len() == 10 && chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok());
    if let Some(id) = local {
        // Both desks' dates: the earlier stands, so merges in any order agree.
        if let Some(day) = recheck_on {
            tx.execute(
                "UPDATE claims SET recheck_on = ?2
                 WHERE id = ?1 AND (recheck_on IS NULL OR recheck_on > ?2)",
                params![id, day],
            )?;
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
                             claimant_name, claimant_kind, type, appearances, recheck_on, assignee)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)",
        params![article, k.text, k.start as i64, k.end as i64, k.sentence as i64, k.score.clamp(0.0, 1.0),
            k.origin, serde_json::to_string(&k.cues).unwrap_or_else(|_| "[]".into()), k.subject,
            k.dismissed_reason, if k.dismissed_reason.is_some() { "dismissed" } else { "new" },
            k.created_at, k.updated_at, k.version.max(1),
            // A bundle of format 1 has none of these: the claim rests on its span, stated once,
            // by the article itself.
            spans_json(&clean_spans(&k.parts, k.start, k.end, usize::MAX)),
            claimant.map(|c| c.0), claimant.map(|c| c.1), k.kind.as_str(),
            spans_json(&clean_spans(&k.appearances, k.start, k.end, usize::MAX)), recheck_on,
            k.assignee.as_deref().map(str::trim).filter(|a| !a.is_empty())],
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

/// Evidence and verdicts the local claim lacks (known by uid, or by their content when the bundle
/// predates uids), with their reviewers, times and uids kept; evidence removed here is not
/// brought back. Returns whether anything was added.
fn merge_review(
    tx: &Connection,
    claim: i64,
    c: &ClaimDetail,
    removed: &std::collections::HashSet<String>,
    ids: &mut IdMap,
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
        let local: Option<i64> = tx
            .query_row(
                "SELECT id FROM evidence WHERE uid = ?1
                 UNION ALL
                 SELECT id FROM evidence WHERE ?8 AND claim_id = ?2 AND source_id = ?3 AND quote IS ?4
                   AND stance = ?5 AND reviewer = ?6 AND created_at = ?7
                   AND (uid IS NULL OR length(uid) = 32)
                 LIMIT 1",
                params![
                    e.uid,
                    claim,
                    source,
                    e.quote,
                    e.stance.as_str(),
                    e.reviewer,
                    e.at,
                    legacy(&e.uid)
                ],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(local) = local {
            ids.evidence.insert(e.id, local);
            // A dismissed suggestion stays dismissed, whichever side dismissed it.
            if e.suggestion_dismissed {
                tx.execute(
                    "UPDATE evidence SET suggestion_dismissed = 1 WHERE id = ?1",
                    [local],
                )?;
            }
            continue;
        }
        if removed.contains(&e.uid) {
            continue;
        }
        let uid = if e.uid.is_empty() {
            super::new_uid()
        } else {
            e.uid.clone()
        };
        tx.execute(
            "INSERT INTO evidence (claim_id, source_id, quote, stance, note, reviewer, created_at, uid, suggestion_dismissed)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![claim, source, e.quote, e.stance.as_str(), e.note, e.reviewer, e.at, uid, e.suggestion_dismissed],
        )?;
        ids.evidence.insert(e.id, tx.last_insert_rowid());
        sum.evidence += 1;
        added = true;
    }
    for v in &c.verdicts {
        let local: Option<i64> = tx
            .query_row(
                "SELECT id FROM verdicts WHERE uid = ?1
                 UNION ALL
                 SELECT id FROM verdicts WHERE ?7 AND claim_id = ?2 AND rating = ?3 AND rationale = ?4
                   AND reviewer = ?5 AND created_at = ?6 AND (uid IS NULL OR length(uid) = 32)
                 LIMIT 1",
                params![v.uid, claim, v.rating, v.rationale, v.reviewer, v.at, legacy(&v.uid)],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(local) = local {
            ids.verdicts.insert(v.id, local);
            // A withdrawal travels: the earliest time wins, so merges converge.
            if let Some(at) = &v.withdrawn_at {
                let changed = tx.execute(
                    "UPDATE verdicts SET withdrawn_at = ?2
                     WHERE id = ?1 AND (withdrawn_at IS NULL OR withdrawn_at > ?2)",
                    params![local, at],
                )?;
                added |= changed > 0;
            }
            continue;
        }
        let uid = if v.uid.is_empty() {
            super::new_uid()
        } else {
            v.uid.clone()
        };
        tx.execute(
            "INSERT INTO verdicts (claim_id, rating, rationale, reviewer, created_at, uid, evidence_needed, recheck, withdrawn_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![claim, v.rating, v.rationale, v.reviewer, v.at, uid, v.evidence_needed.unwrap_or(0) as i64, v.recheck, v.withdrawn_at],
        )?;
        ids.verdicts.insert(v.id, tx.last_insert_rowid());
        sum.verdicts += 1;
        added = true;
    }
    Ok(added)
}

/// Whether a record's uid predates uids: none (a bundle from before them), or one migration 6
/// gave an older row at random (32 hex digits; new rows get UUIDs with dashes). Such records are
/// known by their content, as before; records with a UUID only by it, so two identical pieces of
/// evidence added in the same second stay two.
fn legacy(uid: &str) -> bool {
    uid.is_empty() || (uid.len() == 32 && !uid.contains('-'))
}

/// The uids of the evidence removed in this database, read once per merge.
fn removed_here(tx: &Connection) -> Result<std::collections::HashSet<String>> {
    let mut stmt = tx.prepare(
        "SELECT json_extract(before, '$.uid') FROM events
         WHERE action = 'evidence-remove' AND json_extract(before, '$.uid') IS NOT NULL",
    )?;
    let uids = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(uids)
}
