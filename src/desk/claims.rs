//! Claim edits: add one the extractor missed (by span or by quote), reword, split, merge, dismiss
//! and restore. `expected` is the claim version the reviewer saw; a stale one is refused.

use super::quote::{self, Span};
use super::undo::{self, UndoStep};
use super::{Desk, needs_words};
use crate::error::{Error, Result};
use crate::extract::{self, Claimant};
use crate::model::ClaimDetail;
use crate::store::NewClaim;

/// Where a new claim is in its article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Locate {
    /// Character offsets, end exclusive.
    Span(usize, usize),
    /// Words of the article that occur in it once.
    Quote(String),
}

impl Locate {
    /// What a reviewer typed: `START..END`, else words to find.
    pub fn parse(input: &str) -> Locate {
        match quote::parse_span(input) {
            Some((a, b)) => Locate::Span(a, b),
            None => Locate::Quote(input.trim().to_string()),
        }
    }
}

/// Where to split a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitAt {
    /// Characters from the start of the claim's span.
    Offset(usize),
    /// Just before these words, which occur once in the claim's span.
    Before(String),
}

impl SplitAt {
    /// What a reviewer typed: a number, else words to split before.
    pub fn parse(input: &str) -> SplitAt {
        match input.trim().parse() {
            Ok(n) => SplitAt::Offset(n),
            Err(_) => SplitAt::Before(input.trim().to_string()),
        }
    }
}

/// The longest claimant name kept, in characters: a name, not a paragraph.
pub const CLAIMANT_MAX_CHARS: usize = 200;

/// A claimant as stored: the name trimmed, not empty, on one line, not too long.
fn check_claimant(c: &Claimant) -> Result<Claimant> {
    let name = c.name.trim();
    needs_words(
        name,
        "the claimant's name is empty; give a name, or clear the claimant",
    )?;
    if name.chars().any(char::is_control) {
        return Err(Error::bad_input(
            "the claimant's name holds control characters or line breaks; give it on one line",
        ));
    }
    let len = name.chars().count();
    if len > CLAIMANT_MAX_CHARS {
        return Err(Error::bad_input(format!(
            "the claimant's name is {len} characters long; give at most {CLAIMANT_MAX_CHARS}"
        )));
    }
    Ok(Claimant {
        name: name.to_string(),
        kind: c.kind,
    })
}

/// `text` between two character offsets.
pub(crate) fn char_slice(text: &str, (start, end): Span) -> &str {
    let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    let s = byte(start);
    let e = s + text[s..]
        .char_indices()
        .nth(end.saturating_sub(start))
        .map_or(text.len() - s, |(b, _)| b);
    &text[s..e]
}

/// How `claim resolve` settles a claim's conflicting wordings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// The wording the claim shows now.
    Current,
    /// The Nth standing wording (from 1), as `show` lists them.
    Keep(usize),
    /// A new wording.
    Text(String),
}

impl Desk {
    /// Add a claim the extractor missed, over a span of the article.
    pub fn add_claim(&mut self, article: i64, at: &Locate) -> Result<ClaimDetail> {
        let text = self.store.article_text(article)?;
        let (start, end) = match at {
            Locate::Span(a, b) => (*a, *b),
            Locate::Quote(q) => quote::find_once(
                &text,
                q,
                &format!("article {article}"),
                "give its span as START..END",
            )?,
        };
        let len = text.chars().count();
        if start >= end || end > len {
            return Err(Error::bad_input(format!(
                "the span {start}..{end} is not inside article {article}, which has {len} characters; give 0 <= START < END <= {len}"
            )));
        }
        needs_words(
            char_slice(&text, (start, end)),
            &format!("the span {start}..{end} holds only spaces; give a span with words"),
        )?;
        let new = NewClaim {
            article_id: article,
            start,
            end,
            sentence: extract::sentence_index_at(&text, start),
        };
        self.all_or_nothing(|d| {
            let out = d.store.add_claim(&new, &d.reviewer)?;
            d.remember("claim added", out.claim.id, Err(undo::ADD_NO_UNDO))?;
            Ok(out)
        })
    }

    pub fn edit_claim(
        &mut self,
        id: i64,
        text: &str,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        needs_words(text, "the new wording is empty; give the claim's text")?;
        self.all_or_nothing(|d| {
            let old = d.store.claim(id)?.claim.text;
            let out = d.store.edit_claim(id, text, &d.reviewer, expected)?;
            let step = UndoStep::Edit {
                claim: id,
                text: old,
                version: out.claim.version,
            };
            d.remember("wording edited", id, Ok(vec![step]))?;
            Ok(out)
        })
    }

    /// Settle a claim that merged desks worded differently (it is `disputed` until then): keep
    /// one of its standing wordings, the one it shows now, or a new one. Recorded as an edit made
    /// over every standing wording, so the settlement wins on every desk it is merged into.
    pub fn resolve_claim(
        &mut self,
        id: i64,
        choice: &Resolution,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        let claim = self.store.claim(id)?.claim;
        let Some(wordings) = claim.conflict.filter(|w| !w.is_empty()) else {
            return Err(Error::bad_input(format!(
                "claim {id} has no conflicting wordings to resolve; `claimdesk claim edit {id} --text …` rewords it"
            )));
        };
        let text = match choice {
            Resolution::Current => claim.text,
            Resolution::Keep(n) => match n.checked_sub(1).and_then(|i| wordings.get(i)) {
                Some(w) => w.text.clone(),
                None => {
                    return Err(Error::bad_input(format!(
                        "claim {id} has {} wordings; give --keep 1 to {}",
                        wordings.len(),
                        wordings.len()
                    )));
                }
            },
            Resolution::Text(t) => t.clone(),
        };
        self.edit_claim(id, &text, expected)
    }

    /// Split a claim in two; the first part keeps its id, evidence and verdicts.
    pub fn split_claim(
        &mut self,
        id: i64,
        at: &SplitAt,
        expected: Option<i64>,
    ) -> Result<(ClaimDetail, ClaimDetail)> {
        let at = match at {
            SplitAt::Offset(n) => {
                let claim = self.store.claim(id)?.claim;
                let len = claim.end - claim.start;
                if *n == 0 || *n >= len {
                    return Err(Error::bad_input(format!(
                        "the split point {n} is outside claim {id}, which spans {len} characters; give a point between 1 and {}",
                        len.saturating_sub(1)
                    )));
                }
                *n
            }
            SplitAt::Before(words) => {
                let claim = self.store.claim(id)?.claim;
                let text = self.store.article_text(claim.article_id)?;
                let span = char_slice(&text, (claim.start, claim.end));
                quote::find_once(
                    span,
                    words,
                    &format!("claim {id}"),
                    "give the number of characters before the split",
                )?
                .0
            }
        };
        self.all_or_nothing(|d| {
            let (a, b) = d.store.split_claim(id, at, &d.reviewer, expected)?;
            let step = UndoStep::Merge {
                first: a.claim.id,
                second: b.claim.id,
                versions: (a.claim.version, b.claim.version),
            };
            d.remember("split", id, Ok(vec![step]))?;
            Ok((a, b))
        })
    }

    /// Merge `other` into `id` (same article); `expected` holds the versions of both.
    pub fn merge_claims(
        &mut self,
        id: i64,
        other: i64,
        expected: Option<(i64, i64)>,
    ) -> Result<ClaimDetail> {
        if id == other {
            return Err(Error::bad_input(format!(
                "claim {id} cannot be merged with itself; give two claims"
            )));
        }
        self.all_or_nothing(|d| {
            let (out, step) = d.merge_with_undo(id, other, expected)?;
            d.remember("merged", id, Ok(vec![step]))?;
            Ok(out)
        })
    }

    /// The store's merge, nothing remembered.
    pub(super) fn merge_claims_quietly(
        &mut self,
        id: i64,
        other: i64,
        expected: Option<(i64, i64)>,
    ) -> Result<ClaimDetail> {
        Ok(self
            .store
            .merge_claims(id, other, &self.reviewer, expected)?)
    }

    /// Say who makes a claim: a person or an organisation by name, or (`None`) the article
    /// itself. One event in the audit trail, with the claim before and after.
    pub fn set_claimant(
        &mut self,
        id: i64,
        claimant: Option<&Claimant>,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        let checked = claimant.map(check_claimant).transpose()?;
        self.all_or_nothing(|d| {
            let old = d.store.claim(id)?.claim.claimant;
            let out = d
                .store
                .set_claimant(id, checked.as_ref(), &d.reviewer, expected)?;
            let step = UndoStep::Claimant {
                claim: id,
                claimant: old,
                version: out.claim.version,
            };
            d.remember("claimant set", id, Ok(vec![step]))?;
            Ok(out)
        })
    }

    /// Assign a claim to a reviewer, or (`None`) to nobody. One `claim-assign` event.
    pub fn assign_claim(
        &mut self,
        id: i64,
        to: Option<&str>,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        let to = to.map(str::trim);
        if let Some(name) = to {
            needs_words(
                name,
                "the assignee's name is empty; give a reviewer's name, or unassign the claim",
            )?;
            if name.chars().any(char::is_control) {
                return Err(Error::bad_input(
                    "the assignee's name holds control characters or line breaks; give it on one line",
                ));
            }
            let len = name.chars().count();
            if len > CLAIMANT_MAX_CHARS {
                return Err(Error::bad_input(format!(
                    "the assignee's name is {len} characters long; give at most {CLAIMANT_MAX_CHARS}"
                )));
            }
        }
        self.all_or_nothing(|d| {
            let old = d.store.claim(id)?.claim.assignee;
            let out = d.store.set_assignee(id, to, &d.reviewer, expected)?;
            let step = UndoStep::Assign {
                claim: id,
                assignee: old,
                version: out.claim.version,
            };
            d.remember("assigned", id, Ok(vec![step]))?;
            Ok(out)
        })
    }

    /// Set the pieces of the article a claim rests on (`[start, end)` in characters): the
    /// selection made its parts, or added to them. One `claim-parts` event.
    pub fn set_parts(
        &mut self,
        id: i64,
        parts: &[[usize; 2]],
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        if parts.is_empty() {
            return Err(Error::bad_input(
                "a claim needs at least one part; give START:END[,START:END…]",
            ));
        }
        let article = self.store.claim(id)?.claim.article_id;
        let text = self.store.article_text(article)?;
        let len = text.chars().count();
        for &[start, end] in parts {
            if start >= end || end > len {
                return Err(Error::bad_input(format!(
                    "the part {start}:{end} is not inside article {article}, which has {len} characters; give 0 <= START < END <= {len}"
                )));
            }
            needs_words(
                char_slice(&text, (start, end)),
                &format!("the part {start}:{end} holds only spaces; give a part with words"),
            )?;
        }
        self.all_or_nothing(|d| {
            let old = d.store.claim(id)?.claim.parts;
            let out = d.store.set_parts(id, parts, &d.reviewer, expected)?;
            let step = UndoStep::Parts {
                claim: id,
                parts: old,
                version: out.claim.version,
            };
            d.remember("parts set", id, Ok(vec![step]))?;
            Ok(out)
        })
    }

    pub fn dismiss_claim(
        &mut self,
        id: i64,
        reason: &str,
        expected: Option<i64>,
    ) -> Result<ClaimDetail> {
        needs_words(
            reason,
            "a dismissal needs a reason; say why the claim is not worth checking",
        )?;
        self.all_or_nothing(|d| {
            let out = d.store.dismiss_claim(id, reason, &d.reviewer, expected)?;
            let step = UndoStep::Restore {
                claim: id,
                version: out.claim.version,
            };
            d.remember("dismissed", id, Ok(vec![step]))?;
            Ok(out)
        })
    }

    pub fn restore_claim(&mut self, id: i64, expected: Option<i64>) -> Result<ClaimDetail> {
        self.all_or_nothing(|d| {
            let reason = d.store.claim(id)?.claim.dismissed_reason;
            let out = d.store.restore_claim(id, &d.reviewer, expected)?;
            let steps = match reason {
                Some(reason) => Ok(vec![UndoStep::Dismiss {
                    claim: id,
                    reason,
                    version: out.claim.version,
                }]),
                None => Err(undo::CANNOT_UNDO),
            };
            d.remember("restored", id, steps)?;
            Ok(out)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_input_reads_as_a_span_or_words() {
        assert_eq!(Locate::parse("3..9"), Locate::Span(3, 9));
        assert_eq!(
            Locate::parse(" Vande Hey's "),
            Locate::Quote("Vande Hey's".into())
        );
        assert_eq!(SplitAt::parse("12"), SplitAt::Offset(12));
        assert_eq!(
            SplitAt::parse("and then"),
            SplitAt::Before("and then".into())
        );
    }

    #[test]
    fn char_slices_count_characters() {
        assert_eq!(char_slice("héllo wörld", (6, 11)), "wörld");
        assert_eq!(char_slice("héllo", (1, 99)), "éllo");
    }
}
