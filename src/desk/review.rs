//! Review: sources and evidence on a claim, and verdicts on the desk's scale.

use super::undo::UndoStep;
use super::{Desk, needs_words, typed};
use crate::error::{Error, Result};
use crate::model::{Evidence, Source, Verdict};
use crate::store::{NewEvidence, normalize_url};

/// A text given and not blank, trimmed.
fn given(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The values of new evidence that need no database: the URLs, the access date, the quote.
fn check_evidence(new: &NewEvidence) -> Result<()> {
    if new.source_id.is_none() {
        typed(normalize_url(&new.source.url))?;
        if let Some(archive) = given(&new.source.archive_url) {
            typed(normalize_url(archive))?;
        }
        if let Some(d) = given(&new.source.accessed) {
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").map_err(|_| {
                Error::bad_input(format!(
                    "accessed date \"{}\" is not a date; write it as YYYY-MM-DD",
                    crate::safe::line(d, 40)
                ))
            })?;
        }
    }
    if let Some(q) = &new.quote {
        needs_words(
            q,
            "the quote is empty; give the words the source says, or no quote",
        )?;
    }
    Ok(())
}

/// A day typed as YYYY-MM-DD (years 1 to 9999).
fn day(s: &str) -> Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (1..=9999).contains(&chrono::Datelike::year(d)))
        .ok_or_else(|| {
            Error::bad_input(format!(
                "\"{}\" is not a date; write it as YYYY-MM-DD",
                crate::safe::line(s, 40)
            ))
        })
}

impl Desk {
    /// What `quote` says of claim `claim`'s values, and the stance it suggests (the reviewer
    /// confirms or changes it; nothing is written).
    pub fn suggest_stance(&self, claim: i64, quote: &str) -> Result<crate::compare::Suggestion> {
        Ok(self.store.claim(claim)?.compare_quote(quote))
    }

    /// Set (`Some`, YYYY-MM-DD) or clear the day claim `claim` is to be checked again.
    pub fn set_recheck(
        &mut self,
        claim: i64,
        on: Option<&str>,
        expected: Option<i64>,
    ) -> Result<crate::model::ClaimDetail> {
        let on = on.map(day).transpose()?;
        let on = on.map(|d| d.format("%Y-%m-%d").to_string());
        Ok(self
            .store
            .set_recheck(claim, on.as_deref(), &self.reviewer, expected)?)
    }

    /// The claims whose re-check date has come by day `on` (YYYY-MM-DD; none: today), not
    /// dismissed, in article order.
    pub fn due(&self, on: Option<&str>) -> Result<Vec<crate::model::Claim>> {
        let on = match on {
            Some(d) => day(d)?,
            None => chrono::Local::now().date_naive(),
        };
        Ok(self.store.claims(&crate::store::ClaimFilter {
            due_on: Some(on.format("%Y-%m-%d").to_string()),
            ..Default::default()
        })?)
    }

    /// Attach evidence to a claim: an existing source by id, or a source by URL (reused when the
    /// normalized URL is known).
    pub fn add_evidence(
        &mut self,
        claim: i64,
        new: &NewEvidence,
        expected: Option<i64>,
    ) -> Result<Evidence> {
        check_evidence(new)?;
        self.all_or_nothing(|d| {
            let out = d
                .store
                .add_evidence_checked(claim, new, &d.reviewer, expected)?;
            let step = UndoStep::RemoveEvidence {
                claim,
                evidence: out.id,
                version: d.store.claim(claim)?.claim.version,
            };
            d.remember("evidence added", claim, Ok(vec![step]))?;
            Ok(out)
        })
    }

    /// When removing piece of evidence `id` would put its claim back in review (its verdict
    /// would no longer have the evidence its rating needs), the sentence that says so: the
    /// workbench asks with it before, the command line prints it after.
    pub fn removal_reopens(&self, id: i64) -> Result<Option<String>> {
        let evidence = self.store.evidence(id)?;
        let claim = self.store.claim(evidence.claim_id)?;
        Ok(claim.reopened_by_removing(id))
    }

    /// Dismiss the stance piece of evidence `id`'s quote suggests, remembered: `show`, the
    /// detail pane and the reports no longer say "the values suggest …" for it. Gives the
    /// evidence and whether anything changed (false: dismissed already).
    pub fn dismiss_suggestion(&mut self, id: i64) -> Result<(Evidence, bool)> {
        if id < 1 {
            return Err(Error::bad_input(format!(
                "{id} is not an evidence id (they start at 1); give one that `show CLAIM_ID` lists"
            )));
        }
        self.all_or_nothing(|d| {
            let (evidence, changed) = d.store.dismiss_suggestion(id, &d.reviewer)?;
            if changed {
                let claim = evidence.claim_id;
                let step = UndoStep::KeepSuggestion {
                    claim,
                    evidence: id,
                };
                d.remember("suggested stance dismissed", claim, Ok(vec![step]))?;
            }
            Ok((evidence, changed))
        })
    }

    /// Dismiss the suggested stances of several pieces of evidence (the workbench's `z` on a
    /// claim): all or none, one change on the undo stack. Gives how many changed.
    pub fn dismiss_suggestions(&mut self, ids: &[i64]) -> Result<usize> {
        self.all_or_nothing(|d| {
            let mut steps = Vec::new();
            d.quietly(|d| {
                for &id in ids {
                    let (evidence, changed) = d.dismiss_suggestion(id)?;
                    if changed {
                        steps.push(UndoStep::KeepSuggestion {
                            claim: evidence.claim_id,
                            evidence: id,
                        });
                    }
                }
                Ok(())
            })?;
            let changed = steps.len();
            if let Some(claim) = steps.first().and_then(UndoStep::claim) {
                d.remember("suggested stances dismissed", claim, Ok(steps))?;
            }
            Ok(changed)
        })
    }

    pub fn remove_evidence(&mut self, id: i64, expected: Option<i64>) -> Result<Evidence> {
        self.all_or_nothing(|d| {
            let out = d.store.remove_evidence(id, &d.reviewer, expected)?;
            let claim = out.claim_id;
            let step = UndoStep::AddEvidenceAgain {
                claim,
                evidence: Box::new(out.clone()),
                version: d.store.claim(claim)?.claim.version,
            };
            d.remember("evidence removed", claim, Ok(vec![step]))?;
            Ok(out)
        })
    }

    /// Remove a source that no evidence cites.
    pub fn remove_source(&mut self, id: i64) -> Result<Source> {
        self.all_or_nothing(|d| {
            let source = d.store.remove_source(id, &d.reviewer)?;
            let step = UndoStep::AddSourceAgain {
                source: Box::new(source.clone()),
            };
            d.remember("source removed", None, Ok(vec![step]))?;
            Ok(source)
        })
    }

    /// Record a verdict; the scale's rules (a rating on it, the evidence it needs, a rationale)
    /// are checked by the store in the same transaction.
    pub fn add_verdict(
        &mut self,
        claim: i64,
        rating: &str,
        rationale: &str,
        expected: Option<i64>,
    ) -> Result<Verdict> {
        self.add_verdict_as(claim, rating, rationale, expected, false)
    }

    /// As `add_verdict`; with `recheck`, a verdict given on checking a dated claim again: it
    /// supersedes the verdicts before it (kept, "before re-check") and clears the re-check date.
    pub fn add_verdict_as(
        &mut self,
        claim: i64,
        rating: &str,
        rationale: &str,
        expected: Option<i64>,
        recheck: bool,
    ) -> Result<Verdict> {
        let scale = &self.config.scale;
        if !scale.contains(rating) {
            return Err(Error::bad_input(format!(
                "\"{}\" is not a rating on the scale; use one of: {}",
                crate::safe::line(rating, 40),
                scale.ratings.join(", ")
            )));
        }
        if scale.require_rationale {
            needs_words(
                rationale,
                "a verdict needs a rationale on this desk's scale; say why the rating is right",
            )?;
        }
        self.all_or_nothing(|d| {
            let out = d.store.add_verdict_checked(
                claim,
                rating,
                rationale,
                &d.reviewer,
                &d.config.scale,
                expected,
                recheck,
            )?;
            let step = UndoStep::Withdraw {
                claim,
                verdict: out.id,
            };
            d.remember("verdict recorded", claim, Ok(vec![step]))?;
            Ok(out)
        })
    }
}
