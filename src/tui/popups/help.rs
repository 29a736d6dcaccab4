//! The help popup: every key of the mode it was opened from, read from the key table.

use crate::model::Scale;
use crate::tui::component::Component;
use crate::tui::ctx::Ctx;
use crate::tui::keymap::{self, Keymap, Mode};
use crate::tui::strings;
use crate::tui::text::one_line;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget};

pub struct Help {
    /// The mode whose keys are listed.
    pub mode: Mode,
    pub scroll: usize,
}

impl Help {
    pub fn new(mode: Mode) -> Help {
        Help { mode, scroll: 0 }
    }

    /// The rows: the mode's keys, then the keys that work everywhere.
    pub fn rows(&self, keymap: &Keymap) -> Vec<(String, &'static str)> {
        keymap
            .bindings(self.mode)
            .chain(keymap.bindings(Mode::Global))
            .filter(|b| !b.keys.is_empty())
            .map(|b| (keymap::keys_label(b), b.help))
            .collect()
    }

    pub fn max_scroll(&self, keymap: &Keymap) -> usize {
        let legend = if self.mode == Mode::Main { 3 } else { 0 };
        (self.rows(keymap).len() + legend).saturating_sub(1)
    }

    /// Under the keys of the main screen: what the marks in the article mean, and the glyphs
    /// of the list's verdict column.
    fn legend(&self, theme: Theme, scale: &Scale) -> Vec<Line<'static>> {
        if self.mode != Mode::Main {
            return Vec::new();
        }
        let mut spans = vec![
            Span::raw(" "),
            Span::raw(strings::VALUES_LEGEND),
            Span::raw(" "),
        ];
        spans.extend(crate::tui::panes::article::legend(theme, false));
        let mut verdicts = vec![Span::raw(format!(" {} ", strings::VERDICTS_LEGEND))];
        for r in &scale.ratings {
            verdicts.push(Span::styled(
                format!(
                    "{} {}",
                    crate::tui::panes::verdict_glyph(scale, r),
                    one_line(r)
                ),
                theme.rating_bar(scale, r),
            ));
            verdicts.push(Span::raw("  "));
        }
        vec![Line::default(), Line::from(spans), Line::from(verdicts)]
    }
}

impl Component for Help {
    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        let (theme, keymap) = (ctx.theme, ctx.keymap);
        let rows = self.rows(keymap);
        let rows_len = rows.len();
        let legend = self.legend(theme, ctx.scale);
        let key_width = rows
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        let width = rows
            .iter()
            .map(|(_, h)| key_width + 2 + h.chars().count())
            .max()
            .unwrap_or(0)
            .max(legend.iter().map(Line::width).max().unwrap_or(0))
            + 4;
        let extra = legend.len() as u16;
        let popup = super::centered(area, width as u16, rows.len() as u16 + 4 + extra);
        Clear.render(popup, buf);
        let block = Block::bordered()
            .border_type(BorderType::Double)
            .border_style(theme.border(true))
            .title(Span::styled(
                format!(" {} ", strings::help_for(self.mode.label())),
                theme.title(true),
            ))
            .title_bottom(Span::styled(
                format!(" {} ", strings::HELP_FOOTER),
                theme.dim(),
            ));
        let inner = block.inner(popup);
        block.render(popup, buf);
        let total = rows.len() + extra as usize;
        let scroll = self.scroll.min(total.saturating_sub(inner.height as usize));
        let mut lines: Vec<Line> = rows
            .into_iter()
            .skip(scroll)
            .map(|(k, h)| {
                Line::from(vec![
                    Span::raw(" "),
                    Span::styled(format!("{k:<key_width$}"), theme.key()),
                    Span::raw("  "),
                    Span::raw(h),
                ])
            })
            .collect();
        let skipped = scroll.saturating_sub(rows_len);
        lines.extend(legend.into_iter().skip(skipped));
        Paragraph::new(lines).render(inner, buf);
    }
}
