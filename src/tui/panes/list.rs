//! The claim list: mark, id, status glyph, verdict glyph, claimant and the text in all the width
//! left; grouped by article when several are shown in reading order. Column widths come from the
//! whole list, so they do not change while scrolling. Only the rows on screen are laid out.

use super::{frame, verdict_glyph};
use crate::tui::component::Component;
use crate::tui::ctx::Ctx;
use crate::tui::state::{Focus, ListRow, Sort};
use crate::tui::strings;
use crate::tui::text::one_line;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// How many cells a row gives the claimant (name and a space), in a wide and a narrow list.
const CLAIMANT_CHARS: usize = 17;
const CLAIMANT_CHARS_NARROW: usize = 11;

/// "Claims (40) · sort: score · status: new · /tower: 3 matches"
fn title(ctx: &Ctx, focused: bool) -> Vec<Span<'static>> {
    let theme = ctx.theme;
    let mut count = if ctx.view.len() == ctx.rows.len() {
        ctx.rows.len().to_string()
    } else {
        format!("{}/{}", ctx.view.len(), ctx.rows.len())
    };
    if ctx.loading {
        count.push_str(strings::MORE_COMING);
    }
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
    if let Some(d) = ctx.due_filter {
        part(format!("{}: {d}", strings::FILTER_DUE));
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
    if !ctx.marks.is_empty() {
        part(strings::marked(ctx.marks.len()));
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
    let columns = Columns::of(ctx, inner.width);
    for d in offset..offset + height {
        let Some(row) = ctx.display_row(d) else { break };
        let rect = Rect::new(inner.x, inner.y + (d - offset) as u16, inner.width, 1);
        match row {
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

/// The widths of the list's columns, fixed for the whole list (not the rows on screen), so
/// nothing moves sideways while scrolling: the widest id of every loaded claim, and a claimant
/// column when some loaded claim has a claimant.
#[derive(Clone, Copy)]
struct Columns {
    id: usize,
    claimant: usize,
}

impl Columns {
    fn of(ctx: &Ctx, width: u16) -> Columns {
        let id = ctx.list_widths.max_id.max(1).to_string().len();
        let claimant = if !ctx.list_widths.any_claimant {
            0
        } else if width >= WIDE_ROW {
            CLAIMANT_CHARS
        } else {
            CLAIMANT_CHARS_NARROW
        };
        Columns { id, claimant }
    }
}

/// From this inner width a row gives the claimant its full column.
const WIDE_ROW: u16 = 70;

fn claim_line(ctx: &Ctx, i: usize, columns: Columns) -> Line<'static> {
    let theme = ctx.theme;
    let c = &ctx.rows[ctx.view[i] as usize];
    let mut spans = Vec::with_capacity(10);
    // One cell: marked for a bulk action, else a search match.
    spans.push(if ctx.marks.contains(&c.id) {
        Span::styled(strings::MARK_GLYPH, theme.marked())
    } else if ctx.search.is_some_and(|s| s.ids.contains(&c.id)) {
        Span::styled("◆", theme.matched())
    } else {
        Span::raw(" ")
    });
    spans.push(Span::styled(
        format!("{:>width$} ", c.id, width = columns.id),
        theme.dim(),
    ));
    spans.push(Span::raw(format!("{} ", c.status.glyph())));
    spans.push(match &c.rating {
        Some(r) => Span::styled(
            verdict_glyph(ctx.scale, r).to_string(),
            theme.rating_bar(ctx.scale, r),
        ),
        None => Span::raw(" "),
    });
    spans.push(Span::raw(" "));
    if columns.claimant > 0 {
        // Who makes the claim, before its words; the article's own claims leave it blank.
        let name = c
            .claimant
            .as_deref()
            .map(|n| crate::safe::line(n, columns.claimant - 1))
            .unwrap_or_default();
        spans.push(Span::styled(
            format!("{name:<width$} ", width = columns.claimant),
            theme.label(),
        ));
    }
    spans.push(Span::raw(one_line(&c.text).into_owned()));
    Line::from(spans)
}
