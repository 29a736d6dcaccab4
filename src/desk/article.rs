//! `article set`: correct an article's title, URL or publication date. A new date resolves the
//! article's relative dates again ("last April", "on Friday"), so a value once shown `→ ?` gets
//! its date.

use super::Desk;
use super::undo::UndoStep;
use crate::error::{Error, Result};
use crate::extract;
use crate::model::Article;
use crate::store::{ArticleUpdate, Revalued};
use chrono::NaiveDate;

/// What to change; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleChanges {
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
}

impl ArticleChanges {
    pub fn is_empty(&self) -> bool {
        self.title.is_none() && self.url.is_none() && self.published.is_none()
    }
}

/// An article's address: http or https, nothing a browser would run.
pub fn check_article_url(raw: &str) -> Result<String> {
    let raw = raw.trim();
    let url = url::Url::parse(raw).map_err(|e| {
        Error::bad_input(format!(
            "\"{}\" is not a valid URL ({e}); give a full address such as https://example.com/story",
            crate::safe::line(raw, 80)
        ))
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(Error::bad_input(format!(
            "\"{}\" is not a web address; give an http:// or https:// URL",
            crate::safe::line(raw, 80)
        )));
    }
    Ok(raw.to_string())
}

impl Desk {
    /// Change an article's description; returns it and how many of its values a new date
    /// resolved differently.
    pub fn set_article(&mut self, id: i64, changes: &ArticleChanges) -> Result<(Article, usize)> {
        if changes.is_empty() {
            return Err(Error::bad_input(
                "nothing to change; give a title, a URL or a publication date",
            ));
        }
        if let Some(title) = &changes.title {
            super::needs_words(title, "an article's title cannot be empty")?;
        }
        let url = changes.url.as_deref().map(check_article_url).transpose()?;
        let revalued = match changes.published {
            Some(date) => self.revalue(id, Some(date))?,
            None => Vec::new(),
        };
        let update = ArticleUpdate {
            title: changes.title.clone(),
            url,
            published: changes.published,
            exact: false,
        };
        self.update_article_with_undo(id, &update, &revalued)
    }

    /// Write `update`, with the step that gives the article back as it was on the undo stack.
    fn update_article_with_undo(
        &mut self,
        id: i64,
        update: &ArticleUpdate,
        revalued: &[Revalued],
    ) -> Result<(Article, usize)> {
        self.all_or_nothing(|d| {
            let before = d.store.article(id)?;
            let out = d.store.update_article(id, update, revalued, &d.reviewer)?;
            d.remember(
                "article edited",
                None,
                Ok(vec![UndoStep::article_as(before)]),
            )?;
            Ok(out)
        })
    }

    /// An article's title, URL and date set back to what they were (the undo of `set_article`;
    /// values resolved again against the date, a URL or date it did not have cleared); the step
    /// that takes this back in turn.
    pub(super) fn put_article_back(
        &mut self,
        id: i64,
        title: String,
        url: Option<String>,
        published: Option<String>,
    ) -> Result<UndoStep> {
        // Every stored date has the shape YYYY-MM-DD: the schema checks it.
        let published = published
            .map(|p| {
                NaiveDate::parse_from_str(&p, "%Y-%m-%d").map_err(|_| {
                    Error::bad_input(format!(
                        "article {id}'s earlier date \"{}\" cannot be read back; set it with `claimdesk article set {id} --published YYYY-MM-DD`",
                        crate::safe::line(&p, 40)
                    ))
                })
            })
            .transpose()?;
        let before = self.store.article(id)?;
        let revalued = self.revalue(id, published)?;
        let update = ArticleUpdate {
            title: Some(title),
            url,
            published,
            exact: true,
        };
        self.store
            .update_article(id, &update, &revalued, &self.reviewer)?;
        Ok(UndoStep::article_as(before))
    }

    /// The article's stored values as the extractor resolves them against `published` (None:
    /// no date): each stored value matched by kind and span to one found again.
    fn revalue(&self, article: i64, published: Option<NaiveDate>) -> Result<Vec<Revalued>> {
        let text = self.store.article_text(article)?;
        let found = extract::extract(&text, published).values;
        let stored = self.store.values_of_article(article)?;
        Ok(stored
            .iter()
            .filter_map(|s| {
                let again = found
                    .iter()
                    .find(|f| f.start == s.start && f.end == s.end && f.kind == s.kind)?;
                Some(Revalued {
                    id: s.id,
                    value: again.value.clone(),
                })
            })
            .collect())
    }
}
