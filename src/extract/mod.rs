//! The extractor: text and a publication date in; sentences, values and claims out. Pure: no I/O.
//!
//! Every stage works on byte offsets into the input (cheap to slice); `extract` converts them to
//! character (Unicode scalar) offsets once, at the end, because that is the contract of
//! `claimdesk extract --json` and of the spans stored in the database.

mod chars;
pub mod claims;
pub mod score;
pub mod sentences;
pub mod values;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What a value is: the word used in the JSON contract, the schema and the TUI. The word is written
/// once, by the `serialize_all` rules below, for serde and strum alike.
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
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum ValueKind {
    Date,
    /// A clock time, alone ("T20:46") or joined to its date ("2014-04-01T20:46").
    Time,
    Duration,
    /// Two ends in one value, ISO 8601 interval style: "2009/2010", "12/18 months".
    Range,
    Age,
    Quantity,
    /// Degrees Celsius or Fahrenheit: "45 °C".
    Temperature,
    Count,
    Number,
    Ordinal,
    /// A factor or a fraction: "4 1/2 times" is 4.5, "one-third" 0.333333.
    Ratio,
    Percent,
    Money,
}

impl ValueKind {
    /// Every kind, in declaration order (a test checks it against `EnumIter`).
    pub const ALL: [ValueKind; 13] = [
        ValueKind::Date,
        ValueKind::Time,
        ValueKind::Duration,
        ValueKind::Range,
        ValueKind::Age,
        ValueKind::Quantity,
        ValueKind::Temperature,
        ValueKind::Count,
        ValueKind::Number,
        ValueKind::Ordinal,
        ValueKind::Ratio,
        ValueKind::Percent,
        ValueKind::Money,
    ];

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<ValueKind> {
        s.parse().ok()
    }
}

/// A qualifier of a value: "nearly a year", "more than 400 miles", "at most 3"; and the TIMEX3
/// `START`, `MID`, `END` of a period ("early 2020", "mid-March", "by the end of the month").
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
pub enum Modifier {
    Approx,
    MoreThan,
    LessThan,
    Start,
    Mid,
    End,
}

impl Modifier {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<Modifier> {
        s.parse().ok()
    }
}

/// A value found by `values::scan`, with a byte span into the text it was given.
#[derive(Debug, Clone, PartialEq)]
pub struct RawValue {
    pub kind: ValueKind,
    pub span: Range<usize>,
    /// Normalized form (ISO 8601 date or duration, decimal string, "500 t", "USD 1000000"); `None`
    /// when the expression is recognised but cannot be resolved (a relative date with no anchor).
    pub value: Option<String>,
    pub modifier: Option<Modifier>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Value {
    pub kind: ValueKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// Index into `Extraction::sentences`.
    pub sentence: usize,
    pub score: f64,
    /// Indexes into `Extraction::values`.
    pub values: Vec<usize>,
    /// Why this is a claim: the cues behind the score ("value", "superlative", "attribution", …).
    #[serde(default)]
    pub cues: Vec<std::borrow::Cow<'static, str>>,
    /// The person or organisation the claim is about, when one can be named.
    #[serde(default)]
    pub subject: Option<String>,
    /// The verbatim pieces of the article the claim rests on, `[start, end)` in character offsets,
    /// in reading order, all inside `start..end`.
    #[serde(default)]
    pub parts: Vec<[usize; 2]>,
    /// Who makes the claim: a quote's speaker, an organisation; `None` for the article itself.
    #[serde(default)]
    pub claimant: Option<Claimant>,
    /// What sort of fact it is.
    #[serde(default, rename = "type")]
    pub kind: ClaimType,
    /// Every place the article states this fact, the claim's own span first, `[start, end)` in
    /// character offsets.
    #[serde(default)]
    pub appearances: Vec<[usize; 2]>,
    /// For a prediction or promise with a date: the day to check whether it happened
    /// (YYYY-MM-DD, the last day of the latest date it names; `compare::dates::recheck_on`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recheck_on: Option<String>,
}

/// Who makes a claim.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Claimant {
    pub name: String,
    pub kind: ClaimantKind,
}

/// A claimant is a person or an organisation (ClaimReview's `Person` and `Organization`).
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
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum ClaimantKind {
    Person,
    Organization,
}

impl ClaimantKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<ClaimantKind> {
        s.parse().ok()
    }
}

/// The sort of fact a claim states; shown and filterable.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum ClaimType {
    /// A number, an amount, a measure.
    Quantity,
    /// A date, a time, a duration: when something happened.
    Time,
    /// A comparison or a record ("the longest", "more than any").
    Comparison,
    /// One thing caused another.
    Causal,
    /// A prediction or a promise about the future.
    Prediction,
    /// Someone's words, quoted.
    Quote,
    /// A policy, a law, a rule.
    Policy,
    #[default]
    Other,
}

impl ClaimType {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<ClaimType> {
        s.parse().ok()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub published: Option<NaiveDate>,
    pub sentences: Vec<Sentence>,
    pub values: Vec<Value>,
    pub claims: Vec<Claim>,
}

/// Run the whole pipeline on `text`. Relative dates resolve against `published`.
///
/// A long text (`claims::PARALLEL_TEXT` or more) is split into sentences on two threads
/// (`sentences::split_on_two`), and has its public lists made off the thread that finds the
/// claims: the sentences' while the claims are found (they need only the spans), the values'
/// and half the claims' while the other half of the claims' is made. The lists are the same as
/// one thread's.
pub fn extract(text: &str, published: Option<NaiveDate>) -> Extraction {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    extract_on(
        text,
        published,
        threads >= 2 && text.len() >= claims::PARALLEL_TEXT,
    )
}

/// `extract`, its sentences and public lists on two threads when `parallel`.
fn extract_on(text: &str, published: Option<NaiveDate>, parallel: bool) -> Extraction {
    let sentence_spans = if parallel {
        sentences::split_on_two(text)
    } else {
        sentences::split(text)
    };

    // Values are scanned per sentence; the last date of a sentence anchors "the following
    // month", "10 years later" in the next one only (`values::Anchor`).
    let mut raw_values = values::scan_sentences(text, &sentence_spans, published);

    let ascii = text.is_ascii();
    if !parallel {
        let sentences = public_sentences(text, &sentence_spans, ascii);
        let raw_claims = claims::find(text, &sentence_spans, &raw_values);
        part_of_day(text, &mut raw_values);
        let claims = public_claims(text, raw_claims, &raw_values, published, ascii);
        let values = public_values(text, raw_values.into_iter().map(|(_, v)| v), ascii);
        return Extraction {
            published,
            sentences,
            values,
            claims,
        };
    }
    std::thread::scope(|scope| {
        let sentences = scope.spawn(|| public_sentences(text, &sentence_spans, ascii));
        let mut raw_claims = claims::find(text, &sentence_spans, &raw_values);
        part_of_day(text, &mut raw_values);
        let raw_values = &raw_values;
        // The values' list and the second half of the claims' on another thread.
        let later_claims = raw_claims.split_off(raw_claims.len() / 2);
        let later = scope.spawn(move || {
            (
                public_values(text, raw_values.iter().map(|(_, v)| v.clone()), ascii),
                public_claims(text, later_claims, raw_values, published, ascii),
            )
        });
        let mut claims = public_claims(text, raw_claims, raw_values, published, ascii);
        let (values, later_claims) = later.join().expect("the values' list is made");
        claims.extend(later_claims);
        Extraction {
            published,
            sentences: sentences.join().expect("the sentences' list is made"),
            values,
            claims,
        }
    })
}

/// The part of a day written with a value, once the claims have read the day as written.
fn part_of_day(text: &str, raw_values: &mut [(usize, RawValue)]) {
    for (_, v) in raw_values {
        values::part_of_day(text, v);
    }
}

// Byte offsets become character offsets by walking the text once per list: each list
// (sentences, values, claims) is in text order.

/// The sentences as the contract gives them: character offsets and their text.
fn public_sentences(text: &str, spans: &[Range<usize>], ascii: bool) -> Vec<Sentence> {
    let mut at = CharCursor::new(text, ascii);
    spans
        .iter()
        .map(|s| Sentence {
            start: at.chars(s.start),
            end: at.chars(s.end),
            text: text[s.clone()].to_string(),
        })
        .collect()
}

/// The values as the contract gives them (moved from the raw values on one thread, copied on
/// another while the claims read them).
fn public_values(
    text: &str,
    raw_values: impl ExactSizeIterator<Item = RawValue>,
    ascii: bool,
) -> Vec<Value> {
    let mut at = CharCursor::new(text, ascii);
    raw_values
        .map(|v| Value {
            kind: v.kind,
            text: text[v.span.clone()].to_string(),
            start: at.chars(v.span.start),
            end: at.chars(v.span.end),
            value: v.value,
            modifier: v.modifier,
        })
        .collect()
}

/// The claims as the contract gives them, with the date each is due to be checked again.
fn public_claims(
    text: &str,
    raw_claims: Vec<claims::RawClaim>,
    raw_values: &[(usize, RawValue)],
    published: Option<NaiveDate>,
    ascii: bool,
) -> Vec<Claim> {
    let mut at = CharCursor::new(text, ascii);
    // Appearances lie anywhere in the text (a fact restated far below): their offsets are
    // converted in one sorted pass, then looked up by halving.
    let mut ends: Vec<usize> = raw_claims
        .iter()
        .flat_map(|c| c.appearances.iter().flat_map(|r| [r.start, r.end]))
        .collect();
    ends.sort_unstable();
    ends.dedup();
    let mut sorted = CharCursor::new(text, ascii);
    let ends_chars: Vec<usize> = ends.iter().map(|&b| sorted.chars(b)).collect();
    let later = |b: usize| ends.binary_search(&b).map_or(0, |i| ends_chars[i]);
    raw_claims
        .into_iter()
        .map(|c| {
            // In text order for the cursor: the start, the parts, the end.
            let start = at.chars(c.span.start);
            let parts = c
                .parts
                .iter()
                .map(|r| [at.chars(r.start), at.chars(r.end)])
                .collect();
            let end = at.chars(c.span.end);
            let appearances = std::iter::once([start, end])
                .chain(c.appearances.iter().map(|r| [later(r.start), later(r.end)]))
                .collect();
            let recheck_on = crate::compare::dates::recheck_on(
                c.kind,
                c.values
                    .iter()
                    .filter_map(|&i| raw_values.get(i))
                    .map(|(_, v)| (v.kind, v.value.as_deref())),
                published,
            )
            .map(|d| d.to_string());
            Claim {
                text: c.text.unwrap_or_else(|| text[c.span.clone()].to_string()),
                start,
                end,
                sentence: c.sentence,
                score: c.score,
                values: c.values,
                cues: c.cues,
                subject: c.subject,
                parts,
                claimant: c.claimant,
                kind: c.kind,
                appearances,
                recheck_on,
            }
        })
        .collect()
}

/// Byte offset → character offset, for offsets asked mostly in increasing order: it counts only
/// the characters between the last offset and this one (backwards for an earlier one).
struct CharCursor<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharCursor<'a> {
    fn new(text: &'a str, ascii: bool) -> Self {
        CharCursor {
            text,
            ascii,
            byte: 0,
            chars: 0,
        }
    }

    fn chars(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            // Back a little (an atomic claim starts inside the one before it): count back.
            self.chars -= self.text[byte..self.byte].chars().count();
        } else {
            self.chars += self.text[self.byte..byte].chars().count();
        }
        self.byte = byte;
        self.chars
    }
}

/// Convert a character offset into a byte offset of `text` (clamped to its length).
pub fn char_to_byte(text: &str, char_offset: usize) -> usize {
    text.char_indices()
        .nth(char_offset)
        .map_or(text.len(), |(b, _)| b)
}

/// The index of the sentence (as `sentences::split` cuts the text) that a character offset falls
/// in: the last sentence starting at or before it.
pub fn sentence_index_at(text: &str, char_offset: usize) -> usize {
    let byte = char_to_byte(text, char_offset);
    sentences::split(text)
        .iter()
        .take_while(|s| s.start <= byte)
        .count()
        .saturating_sub(1)
}

/// Normalize text on the way in, keeping what the reviewer sees: CRLF and lone CR become LF,
/// no-break and other odd spaces become a plain space, zero-width characters and a BOM go.
/// The stored article is the normalized text, so every offset stays true to it.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2000}'..='\u{200A}' => out.push(' '),
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    /// A long text's sentences split on two threads and its public lists made on two give what
    /// one thread gives: on the atomic table's texts (quotes, datelines, captions, curly marks
    /// beyond ASCII) with the fixture article, over 64 KiB.
    #[test]
    fn a_long_text_on_two_threads_is_extracted_as_on_one() {
        let mut text = std::fs::read_to_string("fixtures/vande-hei-soyuz.txt").expect("fixture");
        let table = std::fs::read_to_string("fixtures/atomic-table.jsonl").expect("the table");
        for line in table.lines().filter(|l| !l.trim().is_empty()) {
            let row: serde_json::Value = serde_json::from_str(line).expect("a row");
            text.push_str("\n\n");
            text.push_str(row["text"].as_str().expect("its text"));
        }
        assert!(text.len() >= claims::PARALLEL_TEXT && !text.is_ascii());
        let published = NaiveDate::from_ymd_opt(2022, 3, 14);
        let one = extract_on(&text, published, false);
        let two = extract_on(&text, published, true);
        assert!(one.claims.len() > 500 && one.values.len() > 500);
        assert_eq!(one, two);
    }

    #[test]
    fn all_kinds_are_listed_once_in_order() {
        assert_eq!(
            ValueKind::ALL.to_vec(),
            ValueKind::iter().collect::<Vec<_>>()
        );
    }

    #[test]
    fn names_agree_with_serde() {
        for k in ValueKind::iter() {
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(json, format!("\"{}\"", k.as_str()));
            assert_eq!(ValueKind::parse(k.as_str()), Some(k));
        }
        for m in Modifier::iter() {
            let json = serde_json::to_string(&m).unwrap();
            assert_eq!(json, format!("\"{}\"", m.as_str()));
            assert_eq!(Modifier::parse(m.as_str()), Some(m));
        }
        assert_eq!(Modifier::MoreThan.as_str(), "more-than");
        assert_eq!(ValueKind::parse("Date"), None);
        assert_eq!(Modifier::parse("nope"), None);
    }

    /// The value of the first value whose text is `text`.
    fn value_of(x: &Extraction, text: &str) -> Option<String> {
        let v = x.values.iter().find(|v| v.text == text);
        v.unwrap_or_else(|| panic!("no value {text:?} in {:?}", x.values))
            .value
            .clone()
    }

    #[test]
    fn the_last_date_of_a_sentence_anchors_the_next_one_only() {
        let published = NaiveDate::from_ymd_opt(2024, 5, 10);
        let x = extract(
            "The referendum was held on June 23, 2016. The following month, the prime minister \
             resigned. Ten years later, the country voted again.",
            published,
        );
        assert_eq!(
            value_of(&x, "The following month").as_deref(),
            Some("2016-07")
        );
        // anchored in turn on the month the sentence before resolved
        assert_eq!(value_of(&x, "Ten years later").as_deref(), Some("2026-07"));
        let x = extract(
            "The attack happened on March 3. The next day, police arrested two men.",
            published,
        );
        assert_eq!(value_of(&x, "The next day").as_deref(), Some("2024-03-04"));
        // a sentence without a date passes no anchor on
        let x = extract(
            "The company was founded in 2001. It grew quickly. The following year it listed \
             its shares.",
            published,
        );
        assert_eq!(value_of(&x, "The following year"), None);
    }
}
