//! One-key dismissal: the preset reasons of `[triage] reasons`, a letter each; the letter
//! dismisses the claim at once (undo brings it back), or the reviewer types a reason instead.

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
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub struct DismissMenu {
    pub claim: i64,
    /// The claim's version when the menu opened: the store refuses the write if it changed.
    pub version: Option<i64>,
    pub reasons: Vec<String>,
    pub error: Option<String>,
    /// How many marked claims the dismissal goes to (0: the selected claim alone).
    pub marked: usize,
    theme: Theme,
}

/// The letter of the reason at `index`: a, b, c, …
pub fn letter(index: usize) -> char {
    char::from(b'a' + u8::try_from(index % 26).unwrap_or(0))
}

impl DismissMenu {
    pub fn new(claim: i64, version: Option<i64>, reasons: Vec<String>, theme: Theme) -> Self {
        DismissMenu {
            claim,
            version,
            reasons,
            error: None,
            marked: 0,
            theme,
        }
    }

    /// The menu for a dismissal of `n` marked claims.
    pub fn for_marked(mut self, n: usize) -> Self {
        self.marked = n;
        self
    }

    pub fn mode(&self) -> Mode {
        Mode::DismissMenu
    }

    /// Nothing is typed here: a letter acts at once.
    pub fn typed_text(&self) -> bool {
        false
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, keymap: &Keymap) {
        let theme = self.theme;
        let height = u16::try_from(self.reasons.len()).unwrap_or(26) + 5;
        let popup = super::centered(area, 60, height);
        let title = if self.marked > 0 {
            format!(
                "{} · {}",
                strings::DISMISS_MENU_TITLE,
                strings::marked(self.marked)
            )
        } else {
            format!("{} · claim #{}", strings::DISMISS_MENU_TITLE, self.claim)
        };
        let inner = frame(popup, buf, title, theme);
        let [list, error, hints] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        let lines: Vec<Line> = self
            .reasons
            .iter()
            .enumerate()
            .map(|(i, r)| {
                Line::from(vec![
                    Span::styled(format!(" {} ", letter(i)), theme.field(true)),
                    Span::raw(sanitize(r, false).into_owned()),
                ])
            })
            .collect();
        Paragraph::new(lines).render(list, buf);
        if let Some(e) = &self.error {
            Paragraph::new(Span::styled(sanitize(e, false), theme.error())).render(error, buf);
        }
        hint_line(keymap, self.mode(), theme, hints.width).render(hints, buf);
    }
}

impl Component for DismissMenu {
    fn handle(&mut self, action: Action) -> Reply {
        match action {
            Action::Cancel => Reply::Close,
            Action::NextField => Reply::Submit(Request::TypeReason),
            Action::Edit(key) => {
                let plain = key.modifiers.difference(KeyModifiers::SHIFT).is_empty();
                let picked = match key.code {
                    KeyCode::Char(c) if plain => {
                        (0..self.reasons.len()).find(|&i| letter(i) == c.to_ascii_lowercase())
                    }
                    _ => None,
                };
                match picked {
                    Some(i) => Reply::Submit(Request::Write(Effect::Dismiss {
                        claim: self.claim,
                        reason: self.reasons[i].trim().to_string(),
                        expected_version: self.version,
                    })),
                    None => {
                        self.error = Some(strings::dismiss_menu_no_letter(self.reasons.len()));
                        Reply::Consumed
                    }
                }
            }
            _ => Reply::Consumed,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        self.draw(area, buf, ctx.keymap);
    }
}

claim_form_popup!(DismissMenu);
