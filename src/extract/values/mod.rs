//! Values in news text: dates, durations, ages, quantities, counts, numbers, ordinals, percentages
//! and money, each with its span and a normalized form.
//!
//! The scanner is a hand-written word tokenizer (one pass over the bytes, no allocation per byte)
//! followed by a left-to-right matcher with bounded look-ahead and look-behind: linear time. Each
//! token is classified once through a hash table (`LEXICON`); only numbers, symbols and the few words in
//! that table start a match, everything else is skipped at the cost of one lookup.
//!
//! Which rule wins at a token is decided in one place, the ordered table `rules::RULES`;
//! `scan_explained` reports the rule behind each value. The rules live with what they recognise:
//! `numbers`, `dates`, `calendar`, `durations`, `money`, `quantities`, `phrases`; `tokens` and
//! `lexicon` feed them, `resolution` turns relative expressions into dates. The modules are parts
//! of one `Scanner` and see each other's items through `use super::*`.
//!
//! Conventions (the public contract of `RawValue::value`):
//! - dates are ISO 8601 at the grain of the expression: `2022-03-30`, `2021-04`, `1989`, ISO weeks
//!   `2022-W10` ("last week"), ISO 8601-2 decades `199X` ("the 1990s") and centuries `18XX` ("the
//!   1800s", "the 19th century");
//! - a weekend ("over the weekend", "this weekend") is a range of its Saturday and Sunday,
//!   `2022-03-12/2022-03-13`;
//! - relative dates resolve against `published` and are `None` without it. Where the direction is
//!   not written ("on Monday", "In September", "March 30", "the 15th") the tense of the sentence
//!   decides: the nearest strong cue ("will", "is due", "said", "was", "ago"…) or else the nearest
//!   past participle ("-ed") picks the past or the future occurrence:
//!   * a weekday: past → most recent on or before publication; otherwise the next one after it;
//!   * a month without a year: past → most recent (this year if not after the publication month,
//!     else last year); future → next (this year if not before the publication month, else next
//!     year); no cue → the year of publication;
//!   * a month and day without a year: the year of publication, moved one year back (past tense)
//!     or forward (future tense) only when it lands more than 60 days on the wrong side, or a
//!     week after publication right after a verb in the past ("it started on July 2");
//!   * a day of the month alone ("on the 15th"): past → most recent, otherwise the next one;
//! - "N years ago" / "in N years" / "N years from now" are at month grain, "N months/weeks/days
//!   ago" at day grain (Duckling's convention); "upcoming N units" at the unit's grain;
//! - "10 years later/earlier" anchors on the nearest preceding resolved date of the same text
//!   (or of the sentence before, see `Anchor`), at that anchor's grain, and is `None` without one;
//!   "the following month/year/week/day" (also "the prior year", "the month before", "the year
//!   after") at the grain of its unit, `None` when the anchor is coarser than the unit; a quarter
//!   or a half is an anchor at its own grain ("the third quarter, from a year earlier" →
//!   `2022-Q3`; "the previous quarter"), and a shift that does not keep it whole is `None`;
//! - durations are ISO 8601 in one unit, the smallest one written (`P27M` for "2 years and 3
//!   months", `PT90M` for "an hour and a half"); a year is 12 months, or 365 days when mixed with
//!   days or smaller units; a month is 30 days when mixed with days or when fractional; years
//!   that make no whole number of months keep their fraction (`P78.7Y`);
//! - a count or number "per" a round number, or "a", "per", "each", "every" a unit of time (or
//!   "annually"), is a rate: "45 cases per 100,000 people" → `45/100000 people`, "500 crossings
//!   per day" → `500/day`, "160,000 vehicles a day" → `160000/day`;
//! - numbers are plain decimal strings ("1200000", "0.77", "-504"); integers written in digits keep
//!   every digit (ids are not rounded);
//! - vague plurals ("hundreds of experiments", "thousands") are counts or numbers of the unit
//!   (`100`, `1000`) with the modifier `more-than`; "a few" is `3` with `approx`;
//! - "one" used as a pronoun ("one of the crew", "no one") is not a value;
//! - a count is a number followed by a noun phrase (up to two modifiers and a head noun), and its
//!   span covers the noun phrase: "two Russian cosmonauts"; a number joined by a hyphen to a
//!   word that modifies a noun counts what that word names ("a 15-game streak": `15-game`);
//! - times of day ("10 a.m.", "14:30") are recognised and skipped, so their digits are not numbers;
//! - numbers glued to a word ("COVID-19", "F-16", "5G") are not values;
//! - modifiers ("nearly", "more than", "up to"…) are part of the span; before a date only
//!   "around", "circa", "approximately" and "roughly" count (never "over"/"under"); "over" before
//!   a duration that is the time something took ("over 10 years to 2030", "€2bn over 10 years")
//!   is no modifier and no part of the span (`over_is_during`); "as many as", "as much as" and
//!   "as high as" are an upper bound, "up to" after a verb that takes "up" ("ticked up to 3.9%")
//!   is none;
//! - "points" are percentage points (`5 pp`) in a sentence of percents with no index or game in
//!   it ("leads by five points, 48% to 43%"; not "the Dow fell 500 points, or 1.3%"), and so are
//!   "a quarter point", "a half-point" (`0.25 pp`, `0.5 pp`).

use super::{Modifier, RawValue, ValueKind};
use chrono::{Datelike, Days, Months, NaiveDate};
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use std::sync::LazyLock;

// The scanner's methods are spread over these modules, which the compiler may put in separate
// codegen units: they are `#[inline]` so that it can still inline across them as it did when this
// was one file (without it `scan` is 5–7% slower).
mod calendar;
mod dates;
mod durations;
mod lexicon;
mod money;
mod numbers;
mod periods;
mod phrases;
mod quantities;
mod ranges;
mod ratios;
mod resolution;
mod rules;
mod times;
mod tokens;
mod vague;

// What the rule modules share (they import it all with `use super::*`).
use durations::*;
use lexicon::*;
use numbers::*;
use resolution::*;
use tokens::*;
use vague::vague_duration;

/// Find the values in `text` (usually one sentence). Spans are byte ranges of `text`, sorted by
/// start and non-overlapping. Relative dates resolve against `published`.
pub fn scan(text: &str, published: Option<NaiveDate>) -> Vec<RawValue> {
    let mut values = scan_with(text, published, None, &mut Anchor::default());
    for v in &mut values {
        part_of_day(text, v);
    }
    values
}

/// A part of the day with a day ("Thursday evening", "yesterday morning", "tonight", "last
/// night", "the evening of June 14"): TIMEX3's `TMO`, `TAF`, `TEV`, `TNI` after the day,
/// `2024-06-13TEV`, and the span takes the part. A clock time says more: "Tuesday afternoon at
/// 3:15" is one time (`Scanner::join_time`). Read on the text around a value of `text` once all
/// are found (`scan` does it; `extract` after the claims, whose rewording reads a day and the
/// part after it as written).
#[inline]
pub fn part_of_day(text: &str, v: &mut RawValue) {
    if v.kind != ValueKind::Date || v.value.as_ref().is_none_or(|d| d.len() != 10) {
        return;
    }
    // most days have none: a part's word after them ("m", "a", "e", "n" after a space), a
    // phrase that ends in one ("…g", "…n", "…t"), or " of" before them; told by bytes first
    let b = text.as_bytes();
    let after = b.get(v.span.end) == Some(&b' ')
        && b.get(v.span.end + 1)
            .is_some_and(|c| matches!(c, b'm' | b'a' | b'e' | b'n'));
    let ends = v.span.end > 0 && matches!(b[v.span.end - 1] | 0x20, b'g' | b'n' | b't');
    let of = v.span.start >= 4 && &b[v.span.start - 4..v.span.start] == b" of ";
    if after || ends || of {
        part_of_day_read(text, v);
    }
}

/// `part_of_day` of a day that may have one.
#[inline(never)]
fn part_of_day_read(text: &str, v: &mut RawValue) {
    let part = |w: &str| -> Option<&'static str> {
        Some(match w {
            "morning" => "TMO",
            "afternoon" => "TAF",
            "evening" => "TEV",
            "night" | "tonight" | "overnight" => "TNI",
            _ => return None,
        })
    };
    let word_end = |s: &str| {
        s.find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(s.len())
    };
    let after = text[v.span.end..].strip_prefix(' ').unwrap_or("");
    let next = &after[..word_end(after)];
    // (lower case after the day: "Monday Night Football" names a programme)
    let (suffix, span) = if let Some(p) = part(next) {
        (p, v.span.start..v.span.end + 1 + next.len())
    } else if let Some(p) = text[v.span.clone()]
        .rsplit(' ')
        .next()
        .and_then(|w| {
            ["morning", "afternoon", "evening", "night", "tonight"]
                .into_iter()
                .find(|p| w.eq_ignore_ascii_case(p))
        })
        .and_then(part)
    {
        // "this morning", "last night", "tonight": the part is the phrase's own
        (p, v.span.clone())
    } else if let Some((p, s)) = text[..v.span.start]
        .trim_end()
        .strip_suffix(" of")
        .and_then(|b| b.rsplit_once(' '))
        .and_then(|(b, p)| {
            // "the evening of June 14": the part, "of", and "the" before it
            let the = b
                .rsplit(' ')
                .next()
                .is_some_and(|t| t.eq_ignore_ascii_case("the"));
            part(p).filter(|_| the).map(|s| (s, b.len() - 3))
        })
    {
        (p, s..v.span.end)
    } else {
        return;
    };
    if let Some(d) = v.value.as_mut() {
        d.push_str(suffix);
    }
    v.span = span;
}

/// The last date a sentence resolved, which the next sentence's anchored forms count from: "The
/// referendum was held on June 23, 2016. The following month, the prime minister resigned." (July
/// 2016), "… Ten years later …", "… The next day …". It reaches one sentence only: a sentence
/// without a date of its own passes none on, so a date far back is never taken for the anchor.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Anchor(Option<(NaiveDate, Grain)>);

/// `scan` of one sentence of a text, where `anchor` is what the sentence before it left
/// (`Anchor::default()` for the first); on return `anchor` is what this one leaves for the next.
pub fn scan_sentence(
    text: &str,
    published: Option<NaiveDate>,
    anchor: &mut Anchor,
) -> Vec<RawValue> {
    scan_with(text, published, None, anchor)
}

/// The values stage of a text: each sentence of `spans` scanned in order with the anchor the one
/// before it leaves (`scan_sentence`), its values' spans made offsets of `text` and tagged with
/// the sentence's index. A long text is scanned on every core in slices of sentences (see
/// `scan_sentences_on`); the result is the same as one thread's, value for value.
pub fn scan_sentences(
    text: &str,
    spans: &[std::ops::Range<usize>],
    published: Option<NaiveDate>,
) -> Vec<(usize, RawValue)> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    scan_sentences_on(text, spans, published, threads, PARALLEL_SLICE)
}

/// The least text a thread of `scan_sentences` is given: below it, starting a thread costs more
/// than it saves (an article of a few pages is scanned in well under a millisecond).
const PARALLEL_SLICE: usize = 64 << 10;

/// `scan_sentences` on at most `threads` threads, each given `min_slice` bytes of text or more.
///
/// A sentence's values depend on the sentence before it only through the `Anchor` it leaves
/// ("… on June 23, 2016. The following month, …"). A slice after the first starts from the
/// anchor its previous sentence leaves when scanned alone, a guess that is almost always right;
/// once the slices are joined in order, each slice's first sentences are scanned again with the
/// anchor really left before them until the anchor a sentence was given is the right one (from
/// there on nothing differs). So the output never depends on how the text was cut.
pub fn scan_sentences_on(
    text: &str,
    spans: &[std::ops::Range<usize>],
    published: Option<NaiveDate>,
    threads: usize,
    min_slice: usize,
) -> Vec<(usize, RawValue)> {
    let slices = threads
        .min(text.len() / min_slice.max(1))
        .clamp(1, spans.len().max(1));
    if slices <= 1 {
        let mut out = Vec::new();
        let mut anchor = Anchor::default();
        for i in 0..spans.len() {
            scan_one(text, spans, i, published, &mut anchor, &mut out);
        }
        return out;
    }
    // Cut where the bytes are shared evenly, at sentence boundaries.
    let mut cuts = vec![0];
    for k in 1..slices {
        let at = text.len() * k / slices;
        let i = spans.partition_point(|s| s.start < at);
        if i > *cuts.last().expect("one cut at least") && i < spans.len() {
            cuts.push(i);
        }
    }
    cuts.push(spans.len());
    let scanned: Vec<Slice> = std::thread::scope(|scope| {
        let workers: Vec<_> = cuts
            .windows(2)
            .map(|w| {
                let (from, to) = (w[0], w[1]);
                scope.spawn(move || {
                    let mut anchor = Anchor::default();
                    if from > 0 {
                        // The guess: the sentence before, scanned alone.
                        let _ =
                            scan_sentence(&text[spans[from - 1].clone()], published, &mut anchor);
                    }
                    let mut slice = Slice {
                        from,
                        given: Vec::with_capacity(to - from),
                        ends: Vec::with_capacity(to - from),
                        values: Vec::new(),
                        leaves: Anchor::default(),
                    };
                    for i in from..to {
                        slice.given.push(anchor);
                        scan_one(text, spans, i, published, &mut anchor, &mut slice.values);
                        slice.ends.push(slice.values.len());
                    }
                    slice.leaves = anchor;
                    slice
                })
            })
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let mut out = Vec::with_capacity(scanned.iter().map(|s| s.values.len()).sum());
    let mut anchor = Anchor::default();
    for slice in scanned {
        let mut values = slice.values.into_iter();
        let mut taken = 0;
        let mut k = 0;
        // Again with the anchor really left, while it differs from the one guessed.
        while k < slice.given.len() && slice.given[k] != anchor {
            scan_one(
                text,
                spans,
                slice.from + k,
                published,
                &mut anchor,
                &mut out,
            );
            values.by_ref().take(slice.ends[k] - taken).for_each(drop);
            taken = slice.ends[k];
            k += 1;
        }
        if k < slice.given.len() {
            out.extend(values);
            anchor = slice.leaves;
        }
    }
    out
}

/// What a thread of `scan_sentences_on` found in its slice of sentences.
struct Slice {
    /// The index of the slice's first sentence.
    from: usize,
    /// The anchor each sentence was scanned with.
    given: Vec<Anchor>,
    /// Where each sentence's values end in `values`.
    ends: Vec<usize>,
    values: Vec<(usize, RawValue)>,
    /// The anchor the slice's last sentence leaves.
    leaves: Anchor,
}

/// Sentence `i` of `spans` scanned with `anchor`, its values pushed onto `out` with spans of the
/// whole text.
fn scan_one(
    text: &str,
    spans: &[std::ops::Range<usize>],
    i: usize,
    published: Option<NaiveDate>,
    anchor: &mut Anchor,
    out: &mut Vec<(usize, RawValue)>,
) {
    let s = &spans[i];
    for mut v in scan_sentence(&text[s.clone()], published, anchor) {
        v.span = v.span.start + s.start..v.span.end + s.start;
        out.push((i, v));
    }
}

/// `scan`, with the name of the rule that produced each value (see `rules::RULES`): for finding
/// out why a value was found, or missed.
pub fn scan_explained(text: &str, published: Option<NaiveDate>) -> Vec<(RawValue, &'static str)> {
    let mut names = Vec::new();
    let mut values = scan_with(text, published, Some(&mut names), &mut Anchor::default());
    for v in &mut values {
        part_of_day(text, v);
    }
    values.into_iter().zip(names).collect()
}

/// The rule names `scan_explained` can report, in the order the rules are tried.
pub fn rule_names() -> impl Iterator<Item = &'static str> {
    rules::rule_names()
}

fn scan_with(
    text: &str,
    published: Option<NaiveDate>,
    mut names: Option<&mut Vec<&'static str>>,
    anchor: &mut Anchor,
) -> Vec<RawValue> {
    thread_local! {
        /// The tokens of a chunk and the indices of those that may start a rule, reused from
        /// text to text.
        static TOKS: std::cell::RefCell<(Vec<Token>, Vec<usize>)> =
            const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
    }
    // news text holds about one value per 50 bytes, but a short sentence often several (a date,
    // a figure and its change): room for one per 16 bytes up front spares the vector's growth
    // for nearly every sentence of the bench corpus (a growth cost about twice the allocation);
    // capped, so a huge text asks for no more than a small buffer before its values are found.
    // (Made at the first value instead, it cost more: callgrind, `profile_extract --values`.)
    let mut out = Vec::with_capacity((text.len() / 16).min(64));
    TOKS.with(|cell| {
        // a re-entrant call (there is none) would get a fresh buffer instead of panicking
        let mut fresh = (Vec::new(), Vec::new());
        let mut guard = cell.try_borrow_mut();
        let (toks, starts) = match guard.as_mut() {
            Ok(t) => &mut **t,
            Err(_) => &mut fresh,
        };
        let mut start = 0;
        let mut given = anchor.0.take();
        while start < text.len() {
            let end = chunk_end(text, start);
            let chunk = &text[start..end];
            tokenize(chunk, toks, starts);
            let mut sc = Scanner {
                text: chunk,
                tokens: toks,
                published,
                out: &mut out,
                names: names.as_deref_mut(),
                base: start,
                anchor: given,
                floor: 0,
                score_end: 0,
            };
            sc.run(starts);
            // passed on only when this text set it (a date equal to the one given is lost,
            // which costs nothing: none is the safe side)
            anchor.0 = sc.anchor.filter(|_| sc.anchor != given);
            given = None;
            start = end;
        }
        if toks.capacity() > 1 << 16 {
            *toks = Vec::new();
            *starts = Vec::new();
        }
    });
    out
}

/// Very long inputs are scanned in pieces of about this many bytes (cut at a newline or a space),
/// so the token buffer stays small.
const CHUNK: usize = 1 << 18;

fn chunk_end(text: &str, start: usize) -> usize {
    let len = text.len();
    if len - start <= CHUNK {
        return len;
    }
    let b = text.as_bytes();
    let hard = start + CHUNK;
    let lo = hard - CHUNK / 8;
    if let Some(p) = b[lo..hard].iter().rposition(|&c| c == b'\n') {
        return lo + p + 1;
    }
    if let Some(p) = b[lo..hard].iter().rposition(|&c| c == b' ') {
        return lo + p + 1;
    }
    let mut e = hard;
    while !text.is_char_boundary(e) {
        e -= 1;
    }
    e
}

#[derive(Debug)]
struct Hit {
    /// `None`: recognised and consumed, but not a value (a time of day, "COVID-19").
    kind: Option<ValueKind>,
    /// Token range: first token, and the token after the last.
    start: usize,
    end: usize,
    value: Option<String>,
    modifier: Option<Modifier>,
    anchor: Option<(NaiveDate, Grain)>,
    /// The rule that found it (`rules::RULES`); set by the driver, innermost rule first.
    rule: &'static str,
}

impl Hit {
    #[inline]
    fn new(kind: ValueKind, s: usize, e: usize, val: Option<String>) -> Hit {
        Hit {
            kind: Some(kind),
            start: s,
            end: e,
            value: val,
            modifier: None,
            anchor: None,
            rule: "",
        }
    }
    #[inline]
    fn silent(s: usize, e: usize) -> Hit {
        Hit {
            kind: None,
            start: s,
            end: e,
            value: None,
            modifier: None,
            anchor: None,
            rule: "",
        }
    }
    #[inline]
    fn date(s: usize, e: usize, d: Option<(NaiveDate, Grain)>) -> Hit {
        Hit {
            kind: Some(ValueKind::Date),
            start: s,
            end: e,
            value: d.and_then(|(d, g)| format_date(d, g)),
            modifier: None,
            anchor: d.filter(|(_, g)| *g != Grain::Week),
            rule: "",
        }
    }
    /// A rule's verdict "not a value, and no later rule may say otherwise" ("one of them").
    #[inline]
    fn nothing(s: usize) -> Hit {
        Hit::silent(s, s)
    }
    /// Name the rule that found this hit, unless a rule it called already did.
    #[inline]
    fn named(mut self, rule: &'static str) -> Hit {
        if self.rule.is_empty() {
            self.rule = rule;
        }
        self
    }
    #[inline]
    fn with_mod(mut self, m: Option<Modifier>) -> Hit {
        if m.is_some() {
            self.modifier = m;
        }
        self
    }
}

struct Scanner<'a> {
    text: &'a str,
    tokens: &'a [Token],
    published: Option<NaiveDate>,
    out: &'a mut Vec<RawValue>,
    /// For `scan_explained`: the rule name of each value in `out`.
    names: Option<&'a mut Vec<&'static str>>,
    /// Byte offset of this chunk in the text given to `scan`.
    base: usize,
    /// The last resolved date, for "10 years later".
    anchor: Option<(NaiveDate, Grain)>,
    /// First token not consumed by an earlier value.
    floor: usize,
    /// The token after the last game's score read (`score`), for the sets listed after it.
    score_end: usize,
}

/// Words after which "over" tells what something is about, not a bound: "jailed over $2.3
/// million fraud", "arrested over £50,000 theft", "a row over 5% pay rise", "protests over 30%
/// fare rises". ("fined over £1m" is left out: it is as often "fined more than £1m".)
const OVER_CAUSES: &[&str] = &[
    "jailed",
    "imprisoned",
    "arrested",
    "charged",
    "convicted",
    "sued",
    "investigated",
    "probed",
    "questioned",
    "quizzed",
    "sacked",
    "resigns",
    "resigned",
    "quits",
    "row",
    "rows",
    "dispute",
    "disputes",
    "probe",
    "inquiry",
    "investigation",
    "lawsuit",
    "protest",
    "protests",
    "strike",
    "strikes",
    "clash",
    "clashes",
    "anger",
    "outrage",
    "fury",
    "backlash",
    "uproar",
    "concern",
    "concerns",
    "fears",
    "charges",
    "arrest",
];

/// Every word `modifier_before` compares the word right before a value with (`w1` there, in
/// lowercase): a word of none of their shapes modifies nothing, and is not copied to compare.
/// (A word added to a comparison with `w1` there must be added here.)
const MODIFIER_WORDS: &str = concat!(
    "around circa approximately roughly early mid middle late ",
    "to as than least of over above most under below estimated ",
    "nearly about almost some approx exceed exceeds exceeded exceeding ",
    "surpass surpasses surpassed surpassing",
);

static MODIFIER_SHAPES: LazyLock<Shapes> =
    LazyLock::new(|| Shapes::of(MODIFIER_WORDS.split_whitespace()));

impl<'a> Scanner<'a> {
    #[inline]
    fn last_out_end(&self) -> Option<usize> {
        self.out
            .last()
            .and_then(|v| v.span.end.checked_sub(self.base))
    }

    /// `starts`: the tokens that may start a rule, in order (`tokenize` lists them). Most tokens
    /// start none (a word the lexicon does not know, most punctuation): the driver goes from one
    /// listed token to the next without looking at the others.
    ///
    /// Not inlined into `scan_with`: when it was, the tokenizer's loops there lost about 1% of
    /// the values' instruction count to worse code (callgrind, `profile_extract --values`).
    #[inline(never)]
    fn run(&mut self, starts: &[usize]) {
        // the first token not consumed by a value
        let mut next = 0;
        for &i in starts {
            if i < next {
                continue;
            }
            // each step reads the hit in place and answers only what replaces it: a hit is not
            // moved through the three calls
            let hit = self.try_rules(i).map(|mut h| {
                if let Some(r) = self.range_after(&h) {
                    h = r;
                }
                if let Some(r) = self.duration_from(&h) {
                    h = r;
                }
                self.rate_after(&mut h);
                h
            });
            if let Some(h) = hit
                && h.end > i
            {
                let e = h.end;
                self.emit(h);
                next = e;
                self.floor = e;
            }
        }
    }

    fn emit(&mut self, mut h: Hit) {
        let Some(mut kind) = h.kind else {
            return;
        };
        h.start = h.start.max(self.floor);
        if h.start >= h.end || h.end > self.len() {
            return;
        }
        if h.modifier.is_none()
            && let Some((m, s)) = self.modifier_before(h.start, h.end, kind)
        {
            h.modifier = Some(m);
            h.start = s;
        }
        // "about 500 or more": the bound after it says more than "about" before it
        if matches!(h.modifier, None | Some(Modifier::Approx))
            && let Some((m, e)) = self.modifier_after(h.end, kind)
        {
            h.modifier = Some(m);
            h.end = e;
            // "500 or more protesters": a count of the noun after the bound
            if kind == ValueKind::Number && self.noun_phrase(e).is_some() {
                kind = ValueKind::Count;
            }
        }
        if let Some(a) = h.anchor {
            self.anchor = Some(a);
        }
        let raw = RawValue {
            kind,
            span: self.tokens[h.start].start() + self.base
                ..self.tokens[h.end - 1].end() + self.base,
            value: h.value,
            modifier: h.modifier,
        };
        if self.join_time(&raw) {
            return;
        }
        if let Some(names) = self.names.as_deref_mut() {
            names.push(h.rule);
        }
        self.out.push(raw);
    }

    /// A clock time next to a day ("at 8:46 p.m. on April 1", "Sunday at 14:00") becomes one
    /// date-time value, `2014-04-01T20:46`, in place of the date or time already emitted.
    fn join_time(&mut self, new: &RawValue) -> bool {
        let Some(last) = self.out.last() else {
            return false;
        };
        if last.span.start < self.base || last.span.end > new.span.start {
            return false;
        }
        // a day, or a day with its part ("Tuesday afternoon", `…TAF`): the clock time says more
        let day = |v: &RawValue| {
            v.kind == ValueKind::Date
                && v.value.as_deref().is_some_and(|s| {
                    s.len() == 10
                        || (s.len() == 13
                            && s.as_bytes()[10] == b'T'
                            && !s.as_bytes()[11].is_ascii_digit())
                })
        };
        let clock = |v: &RawValue| {
            v.kind == ValueKind::Time && v.value.as_deref().is_some_and(|s| s.starts_with('T'))
        };
        // the words between are read only for a day and a clock time side by side: most values
        // follow another of other kinds
        let joins = |words: &[&str]| {
            let between = self.text[last.span.end - self.base..new.span.start - self.base].trim();
            // "Tuesday afternoon at 3:15": the part of the day the clock time is in
            let between = ["morning", "afternoon", "evening", "night"]
                .iter()
                .find_map(|p| {
                    between
                        .get(..p.len())
                        .filter(|h| h.eq_ignore_ascii_case(p))
                        .map(|_| between[p.len()..].trim_start())
                })
                .unwrap_or(between);
            words.iter().any(|w| between.eq_ignore_ascii_case(w))
        };
        let (d, t) = if day(last)
            && clock(new)
            && joins(&["", ",", "at", ", at", "at about", "at around"])
        {
            (last, new)
        } else if clock(last) && day(new) && joins(&["", ",", "on", ", on"]) {
            (new, last)
        } else {
            return false;
        };
        let (date, clock) = (
            d.value.as_deref().map_or("", |v| v.get(..10).unwrap_or(v)),
            t.value.as_deref().unwrap_or(""),
        );
        // "8 p.m. ET on November 5": the offset of that day, not of the day of publication
        // (the day read only for a clock time with a zone: parsing it cost more than the rest)
        let zone = times::us_zone_of(&self.text[t.span.start - self.base..t.span.end - self.base])
            .and_then(|z| times::us_offset(z, date.parse::<NaiveDate>().ok()?));
        let value = match zone {
            Some(off) => {
                let n = clock.len();
                let offset = n > 6 && matches!(clock.as_bytes()[n - 6], b'-' | b'+');
                [date, if offset { &clock[..n - 6] } else { clock }, off].concat()
            }
            None => [date, clock].concat(),
        };
        let modifier = last.modifier.or(new.modifier);
        let start = last.span.start;
        if let Some(last) = self.out.last_mut() {
            *last = RawValue {
                kind: ValueKind::Time,
                span: start..new.span.end,
                value: Some(value),
                modifier,
            };
        }
        if let Some(names) = self.names.as_deref_mut()
            && let Some(n) = names.last_mut()
        {
            *n = "date-time";
        }
        true
    }

    /// "500 or more", "30 or fewer", "90 and above": a bound written after an amount.
    #[inline]
    fn modifier_after(&self, e: usize, kind: ValueKind) -> Option<(Modifier, usize)> {
        if !matches!(
            kind,
            ValueKind::Number
                | ValueKind::Count
                | ValueKind::Money
                | ValueKind::Percent
                | ValueKind::Quantity
                | ValueKind::Temperature
        ) || !self.is_any(e, &["or", "and"])
        {
            return None;
        }
        // "200 or more than 190" is two values
        if self.is(e + 2, "than") {
            return None;
        }
        let m = match self.lower(e + 1).as_str() {
            "more" | "greater" | "higher" | "above" | "over" => Modifier::MoreThan,
            "less" | "fewer" | "lower" | "below" | "under" => Modifier::LessThan,
            _ => return None,
        };
        // "10 or more people": the noun after the bound is no part of it; "and over" only as a
        // bound ("and over the years" is not)
        if self.is(e, "and") && self.is_word(e + 2) && !self.is_any(e + 2, &["in", "on", "at"]) {
            return None;
        }
        Some((m, e + 2))
    }

    /// "over 10 years" in news is more often the time something took ("invest €2bn over 10
    /// years", "over 10 years to 2030", "Over five years, cases doubled") than a bound ("jailed for
    /// over 10 years", "served over 30 years"). It is the time taken when the period is closed
    /// ("over 10 years to 2030", "… between 2005 and 2015", "… from 2015"), when it is set off at
    /// the head of a clause ("Over five years, …"), or when it follows an amount it spreads
    /// ("€2bn over 10 years", "rose 4.5% over five years", "spread over 10 years", "nine hours
    /// over two days"), or an event that takes that time ("held over two days").
    /// `o`: the token "over"; `e`: the token after the duration.
    fn over_is_during(&self, o: usize, e: usize) -> bool {
        if self.is_any(
            e,
            &[
                "to",
                "through",
                "until",
                "till",
                "between",
                "from",
                "starting",
                "beginning",
                "ending",
            ],
        ) {
            return true;
        }
        let clause_head = o == 0 || matches!(self.kind(o - 1), Some(TokenKind::Punct(',' | ';')));
        if clause_head && matches!(self.kind(e), Some(TokenKind::Punct(','))) {
            return true;
        }
        if o == 0 {
            return false;
        }
        if self.is_any(
            o - 1,
            &[
                "spread",
                "staggered",
                "repaid",
                "repayable",
                "payable",
                "amortised",
                "amortized",
                // "takes place over three days", "held over two weekends", "talks stretched over
                // two weeks"
                "place",
                "held",
                "stretched",
                "stretching",
                "staged",
                "unfolded",
            ],
        ) || (self.is_any(o - 1, &["in", "out"]) && o >= 2 && self.is(o - 2, "phased"))
        {
            return true;
        }
        // the value just before "over" is an amount: "€2bn over 10 years"
        self.last_out_end() == Some(self.tokens[o - 1].end())
            && self.out.last().is_some_and(|v| {
                matches!(
                    v.kind,
                    ValueKind::Money
                        | ValueKind::Percent
                        | ValueKind::Count
                        | ValueKind::Quantity
                        // "deliberated for nine hours over two days"
                        | ValueKind::Duration
                        // "doubled over five years", "rose by a third over two weeks"
                        | ValueKind::Ratio
                        // "cut by 10% to 15% over two years"
                        | ValueKind::Range
                )
            })
    }

    /// Token `j`, right before a value, may be the word or sign `modifier_before` reads there:
    /// a word of `MODIFIER_WORDS`' shapes or one of the signs it compares. Most values follow
    /// another word ("in", "the", "of", a verb), which is answered here without a lowercase copy.
    #[inline]
    fn may_modify(&self, j: usize) -> bool {
        let Some(t) = self.tokens.get(j) else {
            return false;
        };
        match t.kind {
            TokenKind::Word => {
                let shapes: &Shapes = &MODIFIER_SHAPES;
                shapes.may_hold(&self.text.as_bytes()[t.start()..t.end()])
            }
            TokenKind::Punct(c) => matches!(c, '>' | '<' | '=' | '-' | '≥' | '≤'),
            TokenKind::Number | TokenKind::Other => false,
        }
    }

    fn modifier_before(&self, s: usize, e: usize, kind: ValueKind) -> Option<(Modifier, usize)> {
        if kind == ValueKind::Ordinal || self.is(s, "the") {
            return None;
        }
        let ok = |j: usize| j >= self.floor;
        if s == 0 || !ok(s - 1) || !self.may_modify(s - 1) {
            return None;
        }
        let w1 = self.lower(s - 1);
        let w1 = w1.as_str();
        if kind == ValueKind::Date {
            // "mid-March"
            if w1 == "-" && s >= 2 && ok(s - 2) && self.is(s - 2, "mid") && self.touches(s) {
                return Some((Modifier::Mid, s - 2));
            }
            return match w1 {
                "around" | "circa" | "approximately" | "roughly" => Some((Modifier::Approx, s - 1)),
                // TIMEX3 START, MID, END: "early 2020", "mid-March", "late 1990s"
                "early" => Some((Modifier::Start, s - 1)),
                "mid" | "middle" => Some((Modifier::Mid, s - 1)),
                "late" if !self.is(s, "night") => Some((Modifier::End, s - 1)),
                _ => None,
            };
        }
        // "x > 10", "≥ 30", "< 20", ">= 30", "=> 30": a bound in symbols (a sign not in ASCII
        // reads as no word: its token's kind tells it)
        let sign = match self.kind(s - 1) {
            Some(TokenKind::Punct('>' | '≥')) => Some(Modifier::MoreThan),
            Some(TokenKind::Punct('<' | '≤')) => Some(Modifier::LessThan),
            _ => None,
        };
        if let Some(m) = sign {
            // "=>", "=<": the sign of equality written first
            let eq = s >= 2 && ok(s - 2) && self.punct(s - 2, '=') && self.touches(s - 1);
            return Some((m, if eq { s - 2 } else { s - 1 }));
        }
        match w1 {
            "=" if s >= 2 && ok(s - 2) && self.touches(s - 1) => match self.lower(s - 2).as_str() {
                ">" => return Some((Modifier::MoreThan, s - 2)),
                "<" => return Some((Modifier::LessThan, s - 2)),
                _ => {}
            },
            _ => {}
        }
        // "less than or equal to 30", "greater than or equal to 50"
        if w1 == "to"
            && s >= 5
            && ok(s - 5)
            && self.is(s - 2, "equal")
            && self.is(s - 3, "or")
            && self.is(s - 4, "than")
        {
            match self.lower(s - 5).as_str() {
                "more" | "greater" | "higher" => return Some((Modifier::MoreThan, s - 5)),
                "less" | "fewer" | "lower" => return Some((Modifier::LessThan, s - 5)),
                _ => {}
            }
        }
        // "as many as 300 people", "as much as 9%", "as high as 8 metres": an upper bound
        if w1 == "as"
            && s >= 3
            && ok(s - 3)
            && self.is(s - 3, "as")
            && self.is_any(s - 2, &["many", "much", "high"])
        {
            return Some((Modifier::LessThan, s - 3));
        }
        if s >= 2 && ok(s - 2) && self.is_word(s - 2) {
            let w2 = self.lower(s - 2);
            let m = match (w2.as_str(), w1) {
                ("more" | "greater" | "larger" | "bigger" | "higher", "than")
                | ("at", "least")
                | ("upwards", "of") => Some(Modifier::MoreThan),
                ("just" | "well" | "slightly", "over" | "above") => Some(Modifier::MoreThan),
                ("less" | "fewer" | "smaller" | "lower", "than")
                | ("at", "most")
                | ("up", "to") => Some(Modifier::LessThan),
                ("just" | "slightly", "under" | "below") => Some(Modifier::LessThan),
                ("close", "to") | ("an", "estimated") => Some(Modifier::Approx),
                _ => None,
            };
            // "higher than 2023" compares with a year, bounds nothing
            let m = m.filter(|_| {
                !(matches!(kind, ValueKind::Number | ValueKind::Date)
                    && matches!(
                        w2.as_str(),
                        "larger" | "bigger" | "higher" | "smaller" | "lower"
                    )
                    && self.year_at(s).is_some())
            });
            // "ticked up to 3.9%", "revised up to 2.1%": a verb's "up", then where it went
            let verb_up = w1 == "to"
                && s >= 3
                && ok(s - 3)
                && self.is_any(
                    s - 3,
                    &[
                        "ticked",
                        "ticks",
                        "tick",
                        "edged",
                        "edges",
                        "edge",
                        "inched",
                        "inches",
                        "crept",
                        "creeps",
                        "moved",
                        "moves",
                        "went",
                        "goes",
                        "go",
                        "gone",
                        "going",
                        "revised",
                        "revises",
                        "bumped",
                        "pushed",
                        "ramped",
                        "stepped",
                        "ratcheted",
                        "notched",
                        "nudged",
                        "drifted",
                        "picked",
                        "marked",
                        "shot",
                        "jumped",
                        "climbed",
                    ],
                );
            if let Some(m) = m.filter(|_| !verb_up) {
                let mut start = s - 2;
                // "no more than" → at most; "no fewer than" → at least
                if s >= 3 && ok(s - 3) && self.is(s - 3, "no") {
                    start = s - 3;
                    let flipped = match m {
                        Modifier::MoreThan => Modifier::LessThan,
                        Modifier::LessThan => Modifier::MoreThan,
                        other => other,
                    };
                    return Some((flipped, start));
                }
                return Some((m, start));
            }
        }
        match w1 {
            "nearly" | "about" | "around" | "roughly" | "almost" | "some" | "approximately"
            | "approx" | "circa" | "estimated" => Some((Modifier::Approx, s - 1)),
            "over" if kind == ValueKind::Duration && self.over_is_during(s - 1, e) => None,
            // "jailed over $2.3m fraud", "a row over £10bn": what it is about, no bound
            "over" if kind != ValueKind::Duration && s >= 2 && self.is_any(s - 2, OVER_CAUSES) => {
                None
            }
            "over" | "above" | "exceed" | "exceeds" | "exceeded" | "exceeding" | "surpass"
            | "surpasses" | "surpassed" | "surpassing" => Some((Modifier::MoreThan, s - 1)),
            "under" | "below" => Some((Modifier::LessThan, s - 1)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
    }

    fn vals(
        text: &str,
        published: &str,
    ) -> Vec<(String, String, Option<String>, Option<Modifier>)> {
        scan(text, d(published))
            .into_iter()
            .map(|v| {
                (
                    v.kind.as_str().to_string(),
                    text[v.span].to_string(),
                    v.value,
                    v.modifier,
                )
            })
            .collect()
    }

    /// "at the end of" closing the text (a sentence cut at a line break): no rule is tried past
    /// the last token (an index out of bounds the property test found).
    #[test]
    fn a_period_part_at_the_end_of_the_text_is_read_safely() {
        for text in [
            "close the school at the end of",
            "by the start of",
            "in the middle of",
        ] {
            assert!(vals(text, "2025-06-12").is_empty(), "{text}");
        }
        assert_eq!(
            vals("close the school at the end of the month", "2025-06-12")[0].2,
            Some("2025-06".to_string())
        );
    }

    /// Sentences whose values hang on the date of the sentence before ("The following month",
    /// "Ten years later"), cut anywhere: the slices scanned apart give what one thread gives.
    #[test]
    fn the_values_stage_on_many_threads_is_the_one_threads() {
        let anchored = "The referendum was held on June 23, 2016. The following month, the prime \
            minister resigned. Ten years later, the party lost power. The talks began in March \
            2019. The following year, they failed. Prices rose 5% on Monday. A year earlier, \
            they fell. ";
        let text = format!(
            "{}{}",
            anchored.repeat(40),
            crate::extract::claims::fixture_text()
        );
        let spans = crate::extract::sentences::split(&text);
        let published = d("2024-06-12");
        let one = scan_sentences_on(&text, &spans, published, 1, 1);
        assert!(
            one.iter()
                .any(|(_, v)| &text[v.span.clone()] == "The following month")
        );
        for threads in [2, 3, 7, 64] {
            for min_slice in [1, 100, 4096] {
                let many = scan_sentences_on(&text, &spans, published, threads, min_slice);
                assert!(
                    many == one,
                    "{threads} threads, slices of {min_slice} bytes or more"
                );
            }
        }
        // Cut at every sentence, a slice that starts at "Ten years later" guesses no anchor (the
        // sentence before leaves one only when it is given one); the scans again put it right.
        let text = anchored.repeat(3);
        let spans = crate::extract::sentences::split(&text);
        let one = scan_sentences_on(&text, &spans, published, 1, 1);
        let every = scan_sentences_on(&text, &spans, published, spans.len(), 1);
        assert!(every == one);
    }

    /// A schedule in the present of the third person, with no other cue of tense, is to come;
    /// a past deed stays past (published on a Wednesday).
    #[test]
    fn a_weekday_after_a_verb_of_the_scheduled_present_is_to_come() {
        for (text, want) in [
            ("The Senate votes on the bill on Thursday.", "2024-06-13"),
            ("The museum reopens to the public on Friday.", "2024-06-14"),
            (
                "The company reports its quarterly earnings on Thursday.",
                "2024-06-13",
            ),
            (
                "The prime minister flies to Washington on Sunday for talks.",
                "2024-06-16",
            ),
            ("Police found the body on Saturday.", "2024-06-08"),
            ("Arsenal won the match on Sunday.", "2024-06-09"),
            ("Apple shares on Monday hit a record.", "2024-06-10"),
        ] {
            assert_eq!(one(text, "2024-06-12").2.as_deref(), Some(want), "{text}");
        }
    }

    /// What was expected or scheduled, in the narrator's past ("was expected to … on
    /// Wednesday"), is the weekday nearest publication, before or after (the report's past says
    /// nothing of the day's); what someone said was expected, what is expected, and what was
    /// expected to last until a day keep the day to come (published on a Thursday).
    #[test]
    fn a_weekday_expected_in_the_past_is_the_nearest() {
        for (text, want) in [
            ("It was expected to weaken on Wednesday.", "2025-06-11"),
            (
                "It was expected to make landfall on Saturday.",
                "2025-06-14",
            ),
            ("The vote was scheduled for Sunday.", "2025-06-15"),
            ("The hearing was scheduled for Tuesday.", "2025-06-10"),
            ("The storms were expected to ease on Monday.", "2025-06-09"),
            ("It is expected to weaken on Wednesday.", "2025-06-18"),
            (
                "The storm is expected to weaken on Wednesday.",
                "2025-06-18",
            ),
            (
                "Officials said the vote was expected on Friday.",
                "2025-06-13",
            ),
            (
                "The storm was expected to weaken on Wednesday, forecasters said.",
                "2025-06-18",
            ),
            (
                "The closure was expected to last until Monday.",
                "2025-06-16",
            ),
        ] {
            assert_eq!(one(text, "2025-06-12").2.as_deref(), Some(want), "{text}");
        }
    }

    /// The base a trailing comparison compares with ("…, up from 2.7% in March") is a reading
    /// already made, whatever the tense of the clause before; the clause's own date keeps it.
    #[test]
    fn a_date_in_a_comparisons_base_is_past() {
        let v = vals(
            "Inflation will reach 3% by December, up from 2.7% in their March estimates.",
            "2025-06-18",
        );
        assert!(
            v.iter()
                .any(|v| v.1 == "March" && v.2.as_deref() == Some("2025-03")),
            "{v:?}"
        );
        assert!(
            v.iter()
                .any(|v| v.1 == "December" && v.2.as_deref() == Some("2025-12")),
            "{v:?}"
        );
        let v = vals(
            "Exports will grow 4% in October, compared with 6% on Monday.",
            "2025-06-18",
        );
        assert!(
            v.iter()
                .any(|v| v.1 == "Monday" && v.2.as_deref() == Some("2025-06-16")),
            "{v:?}"
        );
        // Not a comparison's base: a month the future reaches "from".
        let v = vals("Fares will rise from 2.50 in September.", "2025-06-18");
        assert!(
            v.iter()
                .any(|v| v.1 == "September" && v.2.as_deref() == Some("2025-09")),
            "{v:?}"
        );
    }

    /// A word an apostrophe runs through is one word: its end names no holiday ("nor'easter"
    /// is a storm, not Easter), while the holiday itself is still read.
    #[test]
    fn a_holiday_inside_an_elided_word_is_no_date() {
        let storm = vals(
            "A powerful nor'easter cut power to 300,000 homes on Wednesday.",
            "2026-12-03",
        );
        assert!(storm.iter().all(|v| v.1 != "easter"), "{storm:?}");
        assert!(storm.iter().any(|v| v.1 == "Wednesday"), "{storm:?}");
        let feast = vals("Stores close on Easter Sunday.", "2026-12-03");
        assert!(feast.iter().any(|v| v.0 == "date"), "{feast:?}");
    }

    /// A fraction of a magnitude in words is the amount, not a share and a round number.
    #[test]
    fn a_fraction_of_a_magnitude_is_the_amount() {
        for (text, want) in [
            ("A quarter of a million people fled.", ("count", "250000")),
            (
                "It cost a third of a billion dollars.",
                ("money", "USD 333333333.333333"),
            ),
            (
                "Three-quarters of a million voters signed.",
                ("count", "750000"),
            ),
            (
                "two thirds of a billion people",
                ("count", "666666666.666667"),
            ),
            (
                "About a quarter-million people marched.",
                ("count", "250000"),
            ),
            ("A half-million doses arrived.", ("count", "500000")),
            ("a half billion dollars", ("money", "USD 500000000")),
        ] {
            let (kind, _, value) = one(text, "2024-06-12");
            assert_eq!(
                (kind.as_str(), value.as_deref()),
                (want.0, Some(want.1)),
                "{text}"
            );
        }
        // a share of something else stays a share; "a quarter million" was already an amount
        assert_eq!(
            one("A quarter of the staff left.", "2024-06-12")
                .2
                .as_deref(),
            Some("0.25")
        );
        assert_eq!(
            one("a quarter million homes", "2024-06-12").2.as_deref(),
            Some("250000")
        );
    }

    /// An age by decade: its ends, and the part of it as TIMEX3's modifiers; "teens" stays a
    /// noun that a count takes.
    #[test]
    fn an_age_by_decade_takes_its_part_as_a_modifier() {
        for (text, want, m) in [
            (
                "The suspect, in his late teens, fled.",
                "13/19",
                Some(Modifier::End),
            ),
            ("She was in her teens.", "13/19", None),
            (
                "a woman in her early twenties",
                "20/29",
                Some(Modifier::Start),
            ),
            ("recruits in their mid-30s", "30/39", Some(Modifier::Mid)),
            ("The driver was in his 60s.", "60/69", None),
        ] {
            let v = vals(text, "2024-06-12");
            assert_eq!(v.len(), 1, "{text}: {v:?}");
            assert_eq!(
                (v[0].0.as_str(), v[0].2.as_deref(), v[0].3),
                ("age", Some(want), m)
            );
        }
        assert_eq!(one("Three teens were arrested.", "2024-06-12").0, "count");
        assert!(vals("the late teens of the century", "2024-06-12").is_empty());
    }

    /// A vulgar fraction glued to a whole number is part of it; an adverb of time after a
    /// number is no noun it counts.
    #[test]
    fn a_glued_vulgar_fraction_and_an_adverb_after_a_number() {
        for (text, want) in [
            ("He was jailed for 2½ years.", "P30M"),
            ("The pipe is 1¾ inches wide.", "1.75 in"),
            ("He paid $2½ million.", "USD 2500000"),
            ("The death toll rose to 312 late on Tuesday.", "312"),
        ] {
            let v = vals(text, "2024-06-12");
            assert_eq!(v[0].2.as_deref(), Some(want), "{text}: {v:?}");
        }
        assert_eq!(
            one("The tally reached 90 overnight.", "2024-06-12").0,
            "number"
        );
        assert_eq!(
            one("Five late payments were made.", "2024-06-12").0,
            "count"
        );
    }

    /// "At 17," before a person's pronoun is an age; before anything else it is no age.
    #[test]
    fn at_a_number_before_a_pronoun_is_an_age() {
        assert_eq!(
            one("At 17, she won the world title.", "2024-06-12").0,
            "age"
        );
        assert_eq!(
            one("He said that at 17 he left home.", "2024-06-12").0,
            "age"
        );
        assert_eq!(one("At 17, the index was flat.", "2024-06-12").0, "number");
        assert_eq!(one("At 9:30, the market opened.", "2024-06-12").0, "time");
    }

    /// "At 17," before a name and its verb is an age too (13 or more: "At 9, Smith left" may
    /// be a clock's hour); not before a possessive or a preposition.
    #[test]
    fn at_a_number_before_a_named_subject_is_an_age() {
        for text in [
            "At 17, Gauff won the US Open.",
            "At 23, Kylian Mbappe has already won a World Cup.",
        ] {
            assert_eq!(one(text, "2024-06-12").0, "age", "{text}");
        }
        for text in [
            "At 9, Smith left the house.",
            "At 17, Apple's shares were flat.",
            "At 40, Congress of Peoples met.",
        ] {
            assert_eq!(one(text, "2024-06-12").0, "number", "{text}");
        }
    }

    /// "quarter million" without its article and a vulgar fraction standing alone are numbers
    /// as "a quarter million" and "half" are.
    #[test]
    fn a_bare_quarter_million_and_a_lone_vulgar_fraction() {
        for (text, kind, want) in [
            ("Some quarter million people fled.", "count", "250000"),
            ("Only ½ of the ballots were counted.", "ratio", "0.5"),
            (
                "The trail runs ¾ mile along the river.",
                "quantity",
                "0.75 mi",
            ),
            ("He was jailed for 2 ½ years.", "duration", "P30M"),
        ] {
            let v = one(text, "2024-06-12");
            assert_eq!((v.0.as_str(), v.2.as_deref()), (kind, Some(want)), "{text}");
        }
        assert_eq!(one("At the quarter mark, it was 2.", "2024-06-12").1, "2");
    }

    /// A part of a fiscal year is `FY2025-Q3`; a fiscal quarter of a year not named is `null`
    /// (no calendar quarter).
    #[test]
    fn a_quarter_of_a_fiscal_year() {
        for (text, want) in [
            (
                "Sales rose in the third quarter of fiscal 2025.",
                Some("FY2025-Q3"),
            ),
            (
                "It lost money in the first half of its fiscal year 2024.",
                Some("FY2024-H1"),
            ),
            ("It posted a loss for its fiscal second quarter.", None),
        ] {
            assert_eq!(one(text, "2025-06-12").2.as_deref(), want, "{text}");
        }
    }

    /// Two amounts of money joined by "to" are a range when near or after a word of worth; after
    /// a verb of change they are a change and a level.
    #[test]
    fn two_amounts_of_money_joined_by_to() {
        for text in [
            "The deal is valued at $3 million to $5 million.",
            "Repairs could cost $100,000 to $250,000.",
            "The painting may sell for £2m to £3m.",
        ] {
            assert_eq!(one(text, "2025-06-12").0, "range", "{text}");
        }
        for text in [
            "Revenue rose $3 million to $5 million.",
            "The bank raised its target $40 to $60.",
        ] {
            assert_eq!(vals(text, "2025-06-12").len(), 2, "{text}");
        }
    }

    /// A fixture's verb after the clause that describes its subject ("The Tigers, who have won
    /// 11 of their last 12 games, host Ohio State on Saturday") is the time to come, not the
    /// clause's past; a list's verb before a lower-case word is no cue.
    #[test]
    fn a_fixture_after_a_describing_clause_is_to_come() {
        for (text, want) in [
            (
                "The Tigers, who have won 11 of their last 12 games, host Ohio State on Saturday.",
                "2024-06-15",
            ),
            (
                "City, beaten twice last month, face Arsenal on Sunday.",
                "2024-06-16",
            ),
            (
                "The Tigers won 11 of their last 12 games on Saturday.",
                "2024-06-08",
            ),
        ] {
            let v = vals(text, "2024-06-12");
            assert!(
                v.iter()
                    .any(|x| x.0 == "date" && x.2.as_deref() == Some(want)),
                "{text}: {v:?}"
            );
        }
    }

    /// A weekday in a relative clause set off by commas takes its direction from the clause's
    /// own verb, not the main clause's; a weekday after such a clause, from its own clause
    /// (published on a Wednesday).
    #[test]
    fn a_weekday_in_a_relative_aside_takes_its_own_verbs_tense() {
        for (text, want) in [
            (
                "Arsenal, which beat Manchester United 1-0 on Sunday, must win at Everton.",
                "2024-06-09",
            ),
            (
                "The senator, who voted against the bill on Tuesday, will face voters in November.",
                "2024-06-11",
            ),
            (
                "The bank, which cut 300 jobs on Monday, will report its earnings next month.",
                "2024-06-10",
            ),
            (
                "The Celtics, who lost to the Heat on Monday, host the Knicks on Friday.",
                "2024-06-14",
            ),
            (
                "The Celtics, who lost to the Heat on Monday, host the Knicks on Friday.",
                "2024-06-10",
            ),
            (
                "The mayor will visit the plant, which reopened on Monday.",
                "2024-06-10",
            ),
        ] {
            let v = vals(text, "2024-06-12");
            assert!(
                v.iter()
                    .any(|x| x.0 == "date" && x.2.as_deref() == Some(want)),
                "{text}: {v:?}"
            );
        }
    }

    /// "the year to September" ends in the last September before a report of the past (the
    /// twelve months to September 2025 in an article of November 2025, to September 2024 in one
    /// of June 2025), and in the next one when the sentence looks ahead.
    #[test]
    fn the_year_to_a_month_ends_in_that_month() {
        for (text, published, want) in [
            (
                "In the year to September, inflation was 3%.",
                "2025-11-02",
                "2025-09",
            ),
            (
                "In the year to September, inflation was 3%.",
                "2025-06-12",
                "2024-09",
            ),
            (
                "Wages grew 5% in the year to March, the office said.",
                "2025-05-20",
                "2025-03",
            ),
            (
                "Inflation will average 3% in the year to September.",
                "2025-11-02",
                "2026-09",
            ),
        ] {
            let v = vals(text, published);
            assert!(
                v.iter()
                    .any(|x| x.0 == "date" && x.2.as_deref() == Some(want)),
                "{text} ({published}): {v:?}"
            );
        }
    }

    /// "the March quarter" is the calendar quarter that ends in March; two percents or amounts
    /// after "at" joined by "to" and running upwards are one level's range.
    #[test]
    fn a_quarter_named_by_its_last_month_and_a_level_as_a_range() {
        for (text, want) in [
            ("Home prices rose 4.5% in the March quarter.", "2025-Q1"),
            ("Profit fell in the December 2024 quarter.", "2024-Q4"),
            // June after a name ("June Carter") is read as a month before "quarter"
            ("Qantas June quarter profit rose 9%.", "2025-Q2"),
            (
                "Westpac posts its September-quarter update today.",
                "2025-Q3",
            ),
            ("BHP's June-quarter output rose 5%.", "2025-Q2"),
            ("The Fed held rates at 4.25% to 4.5% in May.", "4.25%/4.5%"),
        ] {
            let v = vals(text, "2025-06-12");
            assert!(
                v.iter().any(|x| x.2.as_deref() == Some(want)),
                "{text}: {v:?}"
            );
        }
        assert_eq!(
            one("The March quarter-final was close.", "2025-06-12")
                .2
                .as_deref(),
            Some("2025-03")
        );
        assert_eq!(
            vals("The yield fell at 5% to 3% in a day.", "2025-06-12")[0].0,
            "percent"
        );
    }

    /// A wire's clock in four digits before a zone ("by 1130 GMT") is a time, not a year; a
    /// death "at" an age before where or when it happened is an age.
    #[test]
    fn a_wire_clock_and_an_age_at_death() {
        let v = vals("Brent rose 2% by 1130 GMT.", "2025-06-12");
        assert_eq!(v[1].2.as_deref(), Some("T11:30Z"), "{v:?}");
        assert_eq!(one("The fund was set up in 2025.", "2025-06-12").0, "date");
        let v = vals("The novelist died Sunday at 87 at her home.", "2025-06-12");
        assert_eq!(v[1].0, "age", "{v:?}");
        let v = vals("The boy died at 5 on Sunday.", "2025-06-12");
        assert_eq!(v[0].0, "number", "{v:?}");
    }

    /// A plural headline's present of change or impact before a weekday tells of the past; of
    /// scheduling or motion, of a time to come (published on a Wednesday).
    #[test]
    fn a_headline_present_of_change_is_past_of_scheduling_to_come() {
        for (text, want) in [
            ("Shares fall on Monday.", "2024-06-10"),
            ("Storms lash coast on Monday.", "2024-06-10"),
            ("Oil rallies to a high on Friday.", "2024-06-07"),
            ("Officials said the storms hit on Monday.", "2024-06-10"),
            ("Voters head to the polls on Sunday.", "2024-06-16"),
            ("Talks resume in Geneva on Tuesday.", "2024-06-18"),
            (
                "Storms lash the coast on Thursday, forecasters warn.",
                "2024-06-13",
            ),
            ("Shares fall on Monday after Fed warns.", "2024-06-10"),
        ] {
            assert_eq!(one(text, "2024-06-12").2.as_deref(), Some(want), "{text}");
        }
    }

    /// Currencies written as words after an amount; "won" only after one of a thousand or more
    /// that is no year.
    #[test]
    fn currency_words_after_an_amount() {
        for (text, want) in [
            (
                "Samsung will spend 450 trillion won on plants.",
                "KRW 450000000000000",
            ),
            ("The fine was 500,000 won.", "KRW 500000"),
            ("Farmers will get 1.2 billion zlotys.", "PLN 1200000000"),
            ("The hospital got 250 million shekels.", "ILS 250000000"),
            (
                "Kyiv raised 30 billion hryvnias in bonds.",
                "UAH 30000000000",
            ),
        ] {
            assert_eq!(one(text, "2025-06-12").2.as_deref(), Some(want), "{text}");
        }
        // "won" the verb after a year or a small number.
        for text in [
            "Kim, who in 2019 won the title, retired.",
            "Korea, 3 won gold.",
        ] {
            assert!(
                vals(text, "2025-06-12").iter().all(|v| v.0 != "money"),
                "{text}"
            );
        }
    }

    fn one(text: &str, published: &str) -> (String, String, Option<String>) {
        let v = vals(text, published);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        (v[0].0.clone(), v[0].1.clone(), v[0].2.clone())
    }

    #[test]
    fn each_value_names_its_rule() {
        let rules = |text: &str| -> Vec<(String, &'static str)> {
            scan_explained(text, d("2022-03-13"))
                .into_iter()
                .map(|(v, rule)| (text[v.span].to_string(), rule))
                .collect()
        };
        assert_eq!(
            rules("Prices rose 12% to $5 million on March 30, 2022."),
            [
                ("12%".to_string(), "percent"),
                ("$5 million".to_string(), "money-symbol"),
                ("March 30, 2022".to_string(), "month"),
            ]
        );
        assert_eq!(
            rules("Two Russian cosmonauts spent nearly a year in space, 10 years ago."),
            [
                ("Two Russian cosmonauts".to_string(), "count"),
                ("nearly a year".to_string(), "duration"),
                ("10 years ago".to_string(), "duration"),
            ]
        );
        assert_eq!(
            rules("He was born in 1971 and left yesterday."),
            [
                ("1971".to_string(), "year"),
                ("yesterday".to_string(), "day-word"),
            ]
        );
        // the names are those of the table, and `scan_explained` finds what `scan` finds
        let text = "Over the past two years, Mary, 77, paid USD 500 for 3 km of road on the 15th.";
        let explained = scan_explained(text, d("2022-03-13"));
        assert!(explained.iter().all(|(_, r)| rule_names().any(|n| n == *r)));
        let values: Vec<RawValue> = explained.into_iter().map(|(v, _)| v).collect();
        assert_eq!(values, scan(text, d("2022-03-13")));
    }

    /// The forms the Recognizers-Text round added, each in a news sentence: kind, span, value.
    #[test]
    fn news_forms_of_times_dates_periods_and_numbers() {
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                "Police arrived Tuesday afternoon at 3:15.",
                "time",
                "Tuesday afternoon at 3:15",
                "2016-11-01T15:15",
            ),
            ("The vote opens in the evening at 7.", "time", "7", "T19:00"),
            (
                "It ended at quarter past eight.",
                "time",
                "quarter past eight",
                "T08:15",
            ),
            (
                "The bell rang at eleven twenty.",
                "time",
                "eleven twenty",
                "T11:20",
            ),
            (
                "Sales will stay flat for the rest of the year.",
                "range",
                "the rest of the year",
                "2016-11-07/2016-12-31",
            ),
            (
                "Talks will resume the week of March 6.",
                "date",
                "the week of March 6",
                "2017-W10",
            ),
            (
                "The fair runs from 4 to 22 this month.",
                "range",
                "from 4 to 22 this month",
                "2016-11-04/2016-11-22",
            ),
            (
                "The exhibit runs March 3 through March 10.",
                "range",
                "March 3 through March 10",
                "2016-03-03/2016-03-10",
            ),
            (
                "The tour ends the week after next.",
                "date",
                "the week after next",
                "2016-W47",
            ),
            ("The order arrived on 22/04.", "date", "22/04", "2016-04-22"),
            (
                "The results come out two days from tomorrow.",
                "date",
                "two days from tomorrow",
                "2016-11-10",
            ),
            ("The count reached 1.3e6.", "number", "1.3e6", "1300000"),
            ("The share fell by a fifth.", "ratio", "a fifth", "0.2"),
            ("The balance was -4/5 of a point.", "number", "-4/5", "-0.8"),
        ];
        for (text, kind, span, value) in cases {
            let v = vals(text, "2016-11-07");
            assert!(
                v.iter()
                    .any(|(k, t, val, _)| k == kind && t == span && val.as_deref() == Some(*value)),
                "{text}: {v:?}"
            );
        }
        // a weekday that fits no year near publication does not send the date years away
        let v = vals("The meeting on Wed, 22 of Jan was cancelled.", "2016-11-07");
        assert!(
            v.iter()
                .any(|(_, _, val, _)| val.as_deref() == Some("2016-01-22")),
            "{v:?}"
        );
        // "few days" without "ago" means not many: no value
        assert!(vals("Few days pass without a protest.", "2016-11-07").is_empty());
    }

    #[test]
    fn tense_picks_the_direction_of_a_bare_month() {
        let p = "2022-03-13";
        assert_eq!(
            one("In September, Vande Hey addressed the students.", p)
                .2
                .as_deref(),
            Some("2021-09")
        );
        assert_eq!(
            one("In September, he will address them.", p).2.as_deref(),
            Some("2022-09")
        );
        assert_eq!(one("September", p).2.as_deref(), Some("2022-09"));
        // No verb tells the time: the nearer month of the two, the past one when as near.
        let aug = "2024-08-23";
        let headline = "Energy bills to climb sharply from October, Ofgem says";
        assert_eq!(one(headline, aug).2.as_deref(), Some("2024-10"));
        let headline = "Energy bills to climb sharply from February, Ofgem says";
        assert_eq!(one(headline, aug).2.as_deref(), Some("2024-02"));
        let headline = "Energy bills to climb sharply from October, Ofgem says";
        assert_eq!(one(headline, "2024-01-10").2.as_deref(), Some("2023-10"));
        // a verb of the past still decides
        let past = "Energy bills climbed sharply in October, Ofgem says";
        assert_eq!(one(past, aug).2.as_deref(), Some("2023-10"));
        // "cut" after a singular subject is the past; as a noun or an infinitive it says nothing
        assert_eq!(
            one("The bank cut rates sharply in October", aug)
                .2
                .as_deref(),
            Some("2023-10")
        );
        let noun = "Traders price a rate cut in October";
        assert_eq!(one(noun, aug).2.as_deref(), Some("2024-10"));
        // A time to come reported in the past: the coming month, later in the year as well as
        // early in the next ("could support a cut in October", in August).
        let could = "Waller said he could support a cut in October";
        assert_eq!(one(could, aug).2.as_deref(), Some("2024-10"));
        let could = "Waller said he could support a cut in February";
        assert_eq!(one(could, aug).2.as_deref(), Some("2025-02"));
        // the report of a past month keeps the past
        let past = "Waller said he supported a cut in October";
        assert_eq!(one(past, aug).2.as_deref(), Some("2023-10"));
        // "and will" opens a second predicate: its tense is not the first one's
        let two = "The bank cut rates in May and will cut them again in October";
        let v = vals(two, aug);
        assert_eq!(v[0].2.as_deref(), Some("2024-05"), "{v:?}");
        assert_eq!(v[1].2.as_deref(), Some("2024-10"), "{v:?}");
    }

    /// "released its plan in May": "plan" after a determiner is a noun and tells no tense, so
    /// the past verb dates the month; what a plan is to do ("a plan to open stores in March")
    /// is still to come.
    #[test]
    fn a_plan_named_tells_no_tense_but_what_it_is_to_do_is_to_come() {
        let june = "2025-06-12";
        for (t, want) in [
            ("Apple released its plan in May", "2025-05"),
            (
                "Mayor Linda Park unveiled her housing plan in March",
                "2025-03",
            ),
            ("The workers plan a strike in March", "2026-03"),
            (
                "The mayor unveiled her plan in March to cut bus fares",
                "2025-03",
            ),
            ("The company plans to open stores in March", "2026-03"),
            (
                "The company unveiled a plan to open stores in March",
                "2026-03",
            ),
        ] {
            assert_eq!(one(t, june).2.as_deref(), Some(want), "{t}");
        }
        let v = vals("The mayor released a plan on Monday", june);
        assert_eq!(v[0].2.as_deref(), Some("2025-06-09"), "{v:?}");
    }

    /// A month, season or weekday a wish or plan in the present governs is still to come,
    /// though the verb that reports the wish is in the past or the perfect.
    #[test]
    fn a_wish_in_the_present_governs_a_time_to_come() {
        let june = "2025-06-12";
        for (t, want) in [
            (
                "Fed governors have said they favour a cut in July",
                "2025-07",
            ),
            ("Waller said he supports a cut in October", "2025-10"),
            (
                "The union said it calls for a strike in September",
                "2025-09",
            ),
            ("Ministers said they want new talks in August", "2025-08"),
            ("Waller said he favors cutting rates in July", "2025-07"),
        ] {
            assert_eq!(one(t, june).2.as_deref(), Some(want), "{t}");
        }
        // a weekday and a season too
        let v = vals("The senator said she favours a vote on Friday", june);
        assert_eq!(v[0].2.as_deref(), Some("2025-06-13"), "{v:?}");
        let v = vals(
            "The Commission has said it favours a joint purchase in the autumn",
            june,
        );
        assert_eq!(v[0].2.as_deref(), Some("2025-FA"), "{v:?}");
        // another verb's date in the same sentence keeps its own tense
        let v = vals(
            "Governors have said they favour a cut in July, as inflation cooled in May",
            june,
        );
        assert_eq!(v[0].2.as_deref(), Some("2025-07"), "{v:?}");
        assert_eq!(v[1].2.as_deref(), Some("2025-05"), "{v:?}");
        let v = vals("They favour a cut after prices rose in August", june);
        assert_eq!(v[0].2.as_deref(), Some("2024-08"), "{v:?}");
        // a participle after the wish's object says what is wished: "wants the vote held"
        for t in [
            "The union wants the vote held on June 20",
            "The league wants the final played in July",
            "The teachers' union wants the strike vote held on June 24",
        ] {
            let v = vals(t, june);
            assert!(
                v[0].2.as_deref().is_some_and(|d| d.starts_with("2025")),
                "{t}: {v:?}"
            );
        }
        // a past wish, and a noun of support, keep the past
        for (t, want) in [
            ("Waller said he favoured a cut in July", "2024-07"),
            (
                "Support for the plan fell in July, the poll showed",
                "2024-07",
            ),
            (
                "The governor said the support of voters rose in July",
                "2024-07",
            ),
        ] {
            assert_eq!(one(t, june).2.as_deref(), Some(want), "{t}");
        }
    }

    /// "wants the vote held on June 20": a participle after a wish's object is what is wished,
    /// so the day it governs is the coming one; a clause of its own in the past keeps the past.
    #[test]
    fn a_participle_after_a_wish_s_object_governs_a_time_to_come() {
        let june = "2025-06-12";
        for (t, want) in [
            ("The union wants the vote held on June 20", "2025-06-20"),
            (
                "The council wants the plant closed by March 3",
                "2026-03-03",
            ),
            ("Ministers want the old levy scrapped in May", "2026-05"),
        ] {
            assert_eq!(one(t, june).2.as_deref(), Some(want), "{t}");
        }
        for (t, want) in [
            ("The union wanted the vote held on June 3", "2025-06-03"),
            (
                "The union wants a strike after talks failed on June 3",
                "2025-06-03",
            ),
        ] {
            let v = vals(t, june);
            assert_eq!(
                v.last().and_then(|v| v.2.as_deref()),
                Some(want),
                "{t}: {v:?}"
            );
        }
    }

    /// "60,000 minibus owners", "40 business leaders": a noun in "-us" or "-ss" before a plural
    /// noun modifies it, and the count is of the whole.
    #[test]
    fn a_singular_in_us_or_ss_before_a_plural_is_counted_with_it() {
        for (t, want) in [
            (
                "More than 60,000 minibus owners joined the strike",
                "More than 60,000 minibus owners",
            ),
            (
                "About 40 business leaders signed the letter",
                "About 40 business leaders",
            ),
            ("The city hired 300 bus drivers", "300 bus drivers"),
        ] {
            let v = vals(t, "2025-06-12");
            assert_eq!(v[0].1, want, "{t}: {v:?}");
        }
    }

    #[test]
    fn weekdays_follow_tense() {
        // 2022-03-13 is a Sunday
        assert_eq!(
            one("He said on Monday", "2022-03-13").2.as_deref(),
            Some("2022-03-07")
        );
        assert_eq!(
            one("He will go on Monday", "2022-03-13").2.as_deref(),
            Some("2022-03-14")
        );
        assert_eq!(
            one("over the weekend", "2022-03-13").2.as_deref(),
            Some("2022-03-12/2022-03-13")
        );
    }

    #[test]
    fn anchor_is_the_previous_date() {
        let v = vals(
            "In 1999, he became a professor, and 10 years later he was selected",
            "2022-03-13",
        );
        assert_eq!(v.len(), 2);
        assert_eq!(v[1].2.as_deref(), Some("2009"));
        let v = vals("Two days later, he left", "2022-03-13");
        assert_eq!(v[0].2, None);
    }

    #[test]
    fn amounts_are_exact_decimals() {
        for (text, want) in [
            ("It raised $16.1bn last year.", "USD 16100000000"),
            ("The deal is worth $33.3bn.", "USD 33300000000"),
            ("Debt reached $31.4 trillion.", "USD 31400000000000"),
            ("About 2.3 billion people lack water.", "2300000000"),
            ("Sales were $0.7m.", "USD 700000"),
            ("It cost 1.1 million euros.", "EUR 1100000"),
        ] {
            let v = vals(text, "2022-03-13");
            assert!(
                v.iter().any(|x| x.2.as_deref() == Some(want)),
                "{text}: {v:?}"
            );
        }
        assert_eq!(format_number(Decimal::ONE / Decimal::from(3)), "0.333333");
        assert_eq!(format_number(Decimal::new(-0, 1)), "0");
    }

    #[test]
    fn durations_are_in_one_unit() {
        assert_eq!(
            iso_duration(&[
                (Decimal::from(2), TimeUnit::Year),
                (Decimal::from(3), TimeUnit::Month)
            ])
            .as_deref(),
            Some("P27M")
        );
        assert_eq!(
            iso_duration(&[(Decimal::new(15, 1), TimeUnit::Hour)]).as_deref(),
            Some("PT90M")
        );
        assert_eq!(
            iso_duration(&[(Decimal::new(15, 1), TimeUnit::Month)]).as_deref(),
            Some("P45D")
        );
        assert_eq!(
            iso_duration(&[(Decimal::new(5, 1), TimeUnit::Day)]).as_deref(),
            Some("PT12H")
        );
        assert_eq!(
            iso_duration(&[(Decimal::from(2), TimeUnit::Fortnight)]).as_deref(),
            Some("P4W")
        );
        assert_eq!(one("nearly a year", "2022-03-13").2.as_deref(), Some("P1Y"));
    }

    #[test]
    fn digits_are_kept_exactly() {
        assert_eq!(
            one("1647181437407123456789", "2022-03-13").2.as_deref(),
            Some("1647181437407123456789")
        );
        assert_eq!(one("01.10", "2022-03-13").2.as_deref(), Some("1.1"));
        assert_eq!(
            one("$1.2 billion", "2022-03-13").2.as_deref(),
            Some("USD 1200000000")
        );
    }

    #[test]
    fn glued_numbers_are_not_values() {
        assert!(vals("COVID-19 cases and F-16 jets", "2022-03-13").is_empty());
        assert!(vals("a 5G network", "2022-03-13").is_empty());
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(vals("he may go", "2022-03-13").is_empty());
        assert!(vals("Prime Minister Theresa May said", "2022-03-13").is_empty());
        assert_eq!(one("in May", "2022-03-13").2.as_deref(), Some("2022-05"));
    }

    #[test]
    fn huge_inputs_are_chunked_without_losing_values() {
        let mut s = String::new();
        while s.len() < 3 * CHUNK {
            s.push_str("It rose 5% on March 30, 2022. ");
        }
        let v = scan(&s, None);
        assert_eq!(v.len(), 2 * s.matches("March").count());
    }

    #[test]
    fn word_lists_are_lowercase_words() {
        for w in FUNCTION_SET.iter().chain(ADJECTIVE_SET.iter()) {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
        }
        assert!(is_function_word("the") && !is_function_word("people"));
        assert!(is_adjective_like("armed") && is_adjective_like("russian"));
    }

    #[test]
    fn chunked_news_line_keeps_every_value() {
        let sentence = "On March 30, 2022, Mark Vande Hey, 55, returned after 355 days – nearly a \
                        year – on the ISS, more than 400 km above Earth, U.S. officials said. ";
        let line = sentence.repeat(3 * CHUNK / sentence.len() + 1);
        let per_sentence = scan(sentence, d("2022-03-14")).len();
        assert_eq!(per_sentence, 5, "{:?}", scan(sentence, d("2022-03-14")));
        let all = scan(&line, d("2022-03-14"));
        let copies = line.matches("On March").count();
        assert!(
            all.len() >= per_sentence * copies - 4,
            "{} values",
            all.len()
        );
        check_spans(&line);
    }

    /// "Payments were due on Feb. 1" in March: an expectation in the narrator's past points
    /// neither way, so the day is the one nearest publication, not next year's ("due" alone
    /// was read as a time to come); "Payments are due on Feb. 1" in March is next year's.
    #[test]
    fn what_was_due_is_the_day_nearest_publication() {
        let day = |t: &str, p: &str| one(t, p).2.unwrap();
        assert_eq!(
            day("Payments were due on Feb. 1.", "2025-03-05"),
            "2025-02-01"
        );
        assert_eq!(
            day("Payments are due on Feb. 1.", "2025-03-05"),
            "2026-02-01"
        );
        assert_eq!(
            day("The hearing was scheduled for Jan. 5.", "2025-12-20"),
            "2026-01-05"
        );
        assert_eq!(
            day("The vote was scheduled for March 20.", "2025-03-05"),
            "2025-03-20"
        );
    }

    #[test]
    fn a_day_early_in_the_year_published_late_in_the_one_before_is_next_years() {
        let day = |t: &str| one(t, "2024-12-10").2.unwrap();
        // no cue, or one of a time to come: the January some weeks ahead
        assert_eq!(
            day("The new rules take effect starting Jan. 1."),
            "2025-01-01"
        );
        assert_eq!(day("The deadline is Jan. 15."), "2025-01-15");
        assert_eq!(day("The vote will be held on Jan. 3."), "2025-01-03");
        // a cue of the past, before the date or after its day: this year's
        assert_eq!(day("The store opened on Jan. 3."), "2024-01-03");
        assert_eq!(
            day("On Jan. 3, the company announced layoffs."),
            "2024-01-03"
        );
        assert_eq!(day("The Jan. 6 attack shocked the nation."), "2024-01-06");
        // published in the middle of the year: no change
        assert_eq!(
            one("The deadline is Jan. 15.", "2024-06-12").2.unwrap(),
            "2024-01-15"
        );
    }

    #[test]
    fn the_end_of_a_span_in_the_present_or_to_come_is_the_next_one() {
        // published in November: the coming January, March, February
        let day = |t: &str| one(t, "2025-11-20").2.unwrap();
        assert_eq!(
            day("The Senate voted on a bill that would fund the government through Jan. 30."),
            "2026-01-30"
        );
        assert_eq!(
            day("The deal keeps rates fixed through Jan. 30."),
            "2026-01-30"
        );
        assert_eq!(
            day("Lawmakers passed a measure that extends the program through March 31."),
            "2026-03-31"
        );
        assert_eq!(
            day("The pharmacy chain extended its hours through March 31."),
            "2026-03-31"
        );
        assert_eq!(
            day("The embargo remains in force until March 1."),
            "2026-03-01"
        );
        assert_eq!(
            day("The board voted to keep the fee until Feb. 15."),
            "2026-02-15"
        );
        // a verb of the past decides: the span has ended
        assert_eq!(day("The festival ran through Jan. 30."), "2025-01-30");
        assert_eq!(
            day("The deal kept rates fixed through Jan. 30."),
            "2025-01-30"
        );
        assert_eq!(
            day("The shelter was closed until Feb. 2 for repairs."),
            "2025-02-02"
        );
        assert_eq!(
            day("The ceasefire held until Jan. 19, when fighting resumed."),
            "2025-01-19"
        );
        // a month by a scheduled present: the coming one
        assert_eq!(
            one("The museum reopens in March.", "2025-11-20").2.unwrap(),
            "2026-03"
        );
        assert_eq!(
            one("The store opened in March.", "2025-11-20").2.unwrap(),
            "2025-03"
        );
    }

    #[test]
    fn a_time_to_come_near_a_day_or_month_already_past_is_next_years() {
        let date = |t: &str| one(t, "2024-06-12").2.unwrap();
        assert_eq!(
            date("United will face Arsenal in the final on May 25 at Wembley."),
            "2025-05-25"
        );
        assert_eq!(
            date("Officials said the payments could go out as early as January."),
            "2025-01"
        );
        assert_eq!(
            date("Analysts said rates could fall in February."),
            "2025-02"
        );
        // the past nearer the date decides
        assert_eq!(
            date("The team said on May 25 that it will appeal."),
            "2024-05-25"
        );
        assert_eq!(
            date("Sales fell in January and could fall again."),
            "2024-01"
        );
    }

    #[test]
    fn a_modal_before_the_verb_makes_a_weekday_the_coming_one() {
        // 2024-06-12 is a Wednesday
        for m in ["can", "could", "may", "might", "must", "should"] {
            let t = format!("Arsenal {m} clinch the title on Sunday.");
            assert_eq!(one(&t, "2024-06-12").2.unwrap(), "2024-06-16", "{t}");
        }
        // "could not", "could barely": no time to come, the report of the past
        assert_eq!(
            one(
                "Rescuers could not reach the village on Monday.",
                "2024-06-12"
            )
            .2
            .unwrap(),
            "2024-06-10"
        );
        // "could have", "must have": looking back
        assert_eq!(
            one("He could have won the race on Sunday.", "2024-06-12")
                .2
                .unwrap(),
            "2024-06-09"
        );
        assert_eq!(
            one("Arsenal clinched the title on Sunday.", "2024-06-12")
                .2
                .unwrap(),
            "2024-06-09"
        );
    }

    /// "The museum reopens on Feb. 3", "The two sides meet again on Jan. 12", published in
    /// November: a scheduled present is the coming date; "met" keeps the past one.
    #[test]
    fn a_scheduled_reopening_or_meeting_is_to_come() {
        let date = |t: &str| {
            vals(t, "2025-11-06")
                .into_iter()
                .find(|v| v.0 == "date")
                .and_then(|v| v.2)
        };
        assert_eq!(
            date("The museum reopens on Feb. 3.").as_deref(),
            Some("2026-02-03")
        );
        assert_eq!(
            date("The two sides meet again in the semi-final on Jan. 12.").as_deref(),
            Some("2026-01-12")
        );
        assert_eq!(
            date("The two sides met in the semi-final on Jan. 12.").as_deref(),
            Some("2025-01-12")
        );
    }

    /// "The new rates take effect on Jan. 1", "The contract expires on Feb. 1", "Payments are
    /// due on Feb. 1", published in March: a schedule in the present simple is of the coming
    /// day; "took effect", "did not take effect" keep this year's, and so does a day within a
    /// week of publication.
    #[test]
    fn a_schedule_in_the_present_is_of_the_coming_day() {
        let date = |t: &str| {
            vals(t, "2025-03-05")
                .into_iter()
                .find(|v| v.0 == "date")
                .and_then(|v| v.2)
        };
        for (t, want) in [
            (
                "The new rates take effect on Jan. 1 and are expected to bring in $1 million.",
                "2026-01-01",
            ),
            ("The contract expires on Feb. 1.", "2026-02-01"),
            ("The season begins on Jan. 10 in Dallas.", "2026-01-10"),
            ("Payments are due on Feb. 1.", "2026-02-01"),
            ("Classes start on Jan. 8, officials said.", "2026-01-08"),
            ("The tax kicks off on Feb. 2.", "2026-02-02"),
            ("The new rates took effect on Jan. 1.", "2025-01-01"),
            ("The rules did not take effect on Jan. 1.", "2025-01-01"),
            ("The store opened on Feb. 3.", "2025-02-03"),
            ("Classes start on Oct. 8, officials said.", "2025-10-08"),
        ] {
            assert_eq!(date(t).as_deref(), Some(want), "{t}");
        }
    }

    /// "annual returns of 8% to 12%": two percents after "of" that run upwards are one range;
    /// after a verb of change, or downwards, two values.
    #[test]
    fn two_percents_after_of_are_a_range() {
        let r = one(
            "He promised returns of 8% to 12% from the loans.",
            "2024-06-12",
        );
        assert_eq!((r.0.as_str(), r.2.as_deref()), ("range", Some("8%/12%")));
        let r = one("Polls show a lead of 3% to 5% for the mayor.", "2024-06-12");
        assert_eq!(r.2.as_deref(), Some("3%/5%"));
        assert_eq!(
            vals("The bank cut its forecast of 3% to 2.5%.", "2024-06-12").len(),
            2
        );
        assert_eq!(
            vals("It raised its estimate of 3% to 4% in May.", "2024-06-12")
                .iter()
                .filter(|v| v.0 == "range")
                .count(),
            0
        );
    }

    #[test]
    fn two_measures_of_one_unit_joined_by_to_are_a_range() {
        let r = one("Rainfall of 100mm to 150mm is expected.", "2024-06-12");
        assert_eq!(
            (r.0.as_str(), r.2.as_deref()),
            ("range", Some("100 mm/150 mm"))
        );
        let r = one("The bags weigh 2 kg to 3 kg each.", "2024-06-12");
        assert_eq!(r.2.as_deref(), Some("2 kg/3 kg"));
        // downwards, or of two units: two values
        assert_eq!(vals("It shrank 150mm to 100mm.", "2024-06-12").len(), 2);
        assert_eq!(vals("It is 100mm to 150cm long.", "2024-06-12").len(), 2);
    }

    #[test]
    fn a_glued_b_or_k_multiplies_but_a_resolution_does_not() {
        let v = |t: &str| one(t, "2024-06-12");
        assert_eq!(v("It was 1.2b.").2.as_deref(), Some("1200000000"));
        assert_eq!(
            v("The startup raised 1.2b euros.").2.as_deref(),
            Some("EUR 1200000000")
        );
        assert_eq!(
            v("Analysts put the deal at $1.2b.").2.as_deref(),
            Some("USD 1200000000")
        );
        assert_eq!(v("The figure was 2.33k.").2.as_deref(), Some("2330"));
        assert_eq!(v("They sold 450k.").2.as_deref(), Some("450000"));
        assert_eq!(v("It cost $4K.").2.as_deref(), Some("USD 4000"));
        for t in [
            "The new TV supports 4K video.",
            "The 8K screen is sharp.",
            "Section 2b of the act applies.",
            "The F-16 jet crashed.",
            "Operators rolled out 5G.",
        ] {
            assert!(vals(t, "2024-06-12").is_empty(), "{t}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn scan_never_panics_and_spans_are_clean(text in "\\PC{0,200}") {
            check_spans(&text);
        }

        #[test]
        fn scan_handles_number_soup(text in "([0-9]{1,5}|[,./:%$£€°'-]|st|th|a|an|the|of|on|in|day|last|next|this|March|May|Monday|tuesdays|years|hours|and|half|quarter|ago|later|after|from|now|aged|old|million|dozen|hundreds|one|two|twenty|first|fifth|km|per|cent|US|Rs|since|week|weekend|'s| ){0,60}") {
            check_spans(&text);
        }
    }

    fn check_spans(text: &str) {
        for p in [None, d("2022-03-13")] {
            let vs = scan(text, p);
            let mut end = 0;
            for v in &vs {
                assert!(v.span.start >= end, "{text:?}: overlapping {vs:?}");
                assert!(v.span.start < v.span.end && v.span.end <= text.len());
                assert!(text.is_char_boundary(v.span.start) && text.is_char_boundary(v.span.end));
                end = v.span.end;
            }
        }
    }
}
