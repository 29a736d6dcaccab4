//! Sentence splitting for news text: byte ranges, trimmed, never empty.

use std::ops::Range;

/// Split `text` into sentences. Each range is a byte span of `text`, trimmed of surrounding
/// whitespace, non-empty, in order and non-overlapping.
pub fn split(text: &str) -> Vec<Range<usize>> {
    // Placeholder: paragraphs only. Replaced by the real splitter.
    let mut out = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices('\n').chain(std::iter::once((text.len(), ""))) {
        let piece = &text[start..i];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(start + lead..start + lead + trimmed.len());
        }
        start = (i + 1).min(text.len());
    }
    out
}
