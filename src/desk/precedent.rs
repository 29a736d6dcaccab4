//! Precedents: for a claim, the claims already reviewed on this desk (in any article) that state
//! the same fact, best first, each with the one sentence that says why it was matched; reusing
//! one (its evidence and rating, to be confirmed) and dismissing one.
//!
//! The ranking: the reviewed claims whose words match the claim's (SQLite FTS5's bm25 over the
//! wording, quotes and rationales, each word cut to a stem so "rose" finds "rises" no better than
//! chance but "population" finds "populations"), then, among them, a bonus for the same subject
//! and for compatible values (same kind; numbers equal after rounding to two significant
//! figures; dates equal at the coarser grain of the two) and a penalty for values of the same
//! kind that differ ("first flight in 2017" is not "first flight in 2018").

use super::UndoStep;
use super::{Desk, typed};
use crate::compare::{dates, units};
use crate::error::{Error, Result};
use crate::model::{ClaimDetail, StoredValue, Verdict};
use serde::Serialize;
use std::collections::BTreeSet;

/// How many reviewed claims the full-text search hands to the ranking.
const CANDIDATES: usize = 40;

/// Words that say nothing about which fact a claim states.
const STOPWORDS: &[&str] = &[
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "during",
    "each", "for", "from", "had", "has", "have", "he", "her", "hers", "him", "his", "how", "i",
    "if", "in", "into", "is", "it", "its", "last", "more", "most", "much", "new", "no", "not",
    "now", "of", "on", "one", "only", "or", "other", "our", "over", "per", "said", "says", "she",
    "since", "so", "some", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "to", "under", "until", "up", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "will", "with", "would", "year", "years", "you",
];

/// A word's stem for matching: lower case, its first six letters.
fn stem(word: &str) -> String {
    word.chars().take(6).collect()
}

/// The words of a text that name its fact, lower case, stopwords and one-letter words left out.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() > 1 && !STOPWORDS.contains(&w.as_str()))
        .collect()
}

/// How many of a claim's stems the search looks for: its rarest in the index. A word most claims
/// hold ranks nothing and would make the search read the whole index.
const SEARCHED_STEMS: usize = 8;

/// The stems of a claim's wording, each once, in order.
fn stems_of(text: &str) -> Vec<String> {
    let stems: BTreeSet<String> = words(text).iter().map(|w| stem(w)).collect();
    stems.into_iter().collect()
}

/// The FTS5 query for some stems: any of them, each quoted (so nothing typed is an operator), as
/// a prefix.
fn fts_of(stems: &[String]) -> Option<String> {
    if stems.is_empty() {
        return None;
    }
    Some(
        stems
            .iter()
            .map(|s| format!("\"{}\"*", s.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" OR "),
    )
}

/// Whether two normalized values of the same kind state the same thing: amounts equal after
/// rounding to two significant figures (converted to one unit), dates equal at the coarser
/// grain, anything else equal.
pub fn compatible(kind_a: &StoredValue, kind_b: &StoredValue) -> bool {
    let (Some(a), Some(b)) = (&kind_a.value, &kind_b.value) else {
        return false;
    };
    if kind_a.kind != kind_b.kind {
        return false;
    }
    if a == b {
        return true;
    }
    // Dates at their grains and amounts in one unit, as evidence is compared (`crate::compare`).
    let kind = kind_a.kind;
    if kind == crate::extract::ValueKind::Date {
        return match (dates::period(a), dates::period(b)) {
            (Some(x), Some(y)) => dates::agree(&x, &y) == dates::DateAgreement::Agrees,
            _ => false,
        };
    }
    match (units::quantity_of(kind, a), units::quantity_of(kind, b)) {
        (Some(x), Some(y)) => units::convert(&y, &x.unit)
            .is_some_and(|y| x.amount.round_sf(2) == y.amount.round_sf(2)),
        _ => false,
    }
}

/// One precedent of a claim: the reviewed claim, its verdict that stands, how well it matches and
/// why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Precedent {
    pub claim_id: i64,
    pub article_id: i64,
    pub text: String,
    pub verdict: Verdict,
    /// The evidence its verdict rests on, as pieces (copied on reuse).
    pub evidence: usize,
    /// The ranking's score: higher is a better match.
    pub score: f64,
    /// One sentence: the words, subject and values it shares with the claim.
    pub why: String,
}

/// "a", "a and b", "a, b and c".
fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Rank the reviewed claims the search found for `claim` (with their FTS5 ranks) and say why
/// each was matched. Pure: the desk reads, this decides.
pub fn rank(claim: &ClaimDetail, found: &[(ClaimDetail, f64)]) -> Vec<Precedent> {
    let best = found
        .iter()
        .map(|(_, r)| -r)
        .fold(f64::MIN_POSITIVE, f64::max);
    let own: Vec<String> = words(&claim.claim.text);
    let own_stems: BTreeSet<String> = own.iter().map(|w| stem(w)).collect();
    let subject = claim.claim.subject.as_deref().map(str::to_lowercase);
    let valued: Vec<&StoredValue> = claim.values.iter().filter(|v| v.value.is_some()).collect();
    let mut out: Vec<Precedent> = found
        .iter()
        .filter_map(|(p, r)| {
            let verdict = p.publishable()?.clone();
            let text_score = (-r / best).clamp(0.0, 1.0);
            let mut shared: Vec<String> = Vec::new();
            for w in words(&p.claim.text) {
                if own_stems.contains(&stem(&w)) && !shared.iter().any(|s| stem(s) == stem(&w)) {
                    shared.push(w);
                }
            }
            let overlap = shared.len() as f64 / own_stems.len().max(1) as f64;
            let same_subject =
                subject.is_some() && p.claim.subject.as_deref().map(str::to_lowercase) == subject;
            let mut agree: Vec<String> = Vec::new();
            let mut differ: Vec<String> = Vec::new();
            for v in &valued {
                let same_kind: Vec<&StoredValue> = p
                    .values
                    .iter()
                    .filter(|w| w.kind == v.kind && w.value.is_some())
                    .collect();
                if same_kind.is_empty() {
                    continue;
                }
                match same_kind.iter().find(|w| compatible(v, w)) {
                    Some(w) => agree.push(format!(
                        "{} {}",
                        v.kind.as_str(),
                        crate::safe::line(&w.text, 30)
                    )),
                    None => differ.push(format!(
                        "{} {} against {}",
                        v.kind.as_str(),
                        crate::safe::line(&v.text, 30),
                        crate::safe::line(&same_kind[0].text, 30)
                    )),
                }
            }
            let n = valued.len().max(1) as f64;
            let score = text_score * 0.5
                + overlap
                + if same_subject { 0.4 } else { 0.0 }
                + 0.6 * agree.len() as f64 / n
                - 0.8 * differ.len() as f64 / n;
            let mut reasons = Vec::new();
            if !shared.is_empty() {
                let quoted: Vec<String> =
                    shared.iter().take(5).map(|w| format!("\"{w}\"")).collect();
                reasons.push(format!("shares the words {}", listed(&quoted)));
            }
            if same_subject && let Some(s) = &p.claim.subject {
                reasons.push(format!("the subject {}", crate::safe::line(s, 40)));
            }
            if !agree.is_empty() {
                reasons.push(format!("the same {}", listed(&agree)));
            }
            let mut why = format!(
                "Claim {} {}",
                p.claim.id,
                if reasons.is_empty() {
                    "matches its evidence or rationale".to_string()
                } else {
                    listed(&reasons)
                }
            );
            if !differ.is_empty() {
                why.push_str(&format!(", but its {} differ", listed(&differ)));
            }
            why.push_str(&format!(
                "; rated {} by {}.",
                verdict.rating, verdict.reviewer
            ));
            Some(Precedent {
                claim_id: p.claim.id,
                article_id: p.claim.article_id,
                text: p.claim.text.clone(),
                evidence: p.evidence.len(),
                verdict,
                score: (score * 1000.0).round() / 1000.0,
                why,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.claim_id.cmp(&b.claim_id))
    });
    out
}

/// The words that open a reused verdict's rationale: the reviewer confirms it or writes another.
pub const REUSED: &str = "Reused from claim";

impl Desk {
    /// The best `limit` precedents of claim `id`: reviewed claims of any article that state the
    /// same fact, not dismissed for it, best first.
    pub fn precedents(&self, id: i64, limit: usize) -> Result<Vec<Precedent>> {
        let claim = self.store.claim(id)?;
        if !self.store.any_reviewed()? {
            return Ok(Vec::new());
        }
        // The rarest stems the index holds (one it does not hold finds nothing).
        let mut known: Vec<(String, i64)> = self
            .store
            .stem_frequencies(&stems_of(&claim.claim.text))?
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .collect();
        known.sort_by_key(|(s, n)| (*n, s.clone()));
        let mut searched: Vec<String> = known
            .into_iter()
            .take(SEARCHED_STEMS)
            .map(|(s, _)| s)
            .collect();
        searched.sort();
        let Some(fts) = fts_of(&searched) else {
            return Ok(Vec::new());
        };
        let found = self
            .store
            .precedent_candidates(id, &fts, CANDIDATES)?
            .into_iter()
            .map(|c| Ok((self.store.claim(c.claim_id)?, c.rank)))
            .collect::<Result<Vec<_>>>()?;
        let mut ranked = rank(&claim, &found);
        ranked.truncate(limit);
        Ok(ranked)
    }

    /// A verdict on claim `id` that reuses precedent `precedent`'s: its evidence copied and its
    /// rating given through the verdict path (the evidence gate holds), linked back to the
    /// precedent's verdict, the rationale opening with "Reused from claim N" for the reviewer
    /// to confirm.
    pub fn reuse_precedent(
        &mut self,
        id: i64,
        precedent: i64,
        expected: Option<i64>,
    ) -> Result<Verdict> {
        if id == precedent {
            return Err(Error::bad_input(format!(
                "claim {id} cannot be its own precedent; give another claim's id"
            )));
        }
        let source = self.store.claim(precedent)?;
        let Some(verdict) = source.publishable() else {
            return Err(Error::bad_input(format!(
                "claim {precedent} has no verdict that stands, so it is not a precedent; `claimdesk precedents {id}` lists the ones there are"
            )));
        };
        let rationale = if verdict.rationale.trim().is_empty() {
            format!("{REUSED} {precedent} (to be confirmed).")
        } else {
            format!(
                "{REUSED} {precedent} (to be confirmed): {}",
                verdict.rationale.trim()
            )
        };
        self.all_or_nothing(|d| {
            let (verdict, copied) = typed(d.store.reuse_verdict(
                id,
                precedent,
                &rationale,
                &d.reviewer,
                &d.config.scale,
                expected,
            ))?;
            // Taken back: the verdict withdrawn, then the evidence it copied removed.
            let version = d.store.claim(id)?.claim.version;
            let mut steps = vec![UndoStep::Withdraw {
                claim: id,
                verdict: verdict.id,
            }];
            steps.extend(copied.into_iter().map(|evidence| UndoStep::RemoveEvidence {
                claim: id,
                evidence,
                version,
            }));
            d.remember("precedent reused", id, Ok(steps))?;
            Ok(verdict)
        })
    }

    /// Remember that `precedent` is not a precedent of claim `id`; false when it already was.
    pub fn dismiss_precedent(&mut self, id: i64, precedent: i64) -> Result<bool> {
        if id == precedent {
            return Err(Error::bad_input(format!(
                "claim {id} is not offered as its own precedent; give another claim's id"
            )));
        }
        self.all_or_nothing(|d| {
            let added = d.store.dismiss_precedent(id, precedent, &d.reviewer)?;
            if added {
                let step = UndoStep::KeepPrecedent {
                    claim: id,
                    precedent,
                };
                d.remember("precedent dismissed", id, Ok(vec![step]))?;
            }
            Ok(added)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::ValueKind;

    fn value(kind: ValueKind, v: &str) -> StoredValue {
        StoredValue {
            id: 0,
            kind,
            text: v.into(),
            start: 0,
            end: 0,
            value: Some(v.into()),
            modifier: None,
        }
    }

    #[test]
    fn values_are_compatible_by_kind_rounding_and_grain() {
        let d = |v| value(ValueKind::Date, v);
        assert!(compatible(&d("2018"), &d("2018-03-30")));
        assert!(compatible(&d("2022-03"), &d("2022-03-30")));
        assert!(!compatible(&d("2017"), &d("2018-03-30")));
        assert!(!compatible(&d("2018-04"), &d("2018-03-30")));
        let q = |v| value(ValueKind::Quantity, v);
        assert!(compatible(&q("419725 kg"), &q("420000 kg")));
        assert!(!compatible(&q("419725 kg"), &q("419725 t")));
        assert!(!compatible(&q("500 kg"), &q("420 kg")));
        // Amounts are compared in one unit.
        assert!(compatible(&q("500 t"), &q("500000 kg")));
        assert!(!compatible(
            &value(ValueKind::Count, "3"),
            &value(ValueKind::Number, "3")
        ));
        assert!(compatible(
            &value(ValueKind::Money, "USD 1200000"),
            &value(ValueKind::Money, "USD 1210000")
        ));
    }

    #[test]
    fn the_query_is_quoted_stems() {
        let stems = stems_of("The population rose \"OR\" NEAR");
        assert_eq!(
            fts_of(&stems),
            Some("\"near\"* OR \"popula\"* OR \"rose\"*".into())
        );
        assert_eq!(fts_of(&stems_of("it is the")), None);
    }
}
