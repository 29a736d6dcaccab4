//! Claims: the check-worthy statements of an article, scored from explainable cues.

use super::RawValue;
use std::ops::Range;

/// A claim with byte offsets, before conversion to the public `Claim`.
#[derive(Debug, Clone, PartialEq)]
pub struct RawClaim {
    pub span: Range<usize>,
    pub sentence: usize,
    pub score: f64,
    /// Indexes into the `values` slice given to `find`.
    pub values: Vec<usize>,
    pub cues: Vec<&'static str>,
    pub subject: Option<String>,
}

/// Find claims in `text`, given its sentences and its values (each tagged with its sentence).
pub fn find(
    _text: &str,
    _sentences: &[Range<usize>],
    _values: &[(usize, RawValue)],
) -> Vec<RawClaim> {
    Vec::new()
}
