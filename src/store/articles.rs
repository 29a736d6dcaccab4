//! Articles: import (with the extractor's claims and values) and listing.

use super::rows::{ARTICLE_COLUMNS, article_row, clean_spans, spans_json};
use super::{Result, Store, StoreError, events, now};
use crate::extract::Extraction;
use crate::model::Article;
use rusqlite::{Connection, OptionalExtension, params};
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
    conn.query_row(
        &format!("SELECT {ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?1"),
        [id],
        article_row,
    )
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
    if let Some(id) = tx
        .query_row("SELECT id FROM articles WHERE sha256 = ?1", [&sha], |r| {
            r.get(0)
        })
        .optional()?
    {
        return Ok((id, false));
    }
    let at = now();
    tx.execute(
        "INSERT INTO articles (title, url, author, published, imported_at, sha256, text)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![
            new.title,
            new.url,
            new.author,
            new.published.map(|d| d.to_string()),
            at,
            sha,
            new.text
        ],
    )?;
    let article_id = tx.last_insert_rowid();
    let mut claim_ids = Vec::with_capacity(extraction.claims.len());
    {
        let mut insert = tx.prepare(
            "INSERT INTO claims (article_id, text, start, \"end\", sentence, score, cues,
                                     subject, created_at, updated_at, parts, claimant_name,
                                     claimant_kind, type, appearances, recheck_on)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?;
        let len = new.text.chars().count();
        for c in &extraction.claims {
            let claimant = c
                .claimant
                .as_ref()
                .map(|k| (k.name.trim(), k.kind.as_str()))
                .filter(|(name, _)| !name.is_empty());
            insert.execute(params![
                article_id,
                c.text,
                c.start as i64,
                c.end as i64,
                c.sentence as i64,
                c.score.clamp(0.0, 1.0),
                serde_json::to_string(&c.cues).unwrap_or_else(|_| "[]".into()),
                c.subject,
                at,
                spans_json(&clean_spans(&c.parts, c.start, c.end, len)),
                claimant.map(|k| k.0),
                claimant.map(|k| k.1),
                c.kind.as_str(),
                spans_json(&clean_spans(&c.appearances, c.start, c.end, len)),
                c.recheck_on,
            ])?;
            claim_ids.push(tx.last_insert_rowid());
        }
    }
    // Each value belongs to the first claim that lists it, if any.
    let mut owner: Vec<Option<i64>> = vec![None; extraction.values.len()];
    for (c, id) in extraction.claims.iter().zip(&claim_ids) {
        for &v in &c.values {
            if let Some(slot) = owner.get_mut(v) {
                slot.get_or_insert(*id);
            }
        }
    }
    {
        let mut insert = tx.prepare(
                "INSERT INTO \"values\" (article_id, claim_id, kind, text, start, \"end\", value, modifier)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
        for (v, claim_id) in extraction.values.iter().zip(owner) {
            if v.end <= v.start {
                continue;
            }
            insert.execute(params![
                article_id,
                claim_id,
                v.kind.as_str(),
                v.text,
                v.start as i64,
                v.end as i64,
                v.value,
                v.modifier.map(|m| m.as_str())
            ])?;
        }
    }
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
