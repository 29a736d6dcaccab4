//! A sentence's words classed once: which word lists each word is in and whether it reads as a
//! finite verb, as bits beside the sentence's word list (`word_spans`).
//!
//! The subject and the decomposition ask the same questions of the same words again and again
//! (is it a preposition, a determiner, an auxiliary, a finite verb?), each through its own hash
//! look-up, several per word. Here each word is lower-cased and looked up once, in one map that
//! holds every list's bit, and the answers are read from the bits.
//!
//! The bits answer exactly what `one_of!` (any ASCII case) and `exactly_one_of!` (case kept) of
//! these lists answer, and `FINITE` what `decompose::is_finite` answers; the test below holds
//! them to it over the fixtures' sentences.

use super::bare;
use super::claimant::SPEECH as SPEECH_VERBS;
use super::decompose::{AUX, IRREGULAR, NOT_ED, PRESENT, S_ADVERBS, s_form};
use super::subject::{CONNECTORS, DETERMINERS, MAIN_VERBS, PREPOSITIONS, SUBORDINATORS};
use rustc_hash::FxHashMap;

// The lists, looked up in any ASCII case (as `one_of!` does).
pub(super) const PREPOSITION: u32 = 1;
pub(super) const DETERMINER: u32 = 1 << 1;
pub(super) const CONNECTOR: u32 = 1 << 2;
pub(super) const SUBORDINATOR: u32 = 1 << 3;
pub(super) const MAIN_VERB: u32 = 1 << 4;
/// "the", "a", "an".
pub(super) const ARTICLE: u32 = 1 << 5;
/// "he", "she".
pub(super) const HE_SHE: u32 = 1 << 6;
/// "his", "her".
pub(super) const HIS_HER: u32 = 1 << 7;
/// Words that open a relative or subordinate clause ("which", "who", "because", …).
pub(super) const CLAUSE_OPENER: u32 = 1 << 14;
// The lists matched with their case kept (as `exactly_one_of!` and `matches!` do).
pub(super) const AUXILIARY: u32 = 1 << 8;
pub(super) const PRESENT_VERB: u32 = 1 << 9;
pub(super) const IRREGULAR_PAST: u32 = 1 << 10;
const NOT_ED_WORD: u32 = 1 << 11;
/// Words after which an "-ed" word is no finite verb ("been", "to", "and", …).
const NO_VERB_AFTER: u32 = 1 << 12;
const PLANS: u32 = 1 << 13;
/// A verb of speech (`claimant::SPEECH`, case kept).
pub(super) const SPEECH: u32 = 1 << 22;
/// "according", in any case.
pub(super) const ACCORDING: u32 = 1 << 23;
/// Words in "-s" that are no verb after "he" or "she" ("he always", "she thus").
const S_ADVERB: u32 = 1 << 24;
/// A lowercase word in "-s", not "-ss" or "-us": the shape of a verb's present after "he".
const S_FORM: u32 = 1 << 25;
const ANY_CASE: u32 = ACCORDING
    | PREPOSITION
    | DETERMINER
    | CONNECTOR
    | SUBORDINATOR
    | MAIN_VERB
    | ARTICLE
    | HE_SHE
    | HIS_HER
    | CLAUSE_OPENER;
const LISTS: u32 = ((1 << 15) - 1) | SPEECH | ACCORDING | S_ADVERB;
// The word's shape, of its bare form (without the full stops the word list keeps on it).
/// The word as split ends with a full stop: as written it is in no list.
const DOT: u32 = 1 << 16;
const LOWER: u32 = 1 << 17;
const ENDS_S: u32 = 1 << 18;
/// `decompose::is_participle` of the word.
pub(super) const PARTICIPLE: u32 = 1 << 19;
/// A finite verb, after the word before it in the sentence (`is_finite(words, j)`).
pub(super) const FINITE: u32 = 1 << 20;
/// A finite verb as the first word of a slice (`is_finite(&words[j..], 0)`).
pub(super) const FINITE_FIRST: u32 = 1 << 21;

/// Words that open a relative or subordinate clause, where a coordinated predicate's verbs stop
/// (`decompose::predicates`).
pub(super) const CLAUSE_OPENERS: &[&str] = &[
    "which", "who", "whom", "whose", "where", "when", "that", "while", "because", "if", "as",
    "after", "before", "until", "although",
];

/// Every list's words with their bits, built once.
static MAP: std::sync::LazyLock<FxHashMap<&'static str, u32>> = std::sync::LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, u32> = FxHashMap::default();
    let lists: [(&[&str], u32); 17] = [
        (PREPOSITIONS, PREPOSITION),
        (DETERMINERS, DETERMINER),
        (CONNECTORS, CONNECTOR),
        (SUBORDINATORS, SUBORDINATOR),
        (MAIN_VERBS, MAIN_VERB),
        (&["the", "a", "an"], ARTICLE),
        (&["he", "she"], HE_SHE),
        (&["his", "her"], HIS_HER),
        (CLAUSE_OPENERS, CLAUSE_OPENER),
        (AUX, AUXILIARY),
        (PRESENT, PRESENT_VERB),
        (IRREGULAR, IRREGULAR_PAST),
        (NOT_ED, NOT_ED_WORD),
        (
            &["been", "be", "being", "to", "and", "or", "newly", "well"],
            NO_VERB_AFTER,
        ),
        (SPEECH_VERBS, SPEECH),
        (&["according"], ACCORDING),
        (S_ADVERBS, S_ADVERB),
    ];
    for (list, bit) in lists {
        for w in list {
            *map.entry(*w).or_default() |= bit;
        }
    }
    *map.entry("plans").or_default() |= PLANS;
    map
});

/// The map's words in an open-addressed table of 4,096 slots, indexed by `slot_hash`: a word
/// in no list (most nouns, names and numbers) usually finds an empty slot at once, and a list
/// word is compared in place, ignoring ASCII case, with no lower-cased copy and no hashing of a
/// general-purpose map.
struct Table {
    /// 0 for an empty slot, else 1 + the index into `words`.
    slots: Box<[u16; SLOTS]>,
    words: Vec<(&'static str, u32)>,
}

const SLOTS: usize = 4096;

static TABLE: std::sync::LazyLock<Table> = std::sync::LazyLock::new(|| {
    let mut slots = Box::new([0u16; SLOTS]);
    let words: Vec<(&'static str, u32)> = MAP.iter().map(|(w, b)| (*w, *b)).collect();
    for (i, (w, _)) in words.iter().enumerate() {
        let mut h = slot_hash(w);
        while slots[h] != 0 {
            h = (h + 1) % SLOTS;
        }
        slots[h] = u16::try_from(i + 1).expect("fewer list words than slots");
    }
    Table { slots, words }
});

/// A 12-bit hash of `word` from its length and its first, second and last bytes, the same for
/// words equal but for ASCII case (`| 0x20` lowers an ASCII capital): constant time per word,
/// as a sentence's every word is looked up.
#[inline]
fn slot_hash(word: &str) -> usize {
    let b = word.as_bytes();
    let n = b.len();
    let (first, second, last) = (b[0] | 0x20, b[n.min(2) - 1] | 0x20, b[n - 1] | 0x20);
    let key = (n as u32) | u32::from(first) << 8 | u32::from(second) << 16 | u32::from(last) << 24;
    (key.wrapping_mul(0x9E37_79B1) >> 20) as usize
}

/// The list bits of `word`: its ASCII lower case looked up once; the lists kept in case only
/// when the word has no ASCII capital.
fn lists_of(word: &str) -> u32 {
    // No list word is longer (`in_lower_set` gives up at the same length).
    if word.is_empty() || word.len() > 32 {
        return 0;
    }
    let mut h = slot_hash(word);
    let table = &*TABLE;
    loop {
        let e = table.slots[h];
        if e == 0 {
            return 0;
        }
        let (w, bits) = table.words[usize::from(e - 1)];
        // The list words are in lower case: equal ignoring ASCII case is equal once lowered.
        if w.len() == word.len() && w.as_bytes().eq_ignore_ascii_case(word.as_bytes()) {
            let upper = word.bytes().any(|b| b.is_ascii_uppercase());
            return if upper { bits & ANY_CASE } else { bits };
        }
        h = (h + 1) % SLOTS;
    }
}

/// The bits of each word of `words` (a sentence's word list), into `out`.
pub(super) fn classify(words: &[(usize, &str)], out: &mut Vec<u32>) {
    out.clear();
    out.extend(words.iter().map(|&(_, w)| {
        let b = bare(w);
        let mut c = lists_of(b);
        if b.len() != w.len() {
            c |= DOT;
        }
        if b.starts_with(char::is_lowercase) {
            c |= LOWER;
            // `decompose::is_participle`.
            if (b.len() >= 5 && b.ends_with("ed") && c & NOT_ED_WORD == 0)
                || c & IRREGULAR_PAST != 0
            {
                c |= PARTICIPLE;
            }
        }
        if b.ends_with('s') {
            c |= ENDS_S;
            if c & LOWER != 0 && s_form(b) {
                c |= S_FORM;
            }
        }
        c
    }));
    let mut prev = None;
    for c in out.iter_mut() {
        if finite(*c, prev) {
            *c |= FINITE;
        }
        if finite(*c, None) {
            *c |= FINITE_FIRST;
        }
        prev = Some(*c);
    }
}

/// `decompose::is_finite` from the bits of the word and of the one before it (none: the first).
fn finite(c: u32, prev: Option<u32>) -> bool {
    if c & LOWER == 0 {
        return false;
    }
    let p = prev.unwrap_or(0);
    if c & (AUXILIARY | PRESENT_VERB | MAIN_VERB) != 0 {
        // "the plans", "his work" are nouns.
        return !(p & DETERMINER != 0 || (c & PLANS != 0 && p & ENDS_S != 0));
    }
    // "but he sees", "and she owns": a word in "-s" right after "he" or "she".
    if p & HE_SHE != 0 && c & S_FORM != 0 && c & S_ADVERB == 0 {
        return true;
    }
    c & PARTICIPLE != 0 && p & (DETERMINER | AUXILIARY | NO_VERB_AFTER) == 0
}

/// The bits of a word as written, full stops and all: a word that ends with one is in no list.
pub(super) fn as_written(c: u32) -> u32 {
    if c & DOT != 0 { c & !LISTS } else { c }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claims::decompose::{is_finite, is_participle};

    /// The bits answer what the lists and `is_finite` answer, for every word of every sentence
    /// of the fixtures (and a few made to hit the edges: capitals, full stops, "plans").
    #[test]
    fn bits_agree_with_the_lists_and_is_finite() {
        let mut text = String::from(
            "The plans were approved. His plans approved. Has He said. THE Senate, which voted, \
             is Said. She expanded in 2020 and Newly formed. U.S. officials said they were \
             reached. To be cited. Been cited. A red bed. Indeed the hundred cited.\n",
        );
        text.push_str(&crate::extract::claims::fixture_text());
        let mut classes = Vec::new();
        let mut checked = 0;
        for s in crate::extract::sentences::split(&text) {
            let sentence = &text[s];
            let words: Vec<_> = super::super::word_spans(sentence).collect();
            classify(&words, &mut classes);
            for (j, &(_, w)) in words.iter().enumerate() {
                let c = classes[j];
                let b = bare(w);
                assert_eq!(c & FINITE != 0, is_finite(&words, j), "{w} in {sentence}");
                assert_eq!(c & FINITE_FIRST != 0, is_finite(&words[j..], 0), "{w}");
                assert_eq!(c & PARTICIPLE != 0, is_participle(w), "{w}");
                let raw = as_written(c);
                assert_eq!(raw & PREPOSITION != 0, one_of!(PREPOSITIONS, w), "{w}");
                assert_eq!(c & PREPOSITION != 0, one_of!(PREPOSITIONS, b), "{w}");
                assert_eq!(c & DETERMINER != 0, one_of!(DETERMINERS, b), "{w}");
                assert_eq!(raw & DETERMINER != 0, one_of!(DETERMINERS, w), "{w}");
                assert_eq!(c & CONNECTOR != 0, one_of!(CONNECTORS, b), "{w}");
                assert_eq!(raw & CONNECTOR != 0, one_of!(CONNECTORS, w), "{w}");
                assert_eq!(raw & SUBORDINATOR != 0, one_of!(SUBORDINATORS, w), "{w}");
                assert_eq!(c & SUBORDINATOR != 0, one_of!(SUBORDINATORS, b), "{w}");
                assert_eq!(raw & MAIN_VERB != 0, one_of!(MAIN_VERBS, w), "{w}");
                assert_eq!(raw & ARTICLE != 0, one_of!(&["the", "a", "an"], w), "{w}");
                assert_eq!(raw & HE_SHE != 0, one_of!(&["he", "she"], w), "{w}");
                assert_eq!(raw & HIS_HER != 0, one_of!(&["his", "her"], w), "{w}");
                assert_eq!(c & CLAUSE_OPENER != 0, one_of!(CLAUSE_OPENERS, b), "{w}");
                assert_eq!(c & AUXILIARY != 0, exactly_one_of!(AUX, b), "{w}");
                assert_eq!(c & PRESENT_VERB != 0, exactly_one_of!(PRESENT, b), "{w}");
                assert_eq!(c & SPEECH != 0, exactly_one_of!(SPEECH_VERBS, b), "{w}");
                assert_eq!(
                    c & ACCORDING != 0,
                    b.eq_ignore_ascii_case("according"),
                    "{w}"
                );
                checked += 1;
            }
        }
        assert!(checked > 10_000, "only {checked} words checked");
    }
}
