//! The add-source form: URL, title, quote (text fields) and stance, for the selected claim.

use crate::model::{ClaimCore, Stance};
use crate::store::{NewEvidence, NewSource};
use crate::tui::action::Action;
use crate::tui::keymap::{Keymap, Mode};
use crate::tui::strings;
use crate::tui::text::{one_line, sanitize};
use crate::tui::theme::Theme;
use crate::tui::view::hint_line;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};
use ratatui_textarea::{CursorMove, TextArea};

const URL: usize = 0;
const TITLE: usize = 1;
const QUOTE: usize = 2;
const STANCE: usize = 3;
const LABELS: [&str; 4] = [
    strings::SOURCE_URL,
    strings::SOURCE_TITLE_FIELD,
    strings::SOURCE_QUOTE,
    strings::SOURCE_STANCE,
];

pub struct SourceForm {
    pub claim: i64,
    /// The claim's version when the form opened: the store refuses the write if it changed.
    pub version: Option<i64>,
    claim_text: String,
    fields: [TextArea<'static>; 3],
    pub stance: Stance,
    /// 0..=2: a text field; 3: the stance.
    focus: usize,
    pub error: Option<String>,
    theme: Theme,
}

impl SourceForm {
    pub fn new(claim: &ClaimCore, theme: Theme) -> SourceForm {
        let field = |placeholder: &str| {
            let mut t = TextArea::default();
            t.set_placeholder_text(placeholder);
            t.set_placeholder_style(theme.placeholder());
            t.set_cursor_line_style(Style::default());
            t
        };
        let mut form = SourceForm {
            claim: claim.id,
            version: Some(claim.version),
            claim_text: one_line(&claim.text).into_owned(),
            fields: [
                field(strings::SOURCE_URL_PLACEHOLDER),
                field(strings::SOURCE_TITLE_PLACEHOLDER),
                field(strings::SOURCE_QUOTE_PLACEHOLDER),
            ],
            stance: Stance::default(),
            focus: URL,
            error: None,
            theme,
        };
        form.focus_field(URL);
        form
    }

    pub fn mode(&self) -> Mode {
        if self.focus == STANCE {
            Mode::SourceStance
        } else {
            Mode::SourceText
        }
    }

    /// The text of field `i` (0 URL, 1 title, 2 quote).
    pub fn field(&self, i: usize) -> &str {
        self.fields[i].lines().first().map_or("", String::as_str)
    }

    pub fn focused_field(&self) -> usize {
        self.focus
    }

    fn focus_field(&mut self, focus: usize) {
        self.focus = focus;
        for (i, f) in self.fields.iter_mut().enumerate() {
            // Only the focused field shows its cursor.
            f.set_cursor_style(if i == focus {
                self.theme.cursor()
            } else {
                Style::default()
            });
        }
    }

    pub fn update(&mut self, action: Action) {
        match action {
            Action::NextField => self.focus_field((self.focus + 1) % 4),
            Action::PrevField => self.focus_field((self.focus + 3) % 4),
            Action::StanceNext => self.stance = cycle(self.stance, 1),
            Action::StancePrev => self.stance = cycle(self.stance, Stance::ALL.len() - 1),
            Action::Edit(key) if self.focus < STANCE => {
                if let ratatui::crossterm::event::KeyCode::Char(c) = key.code
                    && c.is_control()
                {
                    return;
                }
                let field = &mut self.fields[self.focus];
                field.input(key);
                keep_one_line(field);
                self.error = None;
            }
            Action::Paste(text) if self.focus < STANCE => {
                let field = &mut self.fields[self.focus];
                field.insert_str(one_line(&text));
                self.error = None;
            }
            _ => {}
        }
    }

    /// The evidence to save, or None with the reason shown in the form.
    pub fn validate(&mut self) -> Option<NewEvidence> {
        let url = self.field(URL).trim().to_string();
        if url.is_empty() {
            self.error = Some(strings::SOURCE_URL_EMPTY.into());
            self.focus_field(URL);
            return None;
        }
        let optional = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        Some(NewEvidence {
            source: NewSource {
                url,
                title: optional(self.field(TITLE)),
                ..Default::default()
            },
            quote: optional(self.field(QUOTE)),
            stance: self.stance,
            ..Default::default()
        })
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, keymap: &Keymap) {
        let theme = self.theme;
        let popup = super::centered(area, 76, 10);
        Clear.render(popup, buf);
        let block = Block::bordered()
            .border_type(BorderType::Double)
            .border_style(theme.border(true))
            .title(Span::styled(
                format!(" {} · claim #{} ", strings::SOURCE_TITLE, self.claim),
                theme.title(true),
            ));
        let inner = block.inner(popup);
        block.render(popup, buf);
        let [claim, _, url, title, quote, stance, error, hints] =
            Layout::vertical([Constraint::Length(1); 8]).areas(inner);
        Paragraph::new(Span::styled(self.claim_text.as_str(), theme.dim())).render(claim, buf);
        for (i, row) in [url, title, quote, stance].into_iter().enumerate() {
            let [label, input] =
                Layout::horizontal([Constraint::Length(9), Constraint::Fill(1)]).areas(row);
            let focused = i == self.focus;
            let marker = if focused { "›" } else { " " };
            Span::styled(format!("{marker}{:<7} ", LABELS[i]), theme.field(focused))
                .render(label, buf);
            if i < STANCE {
                self.fields[i].render(input, buf);
            } else {
                self.stance_line(focused).render(input, buf);
            }
        }
        if let Some(e) = &self.error {
            Paragraph::new(Span::styled(sanitize(e, false), theme.error()))
                .wrap(Wrap { trim: true })
                .render(error, buf);
        }
        hint_line(keymap, self.mode(), theme, hints.width).render(hints, buf);
    }

    fn stance_line(&self, focused: bool) -> Line<'static> {
        let mut spans = Vec::new();
        for s in Stance::ALL {
            let style = if s == self.stance {
                if focused {
                    self.theme.selected(true)
                } else {
                    self.theme
                        .stance(s)
                        .add_modifier(ratatui::style::Modifier::REVERSED)
                }
            } else {
                self.theme.dim()
            };
            spans.push(Span::styled(format!(" {} ", s.as_str()), style));
            spans.push(Span::raw(" "));
        }
        Line::from(spans)
    }
}

fn cycle(stance: Stance, by: usize) -> Stance {
    let i = Stance::ALL.iter().position(|s| *s == stance).unwrap_or(0);
    Stance::ALL[(i + by) % Stance::ALL.len()]
}

/// A single-line field never keeps a line break (Ctrl-M, Ctrl-J and pastes can make one).
fn keep_one_line(field: &mut TextArea<'static>) {
    if field.lines().len() > 1 {
        let joined = field.lines().join(" ");
        let mut fresh = TextArea::new(vec![joined]);
        fresh.set_placeholder_text(field.placeholder_text().to_string());
        fresh.set_placeholder_style(field.placeholder_style().unwrap_or_default());
        fresh.set_cursor_line_style(Style::default());
        fresh.set_cursor_style(field.cursor_style());
        fresh.move_cursor(CursorMove::End);
        *field = fresh;
    }
}
