//! The Markdown report: per article a summary, then per claim its verdict, rationale and sources.

use crate::model::{Report, Scale};
use std::fmt::Write;

/// `scale` orders the summary: best rating first, then ratings off the scale, then no verdict.
pub fn render(report: &Report, scale: &Scale) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Verdict report\n\nExported {}.\n",
        report.exported_at
    );
    if report.articles.is_empty() {
        out.push_str("No articles.\n");
    }
    for a in &report.articles {
        let _ = writeln!(out, "## {}\n", inline(&a.article.title));
        if let Some(url) = &a.article.url {
            let _ = writeln!(out, "- URL: <{}>", url.replace('>', "%3E"));
        }
        if let Some(p) = &a.article.published {
            let _ = writeln!(out, "- Published: {p}");
        }
        let _ = writeln!(out, "- SHA-256: `{}`", a.article.sha256);
        let reviewed = a.claims.iter().filter(|c| c.verdict.is_some()).count();
        let _ = writeln!(
            out,
            "- Claims: {} ({} with a verdict)\n",
            a.claims.len(),
            reviewed
        );

        let mut by_rating: Vec<(&str, usize)> =
            scale.ratings.iter().map(|r| (r.as_str(), 0)).collect();
        let mut unrated = 0;
        for c in &a.claims {
            match &c.verdict {
                Some(v) => match by_rating.iter_mut().find(|(r, _)| *r == v.rating) {
                    Some(slot) => slot.1 += 1,
                    None => by_rating.push((v.rating.as_str(), 1)),
                },
                None => unrated += 1,
            }
        }
        by_rating.push(("(no verdict)", unrated));
        out.push_str("| Verdict | Claims |\n|---|---:|\n");
        for (rating, n) in by_rating.iter().filter(|(_, n)| *n > 0) {
            let _ = writeln!(out, "| {rating} | {n} |");
        }
        out.push('\n');

        for c in &a.claims {
            let _ = writeln!(
                out,
                "### Claim {}: {}\n",
                c.claim.id,
                c.claim.status.as_str()
            );
            let _ = writeln!(out, "> {}\n", inline(&c.claim.text));
            if let Some(wordings) = &c.claim.conflict {
                out.push_str("**Two wordings stand** (merged desks disagree):\n\n");
                for w in wordings {
                    let _ = writeln!(
                        out,
                        "- “{}” by {} at {}",
                        inline(&w.text),
                        inline(&w.by),
                        w.at
                    );
                }
                out.push('\n');
            }
            match &c.verdict {
                Some(_) if c.claim.status == crate::model::Status::Disputed => {
                    out.push_str("**Disputed:**\n\n");
                    for v in c.current_ratings() {
                        let _ =
                            writeln!(out, "- {} by {} at {}", v.rating, inline(&v.reviewer), v.at);
                        if !v.rationale.is_empty() {
                            let _ = writeln!(out, "  {}", inline(&v.rationale));
                        }
                    }
                    out.push('\n');
                }
                Some(v) => {
                    let _ = writeln!(
                        out,
                        "**Verdict: {}** by {} at {}\n",
                        v.rating,
                        inline(&v.reviewer),
                        v.at
                    );
                    if !v.rationale.is_empty() {
                        let _ = writeln!(out, "{}\n", inline(&v.rationale));
                    }
                }
                None => out.push_str("No verdict yet.\n\n"),
            }
            if !c.evidence.is_empty() {
                out.push_str("Sources:\n\n");
                for e in &c.evidence {
                    let title = e.source.title.as_deref().unwrap_or(&e.source.url);
                    let _ = write!(
                        out,
                        "- [{}](<{}>) ({})",
                        inline(title),
                        e.source.url.replace('>', "%3E"),
                        e.stance.as_str()
                    );
                    if let Some(q) = &e.quote {
                        let _ = write!(out, ": “{}”", inline(q));
                    }
                    out.push('\n');
                }
                out.push('\n');
            }
            if c.verdicts.len() > 1 {
                out.push_str("Earlier verdicts:\n\n");
                for v in &c.verdicts[..c.verdicts.len() - 1] {
                    let _ = writeln!(out, "- {} by {} at {}", v.rating, inline(&v.reviewer), v.at);
                }
                out.push('\n');
            }
        }
    }
    out
}

/// Text on one line with Markdown's active characters escaped, so an article can't inject markup.
fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
