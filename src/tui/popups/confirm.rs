//! A yes/no question before a destructive step: dismiss, merge, evidence removal.

use super::frame;
use crate::tui::action::Action;
use crate::tui::component::{Component, Reply, Request};
use crate::tui::ctx::Ctx;
use crate::tui::effects::Effect;
use crate::tui::keymap::{Keymap, Mode};
use crate::tui::strings;
use crate::tui::text::sanitize;
use crate::tui::theme::Theme;
use crate::tui::widgets::hint_line;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// What a yes does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfirmTask {
    Dismiss {
        reason: String,
    },
    Merge {
        other: i64,
        other_version: i64,
    },
    RemoveEvidence {
        evidence: i64,
    },
    /// Merge the marked claims (in reading order) into the first.
    MergeMarked {
        ids: Vec<i64>,
    },
    Reuse {
        precedent: i64,
    },
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

    fn draw(&self, area: Rect, buf: &mut Buffer, keymap: &Keymap) {
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

impl Component for Confirm {
    fn handle(&mut self, action: Action) -> Reply {
        let (claim, version) = (self.claim, self.version);
        match action {
            Action::Cancel => Reply::Close,
            Action::Submit => Reply::Submit(Request::Write(match &self.task {
                ConfirmTask::Dismiss { reason } => Effect::Dismiss {
                    claim,
                    reason: reason.clone(),
                    expected_version: version,
                },
                ConfirmTask::Merge {
                    other,
                    other_version,
                } => Effect::Merge {
                    claim,
                    other: *other,
                    expected_versions: version.map(|v| (v, *other_version)),
                },
                ConfirmTask::MergeMarked { ids } => Effect::MergeMarked { ids: ids.clone() },
                ConfirmTask::RemoveEvidence { evidence } => Effect::RemoveEvidence {
                    claim,
                    evidence: *evidence,
                    expected_version: version,
                },
                ConfirmTask::Reuse { precedent } => Effect::Reuse {
                    claim,
                    precedent: *precedent,
                    expected_version: version,
                },
            })),
            _ => Reply::Consumed,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        self.draw(area, buf, ctx.keymap);
    }
}

impl Confirm {
    /// A yes/no question holds no typed text.
    pub fn typed_text(&self) -> bool {
        false
    }
}

claim_form_popup!(Confirm);
