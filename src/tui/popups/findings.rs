//! The findings of an article (key `C`): each finding's severity, kind and why, the selected
//! one's arithmetic and values; Enter goes to its first claim, `d` dismisses it (remembered).

use super::frame;
use crate::desk::Checked;
use crate::tui::action::Action;
use crate::tui::component::{Component, Popup, Reply, Request};
use crate::tui::ctx::Ctx;
use crate::tui::effects::Effect;
use crate::tui::keymap::{Keymap, Mode};
use crate::tui::state::Command;
use crate::tui::strings;
use crate::tui::text::one_line;
use crate::tui::theme::Theme;
use crate::tui::widgets::{ellipsize, hint_line};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

pub struct Findings {
    pub article: i64,
    /// The findings shown: open ones first, then dismissed and consistent ones.
    pub items: Vec<Checked>,
    pub index: usize,
    theme: Theme,
}

impl Findings {
    pub fn new(article: i64, mut items: Vec<Checked>, index: usize, theme: Theme) -> Findings {
        items.sort_by_key(|c| (!c.is_open(), c.finding.severity));
        let index = index.min(items.len().saturating_sub(1));
        Findings {
            article,
            items,
            index,
            theme,
        }
    }

    pub fn mode(&self) -> Mode {
        Mode::Findings
    }

    pub fn selected(&self) -> Option<&Checked> {
        self.items.get(self.index)
    }

    fn label(c: &Checked) -> String {
        format!(
            "{:<13} {:<9} {}{}",
            c.finding.severity.as_str(),
            c.finding.kind.as_str(),
            if c.dismissed { "(dismissed) " } else { "" },
            c.finding.why
        )
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, keymap: &Keymap) {
        let theme = self.theme;
        let height = (self.items.len() as u16).saturating_add(9).clamp(8, 26);
        let popup = super::centered(area, 100, height);
        let title = strings::findings_title(self.items.iter().filter(|c| c.is_open()).count());
        let inner = frame(popup, buf, title, theme);
        let [list, detail, hints] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(5),
            Constraint::Length(1),
        ])
        .areas(inner);
        if self.items.is_empty() {
            Line::from(strings::NO_FINDINGS).render(list, buf);
        }
        let visible = list.height as usize;
        let skip = (self.index + 1).saturating_sub(visible);
        for (row, (i, c)) in self
            .items
            .iter()
            .enumerate()
            .skip(skip)
            .take(visible)
            .enumerate()
        {
            let rect = Rect::new(list.x, list.y + row as u16, list.width, 1);
            let shown = ellipsize(
                &one_line(&Self::label(c)),
                usize::from(list.width.saturating_sub(2)),
            );
            if i == self.index {
                buf.set_style(rect, theme.selected(true));
                Line::from(vec![Span::raw("›"), Span::raw(shown)]).render(rect, buf);
            } else {
                Line::from(vec![Span::raw(" "), Span::raw(shown)]).render(rect, buf);
            }
        }
        if let Some(c) = self.selected() {
            let f = &c.finding;
            let claims = f
                .claims
                .iter()
                .map(|c| format!("#{c}"))
                .collect::<Vec<_>>()
                .join(" ");
            let values = f
                .values
                .iter()
                .map(|v| format!("\"{}\"", one_line(v)))
                .collect::<Vec<_>>()
                .join(", ");
            let text = vec![
                Line::from(one_line(&f.arithmetic).into_owned()),
                Line::from(format!("{} {claims} · {}", strings::FINDING_CLAIMS, f.key)),
                Line::from(values),
            ];
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .render(detail, buf);
        }
        hint_line(keymap, self.mode(), theme, hints.width).render(hints, buf);
    }
}

impl Component for Findings {
    fn handle(&mut self, action: Action) -> Reply {
        let last = self.items.len().saturating_sub(1);
        match action {
            Action::Cancel | Action::CheckFindings => Reply::Close,
            Action::Down => {
                self.index = (self.index + 1).min(last);
                Reply::Consumed
            }
            Action::Up => {
                self.index = self.index.saturating_sub(1);
                Reply::Consumed
            }
            Action::First => {
                self.index = 0;
                Reply::Consumed
            }
            Action::Last => {
                self.index = last;
                Reply::Consumed
            }
            Action::Submit => match self.selected().and_then(|c| c.finding.claims.first()) {
                Some(id) => Reply::Submit(Request::Command(Command::Goto(id.to_string()))),
                None => Reply::Close,
            },
            Action::Dismiss => match self.selected() {
                Some(c) if !c.dismissed && c.finding.is_open_problem() => {
                    Reply::Submit(Request::Write(Effect::DismissFinding {
                        article: self.article,
                        key: c.finding.key.clone(),
                        index: self.index,
                    }))
                }
                _ => Reply::Consumed,
            },
            _ => Reply::Consumed,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        self.draw(area, buf, ctx.keymap);
    }
}

impl Popup for Findings {
    fn mode(&self) -> Mode {
        Findings::mode(self)
    }

    fn wheel_scrolls(&self) -> bool {
        true
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
