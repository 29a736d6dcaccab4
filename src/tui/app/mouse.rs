//! The mouse: where the panes are on screen, clicks and the wheel.

use super::App;
use crate::tui::action::Action;
use crate::tui::state::Focus;
use crate::tui::state::ListRow;
use crate::tui::state::NO_CLAIM;
use crate::tui::state::claim_mark;
use crate::tui::view;
use ratatui::layout::Rect;

impl App {
    pub(super) fn screen(&self) -> Option<view::Screen> {
        view::layout(Rect::new(0, 0, self.size.0, self.size.1), self.bottom)
    }

    pub(super) fn pane_rect(&self, pane: Focus) -> Option<Rect> {
        let screen = self.screen()?;
        let rect = match pane {
            Focus::List => Some(screen.list),
            Focus::Article => screen.article.or(screen.bottom),
            Focus::Detail => screen.detail.or(screen.bottom),
        }?;
        Some(view::inner(rect))
    }

    pub(super) fn pane_height(&self, pane: Focus) -> usize {
        self.pane_rect(pane).map_or(1, |r| r.height as usize).max(1)
    }

    pub(super) fn pane_width(&self, pane: Focus) -> u16 {
        self.pane_rect(pane).map_or(1, |r| r.width).max(1)
    }

    /// The pane under a point of the screen.
    pub(super) fn pane_at(&self, x: u16, y: u16) -> Option<Focus> {
        let screen = self.screen()?;
        let inside = |r: Rect| x >= r.x && x < r.right() && y >= r.y && y < r.bottom();
        if inside(screen.list) {
            Some(Focus::List)
        } else if screen.article.is_some_and(inside) {
            Some(Focus::Article)
        } else if screen.detail.is_some_and(inside) {
            Some(Focus::Detail)
        } else {
            None
        }
    }

    /// A click: on the list or the article, select the claim under it; on a pane, focus it.
    pub(super) fn click(&mut self, x: u16, y: u16) {
        if self.help.is_some() || self.popup.is_some() {
            return;
        }
        let Some(pane) = self.pane_at(x, y) else {
            return;
        };
        self.set_focus(pane);
        if pane == Focus::Article {
            return self.click_article(x, y);
        }
        if pane != Focus::List {
            return;
        }
        let Some(inner) = self.pane_rect(Focus::List) else {
            return;
        };
        if y < inner.y || y >= inner.bottom() {
            return;
        }
        let ctx = self.ctx();
        let row = ctx.list_offset(inner.height as usize) + usize::from(y - inner.y);
        if let Some(ListRow::Claim(i)) = ctx.display_row(row)
            && i != self.selected
        {
            self.select(i);
        }
    }

    /// A click in the article: the claim under the pointer is selected (the filters cleared if
    /// they hide it), and the article stays where it was scrolled.
    pub(super) fn click_article(&mut self, x: u16, y: u16) {
        let Some(inner) = self.pane_rect(Focus::Article) else {
            return;
        };
        let Some(article) = self.selected_row().map(|r| r.article_id) else {
            return;
        };
        if !inner.contains(ratatui::layout::Position::new(x, y)) || self.wrapped.article != article
        {
            return;
        }
        let height = inner.height as usize;
        let max = self.wrapped.lines.len().saturating_sub(height);
        let offset = self
            .article_scroll
            .unwrap_or_else(|| self.ctx().follow_offset(&self.wrapped, height))
            .min(max);
        let Some(line) = self.wrapped.lines.get(offset + usize::from(y - inner.y)) else {
            return;
        };
        let Some(view) = self.texts.get(&article) else {
            return;
        };
        let Some(at) = view.text.offset_at(line.clone(), x - inner.x) else {
            return;
        };
        let Some((row, _)) = claim_mark(view.marks.at(at).unwrap_or(NO_CLAIM)) else {
            return;
        };
        if Some(row as usize) == self.selected_index() {
            return;
        }
        self.select_row(row as usize);
        self.article_scroll = Some(offset);
    }

    /// The wheel: scroll the pane under the mouse (in a popup: its list).
    pub(super) fn wheel(&mut self, x: u16, y: u16, down: bool) {
        let delta: isize = if down { 3 } else { -3 };
        if self.help.is_some() || self.popup.is_some() {
            let action = if down { Action::Down } else { Action::Up };
            if self.help.is_some() || self.popup.as_ref().is_some_and(|p| p.wheel_scrolls()) {
                for _ in 0..3 {
                    self.reduce(action.clone());
                }
            }
            return;
        }
        // The list moves its selection a claim per notch; the text panes scroll three lines.
        if let Some(pane) = self.pane_at(x, y) {
            let by = if pane == Focus::List {
                delta.signum()
            } else {
                delta
            };
            self.step(pane, by);
        }
    }
}
