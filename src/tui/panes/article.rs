//! The article pane: the text wrapped to the pane, the pieces the selected claim rests on
//! highlighted and scrolled into view (the other places that state it too, in italics), the other
//! claims marked, every value marked by kind (with a legend).

use super::frame;
use crate::tui::component::Component;
use crate::tui::ctx::Ctx;
use crate::tui::state::{ArticleView, Focus, NO_CLAIM, NO_VALUE, claim_mark};
use crate::tui::strings;
use crate::tui::text::{Wrapped, one_line};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};
use std::borrow::Cow;

/// The title of the article or detail pane: in the stacked layout both names, as tabs.
pub fn title<'a>(ctx: &Ctx, shown: Focus, stacked: bool, extra: String) -> Vec<Span<'a>> {
    let theme = ctx.theme;
    let focused = ctx.focus == shown;
    if stacked {
        let tab = |pane: Focus, name: &'static str| {
            if pane == shown {
                Span::styled(name, theme.title(focused))
            } else {
                Span::styled(name, theme.dim())
            }
        };
        vec![
            tab(Focus::Article, strings::PANE_ARTICLE),
            Span::styled(" │ ", theme.dim()),
            tab(Focus::Detail, strings::PANE_DETAIL),
            Span::raw(extra),
        ]
    } else {
        let name = if shown == Focus::Article {
            strings::PANE_ARTICLE
        } else {
            strings::PANE_DETAIL
        };
        vec![Span::styled(name, theme.title(focused)), Span::raw(extra)]
    }
}

/// The article pane; `stacked`: it shares the space under the list with the detail, as a tab.
pub struct ArticlePane {
    pub stacked: bool,
}

impl Component for ArticlePane {
    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        render(ctx, area, buf, self.stacked);
    }
}

fn render(ctx: &Ctx, area: Rect, buf: &mut Buffer, stacked: bool) {
    let theme = ctx.theme;
    let focused = ctx.focus == Focus::Article;
    let claim = ctx.shown_row();
    let extra = claim
        .map(|c| format!(" · {}", one_line(ctx.article_title(c.article_id))))
        .unwrap_or_default();
    let mut block = frame(title(ctx, Focus::Article, stacked, extra), focused, theme);
    // The legend of the value marks sits on the bottom border when it fits.
    let legend = Line::from(legend(theme, true));
    if legend.width() + 4 <= usize::from(area.width) {
        let mut spans = vec![Span::raw(" ")];
        spans.extend(legend.spans);
        spans.push(Span::raw(" "));
        block = block.title_bottom(Line::from(spans));
    }
    let inner = block.inner(area);
    block.render(area, buf);
    let Some((claim, view)) = claim.and_then(|c| Some((c, ctx.texts.get(&c.article_id)?))) else {
        Paragraph::new(strings::NO_ARTICLE).render(inner, buf);
        return;
    };
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    // The wrap is computed on resize; draw at another size (a test, a race) without storing it.
    let wrapped: Cow<Wrapped> =
        if ctx.wrapped.article == claim.article_id && ctx.wrapped.width == inner.width {
            Cow::Borrowed(ctx.wrapped)
        } else {
            Cow::Owned(Wrapped {
                article: claim.article_id,
                width: inner.width,
                lines: view.text.wrap(inner.width),
            })
        };
    let height = inner.height as usize;
    let max = wrapped.lines.len().saturating_sub(height);
    let offset = ctx
        .article_scroll
        .unwrap_or_else(|| ctx.follow_offset(&wrapped, height))
        .min(max);
    let lines: Vec<Line> = wrapped.lines[offset..]
        .iter()
        .take(height)
        .map(|range| styled_line(ctx, view, range.clone(), theme))
        .collect();
    Paragraph::new(lines).render(inner, buf);
    if wrapped.lines.len() > height {
        let mut state = ScrollbarState::new(max).position(offset);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .track_symbol(Some("│"))
            .thumb_symbol("┃")
            .render(area.inner(Margin::new(0, 1)), buf, &mut state);
    }
}

/// One wrapped line, cut into spans where the claim or value marks change.
fn styled_line<'a>(
    ctx: &Ctx,
    view: &'a ArticleView,
    range: std::ops::Range<usize>,
    theme: Theme,
) -> Line<'a> {
    let selected = ctx.selected_index().map_or(NO_CLAIM, |i| i as u32);
    let selection = ctx
        .selection
        .as_ref()
        .filter(|(a, _, _)| ctx.shown_row().is_some_and(|c| c.article_id == *a));
    // The search's hits in this article's text, sorted: looked up by binary search.
    let hits: &[std::ops::Range<usize>] = match ctx.search {
        Some(s) if s.hits_article == ctx.shown_row().map(|c| c.article_id) => &s.hits,
        _ => &[],
    };
    let hit_at = |i: usize| {
        let k = hits.partition_point(|r| r.end <= i);
        hits.get(k).is_some_and(|r| r.start <= i)
    };
    let style_at = |i: usize| -> Style {
        if let Some((_, range, cursor)) = selection
            && range.contains(&i)
        {
            return theme.selection(i == *cursor);
        }
        let claim = claim_mark(view.marks.at(i).unwrap_or(NO_CLAIM));
        let value = view.values.at(i).unwrap_or(NO_VALUE);
        let on_selected = claim.is_some_and(|(row, _)| row == selected);
        let base = match claim {
            None => Style::default(),
            Some((_, elsewhere)) if on_selected => theme.claim_selected(elsewhere),
            Some(_) => theme.claim_other(),
        };
        let styled = if value == NO_VALUE {
            base
        } else {
            base.patch(theme.value_kind(value, on_selected))
        };
        if hit_at(i) {
            styled.patch(theme.search_hit())
        } else {
            styled
        }
    };
    let mut spans = Vec::new();
    let mut run_start = range.start;
    let mut run_style = style_at(range.start);
    for i in range.start + 1..range.end {
        let s = style_at(i);
        if s != run_style {
            spans.push(Span::styled(view.text.slice(run_start..i), run_style));
            run_start = i;
            run_style = s;
        }
    }
    if run_start < range.end {
        spans.push(Span::styled(
            view.text.slice(run_start..range.end),
            run_style,
        ));
    }
    Line::from(spans)
}

/// The value groups in their styles: "date dur age …" on the pane's bottom border (short names),
/// or in the help (full names).
pub fn legend(theme: Theme, short: bool) -> Vec<Span<'static>> {
    let names = if short {
        strings::VALUE_GROUPS_SHORT
    } else {
        strings::VALUE_GROUPS
    };
    let mut spans = Vec::with_capacity(names.len() * 2);
    for (g, name) in names.into_iter().enumerate() {
        if g > 0 {
            spans.push(Span::raw(" "));
        }
        spans.push(Span::styled(name, theme.value_kind(g as u8, false)));
    }
    spans
}
