//! Check-worthiness: how much a statement reads like a checkable fact, as a probability from a
//! logistic model over hashed words and word pairs plus named cues (value kinds, superlatives,
//! attribution, hedges, questions, length). The shipped weights (`weights.json`) are trained on
//! ClaimBuster's labelled debate sentences (CC-BY 4.0, see `weights.NOTICE`) by
//! `cargo run --release --example train_score`; a desk can learn its own adjustment on top
//! (`crate::desk::Desk::learn`). Scoring reads the text once and allocates nothing per word.

pub mod train;

use super::ValueKind;
use super::chars::{is_alnum, is_alpha};
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// The named features, in the order of their weights; the hashed words follow them.
pub const CUES: &[&str] = &[
    "bias",
    // One per value kind, in `ValueKind::ALL` order.
    "date",
    "duration",
    "age",
    "quantity",
    "count",
    "number",
    "ordinal",
    "percent",
    "money",
    "superlative",
    "comparison",
    "attribution",
    "prediction",
    "hedge",
    "opinion",
    "first-person",
    "second-person",
    "question",
    "exclamation",
    "quote",
    "entity",
    "verbless",
    "greeting",
    "caption",
    "short",
    "words-5-9",
    "words-10-19",
    "words-20-34",
    "words-35-plus",
];

const KIND0: usize = 1;
const SUPERLATIVE: usize = 10;
const COMPARISON: usize = 11;
const ATTRIBUTION: usize = 12;
const PREDICTION: usize = 13;
const HEDGE: usize = 14;
const OPINION: usize = 15;
const FIRST_PERSON: usize = 16;
const SECOND_PERSON: usize = 17;
const QUESTION: usize = 18;
const EXCLAMATION: usize = 19;
const QUOTE: usize = 20;
const ENTITY: usize = 21;
const VERBLESS: usize = 22;
const GREETING: usize = 23;
/// Photo captions and credits: news has them, debates do not, so the training data cannot weigh
/// this cue; its weight is set by hand (`FIXED`) and kept by training. So is the exclamation's:
/// the debate transcripts hold no "!".
pub const CAPTION: usize = 24;
const LENGTH0: usize = 25;

/// The number of named features (the hashed ones start here).
pub const NAMED: usize = CUES.len();

/// The lowest score that makes a claim, chosen on the training data: the out-of-fold score that
/// 90% of ClaimBuster's check-worthy sentences reach in 5-fold cross-validation (0.139, printed
/// by `train_score`). Missing a checkable fact costs a desk more than dismissing a listed one.
pub const THRESHOLD: f64 = 0.14;

/// A logistic model: weights for the named cues, then `2^bits` hashed words and word pairs.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub bits: u32,
    pub weights: Vec<f64>,
}

/// The shipped weights, as `train_score` writes them.
#[derive(serde::Serialize, serde::Deserialize)]
struct WeightsFile {
    about: String,
    attribution: String,
    bits: u32,
    lambda: f64,
    cv_auc: f64,
    /// Named weights set by hand (not learned), by name.
    #[serde(default)]
    fixed: Vec<String>,
    cues: std::collections::BTreeMap<String, f64>,
    /// The hashed weights, rounded.
    hashed: Vec<f32>,
}

const ABOUT: &str = "claimdesk check-worthiness weights: logistic regression over hashed \
                     lower-cased word unigrams and bigrams (numbers as shape tokens) and named \
                     cues; retrain with `cargo run --release --example train_score -- \
                     ../shared/eval/claimbuster-train.jsonl src/extract/score/weights.json`";
const ATTRIBUTION_TEXT: &str = "Trained on the ClaimBuster dataset: Arslan, Hassan, Li and \
                                Tremayne, \"A Benchmark Dataset of Check-worthy Factual \
                                Claims\", ICWSM 2020, doi 10.5281/zenodo.3609356, licensed \
                                under Creative Commons Attribution 4.0";

/// What training knows of a weights file besides the weights.
#[derive(Debug, Clone, Default)]
pub struct Provenance {
    pub lambda: f64,
    pub cv_auc: f64,
}

static SHIPPED: LazyLock<Model> = LazyLock::new(|| {
    Model::from_json(include_str!("weights.json")).expect("the shipped weights file is valid")
});

/// The hand-set weights: names and values, kept as they are by training. These are cues the
/// training data never shows (no "!" in the transcripts, no photo captions in a debate).
pub const FIXED: &[(&str, f64)] = &[("exclamation", -1.0), ("caption", -1.5)];

impl Model {
    /// The model shipped with claimdesk.
    pub fn shipped() -> &'static Model {
        &SHIPPED
    }

    /// All weights zero, with `bits` bits of hashed features.
    pub fn zeros(bits: u32) -> Model {
        Model {
            bits,
            weights: vec![0.0; NAMED + (1usize << bits)],
        }
    }

    pub fn from_json(json: &str) -> Result<Model, String> {
        let file: WeightsFile =
            serde_json::from_str(json).map_err(|e| format!("not a weights file: {e}"))?;
        if !(4..=24).contains(&file.bits) || file.hashed.len() != 1usize << file.bits {
            return Err(format!(
                "the weights file has {} hashed weights for {} bits",
                file.hashed.len(),
                file.bits
            ));
        }
        let mut weights = vec![0.0; NAMED];
        for (i, name) in CUES.iter().enumerate() {
            weights[i] = file.cues.get(*name).copied().unwrap_or(0.0);
        }
        weights.extend(file.hashed.iter().map(|&w| f64::from(w)));
        Ok(Model {
            bits: file.bits,
            weights,
        })
    }

    pub fn to_json(&self, provenance: &Provenance) -> String {
        let file = WeightsFile {
            about: ABOUT.into(),
            attribution: ATTRIBUTION_TEXT.into(),
            bits: self.bits,
            lambda: provenance.lambda,
            cv_auc: (provenance.cv_auc * 10_000.0).round() / 10_000.0,
            fixed: FIXED.iter().map(|(n, _)| n.to_string()).collect(),
            cues: CUES
                .iter()
                .zip(&self.weights)
                .map(|(n, &w)| (n.to_string(), (w * 10_000.0).round() / 10_000.0))
                .collect(),
            // Three decimals keep the file small and change no score by more than a rounding.
            hashed: self.weights[NAMED..]
                .iter()
                .map(|&w| ((w * 1000.0).round() / 1000.0) as f32)
                .collect(),
        };
        serde_json::to_string(&file).unwrap_or_default()
    }

    /// The model's log-odds that `text` (holding values of `kinds`) is check-worthy.
    pub fn logit(&self, text: &str, kinds: &[ValueKind]) -> f64 {
        let mut sum = 0.0;
        visit(text, kinds, self.bits, |i, x| sum += self.weights[i] * x);
        sum
    }

    /// The probability that `text` is check-worthy, and the named cues that fired (for "why").
    pub fn score(&self, text: &str, kinds: &[ValueKind]) -> (f64, Vec<&'static str>) {
        let (sum, fired) = self.walk(text, kinds, None, None);
        (probability(sum), cue_names(fired))
    }

    /// `score` (its cues as bits), keeping the words of `text` in `known` for `score_with` of
    /// texts made of its pieces (the atomic claims of a sentence).
    pub fn score_keeping(
        &self,
        text: &str,
        kinds: &[ValueKind],
        known: &mut Known,
    ) -> (f64, Fired) {
        known.words.clear();
        known.index = [0; 256];
        let (sum, fired) = self.walk(text, kinds, Some(known), None);
        (probability(sum), Fired(fired))
    }

    /// `score` of `text`, whose words that `from` (the text `known` was kept from by this model)
    /// holds byte for byte are read from `known` instead of being hashed and looked up again.
    /// The same features are added in the same order, so the score is the same to the bit.
    pub fn score_with(
        &self,
        text: &str,
        kinds: &[ValueKind],
        from: &str,
        known: &Known,
    ) -> (f64, Fired) {
        let (sum, fired) = self.walk(text, kinds, None, Some((from, known)));
        (probability(sum), Fired(fired))
    }

    /// The log-odds and the named features that fired: `visit` with this model's weights summed
    /// as they are reached (the order `logit` adds them in), the words kept in `keep`, or a word's
    /// weight and cues taken from `from`'s kept words when they hold it.
    fn walk(
        &self,
        text: &str,
        kinds: &[ValueKind],
        mut keep: Option<&mut Known>,
        from: Option<(&str, &Known)>,
    ) -> (f64, u64) {
        let w = &self.weights;
        let mut sum = 0.0;
        sum += w[0];
        let mut fired = 1u64;
        let mut seen_kinds = 0u16;
        for k in kinds {
            let i = ValueKind::ALL.iter().position(|x| x == k).unwrap_or(0);
            if seen_kinds & (1 << i) == 0 {
                seen_kinds |= 1 << i;
                sum += w[KIND0 + i];
                fired |= 1 << (KIND0 + i);
            }
        }
        let mask = (1u64 << self.bits) - 1;
        let lexicon = &*LEXICON;
        let mut cues = 0u64;
        let mut words = 0usize;
        let mut verbs = false;
        // The word before: its hash and its kept word (`NONE` if none).
        let mut prev: Option<(u64, usize)> = None;
        static NOTHING_KEPT: Known = Known {
            words: Vec::new(),
            index: [0; 256],
        };
        let (from, kept) = from.map_or((&b""[..], &NOTHING_KEPT), |(f, k)| (f.as_bytes(), k));
        let known = &kept.words[..];
        let mut finder = Finder::default();
        let word = |t: Token| {
            words += 1;
            let (weight, word_cues) = match known.get(t.slot) {
                Some(k) => (k.weight, k.cues),
                None => (w[NAMED + (t.hash & mask) as usize], lexicon.word(t.hash)),
            };
            sum += weight;
            let (mut pair_weight, mut pair_cues) = (0.0, 0);
            if let Some((p, p_slot)) = prev {
                // The pair is the kept one when both words are, one after the other.
                (pair_weight, pair_cues) = match known.get(t.slot) {
                    Some(k) if p_slot != NONE && t.slot == p_slot + 1 => {
                        (k.pair_weight, k.pair_cues)
                    }
                    _ => {
                        let pair = pair_hash(p, t.hash);
                        (w[NAMED + (pair & mask) as usize], lexicon.pair(pair))
                    }
                };
                sum += pair_weight;
                cues |= pair_cues;
            }
            cues |= word_cues;
            if t.upper && !t.first && !t.number {
                cues |= 1 << ENTITY;
            }
            verbs |= t.verb_like;
            let mut slot = t.slot;
            if let Some(kept) = keep.as_deref_mut() {
                slot = kept.words.len();
                if slot < usize::from(u8::MAX) {
                    kept.index[first_bytes(text.as_bytes(), t.start)] = slot as u8 + 1;
                }
                kept.words.push(KnownWord {
                    start: t.start,
                    seen: t.seen,
                    end: t.end,
                    hash: t.hash,
                    upper: t.upper,
                    number: t.number,
                    verb_like: t.verb_like,
                    weight,
                    cues: word_cues,
                    pair_weight,
                    pair_cues,
                });
            }
            prev = Some((t.hash, slot));
        };
        let find = |i: usize| {
            if known.is_empty() {
                None
            } else {
                finder.find(text.as_bytes(), i, from, kept)
            }
        };
        let marks = walk(text, find, word);
        cues = named_cues(text, &marks, cues, verbs);
        // The named cues' weights in the order of `CUES`, as `visit` reaches them.
        let mut named = cues & ((1 << LENGTH0) - (1 << SUPERLATIVE));
        fired |= named;
        while named != 0 {
            sum += w[named.trailing_zeros() as usize];
            named &= named - 1;
        }
        let bucket = LENGTH0 + length_bucket(words);
        sum += w[bucket];
        fired |= 1 << bucket;
        (sum, fired)
    }
}

/// No kept word.
const NONE: usize = usize::MAX;

/// A text's words as `Model::score_keeping` read them: a claim's wording is mostly its sentence's
/// own pieces, so most of its words are found here (by comparing bytes, not by hashing them and
/// looking their weights and cues up again).
#[derive(Debug, Clone)]
pub struct Known {
    words: Vec<KnownWord>,
    /// One past the last of the first 255 words that starts with the two bytes of each
    /// `first_bytes` slot (0 for none): where a word is looked for when it is not the next one.
    index: [u8; 256],
}

impl Default for Known {
    fn default() -> Known {
        Known {
            words: Vec::new(),
            index: [0; 256],
        }
    }
}

/// A slot for the two bytes at `i` (the second may be past the end).
fn first_bytes(text: &[u8], i: usize) -> usize {
    let second = text.get(i + 1).copied().unwrap_or(0);
    (usize::from(text[i]) * 7 + usize::from(second)) & 255
}

#[derive(Debug, Clone, Copy)]
struct KnownWord {
    start: usize,
    /// The tokenizer read `start..seen` to know the word and its end (the character after it,
    /// and the one after that after an apostrophe, a dot or a comma); `NONE` when the text ran
    /// out: the same bytes anywhere are the same word.
    seen: usize,
    end: usize,
    hash: u64,
    upper: bool,
    number: bool,
    verb_like: bool,
    weight: f64,
    cues: u64,
    /// The pair of this word and the one before it in the kept text.
    pair_weight: f64,
    pair_cues: u64,
}

/// Where a text's word starting at some byte is found among another text's kept words: first
/// right after the last one found, at the same distance (the next word of the same piece), then
/// by its first two bytes (the first word of another piece).
#[derive(Default)]
struct Finder {
    /// The kept word after the last one found.
    next: usize,
    /// The last found word's start in the kept text minus its start in this one.
    shift: isize,
}

impl Finder {
    fn find(&mut self, text: &[u8], i: usize, from: &[u8], kept: &Known) -> Option<Token> {
        let known = &kept.words[..];
        // The bytes the word was known from, compared one by one: a few, so no call to `memcmp`.
        let same = |k: &KnownWord| {
            let n = k.seen.wrapping_sub(k.start);
            k.seen != NONE
                && i + n <= text.len()
                && text[i..i + n]
                    .iter()
                    .zip(&from[k.start..k.seen])
                    .all(|(a, b)| a == b)
        };
        let guess = known
            .get(self.next)
            .filter(|k| k.start as isize - i as isize == self.shift && same(k))
            .map(|_| self.next);
        // Else the last kept word that starts with the same two bytes, if it is this one.
        let found = guess.or_else(|| {
            let j = usize::from(kept.index[first_bytes(text, i)]).checked_sub(1)?;
            same(&known[j]).then_some(j)
        })?;
        let k = &known[found];
        self.next = found + 1;
        self.shift = k.start as isize - i as isize;
        let end = i + (k.end - k.start);
        Some(Token {
            hash: k.hash,
            start: i,
            end,
            seen: i + (k.seen - k.start),
            upper: k.upper,
            first: false,
            number: k.number,
            verb_like: k.verb_like,
            slot: found,
        })
    }
}

/// The length cue's bucket of a text of `words` words.
fn length_bucket(words: usize) -> usize {
    match words {
        0..5 => 0,
        5..10 => 1,
        10..20 => 2,
        20..35 => 3,
        _ => 4,
    }
}

/// The cues read from the words (`cues`, with the lexicon's helper bits) made final: "at least"
/// is no superlative, the punctuation's cues, a statement without a verb.
fn named_cues(text: &str, marks: &Marks, mut cues: u64, verbs: bool) -> u64 {
    // "at least" and "at most" are qualifiers, not superlatives.
    if cues & (1 << NOT_SUPERLATIVE) != 0 {
        cues &= !(1 << SUPERLATIVE);
    }
    cues &= !(1 << NOT_SUPERLATIVE);
    let (question, exclamation, quote) = punctuation(text, marks);
    if question {
        cues |= 1 << QUESTION;
    }
    if exclamation {
        cues |= 1 << EXCLAMATION;
    }
    if quote {
        cues |= 1 << QUOTE;
    }
    if !verbs && cues & (1 << VERB) == 0 {
        cues |= 1 << VERBLESS;
    }
    cues & !(1 << VERB)
}

/// The logistic function, rounded to four decimals: enough to rank, and stable in JSON.
pub fn probability(logit: f64) -> f64 {
    let p = 1.0 / (1.0 + (-logit).exp());
    (p * 10_000.0).round() / 10_000.0
}

/// The cues a reviewer is shown: the kinds folded into "value" (or "number"), no length buckets
/// but "short", no bias.
fn cue_names<T: From<&'static str>>(fired: u64) -> Vec<T> {
    let kinds = (fired >> KIND0) & ((1 << ValueKind::ALL.len()) - 1);
    let weak_kinds = ValueKind::ALL
        .iter()
        .enumerate()
        .filter(|(_, k)| matches!(k, ValueKind::Number | ValueKind::Ordinal))
        .fold(0u64, |m, (i, _)| m | 1 << i);
    let named = fired & ((1 << LENGTH0) - (1 << SUPERLATIVE));
    let short = fired & (1 << LENGTH0) != 0;
    // Sized once: the names are pushed without growing the vector.
    let mut out = Vec::with_capacity(
        usize::from(kinds != 0) + named.count_ones() as usize + usize::from(short),
    );
    if kinds & !weak_kinds != 0 {
        out.push("value".into());
    } else if kinds != 0 {
        out.push("number".into());
    }
    // The set bits only, in the order of `CUES`.
    let mut rest = named;
    while rest != 0 {
        out.push(CUES[rest.trailing_zeros() as usize].into());
        rest &= rest - 1;
    }
    if short {
        out.push("short".into());
    }
    out
}

/// The named cues that fired for a score, as bits: `names` says them as `Model::score` does,
/// only when they are wanted (most scored statements make no claim).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Fired(u64);

impl Fired {
    /// The cues as `Model::score` names them.
    pub fn names<T: From<&'static str>>(self) -> Vec<T> {
        cue_names(self.0)
    }

    /// Whether `names` holds `name`, without building it.
    pub fn has(self, name: &str) -> bool {
        match CUES[SUPERLATIVE..LENGTH0].iter().position(|c| *c == name) {
            Some(i) => self.0 & (1 << (SUPERLATIVE + i)) != 0,
            None => self.names().contains(&name),
        }
    }
}

/// The shipped model's score of a statement and the cues behind it.
pub fn score(text: &str, kinds: &[ValueKind]) -> (f64, Vec<&'static str>) {
    Model::shipped().score(text, kinds)
}

/// The shipped model's `Model::score_keeping`.
pub fn score_keeping(text: &str, kinds: &[ValueKind], known: &mut Known) -> (f64, Fired) {
    Model::shipped().score_keeping(text, kinds, known)
}

/// The shipped model's `Model::score_with`, for `known` kept from `from` by `score_keeping`.
pub fn score_with(text: &str, kinds: &[ValueKind], from: &str, known: &Known) -> (f64, Fired) {
    Model::shipped().score_with(text, kinds, from, known)
}

/// The words and pairs of words of `text` with their feature indexes (as `visit` gives them), for
/// saying which weights a desk changed: `(index, "word")`, `(index, "word word")`.
pub fn feature_names(text: &str, bits: u32) -> Vec<(usize, String)> {
    let mask = (1u64 << bits) - 1;
    let mut out = Vec::new();
    let mut prev: Option<(u64, String)> = None;
    tokens(text, |t| {
        let word = if t.number {
            String::from("#")
        } else {
            text[t.start..t.end].to_lowercase().replace('’', "'")
        };
        if let Some((p, pw)) = &prev {
            out.push((
                NAMED + (pair_hash(*p, t.hash) & mask) as usize,
                format!("{pw} {word}"),
            ));
        }
        out.push((NAMED + (t.hash & mask) as usize, word.clone()));
        prev = Some((t.hash, word));
    });
    out
}

/// A short digest of the shipped weights: a desk's learned changes apply to these weights only.
pub fn shipped_digest() -> &'static str {
    static DIGEST: LazyLock<String> = LazyLock::new(|| {
        use sha2::{Digest, Sha256};
        let d = Sha256::digest(include_str!("weights.json").as_bytes());
        d.iter().take(8).map(|b| format!("{b:02x}")).collect()
    });
    &DIGEST
}

/// Call `f(index, value)` for every feature of `text`: the bias, each value kind once, the named
/// cues that fire, and each word and pair of words hashed into `bits` bits (after the named
/// features). A feature may be reported more than once (a word said twice counts twice).
pub fn visit(text: &str, kinds: &[ValueKind], bits: u32, mut f: impl FnMut(usize, f64)) {
    f(0, 1.0);
    let mut seen_kinds = 0u16;
    for k in kinds {
        let i = ValueKind::ALL.iter().position(|x| x == k).unwrap_or(0);
        if seen_kinds & (1 << i) == 0 {
            seen_kinds |= 1 << i;
            f(KIND0 + i, 1.0);
        }
    }
    let mask = (1u64 << bits) - 1;
    let lexicon = &*LEXICON;
    let mut cues = 0u64;
    let mut words = 0usize;
    let mut verbs = false;
    let mut prev: Option<u64> = None;
    let marks = tokens(text, |t| {
        words += 1;
        f(NAMED + (t.hash & mask) as usize, 1.0);
        if let Some(p) = prev {
            let pair = pair_hash(p, t.hash);
            f(NAMED + (pair & mask) as usize, 1.0);
            cues |= lexicon.pair(pair);
        }
        cues |= lexicon.word(t.hash);
        if t.upper && !t.first && !t.number {
            cues |= 1 << ENTITY;
        }
        verbs |= t.verb_like;
        prev = Some(t.hash);
    });
    let cues = named_cues(text, &marks, cues, verbs);
    for i in SUPERLATIVE..LENGTH0 {
        if cues & (1 << i) != 0 {
            f(i, 1.0);
        }
    }
    f(LENGTH0 + length_bucket(words), 1.0);
}

/// Whether the statement asks (a "?" at its end, or before a short speaker tag), exclaims, or
/// quotes; the last "?" and "!" and the quotation marks were noted by `tokens` on its way
/// through the text, so the text is not searched again for each.
fn punctuation(text: &str, marks: &Marks) -> (bool, bool, bool) {
    let trimmed = text.trim_end_matches(['"', '”', '’', '\'', ' ', ')', '\n']);
    let tail_words = |at: usize| text[at + 1..].split_whitespace().count() <= 3;
    let question = trimmed.ends_with('?') || marks.question.is_some_and(tail_words);
    let exclamation = trimmed.ends_with('!') || marks.exclamation.is_some_and(tail_words);
    (question, exclamation, marks.quote)
}

/// What `tokens` notes of the characters between words, for `punctuation`: "?", "!" and
/// quotation marks are never part of a word, so every one of them passes the walk between words.
#[derive(Default)]
struct Marks {
    /// The byte offset of the last "?" and of the last "!".
    question: Option<usize>,
    exclamation: Option<usize>,
    /// A straight or curly double quotation mark.
    quote: bool,
}

/// A word as the scorer sees it.
struct Token {
    hash: u64,
    /// Byte offsets in the text.
    start: usize,
    end: usize,
    /// Starts with an upper-case letter.
    upper: bool,
    /// The statement's first word.
    first: bool,
    number: bool,
    /// Ends in "-ed": a past tense or participle.
    verb_like: bool,
    /// The tokenizer read `start..seen` to know the word (`NONE`: up to the text's end).
    seen: usize,
    /// Where `Model::walk` found the word among another text's kept words (`NONE`: not there).
    slot: usize,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

fn fnv(h: u64, byte: u8) -> u64 {
    (h ^ u64::from(byte)).wrapping_mul(FNV_PRIME)
}

fn pair_hash(a: u64, b: u64) -> u64 {
    // A multiply-xor mix: "a b" and "b a" differ, and a pair never collides with a word by design
    // of the offset.
    (a.rotate_left(23) ^ b ^ 0x9e37_79b9_7f4a_7c15).wrapping_mul(0xff51_afd7_ed55_8ccd)
}

/// The words of `text`: runs of letters, digits and inner apostrophes, also "." and "," between
/// digits ("1,200", "2.5"). Each is hashed lower-cased; a word with a digit becomes a shape
/// token (`#` for a number, `#year` for 1900–2099), so "105" and "87" are the same word.
fn tokens(text: &str, f: impl FnMut(Token)) -> Marks {
    walk(text, |_| None, f)
}

/// `tokens`, asking `known(i)` at each word's start `i` for the word as read elsewhere from the
/// same bytes; a word it does not know is read here.
fn walk(
    text: &str,
    mut known: impl FnMut(usize) -> Option<Token>,
    mut f: impl FnMut(Token),
) -> Marks {
    let bytes = text.as_bytes();
    let mut marks = Marks::default();
    let mut i = 0;
    let mut first = true;
    while i < bytes.len() {
        // Skip to a word, noting the punctuation on the way; ASCII (spaces, mostly) without
        // decoding.
        let b = bytes[i];
        let upper = if b.is_ascii() {
            if !b.is_ascii_alphanumeric() {
                match b {
                    b'?' => marks.question = Some(i),
                    b'!' => marks.exclamation = Some(i),
                    b'"' => marks.quote = true,
                    _ => {}
                }
                i += 1;
                continue;
            }
            b.is_ascii_uppercase()
        } else {
            let (c, n) = char_at(text, i);
            if !is_alnum(c) {
                marks.quote |= c == '“' || c == '”';
                i += n;
                continue;
            }
            c.is_uppercase()
        };
        // One call of `f` for both kinds of word, so that it is inlined here.
        let t = match known(i) {
            Some(t) => Token { first, ..t },
            None => read_word(text, i, upper, first),
        };
        i = t.end;
        f(t);
        first = false;
    }
    marks
}

/// The word that starts at `i` (a letter or a digit), read byte by byte: see `tokens`.
#[inline(always)]
fn read_word(text: &str, mut i: usize, upper: bool, first: bool) -> Token {
    let bytes = text.as_bytes();
    {
        let start = i;
        let mut seen = NONE;
        let mut h = FNV_OFFSET;
        let (mut digits, mut letters) = (0usize, 0usize);
        let mut year = 0u32;
        let mut separated = false;
        let mut last2 = [0u8; 2];
        while i < bytes.len() {
            let l = WORD_BYTE[usize::from(bytes[i])];
            if l != 0 {
                // An ASCII letter or digit, the usual case: no decoding, no Unicode tables, one
                // look-up for the class and the lower case.
                if l <= b'9' {
                    digits += 1;
                    if digits <= 4 {
                        year = year * 10 + u32::from(l - b'0');
                    }
                } else {
                    letters += 1;
                }
                h = fnv(h, l);
                last2 = [last2[1], l];
                i += 1;
                continue;
            }
            // Any other ASCII byte but an apostrophe, a dot or a comma ends the word (a space,
            // mostly): no decoding, no look at the next character.
            if bytes[i].is_ascii() && !matches!(bytes[i], b'\'' | b'.' | b',') {
                seen = i + 1;
                break;
            }
            let (c, n) = char_at(text, i);
            if is_alnum(c) {
                if c.is_ascii_digit() {
                    digits += 1;
                    if digits <= 4 {
                        year = year * 10 + (c as u32 - '0' as u32);
                    }
                } else {
                    letters += 1;
                }
                if c.is_ascii() {
                    let b = (c as u8).to_ascii_lowercase();
                    h = fnv(h, b);
                    last2 = [last2[1], b];
                } else {
                    for l in c.to_lowercase() {
                        let mut buf = [0u8; 4];
                        for &b in l.encode_utf8(&mut buf).as_bytes() {
                            h = fnv(h, b);
                        }
                    }
                    last2 = [last2[1], 0];
                }
                i += n;
                continue;
            }
            // Inner apostrophes ("don't", "it’s") and separators between digits ("1,200"); the
            // next character is read only after one of them.
            let next = || text[i + n..].chars().next();
            let inner = match c {
                '\'' | '’' => letters > 0 && next().is_some_and(is_alpha),
                '.' | ',' => digits > 0 && next().is_some_and(|d| d.is_ascii_digit()),
                _ => false,
            };
            if !inner {
                // What was read: the character, and the next one after these four (counted
                // whether or not it was read: more bytes to compare is never wrong).
                seen = if matches!(c, '\'' | '’' | '.' | ',') {
                    next().map_or(NONE, |d| i + n + d.len_utf8())
                } else {
                    i + n
                };
                break;
            }
            if c == '.' || c == ',' {
                separated = true;
            } else {
                h = fnv(h, b'\'');
            }
            i += n;
        }
        let number = digits > 0;
        if number {
            let is_year = digits == 4 && letters == 0 && !separated && (1900..2100).contains(&year);
            h = if is_year { YEAR_HASH } else { NUMBER_HASH };
        }
        Token {
            hash: h,
            start,
            end: i,
            upper,
            first,
            number,
            verb_like: !number && letters > 3 && last2 == *b"ed",
            seen,
            slot: NONE,
        }
    }
}

/// Each byte's lower case if it is an ASCII letter or digit, else 0 (every other byte, and every
/// byte of a character beyond ASCII).
const WORD_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        (char::from(b), 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

/// `fnv` over `bytes`, at compile time: the shape tokens' hashes are constants, not read through
/// a lazily set static at every number.
const fn fnv_of(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

const NUMBER_HASH: u64 = fnv_of(b"#");
const YEAR_HASH: u64 = fnv_of(b"#year");

/// Bits for lexicon entries that are not features themselves.
const NOT_SUPERLATIVE: usize = 62;
const VERB: usize = 63;

/// The cue words and pairs of words, by hash, with the cue bits they set.
struct Lexicon {
    words: FxHashMap<u64, u64>,
    pairs: FxHashMap<u64, u64>,
    /// One bit per value of a hash's top `FILTER_BITS` bits that some entry has: most words are
    /// no cue, and a clear bit says so without hashing the key again and probing the table.
    word_filter: [u64; FILTER_WORDS],
    pair_filter: [u64; FILTER_WORDS],
}

const FILTER_BITS: u32 = 12;
const FILTER_WORDS: usize = (1 << FILTER_BITS) / 64;

fn filter_slot(hash: u64) -> (usize, u64) {
    let k = (hash >> (64 - FILTER_BITS)) as usize;
    (k / 64, 1 << (k % 64))
}

impl Lexicon {
    /// The cue bits of the word hashed `hash` (0 for no cue word).
    fn word(&self, hash: u64) -> u64 {
        let (i, bit) = filter_slot(hash);
        if self.word_filter[i] & bit == 0 {
            return 0;
        }
        self.words.get(&hash).copied().unwrap_or(0)
    }

    /// The cue bits of the pair of words hashed `hash` (0 for no cue pair).
    fn pair(&self, hash: u64) -> u64 {
        let (i, bit) = filter_slot(hash);
        if self.pair_filter[i] & bit == 0 {
            return 0;
        }
        self.pairs.get(&hash).copied().unwrap_or(0)
    }
}

/// Each cue's words; an entry of two words is a pair.
const LISTS: &[(usize, &[&str])] = &[
    (
        SUPERLATIVE,
        &[
            "record",
            "longest",
            "shortest",
            "largest",
            "biggest",
            "smallest",
            "highest",
            "lowest",
            "fastest",
            "slowest",
            "oldest",
            "youngest",
            "greatest",
            "best",
            "worst",
            "most",
            "least",
            "deadliest",
            "unprecedented",
            "never before",
            "all-time",
        ],
    ),
    (NOT_SUPERLATIVE, &["at least", "at most", "most of"]),
    (
        COMPARISON,
        &[
            "more than",
            "less than",
            "fewer than",
            "compared",
            "than",
            "increase",
            "increased",
            "decrease",
            "decreased",
            "doubled",
            "tripled",
            "halved",
            "rose",
            "fell",
            "grew",
            "dropped",
            "declined",
            "higher",
            "lower",
            "up from",
            "down from",
        ],
    ),
    (
        ATTRIBUTION,
        &[
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
            "showed",
            "shows",
            "found",
        ],
    ),
    (
        PREDICTION,
        &[
            "will",
            "won't",
            "it'll",
            "we'll",
            "they'll",
            "i'll",
            "he'll",
            "she'll",
            "going to",
            "expected to",
            "plans to",
            "plan to",
            "scheduled",
            "due to",
            "would",
            "shall",
        ],
    ),
    (
        HEDGE,
        &[
            "may", "might", "could", "possible", "possibly", "perhaps", "maybe", "probably",
            "likely", "unlikely", "if", "whether", "seems", "appears",
        ],
    ),
    (
        OPINION,
        &[
            "think",
            "believe",
            "feel",
            "felt",
            "hope",
            "pray",
            "love",
            "hate",
            "shame",
            "terrible",
            "wonderful",
            "disturbing",
            "worried",
            "angry",
            "great",
            "awful",
            "should",
            "must",
            "opinion",
            "sure",
            "want",
            "wish",
            "thank",
            "thanks",
        ],
    ),
    (
        FIRST_PERSON,
        &[
            "i", "me", "my", "we", "us", "our", "i'm", "i've", "i'd", "we're", "we've", "we'd",
        ],
    ),
    (
        SECOND_PERSON,
        &["you", "your", "you're", "you've", "you'd", "yours"],
    ),
    (
        GREETING,
        &[
            "hello",
            "hi",
            "welcome",
            "goodbye",
            "congratulations",
            "good morning",
            "good evening",
            "good night",
            "thank you",
            "thanks",
            "everyone",
            "everybody",
        ],
    ),
    (
        CAPTION,
        &[
            "pictured",
            "photographed",
            "far left",
            "far right",
            "from left",
            "from right",
            "left to",
            "photo",
            "photos",
            "image",
            "images",
            "credit",
            "getty",
            "caption",
        ],
    ),
    (
        VERB,
        &[
            "is", "was", "are", "were", "be", "been", "has", "have", "had", "do", "does", "did",
            "will", "would", "can", "could", "said", "says", "made", "make", "makes", "took",
            "take", "gave", "give", "went", "go", "came", "come", "got", "get", "won", "lost",
            "ran", "run", "told", "tell", "paid", "pay", "left", "led", "met", "sold", "spent",
            "built", "cut", "rose", "fell", "grew", "began", "found", "knew", "know", "think",
            "killed", "died", "may", "might", "must", "should", "shall", "it's", "that's",
            "there's", "he's", "she's", "i'm", "we're", "they're", "you're",
        ],
    ),
];

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lexicon = Lexicon {
        words: FxHashMap::default(),
        pairs: FxHashMap::default(),
        word_filter: [0; FILTER_WORDS],
        pair_filter: [0; FILTER_WORDS],
    };
    for (cue, list) in LISTS {
        for entry in *list {
            let mut hashes = Vec::new();
            tokens(entry, |t| hashes.push(t.hash));
            let key = match hashes.as_slice() {
                [w] => lexicon.words.entry(*w),
                [a, b] => lexicon.pairs.entry(pair_hash(*a, *b)),
                _ => continue,
            };
            *key.or_default() |= 1 << cue;
        }
    }
    for &h in lexicon.words.keys() {
        let (i, bit) = filter_slot(h);
        lexicon.word_filter[i] |= bit;
    }
    for &h in lexicon.pairs.keys() {
        let (i, bit) = filter_slot(h);
        lexicon.pair_filter[i] |= bit;
    }
    lexicon
});

#[cfg(test)]
mod tests {
    use super::*;

    fn hashes(text: &str) -> Vec<u64> {
        let mut out = Vec::new();
        tokens(text, |t| out.push(t.hash));
        out
    }

    fn word_hash(word: &str) -> u64 {
        let mut out = 0;
        tokens(word, |t| out = t.hash);
        out
    }

    #[test]
    fn words_are_lower_cased_and_numbers_are_shapes() {
        assert_eq!(NUMBER_HASH, b"#".iter().fold(FNV_OFFSET, |h, &b| fnv(h, b)));
        assert_eq!(
            YEAR_HASH,
            b"#year".iter().fold(FNV_OFFSET, |h, &b| fnv(h, b))
        );
        assert_eq!(hashes("Killed 105"), hashes("killed 87"));
        assert_eq!(hashes("in 1999"), hashes("in 2020"));
        assert_ne!(hashes("in 1999"), hashes("in 1,999"));
        assert_eq!(hashes("It’s"), hashes("it's"));
        assert_eq!(hashes("1,200.5 homes").len(), 2);
        assert_eq!(word_hash("Don't"), word_hash("don’t"));
    }

    #[test]
    fn the_filter_passes_every_cue_word_and_pair() {
        for (cue, list) in LISTS {
            for entry in *list {
                let h = hashes(entry);
                let bits = match h.as_slice() {
                    [w] => LEXICON.word(*w),
                    [a, b] => LEXICON.pair(pair_hash(*a, *b)),
                    _ => continue,
                };
                assert!(bits & (1 << cue) != 0, "{entry}");
            }
        }
        assert_eq!(LEXICON.word(word_hash("table")), 0);
    }

    #[test]
    fn cues_fire_on_their_words() {
        let (_, cues) = score(
            "The company reported its highest profit ever, the CEO said.",
            &[ValueKind::Money],
        );
        for cue in ["value", "superlative", "attribution", "entity"] {
            assert!(cues.contains(&cue), "{cue} missing from {cues:?}");
        }
        let (_, cues) = score("At least 12 people were hurt.", &[ValueKind::Count]);
        assert!(!cues.contains(&"superlative"), "{cues:?}");
        let (_, cues) = score("Is this the end of it?", &[]);
        assert!(cues.contains(&"question"));
        let (_, cues) = score("Mayor Linda Park (pictured) in Atlanta", &[]);
        assert!(cues.contains(&"caption"), "{cues:?}");
        let (_, cues) = score("Mayor Linda Park at City Hall in Atlanta", &[]);
        assert!(cues.contains(&"verbless"), "{cues:?}");
    }

    #[test]
    fn questions_exclamations_and_quotes_are_read_between_the_words() {
        let (_, cues) = score("Who will pay for it? – he asked.", &[]);
        assert!(cues.contains(&"question"), "{cues:?}");
        let (_, cues) = score(
            "Is it? The city says the bridge will cost $4 billion over ten years.",
            &[ValueKind::Money],
        );
        assert!(!cues.contains(&"question"), "{cues:?}");
        let (_, cues) = score("Stop the vote now!", &[]);
        assert!(cues.contains(&"exclamation"), "{cues:?}");
        for quoted in ["“We will win,” she said.", "\"We will win,\" she said."] {
            let (_, cues) = score(quoted, &[]);
            assert!(cues.contains(&"quote"), "{quoted}: {cues:?}");
        }
        let (_, cues) = score("She said we will win.", &[]);
        assert!(!cues.contains(&"quote"), "{cues:?}");
        // A dot or comma inside a number and an apostrophe inside a word keep it one word.
        assert_eq!(hashes("it's 1,200.5 - x").len(), 3);
    }

    /// Every way of scoring gives the same bits: `visit` summed (as `logit`), `score`, and a
    /// wording made of a sentence's pieces scored with the sentence's kept words.
    #[test]
    fn kept_words_score_a_wording_to_the_bit() {
        let m = Model::shipped();
        let sentences = [
            "Mary Smith, 55, said on Monday that the city's budget rose 4.5% to $1,200.5 million, \
             its highest ever.",
            "“We will win,” she said. It’s done in 2020, isn't it?",
            "In 1999, the company, which employs 4,000 people, reported record sales and \
             doubled its profit",
            "Die Straße wurde 2019 gebaut; ÉLAN said 3.14 and 1,200 were 'quoted'.",
        ];
        for sentence in sentences {
            let mut known = Known::default();
            let kept = m.score_keeping(sentence, &[ValueKind::Money], &mut known);
            assert_eq!(
                (kept.0, kept.1.names()),
                m.score(sentence, &[ValueKind::Money])
            );
            assert!(!known.words.is_empty());
            // Wordings: every cut of the sentence at a character, its pieces put back in
            // another order, with words that are not in it, with a capital or a stop added.
            let cuts: Vec<usize> = sentence.char_indices().map(|(i, _)| i).collect();
            for (n, &a) in cuts.iter().enumerate() {
                let b = cuts[(n * 7 + 3) % cuts.len()].max(a);
                let (head, mid, tail) = (&sentence[..a], &sentence[a..b], &sentence[b..]);
                for wording in [
                    format!("{mid} {head}"),
                    format!("{tail}, {head}."),
                    format!("Jane Doe {mid}"),
                    format!("{head} is {tail}"),
                    mid.to_uppercase(),
                    format!("{mid}{tail}"),
                ] {
                    let logit = m.logit(&wording, &[]);
                    let plain = m.walk(&wording, &[], None, None);
                    assert_eq!(plain.0.to_bits(), logit.to_bits(), "{wording}");
                    let with = m.walk(&wording, &[], None, Some((sentence, &known)));
                    assert_eq!(with.0.to_bits(), logit.to_bits(), "{wording}");
                    assert_eq!(with.1, plain.1, "{wording}");
                }
            }
        }
    }

    #[test]
    fn fired_cues_are_named_as_the_score_names_them() {
        for text in [
            "The company reported its highest profit ever, the CEO said.",
            "Is this the end of it?",
            "I think we will win! Thank you, everyone.",
            "Mayor Linda Park (pictured) in Atlanta",
        ] {
            for kinds in [
                &[][..],
                &[ValueKind::Number],
                &[ValueKind::Money, ValueKind::Ordinal],
            ] {
                let (p, names) = score(text, kinds);
                let (q, fired) = score_keeping(text, kinds, &mut Known::default());
                assert_eq!((p, names.clone()), (q, fired.names()), "{text}");
                for cue in CUES.iter().chain(&["value", "number", "short"]) {
                    assert_eq!(fired.has(cue), names.contains(cue), "{text}: {cue}");
                }
            }
        }
    }

    #[test]
    fn the_shipped_weights_are_small_and_name_their_source() {
        let file = include_str!("weights.json");
        assert!(file.len() < 300_000, "{} bytes", file.len());
        assert!(file.contains("ClaimBuster") && file.contains("Creative Commons Attribution 4.0"));
    }

    #[test]
    fn the_shipped_weights_load_and_give_probabilities() {
        let m = Model::shipped();
        assert_eq!(m.weights.len(), NAMED + (1 << m.bits));
        let (p, _) = score("The dam holds 2.1 million cubic metres of water.", &[]);
        assert!((0.0..=1.0).contains(&p));
        let json = m.to_json(&Provenance::default());
        let back = Model::from_json(&json).unwrap();
        assert_eq!(back.bits, m.bits);
        for (a, b) in back.weights.iter().zip(&m.weights) {
            assert!((a - b).abs() < 1e-3);
        }
    }
}
