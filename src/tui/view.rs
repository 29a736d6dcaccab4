//! The screen: layout, header, hint bar and message line; the panes and popups draw themselves.
//! Drawing reads the state and never changes it.

use super::component::Component;
use super::ctx::Ctx;
use super::panes;
use super::state::{Focus, Message};
use super::strings;
use super::text::one_line;
use super::widgets::{ellipsize, hint_line, render_line};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget};

/// Below this the workbench shows one line saying the window is too small.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;
/// The layouts by width, so that the list is never the narrowest pane and a claim row keeps
/// more than 60 characters of text at 120 columns:
/// - from `WIDE` columns: the three panes side by side, the list the widest;
/// - from `MEDIUM`: the list across the whole width on top, the article and the detail side by
///   side under it;
/// - below: the list on top, the article or the detail under it, as tabs.
pub const WIDE: u16 = 140;
pub const MEDIUM: u16 = 100;

/// Where everything goes on a screen of a given size.
#[derive(Debug, Clone, Copy)]
pub struct Screen {
    pub header: Rect,
    pub list: Rect,
    /// The article and detail panes when they are on screen.
    pub article: Option<Rect>,
    pub detail: Option<Rect>,
    /// In the stacked layout: the area under the list that shows the article or the detail.
    pub bottom: Option<Rect>,
    pub message: Rect,
    pub hints: Rect,
}

/// Lay the screen out, or None when it is too small to use.
pub fn layout(area: Rect, bottom: Focus) -> Option<Screen> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let [header, body, message, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let screen = if area.width >= WIDE {
        let [list, article, detail] = Layout::horizontal([
            Constraint::Percentage(46),
            Constraint::Percentage(30),
            Constraint::Fill(1),
        ])
        .areas(body);
        Screen {
            header,
            list,
            article: Some(article),
            detail: Some(detail),
            bottom: None,
            message,
            hints,
        }
    } else if area.width >= MEDIUM {
        let [list, rest] =
            Layout::vertical([Constraint::Percentage(45), Constraint::Fill(1)]).areas(body);
        let [article, detail] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Fill(1)]).areas(rest);
        Screen {
            header,
            list,
            article: Some(article),
            detail: Some(detail),
            bottom: None,
            message,
            hints,
        }
    } else {
        let [list, rest] =
            Layout::vertical([Constraint::Percentage(40), Constraint::Fill(1)]).areas(body);
        Screen {
            header,
            list,
            article: (bottom != Focus::Detail).then_some(rest),
            detail: (bottom == Focus::Detail).then_some(rest),
            bottom: Some(rest),
            message,
            hints,
        }
    };
    Some(screen)
}

/// The inside of a bordered pane.
pub fn inner(rect: Rect) -> Rect {
    rect.inner(Margin::new(1, 1))
}

/// Draw the whole screen from `ctx`: header, panes, message line, hint bar, then the popup and
/// the help over them.
pub fn render(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let Some(screen) = layout(area, ctx.bottom) else {
        let (w, h) = (area.width, area.height);
        let line = strings::too_small(w, h, MIN_WIDTH, MIN_HEIGHT);
        Paragraph::new(line).render(area, buf);
        return;
    };
    let stacked = screen.bottom.is_some();
    render_header(ctx, screen.header, buf);
    panes::list::List.render(screen.list, buf, ctx);
    if let Some(r) = screen.article {
        panes::article::ArticlePane { stacked }.render(r, buf, ctx);
    }
    if let Some(r) = screen.detail {
        panes::detail::DetailPane { stacked }.render(r, buf, ctx);
    }
    render_message(ctx, screen.message, buf);
    hint_line(ctx.keymap, ctx.mode, ctx.theme, screen.hints.width).render(screen.hints, buf);
    if let Some(popup) = ctx.popup {
        let at = if popup.on_message_line() {
            screen.message
        } else {
            area
        };
        popup.render(at, buf, ctx);
    }
    if let Some(help) = ctx.help {
        help.render(area, buf, ctx);
    }
}

fn render_header(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    buf.set_style(area, theme.header());
    let title = match (ctx.article, ctx.articles) {
        (Some(id), _) => one_line(ctx.article_title(id)).into_owned(),
        (None, [only]) => one_line(&only.title).into_owned(),
        (None, all) => format!("{} ({})", strings::ALL_ARTICLES, all.len()),
    };
    let (reviewed, total) = ctx.progress;
    let right = format!(
        "{}{} │ {} ",
        if ctx.read_only {
            strings::READ_ONLY_MARK
        } else {
            ""
        },
        if ctx.loading {
            format!(
                "{}{}",
                strings::reviewed(reviewed, total),
                strings::MORE_COMING
            )
        } else {
            strings::reviewed(reviewed, total)
        },
        strings::reviewer(&one_line(ctx.reviewer))
    );
    let right_width = right.chars().count() as u16;
    // The progress keeps its place; the title gets what is left, with an ellipsis if cut.
    let right_width = if right_width + 20 <= area.width {
        right_width
    } else {
        0
    };
    let [left, right_area] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(right_width)]).areas(area);
    let prefix = format!(" {} │ ", strings::APP);
    let room = usize::from(left.width).saturating_sub(prefix.chars().count() + 1);
    Line::from(vec![
        Span::styled(prefix, theme.header_title()),
        Span::styled(ellipsize(&title, room), theme.header()),
    ])
    .render(left, buf);
    if right_width > 0 {
        Line::from(Span::styled(right, theme.header())).render(right_area, buf);
    }
}

fn render_message(ctx: &Ctx, area: Rect, buf: &mut Buffer) {
    let theme = ctx.theme;
    if let Some(search) = ctx.search.filter(|s| s.editing) {
        render_line('/', &search.field, theme, area, buf);
        return;
    }
    let line = match ctx.message {
        Some(Message::Error(e)) => {
            Line::from(Span::styled(one_line(e).into_owned(), theme.error()))
        }
        Some(Message::Info(s)) => Line::from(Span::styled(one_line(s).into_owned(), theme.info())),
        None if ctx.view.is_empty() => Line::default(),
        None => match ctx.selected_row() {
            Some(row) => {
                let mut at = strings::position(row.id, ctx.selected + 1, ctx.view.len());
                if ctx.loading {
                    at.push_str(strings::MORE_COMING);
                }
                Line::from(Span::styled(at, theme.dim()))
            }
            None => Line::default(),
        },
    };
    line.render(area, buf);
}

/// How many lines `text` takes wrapped at `width` (for clamping the detail pane's scroll).
pub fn wrapped_height(text: &Text, width: u16) -> usize {
    let width = usize::from(width.max(1));
    text.lines
        .iter()
        .map(|l| l.width().div_ceil(width).max(1))
        .sum()
}
