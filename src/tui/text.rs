//! Text made safe for the terminal, and the article laid out in lines: sanitized once, graphemes
//! measured once, wrapped once per width.

use ratatui::buffer::CellWidth;
use ratatui::style::Style;
use ratatui::text::Span;
use std::ops::Range;

pub use crate::safe::{one_line, sanitize};

/// `edited` is what a reviewer made of `one_line(original)`, the original as a one-line field
/// shows it (same character count, control characters as glyphs). The characters before and
/// after the part the reviewer changed are taken from `original`, so an edit never turns the
/// untouched stored text into its placeholders.
pub fn restore_untouched(original: &str, edited: &str) -> String {
    let shown: Vec<char> = one_line(original).chars().collect();
    let raw: Vec<char> = original.chars().collect();
    let new: Vec<char> = edited.chars().collect();
    if shown.len() != raw.len() {
        return edited.to_string();
    }
    let prefix = shown.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let suffix = shown[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let mut out: String = raw[..prefix].iter().collect();
    out.extend(&new[prefix..new.len() - suffix]);
    out.extend(&raw[raw.len() - suffix..]);
    out
}

/// A grapheme of the article: where it starts (in characters), how many characters, how wide.
#[derive(Debug, Clone, Copy)]
struct Grapheme {
    start: usize,
    chars: u32,
    width: u16,
    space: bool,
}

/// The graphemes of one input line, read by index.
trait Graphemes {
    fn count(&self) -> usize;
    fn get(&self, i: usize) -> Grapheme;
    /// The index of the first grapheme that starts at or after character `pos`.
    fn first_from(&self, pos: usize) -> usize;
}

impl Graphemes for [Grapheme] {
    fn count(&self) -> usize {
        self.len()
    }
    fn get(&self, i: usize) -> Grapheme {
        self[i]
    }
    fn first_from(&self, pos: usize) -> usize {
        self.partition_point(|g| g.start < pos)
    }
}

/// A line of printable ASCII (the sanitized text has no control characters left): every byte is
/// a grapheme one cell wide, so none is stored.
struct Ascii<'a> {
    start: usize,
    bytes: &'a [u8],
}

impl Graphemes for Ascii<'_> {
    fn count(&self) -> usize {
        self.bytes.len()
    }
    fn get(&self, i: usize) -> Grapheme {
        Grapheme {
            start: self.start + i,
            chars: 1,
            width: 1,
            space: self.bytes[i] == b' ',
        }
    }
    fn first_from(&self, pos: usize) -> usize {
        pos.saturating_sub(self.start).min(self.bytes.len())
    }
}

/// An input line (split at '\n'): its characters, where its bytes start, and its graphemes
/// (None: the line is ASCII, one grapheme per byte).
#[derive(Debug, Clone)]
struct Paragraph {
    chars: Range<usize>,
    byte: usize,
    graphemes: Option<Vec<Grapheme>>,
}

/// The article text, ready to lay out: sanitized (same character count as stored), with the byte
/// position of every character (none kept for an ASCII text) and the graphemes of each non-ASCII
/// paragraph line.
#[derive(Debug, Clone)]
pub struct ArticleText {
    text: String,
    /// Byte offset of each character, plus the length at the end; None when the text is ASCII
    /// (a character's byte offset is its index).
    bytes: Option<Vec<usize>>,
    /// Per input line (split at '\n').
    lines: Vec<Paragraph>,
}

impl ArticleText {
    pub fn new(raw: &str) -> ArticleText {
        ArticleText::from_string(raw.to_string())
    }

    /// As `new`, reusing `raw`'s buffer when it needs no sanitizing.
    pub fn from_string(raw: String) -> ArticleText {
        ArticleText::build(raw, true)
    }

    /// `ascii`: ASCII lines (and an ASCII text) go without grapheme and byte tables (false only
    /// in tests, to check the two ways agree).
    fn build(raw: String, ascii: bool) -> ArticleText {
        let owned = match sanitize(&raw, true) {
            std::borrow::Cow::Owned(s) => Some(s),
            std::borrow::Cow::Borrowed(_) => None,
        };
        let text = owned.unwrap_or(raw);
        let bytes = if ascii && text.is_ascii() {
            None
        } else {
            let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
            bytes.push(text.len());
            Some(bytes)
        };
        let mut lines = Vec::new();
        let mut char_pos = 0;
        let mut byte = 0;
        for line in text.split('\n') {
            if ascii && line.is_ascii() {
                let n = line.len();
                lines.push(Paragraph {
                    chars: char_pos..char_pos + n,
                    byte,
                    graphemes: None,
                });
                char_pos += n + 1;
                byte += line.len() + 1;
                continue;
            }
            let mut graphemes = Vec::new();
            let mut pos = char_pos;
            // styled_graphemes drops nothing here: the text has no control characters left.
            for g in Span::raw(line).styled_graphemes(Style::default()) {
                let chars = g.symbol.chars().count();
                graphemes.push(Grapheme {
                    start: pos,
                    chars: chars as u32,
                    width: g.symbol.cell_width(),
                    space: g.symbol.chars().all(char::is_whitespace),
                });
                pos += chars;
            }
            lines.push(Paragraph {
                chars: char_pos..pos,
                byte,
                graphemes: Some(graphemes),
            });
            char_pos = pos + 1;
            byte += line.len() + 1;
        }
        ArticleText { text, bytes, lines }
    }

    /// Length in characters.
    pub fn len(&self) -> usize {
        match &self.bytes {
            Some(b) => b.len() - 1,
            None => self.text.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn byte(&self, char: usize) -> usize {
        match &self.bytes {
            Some(b) => b[char],
            None => char,
        }
    }

    /// The characters `range` (clamped to the text).
    pub fn slice(&self, range: Range<usize>) -> &str {
        let end = range.end.min(self.len());
        let start = range.start.min(end);
        &self.text[self.byte(start)..self.byte(end)]
    }

    /// Lay the text out in lines at most `width` cells wide, breaking at spaces where it can.
    /// Each line is a range of characters.
    pub fn wrap(&self, width: u16) -> Vec<Range<usize>> {
        let width = width.max(1);
        let mut out = Vec::new();
        for p in &self.lines {
            match &p.graphemes {
                Some(gs) => wrap_line(gs.as_slice(), p.chars.start, width, &mut out),
                None => {
                    let bytes = &self.text.as_bytes()[p.byte..p.byte + p.chars.len()];
                    let gs = Ascii {
                        start: p.chars.start,
                        bytes,
                    };
                    wrap_line(&gs, p.chars.start, width, &mut out)
                }
            }
        }
        out
    }
}

/// Wrap one input line's graphemes `gs` (starting at character `first`) into `out`.
fn wrap_line<G: Graphemes + ?Sized>(gs: &G, first: usize, width: u16, out: &mut Vec<Range<usize>>) {
    let n = gs.count();
    if n == 0 {
        out.push(first..first);
        return;
    }
    let mut start = 0; // grapheme index where the current line starts
    let mut used: u16 = 0;
    let mut brk: Option<usize> = None; // grapheme index after the last space on the line
    let mut i = 0;
    while i < n {
        let g = gs.get(i);
        if used.saturating_add(g.width) > width && i > start {
            if g.space {
                // The line ends here; the spaces vanish into the break.
                out.push(line_range(gs, start, i));
                while i < n && gs.get(i).space {
                    i += 1;
                }
            } else if let Some(b) = brk.filter(|&b| b > start) {
                out.push(line_range(gs, start, b));
                i = b;
            } else {
                out.push(line_range(gs, start, i));
            }
            start = i;
            used = 0;
            brk = None;
            continue;
        }
        used = used.saturating_add(g.width);
        if g.space {
            brk = Some(i + 1);
        }
        i += 1;
    }
    if start < n {
        out.push(line_range(gs, start, n));
    }
}

impl ArticleText {
    /// The character under column `column` of a wrapped `line` (a range `wrap` gave), as the
    /// pane draws it: None past the line's end.
    pub fn offset_at(&self, line: Range<usize>, column: u16) -> Option<usize> {
        let p = self
            .lines
            .partition_point(|p| p.chars.start <= line.start)
            .checked_sub(1)?;
        let p = &self.lines[p];
        match &p.graphemes {
            Some(gs) => column_in(gs.as_slice(), line, column),
            None => {
                let bytes = &self.text.as_bytes()[p.byte..p.byte + p.chars.len()];
                let gs = Ascii {
                    start: p.chars.start,
                    bytes,
                };
                column_in(&gs, line, column)
            }
        }
    }
}

fn column_in<G: Graphemes + ?Sized>(gs: &G, line: Range<usize>, column: u16) -> Option<usize> {
    let mut used: u16 = 0;
    for i in gs.first_from(line.start)..gs.count() {
        let g = gs.get(i);
        if g.start >= line.end {
            break;
        }
        used = used.saturating_add(g.width);
        if column < used {
            return Some(g.start);
        }
    }
    None
}

/// Characters of graphemes `from..to` (`to > from`), without trailing spaces.
fn line_range<G: Graphemes + ?Sized>(gs: &G, from: usize, mut to: usize) -> Range<usize> {
    while to > from + 1 && gs.get(to - 1).space {
        to -= 1;
    }
    let last = gs.get(to - 1);
    gs.get(from).start..last.start + last.chars as usize
}

/// A wrapped article, kept for one width.
#[derive(Debug, Clone, Default)]
pub struct Wrapped {
    pub article: i64,
    pub width: u16,
    pub lines: Vec<Range<usize>>,
}

impl Wrapped {
    /// The line holding character `pos` (or the last line before it).
    pub fn line_of(&self, pos: usize) -> usize {
        self.lines
            .partition_point(|l| l.start <= pos)
            .saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn an_edit_keeps_the_stored_characters_it_did_not_touch() {
        let original = "Line one\nwith \u{1b} escape, line two";
        let shown = one_line(original).into_owned();
        // Nothing changed: the original comes back whole.
        assert_eq!(restore_untouched(original, &shown), original);
        // A word changed at the end: the newline and ESC before it are kept.
        let edited = shown.replace("line two", "line 2");
        assert_eq!(
            restore_untouched(original, &edited),
            "Line one\nwith \u{1b} escape, line 2"
        );
        // The part the reviewer rewrote is theirs, glyphs and all.
        assert_eq!(restore_untouched("a\u{1b}b", "xyz"), "xyz");
    }
    use super::*;

    #[test]
    fn escapes_become_visible_with_the_same_length() {
        let s = "a\u{1b}[31mred\u{7}\u{9b}x\ty\r\nz";
        let clean = sanitize(s, true);
        assert_eq!(clean.chars().count(), s.chars().count());
        assert_eq!(clean, "a␛[31mred␇\u{FFFD}x y␍\nz");
        assert!(!clean.chars().any(|c| c.is_control() && c != '\n'));
        assert_eq!(one_line("a\nb"), "a b");
        assert!(matches!(
            sanitize("plain", false),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn wraps_at_spaces_and_keeps_offsets() {
        let t = ArticleText::new("one two three\n\nfour");
        let lines = t.wrap(8);
        let shown: Vec<&str> = lines.iter().map(|r| t.slice(r.clone())).collect();
        assert_eq!(shown, ["one two", "three", "", "four"]);
    }

    #[test]
    fn long_words_break_and_wide_characters_count_double() {
        let t = ArticleText::new("abcdefghij 漢字漢字漢字");
        let lines = t.wrap(4);
        let shown: Vec<&str> = lines.iter().map(|r| t.slice(r.clone())).collect();
        assert_eq!(shown, ["abcd", "efgh", "ij", "漢字", "漢字", "漢字"]);
        for w in 1..6 {
            for l in t.wrap(w) {
                let width: u16 = t.slice(l).cell_width();
                assert!(width <= w.max(2), "{width} > {w}");
            }
        }
    }

    #[test]
    fn columns_map_back_to_characters() {
        let t = ArticleText::new("ab 漢字 cd\nxyz");
        let lines = t.wrap(20);
        assert_eq!(t.offset_at(lines[0].clone(), 0), Some(0));
        assert_eq!(t.offset_at(lines[0].clone(), 3), Some(3));
        assert_eq!(
            t.offset_at(lines[0].clone(), 4),
            Some(3),
            "both cells of 漢"
        );
        assert_eq!(t.offset_at(lines[0].clone(), 5), Some(4));
        assert_eq!(t.offset_at(lines[0].clone(), 8), Some(6));
        assert_eq!(t.offset_at(lines[0].clone(), 9), Some(7));
        assert_eq!(t.offset_at(lines[0].clone(), 10), None, "past the end");
        assert_eq!(t.offset_at(lines[1].clone(), 1), Some(10));
        let narrow = t.wrap(4);
        let second = narrow[1].clone();
        assert_eq!(t.offset_at(second.clone(), 0), Some(second.start));
    }

    #[test]
    fn ascii_lines_lay_out_as_measured_graphemes_do() {
        let texts = [
            "the agency said that revenue rose 7 percent  and   more\n\nx\n",
            "a\tb\u{1b}c  d \n averyveryverylongwordthatbreaks here\n  lead",
            "ascii line one two three\nnon ascii é 漢字 line\nascii again and again",
            "",
            "\n\n",
            " ",
        ];
        for raw in texts {
            let fast = ArticleText::build(raw.to_string(), true);
            let slow = ArticleText::build(raw.to_string(), false);
            assert_eq!(fast.len(), slow.len());
            assert_eq!(fast.len(), raw.chars().count());
            for w in 0..30 {
                let lines = fast.wrap(w);
                assert_eq!(lines, slow.wrap(w), "{raw:?} at {w}");
                for l in &lines {
                    assert_eq!(fast.slice(l.clone()), slow.slice(l.clone()));
                    for c in 0..w + 2 {
                        assert_eq!(
                            fast.offset_at(l.clone(), c),
                            slow.offset_at(l.clone(), c),
                            "{raw:?} at {w}, column {c} of {l:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn line_of_finds_the_line() {
        let t = ArticleText::new("aaa bbb ccc");
        let w = Wrapped {
            article: 1,
            width: 3,
            lines: t.wrap(3),
        };
        assert_eq!(w.line_of(0), 0);
        assert_eq!(w.line_of(5), 1);
        assert_eq!(w.line_of(10), 2);
    }
}
