//! Consistency findings of an article (`claimdesk check`, the workbench's `C`): the checks of
//! `crate::consistency` run over the article's claims and values, with the reviewer's dismissals.

use super::Desk;
use super::undo::{CANNOT_UNDO, UndoStep};
use crate::consistency::{self, ClaimIn, Finding, ValueIn};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use serde::Serialize;

/// A finding and whether the reviewer dismissed it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Checked {
    #[serde(flatten)]
    pub finding: Finding,
    pub dismissed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dismissed_reason: Option<String>,
}

impl Checked {
    /// A contradiction or tension nobody has dismissed.
    pub fn is_open(&self) -> bool {
        !self.dismissed && self.finding.is_open_problem()
    }
}

/// The findings of an article file, extracted without a database; claims are numbered from 1 in
/// the order `claimdesk extract` lists them.
pub fn check_text(text: &str, published: Option<NaiveDate>) -> Vec<Finding> {
    let x = crate::extract::extract(text, published);
    consistency::check_extraction(text, &x)
}

impl Desk {
    /// The findings of a stored article, its dismissed ones marked. `published` stands in for the
    /// article's own date (the stored values keep the resolution of its own date). Dismissed
    /// claims take no part.
    pub fn findings(&self, article: i64, published: Option<NaiveDate>) -> Result<Vec<Checked>> {
        // An id the desk does not hold is the reviewer's mistake: bad input (exit status 2).
        let a = self.store.article(article).map_err(|e| match e {
            crate::store::StoreError::NotFound { .. } => Error::bad_input(format!(
                "there is no article with id {article}; `claimdesk articles` lists them"
            )),
            e => Error::Store(e),
        })?;
        let published = published.or_else(|| a.published.as_deref().and_then(|d| d.parse().ok()));
        let text = self.store.article_text(article)?;
        let claims: Vec<ClaimIn> = self.store.claims_to_check(article)?;
        let values: Vec<ValueIn> = self
            .store
            .values_of_article(article)?
            .into_iter()
            .map(|v| ValueIn {
                kind: v.kind,
                text: v.text,
                start: v.start,
                end: v.end,
                value: v.value,
                modifier: v.modifier,
            })
            .collect();
        let dismissed = self.store.finding_dismissals(article)?;
        Ok(consistency::check(&text, published, &values, &claims)
            .into_iter()
            .map(|finding| {
                let d = dismissed.iter().find(|d| d.key == finding.key);
                Checked {
                    dismissed: d.is_some(),
                    dismissed_reason: d.and_then(|d| d.reason.clone()),
                    finding,
                }
            })
            .collect())
    }

    /// Dismiss the finding `key` (of `article`, or of whichever article has it), with an
    /// optional reason; returns the article and the finding.
    pub fn dismiss_finding(
        &mut self,
        key: &str,
        article: Option<i64>,
        reason: Option<&str>,
    ) -> Result<(i64, Finding)> {
        self.all_or_nothing(|d| {
            let (id, finding, step) = d.dismiss_finding_with_undo(key, article, reason)?;
            let claim = step.as_ref().ok().and_then(UndoStep::claim);
            d.remember("finding dismissed", claim, step.map(|s| vec![s]))?;
            Ok((id, finding))
        })
    }

    /// As `dismiss_finding`, with the step that takes it back: the finding shown again, or its
    /// old reason given back when it was dismissed already (none when it names no claim).
    pub(super) fn dismiss_finding_with_undo(
        &mut self,
        key: &str,
        article: Option<i64>,
        reason: Option<&str>,
    ) -> Result<(i64, Finding, std::result::Result<UndoStep, &'static str>)> {
        let key = key.trim();
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::bad_input(format!(
                "\"{}\" is not a finding key; `claimdesk check ARTICLE_ID` shows each finding's key",
                crate::safe::line(key, 40)
            )));
        }
        let reason = reason.map(str::trim).filter(|r| !r.is_empty());
        let articles: Vec<i64> = match article {
            Some(id) => vec![id],
            None => self.store.articles()?.iter().map(|a| a.id).collect(),
        };
        for id in articles {
            let found = self
                .findings(id, None)?
                .into_iter()
                .find(|c| c.finding.key == key);
            if let Some(c) = found {
                let what = serde_json::json!({
                    "kind": c.finding.kind,
                    "severity": c.finding.severity,
                    "claims": c.finding.claims,
                    "values": c.finding.values,
                });
                let step = match c.finding.claims.first().copied() {
                    None => Err(CANNOT_UNDO),
                    Some(claim) if c.dismissed => Ok(UndoStep::DismissFinding {
                        claim,
                        article: id,
                        key: key.to_string(),
                        reason: c.dismissed_reason.clone(),
                    }),
                    Some(claim) => Ok(UndoStep::KeepFinding {
                        claim,
                        article: id,
                        key: key.to_string(),
                    }),
                };
                self.store
                    .dismiss_finding(id, key, reason, what, &self.reviewer)?;
                return Ok((id, c.finding, step));
            }
        }
        Err(Error::bad_input(format!(
            "no finding has the key {key}; `claimdesk check ARTICLE_ID --all` lists the keys"
        )))
    }
}
