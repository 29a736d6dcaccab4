//! Changing an article's description (title, URL, publication date) and the values that a new
//! publication date resolves differently, in one transaction with one event.

use super::{Result, Store, StoreError, events};
use crate::model::Article;
use rusqlite::params;

/// New fields for an article; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleUpdate {
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<chrono::NaiveDate>,
    /// The URL and date exactly as given, `None` clearing them (an undo giving an article back
    /// as it was); otherwise `None` leaves a field as it is.
    pub exact: bool,
}

/// A stored value (by id) and its normalized form under the new publication date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revalued {
    pub id: i64,
    pub value: Option<String>,
}

impl Store {
    /// Change an article's fields and the values `revalued` names. Returns the article and how
    /// many values changed.
    pub fn update_article(
        &mut self,
        id: i64,
        update: &ArticleUpdate,
        revalued: &[Revalued],
        actor: &str,
    ) -> Result<(Article, usize)> {
        if update.title.as_deref().is_some_and(|t| t.trim().is_empty()) {
            return Err(StoreError::Invalid(
                "an article's title cannot be empty".into(),
            ));
        }
        let changed = self.write(|tx| {
            let before = super::articles::article(tx, id)?;
            let sql = if update.exact {
                "UPDATE articles SET title = coalesce(?2, title), url = ?3, published = ?4
                 WHERE id = ?1"
            } else {
                "UPDATE articles SET title = coalesce(?2, title), url = coalesce(?3, url),
                                     published = coalesce(?4, published)
                 WHERE id = ?1"
            };
            tx.execute(
                sql,
                params![
                    id,
                    update.title.as_deref().map(str::trim),
                    update.url,
                    update.published.map(|d| d.to_string())
                ],
            )?;
            let mut changed = 0;
            let mut stmt = tx.prepare_cached(
                "UPDATE \"values\" SET value = ?2
                 WHERE id = ?1 AND article_id = ?3 AND value IS NOT ?2",
            )?;
            for v in revalued {
                changed += stmt.execute(params![v.id, v.value, id])?;
            }
            let after = super::articles::article(tx, id)?;
            let json = |a: &Article| {
                serde_json::json!({"title": a.title, "url": a.url, "published": a.published})
            };
            let mut after_json = json(&after);
            after_json["values_changed"] = changed.into();
            events::record(
                tx,
                actor,
                "article-edit",
                "article",
                id,
                None,
                Some(json(&before)),
                Some(after_json),
            )?;
            Ok(changed)
        })?;
        Ok((self.article(id)?, changed))
    }
}
