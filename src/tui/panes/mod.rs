//! The three panes: the claim list, the article and the claim's detail. One file each.

pub mod article;
pub mod detail;
pub mod list;

use super::theme::Theme;
use ratatui::text::Span;
use ratatui::widgets::{Block, BorderType};

/// A pane's frame: a heavy, highlighted border when it has focus.
pub fn frame<'a>(title: Vec<Span<'a>>, focused: bool, theme: Theme) -> Block<'a> {
    let mut spans = vec![Span::raw(" ")];
    spans.extend(title);
    spans.push(Span::raw(" "));
    Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(theme.border(focused))
        .title(ratatui::text::Line::from(spans))
}

/// A short form of a rating for the list's badge column: "mostly-false" → "m-false".
pub fn badge(rating: &str) -> String {
    const WIDTH: usize = 7;
    let short = if rating.chars().count() <= WIDTH {
        rating.to_string()
    } else if let Some((first, rest)) = rating.split_once('-') {
        let initial: String = first.chars().take(1).collect();
        format!("{initial}-{rest}")
    } else {
        rating.to_string()
    };
    let short: String = short.chars().take(WIDTH).collect();
    format!("{short:^WIDTH$}")
}
