//! Values in news text: dates, durations, ages, quantities, counts, numbers, ordinals, percentages
//! and money, each with its span and a normalized form.
//!
//! The scanner is a hand-written word tokenizer (one pass over the bytes, no allocation per byte)
//! followed by a left-to-right matcher with bounded look-ahead and look-behind: linear time. Each
//! token is classified once through a hash table (`LEX`); only numbers, symbols and the few words in
//! that table start a match, everything else is skipped at the cost of one lookup.
//!
//! Conventions (the public contract of `RawValue::value`):
//! - dates are ISO 8601 at the grain of the expression: `2022-03-30`, `2021-04`, `1989`, ISO weeks
//!   `2022-W10` ("last week"), ISO 8601-2 decades `199X` ("the 1990s") and centuries `18XX` ("the
//!   1800s", "the 19th century");
//! - a weekend ("over the weekend") is the date of its Saturday;
//! - relative dates resolve against `published` and are `None` without it. Where the direction is
//!   not written ("on Monday", "In September", "March 30", "the 15th") the tense of the sentence
//!   decides: the nearest strong cue ("will", "is due", "said", "was", "ago"…) or else the nearest
//!   past participle ("-ed") picks the past or the future occurrence:
//!   * a weekday: past → most recent on or before publication; otherwise the next one after it;
//!   * a month without a year: past → most recent (this year if not after the publication month,
//!     else last year); future → next (this year if not before the publication month, else next
//!     year); no cue → the year of publication;
//!   * a month and day without a year: the year of publication, moved one year back (past tense)
//!     or forward (future tense) only when it lands more than 60 days on the wrong side;
//!   * a day of the month alone ("on the 15th"): past → most recent, otherwise the next one;
//! - "N years ago" / "in N years" / "N years from now" are at month grain, "N months/weeks/days
//!   ago" at day grain (Duckling's convention); "upcoming N units" at the unit's grain;
//! - "10 years later/earlier" anchors on the nearest preceding resolved date of the same text, at
//!   that anchor's grain, and is `None` without one;
//! - durations are ISO 8601 in one unit, the smallest one written (`P27M` for "2 years and 3
//!   months", `PT90M` for "an hour and a half"); a year is 12 months, or 365 days when mixed with
//!   days or smaller units; a month is 30 days when mixed with days or when fractional;
//! - numbers are plain decimal strings ("1200000", "0.77", "-504"); integers written in digits keep
//!   every digit (ids are not rounded);
//! - vague plurals ("hundreds of experiments", "thousands") are counts or numbers of the unit
//!   (`100`, `1000`) with the modifier `more-than`; "a few" is `3` with `approx`;
//! - "one" used as a pronoun ("one of the crew", "no one") is not a value;
//! - a count is a number followed by a noun phrase (up to two modifiers and a head noun), and its
//!   span covers the noun phrase: "two Russian cosmonauts";
//! - times of day ("10 a.m.", "14:30") are recognised and skipped, so their digits are not numbers;
//! - numbers glued to a word ("COVID-19", "F-16", "5G") are not values;
//! - modifiers ("nearly", "more than", "up to"…) are part of the span; before a date only
//!   "around", "circa", "approximately" and "roughly" count (never "over"/"under").

use super::{Modifier, RawValue, ValueKind};
use chrono::{Datelike, Days, Months, NaiveDate};
use std::sync::LazyLock;

/// Find the values in `text` (usually one sentence). Spans are byte ranges of `text`, sorted by
/// start and non-overlapping. Relative dates resolve against `published`.
pub fn scan(text: &str, published: Option<NaiveDate>) -> Vec<RawValue> {
    thread_local! {
        static TOKS: std::cell::RefCell<Vec<Tok>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    let mut out = Vec::new();
    TOKS.with(|cell| {
        // a re-entrant call (there is none) would get a fresh buffer instead of panicking
        let mut fresh = Vec::new();
        let mut guard = cell.try_borrow_mut();
        let toks = match guard.as_mut() {
            Ok(t) => &mut **t,
            Err(_) => &mut fresh,
        };
        let mut start = 0;
        while start < text.len() {
            let end = chunk_end(text, start);
            let chunk = &text[start..end];
            tokenize(chunk, toks);
            let mut sc = Scanner {
                t: chunk,
                k: toks,
                pb: published,
                out: &mut out,
                base: start,
                anchor: None,
                floor: 0,
            };
            sc.run();
            start = end;
        }
        if toks.capacity() > 1 << 16 {
            *toks = Vec::new();
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

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum K {
    /// A run of ASCII letters.
    Word,
    /// Digits with optional thousands groups and decimals: `1,234.5`, `.77`.
    Num,
    /// One punctuation or symbol character (curly quotes and dashes folded to `'` and `-`).
    P(char),
    /// Anything else (non-ASCII words, CJK, emoji).
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    s: usize,
    e: usize,
    k: K,
    lex: Lex,
    /// Whitespace (or the start of text) precedes this token.
    gap: bool,
    /// For a plain digit token of at most 9 digits: its value and digit count (else `nd == 0`).
    iv: u32,
    nd: u8,
}

fn special_char(ch: char) -> Option<char> {
    Some(match ch {
        '\u{2019}' | '\u{2018}' | '\u{2032}' => '\'',
        '\u{2014}' | '\u{2013}' | '\u{2212}' | '\u{2010}' | '\u{2011}' => '-',
        '€' | '£' | '¥' | '₹' | '₽' | '°' | '²' | '³' | '“' | '”' | '…' => ch,
        _ => return None,
    })
}

fn tokenize(t: &str, out: &mut Vec<Tok>) {
    out.clear();
    let b = t.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut prev_end = usize::MAX;
    while i < n {
        let c = b[i];
        if c == b' ' || c == b'\t' || c == b'\r' || c == 0x0b || c == 0x0c {
            i += 1;
            continue;
        }
        let s = i;
        let (k, e) = if c.is_ascii_alphabetic() {
            let mut e = i + 1;
            while e < n && b[e].is_ascii_alphabetic() {
                e += 1;
            }
            (K::Word, e)
        } else if c.is_ascii_digit()
            || (c == b'.'
                && i + 1 < n
                && b[i + 1].is_ascii_digit()
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.')))
        {
            (K::Num, num_end(b, i))
        } else if c < 0x80 {
            (K::P(c as char), i + 1)
        } else {
            let Some(ch) = t[i..].chars().next() else {
                break;
            };
            let l = ch.len_utf8();
            if let Some(p) = special_char(ch) {
                (K::P(p), i + l)
            } else if ch.is_whitespace() {
                i += l;
                continue;
            } else {
                let mut e = i + l;
                while e < n && b[e] >= 0x80 {
                    let Some(c2) = t[e..].chars().next() else {
                        break;
                    };
                    if special_char(c2).is_some() || c2.is_whitespace() {
                        break;
                    }
                    e += c2.len_utf8();
                }
                (K::Other, e)
            }
        };
        let lex = if k == K::Word {
            lookup(&b[s..e])
        } else {
            Lex::None
        };
        let (mut iv, mut nd) = (0u32, 0u8);
        if k == K::Num && e - s <= 9 && b[s..e].iter().all(u8::is_ascii_digit) {
            for &c in &b[s..e] {
                iv = iv * 10 + u32::from(c - b'0');
            }
            nd = (e - s) as u8;
        }
        out.push(Tok {
            s,
            e,
            k,
            lex,
            gap: s != prev_end,
            iv,
            nd,
        });
        prev_end = e;
        i = e;
    }
}

fn num_end(b: &[u8], s: usize) -> usize {
    let n = b.len();
    let mut e = s;
    if b[e] == b'.' {
        e += 1;
        while e < n && b[e].is_ascii_digit() {
            e += 1;
        }
        return e;
    }
    while e < n && b[e].is_ascii_digit() {
        e += 1;
    }
    if e - s <= 3 {
        while e + 3 < n
            && b[e] == b','
            && b[e + 1..e + 4].iter().all(u8::is_ascii_digit)
            && (e + 4 == n || !b[e + 4].is_ascii_digit())
        {
            e += 4;
        }
    }
    if e + 1 < n && b[e] == b'.' && b[e + 1].is_ascii_digit() {
        e += 1;
        while e < n && b[e].is_ascii_digit() {
            e += 1;
        }
    }
    e
}

// ---------------------------------------------------------------------------------------------
// Lexicon

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Du {
    S,
    Min,
    H,
    D,
    W,
    Fortnight,
    Mo,
    Q,
    Y,
    Decade,
    Century,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Lex {
    None,
    /// Cardinal words 0–19 (and glued compounds such as "twentyfive").
    Card(u32),
    Tens(u32),
    Hundred,
    Scale(f64),
    Dozen,
    /// Vague plurals: "hundreds", "thousands", "dozens"…
    Vague(f64),
    Ord(u32),
    /// Month 1–12; `true` for an abbreviation.
    Month(u32, bool),
    /// Weekday 0 (Monday) – 6; `true` for an abbreviation; plural forms are included.
    Wday(u32, bool),
    Unit(Du),
    Meas(&'static str),
    Cur(&'static str),
    /// Words that start an expression of their own ("last", "today", "aged"…).
    Trig,
}

/// The lexicon: an open-addressing table of lowercase words (at most 16 bytes) hashed with FNV-1a,
/// so classifying a word costs one pass over its bytes and usually one probe.
struct LexTable {
    keys: Vec<[u8; 16]>,
    lens: Vec<u8>,
    vals: Vec<Lex>,
    mask: usize,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

impl LexTable {
    fn new(words: Vec<(String, Lex)>) -> LexTable {
        let size = (words.len() * 4).next_power_of_two().max(64);
        let mut t = LexTable {
            keys: vec![[0; 16]; size],
            lens: vec![0; size],
            vals: vec![Lex::None; size],
            mask: size - 1,
        };
        for (w, l) in words {
            let b = w.as_bytes();
            if b.is_empty() || b.len() > 16 {
                continue;
            }
            let mut key = [0u8; 16];
            key[..b.len()].copy_from_slice(b);
            let mut h = FNV_OFFSET;
            for &c in b {
                h = (h ^ u64::from(c)).wrapping_mul(FNV_PRIME);
            }
            let mut idx = (h as usize) & t.mask;
            while t.lens[idx] != 0 && !(t.keys[idx] == key && usize::from(t.lens[idx]) == b.len()) {
                idx = (idx + 1) & t.mask;
            }
            t.keys[idx] = key;
            t.lens[idx] = b.len() as u8;
            t.vals[idx] = l;
        }
        t
    }

    /// `w` is a run of ASCII letters.
    fn get(&self, w: &[u8]) -> Lex {
        if w.len() > 16 {
            return Lex::None;
        }
        let mut key = [0u8; 16];
        let mut h = FNV_OFFSET;
        for (d, &c) in key.iter_mut().zip(w) {
            let l = c | 0x20;
            *d = l;
            h = (h ^ u64::from(l)).wrapping_mul(FNV_PRIME);
        }
        let mut idx = (h as usize) & self.mask;
        loop {
            let len = self.lens[idx];
            if len == 0 {
                return Lex::None;
            }
            if usize::from(len) == w.len() && self.keys[idx] == key {
                return self.vals[idx];
            }
            idx = (idx + 1) & self.mask;
        }
    }
}

const UNITS: [&str; 20] = [
    "zero",
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
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const TENS_ORD: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

static LEX: LazyLock<LexTable> = LazyLock::new(build_lex);

fn build_lex() -> LexTable {
    let mut m: Vec<(String, Lex)> = Vec::new();
    let mut put = |w: &str, l: Lex| {
        m.push((w.to_string(), l));
    };
    for (i, w) in UNITS.iter().enumerate() {
        put(w, Lex::Card(i as u32));
    }
    for w in ["nil", "naught", "nought"] {
        put(w, Lex::Card(0));
    }
    for (i, w) in TENS.iter().enumerate() {
        let t = 20 + 10 * i as u32;
        put(w, Lex::Tens(t));
        put(TENS_ORD[i], Lex::Ord(t));
        for u in 1..10 {
            put(&format!("{w}{}", UNITS[u]), Lex::Card(t + u as u32));
            put(&format!("{w}{}", ORDS[u]), Lex::Ord(t + u as u32));
        }
    }
    for (i, w) in ORDS.iter().enumerate().skip(1) {
        put(w, Lex::Ord(i as u32));
    }
    put("hundredth", Lex::Ord(100));
    put("thousandth", Lex::Ord(1000));
    put("millionth", Lex::Ord(1_000_000));
    put("hundred", Lex::Hundred);
    for (w, v) in [
        ("thousand", 1e3),
        ("million", 1e6),
        ("billion", 1e9),
        ("trillion", 1e12),
        ("lakh", 1e5),
        ("lakhs", 1e5),
        ("lac", 1e5),
        ("lacs", 1e5),
        ("lkh", 1e5),
        ("lkhs", 1e5),
        ("crore", 1e7),
        ("crores", 1e7),
        ("cr", 1e7),
        ("koti", 1e7),
        ("krore", 1e7),
        ("krores", 1e7),
        ("kr", 1e7),
    ] {
        put(w, Lex::Scale(v));
    }
    put("dozen", Lex::Dozen);
    for (w, v) in [
        ("dozens", 12.0),
        ("tens", 10.0),
        ("hundreds", 100.0),
        ("thousands", 1e3),
        ("millions", 1e6),
        ("billions", 1e9),
        ("trillions", 1e12),
    ] {
        put(w, Lex::Vague(v));
    }
    for (i, w) in MONTHS.iter().enumerate() {
        put(w, Lex::Month(i as u32 + 1, false));
    }
    for (w, i) in [
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ] {
        put(w, Lex::Month(i, true));
    }
    for (i, w) in WDAYS.iter().enumerate() {
        put(w, Lex::Wday(i as u32, false));
        put(&format!("{w}s"), Lex::Wday(i as u32, false));
    }
    for (w, i) in [
        ("mon", 0),
        ("tue", 1),
        ("tues", 1),
        ("wed", 2),
        ("thu", 3),
        ("thur", 3),
        ("thurs", 3),
        ("fri", 4),
        ("sat", 5),
        ("sun", 6),
    ] {
        put(w, Lex::Wday(i, true));
    }
    for (ws, d) in [
        (&["sec", "secs", "seconds"][..], Du::S),
        (&["min", "mins", "minute", "minutes"][..], Du::Min),
        (&["h", "hr", "hrs", "hour", "hours"][..], Du::H),
        (&["day", "days"][..], Du::D),
        (&["week", "weeks", "wk", "wks"][..], Du::W),
        (&["fortnight", "fortnights"][..], Du::Fortnight),
        (&["month", "months"][..], Du::Mo),
        (&["quarter", "quarters"][..], Du::Q),
        (&["year", "years", "yr", "yrs"][..], Du::Y),
        (&["decade", "decades"][..], Du::Decade),
        (&["century", "centuries"][..], Du::Century),
    ] {
        for w in ws {
            put(w, Lex::Unit(d));
        }
    }
    for (ws, sym) in [
        (&["t", "ton", "tons", "tonne", "tonnes"][..], "t"),
        (
            &[
                "kg",
                "kgs",
                "kilogram",
                "kilograms",
                "kilogramme",
                "kilogrammes",
                "kilo",
                "kilos",
            ][..],
            "kg",
        ),
        (&["g", "gram", "grams", "gramme", "grammes"][..], "g"),
        (&["mg", "milligram", "milligrams"][..], "mg"),
        (&["lb", "lbs", "pound", "pounds"][..], "lb"),
        (&["oz", "ounce", "ounces"][..], "oz"),
        (
            &[
                "km",
                "kms",
                "kilometre",
                "kilometres",
                "kilometer",
                "kilometers",
            ][..],
            "km",
        ),
        (&["m", "metre", "metres", "meter", "meters"][..], "m"),
        (
            &[
                "cm",
                "centimetre",
                "centimetres",
                "centimeter",
                "centimeters",
            ][..],
            "cm",
        ),
        (
            &[
                "mm",
                "millimetre",
                "millimetres",
                "millimeter",
                "millimeters",
            ][..],
            "mm",
        ),
        (&["mi", "mile", "miles"][..], "mi"),
        (&["ft", "foot", "feet"][..], "ft"),
        (&["inch", "inches"][..], "in"),
        (&["yd", "yds", "yard", "yards"][..], "yd"),
        (&["mph"][..], "mph"),
        (&["kph", "kmh"][..], "km/h"),
        (&["knot", "knots"][..], "kn"),
        (&["litre", "litres", "liter", "liters"][..], "l"),
        (
            &[
                "ml",
                "millilitre",
                "millilitres",
                "milliliter",
                "milliliters",
            ][..],
            "ml",
        ),
        (&["gallon", "gallons", "gal"][..], "gal"),
        (&["barrel", "barrels", "bbl"][..], "bbl"),
        (&["hectare", "hectares", "ha"][..], "ha"),
        (&["acre", "acres"][..], "acre"),
        (&["km2"][..], "km2"),
        (&["kw"][..], "kW"),
        (&["mw", "megawatt", "megawatts"][..], "MW"),
        (&["gw", "gigawatt", "gigawatts"][..], "GW"),
        (&["kwh"][..], "kWh"),
        (&["mwh"][..], "MWh"),
        (&["gwh"][..], "GWh"),
        (&["twh"][..], "TWh"),
        (&["calorie", "calories", "kcal"][..], "kcal"),
        (&["gb", "gigabyte", "gigabytes"][..], "GB"),
        (&["tb", "terabyte", "terabytes"][..], "TB"),
        (&["mb", "megabyte", "megabytes"][..], "MB"),
    ] {
        for w in ws {
            put(w, Lex::Meas(sym));
        }
    }
    for (ws, code) in [
        (&["dollar", "dollars", "usd", "bucks"][..], "USD"),
        (&["euro", "euros", "eur"][..], "EUR"),
        (&["sterling", "gbp"][..], "GBP"),
        (&["yen", "jpy"][..], "JPY"),
        (&["yuan", "renminbi", "cny", "rmb"][..], "CNY"),
        (&["rupee", "rupees", "inr"][..], "INR"),
        (&["rouble", "roubles", "ruble", "rubles", "rub"][..], "RUB"),
        (&["chf"][..], "CHF"),
        (&["cad"][..], "CAD"),
        (&["aud"][..], "AUD"),
        (&["hkd"][..], "HKD"),
        (&["cent", "cents"][..], "c"),
    ] {
        for w in ws {
            put(w, Lex::Cur(code));
        }
    }
    for w in [
        "a",
        "an",
        "the",
        "last",
        "next",
        "this",
        "current",
        "previous",
        "past",
        "coming",
        "upcoming",
        "following",
        "today",
        "tomorrow",
        "tomorrows",
        "yesterday",
        "tonight",
        "half",
        "aged",
        "age",
        "point",
        "minus",
        "negative",
        "weekend",
        "earlier",
        "later",
        "ides",
        "christmas",
        "easter",
        "halloween",
        "us",
        "hk",
        "nz",
        "au",
        "ca",
        "sg",
        "c",
        "r",
        "s",
        "rs",
        "couple",
        "pair",
        "few",
        "single",
        "night",
        "morning",
        "afternoon",
        "evening",
    ] {
        put(w, Lex::Trig);
    }
    LexTable::new(m)
}

fn lookup(w: &[u8]) -> Lex {
    LEX.get(w)
}

/// A lowercase copy of a short ASCII word, on the stack.
struct Lc {
    b: [u8; 24],
    n: usize,
}

impl Lc {
    fn new(w: &str) -> Lc {
        let mut b = [0u8; 24];
        let n = if w.len() <= 24 && w.is_ascii() {
            w.len()
        } else {
            0
        };
        for (d, s) in b.iter_mut().zip(w.as_bytes()[..n].iter()) {
            *d = s.to_ascii_lowercase();
        }
        Lc { b, n }
    }
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.b[..self.n]).unwrap_or("")
    }
}

/// Words that cannot be (part of) the noun after a count: determiners, prepositions, pronouns,
/// auxiliaries, common verbs and adverbs.
const FUNCTION_WORDS: &str = concat!(
    "a aboard about above according across after again against ago all alone along already also ",
    "although am among an and another any apiece are around as at away back be became because ",
    "become been before behind being below between beyond both but by came can clock come could ",
    "did do does done down during each earlier either even ever every except few for from get ",
    "gets go goes got had has have having he her here him his how i if in including inside ",
    "instead into is it its just later least left less like lost made make many may me met ",
    "might minus more most much must my nd near neither never no nor not now o of off on one ",
    "ones only onto or other others our out outside over overall own per percent plus rd remain ",
    "remained respectively s said same say says several shall she should since so some soon st ",
    "still such take tell th than that the their them then there these they this those though ",
    "through till times to together told too took total toward towards under unlike until up ",
    "upon us versus very via vs was we went were what when where whereas whether which while ",
    "who whom whose why will with within without won would yet you your ",
);

static FUNCTION_SET: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted_words(FUNCTION_WORDS));
static ADJECTIVE_SET: LazyLock<Vec<&'static str>> = LazyLock::new(|| sorted_words(ADJECTIVES));

fn sorted_words(list: &'static str) -> Vec<&'static str> {
    let mut v: Vec<&str> = list.split_whitespace().collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn is_function_word(w: &str) -> bool {
    FUNCTION_SET.binary_search(&w).is_ok()
}

/// Words that may stand between a count and its noun ("two armed men").
const ADJECTIVES: &str = concat!(
    "additional armed big black blue civilian consecutive dead different elderly extra federal ",
    "foreign former full great green high human key large little local long low main major ",
    "military more new old older other private public red senior separate short small state ",
    "straight successive top white whole young younger ",
);

fn is_adjective_like(w: &str) -> bool {
    ADJECTIVE_SET.binary_search(&w).is_ok()
        || [
            "al", "ian", "ese", "ish", "ous", "ive", "ful", "ic", "ed", "ing", "ary", "ern", "ly",
        ]
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

// ---------------------------------------------------------------------------------------------
// Scanner

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Grain {
    Day,
    Week,
    Month,
    Year,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tense {
    Past,
    Future,
    Unknown,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Rel {
    Last,
    This,
    Next,
    Bare,
}

#[derive(Debug)]
struct Hit {
    /// `None`: recognised and consumed, but not a value (a time of day, "COVID-19").
    kind: Option<ValueKind>,
    s: usize,
    e: usize,
    val: Option<String>,
    m: Option<Modifier>,
    anchor: Option<(NaiveDate, Grain)>,
}

impl Hit {
    fn new(kind: ValueKind, s: usize, e: usize, val: Option<String>) -> Hit {
        Hit {
            kind: Some(kind),
            s,
            e,
            val,
            m: None,
            anchor: None,
        }
    }
    fn silent(s: usize, e: usize) -> Hit {
        Hit {
            kind: None,
            s,
            e,
            val: None,
            m: None,
            anchor: None,
        }
    }
    fn date(s: usize, e: usize, d: Option<(NaiveDate, Grain)>) -> Hit {
        Hit {
            kind: Some(ValueKind::Date),
            s,
            e,
            val: d.and_then(|(d, g)| fmt_date(d, g)),
            m: None,
            anchor: d.filter(|(_, g)| *g != Grain::Week),
        }
    }
    fn with_mod(mut self, m: Option<Modifier>) -> Hit {
        if m.is_some() {
            self.m = m;
        }
        self
    }
}

/// A parsed number: its value, where it ends, and how it was written.
#[derive(Clone, Debug)]
struct NumP {
    v: f64,
    /// Exact normalized digits when the number is a plain digit literal.
    lit: Option<String>,
    e: usize,
    /// Written as words ("two", "a dozen").
    words: bool,
    /// A plain digit integer without thousands separators: its number of digits.
    plain_int: Option<usize>,
    /// Ends with a fraction ("and a half") or is "a couple": the unit or noun may follow "of".
    frac: bool,
    m: Option<Modifier>,
}

impl NumP {
    fn val(&self) -> String {
        self.lit.clone().unwrap_or_else(|| fmt_num(self.v))
    }
    fn is_int(&self) -> bool {
        self.v.fract() == 0.0
    }
}

fn fmt_num(v: f64) -> String {
    if !v.is_finite() {
        return "0".into();
    }
    if v.abs() >= 1e15 {
        return format!("{v:.0}");
    }
    let mut s = format!("{v:.6}");
    while s.ends_with('0') {
        s.pop();
    }
    if s.ends_with('.') {
        s.pop();
    }
    if s == "-0" {
        s = "0".into();
    }
    s
}

/// Normalize a digit literal: drop thousands separators, leading zeros and trailing decimal zeros.
fn norm_lit(s: &str) -> (String, bool) {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        let t = s.trim_start_matches('0');
        return (if t.is_empty() { "0".into() } else { t.into() }, false);
    }
    let clean: String = s.chars().filter(|&c| c != ',').collect();
    let (int, frac) = match clean.split_once('.') {
        Some((a, b)) => (a, b),
        None => (clean.as_str(), ""),
    };
    let int = int.trim_start_matches('0');
    let frac = frac.trim_end_matches('0');
    let mut out = if int.is_empty() {
        "0".to_string()
    } else {
        int.to_string()
    };
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    (out, s.contains('.'))
}

fn fmt_date(d: NaiveDate, g: Grain) -> Option<String> {
    let y = d.year();
    if !(0..=9999).contains(&y) {
        return None;
    }
    Some(match g {
        Grain::Day => format!("{y:04}-{:02}-{:02}", d.month(), d.day()),
        Grain::Month => format!("{y:04}-{:02}", d.month()),
        Grain::Year => format!("{y:04}"),
        Grain::Week => {
            let w = d.iso_week();
            format!("{:04}-W{:02}", w.year(), w.week())
        }
    })
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n.unsigned_abs() > 1_000_000 {
        return None;
    }
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs() as u32))
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    match (ymd(ny, nm, 1), ymd(y, m, 1)) {
        (Some(a), Some(b)) => (a - b).num_days() as u32,
        _ => 31,
    }
}

fn monday_of(d: NaiveDate) -> NaiveDate {
    add_days(d, -i64::from(d.weekday().num_days_from_monday())).unwrap_or(d)
}

fn wd_num(d: NaiveDate) -> u32 {
    d.weekday().num_days_from_monday()
}

/// Two-digit years: the nearest century that does not put the year more than ten years after
/// publication (or after 2035 without one).
fn expand_year(y: u32, digits: usize, pb: Option<NaiveDate>) -> i32 {
    if digits > 2 {
        return y as i32;
    }
    let limit = pb.map_or(2035, |p| p.year() + 10);
    let c = 2000 + y as i32;
    if c <= limit { c } else { 1900 + y as i32 }
}

fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, month as u32, day as u32)
}

/// One-unit ISO 8601 duration from components, in the smallest unit written.
fn iso_duration(comps: &[(f64, Du)]) -> Option<String> {
    if comps.is_empty() {
        return None;
    }
    let norm: Vec<(f64, Du)> = comps
        .iter()
        .map(|&(v, u)| match u {
            Du::Fortnight => (v * 2.0, Du::W),
            Du::Q => (v * 3.0, Du::Mo),
            Du::Decade => (v * 10.0, Du::Y),
            Du::Century => (v * 100.0, Du::Y),
            _ => (v, u),
        })
        .collect();
    let calendar = norm.iter().all(|(_, u)| matches!(u, Du::Y | Du::Mo));
    if calendar {
        let months: f64 = norm
            .iter()
            .map(|&(v, u)| if u == Du::Y { v * 12.0 } else { v })
            .sum();
        let only_years = norm.iter().all(|(_, u)| *u == Du::Y);
        if only_years && (months / 12.0).fract() == 0.0 {
            return Some(format!("P{}Y", fmt_num(months / 12.0)));
        }
        if months.fract() == 0.0 {
            return Some(format!("P{}M", fmt_num(months)));
        }
        let days = months * 30.0;
        if days.fract() == 0.0 {
            return Some(format!("P{}D", fmt_num(days)));
        }
        return Some(format!("PT{}H", fmt_num((days * 24.0).round())));
    }
    let secs_of = |u: Du| -> f64 {
        match u {
            Du::S => 1.0,
            Du::Min => 60.0,
            Du::H => 3600.0,
            Du::D => 86400.0,
            Du::W | Du::Fortnight => 604_800.0,
            Du::Mo | Du::Q => 2_592_000.0,
            _ => 31_536_000.0,
        }
    };
    let total: f64 = norm.iter().map(|&(v, u)| v * secs_of(u)).sum();
    let smallest = norm.iter().map(|&(_, u)| u).min()?;
    let ladder = [Du::W, Du::D, Du::H, Du::Min, Du::S];
    let start = match smallest {
        Du::S => 4,
        Du::Min => 3,
        Du::H => 2,
        Du::D => 1,
        Du::W if norm.len() == 1 => 0,
        _ => 1,
    };
    for (idx, &u) in ladder.iter().enumerate().skip(start) {
        let n = total / secs_of(u);
        if (n - n.round()).abs() < 1e-9 || idx == 4 {
            let n = if idx == 4 { n } else { n.round() };
            return Some(match u {
                Du::W => format!("P{}W", fmt_num(n)),
                Du::D => format!("P{}D", fmt_num(n)),
                Du::H => format!("PT{}H", fmt_num(n)),
                Du::Min => format!("PT{}M", fmt_num(n)),
                _ => format!("PT{}S", fmt_num(n)),
            });
        }
    }
    None
}

struct Dur {
    comps: Vec<(f64, Du)>,
    e: usize,
    upcoming: bool,
}

struct MonthCore {
    m: u32,
    day: Option<u32>,
    year: Option<i32>,
    e: usize,
}

struct Scanner<'a> {
    t: &'a str,
    k: &'a [Tok],
    pb: Option<NaiveDate>,
    out: &'a mut Vec<RawValue>,
    /// Byte offset of this chunk in the text given to `scan`.
    base: usize,
    /// The last resolved date, for "10 years later".
    anchor: Option<(NaiveDate, Grain)>,
    /// First token not consumed by an earlier value.
    floor: usize,
}

impl<'a> Scanner<'a> {
    fn last_out_end(&self) -> Option<usize> {
        self.out
            .last()
            .and_then(|v| v.span.end.checked_sub(self.base))
    }

    // ----- token helpers

    fn n(&self) -> usize {
        self.k.len()
    }
    fn txt(&self, i: usize) -> &'a str {
        match self.k.get(i) {
            Some(t) => &self.t[t.s..t.e],
            None => "",
        }
    }
    fn kind(&self, i: usize) -> Option<K> {
        self.k.get(i).map(|t| t.k)
    }
    fn lex(&self, i: usize) -> Lex {
        self.k.get(i).map_or(Lex::None, |t| t.lex)
    }
    fn is(&self, i: usize, w: &str) -> bool {
        self.kind(i) == Some(K::Word) && self.txt(i).eq_ignore_ascii_case(w)
    }
    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.kind(i) == Some(K::Word) && ws.iter().any(|w| self.txt(i).eq_ignore_ascii_case(w))
    }
    fn p(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(K::P(c))
    }
    /// Token `i` exists and touches the previous token.
    fn adj(&self, i: usize) -> bool {
        self.k.get(i).is_some_and(|t| !t.gap)
    }
    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(K::Word)
    }
    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(K::Num)
    }
    fn cap(&self, i: usize) -> bool {
        self.is_word(i) && self.txt(i).as_bytes()[0].is_ascii_uppercase()
    }
    fn lc(&self, i: usize) -> Lc {
        Lc::new(self.txt(i))
    }
    /// The end of text or a punctuation mark that closes an expression.
    fn ends(&self, i: usize) -> bool {
        match self.kind(i) {
            None => true,
            Some(K::P(c)) => matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\'' | '”' | '\n' | '-' | '…' | ']'
            ),
            _ => false,
        }
    }
    /// A small plain integer token (no decimals or separators): its value and digit count.
    fn small_int(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.k.get(i)?;
        if t.nd == 0 || t.nd > 4 {
            return None;
        }
        Some((t.iv, usize::from(t.nd)))
    }
    /// A four-digit year token (1000–2999), optionally followed by nothing glued to it.
    fn year_at(&self, i: usize) -> Option<i32> {
        let (v, d) = self.small_int(i)?;
        if d == 4 && (1000..=2999).contains(&v) && !self.glued_after(i) {
            Some(v as i32)
        } else {
            None
        }
    }
    fn glued_after(&self, i: usize) -> bool {
        self.adj(i + 1) && matches!(self.kind(i + 1), Some(K::Word | K::Num | K::Other))
    }
    /// Ordinal suffix glued to a number: "21st".
    fn ord_suffix(&self, i: usize) -> bool {
        self.adj(i + 1) && self.is_any(i + 1, &["st", "nd", "rd", "th"])
    }
    /// A day of the month at `i` (digits 1–31 with optional suffix, or an ordinal word):
    /// `(day, end, is_ordinal)`.
    fn day_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        if let Some((v, d)) = self.small_int(i) {
            if d <= 2 && (1..=31).contains(&v) {
                if self.ord_suffix(i) {
                    return Some((v, i + 2, true));
                }
                if self.glued_after(i) && !matches!(self.lex(i + 1), Lex::Month(..)) {
                    return None;
                }
                return Some((v, i + 1, false));
            }
            return None;
        }
        self.ord_word(i)
            .filter(|&(v, _)| (1..=31).contains(&v))
            .map(|(v, e)| (v, e, true))
    }
    /// An ordinal written in words: "first", "twenty-fifth", "thirty first".
    fn ord_word(&self, i: usize) -> Option<(u32, usize)> {
        match self.lex(i) {
            Lex::Ord(v) => Some((v, i + 1)),
            Lex::Tens(t) => {
                let mut j = i + 1;
                if self.p(j, '-') && self.adj(j) && self.adj(j + 1) {
                    j += 1;
                }
                match self.lex(j) {
                    Lex::Ord(u) if u < 10 => Some((t + u, j + 1)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn tense(&self, i: usize) -> Tense {
        let n = self.n();
        let boundary = |j: usize| -> bool {
            match self.kind(j) {
                Some(K::P('!' | '?' | '\n')) => true,
                Some(K::P('.')) => {
                    // "p.m. Tuesday", "U.S. troops": a dot after a single letter ends no sentence
                    let abbrev = j > 0 && self.is_word(j - 1) && self.txt(j - 1).len() == 1;
                    !abbrev && self.k.get(j + 1).is_none_or(|t| t.gap)
                }
                _ => false,
            }
        };
        let mut lo = i;
        while lo > 0 && i - lo < 60 && !boundary(lo - 1) {
            lo -= 1;
        }
        let mut hi = i;
        while hi + 1 < n && hi - i < 60 && !boundary(hi + 1) {
            hi += 1;
        }
        // "since April": always the past
        if i > 0 && self.is(i - 1, "since") {
            return Tense::Past;
        }
        let mut strong: Option<(usize, Tense)> = None;
        let mut words = 0;
        let mut weak: Option<(usize, Tense)> = None;
        for j in lo..=hi.min(n.saturating_sub(1)) {
            if j == i || !self.is_word(j) {
                continue;
            }
            words += 1;
            // a participle after "be" is passive, not past: "will be held"
            if j > 0 && self.is_any(j - 1, &["be", "being"]) {
                continue;
            }
            let dist = j.abs_diff(i);
            let lc = self.lc(j);
            let w = lc.as_str();
            let cue = match w {
                "will" | "shall" | "upcoming" | "scheduled" | "expected" | "planned" | "plans"
                | "plan" | "slated" | "tomorrow" | "next" | "due" => Some((true, Tense::Future)),
                "could" | "would" | "may" | "might" | "begins" | "starts" | "opens" | "resumes"
                | "closes" | "ends" | "expires" | "meets" | "arrives" | "returns" | "launches" => {
                    Some((false, Tense::Future))
                }
                "last"
                    if !matches!(
                        self.lex(j + 1),
                        Lex::Unit(_) | Lex::Month(..) | Lex::Wday(..)
                    ) && !self.is_any(j + 1, &["night", "weekend"]) =>
                {
                    None
                }
                "ll" if self.p(j.wrapping_sub(1), '\'') => Some((true, Tense::Future)),
                "won" if self.p(j + 1, '\'') => Some((true, Tense::Future)),
                "set" | "going" if self.is(j + 1, "to") => Some((true, Tense::Future)),
                "was" | "were" | "had" | "did" | "said" | "told" | "became" | "took" | "went"
                | "came" | "made" | "gave" | "met" | "left" | "began" | "saw" | "got" | "ago"
                | "yesterday" | "last" | "wrote" | "spoke" | "held" | "won" | "fell" | "rose"
                | "sent" | "paid" | "brought" | "found" | "led" | "felt" | "knew" | "grew"
                | "broke" | "chose" | "flew" | "ran" | "earlier" | "previously" | "recalled" => {
                    Some((true, Tense::Past))
                }
                _ if w.len() >= 5
                    && w.ends_with("ed")
                    && !matches!(
                        w,
                        "hundred"
                            | "indeed"
                            | "speed"
                            | "proceed"
                            | "exceed"
                            | "succeed"
                            | "united"
                            | "limited"
                            | "retired"
                            | "married"
                            | "based"
                            | "need"
                    ) =>
                {
                    Some((false, Tense::Past))
                }
                _ => None,
            };
            if let Some((is_strong, t)) = cue {
                let slot = if is_strong { &mut strong } else { &mut weak };
                if slot.is_none_or(|(d, _)| dist < d) {
                    *slot = Some((dist, t));
                }
            }
        }
        // a full sentence with no cue at all is, in news, a report of the past
        let fallback = if words >= 6 {
            Tense::Past
        } else {
            Tense::Unknown
        };
        strong.or(weak).map_or(fallback, |(_, t)| t)
    }

    // ----- resolution against the publication date

    fn res_month(&self, m: u32, i: usize) -> Option<(NaiveDate, Grain)> {
        let p = self.pb?;
        let (py, pm) = (p.year(), p.month());
        let y = match self.tense(i) {
            Tense::Past if m > pm => py - 1,
            Tense::Future if m < pm => py + 1,
            _ => py,
        };
        Some((ymd(y, m, 1)?, Grain::Month))
    }

    fn res_month_rel(&self, m: u32, rel: Rel) -> Option<(NaiveDate, Grain)> {
        let p = self.pb?;
        let (py, pm) = (p.year(), p.month());
        let y = match rel {
            Rel::Last => {
                if m < pm {
                    py
                } else {
                    py - 1
                }
            }
            Rel::Next => {
                if m > pm {
                    py
                } else {
                    py + 1
                }
            }
            _ => py,
        };
        Some((ymd(y, m, 1)?, Grain::Month))
    }

    fn res_md(&self, m: u32, d: u32, i: usize) -> Option<NaiveDate> {
        let p = self.pb?;
        let c = ymd(p.year(), m, d)?;
        let diff = (c - p).num_days();
        let y = match self.tense(i) {
            Tense::Past if diff > 60 => p.year() - 1,
            Tense::Future if diff < -60 => p.year() + 1,
            _ => p.year(),
        };
        ymd(y, m, d)
    }

    fn res_wd(&self, wd: u32, i: usize) -> Option<NaiveDate> {
        let p = self.pb?;
        let cur = wd_num(p);
        match self.tense(i) {
            Tense::Past => add_days(p, -i64::from((cur + 7 - wd) % 7)),
            _ => {
                let f = (wd + 7 - cur) % 7;
                add_days(p, i64::from(if f == 0 { 7 } else { f }))
            }
        }
    }

    fn res_wd_week(&self, wd: u32, weeks: i64) -> Option<NaiveDate> {
        let p = self.pb?;
        add_days(monday_of(p), weeks * 7 + i64::from(wd))
    }

    fn res_dom(&self, d: u32, i: usize) -> Option<NaiveDate> {
        let p = self.pb?;
        let past = self.tense(i) == Tense::Past;
        let mut first = ymd(p.year(), p.month(), 1)?;
        for _ in 0..13 {
            if let Some(c) = ymd(first.year(), first.month(), d)
                && ((past && c <= p) || (!past && c >= p))
            {
                return Some(c);
            }
            first = add_months(first, if past { -1 } else { 1 })?;
        }
        None
    }

    fn res_weekend(&self, rel: Rel, i: usize) -> Option<NaiveDate> {
        let p = self.pb?;
        let sat = add_days(monday_of(p), 5)?;
        match rel {
            Rel::Last => add_days(sat, -7),
            Rel::Next => add_days(sat, 7),
            Rel::This => Some(sat),
            Rel::Bare => {
                if self.tense(i) == Tense::Future || p >= sat {
                    Some(sat)
                } else {
                    add_days(sat, -7)
                }
            }
        }
    }

    /// A weekday that must fall on a given day of the month (and month): search forward (or
    /// backward in the past tense) for the first month/year where it does.
    fn res_wd_constrained(
        &self,
        wd: u32,
        m: Option<u32>,
        d: u32,
        year: Option<i32>,
        i: usize,
    ) -> Option<(NaiveDate, Grain)> {
        if let Some(y) = year {
            let mm = m?;
            return Some((ymd(y, mm, d)?, Grain::Day));
        }
        let p = self.pb?;
        let step: i64 = if self.tense(i) == Tense::Past { -1 } else { 1 };
        match m {
            Some(mm) => {
                let mut y = p.year();
                let first = ymd(y, mm, d);
                for _ in 0..30 {
                    if let Some(c) = ymd(y, mm, d)
                        && wd_num(c) == wd
                    {
                        return Some((c, Grain::Day));
                    }
                    y += step as i32;
                }
                first.map(|c| (c, Grain::Day))
            }
            None => {
                let mut first = ymd(p.year(), p.month(), 1)?;
                for _ in 0..40 {
                    if let Some(c) = ymd(first.year(), first.month(), d) {
                        let ok_side = if step > 0 { c >= p } else { c <= p };
                        if wd_num(c) == wd && ok_side {
                            return Some((c, Grain::Day));
                        }
                    }
                    first = add_months(first, step)?;
                }
                None
            }
        }
    }

    fn shift(&self, base: NaiveDate, comps: &[(f64, Du)], sign: i64) -> Option<NaiveDate> {
        let mut d = base;
        for &(v, u) in comps {
            let (months, days) = match u {
                Du::Y => (v * 12.0, 0.0),
                Du::Decade => (v * 120.0, 0.0),
                Du::Century => (v * 1200.0, 0.0),
                Du::Mo => (v, 0.0),
                Du::Q => (v * 3.0, 0.0),
                Du::W => (0.0, v * 7.0),
                Du::Fortnight => (0.0, v * 14.0),
                Du::D => (0.0, v),
                Du::H => (0.0, (v / 24.0).floor()),
                Du::Min => (0.0, (v / 1440.0).floor()),
                Du::S => (0.0, (v / 86400.0).floor()),
            };
            if months.abs() > 1e6 || days.abs() > 1e8 {
                return None;
            }
            let whole = months.trunc();
            d = add_months(d, sign * whole as i64)?;
            let days = days + (months - whole) * 30.0;
            d = add_days(d, sign * days.round() as i64)?;
        }
        Some(d)
    }

    // ----- main loop

    fn run(&mut self) {
        let n = self.n();
        let mut i = 0;
        while i < n {
            let hit = self.at(i);
            match hit {
                Some(h) if h.e > i => {
                    let e = h.e;
                    self.emit(h);
                    i = e;
                    self.floor = e;
                }
                _ => i += 1,
            }
        }
    }

    fn emit(&mut self, mut h: Hit) {
        let Some(kind) = h.kind else {
            return;
        };
        h.s = h.s.max(self.floor);
        if h.s >= h.e || h.e > self.n() {
            return;
        }
        if h.m.is_none()
            && let Some((m, s)) = self.modifier_before(h.s, kind)
        {
            h.m = Some(m);
            h.s = s;
        }
        if let Some(a) = h.anchor {
            self.anchor = Some(a);
        }
        self.out.push(RawValue {
            kind,
            span: self.k[h.s].s + self.base..self.k[h.e - 1].e + self.base,
            value: h.val,
            modifier: h.m,
        });
    }

    fn modifier_before(&self, s: usize, kind: ValueKind) -> Option<(Modifier, usize)> {
        if kind == ValueKind::Ordinal || self.is(s, "the") {
            return None;
        }
        let ok = |j: usize| j >= self.floor;
        if s == 0 || !ok(s - 1) {
            return None;
        }
        let w1 = self.lc(s - 1);
        let w1 = w1.as_str();
        if kind == ValueKind::Date {
            return match w1 {
                "around" | "circa" | "approximately" | "roughly" => Some((Modifier::Approx, s - 1)),
                _ => None,
            };
        }
        if s >= 2 && ok(s - 2) && self.is_word(s - 2) {
            let w2 = self.lc(s - 2);
            let m = match (w2.as_str(), w1) {
                ("more" | "greater", "than") | ("at", "least") | ("upwards", "of") => {
                    Some(Modifier::MoreThan)
                }
                ("just" | "well" | "slightly", "over" | "above") => Some(Modifier::MoreThan),
                ("less" | "fewer", "than") | ("at", "most") | ("up", "to") => {
                    Some(Modifier::LessThan)
                }
                ("just" | "slightly", "under" | "below") => Some(Modifier::LessThan),
                ("close", "to") | ("an", "estimated") => Some(Modifier::Approx),
                _ => None,
            };
            if let Some(m) = m {
                let mut start = s - 2;
                // "no more than" → at most; "no fewer than" → at least
                if s >= 3 && ok(s - 3) && self.is(s - 3, "no") {
                    start = s - 3;
                    let flipped = match m {
                        Modifier::MoreThan => Modifier::LessThan,
                        Modifier::LessThan => Modifier::MoreThan,
                        Modifier::Approx => Modifier::Approx,
                    };
                    return Some((flipped, start));
                }
                return Some((m, start));
            }
        }
        match w1 {
            "nearly" | "about" | "around" | "roughly" | "almost" | "some" | "approximately"
            | "approx" | "circa" | "estimated" => Some((Modifier::Approx, s - 1)),
            "over" | "above" => Some((Modifier::MoreThan, s - 1)),
            "under" | "below" => Some((Modifier::LessThan, s - 1)),
            _ => None,
        }
    }

    fn at(&mut self, i: usize) -> Option<Hit> {
        let t = self.k[i];
        match t.k {
            K::Num => self.at_num(i),
            K::P(c) => match c {
                '$' | '€' | '£' | '¥' | '₹' | '₽' => self.money_prefix(i, i),
                '-' => self.negative(i),
                '\'' => self.short_decade(i),
                _ => None,
            },
            K::Word => {
                if t.lex == Lex::None {
                    None
                } else {
                    self.at_word(i)
                }
            }
            K::Other => None,
        }
    }

    // ----- numbers

    /// Numbers glued to a word before them: "COVID-19", "F-16", "A320", "G7".
    fn glued_before(&self, i: usize) -> bool {
        if i == 0 || self.k[i].gap {
            return false;
        }
        let prefix_ok = |j: usize| {
            matches!(self.lex(j), Lex::Month(..))
                || self.is_any(j, &["mid", "pre", "post", "early", "late", "us", "rs"])
        };
        match self.kind(i - 1) {
            Some(K::Word) => !prefix_ok(i - 1),
            Some(K::Other) => true,
            Some(K::P('-')) => {
                i >= 2
                    && !self.k[i - 1].gap
                    && matches!(self.kind(i - 2), Some(K::Word | K::Other))
                    && !prefix_ok(i - 2)
            }
            _ => false,
        }
    }

    fn num(&self, i: usize, money: bool) -> Option<NumP> {
        let mut np = match self.kind(i)? {
            K::Num => {
                let (lit, _) = norm_lit(self.txt(i));
                let v: f64 = lit.parse().ok()?;
                let raw = self.txt(i);
                let plain = raw.bytes().all(|b| b.is_ascii_digit());
                let mut np = NumP {
                    v,
                    lit: Some(lit),
                    e: i + 1,
                    words: false,
                    plain_int: plain.then_some(raw.len()),
                    frac: false,
                    m: None,
                };
                let j = i + 1;
                if self.adj(j) && self.is_word(j) {
                    let w = self.txt(j);
                    let mult = match w {
                        "k" | "K" => Some(1e3),
                        "M" | "mn" | "mln" | "MN" => Some(1e6),
                        "G" if raw.contains('.') => Some(1e9),
                        "m" if money || self.millions_of_things(j) => Some(1e6),
                        "bn" | "b" | "B" | "BN" | "bln" if money || w.len() > 1 => Some(1e9),
                        "tn" | "trn" | "T" if money || w.len() > 1 => Some(1e12),
                        _ => None,
                    };
                    if let Some(x) = mult
                        && !self.glued_after(j)
                    {
                        np.v *= x;
                        np.lit = None;
                        np.plain_int = None;
                        np.e = j + 1;
                    }
                }
                // "1 point 1"
                if np.e == i + 1
                    && self.is(np.e, "point")
                    && let Some((f, e)) = self.point_digits(np.e + 1)
                {
                    np.v += f;
                    np.lit = None;
                    np.plain_int = None;
                    np.e = e;
                }
                self.scales(&mut np);
                np
            }
            K::Word => self.word_num(i)?,
            _ => return None,
        };
        self.fraction_tail(&mut np);
        Some(np)
    }

    /// "1.5m copies", "2m people": a glued "m" before a plural noun is a million, not metres.
    fn millions_of_things(&self, m: usize) -> bool {
        let Some(e) = self.noun_phrase(m + 1) else {
            return false;
        };
        let head = self.lc(e - 1);
        let h = head.as_str();
        (h.ends_with('s') && !h.ends_with("ss")) || matches!(h, "people" | "children")
    }

    /// Multiplying words after a number: "1.2 million", "200 dozens", "30 lakh".
    fn scales(&self, np: &mut NumP) {
        loop {
            let j = np.e;
            let x = match self.lex(j) {
                Lex::Scale(x) => x,
                Lex::Vague(x) => x,
                Lex::Hundred => 100.0,
                Lex::Dozen => 12.0,
                _ => break,
            };
            if np.v > 1e30 {
                break;
            }
            np.v *= x;
            np.lit = None;
            np.plain_int = None;
            np.e = j + 1;
        }
    }

    /// "and a half", "and three quarters", "and half".
    fn fraction_tail(&self, np: &mut NumP) {
        let mut j = np.e;
        if !self.is(j, "and") {
            return;
        }
        j += 1;
        let mut k = 1.0;
        if self.is_any(j, &["a", "an"]) {
            j += 1;
        } else if let Lex::Card(c) = self.lex(j)
            && (1..=3).contains(&c)
        {
            k = f64::from(c);
            j += 1;
        }
        let f = if self.is(j, "half") {
            0.5
        } else if self.is_any(j, &["quarter", "quarters"]) {
            0.25
        } else {
            return;
        };
        np.v += k * f;
        np.lit = None;
        np.plain_int = None;
        np.frac = true;
        np.e = j + 1;
    }

    fn point_digits(&self, j: usize) -> Option<(f64, usize)> {
        if self.is_num(j) && self.txt(j).bytes().all(|b| b.is_ascii_digit()) {
            let s = format!("0.{}", self.txt(j));
            return Some((s.parse().ok()?, j + 1));
        }
        let mut s = String::from("0.");
        let mut e = j;
        while let Lex::Card(u) = self.lex(e) {
            if u > 9 {
                break;
            }
            s.push(char::from(b'0' + u as u8));
            e += 1;
        }
        if e == j {
            return None;
        }
        Some((s.parse().ok()?, e))
    }

    fn word_num(&self, i: usize) -> Option<NumP> {
        #[derive(PartialEq, Clone, Copy)]
        enum L {
            Unit,
            Teen,
            Tens,
            Hund,
            Scale,
            And,
        }
        let mut j = i;
        let mk = |v: f64, e: usize, m: Option<Modifier>| NumP {
            v,
            lit: None,
            e,
            words: true,
            plain_int: None,
            frac: false,
            m,
        };
        // "a"/"an"/"half" + scale, unit or vague quantity
        if self.is_any(i, &["a", "an"]) {
            let j = i + 1;
            return match self.lex(j) {
                Lex::Hundred | Lex::Scale(_) | Lex::Dozen => {
                    let mut np = mk(1.0, j, None);
                    self.scales(&mut np);
                    Some(np)
                }
                Lex::Unit(_) => Some(mk(1.0, j, None)),
                Lex::Ord(2) if self.is(j, "second") => Some(mk(1.0, j, None)),
                _ if self.is_any(j, &["couple", "pair"]) => {
                    let e = if self.is(j + 1, "of") && !self.ends(j + 2) {
                        j + 1
                    } else if self.is(j + 1, "of") {
                        j + 2
                    } else {
                        j + 1
                    };
                    let mut np = mk(2.0, e, None);
                    np.frac = true;
                    Some(np)
                }
                _ if self.is(j, "few") => Some(mk(3.0, j + 1, Some(Modifier::Approx))),
                _ if self.is(j, "half") => match self.lex(j + 1) {
                    Lex::Unit(_) => Some(mk(0.5, j + 1, None)),
                    _ => None,
                },
                _ => None,
            };
        }
        if self.is(i, "half") {
            let mut k = i + 1;
            if self.is_any(k, &["a", "an"]) {
                k += 1;
            }
            return match self.lex(k) {
                Lex::Unit(_) => Some(mk(0.5, k, None)),
                Lex::Scale(x) => Some(mk(0.5 * x, k + 1, None)),
                _ => None,
            };
        }
        if self.is(i, "point") {
            let (f, e) = self.point_digits(i + 1)?;
            let mut np = mk(f, e, None);
            self.scales(&mut np);
            return Some(np);
        }
        let (mut total, mut cur, mut maxscale) = (0f64, 0f64, 1f64);
        let mut last: Option<L> = None;
        loop {
            let lx = self.lex(j);
            if !self.is_word(j) {
                break;
            }
            match lx {
                Lex::Card(u) => {
                    if u < 10 && last == Some(L::Tens) {
                        cur += f64::from(u);
                        last = Some(L::Unit);
                    } else if matches!(last, None | Some(L::Hund | L::Scale | L::And)) {
                        cur += f64::from(u);
                        last = Some(if u < 10 { L::Unit } else { L::Teen });
                    } else {
                        break;
                    }
                }
                Lex::Tens(t) => {
                    if last == Some(L::Unit) && cur > 0.0 && cur < 10.0 && total == 0.0 {
                        cur = cur * 100.0 + f64::from(t);
                    } else if matches!(last, None | Some(L::Hund | L::Scale | L::And)) {
                        cur += f64::from(t);
                    } else {
                        break;
                    }
                    last = Some(L::Tens);
                }
                Lex::Hundred => {
                    if !matches!(last, Some(L::Unit | L::Teen | L::Tens)) {
                        break;
                    }
                    cur = cur.max(1.0) * 100.0;
                    last = Some(L::Hund);
                }
                Lex::Scale(x) | Lex::Vague(x) => {
                    if last.is_none() || last == Some(L::And) || total > 1e30 {
                        break;
                    }
                    if x > maxscale {
                        total = (total + cur) * x;
                        maxscale = x;
                    } else {
                        total += cur * x;
                    }
                    cur = 0.0;
                    last = Some(L::Scale);
                }
                Lex::Dozen => {
                    if last.is_none() || last == Some(L::And) {
                        break;
                    }
                    total = (total + cur) * 12.0;
                    cur = 0.0;
                    maxscale = maxscale.max(12.0);
                    last = Some(L::Scale);
                }
                _ => {
                    if self.is(j, "and")
                        && matches!(last, Some(L::Hund | L::Scale))
                        && matches!(self.lex(j + 1), Lex::Card(_) | Lex::Tens(_))
                    {
                        last = Some(L::And);
                        j += 1;
                        continue;
                    }
                    if self.is(j, "point")
                        && matches!(last, Some(L::Unit | L::Teen | L::Tens))
                        && let Some((f, e)) = self.point_digits(j + 1)
                    {
                        cur += f;
                        j = e;
                        last = Some(L::Teen);
                        // a scale word may follow: "two point two million"
                        continue;
                    }
                    break;
                }
            }
            j += 1;
            // hyphens inside a number: "twenty-one", "forty-five"
            if self.p(j, '-')
                && self.adj(j)
                && self.adj(j + 1)
                && last == Some(L::Tens)
                && matches!(self.lex(j + 1), Lex::Card(1..=9))
            {
                j += 1;
            }
        }
        if last.is_none() || last == Some(L::And) {
            return None;
        }
        let mut np = mk(total + cur, j, None);
        np.words = true;
        Some(np)
    }

    fn at_num(&mut self, i: usize) -> Option<Hit> {
        if self.glued_before(i) {
            let mut e = i + 1;
            while self.adj(e) && matches!(self.kind(e), Some(K::Word | K::Num)) {
                e += 1;
            }
            return Some(Hit::silent(i, e));
        }
        // a number right after "53/" is the second half of a pair: a plain number
        if i >= 2
            && self.p(i - 1, '/')
            && !self.k[i - 1].gap
            && !self.k[i].gap
            && self.is_num(i - 2)
        {
            let np = self.num(i, false)?;
            return Some(Hit::new(
                ValueKind::Number,
                i,
                np.e.min(i + 1),
                Some(np.val()),
            ));
        }
        if let Some(h) = self.numeric_date(i) {
            return Some(h);
        }
        if let Some(h) = self.time_of_day(i) {
            return Some(h);
        }
        if let Some(h) = self.decade(i) {
            return Some(h);
        }
        if let Some((d, e, is_ord)) = self.day_at(i)
            && let Some(h) = self.day_expr(i, i, d, e, is_ord)
        {
            return Some(h);
        }
        if self.ord_suffix(i) {
            if let Some((v, _)) = self.small_int(i) {
                return self.ordinal_hit(i, i, v, i + 2);
            }
            let v = self.txt(i).replace(',', "");
            return Some(Hit::new(ValueKind::Ordinal, i, i + 2, Some(v)));
        }
        if let Some(h) = self.slash(i) {
            return Some(h);
        }
        let np = self.num(i, false)?;
        self.classify(i, np)
    }

    fn negative(&mut self, i: usize) -> Option<Hit> {
        let j = i + 1;
        if !self.is_num(j) {
            return None;
        }
        let prev_ok = i == 0
            || (self.k[i].gap && !matches!(self.kind(i - 1), Some(K::Num)))
            || matches!(
                self.kind(i - 1),
                Some(K::P('(' | '[' | '"' | '“' | ':' | '='))
            );
        let touching = !self.k[j].gap;
        if !(prev_ok && (touching || i == 0)) {
            return None;
        }
        let np = self.num(j, false)?;
        if self.adj(np.e) && self.is_word(np.e) {
            return None;
        }
        let mut np = np;
        np.v = -np.v;
        np.lit = np.lit.map(|l| if l == "0" { l } else { format!("-{l}") });
        Some(Hit::new(ValueKind::Number, i, np.e, Some(np.val())))
    }

    /// "53/54", "1/2", "20/100": fractions, or two numbers.
    fn slash(&mut self, i: usize) -> Option<Hit> {
        if !(self.p(i + 1, '/') && self.adj(i + 1) && self.adj(i + 2) && self.is_num(i + 2)) {
            return None;
        }
        let (a, _) = self.small_int(i)?;
        let (b, _) = self.small_int(i + 2)?;
        if b > 0 && a < b && matches!(b, 2 | 3 | 4 | 5 | 8 | 10 | 100 | 1000) {
            let np = NumP {
                v: f64::from(a) / f64::from(b),
                lit: None,
                e: i + 3,
                words: false,
                plain_int: None,
                frac: true,
                m: None,
            };
            return self.classify(i, np);
        }
        Some(Hit::new(
            ValueKind::Number,
            i,
            i + 1,
            Some(norm_lit(self.txt(i)).0),
        ))
    }

    /// What a parsed number is, from the words after (and a few before) it.
    fn classify(&mut self, s: usize, np: NumP) -> Option<Hit> {
        let j = np.e;
        let m = np.m;
        let val = np.val();
        // percent
        if self.p(j, '%') {
            return Some(Hit::new(ValueKind::Percent, s, j + 1, Some(val)).with_mod(m));
        }
        if self.is_any(j, &["percent", "pct"]) {
            return Some(Hit::new(ValueKind::Percent, s, j + 1, Some(val)).with_mod(m));
        }
        if self.is(j, "per") && self.is(j + 1, "cent") {
            return Some(Hit::new(ValueKind::Percent, s, j + 2, Some(val)).with_mod(m));
        }
        // money written after the number: "20 euros", "5 million dollars", "50 cents"
        if let Some(h) = self.money_suffix(s, &np) {
            return Some(h);
        }
        // ages
        if let Some(h) = self.age_suffix(s, &np) {
            return Some(h);
        }
        // "3 fridays from now", "2 thursdays ago"
        if let Some(h) = self.weekday_count(s, &np) {
            return Some(h);
        }
        // durations, and dates relative to now or to an anchor
        if let Some(d) = self.dur(j, &np) {
            return Some(self.duration_hit(s, d, m));
        }
        // quantities
        if let Some((sym, e)) = self.meas(j) {
            return Some(
                Hit::new(ValueKind::Quantity, s, e, Some(format!("{val} {sym}"))).with_mod(m),
            );
        }
        // a number glued to letters we do not know ("5G", "3D") is not a value
        if self.adj(j) && matches!(self.kind(j), Some(K::Word | K::Other)) {
            let mut e = j + 1;
            while self.adj(e) && matches!(self.kind(e), Some(K::Word | K::Num)) {
                e += 1;
            }
            return Some(Hit::silent(s, e));
        }
        // years, unless the number counts things ("1500 people"): a plural noun follows and no
        // preposition of time stands before it ("in 2017", "since 1990")
        let counts_things = np.plain_int == Some(4)
            && !(s > 0
                && self.is_any(
                    s - 1,
                    &[
                        "in", "since", "by", "from", "until", "till", "before", "after", "of",
                        "during", "to",
                    ],
                ))
            && self.is_word(j)
            && !self.cap(j)
            && {
                let w = self.lc(j);
                let w = w.as_str();
                (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
                    || matches!(
                        w,
                        "people"
                            | "children"
                            | "men"
                            | "women"
                            | "police"
                            | "staff"
                            | "personnel"
                            | "cattle"
                            | "sheep"
                            | "feet"
                            | "teeth"
                            | "mice"
                            | "geese"
                    )
            }
            && self.noun_phrase(j).is_some();
        if !np.words
            && np.plain_int.is_some()
            && !counts_things
            && let Some(h) = self.year_hit(s, &np)
        {
            return Some(h);
        }
        // "Mary, 77," / "Smith (55)"
        if let Some(h) = self.age_apposition(s, &np) {
            return Some(h);
        }
        // "one" as a pronoun
        if np.words && np.e == s + 1 && self.is(s, "one") {
            let prev_det = s > 0
                && self.is_any(
                    s - 1,
                    &[
                        "no", "any", "every", "each", "the", "this", "that", "which", "only",
                        "someone", "anyone", "everyone", "no-one",
                    ],
                );
            if prev_det || self.is_any(s + 1, &["of", "another", "who", "that", "which"]) {
                return None;
            }
        }
        // counts
        let count_ok = match np.plain_int {
            Some(d) => d <= 6,
            None => true,
        } || counts_things;
        if count_ok {
            let k = if np.frac && self.is(j, "of") {
                j + 1
            } else {
                j
            };
            if let Some(e) = self.noun_phrase(k) {
                return Some(Hit::new(ValueKind::Count, s, e, Some(val)).with_mod(m));
            }
        }
        Some(Hit::new(ValueKind::Number, s, j, Some(val)).with_mod(m))
    }

    fn noun_phrase(&self, j: usize) -> Option<usize> {
        let mut k = j;
        for step in 0..3 {
            // known value words (units, months, numbers, triggers) are not nouns here
            if !self.is_word(k) || self.lex(k) != Lex::None {
                return None;
            }
            let lc = self.lc(k);
            let w = lc.as_str();
            if w.is_empty() || is_function_word(w) {
                return None;
            }
            let next_is_word = self.is_word(k + 1) && {
                let l2 = self.lc(k + 1);
                let w2 = l2.as_str();
                !w2.is_empty()
                    && !is_function_word(w2)
                    && (self.lex(k + 1) == Lex::None)
                    && (!w2.ends_with("ed") || is_adjective_like(w))
            };
            let adjectival = self.cap(k) || is_adjective_like(w);
            if adjectival && next_is_word && step < 2 {
                k += 1;
                continue;
            }
            if self.cap(k) && !w.ends_with('s') {
                return None;
            }
            if w.ends_with("ed") || w.ends_with("ly") || w.len() < 2 {
                return None;
            }
            return Some(k + 1);
        }
        None
    }

    fn year_hit(&mut self, s: usize, np: &NumP) -> Option<Hit> {
        let digits = np.plain_int?;
        let v = np.v as i64;
        let j = np.e;
        // "2014 A.D.", "14 a.d.", "AD 2014" is rare in news
        let (ad, e) = self.era(j);
        if ad {
            if !(1..=9999).contains(&v) {
                return None;
            }
            let d = ymd(v as i32, 1, 1)?;
            return Some(Hit::date(s, e, Some((d, Grain::Year))));
        }
        if digits == 4 && (1000..=2100).contains(&v) {
            let d = ymd(v as i32, 1, 1)?;
            return Some(Hit::date(s, j, Some((d, Grain::Year))));
        }
        None
    }

    fn era(&self, j: usize) -> (bool, usize) {
        if self.is_any(j, &["ad", "ce"]) {
            return (true, j + 1);
        }
        if self.is(j, "a") && self.p(j + 1, '.') && self.adj(j + 1) && self.is(j + 2, "d") {
            let e = if self.p(j + 3, '.') && self.adj(j + 3) {
                j + 4
            } else {
                j + 3
            };
            return (true, e);
        }
        (false, j)
    }

    fn age_apposition(&self, s: usize, np: &NumP) -> Option<Hit> {
        if !np.is_int() || !(1.0..=120.0).contains(&np.v) || s < 2 {
            return None;
        }
        let j = np.e;
        let name_before = |k: usize| {
            self.cap(k)
                && matches!(self.lex(k), Lex::None)
                && !is_function_word(self.lc(k).as_str())
        };
        if self.p(s - 1, ',') && name_before(s - 2) && (self.p(j, ',') || self.ends(j)) {
            return Some(Hit::new(ValueKind::Age, s, j, Some(np.val())));
        }
        if self.p(s - 1, '(') && self.p(j, ')') && name_before(s - 2) {
            return Some(Hit::new(ValueKind::Age, s, j, Some(np.val())));
        }
        None
    }

    fn age_suffix(&self, s: usize, np: &NumP) -> Option<Hit> {
        let mut j = np.e;
        if self.p(j, '-') {
            j += 1;
        }
        let unit = match self.lex(j) {
            Lex::Unit(u @ (Du::Y | Du::Mo | Du::W | Du::D)) => u,
            _ => return None,
        };
        let mut k = j + 1;
        if self.p(k, '-') {
            k += 1;
        }
        if !self.is_any(k, &["old", "olds"]) {
            // "80 years of age"
            if unit == Du::Y && self.is(k, "of") && self.is(k + 1, "age") {
                return Some(Hit::new(ValueKind::Age, s, k + 2, Some(np.val())).with_mod(np.m));
            }
            return None;
        }
        if unit == Du::Y {
            Some(Hit::new(ValueKind::Age, s, k + 1, Some(np.val())).with_mod(np.m))
        } else {
            let iso = iso_duration(&[(np.v, unit)]);
            Some(Hit::new(ValueKind::Duration, s, k + 1, iso).with_mod(np.m))
        }
    }

    fn money_suffix(&self, s: usize, np: &NumP) -> Option<Hit> {
        let mut j = np.e;
        // "20 US dollars"
        if self.is_any(j, &["us", "u.s."]) && matches!(self.lex(j + 1), Lex::Cur(_)) {
            j += 1;
        }
        let Lex::Cur(code) = self.lex(j) else {
            // "10 pounds sterling"
            if self.is_any(j, &["pound", "pounds"]) && self.is(j + 1, "sterling") {
                return Some(
                    Hit::new(
                        ValueKind::Money,
                        s,
                        j + 2,
                        Some(format!("GBP {}", np.val())),
                    )
                    .with_mod(np.m),
                );
            }
            return None;
        };
        // a code in capitals or a currency word
        if code == "c" {
            let v = fmt_num(np.v / 100.0);
            return Some(
                Hit::new(ValueKind::Money, s, j + 1, Some(format!("USD {v}"))).with_mod(np.m),
            );
        }
        let mut e = j + 1;
        if code == "GBP" && self.is(j, "sterling") {
            e = j + 1;
        }
        Some(Hit::new(ValueKind::Money, s, e, Some(format!("{code} {}", np.val()))).with_mod(np.m))
    }

    fn money_prefix(&mut self, s: usize, i: usize) -> Option<Hit> {
        let sym = self.txt(i);
        let prefix = if s < i { self.lc(s) } else { Lc::new("") };
        let code = match sym {
            "$" => match prefix.as_str() {
                "" | "us" => "USD",
                "a" | "au" => "AUD",
                "c" | "ca" => "CAD",
                "hk" => "HKD",
                "nz" => "NZD",
                "s" | "sg" => "SGD",
                "r" => "BRL",
                _ => return None,
            },
            "€" => "EUR",
            "£" => "GBP",
            "¥" => "JPY",
            "₹" => "INR",
            "₽" => "RUB",
            _ => match Lc::new(sym).as_str() {
                "rs" => "INR",
                "usd" => "USD",
                "eur" => "EUR",
                "gbp" => "GBP",
                "jpy" => "JPY",
                "cny" => "CNY",
                "inr" => "INR",
                "chf" => "CHF",
                "cad" => "CAD",
                "aud" => "AUD",
                "hkd" => "HKD",
                "rub" => "RUB",
                _ => return None,
            },
        };
        let mut j = i + 1;
        if self.p(j, '.') && self.adj(j) {
            j += 1;
        }
        if !self.is_num(j) && !matches!(self.lex(j), Lex::Card(_) | Lex::Tens(_)) {
            return None;
        }
        if self.is_word(j) && self.k[j].gap && sym.len() == 1 {
            // "$ five" is not how money is written
            return None;
        }
        let np = self.num(j, true)?;
        Some(Hit::new(
            ValueKind::Money,
            s,
            np.e,
            Some(format!("{code} {}", np.val())),
        ))
    }

    fn meas(&self, j: usize) -> Option<(&'static str, usize)> {
        let mut j = j;
        if self.p(j, '-') && self.adj(j) && self.adj(j + 1) {
            j += 1;
        }
        if self.is_any(j, &["metric", "short"]) && self.is_any(j + 1, &["ton", "tons", "tonnes"]) {
            j += 1;
        }
        // square and cubic units
        if self.is_any(j, &["square", "sq"]) {
            let k = if self.p(j + 1, '.') { j + 2 } else { j + 1 };
            return match self.lex(k) {
                Lex::Meas("km") => Some(("km2", k + 1)),
                Lex::Meas("m") => Some(("m2", k + 1)),
                Lex::Meas("mi") => Some(("mi2", k + 1)),
                Lex::Meas("ft") => Some(("ft2", k + 1)),
                _ => None,
            };
        }
        if self.p(j, '°') {
            if self.adj(j + 1) && self.is(j + 1, "c") {
                return Some(("°C", j + 2));
            }
            if self.adj(j + 1) && self.is(j + 1, "f") {
                return Some(("°F", j + 2));
            }
            return Some(("°", j + 1));
        }
        if self.is_any(j, &["degree", "degrees"]) {
            if self.is_any(j + 1, &["celsius", "centigrade", "c"]) {
                return Some(("°C", j + 2));
            }
            if self.is_any(j + 1, &["fahrenheit", "f"]) {
                return Some(("°F", j + 2));
            }
            return Some(("°", j + 1));
        }
        let Lex::Meas(sym) = self.lex(j) else {
            return None;
        };
        let w = self.txt(j);
        // single letters only in lower case and only right after the number or with a space
        if w.len() == 1 && !w.as_bytes()[0].is_ascii_lowercase() {
            return None;
        }
        if w.len() == 1 && self.adj(j + 1) && matches!(self.kind(j + 1), Some(K::Word | K::Num)) {
            return None;
        }
        if w.len() == 1
            && self.p(j + 1, '.')
            && self.adj(j + 1)
            && self.is_word(j + 2)
            && self.adj(j + 2)
        {
            // "5 p.m." style abbreviations
            return None;
        }
        let e = j + 1;
        // km/h, m/s, "miles per hour", "kilometres an hour"
        if self.p(e, '/') && self.adj(e) && self.adj(e + 1) {
            if self.is_any(e + 1, &["h", "hr"]) {
                return Some((
                    match sym {
                        "mi" => "mph",
                        "m" => "m/h",
                        _ => "km/h",
                    },
                    e + 2,
                ));
            }
            if self.is(e + 1, "s") && sym == "m" {
                return Some(("m/s", e + 2));
            }
        }
        if matches!(sym, "mi" | "km" | "m")
            && self.is_any(e, &["per", "an", "a"])
            && self.is_any(e + 1, &["hour", "h"])
        {
            return Some((
                match sym {
                    "mi" => "mph",
                    "km" => "km/h",
                    _ => "m/h",
                },
                e + 2,
            ));
        }
        Some((sym, e))
    }

    fn dur_unit(&self, j: usize) -> Option<Du> {
        match self.lex(j) {
            Lex::Unit(u) => {
                // "h" and "min" only right after a number
                Some(u)
            }
            Lex::Ord(2) if self.is(j, "second") => Some(Du::S),
            _ => None,
        }
    }

    fn dur(&self, j: usize, np: &NumP) -> Option<Dur> {
        let mut j = j;
        if self.p(j, '-') && self.adj(j) && self.adj(j + 1) {
            j += 1;
        }
        let mut upcoming = false;
        if self.is_any(
            j,
            &[
                "more",
                "additional",
                "extra",
                "less",
                "fewer",
                "further",
                "straight",
                "consecutive",
                "long",
            ],
        ) && self.dur_unit(j + 1).is_some()
        {
            j += 1;
        } else if self.is(j, "upcoming") && self.dur_unit(j + 1).is_some() {
            upcoming = true;
            j += 1;
        }
        if np.frac && self.is(j, "of") {
            let mut k = j + 1;
            if self.is_any(k, &["a", "an", "the"]) {
                k += 1;
            }
            if self.dur_unit(k).is_some() {
                j = k;
            }
        }
        let unit = self.dur_unit(j)?;
        // "a second time", "a second ago"? "second" after "a" followed by a noun is an ordinal
        if unit == Du::S
            && self.is(j, "second")
            && np.words
            && np.v == 1.0
            && self.noun_phrase(j + 1).is_some()
        {
            return None;
        }
        // "three quarters" of something that is not a duration is a fraction, not nine months
        let mut comps = Vec::new();
        let mut e = j + 1;
        if unit == Du::Q {
            if self.is(e, "of") {
                let mut k = e + 1;
                if self.is_any(k, &["a", "an", "the"]) {
                    k += 1;
                }
                match self.dur_unit(k) {
                    Some(u2) if u2 != Du::Q => {
                        comps.push((np.v * 0.25, u2));
                        e = k + 1;
                    }
                    _ => return None,
                }
            } else if self.noun_phrase(e).is_some() {
                return None;
            } else {
                comps.push((np.v, unit));
            }
        } else {
            comps.push((np.v, unit));
        }
        // compounds: "and a half", "2 years, 3 months", "1 hour thirty"
        loop {
            let last = comps.last().map(|c| c.1)?;
            let mut k = e;
            if self.is(k, "and") {
                let mut h = k + 1;
                if self.is_any(h, &["a", "an"]) {
                    h += 1;
                }
                if self.is(h, "half") {
                    if let Some(c) = comps.last_mut() {
                        c.0 += 0.5;
                    }
                    e = h + 1;
                    continue;
                }
            }
            if self.p(k, ',') {
                k += 1;
            }
            if self.is(k, "and") {
                k += 1;
            }
            if k == e + 2 && self.p(e, ',') && self.is(e + 1, "and") {
                // ", and" fine
            }
            let starts_num = self.is_num(k)
                || matches!(self.lex(k), Lex::Card(_) | Lex::Tens(_))
                || self.is_any(k, &["a", "an"]);
            if !starts_num {
                break;
            }
            let Some(np2) = self.num(k, false) else {
                break;
            };
            if let Some(u2) = self.dur_unit(np2.e) {
                if u2 < last {
                    comps.push((np2.v, u2));
                    e = np2.e + 1;
                    continue;
                }
                break;
            }
            if last == Du::H
                && np2.is_int()
                && np2.v < 60.0
                && np2.words != self.is_num(k)
                && self.noun_phrase(np2.e).is_none()
                && self.meas(np2.e).is_none()
                && !self.p(np2.e, '%')
            {
                comps.push((np2.v, Du::Min));
                e = np2.e;
            }
            break;
        }
        Some(Dur { comps, e, upcoming })
    }

    fn duration_hit(&mut self, s: usize, d: Dur, m: Option<Modifier>) -> Hit {
        let e = d.e;
        let single = if d.comps.len() == 1 {
            Some(d.comps[0].1)
        } else {
            None
        };
        let rel_grain = |u: Option<Du>| match u {
            Some(Du::Y) => Grain::Month,
            Some(Du::Decade | Du::Century) => Grain::Year,
            _ => Grain::Day,
        };
        // "2 upcoming days", "upcoming two months" (Duckling): the date N units ahead
        let upcoming = d.upcoming || (s > 0 && s > self.floor && self.is(s - 1, "upcoming"));
        if upcoming {
            let s2 = if d.upcoming { s } else { s - 1 };
            let g = match single {
                Some(Du::Y | Du::Decade | Du::Century) => Grain::Year,
                Some(Du::Mo | Du::Q) => Grain::Month,
                _ => Grain::Day,
            };
            let v = self
                .pb
                .and_then(|p| self.shift(p, &d.comps, 1))
                .map(|x| (x, g));
            return Hit::date(s2, e, v).with_mod(m);
        }
        // ago / back
        if self.is_any(e, &["ago", "back"]) {
            let v = self
                .pb
                .and_then(|p| self.shift(p, &d.comps, -1))
                .map(|x| (x, rel_grain(single)));
            return Hit::date(s, e + 1, v).with_mod(m);
        }
        // from now / hence / from today
        if self.is(e, "hence") || (self.is(e, "from") && self.is_any(e + 1, &["now", "today"])) {
            let end = if self.is(e, "hence") { e + 1 } else { e + 2 };
            let g = if self.is(e + 1, "today") {
                Grain::Day
            } else {
                rel_grain(single)
            };
            let v = self
                .pb
                .and_then(|p| self.shift(p, &d.comps, 1))
                .map(|x| (x, g));
            return Hit::date(s, end, v).with_mod(m);
        }
        // "three days after Easter", "two weeks before March 30"
        if self.is_any(e, &["after", "before"])
            && !self.ends(e + 1)
            && let Some(h) = self.at(e + 1)
            && h.kind == Some(ValueKind::Date)
            && h.e > e + 1
        {
            let sign = if self.is(e, "after") { 1 } else { -1 };
            let v = h
                .anchor
                .and_then(|(a, g)| self.shift(a, &d.comps, sign).map(|x| (x, g)));
            return Hit::date(s, h.e, v).with_mod(m);
        }
        // anchored: "10 years later", "two days earlier"
        if self.is(e, "later")
            || (self.is_any(e, &["earlier", "before", "after"]) && self.ends(e + 1))
        {
            let sign = if self.is(e, "later") || self.is(e, "after") {
                1
            } else {
                -1
            };
            let v = self
                .anchor
                .and_then(|(a, g)| self.shift(a, &d.comps, sign).map(|x| (x, g)));
            return Hit::date(s, e + 1, v).with_mod(m);
        }
        // "in two weeks" (not in the past tense: "the first time in 20 years")
        if s > 0 && s > self.floor && self.is(s - 1, "in") && m.is_none() {
            let before = s.checked_sub(2);
            let first_time = before.is_some_and(|b| {
                self.is_any(b, &["time", "times", "first", "once", "years", "months"])
            });
            if !first_time && self.tense(s) != Tense::Past {
                let v = self
                    .pb
                    .and_then(|p| self.shift(p, &d.comps, 1))
                    .map(|x| (x, rel_grain(single)));
                return Hit::date(s - 1, e, v);
            }
        }
        Hit::new(ValueKind::Duration, s, e, iso_duration(&d.comps)).with_mod(m)
    }

    fn weekday_count(&self, s: usize, np: &NumP) -> Option<Hit> {
        let j = np.e;
        let Lex::Wday(wd, false) = self.lex(j) else {
            return None;
        };
        if !np.is_int() || np.v < 1.0 || np.v > 520.0 {
            return None;
        }
        let n = np.v as i64;
        let (fwd, e) = if self.is(j + 1, "from") && self.is_any(j + 2, &["now", "today"]) {
            (true, j + 3)
        } else if self.is(j + 1, "hence") {
            (true, j + 2)
        } else if self.is_any(j + 1, &["ago", "back"]) {
            (false, j + 2)
        } else {
            return None;
        };
        let v = self.pb.and_then(|p| {
            let cur = wd_num(p);
            if fwd {
                let f = (wd + 7 - cur) % 7;
                let f = if f == 0 { 7 } else { f };
                add_days(p, i64::from(f) + 7 * (n - 1))
            } else {
                let b = (cur + 7 - wd) % 7;
                let b = if b == 0 { 7 } else { b };
                add_days(p, -(i64::from(b) + 7 * (n - 1)))
            }
        });
        Some(Hit::date(s, e, v.map(|d| (d, Grain::Day))))
    }

    // ----- dates written with digits

    fn numeric_date(&mut self, i: usize) -> Option<Hit> {
        let adj3 = |a: usize| self.adj(a + 1) && self.adj(a + 2);
        let (a, ad) = self.small_int(i).unwrap_or((0, 0));
        // Y-M-D, Y/M/D, Y-M, Y/M
        if ad == 4 && (self.p(i + 1, '-') || self.p(i + 1, '/')) && adj3(i) {
            let sep = self.kind(i + 1);
            if let Some((m, md)) = self.small_int(i + 2) {
                if self.kind(i + 3) == sep && self.adj(i + 3) && self.adj(i + 4) {
                    if let Some((d, dd)) = self.small_int(i + 4)
                        && dd <= 2
                        && !self.glued_after(i + 4)
                    {
                        let v = ymd(a as i32, m, d)?;
                        return Some(Hit::date(i, i + 5, Some((v, Grain::Day))));
                    }
                    return None;
                }
                if md == 2 && (1..=12).contains(&m) && !self.glued_after(i + 2) {
                    let v = ymd(a as i32, m, 1)?;
                    return Some(Hit::date(i, i + 3, Some((v, Grain::Month))));
                }
            }
            return None;
        }
        // M.D.Y written as a decimal "10.31" + ".1974"
        if self.is_num(i)
            && self.txt(i).contains('.')
            && self.p(i + 1, '.')
            && adj3(i)
            && let Some((y, yd)) = self.small_int(i + 2)
        {
            let (x, z) = self.txt(i).split_once('.')?;
            if (yd == 2 || yd == 4) && x.len() <= 2 && z.len() <= 2 && !x.is_empty() {
                let (x, z): (u32, u32) = (x.parse().ok()?, z.parse().ok()?);
                let y = expand_year(y, yd, self.pb);
                let v = ymd(y, x, z).or_else(|| ymd(y, z, x))?;
                return Some(Hit::date(i, i + 3, Some((v, Grain::Day))));
            }
        }
        if ad == 0 || ad > 2 {
            return None;
        }
        let sep = self.kind(i + 1);
        if !(matches!(sep, Some(K::P('/' | '-'))) && adj3(i)) {
            return None;
        }
        // D-Mon-Y, D/Mon/Y
        if let Lex::Month(m, _) = self.lex(i + 2) {
            if self.kind(i + 3) == sep
                && self.adj(i + 3)
                && self.adj(i + 4)
                && let Some((y, yd)) = self.small_int(i + 4)
                && (yd == 2 || yd == 4)
            {
                let y = expand_year(y, yd, self.pb);
                let v = ymd(y, m, a)?;
                return Some(Hit::date(i, i + 5, Some((v, Grain::Day))));
            }
            return None;
        }
        let (b, bd) = self.small_int(i + 2)?;
        // M/YYYY
        if bd == 4 && sep == Some(K::P('/')) && (1..=12).contains(&a) && !self.glued_after(i + 2) {
            let v = ymd(b as i32, a, 1)?;
            return Some(Hit::date(i, i + 3, Some((v, Grain::Month))));
        }
        if bd > 2 {
            return None;
        }
        // M/D/Y, D/M/Y, M-D-Y
        if self.kind(i + 3) == sep && self.adj(i + 3) && self.adj(i + 4) {
            let (y, yd) = self.small_int(i + 4)?;
            if (yd != 2 && yd != 4) || self.glued_after(i + 4) {
                return None;
            }
            let y = expand_year(y, yd, self.pb);
            let v = if a <= 12 { ymd(y, a, b) } else { ymd(y, b, a) }?;
            return Some(Hit::date(i, i + 5, Some((v, Grain::Day))));
        }
        // M/D (not with a hyphen: "3-2" is a score, "10-15" a range)
        if sep == Some(K::P('/')) && (1..=12).contains(&a) && (1..=31).contains(&b) {
            if matches!(b, 2..=4) && a < b {
                return None; // a fraction: 1/2, 3/4
            }
            if self.glued_after(i + 2) || self.p(i + 3, '/') {
                return None;
            }
            if days_in_month(2000, a) < b {
                return None;
            }
            let v = self.res_md(a, b, i).map(|d| (d, Grain::Day));
            return Some(Hit::date(i, i + 3, v));
        }
        None
    }

    fn time_of_day(&self, i: usize) -> Option<Hit> {
        let (h, hd) = self.small_int(i)?;
        if hd > 2 || h > 24 {
            return None;
        }
        let mut e = i + 1;
        if self.p(e, ':') && self.adj(e) && self.adj(e + 1) {
            let (_, md) = self.small_int(e + 1)?;
            if md != 2 {
                return None;
            }
            e += 2;
            if self.p(e, ':') && self.adj(e) && self.small_int(e + 1).is_some_and(|(_, d)| d == 2) {
                e += 2;
            }
            let (_, e2) = self.ampm(e);
            return Some(Hit::silent(i, e2));
        }
        let (found, e2) = self.ampm(e);
        if found && h <= 12 {
            return Some(Hit::silent(i, e2));
        }
        None
    }

    fn ampm(&self, j: usize) -> (bool, usize) {
        if self.is_any(j, &["am", "pm"]) && !self.glued_after(j) {
            return (true, j + 1);
        }
        if self.is_any(j, &["a", "p"])
            && self.p(j + 1, '.')
            && self.adj(j + 1)
            && self.is(j + 2, "m")
            && self.adj(j + 2)
        {
            let e = if self.p(j + 3, '.') && self.adj(j + 3) {
                j + 4
            } else {
                j + 3
            };
            return (true, e);
        }
        (false, j)
    }

    fn decade_value(v: u32, digits: usize) -> Option<String> {
        match digits {
            4 if v.is_multiple_of(10) && (1000..=2990).contains(&v) => {
                Some(if v.is_multiple_of(100) && v != 2000 {
                    format!("{}XX", v / 100)
                } else {
                    format!("{}X", v / 10)
                })
            }
            2 if v.is_multiple_of(10) => Some(if v <= 20 {
                format!("20{}X", v / 10)
            } else {
                format!("19{}X", v / 10)
            }),
            _ => None,
        }
    }

    /// "1990s", "1990's", "the 90s" (two digits only after "the", "early", "mid", "late").
    fn decade(&self, i: usize) -> Option<Hit> {
        let (v, d) = self.small_int(i)?;
        let mut e = i + 1;
        if self.p(e, '\'') && self.adj(e) && self.is(e + 1, "s") && self.adj(e + 1) {
            e += 2;
        } else if self.is(e, "s") && self.adj(e) {
            e += 1;
        } else {
            return None;
        }
        if self.glued_after(e - 1) {
            return None;
        }
        if d == 2 && !(i > 0 && self.is_any(i - 1, &["the", "early", "mid", "late"])) {
            return None;
        }
        let val = Self::decade_value(v, d)?;
        Some(Hit::new(ValueKind::Date, i, e, Some(val)))
    }

    fn short_decade(&self, i: usize) -> Option<Hit> {
        let (v, d) = self.small_int(i + 1)?;
        if d != 2 || !self.adj(i + 1) {
            return None;
        }
        let mut e = i + 2;
        if self.is(e, "s") && self.adj(e) {
            e += 1;
        } else {
            return None;
        }
        let val = Self::decade_value(v, d)?;
        Some(Hit::new(ValueKind::Date, i, e, Some(val)))
    }

    // ----- days, months, weekdays

    /// A day number (or ordinal) at `i`..`e`: "30 March 2022", "the 1st of march", "15th",
    /// "third day of october", "first tuesday of october", "20 of next month".
    fn day_expr(&mut self, s: usize, i: usize, d: u32, e: usize, is_ord: bool) -> Option<Hit> {
        if d == 0 {
            return None;
        }
        let mut j = e;
        let of = self.is(j, "of") || self.is(j, "in");
        if of {
            j += 1;
        }
        if self.is(j, "the") && !of {
            return None;
        }
        // day month [year]
        if let Lex::Month(m, abbr) = self.lex(j) {
            if !(of || !self.k[j].gap || self.is_word(j)) {
                return None;
            }
            let mut k = j + 1;
            if abbr && self.p(k, '.') && self.adj(k) {
                k += 1;
            }
            if days_in_month(2000, m) < d {
                return None;
            }
            let mut kk = k;
            if self.p(kk, ',') {
                kk += 1;
            }
            if let Some(y) = self.year_at(kk) {
                let v = ymd(y, m, d)?;
                return Some(Hit::date(s, kk + 1, Some((v, Grain::Day))));
            }
            // "14th April 15": a two-digit year closing the expression
            if let Some((y, 2)) = self.small_int(k)
                && self.ends(k + 1)
                && !self.glued_after(k)
            {
                let y = expand_year(y, 2, self.pb);
                let v = ymd(y, m, d)?;
                return Some(Hit::date(s, k + 1, Some((v, Grain::Day))));
            }
            if let Some(h) = self.month_tail(s, k, m, Some(d)) {
                return Some(h);
            }
            let v = self.res_md(m, d, i).map(|x| (x, Grain::Day));
            return Some(Hit::date(s, k, v));
        }
        if of {
            // "20 of next month", "20th of the current month"
            if let Some((base, e2)) = self.month_ref(j) {
                let v = base
                    .and_then(|b| ymd(b.year(), b.month(), d))
                    .map(|x| (x, Grain::Day));
                return Some(Hit::date(s, e2, v));
            }
            return None;
        }
        if !is_ord {
            return None;
        }
        // "third day of october", "20th day of next month"
        if self.is(j, "day") && self.is_any(j + 1, &["of", "in"]) {
            let (base, e2) = self.month_ref(j + 2)?;
            let v = base
                .and_then(|b| ymd(b.year(), b.month(), d))
                .map(|x| (x, Grain::Day));
            return Some(Hit::date(s, e2, v));
        }
        // "fifth last day of May"
        if self.is(j, "last") && self.is(j + 1, "day") && self.is_any(j + 2, &["of", "in"]) {
            let (base, e2) = self.month_ref(j + 3)?;
            let v = base
                .and_then(|b| {
                    let last = days_in_month(b.year(), b.month());
                    ymd(b.year(), b.month(), last.checked_sub(d - 1)?)
                })
                .map(|x| (x, Grain::Day));
            return Some(Hit::date(s, e2, v));
        }
        // "first tuesday of october"
        if let Lex::Wday(wd, _) = self.lex(j)
            && self.is_any(j + 1, &["of", "in"])
        {
            let (base, e2) = self.month_ref(j + 2)?;
            let v = base
                .and_then(|b| {
                    let first = ymd(b.year(), b.month(), 1)?;
                    let off = (wd + 7 - wd_num(first)) % 7;
                    let day = 1 + off + 7 * (d - 1);
                    ymd(b.year(), b.month(), day)
                })
                .map(|x| (x, Grain::Day));
            return Some(Hit::date(s, e2, v));
        }
        // "on the 15th", "On 24th", "the 1st" at the end of a phrase
        let on_before = s > 0 && self.is(s - 1, "on")
            || (s > 1 && self.is(s - 1, "the") && self.is(s - 2, "on"));
        let the_before = s > 0 && self.is(s - 1, "the") || (s < i && self.is(s, "the"));
        let digit = self.is_num(i);
        if (on_before && (digit || s < i)) || (digit && the_before && self.ends(e)) {
            if on_before && !self.ends(e) && self.noun_phrase(e).is_some() {
                return None;
            }
            let s2 = if s == i && s > 0 && self.is(s - 1, "the") && s > self.floor {
                s - 1
            } else {
                s
            };
            let v = self.res_dom(d, i).map(|x| (x, Grain::Day));
            return Some(Hit::date(s2, e, v));
        }
        None
    }

    /// A month named in relation to now: "october", "next month", "the current month",
    /// "May 2014". Returns the first day of that month (None without a publication date).
    fn month_ref(&self, j: usize) -> Option<(Option<NaiveDate>, usize)> {
        let mut j = j;
        if self.is(j, "the") {
            j += 1;
        }
        if let Lex::Month(m, abbr) = self.lex(j) {
            let mut e = j + 1;
            if abbr && self.p(e, '.') {
                e += 1;
            }
            if let Some(y) = self.year_at(e) {
                return Some((ymd(y, m, 1), e + 1));
            }
            let v = self.pb.and_then(|p| ymd(p.year(), m, 1));
            return Some((v, e));
        }
        if self.is_any(j + 1, &["month"]) {
            let off = match self.lc(j).as_str() {
                "this" | "current" | "the" => 0,
                "next" | "following" | "coming" => 1,
                "last" | "previous" | "past" => -1,
                _ => return None,
            };
            let v = self
                .pb
                .and_then(|p| add_months(ymd(p.year(), p.month(), 1)?, off));
            return Some((v, j + 2));
        }
        if self.is(j, "month") && j > 0 && self.is(j - 1, "the") {
            let v = self.pb.and_then(|p| ymd(p.year(), p.month(), 1));
            return Some((v, j + 1));
        }
        None
    }

    /// After "April" or "April 5": "last year", "this year", "next year", "after next".
    fn month_tail(&self, s: usize, k: usize, m: u32, d: Option<u32>) -> Option<Hit> {
        let off = if self.is_any(k + 1, &["year", "yr"]) {
            match self.lc(k).as_str() {
                "last" | "previous" => -1,
                "this" | "current" => 0,
                "next" => 1,
                _ => return None,
            }
        } else {
            return None;
        };
        let v = self.pb.and_then(|p| {
            let y = p.year() + off;
            match d {
                Some(d) => ymd(y, m, d).map(|x| (x, Grain::Day)),
                None => ymd(y, m, 1).map(|x| (x, Grain::Month)),
            }
        });
        Some(Hit::date(s, k + 2, v))
    }

    /// The parts of a month expression starting at the month word.
    fn month_core(&self, i: usize) -> Option<MonthCore> {
        let Lex::Month(m, abbr) = self.lex(i) else {
            return None;
        };
        let mut j = i + 1;
        if abbr && self.p(j, '.') && self.adj(j) {
            j += 1;
        }
        let mut k = j;
        if self.is(k, "the") {
            k += 1;
        }
        if let Some((d, e, is_ord)) = self.day_at(k)
            && (k == j || is_ord)
            && d <= days_in_month(2000, m)
            && !self.p(e, '%')
            && self.meas(e).is_none()
        {
            let bad_tail = self.dur_unit(e).is_some() || (!is_ord && self.p(e, ':'));
            if !bad_tail {
                let mut y = e;
                if self.p(y, ',') {
                    y += 1;
                }
                if let Some(yy) = self.year_at(y) {
                    return Some(MonthCore {
                        m,
                        day: Some(d),
                        year: Some(yy),
                        e: y + 1,
                    });
                }
                return Some(MonthCore {
                    m,
                    day: Some(d),
                    year: None,
                    e,
                });
            }
        }
        let mut y = j;
        if self.p(y, ',') {
            y += 1;
        }
        if let Some(yy) = self.year_at(y) {
            return Some(MonthCore {
                m,
                day: None,
                year: Some(yy),
                e: y + 1,
            });
        }
        Some(MonthCore {
            m,
            day: None,
            year: None,
            e: j,
        })
    }

    /// Is a month word without day or year really a month here?
    fn bare_month_ok(&self, i: usize) -> bool {
        let Lex::Month(m, abbr) = self.lex(i) else {
            return false;
        };
        let prep = i > 0
            && self.is_any(
                i - 1,
                &[
                    "in",
                    "since",
                    "during",
                    "until",
                    "till",
                    "by",
                    "from",
                    "through",
                    "of",
                    "early",
                    "late",
                    "mid",
                    "last",
                    "next",
                    "this",
                    "before",
                    "after",
                    "between",
                    "and",
                    "to",
                    "or",
                    "on",
                    "throughout",
                    "that",
                ],
            );
        let capital = self.cap(i);
        let ambiguous_word = matches!(m, 3 | 5 | 8) && !abbr;
        if abbr {
            return prep && capital;
        }
        if ambiguous_word && !capital {
            return prep;
        }
        if m == 5 || (capital && matches!(m, 4 | 6 | 8)) {
            if prep {
                return true;
            }
            let prev_name = i > 0 && self.cap(i - 1) && !is_function_word(self.lc(i - 1).as_str());
            let next_name = self.cap(i + 1);
            return !prev_name && !next_name && (m != 5 || self.ends(i + 1));
        }
        true
    }

    fn month_expr(&mut self, i: usize) -> Option<Hit> {
        let mc = self.month_core(i)?;
        let m = mc.m;
        // "Jul 18, Fri": a weekday after the date
        let mut wd_after: Option<(u32, usize)> = None;
        if mc.day.is_some()
            && mc.year.is_none()
            && self.p(mc.e, ',')
            && let Lex::Wday(wd, _) = self.lex(mc.e + 1)
        {
            wd_after = Some((wd, mc.e + 2));
        }
        match (mc.day, mc.year) {
            (Some(d), Some(y)) => {
                let v = ymd(y, m, d)?;
                Some(Hit::date(i, mc.e, Some((v, Grain::Day))))
            }
            (Some(d), None) => {
                if let Some(h) = self.month_tail(i, mc.e, m, Some(d)) {
                    return Some(h);
                }
                if let Some((wd, e)) = wd_after {
                    let v = self.res_wd_constrained(wd, Some(m), d, None, i);
                    return Some(Hit::date(i, e, v));
                }
                let v = self.res_md(m, d, i).map(|x| (x, Grain::Day));
                Some(Hit::date(i, mc.e, v))
            }
            (None, Some(y)) => {
                let v = ymd(y, m, 1)?;
                Some(Hit::date(i, mc.e, Some((v, Grain::Month))))
            }
            (None, None) => {
                if let Some(h) = self.month_tail(i, mc.e, m, None) {
                    return Some(h);
                }
                if self.is(mc.e, "after") && self.is(mc.e + 1, "next") {
                    let v = self
                        .res_month_rel(m, Rel::Next)
                        .and_then(|(d, g)| add_months(d, 12).map(|x| (x, g)));
                    return Some(Hit::date(i, mc.e + 2, v));
                }
                if !self.bare_month_ok(i) {
                    return None;
                }
                let v = self.res_month(m, i);
                Some(Hit::date(i, mc.e, v))
            }
        }
    }

    fn weekday_expr(&mut self, i: usize, rel: Rel, s: usize) -> Option<Hit> {
        let Lex::Wday(wd, abbr) = self.lex(i) else {
            return None;
        };
        let plural = self.txt(i).ends_with(['s', 'S'])
            && !abbr
            && self.txt(i).len() > 6
            && self.txt(i).to_ascii_lowercase() != WDAYS[wd as usize];
        let mut j = i + 1;
        if abbr && self.p(j, '.') && self.adj(j) {
            j += 1;
        }
        if rel == Rel::Bare {
            let mut k = j;
            if self.p(k, ',') {
                k += 1;
            }
            // "Monday, Feb 18", "Mon, February 18, 2013"
            if matches!(self.lex(k), Lex::Month(..))
                && let Some(mc) = self.month_core(k)
                && let Some(d) = mc.day
            {
                let v = self.res_wd_constrained(wd, Some(mc.m), d, mc.year, i);
                return Some(Hit::date(i, mc.e, v));
            }
            // "Monday 18 February", "Tuesday the 19th", "Thu 15th"
            let mut k2 = k;
            let the = self.is(k2, "the");
            if the {
                k2 += 1;
            }
            if let Some((d, e, is_ord)) = self.day_at(k2) {
                let mut e2 = e;
                if self.is(e2, "of") {
                    e2 += 1;
                }
                if let Lex::Month(m, _) = self.lex(e2)
                    && let Some(mc) = self.month_core_after_day(e2)
                {
                    let v = self.res_wd_constrained(wd, Some(m), d, mc.1, i);
                    return Some(Hit::date(i, mc.0, v));
                }
                if is_ord || the {
                    let v = self.res_wd_constrained(wd, None, d, None, i);
                    return Some(Hit::date(i, e, v));
                }
            }
            // "friday after next"
            if self.is(j, "after") && self.is(j + 1, "next") {
                let v = self.pb.and_then(|p| {
                    let f = (wd + 7 - wd_num(p)) % 7;
                    let f = if f == 0 { 7 } else { f };
                    add_days(p, i64::from(f) + 7)
                });
                return Some(Hit::date(i, j + 2, v.map(|d| (d, Grain::Day))));
            }
            // "wednesday of next week", "sunday from last week", "monday this week"
            let mut k3 = j;
            if self.is_any(k3, &["of", "from"]) {
                k3 += 1;
            }
            if self.is_any(k3 + 1, &["week"]) {
                let off = match self.lc(k3).as_str() {
                    "next" | "coming" | "following" => Some(1),
                    "this" | "the" | "current" => Some(0),
                    "last" | "previous" | "past" => Some(-1),
                    _ => None,
                };
                if let Some(off) = off {
                    let v = self.res_wd_week(wd, off).map(|d| (d, Grain::Day));
                    return Some(Hit::date(i, k3 + 2, v));
                }
            }
            if plural {
                return None;
            }
            // proper names: "Super Tuesday", "Black Friday"
            if i > 0 && self.cap(i - 1) && {
                let l = self.lc(i - 1);
                !is_function_word(l.as_str()) && self.lex(i - 1) == Lex::None
            } {
                return None;
            }
            if abbr {
                let l = self.lc(i);
                let unambiguous = matches!(
                    l.as_str(),
                    "tue" | "tues" | "thu" | "thur" | "thurs" | "fri"
                );
                let on = i > 0 && self.is(i - 1, "on");
                if !unambiguous && !on {
                    return None;
                }
            }
            let v = self.res_wd(wd, i).map(|d| (d, Grain::Day));
            return Some(Hit::date(i, j, v));
        }
        let v = match rel {
            Rel::Last => self.res_wd_week(wd, -1),
            Rel::Next => self.res_wd_week(wd, 1),
            _ => self
                .pb
                .and_then(|p| add_days(p, i64::from((wd + 7 - wd_num(p)) % 7))),
        };
        Some(Hit::date(s, j, v.map(|d| (d, Grain::Day))))
    }

    /// "18 February [2013]" after a weekday: (end, year).
    fn month_core_after_day(&self, j: usize) -> Option<(usize, Option<i32>)> {
        let Lex::Month(_, abbr) = self.lex(j) else {
            return None;
        };
        let mut e = j + 1;
        if abbr && self.p(e, '.') {
            e += 1;
        }
        let mut y = e;
        if self.p(y, ',') {
            y += 1;
        }
        if let Some(yy) = self.year_at(y) {
            return Some((y + 1, Some(yy)));
        }
        Some((e, None))
    }

    fn ordinal_hit(&mut self, s: usize, i: usize, v: u32, e: usize) -> Option<Hit> {
        if let Some(h) = self.day_expr(s, i, v, e, true) {
            return Some(h);
        }
        // "the 21st century", "19th-century"
        let mut k = e;
        if self.p(k, '-') && self.adj(k) {
            k += 1;
        }
        if self.is_any(k, &["century"]) && (1..=40).contains(&v) {
            return Some(Hit::new(
                ValueKind::Date,
                i,
                k + 1,
                Some(format!("{:02}XX", v - 1)),
            ));
        }
        Some(Hit::new(ValueKind::Ordinal, i, e, Some(v.to_string())))
    }

    // ----- word triggers

    fn at_word(&mut self, i: usize) -> Option<Hit> {
        match self.lex(i) {
            Lex::Month(..) => self.month_expr(i),
            Lex::Wday(..) => self.weekday_expr(i, Rel::Bare, i),
            Lex::Ord(v) => {
                if v == 2 && self.is(i, "second") && i > 0 && self.is_num(i - 1) {
                    return None;
                }
                self.ordinal_hit(i, i, v, i + 1)
            }
            Lex::Tens(_) => {
                if let Some((v, e)) = self.ord_word(i) {
                    return self.ordinal_hit(i, i, v, e);
                }
                self.word_number(i)
            }
            Lex::Card(_) | Lex::Hundred => self.word_number(i),
            Lex::Scale(_) | Lex::Dozen => None,
            Lex::Vague(x) => self.vague(i, x),
            Lex::Cur(_) => {
                if self.txt(i).bytes().all(|b| b.is_ascii_uppercase()) && self.is_num(i + 1) {
                    self.money_prefix(i, i)
                } else {
                    None
                }
            }
            Lex::Unit(_) | Lex::Meas(_) | Lex::None => None,
            Lex::Trig => self.trigger(i),
        }
    }

    fn word_number(&mut self, i: usize) -> Option<Hit> {
        let np = self.num(i, false)?;
        self.classify(i, np)
    }

    fn vague(&mut self, i: usize, x: f64) -> Option<Hit> {
        // "tens of thousands of", "hundreds of thousands"
        let mut v = x;
        let mut e = i + 1;
        if self.is(e, "of")
            && let Lex::Vague(y) | Lex::Scale(y) = self.lex(e + 1)
            && (y > x || y >= 1e3)
        {
            v = x * y;
            e += 2;
        }
        let val = fmt_num(v);
        if self.is(e, "of") {
            let mut k = e + 1;
            if self.is_any(k, &["the", "their", "his", "her", "its", "our"]) {
                k += 1;
            }
            if let Some(ne) = self.noun_phrase(k) {
                return Some(
                    Hit::new(ValueKind::Count, i, ne, Some(val)).with_mod(Some(Modifier::MoreThan)),
                );
            }
        }
        Some(Hit::new(ValueKind::Number, i, e, Some(val)).with_mod(Some(Modifier::MoreThan)))
    }

    fn trigger(&mut self, i: usize) -> Option<Hit> {
        if self.lex(i + 1) == Lex::None && !matches!(self.kind(i + 1), Some(K::Num | K::P('$'))) {
            // every trigger needs a known word, a number or a "$" after it, except these
            let t = self.txt(i);
            let alone = [
                "today",
                "tonight",
                "tomorrow",
                "tomorrows",
                "yesterday",
                "weekend",
                "weekends",
                "christmas",
                "easter",
                "halloween",
                "age",
                "ides",
                "rs",
            ];
            if !alone.iter().any(|w| t.eq_ignore_ascii_case(w)) {
                return None;
            }
        }
        let lc = self.lc(i);
        let w = lc.as_str();
        if self.p(i + 1, '$')
            && self.adj(i + 1)
            && matches!(
                w,
                "us" | "hk" | "nz" | "au" | "ca" | "sg" | "c" | "r" | "s" | "a"
            )
        {
            return self.money_prefix(i, i + 1);
        }
        match w {
            "a" | "an" => {
                // "once a year", "$5 a day", "twice a week"
                if i > 0 && self.is_any(i - 1, &["once", "twice", "thrice", "times", "per"]) {
                    return None;
                }
                if self.is(i + 1, "single") && self.noun_phrase(i + 2).is_some() {
                    let e = self.noun_phrase(i + 2)?;
                    return Some(Hit::new(ValueKind::Count, i, e, Some("1".into())));
                }
                if self.is_any(
                    i + 1,
                    &["week", "year", "month", "fortnight", "day", "decade"],
                ) && i > 0
                    && self.last_out_end() == Some(self.k[i - 1].e)
                {
                    return None;
                }
                self.word_number(i)
            }
            "half" => self.word_number(i),
            "point" => {
                let np = self.num(i, false)?;
                Some(Hit::new(ValueKind::Number, i, np.e, Some(np.val())))
            }
            "minus" | "negative" => {
                let np = self.num(i + 1, false)?;
                let v = -np.v;
                let val = match np.lit {
                    Some(l) if l != "0" => format!("-{l}"),
                    Some(l) => l,
                    None => fmt_num(v),
                };
                Some(Hit::new(ValueKind::Number, i, np.e, Some(val)))
            }
            "today" | "tonight" => {
                let e = self.daypart(i + 1);
                let v = self.pb.map(|p| (p, Grain::Day));
                Some(Hit::date(i, e, v))
            }
            "tomorrow" | "tomorrows" => {
                let e = self.daypart(i + 1);
                let v = self
                    .pb
                    .and_then(|p| add_days(p, 1))
                    .map(|p| (p, Grain::Day));
                Some(Hit::date(i, e, v))
            }
            "yesterday" => {
                let e = self.daypart(i + 1);
                let v = self
                    .pb
                    .and_then(|p| add_days(p, -1))
                    .map(|p| (p, Grain::Day));
                Some(Hit::date(i, e, v))
            }
            "weekend" | "weekends" => {
                let v = self.res_weekend(Rel::Bare, i).map(|d| (d, Grain::Day));
                Some(Hit::date(i, i + 1, v))
            }
            "aged" | "age" => {
                let mut j = i + 1;
                if w == "age" && self.is(j, "of") {
                    j += 1;
                }
                let np = self.num(j, false)?;
                if !np.is_int() || np.v > 130.0 || np.plain_int.is_some_and(|d| d > 3) {
                    return None;
                }
                if self.meas(np.e).is_some()
                    || self.dur(np.e, &np).is_some() && !self.is_any(np.e, &["years", "year"])
                {
                    return None;
                }
                let mut e = np.e;
                // "aged 80 years"
                if self.is_any(e, &["years", "year"]) && !self.is(e + 1, "ago") {
                    e += 1;
                    if self.is(e, "old") {
                        e += 1;
                    }
                }
                Some(Hit::new(ValueKind::Age, i, e, Some(np.val())).with_mod(np.m))
            }
            "the" => self.the_expr(i),
            "last" | "next" | "this" | "current" | "previous" | "past" | "coming" | "upcoming"
            | "following" => self.rel_expr(i, i),
            "earlier" | "later" => {
                // "earlier this year", "later this month"
                if self.is(i + 1, "this")
                    && let Some(h) = self.rel_expr(i + 1, i)
                    && h.kind == Some(ValueKind::Date)
                {
                    return Some(h);
                }
                None
            }
            "ides" => {
                if self.is(i + 1, "of")
                    && let Lex::Month(m, _) = self.lex(i + 2)
                {
                    let d = if matches!(m, 3 | 5 | 7 | 10) { 15 } else { 13 };
                    let v = self.res_md(m, d, i).map(|x| (x, Grain::Day));
                    return Some(Hit::date(i, i + 3, v));
                }
                None
            }
            "christmas" | "easter" | "halloween" => {
                let mut e = i + 1;
                let (m, d) = match w {
                    "christmas" => {
                        if self.is(e, "eve") {
                            e += 1;
                            (12, 24)
                        } else {
                            if self.is(e, "day") {
                                e += 1;
                            }
                            (12, 25)
                        }
                    }
                    "halloween" => (10, 31),
                    _ => {
                        if self.is_any(e, &["sunday", "day"]) {
                            e += 1;
                        }
                        let y = self.year_at(e).or_else(|| self.pb.map(|p| p.year()))?;
                        let ed = easter(y);
                        let e2 = if self.year_at(e).is_some() { e + 1 } else { e };
                        return Some(Hit::date(i, e2, ed.map(|x| (x, Grain::Day))));
                    }
                };
                if let Some(y) = self.year_at(e) {
                    return Some(Hit::date(i, e + 1, ymd(y, m, d).map(|x| (x, Grain::Day))));
                }
                let v = self.res_md(m, d, i).map(|x| (x, Grain::Day));
                Some(Hit::date(i, e, v))
            }
            "us" | "hk" | "nz" | "au" | "ca" | "sg" | "c" | "r" | "s" => {
                if self.p(i + 1, '$') && self.adj(i + 1) {
                    self.money_prefix(i, i + 1)
                } else {
                    None
                }
            }
            "rs" => {
                let mut j = i + 1;
                if self.p(j, '.') && self.adj(j) {
                    j += 1;
                }
                if self.is_num(j) {
                    self.money_prefix(i, i)
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    fn daypart(&self, j: usize) -> usize {
        if self.is_any(j, &["morning", "afternoon", "evening", "night"]) {
            j + 1
        } else {
            j
        }
    }

    fn the_expr(&mut self, i: usize) -> Option<Hit> {
        let j = i + 1;
        if self.lex(j) == Lex::None && !self.is_num(j) {
            return None;
        }
        // "the day after tomorrow", "the day before yesterday"
        if self.is(j, "day") {
            if self.is(j + 1, "after") && self.is(j + 2, "tomorrow") {
                let v = self
                    .pb
                    .and_then(|p| add_days(p, 2))
                    .map(|p| (p, Grain::Day));
                return Some(Hit::date(i, j + 3, v));
            }
            if self.is(j + 1, "before") && self.is(j + 2, "yesterday") {
                let v = self
                    .pb
                    .and_then(|p| add_days(p, -2))
                    .map(|p| (p, Grain::Day));
                return Some(Hit::date(i, j + 3, v));
            }
            return None;
        }
        if self.is_any(j, &["weekend", "weekends"]) {
            let v = self.res_weekend(Rel::Bare, j).map(|d| (d, Grain::Day));
            return Some(Hit::date(i, j + 1, v));
        }
        // "the 1st of march", "the first Monday of the month", "the 15th", "the 21st century"
        if let Some((v, e)) = self.ord_word(j) {
            if let Some(h) = self.day_expr(i, j, v, e, true) {
                return Some(h);
            }
            return None;
        }
        if self.is_num(j) && self.ord_suffix(j) {
            let (v, _) = self.small_int(j)?;
            if let Some(h) = self.day_expr(i, j, v, j + 2, true) {
                return Some(h);
            }
            return None;
        }
        if self.is(j, "ides") {
            let h = self.trigger(j)?;
            return Some(Hit { s: i, ..h });
        }
        // "the past two years", "the last decade", "the next five years"
        if self.is_any(
            j,
            &["past", "last", "next", "coming", "previous", "following"],
        ) {
            return self.rel_expr(j, i);
        }
        // "the age of 80"
        if self.is(j, "age") && self.is(j + 1, "of") {
            let h = self.trigger(j)?;
            return Some(h);
        }
        None
    }

    /// "last April", "next week", "this year", "past two years", "last Monday of March",
    /// "last week's sunday", "upcoming two days". `s` is where the span starts ("the", "earlier").
    fn rel_expr(&mut self, i: usize, s: usize) -> Option<Hit> {
        let lc = self.lc(i);
        let w = lc.as_str();
        let had_the = s < i && self.is(s, "the");
        let rel = match w {
            "last" | "previous" | "past" => Rel::Last,
            "next" | "coming" | "following" | "upcoming" => Rel::Next,
            "this" | "current" => Rel::This,
            _ => return None,
        };
        let j = i + 1;
        // durations: "the past two years", "last 10 years", "next five days", "the past decade"
        let num_start = self.is_num(j)
            || matches!(self.lex(j), Lex::Card(_) | Lex::Tens(_))
            || self.is_any(j, &["few", "several"]);
        let duration_ok = had_the
            || matches!(w, "past" | "upcoming" | "coming")
            || (i > 0 && self.is_any(i - 1, &["over", "in", "for", "during", "within"]));
        if num_start && w != "this" && duration_ok {
            if self.is_any(j, &["few", "several"]) {
                if self.dur_unit(j + 1).is_some() {
                    return Some(
                        Hit::new(ValueKind::Duration, s, j + 2, None)
                            .with_mod(Some(Modifier::Approx)),
                    );
                }
                return None;
            }
            let np = self.num(j, false)?;
            let d = self.dur(np.e, &np)?;
            if w == "upcoming" {
                let g = match d.comps.first().map(|c| c.1) {
                    Some(Du::Y | Du::Decade | Du::Century) => Grain::Year,
                    Some(Du::Mo | Du::Q) => Grain::Month,
                    _ => Grain::Day,
                };
                let v = self
                    .pb
                    .and_then(|p| self.shift(p, &d.comps, 1))
                    .map(|x| (x, g));
                return Some(Hit::date(s, d.e, v));
            }
            return Some(Hit::new(
                ValueKind::Duration,
                s,
                d.e,
                iso_duration(&d.comps),
            ));
        }
        if let Lex::Month(m, _) = self.lex(j) {
            if had_the || matches!(w, "past" | "previous" | "coming" | "following" | "upcoming") {
                return None;
            }
            // "last Monday of March" is not "last March"
            let v = self.res_month_rel(m, rel);
            let mut e = j + 1;
            if matches!(self.lex(j), Lex::Month(_, true)) && self.p(e, '.') && self.adj(e) {
                e += 1;
            }
            return Some(Hit::date(s, e, v));
        }
        if let Lex::Wday(wd, _) = self.lex(j) {
            if had_the {
                return None;
            }
            // "last Monday of March", "last friday in october"
            if rel == Rel::Last && self.is_any(j + 1, &["of", "in"]) {
                let (base, e2) = self.month_ref(j + 2)?;
                let v = base
                    .and_then(|b| {
                        let last = ymd(b.year(), b.month(), days_in_month(b.year(), b.month()))?;
                        let back = (wd_num(last) + 7 - wd) % 7;
                        add_days(last, -i64::from(back))
                    })
                    .map(|x| (x, Grain::Day));
                return Some(Hit::date(s, e2, v));
            }
            return self.weekday_expr(j, rel, s);
        }
        // "last day of october 2015"
        if rel == Rel::Last && w == "last" && self.is(j, "day") && self.is_any(j + 1, &["of", "in"])
        {
            let (base, e2) = self.month_ref(j + 2)?;
            let v = base
                .and_then(|b| ymd(b.year(), b.month(), days_in_month(b.year(), b.month())))
                .map(|x| (x, Grain::Day));
            return Some(Hit::date(s, e2, v));
        }
        let unit = self.dur_unit(j);
        // "last week's sunday"
        if unit == Some(Du::W)
            && self.p(j + 1, '\'')
            && self.is(j + 2, "s")
            && let Lex::Wday(wd, _) = self.lex(j + 3)
        {
            let off = match rel {
                Rel::Last => -1,
                Rel::Next => 1,
                _ => 0,
            };
            let v = self.res_wd_week(wd, off).map(|d| (d, Grain::Day));
            return Some(Hit::date(s, j + 4, v));
        }
        if self.is_any(j, &["weekend"]) && !had_the {
            let v = self.res_weekend(rel, j).map(|d| (d, Grain::Day));
            return Some(Hit::date(s, j + 1, v));
        }
        if self.is(j, "night") && w == "last" {
            let v = self
                .pb
                .and_then(|p| add_days(p, -1))
                .map(|p| (p, Grain::Day));
            return Some(Hit::date(s, j + 1, v));
        }
        if w == "this" && self.is_any(j, &["morning", "afternoon", "evening"]) {
            let v = self.pb.map(|p| (p, Grain::Day));
            return Some(Hit::date(s, j + 1, v));
        }
        let unit = unit?;
        if self.txt(j).ends_with(['s', 'S']) {
            return None; // "the coming weeks", "past years": no number, no value
        }
        // "the past year", "the last decade", "over the past week": durations
        if had_the && matches!(w, "past" | "last") && !self.p(j + 1, '\'') {
            return Some(Hit::new(
                ValueKind::Duration,
                s,
                j + 1,
                iso_duration(&[(1.0, unit)]),
            ));
        }
        if w == "past" || (had_the && matches!(w, "next" | "coming")) {
            return Some(Hit::new(
                ValueKind::Duration,
                s,
                j + 1,
                iso_duration(&[(1.0, unit)]),
            ));
        }
        // anchored: "the following year", "the previous month"
        if matches!(w, "following" | "previous") {
            let sign = if w == "following" { 1 } else { -1 };
            let v = self
                .anchor
                .and_then(|(a, g)| self.shift(a, &[(1.0, unit)], sign).map(|x| (x, g)));
            return Some(Hit::date(s, j + 1, v));
        }
        if had_the {
            return None;
        }
        let p = self.pb;
        let off: i64 = match rel {
            Rel::Last => -1,
            Rel::Next => 1,
            _ => 0,
        };
        let v = match unit {
            Du::Y => p
                .and_then(|p| ymd(p.year() + off as i32, 1, 1))
                .map(|d| (d, Grain::Year)),
            Du::Mo => p
                .and_then(|p| add_months(ymd(p.year(), p.month(), 1)?, off))
                .map(|d| (d, Grain::Month)),
            Du::W => p
                .and_then(|p| add_days(p, 7 * off))
                .map(|d| (d, Grain::Week)),
            Du::D => p.and_then(|p| add_days(p, off)).map(|d| (d, Grain::Day)),
            Du::Decade => {
                let v = p.map(|p| {
                    let dec = p.year() / 10 + off as i32;
                    format!("{dec}X")
                });
                return Some(Hit::new(ValueKind::Date, s, j + 1, v));
            }
            _ => return None,
        };
        Some(Hit::date(s, j + 1, v))
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

    fn one(text: &str, published: &str) -> (String, String, Option<String>) {
        let v = vals(text, published);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        (v[0].0.clone(), v[0].1.clone(), v[0].2.clone())
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
            Some("2022-03-12")
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
    fn durations_are_in_one_unit() {
        assert_eq!(
            iso_duration(&[(2.0, Du::Y), (3.0, Du::Mo)]).as_deref(),
            Some("P27M")
        );
        assert_eq!(iso_duration(&[(1.5, Du::H)]).as_deref(), Some("PT90M"));
        assert_eq!(iso_duration(&[(1.5, Du::Mo)]).as_deref(), Some("P45D"));
        assert_eq!(iso_duration(&[(0.5, Du::D)]).as_deref(), Some("PT12H"));
        assert_eq!(
            iso_duration(&[(2.0, Du::Fortnight)]).as_deref(),
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
