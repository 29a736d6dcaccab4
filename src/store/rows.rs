//! Rows to records: for each record type, the columns to select and the one function that reads
//! them, by column name. Every query that returns such a record selects `X_COLUMNS` and maps rows
//! with `x_row`; a computed column gets an `AS` name, and a joined table's columns a prefix
//! (`source_…`) so that no two columns of a row share a name. Claims, read by the hundred
//! thousand, look their columns up by name once per statement (`CoreColumns`), as does the
//! workbench's light `ClaimRow` beside its query in search.rs.

use crate::extract::{ClaimType, Claimant, ClaimantKind, Modifier, ValueKind};
use crate::model::{
    Article, ClaimCore, Event, Evidence, Source, Stance, Status, StoredValue, Verdict,
};
use rusqlite::{Row, Statement};

/// Over `articles a`; the counts are those of `Article`.
pub(super) const ARTICLE_COLUMNS: &str = "a.id, a.title, a.url, a.author, a.published, a.imported_at, a.sha256,
     (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.status != 'dismissed') AS claim_count,
     (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.status IN ('reviewed', 'disputed')) AS reviewed";

pub(super) fn article_row(r: &Row) -> rusqlite::Result<Article> {
    Ok(Article {
        id: r.get("id")?,
        title: r.get("title")?,
        url: r.get("url")?,
        author: r.get("author")?,
        published: r.get("published")?,
        imported_at: r.get("imported_at")?,
        sha256: r.get("sha256")?,
        claim_count: r.get("claim_count")?,
        reviewed: r.get("reviewed")?,
    })
}

/// Over `claims c`.
pub(super) const CORE_COLUMNS: &str = "c.id, c.article_id, c.text, c.start, c.\"end\", c.sentence, c.score, c.status, c.cues, c.subject,
     c.created_at, c.updated_at, c.origin, c.dismissed_reason, c.version,
     c.parts, c.claimant_name, c.claimant_kind, c.type, c.appearances, c.conflict, c.recheck_on, c.assignee";

/// Where `CORE_COLUMNS` are in a statement, looked up by name once: lists and reports read a
/// hundred thousand claims, and a lookup by name on every read would cost more than the read.
pub(super) struct CoreColumns {
    id: usize,
    article_id: usize,
    text: usize,
    start: usize,
    end: usize,
    sentence: usize,
    score: usize,
    status: usize,
    cues: usize,
    subject: usize,
    created_at: usize,
    updated_at: usize,
    origin: usize,
    dismissed_reason: usize,
    version: usize,
    parts: usize,
    claimant_name: usize,
    claimant_kind: usize,
    kind: usize,
    appearances: usize,
    conflict: usize,
    recheck_on: usize,
    assignee: usize,
}

impl CoreColumns {
    pub(super) fn of(stmt: &Statement) -> rusqlite::Result<CoreColumns> {
        let at = |name| stmt.column_index(name);
        Ok(CoreColumns {
            id: at("id")?,
            article_id: at("article_id")?,
            text: at("text")?,
            start: at("start")?,
            end: at("end")?,
            sentence: at("sentence")?,
            score: at("score")?,
            status: at("status")?,
            cues: at("cues")?,
            subject: at("subject")?,
            created_at: at("created_at")?,
            updated_at: at("updated_at")?,
            origin: at("origin")?,
            dismissed_reason: at("dismissed_reason")?,
            version: at("version")?,
            parts: at("parts")?,
            claimant_name: at("claimant_name")?,
            claimant_kind: at("claimant_kind")?,
            kind: at("type")?,
            appearances: at("appearances")?,
            conflict: at("conflict")?,
            recheck_on: at("recheck_on")?,
            assignee: at("assignee")?,
        })
    }

    pub(super) fn read(&self, r: &Row) -> rusqlite::Result<ClaimCore> {
        let status: String = r.get(self.status)?;
        let cues: String = r.get(self.cues)?;
        let start = r.get::<_, i64>(self.start)? as usize;
        let end = r.get::<_, i64>(self.end)? as usize;
        let kind: String = r.get(self.kind)?;
        Ok(ClaimCore {
            id: r.get(self.id)?,
            article_id: r.get(self.article_id)?,
            text: r.get(self.text)?,
            start,
            end,
            sentence: r.get::<_, i64>(self.sentence)? as usize,
            score: r.get(self.score)?,
            status: Status::parse(&status).unwrap_or(Status::New),
            cues: serde_json::from_str(&cues).unwrap_or_default(),
            subject: r.get(self.subject)?,
            created_at: r.get(self.created_at)?,
            updated_at: r.get(self.updated_at)?,
            origin: r.get(self.origin)?,
            dismissed_reason: r.get(self.dismissed_reason)?,
            version: r.get(self.version)?,
            parts: spans(&r.get::<_, String>(self.parts)?, start, end),
            claimant: claimant(
                r.get(self.claimant_name)?,
                r.get::<_, Option<String>>(self.claimant_kind)?.as_deref(),
            ),
            kind: ClaimType::parse(&kind).unwrap_or_default(),
            appearances: spans(&r.get::<_, String>(self.appearances)?, start, end),
            conflict: r
                .get::<_, Option<String>>(self.conflict)?
                .map(|c| conflict_wordings(&c)),
            recheck_on: r.get(self.recheck_on)?,
            assignee: r.get(self.assignee)?,
        })
    }
}

/// A stored JSON array of `[start, end]` spans; an empty (or unreadable) one is the claim's span.
pub(super) fn spans(json: &str, start: usize, end: usize) -> Vec<[usize; 2]> {
    match serde_json::from_str::<Vec<[usize; 2]>>(json) {
        Ok(spans) if !spans.is_empty() => spans,
        _ => vec![[start, end]],
    }
}

/// The spans that are spans of an article of `len` characters (start before end, inside it);
/// none left: the claim's own span.
pub(super) fn clean_spans(
    spans: &[[usize; 2]],
    start: usize,
    end: usize,
    len: usize,
) -> Vec<[usize; 2]> {
    let kept: Vec<[usize; 2]> = spans
        .iter()
        .copied()
        .filter(|&[s, e]| s < e && e <= len)
        .collect();
    if kept.is_empty() {
        vec![[start, end]]
    } else {
        kept
    }
}

/// Spans as stored: a JSON array of `[start, end]`.
pub(super) fn spans_json(spans: &[[usize; 2]]) -> String {
    serde_json::to_string(spans).unwrap_or_else(|_| "[]".into())
}

/// The claimant of the two columns (the schema keeps them both set or both empty).
pub(super) fn claimant(name: Option<String>, kind: Option<&str>) -> Option<Claimant> {
    Some(Claimant {
        name: name?,
        kind: ClaimantKind::parse(kind?)?,
    })
}

/// The wordings of a conflict record: `{"wordings": [{text, by, at}…]}`, or as release 1 wrote
/// it, `{"text", "updated_at"}` (the other side's wording only).
pub(super) fn conflict_wordings(json: &str) -> Vec<crate::model::Wording> {
    #[derive(serde::Deserialize)]
    struct Record {
        #[serde(default)]
        wordings: Vec<crate::model::Wording>,
        text: Option<String>,
        updated_at: Option<String>,
    }
    match serde_json::from_str::<Record>(json) {
        Ok(r) if r.wordings.is_empty() => r
            .text
            .map(|text| crate::model::Wording {
                text,
                by: String::new(),
                at: r.updated_at.unwrap_or_default(),
            })
            .into_iter()
            .collect(),
        Ok(r) => r.wordings,
        Err(_) => Vec::new(),
    }
}

/// Over `"values" v`; `claim_id` is there for callers that group values by claim. Every statement
/// that reads values starts with these columns, so `value_row` reads them by position: an article
/// can hold a million values, and a look-up by name on each was most of the time to open it.
pub(super) const VALUE_COLUMNS: &str =
    "v.id, v.claim_id, v.kind, v.text, v.start, v.\"end\", v.value, v.modifier";

pub(super) fn value_row(r: &Row) -> rusqlite::Result<StoredValue> {
    let kind: String = r.get(2)?;
    let modifier: Option<String> = r.get(7)?;
    Ok(StoredValue {
        id: r.get(0)?,
        kind: ValueKind::parse(&kind).unwrap_or(ValueKind::Number),
        text: r.get(3)?,
        start: r.get::<_, i64>(4)?.max(0) as usize,
        end: r.get::<_, i64>(5)?.max(0) as usize,
        value: r.get(6)?,
        modifier: modifier.as_deref().and_then(Modifier::parse),
    })
}

/// Over `verdicts v`.
pub(super) const VERDICT_COLUMNS: &str =
    "v.id, v.claim_id, v.rating, v.rationale, v.reviewer, v.created_at, v.uid, v.evidence_needed,
     v.recheck, v.withdrawn_at, v.reused_from";

pub(super) fn verdict_row(r: &Row) -> rusqlite::Result<Verdict> {
    Ok(Verdict {
        id: r.get("id")?,
        claim_id: r.get("claim_id")?,
        rating: r.get("rating")?,
        rationale: r.get("rationale")?,
        reviewer: r.get("reviewer")?,
        at: r.get("created_at")?,
        uid: r.get::<_, Option<String>>("uid")?.unwrap_or_default(),
        evidence_needed: Some(r.get::<_, i64>("evidence_needed")?.max(0) as usize),
        recheck: r.get::<_, i64>("recheck")? != 0,
        withdrawn_at: r.get("withdrawn_at")?,
        reused_from: r.get("reused_from")?,
    })
}

/// The columns of `sources s`, prefixed so that they can stand beside another table's.
macro_rules! source_columns {
    () => {
        "s.id AS source_id, s.url AS source_url, s.title AS source_title,
         s.publisher AS source_publisher, s.accessed AS source_accessed,
         s.archive_url AS source_archive_url"
    };
}

/// Over `sources s`.
pub(super) const SOURCE_COLUMNS: &str = source_columns!();

pub(super) fn source_row(r: &Row) -> rusqlite::Result<Source> {
    Ok(Source {
        id: r.get("source_id")?,
        url: r.get("source_url")?,
        title: r.get("source_title")?,
        publisher: r.get("source_publisher")?,
        accessed: r.get("source_accessed")?,
        archive_url: r.get("source_archive_url")?,
    })
}

/// Over `evidence e JOIN sources s ON s.id = e.source_id`.
pub(super) const EVIDENCE_COLUMNS: &str = concat!(
    "e.id, e.claim_id, e.quote, e.stance, e.note, e.reviewer, e.created_at, e.uid, e.suggestion_dismissed, ",
    source_columns!()
);

pub(super) fn evidence_row(r: &Row) -> rusqlite::Result<Evidence> {
    let stance: String = r.get("stance")?;
    Ok(Evidence {
        id: r.get("id")?,
        claim_id: r.get("claim_id")?,
        quote: r.get("quote")?,
        stance: Stance::parse(&stance).unwrap_or_default(),
        note: r.get("note")?,
        reviewer: r.get("reviewer")?,
        at: r.get("created_at")?,
        uid: r.get::<_, Option<String>>("uid")?.unwrap_or_default(),
        suggestion_dismissed: r.get::<_, i64>("suggestion_dismissed")? != 0,
        source: source_row(r)?,
    })
}

/// Over `events`.
pub(super) const EVENT_COLUMNS: &str =
    "id, at, actor, action, entity, entity_id, claim_id, before, after, uid";

pub(super) fn event_row(r: &Row) -> rusqlite::Result<Event> {
    let json = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    Ok(Event {
        id: r.get("id")?,
        at: r.get("at")?,
        actor: r.get("actor")?,
        action: r.get("action")?,
        entity: r.get("entity")?,
        entity_id: r.get("entity_id")?,
        claim_id: r.get("claim_id")?,
        before: json(r.get("before")?),
        after: json(r.get("after")?),
        uid: r.get::<_, Option<String>>("uid")?.unwrap_or_default(),
    })
}
