//! CSV: one row per claim (RFC 4180 through the `csv` crate), safe to open in a spreadsheet: a
//! cell that would run as a formula starts with an apostrophe, and control characters other than
//! tab and newline (ESC, BEL, CR, NUL…) are shown inert: C0 controls as their Unicode Control
//! Pictures (ESC → ␛), DEL as ␡, C1 controls and bidirectional overrides as U+FFFD. Only the
//! cells change; the stored text stays as it is.

use crate::model::Report;

const HEADER: [&str; 18] = [
    "article_id",
    "article",
    "claim_id",
    "text",
    "claimant",
    "claimant_kind",
    "type",
    "status",
    "verdict",
    "rationale",
    "reviewer",
    "date",
    "disputed_ratings",
    "dismissed_reason",
    "evidence",
    "sources",
    "comparisons",
    "anchor",
];

pub fn render(report: &Report) -> String {
    render_with(report, false)
}

/// The CSV; with `bom`, a UTF-8 byte-order mark first (Excel then reads Cyrillic and curly
/// quotes as they are). The verdict columns hold only a publishable verdict (reviewed, not
/// disputed); a disputed claim lists every current rating and who gave it instead. Sources are
/// readable text, one per line in the cell: "title <url> (stance)"; `comparisons` holds, one per
/// line, what each evidence quote's values say of the claim's (`compare::evidence`).
pub fn render_with(report: &Report, bom: bool) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(HEADER);
    for a in &report.articles {
        for c in &a.claims {
            let v = c.publishable();
            let disputed = if c.claim.status == crate::model::Status::Disputed {
                c.current_ratings()
                    .iter()
                    .map(|v| format!("{} by {}", v.rating, v.reviewer))
                    .collect::<Vec<_>>()
                    .join("; ")
            } else {
                String::new()
            };
            let sources: Vec<String> = c
                .evidence
                .iter()
                .map(|e| match &e.source.title {
                    Some(t) => format!("{t} <{}> ({})", e.source.url, e.stance.as_str()),
                    None => format!("<{}> ({})", e.source.url, e.stance.as_str()),
                })
                .collect();
            // What each quote's values say of the claim's: "evidence N: claim 500 t; source …".
            let comparisons: Vec<String> = c
                .evidence
                .iter()
                .map(|e| (e.id, c.comparison_line(e.id)))
                .filter(|(_, line)| !line.is_empty())
                .map(|(id, line)| format!("evidence {id}: {line}"))
                .collect();
            let row = [
                a.article.id.to_string(),
                a.article.title.clone(),
                c.claim.id.to_string(),
                c.claim.text.clone(),
                c.claim
                    .claimant
                    .as_ref()
                    .map(|k| k.name.clone())
                    .unwrap_or_default(),
                c.claim
                    .claimant
                    .as_ref()
                    .map(|k| k.kind.as_str().to_string())
                    .unwrap_or_default(),
                c.claim.kind.as_str().to_string(),
                c.claim.status.as_str().to_string(),
                v.map(|v| v.rating.clone()).unwrap_or_default(),
                v.map(|v| v.rationale.clone()).unwrap_or_default(),
                v.map(|v| v.reviewer.clone()).unwrap_or_default(),
                v.map(|v| v.at.clone()).unwrap_or_default(),
                disputed,
                c.claim.dismissed_reason.clone().unwrap_or_default(),
                c.evidence.len().to_string(),
                sources.join("\n"),
                comparisons.join("\n"),
                super::anchor(&a.article.sha256, c.claim.start, c.claim.end),
            ];
            let _ = w.write_record(row.iter().map(|cell| inert(&neutralize(cell)).into_owned()));
        }
    }
    let text = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
    if bom { format!("\u{FEFF}{text}") } else { text }
}

/// A cell a spreadsheet would run as a formula gets a leading apostrophe, which spreadsheets show
/// as text (OWASP's advice for CSV injection).
pub fn neutralize(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Control characters other than tab and newline, and bidirectional overrides and isolates, shown
/// as visible, inert characters (one for one).
pub fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    let acts = |c: char| (c.is_control() && c != '\t' && c != '\n') || is_bidi(c);
    if !cell.chars().any(acts) {
        return cell.into();
    }
    cell.chars()
        .map(|c| match c {
            c if !acts(c) => c,
            '\u{0}'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
            '\u{7F}' => '\u{2421}',
            _ => '\u{FFFD}',
        })
        .collect::<String>()
        .into()
}

fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::{inert, neutralize};

    #[test]
    fn control_characters_are_shown_inert_but_tab_and_newline_kept() {
        assert_eq!(
            inert("a\u{1b}[2Jb\u{7}c\rd\u{0}e\u{7f}f\u{9b}g\u{202e}h"),
            "a␛[2Jb␇c␍d␀e␡f\u{FFFD}g\u{FFFD}h"
        );
        assert_eq!(inert("tab\there\nline"), "tab\there\nline");
        assert!(matches!(inert("plain"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn formulas_are_neutralized_and_plain_text_is_not() {
        for f in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(neutralize(f), format!("'{f}"));
        }
        assert_eq!(neutralize("355 days"), "355 days");
        assert_eq!(neutralize(""), "");
    }
}
