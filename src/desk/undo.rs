//! Undo and redo, many levels deep and across restarts: every change the desk makes puts how to
//! take it back on the actor's stack (the store's `undos`, in the change's own transaction); an
//! undo applies those steps through the desk's operations in ONE transaction with its own event,
//! and puts how to make the change again on the redo stack. When another actor changed one of its
//! claims since (an event of theirs after the entry's), the undo is refused and nothing changes.
//! The actor's own later changes come off the stack first, so they never stand in the way.

use super::Desk;
use crate::error::{Error, Result};
use crate::extract::Claimant;
use crate::model::{ClaimCore, ClaimDetail, Evidence, Source};
use crate::store::{Holdings, NewEvidence, UndoEntry, UndoKind};
use serde::{Deserialize, Serialize};

/// One step of taking a change back, guarded by the version of the claim the change left.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum UndoStep {
    RemoveEvidence {
        claim: i64,
        evidence: i64,
        version: i64,
    },
    AddEvidenceAgain {
        claim: i64,
        evidence: Box<Evidence>,
        version: i64,
    },
    Restore {
        claim: i64,
        version: i64,
    },
    Dismiss {
        claim: i64,
        reason: String,
        version: i64,
    },
    Edit {
        claim: i64,
        text: String,
        version: i64,
    },
    /// Take a split back: merge the second part into the first again (its redo is an
    /// `Unmerge`, which brings the second part back).
    Merge {
        first: i64,
        second: i64,
        versions: (i64, i64),
    },
    Claimant {
        claim: i64,
        claimant: Option<Claimant>,
        version: i64,
    },
    Assign {
        claim: i64,
        assignee: Option<String>,
        version: i64,
    },
    Parts {
        claim: i64,
        parts: Vec<[usize; 2]>,
        version: i64,
    },
    /// Take a merge back: both claims as they were before it, and what `merged` held.
    Unmerge {
        into: Box<ClaimCore>,
        merged: Box<ClaimCore>,
        held: Holdings,
    },
    /// Make a merge taken back again.
    MergeAgain {
        into: i64,
        merged: i64,
    },
    /// Take a verdict back: it is marked withdrawn (verdicts are append-only).
    Withdraw {
        claim: i64,
        verdict: i64,
    },
    /// Give a withdrawn verdict again: a new verdict with its rating and rationale, through the
    /// evidence gate.
    Reinstate {
        claim: i64,
        verdict: i64,
    },
    /// Take the dismissal of a finding of `article` back (`claim` is the first of its claims).
    KeepFinding {
        claim: i64,
        article: i64,
        key: String,
    },
    /// Dismiss a finding again, with the reason it had.
    DismissFinding {
        claim: i64,
        article: i64,
        key: String,
        reason: Option<String>,
    },
    /// Offer a dismissed precedent of `claim` again.
    KeepPrecedent {
        claim: i64,
        precedent: i64,
    },
    /// Dismiss a precedent of `claim` again.
    DismissPrecedent {
        claim: i64,
        precedent: i64,
    },
    /// Show the stance a piece of evidence's quote suggests again.
    KeepSuggestion {
        claim: i64,
        evidence: i64,
    },
    /// Dismiss that suggestion again.
    DismissSuggestion {
        claim: i64,
        evidence: i64,
    },
    /// A removed source back under its id.
    AddSourceAgain {
        source: Box<Source>,
    },
    /// Remove a source again.
    RemoveSource {
        source: i64,
    },
    /// An article's title, URL and date as they were (its values resolved again).
    Article {
        article: i64,
        title: String,
        url: Option<String>,
        published: Option<String>,
    },
}

impl UndoStep {
    /// The claims the step changes.
    pub fn claims(&self) -> Vec<i64> {
        match self {
            UndoStep::Merge { first, second, .. } => vec![*first, *second],
            UndoStep::Unmerge { into, merged, .. } => vec![into.id, merged.id],
            UndoStep::MergeAgain { into, merged } => vec![*into, *merged],
            other => other.claim().into_iter().collect(),
        }
    }

    /// The claim the step is about (None: a source or an article, which belong to no claim).
    pub fn claim(&self) -> Option<i64> {
        Some(match self {
            UndoStep::RemoveEvidence { claim, .. }
            | UndoStep::AddEvidenceAgain { claim, .. }
            | UndoStep::Restore { claim, .. }
            | UndoStep::Dismiss { claim, .. }
            | UndoStep::Edit { claim, .. }
            | UndoStep::Claimant { claim, .. }
            | UndoStep::Assign { claim, .. }
            | UndoStep::Parts { claim, .. }
            | UndoStep::Withdraw { claim, .. }
            | UndoStep::Reinstate { claim, .. }
            | UndoStep::KeepFinding { claim, .. }
            | UndoStep::DismissFinding { claim, .. }
            | UndoStep::KeepPrecedent { claim, .. }
            | UndoStep::DismissPrecedent { claim, .. }
            | UndoStep::KeepSuggestion { claim, .. }
            | UndoStep::DismissSuggestion { claim, .. } => *claim,
            UndoStep::Merge { first, .. } => *first,
            UndoStep::Unmerge { into, .. } => into.id,
            UndoStep::MergeAgain { into, .. } => *into,
            UndoStep::AddSourceAgain { .. }
            | UndoStep::RemoveSource { .. }
            | UndoStep::Article { .. } => return None,
        })
    }

    /// The step that gives `article`'s title, URL and date back as they are now.
    pub(super) fn article_as(article: crate::model::Article) -> UndoStep {
        UndoStep::Article {
            article: article.id,
            title: article.title,
            url: article.url,
            published: article.published,
        }
    }

    /// What the step's undo event names when it is about no claim.
    fn entity(&self) -> (&'static str, i64) {
        match self {
            UndoStep::AddSourceAgain { source } => ("source", source.id),
            UndoStep::RemoveSource { source } => ("source", *source),
            UndoStep::Article { article, .. } => ("article", *article),
            other => ("claim", other.claim().unwrap_or_default()),
        }
    }
}

/// Why some changes cannot be taken back.
pub const ADD_NO_UNDO: &str =
    "adding a claim cannot be undone; dismiss it if it is not check-worthy";
pub const CANNOT_UNDO: &str = "that change cannot be undone";

/// What `undo` or `redo` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undone {
    /// The stack was empty.
    Nothing,
    /// The top change cannot be taken back (why); it is off the stack, so the next undo goes
    /// to the change before it.
    Cannot { what: String, why: String },
    /// Done: the change (as it was described) and the claim it was about (None: a source).
    Done { what: String, claim: Option<i64> },
}

impl Desk {
    /// Put how to take a change back on the reviewer's undo stack (in the change's
    /// transaction); nothing while an undo, a redo or a bulk action is under way.
    pub(super) fn remember(
        &mut self,
        what: &str,
        claim: impl Into<Option<i64>>,
        steps: std::result::Result<Vec<UndoStep>, &str>,
    ) -> Result<()> {
        if self.quiet > 0 {
            return Ok(());
        }
        let entry = UndoEntry {
            what: what.to_string(),
            claim: claim.into(),
            event: None,
            steps: match steps {
                Ok(s) => Ok(serde_json::to_string(&s)
                    .map_err(|e| Error::bad_input(format!("the undo step cannot be kept: {e}")))?),
                Err(w) => Err(w.to_string()),
            },
        };
        let actor = self.reviewer.clone();
        self.store.push_undo(&actor, UndoKind::Undo, &entry, true)?;
        Ok(())
    }

    /// Run `f` without putting its changes on the undo stack (it puts one entry for all).
    pub(super) fn quietly<T>(&mut self, f: impl FnOnce(&mut Desk) -> Result<T>) -> Result<T> {
        self.quiet += 1;
        let out = f(self);
        self.quiet -= 1;
        out
    }

    /// Merge `other` into `id`, with the step that takes the merge back.
    pub(super) fn merge_with_undo(
        &mut self,
        id: i64,
        other: i64,
        expected: Option<(i64, i64)>,
    ) -> Result<(ClaimDetail, UndoStep)> {
        let into = self.store.claim(id)?.claim;
        let merged = self.store.claim(other)?.claim;
        let held = self.store.holdings(other)?;
        let out = self.merge_claims_quietly(id, other, expected)?;
        let step = UndoStep::Unmerge {
            into: Box::new(into),
            merged: Box::new(merged),
            held,
        };
        Ok((out, step))
    }

    /// Take the reviewer's last change back (`claimdesk undo`, the workbench's `u`).
    pub fn undo(&mut self) -> Result<Undone> {
        self.replay(UndoKind::Undo)
    }

    /// Make the reviewer's last change taken back again (`claimdesk redo`, `U`).
    pub fn redo(&mut self) -> Result<Undone> {
        self.replay(UndoKind::Redo)
    }

    fn replay(&mut self, kind: UndoKind) -> Result<Undone> {
        let actor = self.reviewer.clone();
        self.all_or_nothing(|desk| {
            let Some(entry) = desk.store.pop_undo(&actor, kind)? else {
                return Ok(Undone::Nothing);
            };
            let steps = match entry.steps {
                Ok(json) => serde_json::from_str::<Vec<UndoStep>>(&json).map_err(|e| {
                    Error::bad_input(format!("the undo stack holds a step this claimdesk cannot read ({e}); nothing was undone"))
                })?,
                Err(why) => {
                    return Ok(Undone::Cannot {
                        what: entry.what,
                        why,
                    });
                }
            };
            let claim = entry
                .claim
                .or_else(|| steps.first().and_then(UndoStep::claim));
            let entity = steps.first().map(UndoStep::entity);
            // Somebody else changed one of its claims since: refused, nothing changes.
            let claims: Vec<i64> = steps.iter().flat_map(UndoStep::claims).collect();
            if let Some(since) = entry.event
                && let Some((id, who, at)) = desk.store.changed_by_others(&claims, since, &actor)?
            {
                return Err(Error::Refused(format!(
                    "claim {id} was changed by {} at {at} since your change ({}); nothing was {}",
                    crate::safe::line(&who, 40),
                    entry.what,
                    match kind {
                        UndoKind::Undo => "undone",
                        UndoKind::Redo => "redone",
                    }
                )));
            }
            let mut inverse = Vec::with_capacity(steps.len());
            desk.quietly(|desk| {
                for step in steps {
                    inverse.push(desk.apply_step(step)?);
                }
                Ok(())
            })?;
            inverse.reverse();
            let inverse: std::result::Result<Vec<UndoStep>, &str> = inverse.into_iter().collect();
            let back = UndoEntry {
                what: entry.what.clone(),
                claim,
                event: None,
                steps: match inverse {
                    Ok(s) => Ok(serde_json::to_string(&s).map_err(|e| {
                        Error::bad_input(format!("the redo step cannot be kept: {e}"))
                    })?),
                    Err(w) => Err(w.to_string()),
                },
            };
            let other = match kind {
                UndoKind::Undo => UndoKind::Redo,
                UndoKind::Redo => UndoKind::Undo,
            };
            desk.store.push_undo(&actor, other, &back, false)?;
            let entity = match (claim, entity) {
                (Some(claim), _) => ("claim", claim),
                (None, Some(entity)) => entity,
                (None, None) => ("claim", 0),
            };
            desk.store
                .record_undo_event(&actor, kind, claim, entity, &entry.what)?;
            Ok(Undone::Done {
                what: entry.what,
                claim,
            })
        })
    }

    /// Carry out one step through the desk's operations; the answer is the step that takes it
    /// back in turn (or why there is none).
    fn apply_step(
        &mut self,
        step: UndoStep,
    ) -> Result<std::result::Result<UndoStep, &'static str>> {
        let version = |desk: &Desk, claim: i64| -> Result<i64> {
            Ok(desk.store().claim(claim)?.claim.version)
        };
        Ok(match step {
            UndoStep::RemoveEvidence {
                claim,
                evidence,
                version: _,
            } => {
                let removed = self.remove_evidence(evidence, None)?;
                Ok(UndoStep::AddEvidenceAgain {
                    claim,
                    evidence: Box::new(removed),
                    version: version(self, claim)?,
                })
            }
            UndoStep::AddEvidenceAgain {
                claim,
                evidence,
                version: _,
            } => {
                let new = NewEvidence {
                    source_id: Some(evidence.source.id),
                    quote: evidence.quote.clone(),
                    stance: evidence.stance,
                    note: evidence.note.clone(),
                    ..NewEvidence::default()
                };
                let added = self.add_evidence(claim, &new, None)?;
                Ok(UndoStep::RemoveEvidence {
                    claim,
                    evidence: added.id,
                    version: version(self, claim)?,
                })
            }
            UndoStep::Restore { claim, .. } => {
                let reason = self
                    .store()
                    .claim(claim)?
                    .claim
                    .dismissed_reason
                    .unwrap_or_default();
                let d = self.restore_claim(claim, None)?;
                Ok(UndoStep::Dismiss {
                    claim,
                    reason,
                    version: d.claim.version,
                })
            }
            UndoStep::Dismiss {
                claim,
                reason,
                version: _,
            } => {
                let d = self.dismiss_claim(claim, &reason, None)?;
                Ok(UndoStep::Restore {
                    claim,
                    version: d.claim.version,
                })
            }
            UndoStep::Edit {
                claim,
                text,
                version: _,
            } => {
                let old = self.store().claim(claim)?.claim.text;
                let d = self.edit_claim(claim, &text, None)?;
                Ok(UndoStep::Edit {
                    claim,
                    text: old,
                    version: d.claim.version,
                })
            }
            // The split taken back is kept like a merge's, so redo restores both parts as the
            // split left them (the second under its own id again).
            UndoStep::Merge { first, second, .. } => {
                let (_, step) = self.merge_with_undo(first, second, None)?;
                Ok(step)
            }
            UndoStep::Unmerge { into, merged, held } => {
                let actor = self.reviewer.clone();
                self.store.unmerge_claims(&into, &merged, &held, &actor)?;
                Ok(UndoStep::MergeAgain {
                    into: into.id,
                    merged: merged.id,
                })
            }
            UndoStep::Withdraw { claim, verdict } => {
                let actor = self.reviewer.clone();
                self.store.withdraw_verdict(verdict, &actor)?;
                Ok(UndoStep::Reinstate { claim, verdict })
            }
            UndoStep::Reinstate { claim, verdict } => {
                let old = self
                    .store()
                    .claim(claim)?
                    .verdicts
                    .into_iter()
                    .find(|v| v.id == verdict)
                    .ok_or(crate::store::StoreError::NotFound {
                        what: "verdict",
                        id: verdict,
                    })?;
                let new = self.add_verdict(claim, &old.rating, &old.rationale, None)?;
                Ok(UndoStep::Withdraw {
                    claim,
                    verdict: new.id,
                })
            }
            UndoStep::MergeAgain { into, merged } => {
                let (_, step) = self.merge_with_undo(into, merged, None)?;
                Ok(step)
            }
            UndoStep::Claimant {
                claim,
                claimant,
                version: _,
            } => {
                let old = self.store().claim(claim)?.claim.claimant;
                let d = self.set_claimant(claim, claimant.as_ref(), None)?;
                Ok(UndoStep::Claimant {
                    claim,
                    claimant: old,
                    version: d.claim.version,
                })
            }
            UndoStep::Assign {
                claim,
                assignee,
                version: _,
            } => {
                let old = self.store().claim(claim)?.claim.assignee;
                let d = self.assign_claim(claim, assignee.as_deref(), None)?;
                Ok(UndoStep::Assign {
                    claim,
                    assignee: old,
                    version: d.claim.version,
                })
            }
            UndoStep::Parts {
                claim,
                parts,
                version: _,
            } => {
                let old = self.store().claim(claim)?.claim.parts;
                let d = self.set_parts(claim, &parts, None)?;
                Ok(UndoStep::Parts {
                    claim,
                    parts: old,
                    version: d.claim.version,
                })
            }
            UndoStep::KeepFinding {
                claim,
                article,
                key,
            } => {
                let actor = self.reviewer.clone();
                let reason = self.store.restore_finding(article, &key, &actor)?.flatten();
                Ok(UndoStep::DismissFinding {
                    claim,
                    article,
                    key,
                    reason,
                })
            }
            UndoStep::DismissFinding {
                article,
                key,
                reason,
                ..
            } => {
                self.dismiss_finding_with_undo(&key, Some(article), reason.as_deref())?
                    .2
            }
            UndoStep::KeepPrecedent { claim, precedent } => {
                let actor = self.reviewer.clone();
                self.store.restore_precedent(claim, precedent, &actor)?;
                Ok(UndoStep::DismissPrecedent { claim, precedent })
            }
            UndoStep::DismissPrecedent { claim, precedent } => {
                self.dismiss_precedent(claim, precedent)?;
                Ok(UndoStep::KeepPrecedent { claim, precedent })
            }
            UndoStep::KeepSuggestion { claim, evidence } => {
                let actor = self.reviewer.clone();
                self.store.restore_suggestion(evidence, &actor)?;
                Ok(UndoStep::DismissSuggestion { claim, evidence })
            }
            UndoStep::DismissSuggestion { claim, evidence } => {
                self.dismiss_suggestion(evidence)?;
                Ok(UndoStep::KeepSuggestion { claim, evidence })
            }
            UndoStep::AddSourceAgain { source } => {
                let actor = self.reviewer.clone();
                let again = self.store.add_source_again(&source, &actor)?;
                Ok(UndoStep::RemoveSource { source: again.id })
            }
            UndoStep::Article {
                article,
                title,
                url,
                published,
            } => Ok(self.put_article_back(article, title, url, published)?),
            UndoStep::RemoveSource { source } => {
                let removed = self.remove_source(source)?;
                Ok(UndoStep::AddSourceAgain {
                    source: Box::new(removed),
                })
            }
        })
    }
}
