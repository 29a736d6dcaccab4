//! A yes/no question before a destructive step: dismiss, merge, evidence removal.

use super::frame;
use crate::tui::keymap::{Keymap, Mode};
use crate::tui::strings;
use crate::tui::text::sanitize;
use crate::tui::theme::Theme;
use crate::tui::view::hint_line;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// What a yes does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfirmTask {
    Dismiss { reason: String },
    Merge { other: i64, other_version: i64 },
    RemoveEvidence { evidence: i64 },
}

pub struct Confirm {
    pub task: ConfirmTask,
    pub claim: i64,
    /// The claim's version the question was asked on.
    pub version: Option<i64>,
    pub question: String,
    pub error: Option<String>,
    theme: Theme,
}

impl Confirm {
    pub fn new(
        task: ConfirmTask,
        claim: i64,
        version: Option<i64>,
        question: String,
        theme: Theme,
    ) -> Confirm {
        Confirm {
            task,
            claim,
            version,
            question,
            error: None,
            theme,
        }
    }

    pub fn mode(&self) -> Mode {
        Mode::Confirm
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, keymap: &Keymap) {
        let theme = self.theme;
        let popup = super::centered(area, 64, 8);
        let inner = frame(popup, buf, strings::CONFIRM_TITLE.to_string(), theme);
        let [question, error, hints] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        Paragraph::new(sanitize(&self.question, false).into_owned())
            .wrap(Wrap { trim: true })
            .render(question, buf);
        if let Some(e) = &self.error {
            Paragraph::new(Span::styled(sanitize(e, false), theme.error())).render(error, buf);
        }
        hint_line(keymap, self.mode(), theme, hints.width).render(hints, buf);
    }
}
