//! Finding words a reviewer typed in the article: tolerant of typographic quotes, apostrophes,
//! dashes and runs of whitespace, and refusing a quote that is missing or ambiguous.

use crate::error::Error;
use crate::safe;

/// What a typed quote is compared as: curly and straight quotes alike, every dash a hyphen,
/// any run of whitespace one space.
pub fn fold(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{2026}' => '.',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

/// `text` folded, with for each folded character the character offset in `text` where it
/// starts. Runs of whitespace become one space, runs of dashes one dash (`--` types `—`), runs
/// of full stops one (`...` types `…`); soft hyphens are left out.
fn folded(text: &str) -> (Vec<char>, Vec<usize>) {
    let mut chars = Vec::with_capacity(text.len());
    let mut at = Vec::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        if c == '\u{00AD}' {
            continue;
        }
        let f = fold(c);
        if matches!(f, ' ' | '-' | '.') && chars.last() == Some(&f) {
            continue;
        }
        chars.push(f);
        at.push(i);
    }
    (chars, at)
}

/// Where a quote is: character offsets into the text it was found in, end exclusive.
pub type Span = (usize, usize);

/// Every place `quote` occurs in `text` (overlapping ones too), as character spans of `text`.
pub fn find_all(text: &str, quote: &str) -> Vec<Span> {
    let (needle, _) = folded(quote.trim());
    if needle.is_empty() {
        return Vec::new();
    }
    let (hay, at) = folded(text);
    let mut out = Vec::new();
    if needle.len() > hay.len() {
        return out;
    }
    // The quote is trimmed, so it starts and ends on a character that maps to one of `text`.
    for i in 0..=hay.len() - needle.len() {
        if hay[i..i + needle.len()] == needle[..] {
            out.push((at[i], at[i + needle.len() - 1] + 1));
        }
    }
    out
}

/// The one place `quote` occurs in `text`; `whole` names the text in the refusal ("article 3",
/// "claim 12") and `otherwise` what else the reviewer can give ("give START..END").
pub fn find_once(text: &str, quote: &str, whole: &str, otherwise: &str) -> Result<Span, Error> {
    let shown = safe::line(quote.trim(), 60);
    if quote.trim().is_empty() {
        return Err(Error::BadInput(format!(
            "the quote is empty; give words of {whole}, or {otherwise}"
        )));
    }
    match find_all(text, quote).as_slice() {
        [] => Err(Error::BadInput(format!(
            "\"{shown}\" does not occur in {whole}; quote its words as they stand, or {otherwise}"
        ))),
        [one] => Ok(*one),
        many => Err(Error::BadInput(format!(
            "\"{shown}\" occurs {} times in {whole}; quote more words so that it occurs once, or {otherwise}",
            many.len()
        ))),
    }
}

/// A span typed as `START..END` (character offsets), if the input has that shape.
pub fn parse_span(input: &str) -> Option<Span> {
    let (a, b) = input.split_once("..")?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slice(text: &str, (a, b): Span) -> String {
        text.chars().skip(a).take(b - a).collect()
    }

    #[test]
    fn typographic_apostrophes_quotes_and_dashes_match_typed_ones() {
        let text = "Mark Vande Hey’s “record” — 355 days — stands.";
        let span = find_once(text, "Vande Hey's \"record\" - 355", "the article", "x").unwrap();
        assert_eq!(slice(text, span), "Vande Hey’s “record” — 355");
    }

    #[test]
    fn typed_double_dashes_ellipses_and_soft_hyphens_match() {
        let text = "Costs grew — fast… from 1990–2000 in the re\u{00AD}gion";
        let span = find_once(
            text,
            "grew -- fast... from 1990-2000 in the region",
            "t",
            "x",
        )
        .unwrap();
        assert_eq!(
            slice(text, span),
            "grew — fast… from 1990–2000 in the re\u{00AD}gion"
        );
    }

    #[test]
    fn runs_of_whitespace_and_line_breaks_match_one_space() {
        let text = "the station,\n  weighing 500 tons, orbits";
        let span = find_once(text, "station, weighing   500", "x", "y").unwrap();
        assert_eq!(slice(text, span), "station,\n  weighing 500");
    }

    #[test]
    fn an_ambiguous_quote_is_refused_with_its_count_and_overlaps_count() {
        let err = find_once("aaa", "aa", "claim 4", "x")
            .unwrap_err()
            .to_string();
        assert!(err.contains("occurs 2 times in claim 4"), "{err}");
        let err = find_once("one two", "three", "article 1", "x")
            .unwrap_err()
            .to_string();
        assert!(err.contains("does not occur in article 1"), "{err}");
        assert!(find_once("x", "  ", "article 1", "x").is_err());
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let text = "Café — “déjà vu” again";
        let span = find_once(text, "\"déjà vu\"", "t", "x").unwrap();
        assert_eq!(span, (7, 16));
        assert_eq!(slice(text, span), "“déjà vu”");
    }

    #[test]
    fn spans_parse_from_start_dot_dot_end() {
        assert_eq!(parse_span(" 12..40 "), Some((12, 40)));
        assert_eq!(parse_span("12..x"), None);
        assert_eq!(parse_span("Vande Hey"), None);
    }
}
