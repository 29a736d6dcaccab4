//! Words of a sentence and the small lists of English words the rules look for.

/// A word of a sentence: its byte span and its lowercase form.
#[derive(Debug, Clone)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub lower: String,
}

/// The words of `text` (letters, digits, apostrophes and inner hyphens), in order.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inside =
            c.is_alphanumeric() || ((c == '\'' || c == '’' || c == '-') && start.is_some());
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                push(text, s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push(text, s, text.len(), &mut out);
    }
    out
}

fn push(text: &str, s: usize, e: usize, out: &mut Vec<Word>) {
    let w = text[s..e].trim_end_matches(['\'', '’', '-']);
    if w.is_empty() {
        return;
    }
    out.push(Word {
        start: s,
        end: s + w.len(),
        lower: w.to_lowercase(),
    });
}

/// Words that carry no predicate: articles, pronouns, auxiliaries, prepositions, attribution.
const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "according",
    "after",
    "again",
    "all",
    "also",
    "an",
    "and",
    "any",
    "are",
    "around",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "during",
    "each",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "hers",
    "him",
    "his",
    "how",
    "i",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "more",
    "most",
    "nearly",
    "new",
    "not",
    "now",
    "of",
    "on",
    "one",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "own",
    "roughly",
    "said",
    "say",
    "says",
    "she",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "told",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "well",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "will",
    "with",
    "would",
    "year",
    "years",
    "you",
    "your",
    "people",
    "percent",
    "million",
    "billion",
    "thousand",
    "per",
    "cent",
    "total",
    "official",
    "officials",
];

pub fn is_stop(w: &str) -> bool {
    STOP.contains(&w)
        || w.bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
}

/// A content word reduced to a crude stem, so "floods" meets "flood" and "died" meets "dies".
pub fn stem(w: &str) -> String {
    let w = w.trim_end_matches(['\'', '’']);
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    for suffix in ["ies", "ied", "es", "ed", "s"] {
        if let Some(s) = w.strip_suffix(suffix)
            && s.len() >= 3
        {
            return s.to_string();
        }
    }
    w.to_string()
}

/// Units of the calendar: two figures "for the quarter" and "in the same quarter last year" share
/// a time, not what they measure (compared as stems, `stem`).
pub const CALENDAR_UNITS: &[&str] = &[
    "year", "quarter", "month", "week", "day", "half", "season", "decade", "period", "time",
];

/// Words that make two figures different facts: comparisons, changes, rates, other times.
pub const APART: &[&str] = &[
    "another",
    "additional",
    "extra",
    "than",
    "rose",
    "fell",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "grew",
    "dropped",
    "up",
    "down",
    "per",
    "each",
    "average",
    "annual",
    "annually",
    "daily",
    "further",
    "next",
    "previous",
    "previously",
    "before",
    "since",
    "expected",
    "estimated",
    "estimate",
    "could",
    "would",
    "may",
    "might",
    "target",
    "plans",
    "plan",
    "including",
    "of",
    "more",
    "less",
    "fewer",
    "first",
    "second",
    "remaining",
    "rest",
    "other",
    "others",
    "a",
    "every",
    "by",
];

/// The cue of a past-tense clause.
pub const PAST: &[&str] = &[
    "was", "were", "did", "had", "happened", "took", "died", "ago", "closed", "opened", "ended",
    "began", "started", "won", "lost", "struck", "launched", "founded", "elected", "became",
    "signed", "joined", "left", "moved", "visited", "held", "killed", "built",
];

/// The cue of a future-tense clause.
pub const FUTURE: &[&str] = &["will", "shall", "'ll", "upcoming", "tomorrow"];

/// Words that keep a future date in a past clause from being a contradiction ("was due to",
/// "was scheduled for", "had planned"), or a past date in a future clause ("will have").
pub const MIXED: &[&str] = &[
    "due",
    "scheduled",
    "planned",
    "expected",
    "set",
    "until",
    "by",
    "expects",
    "would",
    "if",
    "unless",
    "forecast",
    "projected",
    "predicted",
    "hopes",
    "aims",
    "target",
    "deadline",
    "should",
    "could",
    "might",
    "may",
    "next",
    "before",
    "between",
    "through",
    "since",
    "from",
];

/// Words after which a date is where something began.
pub const START: &[&str] = &[
    "since",
    "started",
    "began",
    "begun",
    "start",
    "beginning",
    "opened",
    "founded",
];

/// Words after which a figure is a total.
pub const TOTAL: &[&str] = &["total", "altogether", "all", "overall", "combined"];

/// Verbs of change that a percentage may qualify.
pub const CHANGE: &[&str] = &[
    "rose",
    "rise",
    "rising",
    "risen",
    "increased",
    "increase",
    "increases",
    "grew",
    "grow",
    "growth",
    "jumped",
    "climbed",
    "up",
    "gained",
    "fell",
    "fall",
    "falling",
    "fallen",
    "dropped",
    "declined",
    "decline",
    "decreased",
    "decrease",
    "down",
    "cut",
    "lower",
    "higher",
    "shrank",
    "slumped",
    "surged",
    "soared",
];

/// Nouns of a change that a percentage before them measures ("a 20% increase").
pub const CHANGE_NOUN: &[&str] = &[
    "increase",
    "rise",
    "gain",
    "jump",
    "climb",
    "surge",
    "growth",
    "drop",
    "decline",
    "decrease",
    "fall",
    "cut",
    "reduction",
    "slump",
    "hike",
];

/// Words that show a clause is a relative clause or a condition: its tense says nothing of the
/// date's own.
pub fn in_list(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}
