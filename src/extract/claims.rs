//! Claims: the check-worthy statements of an article, scored from explainable cues.
//!
//! A sentence becomes one claim, or several when it joins independent checkable statements
//! ("In 1999, he became …, and 10 years later he was selected …"). Text printed twice (photo
//! captions, also when only quotes or spaces differ, or when one copy is cut short) gives one claim;
//! lines of ids and numbers give none. The score is `score::score` (a model trained on ClaimBuster);
//! the cues it lists let the TUI say why.

use super::{RawValue, ValueKind};
use rustc_hash::FxHashSet;
use std::ops::Range;

/// A claim with byte offsets, before conversion to the public `Claim`.
#[derive(Debug, Clone, PartialEq)]
pub struct RawClaim {
    pub span: Range<usize>,
    pub sentence: usize,
    pub score: f64,
    /// Indexes into the `values` slice given to `find`.
    pub values: Vec<usize>,
    pub cues: Vec<&'static str>,
    pub subject: Option<String>,
    /// The verbatim pieces (byte spans) the claim rests on, in reading order, inside `span`.
    pub parts: Vec<Range<usize>>,
    /// The standalone wording; `None` when it is the span's text as it stands.
    pub text: Option<String>,
    pub claimant: Option<super::Claimant>,
    pub kind: super::ClaimType,
    /// Other places (byte spans, later in the text) that state the same fact.
    pub appearances: Vec<Range<usize>>,
}

/// The lowest score that makes a claim (chosen on the training data, see `score::THRESHOLD`).
pub const THRESHOLD: f64 = super::score::THRESHOLD;

/// Find claims in `text`, given its sentences and its values (each tagged with its sentence, in order).
pub fn find(text: &str, sentences: &[Range<usize>], values: &[(usize, RawValue)]) -> Vec<RawClaim> {
    let mut claims = Vec::new();
    let keys: Vec<String> = sentences
        .iter()
        .map(|s| dedup_key(&text[s.clone()]))
        .collect();
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let mut words_buf: Vec<(usize, &str)> = Vec::new();
    let mut last_person: Option<String> = None;
    let mut surnames: FxHashSet<String> = FxHashSet::default();
    let mut v = 0; // first value not before the current sentence

    for (i, s) in sentences.iter().enumerate() {
        while v < values.len() && values[v].0 < i {
            v += 1;
        }
        let mut v_end = v;
        while v_end < values.len() && values[v_end].0 == i {
            v_end += 1;
        }
        let sentence = &text[s.clone()];
        let key = &keys[i];

        // Names are tracked through every sentence, so a pronoun later on can find its person.
        // One word list per sentence, for the names and the subject.
        words_buf.clear();
        words_buf.extend(word_spans(sentence));
        let names = names_in(sentence, &words_buf);
        let sentence_subject = subject_of(
            sentence,
            0..sentence.len(),
            &names,
            &words_buf,
            last_person.as_deref(),
        );
        let words = word_count(sentence);
        let skip = key.is_empty()
            || !mostly_words(sentence)
            || !seen.insert(key.as_str())
            // A copy cut short (a caption printed once in full) goes with its longer twin.
            || (key.len() >= 24
                && [i.wrapping_sub(1), i + 1]
                    .iter()
                    .filter_map(|&j| keys.get(j))
                    .any(|k| k.len() > key.len() && k.starts_with(key.as_str())));
        if !skip && words >= 3 {
            for part in atomic_parts(sentence, &values[v..v_end], s.start) {
                let abs = s.start + part.start..s.start + part.end;
                let part_text = &text[abs.clone()];
                // Values are sorted and do not overlap (so their ends are sorted too): halve to
                // the first in the part instead of scanning the sentence's values for each part.
                let first = v + values[v..v_end].partition_point(|(_, x)| x.span.start < abs.start);
                let in_part: Vec<usize> = (first..v_end)
                    .take_while(|&k| values[k].1.span.end <= abs.end)
                    .collect();
                let kinds: Vec<ValueKind> = in_part.iter().map(|&k| values[k].1.kind).collect();
                let (score, cues) = super::score::score(part_text, &kinds);
                if score < THRESHOLD {
                    continue;
                }
                let subject = if part == (0..sentence.len()) {
                    sentence_subject.clone()
                } else {
                    subject_of(
                        sentence,
                        part.clone(),
                        &names,
                        &words_buf,
                        last_person.as_deref(),
                    )
                };
                claims.push(RawClaim {
                    span: abs.clone(),
                    sentence: i,
                    score,
                    values: in_part,
                    cues,
                    subject,
                    parts: vec![abs.clone()],
                    text: None,
                    claimant: None,
                    kind: super::ClaimType::Other,
                    appearances: Vec::new(),
                });
            }
        }
        // The person the next "he" or "she" most likely means: this sentence's subject when it is
        // a person, else the last person named here outside a place phrase ("in New Jersey").
        let mut mentioned: Option<String> = None;
        for (at, name) in &names {
            let after = &sentence[at + name.len()..];
            let before = sentence[..*at].trim_end().rsplit(' ').next().unwrap_or("");
            let place = matches!(
                before,
                "in" | "from" | "at" | "near" | "of" | "to" | "across"
            );
            if is_person(name, after, &surnames) {
                if name.contains(' ') {
                    surnames.insert(name.rsplit(' ').next().unwrap_or(name).to_string());
                }
                if !place {
                    mentioned = Some(name.to_string());
                }
            }
        }
        match sentence_subject {
            Some(s) if is_person(&s, "", &surnames) => last_person = Some(s),
            _ => last_person = mentioned.or(last_person),
        }
    }
    claims
}

/// Lower-case letters and digits only: copies that differ in quotes, spaces or punctuation match.
fn dedup_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_alphanumeric() {
                key.push(char::from(b.to_ascii_lowercase()));
            }
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            if c.is_alphanumeric() {
                key.extend(c.to_lowercase());
            }
            i += c.len_utf8();
        }
    }
    key
}

fn word_count(s: &str) -> usize {
    words_up_to(s, usize::MAX)
}

/// Whether `s` has `n` words or more, reading only as far as the `n`th.
fn at_least_words(s: &str, n: usize) -> bool {
    words_up_to(s, n) >= n
}

/// The number of words in `s`, counting no further than `limit`.
fn words_up_to(s: &str, limit: usize) -> usize {
    // Runs of letters, digits and apostrophes that hold a letter; ASCII bytes without decoding.
    let (mut count, mut in_word, mut has_letter) = (0, false, false);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (word, letter, n) = if b.is_ascii() {
            (
                b.is_ascii_alphanumeric() || b == b'\'',
                b.is_ascii_alphabetic(),
                1,
            )
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (
                c.is_alphanumeric() || c == '’',
                c.is_alphabetic(),
                c.len_utf8(),
            )
        };
        if word {
            in_word = true;
            has_letter |= letter;
        } else if in_word {
            count += usize::from(has_letter);
            in_word = false;
            has_letter = false;
            if count >= limit {
                return count;
            }
        }
        i += n;
    }
    count + usize::from(in_word && has_letter)
}

/// A line of ids and numbers ("55296587 10608023 image a 11 …") is not prose.
fn mostly_words(s: &str) -> bool {
    let (mut words, mut tokens) = (0usize, 0usize);
    let (mut letters, mut len) = (0usize, 0usize);
    // Tokens are runs between white space; a word-like token has two or more letters, at least
    // half of its characters. One pass, ASCII bytes without decoding.
    let mut end = |letters: &mut usize, len: &mut usize| {
        if *len > 0 {
            tokens += 1;
            words += usize::from(*letters >= 2 && *letters * 2 >= *len);
        }
        *letters = 0;
        *len = 0;
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_whitespace() {
                end(&mut letters, &mut len);
            } else {
                len += 1;
                letters += usize::from(b.is_ascii_alphabetic());
            }
            i += 1;
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                end(&mut letters, &mut len);
            } else {
                len += 1;
                letters += usize::from(c.is_alphabetic());
            }
            i += c.len_utf8();
        }
    }
    end(&mut letters, &mut len);
    tokens > 0 && words * 3 >= tokens * 2
}

/// Split a sentence (relative byte ranges) into independent statements: at ", and", ", but", ";"
/// when each side has at least four words and a checkable value of its own.
fn atomic_parts(sentence: &str, values: &[(usize, RawValue)], offset: usize) -> Vec<Range<usize>> {
    const JOINS: [&str; 4] = [", and ", ", but ", "; ", ", while "];
    // Most sentences join nothing: look for the punctuation once before looking for the joins.
    if !sentence.as_bytes().iter().any(|&b| b == b',' || b == b';') {
        return std::iter::once(0..sentence.len()).collect();
    }
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (end of left part, start of right part)
    for j in JOINS {
        // The left part ends before the comma or semicolon; the right part starts after it and
        // its space (the joining word is trimmed below).
        cuts.extend(sentence.match_indices(j).map(|(at, _)| (at, at + 2)));
    }
    if cuts.is_empty() {
        return std::iter::once(0..sentence.len()).collect();
    }
    cuts.sort_unstable();
    // The values that count, sorted and not overlapping: the first one starting in a range is
    // the one that can end inside it. Looked up by halving, and the words counted only up to
    // four, so that a sentence of many joins stays linear.
    let counted: Vec<&Range<usize>> = values
        .iter()
        .filter(|(_, v)| !matches!(v.kind, ValueKind::Number | ValueKind::Ordinal))
        .map(|(_, v)| &v.span)
        .collect();
    let has_value = |r: &Range<usize>| {
        let first = counted.partition_point(|v| v.start < offset + r.start);
        counted.get(first).is_some_and(|v| v.end <= offset + r.end)
    };
    let four_words = |s: &str| at_least_words(s, 4);
    let mut parts = Vec::new();
    let mut start = 0;
    for (left_end, right_start) in cuts {
        let left = start..left_end;
        let right = right_start..sentence.len();
        let ok = has_value(&left)
            && has_value(&right)
            && four_words(&sentence[left.clone()])
            && four_words(&sentence[right.clone()]);
        if ok {
            parts.push(left);
            start = right_start;
        }
    }
    parts.push(start..sentence.len());
    // Trim spaces and the joining word ("and", "but", "while") off each part.
    parts
        .into_iter()
        .map(|r| {
            let s = &sentence[r.clone()];
            let mut lead = s.len() - s.trim_start().len();
            for w in ["and ", "but ", "while "] {
                if s[lead..].starts_with(w) && r.start > 0 {
                    lead += w.len();
                }
            }
            let trail = s.len() - s.trim_end().len();
            r.start + lead..r.end - trail
        })
        .filter(|r| r.end > r.start)
        .collect()
}

const NOT_NAMES: &[&str] = &[
    "A",
    "An",
    "The",
    "But",
    "And",
    "Or",
    "In",
    "On",
    "At",
    "Of",
    "For",
    "By",
    "With",
    "From",
    "To",
    "As",
    "If",
    "When",
    "While",
    "Then",
    "Than",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Last",
    "Next",
    "After",
    "Before",
    "Upon",
    "Nevertheless",
    "However",
    "Recalling",
    "Otherwise",
    "Do",
    "Who",
    "What",
    "Why",
    "How",
    "Where",
    "Back",
    "Even",
    "Also",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Goodbye",
    "Hello",
    "Yes",
    "No",
    "Not",
    "Now",
    "So",
    "Such",
    "Some",
    "Will",
    "Would",
    "Could",
    "Should",
    "Can",
    "May",
    "Might",
    "Must",
    "Shall",
    "Is",
    "Are",
    "Was",
    "Were",
    "Has",
    "Have",
    "Had",
    "Does",
    "Did",
    "Let",
    "Please",
    "Thanks",
];

/// Sentence-initial and function words that are capitalized without being names. A hash set
/// with a fast hash: this runs for every capitalized word of an article.
fn is_not_name(word: &str) -> bool {
    static SET: std::sync::LazyLock<FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| NOT_NAMES.iter().copied().collect());
    SET.contains(word)
}

/// Capitalized names in a sentence (runs of capitalized words), with their byte offsets.
fn names_in<'a>(sentence: &'a str, words: &[(usize, &'a str)]) -> Vec<(usize, &'a str)> {
    let mut out = Vec::new();
    let mut run: Vec<(usize, &str)> = Vec::new();
    let mut flush = |run: &mut Vec<(usize, &str)>| {
        // A lone sentence-initial word is usually not a name unless it looks like one.
        // Dropped at once: removing one at a time from the front is quadratic in the run's
        // length ("Mr. Mr. Mr. …").
        let leading = run.iter().take_while(|(_, w)| is_not_name(w)).count();
        run.drain(..leading);
        while run.last().is_some_and(|(_, w)| is_not_name(w)) {
            run.pop();
        }
        if let (Some(first), Some(last)) = (run.first(), run.last()) {
            let end = last.0 + last.1.len();
            out.push((first.0, &sentence[first.0..end]));
        }
        run.clear();
    };
    for &(start, w) in words {
        let w = w.trim_end_matches('.');
        if w.is_empty() {
            flush(&mut run);
            continue;
        }
        let upper = w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            || (w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.'));
        if upper {
            run.push((start, w));
        } else {
            flush(&mut run);
        }
        // Punctuation right after a word ends the name ("Rogozin, head of …").
        if sentence[start + w.len()..].starts_with([',', ';', ':', '(', ')', '“', '”', '"']) {
            flush(&mut run);
        }
    }
    flush(&mut run);
    out
}

/// Words (letters, digits, inner hyphens and dots) with their byte offsets.
fn word_spans(s: &str) -> WordSpans<'_> {
    WordSpans { s, at: 0 }
}

/// The iterator behind `word_spans`: a byte walk with a fast path for ASCII, since it runs over
/// every word of every sentence.
struct WordSpans<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> WordSpans<'a> {
    /// Is there a word character at byte `i`, and how long is that character?
    fn word_char(&self, i: usize) -> (bool, usize) {
        let b = self.s.as_bytes()[i];
        if b.is_ascii() {
            (b.is_ascii_alphanumeric() || b == b'-' || b == b'.', 1)
        } else {
            let c = self.s[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        }
    }
}

impl<'a> Iterator for WordSpans<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<Self::Item> {
        let len = self.s.len();
        while self.at < len {
            let (word, n) = self.word_char(self.at);
            if word {
                break;
            }
            self.at += n;
        }
        if self.at >= len {
            return None;
        }
        let start = self.at;
        while self.at < len {
            let (word, n) = self.word_char(self.at);
            if !word {
                break;
            }
            self.at += n;
        }
        Some((start, &self.s[start..self.at]))
    }
}

const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "of",
    "from",
    "to",
    "for",
    "with",
    "by",
    "amid",
    "against",
    "into",
    "over",
    "under",
    "about",
    "after",
    "before",
    "since",
    "during",
    "between",
    "through",
    "within",
    "toward",
    "towards",
    "across",
    "near",
    "than",
    "like",
    "via",
    "per",
    "including",
    "aboard",
    "onto",
    "upon",
    "without",
];
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
];
const CONNECTORS: &[&str] = &[
    "but",
    "and",
    "then",
    "nevertheless",
    "however",
    "meanwhile",
    "also",
    "so",
    "yet",
    "still",
];
const SUBORDINATORS: &[&str] = &[
    "after",
    "when",
    "while",
    "although",
    "though",
    "if",
    "as",
    "because",
    "since",
    "before",
    "recalling",
    "despite",
    "once",
    "unless",
    "until",
    "whereas",
];
/// Common verbs of news sentences: where one stands, the subject is behind it.
const MAIN_VERBS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "has",
    "have",
    "had",
    "said",
    "says",
    "told",
    "will",
    "would",
    "could",
    "can",
    "did",
    "does",
    "became",
    "joined",
    "received",
    "added",
    "explained",
    "asked",
    "threatened",
    "tweeted",
    "offered",
    "continues",
    "expressed",
    "addressed",
    "announced",
    "reported",
    "confirmed",
    "denied",
    "claimed",
    "warned",
    "urged",
    "called",
    "signed",
    "launched",
    "won",
    "lost",
    "rose",
    "fell",
    "died",
    "agreed",
    "decided",
    "approved",
    "rejected",
    "plans",
    "wants",
    "wrote",
    "argued",
    "insisted",
    "admitted",
    "estimated",
    "found",
    "showed",
    "made",
    "took",
    "gave",
    "led",
    "met",
    "left",
    "returned",
    "arrived",
];
const ORG_WORDS: &[&str] = &[
    "Agency",
    "University",
    "Station",
    "Space",
    "Program",
    "Academy",
    "Army",
    "Journal",
    "Tribune",
    "News",
    "Times",
    "Post",
    "Street",
    "Ministry",
    "Department",
    "Council",
    "Party",
    "Court",
    "Company",
    "Inc",
    "Corp",
    "Bank",
    "Committee",
    "Institute",
    "Association",
    "Union",
    "Media",
    "Government",
    "State",
    "States",
    "Kingdom",
    "Republic",
    "Office",
    "House",
    "Senate",
];

/// Is `word` one of `list` (lower-case), ignoring ASCII case? No allocation.
fn one_of(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A name that reads as a person's: two or three capitalized words, no acronym, no organisation
/// word, or one word known as a person's surname or written with an age ("Mary, 77,").
fn is_person(name: &str, after: &str, surnames: &FxHashSet<String>) -> bool {
    let proper = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && !is_org_word(w)
    };
    let count = name.split_whitespace().count();
    match count {
        2..=3 => name.split_whitespace().all(proper),
        1 => {
            proper(name)
                && (surnames.contains(name)
                    || after
                        .strip_prefix(", ")
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit())))
        }
        _ => false,
    }
}

fn is_org_word(word: &str) -> bool {
    static SET: std::sync::LazyLock<FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| ORG_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// Who a statement is about: the first name in subject position (not after a preposition or a
/// determiner, not a possessive, not inside a leading subordinate clause); a leading "he"/"she"
/// resolves to the nearest person named before.
fn subject_of(
    sentence: &str,
    part: Range<usize>,
    names: &[(usize, &str)],
    sentence_words: &[(usize, &str)],
    last_person: Option<&str>,
) -> Option<String> {
    let text = &sentence[part.clone()];
    // The subject stands early: forty words are plenty, and keep long sentences cheap. Offsets
    // become relative to the part.
    let mut buf = [(0usize, ""); 40];
    let mut n = 0;
    let first_word = sentence_words.partition_point(|(at, _)| *at < part.start);
    for &(at, w) in &sentence_words[first_word..] {
        if n == buf.len() || at + w.len() > part.end {
            break;
        }
        buf[n] = (at - part.start, w);
        n += 1;
    }
    let words = &buf[..n];
    let mut k = 0;
    while k < words.len() && one_of(CONNECTORS, words[k].1) {
        k += 1;
    }
    // A leading subordinate clause or prepositional phrase ("After exchanging barbs with X,",
    // "In 1999,") holds no subject; a person named in it is the likeliest "he" or "she" after it.
    let mut lead_person: Option<String> = None;
    if words
        .get(k)
        .is_some_and(|(_, w)| one_of(SUBORDINATORS, w) || one_of(PREPOSITIONS, w))
    {
        let from = words[k].0;
        if let Some(comma) = text[from..].find(", ") {
            let cut = from + comma + 2;
            lead_person = names_within(names, part.start + from..part.start + cut)
                .iter()
                .rev()
                .find(|(_, n)| n.split_whitespace().count() >= 2)
                .map(|(_, n)| n.to_string());
            while k < words.len() && words[k].0 < cut {
                k += 1;
            }
        }
    }
    let first = k;
    let mut possessive: Option<String> = None;
    let mut prev: &str = if k > 0 { words[k - 1].1 } else { "" };
    while k < words.len() {
        let (at, w) = words[k];
        // The main verb, or an infinitive after it ("threatens to leave"): the subject is behind us.
        if one_of(MAIN_VERBS, w)
            || (prev.eq_ignore_ascii_case("to") && w.chars().all(|c| c.is_lowercase()))
        {
            break;
        }
        if one_of(&["he", "she"], w) {
            return lead_person
                .or_else(|| last_person.map(String::from))
                .or(possessive);
        }
        // "His parents, …, said": about the person, unless a name follows ("Her deputy, Tom Reyes,").
        if k == first && one_of(&["his", "her"], w) {
            possessive = lead_person
                .clone()
                .or_else(|| last_person.map(String::from));
        }
        // Names are in order of their start: halve instead of scanning for every word.
        if let Ok(found) = names.binary_search_by_key(&(part.start + at), |(s, _)| *s) {
            let name = names[found].1;
            let end = at + name.len();
            let after = &text[end.min(text.len())..];
            let is_possessive = after.starts_with("’s") || after.starts_with("'s");
            if is_possessive {
                possessive.get_or_insert_with(|| name.to_string());
            } else if !one_of(PREPOSITIONS, prev) && !one_of(DETERMINERS, prev) {
                return Some(name.to_string());
            }
            // Skip the rest of the name.
            while k < words.len() && words[k].0 < end {
                k += 1;
            }
            prev = name;
            continue;
        }
        prev = w;
        k += 1;
    }
    // A quote's speaker: “…,” Kelly explained.
    let speaker = names_within(names, part.clone()).iter().find(|(s, n)| {
        let after = sentence[s + n.len()..].trim_start();
        after
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|v| {
                matches!(
                    v,
                    "said"
                        | "says"
                        | "told"
                        | "explained"
                        | "added"
                        | "asked"
                        | "wrote"
                        | "tweeted"
                )
            })
    });
    possessive.or_else(|| speaker.map(|(_, n)| n.to_string()))
}

/// The names (in order of their start) that start in `range`, found by halving: a sentence's
/// parts each look at their own names, not at all of the sentence's.
fn names_within<'n, 'a>(
    names: &'n [(usize, &'a str)],
    range: Range<usize>,
) -> &'n [(usize, &'a str)] {
    let from = names.partition_point(|(s, _)| *s < range.start);
    let to = from + names[from..].partition_point(|(s, _)| *s < range.end);
    &names[from..to]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_that_differ_in_quotes_and_spaces_share_a_key() {
        assert_eq!(
            dedup_key("Vande Hey’s family  said."),
            dedup_key("Vande Hey's family said.")
        );
    }

    #[test]
    fn a_line_of_ids_is_not_prose() {
        assert!(!mostly_words("55296587 10608023 image a 11 1647181437407"));
        assert!(mostly_words("He was born in Virginia in 1970."));
    }

    #[test]
    fn names_are_runs_of_capitalized_words() {
        let sentence = "But Dmitry Rogozin, head of Roscosmos, said so.";
        let words: Vec<_> = word_spans(sentence).collect();
        let names: Vec<&str> = names_in(sentence, &words)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(names, ["Dmitry Rogozin", "Roscosmos"]);
    }
}
