//! The rule table: every rule the scanner knows, in the order it tries them, and the driver.
//!
//! At each token the driver tries, in table order, the rules that start at that kind of token;
//! the first one that answers wins (an answer may also be "not a value": a time of day, "COVID-19",
//! "one of them"). If none does and the token can start a number (digits, "two", "half"), the
//! number is parsed once and the rules on `Start::Number` decide what it is, again in order.

use super::*;

/// What kind of token a rule starts at.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Start {
    /// A number written with digits.
    Digits,
    /// "$", "€", "£", "¥", "₹", "₽".
    CurrencySymbol,
    /// "-" (and the dashes folded into it).
    Dash,
    /// "'" (and the curly apostrophes folded into it).
    Apostrophe,
    Month,
    Weekday,
    /// "first", "twentieth".
    OrdinalWord,
    /// "twenty", "thirty"…: an ordinal ("twenty-first") or a number.
    TensWord,
    /// "two", "eleven", "hundred".
    NumberWord,
    /// "hundreds", "thousands".
    VaguePlural,
    /// "USD", "EUR" in capitals.
    CurrencyCode,
    Word(Trigger),
    /// Not a token: a number already parsed (digits or words), classified by what follows it.
    Number,
}

impl Start {
    /// Tokens whose rules all missed may still start a plain number.
    fn takes_number(self) -> bool {
        matches!(
            self,
            Start::Digits | Start::TensWord | Start::NumberWord | Start::Word(Trigger::Half)
        )
    }
}

impl Start {
    /// A dense index for `RuleIndex::at`.
    fn index(self) -> usize {
        match self {
            Start::Digits => 0,
            Start::CurrencySymbol => 1,
            Start::Dash => 2,
            Start::Apostrophe => 3,
            Start::Month => 4,
            Start::Weekday => 5,
            Start::OrdinalWord => 6,
            Start::TensWord => 7,
            Start::NumberWord => 8,
            Start::VaguePlural => 9,
            Start::CurrencyCode => 10,
            Start::Number => 11,
            Start::Word(trigger) => 12 + trigger as usize,
        }
    }
}

/// `RULES` sorted by what they start at and by what they need, keeping table order in each list,
/// so that the driver calls only the rules that can answer there, with no test per rule: this
/// is the scanner's hot loop.
struct RuleIndex {
    /// At `start.index() * 256 + has` (`has`: the token's `G_*` bits), the rules of that start
    /// whose `glued` bits the token has.
    at: Vec<Box<[(&'static str, AtToken)]>>,
    /// At `number_key(follow, before, words)`, the rules on a number that can answer on such a
    /// number: one of their `follows` bits after it, one of their `before` bits before it, and
    /// written as their `written` bits say.
    on_number: Vec<Box<[(&'static str, OnNumber)]>>,
}

/// The `F_*` kinds of token after a number (one of the first nine bits, with or without
/// `F_IN` and `F_GLUED` beside it), the `B_*` kinds before it, and how it is written.
const FOLLOW_KINDS: usize = 10;
const FOLLOW_KEYS: usize = FOLLOW_KINDS * 4;
const BEFORE_KEYS: usize = 6;

/// The index in `RuleIndex::on_number` of a number with `follow` (`follow_bits`) after it,
/// `before` (`before_bit`) before it, written in words or not.
#[inline]
fn number_key(follow: u16, before: u8, words: bool) -> usize {
    let kind = (follow & F_KINDS).trailing_zeros() as usize;
    let extra = usize::from((follow >> FOLLOW_KINDS) & 3);
    ((kind * 4 + extra) * BEFORE_KEYS + before.trailing_zeros() as usize) * 2 + usize::from(words)
}

/// How many `Start` values there are: the ones before `Word`, then one per trigger.
const STARTS: usize = 12 + Trigger::Daypart as usize + 1;

static RULE_INDEX: LazyLock<RuleIndex> = LazyLock::new(|| {
    let mut at: Vec<Vec<(&'static str, AtToken)>> = vec![Vec::new(); STARTS * 256];
    let mut on_number: Vec<Vec<(&'static str, OnNumber)>> =
        vec![Vec::new(); FOLLOW_KEYS * BEFORE_KEYS * 2];
    for rule in RULES {
        match rule.matcher {
            Matcher::At(f) => {
                assert!(
                    rule.glued & !G_ANY_START == 0 || rule.start == Start::Digits,
                    "rule {} needs what is read only for digits",
                    rule.name
                );
                for has in 0..=u8::MAX {
                    if rule.glued & !has == 0 {
                        at[rule.start.index() * 256 + usize::from(has)].push((rule.name, f));
                    }
                }
            }
            Matcher::OnNumber(f) => {
                for kind in 0..FOLLOW_KINDS {
                    for extra in 0..4u16 {
                        let follow = (1 << kind) | (extra << FOLLOW_KINDS);
                        for b in 0..BEFORE_KEYS {
                            let before = 1u8 << b;
                            for words in [false, true] {
                                let form = if words { N_WORDS } else { N_DIGITS };
                                if rule.follows & follow != 0
                                    && rule.before & before != 0
                                    && rule.written & form != 0
                                {
                                    on_number[number_key(follow, before, words)]
                                        .push((rule.name, f));
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    RuleIndex {
        at: at.into_iter().map(Vec::into_boxed_slice).collect(),
        on_number: on_number.into_iter().map(Vec::into_boxed_slice).collect(),
    }
});

type AtToken = for<'s> fn(&mut Scanner<'s>, usize) -> Option<Hit>;
type OnNumber = for<'s> fn(&mut Scanner<'s>, usize, &ParsedNumber) -> Option<Hit>;

#[derive(Clone, Copy)]
pub(super) enum Matcher {
    /// Tried at the token.
    At(AtToken),
    /// Tried on the number parsed at the token: (scanner, first token, number).
    OnNumber(OnNumber),
}

pub(super) struct Rule {
    /// The name `scan_explained` reports for the values this rule produces.
    pub(super) name: &'static str,
    pub(super) start: Start,
    pub(super) matcher: Matcher,
    /// For a rule on a parsed number: the kinds of token after the number (`F_*` bits) it can
    /// answer on; the driver skips the call for any other, as most numbers are followed by
    /// punctuation or a plain word.
    pub(super) follows: u16,
    /// For a rule at a token: what it needs of the token and its neighbours (`G_*` bits: glued
    /// or apart, a capital, three digits); the driver skips the call when one is missing, as most
    /// numbers stand between spaces and lowercase words.
    pub(super) glued: u8,
    /// For a rule on a parsed number: how the numbers it can answer on are written (`N_*`
    /// bits); the driver skips the call for the other.
    pub(super) written: u8,
    /// For a rule on a parsed number: the kinds of token before the number (`B_*` bits) it can
    /// answer after; the driver skips the call after any other, as most numbers follow a plain
    /// word or nothing.
    pub(super) before: u8,
}

/// A number written with digits (`ParsedNumber::words` false).
pub(super) const N_DIGITS: u8 = 1;
/// A number written in words ("two", "a dozen").
pub(super) const N_WORDS: u8 = 1 << 1;
const N_ANY: u8 = N_DIGITS | N_WORDS;

/// A token glued to the one before it ("COVID-19", the 54 of "53/54").
pub(super) const G_BEFORE: u8 = 1;
/// A token glued to the one after it ("1990s", "21st", "1961-62", "1/2"); for a number in
/// digits, only to a token that may continue it (`continues_number`: not "5," or "(45)").
pub(super) const G_AFTER: u8 = 1 << 1;
/// The bits below are read for a number in digits only (`Start::Digits`).
/// A number apart from the token before it ("Falcon 9", not "COVID-19").
pub(super) const G_APART: u8 = 1 << 2;
/// A number after a word cased as a name ("Falcon 9", "iPhone 15": `name_cased`).
pub(super) const G_CAP_BEFORE: u8 = 1 << 3;
/// A number before a word with a capital ("10 Downing Street").
pub(super) const G_CAP_AFTER: u8 = 1 << 4;
/// A plain integer of three digits ("555-123-4567", "(212) 555-1234").
pub(super) const G_THREE_DIGITS: u8 = 1 << 5;
/// A day of the month: a plain integer of 1 to 31 in one or two digits ("30 March").
pub(super) const G_DAY: u8 = 1 << 6;
/// A number that may be a clock's hour or time: a plain integer of up to 24 in one or two
/// digits; of three or four digits ("1140 a.m."), or not a plain integer ("8.10 pm"), only
/// before a word of one or two letters in "a" or "p" (where `meridiem` may read "a.m." or "pm":
/// most such numbers are years, amounts and decimals); not 25–99 or five digits and more.
pub(super) const G_CLOCK: u8 = 1 << 7;
/// The bits read for every start.
const G_ANY_START: u8 = G_BEFORE | G_AFTER;

/// The kinds of token that can follow a parsed number, one bit each (`follow_bit`).
/// A word that may be one of `NUMBER_KEYWORDS`, has a lexeme (a unit, a currency, a weekday…) or
/// is glued to the number ("4in"), unless it is a unit of time (`F_TIME`).
pub(super) const F_WORD: u16 = 1;
pub(super) const F_OTHER: u16 = 1 << 1;
pub(super) const F_NUMBER: u16 = 1 << 2;
pub(super) const F_DASH: u16 = 1 << 3;
pub(super) const F_PERCENT: u16 = 1 << 4;
pub(super) const F_DEGREE: u16 = 1 << 5;
pub(super) const F_PUNCT: u16 = 1 << 6;
pub(super) const F_END: u16 = 1 << 7;
/// Any other word ("people", "in", "million"…): most numbers are followed by one, and the rules
/// marked `F_WORD` alone answer only on a keyword or a lexeme, so for these words they are
/// skipped without a call.
pub(super) const F_PLAIN: u16 = 1 << 8;
/// A unit of time ("years", "hours", "quarter", "min"; `Lexeme::TimeUnit`), the word after a
/// number most often: only the rules that read one are marked with it ("20 minutes past",
/// "80 years old", "10 years ago").
pub(super) const F_TIME: u16 = 1 << 9;
/// The bits above, one of which each token after a number has (`FOLLOW_KINDS` of them).
const F_KINDS: u16 = (1 << FOLLOW_KINDS) - 1;
/// Set beside the bits above, not instead of one: the word "in" or "out" ("one in five",
/// "nine out of ten").
pub(super) const F_IN: u16 = 1 << FOLLOW_KINDS;
/// Set beside the bits above: a word or other letters glued to the number ("5G", "3D").
pub(super) const F_GLUED: u16 = 1 << (FOLLOW_KINDS + 1);
pub(super) const F_ANY: u16 = u16::MAX;

/// The kinds of token before a parsed number, one bit each (`before_bit`), read once per number
/// for the rules that look back at one word ("people over 65", "when he was 12", "Mary, 77,").
/// A comma or an opening bracket ("Mary, 77,", "Smith (45)").
pub(super) const B_COMMA: u8 = 1;
/// "and" ("June 27 and 28", "aged 19 and 23").
pub(super) const B_AND: u8 = 1 << 1;
/// "over", "under", "above", "below" ("people over 65").
pub(super) const B_BOUND: u8 = 1 << 2;
/// A verb an age follows, or "at": "is", "was", "turn", "turns", "turned", "turning", "reach",
/// "reaches", "reached", "at" ("when he was 12", "turned 41", "died at 88").
pub(super) const B_AGE_VERB: u8 = 1 << 3;
/// Anything else, and the start of the text.
pub(super) const B_OTHER: u8 = 1 << 4;
/// "now", between a comma and an age (", now 71,").
pub(super) const B_NOW: u8 = 1 << 5;
pub(super) const B_ANY: u8 = u8::MAX;

/// Every word a rule on a number reads right after the number, when that word has no lexeme
/// (lexemes are told apart by the lexicon): "20 past nine", "5 percent", "1.5 percentage points",
/// "3 times higher", "20 US dollars", "10 pounds sterling", "65 and older", "3 more years", "two
/// square miles", "5 degrees", "45 C". A rule on `F_WORD` alone must read no other word there
/// (`rules_skipped_before_a_plain_word_answer_nothing` calls them anyway after every plain word
/// of the value fixtures).
const NUMBER_KEYWORDS: &str = concat!(
    "quarter quarters minutes minute mins min past to ", // minutes-past
    "percent pct per ",                                  // percent
    "percentage pp ppt ppts basis point points ",        // percentage-points
    "fold times ",                                       // ratio
    "us pound pounds p ",                                // money-suffix
    "and or ",                                           // age-and-older
    "more additional extra less fewer further straight consecutive long upcoming of ", // duration
    "magnitude metric short cubic square sq degree degrees c f light astronomical stone ", // quantity
    "celsius centigrade fahrenheit ", // temperature
    "race races run runs road fun",   // race-distance
);

/// `NUMBER_KEYWORDS`: their shapes (first and last letter, length), which rule out most words
/// without comparing them, and the keywords by first letter, which a word of a keyword's shape
/// is compared with ("members" has the shape of "minutes", "books" that of "basis").
pub(super) struct Keywords {
    shapes: Shapes,
    by_first: Vec<Vec<&'static str>>,
}

impl Keywords {
    fn of(words: &'static str) -> Keywords {
        let mut by_first = vec![Vec::new(); 26];
        for w in words.split_whitespace() {
            if let Some(&c) = w.as_bytes().first()
                && c.is_ascii_lowercase()
            {
                by_first[usize::from(c - b'a')].push(w);
            }
        }
        Keywords {
            shapes: Shapes::of(words.split_whitespace()),
            by_first,
        }
    }

    /// The word `w` (ASCII letters, as a word token is) is one of the keywords, in any case.
    #[inline]
    fn holds(&self, w: &[u8]) -> bool {
        if !self.shapes.may_hold(w) {
            return false;
        }
        let Some(&c) = w.first() else {
            return false;
        };
        let Some(list) = self
            .by_first
            .get(usize::from((c | 0x20).wrapping_sub(b'a')))
        else {
            return true;
        };
        list.iter()
            .any(|k| k.len() == w.len() && k.as_bytes().eq_ignore_ascii_case(w))
    }
}

static KEYWORD_SHAPES: LazyLock<Keywords> = LazyLock::new(|| Keywords::of(NUMBER_KEYWORDS));

/// The `F_*` bit of token `j`, the one after a number (`None`: the end of the text). A word
/// glued to the number is `F_WORD` (`F_TIME` for a unit of time: "10min").
#[inline]
fn follow_bit(sc: &Scanner<'_>, j: usize, shapes: &Keywords) -> u16 {
    let Some(t) = sc.tokens.get(j) else {
        return F_END;
    };
    match t.kind {
        TokenKind::Word => {
            if matches!(t.lex, Lexeme::TimeUnit(_)) {
                return F_TIME;
            }
            // a word glued to the number ("4in", "9st") may be a unit's symbol
            if matches!(t.lex, Lexeme::None)
                && t.gap
                && !shapes.holds(&sc.text.as_bytes()[t.start()..t.end()])
            {
                F_PLAIN
            } else {
                F_WORD
            }
        }
        TokenKind::Other => F_OTHER,
        TokenKind::Number => F_NUMBER,
        TokenKind::Punct('-') => F_DASH,
        TokenKind::Punct('%') => F_PERCENT,
        TokenKind::Punct('°') => F_DEGREE,
        TokenKind::Punct(_) => F_PUNCT,
    }
}

/// `follow_bit` of token `j` with `F_IN` and `F_GLUED` beside it.
#[inline]
fn follow_bits(sc: &Scanner<'_>, j: usize, shapes: &Keywords) -> u16 {
    let bit = follow_bit(sc, j, shapes);
    if bit & (F_WORD | F_PLAIN | F_OTHER | F_TIME) == 0 {
        return bit;
    }
    let t = &sc.tokens[j];
    let mut bits = bit;
    if !t.gap {
        bits |= F_GLUED;
    }
    if t.kind == TokenKind::Word {
        let w = &sc.text.as_bytes()[t.start()..t.end()];
        if w.eq_ignore_ascii_case(b"in") || w.eq_ignore_ascii_case(b"out") {
            bits |= F_IN;
        }
    }
    bits
}

/// The `B_*` bit of the token before a number that starts at token `s`.
#[inline]
fn before_bit(sc: &Scanner<'_>, s: usize) -> u8 {
    let Some(t) = s.checked_sub(1).and_then(|p| sc.tokens.get(p)) else {
        return B_OTHER;
    };
    match t.kind {
        TokenKind::Punct(',' | '(') => B_COMMA,
        TokenKind::Word => {
            let w = &sc.text.as_bytes()[t.start()..t.end()];
            let is = |x: &[u8]| w.eq_ignore_ascii_case(x);
            // by length and first letter, then compared: most words before a number are none of
            // these, and are told so without a comparison
            match (w.len(), w.first().map_or(0, |c| c | 0x20)) {
                (2, b'i') if is(b"is") => B_AGE_VERB,
                (2, b'a') if is(b"at") => B_AGE_VERB,
                (3, b'a') if is(b"and") => B_AND,
                (3, b'w') if is(b"was") => B_AGE_VERB,
                (3, b'n') if is(b"now") => B_NOW,
                (4, b'o') if is(b"over") => B_BOUND,
                (4, b't') if is(b"turn") => B_AGE_VERB,
                (5, b'u') if is(b"under") => B_BOUND,
                (5, b'a') if is(b"above") => B_BOUND,
                (5, b'b') if is(b"below") => B_BOUND,
                (5, b't') if is(b"turns") => B_AGE_VERB,
                (5, b'r') if is(b"reach") => B_AGE_VERB,
                (6, b't') if is(b"turned") => B_AGE_VERB,
                (7, b't') if is(b"turning") => B_AGE_VERB,
                (7, b'r') if is(b"reaches") || is(b"reached") => B_AGE_VERB,
                _ => B_OTHER,
            }
        }
        _ => B_OTHER,
    }
}

const fn at(name: &'static str, start: Start, f: AtToken) -> Rule {
    glued(name, start, 0, f)
}

/// A rule at a token that answers only when the token and its neighbours have what `glued`
/// (`G_*` bits) says.
const fn glued(name: &'static str, start: Start, glued: u8, f: AtToken) -> Rule {
    Rule {
        name,
        start,
        matcher: Matcher::At(f),
        follows: F_ANY,
        glued,
        written: N_ANY,
        before: B_ANY,
    }
}

const fn number(name: &'static str, follows: u16, f: OnNumber) -> Rule {
    written(name, follows, N_ANY, f)
}

/// A rule on a number that answers only on numbers written as `written` (`N_*` bits) says.
const fn written(name: &'static str, follows: u16, written: u8, f: OnNumber) -> Rule {
    Rule {
        name,
        start: Start::Number,
        matcher: Matcher::OnNumber(f),
        follows,
        glued: 0,
        written,
        before: B_ANY,
    }
}

impl Rule {
    /// This rule on a number answers only after a token of the kinds `before` (`B_*` bits) says.
    const fn after(self, before: u8) -> Rule {
        Rule { before, ..self }
    }
}

use Start::*;
use Trigger as T;

/// Every rule, in priority order: where two rules could match at the same token, the first wins.
///
/// A rule at a token is `at(name, start, f)`, or `glued(name, start, G_*, f)` when it needs what
/// the `G_*` bits say. A rule on a parsed number is `number(name, F_*, f)` (`F_ANY` when it may
/// answer whatever follows the number), `written(name, F_*, N_*, f)` when it answers only on
/// numbers in digits or in words, and either `.after(B_*)` when it answers only after the tokens
/// those bits say; the tests at the end of this file call every rule where the driver skips it.
#[rustfmt::skip]
pub(super) const RULES: &[Rule] = &[
    // A number written with digits: what it is part of comes before the number alone.
    at("glued-period",     Digits,                 |sc, i| sc.glued_period(i)),            // "Q3", "FY2024"
    glued("glued-number",  Digits, G_BEFORE,       |sc, i| sc.glued_number(i)),            // "COVID-19": none
    glued("fraction-part", Digits, G_BEFORE,       |sc, i| sc.after_slash(i)),             // the 54 of "53/54"
    glued("year-span",     Digits, G_AFTER,        |sc, i| sc.year_span(i)),               // "1961-62"
    glued("numeric-date",  Digits, G_AFTER,        |sc, i| sc.numeric_date(i)),            // "2022-03-30"
    glued("score",         Digits, G_AFTER,        |sc, i| sc.score(i)),                   // "beat Barcelona 3-1": none
    glued("time-of-day",   Digits, G_CLOCK,        |sc, i| sc.time_of_day(i)),             // "10 a.m.", "2:58:41"
    glued("name-number",   Digits, G_APART | G_CAP_BEFORE, |sc, i| sc.name_number(i)),     // "Falcon 9": none
    glued("phone",         Digits, G_THREE_DIGITS, |sc, i| sc.phone(i)),                   // "555-123-4567": none
    glued("street-address", Digits, G_CAP_AFTER,   |sc, i| sc.street_address(i)),          // "10 Downing Street": none
    glued("age-decade",    Digits, G_AFTER,        |sc, i| sc.age_decade(i)),              // "in his 60s"
    glued("decade",        Digits, G_AFTER,        |sc, i| sc.decade(i)),                  // "1990s"
    glued("day-of-month",  Digits, G_DAY,          |sc, i| sc.day_number(i)),              // "30 March"
    glued("ordinal-suffix", Digits, G_AFTER,       |sc, i| sc.ordinal_suffix(i)),          // "21st"
    glued("slash-pair",    Digits, G_AFTER,        |sc, i| sc.slash(i)),                   // "1/2", "20/100"
    // Symbols.
    at("money-symbol",     CurrencySymbol,         |sc, i| sc.money_prefix(i, i)),         // "$5"
    at("negative-number",  Dash,                   |sc, i| sc.negative(i)),                // "-504"
    at("short-decade",     Apostrophe,             |sc, i| sc.short_decade(i)),            // "'90s"
    // Words.
    at("month",            Month,                  |sc, i| sc.month_expr(i)),              // "March 30"
    at("holiday",          Weekday,                |sc, i| sc.good_friday(i)),             // "Good Friday"
    at("weekday",          Weekday,                |sc, i| sc.bare_weekday(i)),            // "on Monday"
    at("quarter",          OrdinalWord,            |sc, i| sc.quarter_or_half(i)),         // "third-quarter"
    at("ordinal-word",     OrdinalWord,            |sc, i| sc.ordinal_word(i)),            // "third"
    at("ordinal-word",     TensWord,               |sc, i| sc.compound_ordinal(i)),        // "twenty-first"
    at("vague-plural",     VaguePlural,            |sc, i| sc.vague(i)),                   // "hundreds of"
    at("currency-code",    CurrencyCode,           |sc, i| sc.currency_code(i)),           // "USD 5"
    at("money-symbol",     Word(T::DollarPrefix),  |sc, i| sc.dollar_prefix(i)),           // "US$5"
    at("money-symbol",     Word(T::Article),       |sc, i| sc.dollar_prefix(i)),           // "A$5"
    at("money-symbol",     Word(T::Rupees),        |sc, i| sc.rupees(i)),                  // "Rs 500"
    at("clock-from-hour",  Word(T::Article),       |sc, i| sc.half_past(i)),               // "a quarter past 8"
    at("clock-from-hour",  Word(T::Half),          |sc, i| sc.half_past(i)),               // "half past eight"
    at("fraction-of",      Word(T::Article),       |sc, i| sc.article_fraction(i)),        // "a third of"
    at("fraction-of",      Word(T::Half),          |sc, i| sc.article_fraction(i)),        // "half of"
    at("name-number",      NumberWord,             |sc, i| sc.name_number_word(i)),        // "Formula One": none
    at("name-number",      TensWord,               |sc, i| sc.name_number_word(i)),        // "Twenty-One Pilots": none
    at("spoken-year",      NumberWord,             |sc, i| sc.spoken_year_or_decade(i)),   // "nineteen seventy-eight"
    at("spoken-year",      TensWord,               |sc, i| sc.spoken_year_or_decade(i)),   // "twenty-tens"
    at("fraction-words",   NumberWord,             |sc, i| sc.fraction_words(i)),          // "two-thirds"
    at("multiple",         Word(T::Multiple),      |sc, i| sc.multiple_word(i)),           // "tripled"
    at("a-number",         Word(T::Article),       |sc, i| sc.article(i)),                 // "a dozen", "a year"
    at("a-number",         Word(T::Quantifier),    |sc, i| sc.bare_couple(i)),             // "couple of weeks"
    at("spelled-decimal",  Word(T::Point),         |sc, i| sc.spelled_point(i)),           // "point five"
    at("spelled-negative", Word(T::Minus),         |sc, i| sc.spelled_minus(i)),           // "minus 5"
    at("day-word",         Word(T::DayWord),       |sc, i| sc.day_word(i)),                // "yesterday"
    at("weekend",          Word(T::Weekend),       |sc, i| sc.weekend(i)),                 // "weekend"
    at("age",              Word(T::Age),           |sc, i| sc.aged(i)),                    // "aged 80"
    at("the-past",         Word(T::The),           |sc, i| sc.the_past_or_future(i)),      // "the past", "the third quarter"
    at("the-phrase",       Word(T::The),           |sc, i| sc.the_phrase(i)),              // "the 15th"
    at("season",           Word(T::Relative),      |sc, i| sc.relative_season(i)),         // "next winter"
    at("relative-date",    Word(T::Relative),      |sc, i| sc.relative_phrase(i, i)),      // "last week"
    at("relative-date",    Word(T::EarlierLater),  |sc, i| sc.earlier_later(i)),           // "later this year"
    at("ides",             Word(T::Ides),          |sc, i| sc.ides(i)),                    // "the ides of March"
    at("holiday",          Word(T::Holiday),       |sc, i| sc.holiday(i)),                 // "Christmas Eve"
    at("clock-word",       Word(T::Clock),         |sc, i| sc.clock_word(i)),              // "noon"
    at("vague",            Word(T::Vague),         |sc, i| sc.vague_word(i)),              // "now", "several years"
    at("season",           Word(T::Season),        |sc, i| sc.season(i, None, i)),         // "summer 2019"
    at("period-part",      Word(T::Boundary),      |sc, i| sc.period_part(i)),             // "the end of the month"
    at("magnitude",        Word(T::Magnitude),     |sc, i| sc.magnitude(i)),               // "magnitude-8.2"
    at("storm-category",   Word(T::Category),      |sc, i| sc.storm_category(i)),          // "a Category 4 hurricane", "EF4"
    at("fiscal-year",      Word(T::Fiscal),        |sc, i| sc.fiscal_year(i)),             // "fiscal 2024"
    at("duration-period",  Word(T::Within),        |sc, i| sc.within(i)),                  // "within three years"
    at("decade-word",      Word(T::DecadeWord),    |sc, i| sc.decade_word(i)),             // "the seventies"
    // What a parsed number is ("12", "two", "a dozen", "half a"): the words after it decide.
    written("spelled-time",         F_ANY, N_WORDS, |sc, s, n| sc.spelled_time(s, n)),      // "seven thirty p.m."
    number("minutes-past",         F_WORD | F_TIME, |sc, s, n| sc.minutes_past(s, n)),      // "20 past nine"
    number("percent",           F_PERCENT | F_WORD, |sc, s, n| sc.percent(s, n)),           // "12%"
    number("percentage-points",   F_WORD | F_DASH, |sc, s, n| sc.percentage_points(s, n)), // "1.5 percentage points"
    number("ratio",                F_DASH | F_WORD, |sc, s, n| sc.times_ratio(s, n)),       // "4 1/2 times higher"
    number("one-in-n",                        F_IN, |sc, s, n| sc.one_in_n(s, n)),          // "one in five adults"
    number("money-suffix",                  F_WORD, |sc, s, n| sc.money_suffix(s, n)),      // "20 euros"
    number("age-suffix",  F_DASH | F_WORD | F_TIME, |sc, s, n| sc.age_suffix(s, n)),        // "80-year-old"
    number("age-and-older",                 F_WORD, |sc, s, n| sc.age_and_older(s, n)),     // "65 and older"
    number("age-bound",                      F_ANY, |sc, s, n| sc.age_bound(s, n)).after(B_BOUND),       // "people over 65"
    number("age-clause",                     F_ANY, |sc, s, n| sc.age_clause(s, n)).after(B_AGE_VERB),   // "before he is 40"
    number("weekday-count",                 F_WORD, |sc, s, n| sc.weekday_count(s, n)),     // "3 fridays ago"
    number("duration",    F_DASH | F_WORD | F_TIME, |sc, s, n| sc.duration(s, n)),          // "2 years", "10 years ago"
    number("quantity",  F_DASH | F_WORD | F_DEGREE, |sc, s, n| sc.quantity(s, n)),          // "400 km"
    number("glued-letters",                F_GLUED, |sc, s, n| sc.glued_letters(s, n)),    // "5G": none
    written("year",                F_ANY, N_DIGITS, |sc, s, n| sc.year(s, n)),              // "in 2017"
    number("age-apposition",                 F_ANY, |sc, s, n| sc.age_apposition(s, n)).after(B_COMMA | B_NOW),  // "Mary, 77,"
    written("age-list",             F_ANY, N_DIGITS, |sc, s, n| sc.age_list(s, n)).after(B_COMMA | B_AND), // "aged 19, 23 and 31"
    written("pronoun-one",          F_ANY, N_WORDS, |sc, s, n| sc.pronoun_one(s, n)),       // "one of them": none
    number("race-distance",                 F_WORD, |sc, s, n| sc.race_distance(s, n)),     // "the 10k race"
    number("count",                          F_ANY, |sc, s, n| sc.count(s, n)),             // "two cosmonauts"
    // (after the count: "June 27 and 28 people" is a count; only numbers nothing took get here)
    number("date-list", F_WORD | F_TIME | F_PLAIN | F_PUNCT | F_END, |sc, s, n| sc.day_after_and(s, n)).after(B_AND), // "June 27 and 28"
    number("number",                         F_ANY, |sc, s, n| sc.plain_number(s, n)),      // "1200000"
];

impl<'a> Scanner<'a> {
    /// The value (or the non-value) that starts at token `i`, by the first rule that answers.
    #[inline]
    pub(super) fn try_rules(&mut self, i: usize) -> Option<Hit> {
        let start = self.start_at(i)?;
        let index: &'static RuleIndex = &RULE_INDEX;
        let glued = self.has(i, start);
        for &(name, f) in index.at[start.index() * 256 + usize::from(glued)].iter() {
            if let Some(h) = f(self, i) {
                return Some(h.named(name));
            }
        }
        if !start.takes_number() {
            return None;
        }
        let np = self.number_at(i, false)?;
        self.classify(i, &np)
    }

    /// What the number `np` starting at token `s` is: the first `Start::Number` rule that answers.
    #[inline]
    pub(super) fn classify(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let index: &'static RuleIndex = &RULE_INDEX;
        let shapes: &Keywords = &KEYWORD_SHAPES;
        let key = number_key(
            follow_bits(self, np.end, shapes),
            before_bit(self, s),
            np.words,
        );
        for &(name, f) in index.on_number[key].iter() {
            if let Some(h) = f(self, s, np) {
                return Some(h.named(name));
            }
        }
        None
    }

    /// What token `i` and its neighbours have of the `G_*` bits, read once for the rules that
    /// need them (the bits past `G_ANY_START` only for a number in digits).
    #[inline]
    fn has(&self, i: usize, start: Start) -> u8 {
        let before = self.touches(i);
        let mut has =
            if before { G_BEFORE } else { G_APART } | if self.touches(i + 1) { G_AFTER } else { 0 };
        if start == Start::Digits {
            // a number in digits is glued, for its rules, only to what may continue it: most
            // numbers glued to the token after them end at a comma, a full stop, a "%" or a ")"
            if has & G_AFTER != 0 && !self.continues_number(i + 1) {
                has &= !G_AFTER;
            }
            if i > 0 && self.name_cased(i - 1) {
                has |= G_CAP_BEFORE;
            }
            if self.capitalized(i + 1) {
                has |= G_CAP_AFTER;
            }
            let t = &self.tokens[i];
            // what `meridiem` needs at the token after a number of three or four digits or with
            // decimals before `time_of_day` can answer on it
            let meridiem_after = || {
                self.word_bytes(i + 1).is_some_and(|w| {
                    w.len() <= 2 && matches!(w.first().map(|c| c | 0x20), Some(b'a' | b'p'))
                })
            };
            has |= match (t.int_digits, t.int_value) {
                (1..=2, 1..=24) => G_DAY | G_CLOCK,
                (1..=2, 25..=31) => G_DAY,
                (1..=2, 0) => G_CLOCK,
                (1..=2, _) | (5.., _) => 0,
                (3, _) if meridiem_after() => G_THREE_DIGITS | G_CLOCK,
                (3, _) => G_THREE_DIGITS,
                (0 | 4, _) if meridiem_after() => G_CLOCK,
                // "1130 GMT": a wire's clock in four digits before a zone
                (4, _) if !self.touches(i + 1) && self.zone_word(i + 1) => G_CLOCK,
                (0 | 4, _) => 0,
            };
        }
        has
    }

    /// Token `j`, glued to the number in digits before it, may continue it for a rule on
    /// `G_AFTER`: a word ("1990s", "21st"), a number, other letters, "-", "/" or "'"
    /// ("1961-62", "1/2", "1990's"), or a "." glued to what follows it ("10.31.1974").
    #[inline]
    fn continues_number(&self, j: usize) -> bool {
        match self.kind(j) {
            Some(TokenKind::Punct('-' | '/' | '\'')) => true,
            Some(TokenKind::Punct('.')) => self.touches(j + 1),
            Some(TokenKind::Punct(_)) | None => false,
            Some(TokenKind::Word | TokenKind::Number | TokenKind::Other) => true,
        }
    }

    #[inline]
    fn start_at(&self, i: usize) -> Option<Start> {
        // Past the last token ("at the end of" closing a sentence): no rule starts.
        let t = self.tokens.get(i)?;
        // most tokens are words the lexicon does not know: out at once
        if matches!(t.lex, Lexeme::None) && matches!(t.kind, TokenKind::Word) {
            return None;
        }
        Some(match t.kind {
            TokenKind::Number => Digits,
            TokenKind::Punct('$' | '€' | '£' | '¥' | '₹' | '₽') => CurrencySymbol,
            TokenKind::Punct('-') => Dash,
            TokenKind::Punct('\'') => Apostrophe,
            // "½ of the ballots", "¾ mile": a vulgar fraction standing alone is read as "half"
            // is (one glued to a number or after one is part of it, "2½", "2 ½")
            TokenKind::Punct(c)
                if vulgar_fraction(c).is_some() && !(i > 0 && self.is_num(i - 1)) =>
            {
                Word(T::Half)
            }
            TokenKind::Punct(_) | TokenKind::Other => return None,
            TokenKind::Word => match t.lex {
                Lexeme::Month(..) => Month,
                Lexeme::Weekday(..) => Weekday,
                Lexeme::Ordinal(_) => OrdinalWord,
                Lexeme::Tens(_) => TensWord,
                Lexeme::Cardinal(_) | Lexeme::Hundred => NumberWord,
                Lexeme::VaguePlural(_) => VaguePlural,
                // a currency word starts money only as a code in capitals ("USD 5")
                Lexeme::Currency(_) => CurrencyCode,
                Lexeme::Trigger(trigger) if self.trigger_has_context(i, trigger) => Word(trigger),
                // "Labor Day", "New Year's Eve": a holiday named before a capitalised unit
                Lexeme::TimeUnit(TimeUnit::Day | TimeUnit::Year)
                    if self.text_of(i).as_bytes()[0].is_ascii_uppercase() && i > 0 =>
                {
                    Word(T::Holiday)
                }
                // "quarter past eight", "quarter to 7": a clock time told from the hour;
                // "some quarter million people": a fraction of a scale, read as "half million"
                Lexeme::TimeUnit(TimeUnit::Quarter)
                    if self.is_any(i + 1, &["past", "to"])
                        || matches!(self.lex(self.after_dash(i + 1)), Lexeme::Scale(_)) =>
                {
                    Word(T::Half)
                }
                Lexeme::Trigger(_)
                | Lexeme::None
                | Lexeme::Scale(_)
                | Lexeme::Dozen
                | Lexeme::TimeUnit(_)
                | Lexeme::Measure(_) => return None,
            },
        })
    }

    /// Every trigger needs a known word, a number or a "$" after it, except those that stand
    /// alone ("today", "Christmas", "now", "noon"): this keeps "the", "a" and "this" cheap.
    /// `trigger` is the token's own, which the caller has just read.
    #[inline]
    fn trigger_has_context(&self, i: usize, trigger: Trigger) -> bool {
        if matches!(
            trigger,
            T::DayWord
                | T::Weekend
                | T::Holiday
                | T::Ides
                | T::Age
                | T::Rupees
                | T::Half
                | T::Clock
                | T::Multiple
                | T::Vague
                | T::Season
                | T::Boundary
                | T::Magnitude
                | T::DecadeWord
                | T::Quantifier
        ) {
            return true;
        }
        !matches!(self.lex(i + 1), Lexeme::None)
            || matches!(
                self.kind(i + 1),
                Some(TokenKind::Number | TokenKind::Punct('$'))
            )
            // "earlier in the week"
            || (trigger == T::EarlierLater && self.is(i + 1, "in"))
    }
}

/// The names of the rules, in table order (a name may appear more than once).
pub(super) fn rule_names() -> impl Iterator<Item = &'static str> {
    RULES.iter().map(|r| r.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scanner over the whole of `text`, as `scan` makes one, for calling rules directly.
    fn scanner<'a>(
        text: &'a str,
        tokens: &'a [Token],
        published: Option<NaiveDate>,
        out: &'a mut Vec<RawValue>,
    ) -> Scanner<'a> {
        Scanner {
            text,
            tokens,
            published,
            out,
            names: None,
            base: 0,
            anchor: None,
            floor: 0,
            score_end: 0,
        }
    }

    /// The texts of the value fixtures: the table, Duckling's cases and Recognizers-Text's specs.
    fn fixture_texts() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
        let mut texts = Vec::new();
        for file in ["values-table.jsonl", "duckling-dev.jsonl"] {
            let data = std::fs::read_to_string(format!("{dir}/{file}")).expect("fixture");
            for line in data.lines().filter(|l| !l.trim().is_empty()) {
                let v: serde_json::Value = serde_json::from_str(line).expect("json line");
                texts.push(v["text"].as_str().expect("text").to_string());
            }
        }
        for entry in std::fs::read_dir(format!("{dir}/recognizers")).expect("recognizers") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "json") {
                let data = std::fs::read_to_string(&path).expect("spec");
                let v: serde_json::Value = serde_json::from_str(&data).expect("json");
                for case in v.as_array().expect("cases") {
                    texts.push(case["Input"].as_str().unwrap_or_default().to_string());
                }
            }
        }
        texts
    }

    /// Reads every number of `texts` (published 2022-03-14) and hands `each` the scanner, the
    /// text, the number's token and the number. `each` may call rules on the scanner.
    fn for_each_number(
        texts: &[String],
        mut each: impl FnMut(&mut Scanner<'_>, &str, usize, &ParsedNumber),
    ) {
        let published = NaiveDate::from_ymd_opt(2022, 3, 14);
        for text in texts {
            let (mut toks, mut starts) = (Vec::new(), Vec::new());
            tokenize(text, &mut toks, &mut starts);
            let mut out = Vec::new();
            let mut sc = scanner(text, &toks, published, &mut out);
            for i in 0..toks.len() {
                if let Some(np) = sc.number_at(i, false) {
                    each(&mut sc, text, i, &np);
                }
            }
        }
    }

    /// Calls each rule on a number that `skipped` says the driver skips at number `np` (token
    /// `i` of `text`), asserts that none answers, and gives how many it called.
    fn skipped_number_rules_answer_nothing(
        sc: &mut Scanner<'_>,
        text: &str,
        i: usize,
        np: &ParsedNumber,
        skipped: impl Fn(&Rule) -> bool,
    ) -> usize {
        let mut called = 0;
        for rule in RULES {
            if let Matcher::OnNumber(f) = rule.matcher
                && skipped(rule)
            {
                called += 1;
                let h = f(sc, i, np);
                assert!(
                    h.is_none(),
                    "rule {} answers {h:?} at token {i} of {text:?}, where it is skipped",
                    rule.name
                );
            }
        }
        called
    }

    /// The driver skips the rules on a number not marked `F_PLAIN` (nor `F_IN` or `F_GLUED`, when
    /// the word is "in" or glued to the number) when a word that is no keyword and has no lexeme
    /// follows the number: at every number of the fixtures followed by such
    /// a word, each of those rules, called anyway, must answer nothing. (A rule that comes to
    /// read a new word after the number fails here until the word joins `NUMBER_KEYWORDS`.)
    #[test]
    fn rules_skipped_before_a_plain_word_answer_nothing() {
        let mut texts = fixture_texts();
        // each keyword after a number, and plain words that share a keyword's shape
        for w in NUMBER_KEYWORDS.split_whitespace() {
            texts.push(format!("It was 5 {w} higher, and 12 {w} 9."));
        }
        texts.push("Some 40 people came for 3 weeks, 2 miles away, at 7 pm.".into());
        texts.push("About 30 people and 12 cars were seen by 4 officers in 9 towns.".into());
        let shapes: &Keywords = &KEYWORD_SHAPES;
        let (mut plain, mut checked) = (0, 0);
        for_each_number(&texts, |sc, text, i, np| {
            if follow_bit(sc, np.end, shapes) != F_PLAIN {
                return;
            }
            plain += 1;
            // with `F_IN` or `F_GLUED` beside it, as the driver reads it
            let follow = follow_bits(sc, np.end, shapes);
            checked +=
                skipped_number_rules_answer_nothing(sc, text, i, np, |r| r.follows & follow == 0);
        });
        assert!(
            plain > 500 && checked > 5000,
            "{plain} numbers, {checked} calls"
        );
    }

    /// The driver skips a rule on a number written the way its `written` bits leave out: at
    /// every number of the fixtures, each such rule, called anyway, must answer nothing.
    #[test]
    fn rules_skipped_for_how_a_number_is_written_answer_nothing() {
        let mut texts = fixture_texts();
        texts.push("At seven thirty p.m. one of them said 2017 was one in five, 7 of 10.".into());
        let (mut words, mut digits) = (0, 0);
        for_each_number(&texts, |sc, text, i, np| {
            let form = if np.words { N_WORDS } else { N_DIGITS };
            if np.words {
                words += 1;
            } else {
                digits += 1;
            }
            skipped_number_rules_answer_nothing(sc, text, i, np, |r| r.written & form == 0);
        });
        assert!(
            words > 300 && digits > 1000,
            "{words} in words, {digits} in digits"
        );
    }

    /// The driver skips a rule at a token when the token lacks what the rule's `G_*` bits need:
    /// at every token of the fixtures that may start a rule, each rule of its start that is
    /// skipped there, called anyway, must answer nothing.
    #[test]
    fn rules_skipped_for_what_a_token_lacks_answer_nothing() {
        let mut texts = fixture_texts();
        texts.push(
            "Falcon 9 flew. Call 555-123-4567 or (212) 555-1234 at 10 Downing Street on \
             2022-03-30, 3/14 or 22/04; COVID-19 hit 53/54 in 1961-62."
                .into(),
        );
        let published = NaiveDate::from_ymd_opt(2022, 3, 14);
        let (mut skipped, mut numbers) = (0, 0);
        for text in &texts {
            let (mut toks, mut starts) = (Vec::new(), Vec::new());
            tokenize(text, &mut toks, &mut starts);
            let mut out = Vec::new();
            let mut sc = scanner(text, &toks, published, &mut out);
            for &i in &starts {
                let Some(start) = sc.start_at(i) else {
                    continue;
                };
                numbers += usize::from(start == Start::Digits);
                let has = sc.has(i, start);
                for rule in RULES {
                    if let Matcher::At(f) = rule.matcher
                        && rule.start == start
                        && rule.glued & !has != 0
                    {
                        skipped += 1;
                        let h = f(&mut sc, i);
                        assert!(
                            h.is_none(),
                            "rule {} answers {h:?} at token {i} of {text:?}, where it is skipped",
                            rule.name
                        );
                    }
                }
            }
        }
        assert!(
            numbers > 1000 && skipped > 5000,
            "{numbers} numbers, {skipped} calls"
        );
    }

    /// The driver skips a rule on a number when the token after the number has none of the
    /// rule's `follows` bits (`F_IN`, `F_GLUED` among them) or the token before it none of its
    /// `before` bits: at every number of the fixtures, each rule skipped there, called anyway,
    /// must answer nothing.
    #[test]
    fn rules_skipped_for_the_tokens_around_a_number_answer_nothing() {
        let mut texts = fixture_texts();
        texts.push(
            "Voters over 50 turned out; when he was 12, she turned 41 and died at 88. Mary, 77, \
             and Smith (45) were aged 19, 23 and 31 on June 27 and 28. One in five, nine out of \
             ten, 5G, 3D. People under 18, those above 65 or below 16; he will turn 65, reaches \
             70, reached 80, is 9, turning 30, turns 18 in May, was 40."
                .into(),
        );
        let shapes: &Keywords = &KEYWORD_SHAPES;
        let (mut numbers, mut skipped) = (0, 0);
        for_each_number(&texts, |sc, text, i, np| {
            numbers += 1;
            let (follow, before) = (follow_bits(sc, np.end, shapes), before_bit(sc, i));
            skipped += skipped_number_rules_answer_nothing(sc, text, i, np, |r| {
                r.follows & follow == 0 || r.before & before == 0
            });
        });
        assert!(
            numbers > 1500 && skipped > 10000,
            "{numbers} numbers, {skipped} calls"
        );
    }

    /// Every keyword, in any case, is classed as a word the keyword rules read (`F_WORD`, or
    /// `F_TIME` for the units of time among them: "minutes", "quarter").
    #[test]
    fn keywords_are_never_plain() {
        let shapes: &Keywords = &KEYWORD_SHAPES;
        for w in NUMBER_KEYWORDS.split_whitespace() {
            for text in [format!("5 {w}"), format!("5 {}", w.to_uppercase())] {
                let (mut toks, mut starts) = (Vec::new(), Vec::new());
                tokenize(&text, &mut toks, &mut starts);
                let mut out = Vec::new();
                let sc = Scanner {
                    text: &text,
                    tokens: &toks,
                    published: None,
                    out: &mut out,
                    names: None,
                    base: 0,
                    anchor: None,
                    floor: 0,
                    score_end: 0,
                };
                let bit = follow_bit(&sc, 1, shapes);
                assert!(bit == F_WORD || bit == F_TIME, "{text}");
            }
        }
    }
}
