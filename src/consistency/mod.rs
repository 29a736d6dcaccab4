//! Consistency within one article: findings that relate its claims to each other (a fact stated
//! twice with different values, a duration against its dates, an age against a birth date, parts
//! against their whole, a change against its two figures, a date against the tense of its
//! sentence). Pure, like `extract`: the article's text, its values and claims in; findings out.
//!
//! Every rule is general (words of the language, never words of an article) and works on the
//! exact values the extractor gives: decimals (`rust_decimal`) and dates (`chrono`), never floats.

mod checks;
mod parse;
mod words;

use crate::extract::{Modifier, ValueKind};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// How two statements of the article stand to each other.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Severity {
    /// They cannot both be true.
    Contradiction,
    /// They fit only loosely (a figure off by a little, an end date guessed).
    Tension,
    /// The arithmetic holds.
    Consistent,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Which rule made a finding.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum FindingKind {
    /// The same subject and predicate with different values.
    SameFact,
    /// A stated duration against stated dates.
    Duration,
    /// An age against a birth date and the publication date.
    Age,
    /// A part against its whole and the share stated ("45 of the 120, or 30%").
    Share,
    /// Listed parts against their stated total.
    Sum,
    /// "doubled", "three times", "rose 20%" against the two figures.
    Change,
    /// A date on the wrong side of the publication date for the tense of its sentence.
    Tense,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A value of the article, as the extractor gives it (character offsets into the article).
#[derive(Debug, Clone, PartialEq)]
pub struct ValueIn {
    pub kind: ValueKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
    pub modifier: Option<Modifier>,
}

/// A claim of the article: its id (the database's, or its index in an extraction), its span in
/// characters, its subject.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimIn {
    pub id: i64,
    pub start: usize,
    pub end: usize,
    pub subject: Option<String>,
}

/// One finding: the claims it relates, the values, the arithmetic and why it was made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable across runs: a hash of the kind, the claims and the values.
    pub key: String,
    pub kind: FindingKind,
    pub severity: Severity,
    pub claims: Vec<i64>,
    /// The values as written in the article.
    pub values: Vec<String>,
    /// The arithmetic, shown.
    pub arithmetic: String,
    /// One sentence: why the finding was made.
    pub why: String,
}

impl Finding {
    fn new(
        kind: FindingKind,
        severity: Severity,
        mut claims: Vec<i64>,
        values: Vec<String>,
        arithmetic: String,
        why: String,
    ) -> Finding {
        claims.sort_unstable();
        claims.dedup();
        Finding {
            key: finding_key(kind, &claims, &values),
            kind,
            severity,
            claims,
            values,
            arithmetic,
            why,
        }
    }

    /// A finding the reviewer should look at (not a consistent one).
    pub fn is_open_problem(&self) -> bool {
        self.severity != Severity::Consistent
    }
}

/// The key of a finding: the first 16 hex digits of the SHA-256 of its kind, claims and values.
pub fn finding_key(kind: FindingKind, claims: &[i64], values: &[String]) -> String {
    let mut h = Sha256::new();
    h.update(kind.as_str().as_bytes());
    for c in claims {
        h.update(b"|");
        h.update(c.to_string().as_bytes());
    }
    for v in values {
        h.update(b"#");
        h.update(v.as_bytes());
    }
    h.finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Check an article. `values` are all its values, `claims` the claims to relate (a finding names
/// only claims of this list, and only values in their sentences are compared). Findings come in
/// reading order of their first value, contradictions and tensions and consistent ones alike.
pub fn check(
    text: &str,
    published: Option<NaiveDate>,
    values: &[ValueIn],
    claims: &[ClaimIn],
) -> Vec<Finding> {
    let article = checks::Article::new(text, published, values, claims);
    let mut out = article.run();
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| seen.insert(f.key.clone()));
    out
}

/// Findings of an extraction (a file checked without a database): claim ids are the claims'
/// positions in `x.claims`, counted from 1.
pub fn check_extraction(text: &str, x: &crate::extract::Extraction) -> Vec<Finding> {
    let values: Vec<ValueIn> = x
        .values
        .iter()
        .map(|v| ValueIn {
            kind: v.kind,
            text: v.text.clone(),
            start: v.start,
            end: v.end,
            value: v.value.clone(),
            modifier: v.modifier,
        })
        .collect();
    let claims: Vec<ClaimIn> = x
        .claims
        .iter()
        .enumerate()
        .map(|(i, c)| ClaimIn {
            id: i as i64 + 1,
            start: c.start,
            end: c.end,
            subject: c.subject.clone(),
        })
        .collect();
    check(text, x.published, &values, &claims)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(kind: ValueKind, text: &str, start: usize, value: &str) -> ValueIn {
        ValueIn {
            kind,
            text: text.into(),
            start,
            end: start + text.chars().count(),
            value: Some(value.into()),
            modifier: None,
        }
    }

    /// "A renovation that lasted 18 months" is not measured from the museum's founding told
    /// in another sentence about it; a start of the same subject that began something still
    /// is ("The strike began on March 1" … "the strike, which lasted 40 days").
    #[test]
    fn an_event_that_lasted_is_not_measured_from_a_founding() {
        let published = NaiveDate::from_ymd_opt(2023, 4, 17);
        let kinds = |text: &str| {
            let x = crate::extract::extract(text, published);
            check_extraction(text, &x)
                .into_iter()
                .filter(|f| f.kind == FindingKind::Duration)
                .count()
        };
        assert_eq!(
            kinds(
                "The City Museum reopened on Saturday after a renovation that lasted 18 \
                 months.\n\nThe museum was founded in 1894."
            ),
            0
        );
    }

    #[test]
    fn hostile_values_give_no_panic() {
        // Overlapping values, figures beyond any range, a ratio of zero.
        let text = "Of the 99999999999999999999999 seats, 3, or 0.00000001%, doubled from 0 to 5. It began in 2020 and has run for 99999999999999 years.";
        let values = vec![
            value(
                ValueKind::Count,
                "99999999999999999999999 seats",
                7,
                "99999999999999999999999",
            ),
            value(ValueKind::Number, "3", 38, "3"),
            value(ValueKind::Number, "seats, 3", 31, "3"),
            value(ValueKind::Percent, "0.00000001%", 44, "0.00000001"),
            value(ValueKind::Ratio, "doubled", 57, "2"),
            value(ValueKind::Number, "0", 70, "0"),
            value(ValueKind::Number, "5", 75, "5"),
            value(ValueKind::Date, "2020", 91, "2020"),
            value(
                ValueKind::Duration,
                "99999999999999 years",
                113,
                "P99999999999999Y",
            ),
        ];
        let claims = vec![
            ClaimIn {
                id: 1,
                start: 0,
                end: 78,
                subject: None,
            },
            ClaimIn {
                id: 2,
                start: 79,
                end: text.chars().count(),
                subject: None,
            },
        ];
        let _ = check(text, NaiveDate::from_ymd_opt(2024, 1, 1), &values, &claims);
        let _ = check(text, None, &values, &claims);
        let _ = check("", None, &values, &claims);
    }
}
