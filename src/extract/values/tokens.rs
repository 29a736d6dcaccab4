//! Tokens: the one-pass word tokenizer and the scanner's helpers for looking at tokens.

use super::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum TokenKind {
    /// A run of ASCII letters.
    Word,
    /// Digits with optional thousands groups and decimals: `1,234.5`, `.77`.
    Number,
    /// One punctuation or symbol character (curly quotes and dashes folded to `'` and `-`).
    Punct(char),
    /// Anything else (non-ASCII words, CJK, emoji).
    Other,
}

/// 40 bytes: offsets as `u32` (a chunk is at most `CHUNK` bytes) and a 16-byte lexeme.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token {
    /// Byte range in the chunk (`start()`, `end()` as `usize`).
    pub(super) start: u32,
    pub(super) end: u32,
    pub(super) kind: TokenKind,
    pub(super) lex: Lexeme,
    /// Whitespace (or the start of text) precedes this token.
    pub(super) gap: bool,
    /// For a plain digit token of at most 9 digits: its value and digit count (else
    /// `int_digits == 0`).
    pub(super) int_value: u32,
    pub(super) int_digits: u8,
}

const _: () = assert!(std::mem::size_of::<Token>() == 40);

impl Token {
    #[inline]
    pub(super) fn start(&self) -> usize {
        self.start as usize
    }

    #[inline]
    pub(super) fn end(&self) -> usize {
        self.end as usize
    }

    /// The token may start a rule (`rules::start_at` answers `None` for every other token);
    /// `tokenize` lists these tokens for the driver.
    #[inline]
    pub(super) fn may_start(&self) -> bool {
        match self.kind {
            TokenKind::Number => true,
            TokenKind::Word => !matches!(self.lex, Lexeme::None),
            TokenKind::Punct(c) => {
                matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '-' | '\'')
                    || vulgar_fraction(c).is_some()
            }
            TokenKind::Other => false,
        }
    }
}

#[inline]
pub(super) fn fold_special_char(ch: char) -> Option<char> {
    Some(match ch {
        '\u{2019}' | '\u{2018}' | '\u{2032}' => '\'',
        '\u{2014}' | '\u{2013}' | '\u{2212}' | '\u{2010}' | '\u{2011}' => '-',
        '€' | '£' | '¥' | '₹' | '₽' | '°' | '²' | '³' | '“' | '”' | '…' | '≥' | '≤' => {
            ch
        }
        // vulgar fractions, read with the number they are glued to ("2½ miles")
        _ if vulgar_fraction(ch).is_some() => ch,
        _ => return None,
    })
}

/// The numerator and denominator of a vulgar fraction character: '½' (1, 2), '¾' (3, 4).
#[inline]
pub(super) fn vulgar_fraction(ch: char) -> Option<(u32, u32)> {
    Some(match ch {
        '½' => (1, 2),
        '¼' => (1, 4),
        '¾' => (3, 4),
        '⅓' => (1, 3),
        '⅔' => (2, 3),
        '⅕' => (1, 5),
        '⅖' => (2, 5),
        '⅗' => (3, 5),
        '⅘' => (4, 5),
        '⅙' => (1, 6),
        '⅚' => (5, 6),
        '⅛' => (1, 8),
        '⅜' => (3, 8),
        '⅝' => (5, 8),
        '⅞' => (7, 8),
        _ => return None,
    })
}

/// Byte classes for the tokenizer's loops: one table load decides what a byte starts.
const SPACE: u8 = 1;
const ALPHA: u8 = 2;
const DIGIT: u8 = 4;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphabetic() {
            ALPHA
        } else if b.is_ascii_digit() {
            DIGIT
        } else if matches!(b, b' ' | b'\t' | b'\r' | 0x0b | 0x0c) {
            SPACE
        } else {
            0
        };
        c += 1;
    }
    t
};

/// The tokens of `t` into `out`, and the indices of those that may start a rule into `starts`.
/// Kept out of line: inlined into `scan_with`'s closure, its loop reloaded values from the stack
/// at each token (0.84M instructions more per 512 KiB).
#[inline(never)]
pub(super) fn tokenize(t: &str, out: &mut Vec<Token>, starts: &mut Vec<usize>) {
    out.clear();
    starts.clear();
    // the lexicon once per text, not once per word (each access checks its lazy initialisation)
    let lexicon: &LexiconTable = &LEXICON;
    let b = t.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut prev_end = usize::MAX;
    while i < n {
        let c = b[i];
        let class = CLASS[usize::from(c)];
        if class == SPACE {
            i += 1;
            continue;
        }
        let s = i;
        let (mut iv, mut nd) = (0u32, 0u8);
        // `may`: the token may start a rule (`Token::may_start`), told in each branch from what
        // the branch knows instead of matching the token's kind again
        let (k, e, lex, may) = if class == ALPHA {
            let e = word_end(b, i + 1);
            let lex = lexicon.get(b, s, e);
            (TokenKind::Word, e, lex, !matches!(lex, Lexeme::None))
        } else if class == DIGIT
            || (c == b'.'
                && i + 1 < n
                && b[i + 1].is_ascii_digit()
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.')))
        {
            let e = number_end(b, i);
            // a plain digit token of at most 9 digits: its value, read here once
            if e - s <= 9 && class == DIGIT && b[s..e].iter().all(u8::is_ascii_digit) {
                for &c in &b[s..e] {
                    iv = iv * 10 + u32::from(c - b'0');
                }
                nd = (e - s) as u8;
            }
            (TokenKind::Number, e, Lexeme::None, true)
        } else if c < 0x80 {
            let may = matches!(c, b'$' | b'-' | b'\'');
            (TokenKind::Punct(c as char), i + 1, Lexeme::None, may)
        } else {
            let Some(ch) = t[i..].chars().next() else {
                break;
            };
            let l = ch.len_utf8();
            if let Some(p) = fold_special_char(ch) {
                // every folded character but these may start a rule: a currency, a dash, an
                // apostrophe, a vulgar fraction standing alone ("½ of the ballots")
                let may = !matches!(p, '°' | '²' | '³' | '“' | '”' | '…' | '≥' | '≤');
                (TokenKind::Punct(p), i + l, Lexeme::None, may)
            } else if ch.is_whitespace() {
                i += l;
                continue;
            } else {
                let mut e = i + l;
                while e < n && b[e] >= 0x80 {
                    let Some(c2) = t[e..].chars().next() else {
                        break;
                    };
                    if fold_special_char(c2).is_some() || c2.is_whitespace() {
                        break;
                    }
                    e += c2.len_utf8();
                }
                (TokenKind::Other, e, Lexeme::None, false)
            }
        };
        let token = Token {
            start: s as u32,
            end: e as u32,
            kind: k,
            lex,
            gap: s != prev_end,
            int_value: iv,
            int_digits: nd,
        };
        debug_assert_eq!(may, token.may_start());
        if may {
            starts.push(out.len());
        }
        out.push(token);
        prev_end = e;
        i = e;
    }
}

/// The end of the run of ASCII letters from `e`: eight bytes at a time while eight remain (a
/// word of news text usually ends within the first eight), then byte by byte.
#[inline]
fn word_end(b: &[u8], mut e: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(Ok(eight)) = b.get(e..e + 8).map(<[u8; 8]>::try_from) {
        let x = u64::from_le_bytes(eight);
        // each byte lower-cased with its high bit cleared (0..=0x7f), so the sums below carry
        // into no other byte: a byte's high bit then tells `z >= b'a'` and `z > b'z'`
        let z = (x | (0x20 * ONES)) & (0x7f * ONES);
        let letters = (z + 0x1f * ONES) & !(z + 0x05 * ONES) & !x & HIGH;
        let stop = !letters & HIGH;
        if stop != 0 {
            return e + (stop.trailing_zeros() / 8) as usize;
        }
        e += 8;
    }
    while e < b.len() && CLASS[usize::from(b[e])] == ALPHA {
        e += 1;
    }
    e
}

#[inline]
pub(super) fn number_end(b: &[u8], s: usize) -> usize {
    let n = b.len();
    let mut e = s;
    if b[e] == b'.' {
        e += 1;
        while e < n && b[e].is_ascii_digit() {
            e += 1;
        }
        return e;
    }
    while e < n && b[e].is_ascii_digit() {
        e += 1;
    }
    if e - s <= 3 {
        while e + 3 < n
            && b[e] == b','
            && b[e + 1..e + 4].iter().all(u8::is_ascii_digit)
            && (e + 4 == n || !b[e + 4].is_ascii_digit())
        {
            e += 4;
        }
    }
    if e + 1 < n && b[e] == b'.' && b[e + 1].is_ascii_digit() {
        e += 1;
        while e < n && b[e].is_ascii_digit() {
            e += 1;
        }
    }
    e
}

impl<'a> Scanner<'a> {
    #[inline]
    pub(super) fn len(&self) -> usize {
        self.tokens.len()
    }

    #[inline]
    pub(super) fn text_of(&self, i: usize) -> &'a str {
        match self.tokens.get(i) {
            Some(t) => &self.text[t.start()..t.end()],
            None => "",
        }
    }

    #[inline]
    pub(super) fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    #[inline]
    pub(super) fn lex(&self, i: usize) -> Lexeme {
        self.tokens.get(i).map_or(Lexeme::None, |t| t.lex)
    }

    /// The bytes of word token `i` (`None` for any other token): looked up once, then compared
    /// length first, as most candidate words differ from it in length.
    #[inline]
    pub(super) fn word_bytes(&self, i: usize) -> Option<&'a [u8]> {
        let t = self.tokens.get(i)?;
        if !matches!(t.kind, TokenKind::Word) {
            return None;
        }
        self.text.as_bytes().get(t.start()..t.end())
    }

    #[inline]
    pub(super) fn is(&self, i: usize, w: &str) -> bool {
        self.word_bytes(i)
            .is_some_and(|t| t.len() == w.len() && t.eq_ignore_ascii_case(w.as_bytes()))
    }

    #[inline]
    pub(super) fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        let Some(t) = self.word_bytes(i) else {
            return false;
        };
        // A word token is ASCII letters, and `| 0x20` maps only letters onto lowercase letters:
        // comparing first letters that way rules out most same-length candidates before the
        // full comparison, which decides.
        let Some(first) = t.first().map(|c| c | 0x20) else {
            return false;
        };
        ws.iter().any(|w| {
            t.len() == w.len()
                && w.as_bytes().first().map(|c| c | 0x20) == Some(first)
                && t.eq_ignore_ascii_case(w.as_bytes())
        })
    }

    /// Token `i` is a word of one or two letters.
    #[inline]
    pub(super) fn short_word(&self, i: usize) -> bool {
        self.word_bytes(i).is_some_and(|w| w.len() <= 2)
    }

    #[inline]
    pub(super) fn punct(&self, i: usize, c: char) -> bool {
        matches!(self.kind(i), Some(TokenKind::Punct(p)) if p == c)
    }

    /// Token `i` exists and touches the previous token.
    #[inline]
    pub(super) fn touches(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.gap)
    }

    #[inline]
    pub(super) fn is_word(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokenKind::Word))
    }

    /// Token `j`, or the one after it when `j` is a "-" glued to both sides ("quarter-million").
    #[inline]
    pub(super) fn after_dash(&self, j: usize) -> usize {
        if self.punct(j, '-') && self.touches(j) && self.touches(j + 1) {
            j + 1
        } else {
            j
        }
    }

    /// The numerator and denominator of the vulgar fraction at token `i` ("½").
    #[inline]
    pub(super) fn vulgar_at(&self, i: usize) -> Option<(u32, u32)> {
        match self.kind(i) {
            Some(TokenKind::Punct(c)) => vulgar_fraction(c),
            _ => None,
        }
    }

    #[inline]
    pub(super) fn is_num(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(TokenKind::Number))
    }

    #[inline]
    pub(super) fn capitalized(&self, i: usize) -> bool {
        self.is_word(i) && self.text_of(i).as_bytes()[0].is_ascii_uppercase()
    }

    /// A word written as a name: capitalized, or with a capital inside ("iPhone", "eBay").
    #[inline]
    pub(super) fn name_cased(&self, i: usize) -> bool {
        self.is_word(i) && {
            let b = self.text_of(i).as_bytes();
            b[0].is_ascii_uppercase()
                || (b[0].is_ascii_lowercase() && b[1..].iter().any(u8::is_ascii_uppercase))
        }
    }

    #[inline]
    pub(super) fn lower(&self, i: usize) -> LowerWord<'a> {
        LowerWord::new(self.text_of(i))
    }

    /// The end of text or a punctuation mark that closes an expression.
    #[inline]
    pub(super) fn closes(&self, i: usize) -> bool {
        match self.kind(i) {
            None => true,
            Some(TokenKind::Punct(c)) => matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\'' | '”' | '\n' | '-' | '…' | ']'
            ),
            _ => false,
        }
    }

    /// A small plain integer token (no decimals or separators): its value and digit count.
    #[inline]
    pub(super) fn small_int(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tokens.get(i)?;
        if t.int_digits == 0 || t.int_digits > 4 {
            return None;
        }
        Some((t.int_value, usize::from(t.int_digits)))
    }

    #[inline]
    pub(super) fn glued_after(&self, i: usize) -> bool {
        self.touches(i + 1)
            && matches!(
                self.kind(i + 1),
                Some(TokenKind::Word | TokenKind::Number | TokenKind::Other)
            )
    }
}
