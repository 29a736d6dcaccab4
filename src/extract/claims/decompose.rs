//! Decomposition: a sentence into atomic claims, each resting on verbatim pieces of the sentence
//! and worded to stand alone.
//!
//! A shallow parse on the sentence's word list, no tagger: independent clauses joined by ", and",
//! ", but", ";"; in each clause a leading phrase ("In 1999,"), the subject (with its appositives:
//! "X, a 55-year-old father of two from Texas,"), the finite verb, and in the predicate the
//! coordinated predicates ("was born in A and raised in B"), non-restrictive relative clauses
//! (", which …", ", who …") and trailing participles (", having …", ", saying …"). Where no verb
//! is found the clause stays whole: a split is made only where the shape is clear.

use super::super::ClaimType;
use super::bare;
use super::subject::{DETERMINERS, MAIN_VERBS};
use super::words;
use std::ops::Range;

/// One piece of an atomic claim's wording.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Verbatim text of the sentence.
    Span(Range<usize>),
    /// Verbatim text that leads into the clause, its comma kept ("In 1999,").
    Lead(Range<usize>),
    /// Text of the sentence worded otherwise ("he" → the person's name).
    Sub(Range<usize>, String),
    /// A word that is not in the sentence ("is" between a name and its appositive).
    Lit(&'static str),
    /// Words that are not in the sentence, made up here ("Kelly said: “").
    Say(String),
    /// Verbatim text worded (its values reworded) that the claim does not rest on: when a tag
    /// put last says the words were said ("…, the club said on Tuesday").
    Aside(Range<usize>),
}

/// Do the ranges of `pieces` all lie in `text`: start before end, both on characters?
pub fn pieces_lie_in(text: &str, pieces: &[Piece]) -> bool {
    pieces.iter().all(|p| match p {
        Piece::Span(r) | Piece::Lead(r) | Piece::Sub(r, _) | Piece::Aside(r) => {
            r.start <= r.end && text.get(r.clone()).is_some()
        }
        Piece::Lit(_) | Piece::Say(_) => true,
    })
}

/// An atomic claim found in a sentence, before scoring.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Atom {
    /// In the order of the standalone wording.
    pub pieces: Vec<Piece>,
    /// Whom the claim is about, when the decomposition knows (an appositive's name).
    pub subject: Option<String>,
    /// Who says it, when the decomposition found a speaker (", saying …").
    pub speaker: Option<String>,
    /// An age the claim gives a name ("X, 55," → ("55", X)), to resolve "the 55-year-old".
    pub age: Option<(String, String)>,
    /// The clause the claim comes from, where its subject is looked for when not known.
    pub clause: Range<usize>,
    /// It describes a name by an appositive ("X, a teacher," → "X is a teacher").
    pub appositive: bool,
    /// Someone's reported words: "he" and "his" in them are not resolved by the article.
    pub reported: bool,
    /// The claim's type where its shape says it ("…, with 5,000 stores" counts), not its cues.
    pub kind: Option<ClaimType>,
    /// The tag of words said, when a tag put last is worded first after its time ("On June 11,
    /// 2024, the club said …"): the first word said, after it, opened the sentence.
    pub said_then: Option<String>,
    /// `subject` is decided, also when it is `None`: a relative clause on the object ("X
    /// introduced the bill, which would raise …") is about the object, not the clause's subject.
    pub settled: bool,
}

/// A sentence with its words (relative byte offsets) and names, and whom "he" or "she" means.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub text: &'a str,
    pub words: &'a [(usize, &'a str)],
    pub names: &'a [(usize, &'a str)],
    pub person: Option<&'a str>,
    /// The bits of each of `words` (`super::words::classify`).
    pub classes: &'a [u32],
}

impl Words<'_> {
    /// The index of the first word starting at or after `at`.
    pub(super) fn index(&self, at: usize) -> usize {
        self.words.partition_point(|(s, _)| *s < at)
    }

    /// The bits of word `j`.
    pub(super) fn class(&self, j: usize) -> u32 {
        self.classes[j]
    }

    /// Is word `j` a finite verb (`is_finite(self.words, j)`)?
    pub(super) fn finite(&self, j: usize) -> bool {
        self.classes[j] & words::FINITE != 0
    }

    /// Is word `j` of the slice of words from `a` a finite verb (`is_finite(&self.words[a..], j)`)?
    fn finite_from(&self, a: usize, j: usize) -> bool {
        let bit = if j == 0 {
            words::FINITE_FIRST
        } else {
            words::FINITE
        };
        self.classes[a + j] & bit != 0
    }

    /// Is word `j` a participle (`is_participle(self.words[j].1)`)?
    fn participle(&self, j: usize) -> bool {
        self.classes[j] & words::PARTICIPLE != 0
    }

    /// The name starting exactly at `at`.
    fn name_at(&self, at: usize) -> Option<&str> {
        self.names
            .binary_search_by_key(&at, |(s, _)| *s)
            .ok()
            .map(|i| self.names[i].1)
    }
}

pub(super) const AUX: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "should", "shall", "did", "does", "do", "won't", "isn't", "wasn't",
];
/// Present-tense verbs common in news that the "-ed" rule cannot see.
pub(super) const PRESENT: &[&str] = &[
    "shows",
    "features",
    "threatens",
    "holds",
    "carries",
    "remains",
    "includes",
    "makes",
    "takes",
    "gets",
    "seems",
    "appears",
    "becomes",
    "leads",
    "means",
    "serves",
    "owns",
    "employs",
    "covers",
    "contains",
    "faces",
    "expects",
    "plans",
    "wants",
    "needs",
    "keeps",
    "runs",
    "lives",
    "works",
    "requires",
    "bans",
    "allows",
    "provides",
    "produces",
    "supports",
    "sells",
    "operates",
    "represents",
    "reaches",
    "recommends",
];
/// Irregular past tenses and participles.
pub(super) const IRREGULAR: &[&str] = &[
    "born",
    "made",
    "taken",
    "given",
    "known",
    "seen",
    "done",
    "gone",
    "grown",
    "shown",
    "written",
    "sent",
    "built",
    "paid",
    "held",
    "kept",
    "left",
    "lost",
    "won",
    "found",
    "brought",
    "bought",
    "caught",
    "taught",
    "thought",
    "told",
    "sold",
    "spent",
    "struck",
    "hit",
    "cast",
    "hurt",
    "slid",
    "spun",
    "sang",
    "shot",
    "put",
    "set",
    "cut",
    "cost",
    "begun",
    "began",
    "chosen",
    "driven",
    "drove",
    "eaten",
    "fallen",
    "fell",
    "flown",
    "flew",
    "hidden",
    "risen",
    "rose",
    "spoken",
    "spoke",
    "stolen",
    "sworn",
    "swore",
    "thrown",
    "threw",
    "beaten",
    "broken",
    "broke",
    "became",
    "become",
    "came",
    "ran",
    "met",
    "led",
    "took",
    "gave",
    "grew",
    "knew",
    "wrote",
    "saw",
    "went",
    "got",
    "had",
    "said",
    "did",
    "felt",
    "heard",
    "meant",
    "stood",
    "understood",
    "won",
    "sat",
    "slept",
    "fought",
    "sought",
    "drew",
    "drawn",
    "overseen",
    "withdrawn",
    "undertaken",
    "shut",
    "laid",
    "quit",
    "spread",
    "beat",
    "shrank",
    "sank",
    "swept",
    "stole",
    "fled",
    "froze",
    "hung",
    "lit",
    "shook",
    "stuck",
    "swam",
    "tore",
    "wore",
    "bent",
    "lent",
    "dealt",
    "fed",
    "sought",
    "overtook",
    "undertook",
    "withdrew",
    "oversaw",
    "underwent",
    "overcame",
    "arose",
    "forgave",
    "sprang",
    "swung",
    "blew",
    "dug",
    "hid",
    "forecast",
    "broadcast",
    "shed",
    "split",
    "bet",
    "burst",
    "bled",
    "borne",
    "clung",
    "crept",
    "flung",
    "forbade",
    "forbidden",
    "forgot",
    "forgotten",
    "forgiven",
    "frozen",
    "knelt",
    "leapt",
    "rode",
    "ridden",
    "rang",
    "shone",
    "slung",
    "sped",
    "stank",
    "stung",
    "strode",
    "stricken",
    "strove",
    "sunk",
    "trod",
    "wept",
    "woke",
    "woken",
    "wove",
    "woven",
    "wrung",
    "bitten",
    "bred",
    "mistook",
    "overran",
    "overrun",
    "rebuilt",
    "retook",
    "retaken",
    "slain",
    "slew",
    "drank",
    "rewrote",
    "rewritten",
    "overthrew",
    "overthrown",
    "foresaw",
    "foreseen",
    "outgrew",
    "outgrown",
    "befell",
    "befallen",
    "upheld",
    "withheld",
    "withstood",
    "misled",
    "overcome",
    "overtaken",
    "undergone",
    "shrunk",
    "sprung",
    "sung",
    "swum",
    "sewn",
    "sown",
    "strewn",
    "dwelt",
    "outran",
    "outsold",
    "oversold",
    "retold",
    "resold",
    "reran",
    "partook",
    "forsook",
    "forsaken",
    "underwrote",
    "underwritten",
    "outbid",
];
/// The past forms of `IRREGULAR` that are never participles: after "was … and" such a verb
/// ("was born in 1937 and grew up in Virginia", "was arrested and went on trial") is active and
/// takes no "was".
const PAST_ONLY: &[&str] = &[
    "began",
    "drove",
    "fell",
    "flew",
    "rose",
    "spoke",
    "swore",
    "threw",
    "broke",
    "became",
    "came",
    "ran",
    "took",
    "gave",
    "grew",
    "knew",
    "wrote",
    "saw",
    "went",
    "drew",
    "shrank",
    "sank",
    "stole",
    "froze",
    "shook",
    "swam",
    "tore",
    "wore",
    "overtook",
    "undertook",
    "withdrew",
    "oversaw",
    "underwent",
    "overcame",
    "arose",
    "forgave",
    "sprang",
    "blew",
    "forbade",
    "forgot",
    "rode",
    "rang",
    "stank",
    "strode",
    "strove",
    "woke",
    "wove",
    "mistook",
    "overran",
    "retook",
    "slew",
    "drank",
    "rewrote",
    "overthrew",
    "foresaw",
    "outgrew",
    "befell",
    "forsook",
    "outran",
    "reran",
    "partook",
    "underwrote",
];
/// Words in "-ed" that are not verbs.
pub(super) const NOT_ED: &[&str] = &[
    "hundred", "red", "bed", "shed", "seed", "speed", "need", "feed", "breed", "greed", "bred",
    "sled", "wed", "indeed", "naked", "wicked", "sacred", "kindred", "creed", "steed", "tweed",
];

pub(super) fn is_participle(w: &str) -> bool {
    let w = bare(w);
    w.starts_with(char::is_lowercase)
        && ((w.len() >= 5 && w.ends_with("ed") && !exactly_one_of!(NOT_ED, w))
            || exactly_one_of!(IRREGULAR, w))
}

/// Words in "-s" that are no verb after "he" or "she" ("he always", "she perhaps").
pub(super) const S_ADVERBS: &[&str] = &[
    "always",
    "perhaps",
    "sometimes",
    "nevertheless",
    "nonetheless",
    "afterwards",
    "besides",
    "regardless",
    "as",
    "his",
    "this",
    "yes",
    "towards",
    "backwards",
    "whereas",
];

/// Has `w` the shape of a verb's present in "-s" ("sees", "ends"): not "-ss" or "-us".
pub(super) fn s_form(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
}

/// Is word `j` of `ws` a finite verb (as far as word shapes tell)?
pub(super) fn is_finite(ws: &[(usize, &str)], j: usize) -> bool {
    let w = bare(ws[j].1);
    if !w.starts_with(char::is_lowercase) {
        return false;
    }
    let prev = j.checked_sub(1).map_or("", |p| bare(ws[p].1));
    if exactly_one_of!(AUX, w) || exactly_one_of!(PRESENT, w) || one_of!(MAIN_VERBS, w) {
        // "the plans", "his work" are nouns.
        return !(one_of!(DETERMINERS, prev) || (w == "plans" && prev.ends_with('s')));
    }
    // "but he sees", "and she owns": a word in "-s" right after "he" or "she".
    if one_of!(&["he", "she"], prev) && s_form(w) && !one_of!(S_ADVERBS, w) {
        return true;
    }
    is_participle(w)
        && !one_of!(DETERMINERS, prev)
        && !exactly_one_of!(AUX, prev)
        && !matches!(
            prev,
            "been" | "be" | "being" | "to" | "and" | "or" | "newly" | "well"
        )
}

/// "said the results were “encouraging” and that a larger trial would begin": inside the words
/// said (no verb of speech before it in the part: the sentence's tag keeps both halves its
/// own), "and that" before a clause with its own finite verb (within eight words) joins a
/// second thing said, when a finite verb stands before "and".
fn that_clause(s: &Words, from: usize, at: usize, right: usize) -> bool {
    let k = s.index(right);
    let before = s.index(from)..s.index(at);
    s.words.get(k).is_some_and(|&(_, w)| w == "that")
        && (k + 2..(k + 9).min(s.words.len())).any(|j| s.finite(j))
        && before.clone().any(|j| s.finite(j))
        && !before.into_iter().any(|j| s.class(j) & words::SPEECH != 0)
}

/// A past form that describes the noun after it far more often than it acts ("pleaded guilty
/// to wire fraud and aggravated identity theft", "and attempted murder", "an undisclosed sum"):
/// no predicate before a word in lower case other than "to".
fn attributive_ed(w: &str, next: &str) -> bool {
    one_of!(
        &[
            "aggravated",
            "attempted",
            "alleged",
            "premeditated",
            "unlicensed",
            "undisclosed",
            "unspecified",
            "unidentified",
            "unnamed",
            "unrelated",
        ],
        w
    ) && next.starts_with(|c: char| c.is_ascii_lowercase())
        && next != "to"
}

/// Does a common noun act right after "and" at `right`, after a clause that has its own verb
/// before `at` ("Nigeria slipped into two recessions and inflation rose to 22%", "The bank
/// raised rates and mortgage costs climbed")? The noun phrase is a determiner or none and one
/// or two words that are no verb, then a verb in the past or present (a bare "-ed" form only
/// with a figure after it: "schools and hospitals damaged by the storm" is one object). A verb
/// of speech before "and" governs both ("said exports and imports rose", "said the city hired
/// 40 officers and crime fell").
/// Does the name that ends at `end` act: a finite verb within ten words after it, with no comma
/// between but one that closes an aside right after the name ("and Jones, 24, added")? Not
/// "hit by higher taxes and U.S. tariffs, official data showed": words joined, no clause.
fn name_acts(s: &Words, end: usize, limit: usize) -> bool {
    // A name that runs past the limit (its words glued by an odd space) acts in no clause
    // before it.
    if end > limit {
        return false;
    }
    let k = s.index(end);
    // ", 24, added", ", the coach, said": the two commas of an aside right after the name.
    let allowed = if s.text[end..limit].starts_with(", ") {
        2
    } else {
        0
    };
    (k..(k + 10).min(s.words.len()))
        .take_while(|&j| {
            let at = s.words[j].0;
            at < limit && s.text[end..at].bytes().filter(|&b| b == b',').count() <= allowed
        })
        .any(|j| s.finite(j))
}

fn noun_acts(s: &Words, from: usize, at: usize, right: usize) -> bool {
    let mut k = s.index(right);
    if k < s.words.len() && s.class(k) & words::DETERMINER != 0 {
        k += 1;
    }
    let noun = |j: usize| {
        s.words.get(j).is_some_and(|&(_, w)| {
            w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && !s.finite(j)
                && s.class(j) & (words::PREPOSITION | words::DETERMINER | words::CONNECTOR) == 0
        })
    };
    if !noun(k) {
        return false;
    }
    let v = if noun(k + 1) { k + 2 } else { k + 1 };
    let Some(&(_, verb)) = s.words.get(v) else {
        return false;
    };
    let figure = |j: usize| {
        s.words
            .get(j)
            .is_some_and(|&(_, n)| n.starts_with(|c: char| c.is_ascii_digit() || c == '$'))
    };
    // "climbed 4%", "climbed to 5.1%", "dropped by $3": a figure right after the verb or its
    // preposition.
    let figure_after = figure(v + 1)
        || (s
            .words
            .get(v + 1)
            .is_some_and(|&(_, n)| one_of!(&["to", "by"], n))
            && figure(v + 2));
    let kinds = words::MAIN_VERB | words::IRREGULAR_PAST | words::AUXILIARY | words::PRESENT_VERB;
    let acts = s.finite(v)
        && (s.class(v) & kinds != 0 || figure_after)
        // "because of a waterlogged pitch and a power cut.": a verb acts on something after
        // it; a noun that only looks like one ends the phrase.
        && !verb.ends_with(['.', ',', ';', ':', '!', '?'])
        && s.words.get(v + 1).is_some();
    if !acts {
        return false;
    }
    // The clause before has a verb of its own, and no verb of speech ("said the city hired 40
    // officers and crime fell": both are what was said).
    let a = s.index(from);
    let b = s.index(at);
    (a..b).any(|j| s.finite(j)) && (a..b).all(|j| s.class(j) & words::SPEECH == 0)
}

/// Is `at` inside quotation marks, counting from `from`?
fn in_quotes(text: &str, from: usize, at: usize) -> bool {
    let mut depth = 0i32;
    let mut straight = false;
    // The marks found by their bytes, without decoding the text: '"' is 22, “ ” „ are E2 80
    // 9C/9D/9E, « » are C2 AB/BB, and no byte of another character is 22, E2 or C2.
    // Nothing between a start after the point (offsets counted wrong on damaged text).
    let Some(bytes) = text.as_bytes().get(from..at) else {
        return false;
    };
    // Without any of the marks' first bytes (most text) nothing opens: one vectorised search
    // for the three bytes says so.
    if memchr::memchr3(b'"', 0xE2, 0xC2, bytes).is_none() {
        return false;
    }
    for (k, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => straight = !straight,
            0xE2 if bytes.get(k + 1) == Some(&0x80) => match bytes.get(k + 2) {
                Some(0x9C | 0x9E) => depth += 1,
                Some(0x9D) => depth = (depth - 1).max(0),
                _ => {}
            },
            0xC2 => match bytes.get(k + 1) {
                Some(0xAB) => depth += 1,
                Some(0xBB) => depth = (depth - 1).max(0),
                _ => {}
            },
            _ => {}
        }
    }
    depth > 0 || straight
}

/// Split `range` of the sentence into atomic claims.
pub fn split(s: &Words, range: Range<usize>) -> Vec<Atom> {
    let mut atoms = Vec::new();
    // The previous clause and where its atoms start.
    let mut prev: Option<(Range<usize>, usize)> = None;
    for clause in clauses(s, range, true) {
        let from = atoms.len();
        clause_atoms(s, clause.clone(), &mut atoms);
        for a in &mut atoms[from..] {
            // "…, his agent, Paula Grant, who said the cause was pneumonia": words a name
            // said keep their own clause, what the subject and "his" or "its" are read in.
            if !a.reported || a.clause.is_empty() {
                a.clause = clause.clone();
            }
        }
        // A byte check first: most clauses open otherwise.
        if s.text[clause.clone()].starts_with("it ") {
            it_of_the_head(s, &clause, &mut atoms[from..]);
        }
        if let Some((main, _)) = &prev
            && let Some(when) = time_before_when(s, main, &clause)
        {
            // "Turnout was lower than in 2022, when 58% of voters cast ballots": the clause
            // after ", when" happened at the time the main clause ends with.
            for a in atoms[from..]
                .iter_mut()
                .filter(|a| !a.appositive && !a.pieces.iter().any(|p| matches!(p, Piece::Lead(_))))
            {
                a.pieces.insert(0, Piece::Lead(when.clone()));
            }
        }
        if let Some((main, main_from)) = prev.take() {
            if let Some((link, alone)) = time_link(s, &main, &clause, &atoms[main_from..from]) {
                if !alone {
                    atoms.truncate(from);
                }
                atoms.push(link);
            } else if time_clause_says_nothing(s, &main, &clause)
                && let Some(last) = atoms[main_from..from].iter_mut().rev().find(|x| {
                    !x.appositive
                        && matches!(x.pieces.last(), Some(Piece::Span(r)) if r.end == main.end)
                })
            {
                // "circled for an hour before he landed the plane safely": the clause of time
                // tells nothing to check alone; it stays with the main clause's predicate.
                if let Some(Piece::Span(r)) = last.pieces.last_mut() {
                    r.end = clause.end;
                }
                atoms.truncate(from);
                // The clause is the main one's: a later clause of time links to both.
                prev = Some((main.start..clause.end, main_from));
                continue;
            }
        }
        prev = Some((clause, from));
    }
    atoms
}

/// The time a main clause ends with when ", when" joins the next clause to it ("… than in
/// 2022, when …", "… flooded in March 1997, when …", "… on Sunday, when …"): the preposition's
/// phrase with its comma, a year, a month or a weekday in it.
fn time_before_when(s: &Words, main: &Range<usize>, sub: &Range<usize>) -> Option<Range<usize>> {
    let gap = s.text.get(main.end..sub.start)?;
    let head = s.text[main.clone()].trim_end();
    if gap.trim() != "when" || !head.ends_with(',') {
        return None;
    }
    let comma = main.start + head.len();
    let (a, b) = (s.index(main.start), s.index(main.end));
    // The preposition within the last four words.
    let p = (a.max(b.saturating_sub(4))..b)
        .rev()
        .find(|&j| one_of!(&["in", "on", "during"], s.words[j].1))?;
    // Words carry no comma; a month's abbreviation ("Jan.") its full stop, which `bare` drops.
    let year = |w: &str| w.len() == 4 && w.bytes().all(|c| c.is_ascii_digit());
    let named = |w: &str| {
        super::subject::is_weekday(w)
            || (w.len() >= 3 && super::MONTH_NAMES.iter().any(|m| m.starts_with(w)))
    };
    let words = || s.words[p + 1..b].iter().map(|&(_, w)| bare(w));
    let timed = p + 1 < b
        && words().all(|w| {
            year(w)
                || named(w)
                || (w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit()))
                || one_of!(&["early", "late", "mid", "the"], w)
        })
        && words().any(|w| year(w) || named(w));
    timed.then(|| s.words[p].0..comma)
}

/// Is `sub` a clause of time joined to `main` by "after", "before", "when" or "as" alone that
/// says nothing to check on its own: no figure, no date, no name ("before he landed the plane
/// safely", "when the roof gave way", "as investors worried about rates")? A clause with one
/// ("after it came ashore on Monday", "after the team lost 11 of 13 games", "when Russia
/// invaded Ukraine") is a claim of its own.
fn time_clause_says_nothing(s: &Words, main: &Range<usize>, sub: &Range<usize>) -> bool {
    let Some(join) = s.text.get(main.end..sub.start) else {
        return false;
    };
    if !matches!(join.trim(), "after" | "before" | "when" | "as") {
        return false;
    }
    let (a, b) = (s.index(sub.start), s.index(sub.end));
    !s.words[a..b].iter().any(|&(_, w)| {
        w.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            || (w.starts_with(char::is_uppercase) && w != "I")
            || one_of!(COUNT_OR_TIME_WORDS, bare(w))
            || one_of!(super::WRITTEN_COUNTS, bare(w))
    }) && !in_quotes(s.text, 0, sub.end)
}

/// Words that date a clause, or count it beside the counts written in words
/// (`super::WRITTEN_COUNTS`): "after the two sides failed …", "after he is granted parole next
/// month".
const COUNT_OR_TIME_WORDS: &[&str] = &[
    "one",
    "first",
    "second",
    "fourth",
    "last",
    "next",
    "ago",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "week",
    "month",
    "year",
    "weeks",
    "months",
    "years",
    "days",
    "hours",
    "minutes",
];

/// The organisation a clause opens with, as its subject ("The Centers for Disease Control and
/// Prevention recommends …", "Acme Corp. cut …"): its name's range with "The" before it, and
/// the name.
fn org_at_head<'t>(s: &Words<'t>, clause: &Range<usize>) -> Option<(Range<usize>, &'t str)> {
    let text = &s.text[clause.clone()];
    let at = clause.start + if text.starts_with("The ") { 4 } else { 0 };
    let name = s.name_at(at)?;
    let end = at + name.len();
    // The name is the subject: a verb follows it.
    let next = s.index(end);
    (super::claimant::is_org(name) && next < s.words.len() && s.finite(next))
        .then(|| (clause.start..end, &s.text[at..end]))
}

/// "The CDC recommends …, and it expects 20 million people to qualify": "it" opening a clause
/// joined to one whose subject is an organisation, with no other organisation named between
/// and a verb after it that needs a doer (`coref::it_does`: not "it is likely", "it rained"),
/// means that organisation; the clause's claims rest on its name, worded with it.
fn it_of_the_head(s: &Words, clause: &Range<usize>, atoms: &mut [Atom]) {
    let text = &s.text[clause.clone()];
    let Some(rest) = text.strip_prefix("it ") else {
        return;
    };
    let before = &s.text[..clause.start];
    let Some(main) = [", and ", " and ", "; "]
        .iter()
        .find_map(|j| before.strip_suffix(j))
    else {
        return;
    };
    if !super::coref::it_does(rest) {
        return;
    }
    let Some((org, name)) = org_at_head(s, &(0..main.len())) else {
        return;
    };
    // "Acme launched the phone in May, and it sold 2 million units": "it" may be a thing the
    // main clause names after its verb; then only a verb of intent or speech, which a thing
    // does not do ("and it expects", "and it said"), tells the organisation.
    let thing = [" the ", " a ", " an ", " its ", " this "]
        .iter()
        .any(|d| main[org.end..].contains(d));
    if thing {
        let k = s.index(clause.start) + 1;
        let verb = (k..(k + 3).min(s.words.len()))
            .map(|j| (j, bare(s.words[j].1)))
            .find(|(_, w)| !one_of!(&["will", "would", "also", "now", "still", "has", "had"], w));
        if !verb.is_some_and(|(j, w)| one_of!(INTENT, w) || s.class(j) & words::SPEECH != 0) {
            return;
        }
    }
    let another = s
        .names
        .iter()
        .any(|(at, n)| *at >= org.end && *at < clause.start && super::claimant::is_org(n));
    if another {
        return;
    }
    let it = clause.start..clause.start + 2;
    for a in atoms.iter_mut() {
        let Some(Piece::Span(r)) = a.pieces.first() else {
            continue;
        };
        if r.start != it.start || a.subject.is_some() {
            continue;
        }
        let r = r.clone();
        a.pieces.splice(
            0..1,
            [
                Piece::Span(org.clone()),
                Piece::Sub(it.clone(), String::new()),
                Piece::Span(it.end..r.end),
            ],
        );
        a.subject = Some(name.to_string());
    }
}

/// A clause of time that explains a figure of the main clause: "Oil prices jumped 4% on Monday
/// after the cartel agreed to cut output …", "… cut 30% of its staff after sales slowed", "1,100
/// flights were canceled … as thunderstorms swept the East Coast". The link is a claim of its
/// own, worded with the main clause's subject, its verb and object (no time, no place) and the
/// clause's subject, verb and object ("Oil prices jumped 4% after the cartel agreed to cut
/// output"). Only when the main clause holds a figure: "was fired after the team lost 11 of 13
/// games" and "resigned after profit fell" tell one thing after another. "As" links only a
/// clause without a figure or a name of its own: "scored 41 points as the Celtics beat the Heat
/// 112-98" tells two results. The second value: is the clause still a claim alone? Only with a
/// figure of its own ("the cartel agreed to cut output by 1 million barrels a day"); without
/// one, the link says all it says.
fn time_link(
    s: &Words,
    main: &Range<usize>,
    sub: &Range<usize>,
    main_atoms: &[Atom],
) -> Option<(Atom, bool)> {
    // "after", "as", or "after" with its measure of time ("weeks after", "two days after").
    let join = s
        .text
        .get(main.end..sub.start)?
        .trim_start_matches([' ', ','])
        .trim_end();
    let last = join.rsplit(' ').next().unwrap_or(join);
    if !(join == "as" || last == "after") {
        return None;
    }
    let join = last;
    let figure = |r: &Range<usize>| s.text[r.clone()].bytes().any(|b| b.is_ascii_digit());
    if !figure(main) {
        return None;
    }
    let (a, b) = (s.index(sub.start), s.index(sub.end));
    let verb = (a..b).find(|&j| s.finite(j))?;
    if join == "as"
        && (figure(sub)
            || s.words[a..verb]
                .iter()
                .any(|(_, w)| w.starts_with(char::is_uppercase)))
    {
        return None;
    }
    // The main clause's claim with its subject and predicate: its last piece the predicate,
    // which runs to the clause's end.
    let atom = main_atoms.iter().find(|x| {
        !x.appositive
            && x.speaker.is_none()
            && matches!(x.pieces.last(), Some(Piece::Span(r)) if r.end == main.end)
    })?;
    let Some(Piece::Span(pred)) = atom.pieces.last() else {
        return None;
    };
    let v = s.index(pred.start);
    if v >= s.words.len() || s.words[v].0 != pred.start {
        return None;
    }
    // The verb with the participle after its auxiliary ("were canceled").
    let vend = |j: usize| {
        let k = if exactly_one_of!(AUX, bare(s.words[j].1))
            && j + 1 < s.words.len()
            && s.participle(j + 1)
        {
            j + 1
        } else {
            j
        };
        // "agreed to cut output": an infinitive after the verb goes with it; "laid off": so
        // does a particle.
        let k = if s.words.get(k + 1).is_some_and(|w| w.1 == "to") && k + 2 < s.words.len() {
            k + 2
        } else {
            k
        };
        let k = if s
            .words
            .get(k + 1)
            .is_some_and(|w| matches!(w.1, "off" | "up" | "down" | "out"))
        {
            k + 1
        } else {
            k
        };
        (k, s.words[k].0 + bare(s.words[k].1).len())
    };
    let (_, main_verb_end) = vend(v);
    let core = pred.start..core_end(s, main_verb_end, pred.end);
    let (k, sub_verb_end) = vend(verb);
    if k >= b {
        return None;
    }
    let sub_end = core_end(s, sub_verb_end, sub.end).max(sub_verb_end);
    let mark = main.end
        + (s.text[main.end..].len() - s.text[main.end..].trim_start_matches([' ', ',']).len());
    let mut pieces = atom.pieces[..atom.pieces.len() - 1].to_vec();
    pieces.push(Piece::Span(core));
    pieces.push(Piece::Span(mark..trim_end(s.text, mark, sub_end)));
    Some((
        Atom {
            pieces,
            subject: atom.subject.clone(),
            kind: Some(ClaimType::Causal),
            settled: atom.settled,
            clause: main.clone(),
            ..Atom::default()
        },
        figure(sub),
    ))
}

/// Independent clauses: cut at ", and", ", but", ";" … where both sides are clauses; with `sub`
/// also before a clause of time ("after", "as", "when"), which is left for `split`: a speaker
/// named at the end of the sentence says both.
/// Where one clause may end and the next begin; those from `TIME_JOINS` on open a clause of time.
const JOINS: [&str; 13] = [
    ", and ",
    ", but ",
    "; ",
    ", while ",
    ", whereas ",
    ", so ",
    ", yet ",
    " but ",
    " and ",
    // A clause of time after the main one holds a fact of its own ("X was fired after the
    // team lost 11 of 13 games"); "because" stays, as the cause is the claim.
    " after ",
    " before ",
    " as ",
    " when ",
];
const TIME_JOINS: usize = 9;

pub fn clauses(s: &Words, range: Range<usize>, sub: bool) -> Vec<Range<usize>> {
    let text = &s.text[range.clone()];
    let joins = if sub { JOINS.len() } else { TIME_JOINS };
    let found = joins_in(s, range.clone(), joins);
    if found.is_empty() && !text.contains([',', ';']) {
        return vec![range];
    }
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (p, at) in found {
        let j = JOINS[p];
        let at = range.start + at;
        // The joining word goes with neither side.
        let right = at + j.len();
        // Without a comma, "and" joins clauses only before a name or a pronoun that acts
        // ("Smith scored and Arsenal won"); else it joins words ("Smith and Jones").
        if j == " and " {
            let next = s.words.get(s.index(right)).map_or("", |(_, w)| *w);
            let starts = one_of!(&["he", "she", "they", "it", "we", "i"], next)
                || s.name_at(right)
                    .is_some_and(|n| name_acts(s, right + n.len(), range.end))
                || noun_acts(s, range.start, at, right)
                || that_clause(s, range.start, at, right);
            if !starts {
                continue;
            }
            // "talks in which Poland and Hungary sought to weaken it": "and" after the subject
            // of a relative clause, before its verb, joins that subject's names.
            let left_words = &s.words[s.index(range.start)..s.index(at)];
            if let Some(r) = left_words.iter().rposition(|&(_, w)| {
                one_of!(&["which", "who", "whom", "whose", "where", "whereby"], w)
            }) && !left_words[r + 1..]
                .iter()
                .any(|&(p, _)| s.finite(s.index(p)))
            {
                continue;
            }
            // "The business, which includes the App Store and Apple Music, grew 11%": inside
            // an aside that a comma opened with "which" or "who", or an appositive's article,
            // and that closes before the verb, "and" joins the aside's words, not clauses.
            let left = &s.text[range.start..at];
            // Also an appositive's: "who took semaglutide, the active ingredient in Wegovy and
            // Ozempic, were 20% less likely".
            let aside_open = [
                ", which ", ", who ", ", whose ", ", where ", ", the ", ", a ", ", an ",
            ]
            .iter()
            .filter_map(|m| super::rfind_str(left, m))
            .max()
            .is_some_and(|w| !left[w + 2..].contains(','));
            if aside_open {
                let k = s.index(right);
                let closes = (k..(k + 9).min(s.words.len()))
                    .find(|&j| s.finite(j))
                    .is_some_and(|j| s.text[right..s.words[j].0].contains(','));
                if closes {
                    continue;
                }
            }
        }
        // "Lincoln Elementary, which opened in 1958, and Maple Grove Middle School will close":
        // ", and" that closes an aside on the subject joins a second subject, not a clause.
        // (" and " is found there too, after the comma.)
        let comma_at = if j == " and " { at.wrapping_sub(1) } else { at };
        if (j == ", and " || (j == " and " && s.text.as_bytes().get(comma_at) == Some(&b',')))
            && aside_closes_subject(s, range.start, comma_at, right)
        {
            continue;
        }
        // A clause of time whose subject is "it" or "they" means something of the main
        // clause: alone it says nothing ("… when it crashes to Earth").
        if p >= TIME_JOINS {
            // "who argued 12 cases before the Supreme Court, died": a comma before the verb
            // after the join ends an aside; "the Supreme Court" is no clause's subject (unless
            // the comma opens a relative clause: "after the company, which makes brakes, cut").
            let k = s.index(right);
            if (k..(k + 9).min(s.words.len()))
                .find(|&j| s.finite(j))
                .is_some_and(|j| {
                    let t = &s.text[right..s.words[j].0];
                    t.contains(',') && !t.ends_with(", who ") && !t.ends_with(", which ")
                })
            {
                continue;
            }
            // "The lawyer who argued before the Supreme Court died": the join stands in a
            // relative clause that no comma closed; the verb after it is the main clause's.
            let left = &s.text[range.start..at];
            if left
                .rfind(" who ")
                .is_some_and(|w| !left[w..].contains(',') && has_finite(s, range.start + w..at))
            {
                continue;
            }
            let next = s.words.get(s.index(right)).map_or("", |(_, w)| *w);
            if one_of!(
                &[
                    "it", "its", "they", "their", "this", "that", "these", "those", "there",
                ],
                next,
            ) {
                continue;
            }
        }
        // "as many as", "such as", "as well as" compare or list; they join no clause.
        if j == " as " {
            let k = s.index(right);
            let next = s.words.get(k).map_or("", |(_, w)| *w);
            let prev = k
                .checked_sub(2)
                .and_then(|p| s.words.get(p))
                .map_or("", |(_, w)| *w);
            // "as long as the army does the same", "as soon as a successor is named": a
            // condition or a time that the clause before depends on, not a clause of its own.
            // "scored twice as Real Madrid beat Barcelona": "twice" counts the goals, and a
            // name that acts after "as" opens a clause (not "twice as Large").
            let clause_after_twice = prev == "twice"
                && s.name_at(right)
                    .is_some_and(|n| name_acts(s, right + n.len(), range.end));
            if (one_of!(
                &[
                    "such", "well", "same", "just", "so", "twice", "as", "long", "soon", "far",
                    "much", "many"
                ],
                prev
            ) && !clause_after_twice)
                || one_of!(
                    &[
                        "many", "much", "well", "long", "soon", "far", "part", "of", "if",
                        "though", "to", "for", "a", "an", "high", "low", "little", "few",
                        "recently", "expected", "usual", "planned", "such",
                    ],
                    next,
                )
            {
                continue;
            }
        }
        // "resigned in 2024, weeks after an audit found …", "shortly before the vote": a
        // measure of time before "after" or "before" is the clause of time's; the main clause
        // ends before it (and its comma).
        let mut at = at;
        if matches!(j, " after " | " before ") {
            let k = s.index(at);
            if k > 0
                && s.words[k - 1].0 + s.words[k - 1].1.len() == at
                && one_of!(
                    &[
                        "seconds",
                        "minutes",
                        "hours",
                        "days",
                        "weeks",
                        "months",
                        "years",
                        "shortly",
                        "soon",
                        "moments",
                        "immediately",
                        "decades",
                    ],
                    s.words[k - 1].1,
                )
            {
                let mut from = k - 1;
                // "two weeks", "a few days", "just days": the words that count it.
                while from > 0
                    && from + 3 > k
                    && s.words[from - 1].0 + s.words[from - 1].1.len() + 1 == s.words[from].0
                    && (s.words[from - 1].1.bytes().all(|b| b.is_ascii_digit())
                        || one_of!(
                            &[
                                "a", "few", "two", "three", "four", "five", "six", "several",
                                "just", "only", "some", "nearly", "about", "mere",
                            ],
                            s.words[from - 1].1,
                        ))
                {
                    from -= 1;
                }
                at = trim_end(s.text, range.start, s.words[from].0);
            }
        }
        cuts.push((at, right));
    }
    cuts.sort_unstable();
    // Sized once: a clause per cut at most, and the last.
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = range.start;
    for (left_end, right_start) in cuts {
        // A clause of time is cut only outside quotation marks, counted from the sentence's
        // start: a quote is the speaker's whole.
        let sub = !s.text[left_end..right_start].contains([',', ';'])
            && !s.text[left_end..right_start].contains(" and ")
            && !s.text[left_end..right_start].contains(" but ");
        if left_end < start
            || (sub && in_quotes(s.text, 0, left_end))
            || in_quotes(s.text, quote_base(s.text, range.clone()), left_end)
            || !looks_clause(s, right_start..range.end)
            || !has_finite(s, start..left_end)
            || !super::at_least_words(&s.text[start..left_end], 3)
            // "were harmful: breakfast cereals and whole-grain bread showed no link": after a
            // colon, an "and" with no verb since the colon joins two subjects, not two clauses.
            || (s.text[left_end..right_start].trim() == "and"
                && memchr::memrchr(b':', &s.text.as_bytes()[start..left_end])
                    .is_some_and(|c| !has_finite(s, start + c..left_end)))
        {
            continue;
        }
        out.push(start..left_end);
        start = right_start;
    }
    out.push(start..range.end);
    out
}

/// Does ", and" at `at` close an aside on the clause's subject, so that the noun phrase after it
/// (at `right`) is a second subject: "Lincoln Elementary, which opened in 1958, and Maple Grove
/// Middle School will close", "The bridge, built in 1932, and the tunnel will be closed"? The
/// words before the aside's comma have no verb, the aside opens with "which", "who", "whose" or
/// a participle, and the word after "and" is no verb ("…, and reopened in 2022" goes on the
/// aside's own predicate).
fn aside_closes_subject(s: &Words, from: usize, at: usize, right: usize) -> bool {
    let Some(c) = memchr::memrchr(b',', &s.text.as_bytes()[from..at]) else {
        return false;
    };
    let comma = from + c;
    let k = s.index(comma + 1);
    let n = s.index(right);
    if k >= s.words.len() || n >= s.words.len() || s.index(from) == s.index(comma) {
        return false;
    }
    // "John Reyes, 45, and his son were hurt": an age alone is an aside too.
    let age = s.words[k].1.bytes().all(|b| b.is_ascii_digit()) && s.index(at) == k + 1;
    let opens = one_of!(&["which", "who", "whose"], s.words[k].1) || s.participle(k) || age;
    opens && !s.finite(n) && !s.participle(n) && !has_finite(s, from..comma)
}

/// Each join's matches in `range` (its index in `JOINS`, its start relative to `range`) as
/// `str::match_indices` gives them for each join (left to right, not overlapping one another).
/// A join's word ("and", "as") stands between spaces, so it is a whole word of the sentence's
/// word list: the joins are found from the words, not by searching the text for each.
fn joins_in(s: &Words, range: Range<usize>, joins: usize) -> Vec<(usize, usize)> {
    let bytes = s.text.as_bytes();
    // "; " found by its ';' (a byte search) and the space after it: a search for the two-byte
    // string costs a searcher set up per call and more per byte. Semicolons cannot overlap.
    let text = &s.text[range.clone()];
    let mut found: Vec<(usize, usize)> = text
        .match_indices(';')
        .filter(|&(at, _)| text.as_bytes().get(at + 1) == Some(&b' '))
        .map(|(at, _)| (2, at))
        .collect();
    let mut last_end = [0usize; JOINS.len()];
    for &(at, w) in &s.words[s.index(range.start)..s.index(range.end)] {
        let patterns: &[usize] = match w {
            "and" => &[0, 8],
            "but" => &[1, 7],
            "while" => &[3],
            "whereas" => &[4],
            "so" => &[5],
            "yet" => &[6],
            "after" => &[9],
            "before" => &[10],
            "as" => &[11],
            "when" => &[12],
            _ => continue,
        };
        let end = at + w.len() + 1;
        if end > range.end || bytes[end - 1] != b' ' {
            continue;
        }
        for &p in patterns.iter().filter(|&&p| p < joins) {
            let lead = JOINS[p].len() - w.len() - 1;
            if at < range.start + lead || JOINS[p].as_bytes()[..lead] != bytes[at - lead..at] {
                continue;
            }
            let start = at - lead - range.start;
            if start < last_end[p] {
                continue;
            }
            last_end[p] = start + JOINS[p].len();
            found.push((p, start));
        }
    }
    found
}

/// Where quotation marks are counted from: after a quotation mark that opens `range`.
fn quote_base(text: &str, range: Range<usize>) -> usize {
    let t = &text[range.clone()];
    let inner = t.trim_start();
    range.start
        + (t.len() - inner.len())
        + inner
            .chars()
            .next()
            .filter(|&c| super::claimant::is_quote_mark(c))
            .map_or(0, char::len_utf8)
}

/// Does a finite verb stand in `range`?
fn has_finite(s: &Words, range: Range<usize>) -> bool {
    let (a, b) = (s.index(range.start), s.index(range.end));
    (a..b).any(|j| s.finite(j))
}

/// Where a leading phrase from `start` that reaches a comma at `end - 1` ends, when it goes on
/// past that comma (to `limit`): over the year of a date ("On Feb. 3, 1938,"), the state or
/// country after a place ("Born in Dayton, Ohio,", "Raised in Austin, Texas, Ann Lee …"; not
/// a name an appositive follows, "Born in Lagos, Chike Obi, a chemist, …") and a phrase of
/// place or time after them ("Born in Duluth, Minn., on Feb. 3, 1938,").
pub(super) fn lead_goes_on(s: &Words, start: usize, mut end: usize, limit: usize) -> usize {
    let upper = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // A place's or a date's word: capitalised, or a number.
    let placed_word = |w: &str| upper(w) || w.bytes().all(|b| b.is_ascii_digit());
    // The phrase's own last word is a place's or a date's.
    let mut placed = s.words[..s.index(end)]
        .last()
        .is_some_and(|&(at, w)| at >= start && placed_word(w));
    while placed {
        let from = end + 1;
        let Some(comma) = super::find_str(&s.text[from.min(limit)..limit], ", ") else {
            break;
        };
        let next = from + comma + 1;
        let (a, b) = (s.index(from), s.index(next - 1));
        if a >= b || has_finite(s, from..next) {
            break;
        }
        let ws = &s.words[a..b];
        let year =
            ws.len() == 1 && ws[0].1.len() == 4 && ws[0].1.bytes().all(|b| b.is_ascii_digit());
        // A place: one to three capitalised words, the words after its comma no appositive
        // (they open with a capital, or a preposition).
        let place = ws.len() <= 3
            && ws.iter().all(|&(_, w)| upper(w))
            && s.words.get(b).is_some_and(|&(_, w)| {
                upper(w) && !one_of!(&["A", "An", "The"], w) || s.class(b) & words::PREPOSITION != 0
            });
        let phrase = s.class(a) & words::PREPOSITION != 0 && ws.len() <= 5;
        if !(year || place || phrase) {
            break;
        }
        placed = year || place || ws.last().is_some_and(|&(_, w)| placed_word(w));
        end = next;
    }
    end
}

/// An adverb that may stand between "and"/"but" and the next predicate ("and also closed",
/// "but later denied"): it opens no clause of its own.
pub(super) fn is_linking_adverb(w: &str) -> bool {
    one_of!(
        &[
            "also",
            "then",
            "later",
            "still",
            "never",
            "even",
            "again",
            "instead",
            "often",
            "always",
            "subsequently",
            "eventually",
            "recently",
            "previously",
            "repeatedly",
        ],
        w,
    )
}

/// Does `range` start like a clause: a subject, then a finite verb within a few words?
fn looks_clause(s: &Words, range: Range<usize>) -> bool {
    let a = s.index(range.start);
    let b = s.index(range.end);
    let ws = &s.words[a..b];
    // "… but also promoted a tax": an adverb is no subject, the verb goes on the one before.
    // A word in "-ing" is a participle ("…, while visiting Paris"), unless a finite verb comes
    // right after it: then it is a noun that acts ("…, while manufacturing shrank 1.0%").
    if ws.is_empty()
        || s.finite_from(a, 0)
        || (bare(ws[0].1).ends_with("ing") && !(ws.len() > 1 && s.finite_from(a, 1)))
        || is_linking_adverb(bare(ws[0].1))
    {
        return false;
    }
    // After a semicolon, which joins clauses (or the items of a list that hold commas, which
    // have no verb), the verb may come after a longer subject or an opening phrase ("; by
    // 2010, the share of rural households with broadband had risen").
    let window = if s.text[..range.start].ends_with("; ") {
        17
    } else {
        9
    };
    for (j, &(at, w)) in ws.iter().enumerate().take(window).skip(1) {
        // "“This is disappointing but not surprising,” said Dales": a quotation that closes
        // after its own punctuation (",”", ".\"") ends the words said; a verb after it is the
        // speech tag's, not the clause's.
        if closes_quote(&s.text.as_bytes()[ws[j - 1].0..at]) {
            return false;
        }
        let w = bare(w);
        if one_of!(&["who", "which", "that", "whose", "whom"], w) {
            return false;
        }
        // "just before half-time and added a second": a noun and the main clause's next
        // predicate, no clause of its own
        if one_of!(&["and", "or"], w) && j + 1 < ws.len() && s.finite_from(a, j + 1) {
            return false;
        }
        if s.finite_from(a, j) {
            return true;
        }
        // "…, and forecasters expect the heat to last", "…, and analysts say …": a verb of
        // speech or belief in the plural present, which the finite test cannot tell from a
        // noun, is one after a noun (not after a determiner: "the claims").
        if s.class(a + j) & words::SPEECH != 0
            && s.class(a + j - 1) & (words::DETERMINER | words::PREPOSITION) == 0
        {
            return true;
        }
    }
    false
}

/// Do `bytes` (a word and the gap after it) close a quotation: a comma, full stop, question
/// or exclamation mark right before a closing quotation mark (straight '"' or '”')?
fn closes_quote(bytes: &[u8]) -> bool {
    bytes.windows(2).enumerate().any(|(k, w)| {
        matches!(w[0], b',' | b'.' | b'?' | b'!')
            && (w[1] == b'"' || (w[1] == 0xE2 && bytes.get(k + 2..k + 4) == Some(&[0x80, 0x9D])))
    })
}

/// The atoms of one clause.
fn clause_atoms(s: &Words, clause: Range<usize>, atoms: &mut Vec<Atom>) {
    // Quotation marks are counted from inside a quote that opens the clause.
    let base = quote_base(s.text, clause.clone());
    let a = s.index(clause.start);
    let b = s.index(clause.end);
    let ws = &s.words[a..b];
    let whole = |atoms: &mut Vec<Atom>| {
        atoms.push(Atom {
            pieces: subject_pieces(s, clause.clone(), s.person, false),
            ..Atom::default()
        })
    };
    let mut i = 0;
    while i < ws.len() && s.class(a + i) & words::CONNECTOR != 0 {
        i += 1;
    }
    if i >= ws.len() {
        return;
    }
    // Punctuation before the first word is kept ("“Upon", "=SUM("), unless a connector went.
    let start = if i == 0 {
        clause.start + (s.text[clause.clone()].len() - s.text[clause.clone()].trim_start().len())
    } else {
        ws[i].0
    };
    // A leading phrase up to its comma: "In 1999,", "After the vote,", "Last April,".
    let mut lead: Option<Range<usize>> = None;
    let first = bare(ws[i].1);
    let opens = s.class(a + i) & (words::PREPOSITION | words::SUBORDINATOR) != 0
        || one_of!(&["last", "next", "this", "earlier", "later", "then"], first)
        || first.starts_with(|c: char| c.is_ascii_digit())
        // "Born in Ohio in 1931,", "Speaking to reporters,": a participle leads.
        || (first.len() >= 4
            && (first.ends_with("ing") || is_participle(&first.to_ascii_lowercase()))
            && first.starts_with(char::is_uppercase));
    if opens {
        let limit = ws
            .get(i + 30)
            .map_or(clause.end, |(at, _)| *at)
            .min(clause.end);
        if let Some(comma) = super::find_str(&s.text[start..limit], ", ") {
            let end = start + comma + 1;
            // "670 people were feared dead, though …": a figure that opens a clause with its
            // verb before the comma is its subject, no leading phrase ("In 1999,", "2 weeks
            // later,").
            let counted_clause =
                first.starts_with(|c: char| c.is_ascii_digit()) && has_finite(s, start..end);
            // "In 1982 she joined the board of Acme, a post she held": a phrase of place or
            // time with "he" or "she" and its verb before the comma is the clause itself (a
            // subordinator's clause, "After she won,", still leads).
            // "said on Thursday it would invest $5 billion and hire 2,000 people, mostly …":
            // words said after the time of their saying open with the time, and "it", "they"
            // or "we" with its verb is their clause (not after "since", "that", "when": "In
            // the years since it opened," still leads).
            let own_clause = s.class(a + i) & words::SUBORDINATOR == 0
                && (a + i + 1..s.index(end)).any(|j| {
                    j + 1 < s.index(end)
                        && s.class(j + 1) & words::FINITE != 0
                        && (s.class(j) & words::HE_SHE != 0
                            || (exactly_one_of!(&["it", "they", "we"], s.words[j].1)
                                && s.class(j - 1) & (words::SUBORDINATOR | words::CLAUSE_OPENER)
                                    == 0))
                });
            if !counted_clause && !own_clause && !in_quotes(s.text, base.max(start), end) {
                let end = lead_goes_on(s, start, end, limit);
                lead = Some(start..end);
                i = s.index(end) - a;
            }
        }
    }
    if i >= ws.len() {
        return whole(atoms);
    }
    let subj_start = ws[i].0;
    // The finite verb: the first, or with appositives after the subject the first right after a
    // comma ("X, a teacher who taught Y, said").
    let head_comma = super::find_str(&s.text[subj_start..clause.end], ", ").map(|c| subj_start + c);
    let mut verb: Option<usize> = None;
    let mut chain_end: Option<usize> = None;
    // "Lincoln Elementary, which opened in 1958, and Maple Grove Middle School will close": an
    // aside on the first of two subjects joined by "and"; the verb is the first after the second.
    let mut second: Option<usize> = None;
    if let Some(hc) = head_comma
        && let Some(and_at) =
            super::find_str(&s.text[hc + 2..clause.end], ", and ").map(|x| hc + 2 + x)
        && !s.text[hc + 2..and_at].contains(',')
        && aside_closes_subject(s, subj_start, and_at, and_at + 6)
        && let Some(j) = (s.index(and_at + 6) - a..ws.len())
            .find(|&j| s.finite_from(a, j) && !in_quotes(s.text, base, ws[j].0))
        && !s.text[and_at + 6..ws[j].0].contains(',')
    {
        verb = Some(j);
        chain_end = Some(and_at);
        second = Some(and_at + 6);
    }
    if let Some(hc) = head_comma
        .filter(|&hc| second.is_none() && !super::at_least_words(&s.text[subj_start..hc], 7))
    {
        let head_has_verb = (i..ws.len())
            .take_while(|&j| ws[j].0 < hc)
            .any(|j| s.finite_from(a, j));
        if !head_has_verb {
            let limit = (i + 40).min(ws.len());
            for j in i..limit {
                if ws[j].0 <= hc {
                    continue;
                }
                let mut k = j;
                // "…, previously ran", "…, recently won": an adverb in "-ly" before the verb.
                while k > i
                    && (one_of!(
                        &["also", "has", "have", "had", "later", "now", "still"],
                        bare(ws[k - 1].1),
                    ) || (ws[k - 1].1.len() > 4
                        && ws[k - 1].1.ends_with("ly")
                        && ws[k - 1].1.bytes().all(|b| b.is_ascii_lowercase())))
                    && k - 1 > i
                {
                    k -= 1;
                }
                let gap_from = ws[k - 1].0 + ws[k - 1].1.len();
                let gap = &s.text[gap_from..ws[k].0];
                let comma = gap_from + gap.bytes().position(|b| b == b',').unwrap_or(gap.len());
                if (s.finite_from(a, j) || (k == j && closes_aside(s, ws, a, i, hc, j)))
                    && comma > hc + 1
                    && comma < ws[k].0
                    && !in_quotes(s.text, base.max(subj_start), ws[j].0)
                {
                    verb = Some(k);
                    chain_end = Some(comma);
                    break;
                }
            }
        }
    }
    if verb.is_none() {
        verb = (i..ws.len()).find(|&j| s.finite_from(a, j) && !in_quotes(s.text, base, ws[j].0));
        // "A storm that swept through the Carolinas on Wednesday left 400,000 homes without
        // power": the first verb after "that" or "who" right behind the subject's noun is the
        // relative clause's; the main verb is the next finite one that no "and", "or" or comma
        // joins to it.
        if let Some(v) = verb
            && v > i + 1
            && one_of!(&["that", "who"], ws[v - 1].1)
            && s.text[..ws[v - 1].0]
                .trim_end_matches(' ')
                .ends_with(|c: char| c.is_alphanumeric())
        {
            let main = (v + 1..ws.len().min(v + 16)).find(|&j| {
                s.finite_from(a, j)
                    && !one_of!(&["and", "or", "but", "that", "who", "which"], ws[j - 1].1)
                    && !s.text[ws[j - 1].0 + ws[j - 1].1.len()..ws[j].0].contains(',')
                    && !in_quotes(s.text, base, ws[j].0)
            });
            if main.is_some() {
                verb = main;
            }
        }
    }
    let Some(v) = verb else {
        // "[Forecasters expect] the storm to strengthen … and bring up to 15 inches of rain":
        // no finite verb, but infinitives joined after a subject's "to".
        let subj = if lead.is_none() { start } else { ws[i].0 };
        let to = (i + 1..(i + 8).min(ws.len()))
            .find(|&t| ws[t].1 == "to")
            .map(|t| a + t);
        let preds = to.map_or_else(Vec::new, |t| infinitives(s, subj, t, clause.end));
        if preds.is_empty() {
            return whole(atoms);
        }
        for p in preds {
            let mut pieces: Vec<Piece> = lead.iter().map(|l| Piece::Lead(l.clone())).collect();
            pieces.extend(p);
            atoms.push(Atom {
                pieces,
                ..Atom::default()
            });
        }
        return;
    };
    if v == i {
        return whole(atoms);
    }
    let verb_at = ws[v].0;
    let subj_start = if lead.is_none() { start } else { subj_start };
    // Up to the verb, with what closes the subject ("…example\")"), without its commas.
    let mut subject = subj_start..trim_end(s.text, subj_start, verb_at);
    let mut subject_name: Option<String> = None;
    let mut extra: Vec<Atom> = Vec::new();
    // "Three players, Marco Silva, Tom Reed and Luis Ortega, were injured": a count of people
    // and their names after it are one subject, the head and the list worded whole.
    let mut listed = false;
    if let (Some(hc), Some(ce)) = (head_comma, chain_end)
        && counted_people(&s.text[subj_start..hc])
        && name_list(s, hc + 2..ce)
    {
        subject = subj_start..ce;
        subject_name = Some(s.text[hc + 2..ce].to_string());
        listed = true;
    } else if let (Some(hc), Some(ce)) = (head_comma, chain_end) {
        // Appositives between the head and the verb.
        let head = subj_start..hc;
        let chunks = chunks(s.text, hc + 2..ce);
        let head_name = s.name_at(subj_start).filter(|n| subj_start + n.len() == hc);
        // "The study's lead author, Dr. Sarah Mills, said": a title may stand before the name.
        let chunk_name = chunks.first().and_then(|c| {
            s.name_at(c.start)
                .filter(|n| c.start + n.len() == c.end)
                .or_else(|| {
                    let &(at, n) = s
                        .names
                        .iter()
                        .find(|(at, n)| *at > c.start && *at < c.end && at + n.len() == c.end)?;
                    let title = &s.text[c.start..at];
                    // "Her husband, the geologist Paul Ellison, died": a trade after "the" too.
                    let trade = title.strip_prefix("the ").is_some_and(|t| {
                        t.split_whitespace().count() <= 2
                            && t.split_whitespace()
                                .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
                    });
                    (trade
                        || title.split_whitespace().count() <= 2
                            && title
                                .split_whitespace()
                                .all(|w| super::claimant::is_title(w.trim_end_matches('.'))))
                    .then_some(n)
                })
                .map(|n| (c.clone(), n))
        });
        let (name_range, name, rest): (Range<usize>, String, Vec<Range<usize>>) =
            match (head_name, chunk_name) {
                (Some(n), _) => (head.clone(), n.to_string(), chunks),
                (None, Some((c, n))) => {
                    // "His deputy, Tom Reyes, said": the name is the subject; the head describes it.
                    // "A third, Vincent DeLuca, is …": a count or an ordinal alone describes no
                    // one, and is no claim about the name.
                    let mut rest = if bare_quantifier(&s.text[head.clone()]) {
                        Vec::new()
                    } else {
                        vec![head.clone()]
                    };
                    rest.extend(chunks.into_iter().skip(1));
                    (c, n.to_string(), rest)
                }
                _ => (head.clone(), String::new(), chunks),
            };
        subject = name_range.clone();
        if !name.is_empty() {
            subject_name = Some(name.clone());
        }
        for c in rest {
            appositive(s, &name_range, &name, c, &mut extra);
        }
        // "Margaret Ellison, a marine biologist, died on Sunday": what a person who died was
        // is said in the past.
        let died = bare(ws[v].1) == "died"
            || (one_of!(&["was", "were"], bare(ws[v].1))
                && ws.get(v + 1).is_some_and(|&(_, w)| bare(w) == "killed"));
        for a in &mut extra {
            a.appositive = true;
            if died && let Some(Piece::Lit(be)) = a.pieces.get_mut(1) {
                match *be {
                    "is" => *be = "was",
                    "are" => *be = "were",
                    _ => {}
                }
            }
        }
    }
    let pred = verb_at..clause.end;
    // "Upon X's return, he will …": a person named in the lead is the likeliest "he". Not a
    // place or a body ("In 1982 she joined Acme Holdings, a post she held", "… at the Royal
    // Infirmary, where she worked"), and not when the lead has a "he" or "she" of its own: the
    // clause's pronoun means the same one.
    let lead_person = lead.as_ref().and_then(|l| {
        let none = rustc_hash::FxHashSet::default();
        let own_pronoun = s.words[s.index(l.start)..]
            .iter()
            .take_while(|(at, _)| *at < l.end)
            .any(|(_, w)| one_of!(&["he", "she", "He", "She"], w));
        if own_pronoun {
            return None;
        }
        s.names
            .iter()
            .rfind(|(at, n)| *at >= l.start && at + n.len() <= l.end && n.contains(' '))
            .filter(|(at, n)| {
                super::subject::is_person(n, "", &none)
                    && !super::subject::counted_name(&s.text[..*at])
            })
            .map(|(_, n)| *n)
    });
    let mut subj_pieces = subject_pieces(s, subject.clone(), lead_person.or(s.person), true);
    if listed {
        subj_pieces.push(Piece::Say(",".to_string()));
    }
    if let Some(right) = second {
        // The two subjects without the aside: "Lincoln Elementary and Maple Grove Middle School".
        subj_pieces.push(Piece::Sub(right - 4..right - 1, "and".to_string()));
        subj_pieces.push(Piece::Span(right..trim_end(s.text, right, verb_at)));
        subject_name = None;
    }
    // "Born in Lagos in 1944, Chike Obi moved …": a leading past participle says a fact of its
    // own about the subject; the predicates stand without it.
    let participle_lead = lead.clone().filter(|l| {
        let w = s.words[s.index(l.start)].1;
        w.starts_with(char::is_uppercase)
            && !w.ends_with("ing")
            && is_participle(&w.to_ascii_lowercase())
    });
    let predicates = predicates(
        s,
        ws,
        v,
        pred.clone(),
        &subj_pieces,
        &subject_name,
        lead.clone().filter(|_| participle_lead.is_none()),
        &mut extra,
    );
    if let Some(l) = &participle_lead {
        let (at, w) = s.words[s.index(l.start)];
        let mut pieces = subj_pieces.clone();
        pieces.push(Piece::Lit("was"));
        pieces.push(Piece::Sub(at..at + w.len(), w.to_ascii_lowercase()));
        pieces.push(Piece::Span(at + w.len()..l.end));
        atoms.push(Atom {
            pieces,
            subject: subject_name.clone(),
            ..Atom::default()
        });
    }
    for p in predicates {
        let lead = lead.as_ref().filter(|_| participle_lead.is_none());
        // Sized once: the lead, the subject's pieces, the predicate's.
        let mut pieces =
            Vec::with_capacity(usize::from(lead.is_some()) + subj_pieces.len() + p.len());
        if let Some(l) = lead {
            pieces.push(Piece::Lead(l.clone()));
        }
        pieces.extend(subj_pieces.iter().cloned());
        pieces.extend(p);
        atoms.push(Atom {
            pieces,
            subject: subject_name.clone(),
            ..Atom::default()
        });
    }
    atoms.extend(extra);
}

/// After "which" at `from` (to `end`), a clause with a subject of its own before its verb
/// ("which health officials linked to …", "which the FDA approved in 2021", "which Congress
/// has passed"): where its verb ends. The subject is one to four words, none of them a
/// verb; the verb is finite (after "has", "have" or "had" its participle), no verb of
/// speech ("which the company says is …" says something else) and no "is" or modal.
fn object_relative(s: &Words, from: usize, end: usize) -> Option<usize> {
    let a = s.index(from);
    let b = s.index(end);
    let ws = &s.words[a..b];
    let first = bare(ws.first()?.1);
    if s.finite_from(a, 0)
        || s.participle(a)
        || first.ends_with("ly")
        || first.ends_with("ing")
        || one_of!(AUX, first)
        || s.class(a) & (words::PREPOSITION | words::CONNECTOR | words::SUBORDINATOR) != 0
    {
        return None;
    }
    let j = (1..ws.len().min(5)).find(|&j| s.finite_from(a, j))?;
    // The subject's words hold no comma.
    if ws[..j].iter().any(|(_, w)| w.ends_with(',')) {
        return None;
    }
    let verb = bare(ws[j].1);
    if s.class(a + j) & words::SPEECH != 0
        || one_of!(
            &[
                "is", "are", "was", "were", "will", "would", "could", "can", "may", "might",
                "should", "must"
            ],
            verb
        )
    {
        return None;
    }
    let last = if one_of!(&["has", "have", "had"], verb) {
        let k = j + 1;
        (k < ws.len() && s.participle(a + k)).then_some(k)?
    } else {
        j
    };
    let (at, w) = ws[last];
    Some(at + bare(w).len())
}

/// Is word `j` of the clause's words (from `a`; the subject from `i`, its head up to the comma
/// at `hc`) the verb after an aside that a participle or a relative pronoun opens, though the
/// verb lists do not know it: "The race, first held in 1903, covers …", "The lawsuit, filed in
/// 2023 by 14 states, accuses …", "The Wildcats, who finished last a year ago, lead …". Right
/// after the aside's closing comma a word in lower case that is no function word is the verb:
/// in "-s" after a singular head, any such word after a plural one. A list ("Apples, oranges,
/// pears and plums") opens no aside, so its words are never read as verbs.
fn closes_aside(s: &Words, ws: &[(usize, &str)], a: usize, i: usize, hc: usize, j: usize) -> bool {
    let (at, w) = ws[j];
    if j + 1 >= ws.len() || !s.text[..at].ends_with(", ") || at <= hc + 2 {
        return false;
    }
    // The aside opens with "who" or "which", a participle, or an adverb and a participle.
    let open = s.index(hc + 2) - a;
    if open + 1 >= j {
        return false;
    }
    let first = bare(ws[open].1);
    // "Kamala Jones, 58, who runs a start-up, calls …": an age before the relative pronoun.
    let aged = first.bytes().all(|b| b.is_ascii_digit())
        && [", who ", ", which "]
            .iter()
            .any(|r| s.text[ws[open].0 + first.len()..].starts_with(r));
    let opens = aged
        || matches!(first, "who" | "which")
        || s.participle(a + open)
        || (first.bytes().all(|b| b.is_ascii_lowercase())
            && (first.ends_with("ly") || matches!(first, "first" | "once" | "long"))
            && s.participle(a + open + 1));
    if !opens {
        return false;
    }
    let plural = {
        let head = s.text[ws[i].0..hc].trim_end();
        let last = super::last_word(head);
        plural_noun(last)
            || (last.len() > 3
                && last.ends_with('s')
                && !last.ends_with("ss")
                && !last.ends_with("'s")
                && last.starts_with(char::is_uppercase)
                && head.starts_with("The "))
    };
    let verb_shape = |k: usize| {
        let w = bare(ws[k].1);
        w.len() >= 3
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && s.class(a + k)
                & (words::DETERMINER
                    | words::PREPOSITION
                    | words::CONNECTOR
                    | words::SUBORDINATOR
                    | words::CLAUSE_OPENER
                    | words::ARTICLE
                    | words::HE_SHE
                    | words::HIS_HER)
                == 0
            && !matches!(w, "and" | "but" | "nor" | "not" | "including" | "both")
            && !w.ends_with("ing")
            && !w.ends_with("ly")
            && (plural || (w.ends_with('s') && !w.ends_with("ss")))
    };
    let w = bare(w);
    // "…, previously ran …", "…, now employs …": an adverb before the verb.
    if w.ends_with("ly") || matches!(w, "now" | "still" | "also") {
        return j + 2 < ws.len() && (s.finite_from(a, j + 1) || verb_shape(j + 1));
    }
    verb_shape(j)
}

/// Trim spaces and commas off the end of `start..end`.
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end_matches([' ', ',']).len()
}

/// The comma-separated chunks of an appositive chain; "Minneapolis, Minnesota" stays one.
pub(super) fn chunks(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    if range.end <= range.start {
        return out;
    }
    let mut start = range.start;
    let body = &text[range.clone()];
    // ", " found by its comma and the space after it (see `joins_in`).
    let mut cuts: Vec<usize> = body
        .match_indices(',')
        .filter(|&(i, _)| body.as_bytes().get(i + 1) == Some(&b' '))
        .map(|(i, _)| range.start + i)
        .collect();
    cuts.push(range.end);
    for cut in cuts {
        let piece = start..cut;
        let t = &text[piece.clone()];
        let place = !out.is_empty()
            && t.split_whitespace().count() <= 3
            && t.split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
        match out.last_mut() {
            Some(last) if place => last.end = cut,
            _ => out.push(piece),
        }
        start = cut + 2;
    }
    out.retain(|r| r.end > r.start);
    out
}

/// The atoms an appositive gives its name: "77" (an age), "a married 55-year-old father of two
/// from Texas" (an age, a place, a description), "a professor who taught Y" (a relative clause).
pub(super) fn appositive(
    s: &Words,
    name: &Range<usize>,
    who: &str,
    chunk: Range<usize>,
    out: &mut Vec<Atom>,
) {
    let from = out.len();
    appositive_of_one(s, name, who, chunk, out);
    // "The researchers, led by …" → "The researchers were led by …": a plural common noun
    // takes the plural verb.
    // "Opponents, led by …": a plural at the sentence's head is capitalised; a name
    // ("Reuters, …") is no plural.
    // "Her husband of 52 years": the noun before "of" heads a common noun's phrase.
    let named = &s.text[name.clone()];
    let last = match named.split_once(" of ") {
        Some((head, _)) if !head.ends_with(|c: char| c.is_uppercase()) => {
            let w = super::last_word(head);
            if w.starts_with(|c: char| c.is_lowercase()) {
                w
            } else {
                super::last_word(named)
            }
        }
        _ => super::last_word(named),
    };
    let head_plural = || {
        s.words
            .first()
            .is_some_and(|&(at, w)| at == name.start && w.len() == name.len())
            && !s.names.iter().any(|&(at, _)| at == name.start)
            && plural_noun(&last.to_ascii_lowercase())
    };
    // "Two Republicans, Susan Collins and Lisa Murkowski," → "Two Republicans are …": a
    // count of people names them in the plural, whatever their noun.
    let counted = || {
        let lower = named.to_ascii_lowercase();
        lower.contains(' ') && counted_people(&lower)
    };
    if plural_noun(last) || head_plural() || counted() {
        for atom in &mut out[from..] {
            if let Some(Piece::Lit(be)) = atom.pieces.get_mut(1) {
                match *be {
                    "is" => *be = "are",
                    "was" => *be = "were",
                    _ => {}
                }
            }
        }
    }
}

/// Is `head` a count of people or things in the plural ("Two Fed governors", "Three players",
/// "Both candidates", "4 officers")?
pub(super) fn counted_people(head: &str) -> bool {
    let mut ws = head.split(' ');
    let Some(first) = ws.next() else {
        return false;
    };
    let last = ws.next_back().unwrap_or("");
    let counted = first.bytes().all(|b| b.is_ascii_digit())
        || one_of!(
            &[
                "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both",
                "eleven", "twelve",
            ],
            first
        );
    counted && plural_noun(last)
}

/// Is `r` a list of the sentence's names joined by commas and "and" ("Christopher Waller and
/// Michelle Bowman", "Marco Silva, Tom Reed and Luis Ortega"), two at least?
pub(super) fn name_list(s: &Words, r: Range<usize>) -> bool {
    let mut at = r.start;
    let mut count = 0;
    let mut and = false;
    while let Some(n) = s.name_at(at) {
        count += 1;
        at += n.len();
        if at >= r.end {
            break;
        }
        let rest = &s.text[at..r.end];
        let Some(j) = [", and ", " and ", ", "]
            .iter()
            .find(|j| rest.starts_with(**j))
        else {
            return false;
        };
        and |= j.contains("and");
        at += j.len();
    }
    at == r.end && count >= 2 && and
}

/// Is `head` a bare count or ordinal that stands for someone of a group named before ("A third",
/// "Another", "The second", "One of them", "The other"): it describes no one by itself.
fn bare_quantifier(head: &str) -> bool {
    let lower = head.trim().to_ascii_lowercase();
    let rest = ["a ", "an ", "the "]
        .iter()
        .find_map(|a| lower.strip_prefix(a))
        .unwrap_or(&lower);
    let rest = rest.strip_suffix(" one").unwrap_or(rest);
    one_of!(
        &[
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "another",
            "other",
            "one",
            "latter",
            "former",
            "last",
            "first",
            "one of them",
            "one of those",
            "another of them",
            "others",
            "two",
            "three",
            "both",
            "both of them",
        ],
        rest
    )
}

/// Is `w` a common noun in the plural ("researchers", "parents", "people"): lower case, in "-s"
/// but not "-ss", "-us" or "-is", or one of the plurals without it?
fn plural_noun(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && ((w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is"))
            || one_of!(&["people", "children", "men", "women", "police"], w))
}

fn appositive_of_one(
    s: &Words,
    name: &Range<usize>,
    who: &str,
    chunk: Range<usize>,
    out: &mut Vec<Atom>,
) {
    let t = &s.text[chunk.clone()];
    let about = || {
        if who.is_empty() {
            None
        } else {
            Some(who.to_string())
        }
    };
    let named = Piece::Span(name.clone());
    if t.chars().all(|c| c.is_ascii_digit()) && !t.is_empty() {
        out.push(Atom {
            pieces: vec![
                named,
                Piece::Lit("is"),
                Piece::Span(chunk.clone()),
                Piece::Lit("years old"),
            ],
            subject: about(),
            age: (!who.is_empty()).then(|| (t.to_string(), who.to_string())),
            ..Atom::default()
        });
        return;
    }
    // "said Tom Reyes, whose two children attend Lincoln": what the name's owns, with the
    // name's possessive.
    if let Some(rest) = t.strip_prefix("whose ") {
        let at = chunk.start + "whose ".len();
        if rest.split(' ').count() >= 3 {
            out.push(Atom {
                pieces: vec![
                    named,
                    Piece::Sub(chunk.start..at - 1, "'s".to_string()),
                    Piece::Span(at..chunk.end),
                ],
                subject: about(),
                ..Atom::default()
            });
        }
        return;
    }
    let mut np = chunk.clone();
    // A relative clause: "… who taught Vande Hey as a student", "which employs 4,000 people".
    let rel = ["who ", "which "]
        .iter()
        .find(|r| t.starts_with(**r))
        .map(|r| (0, r.len()))
        .or_else(|| {
            [" who ", " which "]
                .iter()
                .find_map(|r| super::find_str(t, r).map(|i| (i, r.len())))
        });
    // "the architect who designed the Lyon opera house": a definite description that its
    // relative clause defines ("the architect" alone says nothing) is one fact about the name.
    if rel.is_some_and(|(at, _)| at > 0) && t.starts_with("the ") {
        out.push(Atom {
            pieces: vec![named, Piece::Lit("is"), Piece::Span(chunk)],
            subject: about(),
            ..Atom::default()
        });
        return;
    }
    if let Some(rel) = rel {
        let rel_start = chunk.start + rel.0 + rel.1;
        let pronoun = chunk.start + rel.0 + usize::from(rel.0 > 0)..rel_start - 1;
        // "her publicist, Elaine Schock, who said the cause was cardiac arrest": what the name
        // says is a claim of theirs, with them its speaker, about what the words name; worded
        // as a tag is, the claim resting on the words.
        if rel.0 == 0
            && t.starts_with("who ")
            && !who.is_empty()
            && let Some((verb, words)) = said_clause(s, rel_start..chunk.end)
        {
            out.push(Atom {
                pieces: vec![
                    Piece::Say(format!("{who} {verb}")),
                    Piece::Span(words.clone()),
                ],
                speaker: about(),
                settled: !s.names.iter().any(|(at, _)| words.contains(at)),
                clause: words,
                reported: true,
                ..Atom::default()
            });
            return;
        }
        // "The drug, which the FDA approved in 2021,": the clause's own subject acts on the
        // name, which goes after the verb ("The FDA approved the drug in 2021").
        if t[rel.0..].trim_start().starts_with("which ")
            && let Some(verb_end) = object_relative(s, rel_start, chunk.end)
        {
            let object = match s.text[name.clone()].strip_prefix("The ") {
                Some(rest) => Piece::Sub(name.clone(), ["the ", rest].concat()),
                None => named.clone(),
            };
            out.push(Atom {
                pieces: vec![
                    Piece::Sub(pronoun.clone(), String::new()),
                    Piece::Span(rel_start..verb_end),
                    object,
                    Piece::Span(verb_end..chunk.end),
                ],
                ..Atom::default()
            });
            return;
        }
        // "who founded the chain in 1952 and grew it to 300 stores": each predicate a claim.
        let second = relative_and(s, rel_start, chunk.end);
        out.push(Atom {
            pieces: vec![
                named.clone(),
                Piece::Sub(pronoun.clone(), String::new()),
                Piece::Span(rel_start..second.as_ref().map_or(chunk.end, |(e, _, _)| *e)),
            ],
            subject: about(),
            ..Atom::default()
        });
        if let Some((_, aux, verb)) = second {
            let mut pieces = vec![named.clone(), Piece::Sub(pronoun, String::new())];
            pieces.extend(aux.map(Piece::Span));
            pieces.push(Piece::Span(verb..chunk.end));
            out.push(Atom {
                pieces,
                subject: about(),
                ..Atom::default()
            });
        }
        np = chunk.start..chunk.start + rel.0;
    }
    // A place: "… from Texas"; after a party or a people of one capitalised word ("a
    // Republican from Texas") both are one fact, as "a Republican" alone is said of a name.
    if let Some(f) = super::rfind_str(&s.text[np.clone()], " from ") {
        let place = np.start + f + 1..np.end;
        let one_capitalised =
            s.text[np.start..np.start + f]
                .split_once(' ')
                .is_some_and(|(a, w)| {
                    one_of!(&["a", "an"], a)
                        && !w.contains(' ')
                        && w.starts_with(char::is_uppercase)
                });
        if s.text[place.start + 5..place.end].starts_with(char::is_uppercase) && !one_capitalised {
            out.push(Atom {
                pieces: vec![named.clone(), Piece::Lit("is"), Piece::Span(place)],
                subject: about(),
                ..Atom::default()
            });
            np = np.start..np.start + f;
        }
    }
    // An age: "55-year-old".
    // "X, founded in 2011," was; "X, based in Austin," is: a participle of a state holds now.
    let stative = || {
        s.words.get(s.index(np.start)).is_some_and(|(_, w)| {
            one_of!(
                &[
                    "based",
                    "headquartered",
                    "located",
                    "owned",
                    "known",
                    "listed"
                ],
                bare(w),
            )
        })
    };
    let mut pieces = vec![
        named.clone(),
        Piece::Lit(if participle_start(s, &np) && !stative() {
            "was"
        } else {
            "is"
        }),
    ];
    let a = s.index(np.start);
    let b = s.index(np.end);
    let age = (a..b).find(|&j| {
        let w = s.words[j].1;
        w.ends_with("-year-old") && w.starts_with(|c: char| c.is_ascii_digit())
    });
    match age {
        Some(j) => {
            let (at, w) = s.words[j];
            let years = &w[..w.find('-').unwrap_or(w.len())];
            out.push(Atom {
                pieces: vec![
                    named.clone(),
                    Piece::Lit("is"),
                    Piece::Sub(at..at + w.len(), format!("{years} years old")),
                ],
                subject: about(),
                age: (!who.is_empty()).then(|| (years.to_string(), who.to_string())),
                ..Atom::default()
            });
            // The description without the age; "a" or "an" as the next word wants.
            let before = np.start..trim_end(s.text, np.start, at);
            // Past the age and the space after it (a character wider than a space too).
            let mut from = (at + w.len() + 1).min(np.end);
            while !s.text.is_char_boundary(from) {
                from += 1;
            }
            let after = from..np.end;
            let next = s.text[after.clone()].trim_start();
            let art = &s.text[before.clone()];
            let (first, rest_start) = match art.split_once(' ') {
                Some((f, _)) => (f, before.start + f.len()),
                None => (art, before.end),
            };
            if one_of!(&["a", "an"], first) && !next.is_empty() {
                let vowel = next.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
                pieces.push(Piece::Sub(
                    before.start..before.start + first.len(),
                    if vowel { "an" } else { "a" }.to_string(),
                ));
                if rest_start < before.end {
                    pieces.push(Piece::Span(rest_start..before.end));
                }
            } else if before.end > before.start {
                pieces.push(Piece::Span(before));
            }
            if after.end > after.start && !next.is_empty() {
                pieces.push(Piece::Span(after));
            }
        }
        None if np.end > np.start => {
            // "Her deputy" → "her deputy" after "is".
            let first = s.text[np.clone()].split(' ').next().unwrap_or("");
            if one_of!(DETERMINERS, first) && first.starts_with(char::is_uppercase) {
                pieces.push(Piece::Sub(
                    np.start..np.start + first.len(),
                    first.to_lowercase(),
                ));
                pieces.push(Piece::Span(np.start + first.len()..np.end));
            } else {
                pieces.push(Piece::Span(np.clone()));
            }
        }
        None => {}
    }
    // A description of one word or none left ("a married") says nothing alone.
    let described = pieces
        .iter()
        .skip(2)
        .map(|p| match p {
            Piece::Span(r) | Piece::Lead(r) | Piece::Sub(r, _) | Piece::Aside(r) => {
                super::word_count(&s.text[r.clone()])
            }
            Piece::Lit(_) | Piece::Say(_) => 0,
        })
        .sum::<usize>();
    // "The officer, Jason Reilly, is serving …": "the" and a noun that is no title only points
    // back to someone named before; "Jason Reilly is the officer" says nothing to check ("Eric
    // Adams is the mayor" does).
    let points_back = s.text[np.clone()]
        .trim()
        .split_once(' ')
        .is_some_and(|(the, noun)| {
            the.eq_ignore_ascii_case("the")
                && !noun.is_empty()
                && noun.bytes().all(|b| b.is_ascii_lowercase())
                && !super::restate::is_person_role(noun)
        });
    if described >= 2 && !points_back {
        out.push(Atom {
            pieces,
            subject: about().or_else(|| agent(s, &np)),
            ..Atom::default()
        });
    }
}

/// The person a participle's "by" names in an aside about a thing named by a common noun ("The
/// new law, signed by Gov. Ray Huang,"): the fact is that person's deed, so the person is its
/// subject. Only a name right after "by" or after capitalised words (a title); "filed by 14
/// states", "funded by the National Institutes of Health" name no one this way.
fn agent(s: &Words, np: &Range<usize>) -> Option<String> {
    if !participle_start(s, np) {
        return None;
    }
    let by = np.start + super::find_str(&s.text[np.clone()], " by ")? + 4;
    let &(at, name) = s
        .names
        .iter()
        .find(|(at, n)| *at >= by && at + n.len() <= np.end)?;
    let title = &s.text[by..at];
    (title
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase))
        && name.contains(' '))
    .then(|| name.to_string())
}

/// Past participles whose passive takes an object ("was fined $5,000", "were given a medal",
/// "was paid $2 million"): after "was" and another participle, still passive.
const PASSIVE_WITH_OBJECT: &[&str] = &[
    "fined",
    "awarded",
    "given",
    "paid",
    "granted",
    "offered",
    "charged",
    "ordered",
    "sentenced",
    "owed",
    "denied",
    "promised",
    "shown",
    "told",
    "sent",
    "handed",
    "assessed",
    "billed",
    "allowed",
    "lent",
    "loaned",
    "taught",
    "asked",
    "banned",
    "named",
    "elected",
    "appointed",
    "ranked",
    "rated",
    "valued",
    "priced",
    "estimated",
    "expected",
    "projected",
    "forecast",
    "worth",
    "considered",
    "called",
    "listed",
];

/// A second predicate in the relative clause `start..end` (its first verb at `start`), joined by
/// "and": "founded the chain in 1952 and grew it to 300 stores", "was born in Lagos and raised
/// in Leeds", "runs a bakery and owns two cafes". Gives where the first ends, the first's
/// auxiliary (for "raised": "was") and where the second starts. Its verb has the first's tense
/// and comes after at least two words of the first ("who lives and works" is one); none past a
/// clause that opens inside ("that makes X and sells Y") or inside quotation marks.
fn relative_and(
    s: &Words,
    start: usize,
    end: usize,
) -> Option<(usize, Option<Range<usize>>, usize)> {
    let first = s.index(start);
    let last = s.index(end);
    let (at0, w0) = *s.words.get(first).filter(|(at, _)| *at == start)?;
    let aux = exactly_one_of!(AUX, w0).then(|| at0..at0 + w0.len());
    let past = aux.is_none() && is_participle(w0);
    let present = aux.is_none() && s.class(first) & words::PRESENT_VERB != 0;
    if aux.is_none() && !past && !present {
        return None;
    }
    let verb = first + usize::from(aux.is_some());
    for j in verb + 3..last {
        if s.class(j - 1) & words::CLAUSE_OPENER != 0 {
            return None;
        }
        let (at, w) = s.words[j];
        let (ps, p) = s.words[j - 1];
        if p != "and"
            || !s.text[..ps].ends_with(' ')
            || s.words.get(j + 1).is_none_or(|n| n.0 >= end)
        {
            continue;
        }
        let fits = if aux.is_some() || past {
            is_participle(w) && bare(w) == w
        } else {
            s.class(j) & words::PRESENT_VERB != 0
        };
        if fits && !in_quotes(s.text, start, at) {
            return Some((conj_end(s.text, start, ps + 3), aux, at));
        }
    }
    None
}

/// Does `range` start with a participle ("built in 1932"), also after an adverb of time or
/// manner ("first held in 1903", "newly built")?
fn participle_start(s: &Words, range: &Range<usize>) -> bool {
    let j = s.index(range.start);
    let at = |k: usize| s.words.get(k).is_some_and(|(at, _)| *at < range.end);
    at(j)
        && (s.participle(j)
            || (at(j + 1)
                && s.participle(j + 1)
                && matches!(
                    s.words[j].1,
                    "first" | "once" | "newly" | "originally" | "jointly"
                )))
}

/// The subject's pieces with "he"/"she" resolved and "His X" → "Name's X".
/// With `anywhere`, the pronoun may stand after a leading phrase ("10 years later he").
fn subject_pieces(
    s: &Words,
    range: Range<usize>,
    person: Option<&str>,
    anywhere: bool,
) -> Vec<Piece> {
    let j = s.index(range.start);
    let pronoun = s.words[j..]
        .iter()
        .take_while(|(at, _)| *at < range.end)
        .position(|(_, w)| one_of!(&["he", "she"], w))
        .filter(|_| anywhere)
        .map_or(j, |k| j + k);
    if let (Some(p), Some(&(at, w))) = (person, s.words.get(pronoun))
        && at < range.end
    {
        // Inside someone's quoted words the name goes in brackets, as editors mark what they
        // added to a quote: "[Vande Hey] will hold the record".
        let before = &s.text[..at];
        let quoted = before.matches('“').count() > before.matches('”').count()
            || before.matches('"').count() % 2 == 1;
        let name = |n: String| if quoted { format!("[{n}]") } else { n };
        if one_of!(&["he", "she"], w) {
            let end = at + w.len();
            let mut out = vec![Piece::Sub(at..end, name(p.to_string()))];
            if end < range.end {
                out.push(Piece::Span(end..range.end));
            }
            if at > range.start {
                out.insert(0, Piece::Span(range.start..at));
            }
            return out;
        }
        // Not when a name follows the possessive ("His deputy, Tom Reyes").
        if one_of!(&["his", "her"], w)
            && at == range.start
            && s.name_at(s.words.get(j + 1).map_or(0, |x| x.0)).is_none()
        {
            let end = at + w.len();
            return vec![
                Piece::Sub(at..end, name(format!("{p}'s"))),
                Piece::Span(end..range.end),
            ];
        }
    }
    vec![Piece::Span(range)]
}

/// The name a clause's subject is, when it is one verbatim piece that ends with a name and has
/// at most capitalised words (a title) before it ("Sen. Jane Holt"), or a person's role ("The
/// senator" → "the senator").
fn named_subject(s: &Words, subject: &[Piece]) -> Option<String> {
    let r = match subject {
        [Piece::Span(r)] => r,
        // "He also requested federal help, saying …": the person "he" or "she" means here, as
        // the subject was worded (an adverb may follow it).
        [Piece::Sub(r, who), rest @ ..]
            if matches!(&s.text[r.clone()], "He" | "She" | "he" | "she")
                && rest.iter().all(|p| {
                    matches!(p, Piece::Span(x) if s.text[x.clone()]
                        .split_whitespace()
                        .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase())))
                }) =>
        {
            return s.person.filter(|p| p == who).map(str::to_string);
        }
        _ => return None,
    };
    // "The senator": a person known by a role, as a tag names them ("the senator said").
    let said = &s.text[r.clone()];
    if let Some(role) = said
        .strip_prefix("The ")
        .or_else(|| said.strip_prefix("the "))
        && super::restate::is_person_role(role)
    {
        return Some(format!("the {role}"));
    }
    // "The Kenyan government cut …, saying …", "The ministry scrapped …, saying …": a body
    // named by its common noun, as a tag names one ("the Kenyan government said").
    if let Some(body) = said
        .strip_prefix("The ")
        .or_else(|| said.strip_prefix("the "))
        && body.split(' ').count() <= 3
        && super::claimant::org_noun(body.rsplit(' ').next().unwrap_or(""))
    {
        return Some(format!("the {body}"));
    }
    let (at, _) = s
        .names
        .iter()
        .find(|(at, n)| r.start <= *at && at + n.len() == r.end)?;
    s.text[r.start..*at]
        .split_whitespace()
        .all(|w| w.starts_with(char::is_uppercase))
        .then(|| s.text[r.clone()].to_string())
}

/// The plural object of the verb `ws[v]` before byte `end`, as written ("cut fuel subsidies in
/// May, saying they cost …" → "fuel subsidies"), when the clause's subject is one (its last
/// word not in "-s"): what a "they" in the words a trailing "saying" reports means. Only a short
/// object of words in lower case, "the" at most before them, and no figure.
fn plural_object(
    s: &Words,
    ws: &[(usize, &str)],
    v: usize,
    end: usize,
    subject: &[Piece],
) -> Option<String> {
    let doer = pieces_text(s.text, subject);
    let last = doer.rsplit(' ').next().unwrap_or("");
    if last.is_empty() || (last.ends_with('s') && !last.ends_with("ss")) {
        return None;
    }
    let mut k = v + 1;
    let first = k;
    let mut object_end = None;
    while let Some(&(at, w)) = ws.get(k) {
        if at >= end || k - first == 4 {
            break;
        }
        let b = w.trim_end_matches(',');
        if !b.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
            || ((k > first || b != "the") && one_of!(DETERMINERS, b))
            || one_of!(super::subject::PREPOSITIONS, b)
            || one_of!(CONNECTORS_AND_CLAUSES, b)
        {
            break;
        }
        object_end = Some(at + b.len());
        k += 1;
        if w.ends_with(',') {
            break;
        }
    }
    let object = &s.text[ws.get(first)?.0..object_end?];
    let noun = object.rsplit(' ').next().unwrap_or("");
    (noun.len() > 3
        && noun.ends_with('s')
        && !noun.ends_with("ss")
        && !noun.ends_with("us")
        && object != "the")
        .then(|| object.to_string())
}

/// Words that end a verb's object ("cut taxes and fees", "cut taxes that …").
const CONNECTORS_AND_CLAUSES: &[&str] = &["and", "or", "but", "that", "which", "who", "while"];

/// The predicates of a clause: one, or several where predicates are coordinated. Relative
/// clauses and trailing participles become atoms of their own in `extra`; `lead` is the
/// clause's lead ("On Tuesday,"), which a predicate worded as an atom of its own may keep.
#[allow(clippy::too_many_arguments)]
fn predicates(
    s: &Words,
    ws: &[(usize, &str)],
    v: usize,
    pred: Range<usize>,
    subject: &[Piece],
    subject_name: &Option<String>,
    lead: Option<Range<usize>>,
    extra: &mut Vec<Atom>,
) -> Vec<Vec<Piece>> {
    let mut segments: Vec<Range<usize>> = vec![pred.clone()];
    let mut marked = false;
    let text = &s.text[pred.clone()];
    let past = {
        let w = bare(ws[v].1);
        matches!(w, "was" | "were" | "had" | "did") || is_participle(w)
    };
    // Trailing participles: ", having spent …", ", saying …", ", adding …"; every mark starts
    // with a comma, so each mark's first place is found in one walk over the predicate's commas,
    // not by a search of the predicate for each mark.
    let marks = [
        (", having ", 0),
        (", saying ", 1),
        (", adding ", 1),
        (", saying: ", 1),
    ];
    let mut first_at: [Option<usize>; 4] = [None; 4];
    let bytes = text.as_bytes();
    for (i, _) in bytes.iter().enumerate().filter(|&(_, &b)| b == b',') {
        for (k, (mark, _)) in marks.iter().enumerate() {
            if first_at[k].is_none() && bytes[i..].starts_with(mark.as_bytes()) {
                first_at[k] = Some(i);
            }
        }
    }
    for (k, (mark, kind)) in marks.into_iter().enumerate() {
        let Some(at) = first_at[k].map(|i| pred.start + i) else {
            continue;
        };
        if in_quotes(s.text, pred.start, at) {
            continue;
        }
        let body = at + mark.len()..pred.end;
        let seg = segments.pop().unwrap_or(pred.clone());
        if at <= seg.start {
            segments.push(seg);
            continue;
        }
        segments.push(seg.start..at);
        marked = true;
        if kind == 0 {
            let mut pieces = subject.to_vec();
            pieces.push(Piece::Lit(if past { "had" } else { "has" }));
            pieces.push(Piece::Span(body));
            extra.push(Atom {
                pieces,
                subject: subject_name.clone(),
                ..Atom::default()
            });
        } else {
            let word = at + 2..at + 2 + mark.trim().trim_end_matches(':').len() - 1;
            let mut content = body.start;
            let rest = &s.text[body.clone()];
            if let Some(r) = rest.strip_prefix("that ") {
                content = pred.end - r.len();
            } else if rest.starts_with(", ") {
                content += 2;
            } else if let Some(t) = rest.find(" that ").filter(|&t| {
                !super::at_least_words(&rest[..t], 7) && !rest[..t].contains(['“', '"', ','])
            }) {
                content = body.start + t + 6;
            }
            let mut pieces = subject.to_vec();
            pieces.push(Piece::Sub(word, "said".to_string()));
            if s.text[content..pred.end].starts_with(|c: char| c.is_lowercase()) {
                pieces.push(Piece::Lit("that"));
            }
            // "The government cut fuel subsidies, saying they cost …": "they" after a subject
            // of one is the plural object of the main verb.
            let object = s.text[content..pred.end]
                .strip_prefix("they ")
                .and_then(|_| plural_object(s, ws, v, at, subject));
            // Words about the object are not about their speaker.
            let about_object = object.is_some();
            match object {
                Some(object) => {
                    pieces.push(Piece::Sub(content..content + 4, object));
                    pieces.push(Piece::Span(content + 4..pred.end));
                }
                None => pieces.push(Piece::Span(content..pred.end)),
            }
            extra.push(Atom {
                pieces,
                subject: subject_name.clone().filter(|_| !about_object),
                speaker: subject_name.clone().or_else(|| named_subject(s, subject)),
                settled: about_object,
                ..Atom::default()
            });
        }
        break;
    }
    // Other trailing participles: ", defeating X by 6 points", ", killing 7 and wounding 42":
    // each a fact about the subject, worded in the main verb's tense.
    if !marked {
        participles(
            s,
            v,
            ws,
            pred.clone(),
            subject,
            subject_name,
            &mut segments,
            extra,
        );
    }
    // Non-restrictive relative clauses: ", which …", ", who …".
    let main = segments.pop().unwrap_or(pred.clone());
    let mut tail: Vec<Range<usize>> = Vec::new();
    let mut head = main.clone();
    // ", two of which were made into films": a part of the object counted out, a fact of its
    // own worded with the object, the subject and the verb ("Two of the 14 novels Ms. Aoki
    // wrote were made into films").
    if let Some((at, rel, q)) = counted_of_which(s, head.clone())
        && !in_quotes(s.text, pred.start, at)
    {
        // The verb and its auxiliaries and participles ("has written"), then the object up
        // to the comma: a short noun phrase.
        let mut k = v + 1;
        while k < ws.len() && (exactly_one_of!(AUX, bare(ws[k - 1].1)) && is_participle(ws[k].1)) {
            k += 1;
        }
        let object = ws.get(k).map(|&(o, _)| o).filter(|&o| o < at);
        if let Some(o) = object
            && let object = s.text[o..at].trim()
            && !object.is_empty()
            && !object.contains([',', ';', '“', '"'])
            && !super::at_least_words(object, 7)
            && let first = object.split(' ').next().unwrap_or("")
            && !one_of!(&["a", "an"], first)
        {
            let doer = pieces_text(s.text, subject);
            let doer = match doer.split_once(' ') {
                Some((d, rest)) if one_of!(DETERMINERS, d) => {
                    [d.to_lowercase().as_str(), " ", rest].concat()
                }
                _ => doer,
            };
            let the = if one_of!(DETERMINERS, first) {
                ""
            } else {
                "the "
            };
            let verb = s.text[ws[v].0..o].trim();
            let end = super::find_str(&s.text[rel..head.end], ", ").map_or(head.end, |i| rel + i);
            extra.push(Atom {
                pieces: vec![
                    Piece::Span(at + 2..at + 2 + q.len()),
                    Piece::Sub(
                        at + 3 + q.len()..rel - 1,
                        format!("of {the}{object} {doer} {verb}"),
                    ),
                    Piece::Span(rel..end),
                ],
                subject: subject_name.clone(),
                ..Atom::default()
            });
            if end < head.end {
                tail.push(end..head.end);
            }
            head = head.start..at;
        }
    }
    for mark in [", which ", ", who ", ", whose "] {
        if head.end < main.end {
            break;
        }
        if !s.text[head.clone()].contains(',') {
            continue;
        }
        let Some(at) = super::find_str(&s.text[head.clone()], mark).map(|i| head.start + i) else {
            continue;
        };
        let rel = at + mark.len();
        let j = s.index(rel);
        let whose = mark == ", whose ";
        // ", whose term ends in May 2026": what the name owns, then its verb a few words on.
        let verb = if whose {
            // The present in "-s" after a noun ("whose term ends", "whose company makes") is
            // a verb there, though word shapes alone leave "ends" a plural noun.
            (j + 1..(j + 6).min(s.words.len())).find(|&k| {
                s.finite(k) || {
                    let w = bare(s.words[k].1);
                    let prev = bare(s.words[k - 1].1);
                    w.len() > 3
                        && s_form(w)
                        && w.bytes().all(|b| b.is_ascii_lowercase())
                        && prev.bytes().all(|b| b.is_ascii_lowercase())
                        && !prev.ends_with('s')
                        && !one_of!(DETERMINERS, prev)
                        && s.class(k - 1) & words::PREPOSITION == 0
                }
            })
        } else {
            Some(j).filter(|&j| j < s.words.len() && s.finite(j))
        };
        let Some(verb) = verb else {
            continue;
        };
        if in_quotes(s.text, pred.start, at) || s.text[rel..s.words[verb].0].contains(',') {
            continue;
        }
        let end = super::find_str(&s.text[rel..head.end], ", ").map_or(head.end, |i| rel + i);
        let Some(ante) = antecedent(s, head.start, at) else {
            continue;
        };
        let named = s
            .names
            .iter()
            .find(|(n, w)| *n >= ante.start && n + w.len() == ante.end);
        // "fire Powell, whose term as chair ends in May 2026": a name's own thing, worded with
        // the name's possessive below ("Powell's term as chair ends in May 2026").
        if whose && named.is_none() {
            continue;
        }
        // After the verb, the antecedent is the object: the clause is about it alone, a name
        // or a name's own thing ("Kestrel's plant, which employs 400"), else nothing named.
        let object = ante.start > ws[v].0;
        let subject = named.or_else(|| {
            object.then_some(())?;
            s.names.iter().find(|(n, w)| {
                *n >= ante.start
                    && *n < ante.end
                    && ["'s ", "’s "]
                        .iter()
                        .any(|p| s.text[n + w.len()..].starts_with(p))
            })
        });
        // "announced by her publicist, Elaine Schock, who said the cause was …": what a name
        // says is a claim of theirs, with them its speaker, about what the words name.
        let said = named
            .filter(|_| mark == ", who ")
            .and_then(|(_, n)| Some((n, said_clause(s, rel..end)?)));
        // The relative pronoun is part of what the claim rests on, though not of its wording
        // ("whose" is worded as the name's possessive).
        let pieces = vec![
            Piece::Span(ante),
            Piece::Sub(at + 2..rel - 1, if whose { "'s" } else { "" }.to_string()),
            Piece::Span(rel..end),
        ];
        match said {
            // Worded as a tag is, the claim resting on the words.
            Some((who, (verb, words))) => extra.push(Atom {
                pieces: vec![
                    Piece::Say(format!("{who} {verb}")),
                    Piece::Span(words.clone()),
                ],
                speaker: Some(who.to_string()),
                settled: !s.names.iter().any(|(n, _)| words.contains(n)),
                clause: words,
                reported: true,
                ..Atom::default()
            }),
            None => extra.push(Atom {
                pieces,
                subject: subject.map(|(_, n)| n.to_string()),
                settled: object || whose,
                ..Atom::default()
            }),
        }
        if end < head.end {
            tail.push(end..head.end);
        }
        head = head.start..at;
        break;
    }
    // "670 people were feared dead, though that number could rise": a clause of concession
    // after the predicate is no part of it. A hedge on what was said ("could", "may", "might",
    // no figure) states nothing to check and goes; any other is a clause of its own.
    if let Some(at) = [", though ", ", although ", ", even though "]
        .iter()
        .filter_map(|m| {
            super::find_str(&s.text[head.clone()], m).map(|i| (head.start + i, m.len()))
        })
        .min()
        .filter(|&(at, _)| at > ws[v].0 && !in_quotes(s.text, pred.start, at))
    {
        let rest = at.0 + at.1..head.end;
        if has_finite(s, rest.clone()) {
            let r = &s.text[rest.clone()];
            let hedge = !r.bytes().any(|b| b.is_ascii_digit())
                && r.split(' ').any(|w| one_of!(&["could", "may", "might"], w));
            if !hedge && looks_clause(s, rest.clone()) {
                clause_atoms(s, rest, extra);
            }
            head = head.start..at.0;
        }
    }
    let aux_mode =
        exactly_one_of!(AUX, bare(ws[v].1)) && ws.get(v + 1).is_some_and(|(_, w)| is_participle(w));
    // "The company will buy back $2 billion of stock, and raise its dividend": a modal and its
    // bare verb, whose modal a later bare verb after "and" or a comma shares (also after a
    // bare verb that is a past's form too: "will cost $5 million and take two years").
    let modal_mode = one_of!(MODALS, bare(ws[v].1))
        && ws.get(v + 1).is_some_and(|&(_, w)| {
            w.len() >= 2 && w.bytes().all(|b| b.is_ascii_lowercase()) && !one_of!(AUX, w)
        });
    // Trailing comparisons: "…, up 22%", "…, the smallest extent on record", "…, more than any
    // other team", "…, or 8% of its workforce": each a claim about the subject and its verb.
    let verb_end = {
        let k = v + usize::from(aux_mode);
        ws[k].0 + bare(ws[k].1).len()
    };
    let mut cut = 0;
    while cut < 3 {
        let Some(comma) = super::rfind_str(&s.text[head.clone()], ", ").map(|i| head.start + i)
        else {
            break;
        };
        let phrase = comma + 2..head.end;
        if comma <= verb_end || in_quotes(s.text, pred.start, comma) {
            break;
        }
        // ", with more than 5,000 stores and 710,000 workers": each count a claim about the
        // subject and its verb with its object, the count's type.
        if let Some(counts) = with_counts(s, phrase.clone()) {
            let core = verb_at(ws, v)..core_end(s, verb_end, comma);
            for (k, c) in counts.iter().enumerate() {
                let mut pieces = subject.to_vec();
                pieces.push(Piece::Sub(core.clone(), String::new()));
                pieces.push(Piece::Say(s.text[verb_at(ws, v)..comma].trim().to_string()));
                pieces.push(Piece::Say(",".to_string()));
                // "with" is worded, not rested on: the count is the fact.
                pieces.push(Piece::Say("with".to_string()));
                pieces.push(Piece::Span(
                    if k == 0 { c.start + 5 } else { c.start }..c.end,
                ));
                extra.push(Atom {
                    pieces,
                    subject: subject_name.clone(),
                    kind: Some(ClaimType::Quantity),
                    ..Atom::default()
                });
            }
            head = head.start..comma;
            cut += 1;
            continue;
        }
        // "…, according to AAA, down 18 cents": a tag between the predicate and what is
        // compared with it is passed over (the claimant has it).
        if cut > 0 && s.text[phrase.clone()].starts_with("according to ") {
            head = head.start..comma;
            continue;
        }
        let comparison = trailing_comparison(s, phrase.clone());
        if !comparison && !trailing_share(s, phrase.clone()) {
            break;
        }
        // A share counts ("most of them in Maine"), unless the predicate looks ahead ("will
        // open 120 stores, most of them in Texas"), which its cues tell.
        let kind = (!comparison
            && !one_of!(
                &["will", "would", "could", "may", "might", "shall", "can"],
                bare(ws[v].1)
            ))
        .then_some(ClaimType::Quantity);
        // Worded with the predicate it compares; resting on the verb, the noun phrase right
        // before the comma ("won 27 World Series titles, more than any") and the phrase.
        let said_to = super::rfind_str(&s.text[verb_end..comma], ", according to ")
            .map_or(comma, |i| verb_end + i);
        // "reached 2.1 million containers last year, most of them …": the time after the
        // noun phrase is no part of what the phrase counts or compares.
        let np_end = time_before(s, verb_end, said_to);
        let np = object_before(s, verb_end, np_end);
        let mut pieces = subject.to_vec();
        pieces.push(Piece::Sub(verb_at(ws, v)..verb_end, String::new()));
        // Worded as the predicate is, its values reworded ("voted 7-2 on Tuesday" → "on March
        // 4, 2025"), though the claim rests only on the verb, the noun phrase and the phrase.
        pieces.push(Piece::Aside(verb_at(ws, v)..said_to));
        pieces.push(Piece::Sub(np..np_end, String::new()));
        pieces.push(Piece::Say(",".to_string()));
        pieces.push(Piece::Span(phrase));
        extra.push(Atom {
            pieces,
            subject: subject_name.clone(),
            kind,
            ..Atom::default()
        });
        head = head.start..comma;
        cut += 1;
    }
    // A cause after the predicate: "reported a loss of $210 million because of higher fuel
    // costs and a pilots' strike", "was delayed to 2026 due to a fuel leak", "will rise 8%
    // because the city must replace its pipes". The predicate without it is a claim of its own;
    // each cause is one, worded with the subject, the verb and its object.
    // The predicate when one cause's claim holds all of it ("were cancelled" | "because of the
    // storm"): no claim of its own. A figure in it ("reported a loss of $210 million") is a
    // quantity checked alone, which keeps its claim.
    let mut whole_in_cause = None;
    if let Some((at, mark, cause)) = cause_in(s, head.clone(), verb_end) {
        let mut core = verb_at(ws, v)..core_end(s, verb_end, at);
        // "was shut down", "was called off": a particle left before the cause is the verb's.
        let rest = trim(s.text, core.end..at);
        if one_of!(
            &["down", "off", "up", "out", "back", "over"],
            &s.text[rest.clone()]
        ) {
            core.end = rest.end;
        }
        let conjuncts = cause_conjuncts(s, &mark, cause.clone());
        if conjuncts.len() == 1
            && lead.is_none()
            && !s.text[core.clone()]
                .bytes()
                .any(|b| b.is_ascii_digit() || b == b'$')
        {
            whole_in_cause = Some(core.clone());
        }
        for (k, c) in conjuncts.iter().enumerate() {
            let mut pieces = subject.to_vec();
            pieces.push(Piece::Span(core.clone()));
            if k == 0 {
                pieces.push(Piece::Span(mark.start..c.end));
            } else {
                pieces.push(Piece::Say(s.text[mark.clone()].trim().to_string()));
                pieces.push(Piece::Span(c.clone()));
            }
            extra.push(Atom {
                pieces,
                subject: subject_name.clone(),
                ..Atom::default()
            });
        }
        head = head.start..trim_end(s.text, head.start, at);
    }
    // Coordinated predicates: "was born in A and raised in B", "performed X, explored Y and
    // measured Z".
    let past_mode = !aux_mode && is_participle(ws[v].1);
    // "plans to cut 500 jobs and close two plants": infinitives joined after a verb of intent,
    // each a claim with the subject and the governing verb (before the list of predicates:
    // "voted to raise fees and cut services" is not "voted … and cut").
    let mut preds: Vec<Vec<Piece>> = {
        let from = s.index(head.start);
        (from..(from + 3).min(s.index(head.end)))
            .find(|&g| {
                one_of!(INTENT, bare(s.words[g].1))
                    && s.words.get(g + 1).is_some_and(|w| w.1 == "to")
            })
            .map_or_else(Vec::new, |g| infinitives(s, head.start, g + 1, head.end))
    };
    if preds.is_empty() {
        let from = s.index(head.start) + usize::from(aux_mode || modal_mode) + 1;
        let to = s.index(head.end);
        let mut starts = vec![head.start];
        // The predicates of `starts` with a verb of their own, not the first's auxiliary.
        let mut own: Vec<usize> = Vec::new();
        // "has said the shots are the best way … but has also promoted vitamin A": the
        // speaker's auxiliary again after "but" or "and" starts the speaker's second predicate.
        let speaker_goes_on = aux_mode
            .then(|| speaker_again(s, ws, v, head.clone()))
            .flatten();
        if let Some(at) = speaker_goes_on {
            starts.push(at);
            own.push(1);
        }
        for j in from..to {
            if speaker_goes_on.is_some() {
                break;
            }
            let (at, w) = s.words[j];
            // A relative or subordinate clause starts: its verbs are not the subject's.
            if s.class(j) & words::CLAUSE_OPENER != 0 {
                break;
            }
            let gap = &s.text[s.words[j - 1].0 + s.words[j - 1].1.len()..at];
            // "and also closed", "but later denied": the predicate starts at the adverb.
            let adverb = j >= from + 2
                && is_linking_adverb(bare(s.words[j - 1].1))
                && one_of!(&["and", "but"], bare(s.words[j - 2].1));
            let conj = if adverb { j - 2 } else { j - 1 };
            let joined = one_of!(&["and", "but"], bare(s.words[conj].1))
                && s.text[..s.words[conj].0].ends_with(' ')
                || gap.trim() == ",";
            // Most words follow no "and", "but" or comma: what a verb would need is not asked.
            if !joined {
                continue;
            }
            // "would try and get the bridge open", "will go and see": "try", "go" or "come"
            // right after its modal and before "and" is one verb with the next, no predicate.
            if conj >= 2
                && one_of!(&["try", "go", "come"], bare(s.words[conj - 1].1))
                && one_of!(MODALS, bare(s.words[conj - 2].1))
            {
                continue;
            }
            // "said the shots are the best way … but has also promoted vitamin A": a singular
            // verb after a plural one goes on a subject before this clause's (the speaker's),
            // so no later word starts a predicate of this subject.
            if one_of!(&["are", "were", "have", "do"], bare(ws[v].1))
                && one_of!(&["has", "is", "was", "does"], bare(w))
                && s.finite(j)
            {
                break;
            }
            // ", compared with 3% a year earlier", ", based on a survey": a participle that
            // works as a preposition qualifies the predicate before it; it is none of its own.
            // ", fanned by winds", ", helped by lower prices": after a comma, a participle
            // and its "by" give the cause of the predicate before, in the passive; no predicate
            // of the subject's own ("The fire fanned by winds").
            if s.words.get(j + 1).is_some_and(|&(_, n)| {
                (one_of!(&["compared", "contrasted"], bare(w)) && one_of!(&["with", "to"], n))
                    || (bare(w) == "based" && one_of!(&["on", "upon"], n))
                    || (n == "by" && gap.trim() == "," && s.participle(j))
            }) {
                continue;
            }
            // With one finite verb after the subject, another finite verb after "and" or a
            // comma starts a predicate of its own ("has 38 shops, employs 900 people and sold").
            // "has burned 8,000 acres and is 15% contained": after an auxiliary and its
            // participle, a finite "is" or "was" starts a predicate with its own verb.
            let own_verb = aux_mode && one_of!(&["is", "are", "was", "were"], w) && s.finite(j);
            // "has promised to lower costs but says subsidies distort the market": a verb of
            // speech after "and" or "but" reports the subject's words, whatever the tense before.
            let own_verb = own_verb
                || (gap.trim() != ","
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && super::claimant::is_speech_verb(w)
                    && s.finite(j));
            // "earned 2.55 million euros and will rise to No. 2": a modal and its bare verb
            // after "and" start a predicate of their own tense.
            let own_verb = own_verb
                || (!modal_mode
                    && gap.trim() != ","
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && one_of!(
                        &[
                            "will", "would", "can", "could", "may", "might", "must", "should"
                        ],
                        bare(w)
                    )
                    && s.words.get(j + 1).is_some_and(|&(_, n)| {
                        n.len() > 2
                            && n.bytes().all(|b| b.is_ascii_lowercase())
                            && !one_of!(&["not", "also", "be", "have", "likely"], n)
                    }));
            // "kept rates at 4.25% in May and is expected to hold them", "lost $2 billion
            // and is cutting 500 jobs": after a past, "is", "are", "has" or "have" and a
            // participle, a form in "-ing" or "likely" start a predicate of the present.
            let own_verb = own_verb
                || (past_mode
                    && gap.trim() != ","
                    && one_of!(&["is", "are", "has", "have"], bare(w))
                    && s.finite(j)
                    && s.words.get(j + 1).is_some_and(|&(_, n)| {
                        let n = bare(n);
                        n.bytes().all(|b| b.is_ascii_lowercase())
                            && (s.participle(j + 1)
                                || (n.len() > 5 && n.ends_with("ing"))
                                || one_of!(
                                    &["likely", "unlikely", "due", "set", "now", "still"],
                                    n
                                ))
                    }));
            // After a modal, a bare verb with its object shares the modal; a past or present
            // form ("and said") is a predicate of its own tense, read as one below.
            let modal_bare = modal_mode
                && (!(s.participle(j) || s.finite(j)) || one_of!(BARE_VERBS, bare(w)))
                && bare_verb_with_object(s, j, head.end);
            let verb_like = modal_bare
                || own_verb
                || if aux_mode {
                    s.participle(j)
                } else {
                    if past_mode {
                        s.participle(j)
                            && bare(w) != "had"
                            && !attributive_ed(bare(w), s.words.get(j + 1).map_or("", |n| n.1))
                    } else {
                        (s.class(j) & (words::AUXILIARY | words::PRESENT_VERB) != 0 && s.finite(j))
                            || present_joined(s, s.index(ws[v].0), j)
                    }
                };
            // Once a list of predicates has begun, a later one may change tense ("has 38
            // shops, employs 900 people and sold 12 million loaves") when what follows the verb
            // opens its object (a number, a determiner, a preposition), not when the word only
            // describes a noun ("sells bread and baked goods").
            // A figure right after this verb and after the first opens each object at once,
            // list or no list ("It holds 80,000 fans and cost $1.6 billion").
            let figure_at = |k: usize| {
                s.words
                    .get(k)
                    .is_some_and(|&(_, n)| n.starts_with(|c: char| c.is_ascii_digit() || c == '$'))
            };
            let figure = figure_at(j + 1)
                && ws
                    .get(v + 1)
                    .is_some_and(|&(_, n)| n.starts_with(|c: char| c.is_ascii_digit() || c == '$'));
            let verb_like = verb_like
                || (!aux_mode
                    && (starts.len() > 1 || figure)
                    && (s.participle(j) || s.finite(j))
                    && bare(w) != "had"
                    && s.words.get(j + 1).is_some_and(|&(_, n)| {
                        n.starts_with(|c: char| c.is_ascii_digit() || c == '$')
                            || one_of!(&["about", "nearly", "almost", "more", "at", "up"], n)
                            || s.class(j + 1) & (words::DETERMINER | words::PREPOSITION) != 0
                    }));
            if joined
                && verb_like
                && s.class(j - 1) & words::DETERMINER == 0
                && !in_quotes(s.text, head.start, at)
                && s.words.get(j + 1).is_some_and(|(n, _)| *n < head.end)
            {
                starts.push(if adverb { s.words[j - 1].0 } else { at });
                // "was approved in 2019 and sold 2 million doses": after a passive "was", a
                // past form with an object of its own (a figure, a determiner) is active, and
                // takes no "was"; a verb whose passive takes an object ("was fined $5,000",
                // "was given a medal") keeps it.
                let active = aux_mode
                    && one_of!(&["is", "are", "was", "were"], bare(ws[v].1))
                    && (s.words.get(j + 1).is_some_and(|&(_, n)| {
                        n.starts_with(|c: char| c.is_ascii_digit() || c == '$')
                            || s.class(j + 1) & words::DETERMINER != 0
                    }) && !one_of!(PASSIVE_WITH_OBJECT, bare(w))
                        || exactly_one_of!(PAST_ONLY, bare(w)));
                if own_verb || active || (modal_mode && !modal_bare) {
                    own.push(starts.len() - 1);
                }
            }
        }
        if starts.len() > 1 {
            let aux = ws[v].0..ws[v].0 + bare(ws[v].1).len();
            for (k, &st) in starts.iter().enumerate() {
                let end = starts.get(k + 1).map_or(head.end, |&n| n);
                let end = conj_end(s.text, st, end);
                // "visited the shelter on Monday and said the city would open two more": a
                // later predicate that reports the subject's words is the subject's speech, a
                // claim of what was said with the subject its speaker.
                if k > 0
                    && let Some(words) = said_by_subject(s, st..end)
                {
                    // The clause's lead ("On Tuesday,") dates the saying too.
                    let mut pieces: Vec<Piece> = lead.iter().cloned().map(Piece::Lead).collect();
                    pieces.extend(subject.iter().cloned());
                    pieces.push(Piece::Span(st..end));
                    // Words that name no one are about nothing named ("federal aid would
                    // arrive"), not about their speaker.
                    let named = s.names.iter().any(|(at, _)| words.contains(at));
                    extra.push(Atom {
                        pieces,
                        speaker: subject_name.clone().or_else(|| named_subject(s, subject)),
                        clause: words,
                        reported: true,
                        settled: !named,
                        ..Atom::default()
                    });
                    continue;
                }
                let mut p = Vec::new();
                if (aux_mode || modal_mode) && k > 0 && !own.contains(&k) {
                    p.push(Piece::Span(aux.clone()));
                }
                p.push(Piece::Span(st..end));
                preds.push(p);
            }
        }
    }
    if preds.is_empty() {
        if tail.is_empty() && whole_in_cause.is_some_and(|c| c == trim(s.text, head.clone())) {
            return preds;
        }
        preds.push(vec![Piece::Span(head)]);
    }
    for t in tail {
        // "…, two of which were made into films, and won the prize in 1979": a predicate of
        // its own after "and".
        let rest = s.text[t.clone()].trim_start_matches([',', ' ']);
        if let Some(p) = rest.strip_prefix("and ")
            && let j = s.index(t.end - p.len())
            && j < s.words.len()
            && (s.finite(j) || s.participle(j))
            && !in_quotes(s.text, pred.start, t.start)
        {
            preds.push(vec![Piece::Span(t.end - p.len()..t.end)]);
            continue;
        }
        if let Some(last) = preds.last_mut() {
            last.push(Piece::Say(",".to_string()));
            last.push(Piece::Span(t));
        }
    }
    preds
}

/// Where the speaker's second predicate starts in `head`, a predicate whose verb (`ws[v]`, an
/// auxiliary) carries a verb of speech: "has said the shots are the best way to prevent measles
/// but has also promoted vitamin A" → "has also promoted …" (`speaker_again_in`).
fn speaker_again(s: &Words, ws: &[(usize, &str)], v: usize, head: Range<usize>) -> Option<usize> {
    let &(said_at, said) = ws.get(v + 1)?;
    if !super::claimant::is_speech_verb(bare(said)) {
        return None;
    }
    let words = said_at + said.len()..head.end;
    speaker_again_in(s, bare(ws[v].1), words).map(|(_, at)| at)
}

/// In `words` reported after a tag whose verb of speech has the auxiliary `aux` ("Kennedy has
/// said …"), the speaker's own second predicate: the same auxiliary after "but" or "and" (a
/// comma may come first), an adverb, then a participle ("… but has also promoted vitamin A").
/// The reported words before it use no such auxiliary of their own ("has said the company has
/// grown and has hired" is left whole: the second "has" may be the company's) and hold three
/// words at least. Gives where the reported words end (before the conjunction) and where the
/// auxiliary starts.
pub(super) fn speaker_again_in(
    s: &Words,
    aux: &str,
    words: Range<usize>,
) -> Option<(usize, usize)> {
    if !one_of!(&["has", "have", "had"], aux) {
        return None;
    }
    let from = s.index(words.start);
    let to = s.index(words.end);
    let j = (from..to).find(|&j| s.words[j].1 == aux)?;
    if j < from + 4 || !one_of!(&["and", "but"], bare(s.words[j - 1].1)) {
        return None;
    }
    let mut k = j + 1;
    if s.words.get(k).is_some_and(|&(_, a)| is_linking_adverb(a)) {
        k += 1;
    }
    let at = s.words[j].0;
    if k >= to || !s.participle(k) || in_quotes(s.text, words.start, at) {
        return None;
    }
    let end = s.text[..s.words[j - 1].0]
        .trim_end()
        .trim_end_matches(',')
        .len();
    Some((end, at))
}

/// After a main verb in the present's "-s" ("requires …"), is word `j` (after "and" or a comma)
/// a verb of the same tense that the lists do not know: a word in "-s" that opens its object at
/// once (a determiner, a figure: "and bans the sale", "and spans 1.7 miles") or whose stem is a
/// verb whose past is the same word ("and cuts early voting", "and sets a cap")? "sells bread
/// and cakes", "employs doctors and nurses in 12 states" stay one predicate.
fn present_joined(s: &Words, v: usize, j: usize) -> bool {
    // "X, 58, who runs a start-up, calls …": a verb of a relative clause is not the main one.
    if v == 0 || s.class(v - 1) & words::CLAUSE_OPENER != 0 {
        return false;
    }
    let main = bare(s.words[v].1);
    let w = bare(s.words[j].1);
    let shaped = |w: &str| {
        w.len() >= 4
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
    };
    let function = words::DETERMINER
        | words::PREPOSITION
        | words::CONNECTOR
        | words::SUBORDINATOR
        | words::CLAUSE_OPENER;
    if !shaped(main) || !shaped(w) || s.class(j) & function != 0 {
        return false;
    }
    let stem = &w[..w.len() - 1];
    s.words.get(j + 1).is_some_and(|&(_, n)| {
        n.starts_with(|c: char| c.is_ascii_digit() || c == '$')
            || s.class(j + 1) & words::DETERMINER != 0
    }) || (stem.len() >= 3 && exactly_one_of!(IRREGULAR, stem))
}

/// ", two of which ", ", most of whom ": where the comma is, where the verb after "which" or
/// "whom" starts, and the counted word ("two"), when a finite verb follows.
fn counted_of_which<'a>(s: &Words<'a>, head: Range<usize>) -> Option<(usize, usize, &'a str)> {
    let text = &s.text[head.clone()];
    super::find_str(text, " of wh")?;
    for mark in [" of which ", " of whom "] {
        let Some(i) = super::find_str(text, mark) else {
            continue;
        };
        let before = &text[..i];
        let comma = before.rfind(", ")?;
        let q = &before[comma + 2..];
        let counted = q.bytes().all(|b| b.is_ascii_digit())
            || one_of!(
                &[
                    "one",
                    "two",
                    "three",
                    "four",
                    "five",
                    "six",
                    "seven",
                    "eight",
                    "nine",
                    "ten",
                    "some",
                    "many",
                    "most",
                    "all",
                    "half",
                    "none",
                    "several",
                    "both",
                    "each",
                    "dozens",
                    "hundreds",
                    "thousands",
                    "millions"
                ],
                q
            );
        let rel = head.start + i + mark.len();
        let j = s.index(rel);
        if !q.is_empty() && counted && j < s.words.len() && s.words[j].0 == rel && s.finite(j) {
            return Some((
                head.start + comma,
                rel,
                &s.text[head.start + comma + 2..head.start + i],
            ));
        }
    }
    None
}

/// The wording of `pieces` as plain text (a subject's: "Ms. Aoki", "The update").
fn pieces_text(text: &str, pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        let t = match p {
            Piece::Span(r) | Piece::Lead(r) | Piece::Aside(r) => text[r.clone()].trim(),
            Piece::Sub(_, w) | Piece::Say(w) => w.trim(),
            Piece::Lit(l) => l,
        };
        if t.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    out.trim_end_matches(',').to_string()
}

/// Verbs of intent and expectation that govern an infinitive ("plans to", "voted to").
const INTENT: &[&str] = &[
    "plan",
    "plans",
    "planned",
    "planning",
    "aiming",
    "intending",
    "seeking",
    "preparing",
    "set",
    "aim",
    "aims",
    "aimed",
    "want",
    "wants",
    "wanted",
    "expect",
    "expects",
    "expected",
    "hope",
    "hopes",
    "hoped",
    "intend",
    "intends",
    "intended",
    "agree",
    "agrees",
    "agreed",
    "vote",
    "votes",
    "voted",
    "decide",
    "decides",
    "decided",
    "promise",
    "promises",
    "promised",
    "pledge",
    "pledges",
    "pledged",
    "vow",
    "vows",
    "vowed",
    "seek",
    "seeks",
    "sought",
    "propose",
    "proposes",
    "proposed",
    "threaten",
    "threatens",
    "threatened",
    "scheduled",
    "prepares",
    "prepared",
];

/// Bare verbs that news puts after "to … and" with their object, and that read as no noun
/// there: "voted to raise fees and cut services", "plans to appeal and seek damages".
const BARE_VERBS: &[&str] = &[
    "cut",
    "close",
    "raise",
    "reduce",
    "hire",
    "build",
    "sell",
    "buy",
    "seek",
    "ban",
    "fund",
    "expand",
    "create",
    "eliminate",
    "slash",
    "lower",
    "freeze",
    "extend",
    "restore",
    "repeal",
    "replace",
    "block",
    "sue",
    "approve",
    "reject",
    "suspend",
    "lift",
    "boost",
    "invest",
    "spend",
    "shut",
    "launch",
    "introduce",
    "require",
    "provide",
    "impose",
    "scrap",
    "halt",
    "resume",
    "double",
    "triple",
    "lay",
    "pay",
    "give",
    "send",
    "deploy",
    "withdraw",
    "release",
    "adopt",
    "pass",
    "appoint",
    "hold",
    "keep",
    "end",
    "add",
    "open",
    "return",
    "rebuild",
    "increase",
    "delay",
    "postpone",
    "cancel",
    "merge",
    "acquire",
    "sign",
    "fire",
    "recruit",
    "train",
];

/// Words that open a counted object ("close two plants", "hire more nurses").
const COUNT_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "more",
    "several",
    "new",
    "about",
    "nearly",
    "some",
];

/// Infinitives joined by "and" (or a comma) after the "to" at word `to`, the words in
/// `start..end`: "plans to cut 500 jobs and close two plants" → "plans to cut 500 jobs" and
/// "plans to" + "close two plants". A later infinitive is a bare verb in lower case whose object
/// opens at once with a determiner, a figure or "up to" ("and train 300 soldiers", "and seek a
/// stay", "and bring up to 15 inches"), after at least two words of the first ("to hire and
/// train 300" is one). No plural or "-ing" word, no capital ("and Japan"), no determiner ("and
/// the environment"). Empty when there is none, or a clause opens on the way.
fn infinitives(s: &Words, start: usize, to: usize, end: usize) -> Vec<Vec<Piece>> {
    let last = s.index(end);
    let mut starts: Vec<usize> = Vec::new();
    for j in to + 4..last {
        let (at, _) = s.words[j];
        if s.class(j - 1) & words::CLAUSE_OPENER != 0 || s.finite(j - 1) {
            break;
        }
        let prev = s.words[j - 1];
        let joined = (bare(prev.1) == "and" && s.text[..prev.0].ends_with(' '))
            || s.text[prev.0 + prev.1.len()..at].trim() == ",";
        if !joined || s.finite(j) || in_quotes(s.text, start, at) {
            continue;
        }
        if bare_verb_with_object(s, j, end) {
            starts.push(at);
        }
    }
    if starts.is_empty() {
        return Vec::new();
    }
    let to_end = s.words[to].0 + 2;
    let mut preds = Vec::with_capacity(starts.len() + 1);
    preds.push(vec![Piece::Span(start..conj_end(s.text, start, starts[0]))]);
    for (k, &st) in starts.iter().enumerate() {
        let e = starts.get(k + 1).map_or(end, |&n| conj_end(s.text, st, n));
        preds.push(vec![Piece::Span(start..to_end), Piece::Span(st..e)]);
    }
    preds
}

/// Is word `j` a bare verb in lower case whose object opens right after it, before `end`: a
/// determiner, a figure, a count or "up to" ("raise its dividend", "train 300 soldiers", "seek
/// a stay", "bring up to 15 inches"), or any word that neither joins nor opens a clause after a
/// verb that is no noun there ("cut services")? No plural or "-ing" word, no adverb, no past
/// in "-ed", no determiner, preposition or auxiliary.
fn bare_verb_with_object(s: &Words, j: usize, end: usize) -> bool {
    let (at, w) = s.words[j];
    let b = bare(w);
    if b.len() < 3
        || b.len() != w.len()
        || !b.bytes().all(|c| c.is_ascii_lowercase())
        || (b.ends_with('s') && !b.ends_with("ss"))
        // "-ing" but not "bring"; "-ed" but not "cut" or "set", which are bare verbs too.
        || (b.ends_with("ing") && (b.len() > 5 || b == "being"))
        || b.ends_with("ly")
        || (b.ends_with("ed") && is_participle(b))
        || s.class(j)
            & (words::DETERMINER | words::PREPOSITION | words::CONNECTOR | words::CLAUSE_OPENER)
            != 0
        || one_of!(AUX, b)
    {
        return false;
    }
    let Some(&(ns, n)) = s.words.get(j + 1).filter(|(ns, _)| *ns < end) else {
        return false;
    };
    let object = n.starts_with(|c: char| c.is_ascii_digit() || c == '$')
        || one_of!(COUNT_WORDS, n)
        || (s.class(j + 1) & words::DETERMINER != 0 && !one_of!(&["that", "this"], n))
        || (n == "up" && s.words.get(j + 2).is_some_and(|w| w.1 == "to"))
        // "voted to raise fees and cut services": a verb that is no noun after "and"
        // opens its object with any word that neither joins nor opens a clause.
        || (one_of!(BARE_VERBS, b)
            && s.class(j + 1) & (words::PREPOSITION | words::CONNECTOR | words::CLAUSE_OPENER)
                == 0);
    object && s.text[at + w.len()..ns] == *" "
}

/// Modals whose bare verb a later predicate may share ("will cut …, and raise …").
const MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "must", "should", "shall",
];

/// Words in "-ing" after a comma that do not start a participial clause.
const NOT_PARTICIPLES: &[&str] = &[
    "including",
    "according",
    "during",
    "nothing",
    "something",
    "anything",
    "everything",
    "morning",
    "evening",
    "spring",
    "king",
    "thing",
    "ring",
    "wing",
    "string",
    "notwithstanding",
    "pending",
    "regarding",
    "concerning",
    "excluding",
    "following",
    "considering",
    "barring",
    "beginning",
    "starting",
    "ending",
    "amounting",
    "totaling",
    "totalling",
    // ", meaning …" says what the whole event means, not what its subject did: "The Met Office
    // issued a red warning, meaning there was a danger to life" is not "The Met Office meant …"
    "meaning",
];

/// The past tense of a verb given in "-ing", where it is not the regular one.
const IRREGULAR_ING: &[(&str, &str)] = &[
    ("arising", "arose"),
    ("awaking", "awoke"),
    ("beating", "beat"),
    ("becoming", "became"),
    ("beginning", "began"),
    ("bending", "bent"),
    ("betting", "bet"),
    ("bidding", "bid"),
    ("binding", "bound"),
    ("biting", "bit"),
    ("bleeding", "bled"),
    ("blowing", "blew"),
    ("breaking", "broke"),
    ("breeding", "bred"),
    ("bringing", "brought"),
    ("broadcasting", "broadcast"),
    ("building", "built"),
    ("buying", "bought"),
    ("catching", "caught"),
    ("choosing", "chose"),
    ("coming", "came"),
    ("costing", "cost"),
    ("cutting", "cut"),
    ("dealing", "dealt"),
    ("digging", "dug"),
    ("doing", "did"),
    ("drawing", "drew"),
    ("drinking", "drank"),
    ("driving", "drove"),
    ("eating", "ate"),
    ("falling", "fell"),
    ("feeding", "fed"),
    ("feeling", "felt"),
    ("fighting", "fought"),
    ("finding", "found"),
    ("fleeing", "fled"),
    ("flying", "flew"),
    ("forbidding", "forbade"),
    ("forcing", "forced"),
    ("forecasting", "forecast"),
    ("foreseeing", "foresaw"),
    ("forgetting", "forgot"),
    ("forgiving", "forgave"),
    ("freezing", "froze"),
    ("getting", "got"),
    ("giving", "gave"),
    ("going", "went"),
    ("growing", "grew"),
    ("hanging", "hung"),
    ("having", "had"),
    ("hearing", "heard"),
    ("hiding", "hid"),
    ("hitting", "hit"),
    ("holding", "held"),
    ("hurting", "hurt"),
    ("keeping", "kept"),
    ("knowing", "knew"),
    ("laying", "laid"),
    ("leading", "led"),
    ("leaving", "left"),
    ("lending", "lent"),
    ("letting", "let"),
    ("losing", "lost"),
    ("making", "made"),
    ("meaning", "meant"),
    ("meeting", "met"),
    ("mistaking", "mistook"),
    ("outselling", "outsold"),
    ("overcoming", "overcame"),
    ("overseeing", "oversaw"),
    ("overtaking", "overtook"),
    ("paying", "paid"),
    ("putting", "put"),
    ("quitting", "quit"),
    ("reading", "read"),
    ("rebuilding", "rebuilt"),
    ("repaying", "repaid"),
    ("rewriting", "rewrote"),
    ("riding", "rode"),
    ("ringing", "rang"),
    ("rising", "rose"),
    ("running", "ran"),
    ("saying", "said"),
    ("seeing", "saw"),
    ("seeking", "sought"),
    ("selling", "sold"),
    ("sending", "sent"),
    ("setting", "set"),
    ("shaking", "shook"),
    ("shedding", "shed"),
    ("shining", "shone"),
    ("shooting", "shot"),
    ("shrinking", "shrank"),
    ("shutting", "shut"),
    ("singing", "sang"),
    ("sinking", "sank"),
    ("sitting", "sat"),
    ("sleeping", "slept"),
    ("sliding", "slid"),
    ("speaking", "spoke"),
    ("speeding", "sped"),
    ("spending", "spent"),
    ("spinning", "spun"),
    ("splitting", "split"),
    ("spreading", "spread"),
    ("springing", "sprang"),
    ("standing", "stood"),
    ("stealing", "stole"),
    ("sticking", "stuck"),
    ("stinging", "stung"),
    ("striking", "struck"),
    ("striving", "strove"),
    ("swearing", "swore"),
    ("sweeping", "swept"),
    ("swimming", "swam"),
    ("swinging", "swung"),
    ("taking", "took"),
    ("teaching", "taught"),
    ("tearing", "tore"),
    ("telling", "told"),
    ("thinking", "thought"),
    ("throwing", "threw"),
    ("understanding", "understood"),
    ("undertaking", "undertook"),
    ("upholding", "upheld"),
    ("waking", "woke"),
    ("wearing", "wore"),
    ("winding", "wound"),
    ("winning", "won"),
    ("withdrawing", "withdrew"),
    ("withholding", "withheld"),
    ("withstanding", "withstood"),
    ("writing", "wrote"),
];

/// The past tense of a verb in "-ing": "defeating" → "defeated", "citing" → "cited",
/// "carrying" → "carried", "cutting" → "cut".
fn past_of_ing(w: &str) -> String {
    if let Some((_, past)) = IRREGULAR_ING.iter().find(|(ing, _)| *ing == w) {
        return (*past).to_string();
    }
    let stem = &w[..w.len() - 3];
    let before_y = stem
        .len()
        .checked_sub(2)
        .and_then(|i| stem.as_bytes().get(i));
    if stem.ends_with('y') && before_y.is_some_and(|b| !b"aeiou".contains(b)) {
        format!("{}ied", &stem[..stem.len() - 1])
    } else if stem.ends_with('e') {
        format!("{stem}d")
    } else {
        format!("{stem}ed")
    }
}

/// Is `w` a participle that can open a clause after a comma ("defeating", "killing")?
fn is_ing(w: &str) -> bool {
    w.len() >= 6
        && w.ends_with("ing")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !one_of!(NOT_PARTICIPLES, w)
}

/// Verbs of need, wish and time to come: what they put "before" is still to happen.
const NEEDS: &[&str] = &[
    "need", "needs", "needed", "want", "wants", "wanted", "require", "requires", "required",
    "wish", "wishes", "hope", "hopes", "would", "will", "should", "must",
];

/// Trailing participial clauses of a predicate (", defeating X", ", killing 7 and wounding 42"):
/// the main segment ends before the first; each becomes an atom about the subject.
#[allow(clippy::too_many_arguments)]
fn participles(
    s: &Words,
    v: usize,
    ws: &[(usize, &str)],
    pred: Range<usize>,
    subject: &[Piece],
    subject_name: &Option<String>,
    segments: &mut Vec<Range<usize>>,
    extra: &mut Vec<Atom>,
) {
    let (a, b) = (s.index(pred.start), s.index(pred.end));
    let found = (a + 1..b).find(|&j| {
        let (at, w) = s.words[j];
        // After a comma, or after "before"/"after" ("served two terms before winning her seat").
        is_ing(w)
            && [", ", " before ", " after "]
                .iter()
                .any(|m| s.text[..at].ends_with(m))
            && !in_quotes(s.text, pred.start, at)
            // "needed more confidence before lowering rates", "wants evidence before cutting":
            // after a need or a wish, what comes "before" has not happened.
            && !(s.text[..at].ends_with(" before ")
                && (a..j).any(|k| one_of!(NEEDS, bare(s.words[k].1))))
    });
    let Some(first) = found else {
        return;
    };
    let verb = bare(ws[v].1).to_ascii_lowercase();
    // "A helicopter crashed in Mindanao, killing all six crew members", "The building collapsed,
    // injuring 40": after an accident that no one did, the dead are the accident's, not the
    // helicopter's: one claim, not "A helicopter killed …".
    if one_of!(
        &[
            "crashed",
            "collapsed",
            "exploded",
            "plunged",
            "overturned",
            "derailed",
            "capsized",
            "sank",
            "erupted",
            "caved",
        ],
        &verb
    ) && one_of!(&["killing", "injuring", "wounding"], s.words[first].1)
    {
        return;
    }
    let modal = one_of!(
        &[
            "will", "would", "can", "could", "may", "might", "shall", "should",
        ],
        &verb,
    )
    .then_some(verb.clone());
    let past = matches!(verb.as_str(), "was" | "were" | "had" | "did") || is_participle(&verb);
    if modal.is_none() && !past {
        return;
    }
    let comma = {
        let at = s.words[first].0;
        let before = &s.text[..at];
        at - [", ", " before ", " after "]
            .iter()
            .find(|m| before.ends_with(**m))
            .map_or(2, |m| m.len())
    };
    // The participles: the first, and those it is coordinated with ("… and wounding 42").
    let mut starts = vec![first];
    for j in first + 1..b {
        let (at, w) = s.words[j];
        if is_ing(w) && bare(s.words[j - 1].1) == "and" && !in_quotes(s.text, pred.start, at) {
            starts.push(j);
        }
    }
    let last = segments.pop().unwrap_or(pred.clone());
    segments.push(last.start..comma);
    for (k, &j) in starts.iter().enumerate() {
        let (at, w) = s.words[j];
        let end = starts
            .get(k + 1)
            .map_or(pred.end, |&n| conj_end(s.text, at, s.words[n].0));
        let end = conj_end(s.text, at, end);
        // "Shares of Acme closed up 22%, giving the company a market value of $3 billion": a
        // participle whose object is the organisation the subject belongs to ("the company")
        // tells what the event did, not what the subject did: "That gave the company …".
        let result = modal.is_none()
            && s.text[at + w.len()..end]
                .strip_prefix(" the ")
                .and_then(|r| r.split([' ', ',', '.']).next())
                .is_some_and(super::restate::is_org_role);
        // "Labour won 411 seats, giving it a majority of 174": a verb of result whose object is
        // the subject again, as a pronoun, says what the event did to the subject: "That gave
        // Labour a majority of 174" (not "Labour gave it …"). Not "her", which may be her own.
        let again = modal.is_none()
            && one_of!(
                &[
                    "giving", "making", "leaving", "putting", "bringing", "sending", "handing",
                    "lifting", "pushing",
                ],
                w
            );
        // "Investors dumped Intel stock, sending its shares down 26%", "Regulators fined Meta
        // $1.3 billion, pushing its legal costs to a record": after a verb of result, "its" is
        // the one name other than a person's that the predicate holds, when the subject is no
        // such name (none, or a person: "Musk sold Tesla stock, sending its shares down 5%"):
        // "That sent Intel's shares down 26%", about Intel.
        let none = rustc_hash::FxHashSet::default();
        let owner = (again && modal.is_none() && s.text[at + w.len()..end].starts_with(" its "))
            .then(|| {
                if subject_name
                    .as_deref()
                    .is_some_and(|n| !super::subject::is_person(n, "", &none))
                    || (subject_name.is_none() && named_subject(s, subject).is_some())
                {
                    return None;
                }
                let mut owners = s.names.iter().filter(|&&(n, name)| {
                    n >= pred.start
                        && n + name.len() <= comma
                        && !super::subject::is_person(name, "", &none)
                });
                let one = owners.next()?;
                owners.next().is_none().then_some(one.1)
            })
            .flatten();
        if let Some(org) = owner {
            let its = at + w.len() + 1..at + w.len() + 4;
            let mark = if s.text.contains('’') { "’s" } else { "'s" };
            extra.push(Atom {
                pieces: vec![
                    Piece::Lit("That"),
                    Piece::Sub(at..at + w.len(), past_of_ing(w)),
                    Piece::Sub(its.clone(), format!("{org}{mark}")),
                    Piece::Span(its.end..end),
                ],
                subject: Some(org.to_string()),
                ..Atom::default()
            });
            continue;
        }
        let pronoun = again
            .then(|| {
                [" it ", " him ", " them "]
                    .into_iter()
                    .find(|p| s.text[at + w.len()..end].starts_with(p))
            })
            .flatten();
        // Only a subject that is the doer itself: in "The company's sales rose, making it the
        // largest seller" or "Shares of Acme rose …", "it" is the owner.
        let doer = pieces_text(s.text, subject);
        let owned = super::find_str(&doer, "'s").is_some()
            || super::find_str(&doer, "’s").is_some()
            || super::find_str(&doer, " of ").is_some();
        if let Some(p) = pronoun
            && !subject.is_empty()
            && !owned
        {
            let mut pieces = vec![
                Piece::Lit("That"),
                Piece::Sub(at..at + w.len(), past_of_ing(w)),
            ];
            // the subject no longer opens the sentence: "That put the Dow …", as after "is"
            for (k, piece) in subject.iter().enumerate() {
                match piece {
                    Piece::Span(r)
                        if k == 0
                            && let first = s.text[r.clone()].split(' ').next().unwrap_or("")
                            && one_of!(DETERMINERS, first)
                            && first.starts_with(char::is_uppercase)
                            && first.len() < r.len() =>
                    {
                        pieces.push(Piece::Sub(
                            r.start..r.start + first.len(),
                            first.to_lowercase(),
                        ));
                        pieces.push(Piece::Span(r.start + first.len()..r.end));
                    }
                    other => pieces.push(other.clone()),
                }
            }
            pieces.push(Piece::Span(at + w.len() + p.len() - 1..end));
            extra.push(Atom {
                pieces,
                subject: subject_name.clone(),
                ..Atom::default()
            });
            continue;
        }
        if result {
            extra.push(Atom {
                pieces: vec![
                    Piece::Lit("That"),
                    Piece::Sub(at..at + w.len(), past_of_ing(w)),
                    Piece::Span(at + w.len()..end),
                ],
                subject: subject_name.clone(),
                ..Atom::default()
            });
            continue;
        }
        let mut pieces = subject.to_vec();
        // The main verb is part of what the fact rests on ("drones struck, killing 7").
        pieces.push(Piece::Sub(
            ws[v].0..ws[v].0 + bare(ws[v].1).len(),
            String::new(),
        ));
        let mut quote = false;
        match &modal {
            Some(m) => {
                pieces.push(Piece::Say(format!("{m} be")));
                pieces.push(Piece::Span(at..end));
            }
            None => {
                pieces.push(Piece::Sub(at..at + w.len(), past_of_ing(w)));
                // ", adding, “…”" and ", saying: “…”": the words are quoted as said, after a
                // colon ("Mary added: “It’s …”"), not run on from the verb.
                let after = &s.text[at + w.len()..end];
                let gap = after.len() - after.trim_start_matches([',', ':', ' ']).len();
                quote = one_of!(SPEAKING, w)
                    && gap > 0
                    && after[gap..].starts_with(super::claimant::is_quote_mark);
                if quote {
                    pieces.push(Piece::Say(":".to_string()));
                    pieces.push(Piece::Span(at + w.len() + gap..end));
                } else if at + w.len() < end {
                    pieces.push(Piece::Span(at + w.len()..end));
                }
            }
        }
        // ", adding, “…”", ", warning that …": the subject's own words, so the subject says them.
        let speaker = one_of!(SPEAKING, w)
            .then(|| subject_name.clone().or_else(|| named_subject(s, subject)))
            .flatten();
        extra.push(Atom {
            pieces,
            subject: subject_name.clone(),
            // A speaker's words as said ("X added: “…”") are a quote, whatever they state.
            kind: (quote && speaker.is_some()).then_some(ClaimType::Quote),
            speaker,
            ..Atom::default()
        });
    }
}

/// The words a predicate reports as said, when it opens with a verb that carries a speaker's
/// words ("said the city would open two more", "added that the cost was $5 million", as
/// `restate::speech_goes_on` reads them, or "told" and a listener of one word: "told reporters
/// the fire was contained"): the range of those words, at least three of them, not in quotation
/// marks (a quote is left to the tags that handle quotes).
fn said_by_subject(s: &Words, pred: Range<usize>) -> Option<Range<usize>> {
    let words = match super::restate::speech_goes_on(s.text, pred.clone()) {
        Some((_, words)) => words,
        None => {
            let rest = s.text[pred.clone()].strip_prefix("told ")?;
            let (listener, said) = rest.split_once(' ')?;
            if !one_of!(super::claimant::LISTENERS, listener) {
                return None;
            }
            let from = pred.end - said.len();
            let from = from + if said.starts_with("that ") { 5 } else { 0 };
            let said = &s.text[from..pred.end];
            if !super::at_least_words(said, 3) || said.starts_with(super::claimant::is_quote_mark) {
                return None;
            }
            from..pred.end
        }
    };
    let end = words.start
        + s.text[words.clone()]
            .trim_end_matches([' ', ',', '.'])
            .len();
    Some(words.start..end)
}

/// The words a predicate that opens with a verb of speech reports (`said_by_subject`), when
/// they hold a clause of their own ("said the cause was pneumonia", not "argued 12 cases before
/// the Supreme Court"), with the verb as a tag words it ("told" → "said").
fn said_clause<'t>(s: &Words<'t>, pred: Range<usize>) -> Option<(&'t str, Range<usize>)> {
    let words = said_by_subject(s, pred.clone())?;
    if !has_finite(s, words.clone()) {
        return None;
    }
    let verb = match s.words.get(s.index(pred.start)) {
        Some(&(_, w)) if !matches!(w, "told" | "tells") => w,
        _ => "said",
    };
    Some((verb, words))
}

/// Participles of verbs of speech whose words are the speaker's claim (", adding, “…”"); not
/// "reporting", "posting" or "announcing", which open a fact as often as words.
const SPEAKING: &[&str] = &[
    "acknowledging",
    "admitting",
    "adding",
    "arguing",
    "asserting",
    "claiming",
    "declaring",
    "explaining",
    "insisting",
    "noting",
    "predicting",
    "recalling",
    "saying",
    "stating",
    "stressing",
    "telling",
    "tweeting",
    "warning",
    "writing",
];

/// Where the noun phrase ending at `end` starts: back to a preposition, a verb or `from`, at most
/// five words ("with 23 Olympic medals" → "23 Olympic medals").
fn object_before(s: &Words, from: usize, end: usize) -> usize {
    let j = s.index(end);
    let mut k = j;
    while k > 0 && j - k < 5 {
        let at = s.words[k - 1].0;
        if at < from || s.class(k - 1) & words::PREPOSITION != 0 || s.finite(k - 1) {
            break;
        }
        k -= 1;
    }
    s.words.get(k).map_or(end, |(at, _)| (*at).min(end))
}

/// Where a noun phrase ending at `end` ends without a time phrase after it ("2.1 million
/// containers last year" → "2.1 million containers"): "last", "this", "next", "a" or "the
/// previous" and a unit of time, or "yesterday", "today"; else `end`. Not before `from`.
fn time_before(s: &Words, from: usize, end: usize) -> usize {
    let j = s.index(end);
    let word = |k: usize| bare(s.words[k].1).trim_end_matches(',');
    if j >= 1 && s.words[j - 1].0 > from && one_of!(&["yesterday", "today", "tonight"], word(j - 1))
    {
        return trim_end(s.text, from, s.words[j - 1].0);
    }
    if j >= 2
        && s.words[j - 2].0 > from
        && one_of!(
            &[
                "year", "week", "month", "season", "quarter", "weekend", "decade"
            ],
            word(j - 1)
        )
        && one_of!(&["last", "this", "next", "previous"], word(j - 2))
    {
        let k = if j >= 3 && one_of!(&["the", "a"], word(j - 3)) && word(j - 2) == "previous" {
            j - 3
        } else {
            j - 2
        };
        if s.words[k].0 > from {
            return trim_end(s.text, from, s.words[k].0);
        }
    }
    end
}

/// Where the verb `v` of the clause starts.
fn verb_at(ws: &[(usize, &str)], v: usize) -> usize {
    ws[v].0
}

/// Does `range` read as a comparison set after a predicate: "up 22%", "down 18 cents", "more
/// than any other team", "the smallest extent on record", "the second annual contraction", "a
/// record for the store", "or 8% of its workforce", "about two-thirds of the market"? No verb in
/// it (that would be a clause).
pub(super) fn trailing_comparison(s: &Words, range: Range<usize>) -> bool {
    let (a, b) = (s.index(range.start), s.index(range.end));
    let verb = |j: usize| s.class(j) & (words::AUXILIARY | words::PRESENT_VERB) != 0 && s.finite(j);
    if b <= a || (a..b).any(verb) {
        return false;
    }
    let w = |j: usize| {
        s.words
            .get(j)
            .filter(|_| j < b)
            .map_or("", |(_, w)| bare(w))
    };
    let numberish = |x: &str| {
        x.starts_with(|c: char| c.is_ascii_digit())
            || one_of!(
                &[
                    "half",
                    "a",
                    "one",
                    "two",
                    "three",
                    "four",
                    "five",
                    "six",
                    "seven",
                    "eight",
                    "nine",
                    "ten",
                    "two-thirds",
                    "one-third",
                    "a third",
                    "a quarter",
                    "twice",
                ],
                x,
            )
    };
    let first = w(a);
    let second = w(a + 1);
    if one_of!(&["up", "down"], first) {
        return numberish(second) || second.starts_with('$');
    }
    if one_of!(&["more", "less", "fewer", "higher", "lower"], first) {
        return second == "than";
    }
    // "farther than any instrument before it", "larger than Tunisia", "worse than in 2008": a
    // comparative before "than" ("other than", "rather than" compare nothing).
    if second == "than"
        && ((first.len() > 4
            && first.ends_with("er")
            && first.bytes().all(|b| b.is_ascii_lowercase())
            && !one_of!(&["other", "rather", "sooner", "whether"], first))
            || one_of!(&["worse", "better", "bigger"], first))
    {
        return true;
    }
    if one_of!(&["or", "about", "nearly", "roughly", "almost"], first) {
        return numberish(second) && (a + 2..b).any(|j| w(j) == "of");
    }
    if one_of!(&["the", "a", "an"], first) {
        let lower = second.to_ascii_lowercase();
        return lower == "record"
            || lower == "most"
            || lower == "least"
            || (lower.ends_with("est")
                && lower.len() > 4
                && !one_of!(
                    &[
                        "interest", "forest", "contest", "protest", "request", "harvest", "guest",
                        "west", "chest", "crest", "nest", "quest", "test",
                    ],
                    &lower,
                ))
            || one_of!(
                &[
                    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                    "ninth", "tenth",
                ],
                &lower,
            );
    }
    false
}

/// Does `range` read as a share of what the predicate counted, set after it without a verb:
/// "most of them in Texas and Florida", "half of them children", "all but two of them women",
/// "about a third of them abroad"? Like a comparison, a claim of its own worded with the
/// predicate ("will open 120 stores next year, most of them in Texas"): the predicate alone is
/// another. Something must follow "them" (", many of them." adds nothing to check).
pub(super) fn trailing_share(s: &Words, range: Range<usize>) -> bool {
    let (a, b) = (s.index(range.start), s.index(range.end));
    if b < a + 4 {
        return false;
    }
    let Some(of) = (a + 1..(a + 4).min(b)).find(|&j| s.words[j].1 == "of") else {
        return false;
    };
    if of + 2 >= b || !one_of!(&["them", "those"], bare(s.words[of + 1].1)) {
        return false;
    }
    // "most of them set in Maine", "all of them born abroad": a participle right after
    // "them" describes them; any other verb makes a clause.
    if (a..b).any(|j| s.finite(j) && !(j == of + 2 && s.participle(j))) {
        return false;
    }
    s.words[a..of].iter().all(|&(_, w)| {
        let w = bare(w);
        // The quantifiers and the numbers in words that count an object (`COUNT_WORDS`).
        w.starts_with(|c: char| c.is_ascii_digit())
            || one_of!(COUNT_WORDS, w)
            || one_of!(
                &[
                    "most",
                    "many",
                    "all",
                    "half",
                    "none",
                    "both",
                    "almost",
                    "roughly",
                    "than",
                    "a",
                    "third",
                    "quarter",
                    "majority",
                    "but",
                    "one",
                    "two-thirds",
                    "three-quarters",
                    "the",
                ],
                w,
            )
    })
}

/// The counts of a phrase "with more than 5,000 stores and 710,000 workers" (a figure within
/// its first four words, none of them a verb, no comparison in it), split before "and" and a
/// figure; `None` for any other phrase.
fn with_counts(s: &Words, range: Range<usize>) -> Option<Vec<Range<usize>>> {
    let (a, b) = (s.index(range.start), s.index(range.end));
    // "with" and one plain space, as written: the first count is worded from byte 5 on.
    if b <= a + 1
        || !s.words[a].1.eq_ignore_ascii_case("with")
        || s.text.as_bytes().get(range.start + 4) != Some(&b' ')
    {
        return None;
    }
    let figure = |j: usize| {
        s.words
            .get(j)
            .is_some_and(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit() || c == '$'))
    };
    if !(a + 1..(a + 5).min(b)).any(figure)
        || (a..b).any(|j| s.finite(j) && s.class(j) & (words::AUXILIARY | words::PRESENT_VERB) != 0)
        || !matches!(
            super::kind::classify(&s.text[range.clone()], &[], false),
            ClaimType::Other | ClaimType::Quantity
        )
    {
        return None;
    }
    let mut out = Vec::new();
    let mut start = range.start;
    // "and" starts another count when a figure stands within its first four words ("and
    // 710,000 workers", "and a price of $95,000"), not in "and older".
    for j in a + 1..b {
        if s.words[j].1 == "and" && (j + 1..(j + 5).min(b)).any(figure) && j + 1 < b {
            out.push(start..conj_end(s.text, start, s.words[j].0 + 3));
            start = s.words[j + 1].0;
        }
    }
    out.push(start..trim(s.text, start..range.end).end);
    Some(out)
}

/// Words that open a cause after a predicate, with the words that may stand before them.
const CAUSES: [&str; 5] = [
    " because of ",
    " because ",
    " due to ",
    " owing to ",
    " thanks to ",
];

/// A cause in the predicate `head`, after its verb (`verb_end`): where the predicate ends, the
/// marking words ("because of", with an adverb before them: "largely because of") and the cause.
/// Not inside quotation marks, not after "not" ("not because …"), and "due to" not after a verb
/// of being ("is due to land" is a plan).
fn cause_in(
    s: &Words,
    head: Range<usize>,
    verb_end: usize,
) -> Option<(usize, Range<usize>, Range<usize>)> {
    // Found from the word list: the first "because", "due to", "owing to" or "thanks to".
    let (a, b) = (s.index(head.start), s.index(head.end));
    let next = |j: usize| s.words.get(j + 1).filter(|_| j + 1 < b).map_or("", |x| x.1);
    let (k, m) = (a..b).find_map(|j| match s.words[j].1 {
        "because" if next(j) == "of" => Some((j, CAUSES[0])),
        "because" => Some((j, CAUSES[1])),
        "due" if next(j) == "to" => Some((j, CAUSES[2])),
        "owing" if next(j) == "to" => Some((j, CAUSES[3])),
        "thanks" if next(j) == "to" => Some((j, CAUSES[4])),
        _ => None,
    })?;
    let at = s.words[k].0.checked_sub(1)?;
    // The marking words as written, one space apart: words split at other spaces ("due  to",
    // "due\u{202e} to") are not them, and the cause's offsets are counted from their length.
    if at < head.start || s.text.get(at..at + m.len()) != Some(m) {
        return None;
    }
    let body = at + m.len()..head.end;
    if at < verb_end
        || in_quotes(s.text, head.start, at)
        || body.end <= body.start
        || !super::at_least_words(&s.text[body.clone()], 1)
    {
        return None;
    }
    let j = s.index(at + 1);
    let before = j.checked_sub(1).map_or("", |p| bare(s.words[p].1));
    let after = s
        .words
        .get(s.index(body.start))
        .map_or("", |(_, w)| bare(w));
    if before.eq_ignore_ascii_case("not")
        || (m == " due to "
            && (one_of!(&["is", "are", "was", "were", "be", "been"], before) || after == "be"))
    {
        return None;
    }
    // "largely because of", "in part because": the adverb goes with the cause.
    let mut start = at;
    if one_of!(
        &[
            "largely",
            "partly",
            "mainly",
            "mostly",
            "primarily",
            "chiefly",
            "partially",
            "solely",
            "entirely",
            "probably",
            "possibly",
            "apparently",
            "reportedly",
            "allegedly",
            "likely",
        ],
        before
    ) && j >= 2
        && s.words[j - 1].0 > verb_end
        // After a plain space, which the cause's wording starts from.
        && s.text.as_bytes()[s.words[j - 1].0 - 1] == b' '
    {
        start = s.words[j - 1].0 - 1;
    } else if s.text[..at].ends_with(" in part") && at >= verb_end + 8 {
        start = at - 8;
    }
    Some((start, start + 1..at + m.len() - 1, body))
}

/// The causes of a cause list: "because of higher fuel costs and a pilots' strike" is two,
/// split where "and" is followed by a determiner ("a", "the", "its"); "because the city must
/// replace its pipes" (a clause) is one.
fn cause_conjuncts(s: &Words, mark: &Range<usize>, cause: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let clause = s.text[mark.clone()].ends_with("because");
    let mut start = cause.start;
    if !clause {
        for j in s.index(cause.start)..s.index(cause.end) {
            let (at, w) = s.words[j];
            if w == "and"
                && j + 1 < s.words.len()
                && s.words[j + 1].0 < cause.end
                && s.class(j + 1) & words::DETERMINER != 0
                && !in_quotes(s.text, cause.start, at)
            {
                out.push(start..conj_end(s.text, start, at + 3));
                start = s.words[j + 1].0;
            }
        }
    }
    out.push(start..trim(s.text, start..cause.end).end);
    out
}

/// Where the core of a predicate ends: the verb with its object, up to the first preposition
/// other than "of" ("reported a loss of $210 million" | "for the quarter"), the first clause
/// opener or comma, and at most at `limit`.
fn core_end(s: &Words, verb_end: usize, limit: usize) -> usize {
    let mut end = verb_end;
    // Where a share set off by commas ends ("cut 1,200, or 8%, of its jobs"): its commas are
    // inside the object.
    let mut share_end = 0;
    for j in s.index(verb_end)..s.index(limit) {
        let (at, w) = s.words[j];
        // A word inside one already taken ("000" of "240,000").
        if at < end {
            continue;
        }
        let b = bare(w);
        if at > share_end
            && let Some(n) = share_aside(s.text, end, at, limit)
        {
            share_end = n;
        }
        let about_number = b == "about"
            && s.words
                .get(j + 1)
                .is_some_and(|(_, n)| n.starts_with(|c: char| c.is_ascii_digit() || c == '$'));
        // "were hit by higher taxes": the agent of a passive right after its participle is
        // the core's own.
        let agent = b == "by" && j > 0 && s.words[j - 1].0 < verb_end && s.participle(j - 1);
        if (s.class(j) & words::PREPOSITION != 0 && b != "of" && !about_number && !agent)
            || s.class(j) & words::CLAUSE_OPENER != 0
            || one_of!(
                &[
                    "off", "near", "outside", "around", "along", "past", "until", "as", "than",
                    "up", "down"
                ],
                b
            )
            || (at > share_end && s.text[end..at].contains([',', ';']))
        {
            break;
        }
        // With what the word list leaves off the word ("8%", "$3.1"); a comma between digits
        // is part of the number ("240,000").
        let word = &s.text[at..];
        end = at
            + word
                .char_indices()
                .find(|&(k, c)| {
                    c == ' '
                        || c == ';'
                        || (c == ',' && !word[k + 1..].starts_with(|d: char| d.is_ascii_digit()))
                })
                .map_or(word.len(), |(k, _)| k);
    }
    trim_end(s.text, verb_end, end.min(limit))
}

/// Where a share set off by commas inside an object ends, when one opens at `at` after the
/// word that ends at `end` (", or 8%, of its jobs", ", or about a third, of"): the start of the
/// "of" after it, before `limit`; `None` for any other comma.
fn share_aside(text: &str, end: usize, at: usize, limit: usize) -> Option<usize> {
    if text.get(end..at)? != ", " {
        return None;
    }
    let rest = text.get(at..limit)?;
    let aside = rest.strip_prefix("or ")?;
    let aside = aside
        .strip_prefix("about ")
        .or_else(|| aside.strip_prefix("roughly "))
        .or_else(|| aside.strip_prefix("nearly "))
        .or_else(|| aside.strip_prefix("almost "))
        .unwrap_or(aside);
    let close = aside.find(", of ")?;
    let inner = &aside[..close];
    (inner.starts_with(|c: char| c.is_ascii_digit())
        && !inner.contains(',')
        && inner.split(' ').count() <= 2)
        .then(|| limit - rest.len() + (rest.len() - aside.len()) + close + 2)
}

/// The end of a conjunct: before the ", and" or " and" that joins the next one.
fn conj_end(text: &str, start: usize, end: usize) -> usize {
    let t = text[start..end].trim_end();
    let t = t
        .strip_suffix(" and")
        .or_else(|| t.strip_suffix(" but"))
        .unwrap_or(t);
    let t = t.trim_end_matches([',', ' ']);
    start + t.len()
}

/// The noun phrase right before a relative clause's comma: a name, or from its determiner.
fn antecedent(s: &Words, from: usize, comma: usize) -> Option<Range<usize>> {
    if let Some((at, n)) = s.names.iter().find(|(at, n)| at + n.len() == comma) {
        // With its determiner: "the Senate".
        let j = s.index(*at);
        let start = j
            .checked_sub(1)
            .filter(|&p| s.words[p].0 >= from && one_of!(&["the"], s.words[p].1))
            .map_or(*at, |p| s.words[p].0);
        return Some(start..at + n.len());
    }
    let j = s.index(comma);
    let mut k = j;
    let mut start = None;
    while k > 0 && s.words[k - 1].0 >= from {
        let w = bare(s.words[k - 1].1);
        let c = s.class(k - 1);
        if s.finite(k - 1) || (c & words::PREPOSITION != 0 && w != "of") {
            break;
        }
        if c & words::DETERMINER != 0 || one_of!(&["this", "that", "these", "those"], w) {
            start = Some(s.words[k - 1].0);
        }
        k -= 1;
        if j - k > 8 {
            break;
        }
    }
    start.map(|st| st..comma)
}

/// The standalone wording of `pieces` and the verbatim ranges it rests on (sorted, merged).
/// `subs` reword text inside verbatim pieces (relative dates, "the 55-year-old"); `holes`
/// are left out (caption marks).
pub fn render(
    text: &str,
    pieces: &[Piece],
    subs: &[(Range<usize>, String)],
    holes: &[Range<usize>],
) -> (String, Vec<Range<usize>>) {
    let mut out = String::with_capacity(text.len() + 16);
    let mut parts: Vec<Range<usize>> = Vec::with_capacity(pieces.len());
    // One buffer for each verbatim piece's rewording, reused from piece to piece and from call
    // to call.
    thread_local! {
        static PIECE: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
    }
    let mut piece = PIECE.take();
    let push = |out: &mut String, t: &str| {
        let t = t.trim();
        if t.is_empty() {
            return;
        }
        // A possessive's ending ("whose" → "'s") joins the name before it.
        if !out.is_empty()
            && !t.starts_with([',', '.', ';', ':', '”', ')'])
            && !t.starts_with("'s ")
            && t != "'s"
            && !out.ends_with(['(', '“'])
        {
            out.push(' ');
        }
        out.push_str(t);
    };
    for p in pieces {
        match p {
            Piece::Lit(l) => push(&mut out, l),
            Piece::Say(l) => push(&mut out, l),
            Piece::Sub(r, w) => {
                parts.push(r.clone());
                push(&mut out, w);
            }
            Piece::Aside(r) => {
                reword(&mut piece, text, trim(text, r.clone()), subs);
                push(&mut out, &piece);
            }
            Piece::Lead(r) => {
                let t = trim(text, r.clone());
                parts.push(t.clone());
                reword(&mut piece, text, t.clone(), subs);
                if text[r.clone()].trim_end().ends_with(',') {
                    piece.push(',');
                }
                push(&mut out, &piece);
            }
            Piece::Span(r) => {
                let r = trim(text, r.clone());
                // Cut out the holes, then reword what the subs cover: the spans between holes
                // are taken one at a time, not collected.
                let mut at = r.start;
                let mut inside = holes.iter().filter(|h| h.start < r.end && h.end > r.start);
                loop {
                    let sp = match inside.next() {
                        Some(h) => {
                            let sp = at..h.start;
                            at = at.max(h.end);
                            if sp.start >= sp.end {
                                continue;
                            }
                            sp
                        }
                        None if at < r.end => {
                            let sp = at..r.end;
                            at = r.end;
                            sp
                        }
                        None => break,
                    };
                    let sp = trim(text, sp);
                    if sp.is_empty() {
                        continue;
                    }
                    parts.push(sp.clone());
                    reword(&mut piece, text, sp, subs);
                    push(&mut out, &piece);
                }
            }
        }
    }
    PIECE.set(piece);
    // One sentence: a capital first, one full stop last.
    // Trimmed in place: the buffer is the wording.
    let mut t = out;
    let keep = t
        .trim_end_matches([',', ';', ':', ' ', '—', '–', '-'])
        .len();
    t.truncate(keep);
    while t.ends_with(". .") || t.ends_with(" .") {
        t.truncate(t.len() - 2);
        t.truncate(t.trim_end().len());
    }
    // The closing mark at the end asked first: the two counts read the whole wording.
    if t.ends_with('”') && t.matches('”').count() > t.matches('“').count() {
        t.pop();
        // The comma the closing mark followed ends nothing now: "… where we want it,”".
        t.truncate(t.trim_end_matches([' ', ',', ';', ':']).len());
    }
    if t.ends_with(",”") || t.ends_with(",\"") {
        let q = t.pop().unwrap_or('”');
        t.pop();
        t.push('.');
        t.push(q);
    }
    // "said demand remained “very strong”": the quoted words end the claim, whose full stop
    // goes after their closing mark when they hold none.
    let quoted_end = t
        .strip_suffix(['”', '"'])
        .is_some_and(|r| !r.ends_with(['.', '!', '?', ',']));
    if (!t.ends_with(['.', '!', '?', '”', '"', '’']) || quoted_end) && !t.is_empty() {
        t.push('.');
    }
    if let Some(c) = t.chars().next()
        && c.is_lowercase()
    {
        let upper: String = c.to_uppercase().collect();
        t.replace_range(..c.len_utf8(), &upper);
    }
    parts.sort_by_key(|r| r.start);
    // Merged in place: the first `n` are the merged ranges so far.
    let mut n = 0;
    for k in 0..parts.len() {
        let r = parts[k].clone();
        if n > 0 {
            let m = &mut parts[n - 1];
            // Pieces apart by spaces and punctuation only ("The bill, which passed") are one.
            if r.start <= m.end
                || !text[m.end..r.start]
                    .chars()
                    .any(crate::extract::chars::is_alnum)
            {
                m.end = m.end.max(r.end);
                continue;
            }
        }
        parts[n] = r;
        n += 1;
    }
    parts.truncate(n);
    (t, parts)
}

/// The text of `sp` with the rewordings inside it, in `piece` (cleared first).
fn reword(piece: &mut String, text: &str, sp: Range<usize>, subs: &[(Range<usize>, String)]) {
    let mut at = sp.start;
    piece.clear();
    for (sr, w) in subs
        .iter()
        .filter(|(sr, _)| sr.start >= sp.start && sr.end <= sp.end)
    {
        if sr.start < at {
            continue;
        }
        piece.push_str(&text[at..sr.start]);
        piece.push_str(w);
        at = sr.end;
    }
    piece.push_str(&text[at..sp.end]);
}

/// Trim spaces, commas, colons and dashes off both ends, and a stray full stop off the end.
fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let edge = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '—' | '–');
    let lead = s.len() - s.trim_start_matches(edge).len();
    let mut t = s[lead..].trim_end_matches(edge);
    while let Some(x) = t.strip_suffix(" .") {
        t = x.trim_end();
    }
    r.start + lead..r.start + lead + t.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "said on Tuesday it would spend $2 billion … and hire about 1,500 workers, mostly in
    /// construction": the words said open with the time of their saying, and "it" with its verb
    /// makes them a clause, no leading phrase; the modal's two verbs are two claims. "would try
    /// and get" is one verb.
    #[test]
    fn a_modal_shared_after_the_time_of_saying() {
        let got = worded(
            "Northwind Energy said on Tuesday it would spend $2 billion on wind farms and hire about 1,500 workers, mostly in construction.",
        );
        assert!(
            got.iter()
                .any(|c| c.contains("would hire about 1,500") && !c.contains("$2 billion")),
            "{got:?}"
        );
        let got = worded(
            "Governor Lena Marsh said the state would try and get the terminal open by October.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    /// "The board voted 5-2 on Monday to close the school, the first closure since 2009": the
    /// comparison's claim words its predicate with its values reworded, the weekday absolute.
    #[test]
    fn a_trailing_comparison_words_its_predicate_with_dates_made_absolute() {
        let c = crate::extract::extract(
            "Water rates in Fairview rose 8% on Monday, the first increase since 2016.",
            chrono::NaiveDate::from_ymd_opt(2025, 6, 12),
        )
        .claims;
        let cmp = c
            .iter()
            .find(|c| c.text.contains("since 2016"))
            .expect("the comparison");
        assert!(cmp.text.contains("June 9, 2025"), "{}", cmp.text);
    }

    /// "is due to…ue to return": "due" and "to" joined by an ellipsis are no cause's words to
    /// slice past (the property test's input; it panicked on a slice inside "…").
    #[test]
    fn due_to_joined_by_an_ellipsis_is_no_slice_inside_it() {
        let text = "Mark Vande Hey of NASA (pictured) is due to\u{2026}ue todue to return from the International Space Station on March 30.";
        let _ = crate::extract::extract(text, None);
    }

    /// "Three players, Marco Silva, Tom Reed and Luis Ortega, were injured": a count of people
    /// and their names listed after it are one subject; no claim says the count "is" a name.
    #[test]
    fn a_count_and_the_names_it_lists_are_one_subject() {
        assert_eq!(
            worded(
                "Three players, Marco Silva, Tom Reed and Luis Ortega, were injured in the crash."
            ),
            ["Three players, Marco Silva, Tom Reed and Luis Ortega, were injured in the crash."]
        );
        assert!(counted_people("Two Fed governors") && counted_people("4 officers"));
        assert!(!counted_people("His deputy") && !counted_people("Two"));
        // A name and its description stay apart.
        assert_eq!(
            worded("Tom Reed, a striker, was injured in the crash.").len(),
            2
        );
    }

    /// "“This is disappointing but not surprising,” said Dales": "but" inside a quotation
    /// joins no clause when no verb follows it before the quotation closes; "said" is the
    /// speech tag's. A quotation split so left "Not surprising,” said Dales" as a claim.
    #[test]
    fn a_verb_after_a_quotation_closes_opens_no_clause_inside_it() {
        // An opinion, not listed; never its half.
        let got =
            worded("\"This is disappointing but not surprising,\" said Paul Dales, an economist.");
        assert!(got.iter().all(|c| !c.contains("surprising")), "{got:?}");
        let got = worded("\u{201c}Sales fell 5% in May but not in June,\u{201d} Paul Dales said.");
        assert!(
            got.len() == 1 && got[0].contains("in May but not in June.\u{201d}"),
            "{got:?}"
        );
        assert!(closes_quote(b"June,\" ") && closes_quote("May.\u{201d} ".as_bytes()));
        assert!(!closes_quote(b"said, \"") && !closes_quote("the \u{201c}".as_bytes()));
        // A quotation of two clauses stays its speaker's one claim, as before.
        assert_eq!(
            worded("\"Sales fell 5% but profit rose 3% in May,\" said Paul Dales.").len(),
            1
        );
    }

    /// "The officer, Jason Reilly, is serving …": "the" and a noun that is no title points back
    /// and is no claim ("Jason Reilly is the officer"); a title is one ("Eric Adams is the
    /// mayor").
    #[test]
    fn the_and_a_plain_noun_before_a_name_is_no_claim() {
        assert_eq!(
            worded("The officer, Jason Reilly, is serving a 12-year sentence."),
            ["Jason Reilly is serving a 12-year sentence."]
        );
        assert!(
            worded("The mayor, Eric Adams, said the city would hire 500 teachers.")
                .contains(&"Eric Adams is the mayor.".to_string())
        );
    }

    /// "burst", "upheld", "rode": irregular pasts are verbs, so "The river burst its banks and
    /// flooded 200 homes" is two facts and "…, Acme said" after "The dam burst its banks" is a
    /// tag put last. Without them the sentence had no verb before the tag and stayed whole.
    #[test]
    fn irregular_pasts_are_verbs() {
        assert_eq!(
            worded("The river burst its banks and flooded 200 homes."),
            ["The river burst its banks.", "The river flooded 200 homes."]
        );
        assert_eq!(
            worded("The dam burst its banks, the agency said in a statement."),
            ["According to the agency, the dam burst its banks."]
        );
        assert!(one_of!(IRREGULAR, "upheld") && one_of!(PAST_ONLY, "rode"));
    }

    /// ", while manufacturing shrank 1.0%": a word in "-ing" with a finite verb right after it
    /// is a noun that acts and opens a clause; ", while visiting Paris" is still a participle.
    #[test]
    fn a_noun_in_ing_before_its_verb_opens_a_clause() {
        assert_eq!(
            worded("The services sector grew 0.1% in July, while manufacturing shrank 1.0%."),
            [
                "The services sector grew 0.1% in July.",
                "Manufacturing shrank 1.0%."
            ]
        );
        assert_eq!(
            worded("The minister signed a trade deal worth $2 billion, while visiting Paris.")
                .len(),
            1
        );
    }

    /// "scored twice as Real Madrid beat Barcelona 3-1": "twice" counts, and the clause after
    /// "as" with a name that acts is a fact of its own; "twice as fast as" still compares.
    #[test]
    fn a_result_after_twice_as_is_a_clause_of_its_own() {
        assert_eq!(
            worded("Vinicius Junior scored twice as Real Madrid beat Barcelona 3-1 on Sunday."),
            [
                "Vinicius Junior scored twice.",
                "Real Madrid beat Barcelona 3-1 on Sunday."
            ]
        );
        assert_eq!(
            worded("Prices rose twice as fast as wages in 2024.").len(),
            1
        );
    }

    /// ", fanned by winds", ", helped by lower prices": a participle and its "by" after a
    /// comma give the predicate's cause; no predicate of the subject's own.
    #[test]
    fn a_participle_and_its_by_stay_with_the_predicate() {
        for (t, want) in [
            (
                "The fire spread quickly, fanned by winds of up to 60 km/h.",
                "The fire spread quickly, fanned by winds of up to 60 km/h.",
            ),
            (
                "The airline's fuel bill fell to $2.7 billion, helped by lower jet fuel prices.",
                "The airline's fuel bill fell to $2.7 billion, helped by lower jet fuel prices.",
            ),
            (
                "Exports rose 12% in May, driven by demand for chips.",
                "Exports rose 12% in May, driven by demand for chips.",
            ),
        ] {
            assert_eq!(worded(t), [want], "{t}");
        }
        // "and" with a past of its own is still a second predicate.
        assert_eq!(
            worded("The company cut 200 jobs and closed 12 stores in 2024.").len(),
            2
        );
    }

    /// "The government cut fuel subsidies, saying they cost …": a "they" in what a trailing
    /// "saying" reports, after a subject of one, is the main verb's plural object.
    #[test]
    fn they_after_saying_is_the_plural_object_of_a_singular_subject() {
        let all = worded(
            "The Kenyan government cut fuel subsidies in May, saying they cost the treasury 144 \
             billion shillings a year.",
        );
        assert!(
            all.iter().any(|t| t.ends_with(
                "said that fuel subsidies cost the treasury 144 billion shillings a year."
            )),
            "{all:?}"
        );
        // A plural subject may be what "they" means; a figure or a singular object is no plural
        // object to stand for.
        for t in [
            "Farmers blocked the roads on Monday, saying they had lost their subsidies.",
            "The firm cut 1,200 jobs, saying they were no longer needed.",
            "The ministry raised the levy, saying they would pay for it.",
        ] {
            let all = worded(t);
            assert!(all.iter().any(|w| w.contains("that they")), "{t}: {all:?}");
        }
    }

    /// "Opponents, led by …": a plural at the sentence's head takes "were".
    #[test]
    fn a_capitalised_plural_at_the_head_takes_the_plural() {
        let all = worded(
            "Opponents, led by the Maine Policy Institute, argued that the state already carries \
             $9 billion of debt.",
        );
        assert!(
            all.iter().any(|t| t.starts_with("Opponents were led by")),
            "{all:?}"
        );
        // A name stays singular.
        let all = worded("Reuters, founded in 1851, said 300 people were hurt.");
        assert!(!all.iter().any(|t| t.contains("Reuters were")), "{all:?}");
        // A count of people named by a capitalised noun is plural.
        let all =
            worded("Two Republicans, Susan Collins and Lisa Murkowski, voted against the bill.");
        assert!(
            all.iter().any(|t| t.starts_with("Two Republicans are")),
            "{all:?}"
        );
    }

    /// ", when …" after a year, a month or a weekday: the clause happened then.
    #[test]
    fn a_clause_after_when_takes_the_time_before_it() {
        let all =
            worded("Turnout was lower than in 2022, when 58% of registered voters cast ballots.");
        assert!(
            all.contains(&"In 2022, 58% of registered voters cast ballots.".to_string()),
            "{all:?}"
        );
        let all = worded(
            "The river last flooded in March 1997, when water rose 12 feet above flood stage.",
        );
        assert!(
            all.iter()
                .any(|t| t.starts_with("In March 1997, water rose 12 feet")),
            "{all:?}"
        );
        // "cast" is a past as "hit" is: the clause after "when" has its verb.
        let all =
            worded("Turnout was higher than in 2020, when 61% of eligible voters cast ballots.");
        assert!(
            all.contains(&"In 2020, 61% of eligible voters cast ballots.".to_string()),
            "{all:?}"
        );
        // No time before ", when": nothing is added.
        let all = worded("Sales fell 8% at the chain, when stores closed for 3 weeks.");
        assert!(!all.iter().any(|t| t.starts_with("In ")), "{all:?}");
    }

    /// "A storm that swept through X on Wednesday left … and killed …": the relative clause is
    /// the subject's; each predicate of the main verb keeps it.
    #[test]
    fn a_relative_clause_on_the_subject_is_no_predicate() {
        let all = worded(
            "A storm that swept through the Carolinas on Wednesday left 400,000 homes without \
             power and killed at least three people.",
        );
        assert!(
            all.iter().any(
                |t| t.starts_with("A storm that swept through the Carolinas")
                    && t.contains("killed at least three people")
            ),
            "{all:?}"
        );
        let all = worded(
            "The company that built the bridge in 1998 was fined $2 million and banned from \
             bidding for five years.",
        );
        assert!(
            all.iter()
                .any(|t| t.starts_with("The company that built the bridge in 1998 was banned")),
            "{all:?}"
        );
    }

    /// After a colon, "and" with no verb since the colon joins two subjects.
    #[test]
    fn and_after_a_colon_without_a_verb_joins_subjects() {
        let all = worded(
            "Not all processed foods were harmful: cereals and whole-grain bread showed no link \
             in 12 studies.",
        );
        assert_eq!(all.len(), 1, "{all:?}");
    }

    /// A claim that ends with quoted words takes its full stop after the closing mark.
    #[test]
    fn quoted_words_that_end_a_claim_are_followed_by_a_full_stop() {
        let all = worded(
            "Chief Executive Ed Bastian said demand for premium seats remained \"very strong\"",
        );
        assert!(all[0].ends_with("\"very strong\"."), "{all:?}");
    }

    /// `in_quotes` reads bytes; it answers what counting the characters answers.
    #[test]
    fn quotation_marks_are_counted_by_their_bytes() {
        let by_chars = |text: &str, from: usize, at: usize| {
            let mut depth = 0i32;
            let mut straight = false;
            for c in text[from..at].chars() {
                match c {
                    '“' | '«' | '„' => depth += 1,
                    '”' | '»' => depth = (depth - 1).max(0),
                    '"' => straight = !straight,
                    _ => {}
                }
            }
            depth > 0 || straight
        };
        let text = "He said “no” — «non» and „nein“ ” \"yes\" ‘x’ é™ € ½ ¼ “open";
        let ends: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for &from in &ends {
            for &at in ends.iter().filter(|&&at| at >= from) {
                assert_eq!(
                    in_quotes(text, from, at),
                    by_chars(text, from, at),
                    "{from}..{at}"
                );
            }
        }
        assert!(in_quotes(text, 0, text.len()));
        assert!(!in_quotes(text, 0, 8));
    }

    /// "X did A and said B": B is X's words, a claim with X its claimant, dated by the
    /// clause's lead; "declared a state of emergency" is a deed, not words.
    #[test]
    fn a_predicate_that_says_is_the_subjects_speech() {
        let all = crate::extract::extract(
            "On Tuesday, Gov. Gavin Newsom declared a state of emergency and said the state \
             had secured federal assistance.",
            chrono::NaiveDate::from_ymd_opt(2025, 6, 18),
        )
        .claims;
        let said = all
            .iter()
            .find(|c| c.text.contains("secured"))
            .expect("a claim of what was said");
        assert_eq!(
            said.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Gavin Newsom")
        );
        assert!(said.text.starts_with("On June 17, 2025,"), "{}", said.text);
        // What was said names no one: it is about nothing named, not about its speaker.
        assert_eq!(said.subject, None);
        assert!(!said.text.contains("emergency"), "{}", said.text);
        let deed = all
            .iter()
            .find(|c| c.text.contains("emergency"))
            .expect("the deed");
        assert!(deed.claimant.is_none(), "{deed:?}");
        assert_eq!(deed.subject.as_deref(), Some("Gavin Newsom"));
    }

    /// "and" before a common noun that acts joins two clauses; before an object, or under a
    /// verb of speech, it joins words.
    #[test]
    fn and_before_a_noun_that_acts_joins_clauses() {
        let texts = |t: &str| -> Vec<String> {
            crate::extract::extract(t, None)
                .claims
                .into_iter()
                .map(|c| c.text)
                .collect()
        };
        assert_eq!(
            texts("Nigeria slipped into two recessions and inflation rose to 22% in 2022."),
            [
                "Nigeria slipped into two recessions.",
                "Inflation rose to 22% in 2022."
            ]
        );
        assert_eq!(
            texts("The bank raised rates twice and mortgage costs climbed to 7%."),
            [
                "The bank raised rates twice.",
                "Mortgage costs climbed to 7%."
            ]
        );
        for one in [
            "Officials said exports and imports rose 4% in May.",
            "He visited 12 schools and hospitals damaged by the storm.",
            "Prices of food and fuel rose 8% last year.",
            // Inside an appositive that closes before the verb.
            "Patients who took semaglutide, the drug in Wegovy and Ozempic, were 20% less likely \
             to have a stroke.",
        ] {
            assert_eq!(texts(one).len(), 1, "{one}: {:?}", texts(one));
        }
    }

    /// ", and" that closes an aside on the first of two subjects joins the subjects: the aside is
    /// a claim about its noun, the main clause keeps both subjects.
    #[test]
    fn an_aside_on_the_first_of_two_subjects_keeps_both() {
        assert_eq!(
            atoms(
                "Lincoln Elementary, which opened in 1958, and Maple Grove Middle School will \
                 close in June.",
                None
            ),
            [
                "Lincoln Elementary and Maple Grove Middle School will close in June.",
                "Lincoln Elementary opened in 1958."
            ]
        );
        assert_eq!(
            atoms(
                "The bridge, built in 1932, and the tunnel will be closed next month.",
                None
            ),
            [
                "The bridge and the tunnel will be closed next month.",
                "The bridge was built in 1932."
            ]
        );
        assert_eq!(
            atoms(
                "The county hospital, which opened in 1962, and the Westside clinic will stop \
                 taking new patients.",
                None
            ),
            [
                "The county hospital and the Westside clinic will stop taking new patients.",
                "The county hospital opened in 1962."
            ]
        );
        // An age alone is such an aside.
        assert_eq!(
            atoms(
                "The senator, 72, and his wife were injured in the crash.",
                None
            ),
            [
                "The senator and his wife were injured in the crash.",
                "The senator is 72 years old."
            ]
        );
        // A verb before the aside, or a verb after "and": clauses, as before.
        assert_eq!(
            atoms(
                "Police arrested Smith, who fled the scene, and charged him with murder.",
                None
            ),
            [
                "Police arrested Smith.",
                "Police charged him with murder.",
                "Smith fled the scene."
            ]
        );
        assert_eq!(
            atoms(
                "Smith, who joined the club in 2020, scored twice, and Jones added a goal.",
                None
            ),
            [
                "Smith scored twice.",
                "Smith joined the club in 2020.",
                "Jones added a goal."
            ]
        );
    }

    /// The atoms `split` makes of a whole sentence.
    fn split_whole(sentence: &str, person: Option<&str>) -> Vec<Atom> {
        let words: Vec<_> = super::super::word_spans(sentence).collect();
        let names = super::super::subject::names_in(sentence, &words);
        let mut classes = Vec::new();
        super::super::words::classify(&words, &mut classes);
        let s = Words {
            text: sentence,
            words: &words,
            names: &names,
            person,
            classes: &classes,
        };
        split(&s, 0..sentence.len())
    }

    fn atoms(sentence: &str, person: Option<&str>) -> Vec<String> {
        split_whole(sentence, person)
            .iter()
            .map(|a| render(sentence, &a.pieces, &[], &[]).0)
            .collect()
    }

    /// A bare verb with its object after "and" or a comma shares the modal of the first
    /// predicate; a noun after "and", or a verb with no object of its own, is left alone.
    #[test]
    fn a_bare_verb_after_and_shares_the_modal() {
        assert_eq!(
            atoms(
                "The company will buy back $2 billion of stock, and raise its dividend by 10%.",
                None
            ),
            [
                "The company will buy back $2 billion of stock.",
                "The company will raise its dividend by 10%."
            ]
        );
        assert_eq!(
            atoms(
                "The city would hire 200 teachers and build three new schools by 2027.",
                None
            ),
            [
                "The city would hire 200 teachers.",
                "The city would build three new schools by 2027."
            ]
        );
        assert_eq!(
            atoms("The project will cost $5 million and take two years.", None),
            [
                "The project will cost $5 million.",
                "The project will take two years."
            ]
        );
        // A past form after "and" is a predicate of its own, without the modal.
        assert_eq!(
            atoms(
                "The company will cut 500 jobs, and said sales fell 10% in May.",
                None
            )[1],
            "The company said sales fell 10% in May."
        );
        assert_eq!(
            atoms("The bank will raise prices and wages by 3%.", None).len(),
            1
        );
        assert_eq!(
            atoms(
                "The council will fund research and care for 500 patients.",
                None
            )
            .len(),
            1
        );
    }

    /// "its" after a verb of result is the one organisation the predicate names when the
    /// subject is none; a subject that is one keeps it.
    #[test]
    fn its_after_a_verb_of_result_is_the_organisation_acted_on() {
        let claim = |text: &str, needle: &str| {
            crate::extract::extract(text, None)
                .claims
                .into_iter()
                .find(|c| c.text.contains(needle))
                .map(|c| (c.text, c.subject))
        };
        assert_eq!(
            claim(
                "Investors dumped Intel stock on Friday, sending its shares down 26%.",
                "26%"
            ),
            Some((
                "That sent Intel's shares down 26%.".to_string(),
                Some("Intel".to_string())
            ))
        );
        assert_eq!(
            claim(
                "Regulators fined Meta $1.3 billion, pushing its legal costs to a record.",
                "record"
            )
            .and_then(|c| c.1)
            .as_deref(),
            Some("Meta")
        );
        // The subject's own: an organisation subject, or two names acted on, left as they were.
        assert_eq!(
            claim(
                "Acme Corp. missed forecasts, sending its shares down 5%.",
                "5%"
            )
            .map(|c| c.0)
            .as_deref(),
            Some("Acme Corp. sent its shares down 5%.")
        );
        assert!(
            !claim(
                "Investors dumped Intel and AMD stock, sending its shares down 26%.",
                "26%"
            )
            .is_some_and(|c| c.0.starts_with("That"))
        );
    }

    #[test]
    fn it_after_an_organisation_s_clause_is_the_organisation() {
        assert_eq!(
            atoms(
                "The Centers for Disease Control and Prevention recommends a second dose, and it expects 20 million people to qualify.",
                None
            ),
            [
                "The Centers for Disease Control and Prevention recommends a second dose.",
                "The Centers for Disease Control and Prevention expects 20 million people to qualify."
            ]
        );
        // "It" that stands for nothing, for a thing the clause named, or after a second
        // organisation, is left alone.
        assert_eq!(
            atoms(
                "Acme Corp. launched the phone in May, and it sold 2 million units.",
                None
            )[1],
            "It sold 2 million units."
        );
        assert_eq!(
            atoms(
                "Acme Corp. cut 200 jobs, and it is likely that more will go.",
                None
            )[1],
            "It is likely that more will go."
        );
        assert_eq!(
            atoms(
                "Acme Corp. bought Beta Bank for $2 billion, and it expects 300 jobs to go.",
                None
            )[1],
            "It expects 300 jobs to go."
        );
    }

    #[test]
    fn a_time_after_the_object_is_no_part_of_what_a_share_rests_on() {
        let sentence =
            "The port handled 2.1 million containers last year, most of them bound for Asia.";
        let atoms = split_whole(sentence, None);
        let share = atoms.last().expect("the share's claim");
        let rests: Vec<&str> = share
            .pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Sub(r, _) | Piece::Span(r) => Some(&sentence[r.clone()]),
                _ => None,
            })
            .collect();
        assert_eq!(
            rests,
            [
                "The port",
                "handled",
                "2.1 million containers",
                "most of them bound for Asia."
            ]
        );
    }

    #[test]
    fn a_share_or_a_comparison_after_the_predicate_is_a_claim_of_its_own() {
        assert_eq!(
            atoms(
                "The retailer will open 120 stores next year, most of them in Texas.",
                None
            ),
            [
                "The retailer will open 120 stores next year.",
                "The retailer will open 120 stores next year, most of them in Texas."
            ]
        );
        assert_eq!(
            atoms(
                "The telescope can see galaxies 13 billion light-years away, farther than any instrument before it.",
                None
            ),
            [
                "The telescope can see galaxies 13 billion light-years away.",
                "The telescope can see galaxies 13 billion light-years away, farther than any instrument before it."
            ]
        );
        // "other than" compares nothing; ", many of them." adds nothing; a verb makes a clause.
        assert_eq!(
            atoms("The firm sold 40 shops, other than its flagship.", None),
            ["The firm sold 40 shops, other than its flagship."]
        );
        assert_eq!(
            atoms(
                "Ada Brooks wrote 23 novels, most of them set in Maine.",
                None
            ),
            [
                "Ada Brooks wrote 23 novels.",
                "Ada Brooks wrote 23 novels, most of them set in Maine."
            ]
        );
        assert_eq!(
            atoms("The quake destroyed 1,200 homes, many of them.", None),
            ["The quake destroyed 1,200 homes, many of them."]
        );
        // A tag between the predicate and its comparison is passed over.
        assert_eq!(
            atoms(
                "Gas prices averaged $3.52 on Friday, according to AAA, down 18 cents from a month ago.",
                None
            ),
            [
                "Gas prices averaged $3.52 on Friday.",
                "Gas prices averaged $3.52 on Friday, down 18 cents from a month ago."
            ]
        );
    }

    #[test]
    fn a_clause_of_concession_is_no_part_of_the_predicate() {
        // A hedge goes; a figure opening the clause is its subject, no lead.
        assert_eq!(
            atoms(
                "670 people were feared dead, though that number could rise.",
                None
            ),
            ["670 people were feared dead."]
        );
        // Any other is a clause of its own.
        assert_eq!(
            atoms(
                "The ferry carried 300 passengers, though only 120 had tickets.",
                None
            ),
            ["The ferry carried 300 passengers.", "Only 120 had tickets."]
        );
    }

    #[test]
    fn appositives_become_claims_about_the_name() {
        assert_eq!(
            atoms(
                "Ann Lee, a retired 62-year-old nurse from Ohio, won $2 million in the lottery.",
                None
            ),
            [
                "Ann Lee won $2 million in the lottery.",
                "Ann Lee is from Ohio.",
                "Ann Lee is 62 years old.",
                "Ann Lee is a retired nurse.",
            ]
        );
        assert_eq!(
            atoms("Tom Ray, 80, a former miner, died on Sunday.", None),
            [
                "Tom Ray died on Sunday.",
                "Tom Ray was 80 years old.",
                "Tom Ray was a former miner."
            ]
        );
    }

    #[test]
    fn a_leading_phrase_goes_on_over_a_state_and_a_year() {
        assert_eq!(
            atoms(
                "Born in Duluth, Minn., on Feb. 3, 1938, Margaret Ann Ellison was the youngest of four children.",
                None
            ),
            [
                "Margaret Ann Ellison was born in Duluth, Minn., on Feb. 3, 1938.",
                "Margaret Ann Ellison was the youngest of four children.",
            ]
        );
        assert_eq!(
            atoms("Raised in Austin, Texas, Ann Lee moved to Boston.", None),
            [
                "Ann Lee was raised in Austin, Texas.",
                "Ann Lee moved to Boston."
            ]
        );
        // A name an appositive follows is the subject, no place.
        assert_eq!(
            atoms(
                "Born in Lagos, Chike Obi, a chemist, moved to London.",
                None
            ),
            [
                "Chike Obi was born in Lagos.",
                "Chike Obi moved to London.",
                "Chike Obi is a chemist."
            ]
        );
    }

    /// ", compared with …" qualifies the predicate before it; "and" inside a "which" aside,
    /// or between a relative clause's subject and its verb, joins words; a measure of time
    /// before "after" goes with it; after a semicolon the verb may come late.
    #[test]
    fn prepositional_participles_asides_and_semicolons() {
        assert_eq!(
            atoms(
                "Sales rose 5% in March, compared to 3% a year earlier.",
                None
            ),
            ["Sales rose 5% in March, compared to 3% a year earlier."]
        );
        assert_eq!(
            atoms(
                "The services business, which includes the App Store and Apple Music, grew 11% to $23.1 billion.",
                None
            ),
            [
                "The services business grew 11% to $23.1 billion.",
                "The services business includes the App Store and Apple Music."
            ]
        );
        // A measure of time before "after" is the clause of time's, not the main clause's.
        let resigned = atoms(
            "Delaney resigned in 2024, weeks after an audit found discrepancies.",
            None,
        );
        assert_eq!(resigned[0], "Delaney resigned in 2024.");
        assert!(
            resigned
                .iter()
                .any(|a| a == "Delaney resigned weeks after an audit found discrepancies."),
            "{resigned:?}"
        );
        assert_eq!(
            atoms(
                "The talks lasted 14 hours, in which Poland and Hungary sought to weaken the target.",
                None
            ),
            ["The talks lasted 14 hours, in which Poland and Hungary sought to weaken the target."]
        );
        assert_eq!(
            atoms(
                "The act provided $1.2 billion in grants; by 2010, the share of rural households with broadband had risen to 41%.",
                None
            ),
            [
                "The act provided $1.2 billion in grants.",
                "By 2010, the share of rural households with broadband had risen to 41%."
            ]
        );
    }

    #[test]
    fn coordinated_predicates_share_their_subject() {
        // After an auxiliary and its participle, "is" starts a predicate with its own verb
        // (not "has is 15% contained").
        assert_eq!(
            atoms(
                "The wildfire has burned 8,000 hectares and is 15% contained.",
                None
            ),
            [
                "The wildfire has burned 8,000 hectares.",
                "The wildfire is 15% contained."
            ]
        );
        assert_eq!(
            atoms("The striker was born in Lagos and raised in Leeds.", None),
            [
                "The striker was born in Lagos.",
                "The striker was raised in Leeds."
            ]
        );
        assert_eq!(
            atoms(
                "She founded the firm in 1998, sold it in 2010 and retired in 2015.",
                Some("Jane Roe")
            ),
            [
                "Jane Roe founded the firm in 1998.",
                "Jane Roe sold it in 2010.",
                "Jane Roe retired in 2015."
            ]
        );
        // A list that changes tense after its second predicate.
        assert_eq!(
            atoms(
                "The clinic has 12 doctors, employs 40 nurses and opened a ward in May.",
                None
            ),
            [
                "The clinic has 12 doctors.",
                "The clinic employs 40 nurses.",
                "The clinic opened a ward in May."
            ]
        );
        // A participle that describes a noun in the last item is no predicate.
        assert_eq!(
            atoms("The shop has 3 ovens, sells bread and baked goods.", None),
            [
                "The shop has 3 ovens.",
                "The shop sells bread and baked goods."
            ]
        );
    }

    #[test]
    fn joined_clauses_and_relative_clauses_stand_alone() {
        assert_eq!(
            atoms(
                "In 1999, he became a judge, and 10 years later he was appointed to the Supreme Court.",
                Some("Ian Holt")
            ),
            [
                "In 1999, Ian Holt became a judge.",
                "10 years later Ian Holt was appointed to the Supreme Court."
            ]
        );
        assert_eq!(
            atoms(
                "The storm hit Tampa on Monday, which caused $2 billion in damage.",
                None
            ),
            ["The storm hit Tampa on Monday, which caused $2 billion in damage."]
        );
        assert_eq!(
            atoms("Police found the car, which had been stolen in May.", None),
            ["Police found the car.", "The car had been stolen in May."]
        );
        assert_eq!(
            atoms(
                "The mayor resigned in May, having served for 12 years.",
                None
            ),
            [
                "The mayor resigned in May.",
                "The mayor had served for 12 years."
            ]
        );
    }

    #[test]
    fn relative_clauses_in_the_subject_stand_alone() {
        assert_eq!(
            atoms(
                "The company, which employs 4,000 people, reported a record profit.",
                None
            ),
            [
                "The company reported a record profit.",
                "The company employs 4,000 people."
            ]
        );
    }

    /// The verb after an aside that a participle or a relative pronoun opens, though the verb
    /// lists do not know it; a list of nouns opens no aside.
    #[test]
    fn the_verb_after_an_aside_is_found_by_its_place() {
        assert_eq!(
            atoms(
                "The bridge, completed in 1937, spans 1.7 miles and carries 112,000 vehicles a day.",
                None
            ),
            [
                "The bridge spans 1.7 miles.",
                "The bridge carries 112,000 vehicles a day.",
                "The bridge was completed in 1937."
            ]
        );
        assert_eq!(
            atoms(
                "The Wildcats, who finished last a year ago, lead the Big East with a 12-2 record.",
                None
            ),
            [
                "The Wildcats lead the Big East with a 12-2 record.",
                "The Wildcats finished last a year ago."
            ]
        );
        assert_eq!(
            atoms(
                "Lars Eklund, Norway’s finance minister since 2021, previously led the central bank.",
                None
            ),
            [
                "Lars Eklund previously led the central bank.",
                "Lars Eklund is Norway’s finance minister since 2021."
            ]
        );
        assert_eq!(
            atoms(
                "The race, first held in 1903, covers 3,400 kilometers.",
                None
            ),
            [
                "The race covers 3,400 kilometers.",
                "The race was first held in 1903."
            ]
        );
        // "oranges" opens no aside: "pears" is no verb.
        assert_eq!(
            atoms(
                "Apples, oranges, pears and plums cost more this year.",
                None
            ),
            ["Apples, oranges, pears and plums cost more this year."]
        );
    }

    /// A participle's "by" and a person's name: the aside is the person's deed.
    #[test]
    fn the_agent_of_an_aside_is_its_subject() {
        let sentence = "The new law, signed by Gov. Ray Huang, bans the sale of vapes.";
        let subjects: Vec<_> = split_whole(sentence, None)
            .into_iter()
            .map(|a| a.subject)
            .collect();
        assert_eq!(subjects.len(), 2);
        assert!(subjects[0].is_none());
        assert!(
            subjects[1]
                .as_deref()
                .is_some_and(|n| n.ends_with("Ray Huang"))
        );
    }

    /// Present verbs in "-s" joined by "and": a verb that opens its object, not a plural noun.
    #[test]
    fn present_predicates_joined_in_s() {
        assert_eq!(
            atoms(
                "The new law requires voters to show photo identification and cuts early voting from 14 days to 7.",
                None
            ),
            [
                "The new law requires voters to show photo identification.",
                "The new law cuts early voting from 14 days to 7."
            ]
        );
        assert_eq!(
            atoms("The clinic employs doctors and nurses in 12 states.", None),
            ["The clinic employs doctors and nurses in 12 states."]
        );
    }

    /// A clause of time that explains a figure is linked to it; one event after another is not.
    #[test]
    fn a_clause_of_time_after_a_figure_is_a_causal_link() {
        assert_eq!(
            atoms(
                "Oil prices jumped 4% on Monday after the cartel agreed to cut output by 1 million barrels a day.",
                None
            ),
            [
                "Oil prices jumped 4% on Monday.",
                "The cartel agreed to cut output by 1 million barrels a day.",
                "Oil prices jumped 4% after the cartel agreed to cut output."
            ]
        );
        // Without a figure of its own the clause is said by the link alone.
        assert_eq!(
            atoms(
                "Airline shares fell 6% on Thursday as fuel prices climbed.",
                None
            ),
            [
                "Airline shares fell 6% on Thursday.",
                "Airline shares fell 6% as fuel prices climbed."
            ]
        );
        assert_eq!(
            atoms(
                "Coach Dale Moreno was fired after the team lost 11 of its last 13 games.",
                None
            ),
            [
                "Coach Dale Moreno was fired.",
                "The team lost 11 of its last 13 games."
            ]
        );
        // "As" and a name: two results at once.
        assert_eq!(
            atoms(
                "Jayson Tatum scored 41 points as the Celtics beat the Heat 112-98.",
                None
            ),
            [
                "Jayson Tatum scored 41 points.",
                "The Celtics beat the Heat 112-98."
            ]
        );
    }

    /// A clause of time with no figure, date or name of its own stays with the main clause;
    /// one with them is a claim of its own.
    #[test]
    fn a_clause_of_time_that_says_nothing_alone_stays_with_its_clause() {
        assert_eq!(
            atoms(
                "The pilot circled the airport for an hour before he landed the plane safely.",
                None
            ),
            ["The pilot circled the airport for an hour before he landed the plane safely."]
        );
        assert_eq!(
            atoms(
                "The senator left the chamber when the vote was called.",
                None
            ),
            ["The senator left the chamber when the vote was called."]
        );
        assert_eq!(
            atoms(
                "Shares of the retailer slid as investors worried about tariffs.",
                None
            ),
            ["Shares of the retailer slid as investors worried about tariffs."]
        );
        // A name, a count or a time word: the clause is a claim of its own.
        assert_eq!(
            atoms(
                "The company left the market after Russia invaded Ukraine.",
                None
            ),
            ["The company left the market.", "Russia invaded Ukraine."]
        );
        assert_eq!(
            atoms(
                "The talks collapsed after the two sides failed to agree on a ceasefire.",
                None
            ),
            [
                "The talks collapsed.",
                "The two sides failed to agree on a ceasefire."
            ]
        );
    }

    /// One cause whose claim holds the whole predicate: the predicate is no claim of its own,
    /// unless a figure, a lead or a second cause makes it one.
    #[test]
    fn a_predicate_its_one_cause_holds_whole_is_said_once() {
        assert_eq!(
            atoms("Flights were cancelled because of the storm.", None),
            ["Flights were cancelled because of the storm."]
        );
        assert_eq!(
            atoms("The plant was shut down because of a chemical spill.", None),
            ["The plant was shut down because of a chemical spill."]
        );
        assert_eq!(
            atoms("Thousands of homes lost power due to the ice storm.", None),
            ["Thousands of homes lost power due to the ice storm."]
        );
        assert_eq!(
            atoms("The factory closed in 2019 due to falling demand.", None),
            [
                "The factory closed in 2019.",
                "The factory closed due to falling demand."
            ]
        );
        assert_eq!(
            atoms(
                "On Monday, trains were halted because of a signal failure.",
                None
            ),
            [
                "On Monday, trains were halted.",
                "Trains were halted because of a signal failure."
            ]
        );
    }

    /// Marking words split by a space other than one plain space ("due to\u{202e}", "due  to",
    /// "with\u{200b}more") are not read as the marker: the words after it are counted from the
    /// marker's length, which would fall inside the wide character (panics the fuzz and property
    /// tests found).
    #[test]
    fn markers_written_with_other_spaces_are_read_safely() {
        for s in [
            "The shuttle returned late due to\u{202e} storms over Florida on Monday.",
            "The shuttle returned late due to\u{3000}storms over Florida on Monday.",
            "The shuttle returned late due  to storms over Florida on Monday.",
            "Sales fell 8% because\u{202e} of weaker demand in China.",
            "The merger would create the largest grocery chain in the country, with\u{200b}more than 5,000 stores and 710,000 workers.",
            "Turnout fell to 48% in the primary,\u{2019}largely because of heavy rain.",
            "Police said the suspect, a 19-year-old\u{2019} man from Dayton, fired at least 12 shots.",
        ] {
            let atoms = atoms(s, None);
            assert!(!atoms.is_empty(), "{s}");
        }
    }

    /// A piece that does not lie in its sentence (backwards, past its end, inside a character)
    /// is caught before the claim is worded.
    #[test]
    fn pieces_outside_their_sentence_are_caught() {
        let t = "Caf\u{e9} owners, who met on Monday, said prices rose.";
        assert!(pieces_lie_in(t, &[Piece::Span(0..5), Piece::Lit("is")]));
        assert!(!pieces_lie_in(
            t,
            &[Piece::Span(Range { start: 8, end: 1 })]
        ));
        assert!(!pieces_lie_in(t, &[Piece::Lead(0..4)]));
        assert!(!pieces_lie_in(t, &[Piece::Sub(40..400, String::new())]));
        assert!(pieces_lie_in(t, &[Piece::Aside(5..11)]));
    }

    /// "Is it in quotation marks" from a start after the point is no: nothing lies between.
    #[test]
    fn quotes_counted_from_after_the_point_hold_nothing() {
        let t = "He said \u{201c}it rose\u{201d} and it fell.";
        assert!(in_quotes(t, 0, 12));
        assert!(!in_quotes(t, 12, 5));
    }

    #[test]
    fn causes_are_claims_of_their_own() {
        assert_eq!(
            atoms(
                "Vanta Air reported a loss of $210 million for the quarter because of higher fuel costs and a pilots’ strike.",
                None
            ),
            [
                "Vanta Air reported a loss of $210 million for the quarter.",
                "Vanta Air reported a loss of $210 million because of higher fuel costs.",
                "Vanta Air reported a loss of $210 million because of a pilots’ strike."
            ]
        );
        assert_eq!(
            atoms(
                "Sales fell 8% in the quarter, largely because of weaker demand in China.",
                None
            ),
            [
                "Sales fell 8% in the quarter.",
                "Sales fell 8% largely because of weaker demand in China."
            ]
        );
        assert_eq!(
            atoms(
                "The Premier League match was postponed because of a waterlogged pitch and a power cut.",
                None
            ),
            [
                "The Premier League match was postponed.",
                "The Premier League match was postponed because of a waterlogged pitch.",
                "The Premier League match was postponed because of a power cut."
            ]
        );
        // A plan is no cause, nor is a cause denied.
        assert_eq!(
            atoms("The crew is due to land on March 30.", None),
            ["The crew is due to land on March 30."]
        );
        assert_eq!(
            atoms("The mayor resigned, not because of the audit.", None),
            ["The mayor resigned, not because of the audit."]
        );
    }

    #[test]
    fn counts_after_with_are_claims_of_their_own() {
        assert_eq!(
            atoms(
                "The merger would create the largest grocery chain in the country, with more than 5,000 stores and 710,000 workers.",
                None
            ),
            [
                "The merger would create the largest grocery chain in the country.",
                "The merger would create the largest grocery chain in the country, with more than 5,000 stores.",
                "The merger would create the largest grocery chain in the country, with 710,000 workers."
            ]
        );
        // Without a figure, "with" describes: no claim of its own.
        assert_eq!(
            atoms("The team won the final, with its captain injured.", None),
            ["The team won the final, with its captain injured."]
        );
    }

    #[test]
    fn a_clause_without_a_clear_verb_stays_whole() {
        assert_eq!(
            atoms("Record heat across the region on Monday.", None),
            ["Record heat across the region on Monday."]
        );
    }

    /// The claims of `text`, as worded.
    fn worded(text: &str) -> Vec<String> {
        crate::extract::extract(text, None)
            .claims
            .into_iter()
            .map(|c| c.text)
            .collect()
    }

    /// "has promised to lower costs but says subsidies distort the market": a verb of speech
    /// after "but" reports the subject's words, after an auxiliary and its participle too.
    #[test]
    fn a_verb_of_speech_after_but_reports_the_subjects_words() {
        let w = worded(
            "President William Ruto has promised to lower the cost of living but says subsidies \
             distort the market.",
        );
        assert_eq!(
            w,
            [
                "President William Ruto has promised to lower the cost of living.",
                "President William Ruto says subsidies distort the market."
            ]
        );
    }

    /// ", whose term ends in May 2026" after a name: a fact of the name's own, worded with its
    /// possessive; and "but she sees" a clause of its own, "sees" a verb after "she".
    #[test]
    fn whose_after_a_name_and_a_verb_in_s_after_she_make_claims_of_their_own() {
        let w =
            worded("Harbor Bank fired chief executive Mark Ellis, whose term ends in May 2027.");
        assert!(
            w.iter().any(|t| t == "Mark Ellis's term ends in May 2027."),
            "{w:?}"
        );
        assert!(
            w.iter()
                .any(|t| t == "Harbor Bank fired chief executive Mark Ellis."),
            "{w:?}"
        );
        let w = worded("Economist Ana Ruiz expects two rate cuts, but she sees inflation at 3%.");
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[1].starts_with("Ana Ruiz sees inflation"), "{w:?}");
        // A name after "and" starts a clause only when it acts; a passive keeps its "by".
        let w = worded(
            "Output fell 0.3% in April as firms were hit by higher taxes and U.S. tariffs, \
             official data showed on Thursday.",
        );
        assert!(
            w.iter().all(|t| !t.contains("U.S. tariffs, official")),
            "{w:?}"
        );
        assert!(
            w.iter()
                .any(|t| t.ends_with("as firms were hit by higher taxes and U.S. tariffs.")),
            "{w:?}"
        );
        // "and is expected to" after a past: a predicate of the present of its own.
        let w = worded("The company lost $2 billion in 2024 and is cutting 500 jobs.");
        assert_eq!(
            w,
            [
                "The company lost $2 billion in 2024.",
                "The company is cutting 500 jobs."
            ]
        );
        // "always" is no verb after "he": the sentence is not cut there.
        let w = worded("Coach Tom Reyes praised the 4-0 win, but he always warns against pride.");
        assert!(w.iter().all(|t| !t.starts_with("He always")), "{w:?}");
    }

    /// A singular verb joined after a plural one is no predicate of the plural subject: the
    /// sentence is not cut there.
    #[test]
    fn a_verb_that_agrees_with_another_subject_is_not_that_subject_s() {
        for text in [
            "Kennedy has said the shots are the most effective way to stop the spread but has \
             also promoted vitamin A as a treatment.",
            "The mayor said the taxes were too high and has proposed a 5% cut.",
        ] {
            let all = worded(text);
            assert!(
                !all.iter()
                    .any(|c| c.contains("shots has") || c.contains("taxes has")),
                "{text}: {all:#?}"
            );
        }
        // Verbs that agree still make two predicates.
        let all = worded("The stores are open daily and are staffed by 40 volunteers.");
        assert!(
            all.iter()
                .any(|c| c == "The stores are staffed by 40 volunteers."),
            "{all:#?}"
        );
    }

    /// A modal and its verb after "and" start a predicate of their own tense; "May" the month
    /// is no modal.
    #[test]
    fn a_modal_after_and_starts_a_predicate() {
        let all = worded("The company cut 500 jobs and will close two plants next year.");
        assert!(
            all.iter().any(|c| c == "The company cut 500 jobs."),
            "{all:#?}"
        );
        assert!(
            all.iter()
                .any(|c| c.starts_with("The company will close two plants")),
            "{all:#?}"
        );
        let all =
            worded("There were 1,603 cases between January and May, compared with 368 in 2023.");
        assert!(!all.iter().any(|c| c.starts_with("There May")), "{all:#?}");
    }

    /// A "which" clause with a subject of its own acts on the name: the name goes after its
    /// verb. One whose "which" is the subject keeps the name first.
    #[test]
    fn a_relative_clause_on_its_object_puts_the_name_after_the_verb() {
        for (text, want) in [
            (
                "The drug, which the FDA approved in 2021, costs $56,000 a year.",
                "The FDA approved the drug in 2021.",
            ),
            (
                "New Mexico's outbreak, which health officials linked to the Texas cluster, has \
                 grown to 81 cases.",
                "Health officials linked New Mexico's outbreak to the Texas cluster.",
            ),
            (
                "The law, which Congress has amended twice, expanded coverage to 20 million people.",
                "Congress has amended the law twice.",
            ),
            (
                "The plant, which employs 4,000 people, will close in March.",
                "The plant employs 4,000 people.",
            ),
        ] {
            let all = worded(text);
            assert!(all.iter().any(|c| c == want), "{text}: {all:#?}");
        }
    }

    #[test]
    fn a_bare_count_before_a_name_is_no_claim_about_it() {
        let all = worded(
            "Two of the developers have pleaded guilty. A third, Vincent DeLuca, is awaiting trial.",
        );
        assert!(
            all.iter().any(|c| c == "Vincent DeLuca is awaiting trial."),
            "{all:#?}"
        );
        assert!(!all.iter().any(|c| c.contains("is a third")), "{all:#?}");
        // A description before the name still says something of it.
        let all = worded("Her deputy, Tom Reyes, resigned on Monday.");
        assert!(
            all.iter().any(|c| c == "Tom Reyes is her deputy."),
            "{all:#?}"
        );
        assert!(
            bare_quantifier("A third")
                && bare_quantifier("Another")
                && bare_quantifier("One of them")
        );
        assert!(!bare_quantifier("Her deputy") && !bare_quantifier("A third suspect"));
    }

    #[test]
    fn a_share_set_off_by_commas_stays_in_the_object() {
        let all = worded("Ford cut 1,200, or 8%, of its jobs because of falling demand.");
        assert!(
            all.iter()
                .any(|c| c == "Ford cut 1,200, or 8%, of its jobs because of falling demand."),
            "{all:#?}"
        );
        // A comma that sets off no share still ends the object.
        let all = worded("Ford cut 1,200 jobs, or 8% of its workforce, because of falling demand.");
        assert!(
            all.iter()
                .any(|c| c == "Ford cut 1,200 jobs because of falling demand."),
            "{all:#?}"
        );
    }

    /// A place or a body named in a lead is nobody's "she": "a post she held" after "… joined the
    /// board of Acme Holdings," is still the woman the article is about.
    #[test]
    fn a_place_or_a_body_in_the_lead_is_no_one_a_pronoun_means() {
        for text in [
            "Ann Lowe, a surgeon, died on Monday. In 1982 she joined the board of Acme Holdings, \
             a post she held for 9 years.",
            "Ann Lowe, a surgeon, died on Monday. In 1980 she was named head of surgery at the \
             Royal Infirmary, where she worked for 18 years.",
        ] {
            let all = crate::extract::extract(text, None).claims;
            let later = all
                .iter()
                .find(|c| c.text.contains("years"))
                .expect("a claim");
            assert!(
                later.text.starts_with("In 198") && later.text.contains("Ann Lowe"),
                "{all:#?}"
            );
            assert!(
                !later.text.contains("Holdings held") && !later.text.contains("Infirmary worked"),
                "{all:#?}"
            );
            assert_eq!(later.subject.as_deref(), Some("Ann Lowe"), "{all:#?}");
        }
        // A person named in the lead is still the likeliest "he".
        let all = worded("Upon Mark Vande Hei's return, he will hold the record.");
        assert!(
            all.iter()
                .any(|c| c.starts_with("Upon Mark Vande Hei's return, Mark Vande Hei will")),
            "{all:#?}"
        );
    }

    /// A past form that describes a noun ("and aggravated identity theft") is no predicate; one
    /// that acts still is ("and attempted to flee").
    #[test]
    fn a_past_form_that_describes_a_noun_is_no_predicate() {
        let all = worded(
            "Robert Ellison pleaded guilty in March to wire fraud and aggravated identity theft.",
        );
        assert!(
            !all.iter().any(|c| c.contains("Ellison aggravated")),
            "{all:#?}"
        );
        let all = worded("The suspect stole a car and attempted to flee the country in 2023.");
        assert!(
            all.iter().any(|c| c.contains("attempted to flee")),
            "{all:#?}"
        );
    }

    /// "said A and that B": inside the words said, "and that" before a clause of its own is a
    /// second thing said, with the speaker kept.
    #[test]
    fn and_that_inside_the_words_said_is_a_second_thing_said() {
        let all = worded(
            "Dr. Sarah Mills said the results were \"encouraging\" and that a larger trial would begin in 2027.",
        );
        assert!(
            all.iter()
                .any(|c| c == "Dr. Sarah Mills said that a larger trial would begin in 2027."),
            "{all:#?}"
        );
        // The sentence's own tag keeps its words whole: no "That …" claim without a speaker.
        assert!(!all.iter().any(|c| c.starts_with("That")), "{all:#?}");
    }

    /// A title before the name set off after a role ("The study's lead author, Dr. Sarah
    /// Mills,") leaves the name the subject, as without it.
    #[test]
    fn a_title_before_an_appositive_name_keeps_the_name_the_subject() {
        let all = crate::extract::extract(
            "The study's lead author, Dr. Sarah Mills, said the trial would start in 2027.",
            None,
        )
        .claims;
        let role = all
            .iter()
            .find(|c| c.text.contains("lead author"))
            .expect("a claim of the role");
        assert_eq!(role.subject.as_deref(), Some("Sarah Mills"), "{all:#?}");
        assert_eq!(role.text, "Dr. Sarah Mills is the study's lead author.");
    }

    /// After a passive "was", a verb in a past form that is never a participle ("grew", "went")
    /// acts: it takes no "was".
    #[test]
    fn a_past_only_form_after_was_takes_no_was() {
        let all = worded("Ms. Okafor was born in Lagos in 1950 and grew up in Ibadan.");
        assert!(
            all.iter().any(|c| c.ends_with("Okafor grew up in Ibadan.")),
            "{all:#?}"
        );
        assert!(!all.iter().any(|c| c.contains("was grew")), "{all:#?}");
        // A participle keeps the auxiliary.
        let all = worded("The suspect was arrested in May and charged with fraud.");
        assert!(
            all.iter().any(|c| c.contains("was charged with fraud")),
            "{all:#?}"
        );
    }

    /// "as long as", "as soon as": a condition or a time the clause depends on, not a clause
    /// of its own.
    #[test]
    fn as_long_as_joins_no_clause() {
        let all = worded(
            "The rebels said they would respect the truce as long as the army did the same.",
        );
        assert_eq!(all.len(), 1, "{all:#?}");
        assert!(
            all[0].ends_with("as long as the army did the same."),
            "{all:#?}"
        );
    }

    /// ", whose two children attend Lincoln": what the name owns, worded with its possessive.
    #[test]
    fn whose_after_a_name_is_its_possessive() {
        let all =
            worded("“We will fight this,” said Ana Morales, whose two children attend Lincoln.");
        assert!(
            all.iter()
                .any(|c| c == "Ana Morales's two children attend Lincoln."),
            "{all:#?}"
        );
        assert!(!all.iter().any(|c| c.contains("is whose")), "{all:#?}");
    }

    /// After an accident that no one did ("crashed", "collapsed"), ", killing six" stays with it:
    /// the vehicle or the building killed no one. After a doer, the participle is its deed.
    #[test]
    fn killing_after_an_accident_stays_with_it() {
        let all = worded(
            "A military helicopter crashed in Mindanao on Tuesday, killing all six crew members.",
        );
        assert!(
            !all.iter().any(|c| c.contains("helicopter killed")),
            "{all:#?}"
        );
        assert!(
            all.iter()
                .any(|c| c.contains("crashed in Mindanao") && c.contains("six")),
            "{all:#?}"
        );
        let all = worded("The gunman opened fire at a school in 2019, killing 12 people.");
        assert!(
            all.iter().any(|c| c.contains("gunman killed 12")),
            "{all:#?}"
        );
    }

    /// ", who said the cause was cardiac arrest" after a name: the name's words, the name
    /// their speaker.
    #[test]
    fn who_said_after_a_name_is_that_name_speaking() {
        let all = worded(
            "“It was sudden,” said her publicist, Elaine Schock, who said the cause was cardiac arrest.",
        );
        assert!(
            all.iter()
                .any(|c| c == "Elaine Schock said the cause was cardiac arrest."),
            "{all:#?}"
        );
        let claims = crate::extract::extract(
            "Her death was announced by her publicist, Elaine Schock, who said the cause was cardiac arrest.",
            None,
        )
        .claims;
        let said = claims
            .iter()
            .find(|c| c.text.contains("cardiac arrest"))
            .expect("the claim said");
        assert_eq!(
            said.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Elaine Schock"),
            "{claims:#?}"
        );
    }
}
