//! A one-line text popup: for a change to the selected claim (the reason to dismiss it, its new
//! wording, or where to split it), or for the span of a claim to add to an article.

use super::{edit_line, frame, line_field, line_text};
use crate::model::ClaimCore;
use crate::tui::action::Action;
use crate::tui::component::{Component, Reply, Request};
use crate::tui::ctx::Ctx;
use crate::tui::effects::Effect;
use crate::tui::keymap::{Keymap, Mode};
use crate::tui::strings;
use crate::tui::text::{one_line, sanitize};
use crate::tui::theme::Theme;
use crate::tui::widgets::{ellipsize, hint_line};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use ratatui_textarea::TextArea;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Dismiss,
    Edit,
    Split,
    /// A claim the extractor missed: words of the article, or START..END.
    AddClaim,
    /// Who reviews the claim (empty: nobody).
    Assign,
}

pub struct Prompt {
    pub kind: PromptKind,
    /// The claim changed (0 when adding one).
    pub claim: i64,
    /// The article a claim is added to (AddClaim only).
    pub article: Option<i64>,
    /// The claim's version when the popup opened: the store refuses the write if it changed.
    pub version: Option<i64>,
    /// The claim as the reviewer sees it (for a split: the span of the article, which the offset
    /// counts in).
    pub context: String,
    field: TextArea<'static>,
    /// The text the field opened with: typing that differs from it would be lost on closing.
    prefill: String,
    pub error: Option<String>,
    /// Who the claim was assigned to when the popup opened (Assign only, for undo).
    previous: Option<String>,
    theme: Theme,
}

impl Prompt {
    pub fn new(kind: PromptKind, claim: &ClaimCore, context: &str, theme: Theme) -> Prompt {
        let (prefill, placeholder) = match kind {
            PromptKind::Dismiss => ("", strings::PROMPT_DISMISS_PLACEHOLDER),
            PromptKind::Edit => (claim.text.as_str(), ""),
            PromptKind::Split => ("", strings::PROMPT_SPLIT_PLACEHOLDER),
            PromptKind::AddClaim => ("", strings::CLAIM_ADD_PLACEHOLDER),
            PromptKind::Assign => (
                claim.assignee.as_deref().unwrap_or_default(),
                strings::PROMPT_ASSIGN_PLACEHOLDER,
            ),
        };
        Prompt {
            kind,
            claim: claim.id,
            article: None,
            version: Some(claim.version),
            context: one_line(context).into_owned(),
            field: line_field(prefill, placeholder, theme),
            prefill: one_line(prefill).into_owned(),
            error: None,
            previous: None,
            theme,
        }
    }

    /// Ask who reviews `claim`, the field holding `default` (the reviewer at the desk).
    pub fn assign(claim: &ClaimCore, default: &str, theme: Theme) -> Prompt {
        let mut p = Prompt::new(PromptKind::Assign, claim, &claim.text, theme);
        let prefill = claim.assignee.as_deref().unwrap_or(default);
        p.field = line_field(prefill, strings::PROMPT_ASSIGN_PLACEHOLDER, theme);
        p.prefill = one_line(prefill).into_owned();
        p.previous = claim.assignee.clone();
        p
    }

    /// Ask for the span of a claim to add to `article` (titled `title`).
    pub fn add_claim(article: i64, title: &str, theme: Theme) -> Prompt {
        Prompt {
            kind: PromptKind::AddClaim,
            claim: 0,
            article: Some(article),
            version: None,
            context: strings::claim_add_in(&ellipsize(&one_line(title), 48)),
            field: line_field("", strings::CLAIM_ADD_PLACEHOLDER, theme),
            prefill: String::new(),
            error: None,
            previous: None,
            theme,
        }
    }

    /// Whether the field holds text other than what it opened with.
    pub fn typed_text(&self) -> bool {
        self.field.lines().join(" ").trim() != self.prefill.trim()
    }

    pub fn mode(&self) -> Mode {
        Mode::Prompt
    }

    pub fn text(&self) -> String {
        line_text(&self.field)
    }

    pub fn update(&mut self, action: Action) {
        if edit_line(&mut self.field, action) {
            self.error = None;
        }
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, keymap: &Keymap) {
        let theme = self.theme;
        let (title, label) = match self.kind {
            PromptKind::Dismiss => (strings::PROMPT_DISMISS, strings::PROMPT_DISMISS_LABEL),
            PromptKind::Edit => (strings::PROMPT_EDIT, strings::PROMPT_EDIT_LABEL),
            PromptKind::Split => (strings::PROMPT_SPLIT, strings::PROMPT_SPLIT_LABEL),
            PromptKind::AddClaim => (strings::CLAIM_ADD, strings::CLAIM_ADD_LABEL),
            PromptKind::Assign => (strings::PROMPT_ASSIGN, strings::PROMPT_ASSIGN_LABEL),
        };
        let popup = super::centered(area, 80, 10);
        let title = match self.article {
            Some(_) => title.to_string(),
            None => format!("{title} · claim #{}", self.claim),
        };
        let inner = frame(popup, buf, title, theme);
        let [context, _, field, error, hints] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(2),
            Constraint::Length(1),
        ])
        .areas(inner);
        Paragraph::new(Span::styled(self.context.as_str(), theme.dim()))
            .wrap(Wrap { trim: true })
            .render(context, buf);
        let [l, input] =
            Layout::horizontal([Constraint::Length(9), Constraint::Fill(1)]).areas(field);
        Span::styled(format!("›{label:<7} "), theme.field(true)).render(l, buf);
        self.field.render(input, buf);
        if let Some(e) = &self.error {
            Paragraph::new(Span::styled(sanitize(e, false), theme.error()))
                .wrap(Wrap { trim: true })
                .render(error, buf);
        }
        hint_line(keymap, self.mode(), theme, hints.width).render(hints, buf);
    }
}

impl Component for Prompt {
    fn handle(&mut self, action: Action) -> Reply {
        match action {
            Action::Cancel => Reply::Close,
            Action::Submit => {
                let text = self.text();
                let text = text.trim();
                // An empty assignee is nobody; every other prompt needs words.
                if text.is_empty() && self.kind != PromptKind::Assign {
                    self.error = Some(strings::PROMPT_EMPTY.into());
                    return Reply::Consumed;
                }
                let (claim, version) = (self.claim, self.version);
                Reply::Submit(match self.kind {
                    PromptKind::Dismiss => Request::Dismiss {
                        claim,
                        version,
                        reason: text.to_string(),
                    },
                    PromptKind::Edit => Request::Edit {
                        claim,
                        text: text.to_string(),
                        version,
                    },
                    PromptKind::AddClaim => Request::Write(Effect::AddClaim {
                        article: self.article.unwrap_or_default(),
                        quote: text.to_string(),
                    }),
                    PromptKind::Assign => Request::Write(Effect::Assign {
                        claim,
                        to: (!text.is_empty()).then(|| text.to_string()),
                        previous: self.previous.clone(),
                        expected_version: version,
                    }),
                    PromptKind::Split => Request::Write(Effect::Split {
                        claim,
                        at: text.to_string(),
                        expected_version: version,
                    }),
                })
            }
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

claim_form_popup!(Prompt);
