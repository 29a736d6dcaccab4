//! The claim list: status, score bar, verdict badge, evidence count, claimant and text; grouped by article when
//! several are shown in reading order. Only the rows on screen are laid out.

use super::{badge, frame, score_bar};
use crate::tui::component::Component;
use crate::tui::ctx::Ctx;
use crate::tui::state::{Focus, ListRow, Sort};
use crate::tui::strings;
use crate::tui::text::one_line;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// How many characters of a claimant's name a row shows.
const CLAIMANT_CHARS: usize = 24;

/// How many cells the score bar takes in a row.
const SCORE_CELLS: usize = 4;

/// "Claims (40) · sort: score · status: new · /tower: 3 matches"
fn title(ctx: &Ctx, focused: bool) -> Vec<Span<'static>> {
    let theme = ctx.theme;
    let count = if ctx.view.len() == ctx.rows.len() {
        ctx.rows.len().to_string()
    } else {
        format!("{}/{}", ctx.view.len(), ctx.rows.len())
    };
    let mut spans = vec![Span::styled(
        format!("{} ({count})", strings::PANE_CLAIMS),
        theme.title(focused),
    )];
    let mut part = |s: String| spans.push(Span::styled(format!(" · {s}"), theme.key()));
    if ctx.sort != Sort::Position {
        part(format!("{}: {}", strings::SORT, ctx.sort.label()));
    }
    if let Some(s) = ctx.status_filter {
        part(format!("{}: {}", strings::FILTER_STATUS, s.as_str()));
    }
    if let Some(t) = ctx.type_filter {
        part(format!("{}: {}", strings::FILTER_TYPE, t.as_str()));
    }
    if ctx.mine {
        part(strings::FILTER_MINE.to_string());
    }
    if let Some(v) = ctx.verdict_filter {
        part(format!(
            "{}: {}",
            strings::FILTER_VERDICT,
            one_line(v.label())
        ));
    }
    if let Some(s) = ctx.search {
        let q = s.query();
        part(format!(
            "/{}: {}",
            one_line(&q),
            strings::matches(s.matches.len())
        ));
    }
    spans
}

/// The claim list.
pub struct List;

impl Component for List {
    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        render(ctx, area, buf);
    }
}

fn render(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    let focused = ctx.focus == Focus::List;
    let block = frame(title(ctx, focused), focused, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if ctx.view.is_empty() {
        let text = if ctx.rows.is_empty() {
            strings::NO_CLAIMS.to_string()
        } else {
            strings::no_claim_matches(&ctx.filter_labels())
        };
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let height = inner.height as usize;
    let offset = ctx.list_offset(height);
    let shown: Vec<ListRow> = (offset..offset + height)
        .map_while(|d| ctx.display_row(d))
        .collect();
    // The verdict and evidence columns appear once some claim on screen has one.
    let claim_of = |r: &ListRow| match r {
        ListRow::Claim(i) => Some(&ctx.rows[ctx.view[*i] as usize]),
        ListRow::Article(_) => None,
    };
    let columns = Columns {
        verdict: shown
            .iter()
            .filter_map(claim_of)
            .any(|c| c.rating.is_some()),
        evidence: shown.iter().filter_map(claim_of).any(|c| c.evidence > 0),
        matches: ctx.search.is_some(),
    };
    for (y, row) in shown.iter().enumerate() {
        let rect = Rect::new(inner.x, inner.y + y as u16, inner.width, 1);
        match *row {
            ListRow::Article(id) => {
                let title = one_line(ctx.article_title(id)).into_owned();
                Line::from(Span::styled(format!("▸ {title}"), theme.group())).render(rect, buf);
            }
            ListRow::Claim(i) => {
                if i == ctx.selected {
                    buf.set_style(rect, theme.selected(focused));
                }
                claim_line(ctx, i, columns).render(rect, buf);
            }
        }
    }
}

#[derive(Clone, Copy)]
struct Columns {
    verdict: bool,
    evidence: bool,
    matches: bool,
}

fn claim_line(ctx: &Ctx, i: usize, columns: Columns) -> Line<'static> {
    let theme = ctx.theme;
    let c = &ctx.rows[ctx.view[i] as usize];
    let mut spans = Vec::with_capacity(8);
    if columns.matches {
        let hit = ctx.search.is_some_and(|s| s.ids.contains(&c.id));
        spans.push(if hit {
            Span::styled("◆", theme.matched())
        } else {
            Span::raw(" ")
        });
    }
    spans.push(Span::raw(format!("{} ", c.status.glyph())));
    let (filled, track) = score_bar(c.score, SCORE_CELLS);
    spans.push(Span::styled(filled, theme.score()));
    spans.push(Span::styled(track, theme.dim()));
    spans.push(Span::raw(" "));
    if columns.verdict {
        spans.push(match &c.rating {
            Some(r) => Span::styled(badge(&one_line(r)), theme.rating(ctx.scale, r)),
            None => Span::raw(badge("")),
        });
        spans.push(Span::raw(" "));
    }
    if columns.evidence {
        let evidence = if c.evidence > 0 {
            format!("+{:<2}", c.evidence.min(99))
        } else {
            "   ".into()
        };
        spans.push(Span::styled(evidence, theme.key()));
        spans.push(Span::raw(" "));
    }
    // Who makes the claim, before its words; the article's own claims have no name.
    if let Some(name) = &c.claimant {
        spans.push(Span::styled(
            format!("{}: ", crate::safe::line(name, CLAIMANT_CHARS)),
            theme.label(),
        ));
    }
    spans.push(Span::raw(one_line(&c.text).into_owned()));
    Line::from(spans)
}
