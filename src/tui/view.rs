//! The screen: layout, header, hint bar and message line; the panes and popups draw themselves.
//! Drawing reads the state and never changes it.

use super::app::{App, Focus, Message, Popup};
use super::keymap::{Keymap, Mode};
use super::panes;
use super::strings;
use super::text::one_line;
use super::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// Below this the workbench shows one line saying the window is too small.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 15;
/// From this width the three panes sit side by side.
pub const WIDE: u16 = 120;

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
            Constraint::Percentage(34),
            Constraint::Percentage(38),
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

/// The hint bar of a mode, from the key table: "j/k move · Tab pane · …". When it does not fit
/// in `width`, hints go from the end, but the one that opens the help stays.
pub fn hint_line(keymap: &Keymap, mode: Mode, theme: Theme, width: u16) -> Line<'static> {
    let mut hints = keymap.hints(mode);
    let cost = |h: &(String, &str)| h.0.chars().count() + 1 + h.1.chars().count() + 3;
    let help_key = keymap
        .bindings(mode)
        .find(|b| b.action == super::action::Action::ToggleHelp)
        .and_then(|b| b.hint);
    while hints.len() > 1 && hints.iter().map(cost).sum::<usize>() > usize::from(width) + 3 {
        let drop = hints
            .iter()
            .rposition(|h| Some(h.1) != help_key)
            .unwrap_or(hints.len() - 1);
        hints.remove(drop);
    }
    let mut spans = Vec::new();
    for (i, (keys, hint)) in hints.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", theme.dim()));
        }
        spans.push(Span::styled(keys, theme.key()));
        spans.push(Span::raw(" "));
        spans.push(Span::raw(hint));
    }
    Line::from(spans)
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Some(screen) = layout(area, self.bottom) else {
            let (w, h) = (area.width, area.height);
            let line = strings::too_small(w, h, MIN_WIDTH, MIN_HEIGHT);
            Paragraph::new(line).render(area, buf);
            return;
        };
        let stacked = screen.bottom.is_some();
        self.render_header(screen.header, buf);
        panes::list::render(self, screen.list, buf);
        if let Some(r) = screen.article {
            panes::article::render(self, r, buf, stacked);
        }
        if let Some(r) = screen.detail {
            panes::detail::render(self, r, buf, stacked);
        }
        self.render_message(screen.message, buf);
        let keys = &self.keymap;
        hint_line(keys, self.mode(), self.theme, screen.hints.width).render(screen.hints, buf);
        match &self.popup {
            Some(Popup::Source(p)) => p.render(area, buf, keys),
            Some(Popup::Verdict(p)) => p.render(area, buf, keys),
            Some(Popup::Prompt(p)) => p.render(area, buf, keys),
            Some(Popup::Confirm(p)) => p.render(area, buf, keys),
            Some(Popup::Picker(p)) => p.render(area, buf, keys),
            Some(Popup::Log(p)) => p.render(area, buf, keys),
            Some(Popup::Overview(p)) => p.render(area, buf, keys),
            Some(Popup::Command(p)) => p.render(screen.message, buf),
            None => {}
        }
        if let Some(help) = &self.help {
            help.render(area, buf, self.theme, keys);
        }
    }
}

impl App {
    fn render_header(&self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        buf.set_style(area, theme.header());
        let title = match (self.article, self.articles.as_slice()) {
            (Some(id), _) => one_line(self.article_title(id)).into_owned(),
            (None, [only]) => one_line(&only.title).into_owned(),
            (None, all) => format!("{} ({})", strings::ALL_ARTICLES, all.len()),
        };
        let (reviewed, total) = self.progress();
        let right = format!(
            "{} │ {} ",
            strings::reviewed(reviewed, total),
            strings::reviewer(&one_line(&self.reviewer))
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

    fn render_message(&self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        if let Some(search) = self.search.as_ref().filter(|s| s.editing) {
            super::popups::command::render_line('/', &search.field, theme, area, buf);
            return;
        }
        let line = match &self.message {
            Some(Message::Error(e)) => {
                Line::from(Span::styled(one_line(e).into_owned(), theme.error()))
            }
            Some(Message::Info(s)) => {
                Line::from(Span::styled(one_line(s).into_owned(), theme.info()))
            }
            None if self.view.is_empty() => Line::default(),
            None => Line::from(Span::styled(
                format!("claim {}/{}", self.selected + 1, self.view.len()),
                theme.dim(),
            )),
        };
        line.render(area, buf);
    }
}

/// How many lines the detail pane's text takes at `width` (for clamping its scroll).
pub fn detail_line_count(app: &App, width: u16) -> usize {
    let width = usize::from(width.max(1));
    panes::detail::text(app)
        .lines
        .iter()
        .map(|l| l.width().div_ceil(width).max(1))
        .sum()
}

/// `s` cut to at most `width` columns, ending in "…" when cut.
pub fn ellipsize(s: &str, width: usize) -> String {
    use ratatui::buffer::CellWidth;
    if s.cell_width() as usize <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in Span::raw(s).styled_graphemes(ratatui::style::Style::default()) {
        let w = g.symbol.cell_width() as usize;
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push_str(g.symbol);
    }
    if width > 0 {
        out.push('…');
    }
    out
}
