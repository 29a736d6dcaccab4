//! Articles: import (with the extractor's claims and values) and listing.

use super::rows::{ARTICLE_COLUMNS, article_row, clean_spans, spans_json};
use super::{Result, Store, StoreError, events, now};
use crate::extract::Extraction;
use crate::model::Article;
use rusqlite::{Connection, OptionalExtension, ToSql, params};
use sha2::{Digest, Sha256};

/// An article to import: the text is already normalized (see `extract::normalize`).
#[derive(Debug, Clone, Default)]
pub struct NewArticle {
    pub title: String,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published: Option<chrono::NaiveDate>,
    pub text: String,
}

pub fn sha256_hex(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

impl Store {
    /// Import an article with what the extractor found in it, in one transaction: the article,
    /// its claims, values and event land together or not at all. Returns the article and whether
    /// it is new: the same text imported again returns the existing article and adds nothing.
    pub fn import(
        &mut self,
        new: &NewArticle,
        extraction: &Extraction,
        actor: &str,
    ) -> Result<(Article, bool)> {
        check_not_empty(new)?;
        let (id, created) = self.write(|tx| insert_article(tx, new, extraction, actor))?;
        Ok((self.article(id)?, created))
    }

    /// Import several articles in one transaction: all of them, or none. For bulk loading by
    /// tools (the benchmarks); the desk imports article by article (`import`), so that other
    /// writers never wait for a whole folder.
    pub fn import_all(
        &mut self,
        articles: &[(NewArticle, Extraction)],
        actor: &str,
    ) -> Result<Vec<(Article, bool)>> {
        for (new, _) in articles {
            check_not_empty(new)?;
        }
        let ids = self.write(|tx| {
            articles
                .iter()
                .map(|(new, extraction)| insert_article(tx, new, extraction, actor))
                .collect::<Result<Vec<_>>>()
        })?;
        ids.into_iter()
            .map(|(id, created)| Ok((self.article(id)?, created)))
            .collect()
    }

    pub fn articles(&self) -> Result<Vec<Article>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ARTICLE_COLUMNS} FROM articles a ORDER BY a.id"
        ))?;
        let rows = stmt.query_map([], article_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every article without its counts (`claim_count` and `reviewed` left at 0): what the
    /// workbench lists and titles, which counts from its own rows. Two counts per article cost
    /// more than the rest of its start.
    pub fn articles_uncounted(&self) -> Result<Vec<Article>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.title, a.url, a.author, a.published, a.imported_at, a.sha256,
                    0 AS claim_count, 0 AS reviewed
             FROM articles a ORDER BY a.id",
        )?;
        let rows = stmt.query_map([], article_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn article(&self, id: i64) -> Result<Article> {
        article(&self.conn, id)
    }

    /// The article's text, as stored (offsets of claims and values index into it).
    pub fn article_text(&self, id: i64) -> Result<String> {
        self.conn
            .query_row("SELECT text FROM articles WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::NotFound {
                what: "article",
                id,
            })
    }
}

fn check_not_empty(new: &NewArticle) -> Result<()> {
    if new.text.trim().is_empty() {
        return Err(StoreError::Invalid(format!(
            "the article \"{}\" is empty",
            new.title
        )));
    }
    Ok(())
}

pub(super) fn article(conn: &Connection, id: i64) -> Result<Article> {
    conn.prepare_cached(&format!(
        "SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?1"
    ))?
    .query_row([id], article_row)
    .optional()?
    .ok_or(StoreError::NotFound {
        what: "article",
        id,
    })
}

fn insert_article(
    tx: &Connection,
    new: &NewArticle,
    extraction: &Extraction,
    actor: &str,
) -> Result<(i64, bool)> {
    let sha = sha256_hex(&new.text);
    // Statements cached on the connection: a folder import stores hundreds of articles in a row.
    if let Some(id) = tx
        .prepare_cached("SELECT id FROM articles WHERE sha256 = ?1")?
        .query_row([&sha], |r| r.get(0))
        .optional()?
    {
        return Ok((id, false));
    }
    let at = now();
    tx.prepare_cached(
        "INSERT INTO articles (title, url, author, published, imported_at, sha256, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        new.title,
        new.url,
        new.author,
        new.published.map(|d| d.to_string()),
        at,
        sha,
        new.text
    ])?;
    let article_id = tx.last_insert_rowid();
    let claim_ids = insert_claims(tx, article_id, &new.text, extraction, &at)?;
    // Each value belongs to the first claim that lists it, if any.
    let mut owner: Vec<Option<i64>> = vec![None; extraction.values.len()];
    for (c, id) in extraction.claims.iter().zip(&claim_ids) {
        for &v in &c.values {
            if let Some(slot) = owner.get_mut(v) {
                slot.get_or_insert(*id);
            }
        }
    }
    insert_values(tx, article_id, extraction, &owner)?;
    events::record(
        tx,
        actor,
        "import",
        "article",
        article_id,
        None,
        None,
        Some(serde_json::json!({
            "title": new.title, "url": new.url, "published": new.published,
            "sha256": sha, "claims": claim_ids.len(), "values": extraction.values.len(),
        })),
    )?;
    Ok((article_id, true))
}

/// Insert the extraction's values (each with the claim that owns it), several to a statement:
/// the CHECK lists of a value's kind and modifier are built once per statement, not per row.
fn insert_values(
    tx: &Connection,
    article_id: i64,
    extraction: &Extraction,
    owner: &[Option<i64>],
) -> Result<()> {
    struct Row<'v> {
        claim_id: Option<i64>,
        kind: &'static str,
        text: &'v str,
        start: i64,
        end: i64,
        value: Option<&'v str>,
        modifier: Option<&'static str>,
    }
    let rows: Vec<Row> = extraction
        .values
        .iter()
        .zip(owner)
        .filter(|(v, _)| v.end > v.start)
        .map(|(v, claim_id)| Row {
            claim_id: *claim_id,
            kind: v.kind.as_str(),
            text: &v.text,
            start: v.start as i64,
            end: v.end as i64,
            value: v.value.as_deref(),
            modifier: v.modifier.map(|m| m.as_str()),
        })
        .collect();
    insert_rows(
        tx,
        "INSERT INTO \"values\" (article_id, claim_id, kind, text, start, \"end\", value, modifier)",
        "(?, ?, ?, ?, ?, ?, ?, ?)",
        &rows,
        |r, params| {
            params.extend_from_slice(&[
                &article_id as &dyn ToSql,
                &r.claim_id,
                &r.kind,
                &r.text,
                &r.start,
                &r.end,
                &r.value,
                &r.modifier,
            ])
        },
    )
}

/// Insert `rows` with `head` ("INSERT INTO t (columns)"), up to `CLAIMS_PER_INSERT` to a
/// statement, each row's placeholders `row` and its parameters pushed by `params`. Statements are
/// cached per number of rows: an article's count is nearly always one seen before.
fn insert_rows<'a, R>(
    tx: &Connection,
    head: &str,
    row: &str,
    rows: &'a [R],
    params: impl Fn(&'a R, &mut Vec<&'a dyn ToSql>),
) -> Result<()> {
    let mut values: Vec<&dyn ToSql> = Vec::new();
    for chunk in rows.chunks(CLAIMS_PER_INSERT) {
        let sql = format!("{head} VALUES {}", vec![row; chunk.len()].join(", "));
        values.clear();
        for r in chunk {
            params(r, &mut values);
        }
        tx.prepare_cached(&sql)?.execute(values.as_slice())?;
    }
    Ok(())
}

/// Claims (and values) per INSERT statement. A statement that fires the full-text trigger opens a statement
/// savepoint, and at each savepoint FTS5 writes the terms it holds as a new segment (and merges
/// segments): with one statement per claim that was most of the cost of storing an import; with
/// one per chunk it is once per article for nearly every article.
const CLAIMS_PER_INSERT: usize = 256;

/// The columns of a claim as stored, in the order of `CLAIM_ROW`.
const CLAIM_COLUMNS: &str = "article_id, text, start, \"end\", sentence, score, cues, subject,
     created_at, updated_at, parts, claimant_name, claimant_kind, type, appearances, recheck_on";
const CLAIM_ROW: &str = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

/// Insert the extraction's claims of a new article, several to a statement; returns their ids in
/// the extraction's order.
fn insert_claims(
    tx: &Connection,
    article_id: i64,
    text: &str,
    extraction: &Extraction,
    at: &str,
) -> Result<Vec<i64>> {
    let len = text.chars().count();
    struct Row<'c> {
        text: &'c str,
        start: i64,
        end: i64,
        sentence: i64,
        score: f64,
        cues: String,
        subject: Option<&'c str>,
        parts: String,
        claimant_name: Option<&'c str>,
        claimant_kind: Option<&'static str>,
        kind: &'static str,
        appearances: String,
        recheck_on: Option<&'c str>,
    }
    let rows: Vec<Row> = extraction
        .claims
        .iter()
        .map(|c| {
            let claimant = c
                .claimant
                .as_ref()
                .map(|k| (k.name.trim(), k.kind.as_str()))
                .filter(|(name, _)| !name.is_empty());
            Row {
                text: &c.text,
                start: c.start as i64,
                end: c.end as i64,
                sentence: c.sentence as i64,
                score: c.score.clamp(0.0, 1.0),
                cues: serde_json::to_string(&c.cues).unwrap_or_else(|_| "[]".into()),
                subject: c.subject.as_deref(),
                parts: spans_json(&clean_spans(&c.parts, c.start, c.end, len)),
                claimant_name: claimant.map(|k| k.0),
                claimant_kind: claimant.map(|k| k.1),
                kind: c.kind.as_str(),
                appearances: spans_json(&clean_spans(&c.appearances, c.start, c.end, len)),
                recheck_on: c.recheck_on.as_deref(),
            }
        })
        .collect();
    insert_rows(
        tx,
        &format!("INSERT INTO claims ({CLAIM_COLUMNS})"),
        CLAIM_ROW,
        &rows,
        |r, params| {
            params.extend_from_slice(&[
                &article_id as &dyn ToSql,
                &r.text,
                &r.start,
                &r.end,
                &r.sentence,
                &r.score,
                &r.cues,
                &r.subject,
                &at,
                &at,
                &r.parts,
                &r.claimant_name,
                &r.claimant_kind,
                &r.kind,
                &r.appearances,
                &r.recheck_on,
            ])
        },
    )?;
    // The rows of a VALUES list are inserted in order, each taking an id above every id there
    // (an INTEGER PRIMARY KEY), and the article is new: its claims in id order are these, in
    // the extraction's order.
    let ids: Vec<i64> = tx
        .prepare_cached("SELECT id FROM claims WHERE article_id = ?1 ORDER BY id")?
        .query_map([article_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if ids.len() != rows.len() {
        return Err(StoreError::Invalid(format!(
            "{} claims were stored for an article of {}",
            ids.len(),
            rows.len()
        )));
    }
    Ok(ids)
}
