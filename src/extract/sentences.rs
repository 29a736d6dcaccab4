//! Sentence splitting for news text: byte ranges, trimmed, never empty.
//!
//! One linear scan over the bytes. Only a few bytes can end a sentence (`.`, `?`, `!`, a line
//! break, and the lead bytes of `…`, `‼`, `⁇`, `⁈`, `⁉`, `。`, `！`, `？`); everything else is
//! skipped through a lookup table. At a candidate the splitter looks a few bytes back (the word
//! before a period: an abbreviation?) and a few bytes ahead (closing quotes, then what starts the
//! next word), so the work per candidate is bounded and nothing is allocated per candidate.
//!
//! The rules, in short:
//! - A line break always ends a sentence: in news text, headlines, captions and list items are
//!   lines of their own, with or without final punctuation.
//! - `.`, `?`, `!` (and runs of them, `?!`, `…`) end a sentence only when followed by whitespace
//!   or the end of the text, after any closing quotes and brackets (`."`, `.”`, `?’`, `.)`), and
//!   never when the next word starts with a lower-case letter (`“Hello?” he asked.`,
//!   `Yahoo! in`, `– he asked`).
//! - After a period, the word before decides: a title (`Mr.`, `Dr.`, `Gen.`, `e.g.`) never ends a
//!   sentence; an abbreviation that may also end one (`U.S.`, `Inc.`, `Jr.`, `etc.`, initials)
//!   ends it only before a typical sentence starter (`He`, `The`, `But`, …); `a.m.`/`p.m.` end it
//!   before a capital unless a time zone or day follows or the sentence so far is an introductory
//!   phrase (`At 5 a.m. Mr. Smith …`).
//! - Ellipses: `...` and `…` end a sentence before a capital, spaced `. . .` never does, four
//!   dots (ellipsis and period) do; `[...]` never does. A stray `. .` is kept with its sentence.
//! - A sentence that opens with a list marker (`1.`, `2)`, `3.)`, `a.`, `• 9.`) also ends where the
//!   next marker of the same list starts on the same line.

use std::ops::Range;

/// Split `text` into sentences. Each range is a byte span of `text`, trimmed of surrounding
/// whitespace, non-empty, in order and non-overlapping.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut s = Splitter {
        text,
        b: text.as_bytes(),
        out: Vec::with_capacity(text.len() / 96 + 1),
        start: 0,
        first: 0,
        list_cut: None,
        list_absent: [0; LIST_TARGETS],
        list_found: [0; LIST_TARGETS],
    };
    s.run();
    s.out
}

/// `split` on two threads: a line break always ends a sentence, and the splitter starts afresh
/// after it (nothing it looks back or ahead at crosses one), so the text is cut after the line
/// break nearest its middle and each half is split on its own. The sentences are `split`'s.
pub fn split_on_two(text: &str) -> Vec<Range<usize>> {
    let mid = text.len() / 2;
    let Some(cut) = memchr::memchr(b'\n', &text.as_bytes()[mid..]).map(|i| mid + i + 1) else {
        return split(text);
    };
    let (first, second) = text.split_at(cut);
    std::thread::scope(|scope| {
        let later = scope.spawn(|| split(second));
        let mut out = split(first);
        let later = later.join().expect("the second half is split");
        out.extend(later.into_iter().map(|r| r.start + cut..r.end + cut));
        out
    })
}

/// Bytes at which a sentence may end (or a multi-byte terminator may start).
const CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0xE2] = true; // … ‼ ⁇ ⁈ ⁉ and the line/paragraph separators U+2028/U+2029
    t[0xE3] = true; // 。
    t[0xEF] = true; // ！ ？ ｡
    t
};

/// Number of list-marker targets tracked by the "not on this line" cache: three marker styles
/// (`n.`, `n)`, `n.)`) times 128 values (1..=100 for numbers, 101.. for letters).
const LIST_TARGETS: usize = 3 * 128;

/// How the word before a period bears on the sentence ending there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbrev {
    /// An ordinary word or number: the period ends the sentence.
    None,
    /// A title or an abbreviation that is always followed by more ("Mr.", "e.g.").
    Never,
    /// An abbreviation that may also end a sentence ("U.S.", "Inc.", "etc.", an initial).
    Maybe,
    /// "a.m." / "p.m.".
    Time,
}

/// What a run of terminal punctuation is.
#[derive(Debug, Clone, Copy)]
struct Run {
    /// Number of periods (an ellipsis character counts three).
    dots: u32,
    /// Holds a `?` or `!`.
    strong: bool,
    /// The dots are spaced (". . .").
    spaced: bool,
}

struct Splitter<'a> {
    text: &'a str,
    b: &'a [u8],
    out: Vec<Range<usize>>,
    /// Start of the current sentence (untrimmed).
    start: usize,
    /// First non-whitespace byte of the current sentence.
    first: usize,
    /// Where the current list item ends (the next marker of its list), if it is one.
    list_cut: Option<usize>,
    /// Per list target: the end of a line on which that target is known to be absent.
    list_absent: [usize; LIST_TARGETS],
    /// Per list target: where the last search for it cut (0 if none). Reused while it lies ahead,
    /// so many items of one list ("1. … 1. … 1. … 2.") do not rescan the same line.
    list_found: [usize; LIST_TARGETS],
}

impl Splitter<'_> {
    fn run(&mut self) {
        let n = self.b.len();
        let mut i = self.begin(0);
        while i < n {
            let limit = match self.list_cut {
                Some(c) if c >= i => c,
                Some(_) => {
                    self.list_cut = None;
                    n
                }
                None => n,
            };
            match self.b[i..limit].iter().position(|&x| CANDIDATE[x as usize]) {
                Some(off) => i = self.candidate(i + off).min(n),
                None if limit < n => {
                    self.push(limit);
                    i = self.begin(limit);
                }
                None => break,
            }
        }
        self.push(n);
    }

    /// Handle the candidate byte at `p`; return where scanning resumes.
    fn candidate(&mut self, p: usize) -> usize {
        let b = self.b;
        match b[p] {
            b'\n' | b'\r' => {
                self.push(p);
                self.begin(p + 1)
            }
            b'.' | b'?' | b'!' => self.terminal(p),
            0xE2 => match (b.get(p + 1), b.get(p + 2)) {
                (Some(0x80), Some(0xA6 | 0xBC)) | (Some(0x81), Some(0x87..=0x89)) => {
                    self.terminal(p)
                }
                (Some(0x80), Some(0xA8 | 0xA9)) => {
                    self.push(p);
                    self.begin(p + 3)
                }
                _ => p + 1,
            },
            0xE3 | 0xEF => match (b[p], b.get(p + 1), b.get(p + 2)) {
                (0xE3, Some(0x80), Some(0x82))
                | (0xEF, Some(0xBC), Some(0x81 | 0x9F))
                | (0xEF, Some(0xBD), Some(0xA1)) => {
                    // CJK full stop, exclamation and question marks: no space follows them.
                    let end = self.closers(p + 3).0;
                    self.push(end);
                    self.begin(end)
                }
                _ => p + 1,
            },
            _ => p + 1,
        }
    }

    /// A run of terminal punctuation starts at `p`: decide whether the sentence ends after it.
    fn terminal(&mut self, p: usize) -> usize {
        let b = self.b;
        let mut j = p;
        let mut run = Run {
            dots: 0,
            strong: false,
            spaced: false,
        };
        loop {
            match b.get(j) {
                Some(b'.') => {
                    run.dots += 1;
                    j += 1;
                }
                Some(b'?' | b'!') => {
                    run.strong = true;
                    j += 1;
                }
                Some(0xE2) => match (b.get(j + 1), b.get(j + 2)) {
                    (Some(0x80), Some(0xA6)) => {
                        run.dots += 3;
                        j += 3;
                    }
                    (Some(0x80), Some(0xBC)) | (Some(0x81), Some(0x87..=0x89)) => {
                        run.strong = true;
                        j += 3;
                    }
                    _ => break,
                },
                // Spaced dots: ". . ." or a stray ". ." – but not ". .NET".
                Some(b' ')
                    if run.dots > 0
                        && !run.strong
                        && b.get(j + 1) == Some(&b'.')
                        && matches!(
                            b.get(j + 2),
                            None | Some(
                                b' ' | b'\t'
                                    | b'\n'
                                    | b'\r'
                                    | b'.'
                                    | b'"'
                                    | b'\''
                                    | b')'
                                    | b']'
                                    | 0xE2
                            )
                        ) =>
                {
                    run.spaced = true;
                    j += 1;
                }
                _ => break,
            }
        }
        let (end, closed) = self.closers(j);
        let Some(&next) = b.get(end) else {
            self.push(end);
            return self.begin(end);
        };
        // No whitespace after it: "example.com", "3.5", "U.S.-based", "...see", "Jr.'s".
        let mut k = end;
        if next.is_ascii() {
            if !matches!(next, b' ' | b'\t' | b'\n' | b'\r' | b'\x0B' | b'\x0C') {
                return end;
            }
        } else if !self.char_at(end).is_some_and(char::is_whitespace) {
            return end;
        }
        // Skip the whitespace; a line break ends the sentence in any case.
        while let Some(c) = self.char_at(k) {
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                self.push(end);
                return self.begin(end);
            }
            if !c.is_whitespace() {
                break;
            }
            k += c.len_utf8();
        }
        if self.ends_here(p, run, closed, k) {
            self.push(end);
            self.begin(end)
        } else {
            end
        }
    }

    /// Does the sentence end at the terminal run starting at `p`, given that the next
    /// non-whitespace text starts at `k`?
    fn ends_here(&self, p: usize, run: Run, closed: bool, k: usize) -> bool {
        // Skip opening quotes, brackets and dashes to the first character of the next word.
        let mut w = k;
        let mut c = None;
        for _ in 0..32 {
            match self.char_at(w) {
                Some(
                    ch @ ('"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '‹' | '„' | '‚' | '¿'
                    | '¡' | '–' | '—' | '-' | '*' | '•'),
                ) => w += ch.len_utf8(),
                Some(ch) if ch.is_whitespace() => w += ch.len_utf8(),
                other => {
                    c = other;
                    break;
                }
            }
        }
        let Some(c) = c else { return true };
        if c.is_lowercase() {
            return false;
        }
        if run.strong {
            return true;
        }
        match run.dots {
            0 => true,
            1 => match self.classify(p) {
                Abbrev::None => true,
                Abbrev::Never => false,
                Abbrev::Maybe => closed || (c.is_uppercase() && self.starter(w)),
                Abbrev::Time => {
                    closed || (c.is_uppercase() && !self.continues_time(w) && !self.intro(p))
                }
            },
            2 => true,
            // An ellipsis: spaced ". . ." continues; "[...]" is an omission inside a sentence.
            3 => {
                !run.spaced
                    && !matches!(p.checked_sub(1).map(|q| self.b[q]), Some(b'[' | b'('))
                    && c.is_uppercase()
            }
            _ => true,
        }
    }

    /// Absorb closing quotes and brackets from `j`; return the end and whether any were there.
    fn closers(&self, mut j: usize) -> (usize, bool) {
        let b = self.b;
        let from = j;
        loop {
            match b.get(j) {
                Some(b'"' | b'\'' | b')' | b']' | b'}') => j += 1,
                // ’ ” › 」 』 ） »
                Some(0xE2)
                    if b.get(j + 1) == Some(&0x80)
                        && matches!(b.get(j + 2), Some(0x99 | 0x9D | 0xBA)) =>
                {
                    j += 3
                }
                Some(0xE3)
                    if b.get(j + 1) == Some(&0x80) && matches!(b.get(j + 2), Some(0x8D | 0x8F)) =>
                {
                    j += 3
                }
                Some(0xEF) if b.get(j + 1) == Some(&0xBC) && b.get(j + 2) == Some(&0x89) => j += 3,
                Some(0xC2) if b.get(j + 1) == Some(&0xBB) => j += 2,
                _ => break,
            }
        }
        (j, j > from)
    }

    /// The character at byte `k`, if `k` is a char boundary inside the text.
    fn char_at(&self, k: usize) -> Option<char> {
        match self.b.get(k) {
            Some(&x) if x.is_ascii() => Some(x as char),
            Some(_) => self.text.get(k..).and_then(|s| s.chars().next()),
            None => None,
        }
    }

    /// Classify the word that ends at the period at `p`.
    fn classify(&self, p: usize) -> Abbrev {
        let b = self.b;
        let mut k = p;
        while k > 0 && p - k <= 12 && (b[k - 1].is_ascii_alphabetic() || b[k - 1] == b'.') {
            k -= 1;
        }
        if p - k > 12 {
            return Abbrev::None;
        }
        if k == p {
            // "N°. 1026"
            if p >= 3
                && b[p - 2..p] == [0xC2, 0xB0]
                && matches!(b[p - 3], b'N' | b'n')
                && (p == 3 || !b[p - 4].is_ascii_alphanumeric())
            {
                return Abbrev::Maybe;
            }
            return Abbrev::None;
        }
        // The end of a word with letters beyond ASCII ("Bernabéu.", "Kraków."): an ordinary
        // word, no initial.
        if k > 0
            && b[k - 1] >= 0x80
            && self.text[..k]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
        {
            return Abbrev::None;
        }
        // Part of a number, a URL, an email address or a handle: an ordinary word.
        if k > 0
            && (b[k - 1].is_ascii_digit()
                || matches!(
                    b[k - 1],
                    b'@' | b'/' | b'_' | b':' | b'\\' | b'#' | b'%' | b'=' | b'+' | b'~' | b'&'
                ))
        {
            return Abbrev::None;
        }
        while k < p && b[k] == b'.' {
            k += 1;
        }
        let word = &b[k..p];
        if word.is_empty() {
            return Abbrev::None;
        }
        let mut buf = [0u8; 12];
        for (d, s) in buf.iter_mut().zip(word) {
            *d = s.to_ascii_lowercase();
        }
        let lower = &buf[..word.len()];
        if lower.len() == 1 {
            return Abbrev::Maybe; // an initial, "p. 55"
        }
        if let Some(a) = known_abbrev(lower) {
            return a;
        }
        // Letters and periods, one letter each: "U.S", "D.C", "E.U", "U.S.A".
        if lower.contains(&b'.') && lower.split(|&x| x == b'.').all(|seg| seg.len() == 1) {
            return Abbrev::Maybe;
        }
        Abbrev::None
    }

    /// Is the word at `w` a typical sentence opener (and not an initial like "A." or "I.")?
    fn starter(&self, w: usize) -> bool {
        match self.word_at(w) {
            Some((buf, len, after)) => after != Some(b'.') && is_starter(&buf[..len]),
            None => false,
        }
    }

    /// After "a.m."/"p.m.": does the word at `w` continue the time ("ET", "Monday", "Moscow time")?
    fn continues_time(&self, w: usize) -> bool {
        let Some((buf, len, _)) = self.word_at(w) else {
            return false;
        };
        if is_time_continuation(&buf[..len]) {
            return true;
        }
        // "Moscow time", "local time"
        let rest = &self.b[w..self.b.len().min(w + 40)];
        let word_end = rest
            .iter()
            .position(|x| !x.is_ascii_alphabetic())
            .unwrap_or(rest.len());
        rest[word_end..].starts_with(b" time")
    }

    /// Is the sentence up to `p` only an introductory phrase ("At 5 a.m.", "By 10 p.m.")?
    fn intro(&self, p: usize) -> bool {
        if p < self.first || p - self.first > 48 {
            return false;
        }
        let Some((buf, len, _)) = self.word_at(self.first) else {
            return false;
        };
        let spaces = self.b[self.first..p].iter().filter(|&&x| x == b' ').count();
        spaces <= 5
            && matches!(
                &buf[..len],
                b"at"
                    | b"by"
                    | b"before"
                    | b"after"
                    | b"until"
                    | b"till"
                    | b"around"
                    | b"about"
                    | b"from"
                    | b"since"
                    | b"on"
                    | b"starting"
                    | b"beginning"
                    | b"between"
                    | b"shortly"
                    | b"just"
                    | b"early"
                    | b"late"
                    | b"as"
            )
    }

    /// The ASCII word at `w`, lower-cased (at most 12 letters), and the byte after it.
    fn word_at(&self, w: usize) -> Option<([u8; 12], usize, Option<u8>)> {
        let mut buf = [0u8; 12];
        let mut len = 0;
        let mut j = w;
        while let Some(&x) = self.b.get(j) {
            if !x.is_ascii_alphabetic() {
                break;
            }
            if len == buf.len() {
                return None;
            }
            buf[len] = x.to_ascii_lowercase();
            len += 1;
            j += 1;
        }
        (len > 0).then(|| (buf, len, self.b.get(j).copied()))
    }

    /// Start a sentence at `pos`; return where scanning resumes (after a list marker, if any).
    fn begin(&mut self, pos: usize) -> usize {
        self.start = pos;
        self.list_cut = None;
        let mut k = pos;
        while let Some(c) = self.char_at(k) {
            if !c.is_whitespace() {
                break;
            }
            k += c.len_utf8();
        }
        self.first = k;
        self.list_marker(k).unwrap_or(k)
    }

    /// If a list marker starts at `k`, find where its item ends and return the position after
    /// the marker.
    fn list_marker(&mut self, k: usize) -> Option<usize> {
        let b = self.b;
        let mut q = k + bullet_len(b, k);
        while q > k && b.get(q) == Some(&b' ') {
            q += 1;
        }
        // The marker's value: 1..=99, or a lower-case letter (101 = 'a').
        let mut value = 0usize;
        let digits = b[q.min(b.len())..]
            .iter()
            .take(3)
            .take_while(|x| x.is_ascii_digit())
            .count();
        match digits {
            1 | 2 => {
                for &d in &b[q..q + digits] {
                    value = value * 10 + usize::from(d - b'0');
                }
                if value == 0 {
                    return None;
                }
                q += digits;
            }
            0 => {
                let x = *b.get(q)?;
                if !x.is_ascii_lowercase() {
                    return None;
                }
                value = 101 + usize::from(x - b'a');
                q += 1;
            }
            _ => return None,
        }
        let style = match (b.get(q), b.get(q + 1)) {
            (Some(b'.'), Some(b')')) => 2,
            (Some(b'.'), _) => 0,
            (Some(b')'), _) => 1,
            _ => return None,
        };
        let suffix: &[u8] = [&b"."[..], b")", b".)"][style];
        q += suffix.len();
        if !matches!(b.get(q), Some(b' ' | b'\t')) {
            return None;
        }
        // "a. The first item": a letter marker must be followed by a capital.
        if value > 100 {
            let mut r = q;
            while b.get(r) == Some(&b' ') {
                r += 1;
            }
            if !b.get(r).is_some_and(u8::is_ascii_uppercase) {
                return None;
            }
        }
        // The next marker of the same list: value + 1.
        let next = value + 1;
        if next == 101 || next > 126 {
            return Some(q);
        }
        let slot = style * 128 + next;
        if q < self.list_absent[slot] {
            return Some(q);
        }
        if self.list_found[slot] > q {
            self.list_cut = Some(self.list_found[slot]);
            return Some(q);
        }
        let mut target = [0u8; 5];
        let mut tlen = 0;
        if next > 100 {
            target[0] = b'a' + (next - 101) as u8;
            tlen = 1;
        } else {
            if next >= 10 {
                target[0] = b'0' + (next / 10) as u8;
                tlen = 1;
            }
            target[tlen] = b'0' + (next % 10) as u8;
            tlen += 1;
        }
        target[tlen..tlen + suffix.len()].copy_from_slice(suffix);
        tlen += suffix.len();
        let target = &target[..tlen];

        let mut r = q;
        while r < b.len() {
            let x = b[r];
            if x == b'\n' || x == b'\r' {
                break;
            }
            if x == target[0]
                && b[r..].starts_with(target)
                && matches!(b.get(r + tlen), Some(b' ' | b'\t'))
            {
                let before = b[r - 1]; // r > q > 0
                if before == b' ' || before == b'\t' {
                    // "… item • 10. The": cut at the bullet.
                    let mut s = r - 1;
                    while s > q && b[s - 1] == b' ' {
                        s -= 1;
                    }
                    let cut = bullet_before(b, s).filter(|&c| c > q).unwrap_or(r);
                    self.list_cut = Some(cut);
                    self.list_found[slot] = cut;
                    return Some(q);
                }
                if let Some(c) = bullet_before(b, r).filter(|&c| c > q) {
                    self.list_cut = Some(c);
                    self.list_found[slot] = c;
                    return Some(q);
                }
            }
            r += 1;
        }
        self.list_absent[slot] = r;
        Some(q)
    }

    /// Close the current sentence at `end` (trimmed; dropped if empty).
    fn push(&mut self, end: usize) {
        if end <= self.start {
            return;
        }
        let Some(piece) = self.text.get(self.start..end) else {
            return;
        };
        let trimmed_start = piece.trim_start();
        let lead = piece.len() - trimmed_start.len();
        let trimmed = trimmed_start.trim_end();
        if !trimmed.is_empty() {
            let s = self.start + lead;
            self.out.push(s..s + trimmed.len());
        }
    }
}

/// Length of a list bullet starting at `k` ("•", "⁃", "◦", "▪", "*"), or 0.
fn bullet_len(b: &[u8], k: usize) -> usize {
    match (b.get(k), b.get(k + 1), b.get(k + 2)) {
        (Some(b'*'), _, _) => 1,
        (Some(0xE2), Some(0x80), Some(0xA2))
        | (Some(0xE2), Some(0x81), Some(0x83))
        | (Some(0xE2), Some(0x97), Some(0xA6))
        | (Some(0xE2), Some(0x96), Some(0xAA)) => 3,
        _ => 0,
    }
}

/// Start of a bullet that ends at `end` and is preceded by whitespace.
fn bullet_before(b: &[u8], end: usize) -> Option<usize> {
    for len in [1, 3] {
        let s = end.checked_sub(len)?;
        if bullet_len(b, s) == len && (s == 0 || matches!(b[s - 1], b' ' | b'\t')) {
            return Some(s);
        }
    }
    None
}

/// Whether a period after `word` (ASCII letters, its own period dropped), followed by a space and
/// `next` (the next word, or empty before a number or a mark), ends no sentence, as `split` reads
/// it: a title ("Dr.", "Gov.") never does; an abbreviation that may end one ("Jan.", "Inc.") does
/// only before a capitalised opener ("Jan. The …", not "Jan. 15", "Inc. shares"); any period
/// before a lowercase word does not. The value scanner's tense reading asks it.
pub(crate) fn period_goes_on(word: &[u8], next: &[u8]) -> bool {
    if next.first().is_some_and(u8::is_ascii_lowercase) {
        return true;
    }
    if word.len() > 6 {
        return false;
    }
    let mut buf = [0u8; 6];
    for (d, s) in buf.iter_mut().zip(word) {
        *d = s.to_ascii_lowercase();
    }
    match known_abbrev(&buf[..word.len()]) {
        Some(Abbrev::Never) => true,
        Some(Abbrev::Maybe) => {
            let mut w = [0u8; 12];
            let opener = next.len() <= w.len() && {
                for (d, s) in w.iter_mut().zip(next) {
                    *d = s.to_ascii_lowercase();
                }
                is_starter(&w[..next.len()])
            };
            !(next.first().is_some_and(u8::is_ascii_uppercase) && opener)
        }
        _ => false,
    }
}

/// Abbreviations known by name (lower case, inner periods kept, final period dropped).
fn known_abbrev(w: &[u8]) -> Option<Abbrev> {
    Some(match w {
        // Titles and words that always have something after them.
        b"mr" | b"mrs" | b"ms" | b"mx" | b"messrs" | b"mmes" | b"mme" | b"mlle" | b"dr"
        | b"drs" | b"prof" | b"profs" | b"gen" | b"gens" | b"sen" | b"sens" | b"rep" | b"reps"
        | b"gov" | b"govs" | b"capt" | b"cpt" | b"lt" | b"col" | b"sgt" | b"cpl" | b"pvt"
        | b"pfc" | b"spc" | b"maj" | b"adm" | b"cmdr" | b"comdr" | b"cdr" | b"brig" | b"rev"
        | b"hon" | b"pres" | b"supt" | b"atty" | b"amb" | b"det" | b"insp" | b"msgr" | b"fr"
        | b"ste" | b"mt" | b"vs" | b"e.g" | b"i.e" | b"cf" | b"viz" | b"approx" | b"ca"
        | b"nos" | b"nr" | b"fig" | b"figs" | b"pp" | b"vol" | b"vols" | b"art" | b"ch"
        | b"para" | b"eq" => Abbrev::Never,
        // Abbreviations that may end a sentence too. ("etc." is not here: it is an ordinary
        // word, ending the sentence before any capital.)
        b"st" | b"ave" | b"rd" | b"blvd" | b"hwy" | b"inc" | b"corp" | b"ltd" | b"co" | b"cos"
        | b"llc" | b"plc" | b"bros" | b"jr" | b"sr" | b"esq" | b"al" | b"dept" | b"univ"
        | b"assn" | b"govt" | b"intl" | b"natl" | b"no" | b"ft" | b"sec" | b"ed" | b"eds"
        | b"yr" | b"yrs" | b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug"
        | b"sep" | b"sept" | b"oct" | b"nov" | b"dec" | b"ph.d" | b"ala" | b"ariz" | b"ark"
        | b"calif" | b"colo" | b"conn" | b"fla" | b"ga" | b"kan" | b"kans" | b"ky" | b"la"
        | b"md" | b"mich" | b"minn" | b"mo" | b"mont" | b"neb" | b"nev" | b"okla" | b"pa"
        | b"tenn" | b"va" | b"vt" | b"wis" | b"wyo" => Abbrev::Maybe,
        b"a.m" | b"p.m" => Abbrev::Time,
        _ => return None,
    })
}

/// Words that typically open a sentence (lower case).
fn is_starter(w: &[u8]) -> bool {
    matches!(
        w,
        b"a" | b"an"
            | b"the"
            | b"he"
            | b"she"
            | b"it"
            | b"its"
            | b"they"
            | b"we"
            | b"i"
            | b"you"
            | b"his"
            | b"her"
            | b"their"
            | b"our"
            | b"my"
            | b"your"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"there"
            | b"here"
            | b"but"
            | b"and"
            | b"or"
            | b"so"
            | b"yet"
            | b"however"
            | b"in"
            | b"on"
            | b"at"
            | b"for"
            | b"if"
            | b"when"
            | b"while"
            | b"after"
            | b"before"
            | b"although"
            | b"though"
            | b"as"
            | b"since"
            | b"because"
            | b"meanwhile"
            | b"now"
            | b"then"
            | b"today"
            | b"yesterday"
            | b"tomorrow"
            | b"last"
            | b"what"
            | b"who"
            | b"why"
            | b"how"
            | b"where"
            | b"which"
            | b"whether"
            | b"did"
            | b"do"
            | b"does"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"will"
            | b"would"
            | b"can"
            | b"could"
            | b"should"
            | b"has"
            | b"have"
            | b"had"
            | b"not"
            | b"some"
            | b"many"
            | b"most"
            | b"all"
            | b"both"
            | b"each"
            | b"every"
            | b"one"
            | b"according"
            | b"still"
            | b"also"
            | b"instead"
            | b"such"
            | b"even"
            | b"only"
            | b"just"
            | b"please"
            | b"let"
            | b"despite"
            | b"during"
            | b"with"
            | b"without"
            | b"from"
            | b"by"
            | b"thus"
            | b"indeed"
            | b"otherwise"
            | b"nevertheless"
            | b"moreover"
            | b"furthermore"
            | b"perhaps"
            | b"yes"
            | b"another"
            | b"other"
            | b"several"
            | b"nobody"
            | b"nothing"
            | b"everyone"
            | b"someone"
            | b"officials"
            | b"critics"
    )
}

/// Words that continue a time of day: zones, days, months.
fn is_time_continuation(w: &[u8]) -> bool {
    matches!(
        w,
        b"et"
            | b"est"
            | b"edt"
            | b"ct"
            | b"cst"
            | b"cdt"
            | b"mt"
            | b"mst"
            | b"mdt"
            | b"pt"
            | b"pst"
            | b"pdt"
            | b"gmt"
            | b"utc"
            | b"bst"
            | b"cet"
            | b"cest"
            | b"msk"
            | b"eastern"
            | b"central"
            | b"pacific"
            | b"mountain"
            | b"local"
            | b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"mon"
            | b"tue"
            | b"tues"
            | b"wed"
            | b"thu"
            | b"thurs"
            | b"fri"
            | b"sat"
            | b"sun"
            | b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
    )
}

#[cfg(test)]
mod tests {
    use super::{period_goes_on, split, split_on_two};

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn a_text_cut_after_any_line_break_splits_as_a_whole() {
        // Lists, abbreviations, quotes, ellipses and a CJK stop on either side of each break.
        let text = "Mr. Smith went to Washington. He met the U.S.\nPresident at 5 p.m. on Monday.\n\n\
            1. First item 2. Second item\n“Is it over?” he asked. “No.”\n\
            • a. The first • b. The second\r\nShe said . . . nothing… Then left.\n\
            The Dow rose 1.5% to 35,000. Shares of Acme Inc.\n(Photo: AP)\n政府。Next line.\n";
        let whole = split(text);
        for (cut, _) in text.match_indices('\n') {
            let cut = cut + 1;
            let mut parts = split(&text[..cut]);
            parts.extend(
                split(&text[cut..])
                    .into_iter()
                    .map(|r| r.start + cut..r.end + cut),
            );
            assert_eq!(parts, whole, "cut at {cut}");
        }
        assert_eq!(split_on_two(text), whole);
        assert_eq!(
            split_on_two("One line. No break."),
            split("One line. No break.")
        );
    }

    #[test]
    fn empty_and_blank_give_nothing() {
        assert!(split("").is_empty());
        assert!(split(" \n\t\n  ").is_empty());
    }

    #[test]
    fn a_period_goes_on_as_the_splitter_reads_it() {
        // a title never ends a sentence; a month or "Inc." only before a capitalised opener
        assert!(period_goes_on(b"Gov", b"Smith"));
        assert!(period_goes_on(b"Dr", b"The"));
        assert!(period_goes_on(b"Jan", b""));
        assert!(period_goes_on(b"Sept", b"Prices"));
        assert!(!period_goes_on(b"Jan", b"The"));
        // an ordinary word ends one, unless a lowercase word follows
        assert!(!period_goes_on(b"year", b"The"));
        assert!(!period_goes_on(b"year", b""));
        assert!(period_goes_on(b"year", b"the"));
        // and the splitter agrees
        assert_eq!(
            split("Gov. Smith said on Jan. 20 the bill passed.").len(),
            1
        );
        assert_eq!(split("It opened in Jan. The bill passed.").len(), 2);
    }

    #[test]
    fn abbreviations_split_only_before_a_sentence_starter() {
        assert_eq!(
            sentences("He lives in the U.S. He works for the U.S. Government in D.C. now."),
            [
                "He lives in the U.S.",
                "He works for the U.S. Government in D.C. now."
            ]
        );
        assert_eq!(
            sentences("Mr. Smith met Dr. Jones."),
            ["Mr. Smith met Dr. Jones."]
        );
        // A word that ends in a letter beyond ASCII is no initial ("Bernabéu." is not "J.").
        assert_eq!(
            sentences("Fans filled the Santiago Bernabéu. Madrid hosts Sevilla."),
            [
                "Fans filled the Santiago Bernabéu.",
                "Madrid hosts Sevilla."
            ]
        );
        assert_eq!(
            sentences("He met José A. Ruiz in Kraków."),
            ["He met José A. Ruiz in Kraków."]
        );
    }

    #[test]
    fn quotes_and_dashes_keep_the_attribution() {
        assert_eq!(
            sentences("“Hello,” he said. “Why?” she asked."),
            ["“Hello,” he said.", "“Why?” she asked."]
        );
        assert_eq!(
            sentences("Who will save it? – he asked."),
            ["Who will save it? – he asked."]
        );
    }

    #[test]
    fn lines_are_sentences() {
        assert_eq!(
            sentences("Headline here\nFirst line. Second\n\nCaption"),
            ["Headline here", "First line.", "Second", "Caption"]
        );
    }

    #[test]
    fn spans_are_trimmed_and_in_order() {
        let text = "  One.  Two!\r\n Three?  \u{2028} Four…  Five ";
        let spans = split(text);
        let mut last = 0;
        for r in &spans {
            assert!(r.start >= last && r.start < r.end);
            assert_eq!(text[r.clone()].trim(), &text[r.clone()]);
            last = r.end;
        }
        assert_eq!(sentences(text), ["One.", "Two!", "Three?", "Four…", "Five"]);
    }
}
