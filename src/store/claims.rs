//! Claims: listing with their values, latest verdict and evidence; one claim (or the claims of a
//! report) in full; the derived status.

use super::rows::{
    CORE_COLUMNS, CoreColumns, EVIDENCE_COLUMNS, VALUE_COLUMNS, VERDICT_COLUMNS, evidence_row,
    value_row, verdict_row,
};
use super::{Result, Store, StoreError};
use crate::extract::ClaimType;
use crate::model::{Claim, ClaimCore, ClaimDetail, Evidence, Status, StoredValue, Verdict};
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub article: Option<i64>,
    pub status: Option<Status>,
    /// Only the claims that state this sort of fact.
    pub kind: Option<ClaimType>,
    /// Only the claims due for a re-check on this day (YYYY-MM-DD): a re-check date on or
    /// before it, not dismissed.
    pub due_on: Option<String>,
}

impl Store {
    /// Claims in article order, with their values, latest verdict and evidence count.
    pub fn claims(&self, filter: &ClaimFilter) -> Result<Vec<Claim>> {
        self.read(|conn| {
            if let Some(id) = filter.article {
                super::articles::article(conn, id)?;
            }
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {CORE_COLUMNS}, (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id) AS evidence
                 FROM claims c
                 WHERE (?1 IS NULL OR c.article_id = ?1) AND (?2 IS NULL OR c.status = ?2)
                   AND (?3 IS NULL OR c.type = ?3)
                   AND (?4 IS NULL OR (c.recheck_on <= ?4 AND c.status <> 'dismissed'))
                 ORDER BY c.article_id, c.start, c.id"
            ))?;
            let (core, evidence) = (CoreColumns::of(&stmt)?, stmt.column_index("evidence")?);
            let rows = stmt.query_map(
                params![
                    filter.article,
                    filter.status.map(Status::as_str),
                    filter.kind.map(ClaimType::as_str),
                    filter.due_on
                ],
                |r| Ok((core.read(r)?, r.get::<_, i64>(evidence)?)),
            )?;
            let rows: Vec<(ClaimCore, i64)> = rows.collect::<rusqlite::Result<_>>()?;

            let mut values: HashMap<i64, Vec<StoredValue>> = HashMap::new();
            let mut verdicts: HashMap<i64, Verdict> = HashMap::new();
            {
                let mut stmt = conn.prepare_cached(&format!(
                    "SELECT {VALUE_COLUMNS} FROM \"values\" v
                     WHERE v.claim_id IS NOT NULL AND (?1 IS NULL OR v.article_id = ?1)
                     ORDER BY v.start"
                ))?;
                let rows = stmt.query_map([filter.article], |r| {
                    Ok((r.get::<_, Option<i64>>("claim_id")?, value_row(r)?))
                })?;
                for row in rows {
                    let (claim, value) = row?;
                    if let Some(claim) = claim {
                        values.entry(claim).or_default().push(value);
                    }
                }
                let mut stmt = conn.prepare_cached(&format!(
                    "SELECT {VERDICT_COLUMNS} FROM verdicts v JOIN claims c ON c.id = v.claim_id
                     WHERE (?1 IS NULL OR c.article_id = ?1) AND v.withdrawn_at IS NULL
                     ORDER BY v.created_at, v.uid"
                ))?;
                for row in stmt.query_map([filter.article], verdict_row)? {
                    let v = row?;
                    verdicts.insert(v.claim_id, v);
                }
            }
            Ok(rows
                .into_iter()
                .map(|(claim, evidence)| Claim {
                    values: values.remove(&claim.id).unwrap_or_default(),
                    verdict: verdicts.remove(&claim.id),
                    evidence,
                    claim,
                })
                .collect())
        })
    }

    /// One claim with its values, evidence and verdict history.
    pub fn claim(&self, id: i64) -> Result<ClaimDetail> {
        self.read(|conn| claim_detail(conn, id))
    }

    /// As `claim`, with at most `max_values` of its values read (the rest counted in
    /// `more_values`): what a screen shows of a claim that may hold a million values.
    pub fn claim_for_screen(&self, id: i64, max_values: usize) -> Result<ClaimDetail> {
        self.read(|conn| {
            let total: i64 = conn
                .prepare_cached("SELECT count(*) FROM \"values\" WHERE claim_id = ?1")?
                .query_row([id], |r| r.get(0))?;
            if (total as usize) <= max_values {
                return claim_detail(conn, id);
            }
            let mut d = claim_detail_with(conn, id, Some(max_values))?;
            d.more_values = total as usize - d.values.len();
            Ok(d)
        })
    }
}

pub(super) fn claim_core(conn: &Connection, id: i64) -> Result<ClaimCore> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CORE_COLUMNS} FROM claims c WHERE c.id = ?1"
    ))?;
    let core = CoreColumns::of(&stmt)?;
    stmt.query_row([id], |r| core.read(r))
        .optional()?
        .ok_or(StoreError::NotFound { what: "claim", id })
}

pub(super) fn claim_detail(conn: &Connection, id: i64) -> Result<ClaimDetail> {
    claim_detail_with(conn, id, None)
}

/// A claim in full, or with its first `max_values` values only.
fn claim_detail_with(conn: &Connection, id: i64, max_values: Option<usize>) -> Result<ClaimDetail> {
    let claim = claim_core(conn, id)?;
    let limit = max_values.map_or(-1, |n| n as i64);
    let values = conn
        .prepare_cached(&format!(
            "SELECT {VALUE_COLUMNS} FROM \"values\" v WHERE v.claim_id = ?1 ORDER BY v.start, v.id LIMIT ?2"
        ))?
        .query_map(rusqlite::params![id, limit], value_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let verdicts = conn
        .prepare_cached(&format!(
            "SELECT {VERDICT_COLUMNS} FROM verdicts v WHERE v.claim_id = ?1 ORDER BY v.created_at, v.uid"
        ))?
        .query_map([id], verdict_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let evidence = conn
        .prepare_cached(&format!(
            "SELECT {EVIDENCE_COLUMNS} FROM evidence e JOIN sources s ON s.id = e.source_id
             WHERE e.claim_id = ?1 ORDER BY e.created_at, e.uid"
        ))?
        .query_map([id], evidence_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut d = detail(claim, values, evidence, verdicts);
    d.panel = super::panel::panel(conn)?;
    Ok(d)
}

/// The claims of one article (or of all), optionally only those with one status, in full and in
/// reading order (by article, then span): what `claim_detail` gives for each of them, in four
/// queries however many claims there are.
pub(super) fn claim_details(
    conn: &Connection,
    article: Option<i64>,
    status: Option<Status>,
) -> Result<Vec<ClaimDetail>> {
    // One article's claims are found through its index, not by a scan.
    let chosen_sql = if article.is_some() {
        "c.article_id = ?1 AND (?2 IS NULL OR c.status = ?2)"
    } else {
        "?1 IS NULL AND (?2 IS NULL OR c.status = ?2)"
    };
    let chosen = (article, status.map(Status::as_str));
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {CORE_COLUMNS} FROM claims c WHERE {chosen_sql} ORDER BY c.article_id, c.start, c.id"
    ))?;
    let core = CoreColumns::of(&stmt)?;
    let claims = stmt
        .query_map(chosen, |r| core.read(r))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut values: HashMap<i64, Vec<StoredValue>> = HashMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VALUE_COLUMNS} FROM \"values\" v JOIN claims c ON c.id = v.claim_id
         WHERE {chosen_sql} ORDER BY v.start, v.id"
    ))?;
    for row in stmt.query_map(chosen, |r| Ok((r.get("claim_id")?, value_row(r)?)))? {
        let (claim, value) = row?;
        values.entry(claim).or_default().push(value);
    }
    let mut evidence: HashMap<i64, Vec<Evidence>> = HashMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {EVIDENCE_COLUMNS} FROM evidence e JOIN sources s ON s.id = e.source_id
         JOIN claims c ON c.id = e.claim_id WHERE {chosen_sql} ORDER BY e.created_at, e.uid"
    ))?;
    for row in stmt.query_map(chosen, evidence_row)? {
        let e = row?;
        evidence.entry(e.claim_id).or_default().push(e);
    }
    let mut verdicts: HashMap<i64, Vec<Verdict>> = HashMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {VERDICT_COLUMNS} FROM verdicts v JOIN claims c ON c.id = v.claim_id
         WHERE {chosen_sql} ORDER BY v.created_at, v.uid"
    ))?;
    for row in stmt.query_map(chosen, verdict_row)? {
        let v = row?;
        verdicts.entry(v.claim_id).or_default().push(v);
    }
    let panel = super::panel::panel(conn)?;
    Ok(claims
        .into_iter()
        .map(|c| {
            let id = c.id;
            let mut d = detail(
                c,
                values.remove(&id).unwrap_or_default(),
                evidence.remove(&id).unwrap_or_default(),
                verdicts.remove(&id).unwrap_or_default(),
            );
            d.panel = panel;
            d
        })
        .collect())
}

/// A claim in full from its rows: values in reading order, evidence and verdicts oldest first.
fn detail(
    claim: ClaimCore,
    values: Vec<StoredValue>,
    evidence: Vec<Evidence>,
    verdicts: Vec<Verdict>,
) -> ClaimDetail {
    ClaimDetail {
        claim,
        values,
        verdict: verdicts
            .iter()
            .rev()
            .find(|v| v.withdrawn_at.is_none())
            .cloned(),
        evidence,
        verdicts,
        more_values: 0,
        panel: None,
    }
}

/// The status a claim's evidence and verdicts give it now: `model::derive_status` over its rows.
pub(super) fn derived_status(conn: &Connection, id: i64) -> Result<Status> {
    let conflict: bool = conn.query_row(
        "SELECT conflict IS NOT NULL FROM claims WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?;
    let evidence: i64 = conn.query_row(
        "SELECT count(*) FROM evidence WHERE claim_id = ?1",
        [id],
        |r| r.get(0),
    )?;
    let mut verdicts: Vec<(String, String, i64, bool)> = conn
        .prepare_cached(
            "SELECT reviewer, rating, evidence_needed, recheck FROM verdicts
             WHERE claim_id = ?1 AND withdrawn_at IS NULL ORDER BY created_at, uid",
        )?
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // A re-check verdict supersedes the verdicts before it (`ClaimDetail::standing_verdicts`).
    if let Some(from) = verdicts.iter().rposition(|v| v.3) {
        verdicts.drain(..from);
    }
    Ok(crate::model::derive_status(
        conflict,
        evidence.max(0) as usize,
        verdicts
            .iter()
            .map(|(who, rating, n, _)| (who.as_str(), rating.as_str(), (*n).max(0) as usize)),
        super::panel::panel(conn)?,
    ))
}

/// After a change to a claim, its evidence or its verdicts: derive its status again (a dismissed
/// claim stays dismissed) and bump its version, so a writer who read an older version is refused
/// instead of overwriting.
pub(super) fn refresh_status(conn: &Connection, id: i64) -> Result<Status> {
    let dismissed: bool = conn.query_row(
        "SELECT status = 'dismissed' FROM claims WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?;
    let status = if dismissed {
        Status::Dismissed
    } else {
        derived_status(conn, id)?
    };
    conn.execute(
        "UPDATE claims SET status = ?2, updated_at = ?3, version = version + 1 WHERE id = ?1",
        params![id, status.as_str(), super::now()],
    )?;
    Ok(status)
}
