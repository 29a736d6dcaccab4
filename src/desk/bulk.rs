//! Bulk actions on several claims at once (the workbench's marks, the command line's list of
//! ids): dismiss, merge, one verdict. Each is ONE transaction; a verdict the evidence gate refuses
//! is left out and named, every other failure takes the whole action back.

use super::Desk;
use super::needs_words;
use super::undo::UndoStep;
use crate::error::{Error, Result};
use crate::model::ClaimDetail;
use crate::store::StoreError;

/// What a bulk dismissal did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BulkDismissed {
    /// The claims dismissed, in the order given.
    pub dismissed: Vec<i64>,
    /// The claims that were dismissed already (left as they were).
    pub already: Vec<i64>,
}

/// What a bulk verdict did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BulkVerdicts {
    /// The claims the verdict was recorded on, in the order given.
    pub recorded: Vec<i64>,
    /// The claims the evidence gate refused, each with its sentence.
    pub refused: Vec<(i64, String)>,
}

/// The ids once each, in the order first given.
fn unique(ids: &[i64]) -> Vec<i64> {
    let mut seen = std::collections::HashSet::new();
    ids.iter().copied().filter(|id| seen.insert(*id)).collect()
}

impl Desk {
    /// Run `f` as one transaction: everything it changed stays, or (on an error) nothing. The
    /// workbench's undo of a change of several steps uses it.
    pub fn all_or_nothing<T>(&mut self, f: impl FnOnce(&mut Desk) -> Result<T>) -> Result<T> {
        if self.store.in_batch() {
            // Part of a larger transaction: it decides.
            return f(self);
        }
        self.store.begin_batch()?;
        match f(self) {
            Ok(out) => {
                self.store.end_batch(true)?;
                Ok(out)
            }
            Err(e) => {
                // The error says what went wrong; a failed rollback cannot say more.
                let _ = self.store.end_batch(false);
                Err(e)
            }
        }
    }

    /// Dismiss every claim of `ids` for one reason; claims dismissed already are left as they are.
    pub fn dismiss_claims(&mut self, ids: &[i64], reason: &str) -> Result<BulkDismissed> {
        needs_words(
            reason,
            "a dismissal needs a reason; say why the claims are not worth checking",
        )?;
        let ids = unique(ids);
        if ids.is_empty() {
            return Err(Error::bad_input("no claim to dismiss; give claim ids"));
        }
        self.all_or_nothing(|desk| {
            let mut out = BulkDismissed::default();
            let mut steps = Vec::new();
            desk.quietly(|desk| {
                for id in ids {
                    let row = desk.store.claim_row(id)?;
                    if row.status == crate::model::Status::Dismissed {
                        out.already.push(id);
                    } else {
                        let d = desk.dismiss_claim(id, reason, None)?;
                        out.dismissed.push(id);
                        steps.push(UndoStep::Restore {
                            claim: id,
                            version: d.claim.version,
                        });
                    }
                }
                Ok(())
            })?;
            if let Some(&first) = out.dismissed.first() {
                steps.reverse();
                desk.remember("marked claims dismissed", first, Ok(steps))?;
            }
            Ok(out)
        })
    }

    /// Merge the claims of `ids` (two or more, of one article) into the first in reading order,
    /// one after the other in reading order.
    pub fn merge_many(&mut self, ids: &[i64]) -> Result<ClaimDetail> {
        let ids = unique(ids);
        if ids.len() < 2 {
            return Err(Error::bad_input(
                "a merge needs two claims or more; mark another claim",
            ));
        }
        let mut rows = ids
            .iter()
            .map(|&id| self.store.claim_row(id))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        rows.sort_by_key(|r| (r.article_id, r.start, r.id));
        if rows.iter().any(|r| r.article_id != rows[0].article_id) {
            return Err(Error::bad_input(
                "the claims belong to different articles; only claims of one article can be merged",
            ));
        }
        let first = rows[0].id;
        let others: Vec<i64> = rows[1..].iter().map(|r| r.id).collect();
        self.all_or_nothing(|desk| {
            let mut merged = None;
            let mut steps = Vec::new();
            for other in others {
                let (out, step) = desk.merge_with_undo(first, other, None)?;
                merged = Some(out);
                steps.push(step);
            }
            steps.reverse();
            desk.remember("marked claims merged", first, Ok(steps))?;
            merged.ok_or_else(|| Error::bad_input("a merge needs two claims or more"))
        })
    }

    /// Record one verdict on every claim of `ids`, each through the evidence gate: the claims it
    /// refuses are named and left as they were, the others get the verdict.
    pub fn add_verdicts(
        &mut self,
        ids: &[i64],
        rating: &str,
        rationale: &str,
    ) -> Result<BulkVerdicts> {
        let ids = unique(ids);
        if ids.is_empty() {
            return Err(Error::bad_input("no claim to rate; give claim ids"));
        }
        self.all_or_nothing(|desk| {
            let mut out = BulkVerdicts::default();
            let mut steps = Vec::new();
            desk.quietly(|desk| {
                for id in ids {
                    match desk.add_verdict(id, rating, rationale, None) {
                        Ok(v) => {
                            out.recorded.push(id);
                            steps.push(UndoStep::Withdraw {
                                claim: id,
                                verdict: v.id,
                            });
                        }
                        Err(e @ Error::Store(StoreError::EvidenceNeeded { .. })) => {
                            out.refused.push((id, e.to_string()));
                        }
                        Err(e) => return Err(e),
                    }
                }
                Ok(())
            })?;
            if let Some(&first) = out.recorded.first() {
                steps.reverse();
                desk.remember("verdict on marked claims", first, Ok(steps))?;
            }
            Ok(out)
        })
    }
}
