//! A claim against an evidence quote: the quote's values are extracted, paired with the claim's
//! comparable values (units converted, dates at their grain), each difference said in one
//! sentence, and a stance suggested with why.
//!
//! The tolerance (what "agrees" means) is the claim's own precision: half a unit of its last
//! significant digit ("500 t" is 450–550 t; "419.7 t" is 419.65–419.75 t), and never less than
//! 1% of the claim. A claim or a quote marked approximate ("nearly", "about") widens it to a
//! whole unit of that digit and at least 10%. "More than X" agrees with anything above X, "less
//! than X" with anything below. Dates agree when one lies inside the other.

use super::dates::{self, DateAgreement, Period};
use super::units::{self, Quantity};
use crate::extract::{Modifier, ValueKind};
use crate::model::{Stance, StoredValue};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A value to compare: its kind, the words, the normalized form and its modifier.
#[derive(Debug, Clone, Copy)]
pub struct Given<'a> {
    pub kind: ValueKind,
    pub text: &'a str,
    pub value: Option<&'a str>,
    pub modifier: Option<Modifier>,
}

impl<'a> From<&'a StoredValue> for Given<'a> {
    fn from(v: &'a StoredValue) -> Self {
        Given {
            kind: v.kind,
            text: &v.text,
            value: v.value.as_deref(),
            modifier: v.modifier,
        }
    }
}

impl<'a> From<&'a crate::extract::Value> for Given<'a> {
    fn from(v: &'a crate::extract::Value) -> Self {
        Given {
            kind: v.kind,
            text: &v.text,
            value: v.value.as_deref(),
            modifier: v.modifier,
        }
    }
}

/// One value of the claim against the quote's closest comparable value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    /// The claim's value, as written in the claim.
    pub claim: String,
    /// The quote's value, as written in the quote.
    pub source: String,
    /// Whether they agree within the tolerance.
    pub agrees: bool,
    /// The difference in one sentence: "claim 500 t; source 419,725 kg = 419.7 t; claim is 19% higher".
    pub sentence: String,
}

/// What the quote says of the claim's values, and the stance it suggests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// `None` when nothing in the quote is comparable with the claim.
    pub stance: Option<Stance>,
    /// Why, in one sentence.
    pub why: String,
    pub comparisons: Vec<Comparison>,
}

/// Compare a claim's values with the values found in `quote`. Relative dates in the quote
/// resolve against `anchor` (none: they are left out).
pub fn compare(claim: &[Given<'_>], quote: &str, anchor: Option<NaiveDate>) -> Suggestion {
    let found = crate::extract::extract(quote, anchor).values;
    // A range's two ends ("from $2 million to $6.5 million") are compared as values of their own.
    let ends: Vec<(ValueKind, &str, String)> = found
        .iter()
        .filter(|v| v.kind == ValueKind::Range)
        .filter_map(|v| {
            Some((
                v.text.as_str(),
                super::units::range_ends(v.value.as_deref()?)?,
            ))
        })
        .flat_map(|(text, (a, b))| [(text, a), (text, b)])
        .map(|(text, end)| {
            let (kind, end) = end_kind(&end);
            (kind, text, end.to_string())
        })
        .collect();
    let source: Vec<Given<'_>> = found
        .iter()
        .filter(|v| v.kind != ValueKind::Range)
        .map(Given::from)
        .chain(ends.iter().map(|(kind, text, value)| Given {
            kind: *kind,
            text,
            value: Some(value.as_str()),
            modifier: None,
        }))
        .collect();
    let amounts: Vec<Comparison> = claim
        .iter()
        .filter_map(|c| compare_quantity(c, &source))
        .collect();
    let dates: Vec<Comparison> = claim
        .iter()
        .filter_map(|c| compare_date(c, &source))
        .collect();
    // The amounts are the claim's facts and its dates say when; the dates decide only a claim
    // with no amount the quote states.
    let decides = if amounts.is_empty() { &dates } else { &amounts };
    let mut s = suggest(decides);
    s.comparisons = amounts.into_iter().chain(dates).collect();
    s
}

/// The kind of one end of a range's normalized form, and the end as that kind writes it.
fn end_kind(end: &str) -> (ValueKind, &str) {
    let end = end.trim();
    if let Some(p) = end.strip_suffix('%') {
        return (ValueKind::Percent, p);
    }
    if end.starts_with('P') {
        return (ValueKind::Duration, end);
    }
    if end.contains('°') {
        return (ValueKind::Temperature, end);
    }
    match end.split_once(' ') {
        Some((head, _)) if head.len() == 3 && head.bytes().all(|b| b.is_ascii_uppercase()) => {
            (ValueKind::Money, end)
        }
        Some(_) => (ValueKind::Quantity, end),
        None if end.parse::<Decimal>().is_ok() && end.len() != 4 => (ValueKind::Number, end),
        None => (ValueKind::Date, end),
    }
}

fn suggest(comparisons: &[Comparison]) -> Suggestion {
    let agree = comparisons.iter().filter(|c| c.agrees).count();
    let differ = comparisons.len() - agree;
    let (stance, why) = match (agree, differ) {
        (0, 0) => (
            None,
            "the quote states no value comparable with the claim's (same kind and unit), so no stance is suggested".to_string(),
        ),
        (_, 0) => (
            Some(Stance::Supports),
            format!(
                "{} within the claim's precision",
                phrase(comparisons, "matches", "match")
            ),
        ),
        (0, _) => (
            Some(Stance::Refutes),
            format!(
                "{} beyond the claim's precision",
                phrase(comparisons, "differs from", "differ from")
            ),
        ),
        _ => (
            Some(Stance::Mixed),
            format!(
                "the quote agrees with {agree} of the claim's values and differs on {differ}"
            ),
        ),
    };
    Suggestion {
        stance,
        why,
        comparisons: comparisons.to_vec(),
    }
}

/// "the quote's \"X\" matches the claim's \"Y\"", or "the quote's 2 values match the claim's".
fn phrase(c: &[Comparison], one_verb: &str, many_verb: &str) -> String {
    match c {
        [one] => format!(
            "the quote's \"{}\" {one_verb} the claim's \"{}\"",
            one.source, one.claim
        ),
        _ => format!("the quote's {} values {many_verb} the claim's", c.len()),
    }
}

/// What a count counts: the last word of its text that is not part of the number, lower-cased,
/// a plural `s` dropped ("two Russian cosmonauts" → "cosmonaut"); `None` for a bare number
/// ("one", "12", "2 million").
fn noun(text: &str) -> Option<String> {
    const SCALES: &[&str] = &["hundred", "thousand", "million", "billion", "trillion"];
    let last = text.split_whitespace().skip(1).last()?;
    let word = last.to_lowercase();
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    if word.is_empty() || SCALES.contains(&word) || word.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(word.strip_suffix('s').unwrap_or(word).to_string())
}

/// Whether two bare counts count the same thing: the same noun; or, when one names none, both
/// figures of 100 or more (small numbers like "one" stand for many things in a text; large
/// figures rarely meet by chance).
fn same_count(a: &str, qa: &Quantity, b: &str, qb: &Quantity) -> bool {
    match (noun(a), noun(b)) {
        (Some(x), Some(y)) => x == y,
        _ => qa.amount.abs() >= Decimal::ONE_HUNDRED && qb.amount.abs() >= Decimal::ONE_HUNDRED,
    }
}

/// The place value of a number's last significant digit: 500 → 100, 419.7 → 0.1, 355 → 1.
fn last_digit(v: Decimal) -> Decimal {
    let n = v.normalize();
    if n.scale() > 0 {
        return Decimal::new(1, n.scale());
    }
    let mut unit = Decimal::ONE;
    let mut rest = n.abs().trunc();
    let ten = Decimal::TEN;
    while !rest.is_zero() && (rest % ten).is_zero() {
        rest /= ten;
        unit *= ten;
    }
    unit
}

fn decimals(v: Decimal) -> u32 {
    v.normalize().scale()
}

fn approx(m: Option<Modifier>) -> bool {
    m == Some(Modifier::Approx)
}

fn compare_quantity(claim: &Given<'_>, source: &[Given<'_>]) -> Option<Comparison> {
    let cq = units::quantity_of(claim.kind, claim.value?)?;
    let best = source
        .iter()
        .filter_map(|s| {
            let sq = units::quantity_of(s.kind, s.value?)?;
            // Bare counts compare only when they count the same thing ("two cosmonauts" is not
            // "one" crew member).
            if cq.unit.is_empty() && !same_count(claim.text, &cq, s.text, &sq) {
                return None;
            }
            let converted = units::convert(&sq, &cq.unit)?;
            let gap = (converted.amount - cq.amount).abs();
            Some((gap, s, sq, converted))
        })
        .min_by(|a, b| a.0.cmp(&b.0))?;
    let (_, s, sq, converted) = best;
    let unit = last_digit(cq.amount);
    let hundredth = cq.amount.abs() / Decimal::ONE_HUNDRED;
    let tolerance = if approx(claim.modifier) || approx(s.modifier) {
        unit.max(hundredth * Decimal::TEN)
    } else {
        (unit / Decimal::TWO).max(hundredth)
    };
    let agrees = match claim.modifier {
        Some(Modifier::MoreThan) => converted.amount > cq.amount,
        Some(Modifier::LessThan) => converted.amount < cq.amount,
        _ => (converted.amount - cq.amount).abs() <= tolerance,
    };
    let places = decimals(cq.amount) + 1;
    let mut sentence = format!(
        "claim {}; source {}",
        units::display(&cq, decimals(cq.amount)),
        units::display(&sq, decimals(sq.amount))
    );
    if sq.unit != cq.unit {
        sentence.push_str(&format!(" = {}", units::display(&converted, places)));
    }
    sentence.push_str("; ");
    sentence.push_str(&difference(
        &cq,
        &converted,
        claim.modifier,
        agrees,
        tolerance,
    ));
    Some(Comparison {
        claim: claim.text.to_string(),
        source: s.text.to_string(),
        agrees,
        sentence,
    })
}

fn difference(
    claim: &Quantity,
    source: &Quantity,
    modifier: Option<Modifier>,
    agrees: bool,
    tolerance: Decimal,
) -> String {
    match modifier {
        Some(Modifier::MoreThan) if agrees => return "above the claim's floor, as it says".into(),
        Some(Modifier::LessThan) if agrees => {
            return "below the claim's ceiling, as it says".into();
        }
        Some(Modifier::MoreThan) => return "not more than the claim's figure, as it says".into(),
        Some(Modifier::LessThan) => return "not less than the claim's figure, as it says".into(),
        _ => {}
    }
    if claim.amount == source.amount {
        return "the same".into();
    }
    let margin = Quantity {
        amount: tolerance,
        unit: claim.unit.clone(),
    };
    let within = format!(
        "within the claim's precision (±{})",
        units::display(&margin, decimals(claim.amount) + 2)
    );
    if source.amount.is_zero() {
        return if agrees {
            within
        } else {
            "the source says none".into()
        };
    }
    let pct = ((claim.amount - source.amount) / source.amount.abs()) * Decimal::ONE_HUNDRED;
    let shown = if pct.abs() < Decimal::ONE {
        units::display_number(pct.abs(), 1)
    } else {
        units::display_number(pct.abs(), 0)
    };
    let direction = if pct > Decimal::ZERO {
        "higher"
    } else {
        "lower"
    };
    if agrees {
        format!("claim is {shown}% {direction}, {within}")
    } else {
        format!("claim is {shown}% {direction}")
    }
}

fn date_of(v: &Given<'_>) -> Option<Period> {
    matches!(v.kind, ValueKind::Date | ValueKind::Time)
        .then_some(v.value)
        .flatten()
        .and_then(dates::period)
}

fn compare_date(claim: &Given<'_>, source: &[Given<'_>]) -> Option<Comparison> {
    let cp = date_of(claim)?;
    let (agreement, s, sp) = source
        .iter()
        .filter_map(|s| {
            let sp = date_of(s)?;
            Some((dates::agree(&cp, &sp), s, sp))
        })
        .min_by_key(|(a, _, _)| match a {
            DateAgreement::Agrees => 0,
            DateAgreement::Differs { days } => days.abs(),
        })?;
    let head = format!(
        "claim {}; source {}",
        dates::display(&cp),
        dates::display(&sp)
    );
    let (agrees, tail) = match agreement {
        DateAgreement::Agrees if cp == sp => (true, "the same date".to_string()),
        DateAgreement::Agrees => (true, "the same at the coarser date's grain".to_string()),
        DateAgreement::Differs { days } => (
            false,
            format!(
                "claim is {} day{} {}",
                days.abs(),
                if days.abs() == 1 { "" } else { "s" },
                if days < 0 { "earlier" } else { "later" }
            ),
        ),
    };
    Some(Comparison {
        claim: claim.text.to_string(),
        source: s.text.to_string(),
        agrees,
        sentence: format!("{head}; {tail}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim_of(text: &str) -> Vec<crate::extract::Value> {
        crate::extract::extract(text, NaiveDate::from_ymd_opt(2024, 3, 1)).values
    }

    fn run(claim: &str, quote: &str) -> Suggestion {
        let values = claim_of(claim);
        let given: Vec<Given<'_>> = values.iter().map(Given::from).collect();
        compare(&given, quote, None)
    }

    #[test]
    fn a_mismatch_in_another_unit_refutes_with_the_arithmetic_shown() {
        let s = run(
            "The ship carried 500 tonnes of grain.",
            "Port records show 419,725 kg of grain were loaded.",
        );
        assert_eq!(s.stance, Some(Stance::Refutes));
        assert_eq!(
            s.comparisons[0].sentence,
            "claim 500 t; source 419,725 kg = 419.7 t; claim is 19% higher"
        );
    }

    #[test]
    fn a_match_within_the_claims_rounding_supports() {
        let s = run(
            "The ship carried 500 tonnes of grain.",
            "It loaded 1,080,000 pounds of wheat.",
        );
        assert_eq!(s.stance, Some(Stance::Supports), "{s:?}");
        assert!(
            s.comparisons[0]
                .sentence
                .contains("within the claim's precision")
        );
        let s = run(
            "Temperatures reached 45 °C in the city.",
            "The station recorded 113 degrees Fahrenheit.",
        );
        assert_eq!(s.stance, Some(Stance::Supports), "{s:?}");
    }

    #[test]
    fn different_dimensions_give_nothing_to_compare() {
        let s = run(
            "The ship carried 500 tonnes of grain.",
            "The voyage covered 400 miles.",
        );
        assert_eq!(s.stance, None);
        assert!(s.comparisons.is_empty());
        let s = run("It cost $1.5 million.", "The bill came to EUR 1,500,000.");
        assert_eq!(s.stance, None);
    }

    #[test]
    fn dates_agree_at_their_grain() {
        let s = run(
            "His first flight was in 2018.",
            "He launched on May 12, 2018 from Baikonur.",
        );
        assert_eq!(s.stance, Some(Stance::Supports), "{s:?}");
        let s = run(
            "His first flight was in 2018.",
            "He launched in 2017 from Baikonur.",
        );
        assert_eq!(s.stance, Some(Stance::Refutes), "{s:?}");
    }

    #[test]
    fn more_than_agrees_with_anything_above() {
        let s = run(
            "The storm cut power to more than 400 homes.",
            "Utility figures: 612 homes lost power.",
        );
        assert_eq!(s.stance, Some(Stance::Supports), "{s:?}");
    }

    #[test]
    fn counts_of_different_things_are_not_compared() {
        let s = run(
            "He returns with two Russian cosmonauts.",
            "Only one of them has flown before.",
        );
        assert_eq!(s.stance, None, "{s:?}");
        let s = run(
            "The storm destroyed 40 homes.",
            "Officials said 25 homes were destroyed.",
        );
        assert_eq!(s.stance, Some(Stance::Refutes), "{s:?}");
    }

    #[test]
    fn the_tolerance_follows_the_claims_last_digit() {
        assert_eq!(last_digit(Decimal::from(500)), Decimal::from(100));
        assert_eq!(last_digit(Decimal::from(355)), Decimal::ONE);
        assert_eq!(last_digit(Decimal::new(4197, 1)), Decimal::new(1, 1));
    }
}
