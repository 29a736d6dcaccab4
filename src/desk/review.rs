//! Review: sources and evidence on a claim, and verdicts on the desk's scale.

use super::Desk;
use crate::error::Result;
use crate::model::{Evidence, Source, Verdict};
use crate::store::NewEvidence;

impl Desk {
    /// Attach evidence to a claim: an existing source by id, or a source by URL (reused when the
    /// normalized URL is known).
    pub fn add_evidence(
        &mut self,
        claim: i64,
        new: &NewEvidence,
        expected: Option<i64>,
    ) -> Result<Evidence> {
        Ok(self
            .store
            .add_evidence_checked(claim, new, &self.reviewer, expected)?)
    }

    pub fn remove_evidence(&mut self, id: i64, expected: Option<i64>) -> Result<Evidence> {
        Ok(self.store.remove_evidence(id, &self.reviewer, expected)?)
    }

    /// Remove a source that no evidence cites.
    pub fn remove_source(&mut self, id: i64) -> Result<Source> {
        Ok(self.store.remove_source(id, &self.reviewer)?)
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
        Ok(self.store.add_verdict_checked(
            claim,
            rating,
            rationale,
            &self.reviewer,
            &self.config.scale,
            expected,
        )?)
    }
}
