//! Small drawing helpers shared by the screen, the panes and the popups: the hint bar, a cut
//! string, a one-line field with its prompt character.

use super::action::Action;
use super::keymap::{Keymap, Mode};
use super::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui_textarea::TextArea;

/// The hint bar of a mode, from the key table: "j/k move · Tab pane · …". When it does not fit
/// in `width`, hints go from the end, but the one that opens the help stays.
pub fn hint_line(keymap: &Keymap, mode: Mode, theme: Theme, width: u16) -> Line<'static> {
    let mut hints = keymap.hints(mode);
    let cost = |h: &(String, &str)| h.0.chars().count() + 1 + h.1.chars().count() + 3;
    let help_key = keymap
        .bindings(mode)
        .find(|b| b.action == Action::ToggleHelp)
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

/// A prompt character and a one-line field, across `area`.
pub fn render_line(prompt: char, field: &TextArea<'_>, theme: Theme, area: Rect, buf: &mut Buffer) {
    let [p, input] = Layout::horizontal([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    Span::styled(prompt.to_string(), theme.key()).render(p, buf);
    field.render(input, buf);
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

/// The text of a one-line field.
pub fn line_text(field: &TextArea<'_>) -> String {
    field.lines().first().cloned().unwrap_or_default()
}
