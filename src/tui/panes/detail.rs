//! The detail pane: everything about the selected claim — subject, claimant, type, how often the
//! article states it, cues, values, evidence and the verdict history.

use super::article::title;
use super::frame;
use crate::model::{ClaimDetail, Scale};
use crate::tui::component::Component;
use crate::tui::ctx::Ctx;
use crate::tui::state::Focus;
use crate::tui::strings;
use crate::tui::text::{one_line, sanitize};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// The detail pane; `stacked`: it shares the space under the list with the article, as a tab.
pub struct DetailPane {
    pub stacked: bool,
}

impl Component for DetailPane {
    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        render(ctx, area, buf, self.stacked);
    }
}

fn render(ctx: &Ctx, area: Rect, buf: &mut Buffer, stacked: bool) {
    let focused = ctx.focus == Focus::Detail;
    let marked = ctx
        .selected_row()
        .is_some_and(|r| ctx.finding_claims.contains(&r.id));
    let extra = if marked {
        strings::FINDING_MARK.to_string()
    } else {
        String::new()
    };
    let block = frame(
        title(ctx, Focus::Detail, stacked, extra),
        focused,
        ctx.theme,
    );
    let scroll = u16::try_from(ctx.detail_scroll).unwrap_or(u16::MAX);
    Paragraph::new(borrowed(ctx.detail_text))
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .render(area, buf);
}

/// The cached text, borrowed span by span: drawing copies no string.
fn borrowed<'a>(text: &'a Text<'static>) -> Text<'a> {
    text.lines
        .iter()
        .map(|l| {
            let spans: Vec<Span<'a>> = l
                .spans
                .iter()
                .map(|s| Span::styled(s.content.as_ref(), s.style))
                .collect();
            let mut line = Line::from(spans).style(l.style);
            line.alignment = l.alignment;
            line
        })
        .collect()
}

/// Stored times are RFC 3339 in UTC; show them to the minute.
fn when(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_else(|_| one_line(at).into_owned())
}

/// The detail of a claim as the pane shows it, before wrapping: built when the detail is read,
/// not per frame or scroll step.
/// The most of a claim's wording the pane lays out; a claim longer than a few screens (a one-sentence
/// article of many megabytes) is cut, and says how much more there is.
const DETAIL_TEXT_MAX: usize = 4_000;
/// The most values the pane lists (and the executor reads); the rest are counted.
pub const VALUES_SHOWN: usize = 200;

/// A claim's wording made safe, cut at `DETAIL_TEXT_MAX` characters.
fn shown_text(text: &str) -> String {
    match text.char_indices().nth(DETAIL_TEXT_MAX) {
        None => sanitize(text, false).into_owned(),
        Some((cut, _)) => {
            let rest = text[cut..].chars().count();
            format!(
                "{}{}",
                sanitize(&text[..cut], false),
                strings::more_characters(rest)
            )
        }
    }
}

pub fn text(detail: Option<&ClaimDetail>, theme: Theme, scale: &Scale) -> Text<'static> {
    let Some(d) = detail else {
        return Text::from(strings::NO_CLAIM_SELECTED);
    };
    let c = &d.claim;
    let label = |s: &str| Span::styled(s.to_string(), theme.label());
    let mut lines: Vec<Line<'static>> = vec![
        Line::from(Span::styled(
            strings::claim_heading(c.id, c.status.as_str(), c.score),
            theme.label(),
        )),
        Line::from(shown_text(&c.text)),
        Line::default(),
    ];
    if let Some(a) = &c.assignee {
        lines.push(Line::from(vec![
            label(strings::DETAIL_ASSIGNED),
            Span::raw(": "),
            Span::raw(one_line(a).into_owned()),
        ]));
    }
    if let Some(r) = &c.dismissed_reason {
        lines.push(Line::from(vec![
            label(strings::DETAIL_DISMISSED),
            Span::raw(": "),
            Span::raw(one_line(r).into_owned()),
        ]));
        lines.push(Line::default());
    }
    // A disputed claim shows what is disputed: the wordings two merged desks gave it, or every
    // current rating and who gave it.
    if let Some(wordings) = &c.conflict {
        lines.push(Line::from(Span::styled(
            strings::DETAIL_CONFLICT,
            theme.label(),
        )));
        for (n, w) in wordings.iter().enumerate() {
            lines.push(Line::from(format!(
                "  {}. “{}” ({})",
                n + 1,
                one_line(&w.text),
                strings::by_at(&one_line(&w.by), &when(&w.at))
            )));
        }
        lines.push(Line::default());
    } else if c.status == crate::model::Status::Disputed {
        lines.push(Line::from(vec![
            label(strings::DETAIL_DISAGREEMENT),
            Span::raw(": "),
            Span::raw(one_line(&d.disagreement()).into_owned()),
        ]));
        lines.push(Line::default());
    }
    lines.push(Line::from(vec![
        label(strings::DETAIL_SUBJECT),
        Span::raw(": "),
        Span::raw(
            c.subject
                .as_deref()
                .map_or(strings::DETAIL_NONE.into(), |s| one_line(s).into_owned()),
        ),
    ]));
    lines.push(Line::from(vec![
        label(strings::DETAIL_CLAIMANT),
        Span::raw(": "),
        Span::raw(
            c.claimant
                .as_ref()
                .map_or(strings::DETAIL_ARTICLE_ITSELF.into(), |k| {
                    format!("{} ({})", one_line(&k.name), k.kind.as_str())
                }),
        ),
    ]));
    lines.push(Line::from(vec![
        label(strings::DETAIL_TYPE),
        Span::raw(": "),
        Span::raw(c.kind.as_str()),
    ]));
    if let Some(day) = &c.recheck_on {
        lines.push(Line::from(vec![
            label(strings::DETAIL_RECHECK),
            Span::raw(format!(": {}", one_line(day))),
        ]));
    }
    if c.appearances.len() > 1 {
        lines.push(Line::from(vec![
            label(strings::DETAIL_STATED),
            Span::raw(": "),
            Span::raw(strings::stated_at(c.appearances.len())),
        ]));
    }
    let cues = if c.cues.is_empty() {
        strings::DETAIL_NONE.to_string()
    } else {
        one_line(&c.cues.join(", ")).into_owned()
    };
    lines.push(Line::from(vec![
        label(strings::DETAIL_CUES),
        Span::raw(": "),
        Span::raw(cues),
    ]));

    lines.push(Line::default());
    lines.push(Line::from(label(&format!(
        "{} ({})",
        strings::DETAIL_VALUES,
        d.values.len() + d.more_values
    ))));
    for v in d.values.iter().take(VALUES_SHOWN) {
        let mut spans = vec![
            Span::styled(format!("  {:<9}", v.kind.as_str()), theme.dim()),
            Span::raw(format!("“{}”", one_line(&v.text))),
            Span::raw(" → "),
            Span::styled(
                v.value
                    .as_deref()
                    .map_or(strings::DETAIL_UNRESOLVED.into(), |s| {
                        one_line(s).into_owned()
                    }),
                theme.label(),
            ),
        ];
        if let Some(m) = v.modifier {
            spans.push(Span::styled(format!(" ({})", m.as_str()), theme.dim()));
        }
        lines.push(Line::from(spans));
    }
    let more = (d.values.len() + d.more_values).saturating_sub(VALUES_SHOWN);
    if more > 0 {
        lines.push(Line::from(Span::styled(
            strings::more_values(more, c.id),
            theme.dim(),
        )));
    }

    lines.push(Line::default());
    lines.push(Line::from(label(&format!(
        "{} ({})",
        strings::DETAIL_EVIDENCE,
        d.evidence.len()
    ))));
    for e in &d.evidence {
        let mut head = vec![
            Span::raw("  "),
            Span::styled(e.stance.as_str(), theme.stance(e.stance)),
        ];
        if let Some(t) = &e.source.title {
            head.push(Span::raw(format!("  {}", one_line(t))));
        }
        lines.push(Line::from(head));
        lines.push(Line::from(Span::styled(
            format!("    {}", one_line(&e.source.url)),
            theme.claim_other(),
        )));
        if let Some(a) = &e.source.archive_url {
            lines.push(Line::from(Span::styled(
                format!("    {} {}", strings::DETAIL_ARCHIVE, one_line(a)),
                theme.claim_other(),
            )));
        }
        let about: Vec<String> = [
            e.source
                .publisher
                .as_deref()
                .map(|p| one_line(p).into_owned()),
            e.source
                .accessed
                .as_deref()
                .map(|a| strings::accessed_on(&one_line(a))),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !about.is_empty() {
            lines.push(Line::from(format!("    {}", about.join(" · "))));
        }
        if let Some(q) = &e.quote {
            lines.push(Line::from(format!("    “{}”", one_line(q))));
            // What the quote's values say of the claim's (pure, from the quote and the values).
            let compared = d.compare_quote(q);
            for c in &compared.comparisons {
                lines.push(Line::from(vec![
                    Span::raw("    "),
                    label(strings::DETAIL_COMPARED),
                    Span::raw(format!(": {}", one_line(&c.sentence))),
                ]));
            }
            if let Some(s) = compared
                .stance
                .filter(|s| *s != e.stance && !e.suggestion_dismissed)
            {
                lines.push(Line::from(Span::styled(
                    format!(
                        "    {}",
                        strings::suggested_stance(s.as_str(), &compared.why)
                    ),
                    theme.dim(),
                )));
            }
        }
        if let Some(n) = &e.note {
            lines.push(Line::from(vec![
                Span::raw("    "),
                label(strings::DETAIL_NOTE),
                Span::raw(format!(": {}", one_line(n))),
            ]));
        }
        lines.push(Line::from(Span::styled(
            format!(
                "    {}",
                strings::by_at(&one_line(&e.reviewer), &when(&e.at))
            ),
            theme.dim(),
        )));
    }

    lines.push(Line::default());
    lines.push(Line::from(label(&format!(
        "{} ({})",
        strings::DETAIL_VERDICTS,
        d.verdicts.len()
    ))));
    // Newest first: the one on top is the claim's verdict.
    let superseded = d.verdicts.len() - d.standing_verdicts().len();
    for (i, v) in d.verdicts.iter().enumerate().rev() {
        let mark = if v.recheck {
            strings::VERDICT_RECHECK
        } else if i < superseded {
            strings::VERDICT_BEFORE_RECHECK
        } else {
            ""
        };
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(
                format!(" {} ", one_line(&v.rating)),
                theme.rating(scale, &v.rating),
            ),
            Span::styled(
                format!(
                    "  {}{mark}",
                    strings::by_at(&one_line(&v.reviewer), &when(&v.at))
                ),
                theme.dim(),
            ),
            Span::styled(
                if v.withdrawn_at.is_some() {
                    strings::WITHDRAWN
                } else {
                    ""
                },
                theme.dim(),
            ),
        ]));
        for l in sanitize(&v.rationale, true).lines() {
            lines.push(Line::from(format!("    {l}")));
        }
    }
    Text::from(lines)
}

/// The detail pane's list of precedents: each reviewed claim with its verdict and why it matched
/// (`p` reuses the first, `P` picks one).
pub fn precedent_lines(precedents: &[crate::desk::Precedent], theme: Theme) -> Vec<Line<'static>> {
    if precedents.is_empty() {
        return Vec::new();
    }
    let mut lines = vec![
        Line::default(),
        Line::from(Span::styled(
            format!("{} ({})", strings::DETAIL_PRECEDENTS, precedents.len()),
            theme.label(),
        )),
    ];
    for p in precedents {
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(
                format!("#{} {}", p.claim_id, one_line(&p.verdict.rating)),
                theme.label(),
            ),
            Span::raw(format!("  {}", one_line(&p.text))),
        ]));
        lines.push(Line::from(Span::styled(
            format!("    {}", one_line(&p.why)),
            theme.dim(),
        )));
    }
    lines
}

#[cfg(test)]
mod cut_tests {
    use super::*;

    #[test]
    fn a_claim_longer_than_the_pane_can_use_is_cut_and_says_how_much_is_left() {
        let long: String = "é".repeat(DETAIL_TEXT_MAX + 1_000);
        let shown = shown_text(&long);
        assert!(shown.starts_with(&"é".repeat(DETAIL_TEXT_MAX)));
        assert!(shown.contains("1000 more characters"), "{shown}");
        assert_eq!(
            shown_text("short \u{1b} claim"),
            sanitize("short \u{1b} claim", false)
        );
    }
}
