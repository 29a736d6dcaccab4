//! Values in news text: dates, durations, ages, quantities, counts, numbers, ordinals, percentages
//! and money, each with its span and a normalized form.

use super::RawValue;
use chrono::NaiveDate;

/// Find the values in `text` (usually one sentence). Spans are byte ranges of `text`, sorted by
/// start and non-overlapping. Relative dates resolve against `published`.
pub fn scan(_text: &str, _published: Option<NaiveDate>) -> Vec<RawValue> {
    Vec::new()
}
