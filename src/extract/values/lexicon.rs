//! The lexicon: every word the scanner knows (numbers, months, weekdays, units, currencies, triggers) in one hash table, and the word lists for noun phrases.

use super::*;
use rustc_hash::{FxHashMap, FxHashSet};

#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Lexeme {
    None,
    /// Cardinal words 0–19 (and glued compounds such as "twentyfive").
    Cardinal(u32),
    Tens(u32),
    Hundred,
    Scale(u64),
    Dozen,
    /// Vague plurals: "hundreds", "thousands", "dozens"…
    VaguePlural(u64),
    Ordinal(u32),
    /// Month 1–12; `true` for an abbreviation.
    Month(u32, bool),
    /// Weekday 0 (Monday) – 6; `true` for an abbreviation; plural forms are included.
    Weekday(u32, bool),
    TimeUnit(TimeUnit),
    /// A unit of measure (its symbol: `Unit::sym`).
    Measure(Unit),
    /// A currency word or code (its ISO code, "c" for cents: `Code::code`).
    Currency(Code),
    /// Words that start an expression of their own ("last", "today", "aged"…).
    Trigger(Trigger),
}

/// Trigger words, grouped by the rule they start (see `rules::RULES`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Trigger {
    /// "a", "an": "a dozen", "a year", "a single".
    Article,
    The,
    /// "last", "next", "this", "past", "coming"…
    Relative,
    /// "earlier", "later": "earlier this year".
    EarlierLater,
    /// "today", "tonight", "tomorrow", "yesterday".
    DayWord,
    Weekend,
    /// "christmas", "easter", "halloween", "thanksgiving", "juneteenth"; also the start a
    /// capitalised "Day", "Year" or "Friday" is given after a capitalised word ("Labor Day",
    /// "New Year's Eve", "Good Friday").
    Holiday,
    Ides,
    /// "age", "aged".
    Age,
    Half,
    Point,
    /// "minus", "negative".
    Minus,
    /// "US", "HK", "A", "C"… glued to "$".
    DollarPrefix,
    /// "Rs" before a number.
    Rupees,
    /// "couple", "pair", "few", "single": they start nothing, but are no nouns either.
    Quantifier,
    /// "noon", "midnight", "midday".
    Clock,
    /// "twice", "doubled", "halved": a ratio in one word.
    Multiple,
    /// "now", "recently", "several", "recent": vague times.
    Vague,
    /// "spring", "summer", "autumn", "fall", "winter".
    Season,
    /// "end", "beginning", "start", "middle", "rest" (of a period).
    Boundary,
    Magnitude,
    /// "category", "ef": a storm's category ("a Category 4 hurricane", "an EF4 tornado").
    Category,
    Fiscal,
    /// "seventies", "noughties": a decade in words ("the seventies").
    DecadeWord,
    /// "within": "within three years" (a period from publication).
    Within,
    /// "night", "morning"…: only inside other expressions ("last night").
    Daypart,
}

/// The lexicon: lowercase words of at most 16 bytes, found by their shape (first and last
/// letter, length) and then compared as two 64-bit words, so classifying a word needs no hashing
/// and no pass over its bytes: a word of news text is read eight bytes at a time.
pub(super) struct LexiconTable {
    /// For each first and last letter, a bit per word length (1–16) that some word in the table
    /// has: most words of a text are not in the table, and this rules them out at once.
    pub(super) shapes: Vec<u32>,
    /// At `shape * 16 + length - 1`: the words of that shape and length, as a range of
    /// `entries` (its start in the high 16 bits, its length in the low 16 bits).
    slots: Vec<u32>,
    /// Each word's bytes (zero-padded to 16, as two little-endian words) and its lexeme, grouped
    /// by slot.
    entries: Vec<([u64; 2], Lexeme)>,
}

/// Which word shapes (first letter, last letter, length) a word list holds: a filter that rules
/// out most words of a text before they are lowercased or hashed.
pub(super) struct Shapes(Vec<u32>);

impl Shapes {
    pub(super) fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Shapes {
        let mut bits = vec![0u32; 26 * 26];
        for w in words {
            let b = w.as_bytes();
            if let Some(shape) = shape_of(b)
                && b.len() <= 32
            {
                bits[shape] |= 1 << (b.len() - 1);
            }
        }
        Shapes(bits)
    }

    /// `w` may be in the list (always true for a word the filter cannot tell: one that does not
    /// begin and end with an ASCII letter, or longer than 32 bytes).
    #[inline]
    pub(super) fn may_hold(&self, w: &[u8]) -> bool {
        match shape_of(w) {
            Some(shape) if w.len() <= 32 => self.0[shape] & (1 << (w.len() - 1)) != 0,
            _ => true,
        }
    }
}

/// The index of a word's first and last letters (either case) in `LexiconTable::shapes`; `None`
/// when either is not an ASCII letter (such words skip the filter).
#[inline]
fn shape_of(w: &[u8]) -> Option<usize> {
    let (&first, &last) = (w.first()?, w.last()?);
    if !first.is_ascii_alphabetic() || !last.is_ascii_alphabetic() {
        return None;
    }
    Some(usize::from((first | 0x20) - b'a') * 26 + usize::from((last | 0x20) - b'a'))
}

/// The bytes of `w` (at most 16) as `LexiconTable::entries` holds them.
fn key_of(w: &[u8]) -> [u64; 2] {
    let mut key = [0u8; 16];
    key[..w.len()].copy_from_slice(w);
    let (lo, hi) = key.split_at(8);
    let word = |h: &[u8]| <[u8; 8]>::try_from(h).map_or(0, u64::from_le_bytes);
    [word(lo), word(hi)]
}

/// The `n` bytes (1–8) of `b` from `at`, lowercased (they are letters: bit 5 set in each) as a
/// little-endian word, the rest zero; eight bytes are read at once while eight remain.
#[inline]
fn lower_le(b: &[u8], at: usize, n: usize) -> u64 {
    const CASE: u64 = 0x2020_2020_2020_2020;
    let x = match b.get(at..at + 8).map(<[u8; 8]>::try_from) {
        Some(Ok(eight)) => u64::from_le_bytes(eight),
        _ => b
            .get(at..at + n)
            .unwrap_or_default()
            .iter()
            .rev()
            .fold(0u64, |v, &c| (v << 8) | u64::from(c)),
    };
    (x | CASE) & (u64::MAX >> ((8 - n) * 8))
}

impl LexiconTable {
    pub(super) fn new(words: Vec<(String, Lexeme)>) -> LexiconTable {
        // a word given twice keeps its last lexeme
        let mut last: FxHashMap<&[u8], usize> = FxHashMap::default();
        for (k, (w, _)) in words.iter().enumerate() {
            let b = w.as_bytes();
            if !b.is_empty() && b.len() <= 16 {
                last.insert(b, k);
            }
        }
        let mut shapes = vec![0u32; 26 * 26];
        let mut by_slot: Vec<Vec<([u64; 2], Lexeme)>> = vec![Vec::new(); 26 * 26 * 16];
        for (k, (w, l)) in words.iter().enumerate() {
            let b = w.as_bytes();
            if last.get(b) != Some(&k) {
                continue;
            }
            // a word that does not begin and end with a letter is never asked for (a word token
            // is letters), nor one with a capital (a token is compared lowercased)
            if let Some(shape) = shape_of(b) {
                shapes[shape] |= 1 << (b.len() - 1);
                by_slot[shape * 16 + b.len() - 1].push((key_of(b), *l));
            }
        }
        let mut slots = vec![0u32; by_slot.len()];
        let mut entries = Vec::new();
        for (slot, list) in slots.iter_mut().zip(by_slot) {
            *slot = ((entries.len() as u32) << 16) | list.len() as u32;
            entries.extend(list);
        }
        assert!(entries.len() < 1 << 16, "the lexicon outgrew its slots");
        LexiconTable {
            shapes,
            slots,
            entries,
        }
    }

    /// The lexeme of the word `b[s..e]`, a run of ASCII letters (in any case).
    #[inline]
    pub(super) fn get(&self, b: &[u8], s: usize, e: usize) -> Lexeme {
        let Some(w) = b.get(s..e) else {
            return Lexeme::None;
        };
        let len = w.len();
        if len > 16 || len == 0 {
            return Lexeme::None;
        }
        // `w` is letters: its shape is read without `shape_of`'s checks for other bytes (were it
        // not, an index past the table would find no word, as `shape_of` does)
        let letter = |c: u8| usize::from((c | 0x20).wrapping_sub(b'a'));
        let shape = letter(w[0]) * 26 + letter(w[len - 1]);
        if self
            .shapes
            .get(shape)
            .is_none_or(|bits| bits & (1 << (len - 1)) == 0)
        {
            return Lexeme::None;
        }
        let Some(&slot) = self.slots.get(shape * 16 + len - 1) else {
            return Lexeme::None;
        };
        let lo = lower_le(b, s, len.min(8));
        let hi = if len > 8 {
            lower_le(b, s + 8, len - 8)
        } else {
            0
        };
        let mut k = (slot >> 16) as usize;
        let end = k + (slot & 0xffff) as usize;
        while k < end {
            match self.entries.get(k) {
                Some(&([klo, khi], l)) if klo == lo && khi == hi => return l,
                Some(_) => k += 1,
                None => break,
            }
        }
        Lexeme::None
    }
}

pub(super) const UNITS: [&str; 20] = [
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
pub(super) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
pub(super) const ORDINALS: [&str; 20] = [
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
pub(super) const TENS_ORDINALS: [&str; 8] = [
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];
pub(super) const MONTHS: [&str; 12] = [
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
pub(super) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Units of measure: the words of each and its normalized symbol. A lexeme holds a unit as its
/// index here (`Unit`), so it stays 16 bytes and a token 40 (a `&'static str` made them 24 and 56).
pub(super) static MEASURES: &[(&[&str], &str)] = &[
    (&["t", "ton", "tons", "tonne", "tonnes"], "t"),
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
        ],
        "kg",
    ),
    (&["g", "gram", "grams", "gramme", "grammes"], "g"),
    (&["mg", "milligram", "milligrams"], "mg"),
    (&["lb", "lbs", "pound", "pounds"], "lb"),
    (&["oz", "ounce", "ounces"], "oz"),
    (
        &[
            "km",
            "kms",
            "kilometre",
            "kilometres",
            "kilometer",
            "kilometers",
        ],
        "km",
    ),
    (&["m", "metre", "metres", "meter", "meters"], "m"),
    (
        &[
            "cm",
            "centimetre",
            "centimetres",
            "centimeter",
            "centimeters",
        ],
        "cm",
    ),
    (
        &[
            "mm",
            "millimetre",
            "millimetres",
            "millimeter",
            "millimeters",
        ],
        "mm",
    ),
    (&["mi", "mile", "miles"], "mi"),
    (&["ft", "foot", "feet"], "ft"),
    (&["inch", "inches"], "in"),
    (&["yd", "yds", "yard", "yards"], "yd"),
    (&["mph"], "mph"),
    (&["kph", "kmh"], "km/h"),
    (&["knot", "knots"], "kn"),
    (&["litre", "litres", "liter", "liters"], "l"),
    (
        &[
            "ml",
            "millilitre",
            "millilitres",
            "milliliter",
            "milliliters",
        ],
        "ml",
    ),
    (&["gallon", "gallons", "gal"], "gal"),
    (&["barrel", "barrels", "bbl"], "bbl"),
    (&["hectare", "hectares", "ha"], "ha"),
    (&["acre", "acres"], "acre"),
    (&["km2"], "km2"),
    (&["watt", "watts"], "W"),
    (&["kw", "kilowatt", "kilowatts"], "kW"),
    (&["mw", "megawatt", "megawatts"], "MW"),
    (&["gw", "gigawatt", "gigawatts"], "GW"),
    (&["kwh"], "kWh"),
    (&["mwh"], "MWh"),
    (&["gwh"], "GWh"),
    (&["twh"], "TWh"),
    (&["calorie", "calories", "kcal"], "kcal"),
    (&["gb", "gigabyte", "gigabytes"], "GB"),
    (&["tb", "terabyte", "terabytes"], "TB"),
    (&["mb", "megabyte", "megabytes"], "MB"),
    (&["kilobit", "kilobits"], "kbit"),
    (&["megabit", "megabits"], "Mbit"),
    (&["gigabit", "gigabits"], "Gbit"),
    (&["kbps"], "kbit/s"),
    (&["mbps"], "Mbit/s"),
    (&["gbps"], "Gbit/s"),
];

/// Currency words and codes: the words of each and its ISO code ("c" for cents, "p" for pence);
/// a lexeme holds a currency as its index here (`Code`).
pub(super) static CURRENCIES: &[(&[&str], &str)] = &[
    (&["dollar", "dollars", "usd", "bucks"], "USD"),
    (&["euro", "euros", "eur"], "EUR"),
    (&["sterling", "gbp"], "GBP"),
    (&["yen", "jpy"], "JPY"),
    (&["yuan", "renminbi", "cny", "rmb"], "CNY"),
    (&["rupee", "rupees", "inr"], "INR"),
    (&["rouble", "roubles", "ruble", "rubles", "rub"], "RUB"),
    // "won" is money only after a large amount ("450 trillion won", `money_suffix`).
    (&["won", "krw"], "KRW"),
    (&["zloty", "zlotys", "zlotych", "pln"], "PLN"),
    (&["hryvnia", "hryvnias", "uah"], "UAH"),
    (&["lira", "liras"], "TRY"),
    (&["naira"], "NGN"),
    (&["shekel", "shekels"], "ILS"),
    (&["baht"], "THB"),
    (&["ringgit"], "MYR"),
    (&["rupiah"], "IDR"),
    (&["forint", "forints"], "HUF"),
    (&["rand"], "ZAR"),
    (&["reais"], "BRL"),
    (&["chf"], "CHF"),
    (&["cad"], "CAD"),
    (&["aud"], "AUD"),
    (&["hkd"], "HKD"),
    (&["cent", "cents"], "c"),
    (&["pence"], "p"),
];

/// A unit of measure: its index in `MEASURES`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Unit(u16);

impl Unit {
    /// The unit's normalized symbol ("km", "kWh").
    #[inline]
    pub(super) fn sym(self) -> &'static str {
        MEASURES[usize::from(self.0)].1
    }
}

/// A currency: its index in `CURRENCIES`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) struct Code(u16);

impl Code {
    /// The currency's ISO code ("USD"; "c" for cents, "p" for pence).
    #[inline]
    pub(super) fn code(self) -> &'static str {
        CURRENCIES[usize::from(self.0)].1
    }
}

pub(super) static LEXICON: LazyLock<LexiconTable> = LazyLock::new(build_lexicon);

#[inline]
pub(super) fn build_lexicon() -> LexiconTable {
    let mut m: Vec<(String, Lexeme)> = Vec::new();
    let mut put = |w: &str, l: Lexeme| {
        m.push((w.to_string(), l));
    };
    for (i, w) in UNITS.iter().enumerate() {
        put(w, Lexeme::Cardinal(i as u32));
    }
    for w in ["nil", "naught", "nought"] {
        put(w, Lexeme::Cardinal(0));
    }
    for (i, w) in TENS.iter().enumerate() {
        let t = 20 + 10 * i as u32;
        put(w, Lexeme::Tens(t));
        put(TENS_ORDINALS[i], Lexeme::Ordinal(t));
        for u in 1..10 {
            put(&format!("{w}{}", UNITS[u]), Lexeme::Cardinal(t + u as u32));
            put(
                &format!("{w}{}", ORDINALS[u]),
                Lexeme::Ordinal(t + u as u32),
            );
        }
    }
    for (i, w) in ORDINALS.iter().enumerate().skip(1) {
        put(w, Lexeme::Ordinal(i as u32));
    }
    put("hundredth", Lexeme::Ordinal(100));
    put("thousandth", Lexeme::Ordinal(1000));
    put("millionth", Lexeme::Ordinal(1_000_000));
    put("hundred", Lexeme::Hundred);
    for (w, v) in [
        ("thousand", 1_000),
        ("million", 1_000_000),
        ("billion", 1_000_000_000),
        ("trillion", 1_000_000_000_000),
        // the wire services' abbreviations: "10 bln", "3.5 mln", "2 tln"
        ("mln", 1_000_000),
        ("bln", 1_000_000_000),
        ("tln", 1_000_000_000_000),
        ("trln", 1_000_000_000_000),
        ("lakh", 100_000),
        ("lakhs", 100_000),
        ("lac", 100_000),
        ("lacs", 100_000),
        ("lkh", 100_000),
        ("lkhs", 100_000),
        ("crore", 10_000_000),
        ("crores", 10_000_000),
        ("cr", 10_000_000),
        ("koti", 10_000_000),
        ("krore", 10_000_000),
        ("krores", 10_000_000),
        ("kr", 10_000_000),
    ] {
        put(w, Lexeme::Scale(v));
    }
    put("dozen", Lexeme::Dozen);
    for (w, v) in [
        ("dozens", 12),
        ("tens", 10),
        ("hundreds", 100),
        ("thousands", 1_000),
        ("millions", 1_000_000),
        ("billions", 1_000_000_000),
        ("trillions", 1_000_000_000_000),
    ] {
        put(w, Lexeme::VaguePlural(v));
    }
    for (i, w) in MONTHS.iter().enumerate() {
        put(w, Lexeme::Month(i as u32 + 1, false));
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
        put(w, Lexeme::Month(i, true));
    }
    for (i, w) in WEEKDAYS.iter().enumerate() {
        put(w, Lexeme::Weekday(i as u32, false));
        put(&format!("{w}s"), Lexeme::Weekday(i as u32, false));
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
        put(w, Lexeme::Weekday(i, true));
    }
    for (ws, d) in [
        (&["sec", "secs", "seconds"][..], TimeUnit::Second),
        (&["min", "mins", "minute", "minutes"][..], TimeUnit::Minute),
        (&["h", "hr", "hrs", "hour", "hours"][..], TimeUnit::Hour),
        (&["day", "days"][..], TimeUnit::Day),
        (&["week", "weeks", "wk", "wks"][..], TimeUnit::Week),
        (&["fortnight", "fortnights"][..], TimeUnit::Fortnight),
        (&["month", "months"][..], TimeUnit::Month),
        (&["quarter", "quarters"][..], TimeUnit::Quarter),
        (&["year", "years", "yr", "yrs"][..], TimeUnit::Year),
        (&["decade", "decades"][..], TimeUnit::Decade),
        (&["century", "centuries"][..], TimeUnit::Century),
    ] {
        for w in ws {
            put(w, Lexeme::TimeUnit(d));
        }
    }
    for (k, (ws, _)) in MEASURES.iter().enumerate() {
        for w in *ws {
            put(w, Lexeme::Measure(Unit(k as u16)));
        }
    }
    for (k, (ws, _)) in CURRENCIES.iter().enumerate() {
        for w in *ws {
            put(w, Lexeme::Currency(Code(k as u16)));
        }
    }
    for (ws, trigger) in [
        (&["a", "an"][..], Trigger::Article),
        (&["the"][..], Trigger::The),
        (
            &[
                "last",
                "next",
                "this",
                "current",
                "previous",
                "prior",
                "past",
                "coming",
                "upcoming",
                "following",
            ][..],
            Trigger::Relative,
        ),
        (&["earlier", "later"][..], Trigger::EarlierLater),
        (
            &[
                "today",
                "tomorrow",
                "tomorrows",
                "tmrw",
                "yesterday",
                "tonight",
            ][..],
            Trigger::DayWord,
        ),
        (&["weekend"][..], Trigger::Weekend),
        (
            &[
                "christmas",
                "easter",
                "halloween",
                "thanksgiving",
                "juneteenth",
            ][..],
            Trigger::Holiday,
        ),
        (&["ides"][..], Trigger::Ides),
        (&["aged", "age", "ages"][..], Trigger::Age),
        (&["half"][..], Trigger::Half),
        (&["point"][..], Trigger::Point),
        (&["minus", "negative"][..], Trigger::Minus),
        (
            &["us", "hk", "nz", "au", "ca", "sg", "c", "r", "s"][..],
            Trigger::DollarPrefix,
        ),
        (&["rs"][..], Trigger::Rupees),
        (
            &["couple", "pair", "few", "single"][..],
            Trigger::Quantifier,
        ),
        (
            &[
                "noon",
                "noonish",
                "midnight",
                "midday",
                "mid",
                "midmorning",
                "midafternoon",
            ][..],
            Trigger::Clock,
        ),
        (
            &[
                "now",
                "currently",
                "nowadays",
                "presently",
                "recently",
                "several",
                "many",
                "recent",
                "numerous",
                "future",
                "another",
                "all",
                "full",
                "whole",
            ][..],
            Trigger::Vague,
        ),
        (
            &["spring", "summer", "autumn", "fall", "winter"][..],
            Trigger::Season,
        ),
        (
            &["end", "beginning", "start", "middle", "rest"][..],
            Trigger::Boundary,
        ),
        (&["magnitude"][..], Trigger::Magnitude),
        (&["category", "ef"][..], Trigger::Category),
        (&["fiscal"][..], Trigger::Fiscal),
        (
            &[
                "twenties",
                "thirties",
                "forties",
                "fifties",
                "sixties",
                "seventies",
                "eighties",
                "nineties",
                "noughties",
                "aughts",
                "teens",
            ][..],
            Trigger::DecadeWord,
        ),
        (&["within"][..], Trigger::Within),
        (
            &[
                "twice",
                "thrice",
                "doubled",
                "doubling",
                "tripled",
                "tripling",
                "trebled",
                "quadrupled",
                "quadrupling",
                "halved",
                "halving",
                "quintupled",
                "twofold",
                "threefold",
                "fourfold",
                "fivefold",
                "sixfold",
                "sevenfold",
                "eightfold",
                "ninefold",
                "tenfold",
                "twentyfold",
                "hundredfold",
                "thousandfold",
            ][..],
            Trigger::Multiple,
        ),
        (
            &["night", "morning", "afternoon", "evening"][..],
            Trigger::Daypart,
        ),
    ] {
        for w in ws {
            put(w, Lexeme::Trigger(trigger));
        }
    }
    LexiconTable::new(m)
}

/// A short ASCII word in lowercase: the word itself when it has no capital (most words, so
/// nothing is copied), else a lowercase copy held inline (a `CompactString` of at most 24 bytes
/// never allocates, and reads back as `&str` without the UTF-8 check a byte buffer needs at each
/// `as_str`). Longer or non-ASCII words read as "".
pub(super) enum LowerWord<'a> {
    Same(&'a str),
    Copy(compact_str::CompactString),
}

impl<'a> LowerWord<'a> {
    #[inline]
    pub(super) fn new(w: &'a str) -> LowerWord<'a> {
        let bytes = w.as_bytes();
        if bytes.len() > 24 {
            return LowerWord::Same("");
        }
        if !bytes
            .iter()
            .any(|c| c.is_ascii_uppercase() || !c.is_ascii())
        {
            return LowerWord::Same(w);
        }
        LowerWord::copy(w)
    }
    /// The lowercase copy, out of line: most words have no capital, and the check stays small
    /// enough to be inlined at each caller.
    #[inline(never)]
    fn copy(w: &'a str) -> LowerWord<'a> {
        if !w.is_ascii() {
            return LowerWord::Same("");
        }
        let mut c = compact_str::CompactString::new(w);
        c.as_mut_str().make_ascii_lowercase();
        LowerWord::Copy(c)
    }
    #[inline]
    pub(super) fn as_str(&self) -> &str {
        match self {
            LowerWord::Same(w) => w,
            LowerWord::Copy(c) => c.as_str(),
        }
    }
}

/// Words that cannot be (part of) the noun after a count: determiners, prepositions, pronouns,
/// auxiliaries, common verbs and adverbs.
pub(super) const FUNCTION_WORDS: &str = concat!(
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

// Hash sets, not sorted lists: a noun phrase asks about every word it reads, and one hash beats
// eight string comparisons of a binary search.
pub(super) static FUNCTION_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_set(FUNCTION_WORDS));

pub(super) static ADJECTIVE_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| word_set(ADJECTIVES));

#[inline]
pub(super) fn word_set(list: &'static str) -> FxHashSet<&'static str> {
    list.split_whitespace().collect()
}

#[inline]
pub(super) fn is_function_word(w: &str) -> bool {
    FUNCTION_SET.contains(w)
}

/// Words that may stand between a count and its noun ("two armed men").
pub(super) const ADJECTIVES: &str = concat!(
    "additional armed big black blue civilian consecutive dead different elderly extra federal ",
    "foreign former full great green high human key large little local long low main major ",
    "military more new old older other private public red senior separate short small state ",
    "straight successive top white whole young younger ",
);

#[inline]
pub(super) fn is_adjective_like(w: &str) -> bool {
    ADJECTIVE_SET.contains(w)
        || [
            "al", "ian", "ese", "ish", "ous", "ive", "ful", "ic", "ed", "ing", "ary", "ern", "ly",
        ]
        .iter()
        .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}
