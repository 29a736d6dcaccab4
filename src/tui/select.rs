//! Selecting in the article: a cursor and an anchor over its characters, and the motions that
//! move the cursor (by character, word and sentence). Pure: no state of the workbench, no drawing.

use std::ops::Range;

/// How the cursor moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Motion {
    CharNext,
    CharPrev,
    /// To the end of the next word (`w`; from inside a word, of that word), so that a
    /// selection begun at a word's start grows by whole words.
    WordNext,
    /// To the start of this word, or of the one before (`b`).
    WordPrev,
    /// To the end of the sentence, or of the next one when at its end (`)`).
    SentenceNext,
    /// To the start of this sentence, or of the one before (`(`).
    SentencePrev,
}

/// A selection in a text of `chars` characters: both ends inclusive, in characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    pub cursor: usize,
}

impl Selection {
    /// A selection of one character at `at`.
    pub fn at(at: usize) -> Selection {
        Selection {
            anchor: at,
            cursor: at,
        }
    }

    /// The characters selected, end exclusive.
    pub fn range(&self) -> Range<usize> {
        self.anchor.min(self.cursor)..self.anchor.max(self.cursor) + 1
    }

    /// Move the cursor over `text` (its characters); the anchor stays.
    pub fn extend(&mut self, text: &[char], motion: Motion) {
        self.cursor = step(text, self.cursor, motion);
    }

    /// The selection without the white space at its ends, as a claim's span (end exclusive);
    /// None when it holds only white space.
    pub fn span(&self, text: &[char]) -> Option<(usize, usize)> {
        let r = self.range();
        let end = r.end.min(text.len());
        let slice = text.get(r.start.min(end)..end)?;
        let lead = slice.iter().take_while(|c| c.is_whitespace()).count();
        if lead == slice.len() {
            return None;
        }
        let trail = slice.iter().rev().take_while(|c| c.is_whitespace()).count();
        Some((r.start + lead, end - trail))
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '_')
}

/// Whether a sentence ends at `i` (a full stop, question or exclamation mark, maybe with closing
/// quotes or brackets after it, then white space), or at a blank line.
fn sentence_end(text: &[char], i: usize) -> bool {
    let c = text[i];
    if c == '\n' {
        return text.get(i + 1) == Some(&'\n');
    }
    if !matches!(c, '.' | '?' | '!' | '…') {
        return false;
    }
    let mut j = i + 1;
    while text
        .get(j)
        .is_some_and(|c| matches!(c, '"' | '\'' | '”' | '’' | ')' | ']'))
    {
        j += 1;
    }
    text.get(j).is_none_or(|c| c.is_whitespace())
}

/// Where each sentence starts: 0, and the first non-space character after each sentence end.
fn sentence_starts(text: &[char]) -> Vec<usize> {
    let mut starts = vec![0];
    let mut i = 0;
    while i < text.len() {
        if sentence_end(text, i) {
            let mut j = i + 1;
            while j < text.len() && !text[j].is_whitespace() {
                j += 1;
            }
            while j < text.len() && text[j].is_whitespace() {
                j += 1;
            }
            if j < text.len() && starts.last() != Some(&j) {
                starts.push(j);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    starts
}

/// Where the cursor at `at` goes by `motion` in `text`; it stays inside the text.
pub fn step(text: &[char], at: usize, motion: Motion) -> usize {
    let last = text.len().saturating_sub(1);
    let at = at.min(last);
    match motion {
        Motion::CharNext => (at + 1).min(last),
        Motion::CharPrev => at.saturating_sub(1),
        Motion::WordNext => {
            let mut i = at + 1;
            while i < text.len() && !is_word(text[i]) {
                i += 1;
            }
            if i >= text.len() {
                last
            } else {
                word_end(text, i)
            }
        }
        Motion::WordPrev => {
            let mut i = at;
            while i > 0 && !is_word(text[i - 1]) {
                i -= 1;
            }
            while i > 0 && is_word(text[i - 1]) {
                i -= 1;
            }
            i
        }
        Motion::SentenceNext => sentence_starts(text)
            .into_iter()
            .find(|&s| s > at + 1)
            .map_or(last, |s| s - 1),
        Motion::SentencePrev => sentence_starts(text)
            .into_iter()
            .rev()
            .find(|&s| s < at)
            .unwrap_or(0),
    }
}

/// The last character of the word at `at`.
pub fn word_end(text: &[char], at: usize) -> usize {
    let mut i = at.min(text.len().saturating_sub(1));
    while i + 1 < text.len() && is_word(text[i + 1]) {
        i += 1;
    }
    i
}

/// Every place `query` occurs in `text`, ignoring case, typographic quotes and dashes (as a
/// typed quote is found): character ranges, in reading order, not overlapping. None for a query
/// of only white space.
pub fn find_text(text: &str, query: &str) -> Vec<Range<usize>> {
    let key = |c: char| {
        let c = crate::desk::quote::fold(c);
        c.to_lowercase().next().unwrap_or(c)
    };
    let needle: Vec<char> = query.trim().chars().map(key).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let hay: Vec<char> = text.chars().map(key).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if hay[i..i + needle.len()] == needle[..] {
            out.push(i..i + needle.len());
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn words_move_to_the_next_start_and_back() {
        let t = chars("The mayor’s plan cut 10 percent.");
        // From a word's start: its end; from its end, the next word's end.
        assert_eq!(step(&t, 0, Motion::WordNext), 2);
        assert_eq!(step(&t, 2, Motion::WordNext), 10);
        // The apostrophe keeps "mayor’s" one word.
        assert_eq!(step(&t, 4, Motion::WordNext), 10);
        assert_eq!(step(&t, 12, Motion::WordPrev), 4);
        assert_eq!(step(&t, 6, Motion::WordPrev), 4);
        assert_eq!(step(&t, 0, Motion::WordPrev), 0);
        // Past the last word: the last character.
        assert_eq!(step(&t, 30, Motion::WordNext), t.len() - 1);
        assert_eq!(word_end(&t, 4), 10);
    }

    #[test]
    fn characters_move_one_and_stop_at_the_ends() {
        let t = chars("héllo");
        assert_eq!(step(&t, 0, Motion::CharNext), 1);
        assert_eq!(step(&t, 4, Motion::CharNext), 4);
        assert_eq!(step(&t, 0, Motion::CharPrev), 0);
        assert_eq!(step(&t, 99, Motion::CharPrev), 3);
        assert_eq!(step(&[], 0, Motion::CharNext), 0);
    }

    #[test]
    fn sentences_start_after_their_ends_and_quotes() {
        let t = chars("It rose. “It fell,” she said. Did it?\n\nNew part 3.5 here");
        let starts = sentence_starts(&t);
        assert_eq!(starts, vec![0, 9, 30, 39]);
        // To the sentence's end (the space after it is trimmed from a span), then the next's.
        assert_eq!(step(&t, 0, Motion::SentenceNext), 8);
        assert_eq!(step(&t, 8, Motion::SentenceNext), 29);
        assert_eq!(step(&t, 9, Motion::SentenceNext), 29);
        assert_eq!(step(&t, 12, Motion::SentencePrev), 9);
        assert_eq!(step(&t, 9, Motion::SentencePrev), 0);
        // The decimal point of 3.5 ends no sentence; past the last start, the last character.
        assert_eq!(step(&t, 39, Motion::SentenceNext), t.len() - 1);
        let mut s = Selection::at(0);
        s.extend(&t, Motion::SentenceNext);
        assert_eq!(s.span(&t), Some((0, 8)));
    }

    #[test]
    fn text_is_found_ignoring_case_and_typographic_quotes() {
        let t = "Vande Hey’s record: vande hey's 355 days. VANDE";
        assert_eq!(find_text(t, "vande hey's"), vec![0..11, 20..31]);
        assert_eq!(find_text(t, "vande"), vec![0..5, 20..25, 42..47]);
        assert_eq!(find_text(t, "  "), Vec::<Range<usize>>::new());
        assert_eq!(find_text("aaaa", "aa"), vec![0..2, 2..4]);
    }

    #[test]
    fn a_selection_spans_both_ends_and_trims_white_space() {
        let t = chars("ab  cd ef");
        let mut s = Selection::at(4);
        s.extend(&t, Motion::WordNext);
        assert_eq!(s.range(), 4..6);
        s.extend(&t, Motion::WordNext);
        assert_eq!(s.span(&t), Some((4, 9)));
        s.extend(&t, Motion::WordPrev);
        s.extend(&t, Motion::WordPrev);
        s.extend(&t, Motion::WordPrev);
        assert_eq!(s.cursor, 0);
        assert_eq!(s.range(), 0..5);
        assert_eq!(s.span(&t), Some((0, 5)));
        let mut s = Selection::at(3);
        s.extend(&t, Motion::CharPrev);
        assert_eq!(s.span(&t), None);
        assert_eq!(Selection::at(2).span(&t), None);
    }
}
