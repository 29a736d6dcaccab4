//! HTML: one self-contained page (no external scripts, fonts or styles) that reads well on screen
//! and in print. Every piece of text is escaped: an article is data, never markup.

use super::anchor;
use crate::model::{ClaimDetail, Counts, Report, Scale, Status};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt::Write;

const STYLE: &str = r#"
:root { --ink: #1d232a; --muted: #5b6570; --line: #d9dee3; --mark: #fff1b8; --sel: #ffd666; }
* { box-sizing: border-box; }
/* No text, however long its words or URLs, makes the page wider than the screen. */
html, body { overflow-wrap: anywhere; word-break: break-word; }
body { font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; }
img, svg, table, pre { max-width: 100%; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; border-bottom: 2px solid var(--line); }
h3 { margin-top: 1.6rem; }
.meta { color: var(--muted); font-size: .9rem; }
.summary { display: flex; gap: 1.5rem; flex-wrap: wrap; align-items: flex-start; }
.summary > * { min-width: 0; }
table { border-collapse: collapse; } td, th { padding: .2rem .7rem; border-bottom: 1px solid var(--line); text-align: left; }
progress { width: 16rem; max-width: 100%; }
.article { white-space: pre-wrap; background: #fafbfc; border: 1px solid var(--line); padding: 1rem 1.25rem;
           border-radius: 6px; }
.article mark { background: var(--mark); border-radius: 3px; border-bottom: 3px solid var(--c, transparent); }
.article mark a { color: inherit; text-decoration: none; }
.card { border: 1px solid var(--line); border-left: 6px solid var(--c, #8c959f); border-radius: 6px;
        padding: .8rem 1rem; margin: .8rem 0; break-inside: avoid; min-width: 0; }
.card:target, li:target { outline: 3px solid var(--sel); }
.card blockquote { margin: .3rem 0 .6rem; font-style: italic; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 999px; color: #fff; background: var(--c, #8c959f);
         font-weight: 600; font-size: .85rem; }
.sources { padding-left: 1.1rem; } .sources li { margin: .3rem 0; } .stance { font-size: .8rem; color: var(--muted); }
.rationale p { margin: .4rem 0; }
.compact { padding-left: 1.1rem; } .compact li { margin: .25rem 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); }
  .article a::after { content: none; }
  h2 { break-before: page; } h2:first-of-type { break-before: auto; }
}
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
    render_embedding(report, scale, None)
}

/// The page; with `json_ld` (ClaimReview, made inert for HTML by `claimreview::inert_for_html`),
/// the page carries it as structured data for search engines. It is data, not a script.
pub fn render_embedding(report: &Report, scale: &Scale, json_ld: Option<&str>) -> String {
    let mut o = String::new();
    let title = match report.articles.as_slice() {
        [one] => format!("Verdict report: {}", one.full_title()),
        _ => "Verdict report".to_string(),
    };
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n{}</head>\n<body>\n<h1>{}</h1>\n<p class=\"meta\">Exported {} · {} article(s)</p>\n",
        escape(&title),
        json_ld
            .map(|j| format!("<script type=\"application/ld+json\">\n{}</script>\n", j))
            .unwrap_or_default(),
        escape(&title),
        escape(&report.exported_at),
        report.articles.len()
    );
    for a in &report.articles {
        let _ = write!(o, "<h2>{}</h2>\n<p class=\"meta\">", escape(a.full_title()));
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
        if let Some(author) = &a.article.author {
            let _ = write!(o, "by {} · ", escape(author));
        }
        let _ = writeln!(o, "sha256 <code>{}</code></p>", escape(&a.article.sha256));

        // Summary: the counts (defined once, for every format), progress, and a chart of the
        // rated claims only.
        let counts = Counts::of(&a.claims, scale);
        let _ = writeln!(
            o,
            "<div class=\"summary\">\n<div><p>{}</p><progress max=\"{}\" value=\"{}\"></progress></div>",
            escape(&counts.sentence()),
            counts.counted().max(1),
            counts.reviewed
        );
        if !counts.by_rating.is_empty() {
            chart(&mut o, &counts, scale);
        }
        o.push_str("</div>\n");

        // The reviewed claims, grouped by rating (best first).
        let mut groups: Vec<(&str, Vec<&ClaimDetail>)> = counts
            .by_rating
            .iter()
            .map(|(r, n)| (r.as_str(), Vec::with_capacity(*n)))
            .collect();
        let (mut disputed, mut rest) = (Vec::new(), Vec::new());
        for c in &a.claims {
            match (c.publishable(), c.claim.status) {
                (Some(v), _) => {
                    if let Some(g) = groups.iter_mut().find(|(r, _)| *r == v.rating) {
                        g.1.push(c);
                    }
                }
                (None, Status::Disputed) => disputed.push(c),
                (None, _) => rest.push(c),
            }
        }
        let sha = &a.article.sha256;
        if !groups.is_empty() {
            o.push_str("<h3>Reviewed claims</h3>\n");
        }
        for (rating, claims) in &groups {
            let _ = writeln!(
                o,
                "<h4>{} ({})</h4>",
                escape(scale.display(rating)),
                claims.len()
            );
            for c in claims {
                card(&mut o, c, sha, scale);
            }
        }
        if !disputed.is_empty() {
            let _ = writeln!(o, "<h3>Disputed ({})</h3>", disputed.len());
            for c in &disputed {
                card(&mut o, c, sha, scale);
            }
        }
        if !rest.is_empty() {
            let _ = writeln!(
                o,
                "<h3>Not reviewed or dismissed ({})</h3>\n<ul class=\"compact\">",
                rest.len()
            );
            for c in &rest {
                let _ = write!(
                    o,
                    "<li id=\"{}\"><span class=\"meta\">claim {} · {}</span> {}",
                    anchor(sha, c.claim.start, c.claim.end),
                    c.claim.id,
                    escape(c.claim.status.as_str()),
                    escape(&c.claim.text)
                );
                if let Some(reason) = &c.claim.dismissed_reason {
                    let _ = write!(o, " <em>Dismissed: {}</em>", escape(reason));
                }
                if c.claim.status == Status::InReview && c.verdict.is_some() {
                    o.push_str(
                        " <em>Back in review: its verdict lacks the evidence it needs.</em>",
                    );
                }
                o.push_str("</li>\n");
            }
            o.push_str("</ul>\n");
        }

        // The article, each claim marked in its verdict's colour and linked to its entry.
        o.push_str("<h3>Article</h3>\n<div class=\"article\">");
        article_with_marks(&mut o, &a.text, &a.claims, sha, scale);
        o.push_str("</div>\n");
    }
    o.push_str("</body>\n</html>\n");
    o
}

/// The publishable verdicts by rating as an inline SVG bar chart, scaled to its box.
fn chart(o: &mut String, counts: &Counts, scale: &Scale) {
    let max = counts
        .by_rating
        .iter()
        .map(|(_, n)| *n)
        .max()
        .unwrap_or(0)
        .max(1);
    let bar_h = 22;
    let height = counts.by_rating.len() * bar_h + 10;
    let _ = writeln!(
        o,
        "<svg role=\"img\" aria-label=\"Reviewed claims by rating\" width=\"420\" height=\"{height}\" viewBox=\"0 0 420 {height}\" xmlns=\"http://www.w3.org/2000/svg\">"
    );
    for (i, (r, n)) in counts.by_rating.iter().enumerate() {
        let y = 5 + i * bar_h;
        let w = 240 * n / max;
        let _ = writeln!(
            o,
            "<text x=\"0\" y=\"{}\" font-size=\"12\" fill=\"#1d232a\">{}</text><rect x=\"130\" y=\"{y}\" width=\"{w}\" height=\"{}\" fill=\"{}\" rx=\"3\"/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#1d232a\">{n}</text>",
            y + 15,
            escape(&crate::safe::line(scale.display(r), 20)),
            bar_h - 6,
            colour(scale, Some(r)),
            136 + w,
            y + 15
        );
    }
    o.push_str("</svg>\n");
}

/// Text with its paragraphs kept: a blank line starts a paragraph, a line break stays one (CR LF
/// and a lone CR count as line breaks).
fn paragraphs(o: &mut String, text: &str) {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    for p in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        let lines: Vec<String> = p.lines().map(escape).collect();
        let _ = writeln!(o, "<p>{}</p>", lines.join("<br>"));
    }
}

/// The spans the article view marks: each claim's parts, and every other place that states it
/// (its appearances after the first), as `(start, end, claim index)`, clamped to the text, empty
/// ones left out.
fn marked_spans(claims: &[ClaimDetail], len: usize) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let own = [[c.claim.start, c.claim.end]];
        let parts: &[[usize; 2]] = if c.claim.parts.is_empty() {
            &own
        } else {
            &c.claim.parts
        };
        for &[a, b] in parts.iter().chain(c.claim.appearances.iter().skip(1)) {
            let (a, b) = (a.min(len), b.min(len));
            if b > a {
                out.push((a, b, i));
            }
        }
    }
    out
}

fn article_with_marks(
    o: &mut String,
    text: &str,
    claims: &[ClaimDetail],
    sha: &str,
    scale: &Scale,
) {
    let len = text.chars().count();
    // What is marked: each claim's parts (the words it rests on, not the gaps between them) and
    // the other places that state it, each a character span with its claim's index.
    let spans = marked_spans(claims, len);
    let mut bounds: Vec<usize> = vec![0, len];
    for &(a, b, _) in &spans {
        bounds.push(a);
        bounds.push(b);
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
    let mut by_start: Vec<usize> = (0..spans.len()).collect();
    by_start.sort_by_key(|&k| spans[k].0);
    let mut entering = by_start.into_iter().peekable();
    // Open spans, shortest first, then in report order: (length, claim, span).
    let mut open: BinaryHeap<Reverse<(usize, usize, usize)>> = BinaryHeap::new();
    for (w, b) in bounds.windows(2).zip(bytes.windows(2)) {
        let (s, e) = (w[0], w[1]);
        while let Some(k) = entering.next_if(|&k| spans[k].0 <= s) {
            let (a, z, i) = spans[k];
            open.push(Reverse((z - a, i, k)));
        }
        while open
            .peek()
            .is_some_and(|Reverse((_, _, k))| spans[*k].1 < e)
        {
            open.pop();
        }
        let piece = escape(&text[b[0]..b[1]]);
        // The shortest span covering this piece gets the link to its claim.
        match open.peek().map(|Reverse((_, i, _))| &claims[*i]) {
            Some(c) => {
                let style = match c.publishable() {
                    Some(v) => format!(" style=\"--c: {}\"", colour(scale, Some(&v.rating))),
                    None => String::new(),
                };
                let _ = write!(
                    o,
                    "<mark{style}><a href=\"#{}\" title=\"claim {}\">{piece}</a></mark>",
                    anchor(sha, c.claim.start, c.claim.end),
                    c.claim.id
                );
            }
            None => o.push_str(&piece),
        }
    }
}

/// A reviewed or disputed claim: its rating (or every current rating and who gave it, or the
/// wordings merged desks disagree on), rationale, and evidence with publisher, access date,
/// stance and archive link.
fn card(o: &mut String, c: &ClaimDetail, sha: &str, scale: &Scale) {
    let rating = c.publishable().map(|v| v.rating.as_str());
    let badge = match rating {
        Some(r) => scale.display(r).to_string(),
        None => c.claim.status.as_str().to_string(),
    };
    let _ = write!(
        o,
        "<article class=\"card\" id=\"{}\" style=\"--c: {}\">\n<div><span class=\"badge\">{}</span> <span class=\"meta\">claim {}</span></div>\n<blockquote>{}</blockquote>\n",
        anchor(sha, c.claim.start, c.claim.end),
        colour(scale, rating),
        escape(&badge),
        c.claim.id,
        escape(&c.claim.text)
    );
    let _ = writeln!(
        o,
        "<p class=\"meta\">Claimed by {} · {}</p>",
        escape(&c.claim.claimed_by()),
        c.claim.kind.as_str()
    );
    if let Some(wordings) = &c.claim.conflict {
        o.push_str("<p><strong>Worded differently by merged desks:</strong></p>\n<ul>\n");
        for w in wordings {
            let _ = writeln!(
                o,
                "<li>“{}” <span class=\"meta\">{} · {}</span></li>",
                escape(&w.text),
                escape(&w.by),
                escape(&w.at)
            );
        }
        o.push_str("</ul>\n");
    }
    let verdicts = if rating.is_some() {
        c.verdict.iter().collect()
    } else {
        c.current_ratings()
    };
    for v in verdicts {
        if rating.is_none() {
            let _ = writeln!(
                o,
                "<p><span class=\"badge\" style=\"--c: {}\">{}</span></p>",
                colour(scale, Some(&v.rating)),
                escape(scale.display(&v.rating))
            );
        }
        if !v.rationale.trim().is_empty() {
            o.push_str("<div class=\"rationale\">\n");
            paragraphs(o, &v.rationale);
            o.push_str("</div>\n");
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
            let _ = write!(o, "<li>{link}");
            let mut about = vec![e.stance.as_str().to_string()];
            if let Some(p) = &e.source.publisher {
                about.push(escape(p));
            }
            if let Some(d) = &e.source.accessed {
                about.push(format!("accessed {}", escape(d)));
            }
            let _ = write!(o, " <span class=\"stance\">{}</span>", about.join(" · "));
            if let Some(q) = &e.quote {
                let _ = write!(o, "<br>“{}”", escape(q));
            }
            let compared = c.comparison_line(e.id);
            if !compared.is_empty() {
                let _ = write!(
                    o,
                    "<br><span class=\"compared\">compared: {}</span>",
                    escape(&compared)
                );
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
                status: if rated { Status::Reviewed } else { Status::New },
                cues: Vec::new(),
                subject: None,
                parts: vec![[start, end]],
                claimant: None,
                kind: crate::extract::ClaimType::Other,
                appearances: vec![[start, end]],
                assignee: None,
                origin: "extracted".into(),
                dismissed_reason: None,
                conflict: None,
                created_at: String::new(),
                updated_at: String::new(),
                version: 1,
                recheck_on: None,
            },
            values: Vec::new(),
            verdict: rated.then(|| Verdict {
                id,
                claim_id: id,
                rating: "true".into(),
                rationale: String::new(),
                reviewer: "jo".into(),
                at: String::new(),
                uid: String::new(),
                evidence_needed: None,
                recheck: false,
                withdrawn_at: None,
                reused_from: None,
            }),
            evidence: Vec::new(),
            verdicts: Vec::new(),
            more_values: 0,
            panel: None,
        }
    }

    /// The marks as they were first written: every piece scans every claim for its cover.
    fn marks_by_scan(text: &str, claims: &[ClaimDetail], sha: &str) -> String {
        let mut o = String::new();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let byte_at = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
        let spans = marked_spans(claims, chars.len());
        let mut bounds: Vec<usize> = vec![0, chars.len()];
        for &(a, b, _) in &spans {
            bounds.push(a);
            bounds.push(b);
        }
        bounds.sort_unstable();
        bounds.dedup();
        for w in bounds.windows(2) {
            let (s, e) = (w[0], w[1]);
            let piece = escape(&text[byte_at(s)..byte_at(e)]);
            let cover = spans
                .iter()
                .filter(|&&(a, b, _)| a <= s && b >= e)
                .min_by_key(|&&(a, b, i)| (b - a, i))
                .map(|&(_, _, i)| &claims[i]);
            match cover {
                Some(c) => {
                    let style = match c.publishable() {
                        Some(v) => format!(
                            " style=\"--c: {}\"",
                            colour(&Scale::default(), Some(&v.rating))
                        ),
                        None => String::new(),
                    };
                    let _ = write!(
                        o,
                        "<mark{style}><a href=\"#{}\" title=\"claim {}\">{piece}</a></mark>",
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
            article_with_marks(&mut swept, &text, &claims, "abcdef0123456789", &Scale::default());
            prop_assert_eq!(swept, marks_by_scan(&text, &claims, "abcdef0123456789"));
        }
    }

    #[test]
    fn a_claim_marks_its_parts_and_its_other_appearances_not_the_gaps() {
        let text = "Ann Lee, a nurse, is 40. Ann Lee is 40.";
        let mut c = claim(1, 0, 24, false);
        c.claim.parts = vec![[0, 7], [18, 24]];
        c.claim.appearances = vec![[0, 24], [25, 39]];
        let mut o = String::new();
        article_with_marks(&mut o, text, &[c], "abcdef0123456789", &Scale::default());
        let marked: Vec<&str> = o
            .split("<mark>")
            .skip(1)
            .map(|m| m.split("</a>").next().unwrap().rsplit('>').next().unwrap())
            .collect();
        assert_eq!(marked, ["Ann Lee", "is 40.", "Ann Lee is 40."], "{o}");
        assert!(o.contains(", a nurse, "), "the gap stays plain: {o}");
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
