//! A list to pick one item from: the evidence to remove, the article to show, a precedent to
//! reuse (`d` dismisses the highlighted precedent, remembered).

use super::frame;
use crate::tui::action::Action;
use crate::tui::component::{Component, Popup, Reply, Request};
use crate::tui::ctx::Ctx;
use crate::tui::effects::Effect;
use crate::tui::keymap::{Keymap, Mode};
use crate::tui::text::one_line;
use crate::tui::theme::Theme;
use crate::tui::widgets::{ellipsize, hint_line};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub use crate::tui::state::PickKind;

pub struct Picker {
    pub kind: PickKind,
    pub title: String,
    /// What each item is shown as, and its id.
    pub items: Vec<(String, i64)>,
    pub index: usize,
    theme: Theme,
}

impl Picker {
    pub fn new(kind: PickKind, title: String, items: Vec<(String, i64)>, theme: Theme) -> Picker {
        Picker {
            kind,
            title,
            items,
            index: 0,
            theme,
        }
    }

    pub fn mode(&self) -> Mode {
        Mode::Picker
    }

    pub fn picked(&self) -> Option<i64> {
        self.items.get(self.index).map(|(_, id)| *id)
    }

    pub fn update(&mut self, action: Action) {
        let last = self.items.len().saturating_sub(1);
        match action {
            Action::Down => self.index = (self.index + 1).min(last),
            Action::Up => self.index = self.index.saturating_sub(1),
            Action::First => self.index = 0,
            Action::Last => self.index = last,
            _ => {}
        }
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, keymap: &Keymap) {
        let theme = self.theme;
        let height = (self.items.len() as u16).saturating_add(3).clamp(5, 22);
        let popup = super::centered(area, 80, height);
        let inner = frame(popup, buf, self.title.clone(), theme);
        let [list, hints] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
        let visible = list.height as usize;
        let skip = (self.index + 1).saturating_sub(visible);
        for (row, (i, (text, _))) in self
            .items
            .iter()
            .enumerate()
            .skip(skip)
            .take(visible)
            .enumerate()
        {
            let rect = Rect::new(list.x, list.y + row as u16, list.width, 1);
            let shown = ellipsize(&one_line(text), usize::from(list.width.saturating_sub(2)));
            if i == self.index {
                buf.set_style(rect, theme.selected(true));
                Line::from(vec![Span::raw("›"), Span::raw(shown)]).render(rect, buf);
            } else {
                Line::from(vec![Span::raw(" "), Span::raw(shown)]).render(rect, buf);
            }
        }
        hint_line(keymap, self.mode(), theme, hints.width).render(hints, buf);
    }
}

impl Component for Picker {
    fn handle(&mut self, action: Action) -> Reply {
        match action {
            Action::Cancel => Reply::Close,
            Action::Submit => match self.picked() {
                Some(id) => Reply::Submit(Request::Picked(self.kind, id)),
                None => Reply::Close,
            },
            Action::Dismiss => match (self.kind, self.picked()) {
                (PickKind::Precedent { claim, .. }, Some(precedent)) => {
                    Reply::Submit(Request::Write(Effect::DismissPrecedent {
                        claim,
                        precedent,
                    }))
                }
                _ => Reply::Consumed,
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

impl Popup for Picker {
    fn mode(&self) -> Mode {
        Picker::mode(self)
    }

    fn wheel_scrolls(&self) -> bool {
        true
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
