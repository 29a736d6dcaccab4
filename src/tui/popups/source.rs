//! The add-source form: URL, title, publisher, archive URL, quote (text fields) and stance, for
//! the selected claim. The URLs are checked as the reviewer leaves them, with the store's rules.

use crate::compare::Suggestion;
use crate::model::{ClaimCore, Stance, StoredValue};
use crate::store::{NewEvidence, NewSource, normalize_url};
use crate::tui::action::Action;
use crate::tui::component::{Component, Reply, Request};
use crate::tui::ctx::Ctx;
use crate::tui::effects::Effect;
use crate::tui::keymap::{Keymap, Mode};
use crate::tui::strings;
use crate::tui::text::{one_line, sanitize};
use crate::tui::theme::Theme;
use crate::tui::widgets::hint_line;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};
use ratatui_textarea::{CursorMove, TextArea};

const URL: usize = 0;
const TITLE: usize = 1;
const PUBLISHER: usize = 2;
const ARCHIVE: usize = 3;
const QUOTE: usize = 4;
const STANCE: usize = 5;
/// The text fields, then the stance.
const FIELDS: usize = STANCE + 1;
const LABELS: [&str; FIELDS] = [
    strings::SOURCE_URL,
    strings::SOURCE_TITLE_FIELD,
    strings::SOURCE_PUBLISHER,
    strings::SOURCE_ARCHIVE,
    strings::SOURCE_QUOTE,
    strings::SOURCE_STANCE,
];
const LABEL_WIDTH: u16 = 11;

pub struct SourceForm {
    pub claim: i64,
    /// The claim's version when the form opened: the store refuses the write if it changed.
    pub version: Option<i64>,
    claim_text: String,
    fields: [TextArea<'static>; STANCE],
    pub stance: Stance,
    /// Below `STANCE`: a text field; `STANCE`: the stance.
    focus: usize,
    pub error: Option<String>,
    /// The URL field (URL or archive) the error is about, drawn in the error's style.
    pub invalid: Option<usize>,
    theme: Theme,
    /// The claim's values, to compare the quote's with.
    values: Vec<StoredValue>,
    /// What the quote's values say of the claim's, worked out as the quote field is left; its
    /// stance is taken only when the reviewer asks (`s`).
    pub suggestion: Option<Suggestion>,
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
                field(strings::SOURCE_PUBLISHER_PLACEHOLDER),
                field(strings::SOURCE_ARCHIVE_PLACEHOLDER),
                field(strings::SOURCE_QUOTE_PLACEHOLDER),
            ],
            stance: Stance::default(),
            focus: URL,
            error: None,
            invalid: None,
            theme,
            values: Vec::new(),
            suggestion: None,
        };
        form.focus_field(URL);
        form
    }

    /// The claim's values, for the suggested stance.
    #[must_use]
    pub fn with_values(mut self, values: Vec<StoredValue>) -> SourceForm {
        self.values = values;
        self
    }

    /// Compare the quote's values with the claim's again.
    fn suggest(&mut self) {
        let quote = self.field(QUOTE).trim();
        self.suggestion = (!quote.is_empty())
            .then(|| {
                let given: Vec<crate::compare::Given<'_>> =
                    self.values.iter().map(Into::into).collect();
                crate::compare::compare(&given, quote, None)
            })
            .filter(|s| s.stance.is_some());
    }

    /// Whether any field holds typed text.
    pub fn typed_text(&self) -> bool {
        self.fields
            .iter()
            .any(|f| f.lines().iter().any(|l| !l.trim().is_empty()))
    }

    pub fn mode(&self) -> Mode {
        if self.focus == STANCE {
            Mode::SourceStance
        } else {
            Mode::SourceText
        }
    }

    /// The text of field `i` (0 URL, 1 title, 2 publisher, 3 archive URL, 4 quote).
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
            Action::NextField => self.leave_field((self.focus + 1) % FIELDS),
            Action::PrevField => self.leave_field((self.focus + FIELDS - 1) % FIELDS),
            Action::StanceNext => self.stance = cycle(self.stance, 1),
            Action::StancePrev => self.stance = cycle(self.stance, Stance::ALL.len() - 1),
            Action::AcceptSuggested => {
                if let Some(s) = self.suggestion.as_ref().and_then(|s| s.stance) {
                    self.stance = s;
                }
            }
            Action::Edit(key) if self.focus < STANCE => {
                if let ratatui::crossterm::event::KeyCode::Char(c) = key.code
                    && c.is_control()
                {
                    return;
                }
                let field = &mut self.fields[self.focus];
                field.input(key);
                keep_one_line(field);
                self.edited();
            }
            Action::Paste(text) if self.focus < STANCE => {
                let field = &mut self.fields[self.focus];
                field.insert_str(one_line(&text));
                self.edited();
            }
            _ => {}
        }
    }

    /// After typing: the old error goes, but a URL field flagged as invalid is checked again at
    /// once, so the flag clears as soon as the URL is fixed (and only then).
    fn edited(&mut self) {
        self.error = None;
        if self.invalid == Some(self.focus) {
            self.invalid = None;
            self.check_url(self.focus);
        }
    }

    /// Move to field `to`, checking the URL field being left.
    fn leave_field(&mut self, to: usize) {
        let from = self.focus;
        self.focus_field(to);
        if matches!(from, URL | ARCHIVE) && !self.field(from).trim().is_empty() {
            self.check_url(from);
        }
        if from == QUOTE {
            self.suggest();
        }
    }

    /// Check URL field `i` as the store will: the store's sentence when it refuses it. An empty
    /// archive URL is fine (it is optional); an empty source URL is not.
    fn check_url(&mut self, i: usize) -> bool {
        let raw = self.field(i).trim();
        let result = if raw.is_empty() {
            if i == ARCHIVE {
                return true;
            }
            Err(strings::SOURCE_URL_EMPTY.to_string())
        } else {
            normalize_url(raw).map(|_| ()).map_err(|e| match i {
                ARCHIVE => strings::archive_invalid(&e.to_string()),
                _ => e.to_string(),
            })
        };
        match result {
            Ok(()) => {
                if self.invalid == Some(i) {
                    self.invalid = None;
                    self.error = None;
                }
                true
            }
            Err(sentence) => {
                self.error = Some(sentence);
                self.invalid = Some(i);
                false
            }
        }
    }

    /// The evidence to save, or None with the reason shown in the form (and the field at fault
    /// focused).
    pub fn validate(&mut self) -> Option<NewEvidence> {
        for i in [URL, ARCHIVE] {
            if !self.check_url(i) {
                self.focus_field(i);
                return None;
            }
        }
        let optional = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        Some(NewEvidence {
            source: NewSource {
                url: self.field(URL).trim().to_string(),
                title: optional(self.field(TITLE)),
                publisher: optional(self.field(PUBLISHER)),
                archive_url: optional(self.field(ARCHIVE)),
                ..Default::default()
            },
            quote: optional(self.field(QUOTE)),
            stance: self.stance,
            ..Default::default()
        })
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, keymap: &Keymap) {
        let theme = self.theme;
        let popup = super::centered(area, 76, 13);
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
        let [
            claim,
            _,
            url,
            title,
            publisher,
            archive,
            quote,
            stance,
            error,
            hints,
        ] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(2),
            Constraint::Length(1),
        ])
        .areas(inner);
        Paragraph::new(Span::styled(self.claim_text.as_str(), theme.dim())).render(claim, buf);
        let rows = [url, title, publisher, archive, quote, stance];
        for (i, row) in rows.into_iter().enumerate() {
            let [label, input] =
                Layout::horizontal([Constraint::Length(LABEL_WIDTH), Constraint::Fill(1)])
                    .areas(row);
            let focused = i == self.focus;
            let (marker, style) = if self.invalid == Some(i) {
                ("✗", theme.error())
            } else if focused {
                ("›", theme.field(true))
            } else {
                (" ", theme.field(false))
            };
            let width = usize::from(LABEL_WIDTH) - 2;
            Span::styled(format!("{marker}{:<width$} ", LABELS[i]), style).render(label, buf);
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
        } else if let Some(s) = &self.suggestion {
            let sentences: Vec<&str> = s.comparisons.iter().map(|c| c.sentence.as_str()).collect();
            let text = strings::source_suggestion(
                s.stance.map_or("", Stance::as_str),
                &sentences.join("; "),
            );
            Paragraph::new(Span::styled(sanitize(&text, false), theme.dim()))
                .wrap(Wrap { trim: true })
                .render(error, buf);
        }
        hint_line(keymap, self.mode(), theme, hints.width).render(hints, buf);
    }

    fn stance_line(&self, focused: bool) -> Line<'static> {
        let mut spans = Vec::new();
        for &s in Stance::ALL {
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

impl Component for SourceForm {
    fn handle(&mut self, action: Action) -> Reply {
        match action {
            Action::Cancel => Reply::Close,
            Action::Submit => match self.validate() {
                Some(evidence) => Reply::Submit(Request::Write(Effect::AddEvidence {
                    claim: self.claim,
                    evidence,
                    expected_version: self.version,
                })),
                None => Reply::Consumed,
            },
            action => {
                self.update(action);
                Reply::Consumed
            }
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        self.draw(area, buf, ctx.keymap);
    }
}

claim_form_popup!(SourceForm);
