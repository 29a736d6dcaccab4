//! The verdict popup: a rating from the scale and a rationale (multi-line), for the selected claim.

use crate::model::{ClaimCore, Scale};
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
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Widget, Wrap};
use ratatui_textarea::TextArea;

pub struct VerdictForm {
    pub claim: i64,
    /// The claim's version when the form opened: the store refuses the write if it changed.
    pub version: Option<i64>,
    claim_text: String,
    ratings: Vec<String>,
    scale: Scale,
    index: usize,
    rationale: TextArea<'static>,
    on_rationale: bool,
    pub error: Option<String>,
    /// How many marked claims the verdict goes to (0: the selected claim alone).
    pub marked: usize,
    theme: Theme,
}

impl VerdictForm {
    /// The form for one verdict on `n` marked claims.
    pub fn for_marked(mut self, n: usize) -> Self {
        self.marked = n;
        self
    }

    /// Starts on the claim's current rating, if it has one.
    pub fn new(claim: &ClaimCore, scale: &Scale, current: Option<&str>, theme: Theme) -> Self {
        let mut rationale = TextArea::default();
        rationale.set_placeholder_text(strings::VERDICT_RATIONALE_PLACEHOLDER);
        rationale.set_placeholder_style(theme.placeholder());
        rationale.set_cursor_line_style(Style::default());
        let mut form = VerdictForm {
            claim: claim.id,
            version: Some(claim.version),
            claim_text: one_line(&claim.text).into_owned(),
            index: current
                .and_then(|r| scale.ratings.iter().position(|x| x == r))
                .unwrap_or(0),
            ratings: scale.ratings.clone(),
            scale: scale.clone(),
            rationale,
            on_rationale: false,
            error: None,
            marked: 0,
            theme,
        };
        form.set_on_rationale(false);
        form
    }

    /// Whether a rationale has been typed.
    pub fn typed_text(&self) -> bool {
        self.rationale.lines().iter().any(|l| !l.trim().is_empty())
    }

    pub fn mode(&self) -> Mode {
        if self.on_rationale {
            Mode::VerdictRationale
        } else {
            Mode::VerdictRating
        }
    }

    pub fn rating(&self) -> &str {
        self.ratings.get(self.index).map_or("", String::as_str)
    }

    pub fn rationale(&self) -> String {
        self.rationale.lines().join("\n")
    }

    fn set_on_rationale(&mut self, on: bool) {
        self.on_rationale = on;
        self.rationale.set_cursor_style(if on {
            self.theme.cursor()
        } else {
            Style::default()
        });
    }

    pub fn update(&mut self, action: Action) {
        let last = self.ratings.len().saturating_sub(1);
        match action {
            Action::Down => self.index = (self.index + 1).min(last),
            Action::Up => self.index = self.index.saturating_sub(1),
            Action::First => self.index = 0,
            Action::Last => self.index = last,
            Action::NextField => self.set_on_rationale(true),
            Action::LeaveField => self.set_on_rationale(false),
            Action::Edit(key) if self.on_rationale => {
                if let KeyCode::Char(c) = key.code
                    && c.is_control()
                {
                    return;
                }
                self.rationale.input(key);
                self.error = None;
            }
            Action::Paste(text) if self.on_rationale => {
                self.rationale.insert_str(sanitize(&text, true));
            }
            _ => {}
        }
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, keymap: &Keymap) {
        let theme = self.theme;
        // Claim line, error, hints, two borders around the list and two around the popup.
        let height = (self.ratings.len() as u16 + 7).max(12);
        let popup = super::centered(area, 76, height);
        Clear.render(popup, buf);
        let block = Block::bordered()
            .border_type(BorderType::Double)
            .border_style(theme.border(true))
            .title(Span::styled(
                if self.marked > 0 {
                    format!(
                        " {} · {} ",
                        strings::VERDICT_TITLE,
                        strings::marked(self.marked)
                    )
                } else {
                    format!(" {} · claim #{} ", strings::VERDICT_TITLE, self.claim)
                },
                theme.title(true),
            ));
        let inner = block.inner(popup);
        block.render(popup, buf);
        let [claim, body, error, hints] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(inner);
        Paragraph::new(Span::styled(self.claim_text.as_str(), theme.dim())).render(claim, buf);
        let [list, editor] =
            Layout::horizontal([Constraint::Length(16), Constraint::Fill(1)]).areas(body);

        let list_block = Block::bordered()
            .border_style(theme.border(!self.on_rationale))
            .title(Span::styled(
                strings::VERDICT_RATING,
                theme.title(!self.on_rationale),
            ));
        let list_inner = list_block.inner(list);
        list_block.render(list, buf);
        let visible = list_inner.height as usize;
        let skip = (self.index + 1).saturating_sub(visible);
        let lines: Vec<Line> = self
            .ratings
            .iter()
            .enumerate()
            .skip(skip)
            .map(|(i, r)| {
                let r = one_line(r).into_owned();
                if i == self.index {
                    Line::from(vec![
                        Span::raw("›"),
                        Span::styled(
                            format!("{r:<13}"),
                            theme.rating(&self.scale, &self.ratings[i]),
                        ),
                    ])
                } else {
                    Line::from(format!(" {r}"))
                }
            })
            .collect();
        Paragraph::new(lines).render(list_inner, buf);

        let editor_block = Block::bordered()
            .border_style(theme.border(self.on_rationale))
            .title(Span::styled(
                strings::VERDICT_RATIONALE,
                theme.title(self.on_rationale),
            ));
        let editor_inner = editor_block.inner(editor);
        editor_block.render(editor, buf);
        self.rationale.render(editor_inner, buf);

        if let Some(e) = &self.error {
            Paragraph::new(Span::styled(sanitize(e, false), theme.error()))
                .wrap(Wrap { trim: true })
                .render(error, buf);
        }
        hint_line(keymap, self.mode(), theme, hints.width).render(hints, buf);
    }
}

impl Component for VerdictForm {
    fn handle(&mut self, action: Action) -> Reply {
        match action {
            Action::Cancel => Reply::Close,
            Action::Submit => Reply::Submit(Request::Write(Effect::AddVerdict {
                claim: self.claim,
                rating: self.rating().to_string(),
                rationale: self.rationale(),
                expected_version: self.version,
            })),
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

claim_form_popup!(VerdictForm);
