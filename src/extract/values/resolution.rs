//! Resolution: calendar arithmetic, the tense of a sentence and relative dates anchored to the publication date.

use super::*;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) enum Grain {
    Day,
    Week,
    Month,
    /// A quarter, `2023-Q3`, anchored on its first day.
    Quarter,
    /// A half year, `2024-H1`, anchored on its first day.
    Half,
    Year,
}

impl Grain {
    /// Whether a shift by `comps` keeps a date of this grain on a boundary of the grain: "a year
    /// earlier" than the third quarter is a quarter, "two months later" is no quarter, "a month
    /// earlier" than a year no year.
    pub(super) fn holds(self, comps: &[(Decimal, TimeUnit)]) -> bool {
        let months = match self {
            Grain::Day => return true,
            // "two weeks later" than a week is a week; "a month later" is no week
            Grain::Week => {
                return comps.iter().all(|&(v, u)| {
                    let days = match u {
                        TimeUnit::Week => v * Decimal::from(7),
                        TimeUnit::Fortnight => v * Decimal::from(14),
                        TimeUnit::Day => v,
                        _ => return false,
                    };
                    (days % Decimal::from(7)).is_zero()
                });
            }
            Grain::Month => 1,
            Grain::Quarter => 3,
            Grain::Half => 6,
            // "a month earlier" than 2023 is no year
            Grain::Year => 12,
        };
        comps.iter().all(|&(v, u)| {
            let m = match u {
                TimeUnit::Year => v * Decimal::from(12),
                TimeUnit::Decade => v * Decimal::from(120),
                TimeUnit::Century => v * Decimal::from(1200),
                TimeUnit::Quarter => v * Decimal::from(3),
                TimeUnit::Month => v,
                _ => return false,
            };
            (m % Decimal::from(months)).is_zero()
        })
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// The words that are a cue of a tense by themselves: strong or weak, and the tense. A hash
/// set, as every word of a text with a date is looked up.
static CUE_WORDS: LazyLock<rustc_hash::FxHashMap<&'static str, (bool, Tense)>> = LazyLock::new(
    || {
        let groups: [(&str, bool, Tense); 5] = [
            (
                "will shall upcoming scheduled expected planned plans plan slated tomorrow next due \
                 expect expects anticipate anticipates",
                true,
                Tense::Future,
            ),
            (
                "could would may might can cannot must should begins starts opens resumes closes ends expires meets \
                 arrives returns launches goes takes kicks faces reopens debuts premieres convenes",
                false,
                Tense::Future,
            ),
            // the present: a sentence with "now" is no report of the past ("Traders now see a
            // cut in November"), so a date by it keeps the year of publication
            ("now currently", false, Tense::Unknown),
            // verbs whose past is written as the present ("The Fed cut rates in September"):
            // the past more often than not in news, but weakly, as the present is read the same
            (
                "cut hit put cost shut spread quit split hurt beat let",
                false,
                Tense::Past,
            ),
            (
                "was were had did said told became took went came made gave met left began saw \
                 got ago yesterday last wrote spoke held won fell rose sent paid brought found \
                 led felt knew grew broke chose flew ran earlier previously recalled \
                 died fled bled shed sped tied lied heard sold bought caught fought taught \
                 thought sought built spent lent meant kept slept swept lost stood \
                 understood drew threw blew wore tore swore rode drove woke froze stole \
                 forgot sat ate sang rang sank swam struck dug drank shook forgave \
                 arose withdrew undertook overtook oversaw upheld withheld",
                true,
                Tense::Past,
            ),
        ];
        groups
            .iter()
            .flat_map(|&(words, strong, tense)| {
                words.split_whitespace().map(move |w| (w, (strong, tense)))
            })
            .collect()
    },
);

/// A verb in the past that is a strong cue by itself ("ran", "said", "became"): the words
/// of `CUE_WORDS` that say the past, for rules that ask whether a word is such a verb.
pub(super) fn is_past_verb(w: &str) -> bool {
    CUE_WORDS.get(w) == Some(&(true, Tense::Past))
}

/// The shapes of the cue words and of those `cue_at` reads with their neighbours.
static CUE_SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    Shapes::of(
        CUE_WORDS
            .keys()
            .copied()
            .chain(["last", "ll", "won", "set", "going", "go", "is", "are"])
            .chain([
                "likely",
                "unlikely",
                "vowed",
                "pledged",
                "promised",
                "intends",
                "intended",
                "aims",
                "aimed",
                "hopes",
                "hoped",
                "poised",
                "bound",
                "about",
                "forecast",
                "projected",
                "predicted",
                "tipped",
            ])
            .chain(["open", "close", "begin", "start", "resume", "reopen"])
            .chain([
                "host", "hosts", "face", "faces", "play", "plays", "visit", "visits", "meet",
                "meets", "travels", "heads", "head",
            ]),
    )
});

/// Verbs of a wish or a plan in the present ("they favour a cut in July", "she supports a
/// vote on Friday", "calls for talks in March"): what they govern is still to come, whatever
/// tense the verb that reports them is in (`wished_for`).
const WISH_VERBS: &[&str] = &[
    "favour",
    "favours",
    "favor",
    "favors",
    "support",
    "supports",
    "prefer",
    "prefers",
    "want",
    "wants",
    "backs",
    "urge",
    "urges",
    "propose",
    "proposes",
    "seek",
    "seeks",
    "call",
    "calls",
    "advocate",
    "advocates",
];

/// Words that open a noun phrase: "plan" after one is a noun ("its plan", "her housing plan").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "new",
];

/// Verbs of a schedule in the present before "on", "from", "through" or "until" and a date
/// ("begins on Jan. 10", "expire on Feb. 1"), for `Scanner::schedule_verb_before`.
const SCHEDULE_VERBS: &[&str] = &[
    "begin", "begins", "start", "starts", "open", "opens", "reopen", "reopens", "close", "closes",
    "end", "ends", "expire", "expires", "resume", "resumes",
];

/// A cue that dates its own phrase rather than tells the tense of a verb: "ago", "last",
/// "next", "earlier", "yesterday", "tomorrow" (`b`: the word's bytes).
fn phrase_cue(b: &[u8]) -> bool {
    ["ago", "last", "next", "earlier", "yesterday", "tomorrow"]
        .iter()
        .any(|w| b.eq_ignore_ascii_case(w.as_bytes()))
}

/// A word in "-ed" of five letters or more (`b`: its bytes), in either case: a participle may be a
/// weak cue of the past. (`c | 0x20` is `e` or `d` only for that letter in either case.)
#[inline]
fn ends_ed(b: &[u8]) -> bool {
    let n = b.len();
    n >= 5 && (b[n - 2] | 0x20) == b'e' && (b[n - 1] | 0x20) == b'd'
}

/// The nearest cue of a tense: its distance in tokens, and the tense.
type Cue = Option<(usize, Tense)>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Relative {
    Last,
    This,
    Next,
    Bare,
}

#[inline]
pub(super) fn format_date(d: NaiveDate, g: Grain) -> Option<String> {
    let y = d.year();
    if !(0..=9999).contains(&y) {
        return None;
    }
    // Written digit by digit into a string sized once: this runs for most values, and
    // `format!` costs ten times more (pushing char by char, three times); digits pushed as
    // characters also spare the UTF-8 check of a byte buffer made a string (about 75
    // instructions a date) and its copy.
    let mut s = String::with_capacity(10);
    match g {
        Grain::Day => {
            let (m, day) = (d.month(), d.day());
            put_padded(&mut s, y.unsigned_abs(), 4);
            s.push('-');
            put_padded(&mut s, m, 2);
            s.push('-');
            put_padded(&mut s, day, 2);
        }
        Grain::Month => {
            put_padded(&mut s, y.unsigned_abs(), 4);
            s.push('-');
            put_padded(&mut s, d.month(), 2);
        }
        Grain::Year => {
            put_padded(&mut s, y.unsigned_abs(), 4);
        }
        Grain::Quarter | Grain::Half => {
            put_padded(&mut s, y.unsigned_abs(), 4);
            let (letter, months) = if g == Grain::Quarter {
                ('Q', 3)
            } else {
                ('H', 6)
            };
            s.push('-');
            s.push(letter);
            put_padded(&mut s, (d.month() - 1) / months + 1, 1);
        }
        Grain::Week => {
            let w = d.iso_week();
            // The week's year may fall outside 0..=9999 next to it ("0000-01-01" is in a week
            // of year -1): `format!` writes the sign as before.
            if !(0..=9999).contains(&w.year()) {
                return Some(format!("{:04}-W{:02}", w.year(), w.week()));
            }
            put_padded(&mut s, w.year().unsigned_abs(), 4);
            s.push('-');
            s.push('W');
            put_padded(&mut s, w.week(), 2);
        }
    }
    Some(s)
}

/// The last `width` decimal digits of `n`, zero-padded, pushed onto `s` (as `{n:0width$}` for an
/// `n` of at most that many digits: a year of 0..=9999, a month, a day, a week).
#[inline]
fn put_padded(s: &mut String, n: u32, width: usize) {
    let mut digits = [0u8; 4];
    let mut m = n;
    for c in digits[..width].iter_mut().rev() {
        *c = b'0' + (m % 10) as u8;
        m /= 10;
    }
    for &c in &digits[..width] {
        s.push(char::from(c));
    }
}

#[inline]
pub(super) fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

#[inline]
pub(super) fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n.unsigned_abs() > 1_000_000 {
        return None;
    }
    if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs() as u32))
    }
}

#[inline]
pub(super) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// A date written "YYYY-MM-DD" (as `format_date` writes a day), as
/// `NaiveDate::parse_from_str(s, "%Y-%m-%d")` reads it: that shape is read here digit by digit
/// (chrono's parser costs about a thousand instructions a call), any other is left to chrono.
#[inline]
pub(super) fn parse_ymd(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10))
    {
        return ymd(y as i32, m, d);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

#[inline]
pub(super) fn days_in_month(y: i32, m: u32) -> u32 {
    // the years of news by the calendar's rule, without two dates built and subtracted (a month
    // with its day asks this of every day it reads)
    if (1..=9999).contains(&y) {
        return match m {
            4 | 6 | 9 | 11 => 30,
            2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
            2 => 28,
            // and any other, as no date of it is built below
            _ => 31,
        };
    }
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    match (ymd(ny, nm, 1), ymd(y, m, 1)) {
        (Some(a), Some(b)) => (a - b).num_days() as u32,
        _ => 31,
    }
}

#[inline]
pub(super) fn monday_of(d: NaiveDate) -> NaiveDate {
    add_days(d, -i64::from(d.weekday().num_days_from_monday())).unwrap_or(d)
}

#[inline]
pub(super) fn weekday_index(d: NaiveDate) -> u32 {
    d.weekday().num_days_from_monday()
}

/// Two-digit years: the nearest century that does not put the year more than ten years after
/// publication (or after 2035 without one).
#[inline]
pub(super) fn expand_year(y: u32, digits: usize, pb: Option<NaiveDate>) -> i32 {
    if digits > 2 {
        return y as i32;
    }
    let limit = pb.map_or(2035, |p| p.year() + 10);
    let c = 2000 + y as i32;
    if c <= limit { c } else { 1900 + y as i32 }
}

#[inline]
pub(super) fn easter(y: i32) -> Option<NaiveDate> {
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

impl<'a> Scanner<'a> {
    /// The tense of the sentence around token `i`: the nearest strong cue ("will", "said"), else
    /// the nearest weak one (a past participle, "could").
    #[inline]
    pub(super) fn tense(&self, i: usize) -> Tense {
        // the nearest strong cue decides alone: the reading may stop at it
        let (strong, weak, fallback) = self.tense_cues(i, false);
        strong.or(weak).map_or(fallback, |(_, t)| t)
    }

    /// The tense of the verb nearest token `i`, strong or weak: a weekday belongs to its own verb
    /// ("on Friday announced it will close": announced, the past).
    #[inline]
    pub(super) fn own_tense(&self, i: usize) -> Tense {
        let (strong, weak, fallback) = self.tense_cues(i, true);
        Self::nearer_cue(strong, weak).unwrap_or(fallback)
    }

    /// Of a strong and a weak cue, the nearer (the strong one at the same distance).
    #[inline]
    fn nearer_cue(strong: Cue, weak: Cue) -> Option<Tense> {
        match (strong, weak) {
            (Some((ds, ts)), Some((dw, tw))) => Some(if dw < ds { tw } else { ts }),
            (Some((_, t)), None) | (None, Some((_, t))) => Some(t),
            (None, None) => None,
        }
    }

    /// `own_tense` for a weekday: a short report with no cue at all ("Arsenal beat Brentford on
    /// Sunday", "beat" read as its present too) tells of the past, as a longer one does.
    #[inline]
    fn weekday_tense(&self, i: usize) -> Tense {
        let (strong, weak, fallback, words) = self.tense_cues_words(i, true);
        Self::nearer_cue(strong, weak).unwrap_or_else(|| {
            if self.scheduled_present(i) {
                Tense::Future
            } else if words >= 3 {
                Tense::Past
            } else {
                fallback
            }
        })
    }

    /// The weekday at token `i` is what was expected or scheduled, in the narrator's own words:
    /// "It was expected to weaken on Wednesday", "The hearing was scheduled for Tuesday" (a past
    /// auxiliary right before the participle, within eight words of the weekday in its clause).
    /// The past of such an expectation is the report's own, as often of a day still to come as
    /// of one gone, so the weekday is the one nearest publication (`resolve_weekday`). Not in a
    /// report of what someone said
    /// ("officials said the vote was expected on Friday": the tense follows the saying), nor
    /// after "until" or "before" ("was expected to last until Friday").
    fn expected_by_narrator(&self, i: usize) -> bool {
        let mut found = None;
        for (j, b) in self.clause_words_back(i).take(8) {
            if self.is_any(
                j,
                &["until", "till", "before", "by", "next", "this", "coming"],
            ) {
                return false;
            }
            if matches!(
                b,
                b"expected" | b"scheduled" | b"slated" | b"due" | b"set" | b"planned"
            ) && j > self.floor
                && self.is_any(j - 1, &["was", "were"])
            {
                found = Some(j - 1);
                break;
            }
        }
        let Some(aux) = found else {
            return false;
        };
        // no verb of saying in the sentence, before it or in a tag after it
        const SAYING: &[&str] = &["said", "says", "say", "told", "added", "announced"];
        let mut k = aux;
        while k > self.floor {
            k -= 1;
            if self.sentence_end(k) {
                break;
            }
            if self.is_any(k, SAYING) {
                return false;
            }
        }
        let mut k = i + 1;
        while k < self.tokens.len() && !self.sentence_end(k) {
            if self.is_any(k, SAYING) {
                return false;
            }
            k += 1;
        }
        true
    }

    /// A clause with no tense cue whose verb is in the present of the third person, before the
    /// weekday at token `i`: a time to come, as news writes a schedule ("The Senate votes on the
    /// bill on Thursday", "The museum reopens to the public on Friday", "The company reports its
    /// earnings on Thursday"; in the plural "Voters head to the polls on Sunday", "Unions strike
    /// on Friday"). The verb is a lowercase word, in "-s" after a name or a noun, or bare after
    /// a plural noun, near the clause's head, with a preposition or a determiner after it (which
    /// a plural noun rarely has in a sentence without any verb of the past).
    fn scheduled_present(&self, i: usize) -> bool {
        // at most four words before token `j` in its clause
        let near_head = |j: usize| {
            let mut k = j;
            let mut before = 0;
            while k > 0 && before <= 4 {
                k -= 1;
                if self.sentence_end(k) || self.punct(k, ',') || self.punct(k, ';') {
                    break;
                }
                before += usize::from(self.is_word(k));
            }
            before <= 4
        };
        // a plural noun: "Voters", "storms" (not "bus", "crisis", "class", "its")
        let plural = |w: &[u8]| {
            w.len() > 3
                && w.ends_with(b"s")
                && !(w.ends_with(b"ss") || w.ends_with(b"us") || w.ends_with(b"is"))
        };
        if self.foretold(i) {
            return true;
        }
        let mut j = i;
        let mut words = 0;
        while j > 1 {
            j -= 1;
            if self.sentence_end(j) || self.punct(j, ',') || self.punct(j, ';') {
                return false;
            }
            let Some(b) = self.word_bytes(j) else {
                continue;
            };
            words += 1;
            if words > 12 {
                return false;
            }
            if b.iter().all(u8::is_ascii_lowercase)
                && self.is_any(
                    j + 1,
                    &[
                        "on", "to", "at", "in", "its", "their", "the", "a", "an", "from", "for",
                        "with", "into", "back", "his", "her",
                    ],
                )
                // "The Celtics, who lost on Wednesday, host …": the noun is before the aside
                && let h = match self.aside_before(j) {
                    Some(r) if j >= 1 && r.contains(&(j - 1)) && *r.start() > 0 => r.start() - 1,
                    _ => j - 1,
                }
                && let Some(p) = self.word_bytes(h)
                && !is_function_word(self.lower(h).as_str())
            {
                let singular = b.len() >= 4 && plural(b);
                // the bare present after a plural noun: not a past, a participle or an adverb
                let bare = b.len() >= 3
                    && !b.ends_with(b"s")
                    && !b.ends_with(b"ed")
                    && !b.ends_with(b"ing")
                    && !b.ends_with(b"ly")
                    && plural(p)
                    && !is_function_word(self.lower(j).as_str());
                if (singular || bare) && near_head(j) && !change_or_impact(b) {
                    return true;
                }
            }
        }
        false
    }

    /// A verb of foretelling in the present closing the sentence of the weekday at token `i`,
    /// after a comma ("Storms lash the east coast on Thursday, forecasters warn", "…, the agency
    /// predicts"): what is told is to come ("Shares fall on Monday after Fed warns" is no such
    /// closing clause).
    #[inline]
    fn foretold(&self, i: usize) -> bool {
        let mut j = i + 1;
        let mut words = 0;
        // the comma, a few words on
        while !self.punct(j, ',') {
            if j >= self.tokens.len() || self.sentence_end(j) || words > 6 {
                return false;
            }
            words += usize::from(self.is_word(j));
            j += 1;
        }
        // then at most four words, the last of them the verb that ends the sentence
        let mut k = j + 1;
        while k < j + 5 && self.is_word(k) {
            k += 1;
        }
        k > j + 1
            && (k >= self.tokens.len() || self.sentence_end(k))
            && self.is_any(
                k - 1,
                &[
                    "warn",
                    "warns",
                    "forecast",
                    "forecasts",
                    "predict",
                    "predicts",
                ],
            )
    }

    /// The nearest strong and weak cues around token `i`, and the tense of a sentence without
    /// either. The reading stops as soon as nothing further can change what the caller answers
    /// (`tense`: the nearest strong cue; `own_tense`, with `both`: also the weak cue, once no
    /// strong cue can be nearer), and the cues and fallback left out are then those of the words
    /// read so far (neither caller reads them then).
    #[inline]
    fn tense_cues(&self, i: usize, both: bool) -> (Cue, Cue, Tense) {
        let (strong, weak, fallback, _) = self.tense_cues_words(i, both);
        (strong, weak, fallback)
    }

    /// `tense_cues`, and the number of words read around token `i`.
    #[inline]
    fn tense_cues_words(&self, i: usize, both: bool) -> (Cue, Cue, Tense, usize) {
        // "since April": always the past
        if i > 0 && self.is(i - 1, "since") {
            return (Some((0, Tense::Past)), None, Tense::Past, 0);
        }
        // "Two governors have said they favour a cut in July", "she supports a vote on Friday",
        // "calls for talks in March": a wish in the present governs a time to come, however
        // its report is worded
        if self.wished_for(i) {
            return (Some((0, Tense::Future)), None, Tense::Future, 0);
        }
        // "adjourned until July 15", "postponed to June 3": a date put off to is still to come
        if self.put_off_to(i) {
            return (Some((0, Tense::Future)), None, Tense::Future, 0);
        }
        // "a bill that would fund the government through Jan. 30", "The deal keeps rates fixed
        // through Jan. 30": the end of a span said in the present or of a time to come is still
        // to come
        if self.span_ends_ahead(i) {
            return (Some((0, Tense::Future)), None, Tense::Future, 0);
        }
        // "will reach 3% by the end of 2025, up from 2.7% in March": the base a figure is
        // compared with is a reading already made
        if self.compared_from(i) {
            return (Some((0, Tense::Past)), None, Tense::Past, 0);
        }
        // The window is the sentence around `i`, at most 60 tokens either side. It is read
        // outwards from `i`, one distance at a time (the token before `i` first, so that of two
        // cues at the same distance the earlier wins), and each word's cue is read only until the
        // nearest strong and weak cues are known: nothing further can be nearer. Most dates have
        // both within a few words, and a text usually holds one date, so reading every word's
        // cue once per text cost more than this.
        let n = self.len();
        // the shapes once per date, not once per word (each access checks its lazy
        // initialisation); only a word can be a cue, and its bytes are read once
        let shapes: &Shapes = &CUE_SHAPES;
        let bytes = self.text.as_bytes();
        let mut strong: Cue = None;
        let mut weak: Cue = None;
        let mut words = 0;
        // reads word token `j` at `dist` from `i`: whether it is a word; `apart`: a clause mark
        // (",", ";", a bracket) stands between `j` and `i`, or is `j` itself (then set)
        let visit = |j: usize,
                     dist: usize,
                     strong: &mut Cue,
                     weak: &mut Cue,
                     apart: &mut bool,
                     right: bool| {
            let Some(t) = self.tokens.get(j) else {
                return false;
            };
            if !matches!(t.kind, TokenKind::Word) {
                *apart |= matches!(t.kind, TokenKind::Punct(',' | ';' | '(' | ')'));
                return false;
            }
            if (strong.is_none() || (both && weak.is_none()))
                && let Some((is_strong, tense)) = self.cue_at(j, &bytes[t.start()..t.end()], shapes)
                // a word that dates its own phrase ("a week ago", "last year") tells the tense of
                // its own clause only: "see a cut in November, up from 58% a week ago"
                && !(*apart && phrase_cue(&bytes[t.start()..t.end()]))
                // a speaker's tag that ends the sentence after the clause ("Biden meets Xi on
                // Monday, officials said.", "…, officials said on Tuesday.") dates the saying,
                // not what was said
                && !(right && *apart && {
                    let w = &bytes[t.start()..t.end()];
                    (w.eq_ignore_ascii_case(b"said") || w.eq_ignore_ascii_case(b"says"))
                        && {
                            // the saying's own day: "said on Tuesday", "said Tuesday"
                            let mut k = j + 1;
                            if self.is(k, "on") && matches!(self.lex(k + 1), Lexeme::Weekday(..)) {
                                k += 1;
                            }
                            if matches!(self.lex(k), Lexeme::Weekday(..))
                                || self.is_any(k, &["today", "yesterday"])
                            {
                                k += 1;
                            }
                            k >= n || self.punct(k, '.') || self.sentence_end(k)
                        }
                })
            {
                let slot = if is_strong { strong } else { weak };
                if slot.is_none_or(|(d, _)| dist < d) {
                    *slot = Some((dist, tense));
                }
            }
            true
        };
        let (mut left, mut right) = (true, true);
        let (mut apart_left, mut apart_right) = (false, false);
        // "Arsenal, which beat United on Sunday, must win …": a date in a relative clause set
        // off by a comma takes its tense from the clause's own verb, not from the main clause's
        // around it: the walk stops at the relative pronoun and at the comma after the date.
        let aside = self.relative_aside(i);
        // "The Celtics, who lost on Wednesday, host the Knicks on Friday": a relative clause
        // set off before the date's clause is passed over; its verb is not the date's.
        let skipped = self.aside_before(i);
        // ", but", ", and", ", while" open a clause of its own, with its own verb and time: "expect
        // winds to ease by Friday, but warned that …" (the warning is past, the easing to come).
        // So does "and" before an auxiliary, a second predicate with its own tense: "cut rates
        // in May and will cut them again in August" (May is past).
        let new_clause = |j: usize| {
            (j > 0
                && matches!(self.kind(j - 1), Some(TokenKind::Punct(',')))
                && self.is_any(j, &["but", "and", "while", "whereas", "although", "though"]))
                || (self.is(j, "and")
                    && self.is_any(
                        j + 1,
                        &[
                            "will", "would", "is", "are", "was", "were", "has", "have", "had",
                            "could", "can", "may", "might", "should", "must", "plans", "expects",
                        ],
                    ))
        };
        let mut dist = 0;
        while (left || right) && dist < 60 {
            dist += 1;
            if left {
                match i.checked_sub(dist) {
                    Some(j) if new_clause(j) || aside.is_some_and(|p| j < p) => left = false,
                    Some(j) if skipped.as_ref().is_some_and(|r| r.contains(&j)) => {}
                    Some(j) if !self.sentence_end(j) => {
                        words += usize::from(visit(
                            j,
                            dist,
                            &mut strong,
                            &mut weak,
                            &mut apart_left,
                            false,
                        ));
                    }
                    _ => left = false,
                }
            }
            if right {
                let j = i + dist;
                if j < n && (new_clause(j) || (aside.is_some() && self.punct(j, ','))) {
                    right = false;
                } else if j < n && !self.sentence_end(j) {
                    words += usize::from(visit(
                        j,
                        dist,
                        &mut strong,
                        &mut weak,
                        &mut apart_right,
                        true,
                    ));
                } else {
                    right = false;
                }
            }
            // With the strong cue found nothing further changes either answer: `tense` takes
            // it, and `own_tense` takes the weak cue only when it is nearer, and a weak cue found
            // from here on is not. With `both` and the weak cue found at this distance or nearer,
            // a strong cue found from here on is further than it, so `own_tense` keeps the weak
            // one. (The fallback is read only when neither cue is found.)
            if strong.is_some() || (both && weak.is_some_and(|(dw, _)| dw <= dist)) {
                break;
            }
        }
        // a full sentence with no cue at all is, in news, a report of the past
        let fallback = if words >= 6 {
            Tense::Past
        } else {
            Tense::Unknown
        };
        (strong, weak, fallback, words)
    }

    /// The relative pronoun ("who", "which") right after a comma that opens the clause the date
    /// at token `i` stands in, at most 12 tokens back with no other mark between: "…, which beat
    /// United on Sunday, …".
    #[inline]
    fn relative_aside(&self, i: usize) -> Option<usize> {
        let lo = i.saturating_sub(12).max(1);
        for j in (lo..i).rev() {
            match self.kind(j) {
                Some(TokenKind::Word) if self.is_any(j, &["who", "which"]) => {
                    return self.punct(j - 1, ',').then_some(j);
                }
                Some(TokenKind::Word) => {}
                Some(TokenKind::Punct(',' | ';' | '(' | ')' | ':')) => return None,
                _ if self.sentence_end(j) => return None,
                _ => {}
            }
        }
        None
    }

    /// The tokens of a relative clause set off by commas that ends right before the clause the
    /// date at token `i` stands in, from the comma before its pronoun to the comma after it:
    /// "The Celtics, who lost on Wednesday, host the Knicks on Friday".
    #[inline]
    fn aside_before(&self, i: usize) -> Option<std::ops::RangeInclusive<usize>> {
        let lo = i.saturating_sub(12);
        let comma = (lo..i)
            .rev()
            .find(|&j| !matches!(self.kind(j), Some(TokenKind::Word)))?;
        if !self.punct(comma, ',') {
            return None;
        }
        let p = self.relative_aside(comma)?;
        Some(p - 1..=comma)
    }

    /// The date at token `i` stands in a trailing comparison's base, a phrase that opens a
    /// clause with "up from", "down from", "compared with" or "compared to" at most eight tokens
    /// before it ("…, up from 2.7% in their March estimates", "…, compared with 4% in June").
    #[inline]
    fn compared_from(&self, i: usize) -> bool {
        let lo = i.saturating_sub(9);
        let Some(comma) = (lo..i).rev().find(|&j| {
            matches!(self.kind(j), Some(TokenKind::Punct(',' | ';' | '(' | ')')))
                || self.sentence_end(j)
        }) else {
            return false;
        };
        self.punct(comma, ',')
            && ((self.is_any(comma + 1, &["up", "down"]) && self.is(comma + 2, "from"))
                || (self.is(comma + 1, "compared") && self.is_any(comma + 2, &["with", "to"])))
    }

    /// The date at token `i` is what something was put off to: "until", "till" or "to" (with
    /// "on" or not) right before it, after a verb of putting off at most six tokens back ("was
    /// adjourned until July 15", "remanded in custody until June 3", "postponed to May 2").
    #[inline]
    fn put_off_to(&self, i: usize) -> bool {
        let k = if i > 0 && self.is(i - 1, "on") {
            i - 1
        } else {
            i
        };
        if k < 2 || !self.is_any(k - 1, &["until", "till", "to"]) {
            return false;
        }
        (k.saturating_sub(7)..k - 1).rev().any(|j| {
            self.is_any(
                j,
                &[
                    "adjourned",
                    "postponed",
                    "deferred",
                    "delayed",
                    "remanded",
                    "bailed",
                    "rescheduled",
                ],
            )
        })
    }

    /// The date at token `i` ends a span ("through", "until", "till" right before it, or "by",
    /// also before "the end of") in a clause whose verb is of a time to come ("would", "will",
    /// "could", an infinitive, "extended": "a bill that would fund the government through Jan.
    /// 30", "voted to extend the program until March") or, but for "by", in the present ("keeps rates fixed
    /// through Jan. 30", "a measure that extends the program through March 31", "is closed
    /// until March"). A verb of the past decides the other way ("ran through Jan. 30", "kept
    /// rates fixed through Jan. 30"), and so does a clause without any verb read here. The
    /// clause is read back from the preposition to a mark, to "that", "which" or "who", or over
    /// at most twelve words.
    fn span_ends_ahead(&self, i: usize) -> bool {
        // "by the end of March": the preposition before "the end of"
        let k = if i >= 4 && self.is(i - 1, "of") && self.is(i - 2, "end") && self.is(i - 3, "the")
        {
            i - 3
        } else {
            i
        };
        if k < 2 {
            return false;
        }
        // "runs March 3 through March 10": a range's second end, its year the first end's
        if self.is_num(k - 2) || matches!(self.lex(k - 2), Lexeme::Month(..)) {
            return false;
        }
        let by = self.is(k - 1, "by");
        if !by && !self.is_any(k - 1, &["through", "until", "till", "thru"]) {
            return false;
        }
        let shapes: &Shapes = &CUE_SHAPES;
        let bytes = self.text.as_bytes();
        let mut words = 0;
        let mut j = k - 1;
        while j > 0 && words < 12 {
            j -= 1;
            if self.sentence_end(j)
                || matches!(
                    self.kind(j),
                    Some(TokenKind::Punct(',' | ';' | ':' | '(' | ')'))
                )
            {
                break;
            }
            let Some(t) = self.tokens.get(j) else {
                break;
            };
            if !matches!(t.kind, TokenKind::Word) {
                continue;
            }
            words += 1;
            let b = &bytes[t.start()..t.end()];
            // the modals of a time to come, also right after "that" (where `word_cue` leaves
            // "would" to the main verb): "would have" looks back
            if self.is_any(
                j,
                &[
                    "will", "would", "shall", "could", "can", "may", "might", "ll",
                ],
            ) && b != b"May"
            {
                return !self.is(j + 1, "have");
            }
            // an infinitive: "voted to extend the program through March"
            if self.is(j, "to")
                && self.word_bytes(j + 1).is_some_and(|w| {
                    w.first().is_some_and(u8::is_ascii_lowercase)
                        && !is_function_word(self.lower(j + 1).as_str())
                        && !ends_ed(w)
                })
            {
                return true;
            }
            // a span made longer ends later than it did: "extended its hours through March 31"
            if self.is_any(j, &["extended", "prolonged"]) {
                return true;
            }
            match self.cue_at(j, b, shapes) {
                Some((true, Tense::Past)) => return false,
                Some((_, Tense::Future | Tense::Unknown)) => return true,
                // a participle: "keeps rates fixed through" (read on)
                Some((false, Tense::Past)) | None => {}
            }
            if !by && self.present_verb(j, b) {
                return true;
            }
            if self.is_any(j, &["that", "which", "who"]) {
                break;
            }
        }
        false
    }

    /// Word token `j` (its bytes `b`) is a verb in the present: "is", "are", "remain(s)",
    /// "stay(s)", or a lowercase word in "-s" right after a noun (a word that is no function word
    /// and no verb itself, not in "-s") or after "that", "which", "who": "The deal keeps",
    /// "a measure that extends" (not "kept rates", "keeps rates").
    fn present_verb(&self, j: usize, b: &[u8]) -> bool {
        if self.is_any(j, &["is", "are", "remain", "remains", "stay", "stays"]) {
            return true;
        }
        if b.len() < 4
            || !b.iter().all(u8::is_ascii_lowercase)
            || !b.ends_with(b"s")
            || b.ends_with(b"ss")
            || b.ends_with(b"us")
            || b.ends_with(b"is")
            || is_function_word(self.lower(j).as_str())
            || j == 0
        {
            return false;
        }
        let Some(p) = self.word_bytes(j - 1) else {
            return false;
        };
        if self.is_any(j - 1, &["that", "which", "who"]) {
            return true;
        }
        !p.ends_with(b"s")
            && !p.ends_with(b"S")
            && !is_function_word(self.lower(j - 1).as_str())
            && self.cue_at(j - 1, p, &CUE_SHAPES).is_none()
            && !ends_ed(p)
    }

    /// Token `j` ends a sentence: "!", "?", a line break, or a "." before a space or the end of
    /// the text that does not follow a single letter ("p.m. Tuesday", "U.S. troops") nor an
    /// abbreviation the sentence goes on after ("Gov. Smith", "on Jan. 20 the …"), as the
    /// sentence splitter reads it (`sentences::period_goes_on`).
    #[inline]
    pub(super) fn sentence_end(&self, j: usize) -> bool {
        match self.kind(j) {
            Some(TokenKind::Punct('!' | '?' | '\n')) => true,
            Some(TokenKind::Punct('.')) => {
                if !self.tokens.get(j + 1).is_none_or(|t| t.gap) {
                    return false;
                }
                let Some(w) = j.checked_sub(1).and_then(|k| self.word_bytes(k)) else {
                    return true;
                };
                w.len() != 1
                    && (j + 1 >= self.len()
                        || !crate::extract::sentences::period_goes_on(
                            w,
                            self.word_bytes(j + 1).unwrap_or_default(),
                        ))
            }
            _ => false,
        }
    }

    /// The tense cue of word token `j` (its bytes `b`; `shapes`: `CUE_SHAPES`): strong or weak,
    /// and which tense; `None` for no cue.
    fn cue_at(&self, j: usize, b: &[u8], shapes: &Shapes) -> Option<(bool, Tense)> {
        let cue = self.word_cue(j, b, shapes);
        // a participle after "is" or "are" is passive, in the present: "when he is sentenced on
        // June 12", "the fair is held on June 3" tell no past ("is expected" keeps its future)
        if matches!(cue, Some((_, Tense::Past))) && j > 0 && self.is_any(j - 1, &["is", "are"]) {
            // in a clause of time or condition, the present is a time to come: "faces life in
            // prison when he is sentenced on Sept. 18", "once the deal is signed in June"
            let opener = |k: usize| {
                self.is_any(
                    k,
                    &["when", "once", "until", "till", "before", "after", "if"],
                )
            };
            if (3..=4).any(|k| j >= k && opener(j - k)) {
                return Some((true, Tense::Future));
            }
            return None;
        }
        // "Payments were due on Feb. 1", "The vote was scheduled for March 20": an expectation
        // in the narrator's past is as often of a day gone as of one to come, so it points
        // neither way (the date's year is then the one nearest publication's reading), and the
        // "was" before it is no cue of the past either.
        if matches!(cue, Some((_, Tense::Future)))
            && j > self.floor
            && self.is_any(j - 1, &["was", "were"])
            && matches!(
                b,
                b"due" | b"expected" | b"scheduled" | b"slated" | b"planned"
            )
        {
            return Some((true, Tense::Unknown));
        }
        cue
    }

    /// The date at token `i` is what a wish in the present governs: a verb of `WISH_VERBS`
    /// (`wished_ahead`) at most eight tokens before it in its clause, with no word of a tense
    /// between ("they favour a cut in July", not "favour a cut after prices rose in May").
    fn wished_for(&self, i: usize) -> bool {
        let shapes: &Shapes = &CUE_SHAPES;
        let near = i.saturating_sub(9);
        for (j, b) in self.clause_words_back(i).take_while(|&(j, _)| j >= near) {
            if self.wish_verb(j) {
                return self.wished_ahead(j);
            }
            if self.cue_at(j, b, shapes).is_some() {
                // "wants the vote held on June 20": a participle after a wish's object
                // ("the vote") says what is wished, no tense of its own.
                // ("wants the strike vote held": a noun of two words)
                let wish = (2..=4).find(|&d| {
                    j >= d + self.floor
                        && (1..d).all(|e| self.word_bytes(j - e).is_some())
                        && self.wish_verb(j - d)
                });
                if let Some(d) = wish
                    && self.wished_ahead(j - d)
                {
                    return true;
                }
                return false;
            }
        }
        false
    }

    /// The words before token `i` in its clause, nearest first, with their bytes: the walk
    /// back stops at a comma, a semicolon, a bracket or the end of a sentence, and at the
    /// scanner's floor.
    fn clause_words_back(&self, i: usize) -> impl Iterator<Item = (usize, &'a [u8])> + '_ {
        (self.floor..i)
            .rev()
            .map(|j| (j, self.word_bytes(j)))
            .take_while(|&(j, b)| {
                b.is_some()
                    || !(matches!(self.kind(j), Some(TokenKind::Punct(',' | ';' | '(' | ')')))
                        || self.sentence_end(j))
            })
            .filter_map(|(j, b)| Some((j, b?)))
    }

    /// Is the token at `j` a word of `WISH_VERBS`?
    fn wish_verb(&self, j: usize) -> bool {
        self.word_bytes(j).is_some_and(|b| {
            b.len() >= 4
                && b.len() <= 9
                && WISH_VERBS
                    .iter()
                    .any(|w| b.eq_ignore_ascii_case(w.as_bytes()))
        })
    }

    /// The wish verb at word token `j` is a verb with its object after it: a determiner or a
    /// word of degree, or a word in "-ing" ("favour a cut", "supports holding rates", "calls
    /// for talks"), after a subject (no determiner: "the support of", "a call for"; no "to":
    /// "to back a cut"). "Support for the plan rose" is a noun.
    fn wished_ahead(&self, j: usize) -> bool {
        if j > 0
            && self.is_any(
                j - 1,
                &[
                    "a", "an", "the", "its", "their", "his", "her", "our", "to", "of",
                ],
            )
        {
            return false;
        }
        let k = if self.is_any(j, &["call", "calls"]) {
            if !self.is(j + 1, "for") {
                return false;
            }
            j + 2
        } else {
            j + 1
        };
        self.is_any(
            k,
            &[
                "a", "an", "the", "another", "further", "more", "lower", "higher", "new", "early",
                "deeper", "two", "one",
            ],
        ) || self
            .word_bytes(k)
            .is_some_and(|b| b.len() > 5 && b.ends_with(b"ing"))
            || (self.is(k - 1, "for")
                && self
                    .word_bytes(k)
                    .is_some_and(|b| b.iter().all(u8::is_ascii_lowercase)))
    }

    /// `cue_at` of the word alone and its neighbours before the "is"/"are" of a passive.
    #[inline]
    fn word_cue(&self, j: usize, b: &[u8], shapes: &Shapes) -> Option<(bool, Tense)> {
        // most words are no cue: their shape tells, before anything is lowercased or hashed
        let ends_ed = ends_ed(b);
        if !ends_ed && !shapes.may_hold(b) {
            return None;
        }
        // a participle after "be" is passive, not past: "will be held"
        if j > 0 && self.is_any(j - 1, &["be", "being"]) {
            return None;
        }
        // "released its plan in May", "unveiled a plan on Monday": after a determiner "plan"
        // is a noun, no tense; what a plan is to do ("a plan to open stores in March", "plans
        // for a vote in July") is still to come
        if (b.len() == 4 || b.len() == 5)
            && (b.eq_ignore_ascii_case(b"plan") || b.eq_ignore_ascii_case(b"plans"))
            && j > 0
            && (self.is_any(j - 1, DETERMINERS)
                // "her housing plan": a noun before the singular ("the workers plan" a verb)
                || (j > 1
                    && b.len() == 4
                    && self.is_any(j - 2, DETERMINERS)
                    && self.word_bytes(j - 1).is_some_and(|w| {
                        w.iter().all(u8::is_ascii_lowercase) && !w.ends_with(b"s")
                    })))
            && !self.is_any(j + 1, &["to", "for"])
        {
            return None;
        }

        // right after "who" or "which", a word in -ed is the clause's own verb, in the past:
        // "will replace Kane, who retired in June"
        if ends_ed && j > 0 && self.is_any(j - 1, &["who", "which"]) {
            return Some((true, Tense::Past));
        }
        let lc = self.lower(j);
        let w = lc.as_str();
        match w {
            // "rose less than expected in September", "went ahead as planned": a comparison
            // with what was expected, no cue of a time to come
            // ("higher than analysts expected in March": one word between)
            "expected" | "planned" | "scheduled" | "forecast" | "expect"
                if (1..=2).any(|k| j >= k && self.is_any(j - k, &["than", "as"])) =>
            {
                return None;
            }
            // "no earlier than Sept. 24", "earlier than planned": a bound or a comparison, no
            // report of the past
            "earlier" if self.is(j + 1, "than") => return None,
            // "next to the river" is a place
            "next" if self.is(j + 1, "to") => return None,
            // "closed due to flooding", "Due to the storm, …": a cause, not a time to come;
            // "is due to return", "are due to vote" keep their verb "be"
            "due"
                if self.is(j + 1, "to")
                    && !(1..=2).any(|k| {
                        j >= k
                            && self.is_any(j - k, &["is", "are", "was", "were", "be", "been", "s"])
                    }) =>
            {
                return None;
            }
            "last"
                if !matches!(
                    self.lex(j + 1),
                    Lexeme::TimeUnit(_) | Lexeme::Month(..) | Lexeme::Weekday(..)
                ) && !self.is_any(j + 1, &["night", "weekend"]) =>
            {
                return None;
            }
            // A time to come seen from the past, as strong as the verb that reports it: "said it
            // would resume production in June" (the nearer cue wins); "would have" looks back
            // ("would have turned 80 on Tuesday"), but "would have to" ahead; a habit ("would
            // often visit in August") stays weak, and so does a time to come from a month named
            // just before ("said in January it would cut jobs in April": that April may be past)
            "would" => {
                if self.is_any(
                    j + 1,
                    &["often", "always", "usually", "sometimes", "regularly"],
                ) || (j.saturating_sub(8)..j).any(|k| matches!(self.lex(k), Lexeme::Month(..)))
                {
                    return Some((false, Tense::Future));
                }
                if self.is(j + 1, "have") && !self.is(j + 2, "to") {
                    return Some((true, Tense::Past));
                }
                // "approved a bill on Tuesday that would legalize …": what a thing named before
                // would do, in a relative clause, leaves the main verb's tense to the date
                if j > 0 && self.is_any(j - 1, &["that", "which", "who"]) {
                    return None;
                }
                return Some((true, Tense::Future));
            }
            // the verbs whose past is written as the present are no cue as an infinitive or
            // after a modal ("is predicted to hit", "could cut"), nor as a noun ("a rate cut")
            "cut" | "hit" | "put" | "cost" | "shut" | "spread" | "quit" | "split" | "hurt"
            | "beat" | "let"
                if (j > 0
                    && self.is_any(
                        j - 1,
                        &[
                            "to", "a", "an", "the", "will", "would", "could", "can", "may",
                            "might", "must", "should", "did", "does", "do",
                        ],
                    ))
                    || (j > 1 && self.is_any(j - 2, &["a", "an"])) =>
            {
                return None;
            }
            // "May" capitalized inside a sentence is the month ("a record for May"), not the
            // modal "may" of a time to come
            "may" if j > 0 && b == b"May" => return None,
            // "could have won on Sunday", "must have left on Friday": a modal that looks back
            "could" | "may" | "might" | "can" | "must" | "should"
                if self.is(j + 1, "have") && !self.is(j + 2, "to") =>
            {
                return Some((false, Tense::Past));
            }
            // "Rescuers could not reach the village on Monday", "could barely walk": what could
            // not be done is no time to come
            "could" if self.is_any(j + 1, &["not", "never", "barely", "hardly"]) => return None,
            "ll" if self.punct(j.wrapping_sub(1), '\'') => return Some((true, Tense::Future)),
            "won" if self.punct(j + 1, '\'') => return Some((true, Tense::Future)),
            "set" | "going" if self.is(j + 1, "to") => return Some((true, Tense::Future)),
            // "The launch is set for Saturday", "the vote is scheduled for June": a time to come
            "set" | "scheduled" | "slated"
                if self.is(j + 1, "for") && j > 0 && self.is_any(j - 1, &["is", "are", "s"]) =>
            {
                return Some((true, Tense::Future));
            }
            // "The final is on August 4", "the talks are in June": a date said of the present
            // (the year of publication), no report of the past
            "is" | "are"
                if self.is_any(j + 1, &["on", "at", "in"])
                    || matches!(self.lex(j + 1), Lexeme::Weekday(..)) =>
            {
                return Some((false, Tense::Unknown));
            }
            // "Voters go to the polls on November 5": a scheduled event in the present, a time
            // to come; not the infinitive ("decided to go ahead in March")
            "go" if j > 0 && !self.is_any(j - 1, &["to", "let"]) => {
                return Some((false, Tense::Future));
            }
            // "Polls close at 8 p.m. on Nov. 5", "Schools reopen on Sept. 3": a plural noun's
            // scheduled present, weakly to come (not "to close", "the close of")
            "open" | "close" | "begin" | "start" | "resume" | "reopen" | "meet" | "face"
                if j > 0 && self.is_word(j - 1) && {
                    let lp = self.lower(j - 1);
                    let p = lp.as_str();
                    p.len() > 3 && p.ends_with('s') && !p.ends_with("ss") && !is_function_word(p)
                } =>
            {
                return Some((false, Tense::Future));
            }
            // "Voters in Mexico head to the polls on Sunday": the plural of "heads", a trip to
            // come, after any word that is not a function word ("to head", "the head of" are not)
            "head"
                if self.is_any(j + 1, &["to", "into", "for", "back", "home"])
                    && j > 0
                    && self.is_word(j - 1)
                    && !is_function_word(self.lower(j - 1).as_str()) =>
            {
                return Some((false, Tense::Future));
            }
            // "Arsenal, who host Brentford on Sunday", "President Biden meets Xi on Monday",
            // "Biden meets Xi on Monday": a fixture, a meeting or a trip in the present after "who"
            // or a capitalised word that is not a function word, and in the singular ("meets",
            // "visits", "travels", "heads") after any word that is not one, weakly to come (not
            // "The hosts", "to play", "his visits")
            "host" | "hosts" | "face" | "faces" | "play" | "plays" | "visit" | "visits"
            | "meet" | "meets" | "travels" | "heads"
                if j > 0
                    && ((self.is_word(j - 1) && {
                        let lp = self.lower(j - 1);
                        let function = is_function_word(lp.as_str());
                        self.is_any(j - 1, &["who", "which"])
                            || (self
                                .text_of(j - 1)
                                .starts_with(|c: char| c.is_ascii_uppercase())
                                && (!function || (j > 1 && !self.sentence_end(j - 2))))
                            || (w.ends_with('s') && !function)
                    })
                        // "The Tigers, who have won 11 of their last 12 games, host Ohio State
                        // on Saturday": the verb after the clause that describes its subject,
                        // before the name of whom it meets
                        || (self.punct(j - 1, ',')
                            && self.is_word(j + 1)
                            && self
                                .text_of(j + 1)
                                .starts_with(|c: char| c.is_ascii_uppercase()))) =>
            {
                return Some((false, Tense::Future));
            }
            // What was said of a time still to come, in the past tense: "was unlikely to cut
            // rates before June", "vowed to finish by March", "promised to leave next year";
            // "is forecast to slow in June", "is tipped to cut rates in June".
            "likely" | "unlikely" | "vowed" | "pledged" | "promised" | "intends" | "intended"
            | "aims" | "aimed" | "hopes" | "hoped" | "poised" | "bound" | "about" | "forecast"
            | "projected" | "predicted" | "tipped"
                if self.is(j + 1, "to") =>
            {
                return Some((true, Tense::Future));
            }
            _ => {}
        }
        if let Some(&cue) = CUE_WORDS.get(w) {
            return Some(cue);
        }
        // a past participle, the weak cue of the past
        let participle = w.len() >= 5
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
            );
        participle.then_some((false, Tense::Past))
    }

    #[inline]
    pub(super) fn resolve_month(&self, m: u32, i: usize) -> Option<(NaiveDate, Grain)> {
        let p = self.published?;
        let (py, pm) = (p.year(), p.month());
        let (mut strong, weak, fallback) = self.tense_cues(i, false);
        // "Officials said the first payments could go out as early as January", in November,
        // and "Waller said he could support a cut in July", in June: a verb of a time to come
        // nearer the month than the past that reports it tells the month's tense
        // (not after another month: "said in January it would cut jobs in April" is to come
        // from January, and that April may be past)
        if matches!(strong, Some((_, Tense::Past)))
            && m != pm
            && !(i.saturating_sub(12)..i).any(|k| matches!(self.lex(k), Lexeme::Month(..)))
        {
            let (_, weak, _) = self.tense_cues(i, true);
            if let (Some((ds, _)), Some((dw, Tense::Future))) = (strong, weak)
                && dw < ds
            {
                strong = weak;
            }
        }
        let y = match strong.or(weak).map(|(_, t)| t) {
            Some(Tense::Past) if m > pm => py - 1,
            Some(Tense::Future) if m < pm => py + 1,
            Some(_) => py,
            // No verb tells the time ("Energy bills to rise from October, Ofgem says"): the
            // month nearest the publication, the earlier one of two as near (a report of the
            // past, as a sentence without a cue is in news), so October in an article of August
            // is this October, and December in one of January last December.
            None if fallback == Tense::Past && m > pm && m - pm >= 12 - (m - pm) => py - 1,
            // "The museum reopens in March", published in November: a scheduled present is of
            // a time to come
            // (after "in" only: "Energy bills to climb from February" reads "bills" as a verb)
            None if m < pm && i > 0 && self.is(i - 1, "in") && self.scheduled_present(i) => py + 1,
            None => py,
        };
        Some((ymd(y, m, 1)?, Grain::Month))
    }

    #[inline]
    pub(super) fn resolve_month_relative(
        &self,
        m: u32,
        rel: Relative,
    ) -> Option<(NaiveDate, Grain)> {
        let p = self.published?;
        let (py, pm) = (p.year(), p.month());
        let y = match rel {
            Relative::Last => {
                if m < pm {
                    py
                } else {
                    py - 1
                }
            }
            Relative::Next => {
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

    #[inline]
    pub(super) fn resolve_month_day(&self, m: u32, d: u32, i: usize) -> Option<NaiveDate> {
        let p = self.published?;
        let Some(c) = ymd(p.year(), m, d) else {
            // "Feb 29" in a year without one: the leap year before (past tense) or after
            if (m, d) != (2, 29) {
                return None;
            }
            let step = if self.tense(i) == Tense::Past { -1 } else { 1 };
            return (1..=8).find_map(|k| ymd(p.year() + step * k, 2, 29));
        };
        ymd(self.year_near(c, p, i), m, d)
    }

    /// A day that comes each year (`on` gives it in a year: a holiday), in the year the tense
    /// around token `i` implies, as `resolve_month_day` reads a month and day.
    pub(super) fn resolve_yearly(
        &self,
        on: impl Fn(i32) -> Option<NaiveDate>,
        i: usize,
    ) -> Option<NaiveDate> {
        let p = self.published?;
        let c = on(p.year())?;
        on(self.year_near(c, p, i))
    }

    /// The year of a day `c` in the year of publication `p`, moved by the tense around token
    /// `i` when it is far from publication.
    fn year_near(&self, c: NaiveDate, p: NaiveDate, i: usize) -> i32 {
        let diff = (c - p).num_days();
        // A verb in the past right before the date ("it started on July 2", "died on June 3"),
        // published in May, tells of last year's date (a week of slack for a date the article was
        // written before it was published). Otherwise two months of slack either way: the tense
        // of another clause is the likelier mistake. Within a week of publication the tense
        // changes nothing: it is read only further off.
        let verb_before = |i: usize| {
            i >= 2 && self.is_any(i - 1, &["on", "since"]) && {
                let b = self.text_of(i - 2).as_bytes();
                matches!(self.cue_at(i - 2, b, &CUE_SHAPES), Some((_, Tense::Past)))
            }
        };
        // "since Father's Day": a day a state has lasted since is past, however near the coming
        // one is; "will reopen on Father's Day", a few days after it, is the next one (the tense
        // of the date's own verb)
        let since = i > self.floor && self.is(i - 1, "since");
        // "Sales rose since Father's Day falls on a Sunday this year": "since" the conjunction
        // of a cause, the day the subject of its own clause, in the tense of its verb
        if since && let Some(t) = self.verb_after_date(i) {
            return match diff {
                8.. if t == Tense::Past => p.year() - 1,
                ..-7 if t == Tense::Future => p.year() + 1,
                _ => p.year(),
            };
        }
        match diff {
            1.. if since => p.year() - 1,
            -7..=-1 if !since && self.own_tense(i) == Tense::Future => p.year() + 1,
            // (a sentence with no cue whose verb is a scheduled present, "The exhibition runs
            // from Oct. 2 to October 22", is not the past its length makes it)
            61.. if self.past_unless_scheduled(i) && !self.schedule_verb_before(i) => p.year() - 1,
            8..=60 if verb_before(i) && self.tense(i) == Tense::Past => p.year() - 1,
            ..-60 if self.tense(i) == Tense::Future => p.year() + 1,
            // "United will face Arsenal in the final on May 25", published in June: a strong cue
            // of a time to come a few words before the day, a week or more past, tells of next
            // year's (the mirror of `verb_before`)
            -60..=-8 if self.future_near(i) => p.year() + 1,
            // "The new rates take effect on Jan. 1", "Payments are due on Feb. 1", published in
            // March: a schedule stated in the present is of the coming day ("took effect on
            // Jan. 1" keeps this year's)
            ..=-8 if !since && self.schedule_verb_before(i) => p.year() + 1,
            // a day early in the year, published late in the one before, with no cue of the
            // past ("The new rules take effect on Jan. 1", "The deadline is Jan. 1"): the next
            // one, some weeks ahead, not the one most of a year ago
            ..=-300 if self.no_past_cue(i) => p.year() + 1,
            _ => p.year(),
        }
    }

    /// A verb in the present simple that states a schedule right before the date at token `i`,
    /// through its preposition: "take effect on", "takes effect", "begins on", "start on",
    /// "opens on", "expires on", "kicks off on", "runs through", "are due on". Not after "to",
    /// a modal or a negation (their own tense decides), and "due" only after "is" or "are".
    fn schedule_verb_before(&self, i: usize) -> bool {
        let mut k = i;
        let prep = k > self.floor && self.is_any(k - 1, &["on", "from", "through", "until"]);
        if prep {
            k -= 1;
        }
        // "take effect", "kicks off", "opens again"
        let particle = k > self.floor + 1 && self.is_any(k - 1, &["effect", "off", "again"]);
        if particle {
            k -= 1;
        }
        if k <= self.floor + 1 {
            return false;
        }
        let v = k - 1;
        let fits = if particle {
            if self.is(k, "effect") {
                self.is_any(v, &["take", "takes"])
            } else if self.is(k, "off") {
                self.is_any(v, &["kick", "kicks"])
            } else {
                self.is_any(
                    v,
                    &[
                        "open", "opens", "reopen", "reopens", "start", "starts", "begin", "begins",
                    ],
                )
            }
        } else {
            (prep && self.is_any(v, SCHEDULE_VERBS))
                // "runs through Jan. 31", "lasts until"
                || (self.is_any(k, &["through", "until"])
                    && self.is_any(v, &["run", "runs", "last", "lasts"]))
                || (self.is(v, "due") && self.is_any(v - 1, &["is", "are"]))
        };
        fits && !self.is_any(
            v - 1,
            &[
                "to", "will", "would", "could", "can", "may", "might", "should", "must", "did",
                "not", "never", "didn't",
            ],
        )
    }

    /// The nearest strong cue around token `i` is of a time to come, at most ten tokens away:
    /// "will face Arsenal in the final on May 25".
    fn future_near(&self, i: usize) -> bool {
        let (strong, _, _) = self.tense_cues(i, false);
        matches!(strong, Some((d, Tense::Future)) if d <= 10)
    }

    /// `tense` at token `i` is the past, and not by the fallback of a long sentence whose verb
    /// is a scheduled present (`scheduled_present`).
    fn past_unless_scheduled(&self, i: usize) -> bool {
        let (strong, weak, fallback) = self.tense_cues(i, false);
        match strong.or(weak) {
            Some((_, t)) => t == Tense::Past,
            None => fallback == Tense::Past && !self.scheduled_present(i),
        }
    }

    /// No cue around token `i` tells of the past (a sentence without any cue is undated here,
    /// not the past that `tense` falls back to).
    fn no_past_cue(&self, i: usize) -> bool {
        // ("On Jan. 3, the company announced": the point of "Jan." ends no sentence, so the
        // words after the day are read too)
        let (strong, weak, _) = self.tense_cues(i, false);
        strong.or(weak).is_none_or(|(_, t)| t != Tense::Past)
    }

    /// The tense of a finite verb right after the date that starts at token `i` (its name's
    /// capitalised words, digits and possessive skipped): the date is that verb's subject
    /// ("since Christmas falls on a Wednesday", "since Labor Day was …"); `None` when no such
    /// verb follows.
    fn verb_after_date(&self, i: usize) -> Option<Tense> {
        let mut k = i;
        while k < i + 8
            && (self.is_num(k)
                || self.punct(k, '\'')
                || self.punct(k, '.')
                || (self.is_word(k) && (self.capitalized(k) || self.is(k, "s"))))
        {
            k += 1;
        }
        if k == i {
            return None;
        }
        let lc = self.lower(k);
        Some(match lc.as_str() {
            "is" | "falls" | "comes" | "lands" | "has" | "marks" | "means" | "remains" => {
                Tense::Unknown
            }
            "was" | "fell" | "came" | "landed" | "had" | "marked" | "meant" | "remained" => {
                Tense::Past
            }
            "will" => Tense::Future,
            _ => return None,
        })
    }

    #[inline]
    pub(super) fn resolve_weekday(&self, wd: u32, i: usize) -> Option<NaiveDate> {
        let p = self.published?;
        let cur = weekday_index(p);
        // the weekday of publication is that day: "The agency on Friday announced", published
        // on a Friday
        if cur == wd {
            // unless it follows a weekday still to come: "on Thursday or Friday", "late on
            // Thursday or early Friday" in the future tense, published on a Friday, is the
            // Friday after that Thursday
            if let Some(wd0) = self.coordinated_weekday_before(i)
                && wd0 != cur
                && self.own_tense(i) != Tense::Past
            {
                let d0 = i64::from((wd0 + 7 - cur) % 7);
                let f = (wd + 7 - wd0) % 7;
                return add_days(p, d0 + i64::from(if f == 0 { 7 } else { f }));
            }
            return Some(p);
        }
        // "was expected to weaken on Wednesday": the nearer Wednesday, either side.
        if self.expected_by_narrator(i) {
            let back = (cur + 7 - wd) % 7;
            let ahead = (wd + 7 - cur) % 7;
            return add_days(
                p,
                if back < ahead {
                    -i64::from(back)
                } else {
                    i64::from(ahead)
                },
            );
        }
        match self.weekday_tense(i) {
            Tense::Past => add_days(p, -i64::from((cur + 7 - wd) % 7)),
            _ => {
                let f = (wd + 7 - cur) % 7;
                add_days(p, i64::from(if f == 0 { 7 } else { f }))
            }
        }
    }

    /// The weekday that a weekday at `i` is listed after: "Thursday or Friday", "Thursday and
    /// early Friday", "late on Thursday or early Friday".
    fn coordinated_weekday_before(&self, i: usize) -> Option<u32> {
        let mut k = i;
        let mut joined = false;
        for _ in 0..4 {
            if k == 0 {
                return None;
            }
            k -= 1;
            if let Lexeme::Weekday(wd, _) = self.lex(k) {
                return joined.then_some(wd);
            }
            if self.is_any(k, &["or", "and"]) {
                joined = true;
            } else if !(self.punct(k, ',') || self.is_any(k, &["on", "early", "late"])) {
                return None;
            }
        }
        None
    }

    #[inline]
    pub(super) fn resolve_weekday_in_week(&self, wd: u32, weeks: i64) -> Option<NaiveDate> {
        let p = self.published?;
        add_days(monday_of(p), weeks * 7 + i64::from(wd))
    }

    #[inline]
    pub(super) fn resolve_day_of_month(&self, d: u32, i: usize) -> Option<NaiveDate> {
        let p = self.published?;
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

    #[inline]
    pub(super) fn resolve_weekend(&self, rel: Relative, i: usize) -> Option<NaiveDate> {
        let p = self.published?;
        let sat = add_days(monday_of(p), 5)?;
        match rel {
            Relative::Last => add_days(sat, -7),
            Relative::Next => add_days(sat, 7),
            Relative::This => Some(sat),
            Relative::Bare => {
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
    #[inline]
    pub(super) fn resolve_weekday_on_day(
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
        let p = self.published?;
        let step: i64 = if self.tense(i) == Tense::Past { -1 } else { 1 };
        match m {
            Some(mm) => {
                // the weekday picks the year next to the publication's (a weekday that fits
                // no nearby year is a slip: the month and day are read as if it were not there)
                let mut y = p.year();
                for _ in 0..2 {
                    if let Some(c) = ymd(y, mm, d)
                        && weekday_index(c) == wd
                    {
                        return Some((c, Grain::Day));
                    }
                    y += step as i32;
                }
                self.resolve_month_day(mm, d, i).map(|c| (c, Grain::Day))
            }
            None => {
                let mut first = ymd(p.year(), p.month(), 1)?;
                for _ in 0..40 {
                    if let Some(c) = ymd(first.year(), first.month(), d) {
                        let ok_side = if step > 0 { c >= p } else { c <= p };
                        if weekday_index(c) == wd && ok_side {
                            return Some((c, Grain::Day));
                        }
                    }
                    first = add_months(first, step)?;
                }
                None
            }
        }
    }

    #[inline]
    pub(super) fn shift(
        &self,
        base: NaiveDate,
        comps: &[(Decimal, TimeUnit)],
        sign: i64,
    ) -> Option<NaiveDate> {
        let mut d = base;
        let n = Decimal::from;
        for &(v, u) in comps {
            let (months, days) = match u {
                TimeUnit::Year => (mul(v, n(12))?, Decimal::ZERO),
                TimeUnit::Decade => (mul(v, n(120))?, Decimal::ZERO),
                TimeUnit::Century => (mul(v, n(1200))?, Decimal::ZERO),
                TimeUnit::Month => (v, Decimal::ZERO),
                TimeUnit::Quarter => (mul(v, n(3))?, Decimal::ZERO),
                TimeUnit::Week => (Decimal::ZERO, mul(v, n(7))?),
                TimeUnit::Fortnight => (Decimal::ZERO, mul(v, n(14))?),
                TimeUnit::Day => (Decimal::ZERO, v),
                TimeUnit::Hour => (Decimal::ZERO, (v / n(24)).floor()),
                TimeUnit::Minute => (Decimal::ZERO, (v / n(1440)).floor()),
                TimeUnit::Second => (Decimal::ZERO, (v / n(86400)).floor()),
            };
            if months.abs() > n(1_000_000) || days.abs() > n(100_000_000) {
                return None;
            }
            let whole = months.trunc();
            d = add_months(d, sign * whole.to_i64()?)?;
            let days = days + (months - whole) * n(30);
            d = add_days(d, sign * days.round().to_i64()?)?;
        }
        Some(d)
    }
}

/// Verbs of change or impact in a market, the weather or a clash ("Shares fall on Monday",
/// "Storms lash coast on Monday", "Oil rises on Friday"): in the present of a headline they tell
/// what happened, not a schedule (a verb of scheduling or motion, "Voters head to the polls on
/// Sunday", "Talks resume on Tuesday", is one). `w` is the verb as written, bare or in "-s".
fn change_or_impact(w: &[u8]) -> bool {
    const VERBS: &[&[u8]] = &[
        b"fall", b"rise", b"drop", b"dip", b"slip", b"slide", b"sink", b"plunge", b"tumble",
        b"slump", b"sag", b"jump", b"soar", b"surge", b"climb", b"gain", b"rally", b"rebound",
        b"edge", b"ease", b"hit", b"lash", b"batter", b"pound", b"kill", b"injure", b"destroy",
        b"damage", b"flood", b"sweep", b"slam", b"shake", b"rock", b"claim", b"lose", b"win",
        b"beat", b"top", b"crash", b"spike", b"cut", b"shed", b"hurt", b"spread", b"raze",
        b"ravage", b"wreck", b"topple", b"rout", b"stun", b"thrash", b"crush", b"down",
    ];
    let lower = |v: &[u8]| VERBS.iter().any(|x| x.eq_ignore_ascii_case(v));
    lower(w)
        || w.strip_suffix(b"s").is_some_and(lower)
        || w.strip_suffix(b"es").is_some_and(lower)
        || w.strip_suffix(b"ies").is_some_and(|r| {
            VERBS.iter().any(|x| {
                x.len() == r.len() + 1 && x.ends_with(b"y") && x[..r.len()].eq_ignore_ascii_case(r)
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_format_writes_them() {
        for (y, m, d) in [
            (0, 1, 1),
            (5, 3, 9),
            (999, 12, 31),
            (2022, 3, 14),
            (9999, 12, 31),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).expect("a date");
            let w = date.iso_week();
            let expected = [
                (Grain::Day, format!("{y:04}-{m:02}-{d:02}")),
                (Grain::Month, format!("{y:04}-{m:02}")),
                (Grain::Year, format!("{y:04}")),
                (Grain::Week, format!("{:04}-W{:02}", w.year(), w.week())),
            ];
            for (g, e) in expected {
                assert_eq!(format_date(date, g).as_deref(), Some(e.as_str()));
            }
        }
        let early = NaiveDate::from_ymd_opt(-1, 6, 1).expect("a date");
        assert_eq!(format_date(early, Grain::Day), None);
    }
}
