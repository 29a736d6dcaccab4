//! The three panes: the claim list, the article and the claim's detail. One file each.

pub mod article;
pub mod detail;
pub mod list;

use super::theme::Theme;
use crate::model::Scale;
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

/// The glyphs of the list's verdict column, by the rating's place on the scale (best first): a
/// scale's ratings each get their own; the colour comes from the scale. Past the last one, the
/// rating's first letter.
pub const VERDICT_GLYPHS: [char; 12] = ['✓', '◕', '◑', '◔', '✗', '~', '?', '◇', '□', '△', '▽', '◊'];

/// The one glyph the list shows for a rating; the detail and the legend give its full name.
pub fn verdict_glyph(scale: &Scale, rating: &str) -> char {
    scale
        .ratings
        .iter()
        .position(|r| r == rating)
        .and_then(|i| VERDICT_GLYPHS.get(i).copied())
        .or_else(|| rating.chars().next())
        .unwrap_or(' ')
}

/// The legend of the verdict column: "✓ true  ◕ mostly-true …".
pub fn verdict_legend(scale: &Scale) -> String {
    scale
        .ratings
        .iter()
        .map(|r| format!("{} {r}", verdict_glyph(scale, r)))
        .collect::<Vec<_>>()
        .join("  ")
}

/// A claim's score as a bar of `cells` cells in eighths: the filled part and the empty track
/// ("██▌" and "·"). A score outside 0..=1 is clamped; any score above zero shows at least an
/// eighth.
pub fn score_bar(score: f32, cells: usize) -> (String, String) {
    const PARTS: [char; 7] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let score = if score.is_nan() {
        0.0
    } else {
        score.clamp(0.0, 1.0)
    };
    let mut eighths = (score * (cells * 8) as f32).round() as usize;
    if score > 0.0 {
        eighths = eighths.max(1);
    }
    let (full, part) = (eighths / 8, eighths % 8);
    let mut filled = "█".repeat(full);
    if let Some(c) = part.checked_sub(1).map(|i| PARTS[i]) {
        filled.push(c);
    }
    let used = full + usize::from(part > 0);
    (filled, "·".repeat(cells - used))
}

#[cfg(test)]
mod tests {
    use super::{score_bar, verdict_glyph};
    use crate::model::Scale;

    #[test]
    fn every_rating_of_the_default_scale_has_its_own_glyph() {
        let scale = Scale::default();
        let glyphs: std::collections::HashSet<char> = scale
            .ratings
            .iter()
            .map(|r| verdict_glyph(&scale, r))
            .collect();
        assert_eq!(glyphs.len(), scale.ratings.len());
        assert_eq!(verdict_glyph(&scale, "true"), '✓');
        assert_eq!(verdict_glyph(&scale, "false"), '✗');
    }

    #[test]
    fn score_bars_fill_in_eighths() {
        let bar = |s| {
            let (a, b) = score_bar(s, 4);
            format!("{a}{b}")
        };
        assert_eq!(bar(0.0), "····");
        assert_eq!(bar(1.0), "████");
        assert_eq!(bar(0.5), "██··");
        assert_eq!(bar(0.55), "██▎·");
        assert_eq!(bar(0.01), "▏···");
        assert_eq!(bar(7.0), "████");
        assert_eq!(bar(-1.0), "····");
        assert_eq!(bar(f32::NAN), "····");
        for i in 0..=100 {
            assert_eq!(bar(i as f32 / 100.0).chars().count(), 4);
        }
    }
}
