//! Popups: each takes the keyboard (its own key mode) while it is open, and draws over the screen.

/// The `Popup` side of a form on one claim (source, verdict, prompt, confirmation): a refused
/// write shows as its error line, and after a stale read it writes against the version read again.
macro_rules! claim_form_popup {
    ($form:ty) => {
        impl crate::tui::component::Popup for $form {
            fn mode(&self) -> crate::tui::keymap::Mode {
                <$form>::mode(self)
            }

            fn refused(&mut self, sentence: String, version: Option<i64>) -> bool {
                self.error = Some(sentence);
                if version.is_some() {
                    self.version = version;
                }
                true
            }

            fn typed_text(&self) -> bool {
                <$form>::typed_text(self)
            }

            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
        }
    };
}

pub mod command;
pub mod confirm;
pub mod dismiss;
pub mod findings;
pub mod help;
pub mod log;
pub mod overview;
pub mod picker;
pub mod prompt;
pub mod source;
pub mod verdict;

use super::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, BorderType, Clear, Widget};
use ratatui_textarea::{CursorMove, TextArea};

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

/// Clear `popup`, draw its double frame with `title`, and return the inside.
pub fn frame(popup: Rect, buf: &mut Buffer, title: String, theme: Theme) -> Rect {
    Clear.render(popup, buf);
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.border(true))
        .title(Span::styled(format!(" {title} "), theme.title(true)));
    let inner = block.inner(popup);
    block.render(popup, buf);
    inner
}

/// A one-line text field, focused, holding `text` with the cursor at its end.
pub fn line_field(text: &str, placeholder: &str, theme: Theme) -> TextArea<'static> {
    let mut t = TextArea::new(vec![super::text::one_line(text).into_owned()]);
    t.set_placeholder_text(placeholder);
    t.set_placeholder_style(theme.placeholder());
    t.set_cursor_line_style(Style::default());
    t.set_cursor_style(theme.cursor());
    t.move_cursor(CursorMove::End);
    t
}

/// Type a key or a paste into a one-line field: control characters and line breaks never land.
pub fn edit_line(field: &mut TextArea<'static>, action: super::action::Action) -> bool {
    use super::action::Action;
    use ratatui::crossterm::event::KeyCode;
    match action {
        Action::Edit(key) => {
            if let KeyCode::Char(c) = key.code
                && c.is_control()
            {
                return false;
            }
            if matches!(key.code, KeyCode::Enter) {
                return false;
            }
            field.input(key);
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
            true
        }
        Action::Paste(text) => {
            field.insert_str(super::text::one_line(&text));
            true
        }
        _ => false,
    }
}

pub use crate::tui::widgets::line_text;
