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
        let counts = crate::model::Counts::of(&a.claims, scale);
        let _ = writeln!(out, "- Claims: {}\n", counts.sentence());
        if !counts.by_rating.is_empty() {
            out.push_str("| Verdict | Claims |\n|---|---:|\n");
            for (rating, n) in &counts.by_rating {
                let _ = writeln!(out, "| {} | {n} |", inline(scale.display(rating)));
            }
            out.push('\n');
        }

        for c in &a.claims {
            let _ = writeln!(
                out,
                "### Claim {}: {}\n",
                c.claim.id,
                c.claim.status.as_str()
            );
            let _ = writeln!(out, "> {}\n", inline(&c.claim.text));
            let _ = writeln!(
                out,
                "Claimed by {} · {}\n",
                inline(&c.claim.claimed_by()),
                c.claim.kind.as_str()
            );
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
                        inline(scale.display(&v.rating)),
                        inline(&v.reviewer),
                        v.at
                    );
                    if c.publishable().is_none() && c.claim.status == crate::model::Status::InReview
                    {
                        out.push_str("*Back in review: the verdict lacks the evidence its rating needs.*\n\n");
                    }
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
                    let compared = c.comparison_line(e.id);
                    if !compared.is_empty() {
                        let _ = write!(out, " — compared: {}", inline(&compared));
                    }
                    out.push('\n');
                }
                out.push('\n');
            }
            // Superseded: a reviewer's verdicts before their latest (a disputed claim's other
            // current ratings are shown above, not here).
            let current = c.current_ratings();
            let earlier: Vec<_> = c
                .verdicts
                .iter()
                .filter(|v| !current.iter().any(|w| std::ptr::eq(*w, *v)))
                .collect();
            if !earlier.is_empty() {
                out.push_str("Earlier verdicts:\n\n");
                for v in earlier {
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
