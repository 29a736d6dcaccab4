//! Claims: the check-worthy statements of an article, scored from explainable cues.
//!
//! A sentence becomes one claim, or several when it joins independent checkable statements
//! ("In 1999, he became …, and 10 years later he was selected …"). Text printed twice (photo
//! captions, also when only quotes or spaces differ, or when one copy is cut short) gives one claim;
//! lines of ids and numbers give none. The score is a sum of named cues, so the TUI can say why.

use super::{RawValue, ValueKind};
use std::collections::HashSet;
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
}

/// The lowest score that makes a claim.
pub const THRESHOLD: f64 = 0.5;

/// Find claims in `text`, given its sentences and its values (each tagged with its sentence, in order).
pub fn find(text: &str, sentences: &[Range<usize>], values: &[(usize, RawValue)]) -> Vec<RawClaim> {
    let mut claims = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let keys: Vec<String> = sentences
        .iter()
        .map(|s| dedup_key(&text[s.clone()]))
        .collect();
    let mut last_subject: Option<String> = None;
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
        let names = names_in(sentence);
        let subject_here = names.first().map(|(_, n)| n.clone());

        let words = word_count(sentence);
        let skip = key.is_empty()
            || !mostly_words(sentence)
            || !seen.insert(key.clone())
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
                let in_part: Vec<usize> = (v..v_end)
                    .filter(|&k| {
                        values[k].1.span.start >= abs.start && values[k].1.span.end <= abs.end
                    })
                    .collect();
                let kinds: Vec<ValueKind> = in_part.iter().map(|&k| values[k].1.kind).collect();
                let (score, cues) = score(part_text, &kinds, !names.is_empty());
                if score < THRESHOLD {
                    continue;
                }
                let subject = subject_of(part_text, &names, part.start).or_else(|| {
                    starts_with_pronoun(part_text)
                        .then(|| last_subject.clone())
                        .flatten()
                });
                claims.push(RawClaim {
                    span: abs,
                    sentence: i,
                    score,
                    values: in_part,
                    cues,
                    subject,
                });
            }
        }
        if let Some(s) = subject_here.filter(|_| !starts_with_pronoun(sentence)) {
            last_subject = Some(s);
        }
    }
    claims
}

/// Lower-case letters and digits only: copies that differ in quotes, spaces or punctuation match.
fn dedup_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn word_count(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
}

/// A line of ids and numbers ("55296587 10608023 image a 11 …") is not prose.
fn mostly_words(s: &str) -> bool {
    let (mut words, mut tokens) = (0, 0);
    for t in s.split_whitespace() {
        tokens += 1;
        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 2 && letters * 2 >= t.chars().count() {
            words += 1;
        }
    }
    tokens > 0 && words * 3 >= tokens * 2
}

/// Split a sentence (relative byte ranges) into independent statements: at ", and", ", but", ";"
/// when each side has at least four words and a checkable value of its own.
fn atomic_parts(sentence: &str, values: &[(usize, RawValue)], offset: usize) -> Vec<Range<usize>> {
    const JOINS: [&str; 4] = [", and ", ", but ", "; ", ", while "];
    let mut cuts: Vec<(usize, usize)> = Vec::new(); // (end of left part, start of right part)
    for j in JOINS {
        // The left part ends before the comma or semicolon; the right part starts after it and
        // its space (the joining word is trimmed below).
        cuts.extend(sentence.match_indices(j).map(|(at, _)| (at, at + 2)));
    }
    if cuts.is_empty() {
        return vec![0..sentence.len()];
    }
    cuts.sort_unstable();
    let has_value = |r: &Range<usize>| {
        values.iter().any(|(_, v)| {
            v.span.start >= offset + r.start
                && v.span.end <= offset + r.end
                && !matches!(v.kind, ValueKind::Number | ValueKind::Ordinal)
        })
    };
    let mut parts = Vec::new();
    let mut start = 0;
    for (left_end, right_start) in cuts {
        let left = start..left_end;
        let right = right_start..sentence.len();
        let ok = word_count(&sentence[left.clone()]) >= 4
            && word_count(&sentence[right.clone()]) >= 4
            && has_value(&left)
            && has_value(&right);
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

const ATTRIBUTION: &[&str] = &[
    "said",
    "says",
    "told",
    "according to",
    "announced",
    "reported",
    "stated",
    "claimed",
    "added",
    "explained",
    "wrote",
    "tweeted",
    "confirmed",
    "estimated",
    "insisted",
    "testified",
];
const SUPERLATIVE: &[&str] = &[
    "record",
    "longest",
    "shortest",
    "largest",
    "biggest",
    "smallest",
    "highest",
    "lowest",
    "most",
    "least",
    "first",
    "last ever",
    "fastest",
    "oldest",
    "youngest",
    "only",
    "never before",
    "best",
    "worst",
    "greatest",
    "unprecedented",
];
const COMPARISON: &[&str] = &[
    "more than",
    "less than",
    "fewer than",
    "compared",
    "than",
    "increase",
    "decrease",
    "doubled",
    "tripled",
    "halved",
    "rose",
    "fell",
    "grew",
    "dropped",
];
const PREDICTION: &[&str] = &[
    "will",
    "would",
    "is due to",
    "are due to",
    "expected to",
    "plans to",
    "going to",
    "scheduled",
    "could",
];
const FACT_VERBS: &[&str] = &[
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "born",
    "received",
    "became",
    "joined",
    "served",
    "released",
    "posted",
    "launched",
    "signed",
    "took place",
    "performed",
    "selected",
];
const FEELING: &[&str] = &[
    "i cried",
    "i feel",
    "i felt",
    "i think",
    "i believe",
    "i hope",
    "we hope",
    "we pray",
    "we just pray",
    "i love",
    "i suspect",
    "shame",
    "terrible",
    "disturbing",
    "worried",
    "angry",
    "wonderful",
    "great to",
    "shock",
    "frightened",
    "in my opinion",
    "i'm sure",
    "i am sure",
    "less sure",
];
const GREETING: &[&str] = &[
    "hello",
    "goodbye",
    "thank you",
    "thanks",
    "good morning",
    "welcome",
    "congratulations",
];

/// Does `hay` (lower case) hold `phrase` as whole words?
fn has_phrase(hay: &str, phrase: &str) -> bool {
    hay.match_indices(phrase).any(|(at, _)| {
        let before = hay[..at].chars().next_back();
        let after = hay[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn any_phrase(hay: &str, list: &[&str]) -> bool {
    list.iter().any(|p| has_phrase(hay, p))
}

/// The score of a statement and the cues behind it.
fn score(text: &str, kinds: &[ValueKind], has_name: bool) -> (f64, Vec<&'static str>) {
    let lower = text.to_lowercase();
    let mut score: f64 = 0.2;
    let mut cues = Vec::new();
    let strong = kinds
        .iter()
        .any(|k| !matches!(k, ValueKind::Number | ValueKind::Ordinal));
    if strong {
        score += 0.35;
        cues.push("value");
    } else if !kinds.is_empty() {
        score += 0.15;
        cues.push("number");
    }
    if any_phrase(&lower, SUPERLATIVE) {
        score += 0.25;
        cues.push("superlative");
    }
    if any_phrase(&lower, COMPARISON) {
        score += 0.1;
        cues.push("comparison");
    }
    if any_phrase(&lower, ATTRIBUTION) {
        score += 0.15;
        cues.push("attribution");
    }
    if has_name {
        score += 0.2;
        cues.push("entity");
    }
    if any_phrase(&lower, PREDICTION) {
        score += 0.1;
        cues.push("prediction");
    }
    if any_phrase(&lower, FACT_VERBS) {
        score += 0.1;
        cues.push("fact");
    }
    let trimmed = text.trim_end_matches(['"', '”', '’', '\'', ' ', ')']);
    if trimmed.ends_with('?') {
        score -= 0.35;
        cues.push("question");
    }
    if any_phrase(&lower, FEELING) {
        score -= 0.3;
        cues.push("opinion");
    }
    let words = word_count(text);
    if words < 8 && any_phrase(&lower, GREETING) {
        score -= 0.4;
        cues.push("greeting");
    }
    if words < 5 {
        score -= 0.15;
        cues.push("short");
    }
    ((score.clamp(0.0, 1.0) * 100.0).round() / 100.0, cues)
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
];

/// Capitalized names in a sentence (runs of capitalized words), with their byte offsets.
fn names_in(sentence: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut run: Vec<(usize, &str)> = Vec::new();
    let mut flush = |run: &mut Vec<(usize, &str)>| {
        // A lone sentence-initial word is usually not a name unless it looks like one.
        while run.first().is_some_and(|(_, w)| NOT_NAMES.contains(w)) {
            run.remove(0);
        }
        while run.last().is_some_and(|(_, w)| NOT_NAMES.contains(w)) {
            run.pop();
        }
        if let (Some(first), Some(last)) = (run.first(), run.last()) {
            let end = last.0 + last.1.len();
            out.push((first.0, sentence[first.0..end].to_string()));
        }
        run.clear();
    };
    for (start, w) in word_spans(sentence) {
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
fn word_spans(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '.';
    let mut start = None;
    s.char_indices()
        .chain(std::iter::once((s.len(), ' ')))
        .filter_map(move |(i, c)| match (start, is_word(c)) {
            (None, true) => {
                start = Some(i);
                None
            }
            (Some(b), false) => {
                start = None;
                Some((b, &s[b..i]))
            }
            _ => None,
        })
}

/// The subject of a statement: the first name that stands before its verb, else the first name.
fn subject_of(part: &str, names: &[(usize, String)], part_start: usize) -> Option<String> {
    let lower = part.to_lowercase();
    let cut = FACT_VERBS
        .iter()
        .chain(ATTRIBUTION)
        .filter_map(|v| lower.find(&format!(" {v} ")))
        .min()
        .unwrap_or(part.len());
    names
        .iter()
        .filter(|(at, _)| *at >= part_start && *at < part_start + cut)
        .map(|(_, n)| n.clone())
        .next()
}

fn starts_with_pronoun(s: &str) -> bool {
    let first = s
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        first,
        "He" | "She" | "His" | "Her" | "he" | "she" | "his" | "her"
    ) || s.split(", ").nth(1).is_some_and(|rest| {
        let w = rest.split(' ').next().unwrap_or("");
        matches!(w, "he" | "she")
            && s.split(", ")
                .next()
                .is_some_and(|lead| word_count(lead) <= 3)
    })
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
    fn questions_and_feelings_score_lower_than_facts() {
        let (fact, _) = score(
            "NASA said the crew will land on March 30.",
            &[ValueKind::Date],
            true,
        );
        let (question, cues) = score(
            "Who will save the ISS on March 30?",
            &[ValueKind::Date],
            true,
        );
        let (feeling, _) = score("When I first heard this, I cried a lot.", &[], false);
        assert!(fact > question && question < fact && cues.contains(&"question"));
        assert!(feeling < THRESHOLD);
    }

    #[test]
    fn names_are_runs_of_capitalized_words() {
        let names: Vec<String> = names_in("But Dmitry Rogozin, head of Roscosmos, said so.")
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(names, ["Dmitry Rogozin", "Roscosmos"]);
    }
}
