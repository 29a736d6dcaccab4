//! HTML: one self-contained page (no external scripts, fonts or styles) that reads well on screen
//! and in print. Every piece of text is escaped: an article is data, never markup.

use super::anchor;
use crate::model::{ClaimDetail, Report, Scale};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt::Write;

const STYLE: &str = r#"
:root { --ink: #1d232a; --muted: #5b6570; --line: #d9dee3; --mark: #fff1b8; --sel: #ffd666; }
* { box-sizing: border-box; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       max-width: 72rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--line); }
.meta { color: var(--muted); font-size: .9rem; }
.summary { display: flex; gap: 2rem; flex-wrap: wrap; align-items: flex-start; }
table { border-collapse: collapse; } td, th { padding: .2rem .7rem; border-bottom: 1px solid var(--line); text-align: left; }
.article { white-space: pre-wrap; background: #fafbfc; border: 1px solid var(--line); padding: 1rem 1.25rem;
           border-radius: 6px; max-height: none; }
.article mark { background: var(--mark); border-radius: 3px; }
.article mark a { color: inherit; text-decoration: none; }
.article mark.rated { background: var(--sel); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--c, #8c959f); border-radius: 6px; padding: .8rem 1rem;
        break-inside: avoid; }
.card:target { outline: 3px solid var(--sel); }
.card blockquote { margin: .3rem 0 .6rem; font-style: italic; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 999px; color: #fff; background: var(--c, #8c959f);
         font-weight: 600; font-size: .85rem; }
.sources { padding-left: 1.1rem; } .sources li { margin: .3rem 0; } .stance { font-size: .8rem; color: var(--muted); }
.rationale { margin: .4rem 0; }
@media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; }
  .cards { display: block; } .card { margin-bottom: .6rem; } h2 { break-before: page; } h2:first-of-type { break-before: auto; } }
"#;

/// Escape text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Only http(s) links become links; anything else (javascript:, data:) is shown as text.
fn safe_href(url: &str) -> Option<String> {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| escape(url))
}

fn colour(scale: &Scale, rating: Option<&str>) -> &'static str {
    let name = rating
        .and_then(|r| scale.info(r))
        .map_or("gray", |i| i.colour.as_str());
    match name {
        "green" => "#1a7f37",
        "light-green" | "lightgreen" => "#4ac26b",
        "yellow" => "#bf8700",
        "light-red" | "lightred" => "#e16f24",
        "red" => "#cf222e",
        "magenta" => "#a475f9",
        "blue" => "#0969da",
        "cyan" => "#1b7c83",
        _ => "#6e7781",
    }
}

pub fn render(report: &Report, scale: &Scale) -> String {
    let mut o = String::new();
    let title = match report.articles.as_slice() {
        [one] => format!("Verdict report: {}", one.article.title),
        _ => "Verdict report".to_string(),
    };
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"meta\">Exported {} · {} article(s)</p>\n",
        escape(&title),
        escape(&title),
        escape(&report.exported_at),
        report.articles.len()
    );
    for a in &report.articles {
        let _ = write!(
            o,
            "<h2>{}</h2>\n<p class=\"meta\">",
            escape(&a.article.title)
        );
        if let Some(url) = &a.article.url {
            match safe_href(url) {
                Some(href) => {
                    let _ = write!(o, "<a href=\"{href}\">{}</a> · ", escape(url));
                }
                None => {
                    let _ = write!(o, "{} · ", escape(url));
                }
            }
        }
        if let Some(p) = &a.article.published {
            let _ = write!(o, "published {} · ", escape(p));
        }
        let _ = writeln!(o, "sha256 <code>{}</code></p>", escape(&a.article.sha256));

        // Summary: the verdict distribution as a table and an inline SVG bar chart.
        let mut counts: Vec<(String, usize)> =
            scale.ratings.iter().map(|r| (r.clone(), 0)).collect();
        let mut unrated = 0;
        for c in &a.claims {
            match &c.verdict {
                Some(v) => match counts.iter_mut().find(|(r, _)| r == &v.rating) {
                    Some(slot) => slot.1 += 1,
                    None => counts.push((v.rating.clone(), 1)),
                },
                None => unrated += 1,
            }
        }
        counts.push(("no verdict".into(), unrated));
        let max = counts.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
        o.push_str("<div class=\"summary\">\n<table><thead><tr><th>Verdict</th><th>Claims</th></tr></thead><tbody>\n");
        for (r, n) in &counts {
            let _ = writeln!(o, "<tr><td>{}</td><td>{n}</td></tr>", escape(r));
        }
        o.push_str("</tbody></table>\n");
        let bar_h = 22;
        let height = counts.len() * bar_h + 10;
        let _ = writeln!(
            o,
            "<svg role=\"img\" aria-label=\"Verdict distribution\" width=\"420\" height=\"{height}\" viewBox=\"0 0 420 {height}\" xmlns=\"http://www.w3.org/2000/svg\">"
        );
        for (i, (r, n)) in counts.iter().enumerate() {
            let y = 5 + i * bar_h;
            let w = 260 * n / max;
            let fill = if r == "no verdict" {
                "#d0d7de"
            } else {
                colour(scale, Some(r))
            };
            let _ = writeln!(
                o,
                "<text x=\"0\" y=\"{}\" font-size=\"12\" fill=\"#1d232a\">{}</text><rect x=\"110\" y=\"{y}\" width=\"{w}\" height=\"{}\" fill=\"{fill}\" rx=\"3\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1d232a\">{n}</text>",
                y + 15,
                escape(r),
                bar_h - 6,
                116 + w,
                y + 15
            );
        }
        o.push_str("</svg>\n</div>\n");

        // The article with every claim highlighted and linked to its card.
        o.push_str("<h3>Article</h3>\n<div class=\"article\">");
        article_with_marks(&mut o, &a.text, &a.claims, &a.article.sha256);
        o.push_str("</div>\n<h3>Claims</h3>\n<div class=\"cards\">\n");
        for c in &a.claims {
            card(&mut o, c, &a.article.sha256, scale);
        }
        o.push_str("</div>\n");
    }
    o.push_str("</body>\n</html>\n");
    o
}

fn article_with_marks(o: &mut String, text: &str, claims: &[ClaimDetail], sha: &str) {
    let len = text.chars().count();
    let mut bounds: Vec<usize> = vec![0, len];
    for c in claims {
        bounds.push(c.claim.start.min(len));
        bounds.push(c.claim.end.min(len));
    }
    bounds.sort_unstable();
    bounds.dedup();
    // Claims count characters; the text is sliced by bytes: one walk turns every bound into its
    // byte offset (no table of every character, which costs 16 bytes per character).
    let mut bytes = Vec::with_capacity(bounds.len());
    let mut walk = text.char_indices().map(|(b, _)| b).chain([text.len()]);
    let mut at = 0;
    for &b in &bounds {
        bytes.push(walk.nth(b - at).unwrap_or(text.len()));
        at = b + 1;
    }
    // One sweep over the pieces: claims enter by start, and a heap keeps the open ones shortest
    // first (then in report order), so finding a piece's cover costs a logarithm, not a scan of
    // every claim. A claim covers the piece [s, e) when it starts at or before s and ends at or
    // after e; every end inside the text is a bound, so a claim ending at or before s is done.
    let mut by_start: Vec<usize> = (0..claims.len())
        .filter(|&i| claims[i].claim.end > claims[i].claim.start)
        .collect();
    by_start.sort_by_key(|&i| claims[i].claim.start);
    let mut entering = by_start.into_iter().peekable();
    let mut open: BinaryHeap<Reverse<(usize, usize)>> = BinaryHeap::new();
    for (w, b) in bounds.windows(2).zip(bytes.windows(2)) {
        let (s, e) = (w[0], w[1]);
        while let Some(i) = entering.next_if(|&i| claims[i].claim.start <= s) {
            let c = &claims[i].claim;
            open.push(Reverse((c.end - c.start, i)));
        }
        while open
            .peek()
            .is_some_and(|Reverse((_, i))| claims[*i].claim.end < e)
        {
            open.pop();
        }
        let piece = escape(&text[b[0]..b[1]]);
        // The shortest claim covering this piece gets the link.
        match open.peek().map(|Reverse((_, i))| &claims[*i]) {
            Some(c) => {
                let class = if c.verdict.is_some() {
                    " class=\"rated\""
                } else {
                    ""
                };
                let _ = write!(
                    o,
                    "<mark{class}><a href=\"#{}\" title=\"claim {}\">{piece}</a></mark>",
                    anchor(sha, c.claim.start, c.claim.end),
                    c.claim.id
                );
            }
            None => o.push_str(&piece),
        }
    }
}

fn card(o: &mut String, c: &ClaimDetail, sha: &str, scale: &Scale) {
    let rating = c.verdict.as_ref().map(|v| v.rating.as_str());
    let _ = write!(
        o,
        "<article class=\"card\" id=\"{}\" style=\"--c: {}\">\n<div><span class=\"badge\">{}</span> <span class=\"meta\">claim {} · {}</span></div>\n<blockquote>{}</blockquote>\n",
        anchor(sha, c.claim.start, c.claim.end),
        colour(scale, rating),
        escape(rating.unwrap_or("no verdict")),
        c.claim.id,
        escape(c.claim.status.as_str()),
        escape(&c.claim.text)
    );
    if let Some(v) = &c.verdict {
        if !v.rationale.is_empty() {
            let _ = writeln!(o, "<p class=\"rationale\">{}</p>", escape(&v.rationale));
        }
        let _ = writeln!(
            o,
            "<p class=\"meta\">{} · {}</p>",
            escape(&v.reviewer),
            escape(&v.at)
        );
    }
    if !c.evidence.is_empty() {
        o.push_str("<ul class=\"sources\">\n");
        for e in &c.evidence {
            let label = escape(e.source.title.as_deref().unwrap_or(&e.source.url));
            let link = match safe_href(&e.source.url) {
                Some(href) => format!("<a href=\"{href}\">{label}</a>"),
                None => label,
            };
            let _ = write!(
                o,
                "<li>{link} <span class=\"stance\">{}</span>",
                escape(e.stance.as_str())
            );
            if let Some(q) = &e.quote {
                let _ = write!(o, "<br>“{}”", escape(q));
            }
            if let Some(archive) = e.source.archive_url.as_deref().and_then(safe_href) {
                let _ = write!(o, " <a href=\"{archive}\">(archived)</a>");
            }
            o.push_str("</li>\n");
        }
        o.push_str("</ul>\n");
    }
    o.push_str("</article>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimCore, Status, Verdict};
    use proptest::prelude::*;

    fn claim(id: i64, start: usize, end: usize, rated: bool) -> ClaimDetail {
        ClaimDetail {
            claim: ClaimCore {
                id,
                article_id: 1,
                text: String::new(),
                start,
                end,
                sentence: 0,
                score: 0.0,
                status: Status::New,
                cues: Vec::new(),
                subject: None,
                origin: "extracted".into(),
                dismissed_reason: None,
                conflict: None,
                created_at: String::new(),
                updated_at: String::new(),
                version: 1,
            },
            values: Vec::new(),
            verdict: rated.then(|| Verdict {
                id,
                claim_id: id,
                rating: "True".into(),
                rationale: String::new(),
                reviewer: "jo".into(),
                at: String::new(),
                uid: String::new(),
                evidence_needed: None,
            }),
            evidence: Vec::new(),
            verdicts: Vec::new(),
        }
    }

    /// The marks as they were first written: every piece scans every claim for its cover.
    fn marks_by_scan(text: &str, claims: &[ClaimDetail], sha: &str) -> String {
        let mut o = String::new();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let byte_at = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
        let mut bounds: Vec<usize> = vec![0, chars.len()];
        for c in claims {
            bounds.push(c.claim.start.min(chars.len()));
            bounds.push(c.claim.end.min(chars.len()));
        }
        bounds.sort_unstable();
        bounds.dedup();
        for w in bounds.windows(2) {
            let (s, e) = (w[0], w[1]);
            let piece = escape(&text[byte_at(s)..byte_at(e)]);
            let cover = claims
                .iter()
                .filter(|c| c.claim.start <= s && c.claim.end >= e)
                .min_by_key(|c| c.claim.end - c.claim.start);
            match cover {
                Some(c) => {
                    let class = if c.verdict.is_some() {
                        " class=\"rated\""
                    } else {
                        ""
                    };
                    let _ = write!(
                        o,
                        "<mark{class}><a href=\"#{}\" title=\"claim {}\">{piece}</a></mark>",
                        anchor(sha, c.claim.start, c.claim.end),
                        c.claim.id
                    );
                }
                None => o.push_str(&piece),
            }
        }
        o
    }

    proptest! {
        /// Overlapping, nested, equal, empty, reversed and out-of-range claims: the sweep marks
        /// exactly what the scan did.
        #[test]
        fn the_sweep_marks_what_the_scan_marked(
            text in "[a-c é<&\n]{0,40}",
            spans in proptest::collection::vec((0usize..45, 0usize..45, any::<bool>()), 0..12),
        ) {
            let claims: Vec<ClaimDetail> = spans
                .iter()
                .enumerate()
                .map(|(i, &(s, e, rated))| claim(i as i64 + 1, s, e, rated))
                .collect();
            let mut swept = String::new();
            article_with_marks(&mut swept, &text, &claims, "abcdef0123456789");
            prop_assert_eq!(swept, marks_by_scan(&text, &claims, "abcdef0123456789"));
        }
    }

    #[test]
    fn markup_in_text_is_escaped() {
        assert_eq!(
            escape("\"><img src=x onerror=alert(1)><script>x</script>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;x&lt;/script&gt;"
        );
    }

    #[test]
    fn only_web_links_become_links() {
        assert!(safe_href("javascript:alert(1)").is_none());
        assert!(
            safe_href("https://a.example/?q=\"x\"")
                .unwrap()
                .contains("&quot;")
        );
    }
}
