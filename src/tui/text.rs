//! Text made safe for the terminal, and the article laid out in lines: sanitized once, graphemes
//! measured once, wrapped once per width.

use ratatui::buffer::CellWidth;
use ratatui::style::Style;
use ratatui::text::Span;
use std::cell::Cell;
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
    /// When grapheme `i` is printable ASCII stored nowhere (one byte, one cell, one character):
    /// the bytes of the run of such graphemes from `i` on, so wrapping can take them in bulk.
    fn ascii_run(&self, i: usize) -> Option<&[u8]>;
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
    fn ascii_run(&self, i: usize) -> Option<&[u8]> {
        self.bytes.get(i..)
    }
}

/// A part of an input line whose graphemes are measured: a run of non-ASCII characters with
/// the character before and the one after it (or the whole line, in tests). Between two ASCII
/// characters (the sanitized text has no CR) there is always a grapheme break, so a stretch
/// breaks the same way alone as inside its line, and the printable ASCII between stretches is
/// one grapheme per byte, one cell wide, stored nowhere.
#[derive(Debug, Clone)]
struct Stretch {
    /// Characters of the article.
    chars: Range<usize>,
    /// Byte offset of its end in the article.
    byte_end: usize,
    /// Index (in its line) of its first grapheme.
    first: usize,
    /// Its graphemes, in the paragraph's `graphemes`.
    graphemes: Range<usize>,
}

/// An input line (split at '\n'): its characters, where its bytes start, its measured stretches
/// (none: the line is ASCII, one grapheme per byte) and how many graphemes it has.
#[derive(Debug, Clone)]
struct Paragraph {
    chars: Range<usize>,
    byte: usize,
    stretches: Vec<Stretch>,
    graphemes: Vec<Grapheme>,
    count: usize,
}

impl Paragraph {
    /// An ASCII line (no stretches) of the article `text`.
    fn ascii<'a>(&self, text: &'a str) -> Ascii<'a> {
        Ascii {
            start: self.chars.start,
            bytes: &text.as_bytes()[self.byte..self.byte + self.chars.len()],
        }
    }
}

/// A paragraph's graphemes with the text its ASCII gaps are read from; `at` remembers the
/// stretch the last look-up found, as wrapping reads the graphemes in order.
struct Line<'a> {
    p: &'a Paragraph,
    text: &'a [u8],
    /// Graphemes `lo..hi` have `k` stretches at or before them.
    at: Cell<(usize, usize, usize)>,
}

impl<'a> Line<'a> {
    fn new(p: &'a Paragraph, text: &'a [u8]) -> Line<'a> {
        Line {
            p,
            text,
            at: Cell::new((0, 0, 0)),
        }
    }

    /// How many stretches start at or before grapheme `i`.
    fn stretches_to(&self, i: usize) -> usize {
        let (lo, hi, k) = self.at.get();
        if lo <= i && i < hi {
            return k;
        }
        let ss = &self.p.stretches;
        // Wrapping moves a little forward, or back to the last space: look next door first.
        let (_, _, was) = self.at.get();
        let near = |k: usize| {
            if k > ss.len() {
                return None;
            }
            let lo = if k == 0 { 0 } else { ss[k - 1].first };
            let hi = ss.get(k).map_or(usize::MAX, |s| s.first);
            (lo <= i && i < hi).then_some(k)
        };
        let k = near(was + 1)
            .or_else(|| was.checked_sub(1).and_then(near))
            .unwrap_or_else(|| ss.partition_point(|s| s.first <= i));
        let lo = if k == 0 { 0 } else { ss[k - 1].first };
        let hi = ss.get(k).map_or(usize::MAX, |s| s.first);
        self.at.set((lo, hi, k));
        k
    }

    fn ascii(&self, char: usize, byte: usize) -> Grapheme {
        Grapheme {
            start: char,
            chars: 1,
            width: 1,
            space: self.text[byte] == b' ',
        }
    }
}

impl Graphemes for Line<'_> {
    fn count(&self) -> usize {
        self.p.count
    }

    fn get(&self, i: usize) -> Grapheme {
        let k = self.stretches_to(i);
        if k == 0 {
            return self.ascii(self.p.chars.start + i, self.p.byte + i);
        }
        let s = &self.p.stretches[k - 1];
        let past = s.first + s.graphemes.len();
        if i < past {
            self.p.graphemes[s.graphemes.start + i - s.first]
        } else {
            self.ascii(s.chars.end + (i - past), s.byte_end + (i - past))
        }
    }

    fn ascii_run(&self, i: usize) -> Option<&[u8]> {
        let k = self.stretches_to(i);
        let ss = &self.p.stretches;
        let end = ss.get(k).map_or(self.p.count, |s| s.first);
        let byte = if k == 0 {
            self.p.byte + i
        } else {
            let s = &ss[k - 1];
            let past = s.first + s.graphemes.len();
            if i < past {
                return None;
            }
            s.byte_end + (i - past)
        };
        self.text.get(byte..byte + end.checked_sub(i)?)
    }

    fn first_from(&self, pos: usize) -> usize {
        let ss = &self.p.stretches;
        let k = ss.partition_point(|s| s.chars.start <= pos);
        let i = if k == 0 {
            pos.saturating_sub(self.p.chars.start)
        } else {
            let s = &ss[k - 1];
            if pos < s.chars.end {
                let gs = &self.p.graphemes[s.graphemes.clone()];
                s.first + gs.partition_point(|g| g.start < pos)
            } else {
                s.first + s.graphemes.len() + (pos - s.chars.end)
            }
        };
        i.min(self.p.count)
    }
}

/// Characters between two entries of the byte offset table.
const STEP: usize = 64;

/// The article text, ready to lay out: sanitized (same character count as stored), with the byte
/// position of every 64th character (none kept for an ASCII text) and the measured stretches of
/// each non-ASCII paragraph line.
#[derive(Debug, Clone)]
pub struct ArticleText {
    text: String,
    /// Length in characters.
    chars: usize,
    /// Byte offset of characters 0, 64, 128, ...; None when the text is ASCII (a character's
    /// byte offset is its index).
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

    /// `ascii`: only the non-ASCII stretches of a line are measured, and an ASCII text goes
    /// without a byte table (false only in tests: every line is measured whole, to check the two
    /// ways agree).
    fn build(raw: String, ascii: bool) -> ArticleText {
        let owned = match sanitize(&raw, true) {
            std::borrow::Cow::Owned(s) => Some(s),
            std::borrow::Cow::Borrowed(_) => None,
        };
        let text = owned.unwrap_or(raw);
        let (chars, bytes) = if ascii && text.is_ascii() {
            (text.len(), None)
        } else {
            let mut bytes = Vec::new();
            let mut n = 0;
            for (b, _) in text.char_indices() {
                if n % STEP == 0 {
                    bytes.push(b);
                }
                n += 1;
            }
            (n, Some(bytes))
        };
        let mut lines = Vec::new();
        let mut char_pos = 0;
        let mut byte = 0;
        for line in text.split('\n') {
            let p = paragraph(line, char_pos, byte, ascii);
            char_pos = p.chars.end + 1;
            byte += line.len() + 1;
            lines.push(p);
        }
        ArticleText {
            text,
            chars,
            bytes,
            lines,
        }
    }

    /// Length in characters.
    pub fn len(&self) -> usize {
        self.chars
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn byte(&self, char: usize) -> usize {
        match &self.bytes {
            Some(b) if char < self.chars => {
                let from = b[char / STEP];
                self.text[from..]
                    .char_indices()
                    .nth(char % STEP)
                    .map_or(self.text.len(), |(o, _)| from + o)
            }
            Some(_) => self.text.len(),
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
            if p.stretches.is_empty() {
                wrap_line(&p.ascii(&self.text), p.chars.start, width, &mut out);
            } else {
                let gs = Line::new(p, self.text.as_bytes());
                wrap_line(&gs, p.chars.start, width, &mut out);
            }
        }
        out
    }
}

/// The input line `line`, starting at character `char` and byte `byte` of the article, with its
/// stretches measured (`ascii` false: the whole line as one stretch).
fn paragraph(line: &str, char: usize, byte: usize, ascii: bool) -> Paragraph {
    let b = line.as_bytes();
    let mut p = Paragraph {
        chars: char..char,
        byte,
        stretches: Vec::new(),
        graphemes: Vec::new(),
        count: 0,
    };
    let (mut bi, mut ci) = (0, 0); // byte and character in the line
    while bi < b.len() {
        if ascii {
            let skip = b[bi..]
                .iter()
                .position(|x| !x.is_ascii())
                .unwrap_or(b.len() - bi);
            bi += skip;
            ci += skip;
            p.count += skip;
            if bi == b.len() {
                break;
            }
        }
        // A stretch: from the ASCII character before the run (if any) to the one after it,
        // taking in the next run when only that character lies between.
        let (sb, sc) = if ascii && ci > 0 {
            (bi - 1, ci - 1)
        } else {
            (bi, ci)
        };
        if sc < ci {
            p.count -= 1;
        }
        loop {
            while bi < b.len() && (!ascii || !b[bi].is_ascii()) {
                bi += line[bi..].chars().next().map_or(1, char::len_utf8);
                ci += 1;
            }
            if bi < b.len() {
                bi += 1;
                ci += 1;
            }
            if bi == b.len() || b[bi].is_ascii() {
                break;
            }
        }
        let first_g = p.graphemes.len();
        let mut pos = char + sc;
        // styled_graphemes drops nothing here: the text has no control characters left.
        for g in Span::raw(&line[sb..bi]).styled_graphemes(Style::default()) {
            let chars = g.symbol.chars().count();
            p.graphemes.push(Grapheme {
                start: pos,
                chars: chars as u32,
                width: g.symbol.cell_width(),
                space: g.symbol.chars().all(char::is_whitespace),
            });
            pos += chars;
        }
        let n = p.graphemes.len() - first_g;
        p.stretches.push(Stretch {
            chars: char + sc..char + ci,
            byte_end: byte + bi,
            first: p.count,
            graphemes: first_g..first_g + n,
        });
        p.count += n;
    }
    p.chars = char..char + ci;
    p
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
        // A run of ASCII goes in bulk: what fits on the line is taken at once (remembering its
        // last space), and the first grapheme that does not fit is handled one at a time below.
        if let Some(run) = gs.ascii_run(i).filter(|r| !r.is_empty()) {
            let room = usize::from(width.saturating_sub(used));
            let take = run.len().min(room);
            if let Some(p) = run[..take].iter().rposition(|&b| b == b' ') {
                brk = Some(i + p + 1);
            }
            used = used.saturating_add(take as u16);
            i += take;
            if i >= n || take == run.len() {
                continue;
            }
        }
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
        if p.stretches.is_empty() {
            column_in(&p.ascii(&self.text), line, column)
        } else {
            column_in(&Line::new(p, self.text.as_bytes()), line, column)
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
            "He said it’s “fine” — and “the ‘rate’ rose” 7% … yes—no ’tis",
            "“quoted”\n— dash first\nlast’\n’\n“”\n—— a—b c —",
            "漢字 and 漢字漢字 mixed with ascii 漢 a 漢字漢字漢字漢字 end 漢",
            "e\u{301} combining a\u{300}\u{301} x\u{20dd}, and a\u{301}b c\u{301}\u{302}",
            "emoji 👩\u{200d}👩\u{200d}👧 family, a\u{200d}b, 👍\u{1f3fd} x \u{200d}\u{200d} y",
            "flags 🇫🇷🇩🇪🇺 x🇫 y \u{600}1 prepend \u{1100}\u{1161}\u{11a8}a hangul",
            "tabs\tand \u{1b} esc’s “here” \r\n and\u{7}bell — done",
        ];
        // And mixed lines drawn from an alphabet of ASCII and the characters that join it.
        let alphabet = [
            "a", "b", " ", "  ", "’", "“", "”", "—", "漢", "\u{301}", "\u{200d}", "👩", "🇫",
            "\u{600}", "\n", "x", ".", "é",
        ];
        let mut seed = 0x9e37_79b9_u32;
        let mixed: Vec<String> = (0..40)
            .map(|_| {
                (0..60)
                    .map(|_| {
                        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                        alphabet[(seed >> 16) as usize % alphabet.len()]
                    })
                    .collect()
            })
            .collect();
        for raw in texts
            .iter()
            .copied()
            .chain(mixed.iter().map(String::as_str))
        {
            let fast = ArticleText::build(raw.to_string(), true);
            let slow = ArticleText::build(raw.to_string(), false);
            assert_eq!(fast.len(), slow.len());
            assert_eq!(fast.len(), raw.chars().count());
            let clean: Vec<char> = sanitize(raw, true).chars().collect();
            for a in 0..=clean.len() {
                let b = (a + 70).min(clean.len() + 1);
                let expect: String = clean[a..b.min(clean.len())].iter().collect();
                assert_eq!(fast.slice(a..b), expect, "{raw:?} {a}..{b}");
            }
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
