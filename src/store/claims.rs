//! Claims: listing with their values, latest verdict and evidence; one claim in full; the derived status.

use super::{Result, Store, StoreError};
use crate::extract::{Modifier, ValueKind};
use crate::model::{
    Claim, ClaimCore, ClaimDetail, Evidence, Source, Stance, Status, StoredValue, Verdict,
};
use rusqlite::{Connection, OptionalExtension, Row, params};
use std::collections::HashMap;

#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub article: Option<i64>,
    pub status: Option<Status>,
}

const CORE_COLUMNS: &str =
    "c.id, c.article_id, c.text, c.start, c.\"end\", c.sentence, c.score, c.status, c.cues, c.subject,
     c.created_at, c.updated_at, c.origin, c.dismissed_reason, c.version";

fn core_row(r: &Row) -> rusqlite::Result<ClaimCore> {
    let status: String = r.get(7)?;
    let cues: String = r.get(8)?;
    Ok(ClaimCore {
        id: r.get(0)?,
        article_id: r.get(1)?,
        text: r.get(2)?,
        start: r.get::<_, i64>(3)? as usize,
        end: r.get::<_, i64>(4)? as usize,
        sentence: r.get::<_, i64>(5)? as usize,
        score: r.get(6)?,
        status: Status::parse(&status).unwrap_or(Status::New),
        cues: serde_json::from_str(&cues).unwrap_or_default(),
        subject: r.get(9)?,
        created_at: r.get(10)?,
        updated_at: r.get(11)?,
        origin: r.get(12)?,
        dismissed_reason: r.get(13)?,
        version: r.get(14)?,
    })
}

fn value_row(r: &Row) -> rusqlite::Result<(Option<i64>, StoredValue)> {
    let kind: String = r.get(2)?;
    let modifier: Option<String> = r.get(7)?;
    Ok((
        r.get(1)?,
        StoredValue {
            id: r.get(0)?,
            kind: ValueKind::parse(&kind).unwrap_or(ValueKind::Number),
            text: r.get(3)?,
            start: r.get::<_, i64>(4)? as usize,
            end: r.get::<_, i64>(5)? as usize,
            value: r.get(6)?,
            modifier: modifier.as_deref().and_then(Modifier::parse),
        },
    ))
}

const VALUE_COLUMNS: &str =
    "v.id, v.claim_id, v.kind, v.text, v.start, v.\"end\", v.value, v.modifier";

pub(super) fn verdict_row(r: &Row) -> rusqlite::Result<Verdict> {
    Ok(Verdict {
        id: r.get(0)?,
        claim_id: r.get(1)?,
        rating: r.get(2)?,
        rationale: r.get(3)?,
        reviewer: r.get(4)?,
        at: r.get(5)?,
    })
}

pub(super) const VERDICT_COLUMNS: &str =
    "v.id, v.claim_id, v.rating, v.rationale, v.reviewer, v.created_at";

impl Store {
    /// Claims in article order, with their values, latest verdict and evidence count.
    pub fn claims(&self, filter: &ClaimFilter) -> Result<Vec<Claim>> {
        self.read(|conn| {
            if let Some(id) = filter.article {
                super::articles::article(conn, id)?;
            }
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {CORE_COLUMNS}, (SELECT count(*) FROM evidence e WHERE e.claim_id = c.id)
                 FROM claims c
                 WHERE (?1 IS NULL OR c.article_id = ?1) AND (?2 IS NULL OR c.status = ?2)
                 ORDER BY c.article_id, c.start, c.id"
            ))?;
            let rows = stmt.query_map(
                params![filter.article, filter.status.map(Status::as_str)],
                |r| Ok((core_row(r)?, r.get::<_, i64>(15)?)),
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
                for row in stmt.query_map([filter.article], value_row)? {
                    let (claim, value) = row?;
                    if let Some(claim) = claim {
                        values.entry(claim).or_default().push(value);
                    }
                }
                let mut stmt = conn.prepare_cached(&format!(
                    "SELECT {VERDICT_COLUMNS} FROM verdicts v JOIN claims c ON c.id = v.claim_id
                     WHERE ?1 IS NULL OR c.article_id = ?1 ORDER BY v.id"
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
}

pub(super) fn claim_core(conn: &Connection, id: i64) -> Result<ClaimCore> {
    conn.query_row(
        &format!("SELECT {CORE_COLUMNS} FROM claims c WHERE c.id = ?1"),
        [id],
        core_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound {
        what: "claim",
        id,
        list: "claims",
    })
}

pub(super) fn claim_detail(conn: &Connection, id: i64) -> Result<ClaimDetail> {
    let claim = claim_core(conn, id)?;
    let values = conn
        .prepare_cached(&format!(
            "SELECT {VALUE_COLUMNS} FROM \"values\" v WHERE v.claim_id = ?1 ORDER BY v.start"
        ))?
        .query_map([id], value_row)?
        .map(|r| r.map(|(_, v)| v))
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let verdicts = conn
        .prepare_cached(&format!(
            "SELECT {VERDICT_COLUMNS} FROM verdicts v WHERE v.claim_id = ?1 ORDER BY v.id"
        ))?
        .query_map([id], verdict_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let evidence = conn
        .prepare_cached(
            "SELECT e.id, e.claim_id, e.quote, e.stance, e.note, e.reviewer, e.created_at,
                    s.id, s.url, s.title, s.publisher, s.accessed, s.archive_url
             FROM evidence e JOIN sources s ON s.id = e.source_id
             WHERE e.claim_id = ?1 ORDER BY e.id",
        )?
        .query_map([id], evidence_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ClaimDetail {
        claim,
        values,
        verdict: verdicts.last().cloned(),
        evidence,
        verdicts,
    })
}

pub(super) fn source_row_at(r: &Row, at: usize) -> rusqlite::Result<Source> {
    Ok(Source {
        id: r.get(at)?,
        url: r.get(at + 1)?,
        title: r.get(at + 2)?,
        publisher: r.get(at + 3)?,
        accessed: r.get(at + 4)?,
        archive_url: r.get(at + 5)?,
    })
}

pub(super) const SOURCE_COLUMNS: &str =
    "s.id, s.url, s.title, s.publisher, s.accessed, s.archive_url";

pub(super) fn evidence_row(r: &Row) -> rusqlite::Result<Evidence> {
    let stance: String = r.get(3)?;
    Ok(Evidence {
        id: r.get(0)?,
        claim_id: r.get(1)?,
        quote: r.get(2)?,
        stance: Stance::parse(&stance).unwrap_or_default(),
        note: r.get(4)?,
        reviewer: r.get(5)?,
        at: r.get(6)?,
        source: source_row_at(r, 7)?,
    })
}

/// The status a claim's evidence and verdicts give it: `reviewed` once it has a verdict,
/// `disputed` when the latest verdicts of two reviewers differ (or a merged report worded the
/// claim differently), `in-review` with evidence only.
pub(super) fn derived_status(conn: &Connection, id: i64) -> Result<Status> {
    let latest_ratings: Vec<String> = conn
        .prepare_cached(
            "SELECT rating FROM verdicts v WHERE claim_id = ?1
               AND id = (SELECT max(id) FROM verdicts w WHERE w.claim_id = v.claim_id AND w.reviewer = v.reviewer)",
        )?
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let evidence: i64 = conn.query_row(
        "SELECT count(*) FROM evidence WHERE claim_id = ?1",
        [id],
        |r| r.get(0),
    )?;
    let conflict: bool = conn.query_row(
        "SELECT conflict IS NOT NULL FROM claims WHERE id = ?1",
        [id],
        |r| r.get(0),
    )?;
    Ok(
        if conflict || latest_ratings.iter().any(|r| r != &latest_ratings[0]) {
            Status::Disputed
        } else if !latest_ratings.is_empty() {
            Status::Reviewed
        } else if evidence > 0 {
            Status::InReview
        } else {
            Status::New
        },
    )
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
