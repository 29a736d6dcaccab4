//! CSV: one row per claim (RFC 4180 through the `csv` crate), safe to open in a spreadsheet.

use crate::model::Report;

const HEADER: [&str; 12] = [
    "article_id",
    "article",
    "claim_id",
    "text",
    "status",
    "verdict",
    "rationale",
    "reviewer",
    "date",
    "evidence",
    "source_urls",
    "anchor",
];

pub fn render(report: &Report) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(HEADER);
    for a in &report.articles {
        for c in &a.claims {
            let v = c.verdict.as_ref();
            let urls: Vec<&str> = c.evidence.iter().map(|e| e.source.url.as_str()).collect();
            let row = [
                a.article.id.to_string(),
                a.article.title.clone(),
                c.claim.id.to_string(),
                c.claim.text.clone(),
                c.claim.status.as_str().to_string(),
                v.map(|v| v.rating.clone()).unwrap_or_default(),
                v.map(|v| v.rationale.clone()).unwrap_or_default(),
                v.map(|v| v.reviewer.clone()).unwrap_or_default(),
                v.map(|v| v.at.clone()).unwrap_or_default(),
                c.evidence.len().to_string(),
                urls.join(" "),
                super::anchor(&a.article.sha256, c.claim.start, c.claim.end),
            ];
            let _ = w.write_record(row.iter().map(|cell| neutralize(cell).into_owned()));
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::neutralize;

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
