//! Text that is not a checkable statement: captions, credits, bylines, "Read more" lines,
//! questions, exclamations; and the dateline in front of a lead ("ATLANTA (AP) —").
//!
//! Such text is dropped, not kept dismissed: the extractor is pure and cannot record a reviewer's
//! decision, and a dismissed claim would ask a reviewer to look at every caption again.

use aho_corasick::AhoCorasick;
use std::borrow::Cow;
use std::sync::LazyLock;

/// Lines that only point elsewhere or credit someone, by how they start (lower case).
const POINTERS: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "related:",
    "related coverage",
    "click here",
    "sign up",
    "subscribe",
    "follow us",
    "follow him",
    "follow her",
    "advertisement",
    "photo:",
    "photos:",
    "photograph:",
    "image:",
    "images:",
    "picture:",
    "pictured:",
    // the labels that some sites print before a picture's caption and credit ("Image caption,
    // Waves crashed over the wall", "Image source, Getty Images", "Media caption, …")
    "image caption,",
    "image caption:",
    "image source,",
    "image source:",
    "media caption,",
    "media caption:",
    "photo caption,",
    "caption:",
    "video:",
    "credit:",
    "source:",
    "file photo",
    "reporting by",
    "editing by",
    "additional reporting",
    "written by",
    "copyright",
    "©",
    "all rights reserved",
    "watch:",
    "listen:",
    "share this",
    // Notes about the story itself, not about the world: "Editor's note: …", "Correction: An
    // earlier version …", "This story has been updated …", an appeal for tips.
    "editor's note",
    "editor’s note",
    "editors' note",
    "editors’ note",
    "correction:",
    "corrections:",
    "clarification:",
    "this story has been",
    "this story was",
    "this article has been",
    "this article was",
    "an earlier version of this",
    "a previous version of this",
    "anyone with information",
];

/// The first bytes of `POINTERS` (lower case), by byte.
const POINTER_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < POINTERS.len() {
        t[POINTERS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};

/// Words of a picture's caption or credit, anywhere in a short line.
const CREDITS: &[&str] = &[
    "getty images",
    "ap photo",
    "afp via getty",
    "reuters/",
    "/reuters",
    "shutterstock",
    "(file photo)",
    "photo credit",
    "image credit",
];

/// A caption's own predicate: "He is pictured with his wife", "Smith poses with the cup".
const CAPTION_VERBS: &[&str] = &[
    " is pictured",
    " are pictured",
    " is seen ",
    " are seen ",
    " is shown ",
    " are shown ",
    " pictured with ",
    " poses ",
    " pose ",
    " posing ",
];

/// Lines about the reporting, not the world: the writers behind the story ("Staff writer Ann
/// Lee contributed to this report.", "Tom Ray contributed reporting.") and a source that did not
/// answer ("An Apple spokesperson declined to comment.", "The company did not respond to a
/// request for comment."). Each after a space: the word it starts is a word of the line, which
/// the word list rules out for most lines (`Anchors`).
const REPORTING: &[&str] = &[
    " contributed to this report",
    " contributed to this story",
    " contributed to this article",
    " contributed reporting",
    " declined to comment",
    " declined to be interviewed",
    " request for comment",
    " requests for comment",
    " could not be reached for comment",
    " could not immediately be reached",
    " did not immediately respond",
    " did not respond to messages",
    " did not respond to emails",
    " did not respond to questions",
    " did not return a ",
    " did not return calls",
    " did not return messages",
    " not immediately available for comment",
];

/// `CREDITS`, `CAPTION_VERBS` and `REPORTING` together, found in one pass, built once: either makes a short
/// line noise, and the checks between them only ever answer "noise" too, so one search answers
/// for both. With the words that let a line's word list rule the search out (`Anchors`), built
/// from the same patterns at the same time.
struct Captions {
    finder: AhoCorasick,
    anchors: Anchors,
}

static CAPTIONS: LazyLock<Captions> = LazyLock::new(|| {
    let patterns: Vec<&'static str> = CREDITS
        .iter()
        .chain(CAPTION_VERBS)
        .chain(REPORTING)
        .copied()
        .collect();
    Captions {
        finder: AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&patterns)
            .expect("fixed patterns build"),
        anchors: Anchors::new(&patterns),
    }
});

/// A word of each pattern that the sentence's word list (`word_spans`) must hold where the
/// pattern is found: a run of word characters of the pattern (letters, digits, '-', '.') with a
/// character outside a word before it in the pattern starts a listed word, with one after it ends
/// one, with both is one, with neither is inside one. The longest run of each pattern is kept, so
/// a line none of whose words holds any of them holds no pattern. The runs a word may hold are
/// looked up by its first and last bytes, so most words are ruled out by two loads.
struct Anchors {
    /// (the run in lower case, it starts a listed word, it ends one).
    runs: Vec<(&'static str, bool, bool)>,
    /// The runs that start a word, as bits, by the word's first byte.
    by_first: [u32; 256],
    /// The runs that end a word and do not start one, by the word's last byte.
    by_last: [u32; 256],
    /// The runs inside a word, and the shortest of them.
    inside: u32,
    inside_len: usize,
    /// Every word may hold a pattern: a pattern the runs cannot stand for.
    all: bool,
}

impl Anchors {
    fn new(patterns: &[&'static str]) -> Self {
        let mut out = Self {
            runs: Vec::new(),
            by_first: [0; 256],
            by_last: [0; 256],
            inside: 0,
            inside_len: usize::MAX,
            all: false,
        };
        let word = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.');
        for p in patterns {
            // A character the word list may hold or not ('&' glues only between capitals), one
            // outside ASCII, or more runs than bits: every word may hold a pattern.
            if p.contains('&') || !p.is_ascii() || out.runs.len() >= 32 {
                out.all = true;
                return out;
            }
            let b = p.as_bytes();
            let mut best: Option<(&'static str, bool, bool)> = None;
            let mut i = 0;
            while i < b.len() {
                if !word(b[i]) {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < b.len() && word(b[i]) {
                    i += 1;
                }
                let run = (&p[start..i], start > 0, i < b.len());
                if best.is_none_or(|(r, _, _)| run.0.len() > r.len()) {
                    best = Some(run);
                }
            }
            let Some(run) = best else {
                out.all = true;
                return out;
            };
            if out.runs.contains(&run) {
                continue;
            }
            let bit = 1u32 << out.runs.len();
            let r = run.0.as_bytes();
            match (run.1, run.2) {
                (true, _) => {
                    out.by_first[usize::from(r[0].to_ascii_lowercase())] |= bit;
                    out.by_first[usize::from(r[0].to_ascii_uppercase())] |= bit;
                }
                (false, true) => {
                    out.by_last[usize::from(r[r.len() - 1].to_ascii_lowercase())] |= bit;
                    out.by_last[usize::from(r[r.len() - 1].to_ascii_uppercase())] |= bit;
                }
                (false, false) => {
                    out.inside |= bit;
                    out.inside_len = out.inside_len.min(r.len());
                }
            }
            out.runs.push(run);
        }
        out
    }

    /// Can the listed word `w` hold one of the runs as its pattern holds it?
    fn may_hold(&self, w: &str) -> bool {
        if self.all {
            return true;
        }
        let w = w.as_bytes();
        let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
            return false;
        };
        let mut bits = self.by_first[usize::from(first)] | self.by_last[usize::from(last)];
        if w.len() >= self.inside_len {
            bits |= self.inside;
        }
        while bits != 0 {
            let (run, starts, ends) = self.runs[bits.trailing_zeros() as usize];
            bits &= bits - 1;
            let r = run.as_bytes();
            let holds = match (starts, ends) {
                (true, true) => w.eq_ignore_ascii_case(r),
                (true, false) => w.get(..r.len()).is_some_and(|h| h.eq_ignore_ascii_case(r)),
                (false, true) => {
                    w.len() >= r.len() && w[w.len() - r.len()..].eq_ignore_ascii_case(r)
                }
                (false, false) => w.windows(r.len()).any(|x| x.eq_ignore_ascii_case(r)),
            };
            if holds {
                return true;
            }
        }
        false
    }
}

/// The characters whose lower case holds an ASCII character: the dotted capital I ("i̇") and
/// the Kelvin sign ("k"). Everything else lower-cases ASCII to ASCII and the rest to non-ASCII
/// (a test walks every character).
const LOWERS_TO_ASCII: [char; 2] = ['\u{130}', '\u{212A}'];

/// Parenthesised words that point into a picture: "(pictured)", "(far right)", "(left)".
const CAPTION_MARKS: &[&str] = &[
    "pictured",
    "left",
    "right",
    "far left",
    "far right",
    "centre",
    "center",
    "above",
    "below",
    "inset",
    "top",
    "bottom",
    "second left",
    "second right",
    "second from left",
    "second from right",
    "front",
    "back row",
    "file",
];

/// Does `sentence` end as a written sentence does: with a full stop, a question or exclamation
/// mark, or an ellipsis, before any closing quotes or brackets? A headline does not.
pub fn ends_as_sentence(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
        })
        .ends_with(['.', '!', '?', '…'])
}

/// Is `sentence` something that is not a statement of fact at all?
pub fn is_noise(sentence: &str) -> bool {
    is_noise_counted(sentence, super::words_up_to(sentence, 16), &[])
}

/// `is_noise` of a sentence whose words are counted already (`words_up_to(sentence, 16)`), with
/// its word list (`word_spans`; empty when not at hand), which tells most lines that no credit or
/// caption predicate can be in them without searching the text (`Anchors`).
pub fn is_noise_counted(sentence: &str, words: usize, listed: &[(usize, &str)]) -> bool {
    let t = sentence.trim_start_matches(|c: char| !crate::extract::chars::is_alnum(c) && c != '©');
    let starts = |p: &str| {
        t.as_bytes()
            .get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    };
    // Most lines start with a byte no pointer starts with: one look-up says so. The others are
    // compared in full only with the pointers that start with their first byte.
    if let Some(&first) = t.as_bytes().first()
        && POINTER_FIRST[usize::from(first.to_ascii_lowercase())]
        && POINTERS.iter().any(|p| {
            p.as_bytes()
                .first()
                .is_some_and(|c| c.eq_ignore_ascii_case(&first))
                && starts(p)
        })
    {
        return true;
    }
    let end = sentence.trim_end_matches(['"', '”', '’', '\'', ' ', ')', '\n', '\t']);
    // A question or an exclamation asks or exclaims; it does not state.
    if end.ends_with('?') || end.ends_with('!') {
        return true;
    }
    // A question followed by its speaker tag ("…fall into the US? – he asked.").
    // A vectorised search from the end ('?' is one byte): most sentences hold none.
    if let Some(q) = memchr::memrchr(b'?', sentence.as_bytes())
        && super::word_count(&sentence[q + 1..]) <= 3
    {
        return true;
    }
    // Its words, counted once (up to 16, where a line is too long to be anything but prose).
    if words >= 16 {
        return false;
    }
    // The pattern lists are lower-case ASCII and searched ignoring ASCII case, which finds in the
    // sentence what a search of its lower-cased copy finds, unless a character lower-cases into
    // ASCII (`LOWERS_TO_ASCII`). The copy is made only then, and where the short-line and "@"
    // checks below read it.
    // Each character searched for on its own: a search for one character goes by its last
    // byte, a search for any of several decodes every character. An ASCII line holds neither
    // (one pass that stops at the first non-ASCII byte, instead of two searches to the end).
    let lowers_to_ascii =
        !sentence.is_ascii() && LOWERS_TO_ASCII.iter().any(|&c| sentence.contains(c));
    let lower: Cow<str> = if words < 6 || sentence.contains('@') || lowers_to_ascii {
        Cow::Owned(sentence.to_lowercase())
    } else {
        Cow::Borrowed(sentence)
    };
    // The word list rules the search out for most lines; it reads the text as written, so only
    // where the text holds no character that lower-cases into ASCII.
    let captions = &*CAPTIONS;
    let maybe_caption = listed.is_empty()
        || lowers_to_ascii
        || listed.iter().any(|&(_, w)| captions.anchors.may_hold(w));
    if maybe_caption && captions.finder.is_match(lower.as_ref()) {
        return true;
    }
    // A writer's line ("AP Sports Writer", "Staff Correspondent") or a way to reach one
    // ("Follow Dana Wu on X: @danawu", "Readers can reach … at sam@paper.com").
    let last =
        super::last_word(lower.trim_end_matches(|c: char| !crate::extract::chars::is_alnum(c)));
    if words < 6
        && matches!(
            last,
            "writer" | "correspondent" | "reporter" | "editor" | "columnist" | "contributor"
        )
    {
        return true;
    }
    if lower.contains('@')
        && [
            "follow",
            "contact",
            "email",
            "e-mail",
            "reach",
            "readers can",
            "write to",
        ]
        .iter()
        .any(|p| lower.trim_start().starts_with(p) || lower.contains(&format!(" {p} ")))
    {
        return true;
    }
    // Bylines: "By Jane Smith", "By Jane Smith and Tom Ray, CNN".
    if let Some(rest) = t.strip_prefix("By ") {
        let caps = rest
            .split_whitespace()
            .take_while(|w| w.starts_with(char::is_uppercase) || *w == "and")
            .count();
        // Longer with the writer's line or a time stamp: "By Ann Lee, Staff Writer | Updated
        // 3:05 p.m. ET Oct. 13, 2023".
        let stamped = || {
            let rest = rest.to_ascii_lowercase();
            rest.contains(" | ")
                || [
                    "updated",
                    "published",
                    "posted",
                    "writer",
                    "correspondent",
                    "reporter",
                ]
                .iter()
                .any(|w| rest.contains(w))
        };
        if caps >= 2 && (words < 9 || stamped()) {
            return true;
        }
    }
    // A time stamp on its own line: "Published 8:31 AM EST, Wed January 15, 2025", "Updated:
    // June 3, 2024 at 5:02 p.m.", "Last updated on 3 June 2024".
    if stamp_line(t) {
        return true;
    }
    // A picture's credit on its own: "(Jon Shapley/Houston Chronicle)".
    if credit_in_brackets(sentence) {
        return true;
    }
    // A caption's own predicate ("He is pictured with his wife", "Smith poses with the cup") and
    // the lines about the reporting (`REPORTING`) were searched for with the credits.
    false
}

/// "(Jon Shapley/Houston Chronicle)", "(Photo by Ann Lee/Reuters)": a line that is nothing
/// but a bracket of capitalised words with a slash between a name and an outlet.
fn credit_in_brackets(sentence: &str) -> bool {
    let t = sentence.trim().trim_end_matches('.');
    let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    inner.contains('/')
        && !inner.contains(['(', ')'])
        && inner.split([' ', '/']).filter(|w| !w.is_empty()).all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || matches!(w, "by" | "for" | "of" | "via" | "and" | "the")
        })
}

/// Does the line open with a stamp word ("Published", "Updated", "Posted", "Last updated",
/// "First published", "Last modified") followed by a date or a clock time? "Updated figures
/// show …" does not: what follows the word must be a time.
fn stamp_line(t: &str) -> bool {
    let lower = |w: &str| w.to_ascii_lowercase();
    let mut words = t.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first = lower(first.trim_end_matches(':'));
    let mut next = words.next().unwrap_or("");
    if matches!(first.as_str(), "last" | "first") {
        if !matches!(
            lower(next.trim_end_matches(':')).as_str(),
            "updated" | "published" | "modified" | "posted"
        ) {
            return false;
        }
        next = words.next().unwrap_or("");
    } else if !matches!(
        first.as_str(),
        "published" | "updated" | "posted" | "modified"
    ) {
        return false;
    }
    let mut next = lower(next.trim_matches(|c: char| !crate::extract::chars::is_alnum(c)));
    if matches!(next.as_str(), "on" | "at") {
        next = lower(
            words
                .next()
                .unwrap_or("")
                .trim_matches(|c: char| !c.is_alphanumeric()),
        );
    }
    const TIME_WORDS: &[&str] = &[
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
        "mon",
        "monday",
        "tue",
        "tues",
        "tuesday",
        "wed",
        "wednesday",
        "thu",
        "thur",
        "thurs",
        "thursday",
        "fri",
        "friday",
        "sat",
        "saturday",
        "sun",
        "sunday",
        "today",
        "yesterday",
    ];
    // Nothing but the time after it: no word in lower case other than a time's own
    // ("Published 2019 research found …" is a sentence).
    let only_time = t.split_whitespace().skip(1).all(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        !w.starts_with(|c: char| c.is_ascii_lowercase())
            || matches!(
                w,
                "on" | "at"
                    | "am"
                    | "pm"
                    | "a.m"
                    | "p.m"
                    | "a.m."
                    | "p.m."
                    | "updated"
                    | "published"
                    | "modified"
                    | "posted"
                    | "and"
            )
    });
    only_time
        && (next.starts_with(|c: char| c.is_ascii_digit()) || TIME_WORDS.contains(&next.as_str()))
}

/// The byte ranges of caption marks in `sentence` ("(pictured)", ", second and third from
/// right,"), which a claim's parts leave out.
pub fn caption_marks(sentence: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    if !sentence.contains('(') && super::find_str(sentence, " from ").is_none() {
        return out;
    }
    let mut from = 0;
    while let Some(open) = sentence[from..].find('(').map(|i| i + from) {
        let Some(close) = sentence[open..].find(')').map(|i| i + open) else {
            break;
        };
        let inner = sentence[open + 1..close].trim().to_ascii_lowercase();
        if CAPTION_MARKS.contains(&inner.as_str())
            || inner.ends_with(" from left")
            || inner.ends_with(" from right")
        {
            // Take the space before the mark too, so the pieces around it join cleanly.
            let start = if sentence[..open].ends_with(' ') {
                open - 1
            } else {
                open
            };
            out.push(start..close + 1);
        }
        from = close + 1;
    }
    // ", second and third from right," between commas.
    let mut from = 0;
    while let Some(at) = super::find_str(&sentence[from..], " from ").map(|i| i + from) {
        from = at + 6;
        let rest = &sentence[from..];
        if !(rest.starts_with("right,") || rest.starts_with("left,")) {
            continue;
        }
        let Some(comma) = super::rfind_str(&sentence[..at], ", ") else {
            continue;
        };
        let inside = &sentence[comma + 2..at];
        if inside.split_whitespace().count() <= 4
            && inside.split_whitespace().all(|w| {
                matches!(
                    w,
                    "first" | "second" | "third" | "fourth" | "fifth" | "and" | "far"
                )
            })
        {
            let end = from + rest.find(',').unwrap_or(0) + 1;
            out.push(comma..end);
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// Where the statement starts after a dateline: "ATLANTA (AP) — ", "LONDON, March 3 (Reuters) - ",
/// "WASHINGTON — ", "(CNN) — ". 0 when there is none.
pub fn dateline_end(sentence: &str) -> usize {
    let b = sentence.as_bytes();
    let mut i = 0;
    // A place in capitals ("NEW YORK", "ST. LOUIS"), then an optional ", Month Day".
    let mut caps = 0;
    while i < b.len() && (b[i].is_ascii_uppercase() || matches!(b[i], b' ' | b'.' | b'\'' | b'-')) {
        caps += usize::from(b[i].is_ascii_uppercase());
        // A dash after a space ends the place: it is the dateline's dash.
        if b[i] == b'-' && i > 0 && b[i - 1] == b' ' {
            break;
        }
        i += 1;
    }
    if caps > 0 && caps < 2 {
        return place_agency_end(sentence);
    }
    if caps >= 2 && i < b.len() && b[i] == b',' {
        // ", March 3" or ", Ukraine": up to the agency or the dash, at most a few words.
        let rest = &sentence[i..];
        let stop = rest
            .find(['(', '—', '–'])
            .or_else(|| rest.find(" - "))
            .filter(|&s| s < 40);
        match stop {
            Some(s) => i += s,
            None => return 0,
        }
    }
    let mut j = i;
    while j < b.len() && b[j] == b' ' {
        j += 1;
    }
    // An optional agency in brackets: "(AP)", "(Reuters)", "(CNN)".
    let mut agency = false;
    if sentence[j..].starts_with('(')
        && let Some(close) = sentence[j..].find(')')
    {
        let inner = &sentence[j + 1..j + close];
        if !inner.is_empty()
            && inner.len() <= 20
            && inner.starts_with(|c: char| c.is_ascii_uppercase())
            && !inner.contains(' ')
        {
            agency = true;
            j += close + 1;
        }
    }
    if caps < 2 && !agency {
        return 0;
    }
    while j < b.len() && b[j] == b' ' {
        j += 1;
    }
    let rest = &sentence[j..];
    let dash = ["—", "–", "--", "-"]
        .iter()
        .find(|d| rest.starts_with(**d))
        .map(|d| d.len());
    match dash {
        Some(n) => {
            let after = &rest[n..];
            j + n + (after.len() - after.trim_start().len())
        }
        None => 0,
    }
}

/// "Mexico City (Reuters) - ": a place written in capitalised words, an agency in brackets, a
/// dash. 0 when the sentence does not open so.
fn place_agency_end(sentence: &str) -> usize {
    // Only the first " (" counts, and only within 40 bytes: the search reads no further (most
    // sentences open with a capital and come here, and most have no bracket near the start).
    let head = &sentence.as_bytes()[..sentence.len().min(42)];
    let Some(open) = head.windows(2).position(|w| w == b" (") else {
        return place_dash_end(sentence);
    };
    if sentence[..open].contains(" —") || sentence[..open].contains(" –") {
        return place_dash_end(sentence);
    }
    let place = &sentence[..open];
    if !place
        .split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        || place.split_whitespace().count() > 4
    {
        return 0;
    }
    let rest = &sentence[open + 2..];
    let Some(close) = rest.find(')').filter(|&c| c <= 20 && c > 0) else {
        return 0;
    };
    let inner = &rest[..close];
    if inner.contains(' ') || !inner.starts_with(|c: char| c.is_ascii_uppercase()) {
        return 0;
    }
    let after = &rest[close + 1..];
    let trimmed = after.trim_start();
    let dash = ["—", "–", "--", "-"]
        .iter()
        .find(|d| trimmed.starts_with(**d))
        .map(|d| d.len());
    match dash {
        Some(n) => {
            let body = &trimmed[n..];
            sentence.len() - body.trim_start().len()
        }
        None => 0,
    }
}

/// "Tokyo — Microsoft will …", "Nairobi, Kenya — Floods killed …": a place in capitalised words
/// (up to four, one comma), a dash set off by spaces, and a new sentence after it, in capitals,
/// with no second dash ("Exports — Germany's engine — fell" sets words off; "Growth — not cuts
/// — is" goes on in lower case). 0 when the sentence does not open so.
pub(super) fn place_dash_end(sentence: &str) -> usize {
    // The first dash between spaces, by its first byte ('-', or 0xE2 of "—" and "–"): most
    // sentences have none near their start.
    let b = &sentence.as_bytes()[..sentence.len().min(44)];
    let Some((dash, len)) = memchr::memchr2_iter(b'-', 0xE2, b).find_map(|i| {
        if i == 0 || b[i - 1] != b' ' {
            return None;
        }
        ["- ", "— ", "– "]
            .iter()
            .find(|d| sentence[i..].starts_with(**d))
            .map(|d| (i - 1, d.len() + 1))
    }) else {
        return 0;
    };
    let place = &sentence[..dash];
    let mut count = 0;
    let words_ok = place.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
        count += 1;
        // "Rio de Janeiro", "Isle of Man": a small word inside a place's name.
        (count > 1 && matches!(w, "de" | "da" | "do" | "del" | "la" | "el" | "of"))
            || (w.starts_with(|c: char| c.is_uppercase())
                && w.chars().skip(1).any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
                && !super::subject::is_not_name(w.trim_end_matches('.')))
    });
    let after = &sentence[dash + len..];
    if !words_ok
        || count > 4
        || place.matches(',').count() > 1
        || place.ends_with(',')
        || !after.starts_with(|c: char| c.is_uppercase())
        || [" — ", " – ", " - "].iter().any(|d| after.contains(d))
    {
        return 0;
    }
    dash + len
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_about_the_story_and_its_reporting_are_noise() {
        for s in [
            "Staff writer Anna Kim contributed to this report.",
            "Associated Press writer Tom Baker contributed to this report.",
            "Reuters reporter Ann Lee contributed reporting.",
            "An Apple spokesperson declined to comment on the remarks.",
            "The company did not immediately respond to a request for comment.",
            "Editor's note: This article was first published on 10 June.",
            "Correction: An earlier version of this story misstated the number of pages.",
            "This story has been updated to include comment from the governor.",
            "Anyone with information is asked to call Crime Stoppers at 720-913-7867.",
            "(Jon Shapley/Houston Chronicle)",
            "(Photo by Ann Lee/Reuters)",
        ] {
            assert!(is_noise(s), "{s}");
        }
        // Facts in similar words stay.
        for s in [
            "Researchers from 12 countries contributed to the report.",
            "The storm did not return to the coast until Friday.",
            "The court issued a correction to its ruling on Monday.",
            "The road has been updated with two new lanes.",
            "Sales rose 4% in the quarter (see chart/table below).",
        ] {
            assert!(!is_noise(s), "{s}");
        }
    }

    #[test]
    fn datelines_are_found_in_their_usual_shapes() {
        for s in [
            "ATLANTA (AP) — Storms killed 12 people.",
            "LONDON, March 3 (Reuters) - Storms killed 12 people.",
            "NEW YORK — Storms killed 12 people.",
            "(CNN) — Storms killed 12 people.",
            "Mexico City (Reuters) - Storms killed 12 people.",
            // A place in mixed case, with its country, before a dash.
            "Tokyo — Storms killed 12 people.",
            "Nairobi, Kenya — Storms killed 12 people.",
            "St. Louis - Storms killed 12 people.",
            "Rio de Janeiro, Brazil – Storms killed 12 people.",
        ] {
            assert_eq!(&s[dateline_end(s)..], "Storms killed 12 people.", "{s}");
        }
        for s in [
            "NASA said the crew will land on March 30.",
            "A US-led team found 12 - or more - graves.",
            "I think so.",
            // Words set off by dashes, or a sentence that goes on in lower case.
            "Growth — not cuts — is what the economy needs.",
            "Exports — Germany’s main engine — fell 3% in May.",
            "Inflation — which hit 9% — has eased.",
            "Apple — the company said — will cut prices.",
            "The answer — Yes.",
            "Liverpool 2 - Chelsea 1.",
        ] {
            assert_eq!(dateline_end(s), 0, "{s}");
        }
    }

    #[test]
    fn captions_credits_bylines_and_pointers_are_noise() {
        for s in [
            "Read more: Why the dam failed",
            "Photo: Jane Roe/Getty Images",
            "By Jane Smith and Tom Ray, CNN",
            "By Tomás Fitzgerald, Staff Writer | Updated 3:05 p.m. ET Oct. 13, 2023.",
            "By Ann Lee, Senior Correspondent, and Tom Ray, Published 9:12 a.m. June 3, 2024",
            "The mayor is pictured with her husband Tom.",
            "Will the bridge be finished by 2030?",
            "Back off, jerk!",
            "Who will pay for it? – he asked.",
            "AP Sports Writer",
            "Follow Dana Wu on X: @danawu",
            "Readers can reach reporter Sam Ortiz at sortiz@dailyherald.com.",
            "Image caption, Waves crashed over the sea wall in Porthcawl on Saturday",
            "Image source, Getty Images",
            "Media caption, Residents describe the moment the river burst its banks",
            "Published 8:31 AM EST, Wed January 15, 2025",
            "Updated: June 3, 2024 at 5:02 p.m.",
            "Last updated on 3 June 2024",
            "Posted Tuesday, March 4, 2025 10:15 am",
        ] {
            assert!(is_noise(s), "{s}");
        }
        for s in [
            "By 2030, the city will have spent $4 billion on the bridge.",
            "By Monday, Red Cross teams had reached 40 villages in the valley, officials said.",
            "The bridge, built in 1932, carries 40,000 cars a day.",
            "Image sources differ on the number of protesters.",
            "Updated figures show 20 people died in the flood.",
            "Published reports put the cost at $3 million.",
            "Posted guards stood at every door on Tuesday.",
            "Published 2019 research found the drug cut deaths by 20%.",
        ] {
            assert!(!is_noise(s), "{s}");
        }
    }

    #[test]
    fn credits_and_caption_verbs_are_found_in_any_case() {
        for s in [
            "Fans gather outside the stadium before the final. GETTY IMAGES",
            "The Mayor Is Pictured With Her Husband At The Gala.",
            "Fans gather outside the \u{212A}ELVIN stadium. Getty Images",
            // Found only in the lower-cased copy: the Kelvin sign lower-cases to "k".
            "Fans gather outside the stadium. SHUTTERSTOC\u{212A}",
            "READ MORE: Why the dam failed",
            "© 2024 The Daily Herald",
            "ADVERTISEMENT",
        ] {
            assert!(is_noise(s), "{s}");
        }
    }

    /// `is_noise` of a line with its word list answers as without it: the word list only rules
    /// out the search where no pattern can be, for every pattern glued to words or digits on
    /// either side, in any case, and for the sentences of the fixtures.
    #[test]
    fn the_word_list_rules_out_no_caption() {
        let agree = |s: &str| {
            let listed: Vec<_> = super::super::word_spans(s).collect();
            let words = super::super::words_up_to(s, 16);
            assert_eq!(
                super::super::words_up_to_listed(s, &listed, 16),
                words,
                "{s}"
            );
            assert_eq!(is_noise_counted(s, words, &listed), is_noise(s), "{s}");
        };
        let mut found = 0;
        for p in CREDITS.iter().chain(CAPTION_VERBS) {
            for (before, after) in [
                ("", ""),
                ("x", "y"),
                ("Snap", "9"),
                ("A-", ".b"),
                ("'", "’s"),
            ] {
                for s in [
                    format!("The mayor{before}{p}{after} stood"),
                    format!("{before}{p}{after} by the river"),
                    format!("The mayor{before}{}{after} stood", p.to_uppercase()),
                ] {
                    agree(&s);
                    found += usize::from(is_noise(&s));
                }
            }
        }
        assert!(found > 100, "only {found} lines with a pattern are noise");
        let text = crate::extract::claims::fixture_text();
        let spans = crate::extract::sentences::split(&text);
        assert!(spans.len() > 1000, "only {} sentences", spans.len());
        for r in spans {
            agree(&text[r]);
        }
    }

    #[test]
    fn only_the_listed_characters_lower_case_into_ascii() {
        for c in (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| !c.is_ascii())
        {
            if c.to_lowercase().any(|l| l.is_ascii()) {
                assert!(LOWERS_TO_ASCII.contains(&c), "{c:?} lower-cases into ASCII");
            }
        }
    }

    #[test]
    fn caption_marks_are_found_between_brackets_and_commas() {
        let s = "Coach Ann Lee (left) and her parents, second and third from right, watched.";
        let marks: Vec<&str> = caption_marks(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(marks, [" (left)", ", second and third from right,"]);
    }
}
