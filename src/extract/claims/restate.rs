//! One fact, one claim, by meaning; and who "the company" or a bare "Park" is in a claim's wording.
//!
//! A fact is often stated twice in other words: the lede restated in a caption, a figure repeated
//! lower down. Two claims of one article are taken for the same fact when they give the same
//! normalized values, or one leaves some of the other's out (the date, often), never when a value
//! differs (that is a contradiction, for the consistency checks to report), name no different subject or claimant, agree in negation, and share enough
//! of their content words. Claims are bucketed by their values, so an article of any length costs
//! about one pass.
//!
//! The standalone wording names who a role noun or a surname means: "the company" is the
//! organisation last named, "the senator" the person last named with that title or role, and a
//! bare surname the full name given earlier, so a claim read alone says who.

use super::{RawClaim, RawValue, claimant, coref, subject};
use crate::extract::{Claimant, ClaimantKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

/// The share of content words two restatements must share when both name the same subject:
/// calibrated on the cases in the tests below (restatements reach 0.33 and more, different facts
/// of one subject and value stay under 0.25).
const SAME_SUBJECT_OVERLAP: f64 = 0.3;

/// The share when a subject is not named in one of them: the words must carry the identity.
const STRONG_OVERLAP: f64 = 0.5;

/// A claim is compared with at most this many earlier claims of each of its values, the latest
/// ones: a common value ("2024") in a long text keeps the merge linear.
const MAX_COMPARED: usize = 16;

/// Merge claims that state the same fact as an earlier claim into it, as its appearances.
pub(super) fn merge_by_meaning(
    text: &str,
    values: &[(usize, RawValue)],
    claims: &mut Vec<RawClaim>,
) {
    // A value's key → its id: keys are compared as ids, and copied once.
    let mut key_ids: FxHashMap<String, u32> = FxHashMap::default();
    let mut buf = String::new();
    // A key's id → the claims (indexes) kept so far that give it.
    let mut buckets: Vec<Vec<usize>> = Vec::new();
    let mut keys: Vec<Vec<u32>> = Vec::with_capacity(claims.len());
    // Each claim's keys as bits (an id's bit is its remainder by 64): a set whose bits are not
    // all among another's bits is not among its keys, known before a search.
    let mut bits: Vec<u64> = Vec::with_capacity(claims.len());
    let mut seen = Seen {
        words: vec![None; claims.len()],
        subject: vec![None; claims.len()],
        negated: vec![None; claims.len()],
        names: vec![None; claims.len()],
        ids: FxHashMap::default(),
        memo: FxHashMap::default(),
    };
    let mut into: Vec<Option<usize>> = vec![None; claims.len()];
    let mut candidates: Vec<usize> = Vec::new();
    for k in 0..claims.len() {
        keys.push(values_key(text, values, &claims[k], &mut key_ids, &mut buf));
        bits.push(keys[k].iter().fold(0, |b, &id| b | 1 << (id % 64)));
        if keys[k].is_empty() {
            continue;
        }
        candidates.clear();
        if let [key] = keys[k][..] {
            // One value (most claims): its bucket's latest, in order already.
            if let Some(b) = buckets.get(key as usize) {
                candidates.extend_from_slice(&b[b.len().saturating_sub(MAX_COMPARED)..]);
            }
        } else {
            for &key in &keys[k] {
                if let Some(b) = buckets.get(key as usize) {
                    candidates.extend(b.iter().rev().take(MAX_COMPARED));
                }
            }
            candidates.sort_unstable();
            candidates.dedup();
        }
        let found = candidates.iter().copied().find(|&j| {
            // One's values all among the other's: a restatement may leave out the date, never
            // give another value.
            let ((few, few_bits), (many, many_bits)) = if keys[j].len() <= keys[k].len() {
                ((&keys[j], bits[j]), (&keys[k], bits[k]))
            } else {
                ((&keys[k], bits[k]), (&keys[j], bits[j]))
            };
            few_bits & !many_bits == 0
                && few.iter().all(|x| many.binary_search(x).is_ok())
                && same_fact(text, values, claims, j, k, &mut seen)
        });
        match found {
            Some(j) => into[k] = Some(j),
            None => {
                for &key in &keys[k] {
                    let key = key as usize;
                    if buckets.len() <= key {
                        buckets.resize_with(key + 1, Vec::new);
                    }
                    buckets[key].push(k);
                }
            }
        }
    }
    if into.iter().all(Option::is_none) {
        return;
    }
    for k in 0..claims.len() {
        if let Some(j) = into[k] {
            let span = claims[k].span.clone();
            let mut more = std::mem::take(&mut claims[k].appearances);
            claims[j].appearances.push(span);
            claims[j].appearances.append(&mut more);
        }
    }
    let mut it = into.iter();
    claims.retain(|_| it.next().is_some_and(Option::is_none));
    for c in claims.iter_mut() {
        c.appearances.sort_by_key(|r| r.start);
        c.appearances.dedup();
    }
}

/// The claim's values, normalized, each as a key: kind, modifier and value (or the words when
/// the value has no normal form), as ids (`ids`, new keys given the next id), sorted. Empty for a
/// claim without values: words alone do not make two claims one fact. `buf` is a buffer reused
/// from key to key: a key is copied only the first time any claim has it.
#[inline(never)]
fn values_key(
    text: &str,
    values: &[(usize, RawValue)],
    c: &RawClaim,
    ids: &mut FxHashMap<String, u32>,
    buf: &mut String,
) -> Vec<u32> {
    let mut keys: Vec<u32> = Vec::with_capacity(c.values.len());
    for (_, v) in c.values.iter().filter_map(|&i| values.get(i)) {
        let kind: &'static str = v.kind.into();
        let modifier: &'static str = v.modifier.map_or("", Into::into);
        buf.clear();
        for piece in [kind, "\u{1}", modifier, "\u{1}"] {
            buf.push_str(piece);
        }
        match &v.value {
            Some(n) => buf.push_str(n),
            // Lower-cased in place when ASCII (most): the same as a lower-case copy.
            None => match &text[v.span.clone()] {
                w if w.is_ascii() => {
                    let from = buf.len();
                    buf.push_str(w);
                    buf[from..].make_ascii_lowercase();
                }
                w => buf.push_str(&w.to_lowercase()),
            },
        }
        keys.push(intern(ids, buf));
    }
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The id of `w` (a new word is given the next id, and copied only then).
fn intern(ids: &mut FxHashMap<String, u32>, w: &str) -> u32 {
    if let Some(&id) = ids.get(w) {
        return id;
    }
    let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
    ids.insert(w.to_string(), next);
    next
}

/// What is read off a claim once, when it is first compared: its content words and whether it
/// is negated (a claim meets many others through its values).
struct Seen<'t> {
    /// A claim's content words as ids, sorted: compared by walking two lists, not by hashing.
    words: Vec<Option<Vec<u32>>>,
    /// A claim's subject's words as ids.
    subject: Vec<Option<Vec<u32>>>,
    negated: Vec<Option<bool>>,
    /// A claim's claimant's and subject's names as `name_key` gives them: compared by
    /// `same_key` at each meeting, not lower-cased and trimmed again.
    names: Vec<Option<[Option<String>; 2]>>,
    /// A stemmed word → its id.
    ids: FxHashMap<String, u32>,
    /// A content word as written → its stem's id (`content_ids`).
    memo: FxHashMap<&'t str, u32>,
}

/// Words as ids (new words given the next id), sorted and without repeats. `each` gives the
/// words to `f` one at a time (a word may come more than once), so no set of copies is built:
/// a word is copied once, the first time any claim has it.
fn ids_of(ids: &mut FxHashMap<String, u32>, each: impl FnOnce(&mut dyn FnMut(&str))) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    each(&mut |w: &str| out.push(intern(ids, w)));
    out.sort_unstable();
    out.dedup();
    out
}

/// Do claims `j` (earlier) and `k` state the same fact? Their values are the same already.
fn same_fact<'t>(
    text: &'t str,
    values: &[(usize, RawValue)],
    claims: &[RawClaim],
    j: usize,
    k: usize,
    seen: &mut Seen<'t>,
) -> bool {
    let (a, b) = (&claims[j], &claims[k]);
    // Two facts of one sentence are two facts: the decomposition split them.
    if a.sentence == b.sentence {
        return false;
    }
    // The names' keys, made once a claim rather than at each meeting.
    for i in [j, k] {
        if seen.names[i].is_none() {
            let c = &claims[i];
            seen.names[i] = Some([
                c.claimant.as_ref().map(|x| name_key(&x.name)),
                c.subject.as_deref().map(name_key),
            ]);
        }
    }
    let key = |i: usize, n: usize| {
        seen.names[i]
            .as_ref()
            .and_then(|keys| keys[n].as_deref())
            .unwrap_or("")
    };
    let claimants = match (&a.claimant, &b.claimant) {
        (None, None) => true,
        (Some(x), Some(y)) => x.kind == y.kind && same_key(key(j, 0), key(k, 0)),
        _ => false,
    };
    if !claimants {
        return false;
    }
    let subjects = match (&a.subject, &b.subject) {
        (Some(_), Some(_)) if same_key(key(j, 1), key(k, 1)) => Some(true),
        (Some(_), Some(_)) => return false,
        _ => None,
    };
    for i in [j, k] {
        if seen.words[i].is_none() {
            seen.words[i] = Some(content_ids(
                &mut seen.ids,
                &mut seen.memo,
                text,
                values,
                &claims[i],
            ));
        }
    }
    // The subject is compared already: its words would make any two facts of it look alike.
    // Given ids of their own (a word in no claim's words matches nothing), once a claim.
    for i in [j, k] {
        if seen.subject[i].is_none() {
            seen.subject[i] = Some(ids_of(&mut seen.ids, |f| {
                subject_words(claims[i].subject.iter(), f);
            }));
        }
    }
    let none: &[u32] = &[];
    let named = [j, k].map(|i| seen.subject[i].as_deref().unwrap_or(none));
    let (Some(wa), Some(wb)) = (&seen.words[j], &seen.words[k]) else {
        return false;
    };
    if !alike(wa, wb, named, subjects == Some(true)) {
        return false;
    }
    // Asked last: most pairs differ in their words already, and few claims are negated.
    let [nj, nk] =
        [j, k].map(|i| *seen.negated[i].get_or_insert_with(|| negated(text, &claims[i])));
    nj == nk
}

/// The stemmed words of subjects, each given to `f` (a word may come more than once).
fn subject_words<'s>(subjects: impl Iterator<Item = &'s String>, f: &mut dyn FnMut(&str)) {
    // The lower-case copy in a buffer reused from word to word, made in place when ASCII.
    let mut lower = String::new();
    let mut buf = String::new();
    for w in subjects.flat_map(|s| s.split_whitespace()) {
        lower.clear();
        if w.is_ascii() {
            lower.push_str(w);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&w.to_lowercase());
        }
        f(stem(&lower, &mut buf));
    }
}

/// Do two claims' content words (`named`, the subjects' words, left out) say one thing? Some
/// words in common, and a share of them over the threshold: lower when one subject is named.
fn alike(wa: &[u32], wb: &[u32], named: [&[u32]; 2], same_subject: bool) -> bool {
    // Both lists are sorted and without repeats: one walk counts what they share; their union
    // is the rest of both.
    let mut shared = 0usize;
    let (mut x, mut y) = (0, 0);
    while let (Some(&p), Some(&q)) = (wa.get(x), wb.get(y)) {
        x += usize::from(p <= q);
        y += usize::from(q <= p);
        shared += usize::from(p == q);
    }
    let mut union = wa.len() + wb.len() - shared;
    // The subjects' words (a few) taken back out, each once, rather than each word of the walk
    // looked for among them.
    for (n, words) in named.iter().enumerate() {
        for w in words.iter() {
            if n == 1 && named[0].binary_search(w).is_ok() {
                continue;
            }
            let (in_a, in_b) = (wa.binary_search(w).is_ok(), wb.binary_search(w).is_ok());
            union -= usize::from(in_a || in_b);
            shared -= usize::from(in_a && in_b);
        }
    }
    let need = if same_subject {
        SAME_SUBJECT_OVERLAP
    } else {
        STRONG_OVERLAP
    };
    shared >= MIN_SHARED && union > 0 && shared as f64 / union as f64 >= need
}

/// Content words two restatements share at least, besides the subject: one word in common
/// ("rose") is a coincidence of wording.
const MIN_SHARED: usize = 2;

/// One name given in full and in part ("Mark Vande Hey", "Vande Hey"), ignoring case and a
/// leading "the"; a name's last words, not any words ("Park" is not "Park Avenue").
pub(super) fn same_name(x: &str, y: &str) -> bool {
    // ASCII names (most) compared in place: the same answer as lower-casing copies.
    if x.is_ascii() && y.is_ascii() {
        fn key(s: &str) -> &str {
            let s = s.trim();
            match s.get(..4) {
                Some(the) if the.eq_ignore_ascii_case("the ") => &s[4..],
                _ => s,
            }
        }
        let (x, y) = (key(x), key(y));
        let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        let cut = long.len() - short.len();
        return !short.is_empty()
            && long[cut..].eq_ignore_ascii_case(short)
            && (cut == 0 || long.as_bytes()[cut - 1] == b' ');
    }
    let key = |s: &str| {
        let s = s.trim().to_lowercase();
        match s.strip_prefix("the ") {
            Some(r) => r.to_string(),
            None => s,
        }
    };
    let (x, y) = (key(x), key(y));
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    // `long` ends with " " and `short`, without a copy.
    !short.is_empty()
        && (long == short
            || (long.len() > short.len()
                && long.ends_with(short.as_str())
                && long[..long.len() - short.len()].ends_with(' ')))
}

/// A name as `same_name` compares it: in lower case, trimmed, without a leading "the ".
fn name_key(s: &str) -> String {
    if s.is_ascii() {
        // As `same_name`'s ASCII path cuts it, then in lower case: the same as lower-casing
        // first, for ASCII.
        let s = s.trim();
        let s = match s.get(..4) {
            Some(the) if the.eq_ignore_ascii_case("the ") => &s[4..],
            _ => s,
        };
        return s.to_ascii_lowercase();
    }
    let s = s.trim().to_lowercase();
    match s.strip_prefix("the ") {
        Some(r) => r.to_string(),
        None => s,
    }
}

/// `same_name` of two names given by their `name_key`s.
fn same_key(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    !short.is_empty()
        && (long == short
            || (long.len() > short.len()
                && long.ends_with(short)
                && long[..long.len() - short.len()].ends_with(' ')))
}

/// Does the claim say "not", "never", "no"? A fact and its denial are not one fact.
fn negated(text: &str, c: &RawClaim) -> bool {
    let mut n = 0;
    for p in &c.parts {
        let piece = &text[p.clone()];
        if piece.is_ascii() {
            // Most parts: split by a byte test in one tight loop, not by the general splitter.
            // The white space is `split_whitespace`'s in ASCII (U+000B included).
            // Whole ASCII words of an ASCII piece, sliced at the white space's byte offsets:
            // no check of each word's encoding.
            let bytes = piece.as_bytes();
            let mut start = 0;
            for end in (0..=bytes.len()).filter(|&i| {
                i == bytes.len() || matches!(bytes[i], b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
            }) {
                if end > start {
                    n += usize::from(negation(&piece[start..end]));
                }
                start = end + 1;
            }
        } else {
            n += split_whitespace(piece).filter(|w| negation(w)).count();
        }
    }
    n % 2 == 1
}

/// Is `w` (a word split at white space) a negation: "not", "never", "no", "nor", "without", or a
/// word ending in "n't"?
fn negation(w: &str) -> bool {
    // Most words are none of these, and a word between letters or digits is trimmed of
    // nothing: one that neither starts with "n" or "w" nor ends with "t" is passed over.
    let b = w.as_bytes();
    let (first, last) = (b[0], b[b.len() - 1]);
    if first.is_ascii_alphanumeric()
        && last.is_ascii_alphanumeric()
        && !matches!(first, b'n' | b'N' | b'w' | b'W')
        && !matches!(last, b't' | b'T')
    {
        return false;
    }
    let w =
        w.trim_matches(|ch: char| !crate::extract::chars::is_alnum(ch) && ch != '\'' && ch != '’');
    // Compared without a lower-case copy: a claim's every word passes here.
    let ends = |suffix: &str| {
        w.len() >= suffix.len()
            && w.is_char_boundary(w.len() - suffix.len())
            && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    ["not", "never", "no", "nor", "without"]
        .iter()
        .any(|n| w.eq_ignore_ascii_case(n))
        || ends("n't")
        || ends("n’t")
}

/// `s.split_whitespace()`, with ASCII bytes tested without decoding them.
fn split_whitespace(s: &str) -> impl Iterator<Item = &str> {
    let bytes = s.as_bytes();
    let mut at = 0;
    // The width of the white space at byte `i`, 0 for none.
    let space = move |i: usize| -> usize {
        let b = bytes[i];
        if b.is_ascii() {
            // U+000B counts too, as for `char::is_whitespace`.
            usize::from(matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'))
        } else {
            let c = s[i..].chars().next().unwrap_or('x');
            if c.is_whitespace() { c.len_utf8() } else { 0 }
        }
    };
    std::iter::from_fn(move || {
        loop {
            if at >= bytes.len() {
                return None;
            }
            match space(at) {
                0 => break,
                n => at += n,
            }
        }
        let start = at;
        while at < bytes.len() && space(at) == 0 {
            at += if bytes[at].is_ascii() {
                1
            } else {
                s[at..].chars().next().map_or(1, char::len_utf8)
            };
        }
        Some(&s[start..at])
    })
}

/// Words that carry no content of their own (and numbers in words, which are values).
const STOP: &[&str] = &[
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "due",
    "during", "each", "eight", "five", "for", "four", "from", "had", "has", "have", "having", "he",
    "her", "hers", "him", "his", "i", "in", "into", "is", "it", "its", "may", "might", "more",
    "most", "nine", "of", "on", "one", "or", "our", "over", "seven", "she", "should", "six", "so",
    "some", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "three", "to", "two", "ten", "under", "up", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "whose", "will", "with", "would", "you", "your",
    "pictured", "said", "says", "say",
];

/// Deeds done to a document or a decision, in the past, the present or after a modal ("passed",
/// "signed", "would veto", "appealed"): an object "it" right after one means the document named
/// before (`Entities::object_document`).
const DOCUMENT_DEEDS: &[&str] = &[
    "pass",
    "passed",
    "passes",
    "approve",
    "approved",
    "approves",
    "sign",
    "signed",
    "signs",
    "veto",
    "vetoed",
    "vetoes",
    "reject",
    "rejected",
    "rejects",
    "block",
    "blocked",
    "blocks",
    "amend",
    "amended",
    "adopt",
    "adopted",
    "backed",
    "oppose",
    "opposed",
    "opposes",
    "challenge",
    "challenged",
    "criticized",
    "criticised",
    "welcomed",
    "praised",
    "endorse",
    "endorsed",
    "ratify",
    "ratified",
    "repeal",
    "repealed",
    "overturn",
    "overturned",
    "uphold",
    "upheld",
    "scrap",
    "scrapped",
    "shelved",
    "delay",
    "delayed",
    "introduced",
    "unveiled",
    "drafted",
    "proposed",
    "appeal",
    "appealed",
    "support",
    "supported",
    "supports",
    "enacted",
    "implement",
    "implemented",
    "suspended",
    "revised",
    "defended",
    "withdrew",
    "withdrawn",
    "struck",
    "funded",
    "debated",
    "reviewed",
];

/// The claim's content words, crudely stemmed: the words of its parts outside its values (but
/// a count's noun), not stop words.
/// Each word is given to `f` (a word may come more than once).
#[cfg(test)]
fn content_words(text: &str, values: &[(usize, RawValue)], c: &RawClaim, f: &mut dyn FnMut(&str)) {
    let (mut lower, mut buf) = (String::new(), String::new());
    content_spans(text, values, c, &mut |w| {
        if let Some(s) = content_stem(w, &mut lower, &mut buf) {
            f(s);
        }
    });
}

/// `content_words` of a claim as ids (new stems given the next id in `ids`), sorted and without
/// repeats. A word as written is stemmed and looked up once an article: `memo` keeps its id
/// (`STOP_ID` for a stop word), so a word met again costs one look-up of its text, not a
/// lower-case copy, a stop-word look-up, a stem and a look-up of the stem.
fn content_ids<'t>(
    ids: &mut FxHashMap<String, u32>,
    memo: &mut FxHashMap<&'t str, u32>,
    text: &'t str,
    values: &[(usize, RawValue)],
    c: &RawClaim,
) -> Vec<u32> {
    let (mut lower, mut buf) = (String::new(), String::new());
    // Room for a claim's words at once (most), not grown a word at a time.
    let mut out: Vec<u32> = Vec::with_capacity(32);
    content_spans(text, values, c, &mut |w| {
        let id = match memo.get(w) {
            Some(&id) => id,
            None => {
                let id = content_stem(w, &mut lower, &mut buf).map_or(STOP_ID, |s| intern(ids, s));
                memo.insert(w, id);
                id
            }
        };
        if id != STOP_ID {
            out.push(id);
        }
    });
    out.sort_unstable();
    out.dedup();
    out
}

/// The id `content_ids` remembers a stop word by (no stem is given it).
const STOP_ID: u32 = u32::MAX;

/// The stem of a word as written, `None` for a stop word: a function of the word alone. `lower`
/// and `buf` are buffers reused from word to word.
fn content_stem<'a>(w: &'a str, lower: &'a mut String, buf: &'a mut String) -> Option<&'a str> {
    // A stop word in ASCII (most words) is known without a lower-case copy; a word longer
    // than any stop word without a look-up.
    lower.clear();
    if w.is_ascii() {
        if w.len() <= STOP_LEN && one_of!(STOP, w) {
            return None;
        }
        lower.push_str(w);
        lower.make_ascii_lowercase();
    } else {
        lower.push_str(&w.to_lowercase());
        if exactly_one_of!(STOP, lower.as_str()) {
            return None;
        }
    }
    Some(stem(lower, buf))
}

/// The words of the claim's parts outside its values (but a count's noun) and without a digit,
/// as written, each given to `f` (a word may come more than once).
#[inline(never)]
fn content_spans<'t>(
    text: &'t str,
    values: &[(usize, RawValue)],
    c: &RawClaim,
    f: &mut dyn FnMut(&'t str),
) {
    // A count's noun ("1,200 jobs") says what was counted: it is content, unlike its number.
    // The other values' spans, collected once a claim rather than filtered again at each word.
    let spans: Vec<&Range<usize>> = c
        .values
        .iter()
        .filter_map(|&i| values.get(i))
        .filter(|(_, v)| v.kind != crate::extract::ValueKind::Count)
        .map(|(_, v)| &v.span)
        .collect();
    // A word `w` at byte `start` of the text, already known to hold no digit.
    let mut word = |start: usize, w: &'t str| {
        let end = start + w.len();
        if spans.iter().any(|s| s.start < end && start < s.end) {
            return;
        }
        f(w);
    };
    for p in &c.parts {
        let piece = &text[p.clone()];
        if piece.is_ascii() {
            // Most pieces: the runs of letters, digits and apostrophes, found by bytes (a
            // table read for each), a run with a digit passed over as it ends.
            let b = piece.as_bytes();
            let mut i = 0;
            while i < b.len() {
                if CONTENT_BYTE[usize::from(b[i])] == 0 {
                    i += 1;
                    continue;
                }
                let from = i;
                let mut digit = false;
                while i < b.len() {
                    match CONTENT_BYTE[usize::from(b[i])] {
                        0 => break,
                        DIGIT => digit = true,
                        _ => {}
                    }
                    i += 1;
                }
                if !digit {
                    word(p.start + from, &piece[from..i]);
                }
            }
            continue;
        }
        // A word's offset counts one byte for each separator, as it always has (a wider
        // separator, such as a dash, shifts the words after it).
        let mut at = 0;
        for w in piece
            .split(|ch: char| !(crate::extract::chars::is_alnum(ch) || ch == '\'' || ch == '’'))
        {
            let start = p.start + at;
            at += w.len() + 1;
            if !w.is_empty() && !w.bytes().any(|b| b.is_ascii_digit()) {
                word(start, w);
            }
        }
    }
}

/// `CONTENT_BYTE`'s class of an ASCII digit.
const DIGIT: u8 = 2;

/// The bytes of a content word in an ASCII piece: 1 for a letter or an apostrophe, `DIGIT` for
/// a digit, 0 for any other byte (every byte of 128 and more is 0).
const CONTENT_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if b.is_ascii_digit() {
            t[i] = DIGIT;
        } else if b.is_ascii_alphabetic() || b == b'\'' {
            t[i] = 1;
        }
        i += 1;
    }
    t
};

/// The length of the longest of `STOP`, in bytes.
const STOP_LEN: usize = len_range(STOP).1;

/// The shortest and the longest of `words`, in bytes.
const fn len_range(words: &[&str]) -> (usize, usize) {
    let (mut min, mut max, mut i) = (usize::MAX, 0, 0);
    while i < words.len() {
        let n = words[i].len();
        if n < min {
            min = n;
        }
        if n > max {
            max = n;
        }
        i += 1;
    }
    (min, max)
}

/// A crude stem, the same for both claims: "returns", "returned", "returning" → "return".
/// Written into `buf` when a suffix is replaced; otherwise a slice of `w`.
fn stem<'a>(w: &'a str, buf: &'a mut String) -> &'a str {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    for (suffix, to) in [
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("es", ""),
        ("ed", ""),
        ("ly", ""),
        ("s", ""),
    ] {
        if let Some(s) = w.strip_suffix(suffix)
            && s.chars().count() >= 3
            && !(suffix == "s" && s.ends_with('s'))
        {
            if to.is_empty() {
                return s;
            }
            buf.clear();
            buf.push_str(s);
            buf.push_str(to);
            return buf;
        }
    }
    w
}

/// Titles written before a person's name, and the role nouns that later mean that person
/// ("Sen. Ann Lee" … "the senator").
const TITLE_ROLES: &[(&str, &[&str])] = &[
    ("Senator", &["senator", "lawmaker"]),
    ("Sen", &["senator", "lawmaker"]),
    (
        "Rep",
        &["congressman", "congresswoman", "representative", "lawmaker"],
    ),
    (
        "Representative",
        &["congressman", "congresswoman", "representative", "lawmaker"],
    ),
    ("Congressman", &["congressman", "lawmaker"]),
    ("Congresswoman", &["congresswoman", "lawmaker"]),
    ("Governor", &["governor"]),
    ("Gov", &["governor"]),
    ("Mayor", &["mayor"]),
    ("President", &["president"]),
    ("Minister", &["minister"]),
    ("Chancellor", &["chancellor"]),
    ("Judge", &["judge"]),
    ("Justice", &["justice"]),
    ("Coach", &["coach"]),
    ("Secretary", &["secretary"]),
    ("Ambassador", &["ambassador"]),
    ("Sheriff", &["sheriff"]),
    ("Commissioner", &["commissioner"]),
    ("Detective", &["detective"]),
    ("General", &["general"]),
    ("Gen", &["general"]),
    ("CEO", &["chief executive", "ceo"]),
    // the second word of a title of two: "Chief Executive Sarah Okonjo", "Executive Director
    // Ana Ruiz"
    ("Executive", &["chief executive"]),
    ("Director", &["director"]),
];

/// Titles of several words ("Ohio Attorney General David Yost" … "the attorney general",
/// "Secretary of State Antony Blinken" … "the secretary of state"), in lower case, and whether
/// the title's last word alone still means the person ("the secretary", not "the general" of
/// an attorney general or "the president" of a vice president).
const MULTI_ROLES: &[(&str, bool)] = &[
    ("attorney general", false),
    ("chief executive", true),
    ("chief justice", true),
    ("defence minister", true),
    ("defence secretary", true),
    ("defense minister", true),
    ("defense secretary", true),
    ("deputy prime minister", false),
    ("district attorney", false),
    ("finance minister", true),
    ("fire chief", false),
    ("foreign minister", true),
    ("foreign secretary", true),
    ("health minister", true),
    ("health secretary", true),
    ("home secretary", true),
    ("interior minister", true),
    ("police chief", false),
    ("press secretary", false),
    ("prime minister", true),
    ("secretary general", false),
    ("secretary of state", true),
    ("treasury secretary", true),
    ("vice president", false),
];

/// The title of several words (`MULTI_ROLES`) that the words `next` open with, and how many
/// words it takes. Asked after every "the": a first word that opens no such title (most) is
/// answered by its length and first letter before anything else is read.
fn multi_role(next: &[(usize, &str)]) -> Option<(&'static str, usize)> {
    let (_, w) = *next.first()?;
    if !(4..=9).contains(&w.len())
        || !matches!(
            w.as_bytes()[0].to_ascii_lowercase(),
            b'a' | b'c' | b'd' | b'f' | b'h' | b'i' | b'p' | b's' | b't' | b'v'
        )
    {
        return None;
    }
    // The first word compared in place before anything else: a phrase is split only for the
    // words after a first word that matches.
    MULTI_ROLES.iter().find_map(|&(phrase, _)| {
        if phrase.as_bytes().get(w.len()) != Some(&b' ')
            || !phrase[..w.len()].eq_ignore_ascii_case(w)
        {
            return None;
        }
        let mut n = 1;
        for want in phrase[w.len() + 1..].split(' ') {
            let (_, got) = next.get(n)?;
            if !got.eq_ignore_ascii_case(want) {
                return None;
            }
            n += 1;
        }
        Some((phrase, n))
    })
}

/// The title of several words (`MULTI_ROLES`) that the words before a person's name end with
/// ("Ohio Attorney General", "U.S. Secretary of State"), with whether its last word alone still
/// means the person.
fn multi_role_before(title: &str) -> Option<(&'static str, bool)> {
    let title = title.trim_end();
    if !title.contains(' ') {
        return None;
    }
    let lower = title.to_ascii_lowercase();
    MULTI_ROLES.iter().copied().find(|(phrase, _)| {
        lower
            .strip_suffix(phrase)
            .is_some_and(|b| b.is_empty() || b.ends_with(' '))
    })
}

/// Roles written in lower case before a person's name ("striker Tom Reyes", "economist Ana
/// Ruiz"), each meaning that person later as "the striker".
const PERSON_ROLES: &[&str] = &[
    "activist",
    "actor",
    "actress",
    "architect",
    "artist",
    "astronaut",
    "attorney",
    "author",
    "banker",
    "biologist",
    "boxer",
    "businessman",
    "businesswoman",
    "captain",
    "chairman",
    "chairwoman",
    "champion",
    "chef",
    "chemist",
    "coach",
    "comedian",
    "composer",
    "conductor",
    "cyclist",
    "dancer",
    "defendant",
    "defender",
    "designer",
    "diplomat",
    "director",
    "doctor",
    "driver",
    "drummer",
    "economist",
    "editor",
    "engineer",
    "entrepreneur",
    "filmmaker",
    "forward",
    "founder",
    "goalkeeper",
    "golfer",
    "governor",
    "guitarist",
    "historian",
    "inventor",
    "investor",
    "jockey",
    "journalist",
    "judge",
    "lawmaker",
    "lawyer",
    "lyricist",
    "manager",
    "mathematician",
    "mayor",
    "midfielder",
    "minister",
    "musician",
    "novelist",
    "nurse",
    "painter",
    "philanthropist",
    "photographer",
    "physician",
    "physicist",
    "pianist",
    "pilot",
    "pitcher",
    "playwright",
    "poet",
    "president",
    "professor",
    "prosecutor",
    "quarterback",
    "rapper",
    "researcher",
    "scientist",
    "sculptor",
    "senator",
    "singer",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "striker",
    "surgeon",
    "suspect",
    "teacher",
    "violinist",
];

/// For each first byte, the lengths of the words of `PERSON_ROLES` (in lower case) that start
/// with it, as bits.
const PERSON_ROLE_SHAPES: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < PERSON_ROLES.len() {
        let w = PERSON_ROLES[i].as_bytes();
        assert!(w.len() < 32, "a role noun under 32 bytes");
        t[w[0] as usize] |= 1 << w.len();
        i += 1;
    }
    t
};

/// Could `w` be a word of `PERSON_ROLES`, ignoring ASCII case, by its length and first letter?
/// Asked of the word before every person's name, most of which are none.
fn person_role_shaped(w: &str) -> bool {
    (1..32).contains(&w.len())
        && PERSON_ROLE_SHAPES[usize::from(w.as_bytes()[0].to_ascii_lowercase())] & (1 << w.len())
            != 0
}

/// Role nouns that mean an organisation ("the company", "the agency"): the organisation last
/// named, or the last whose name holds the noun ("the bank" after "Bank of England").
const ORG_ROLES: &[&str] = &[
    "agency",
    "airline",
    "automaker",
    "bank",
    "board",
    "broadcaster",
    "broker",
    "brokerage",
    "carmaker",
    "carrier",
    "chain",
    "charity",
    "chipmaker",
    "club",
    "company",
    "consultancy",
    "council",
    "drugmaker",
    "exchange",
    "federation",
    "firm",
    "gallery",
    "hospital",
    "insurer",
    "league",
    "lender",
    "library",
    "manufacturer",
    "miner",
    "ministry",
    "museum",
    "publisher",
    "regulator",
    "retailer",
    "side",
    "startup",
    "union",
    "university",
    "utility",
    "watchdog",
];

/// Role nouns of institutions known by their own name ("the museum" is the Louvre or a "City
/// Museum"), never any organisation named before.
const NAMED_INSTITUTIONS: &[&str] = &["museum", "gallery", "library"];

/// "the side" of a sports story is "the club": the noun an organisation's role noun is read
/// as.
fn role_alias(noun: &str) -> &str {
    if noun == "side" { "club" } else { noun }
}

/// The shortest and the longest of `ORG_ROLES`, in bytes.
const ORG_ROLE_LEN: (usize, usize) = len_range(ORG_ROLES);

/// For each first byte, the lengths of the words of `ORG_ROLES` (in lower case) that start with
/// it, as bits.
const ORG_ROLE_SHAPES: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < ORG_ROLES.len() {
        let w = ORG_ROLES[i].as_bytes();
        assert!(w.len() < 32, "a role noun under 32 bytes");
        t[w[0] as usize] |= 1 << w.len();
        i += 1;
    }
    t
};

/// Could `w` be a word of `ORG_ROLES`, ignoring ASCII case, by its length and first letter?
fn org_role_shaped(w: &str) -> bool {
    (ORG_ROLE_LEN.0..=ORG_ROLE_LEN.1).contains(&w.len())
        && ORG_ROLE_SHAPES[usize::from(w.as_bytes()[0].to_ascii_lowercase())] & (1 << w.len()) != 0
}

/// Role nouns of a business: any of them may mean an organisation named by another ("the
/// carmaker" … "the company").
const COMMERCIAL: &[&str] = &[
    "airline",
    "automaker",
    "bank",
    "broadcaster",
    "broker",
    "brokerage",
    "carmaker",
    "carrier",
    "chain",
    "chipmaker",
    "company",
    "drugmaker",
    "firm",
    "insurer",
    "lender",
    "manufacturer",
    "miner",
    "publisher",
    "retailer",
    "startup",
    "utility",
];

/// Words of `NOT_A_BUSINESS` that make an organisation a body that governs, judges or
/// regulates (`OrgKind::Authority`).
const AUTHORITIES: &[&str] = &[
    "Administration",
    "Association",
    "Authority",
    "Bureau",
    "Commission",
    "Committee",
    "Congress",
    "Court",
    "Department",
    "Government",
    "Ministry",
    "Office",
    "Parliament",
    "Police",
    // A central bank ("the Federal Reserve") sets rates and regulates banks: no club's or
    // company's name.
    "Reserve",
    "Senate",
];

/// Words in an organisation's name that make it a public body, a party, a school, a newspaper:
/// not what "the company" or "the carmaker" means.
const NOT_A_BUSINESS: &[&str] = &[
    "Academy",
    "Administration",
    "Agency",
    "Army",
    "Assembly",
    "Association",
    "Authority",
    "Board",
    "Bureau",
    "Center",
    "Centre",
    "Church",
    "City",
    "Clinic",
    "College",
    "Commission",
    "Committee",
    "Congress",
    "Council",
    "County",
    "Court",
    "Department",
    "Federation",
    "Force",
    "Foundation",
    "Government",
    "Hospital",
    "House",
    "Institute",
    "Journal",
    "League",
    "Ministry",
    "Navy",
    "Office",
    "Parliament",
    "Party",
    "Police",
    "Post",
    "Program",
    "Reserve",
    "School",
    "Senate",
    "Service",
    "Society",
    "Survey",
    "Times",
    "Tribune",
    "Union",
    "University",
];

/// How many organisations named last a role noun may mean.
const RECENT_ORGS: usize = 8;

/// What an organisation is, as its name or the role noun beside it says: a role noun ("union",
/// "carmaker"), a public body or the like (`NOT_A_BUSINESS`), or nothing known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OrgKind {
    Role(&'static str),
    Institution,
    /// A public body that governs, judges or regulates ("Football Association", "Supreme
    /// Court", "Justice Department"): an institution that is never "the club".
    Authority,
    /// A body of members, known by what it has ("The UAW has 370,000 members"): a union, a
    /// league, a federation or a club, no business.
    Members,
    /// A news outlet, known by what it does here ("…, Reuters reported"): what "the club" or
    /// "the company" of the story means is the story's, not the outlet's.
    Outlet,
    Unknown,
}

/// The kind of the organisation `name`, with `before` and `after` the words next to it ("the
/// carmaker Vantor", "the United Auto Workers union").
fn org_kind(name: &str, before: &str, after: &str) -> OrgKind {
    // It runs for every organisation named: the lists are hash sets built once, and a word is
    // lower-cased on the stack (the roles are lower-case ASCII, as `eq_ignore_ascii_case` reads
    // them).
    static ROLES: std::sync::LazyLock<FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| ORG_ROLES.iter().copied().collect());
    static INSTITUTIONS: std::sync::LazyLock<FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| NOT_A_BUSINESS.iter().copied().collect());
    let lookup = |w: &str| -> Option<&'static str> {
        // Most words are of no role's first letter and length: passed over before a copy and
        // a hash.
        if !org_role_shaped(w) {
            return None;
        }
        let mut buf = [0u8; 24];
        let b = buf.get_mut(..w.len())?;
        b.copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        let k = std::str::from_utf8(b).ok()?;
        ROLES.get(k).copied()
    };
    let role = |w: &str| {
        // `w.trim_end_matches(['.', ',', 's'])`, by bytes: all three are ASCII.
        let cut = w
            .bytes()
            .rev()
            .take_while(|b| matches!(b, b'.' | b',' | b's'))
            .count();
        lookup(&w[..w.len() - cut]).or_else(|| lookup(w))
    };
    // "…, the BBC reported", "Reuters reports", "told CNBC": a news outlet.
    // Only a verb that ends the clause: "Harlow Foods reported a loss" is a company's deed.
    if before == "told" || matches!(after, "reported." | "reported," | "reports." | "reports,") {
        return OrgKind::Outlet;
    }
    // "according to LSEG data", "FactSet estimates showed": a source of figures about the
    // story's companies, none of them.
    if matches!(
        after.trim_end_matches(['.', ',']),
        "data" | "figures" | "estimates" | "calculations" | "polling"
    ) {
        return OrgKind::Outlet;
    }
    for w in std::iter::once(before)
        .chain(super::split_space(name))
        .chain(std::iter::once(after))
    {
        if let Some(r) = role(w) {
            return OrgKind::Role(role_alias(r));
        }
    }
    // "United Auto Workers", "Communications Workers of America", "the Teamsters": a union
    // named by its members ("Workers' Party" is a party).
    if name
        .split(' ')
        .any(|w| matches!(w, "Workers" | "Teamsters" | "Steelworkers"))
        && !name.contains("Party")
    {
        return OrgKind::Role("union");
    }
    // "National Institutes of Health", "Centers for Disease Control": in the plural too.
    if name.split(' ').any(|w| {
        let w = w.trim_end_matches('.');
        INSTITUTIONS.contains(w)
            || w.strip_suffix('s')
                .is_some_and(|x| INSTITUTIONS.contains(x))
    }) {
        // "Manchester City" is a club; the "Football Association" fines one.
        let governs = name
            .split(' ')
            .any(|w| exactly_one_of!(AUTHORITIES, w.trim_end_matches('.')));
        return if governs {
            OrgKind::Authority
        } else {
            OrgKind::Institution
        };
    }
    // "Fitch Ratings", "S&P Global Ratings": an agency that rates companies is not what "the
    // company" means in a story about one.
    if name.ends_with(" Ratings") {
        return OrgKind::Role("agency");
    }
    OrgKind::Unknown
}

/// Do the words after a name say it has members ("has 370,000 members", "represents 1,500
/// members", "has more than 2 million members"): a body of members (`OrgKind::Members`)?
fn of_members(after: &str) -> bool {
    let mut ws = after.split(' ').skip(1);
    matches!(
        ws.next(),
        Some("has" | "have" | "had" | "represents" | "counts")
    ) && ws
        .take(5)
        .take_while(|w| !w.ends_with([',', ';']) || w.starts_with("member"))
        .any(|w| w.trim_end_matches(['.', ',', ';']) == "members")
}

/// The role noun after one lower-case word of its kind after a name: "trade union" of "the
/// SIPTU trade union", "football club", "rail operator" (the noun's own word right after the
/// name is read by `org_kind`).
fn role_after_kind(after: &str) -> Option<&'static str> {
    let mut ws = after.strip_prefix(' ')?.split(' ');
    let kind = ws.next()?;
    let noun = ws.next()?.trim_end_matches([',', '.']);
    if kind.len() < 3 || !kind.bytes().all(|b| b.is_ascii_lowercase()) || !org_role_shaped(noun) {
        return None;
    }
    ORG_ROLES
        .iter()
        .find(|&&r| r == noun)
        .map(|&r| role_alias(r))
}

/// Is the name between `lead` (the words before it) and `after` (the words after it) a source
/// cited for figures: "according to Deloitte", "data from LSEG", "a survey by Gallup", "…, IDC
/// estimated."? Such a source speaks of the story's companies, clubs or leagues and is none of
/// them: no role noun ("the company", "the league") means it but its own ("the consultancy").
fn cited_source(lead: &str, after: &str) -> bool {
    // "…, IDC estimated.": a tag put last whose verb says it reckoned the figures.
    let next = after.split(' ').find(|w| !w.is_empty()).unwrap_or("");
    if matches!(
        next,
        "estimated." | "estimated," | "estimates." | "estimates,"
    ) {
        return true;
    }
    let lead = lead.trim_end();
    // Most names have no preposition of a source before them: one byte says so.
    if !lead.ends_with(['o', 'm', 'y']) {
        return false;
    }
    let mut back = lead.rsplit(' ');
    let prep = back.next().unwrap_or("");
    let noun = back.next().unwrap_or("");
    match prep {
        "to" => noun.eq_ignore_ascii_case("according"),
        "from" | "by" => [
            "data",
            "figures",
            "estimates",
            "forecasts",
            "survey",
            "report",
            "study",
            "analysis",
            "compiled",
            "research",
            "calculations",
            "poll",
            "index",
        ]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(noun)),
        _ => false,
    }
}

/// Does `after` (the words after a name) say what only a club does: sign, sack or appoint a
/// player or a manager named by their role ("signed midfielder …", "sacked head coach …",
/// "has appointed Tom Hale as manager" is not read)?
fn club_deed(after: &str) -> bool {
    let mut ws = after.split(' ').skip(1);
    let verb = ws.next().unwrap_or("");
    let verb = if matches!(verb, "has" | "have") {
        ws.next().unwrap_or("")
    } else {
        verb
    };
    if !matches!(
        verb,
        "signed" | "sacked" | "fired" | "appointed" | "hired" | "sold" | "loaned" | "released"
    ) {
        return false;
    }
    let mut role = ws.next().unwrap_or("");
    if matches!(
        role,
        "head" | "assistant" | "former" | "veteran" | "young" | "teenage"
    ) {
        role = ws.next().unwrap_or("");
    }
    matches!(
        role,
        "midfielder"
            | "defender"
            | "striker"
            | "forward"
            | "winger"
            | "goalkeeper"
            | "keeper"
            | "centre-back"
            | "center-back"
            | "full-back"
            | "playmaker"
            | "manager"
            | "coach"
            | "quarterback"
            | "pitcher"
            | "shortstop"
            | "guard"
            | "linebacker"
    )
}

/// Nouns of an analyst's view of a company ("its price target on", "its rating for").
const ANALYST_NOUNS: &[&str] = &[
    "target",
    "targets",
    "rating",
    "ratings",
    "outlook",
    "recommendation",
    "estimate",
    "estimates",
    "forecast",
    "forecasts",
    "stance",
    "view",
];

/// Does `gap`, the words between an organisation's name and "the" of a role noun after it, make
/// the name the doer of a deed done to that role noun: one verb ("UEFA fined the club", "Fitch
/// upgraded the company"), after an auxiliary or a day ("has fined", "on Monday fined"), or an
/// analyst's view put on it ("Goldman Sachs raised its price target on the company", "cut
/// their rating for the company")? Not a verb of speech ("Acme said the company …"), nor "is"
/// ("Nvidia is the chipmaker" names it again). `aux` allows the auxiliary and the day.
fn acted_on(gap: &str, aux: bool) -> bool {
    let Some(inner) = gap.strip_prefix(' ').and_then(|g| g.strip_suffix(' ')) else {
        return false;
    };
    let mut ws = inner.split(' ');
    let mut verb = ws.next().unwrap_or("");
    if aux {
        // "on Monday fined", "has fined", "also fined".
        if verb == "on"
            && ws
                .next()
                .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            verb = ws.next().unwrap_or("");
        }
        if matches!(verb, "has" | "have" | "had" | "also" | "then") {
            verb = ws.next().unwrap_or("");
        }
    }
    if verb.len() < 3
        || !verb.bytes().all(|b| b.is_ascii_lowercase())
        || claimant::is_speech_verb(verb)
        || (aux
            && matches!(
                verb,
                "is" | "was"
                    | "are"
                    | "were"
                    | "became"
                    | "becomes"
                    | "remains"
                    | "remained"
                    | "joined"
                    | "joins"
                    | "called"
                    | "named"
            ))
    {
        return false;
    }
    let Some(own) = ws.next() else {
        return true;
    };
    // "raised its price target on": the owner's word, up to three words of the view, the
    // preposition last.
    let mut n = 0;
    let mut view = false;
    let mut prep = "";
    for w in ws {
        n += 1;
        view |= one_of!(ANALYST_NOUNS, w);
        prep = w;
    }
    // "opened an investigation into the club's finances", "filed a lawsuit against the
    // company": a proceeding brought against it, a noun and its article before "into" or
    // "against".
    let proceeding =
        matches!(own, "a" | "an") && (2..=3).contains(&n) && matches!(prep, "into" | "against");
    proceeding
        || (matches!(own, "its" | "their")
            && (2..=4).contains(&n)
            && view
            && matches!(prep, "on" | "for"))
}

/// Does "the" or "The" stand right before byte `at` of `sentence` ("the Federal Reserve"), as
/// it never does before a person's name ("the late John Smith" has a word between)?
pub(super) fn after_the(sentence: &str, at: usize) -> bool {
    sentence.get(..at).is_some_and(|b| {
        let b = b.strip_suffix(' ').unwrap_or("");
        (b.ends_with("the") || b.ends_with("The"))
            && !b[..b.len() - 3]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
    })
}

/// Is `name` a people's adjective ("British", "Japanese") or a country ("Japan", "the United
/// States"): no business or club that "the bank" or "the company" of the next sentence may mean,
/// so no rival to the lone name a sentence was about ("Barclays cut its forecast for British
/// growth. The bank now expects …")?
fn place_not_rival(name: &str) -> bool {
    subject::country_of(name).is_some() || subject::country_name(name).is_some()
}

/// Is the name an event's or a term's written like an organisation's ("FA Cup", "U.S. Open",
/// "Olympic Games", "AI", "GDP"), which no role noun ("the club", "the company") means? "Wall
/// Street" is the markets ("above Wall Street estimates"), no company of them.
fn event_or_term(name: &str) -> bool {
    let last = super::last_word(name);
    name == "Wall Street"
        || matches!(
            last,
            "Cup"
                | "Open"
                | "Championship"
                | "Championships"
                | "Games"
                | "Olympics"
                | "Series"
                | "Prize"
                | "Trophy"
                | "Bowl"
                | "Marathon"
                | "Festival"
                | "Awards"
                | "Classic"
        )
        // "Global IT spending": a term's acronym after a capital that only opens the sentence.
        || ((!name.contains(' ') || last.bytes().all(|b| b.is_ascii_uppercase()))
            && matches!(
                last,
                "AI" | "GDP"
                    | "IT"
                    | "CPI"
                    | "EV"
                    | "EVs"
                    | "IPO"
                    | "COVID"
                    | "HIV"
                    | "AIDS"
                    | "DNA"
                    | "ETF"
                    | "VAT"
                    | "GPS"
                    | "TV"
                    | "PC"
                    | "ICU"
                    | "MVP"
                    | "NFT"
                    | "LNG"
                    | "5G"
            ))
}

/// May the role noun `noun` ("the company") mean an organisation of kind `kind`?
fn role_fits(noun: &str, kind: OrgKind) -> bool {
    let business = COMMERCIAL.contains(&noun);
    match kind {
        // "the ministry", "the university", "the hospital": one named with the word (a
        // committee or a club is none of them).
        OrgKind::Unknown | OrgKind::Institution | OrgKind::Authority
            if matches!(noun, "ministry" | "university" | "hospital") =>
        {
            false
        }
        // "the museum", "the gallery": one named with the word, or the Louvre or the Tate
        // Modern the last sentences were about (`org_of_role`); no other organisation.
        OrgKind::Unknown | OrgKind::Institution | OrgKind::Authority
            if one_of!(NAMED_INSTITUTIONS, noun) =>
        {
            false
        }
        // "The council raised fees", "the board approved": a body of that kind named before
        // with the noun ("the Oakdale City Council", "the Board of Education", read by
        // `Entities::roles`), never another organisation ("Manchester City" is no council,
        // Apple's board is not Apple); none named, the noun stays as written.
        _ if matches!(noun, "council" | "board") => matches!(kind, OrgKind::Role(r) if r == noun),
        // "The regulator fined it", "the exchange said": a public body or a market, named as
        // one; never a name of unknown kind (a bank, a broker the story was about).
        // "The union wants …", "the league said": a body of members or clubs, named as one
        // ("the SIPTU trade union", "the Premier League"); never a name of unknown kind (Apple,
        // Deloitte), which the noun kept as written is better than.
        OrgKind::Unknown
            if matches!(
                noun,
                "regulator" | "watchdog" | "exchange" | "federation" | "union" | "league"
            ) =>
        {
            false
        }
        OrgKind::Unknown => true,
        OrgKind::Role(r) => r == noun || (business && same_trade(noun, r)),
        // A public body may be "the agency", "the board" or "the regulator" (and a city's
        // side "the club"); "the union" or "the charity" is one named as such ("the union"
        // after the "Popular Mobilization Forces" is some union).
        // "The league" is one named as a league ("the highest in the league" after Manchester
        // City is no club's).
        OrgKind::Institution => !business && !matches!(noun, "union" | "charity" | "league"),
        // A body that fines or judges a club is none.
        OrgKind::Authority => !business && !matches!(noun, "union" | "charity" | "club" | "league"),
        OrgKind::Outlet => matches!(noun, "publisher" | "broadcaster" | "consultancy"),
        OrgKind::Members => matches!(noun, "union" | "league" | "federation" | "club" | "charity"),
    }
}

/// Business nouns of no one trade: any business may be called so.
const ANY_TRADE: &[&str] = &["company", "firm", "startup"];

/// Business nouns of one trade, with the other nouns the same business may be called ("the
/// carmaker" … "the automaker", "the bank" … "the lender"); "the airline" is not a carmaker.
const TRADES: &[&[&str]] = &[
    &["airline", "carrier"],
    &["automaker", "carmaker", "manufacturer"],
    &["chipmaker", "manufacturer"],
    &["drugmaker", "manufacturer"],
    &["bank", "lender"],
    &["broker", "brokerage"],
    &["broadcaster", "publisher"],
];

/// May a business called `a` be called `b` (both of `COMMERCIAL`)?
fn same_trade(a: &str, b: &str) -> bool {
    a == b
        || (COMMERCIAL.contains(&a) && COMMERCIAL.contains(&b))
            && (ANY_TRADE.contains(&a)
                || ANY_TRADE.contains(&b)
                || TRADES.iter().any(|t| t.contains(&a) && t.contains(&b)))
}

/// The people and organisations named so far in an article, for the wording of later claims.
#[derive(Default)]
pub(super) struct Entities {
    /// A surname, or the words after the first name ("Vande Hey"), → the full name; `None` when
    /// two people named so far share it.
    full: FxHashMap<String, Option<String>>,
    /// The keys of `full` by the shape of their last word (`last_word_bit`): a capitalised run of
    /// a wording whose last word has no key's shape is no key, and is passed over without
    /// taking its title off or hashing it.
    full_last: [u64; 4],
    /// A role noun ("senator", "chief executive", "company") → the entity last named with it.
    roles: FxHashMap<&'static str, String>,
    /// The organisations last named, the latest last, with what each is.
    orgs: Vec<(String, OrgKind)>,
    /// Organisations named after "the" ("the World Health Organization", "the FBI"): "the
    /// agency" that means one is worded with its article.
    with_the: FxHashSet<String>,
    /// Names of two words or more that are an organisation's or were written after "the" ("the
    /// Federal Reserve", "the National Institute of Economic Research"), the last few: what "The
    /// Reserve", "The Institute" means (`Entities::org_by_word`).
    long_names: Vec<String>,
    /// The organisation a sentence was last about (its subject), with what it is, and whether
    /// it was in an earlier paragraph: "the club" means it before an organisation named after
    /// it in passing ("Manchester United beat Manchester City … The club has won …").
    subject_org: Option<(String, OrgKind, bool)>,
    /// The name the last sentence with a subject was about, when that was neither a person nor
    /// an organisation on its face ("Ford recalled 2,000 cars", "Apple unveiled a phone"), and
    /// whether it was in an earlier paragraph: what "the automaker" or "the club" said next
    /// means when no organisation of the article fits; and whether the sentence named no other
    /// such name ("California sued Exxon": "the company" may be Exxon).
    subject_name: Option<(String, bool, bool)>,
    /// Organisations that did something to a role noun ("UEFA fined the club", "Goldman Sachs
    /// raised its price target on the company"), with that noun: a regulator, a court or an
    /// analyst that acts on "the club" is never what "the club" means later (`acted_on`).
    not_role: Vec<(&'static str, String)>,
    /// The person a sentence said died ("Margaret Ellison … died Sunday"): whom "She is
    /// survived by …" means, whoever was named since.
    deceased: Option<String>,
    /// Who a pronoun may mean: the people and organisations named just before.
    window: coref::Window,
    /// Whether each name of the sentence being noted is a person's (`None`: not asked).
    known: Vec<Option<bool>>,
    /// Names the article shows to be companies by the words around them, though nothing in the
    /// name says so ("Boeing shares", "chief executive of Nvidia", "Boeing lost …, the company
    /// said").
    companies: FxHashSet<String>,
    /// Of `companies`, those the next sentence called by an organisation's role noun ("Real
    /// Madrid …. The club said"): that noun, the kind "the club" or "the bank" reads it as.
    body_roles: FxHashMap<String, &'static str>,
    /// The company whose shares or stock were named last ("Apple's shares rose", "Shares of
    /// Nike fell", "Tesla stock jumped"): what "The stock" or "The shares" at the head of a
    /// later claim means (`shares_owner`), until another organisation, another sentence's
    /// subject or the stock market is named.
    shares_of: Option<String>,
    /// `claimant::is_org` of each name asked so far: the same names come back sentence after
    /// sentence, and the answer is the name's alone.
    org_faced: std::cell::RefCell<FxHashMap<String, bool>>,
}

/// Words after a company's name, or after its possessive, that only a company has ("Boeing
/// shares fell", "Nvidia’s chief executive").
const COMPANY_AFTER: &[&str] = &[
    "shares",
    "stock",
    "CEO",
    "chief executive",
    "chief financial officer",
    "shareholders",
    "stockholders",
    "market value",
    "quarterly revenue",
    "quarterly profit",
    "quarterly earnings",
    "reported revenue",
    "reported quarterly",
    "reported net",
];

/// The first bytes of `COMPANY_AFTER`'s words.
const COMPANY_AFTER_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < COMPANY_AFTER.len() {
        t[COMPANY_AFTER[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};

/// Words before a company's name that only a company has ("the chief executive of Boeing").
const COMPANY_BEFORE: &[&str] = &[
    "chief executive of",
    "CEO of",
    "shares of",
    "shares in",
    "Shares of",
    "Shares in",
    "stake in",
    "shareholders of",
];

/// Does the sentence name the shares or the stock of the organisation between `before` (the
/// words before it) and `after` (the words after it): "Apple's shares", "Tesla stock", "Shares
/// of Nike", "shares in Rio Tinto" (not "the Nasdaq stock market")?
fn names_its_shares(before: &str, after: &str) -> bool {
    let owned = after
        .strip_prefix("'s")
        .or_else(|| after.strip_prefix("’s"))
        .unwrap_or(after);
    if let Some(r) = owned
        .strip_prefix(" shares")
        .or_else(|| owned.strip_prefix(" stock"))
    {
        return r.starts_with([' ', ',', '.'])
            && !r
                .trim_start_matches([' ', ','])
                .split([' ', ',', '.'])
                .next()
                .is_some_and(|w| matches!(w, "market" | "exchange" | "index" | "indexes"));
    }
    let b = before.trim_end();
    b.len() >= 9
        && b.get(b.len() - 9..).is_some_and(|t| {
            t.eq_ignore_ascii_case("shares of") || t.eq_ignore_ascii_case("shares in")
        })
        && b[..b.len() - 9]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// Does `sentence` speak of a market's shares: "stock market", "stock index", "Stocks", "the
/// shares index"?
fn of_the_market(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    [
        // ("Stock market", "stock market")
        &b"tock market"[..],
        b"stock index",
        b"Stocks ",
        b" stocks",
        b"shares index",
    ]
    .iter()
    .any(|w| memchr::memmem::find(b, w).is_some())
}

/// Is the name after `before` (the sentence up to it, trimmed) a house that employs analysts
/// ("Analysts at Barclays", "economists at Goldman Sachs", "a strategist at Jefferies"): a
/// business, which "the bank" of the next sentence may mean?
fn employs_analysts(before: &str) -> bool {
    before.ends_with(" at") && one_of!(ANALYSTS, super::last_word(&before[..before.len() - 3]))
}

/// Those who comment on a business for the house they work at ("analysts at Barclays").
const ANALYSTS: &[&str] = &[
    "analysts",
    "analyst",
    "economists",
    "economist",
    "strategists",
    "strategist",
];

/// Do the words after a name report a business's results: "reported" or "posted" among the
/// first three ("on Wednesday reported"), then "revenue", "profit", "earnings", "sales" or a
/// "loss" among the six after it ("posted a quarterly profit", "reported a 12% fall in
/// first-half profit")?
fn reports_results(after: &str) -> bool {
    // Most names are followed by neither verb: one byte search says so.
    let head = &after.as_bytes()[..after.len().min(40)];
    if memchr::memmem::find(head, b"report").is_none()
        && memchr::memmem::find(head, b"posted").is_none()
    {
        return false;
    }
    let mut words = super::split_space(after.trim_start());
    words
        .by_ref()
        .take(3)
        .any(|w| one_of!(&["reported", "posted", "reports", "posts"], w))
        // Within its object ("reported a 12% fall in first-half profit"), not in a clause of
        // what it reported ("The Times reported on Tuesday that revenue …").
        && words
            .take(6)
            // Nor another's ("posted a video about Tesla's sales").
            .scan(true, |open, w| {
                let go = *open
                    && !matches!(w, "that" | "about" | "of")
                    && !w.starts_with(|c: char| c.is_uppercase())
                    && !w.ends_with("'s")
                    && !w.ends_with("’s");
                *open = !w.ends_with(',');
                go.then_some(w)
            })
            .any(|w| {
                let w = w.trim_end_matches(['.', ',']);
                one_of!(
                    &[
                        "revenue", "revenues", "profit", "profits", "earnings", "sales", "loss",
                        "income"
                    ],
                    w
                )
            })
}

/// May `name`, which reads as a person's (two or three plain words), be a company's the words
/// around it show to be one ("Rio Tinto", "Anglo American"): no title or given name opens it,
/// and its last word is no surname of a person the article named?
pub(super) fn plain_company_name(name: &str, surnames: &FxHashSet<String>) -> bool {
    let first = name.split(' ').next().unwrap_or("");
    !subject::lone_given_name(first)
        && !claimant::is_title(first.trim_end_matches('.'))
        && !surnames.contains(super::last_word(name))
}

/// The words of a company's name that say it is one ("Veltrix Corp.", "Acme Inc").
const COMPANY_SUFFIXES: &[&str] = &["Inc", "Corp", "Co", "Ltd", "LLC", "plc", "PLC", "AG", "SA"];

/// An organisation's name as written, with the full stop of an abbreviation at its end ("Veltrix
/// Corp.") but not a sentence's.
pub(super) fn org_name(name: &str) -> &str {
    let bare = name.trim_end_matches('.');
    if bare.len() < name.len() && subject::is_abbreviation(super::last_word(bare)) {
        &name[..=bare.len()]
    } else {
        bare
    }
}

/// What the words around a sentence's name say of its being a company's, read from the sentence
/// alone (pass one reads it ahead of pass two, which alone knows the people named before).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct CompanyCues {
    /// A business's words around the name: "Boeing shares", "shares of Boeing", "carmaker
    /// Ford", "…, the company said", "Nimbus, a startup".
    any: bool,
    /// What a business does or is: results reported, a business's role noun before it, an
    /// appositive of a business's kind.
    business: bool,
}

/// The `CompanyCues` of each of `names` (a sentence's, `subject::names_in`), into `out`.
pub(super) fn company_cues(sentence: &str, names: &[(usize, &str)], out: &mut Vec<CompanyCues>) {
    out.clear();
    let dateline = subject::dateline_end(sentence);
    for (k, &(at, name)) in names.iter().enumerate() {
        let after = &sentence[at + name.len()..];
        let after = after
            .strip_prefix("'s")
            .or_else(|| after.strip_prefix("’s"))
            .unwrap_or(after);
        // Most words after a name start with no word of the list: one look-up says so.
        let followed = after.strip_prefix(' ').is_some_and(|r| {
            r.as_bytes()
                .first()
                .is_some_and(|&b| COMPANY_AFTER_FIRST[usize::from(b)])
                && COMPANY_AFTER.iter().any(|w| {
                    r.strip_prefix(w)
                        .is_some_and(|t| !t.starts_with(|c: char| c.is_alphanumeric()))
                })
        });
        // "Nvidia on Wednesday reported third-quarter revenue", "Delta posted a quarterly
        // profit": results reported, a few words apart.
        let results = reports_results(after);
        let followed = followed || results;
        let before = sentence[..at].trim_end();
        // Each phrase before ends with "of", "in" or "the": one test tells most names apart.
        let preceded = [b"of", b"in", b"he"]
            .iter()
            .any(|e| before.as_bytes().ends_with(*e))
            && COMPANY_BEFORE.iter().any(|w| {
                before
                    .strip_suffix(w)
                    .is_some_and(|b| b.is_empty() || b.ends_with(|c: char| !c.is_alphanumeric()))
                    || before
                        .strip_suffix(" the")
                        .and_then(|b| b.strip_suffix(w))
                        .is_some()
            });
        // "British retailer Tesco", "US carmaker Ford", "smartphone maker Xiaomi": a
        // business's role noun right before the name.
        // A lower-case word of a role noun's length first: most names have none before.
        let b = before.as_bytes();
        let role = b.len() >= 5
            // Each of those nouns ends in "r", "y", "p" or "e" and has five letters or more.
            && matches!(b[b.len() - 1], b'r' | b'y' | b'p' | b'e')
            && b[b.len() - 4] != b' '
            && before.rsplit(' ').next().is_some_and(|w| {
            (5..=12).contains(&w.len())
                && w.as_bytes()[0].is_ascii_lowercase()
                && (w == "maker" || one_of!(COMMERCIAL, w))
        });
        // The first name, at the head of the sentence (or of the story after a dateline,
        // "TOKYO — Microsoft will …"), of "…, the company said".
        let head = match dateline {
            Some(d) if at >= d => sentence[d..at].trim_end(),
            _ => before,
        };
        let tagged = (k == 0 || head.len() < before.len())
            && (head.is_empty() || head == "The")
            // Found by its comma (a byte search), not by a search for the whole phrase.
            && sentence.match_indices(',').any(|(c, _)| {
                let tail = &sentence[c + 1..];
                // "Starlane’s network has 6,000 satellites, according to the company."
                if let Some(noun) = tail.strip_prefix(" according to the ") {
                    let noun = noun.trim_end_matches(['.', ' ', '\n']);
                    return noun.ends_with("maker") || COMMERCIAL.contains(&noun);
                }
                let Some(rest) = tail.strip_prefix(" the ") else {
                    return false;
                };
                // "Boeing delivered 24 jets, the planemaker said": any business's noun.
                rest.split_once(' ').is_some_and(|(noun, r)| {
                    (noun.ends_with("maker") || COMMERCIAL.contains(&noun))
                        && r.split([' ', '.', ',']).next().is_some_and(claimant::is_speech_verb)
                })
            });
        // "Nimbus, a startup based in Austin,", "Veltrix, the chipmaker": an appositive
        // that names a business's kind within its first words.
        // "Nimbus is a cloud startup": the same after "is" or "was".
        let described = [", ", " is ", " was "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .is_some_and(|r| {
                let mut ws = super::split_space(r);
                one_of!(&["a", "an", "the"], ws.next().unwrap_or(""))
                    && ws.clone().take(4).any(|w| {
                        let w = w.trim_end_matches([',', '.']);
                        w.ends_with("maker") || one_of!(COMMERCIAL, w)
                    })
                    // "… plant in Ames, the company said": a speaker's tag after the name,
                    // not an appositive of it ("Nvidia, the chipmaker, reported" is one: a
                    // comma closes it before the verb).
                    && !ws.take(4).take_while(|w| !w.ends_with(',')).any(|w| {
                        claimant::is_speech_verb(w.trim_end_matches([',', '.']))
                    })
            });
        // The words around the name first: most names have none of them.
        // "Rio Tinto reported a fall in profit", "miner Anglo American", "Rio Tinto, the
        // world's largest iron ore miner,": what a business does or is, said of a name of
        // plain words that could be a person's, makes it a company unless a person's given
        // name opens it or its last word is the surname of a person named.
        let employer = employs_analysts(before);
        let business = results || role || described || employer;
        out.push(CompanyCues {
            any: followed || preceded || tagged || role || described || employer,
            business,
        });
    }
}

impl Entities {
    /// Is `name` an organisation's: on its face (`claimant::is_org`), or as a company the
    /// article showed it to be?
    pub(super) fn is_org(&self, name: &str) -> bool {
        let on_face = {
            let mut memo = self.org_faced.borrow_mut();
            match memo.get(name) {
                Some(&org) => org,
                None => {
                    let org = claimant::is_org(name);
                    memo.insert(name.to_string(), org);
                    org
                }
            }
        };
        on_face || (!self.companies.is_empty() && self.companies.contains(name))
    }

    /// The kind of the organisation named before whose initials `name` is, when `name` is an
    /// acronym ("FA" after the "Football Association", "FTC" after the "Federal Trade
    /// Commission"; "of", "and", "for", "the" have none).
    fn acronym_kind(&self, name: &str) -> Option<OrgKind> {
        if !(2..=6).contains(&name.len()) || !name.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        self.orgs.iter().rev().find_map(|(full, kind)| {
            let mut initials = full
                .split(' ')
                .filter(|w| {
                    !w.is_empty() && !matches!(*w, "of" | "and" | "for" | "the" | "on" | "&")
                })
                .map(|w| w.as_bytes()[0]);
            (full.len() > name.len()
                && name.bytes().all(|b| initials.next() == Some(b))
                && initials.next().is_none())
            .then_some(*kind)
        })
    }

    /// Was `name` last named as a news outlet that reports ("…, the official news agency WAFA
    /// reported", "Reuters reported", "told CNBC")? What "the army" or "the ministry" of the
    /// story means is never the outlet that tells it.
    pub(super) fn is_outlet(&self, name: &str) -> bool {
        self.orgs
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .is_some_and(|(_, k)| matches!(k, OrgKind::Outlet))
    }

    /// Was `name` named before as an organisation (one of the last few, or a company the
    /// article showed it to be)? "Tesla executives said" after "Tesla cut prices".
    pub(super) fn named_org(&self, name: &str) -> bool {
        self.orgs.iter().any(|(n, _)| n == name)
            || (!self.companies.is_empty() && self.companies.contains(name))
    }

    /// Learn from a sentence which of its names are companies by the words around them: "Boeing
    /// shares", "Nvidia’s chief executive", "the CEO of Nvidia", or the name at the head of a
    /// sentence whose tag is "the company said" ("Boeing lost $1 billion, the company said").
    /// A person's name (two or three plain words, a known surname) never is. `cues` are the
    /// names' (`company_cues`).
    pub(super) fn learn_companies(
        &mut self,
        names: &[(usize, &str)],
        cues: &[CompanyCues],
        surnames: &FxHashSet<String>,
    ) {
        for (&(_, name), cue) in names.iter().zip(cues) {
            if cue.any
                && !self.companies.contains(name)
                && (claimant::kind_of(name, surnames) != ClaimantKind::Person
                    || (cue.business && plain_company_name(name, surnames)))
                && !claimant::is_org(name)
            {
                self.companies.insert(name.to_string());
            }
        }
    }

    /// "The Reserve said" after "the Federal Reserve", "The Institute said" after "the National
    /// Institute of Economic Research": the last name of several words (`long_names`) that has
    /// `word` (capitalised) as one of its own.
    pub(super) fn org_by_word(&self, word: &str) -> Option<&str> {
        self.long_names
            .iter()
            .rev()
            .find(|n| n.split(' ').any(|w| w == word))
            .map(String::as_str)
    }

    /// Is `name` one the article showed to be a company, though it reads as a person's?
    pub(super) fn is_company(&self, name: &str) -> bool {
        !self.companies.is_empty() && self.companies.contains(name)
    }

    /// "Banco Santander said profit rose 12%. The bank also raised …": the name of plain words
    /// at the head of a sentence that the next one goes on about as a body (`named_as_body`) is
    /// an organisation's, unless a title or a common given name opens it, its last word is the
    /// surname of a person named, or it reads as a role before a person's name.
    pub(super) fn learn_company(
        &mut self,
        name: &str,
        noun: Option<&'static str>,
        surnames: &FxHashSet<String>,
    ) {
        let words = name.split(' ').count();
        if (2..=3).contains(&words)
            && name
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
            && claimant::kind_of(name, surnames) == ClaimantKind::Person
            && plain_company_name(name, surnames)
            && !claimant::role_before_person(name)
            && !self.companies.contains(name)
        {
            self.companies.insert(name.to_string());
            if let Some(noun) = noun {
                self.body_roles.insert(name.to_string(), noun);
            }
        }
    }

    /// Learn the names of a sentence (its `names` from `subject::names_in`).
    ///
    /// `orgs` says of each name whether it is an organisation's (`claimant::is_org`), asked once
    /// per sentence by the caller, which needs the answer too.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn note(
        &mut self,
        sentence: &str,
        heads: coref::Heads<'_>,
        names: &[(usize, &str)],
        orgs: &[bool],
        surnames: &FxHashSet<String>,
        subject: Option<&str>,
        resolved: Option<(&str, &str)>,
        body: Option<&str>,
    ) {
        // "The stock market fell 2%", "Stocks fell": the market's shares, after which "The
        // stock" is no company's named before.
        // "Arm priced its offering": a sentence about someone else, too.
        if let Some(owner) = self.shares_of.as_deref()
            && (subject.is_some_and(|s| s != owner && org_name(s) != owner)
                || of_the_market(sentence))
        {
            self.shares_of = None;
        }
        // Whether each name is a person's, as this loop finds it: the pronoun window below asks
        // the same question of the same names, with the same words after them.
        self.known.clear();
        self.known.resize(names.len(), None);
        // "UEFA fined the club €2 million": the organisation that did something to a role noun
        // (`acted_on`), that noun, and whom the noun meant here (read before this sentence's
        // names are learnt, as its wording was).
        let mut acted: Option<(&'static str, String, Option<String>)> = None;
        for (k, &(at, name)) in names.iter().enumerate() {
            if !orgs[k] {
                continue;
            }
            let after = &sentence[at + name.len()..];
            let Some(the) = memchr::memmem::find(after.as_bytes(), b" the ").filter(|&t| t < 64)
            else {
                continue;
            };
            // "into the club's finances": the noun before its owner's "'s" too.
            let noun = after[the + 5..]
                .split([' ', ',', '.', ';', '\'', '’'])
                .next()
                .unwrap_or("");
            if let Some(&noun) = ORG_ROLES.iter().find(|&&r| r == noun)
                && acted_on(&after[..=the], true)
            {
                let actor = org_name(name);
                let here = at + name.len() + the + 1;
                let target = self
                    .org_of_role(noun, Some(here), sentence, names)
                    .filter(|t| *t != actor)
                    .map(str::to_string);
                acted = Some((role_alias(noun), actor.to_string(), target));
                break;
            }
        }
        for (k, &(at, name)) in names.iter().enumerate() {
            // "Apple's shares rose", "Shares of Micron Technology fell": the company "The
            // stock" means next; another organisation named after it, none.
            if names_its_shares(&sentence[..at], &sentence[at + name.len()..]) {
                self.shares_of = Some(org_name(name).to_string());
            } else if orgs[k]
                && self
                    .shares_of
                    .as_deref()
                    .is_some_and(|o| o != org_name(name))
            {
                self.shares_of = None;
            }
            // "Typhoon Kalmaegi …. The storm made landfall": the thing's nouns mean it.
            for &r in coref::thing_roles(name) {
                self.roles.insert(r, name.to_string());
            }
            // Read once for the name: "the" right before it.
            let the = after_the(sentence, at);
            // "The Federal Reserve held rates …. The Reserve said": a name of several words
            // that an organisation's is or "the" opens, for its last word alone later.
            if name.contains(' ')
                && (orgs[k] || the)
                && !event_or_term(name)
                && !self.long_names.iter().any(|n| n == name)
            {
                if self.long_names.len() == RECENT_ORGS {
                    self.long_names.remove(0);
                }
                self.long_names.push(name.to_string());
                if !orgs[k] && the {
                    self.with_the.insert(name.to_string());
                }
            }
            // "The Reserve said", "The Bank said": an organisation's word alone after "the"
            // stands for the name learnt before (`org_by_word`), not an organisation of its own.
            if !name.contains(' ') && the && self.org_by_word(name).is_some() {
                continue;
            }
            let after = &sentence[at + name.len()..];
            // "Inter Milan signed defender Marco Rossi", "Sheffield Wednesday sacked manager
            // Tom Hale": a name that signs a player or sacks a manager is a club, whatever its
            // words look like.
            let club = !orgs[k] && club_deed(after);
            if orgs[k] || club {
                let name = org_name(name);
                // "Chipmaker Veltrix Corp.", "the carmaker Vantor": a role just before the name.
                let before = super::last_word(sentence[..at].trim_end());
                // "Nvidia, the chipmaker,", "Leeds, a club in …": a role noun in an appositive
                // right after the name, not a speaker's tag ("…, the club said").
                let appositive = after
                    .strip_prefix(", the ")
                    .or_else(|| after.strip_prefix(", a "))
                    .and_then(|r| {
                        // "Nvidia, the world's most valuable chipmaker,": within the first
                        // words, before the appositive's comma.
                        let mut ws = r.split(' ').take(6);
                        let mut open = true;
                        let raw = ws
                            .by_ref()
                            .take(4)
                            .take_while(|w| {
                                let go = open;
                                open = !w.ends_with(',');
                                go
                            })
                            .find(|w| {
                                let w = w.trim_end_matches([',', '.']);
                                org_role_shaped(w) && ORG_ROLES.contains(&w)
                            })?;
                        let noun = raw.trim_end_matches([',', '.']);
                        // A comma closes the appositive: "Nvidia, the chipmaker, reported".
                        (raw.ends_with(',')
                            || !ws
                                .any(|w| claimant::is_speech_verb(w.trim_end_matches([',', '.']))))
                        .then_some(noun)
                    });
                for w in super::split_space(name)
                    .chain(std::iter::once(before))
                    .chain(appositive)
                {
                    // A word of no role's first letter and length (most) is passed over
                    // without the walk.
                    if org_role_shaped(w)
                        && let Some(&noun) = ORG_ROLES.iter().find(|&&r| r.eq_ignore_ascii_case(w))
                    {
                        self.roles.insert(role_alias(noun), name.to_string());
                    }
                }
                let next =
                    appositive.unwrap_or_else(|| after.split_whitespace().next().unwrap_or(""));
                let kind = match org_kind(name, before, next) {
                    _ if club => OrgKind::Role("club"),
                    // "according to Deloitte", "data from LSEG": a source of figures.
                    OrgKind::Unknown if cited_source(&sentence[..at], after) => OrgKind::Outlet,
                    // "the SIPTU trade union", "the Ajax football club": the role noun one
                    // word of its kind after the name.
                    OrgKind::Unknown if let Some(r) = role_after_kind(after) => OrgKind::Role(r),
                    // "The UAW has 370,000 members": a body of members.
                    OrgKind::Unknown if of_members(after) => OrgKind::Members,
                    // "Analysts at Goldman Sachs": a house that employs analysts is a
                    // business, whatever its name looks like.
                    OrgKind::Unknown if employs_analysts(sentence[..at].trim_end()) => {
                        OrgKind::Role("company")
                    }
                    // "the FA" after the "Football Association": the kind of the name it
                    // abbreviates.
                    OrgKind::Unknown if let Some(k) = self.acronym_kind(name) => k,
                    // "Boeing" shown to be a company, "Veltrix Corp.": what "the company" means
                    // before an organisation of unknown kind ("Fitch Ratings", "the league").
                    OrgKind::Unknown if let Some(&r) = self.body_roles.get(name) => {
                        OrgKind::Role(role_alias(r))
                    }
                    OrgKind::Unknown
                        if self.companies.contains(name)
                            || name.split(' ').skip(1).any(|w| {
                                COMPANY_SUFFIXES.contains(&w.trim_end_matches(['.', ',']))
                            }) =>
                    {
                        OrgKind::Role("company")
                    }
                    k => k,
                };
                // "the FA Cup", "the U.S. Open", "AI": an event or a term written like an
                // organisation's name is none that "the club" or "the company" means.
                if event_or_term(name) {
                    continue;
                }
                // An organisation named in a new paragraph comes before one the last paragraph
                // was about.
                if self.subject_org.as_ref().is_some_and(|(_, _, old)| *old) {
                    self.subject_org = None;
                }
                // "Analysts at Goldman Sachs cut their forecast": a sentence that opens with the
                // house's analysts is about that house's view.
                let lead = sentence[..at].trim_end();
                if subject == Some(names[k].1)
                    || subject == Some(name)
                    || (subject.is_none() && employs_analysts(lead) && lead.split(' ').count() <= 3)
                {
                    self.subject_org = Some((name.to_string(), kind, false));
                }
                self.orgs.retain(|(n, _)| n != name);
                if self.orgs.len() == RECENT_ORGS {
                    self.orgs.remove(0);
                }
                // "the SIPTU trade union", "the UAW union": the article is the noun's.
                if before.eq_ignore_ascii_case("the")
                    && !self.with_the.contains(name)
                    && !after
                        .strip_prefix(' ')
                        .and_then(|r| r.split([' ', ',', '.']).next())
                        .is_some_and(|w| org_role_shaped(w) && ORG_ROLES.contains(&w))
                    && role_after_kind(after).is_none()
                {
                    self.with_the.insert(name.to_string());
                }
                self.orgs.push((name.to_string(), kind));
                continue;
            }
            let (roles, person) = split_title(name);
            if person.is_empty() {
                continue;
            }
            let person = after_role(person);
            // "the Federal Reserve": a name of several words "the" opens, with no title, is no
            // person's.
            let is_person = subject::is_person(person, after, surnames)
                && !subject::counted_name(&sentence[..at])
                && !(person.len() == name.len() && name.contains(' ') && the);
            self.known[k] = Some(is_person);
            if !is_person {
                continue;
            }
            // "Ohio Attorney General David Yost": "the attorney general" means him later, and
            // "the general" does not.
            // The title's first word may stand before the name as found ("Attorney" of
            // "Attorney General David Yost" opening a sentence): a few bytes before it are read.
            let multi = if person.len() < name.len() {
                let mut from = at.saturating_sub(24);
                while !sentence.is_char_boundary(from) {
                    from -= 1;
                }
                multi_role_before(&sentence[from..at + name.len() - person.len()])
            } else {
                None
            };
            if let Some((phrase, _)) = multi {
                self.roles.insert(phrase, person.to_string());
            }
            if multi.is_none_or(|(_, single)| single) {
                for &r in roles {
                    self.roles.insert(r, person.to_string());
                }
            }
            // "striker Tom Reyes": the role in lower case just before the name.
            if let Some(prev) = sentence[..at].strip_suffix(' ')
                && let Some(word) = prev.rsplit([' ', '(', ',']).next()
                && person_role_shaped(word)
                && let Some(&r) = PERSON_ROLES.iter().find(|&&r| r.eq_ignore_ascii_case(word))
            {
                self.roles.insert(r, person.to_string());
            }
            // "Jean Roux, the architect who …", "Noor Haddad, a poet whose …": the role in an
            // appositive right after the name, within its first two words.
            if let Some(rest) = after.strip_prefix(", ")
                && let Some(rest) = ["the ", "a ", "an "]
                    .iter()
                    .find_map(|a| rest.strip_prefix(a))
                && let Some(&r) = rest
                    .split(' ')
                    .take(2)
                    .map(|w| w.trim_end_matches([',', '.']))
                    .find_map(|w| PERSON_ROLES.iter().find(|&&r| r == w))
            {
                self.roles.insert(r, person.to_string());
            }
            // The keys: the surname, and the words after the first name when there are more
            // than one ("Vande Hey"); borrowed, as most are known already.
            let Some((_, after_first)) = person.split_once(' ') else {
                // "Mary, 77,": a person known by one name stays one when named again.
                if !self.full.contains_key(person) {
                    self.add_full(person, person);
                }
                continue;
            };
            let surname = super::last_word(after_first);
            let rest = after_first.contains(' ').then_some(after_first);
            // "her son, David Ellison": a relative introduced by the relation shares the
            // surname, and the article calls them by their full or first name; the bare
            // surname ("Dr. Ellison") still means the person named first.
            let relative = {
                let before = sentence[..at].trim_end().trim_end_matches(',');
                let word = before.rsplit([' ', '(', '\n']).next().unwrap_or("");
                one_of!(RELATIVES, word)
            };
            for key in std::iter::once(surname).chain(rest) {
                match self.full.get_mut(key) {
                    Some(entry) => {
                        if !relative && entry.as_deref().is_some_and(|f| f != person) {
                            *entry = None;
                        }
                    }
                    None => self.add_full(key, person),
                }
            }
        }
        if let Some((noun, actor, target)) = acted {
            if !self.not_role.iter().any(|(n, o)| *n == noun && *o == actor) {
                if self.not_role.len() == RECENT_ORGS {
                    self.not_role.remove(0);
                }
                self.not_role.push((noun, actor));
            }
            // "UEFA fined the club": the club is what the sentence was about, for "the club"
            // next.
            if let Some(t) = target {
                self.subject_org = Some((t, OrgKind::Role(noun), false));
            }
        }
        // "Ford recalled 2,000 cars": a name of one sentence's subject, found to be no person's
        // and no organisation's on its face, may be what "the automaker" means next; a
        // sentence about anything else puts it aside.
        if subject.is_none() && (0..names.len()).any(|k| !orgs[k] && !event_or_term(names[k].1)) {
            // "Heavy rain flooded Venice": about something else, named.
            self.subject_name = None;
        } else if let Some(sub) = subject {
            let known = &self.known;
            self.subject_name = names
                .iter()
                .position(|&(_, n)| n == sub)
                .filter(|&k| {
                    !orgs[k]
                        && known[k] == Some(false)
                        && split_title(sub).0.is_empty()
                        && !event_or_term(sub)
                })
                .map(|k| {
                    // "… above Wall Street estimates": a term is no other name; "its forecast
                    // for British growth", "in Japan": a people's adjective or a country is none
                    // a business's noun may mean (`place_not_rival`).
                    let alone = (0..names.len()).all(|j| {
                        j == k
                            || orgs[j]
                            || known[j] == Some(true)
                            || names[j].1 == sub
                            || event_or_term(names[j].1)
                            || place_not_rival(names[j].1)
                    });
                    (sub.to_string(), false, alone)
                });
        }
        // "Margaret Ellison, a physicist, died Sunday": the person the obituary is about.
        // The text after the name searched last, for a person's subject only.
        if let Some(sub) = subject
            && let Some(k) = names.iter().position(|&(_, n)| n == sub)
            && self.known[k] == Some(true)
            && let after = &sentence[names[k].0 + sub.len()..]
            && (super::find_str(after, " died").is_some()
                || super::find_str(after, " dies ").is_some())
        {
            self.deceased = Some(untitled(sub).to_string());
        }
        let (full, known, companies) = (&self.full, &self.known, &self.companies);
        // The name of `names` that is `name` followed by `after` (its place in the sentence).
        let which = |name: &str, after: &str| {
            names
                .iter()
                .position(|&(at, n)| at + n.len() + after.len() == sentence.len() && n == name)
        };
        self.window.note(
            sentence,
            heads,
            names,
            subject,
            resolved,
            body,
            &|name, after| match which(name, after) {
                Some(k) if orgs[k] && split_title(name).1.len() == name.len() => None,
                Some(k) if known[k].is_some() => {
                    // Without a title, the name is the one found not to be an organisation's.
                    let (_, person) = split_title(name);
                    let person = after_role(person);
                    let untitled = person.len() == name.len();
                    full_person(full, person, untitled, || known[k] == Some(true))
                }
                // Another place (the subject, with nothing after it): a name of the sentence
                // without a title is known not to be an organisation's all the same.
                _ => {
                    let (_, person) = split_title(name);
                    let not_org = person.len() == name.len()
                        && names
                            .iter()
                            .zip(orgs)
                            .any(|(&(_, n), &org)| !org && n == name);
                    full_person(full, person, not_org, || {
                        subject::is_person(person, after, surnames)
                    })
                }
            },
            &|name| {
                let org = match names.iter().position(|&(_, n)| n == name) {
                    Some(k) => orgs[k],
                    None => claimant::is_org(name) || companies.contains(name),
                };
                org.then(|| org_name(name).to_string())
            },
        );
    }

    /// "Their association said …" after "Matatu owners protested": the body (`noun`) of the
    /// people the last sentence named at its head, "the matatu owners' association"; `None`
    /// when it named none. The word before the noun keeps its capital when it is a name.
    pub(super) fn crowd_body(&self, noun: &str) -> Option<String> {
        let crowd = self.window.crowd()?;
        let (first, rest) = crowd.split_once(' ').unwrap_or((crowd, ""));
        let name = first.len() > 1
            && (first.bytes().all(|b| b.is_ascii_uppercase())
                || self.named_org(first)
                || claimant::is_org(first));
        let mut out = String::with_capacity(crowd.len() + noun.len() + 8);
        out.push_str("the ");
        match first.as_bytes().first() {
            Some(b) if !name && b.is_ascii() => {
                out.push(char::from(b.to_ascii_lowercase()));
                out.push_str(&first[1..]);
            }
            _ => out.push_str(first),
        }
        if !rest.is_empty() {
            out.push(' ');
            out.push_str(rest);
        }
        out.push_str(if crowd.ends_with('s') { "' " } else { "'s " });
        out.push_str(noun);
        Some(out)
    }

    /// `name`, a lone word at the head of a sentence that acts with "he" or "she" after it, is a
    /// person known by that one name (unless a full name already has it as its surname).
    pub(super) fn lone_person(&mut self, name: &str) {
        if !self.full.contains_key(name) {
            self.add_full(name, name);
        }
    }

    /// `key` (a surname, the words after a first name, or a name of one word) now means `person`.
    fn add_full(&mut self, key: &str, person: &str) {
        let (word, bit) = last_word_bit(key);
        self.full_last[word] |= bit;
        self.full.insert(key.to_string(), Some(person.into()));
    }

    /// Could `name` be a key of `full`, by the shape of its last word?
    fn may_be_full(&self, name: &str) -> bool {
        let (word, bit) = last_word_bit(name);
        self.full_last[word] & bit != 0
    }

    /// Was the organisation `name` named after "the" ("the World Health Organization")?
    pub(super) fn named_with_the(&self, name: &str) -> bool {
        !self.with_the.is_empty() && self.with_the.contains(name)
    }

    /// The storm or ship a sentence opens with by its own name alone, before a verb in lower
    /// case ("Kalmaegi hit the country …" after "Typhoon Kalmaegi made landfall"): the thing
    /// named in full before, as the sentence's subject.
    pub(super) fn thing_at_head(&self, sentence: &str) -> Option<String> {
        let mut words = super::split_space(sentence.trim_start());
        let first = words.next()?;
        let verb = words.next()?;
        if !verb.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        self.window.thing_by_last_word(first).map(str::to_string)
    }

    /// A new paragraph begins (before its first sentence's claims are worded).
    pub(super) fn paragraph(&mut self) {
        self.window.paragraph();
        if let Some((_, _, old)) = self.subject_org.as_mut() {
            *old = true;
        }
        // One paragraph on, the name of the last is still what the new one may be about; two
        // on, it is not.
        match self.subject_name.as_mut() {
            Some((_, true, _)) => self.subject_name = None,
            Some((_, old, _)) => *old = true,
            None => {}
        }
    }

    /// Whom a subject pronoun (`word`, followed by `rest`, at byte `at` of `sentence`) means,
    /// when only one person or organisation named just before can be meant.
    pub(super) fn pronoun_means(
        &self,
        word: &str,
        rest: &str,
        sentence: &str,
        names: &[(usize, &str)],
        at: usize,
    ) -> Option<String> {
        if !coref::is_pronoun(word) {
            return None;
        }
        let none = FxHashSet::default();
        let full = &self.full;
        self.window.antecedent(
            word,
            rest,
            sentence,
            names,
            at,
            &|name, after| person_named(full, name, after, &none),
            &|name| self.is_org(name).then(|| org_name(name).to_string()),
        )
    }

    /// Whose "its" at byte `at` of `sentence` is, when the sentence opens with a name of one
    /// word, the only name before it, that acts and is no person's ("Boeing cut 500 jobs and its
    /// shares fell 4%"): that name. A person ("Smith cut the ribbon and its …") owns no "its".
    fn lone_head_owner(
        &self,
        sentence: &str,
        names: &[(usize, &str)],
        at: usize,
    ) -> Option<String> {
        let lead = sentence.len() - sentence.trim_start().len();
        let (start, name) = match names.first() {
            Some(&(s, n)) if s == lead && s < at => (s, n),
            // "Tesla cut prices in China, and its shares fell": a capitalised first word no name
            // was found in ("Tesla cut prices" might be "Rain hit the region") owns "its" when
            // what it owns is a company's ("its shares", "its chief executive").
            _ => {
                let first = super::split_space(&sentence[lead..]).next()?;
                let owned = sentence
                    .get(at..)?
                    .strip_prefix("its ")
                    .or_else(|| sentence.get(at..)?.strip_prefix("Its "))?;
                let company = COMPANY_AFTER.iter().any(|w| {
                    owned
                        .strip_prefix(w)
                        .is_some_and(|r| r.starts_with([' ', ',', '.']))
                });
                (company
                    && first.len() >= 2
                    && first.starts_with(|c: char| c.is_ascii_uppercase())
                    && first[1..].bytes().all(|b| b.is_ascii_lowercase())
                    && !subject::is_not_name(first)
                    && !subject::common_noun_shape(first))
                .then_some((lead, first))?
            }
        };
        // Other names before "its" only in a place after a preposition ("in China").
        let elsewhere = names
            .iter()
            .filter(|(s, _)| *s > start && *s < at)
            .all(|&(s, _)| {
                one_of!(
                    &["in", "at", "from", "to", "across", "near"],
                    super::last_word(sentence[..s].trim_end())
                )
            });
        let none = FxHashSet::default();
        let after = &sentence[start + name.len()..];
        // The name acts: a verb in the past right after it ("cut", "reported").
        let acts = after
            .strip_prefix(' ')
            .and_then(|r| super::split_space(r).next())
            .is_some_and(|v| {
                one_of!(super::decompose::IRREGULAR, v)
                    || (v.len() >= 4 && v.ends_with("ed") && v.starts_with(char::is_lowercase))
            });
        let named = names.first().is_some_and(|&(s, _)| s == start);
        (elsewhere
            && (named || acts)
            && !name.contains(' ')
            && after.starts_with(' ')
            && person_named(&self.full, name, after, &none).is_none())
        .then(|| name.to_string())
    }

    /// "The judge ordered him to pay …": the first "him" or "her" right after a verb in the
    /// past in `wording` and before "to", "with", "for", "of" or a figure, replaced by the one
    /// person of its gender named before, who becomes the subject when the claim had none. So
    /// is one that ends the clause or comes before a time ("Two Republicans voted against
    /// her.", "The jury convicted him in May") after such a verb or a preposition.
    fn object_pronoun(
        &self,
        wording: &mut String,
        subject: &mut Option<String>,
        sentence: &str,
        names: &[(usize, &str)],
        at: usize,
    ) {
        // A byte search first: most wordings hold neither word.
        if memchr::memmem::find(wording.as_bytes(), b" h").is_none() {
            return;
        }
        let ends = |i: usize| {
            let rest = &wording[i + 4..];
            rest.is_empty() || rest.starts_with([' ', '.', ',', ';'])
        };
        let Some(i) = [" him", " her"]
            .iter()
            .filter_map(|p| wording.match_indices(p).map(|(i, _)| i).find(|&i| ends(i)))
            .min()
        else {
            return;
        };
        let word = &wording[i + 1..i + 4];
        let before = super::last_word(&wording[..i]);
        let after = &wording[i + 4..];
        let closes = after.is_empty() || after.starts_with(['.', ',', ';']);
        let next = after.trim_start().split(' ').next().unwrap_or("");
        let past = before.starts_with(|c: char| c.is_ascii_lowercase())
            && ((before.len() >= 5 && before.ends_with("ed"))
                || one_of!(super::decompose::IRREGULAR, before)
                || one_of!(
                    &["told", "gave", "sent", "sentenced", "let", "made"],
                    before
                ));
        // "voted against her", "campaigned for him": a preposition's object.
        let preposition = one_of!(
            &[
                "against", "for", "with", "about", "behind", "toward", "towards"
            ],
            before
        );
        // "ordered him to", "charged her with", "suspended him for", "accused her of", "fined
        // him $5,000": never a possessive before these.
        let figure = next.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'));
        let object = (past && (figure || one_of!(&["to", "with", "for", "of"], next)))
            // "voted against her.", "convicted him in May", "praised her on Monday": the clause
            // ends, or a time follows ("in", "on", "last"), so no noun is owned.
            || ((past || preposition)
                && (closes
                    || (word == "him" && !next.is_empty())
                    || one_of!(&["in", "on", "last", "this", "after", "before", "during"], next)));
        if !object {
            return;
        }
        let none = FxHashSet::default();
        let full = &self.full;
        let owner = subject.clone().unwrap_or_default();
        let gender = if word == "him" { "his" } else { "her" };
        let Some(who) =
            self.window
                .possessor(gender, &owner, sentence, names, at, &|name, after| {
                    person_named(full, name, after, &none)
                })
        else {
            return;
        };
        let pronoun = if word == "him" { "he" } else { "she" };
        wording.replace_range(i + 1..i + 4, &who);
        // "named him ambassador to India in 1997, a post he held until 2001": a post, a seat or
        // a job put after the clause is the one the person was named to, so its "he" (or "she"
        // after "her") is that person too, never left bare.
        let from = i + 1 + who.len();
        if let Some(rest_at) = wording
            .get(from..)
            .and_then(|r| r.find(", a ").or_else(|| r.find(", the ")))
            .map(|k| from + k)
        {
            let after = &wording[rest_at + 2..];
            let mut ws = after.split(' ');
            let _article = ws.next();
            let noun = ws.next().unwrap_or("");
            let he = ws.next().unwrap_or("");
            if he == pronoun
                && one_of!(
                    &["post", "position", "job", "role", "seat", "office", "title"],
                    noun
                )
            {
                let at = rest_at + 2 + after.find(&format!(" {noun} {he} ")).unwrap_or(0);
                let he_at = at + 1 + noun.len() + 1;
                if wording.get(he_at..he_at + he.len()) == Some(he) {
                    wording.replace_range(he_at..he_at + he.len(), &who);
                }
            }
        }
        // "the case against him was weak": a preposition's object is no subject.
        if subject.is_none() && past {
            *subject = Some(who);
        }
    }

    /// "The governor signed the budget bill. The legislature had passed it last week": an
    /// object "it" right after a deed done to a document or a decision (`DOCUMENT_DEEDS`:
    /// passed, signed, vetoed, would veto, appealed) means the one document its own sentence
    /// named before it, else the one the last sentence named (`coref::document_named`), worded
    /// with "the". Whether it was replaced.
    fn object_document(&self, wording: &mut String, sentence: &str) -> bool {
        // Most wordings have no " it": one byte search says so.
        let Some(i) = super::find_str(wording, " it") else {
            return false;
        };
        // The pronoun alone: " it", then a space, a stop or the end ("veto it.").
        let after = wording.as_bytes().get(i + 3).copied();
        if !matches!(after, None | Some(b' ' | b'.' | b',' | b';')) {
            return false;
        }
        let before = super::last_word(&wording[..i]);
        if !before.starts_with(|c: char| c.is_ascii_lowercase()) || !one_of!(DOCUMENT_DEEDS, before)
        {
            return false;
        }
        // The document its own sentence named before the deed ("approved a plan … and later
        // delayed it"), else the last sentence's.
        let deed = wording
            .get((i - before.len()).saturating_sub(1)..i + 3)
            .unwrap_or("");
        let here = super::find_str(sentence, deed)
            .and_then(|at| sentence.get(..at))
            .and_then(super::coref::document_named);
        let Some(doc) = here.or_else(|| self.window.document().map(str::to_string)) else {
            return false;
        };
        wording.replace_range(i + 1..i + 3, &doc);
        true
    }

    /// "Regulators fined it $2 million", "The court ordered it to pay": the first "it" right
    /// after a verb in the past in `wording` and before "to", "with", "for", "of", "over" or a
    /// figure, an object that means an organisation: the organisation that speaks (`claimant`,
    /// "…, the bank said") when it is not the doer, else the one organisation of this sentence
    /// before it or of the last sentence that is not the doer (the first name before it). No
    /// name when two could be meant.
    fn object_it(
        &self,
        wording: &mut String,
        claimant: Option<&Claimant>,
        sentence: &str,
        names: &[(usize, &str)],
    ) {
        // Most wordings have no " it ": one byte search says so.
        let Some(i) = super::find_str(wording, " it ") else {
            return;
        };
        let before = super::last_word(&wording[..i]);
        let next = wording[i + 4..].split(' ').next().unwrap_or("");
        let past = before.starts_with(|c: char| c.is_ascii_lowercase())
            && ((before.len() >= 5 && before.ends_with("ed"))
                || one_of!(super::decompose::IRREGULAR, before)
                || one_of!(&["told", "gave", "sent", "let", "made"], before));
        let figure = next.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'));
        if !past
            || claimant::is_speech_verb(before)
            || !(figure || one_of!(&["to", "with", "for", "of", "over"], next))
        {
            return;
        }
        // Where the pronoun stands in the sentence, and who does the deed there.
        let Some(upto) = super::find_str(sentence, &wording[i..i + 4 + next.len()]) else {
            return;
        };
        let mut before_it = names.iter().take_while(|(a, _)| *a < upto);
        // "She founded the Southern Legal Aid Center in 1968 and led it": a sentence that
        // opens with a personal pronoun has that person for its doer, not its first name.
        let pronoun_doer = matches!(
            super::split_space(sentence.trim_start()).next(),
            Some("He" | "She" | "They" | "We" | "I")
        );
        let doer = if pronoun_doer {
            None
        } else {
            before_it.next().map(|(_, n)| *n)
        };
        let is_doer = |o: &str| doer.is_some_and(|d| same_name(d, o));
        let who = if let Some(c) = claimant.filter(|c| {
            c.kind == ClaimantKind::Organization
                && c.name.starts_with(|ch: char| ch.is_uppercase())
                && !is_doer(&c.name)
        }) {
            Some(c.name.clone())
        } else {
            let mut found: Option<String> = None;
            let here: Vec<String> = before_it
                .filter(|(_, n)| self.is_org(n))
                .map(|(_, n)| org_name(n).to_string())
                .filter(|o| !is_doer(o))
                .collect();
            // An organisation this sentence acted on before the pronoun is what it means, before
            // any of the last sentence.
            let last: &[String] = if here.is_empty() {
                self.window.last_orgs()
            } else {
                &[]
            };
            for o in here.into_iter().chain(last.iter().cloned()) {
                if is_doer(&o) {
                    continue;
                }
                match &found {
                    Some(f) if same_name(f, &o) => {}
                    Some(_) => return,
                    None => found = Some(o),
                }
            }
            found
        };
        if let Some(who) = who {
            let who = if self.with_the.contains(&who) {
                format!("the {who}")
            } else {
                who
            };
            wording.replace_range(i + 1..i + 3, &who);
        }
    }

    /// Can "he" or "she" (`pronoun`) at byte `at` of `sentence` mean no one but `speaker`, who
    /// says it?
    pub(super) fn only_speaker(
        &self,
        pronoun: &str,
        sentence: &str,
        names: &[(usize, &str)],
        at: usize,
        speaker: &str,
    ) -> bool {
        let none = FxHashSet::default();
        let full = &self.full;
        self.window.only_speaker(
            pronoun,
            sentence,
            names,
            at,
            &|name, after| person_named(full, name, after, &none),
            speaker,
        )
    }

    /// A person known by a bare surname given the full name, if one person of it was named.
    pub(super) fn name_in_full(&self, c: &mut Claimant) {
        if c.kind == ClaimantKind::Person
            && let Some(f) = self.full_name(&c.name)
        {
            c.name = f.to_string();
        }
    }

    /// The full name a bare surname stands for, if one person of that name was named.
    fn full_name(&self, name: &str) -> Option<&str> {
        // The name after the title ends as `name` does: no key of its shape, no full name.
        if !self.may_be_full(name) {
            return None;
        }
        let (_, bare) = split_title(name);
        self.full.get(bare)?.as_deref().filter(|f| *f != bare)
    }

    /// "The cause was heart failure" (or "The cause of death was …", "The cause of his death
    /// was …") at `lead` in `wording`: about `deceased`, the person the article said died, and
    /// worded with them ("The cause of Leon Marsh's death was heart failure").
    fn cause_of_death(
        &self,
        wording: &mut String,
        subject: &mut Option<String>,
        lead: usize,
        deceased: &str,
    ) {
        let Some(rest) = wording.get(lead..).and_then(|w| {
            w.strip_prefix("The cause")
                .or_else(|| w.strip_prefix("the cause"))
        }) else {
            return;
        };
        let mark = if wording.contains('’') {
            "’s"
        } else {
            "'s"
        };
        let at = wording.len() - rest.len();
        if rest.starts_with(" was ") || rest.starts_with(" is ") {
            wording.insert_str(at, &format!(" of {deceased}{mark} death"));
        } else if let Some(r) = rest.strip_prefix(" of death ") {
            if !(r.starts_with("was ") || r.starts_with("is ")) {
                return;
            }
            wording.replace_range(
                at..at + " of death".len(),
                &format!(" of {deceased}{mark} death"),
            );
        } else if !["his", "her"].iter().any(|p| {
            rest.strip_prefix(" of ")
                .and_then(|r| r.strip_prefix(p))
                .is_some_and(|r| r.starts_with(" death was ") || r.starts_with(" death is "))
        }) {
            return;
        }
        *subject = Some(deceased.to_string());
    }

    /// Name who the claim's wording means: a role noun after "the" as its entity, a bare
    /// surname as the full name (the first time in the wording); the subject and a person
    /// claimant given as a surname in full. Quoted words stay as said: only the wording before
    /// the quotation is changed. `names` are the sentence's own, which come before earlier ones.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn resolve(
        &self,
        wording: &mut String,
        subject: &mut Option<String>,
        claimant: &mut Option<Claimant>,
        quoted: bool,
        sentence: &str,
        names: &[(usize, &str)],
        at: usize,
        said_at: Option<usize>,
    ) {
        // A claim that opens with "he", "she", "it" or "they": named when only one can be meant.
        // Quoted words stay as said.
        // After a tag put first ("According to fire officials, it is 20% contained") as well,
        // also after its time ("On June 6, 2024, fire officials said it is 20% contained": the
        // words said start at `said_at`).
        let according = wording
            .strip_prefix("According to ")
            .and_then(|r| super::find_str(r, ", "))
            .map(|c| "According to ".len() + c + 2)
            .or(said_at);
        // "Prosecutors said he stole …": reported words after the speaker's tag, when the
        // claim has no subject yet (a speaker who speaks of himself has been found before).
        let tagged = (according.is_none() && subject.is_none())
            .then(|| claimant.as_ref().and_then(|c| after_tag(wording, &c.name)))
            .flatten();
        let lead = according.or(tagged).unwrap_or(0);
        // "The cause was pneumonia, his daughter said.": in an obituary, the cause of the death
        // of the person the article said died, named in the wording.
        if !quoted
            && subject.is_none()
            && let Some(d) = self.deceased.as_deref()
        {
            self.cause_of_death(wording, subject, lead, d);
        }
        // "Their association said …" after "Matatu owners protested": the people's body.
        if !quoted
            && let Some(r) = wording[lead..]
                .strip_prefix("Their ")
                .or_else(|| wording[lead..].strip_prefix("their "))
            && let Some((noun, _)) = r.split_once(' ')
            && claimant::org_noun(noun)
            && let Some(body) = self.crowd_body(noun)
        {
            let tail = lead + "Their ".len() + noun.len();
            let the = if lead == 0 { "The" } else { "the" };
            *wording = format!(
                "{}{the}{} {}",
                &wording[..lead],
                &body[3..],
                &wording[tail + 1..]
            );
        }
        // "The stock has lost about 2% this year" after "Apple's shares rose 1.2%": that
        // company's stock, the claim's subject.
        if !quoted && let Some((owner, noun, tail)) = self.shares_owner(wording, lead) {
            let mark = if wording.contains('’') {
                "’s"
            } else {
                "'s"
            };
            let new = format!("{}{owner}{mark} {noun} {tail}", &wording[..lead]);
            if subject.is_none() {
                *subject = Some(owner.to_string());
            }
            *wording = new;
        }
        // "Nvidia said its revenue rose", "The agency said it had sent …", "… said demand for
        // its chips would": after an organisation's own tag, "it" and "its" are the organisation.
        if !quoted
            && let Some(t) = tagged
            && let Some(c) = claimant.as_ref()
            && c.kind == ClaimantKind::Organization
        {
            let mut ws = wording[t..].split(' ');
            let first = ws.next().unwrap_or("");
            let (second, third) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
            if matches!(first, "it" | "its") || (matches!(second, "for" | "of") && third == "its") {
                *subject = Some(c.name.clone());
            }
        }
        // "Dozens of schools closed. Many are expected to reopen": a quantifier alone counts
        // among the plural things at the head of the sentence before ("Many of the schools").
        if !quoted
            && subject.is_none()
            && let Some((first, rest)) = super::split_once_space(&wording[lead..])
            && first.len() <= 7
            && let Some((q, rest)) = self.window.quantifier_means(first, rest)
        {
            *wording = format!("{}{q} {rest}", &wording[..lead]);
        }
        if !quoted
            && let Some((first, rest)) = super::split_once_space(&wording[lead..])
            && (coref::is_pronoun(first) || first.eq_ignore_ascii_case("its"))
            && (tagged.is_none() || one_of!(&["he", "she"], first))
        {
            // "Its winds reached 190 mph": whose, as "it" would mean.
            let its = first.eq_ignore_ascii_case("its");
            let word = if its { "it" } else { first };
            // "She is survived by …": the person the article said died.
            let survived = (first.eq_ignore_ascii_case("she") || first.eq_ignore_ascii_case("he"))
                && (rest.starts_with("is survived by") || rest.starts_with("was survived by"));
            // "Djokovic, who had knee surgery in June, said he was proud": after a person's
            // own tag, "he" or "she" may be the speaker when no other person is named before it
            // in the sentence and the article gave the speaker no other gender; another person
            // of the window, whose gender the article gave, is then no better candidate than
            // the one who speaks, and neither is named.
            let speaker = tagged
                .and(claimant.as_ref())
                .filter(|c| {
                    c.kind == ClaimantKind::Person
                        && one_of!(&["he", "she"], first)
                        && !c.name.starts_with(|ch: char| ch.is_lowercase())
                        // "Tom Reyes's son said he", "His lawyer, Tom Reyes, said he": a
                        // relative or a lawyer speaks of the other.
                        && !c.name.contains("'s ")
                        && !c.name.contains("’s ")
                        && names
                            .iter()
                            .find(|(_, n)| same_name(n, &c.name))
                            .is_none_or(|&(a, _)| {
                                let before = &sentence[..a];
                                !(before.ends_with(", ")
                                    && (super::find_str(before, "his ").is_some()
                                        || super::find_str(before, "her ").is_some()
                                        || super::find_str(before, "His ").is_some()
                                        || super::find_str(before, "Her ").is_some()
                                        || super::find_str(before, "'s ").is_some()
                                        || super::find_str(before, "’s ").is_some()))
                            })
                        && self.window.may_be(first, &c.name, sentence, names)
                        && {
                            let none = FxHashSet::default();
                            names.iter().take_while(|(a, _)| *a < at).all(|&(a, n)| {
                                same_name(n, &c.name)
                                    || person_named(&self.full, n, &sentence[a + n.len()..], &none)
                                        .is_none_or(|p| same_name(&p, &c.name))
                            })
                        }
                })
                .map(|c| c.name.clone());
            let means = match &self.deceased {
                Some(d) if survived => Some(d.clone()),
                _ => self.pronoun_means(word, rest, sentence, names, at),
            };
            let means = match (means, speaker) {
                (Some(m), Some(s)) if !same_name(&m, &s) => None,
                (m, _) => m,
            };
            let means = means.or_else(|| its.then(|| self.lone_head_owner(sentence, names, at))?);
            // "The Federal Reserve raised rates. It was the fourth increase this year": a deed
            // of the last sentence's subject, whoever it is.
            let means = means.or_else(|| {
                (first == "It" && lead == 0).then(|| {
                    self.window
                        .deed_of(rest)
                        .map(|(who, _)| who.strip_prefix("the ").unwrap_or(who).to_string())
                })?
            });
            match means {
                Some(who) => {
                    // A thing named by a common noun ("The wildfire") is no subject, and is
                    // written in lower case inside the sentence.
                    let common = who
                        .strip_prefix("The ")
                        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()));
                    let mut named = if common && lead > 0 {
                        format!("t{}", &who[1..])
                    } else {
                        who.clone()
                    };
                    let mark = if wording.contains('’') {
                        "’s"
                    } else {
                        "'s"
                    };
                    if its {
                        named.push_str(mark);
                    } else if !common
                        && first == "It"
                        && self.window.thing() != Some(who.as_str())
                        && let Some(deed) = coref::ranked_event(rest)
                    {
                        // "The Federal Reserve raised rates. It was the fourth increase this
                        // year": "it" is the deed, not the doer ("Federal Reserve's increase").
                        let the = self
                            .window
                            .deed_of(rest)
                            .is_some_and(|(w, _)| w.strip_prefix("the ") == Some(who.as_str()));
                        let the = if the { "The " } else { "" };
                        named = format!("{the}{who}{mark} {deed}");
                    }
                    *wording = format!("{}{named} {rest}", &wording[..lead]);
                    if self.window.things() == Some(who.as_str()) {
                        // "Shares of Delta have gained …": about the name the things belong
                        // to, if any ("Prices of eggs" name none).
                        *subject = coref::owner_of_things(&who).map(str::to_string);
                    } else if !common {
                        *subject = Some(who);
                    }
                }
                // "He" or "she" that two people could be: no name is better than a wrong one.
                None if tagged.is_none()
                    && (first.eq_ignore_ascii_case("he") || first.eq_ignore_ascii_case("she")) =>
                {
                    *subject = None;
                }
                None => {}
            }
        }
        if let Some(s) = subject.as_deref()
            && let Some(f) = self.full_name(s)
        {
            *subject = Some(f.to_string());
        }
        // "Tom Reyes is her deputy.": a possessive after the verb of a claim about a person
        // means the one person of its gender named before, other than that person.
        // "The geologist Paul Ellison was her husband": the person's trade may come first.
        let trade_first = |owner: &str| {
            let at = super::find_str(wording, owner)?;
            let trade = wording[..at].strip_prefix("The ")?;
            (trade.split_whitespace().count() <= 2
                && trade.bytes().all(|b| b.is_ascii_lowercase() || b == b' '))
            .then_some(at)
        };
        if !quoted
            && let Some(owner) = subject.as_deref()
            && let lead = trade_first(owner).unwrap_or(0)
            && let Some(rest) = wording[lead..].strip_prefix(owner)
            && let Some(verb) = [" is ", " was "].iter().find(|v| rest.starts_with(**v))
            && let Some((word, tail)) = rest[verb.len()..].split_once(' ')
            && matches!(word, "his" | "her")
        {
            let none = FxHashSet::default();
            let full = &self.full;
            if let Some(who) =
                self.window
                    .possessor(word, owner, sentence, names, at, &|name, after| {
                        person_named(full, name, after, &none)
                    })
            {
                let mark = if wording.contains('’') {
                    "’s"
                } else {
                    "'s"
                };
                *wording = format!("{}{owner}{verb}{who}{mark} {tail}", &wording[..lead]);
            }
        }
        // "Dana Wells is their chief executive.": "their" before a role in a body means the
        // one organisation named before ("Nimbus Labs raised $40 million."); two sides ("Arsenal
        // beat Chelsea") or a family leave it.
        if !quoted
            && let Some(owner) = subject.as_deref()
            && let Some(rest) = wording.strip_prefix(owner)
            && let Some(verb) = [" is ", " was "].iter().find(|v| rest.starts_with(**v))
            && let Some((its, tail)) = rest[verb.len()..]
                .strip_prefix("their ")
                .map(|t| (false, t))
                .or_else(|| rest[verb.len()..].strip_prefix("its ").map(|t| (true, t)))
            && tail.split(' ').count() <= 3
            && one_of!(
                &[
                    "coach",
                    "manager",
                    "captain",
                    "chairman",
                    "chairwoman",
                    "owner",
                    "founder",
                    "president",
                    "executive",
                    "CEO",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "director",
                    "economist",
                    "officer",
                    "head",
                ],
                tail.trim_end_matches(['.', ','])
                    .rsplit(' ')
                    .next()
                    .unwrap_or("")
            )
            && let Some(who) = self.window.their_org(sentence, names, at, &|name| {
                self.is_org(name).then(|| org_name(name).to_string())
            })
        {
            let mark = if wording.contains('’') {
                "’s"
            } else {
                "'s"
            };
            *wording = if its {
                // "Jay Timmons is its president." → "Jay Timmons is the president of the
                // National Association of Manufacturers.": an organisation's name of several
                // words reads best after its role.
                let role = tail.trim_end_matches(['.', ',']);
                let the = if self.named_with_the(&who) {
                    "the "
                } else {
                    ""
                };
                format!("{owner}{verb}the {role} of {the}{who}.")
            } else {
                format!("{owner}{verb}{who}{mark} {tail}")
            };
        }
        // "The judge ordered him to pay $2 million", "prosecutors charged her with fraud": an
        // object "him" or "her" after a verb in the past, before "to" or "with", means the one
        // person of its gender named before (other than the claim's subject).
        if !quoted {
            self.object_pronoun(wording, subject, sentence, names, at);
            if !self.object_document(wording, sentence) {
                self.object_it(wording, claimant.as_ref(), sentence, names);
            }
        }
        if let Some(c) = claimant.as_mut() {
            self.name_in_full(c);
            // "The attorney general said": the person last named with that title.
            if let Some(role) = c
                .name
                .strip_prefix("the ")
                .or_else(|| c.name.strip_prefix("The "))
                && role_noun(role) == Some(false)
                && let Some(who) = self.roles.get(role)
            {
                c.name = who.clone();
                c.kind = ClaimantKind::Person;
            }
        }
        let limit = if quoted {
            wording.find(['“', '"']).unwrap_or(wording.len())
        } else {
            wording.len()
        };
        // Allocated only when a word is replaced (most wordings keep theirs).
        let mut out = String::new();
        let mut rest = 0;
        let mut expanded: FxHashSet<&str> = FxHashSet::default();
        // The words in a buffer kept from call to call.
        thread_local! {
            static WORDS: std::cell::Cell<Vec<(usize, &'static str)>> =
                const { std::cell::Cell::new(Vec::new()) };
        }
        let mut words: Vec<(usize, &str)> = super::recycle(WORDS.take());
        push_word_spans(&wording[..limit], &mut words);
        let mut k = 0;
        while k < words.len() {
            let (at, w) = words[k];
            // "the company", "the chief executive": the entity it means.
            if w.eq_ignore_ascii_case("the")
                && let Some((entity, n)) = self.role_at(wording, &words[k + 1..], sentence, names)
                // "Nvidia is the chipmaker": what the role says of the name, not the name again.
                && !([" is ", " was "].iter().any(|v| wording[..at].ends_with(v))
                    && wording[..at].contains(entity))
            {
                let end = words[k + n].0 + words[k + n].1.len();
                out.reserve(wording.len() + 16);
                out.push_str(&wording[rest..at]);
                // "The agency said" → "The World Health Organization said": an organisation
                // the article names with its article keeps it.
                if self.with_the.contains(entity) {
                    // "The" or "the" as written, and one space (whatever stood after it).
                    out.push_str(&wording[at..at + 3]);
                    out.push(' ');
                }
                out.push_str(entity);
                // "The attorney general said …": the speaker, not what the words are about.
                let speaker = claimant
                    .as_ref()
                    .is_some_and(|c| c.kind == ClaimantKind::Person && c.name == entity);
                // "Shares of the company rose": an entity's shares are about the entity, as
                // "Shares of Quillon Therapeutics" is.
                let head = at == 0
                    || (lead > 0 && at == lead)
                    || wording.get(lead..at).is_some_and(|h| {
                        h.eq_ignore_ascii_case("shares of ") || h.eq_ignore_ascii_case("shares in ")
                    });
                if head && subject.is_none() && !speaker {
                    *subject = Some(entity.to_string());
                }
                rest = end;
                k += n + 1;
                continue;
            }
            // A run of capitalised words: a bare surname stands for the full name.
            if w.starts_with(char::is_uppercase) {
                let mut e = k;
                while e + 1 < words.len()
                    && words[e + 1].1.starts_with(char::is_uppercase)
                    && words[e + 1].0 == words[e].0 + words[e].1.len() + 1
                {
                    e += 1;
                }
                let run_end = words[e].0 + words[e].1.len();
                let run = &wording[at..run_end];
                // "the U.S. Open": one word after an abbreviation of dotted capitals goes on a
                // name begun before it; it is no surname.
                if k > 0
                    && e == k
                    && let (p_at, p) = words[k - 1]
                    && wording[p_at + p.len()..at] == *". "
                    && p.contains('.')
                    && p.starts_with(char::is_uppercase)
                {
                    k = e + 1;
                    continue;
                }
                // A key of `full` ends as the run does (the name after its title is the run's
                // end): a run whose last word has no key's shape is passed over.
                if !self.may_be_full(run) {
                    k = e + 1;
                    continue;
                }
                // A title is followed by a name: a one-word run is bare already.
                let bare = if run.contains(' ') {
                    split_title(run).1
                } else {
                    run
                };
                if !self.full.is_empty()
                    && let Some(f) = self.full.get(bare).and_then(|f| f.as_deref())
                    && f != bare
                    && !expanded.contains(f)
                    && !wording.contains(f)
                {
                    let mut bare_at = run_end - bare.len();
                    // "Mr. Lugar-Hollis" → "Richard Lugar-Hollis": a courtesy title goes with
                    // the surname it stood before ("Dr." and offices stay).
                    let before = &wording[rest..bare_at];
                    if let Some(t) = ["Mr. ", "Mrs. ", "Ms. ", "Miss "]
                        .iter()
                        .find(|t| before.ends_with(**t))
                        && before[..before.len() - t.len()]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric())
                    {
                        bare_at -= t.len();
                    }
                    out.reserve(wording.len() + 16);
                    out.push_str(&wording[rest..bare_at]);
                    out.push_str(f);
                    expanded.insert(f);
                    rest = run_end;
                }
                k = e + 1;
                continue;
            }
            k += 1;
        }
        WORDS.set(super::recycle(words));
        if rest > 0 {
            out.push_str(&wording[rest..]);
            *wording = out;
        }
    }

    /// "The stock" or "The shares" opening the wording at byte `lead` (before a verb, not "the
    /// stock market", "the shares of …"): the company whose shares were named last
    /// (`shares_of`, kept while no other organisation or subject has been named since); with
    /// the noun and the words after it.
    fn shares_owner<'w>(&self, wording: &'w str, lead: usize) -> Option<(&str, &'w str, &'w str)> {
        let owner = self.shares_of.as_deref()?;
        let rest = wording.get(lead..)?;
        let rest = rest
            .strip_prefix("The ")
            .or_else(|| rest.strip_prefix("the "))?;
        let (noun, tail) = rest.split_once(' ')?;
        if !matches!(noun, "stock" | "shares") {
            return None;
        }
        let next = tail.split([' ', ',', '.']).next().unwrap_or("");
        if next.is_empty()
            || !next.starts_with(|c: char| c.is_ascii_lowercase())
            || matches!(
                next,
                "market"
                    | "markets"
                    | "exchange"
                    | "exchanges"
                    | "index"
                    | "indexes"
                    | "indices"
                    | "of"
                    | "in"
                    | "that"
                    | "which"
            )
        {
            return None;
        }
        Some((owner, noun, tail))
    }

    /// After "the": a role noun and whom it means, with the words it takes (1 or 2).
    fn role_at<'s>(
        &'s self,
        wording: &str,
        next: &[(usize, &str)],
        sentence: &'s str,
        names: &[(usize, &'s str)],
    ) -> Option<(&'s str, usize)> {
        let (_, w) = *next.first()?;
        // "the attorney general", "the secretary of state": a title of several words is
        // read whole (and means no one when no one was named with it, never "the attorney").
        let (noun, n): (&str, usize) = multi_role(next).unwrap_or((w, 1));
        // Most words after "the" are no role noun: answered by one look-up before anything else
        // is read (`Some(true)`: an organisation's role noun, `Some(false)`: a person's).
        let org = role_noun(noun)?;
        let (last_at, last) = next[n - 1];
        let end = last_at + last.len();
        // "the mayor of Boston", "the company Acme": another entity, or one named here.
        let after = &wording[end..];
        // "accused the company of misleading regulators": "of" before a deed in "-ing" says
        // what the entity did; it names no other.
        // After a verb ("accused", "convicted", "cleared"), not "the head of marketing"; the
        // same for "from" ("banned the club from selling").
        let of_deed = [" of ", " from "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .is_some_and(|r| {
                let w = r.split([' ', ',', '.']).next().unwrap_or("");
                let verb = wording[..next[0].0]
                    .trim_end()
                    .strip_suffix("the")
                    .map(str::trim_end)
                    .and_then(|b| b.rsplit(' ').next())
                    .unwrap_or("");
                w.len() > 5
                    && w.ends_with("ing")
                    && w.bytes().all(|b| b.is_ascii_lowercase())
                    && verb.len() > 4
                    && (verb.ends_with("ed") || verb.ends_with("es"))
                    && verb.bytes().all(|b| b.is_ascii_lowercase())
            });
        if ((after.starts_with(" of ") || after.starts_with(" from ")) && !of_deed)
            || after
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase))
        {
            return None;
        }
        if org {
            let phrase = format!("the {noun}");
            let here = sentence.to_ascii_lowercase().find(&phrase);
            return self
                .org_of_role(noun, here, sentence, names)
                .map(|e| (e, n));
        }
        // A person's role noun (of `TITLE_ROLES` or `PERSON_ROLES`): the person last named with it.
        self.roles.get(noun).map(|e| (e.as_str(), n))
    }

    /// The organisation an organisation's role noun ("the club", "the chipmaker", "the
    /// airline") means, said at byte `here` of `sentence` (if it is there): one of a kind it
    /// fits, never merely the last named ("The club said" after "… the BBC reported" is not the
    /// BBC's). `None` when `noun` is no organisation's role noun or none fits.
    pub(super) fn org_of_role<'s>(
        &'s self,
        noun: &str,
        here: Option<usize>,
        sentence: &'s str,
        names: &[(usize, &'s str)],
    ) -> Option<&'s str> {
        if role_noun(noun) != Some(true) {
            return None;
        }
        let noun = role_alias(noun);
        {
            // "Ford Chief Executive Jim Farley said the company would …": the business whose
            // officer is the last name before the noun.
            if let Some(here) = here
                && COMMERCIAL.contains(&noun)
                && let Some(employer) = names
                    .iter()
                    .rev()
                    .find(|(a, _)| *a < here)
                    .and_then(|(_, nm)| employer_of(nm))
            {
                return Some(employer);
            }
            // An organisation named earlier in this sentence comes first ("Acme said the
            // company …"), unless a preposition puts it aside ("Analysts at Morgan Stanley
            // expect the carmaker …") or it is of another kind.
            if let Some(here) = here
                && let Some((_, name)) = names.iter().rev().find(|(a, nm)| {
                    let lead = sentence[..*a].trim_end();
                    let prev = super::last_word(lead);
                    // "Analysts at Morgan Stanley", "researchers from the University of Oslo":
                    // the commentators' employer, not what they speak of.
                    let lead = match lead.rsplit_once(' ') {
                        Some((l, w)) if w.eq_ignore_ascii_case("the") => l.trim_end(),
                        _ => lead,
                    };
                    let mut back = lead.rsplit(' ');
                    let prep = back.next().unwrap_or("");
                    let who = back.next().unwrap_or("");
                    let commentators = one_of!(&["at", "from", "with"], prep)
                        && (one_of!(ANALYSTS, who)
                            || one_of!(&["researchers", "scientists", "experts"], who));
                    let next = sentence[*a + nm.len()..]
                        .split_whitespace()
                        .next()
                        .unwrap_or("");
                    // "Fitch Ratings upgraded the company": the subject of a verb whose object
                    // is "the company" is another organisation (itself would be "itself").
                    // "Goldman Sachs raised its price target on the company": an analyst's
                    // view put on it, the same (`acted_on`).
                    let gap = sentence.get(*a + nm.len()..here).unwrap_or("");
                    let acts_on = (gap.starts_with(' ')
                        && gap.ends_with(' ')
                        && gap.trim().split(' ').count() == 1
                        && gap.trim().starts_with(|c: char| c.is_ascii_lowercase())
                        && !claimant::is_speech_verb(gap.trim()))
                        || acted_on(gap, true);
                    // "in AI data centres": a name after a preposition and before a noun in
                    // lower case (no verb, no word of grammar) describes that noun; it is no
                    // organisation that acts.
                    let describes = one_of!(subject::PREPOSITIONS, prev)
                        && next.starts_with(|c: char| c.is_ascii_lowercase())
                        && next.len() > 2
                        && !next.ends_with(['s', ',', '.'])
                        && !next.ends_with("ed")
                        && !one_of!(subject::MAIN_VERBS, next)
                        && !one_of!(super::decompose::AUX, next)
                        && !one_of!(subject::PREPOSITIONS, next)
                        && !one_of!(subject::CONNECTORS, next)
                        && !claimant::is_speech_verb(next)
                        && !one_of!(super::decompose::IRREGULAR, next);
                    *a < here
                        && self.is_org(nm)
                        && !event_or_term(nm)
                        && !commentators
                        && !acts_on
                        && !describes
                        && role_fits(
                            noun,
                            match org_kind(org_name(nm), prev, next) {
                                OrgKind::Unknown
                                    if cited_source(
                                        &sentence[..*a],
                                        &sentence[*a + nm.len()..],
                                    ) =>
                                {
                                    OrgKind::Outlet
                                }
                                OrgKind::Unknown if of_members(&sentence[*a + nm.len()..]) => {
                                    OrgKind::Members
                                }
                                OrgKind::Unknown => {
                                    self.acronym_kind(nm).unwrap_or(OrgKind::Unknown)
                                }
                                k => k,
                            },
                        )
                })
            {
                return Some(org_name(name));
            }
            // "The European Central Bank cut rates. … HSBC raised its forecast. The bank now
            // expects …": an organisation the last sentence was about, of a kind the noun fits
            // and named after the one whose name holds the noun, is what the noun means.
            let recent = |n: &str| self.orgs.iter().rposition(|(o, _)| o == n);
            if let Some(entity) = self.roles.get(noun)
                && let Some((subject, kind, false)) = &self.subject_org
                && subject != entity
                && !matches!(kind, OrgKind::Outlet)
                && role_fits(noun, *kind)
                && recent(subject) > recent(entity)
                && !self
                    .not_role
                    .iter()
                    .any(|(n, o)| *n == noun && o == subject)
            {
                return Some(subject.as_str());
            }
            if let Some(entity) = self.roles.get(noun) {
                // "…, the state news agency RIA Novosti reported. … The World Health
                // Organization said …. The agency said": a news outlet named with the noun
                // yields to a body of its kind named after it.
                if self.is_outlet(entity)
                    && let Some(at) = self.orgs.iter().rposition(|(n, _)| n == entity)
                    && let Some((later, _)) = self.orgs[at + 1..].iter().rev().find(|(n, k)| {
                        !matches!(k, OrgKind::Outlet) && role_fits(noun, *k) && n != entity
                    })
                {
                    return Some(later.as_str());
                }
                return Some(entity.as_str());
            }
            // The organisation the last sentences were about, when it can be one of its kind
            // (a business for a business noun).
            // Not one of unknown kind when another named is one of the noun's ("The Premier
            // League said …" after "Manchester United signed …": "the club" is United).
            let business = COMMERCIAL.contains(&noun);
            // "UEFA fined the club …. The club said": not the one that acted on it.
            let barred = |name: &str| {
                !self.not_role.is_empty()
                    && self.not_role.iter().any(|(n, o)| *n == noun && o == name)
            };
            if let Some((entity, kind, _)) = &self.subject_org
                && !barred(entity)
                && role_fits(noun, *kind)
                // "The company" of no one trade may be a name of unknown kind the sentences
                // were about ("Microsoft said …. The company expects …") though another was
                // shown to be a company before it.
                && (!matches!(kind, OrgKind::Unknown)
                    || one_of!(ANY_TRADE, noun)
                    || !self.orgs.iter().any(|(_, k)| {
                        matches!(k, OrgKind::Role(r) if *r == noun || (business && same_trade(noun, r)))
                    }))
            {
                return Some(entity.as_str());
            }
            // "Ford recalled 2,000 cars, Reuters reported. The automaker said …": a business or
            // a club the last sentences were about, though nothing in its name says it is one,
            // before an organisation named since of another kind.
            if let Some((name, _, alone)) = &self.subject_name
                && !barred(name)
                && ((business && *alone)
                    || noun == "club"
                    || one_of!(NAMED_INSTITUTIONS, noun))
                && !self.orgs.iter().any(|(n, kind)| {
                    n != name
                        && matches!(kind, OrgKind::Role(r) if *r == noun || (business && same_trade(noun, r)))
                })
            {
                return Some(name.as_str());
            }
            // The organisation named last that can be one of its kind; for a business noun, the
            // last known to be a business before one of unknown kind ("the company" after
            // "Nvidia shares …" and "Fitch Ratings upgraded …").
            let (entity, _) = self
                .orgs
                .iter()
                .rev()
                .find(|(n, kind)| {
                    business
                        && matches!(kind, OrgKind::Role(r) if same_trade(noun, r))
                        && !barred(n)
                })
                .or_else(|| {
                    self.orgs
                        .iter()
                        .rev()
                        .find(|(n, kind)| role_fits(noun, *kind) && !barred(n))
                })?;
            Some(entity.as_str())
        }
    }
}

/// The business before an officer's title in a name ("Ford" of "Ford Chief Executive Jim
/// Farley", "Kestrel" of "Kestrel CEO Priya Natarajan"): one to three capitalised words, no
/// title among them, then a business's title, then a person's name of two words or more.
fn employer_of(name: &str) -> Option<&str> {
    let mut at = 0;
    for (k, w) in name.split(' ').enumerate() {
        if k > 0
            && matches!(
                w,
                "CEO" | "CFO" | "COO" | "Chief" | "Chairman" | "Chairwoman" | "Chair" | "Founder"
            )
        {
            let rest = &name[at + w.len()..];
            let employer = name[..at].trim_end();
            // "Chief" goes on with "Executive": the person's two words after it.
            let need = if w == "Chief" { 3 } else { 2 };
            return (rest.split(' ').filter(|w| !w.is_empty()).count() >= need)
                .then_some(employer)
                .filter(|e| {
                    e.split(' ').all(|w| {
                        w.starts_with(|c: char| c.is_uppercase())
                            && title_of(trim_end_dots(w)).is_none()
                    })
                });
        }
        if k >= 3 {
            return None;
        }
        at += w.len() + 1;
    }
    None
}

/// Whether `noun` (case kept) is a role noun: `Some(true)` for an organisation's (`ORG_ROLES`),
/// `Some(false)` for a person's (`TITLE_ROLES`, `PERSON_ROLES`), `None` for any other word;
/// from a map built once, as it is asked after every "the" of every wording.
fn role_noun(noun: &str) -> Option<bool> {
    static MAP: std::sync::LazyLock<FxHashMap<&'static str, bool>> =
        std::sync::LazyLock::new(|| {
            let mut map = FxHashMap::default();
            for &r in TITLE_ROLES
                .iter()
                .flat_map(|(_, r)| r.iter())
                .chain(PERSON_ROLES)
                .chain(MULTI_ROLES.iter().map(|(r, _)| r))
            {
                map.insert(r, false);
            }
            // "the storm", "the ship": a named thing's noun, meant as a person's role is.
            for r in coref::thing_nouns() {
                map.insert(r, false);
            }
            // An organisation's noun comes first, as it is asked first.
            for &r in ORG_ROLES {
                map.insert(r, true);
            }
            map
        });
    MAP.get(noun).copied()
}

/// The full name of a person named `name` (with `after`, the words after it), or `None` when the
/// name is not a person's: a bare surname given in full when one person of it was named.
/// Where the reported words start in a wording that opens with its speaker's tag ("Prosecutors
/// said he stole …" → at "he"): the tag holds the speaker's name and ends with a verb of speech,
/// within its first words, with no comma or quotation mark before.
fn after_tag(wording: &str, speaker: &str) -> Option<usize> {
    // At the head, after "the" at most: no search through the wording.
    let at = if wording.starts_with(speaker) {
        0
    } else if (wording.starts_with("the ") || wording.starts_with("The "))
        && wording[4..].starts_with(speaker)
    {
        4
    } else {
        return None;
    };
    let from = at + speaker.len();
    if wording[..from].contains([',', '“', '"']) {
        return None;
    }
    let rest = &wording[from..];
    let verb = rest.strip_prefix(' ')?.split(' ').next()?;
    if !claimant::is_speech_verb(verb) {
        return None;
    }
    let mut end = from + 1 + verb.len() + 1;
    // "Nvidia said on May 22, 2024 its revenue …": the date of saying, up to its year.
    if let Some(when) = wording
        .get(end..)
        .filter(|r| r.starts_with("on ") || r.starts_with("in "))
        .and_then(|r| {
            // Read as bytes: the first 32 may end inside a character.
            let b = &r.as_bytes()[..r.len().min(32)];
            (3..b.len().saturating_sub(4)).find(|&i| {
                b[i..i + 4].iter().all(u8::is_ascii_digit) && b[i - 1] == b' ' && b[i + 4] == b' '
            })
        })
    {
        end += when + 5;
    } else if let Some(day) = wording
        .get(end..)
        .and_then(|r| r.strip_prefix("on "))
        .and_then(|r| {
            // A weekday left as written (no date of publication to make it one).
            let w = r.split(' ').next()?;
            matches!(
                w,
                "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
            )
            .then_some(w.len())
        })
    {
        end += 3 + day + 1;
    }
    if wording[end.min(wording.len())..].starts_with("that ") {
        end += 5;
    }
    (end < wording.len()).then_some(end)
}

fn person_named(
    full: &FxHashMap<String, Option<String>>,
    name: &str,
    after: &str,
    surnames: &FxHashSet<String>,
) -> Option<String> {
    let person = after_role(split_title(name).1);
    full_person(full, person, false, || {
        subject::is_person(person, after, surnames)
    })
}

/// "Majority Leader Karen Holt" (its title taken off by `split_title`): a role of several
/// words before a name of two leaves the name; so does a people's adjective ("American Coco
/// Gauff").
fn after_role(person: &str) -> &str {
    // "American Coco Gauff": a people's adjective before a name of two words or more.
    let person = if person.matches(' ').count() >= 2 {
        subject::without_nationality(person)
    } else {
        person
    };
    // The second space from the end, by two byte searches back.
    let pb = person.as_bytes();
    let second_last = memchr::memrchr(b' ', pb).and_then(|i| memchr::memrchr(b' ', &pb[..i]));
    match second_last {
        Some(space) if person.len() - space > 4 && claimant::role_before_person(person) => {
            &person[space + 1..]
        }
        _ => person,
    }
}

/// `person_named` once the name is split from its title into `person`: `not_org` when `person`
/// is known not to be an organisation's name, `is_person` to ask whether it is a person's when
/// the full names do not know it.
fn full_person(
    full: &FxHashMap<String, Option<String>>,
    person: &str,
    not_org: bool,
    is_person: impl FnOnce() -> bool,
) -> Option<String> {
    if person.is_empty() || (!not_org && claimant::is_org(person)) {
        return None;
    }
    // A surname two people share is still a person's: one more candidate, unnamed.
    if let Some(f) = full.get(person) {
        return Some(f.clone().unwrap_or_else(|| person.to_string()));
    }
    is_person().then(|| person.to_string())
}

/// Where the shape of a name's last word (after its last space: its first and last bytes and its
/// length) sits in `Entities::full_last`: the word of the array and its bit.
fn last_word_bit(name: &str) -> (usize, u64) {
    let b = name.as_bytes();
    let from = b.iter().rposition(|&c| c == b' ').map_or(0, |i| i + 1);
    let word = &b[from..];
    let (first, last) = match word {
        [] => (0, 0),
        [f, .., l] => (*f, *l),
        [one] => (*one, *one),
    };
    let h = usize::from(first)
        .wrapping_mul(31)
        .wrapping_add(usize::from(last).wrapping_mul(7))
        .wrapping_add(word.len())
        & 255;
    (h / 64, 1 << (h % 64))
}

/// Relations of family written before a relative's name ("his daughter, Ellen Finch").
/// Is `noun`, after a speaker's "its", "his" or "her" ("its members", "his client"), people
/// other than the speaker: an organisation's members, staff or customers; for a person
/// (`person`), a relative, a client, a lawyer. "Its profit", "his salary", "her book" are the
/// speaker's own, and so is "his party" (a person speaks for it).
pub(super) fn others_of(noun: &str, person: bool) -> bool {
    if person {
        let other = |noun: &str| {
            one_of!(RELATIVES, noun)
                || one_of!(
                    &[
                        "client",
                        "parent",
                        "children",
                        "child",
                        "family",
                        "lawyer",
                        "attorney",
                        "boss",
                        "employer",
                        "patient",
                        "colleague",
                        "friend",
                    ],
                    noun
                )
        };
        other(noun) || noun.strip_suffix('s').is_some_and(other)
    } else {
        one_of!(
            &[
                "members",
                "employees",
                "workers",
                "staff",
                "players",
                "fans",
                "customers",
                "shareholders",
                "investors",
                "clients",
                "users",
                "subscribers",
                "pilots",
                "passengers",
                "students",
                "patients",
                "supporters",
                "residents",
                "member",
                "employee",
                "customer",
            ],
            noun
        )
    }
}

const RELATIVES: &[&str] = &[
    "son",
    "daughter",
    "wife",
    "husband",
    "widow",
    "widower",
    "brother",
    "sister",
    "mother",
    "father",
    "grandson",
    "granddaughter",
    "nephew",
    "niece",
    "cousin",
    "stepson",
    "stepdaughter",
    "partner",
];

/// Is `word` (lower-case) a person's role noun ("president", "mayor", "coach")?
pub(super) fn is_person_role(word: &str) -> bool {
    PERSON_ROLES.contains(&word)
}

/// Does `next` (the sentence after one) open by going on about a business or a club: "The bank
/// also raised …", "The club said …", "The lender's shares fell" (its role noun after "The",
/// given back), or "It said …" (an organisation's tag, no noun)? Not a noun of a body named
/// with it ("the ministry", "the federation"), which no plain name is.
pub(super) fn named_as_body(next: &str) -> Option<Option<&'static str>> {
    let next = next.trim_start();
    if let Some(rest) = next.strip_prefix("The ") {
        let noun = rest.split([' ', ',', '\'', '’']).next().unwrap_or("");
        if rest.len() == noun.len() {
            return None;
        }
        let noun = ORG_ROLES
            .iter()
            .find(|&&r| r == noun)
            .filter(|&&r| COMMERCIAL.contains(&r) || matches!(r, "club" | "side"))?;
        return Some(Some(*noun));
    }
    next.strip_prefix("It ")
        .is_some_and(|rest| {
            let rest = rest.strip_prefix("also ").unwrap_or(rest);
            rest.split([' ', ',', '.'])
                .next()
                .is_some_and(claimant::is_speech_verb)
        })
        .then_some(None)
}

/// May `noun` after a people's adjective ("the Japanese automaker", "the German club") mean an
/// organisation named before? A business or a club may; a nation's body ("the French league",
/// "the Italian government") is its own.
pub(super) fn nation_refers_back(noun: &str) -> bool {
    COMMERCIAL.contains(&noun) || matches!(noun, "club" | "side" | "team")
}

/// Is `word` (lower-case) an organisation's role noun ("company", "carmaker", "bank")?
pub(super) fn is_org_role(word: &str) -> bool {
    ORG_ROLES.contains(&word)
}

/// Is `word` (capitalised, without a full stop) a role noun written before a name ("Chipmaker
/// Veltrix Corp.", "Striker Tom Reyes") rather than part of it: not a title ("Mayor") and not an
/// organisation's word ("Bank of England")?
pub(super) fn is_role_noun(word: &str) -> bool {
    (ORG_ROLES.iter().any(|r| r.eq_ignore_ascii_case(word))
        || PERSON_ROLES.iter().any(|r| r.eq_ignore_ascii_case(word)))
        && !claimant::is_title(word)
        && !TITLE_ROLES.iter().any(|(t, _)| *t == word)
        && !subject::is_org_word(word)
}

/// The roles a title gives (`TITLE_ROLES`, case kept), from a map built once: `split_title` asks
/// it of the first words of every name, many times a sentence, where a walk of the list costs
/// a comparison per title.
fn title_roles(word: &str) -> Option<&'static [&'static str]> {
    if !title_shaped(word) {
        return None;
    }
    static MAP: std::sync::LazyLock<FxHashMap<&'static str, &'static [&'static str]>> =
        std::sync::LazyLock::new(|| {
            let mut map = FxHashMap::default();
            // The first of a title listed twice wins, as a walk of the list finds it.
            for &(t, r) in TITLE_ROLES.iter().rev() {
                map.insert(t, r);
            }
            map
        });
    MAP.get(word).copied()
}

/// `(title_roles(word), claimant::is_title(word))` in one look-up, `None` when neither knows
/// the word (most first words of names): from a map built once, as `split_title` asks it of the
/// first word of every name.
fn title_of(word: &str) -> Option<(Option<&'static [&'static str]>, bool)> {
    type Titles = FxHashMap<&'static str, (Option<&'static [&'static str]>, bool)>;
    static MAP: std::sync::LazyLock<Titles> = std::sync::LazyLock::new(|| {
        let mut map: Titles = FxHashMap::default();
        for &(t, _) in TITLE_ROLES {
            map.insert(t, (title_roles(t), claimant::is_title(t)));
        }
        for &t in claimant::TITLES {
            map.entry(t).or_insert((None, true));
        }
        map
    });
    if !title_shaped(word) {
        return None;
    }
    MAP.get(word).copied()
}

/// Could `word` be a title (`TITLE_ROLES` or `claimant::TITLES`), by its first byte and length?
/// Most first words of names are not (a first name): passed over before a hash.
fn title_shaped(word: &str) -> bool {
    word.as_bytes()
        .first()
        .is_some_and(|&b| TITLE_SHAPES[usize::from(b)] & shape_bit(word.len()) != 0)
}

/// The bit of a word's length in `TITLE_SHAPES` (31 for any length from 31).
const fn shape_bit(len: usize) -> u32 {
    1 << if len < 31 { len } else { 31 }
}

/// For each first byte, the lengths of the titles that start with it, as `shape_bit`s.
const TITLE_SHAPES: [u32; 256] = {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < TITLE_ROLES.len() {
        let w = TITLE_ROLES[i].0.as_bytes();
        t[w[0] as usize] |= shape_bit(w.len());
        i += 1;
    }
    let mut i = 0;
    while i < claimant::TITLES.len() {
        let w = claimant::TITLES[i].as_bytes();
        t[w[0] as usize] |= shape_bit(w.len());
        i += 1;
    }
    t
};

/// `w.trim_end_matches('.')`, by bytes.
fn trim_end_dots(w: &str) -> &str {
    let dots = w.bytes().rev().take_while(|&b| b == b'.').count();
    &w[..w.len() - dots]
}

/// A name's titles and roles in front ("Sen. Ann Lee", "Kestrel CEO Priya Natarajan") and the
/// rest: the role nouns they give, and the person's name.
pub(super) fn split_title(name: &str) -> (&'static [&'static str], &str) {
    let mut roles: &'static [&'static str] = &[];
    let mut rest = name;
    loop {
        // `split_once(' ')` by a byte walk: a name is a few words, too short for a search.
        let Some(space) = rest.bytes().position(|b| b == b' ') else {
            return (roles, rest);
        };
        let (first, tail) = (&rest[..space], &rest[space + 1..]);
        let bare = trim_end_dots(first);
        match title_of(bare) {
            Some((Some(r), _)) => {
                roles = r;
                rest = tail;
                // "Secretary of State Antony Blinken", "Minister of Foreign Affairs Wang Yi":
                // the title's "of" and the capitalised words after it, leaving a name of two.
                if let Some(field) = rest.strip_prefix("of ") {
                    let words = field.split(' ').count();
                    // "Secretary of the Treasury" with no name after it: the office whole.
                    if words <= 2 && field.starts_with("the ") {
                        return (&[], name);
                    }
                    if words >= 3 {
                        let skip = field
                            .split(' ')
                            .take(words - 2)
                            .map(|w| w.len() + 1)
                            .sum::<usize>();
                        rest = &field[skip..];
                    }
                }
            }
            Some((None, true)) => rest = tail,
            _ => {
                // A role after an organisation's name: "Kestrel CEO Priya Natarajan".
                // The spaces found by bytes, as above: a few words, too short for a search.
                if let Some(space2) = tail.bytes().position(|b| b == b' ')
                    && let (second, tail2) = (&tail[..space2], &tail[space2 + 1..])
                    && let Some(r) = title_roles(second)
                    && tail2.bytes().any(|b| b == b' ')
                {
                    return (r, tail2);
                }
                return (roles, rest);
            }
        }
    }
}

/// A person's name without the title or role in front: `split_title`, or the last two words
/// after a role of several words that `split_title` does not know ("Ohio Attorney General
/// David Yost", "Acme Corp. Chief Executive Jane Doe"), also after a title it knows ("Chief
/// Financial Officer Amy Hood").
pub(super) fn untitled(name: &str) -> &str {
    let bare = split_title(name).1;
    if let Some(space) = memchr::memrchr(b' ', bare.as_bytes())
        .and_then(|i| memchr::memrchr(b' ', &bare.as_bytes()[..i]))
        && claimant::role_before_person(bare)
    {
        return claimant::after_last_role(bare).unwrap_or(&bare[space + 1..]);
    }
    bare
}

/// `word_spans(s)` pushed onto `out`: an ASCII text (most) is walked by bytes in one loop.
fn push_word_spans<'s>(s: &'s str, out: &mut Vec<(usize, &'s str)>) {
    if !s.is_ascii() {
        out.extend(word_spans(s));
        return;
    }
    let b = s.as_bytes();
    let word = |c: u8| super::WORD_BYTE[usize::from(c)];
    let mut i = 0;
    while i < b.len() {
        if !word(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() {
            if word(b[i]) {
                i += 1;
            } else if b[i] == b'&'
                && i > start
                && b[i - 1].is_ascii_uppercase()
                && b.get(i + 1).is_some_and(u8::is_ascii_uppercase)
            {
                // "S&P", "AT&T": an ampersand between capitals is inside the word.
                i += 1;
            } else {
                break;
            }
        }
        let (mut from, mut to) = (start, i);
        while from < to && matches!(b[from], b'.' | b'-') {
            from += 1;
        }
        while to > from && matches!(b[to - 1], b'.' | b'-') {
            to -= 1;
        }
        if from < to {
            out.push((from, &s[from..to]));
        }
    }
}

/// Words (letters and digits, with inner hyphens and dots) and their byte offsets: the claim
/// stage's words without a hyphen or full stop at either end.
fn word_spans(s: &str) -> impl Iterator<Item = (usize, &str)> {
    super::word_spans(s).filter_map(|(at, w)| {
        // '.' and '-' are ASCII: trimmed as bytes, without decoding characters.
        let b = w.as_bytes();
        let lead = b.iter().take_while(|&&c| c == b'.' || c == b'-').count();
        let trail = b[lead..]
            .iter()
            .rev()
            .take_while(|&&c| c == b'.' || c == b'-')
            .count();
        let inner = &w[lead..w.len() - trail];
        (!inner.is_empty()).then_some((at + lead, inner))
    })
}

/// Verbs that carry on a speaker's words in a clause of their own ("…, she said, and added that
/// X").
const SPEECH_GOES_ON: &[&str] = &[
    "added",
    "adds",
    "argued",
    "explained",
    "insisted",
    "noted",
    "said",
    "says",
    "warned",
];

/// Where a clause starts past its leading spaces and punctuation, and where its own words start,
/// past an "and" or a "but" that opens it.
fn past_joint(sentence: &str, clause: &Range<usize>) -> Option<(usize, usize)> {
    let text = sentence.get(clause.clone())?;
    let lead = clause.start + text.len() - text.trim_start_matches([' ', ',', ';']).len();
    let mut at = lead;
    for joint in ["and ", "but "] {
        if sentence[at..].starts_with(joint) {
            at += joint.len();
        }
    }
    Some((lead, at))
}

/// A clause that goes on with the last speaker's words, without naming them: "and added that the
/// library will open in May". The verb's range and the words' range, in `sentence`.
pub(super) fn speech_goes_on(
    sentence: &str,
    clause: Range<usize>,
) -> Option<(Range<usize>, Range<usize>)> {
    let (_, at) = past_joint(sentence, &clause)?;
    let verb_len = memchr::memchr(b' ', &sentence.as_bytes()[at..clause.end])?;
    let verb = &sentence[at..at + verb_len];
    if !SPEECH_GOES_ON.contains(&verb) {
        return None;
    }
    let mut from = at + verb_len + 1;
    if sentence[from..clause.end].starts_with("that ") {
        from += "that ".len();
    }
    let words = sentence[from..clause.end].split_whitespace().count();
    (words >= 3 && !sentence[from..].starts_with(super::claimant::is_quote_mark))
        .then_some((at..at + verb_len, from..clause.end))
}

/// "Cloudflare said on Tuesday that a faulty file caused the outage, and that it would change
/// how such files are deployed": a clause that opens with "that" after "and" or "but" (and
/// nothing else before it), then a clause with a finite verb within eight words, goes on with
/// the words of the speaker who said the clause before; the words after "that".
pub(super) fn that_goes_on(
    s: &super::decompose::Words,
    clause: Range<usize>,
) -> Option<Range<usize>> {
    let (lead, at) = past_joint(s.text, &clause)?;
    // The joining word ends the clause before, or opens this one.
    let before = s.text[..lead].trim_end();
    let joined = at > lead || before.ends_with(" and") || before.ends_with(" but");
    let from = at + "that ".len();
    if !joined || !s.text[at..clause.end].starts_with("that ") {
        return None;
    }
    // "…, and that is why …": "that" before a verb is the clause's subject, no conjunction.
    let k = s.index(from);
    let conjunction = s.words.get(k).is_some_and(|&(_, w)| {
        !s.finite(k) && !super::decompose::AUX.contains(&w) && w.starts_with(char::is_lowercase)
            || w.starts_with(char::is_uppercase)
    });
    (conjunction
        && (k + 1..(k + 9).min(s.index(clause.end))).any(|j| s.finite(j))
        && !s.text[from..].starts_with(super::claimant::is_quote_mark))
    .then_some(from..clause.end)
}

/// "The minister said inflation had fallen to 3%, and unemployment rose to 5%": a clause joined
/// by ", and" or ", while" to reported words that run up to the join, with a subject of its own
/// and a finite verb within eight words, and no verb of speech, goes on with the speaker's
/// words; its range past the joining word. A clause whose subject is "he", "she", "I" or "we" is
/// the speaker's deed ("…, and she resigned on Friday") unless a modal of reported speech
/// follows ("…, and he would vote against it"); the caller asks that the clause before was the
/// speaker's words (`said`). A clause in the present after words in the past ("said the bill
/// would cost $2 billion, and Republicans have vowed to block it") is the reporter's own.
pub(super) fn words_go_on(
    s: &super::decompose::Words,
    said: Range<usize>,
    clause: Range<usize>,
) -> Option<Range<usize>> {
    let head = s.text.get(..clause.start)?;
    if !(head.ends_with(", and ") || head.ends_with(", while ")) {
        return None;
    }
    let k = s.index(clause.start);
    let end = s.index(clause.end);
    let &(at, first) = s.words.get(k).filter(|_| k < end)?;
    if s.finite(k)
        || s.text[at..].starts_with(super::claimant::is_quote_mark)
        || one_of!(
            &["that", "then", "also", "added", "so", "you", "it's"],
            first
        )
    {
        return None;
    }
    if one_of!(&["he", "she", "i", "we", "they"], first)
        && !s
            .words
            .get(k + 1)
            .is_some_and(|&(_, w)| one_of!(&["would", "could", "might"], w))
    {
        return None;
    }
    let verb = (k + 1..(k + 9).min(end)).find(|&j| s.finite(j))?;
    // A tag of its own is read as one; a clause with a verb of speech is left alone.
    if (k..end).any(|j| s.class(j) & super::words::SPEECH != 0) {
        return None;
    }
    let before = (s.index(said.start)..s.index(said.end)).find(|&j| s.finite(j))?;
    if present_tense(s.words[verb].1) && !present_tense(s.words[before].1) {
        return None;
    }
    let stop = clause.start
        + s.text[clause.clone()]
            .trim_end_matches([' ', ',', ';'])
            .len();
    (stop > at).then_some(at..stop)
}

/// Is the finite verb `w` in the present ("is", "has", "will", "rises")?
fn present_tense(w: &str) -> bool {
    one_of!(
        &[
            "is", "are", "am", "has", "have", "will", "can", "may", "must", "shall", "does", "do",
            "isn't", "aren't", "won't", "can't", "doesn't", "don't", "hasn't", "haven't",
        ],
        w
    ) || (super::decompose::s_form(w) && !one_of!(super::decompose::AUX, w))
}

/// A speaker's reported words cut where the speaker goes on ("the state will hire 500 nurses,
/// and added that the program will cost $30 million"): the words before, and those after the verb.
pub(super) fn split_goes_on(sentence: &str, words: Range<usize>) -> Vec<Range<usize>> {
    let text = &sentence[words.clone()];
    for joint in [", and ", ", but "] {
        let mut from = 0;
        // By a scan for the comma (`find_str`), not the standard searcher set up per call.
        while let Some(at) = super::find_str(&text[from..], joint) {
            let comma = words.start + from + at;
            if let Some((_, after)) = speech_goes_on(sentence, comma + 1..words.end) {
                return vec![words.start..comma, after];
            }
            from += at + joint.len();
        }
    }
    vec![words]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Mary told on Sunday: “ a terr…ae\u{301} …": the date of saying is read by bytes, and a
    /// character across the 32nd byte is passed over, not sliced.
    #[test]
    fn a_tag_s_date_is_read_by_bytes() {
        let w =
            "Mary told on Sunday: \u{201c} a terrThis is ae\u{301} terrThis is a terrible threat.";
        let _ = after_tag(w, "Mary");
    }

    fn who(c: &Claim) -> Option<(&str, ClaimantKind)> {
        c.claimant.as_ref().map(|c| (c.name.as_str(), c.kind))
    }

    /// "According to the Federal Reserve, … The striker has scored 568 goals for the club.": a
    /// central bank is a public body (`AUTHORITIES`), never what "the club" or "the company"
    /// means; the noun stays as written.
    #[test]
    fn a_central_bank_is_no_club() {
        assert_eq!(
            org_kind("Federal Reserve", "the", "said"),
            OrgKind::Authority
        );
        let c = crate::extract::extract(
            "According to the Federal Reserve, the number rose 6.6% to 215,484 in June.\n\n\
             The 33-year-old striker has scored 568 goals for the club.",
            None,
        )
        .claims;
        let last = c.last().expect("claims");
        assert!(last.text.ends_with("for the club."), "{}", last.text);
    }

    /// "Real Oviedo confirmed the signing. The club said …": a name of plain words at the
    /// head that the next sentence calls "the club" or "the bank", or whose "It said" follows,
    /// is an organisation's, of that noun's kind; not a person with a given name, nor one the
    /// next sentence calls by a body's noun named with it ("the federation").
    /// The date of saying after a tag put first is looked for in the next 32 bytes, which may end
    /// inside a character ("Rogozin said on Sunday: “This is a terrib\u{200e}le threat"): read
    /// as bytes, never sliced (a panic the fuzz test found).
    #[test]
    fn a_tag_put_first_followed_by_wide_characters_is_read_safely() {
        let w = "Rogozin said on Sunday: \u{201c}This is a terrib\u{200e}le threat.\u{201d}";
        assert_eq!(after_tag(w, "Rogozin"), Some("Rogozin said ".len()));
        assert_eq!(
            after_tag("Nvidia said on May 22, 2024 its revenue rose.", "Nvidia"),
            Some("Nvidia said on May 22, 2024 ".len())
        );
    }

    #[test]
    fn a_plain_name_the_next_sentence_calls_a_body_is_an_organisation() {
        let all = claims(
            "Real Oviedo confirmed the signing of the French defender on Monday. The club said \
             he would join on July 1.",
        );
        let c = claim(&all, "would join");
        assert_eq!(
            who(c),
            Some(("Real Oviedo", ClaimantKind::Organization)),
            "{all:#?}"
        );
        let all = claims(
            "Shares of Corvane fell 4% on Tuesday. Stanton Hale downgraded the company to \
             underweight. It said margins would shrink next year.",
        );
        let c = claim(&all, "margins");
        assert_eq!(
            who(c),
            Some(("Stanton Hale", ClaimantKind::Organization)),
            "{all:#?}"
        );
        assert!(c.text.starts_with("Stanton Hale said"), "{}", c.text);
        // A person named with a common given name stays one.
        let all = claims(
            "Jane Porter unveiled the plan on Monday. The company said it would hire 200 \
             people. Jane Porter said the plan would cost $5 million.",
        );
        let c = claim(&all, "$5 million");
        assert_eq!(
            who(c),
            Some(("Jane Porter", ClaimantKind::Person)),
            "{all:#?}"
        );
        // "The federation" is a body named with its noun, no plain name before it.
        let all = claims(
            "Federation spokesman Marco Bellini said the body would review the decisions. The \
             federation fined the club 50,000 euros.",
        );
        let c = claim(&all, "review the decisions");
        assert_eq!(
            who(c),
            Some(("Marco Bellini", ClaimantKind::Person)),
            "{all:#?}"
        );
        assert_eq!(named_as_body("The club said"), Some(Some("club")));
        assert_eq!(named_as_body("It said the deal was done."), Some(None));
        assert_eq!(named_as_body("The federation said"), None);
        assert_eq!(named_as_body("It was a record."), None);
    }

    /// "Banco Meridional said its net profit rose": a speaker of plain words whose words open
    /// with "its" is an organisation; "The United States said": a country speaks as a state.
    #[test]
    fn a_speaker_of_its_own_thing_is_an_organisation() {
        let all = claims("Banco Meridional said its net profit rose 12% in the second quarter.");
        let c = claim(&all, "12%");
        assert_eq!(
            who(c),
            Some(("Banco Meridional", ClaimantKind::Organization)),
            "{all:#?}"
        );
        assert_eq!(c.subject.as_deref(), Some("Banco Meridional"));
        let all = claims("Tom Harlan said its board had met twice.");
        assert!(
            all.iter()
                .all(|c| who(c).is_none_or(|(_, k)| k == ClaimantKind::Person)),
            "{all:#?}"
        );
        let all = claims("The United States said it would give $300 million to the effort.");
        let c = claim(&all, "$300 million");
        assert_eq!(
            who(c),
            Some(("United States", ClaimantKind::Organization)),
            "{all:#?}"
        );
    }

    /// "Norway's finance ministry said …. It said …": "It said" after a body that spoke is
    /// that body, the claim's claimant; "It expects" is its own forecast, no tag.
    #[test]
    fn it_said_has_the_organisation_it_means_as_claimant() {
        let all = claims(
            "Norway's finance ministry said oil revenue rose 3.5% in May. It said the increase \
             was driven by higher prices.",
        );
        let c = claim(&all, "higher prices");
        assert_eq!(
            who(c),
            Some(("Norway's finance ministry", ClaimantKind::Organization)),
            "{all:#?}"
        );
        let all = claims(
            "Deutsche Bank reported a net profit of 1.5 billion euros. It said revenue rose 9%.",
        );
        let c = claim(&all, "9%");
        assert_eq!(
            who(c),
            Some(("Deutsche Bank", ClaimantKind::Organization)),
            "{all:#?}"
        );
        let all = claims(
            "Xiaomi said it sold 40 million phones in the first quarter. It expects its sales to \
             grow 15% this year.",
        );
        let c = claim(&all, "15%");
        assert!(c.claimant.is_none(), "{all:#?}");
    }

    /// "The Securities and Exchange Commission fined it $15 million": an object "it" after a
    /// deed means the one organisation of the last sentence that does not do the deed, or the
    /// one that says so; none when two could be meant.
    #[test]
    fn an_object_it_is_the_one_organisation_acted_on() {
        let all = claims(
            "Harwick Bank reported a loss of 1.5 billion euros. The Securities and Exchange \
             Commission fined it $15 million in 2023.",
        );
        let c = claim(&all, "$15 million");
        assert!(
            c.text.contains("fined Harwick Bank $15 million"),
            "{}",
            c.text
        );
        let all = claims("Regulators fined it $2 million last year, Deutsche Bank said.");
        let c = claim(&all, "$2 million");
        assert!(
            c.text.contains("fined Deutsche Bank $2 million"),
            "{}",
            c.text
        );
        // Two organisations before: no name.
        let all =
            claims("Harwick Bank sued Corvane Corp. in May. The regulator fined it $2 million.");
        let c = claim(&all, "$2 million");
        assert!(c.text.contains("fined it"), "{}", c.text);
    }

    /// "The governor signed the budget bill. The legislature had passed it last week": an object
    /// "it" right after a deed done to a document (passed, would veto, criticized) means the one
    /// document named before, in its own sentence or the last, worded with "the"; none when two
    /// documents could be meant.
    #[test]
    fn an_object_it_after_a_deed_on_a_document_is_the_document() {
        let all = claims(
            "The governor signed the budget bill on Friday. The legislature had passed it last \
             week by a vote of 80 to 40.",
        );
        let c = claim(&all, "80 to 40");
        assert!(
            c.text.contains("had passed the budget bill last week"),
            "{}",
            c.text
        );
        let all = claims(
            "The House voted 230-198 on Wednesday to pass a farm bill. President Joe Biden has \
             said he would veto it.",
        );
        let c = claim(&all, "veto");
        assert!(c.text.ends_with("would veto the farm bill."), "{}", c.text);
        let all = claims(
            "The city council approved a $4 million plan to repair roads. Residents criticized \
             it on Monday.",
        );
        let c = claim(&all, "Residents");
        assert!(
            c.text.contains("criticized the $4 million plan"),
            "{}",
            c.text
        );
        // Two documents before: no name.
        let all = claims(
            "The Senate passed the budget bill and repealed the tax law. The governor signed it \
             on Friday.",
        );
        let c = claim(&all, "governor");
        assert!(c.text.contains("signed it"), "{}", c.text);
        assert_eq!(
            super::super::coref::document_named("Police said law enforcement officers arrived."),
            None
        );
    }

    /// "She founded the Southern Legal Aid Center in 1968 and led it for 30 years": the first
    /// name of a sentence that opens with "she" is no doer, so the organisation it names before
    /// the object "it" is what "it" means, before any of the last sentence.
    #[test]
    fn an_object_it_after_a_pronoun_doer_is_the_organisation_of_its_sentence() {
        let all = claims(
            "Margaret Ellison graduated from Howard University in 1959. She founded the Southern \
             Legal Aid Center in 1968 and led it for 30 years.",
        );
        let c = claim(&all, "30 years");
        assert!(
            c.text
                .contains("led Southern Legal Aid Center for 30 years")
                || c.text
                    .contains("led the Southern Legal Aid Center for 30 years"),
            "{}",
            c.text
        );
    }

    /// "UEFA opened an investigation into the club's finances": a body that brings a
    /// proceeding against the club is never what "the club" means; "the regulator", "the
    /// exchange" and "the federation" are bodies named as such, never a name of unknown kind;
    /// "the French league" a nation's own body.
    #[test]
    fn a_body_is_not_the_organisation_it_acts_on_or_of_unknown_kind() {
        let all = claims(
            "Manchester United agreed a fee of 60 million pounds for the striker. UEFA opened \
             an investigation into the club's finances last month.",
        );
        let c = claim(&all, "investigation");
        assert!(
            c.text.contains("into Manchester United's finances"),
            "{}",
            c.text
        );
        assert!(acted_on(" opened an investigation into ", true));
        assert!(acted_on(" filed a lawsuit against ", true));
        assert!(!acted_on(" opened a store in ", true));
        let all = claims(
            "Morgan Stanley downgraded the bank. The exchange said trading volumes fell 8% in May.",
        );
        let c = claim(&all, "8%");
        assert_eq!(
            who(c),
            Some(("the exchange", ClaimantKind::Organization)),
            "{all:#?}"
        );
        let all = claims(
            "Donors pledged $2 billion, the European Commission said. The French league said it \
             would review the case.",
        );
        let c = claim(&all, "review the case");
        assert_eq!(
            who(c),
            Some(("the French league", ClaimantKind::Organization)),
            "{all:#?}"
        );
        let all = claims(
            "Goldman Sachs cut its price target on Tesla to $250. The broker said demand had \
             slowed.",
        );
        let c = claim(&all, "demand had slowed");
        assert_eq!(
            who(c),
            Some(("Goldman Sachs", ClaimantKind::Organization)),
            "{all:#?}"
        );
    }

    /// "X said A, and B": a clause joined after reported words that run up to the join goes
    /// on with them, the same speaker's; not a deed of "she", nor a clause in the present after
    /// words in the past, nor one after a deed.
    #[test]
    fn a_clause_after_reported_words_goes_on_with_them() {
        let all = claims(
            "Finance Minister Rachel Adeyemi said inflation had fallen to 3% in May, and \
             unemployment rose to 5%.",
        );
        let c = claim(&all, "unemployment rose to 5%");
        assert_eq!(
            c.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Rachel Adeyemi"),
            "{all:#?}"
        );
        assert!(c.text.contains("said unemployment"), "{}", c.text);
        let all = claims(
            "The central bank said inflation had eased to 2.8%, while wage growth slowed to 4.1%.",
        );
        assert!(
            claim(&all, "wage growth slowed").claimant.is_some(),
            "{all:#?}"
        );
        for (t, needle) in [
            (
                "Mayor Janet Ruiz said the city would hire 40 officers, and she signed the order on Monday.",
                "signed the order",
            ),
            (
                "The senator said the bill would cost $2 billion, and Republicans in the House have vowed to block it.",
                "vowed to block",
            ),
            (
                "The company announced a plan to cut 500 jobs, and its shares fell 4% in early trading.",
                "shares fell",
            ),
        ] {
            let all = claims(t);
            assert!(claim(&all, needle).claimant.is_none(), "{t}: {all:#?}");
        }
    }

    /// "IT" before a noun ("IT spending", "Global IT spending") is a term, no organisation
    /// "the firm" means, nor the pronoun "it".
    #[test]
    fn it_spending_is_a_term() {
        assert!(event_or_term("IT") && event_or_term("Global IT"));
        assert!(!event_or_term("Global Industries"));
        let all = claims(
            "Gartner released its forecast on Monday. IT spending rose 8% in 2024, the firm said.",
        );
        let c = claim(&all, "spending rose 8%");
        assert_eq!(
            c.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Gartner"),
            "{all:#?}"
        );
        assert!(!c.text.contains("its spending"), "{}", c.text);
    }
    use crate::extract::{Claim, extract};

    fn claims(text: &str) -> Vec<Claim> {
        extract(text, None).claims
    }

    /// The claim whose text holds `needle`.
    fn claim<'c>(all: &'c [Claim], needle: &str) -> &'c Claim {
        all.iter()
            .find(|c| c.text.contains(needle))
            .unwrap_or_else(|| panic!("no claim with {needle:?} in {all:#?}"))
    }

    /// "Rio Tinto reported a 12% fall in first-half profit", "Anglo American posted a loss": a
    /// name of plain words that reports results is a company's, for "the miner" and "the
    /// company" next; a name a given name opens is still a person's, and an outlet that
    /// reports what a company earned ("reported on Tuesday that revenue") is no company.
    #[test]
    fn a_plain_name_that_reports_results_is_a_company() {
        let all = claims(
            "Rio Tinto reported a 12% fall in first-half profit on Wednesday. The miner said \
             iron ore shipments rose to 79.9 million tonnes.",
        );
        let c = claim(&all, "shipments");
        assert_eq!(
            c.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Rio Tinto"),
            "{c:#?}"
        );
        let all = claims(
            "Anglo American posted a loss of $1.5 billion. The company said it would sell its \
             coal mines by 2027.",
        );
        assert!(
            claim(&all, "coal mines")
                .text
                .starts_with("Anglo American said"),
            "{all:#?}"
        );
        assert!(reports_results(
            " reported a 12% fall in first-half profit."
        ));
        assert!(!reports_results(" reported on Tuesday that revenue fell."));
        assert!(!reports_results(" posted a video about Tesla's sales."));
        assert!(!plain_company_name("Maria Lopez", &FxHashSet::default()));
        assert!(plain_company_name("Rio Tinto", &FxHashSet::default()));
    }

    /// "Manchester United signed Matheus Cunha … The Premier League said … The club said":
    /// the club is the one of the story, not a league the last sentence was about.
    #[test]
    fn the_club_is_no_league() {
        let all = claims(
            "Manchester United signed Matheus Cunha from Wolves on Thursday. The Premier League \
             said the transfer window would close on Sept. 1. The club said Cunha had signed a \
             five-year contract.",
        );
        let c = claim(&all, "five-year");
        assert_eq!(
            c.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Manchester United"),
            "{c:#?}"
        );
    }

    /// "Their" before a role in a body ("is their chief executive") is the one organisation
    /// named before; two sides, or a family, leave it.
    #[test]
    fn their_before_a_role_in_a_body_is_the_one_organisation() {
        let all = claims(
            "Nimbus Labs raised $40 million in March. Their chief executive, Dana Wells, said the \
             company would hire 200 engineers.",
        );
        let c = claim(&all, "chief executive");
        assert!(
            c.text
                .starts_with("Dana Wells is Nimbus Labs' chief executive"),
            "{:?}",
            c.text
        );
        let all = claims(
            "Arsenal beat Chelsea 2-0 on Sunday. Their manager, Mikel Arteta, said the title \
             race was open.",
        );
        assert!(claim(&all, "manager").text.contains("their manager"));
        // An organisation named before a sentence that named only a place and a thing.
        let all = claims(
            "Amnesty International said 300 protesters were killed. The Kenyan team beat Uganda \
             3-1 on Sunday. Their coach, Mark Otieno, said the players had trained for six weeks.",
        );
        assert!(claim(&all, "Otieno is").text.contains("their coach"));
        let all = claims(
            "The Garcias lost their home in the fire. Their lawyer, Ann Ruiz, said they would sue \
             for $2 million.",
        );
        assert!(claim(&all, "lawyer").text.contains("their lawyer"));
    }

    /// An object "him" or "her" after a verb in the past and before "to", "with", "for", "of"
    /// or a figure is the one person of its gender named before; with two, or none, it stays.
    #[test]
    fn an_object_pronoun_is_the_one_person_of_its_gender() {
        for (text, needle, want) in [
            (
                "Peter Holt was convicted of fraud in March. The judge ordered him to pay \
                 $2 million in restitution.",
                "$2 million",
                "The judge ordered Peter Holt to pay $2 million",
            ),
            (
                "Maria Gomez, 34, was arrested on Friday. Prosecutors charged her with three \
                 counts of theft.",
                "three counts",
                "Prosecutors charged Maria Gomez with three counts",
            ),
        ] {
            let all = claims(text);
            let c = claim(&all, needle);
            assert!(c.text.starts_with(want), "{:?}", c.text);
            assert!(c.subject.is_some(), "{c:?}");
        }
        let all = claims(
            "Lena Brandt was shown a red card on Sunday. The league fined her $2,000 and \
             suspended her for three matches.",
        );
        assert!(
            claim(&all, "$2,000")
                .text
                .contains("fined Lena Brandt $2,000")
        );
        // Two women named before: no one is chosen.
        let all = claims(
            "Sarah Kim and Laura Chen were hired in May. The mayor asked her to lead a review of \
             300 contracts.",
        );
        assert!(claim(&all, "300").text.contains("asked her to"));
        // "her" before a noun is a possessive, not an object.
        let all = claims(
            "Maria Gomez, 34, was arrested on Friday. Police ordered her company to pay $9,000.",
        );
        assert!(claim(&all, "$9,000").text.contains("ordered her company"));
    }

    /// "The council", "the board" mean only a body named with the noun ("the Oakdale City
    /// Council"), never a club or a company the story was about; none named, the noun stays.
    #[test]
    fn the_council_is_only_a_council_named_before() {
        let all = claims(
            "Manchester City beat Arsenal 2-1 on Sunday. The council raised parking fees to $3 \
             an hour.",
        );
        let c = claim(&all, "parking");
        assert!(c.text.starts_with("The council raised"), "{}", c.text);
        assert_eq!(c.subject, None);
        let all = claims(
            "The Oakdale City Council voted 7-2 on Tuesday to raise parking fees. The council \
             also cut bus fares by 10%.",
        );
        assert_eq!(
            claim(&all, "bus fares").subject.as_deref(),
            Some("Oakdale City Council")
        );
        let all =
            claims("Apple said its profit rose 8%. The board approved a $90 billion buyback.");
        assert_eq!(claim(&all, "buyback").subject, None);
    }

    /// "The stock", "The shares" after a company's shares were named are that company's; not
    /// after the stock market was, nor after another organisation was named since.
    #[test]
    fn the_stock_is_the_company_whose_shares_were_named() {
        let all = claims(
            "Apple's shares rose 1.2% to $245.83 in afternoon trading. The stock has lost about \
             2% so far this year.",
        );
        let c = claim(&all, "about 2%");
        assert!(c.text.starts_with("Apple's stock has lost"), "{}", c.text);
        assert_eq!(c.subject.as_deref(), Some("Apple"));
        let all = claims("Shares of Nike fell 4% on Tuesday. The shares are down 20% this year.");
        assert!(
            claim(&all, "20%")
                .text
                .starts_with("Nike's shares are down")
        );
        let all = claims("Tesla shares rose 5%. Stocks fell 2% on Monday. The stock has lost 10%.");
        assert!(claim(&all, "10%").text.starts_with("The stock has lost"));
        let all = claims(
            "Nvidia shares rose 3% on Monday. Arm priced its offering at $51. The shares began \
             trading on Thursday.",
        );
        assert!(claim(&all, "trading").text.starts_with("The shares began"));
    }

    /// An object "him" or "her" that ends its clause or comes before a time, after a verb in
    /// the past or a preposition ("voted against her.", "convicted him in May"), is the one
    /// person of its gender named before; "her" before a noun stays a possessive.
    #[test]
    fn an_object_pronoun_that_ends_its_clause_is_the_one_person() {
        let all = claims(
            "The Senate confirmed Maria Lopez as labor secretary by 52 votes to 47 on Tuesday. \
             Two Republicans voted against her.",
        );
        assert_eq!(
            claim(&all, "Republicans").text,
            "Two Republicans voted against Maria Lopez."
        );
        let all = claims(
            "The judge sentenced Tom Reed to five years on Friday. The jury had convicted him in \
             May.",
        );
        assert!(
            claim(&all, "jury")
                .text
                .contains("convicted Tom Reed in May"),
            "{:?}",
            claim(&all, "jury").text
        );
        let all = claims(
            "The Senate confirmed Maria Lopez as labor secretary on Tuesday. Two Republicans \
             voted against her nomination.",
        );
        assert!(
            claim(&all, "Republicans")
                .text
                .contains("against her nomination")
        );
        let all =
            claims("Sarah Kim and Laura Chen ran for the seat. Two unions campaigned for her.");
        assert!(claim(&all, "unions").text.contains("for her."));
    }

    /// "its" in a clause after "and" is the one-word name that opens the sentence and acts, not
    /// a person's.
    #[test]
    fn its_after_and_is_the_lone_name_that_opens_the_sentence() {
        let all = claims("Boeing cut 500 jobs and its shares fell 4% on Tuesday.");
        let c = claim(&all, "shares");
        assert!(
            c.text.starts_with("Boeing's shares fell 4%"),
            "{:?}",
            c.text
        );
        assert_eq!(c.subject.as_deref(), Some("Boeing"));
        // A person known by the surname owns no "its".
        let all = claims(
            "Maria Lopez opened the clinic in 2019. Lopez hired 12 nurses and its budget rose \
             to $4 million.",
        );
        let c = claim(&all, "budget");
        assert!(!c.text.contains("Lopez's budget"), "{:?}", c.text);
        // A first word no name was found in, before its verb, owns a company's shares; a place
        // after a preposition between is no owner.
        for (text, owner) in [
            (
                "Tesla cut prices in China, and its shares fell 3% on Monday.",
                "Tesla's shares fell 3%",
            ),
            (
                "Nestle raised prices in Europe, and its chief executive said sales would recover.",
                "Nestle's chief executive",
            ),
        ] {
            let all = claims(text);
            assert!(
                all.iter().any(|c| c.text.contains(owner)),
                "{owner}: {all:#?}"
            );
        }
        // What a common word ("Rain") or a place owns is no company's.
        let all = claims("Rain hit the town, and its streets were closed on Monday.");
        assert!(all.iter().all(|c| !c.text.contains("Rain's")), "{all:#?}");
    }

    /// "Open" is no surname of "Australian Open" after "U.S.": the wording keeps "the U.S.
    /// Open".
    #[test]
    fn a_word_after_a_dotted_abbreviation_is_no_surname() {
        let all = claims(
            "Coco Gauff reached her first Australian Open final on Thursday. She won the U.S. \
             Open in 2023.",
        );
        let c = claim(&all, "2023");
        assert!(c.text.contains("the U.S. Open in 2023"), "{:?}", c.text);
    }

    /// The content words of a claim worded `s`, each given to `f`.
    fn content_words_of(s: &str, f: &mut dyn FnMut(&str)) {
        let c = RawClaim {
            span: 0..s.len(),
            sentence: 0,
            score: 1.0,
            values: Vec::new(),
            cues: Vec::new(),
            subject: None,
            parts: std::iter::once(0..s.len()).collect(),
            text: None,
            claimant: None,
            kind: crate::extract::ClaimType::Other,
            appearances: Vec::new(),
        };
        content_words(s, &[], &c, f);
    }

    /// The merge's decision on two wordings, with their subject when both name it.
    fn merged(a: &str, b: &str, subject: Option<&str>) -> bool {
        let subject = subject.map(String::from);
        let mut ids = FxHashMap::default();
        let wa = ids_of(&mut ids, |f| content_words_of(a, f));
        let wb = ids_of(&mut ids, |f| content_words_of(b, f));
        let named = ids_of(&mut ids, |f| subject_words(subject.iter(), f));
        alike(&wa, &wb, [&named, &[]], subject.is_some())
    }

    /// The thresholds are set between these: restatements of one fact in other words, and
    /// different facts that share a subject and a value (the values themselves left out, as the
    /// merge compares them apart).
    #[test]
    fn the_overlap_threshold_separates_restatements_from_other_facts() {
        let same = [
            (
                "Mark Lee is due to return from the station aboard the Soyuz spacecraft",
                "Mark Lee of NASA is due to return from the space station aboard the Soyuz",
                Some("Mark Lee"),
            ),
            (
                "The storm killed people across the region",
                "People were killed by the storm across the region",
                None,
            ),
            (
                "Harlow Foods will cut jobs at its Dayton plant",
                "The Dayton plant of Harlow Foods is cutting jobs",
                Some("Harlow Foods"),
            ),
            (
                "The council approved the budget",
                "The budget was approved by the council",
                None,
            ),
            (
                "Ruiz scored twice in the final against Porto",
                "In the final against Porto, Ruiz scored twice",
                Some("Ruiz"),
            ),
            (
                "The vaccine cut hospital admissions among adults",
                "Hospital admissions among adults fell with the vaccine",
                None,
            ),
        ];
        let different = [
            (
                "Apple's revenue rose",
                "Apple's headcount rose",
                Some("Apple"),
            ),
            (
                "The mayor's mother, Mary, is a retired teacher",
                "The mayor's father, Tom, is a retired engineer",
                None,
            ),
            (
                "The company opened a plant in Ohio",
                "The company closed its offices in Texas",
                None,
            ),
            (
                "The court sentenced him to prison",
                "The jury deliberated for hours before its verdict",
                None,
            ),
            (
                "Ann Lee won the race in Boston",
                "Ann Lee finished the marathon in Chicago",
                Some("Ann Lee"),
            ),
            (
                "The storm killed people in Haiti",
                "The storm left people homeless in Cuba",
                None,
            ),
        ];
        for (a, b, subject) in same {
            assert!(merged(a, b, subject), "{a:?} / {b:?}");
        }
        for (a, b, subject) in different {
            assert!(!merged(a, b, subject), "{a:?} / {b:?}");
        }
    }

    #[test]
    fn a_lede_restated_in_other_words_is_one_claim() {
        let text = "Astronaut Mark Lee is due to return from the International Space Station \
                    aboard a Soyuz spacecraft on March 30.\n\nOfficials discussed the mission \
                    on Friday.\n\nMark Lee of NASA is due to return from the space station \
                    aboard the Soyuz on March 30.";
        let all = claims(text);
        let c = claim(&all, "Soyuz");
        assert_eq!(c.appearances.len(), 2, "{all:#?}");
        assert!(
            all.iter().filter(|c| c.text.contains("Soyuz")).count() == 1,
            "{all:#?}"
        );
        // The later appearance is marked where it stands.
        let [a, _] = c.appearances[1];
        assert!(
            text.chars()
                .skip(a)
                .collect::<String>()
                .starts_with("Mark Lee of NASA")
        );
    }

    #[test]
    fn a_restatement_may_leave_out_the_date_but_not_change_it() {
        let text = "The storm killed 12 people across the region on Monday.\n\n\
                    Crews cleared the roads on Wednesday.\n\n\
                    Across the region, the storm killed 12 people.";
        let all = claims(text);
        assert_eq!(claim(&all, "killed 12").appearances.len(), 2, "{all:#?}");
        let text = "The storm killed 12 people across the region on Monday.\n\n\
                    Across the region, the storm killed 12 people on Tuesday.";
        let all = claims(text);
        assert!(all.iter().all(|c| c.appearances.len() == 1), "{all:#?}");
    }

    #[test]
    fn different_numbers_are_never_merged() {
        let text = "The storm killed 12 people across the region on Monday.\n\n\
                    The storm killed 14 people across the region on Monday.";
        let all = claims(text);
        assert_eq!(
            all.iter().filter(|c| c.text.contains("killed")).count(),
            2,
            "{all:#?}"
        );
        assert!(all.iter().all(|c| c.appearances.len() == 1));
    }

    #[test]
    fn two_people_of_the_same_age_are_two_facts() {
        let text = "Ann Lee, 77, lives in Dayton.\n\nTom Reyes, 77, lives in Dayton.";
        let all = claims(text);
        assert!(all.iter().all(|c| c.appearances.len() == 1), "{all:#?}");
        assert!(all.iter().any(|c| c.subject.as_deref() == Some("Ann Lee")));
        assert!(
            all.iter()
                .any(|c| c.subject.as_deref() == Some("Tom Reyes"))
        );
    }

    #[test]
    fn a_fact_and_its_denial_are_two_claims() {
        let text = "The council approved the $4 million budget on Monday.\n\n\
                    The council did not approve the $4 million budget on Monday.";
        let all = claims(text);
        assert!(all.iter().all(|c| c.appearances.len() == 1), "{all:#?}");
    }

    #[test]
    fn two_facts_of_one_subject_and_value_are_two_claims() {
        let text = "Apple's revenue rose 5% in 2023.\n\nApple's headcount rose 5% in 2023.";
        let all = claims(text);
        assert!(all.iter().all(|c| c.appearances.len() == 1), "{all:#?}");
    }

    #[test]
    fn the_company_is_the_organisation_last_named() {
        let text = "Harlow Foods reported a loss on Tuesday.\n\n\
                    The company will close 14 stores in Ohio by June.";
        let all = claims(text);
        let c = claim(&all, "14 stores");
        assert!(c.text.starts_with("Harlow Foods will close"), "{c:#?}");
        assert_eq!(c.subject.as_deref(), Some("Harlow Foods"));
    }

    #[test]
    fn a_title_of_several_words_is_read_whole() {
        // "the attorney general" is the person named with that title, never "David Yost general".
        let text = "Ohio Attorney General David Yost said the charity raised $4.2 million.\n\n\
                    The attorney general said the charity spent less than 10% of its revenue.";
        let all = claims(text);
        let c = claim(&all, "10%");
        assert!(!c.text.contains("Yost general"), "{c:#?}");
        assert_eq!(
            c.claimant.as_ref().map(|c| c.name.as_str()),
            Some("David Yost")
        );
        // Opening the sentence, the title's first word is read before the name.
        let text = "Attorney General David Yost said the charity raised $4.2 million. \
                    The attorney general said the charity spent less than 10% of its revenue.";
        let all = claims(text);
        let c = claim(&all, "10%");
        assert_eq!(
            c.claimant.as_ref().map(|c| c.name.as_str()),
            Some("David Yost")
        );
        // "Secretary of State Antony Blinken": the title's "of" is no part of the name.
        let text = "Secretary of State Antony Blinken arrived in Cairo on Monday. \
                    The secretary of state met the president for two hours.";
        let all = claims(text);
        assert_eq!(
            claim(&all, "Cairo").subject.as_deref(),
            Some("Antony Blinken")
        );
        assert!(
            claim(&all, "two hours")
                .text
                .starts_with("Antony Blinken met")
        );
        // A vice president is not "the president"; no one named so is left as written.
        let text = "Vice President Kamala Harris visited the plant on Friday. \
                    The president said the plant would hire 300 workers.";
        let all = claims(text);
        assert!(!claim(&all, "300 workers").text.contains("Harris"));
        assert_eq!(untitled("Ohio Attorney General David Yost"), "David Yost");
        assert_eq!(
            untitled("Secretary of State Antony Blinken"),
            "Antony Blinken"
        );
        // A role of several words after a title it knows.
        assert_eq!(untitled("Chief Financial Officer Amy Hood"), "Amy Hood");
        assert_eq!(untitled("Chief Economist Mark Zandi"), "Mark Zandi");
        assert_eq!(
            untitled("Commission President Ursula von der Leyen"),
            "Ursula von der Leyen"
        );
        assert_eq!(untitled("Sheri Polster Chappell"), "Sheri Polster Chappell");
    }

    #[test]
    fn the_club_is_the_organisation_the_sentences_were_about() {
        // Manchester City is named last, in passing: "the club" is the subject before.
        let text = "Manchester United won the FA Cup on Saturday, beating Manchester City 2-1 \
                    at Wembley. The club has now won the competition 13 times.";
        let all = claims(text);
        assert!(
            claim(&all, "13 times")
                .text
                .starts_with("Manchester United has")
        );
        // An event written like an organisation's name is no club, company or agency.
        assert!(event_or_term("FA Cup") && event_or_term("AI") && !event_or_term("Arsenal"));
        assert!(event_or_term("Wall Street") && !event_or_term("Downing Street"));
        assert!(reports_results(
            " on Wednesday reported third-quarter revenue of $35.1 billion"
        ));
        assert!(reports_results(" posted a quarterly profit of $1 billion"));
        assert!(!reports_results(" reported that the storm had passed"));
        assert!(!reports_results(" said sales rose"));
    }

    /// "UEFA fined the club": an organisation that does something to "the club" or "the
    /// company" is never what the noun means later; the club it acted on is. An analyst's view
    /// put "on the company" is about the story's company, not the analyst's firm.
    #[test]
    fn an_organisation_that_acts_on_the_club_is_not_the_club() {
        let all = claims(
            "Chelsea were fined €2 million by European football's governing body. UEFA fined \
             the club €2 million on Monday. The club said it would appeal the decision.",
        );
        let c = claim(&all, "appeal");
        assert!(c.text.starts_with("Chelsea said"), "{c:#?}");
        let all = claims(
            "Shares of Nvidia rose 4% on Tuesday. Goldman Sachs raised its price target on the \
             company to $300.",
        );
        let c = claim(&all, "price target");
        assert!(c.text.contains("price target on Nvidia"), "{c:#?}");
        assert!(acted_on(" raised its price target on ", false));
        assert!(acted_on(" on Monday fined ", true) && acted_on(" has charged ", true));
        // Naming it again, speaking of it, or an owner's thing is no deed done to it.
        assert!(!acted_on(" is ", true) && !acted_on(" said ", true));
        assert!(!acted_on(" cut the price of ", false));
        // "the FA" after the "Football Association": a body that fines clubs is no club.
        let all = claims(
            "Manchester United were fined £500,000 by the Football Association on Tuesday. The \
             FA said the club had failed to control its players.",
        );
        let c = claim(&all, "failed to control");
        assert!(c.text.contains("said Manchester United had"), "{c:#?}");
    }

    /// "The Justice Department accused the company of misleading regulators": "of" before a
    /// deed in "-ing" after a verb leaves "the company" the company ("the head of marketing"
    /// is another's).
    #[test]
    fn of_before_a_deed_leaves_the_role_noun_its_entity() {
        let all = claims(
            "Boeing shares fell 3% on Monday. The Justice Department had accused the company of \
             misleading regulators about its 737 MAX jet.",
        );
        let c = claim(&all, "misleading");
        assert!(c.text.contains("accused Boeing of"), "{c:#?}");
    }

    /// "Inter Milan signed defender …", "Blackburn Rovers sacked manager …": a name that signs
    /// a player or sacks a manager is a club "the club" and "the side" mean, though its words
    /// read as a person's.
    #[test]
    fn a_name_that_signs_a_player_is_a_club() {
        assert!(club_deed(" signed defender Marco Rossi from Torino."));
        assert!(club_deed(" sacked head coach Tom Hale on Monday."));
        assert!(club_deed(" has appointed manager Ruth Dale."));
        assert!(!club_deed(" signed a new contract on Monday."));
        assert!(!club_deed(" beat Jannik Sinner in four sets."));
        for (text, needle, want) in [
            (
                "Inter Milan signed defender Marco Rossi from Torino for 40 million euros. The \
                 club said the deal would run until 2029.",
                "the deal",
                "Inter Milan said",
            ),
            (
                "Blackburn Rovers sacked manager Tom Hale on Monday after eight straight \
                 defeats. The side said a replacement would be named within a week.",
                "replacement",
                "Blackburn Rovers said",
            ),
        ] {
            let all = claims(text);
            let c = claim(&all, needle);
            assert!(c.text.starts_with(want), "{}", c.text);
        }
    }

    /// "The museum said" after "The Louvre …", "the hospital said" after "St. Mary's
    /// Hospital": the institution named before, never a person named since.
    #[test]
    fn the_museum_and_the_hospital_are_the_institution_named_before() {
        let all = claims(
            "The Louvre welcomed 8.7 million visitors last year. The museum said attendance \
             rose 14% from 2023.",
        );
        assert!(claim(&all, "14%").text.starts_with("Louvre said"));
        let all = claims(
            "A fire broke out at St. Mary's Hospital on Tuesday. Nurse Jane Cole helped \
             evacuate 40 patients. The hospital said 12 patients were hurt.",
        );
        assert!(
            claim(&all, "12 patients")
                .text
                .starts_with("St. Mary's Hospital said")
        );
        let all = claims(
            "The Louvre will close for three days. Museum director Laurence des Cars said the \
             closure would cost 2 million euros. The museum said 40,000 visitors were affected.",
        );
        let c = claim(&all, "40,000");
        assert!(!c.text.contains("Laurence"), "{}", c.text);
        // A city council is no museum.
        let all = claims(
            "The Oakland City Council approved the budget on Monday. The museum said it would \
             cut 20 jobs.",
        );
        assert!(!claim(&all, "20 jobs").text.contains("Council"));
    }

    #[test]
    fn she_is_survived_by_means_the_person_who_died() {
        // Grace Okafor is named last, and is a woman too: the obituary's subject is meant.
        let text = "Ruth Okafor, who founded the city's first food bank, died Friday. She was 88. \
                    Her daughter, Grace Okafor, said her mother had served 2 million meals. \
                    She is survived by her daughter and three sons.";
        let all = claims(text);
        assert!(
            claim(&all, "three sons")
                .text
                .starts_with("Ruth Okafor is survived by")
        );
    }

    #[test]
    fn the_cause_in_an_obituary_is_the_cause_of_the_death_it_reported() {
        let text = "Walter Brandt, a retired judge, died on Monday. He was 84. The cause was \
                    pneumonia, his daughter said.";
        let all = claims(text);
        let c = claim(&all, "pneumonia");
        assert_eq!(c.subject.as_deref(), Some("Walter Brandt"), "{c:#?}");
        assert!(
            c.text
                .contains("the cause of Walter Brandt's death was pneumonia"),
            "{c:#?}"
        );
        let text = "Ana Ruiz, who ran the town's library for 30 years, died Friday. The cause of \
                    death was cancer, her family said.";
        let c = claim(&claims(text), "cancer").clone();
        assert_eq!(c.subject.as_deref(), Some("Ana Ruiz"), "{c:#?}");
        // A cause of something else, or in an article that reports no death, is left alone.
        let text = "Ana Ruiz, who ran the town's library, died Friday. The cause of the fire \
                    was a faulty heater, officials said.";
        assert_eq!(claim(&claims(text), "heater").subject, None);
        let text = "The bridge closed for 3 days in May. The cause was a crack in a beam, \
                    officials said.";
        assert_eq!(claim(&claims(text), "crack").subject, None);
    }

    #[test]
    fn the_senator_is_the_person_last_named_with_that_title() {
        let text = "Sen. Kirsten Moore of Ohio filed the bill on Monday.\n\n\
                    The senator has served 12 years in Congress.";
        let all = claims(text);
        let c = claim(&all, "12 years");
        assert!(c.text.starts_with("Kirsten Moore has served"), "{c:#?}");
        // "the senator from Texas" is another senator: left as written.
        let text = "Sen. Kirsten Moore of Ohio filed the bill on Monday.\n\n\
                    The senator from Texas has served 12 years in Congress.";
        let all = claims(text);
        assert!(!claim(&all, "12 years").text.contains("Moore"));
    }

    #[test]
    fn a_bare_surname_is_given_in_full() {
        let text = "Mayor Linda Park opened the new library on Monday.\n\n\
                    The library cost $12 million, Park said.";
        let all = claims(text);
        let c = claim(&all, "$12 million");
        assert!(c.text.contains("Linda Park"), "{c:#?}");
        // "S, Park said.": she says it; the library is what it is about.
        assert_eq!(
            c.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Linda Park"),
            "{c:#?}"
        );
        // Two people of one surname: a bare surname is left as it is.
        let text = "Linda Park and Tom Park opened the library on Monday.\n\n\
                    The library cost $12 million, Park said.";
        let all = claims(text);
        let c = claim(&all, "$12 million");
        assert!(
            !c.text.contains("Linda") && !c.text.contains("Tom"),
            "{c:#?}"
        );
    }

    #[test]
    fn quoted_words_keep_their_surnames() {
        let mut wording = "Linda Park said: “Park Street will close.”".to_string();
        let mut e = Entities::default();
        e.add_full("Park", "Linda Park");
        let (mut subject, mut claimant) = (None, None);
        e.resolve(
            &mut wording,
            &mut subject,
            &mut claimant,
            true,
            "",
            &[],
            0,
            None,
        );
        assert_eq!(wording, "Linda Park said: “Park Street will close.”");
    }

    #[test]
    fn a_speaker_who_goes_on_is_the_claimant_of_the_words() {
        let text = "Mayor Linda Park said the city will plant 9,000 trees, and added that \
                    the library will open in May.";
        let all = claims(text);
        let c = claim(&all, "library will open");
        assert_eq!(
            c.claimant.as_ref().map(|c| c.name.as_str()),
            Some("Linda Park"),
            "{all:#?}"
        );
        assert!(c.text.contains("Linda Park"), "{c:#?}");
        let s = "She said so, and added that the pool will close in June.";
        let (verb, words) = speech_goes_on(s, 12..s.len()).unwrap();
        assert_eq!(
            (&s[verb], &s[words]),
            ("added", "the pool will close in June.")
        );
        assert!(speech_goes_on(s, 0..11).is_none());
        let s = "the state will hire 500 nurses, and added that the program will cost $30 million.";
        let cut: Vec<&str> = split_goes_on(s, 0..s.len())
            .into_iter()
            .map(|r| &s[r])
            .collect();
        assert_eq!(
            cut,
            [
                "the state will hire 500 nurses",
                "the program will cost $30 million."
            ]
        );
        let s = "the state will hire 500 nurses, and the program will cost $30 million.";
        assert_eq!(split_goes_on(s, 0..s.len()), vec![0..s.len()]);
    }

    #[test]
    fn white_space_is_split_as_the_standard_library_splits_it() {
        for s in [
            "",
            "   ",
            "The council did not approve it.",
            "  two\tspaces\n\nand\u{b}tabs\u{c}\r ",
            "non\u{a0}breaking, ideographic\u{3000}space and em\u{2003}space",
            "“Quoted” words — don’t split; café’s",
        ] {
            let ours: Vec<&str> = split_whitespace(s).collect();
            let std: Vec<&str> = s.split_whitespace().collect();
            assert_eq!(ours, std, "{s:?}");
        }
    }

    #[test]
    fn words_are_split_the_same_by_bytes() {
        for s in [
            "",
            "S&P 500 rose; AT&T fell. &A B& C&d",
            "-.Mr. Lee's co-op -- 3.5% on U.S. soil.- end.",
            "The company (Acme Corp.) said: “no”",
            "a&&B X&Y& ..--.. .x",
        ] {
            let mut ours = Vec::new();
            push_word_spans(s, &mut ours);
            let theirs: Vec<(usize, &str)> = word_spans(s).collect();
            assert_eq!(ours, theirs, "{s:?}");
        }
    }

    #[test]
    fn content_words_are_the_same_by_bytes_and_by_characters() {
        // An ASCII piece is split by bytes, another by characters: the same words.
        let mut ascii = Vec::new();
        content_words_of("The council's members approved 3 budgets twice", &mut |w| {
            ascii.push(w.to_string());
        });
        let mut other = Vec::new();
        content_words_of(
            "The council's members approved 3 budgets twice é",
            &mut |w| {
                other.push(w.to_string());
            },
        );
        assert_eq!(ascii, ["council", "member", "approv", "budget", "twice"]);
        assert_eq!(other[..5], ascii[..]);
    }

    #[test]
    fn titles_give_roles_and_the_name() {
        assert_eq!(
            split_title("Sen. Ann Lee"),
            (&["senator", "lawmaker"][..], "Ann Lee")
        );
        assert_eq!(
            split_title("Kestrel CEO Priya Natarajan").1,
            "Priya Natarajan"
        );
        assert_eq!(split_title("Ann Lee").1, "Ann Lee");
        assert!(same_name("Mark Vande Hey", "vande hey"));
        assert!(!same_name("Park", "Park Avenue"));
    }

    #[test]
    fn names_compared_by_their_keys_are_compared_as_same_name_does() {
        let names = [
            "",
            " ",
            "the",
            "The ",
            "the Acme",
            "THE ACME",
            "Acme",
            " acme ",
            "Mark Vande Hey",
            "vande hey",
            "Hey",
            "Park",
            "Park Avenue",
            "Avenue",
            "José Núñez",
            "NÚÑEZ",
            "núñez",
            "The São Paulo Group",
            "são paulo group",
            "Group",
            "İstanbul",
            "i\u{307}stanbul",
            "the  Acme",
        ];
        for x in names {
            for y in names {
                assert_eq!(
                    same_key(&name_key(x), &name_key(y)),
                    same_name(x, y),
                    "{x:?} {y:?}"
                );
            }
        }
    }

    /// The claimant's name of the claim whose text holds `needle`.
    fn speaker_of(all: &[Claim], needle: &str) -> Option<String> {
        claim(all, needle).claimant.as_ref().map(|c| c.name.clone())
    }

    #[test]
    fn a_role_noun_speaks_for_an_organisation_of_its_kind() {
        // "the club" is not the outlet that reported the story.
        let all = claims(
            "Barcelona said it beat Real Madrid 3-1, the BBC reported. The club said 90,000 \
             fans attended the match.",
        );
        assert_ne!(
            speaker_of(&all, "90,000").as_deref(),
            Some("BBC"),
            "{all:#?}"
        );
        // "Nvidia, the world's most valuable chipmaker,": the appositive names its kind.
        let all = claims(
            "Nvidia, the world's most valuable chipmaker, reported revenue of $26 billion, \
             Reuters reported. The chipmaker also said it expects sales of $28 billion.",
        );
        assert_eq!(
            speaker_of(&all, "$28 billion").as_deref(),
            Some("Nvidia"),
            "{all:#?}"
        );
        // "…, the planemaker said": a maker is a business named at the head.
        let all = claims("Boeing delivered 24 jets in April, down from 45, the planemaker said.");
        assert_eq!(
            speaker_of(&all, "24 jets").as_deref(),
            Some("Boeing"),
            "{all:#?}"
        );
        // A listener told something is an outlet, not "the company".
        let all = claims(
            "Nvidia shares rose 6% on Wednesday. Chief Executive Jensen Huang told CNBC that \
             demand for the company's chips would exceed supply.",
        );
        assert!(!claim(&all, "demand").text.contains("CNBC"), "{all:#?}");
        // "the ministry" is no committee named before.
        let all = claims(
            "A report by the International Rescue Committee said 8 million people had fled. \
             Health minister Haitham Ibrahim said the ministry would open 40 centres.",
        );
        assert!(
            claim(&all, "40 centres").text.contains("the ministry"),
            "{all:#?}"
        );
    }

    /// "the union", "the league" mean a body named as one ("the SIPTU trade union", "United
    /// Auto Workers", "Premier League"), never a company or a club of unknown kind; "the
    /// league" after a club's figures is no club.
    #[test]
    fn a_body_s_noun_means_only_a_body_of_its_kind() {
        let all = claims(
            "Apple said on Tuesday it would cut 600 jobs at its plant in Cork. The union wants \
             the vote held on June 20.",
        );
        assert!(
            claim(&all, "vote").text.starts_with("The union wants"),
            "{all:#?}"
        );
        let all = claims(
            "Workers at the plant are represented by the SIPTU trade union. The union wants 5,000 \
             members to vote.",
        );
        assert!(
            claim(&all, "5,000").text.starts_with("SIPTU wants"),
            "{all:#?}"
        );
        let all = claims(
            "General Motors said it would cut 1,700 jobs. The UAW has 370,000 members, the union \
             said. The United Auto Workers said the cuts broke its contract.",
        );
        assert_eq!(
            speaker_of(&all, "370,000").as_deref(),
            Some("UAW"),
            "{all:#?}"
        );
        // A name that has members is a body of members: "the union" may be it.
        let all = claims(
            "Stellantis said it would cut 900 jobs. The UAW has 370,000 members, the union said.",
        );
        assert_eq!(
            speaker_of(&all, "370,000").as_deref(),
            Some("UAW"),
            "{all:#?}"
        );
        assert!(of_members(" has more than 370,000 members."));
        assert!(!of_members(
            " has 370,000 employees, members of the union said."
        ));
        let all = claims(
            "Manchester City's wage budget of 423 million pounds is the highest in the league, \
             according to Deloitte.",
        );
        assert!(
            claim(&all, "423 million")
                .text
                .contains("highest in the league"),
            "{all:#?}"
        );
    }

    /// "Ford Chief Executive Jim Farley said the company would …": the business whose officer
    /// speaks, not one named before.
    #[test]
    fn the_company_of_an_officer_is_his_employer() {
        let all = claims(
            "General Motors said it would cut 1,700 jobs. Ford Chief Executive Jim Farley said \
             the company would keep its 12 plants open.",
        );
        assert!(
            claim(&all, "12 plants").text.contains("said Ford would"),
            "{all:#?}"
        );
        assert_eq!(employer_of("Ford Chief Executive Jim Farley"), Some("Ford"));
        assert_eq!(employer_of("Kestrel CEO Priya Natarajan"), Some("Kestrel"));
        assert_eq!(employer_of("Chief Executive Jim Farley"), None);
        assert_eq!(employer_of("Ford Chief Executive"), None);
        assert_eq!(employer_of("Senator Tom Chief"), None);
    }

    /// "according to Deloitte", "data from LSEG": a source cited for figures is no company a
    /// later "the company" means, and "the consultancy" is it.
    #[test]
    fn a_source_of_figures_is_not_the_company() {
        let all = claims(
            "Global smartphone shipments fell 3% in the first quarter, according to Deloitte. \
             Jane Morris worked at Intel for two decades. In 1992 she testified that the \
             company had hidden the data.",
        );
        assert!(!claim(&all, "hidden").text.contains("Deloitte"), "{all:#?}");
        let all = claims(
            "Premier League clubs spent 2.4 billion pounds on players, according to Deloitte. \
             The consultancy said spending rose 11% from a year earlier.",
        );
        let c = claim(&all, "11%");
        assert_eq!(
            c.claimant.as_ref().map(|c| (c.name.as_str(), c.kind)),
            Some(("Deloitte", ClaimantKind::Organization)),
            "{all:#?}"
        );
        assert!(cited_source("Sales rose, according to", "."));
        assert!(cited_source("The stock rose 4%, data from", " showed."));
        assert!(cited_source("Sales rose 2%,", " estimated."));
        assert!(!cited_source("The board sold the unit to", " on Monday."));
    }

    /// "Matatu owners protested. Their association said …": the body of the people the last
    /// sentence named at its head; "their" after things, or after no one, stays.
    #[test]
    fn their_body_is_the_body_of_the_people_named_before() {
        let all = claims(
            "Matatu owners protested in Nairobi on Monday. Their association said fares would \
             rise 20%.",
        );
        let c = claim(&all, "20%");
        assert_eq!(
            c.claimant.as_ref().map(|c| (c.name.as_str(), c.kind)),
            Some(("the matatu owners' association", ClaimantKind::Organization)),
            "{all:#?}"
        );
        assert!(
            c.text.starts_with("The matatu owners' association said"),
            "{all:#?}"
        );
        let all = claims("Their association said fares would rise 20% next month.");
        assert_eq!(
            speaker_of(&all, "20%").as_deref(),
            Some("their association"),
            "{all:#?}"
        );
        let all = claims(
            "Shares of Delta rose 4% on Monday. Their board said the dividend would rise 10%.",
        );
        assert_eq!(
            speaker_of(&all, "10%").as_deref(),
            Some("their board"),
            "{all:#?}"
        );
    }

    #[test]
    fn a_role_in_an_appositive_is_not_the_name_again() {
        let all = claims("Nvidia, the chipmaker, reported revenue of $26 billion.");
        assert!(
            all.iter().all(|c| c.text != "Nvidia is Nvidia."),
            "{all:#?}"
        );
    }

    #[test]
    fn a_quote_paragraph_without_a_tag_is_the_last_speaker_s() {
        let all = claims(
            "NASA officials say the crew of four will return on March 30.\n\n“We remain \
             committed to bringing all four astronauts home safely.”",
        );
        assert_eq!(
            speaker_of(&all, "committed").as_deref(),
            Some("NASA"),
            "{all:#?}"
        );
        // A paragraph after one whose last sentence has no speaker stays without one.
        let all = claims(
            "NASA officials say the crew will return.\n\nThe capsule landed in 2021.\n\n“We \
             remain committed to bringing all four astronauts home safely.”",
        );
        assert_eq!(speaker_of(&all, "committed"), None, "{all:#?}");
    }

    #[test]
    fn a_product_recall_is_no_speech() {
        let all = claims("Ford recalled 240,000 SUVs in the United States.");
        assert!(all.iter().all(|c| c.claimant.is_none()), "{all:#?}");
    }

    #[test]
    fn a_past_form_with_an_object_after_a_passive_takes_no_auxiliary() {
        let all = claims("The drug was approved in 2019 and sold 2 million doses last year.");
        assert!(
            claim(&all, "2 million").text.contains("drug sold"),
            "{all:#?}"
        );
        let all = claims("Daniel Reyes was arrested in 2022 and fined $5,000.");
        assert!(claim(&all, "$5,000").text.contains("was fined"), "{all:#?}");
    }

    #[test]
    fn an_organisation_named_with_the_keeps_it() {
        let all = claims(
            "The World Health Organization warned of a surge in cases. The agency, which is \
             based in Geneva, said 400 people had died.",
        );
        assert!(
            claim(&all, "400 people")
                .text
                .starts_with("The World Health Organization said"),
            "{all:#?}"
        );
        let all = claims(
            "The FBI began investigating in 2019. The bureau said it had recovered $110,000.",
        );
        assert!(
            claim(&all, "$110,000").text.starts_with("The FBI said"),
            "{all:#?}"
        );
        // "it" after an organisation's own tag is the organisation, also after the date of saying.
        assert_eq!(
            claim(&all, "$110,000").subject.as_deref(),
            Some("FBI"),
            "{all:#?}"
        );
        let all =
            claims("Nvidia said on Wednesday its quarterly revenue rose 262% to $26 billion.");
        assert_eq!(
            claim(&all, "262%").subject.as_deref(),
            Some("Nvidia"),
            "{all:#?}"
        );
        // A company named without it stays without.
        let all = claims(
            "The chipmaker Nvidia reported record revenue. The company said it would hire 500 engineers.",
        );
        assert!(
            claim(&all, "500 engineers").text.starts_with("Nvidia said"),
            "{all:#?}"
        );
    }

    #[test]
    fn a_business_noun_means_a_business_of_its_trade() {
        let all = claims(
            "The carmaker Vantor Motors reported lower sales on Monday. The airline said it would \
             cut 30 flights a week.",
        );
        assert_ne!(
            speaker_of(&all, "30 flights").as_deref(),
            Some("Vantor Motors"),
            "{all:#?}"
        );
        // A noun of the same trade, or of none, means it.
        let all = claims(
            "The carmaker Vantor Motors reported lower sales on Monday. The automaker said it \
             would cut 2,000 jobs.",
        );
        assert_eq!(
            speaker_of(&all, "2,000 jobs").as_deref(),
            Some("Vantor Motors"),
            "{all:#?}"
        );
        assert!(same_trade("company", "airline") && same_trade("bank", "lender"));
        assert!(!same_trade("airline", "carmaker") && !same_trade("chipmaker", "drugmaker"));
    }

    /// "The automaker said" after a sentence about a name that is no person's and nothing in
    /// it shows to be an organisation's ("Ford recalled …"): that name, a business alone in
    /// its sentence, a club whatever else its sentence named; never a name two paragraphs back
    /// or one a sentence about something else named after it.
    #[test]
    fn a_role_noun_means_the_name_the_last_sentence_was_about() {
        for (text, figure, who) in [
            (
                "Ford recalled 2,000 cars, Reuters reported. The automaker said no injuries had \
                 been reported.",
                "injuries",
                Some("Ford"),
            ),
            (
                "Spotify added 5 million subscribers in the quarter.\n\nThe company said revenue \
                 rose 12% to 4 billion euros.",
                "12%",
                Some("Spotify"),
            ),
            (
                "Leicester won 2-0 at Burnley. The club said 3,000 fans travelled to the match.",
                "3,000",
                Some("Leicester"),
            ),
            (
                "Nvidia on Wednesday reported revenue of $26 billion. The chipmaker said demand \
                 would stay strong next year.",
                "demand",
                Some("Nvidia"),
            ),
            // "the company" after a sentence naming two: either may be meant
            (
                "California sued Exxon on Monday. The company said it would fight the lawsuit.",
                "lawsuit",
                None,
            ),
            (
                "Spotify added 5 million subscribers.\n\nHeavy rain flooded Venice on Sunday. \
                 The company said 40 boats were damaged.",
                "40 boats",
                None,
            ),
        ] {
            let all = claims(text);
            let got = speaker_of(&all, figure);
            match who {
                Some(w) => assert_eq!(got.as_deref(), Some(w), "{text}: {all:#?}"),
                None => assert!(
                    got.as_deref().is_none_or(|g| g.starts_with("the ")),
                    "{text}: {all:#?}"
                ),
            }
        }
    }

    /// "Starlane’s network has 6,000 satellites, according to the company": the name at the
    /// head of the sentence is the company's.
    #[test]
    fn according_to_the_company_names_the_company_at_the_head() {
        let all = claims(
            "Starlane’s satellite network now has more than 6,000 satellites in orbit, according \
             to the company.",
        );
        assert_eq!(
            speaker_of(&all, "6,000").as_deref(),
            Some("Starlane"),
            "{all:#?}"
        );
    }

    #[test]
    fn a_title_of_an_office_without_a_name_is_kept_whole() {
        assert_eq!(
            split_title("Secretary of the Treasury").1,
            "Secretary of the Treasury"
        );
        assert_eq!(
            split_title("Secretary of the Treasury Janet Yellen").1,
            "Janet Yellen"
        );
    }

    /// "X said A, and that B": B is X's words too, worded with X; "and that is why" is no
    /// second thing said.
    #[test]
    fn and_that_after_a_tag_first_goes_on_with_the_speaker() {
        let texts: Vec<String> = claims(
            "Cloudflare said on Tuesday that a faulty file caused the outage, and that it would change how such files are deployed.",
        )
        .into_iter()
        .map(|c| c.text)
        .collect();
        assert!(
            texts
                .iter()
                .any(|t| t == "Cloudflare said it would change how such files are deployed."),
            "{texts:#?}"
        );
        assert!(!texts.iter().any(|t| t.starts_with("That")), "{texts:#?}");
        let texts: Vec<String> =
            claims("The mayor said taxes would rise next year, and that is what voters fear most.")
                .into_iter()
                .map(|c| c.text)
                .collect();
        assert!(!texts.iter().any(|t| t.contains("said is")), "{texts:#?}");
    }

    /// "Majority Leader John Thune said he …": the speaker named after a role of several words
    /// is a person "he" may mean, so "he" is not someone an earlier sentence named.
    #[test]
    fn a_speaker_after_a_role_of_several_words_is_a_candidate() {
        assert_eq!(after_role("Majority Leader John Thune"), "John Thune");
        assert_eq!(after_role("Bank of America Corp."), "Bank of America Corp.");
        let all = claims(
            "Gov. Tom Reyes signed the budget on Monday. Majority Leader John Thune said he expected a vote on Friday.",
        );
        let said = all
            .iter()
            .find(|c| c.text.contains("expected a vote"))
            .expect("the claim said");
        assert_ne!(said.subject.as_deref(), Some("Tom Reyes"), "{all:#?}");
        assert!(!said.text.contains("Reyes"), "{all:#?}");
    }

    /// A ship's name at the head ("The USS Gerald Ford arrived …, the Navy said") is what the
    /// next "It" means, though the speaker's tag names an organisation.
    #[test]
    fn it_after_a_ship_named_at_the_head_is_the_ship() {
        let all = claims(
            "The USS Gerald Ford arrived in the Mediterranean on Tuesday, the Navy said. It \
             carries 75 aircraft and a crew of more than 4,500 sailors.",
        );
        let c = claim(&all, "75 aircraft");
        assert!(c.text.starts_with("USS Gerald Ford carries"), "{all:#?}");
        assert_eq!(c.subject.as_deref(), Some("USS Gerald Ford"), "{all:#?}");
    }

    /// "Many are expected to reopen" after "Dozens of schools closed": many of the schools;
    /// "Many residents fled" counts its own noun and stays as written.
    #[test]
    fn a_quantifier_alone_counts_among_the_things_at_the_head_before() {
        let all = claims(
            "Dozens of schools closed across the county on Wednesday after the storm. Many are \
             expected to reopen on Friday, Superintendent Laura Diaz said.",
        );
        let c = claim(&all, "reopen");
        assert!(
            c.text.contains("many of the schools are expected"),
            "{all:#?}"
        );
        let all = claims(
            "More than 40 homes were destroyed by the fire on Monday. Most of them were insured, \
             officials said.",
        );
        assert!(
            claim(&all, "insured")
                .text
                .contains("most of the homes were"),
            "{all:#?}"
        );
        // Every quantifier of the list, "Few" as well.
        let all = claims(
            "Dozens of schools closed across the county on Wednesday after the storm. Few are \
             expected to reopen before Friday, Superintendent Laura Diaz said.",
        );
        assert!(
            claim(&all, "reopen")
                .text
                .contains("few of the schools are expected"),
            "{all:#?}"
        );
        let all = claims(
            "Dozens of schools closed across the county on Wednesday. Many residents lost power \
             for three days.",
        );
        assert!(
            claim(&all, "lost power").text.starts_with("Many residents"),
            "{all:#?}"
        );
    }

    /// "It was the fourth increase this year" after "The Federal Reserve raised rates": the
    /// deed ranked, not the doer ("The Federal Reserve was the fourth increase").
    #[test]
    fn it_that_ranks_a_deed_is_the_deed_of_the_last_subject() {
        let all = claims(
            "The Federal Reserve raised interest rates by a quarter point on Wednesday. It was \
             the fourth increase this year.",
        );
        let c = claim(&all, "fourth increase");
        assert!(
            c.text
                .starts_with("The Federal Reserve's increase was the fourth increase"),
            "{all:#?}"
        );
        assert_eq!(c.subject.as_deref(), Some("Federal Reserve"), "{all:#?}");
        // A storm ranked among storms is the storm itself.
        let all = claims(
            "Typhoon Gaemi struck northern Taiwan on Wednesday. It was the strongest typhoon to \
             hit the island in eight years.",
        );
        assert!(
            claim(&all, "strongest")
                .text
                .starts_with("Typhoon Gaemi was"),
            "{all:#?}"
        );
    }

    /// "the Federal Reserve", "The National Institute": "the" right before a name; not "bathe"
    /// or "Blythe", not a name at the head.
    #[test]
    fn the_right_before_a_name() {
        let s = "The Federal Reserve met. Ann Blythe Ross spoke.";
        assert!(after_the(s, 4));
        assert!(!after_the(s, 0));
        assert!(!after_the(s, s.find("Ross").unwrap()));
        assert!(!after_the("bathe Ross", 6));
    }
}
