//! Popups: each takes the keyboard (its own key mode) while it is open, and draws over the screen.

pub mod help;
pub mod source;
pub mod verdict;

use ratatui::layout::Rect;

/// A rectangle of at most `width` x `height`, centred in `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}
