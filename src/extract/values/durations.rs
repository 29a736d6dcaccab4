//! Durations: "two years and three months" as ISO 8601, and the dates they make ("10 years ago").

use super::*;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub(super) enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// One-unit ISO 8601 duration from components, in the smallest unit written.
#[inline]
pub(super) fn iso_duration(comps: &[(Decimal, TimeUnit)]) -> Option<String> {
    if comps.is_empty() {
        return None;
    }
    // most durations are one whole number of a unit ISO writes as it is ("3 years", "10 days"):
    // the general path below multiplies into months or seconds and divides back to the same
    // number, without the vector and the decimal arithmetic here
    if let [(v, u)] = comps
        && v.fract().is_zero()
        && !v.is_sign_negative()
        && *v < Decimal::from(1_000_000_000_000i64)
    {
        let (designator, unit) = match u {
            TimeUnit::Year => ("P", "Y"),
            TimeUnit::Month => ("P", "M"),
            TimeUnit::Week => ("P", "W"),
            TimeUnit::Day => ("P", "D"),
            TimeUnit::Hour => ("PT", "H"),
            TimeUnit::Minute => ("PT", "M"),
            TimeUnit::Second => ("PT", "S"),
            TimeUnit::Fortnight | TimeUnit::Quarter | TimeUnit::Decade | TimeUnit::Century => {
                ("", "")
            }
        };
        if !unit.is_empty() {
            // a whole number under 10^12: written by its integer, as `format_number` writes it,
            // into the one string
            if let Some(n) = v.to_u64() {
                let mut s = String::with_capacity(designator.len() + 14);
                s.push_str(designator);
                push_u64(&mut s, n);
                s.push_str(unit);
                return Some(s);
            }
            return Some(iso_unit(designator, *v, unit));
        }
    }
    iso_duration_general(comps)
}

/// `iso_duration` by converting every component into months or seconds.
fn iso_duration_general(comps: &[(Decimal, TimeUnit)]) -> Option<String> {
    let d = |n: i64| Decimal::from(n);
    let mut norm: Vec<(Decimal, TimeUnit)> = Vec::with_capacity(comps.len());
    for &(v, u) in comps {
        norm.push(match u {
            TimeUnit::Fortnight => (mul(v, d(2))?, TimeUnit::Week),
            TimeUnit::Quarter => (mul(v, d(3))?, TimeUnit::Month),
            TimeUnit::Decade => (mul(v, d(10))?, TimeUnit::Year),
            TimeUnit::Century => (mul(v, d(100))?, TimeUnit::Year),
            _ => (v, u),
        });
    }
    // TIMEX3 writes decades and centuries in their own unit: "a decade" is P1DE
    if let [(v, u @ (TimeUnit::Decade | TimeUnit::Century))] = comps {
        let unit = if *u == TimeUnit::Decade { "DE" } else { "CE" };
        return Some(iso_unit("P", *v, unit));
    }
    let calendar = norm
        .iter()
        .all(|(_, u)| matches!(u, TimeUnit::Year | TimeUnit::Month));
    if calendar {
        let mut months = Decimal::ZERO;
        for &(v, u) in &norm {
            let m = if u == TimeUnit::Year {
                mul(v, d(12))?
            } else {
                v
            };
            months = months.checked_add(m)?;
        }
        let only_years = norm.iter().all(|(_, u)| *u == TimeUnit::Year);
        if only_years && (months / d(12)).fract().is_zero() {
            return Some(iso_unit("P", months / d(12), "Y"));
        }
        if months.fract().is_zero() {
            return Some(iso_unit("P", months, "M"));
        }
        // "a life expectancy of 78.7 years": no whole number of months, and 30-day months would
        // make it 77.6 years; ISO 8601 lets the last unit carry the fraction, `P78.7Y`
        if only_years {
            return Some(iso_unit("P", months / d(12), "Y"));
        }
        let days = mul(months, d(30))?;
        if days.fract().is_zero() {
            return Some(iso_unit("P", days, "D"));
        }
        return Some(iso_unit("PT", mul(days, d(24))?.round(), "H"));
    }
    let secs_of = |u: TimeUnit| -> Decimal {
        d(match u {
            TimeUnit::Second => 1,
            TimeUnit::Minute => 60,
            TimeUnit::Hour => 3600,
            TimeUnit::Day => 86400,
            TimeUnit::Week | TimeUnit::Fortnight => 604_800,
            TimeUnit::Month | TimeUnit::Quarter => 2_592_000,
            _ => 31_536_000,
        })
    };
    let mut total = Decimal::ZERO;
    for &(v, u) in &norm {
        total = total.checked_add(mul(v, secs_of(u))?)?;
    }
    let smallest = norm.iter().map(|&(_, u)| u).min()?;
    let ladder = [
        TimeUnit::Week,
        TimeUnit::Day,
        TimeUnit::Hour,
        TimeUnit::Minute,
        TimeUnit::Second,
    ];
    let start = match smallest {
        TimeUnit::Second => 4,
        TimeUnit::Minute => 3,
        TimeUnit::Hour => 2,
        TimeUnit::Day => 1,
        TimeUnit::Week if norm.len() == 1 => 0,
        _ => 1,
    };
    for (idx, &u) in ladder.iter().enumerate().skip(start) {
        let n = total / secs_of(u);
        if n.fract().is_zero() || idx == 4 {
            return Some(match u {
                TimeUnit::Week => iso_unit("P", n, "W"),
                TimeUnit::Day => iso_unit("P", n, "D"),
                TimeUnit::Hour => iso_unit("PT", n, "H"),
                TimeUnit::Minute => iso_unit("PT", n, "M"),
                _ => iso_unit("PT", n, "S"),
            });
        }
    }
    None
}

/// The parts of a duration phrase, largest unit first ("2 years, 3 months"): each part's unit is
/// smaller than the one before, so there are at most as many as there are units. Held inline,
/// as a phrase is read at most numbers and most are dropped: no allocation per phrase.
#[derive(Clone, Copy)]
pub(super) struct Comps {
    items: [(Decimal, TimeUnit); COMPS],
    len: usize,
}

/// One part per unit, and one more for the quarter read as a fraction ("three quarters of a year").
const COMPS: usize = TimeUnit::Century as usize + 2;

impl Comps {
    #[inline]
    pub(super) fn new() -> Comps {
        Comps {
            items: [(Decimal::ZERO, TimeUnit::Second); COMPS],
            len: 0,
        }
    }

    #[inline]
    pub(super) fn one(v: Decimal, u: TimeUnit) -> Comps {
        let mut c = Comps::new();
        c.push((v, u));
        c
    }

    /// Adds a part; `false` when full (never, as the units decrease).
    #[inline]
    pub(super) fn push(&mut self, part: (Decimal, TimeUnit)) -> bool {
        let Some(slot) = self.items.get_mut(self.len) else {
            return false;
        };
        *slot = part;
        self.len += 1;
        true
    }
}

impl std::ops::Deref for Comps {
    type Target = [(Decimal, TimeUnit)];
    #[inline]
    fn deref(&self) -> &Self::Target {
        &self.items[..self.len]
    }
}

impl std::ops::DerefMut for Comps {
    #[inline]
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.items[..self.len]
    }
}

pub(super) struct DurationPhrase {
    pub(super) comps: Comps,
    /// The token after the phrase.
    pub(super) end: usize,
    pub(super) upcoming: bool,
    /// Written with a vague number ("a few days"): `PXD`.
    pub(super) vague: bool,
}

impl<'a> Scanner<'a> {
    #[inline]
    pub(super) fn time_unit_at(&self, j: usize) -> Option<TimeUnit> {
        match self.lex(j) {
            Lexeme::TimeUnit(u) => {
                // "h" and "min" only right after a number
                Some(u)
            }
            Lexeme::Ordinal(2) if self.is(j, "second") => Some(TimeUnit::Second),
            _ => None,
        }
    }

    #[inline]
    pub(super) fn duration_at(&self, j: usize, np: &ParsedNumber) -> Option<DurationPhrase> {
        let mut j = j;
        if self.punct(j, '-') && self.touches(j) && self.touches(j + 1) {
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
        ) && self.time_unit_at(j + 1).is_some()
        {
            j += 1;
        } else if self.is(j, "upcoming") && self.time_unit_at(j + 1).is_some() {
            upcoming = true;
            j += 1;
        }
        if np.frac && self.is(j, "of") {
            let mut k = j + 1;
            if self.is_any(k, &["a", "an", "the"]) {
                k += 1;
            }
            if self.time_unit_at(k).is_some() {
                j = k;
            }
        }
        let unit = self.time_unit_at(j)?;
        // "a second time", "a second ago"? "second" after "a" followed by a noun is an ordinal
        if unit == TimeUnit::Second
            && self.is(j, "second")
            && np.words
            && np.value == Decimal::ONE
            && self.noun_phrase(j + 1).is_some()
        {
            return None;
        }
        // "three quarters" of something that is not a duration is a fraction, not nine months
        let mut comps = Comps::new();
        let mut e = j + 1;
        if unit == TimeUnit::Quarter {
            if self.is(e, "of") {
                let mut k = e + 1;
                if self.is_any(k, &["a", "an", "the"]) {
                    k += 1;
                }
                match self.time_unit_at(k) {
                    Some(u2) if u2 != TimeUnit::Quarter => {
                        comps.push((np.value / Decimal::from(4), u2));
                        e = k + 1;
                    }
                    _ => return None,
                }
            } else if self.noun_phrase(e).is_some() {
                return None;
            } else {
                comps.push((np.value, unit));
            }
        } else {
            comps.push((np.value, unit));
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
                        c.0 = c.0.checked_add(Decimal::new(5, 1))?;
                    }
                    e = h + 1;
                    continue;
                }
            }
            if self.punct(k, ',') {
                k += 1;
            }
            if self.is(k, "and") {
                k += 1;
            }
            if k == e + 2 && self.punct(e, ',') && self.is(e + 1, "and") {
                // ", and" fine
            }
            let starts_num = self.is_num(k)
                || matches!(self.lex(k), Lexeme::Cardinal(_) | Lexeme::Tens(_))
                || self.is_any(k, &["a", "an"]);
            if !starts_num {
                break;
            }
            let Some(np2) = self.number_at(k, false) else {
                break;
            };
            if let Some(u2) = self.time_unit_at(np2.end) {
                if u2 < last && comps.push((np2.value, u2)) {
                    e = np2.end + 1;
                    continue;
                }
                break;
            }
            if last == TimeUnit::Hour
                && np2.is_int()
                && np2.value < Decimal::from(60)
                && np2.words != self.is_num(k)
                && self.noun_phrase(np2.end).is_none()
                && self.measure_unit_at(np2.end).is_none()
                && !self.punct(np2.end, '%')
                && comps.push((np2.value, TimeUnit::Minute))
            {
                e = np2.end;
            }
            break;
        }
        Some(DurationPhrase {
            comps,
            end: e,
            upcoming,
            vague: np.vague,
        })
    }

    #[inline]
    pub(super) fn duration_hit(&mut self, s: usize, d: DurationPhrase, m: Option<Modifier>) -> Hit {
        let e = d.end;
        let single = if d.comps.len() == 1 {
            Some(d.comps[0].1)
        } else {
            None
        };
        let rel_grain = |u: Option<TimeUnit>| match u {
            // "three years ago" names a year, not a month (TIMEX3; Duckling says a month)
            Some(TimeUnit::Year | TimeUnit::Decade | TimeUnit::Century) => Grain::Year,
            _ => Grain::Day,
        };
        // "2 upcoming days", "upcoming two months" (Duckling): the date N units ahead
        let upcoming = d.upcoming || (s > 0 && s > self.floor && self.is(s - 1, "upcoming"));
        if upcoming {
            let s2 = if d.upcoming { s } else { s - 1 };
            let g = match single {
                Some(TimeUnit::Year | TimeUnit::Decade | TimeUnit::Century) => Grain::Year,
                Some(TimeUnit::Month | TimeUnit::Quarter) => Grain::Month,
                _ => Grain::Day,
            };
            let v = self
                .published
                .and_then(|p| self.shift(p, &d.comps, 1))
                .map(|x| (x, g));
            return Hit::date(s2, e, v).with_mod(m);
        }
        // ago / back
        if self.is_any(e, &["ago", "back"]) {
            let v = self
                .published
                .and_then(|p| self.shift(p, &d.comps, -1))
                .map(|x| (x, rel_grain(single)));
            let h = Hit::date(s, e + 1, v);
            // "66 million years ago": before any year a date can be written in, the time back
            // is the value (a duration, never a wrong date)
            if h.value.is_none() && self.published.is_some() {
                return Hit::new(ValueKind::Duration, s, e + 1, iso_duration(&d.comps)).with_mod(m);
            }
            return h.with_mod(m);
        }
        // from now / hence / from today / from tomorrow
        // ("for three days from today" is a stretch of days: `duration_from`)
        let for_days = s > self.floor && self.is(s - 1, "for") && !self.is(e + 1, "now");
        if self.is(e, "hence")
            || (self.is(e, "from")
                && !for_days
                && self.is_any(e + 1, &["now", "today", "tomorrow", "tmrw", "yesterday"]))
        {
            let end = if self.is(e, "hence") { e + 1 } else { e + 2 };
            let (g, from) = match self.lower(e + 1).as_str() {
                "today" => (Grain::Day, 0),
                "tomorrow" | "tmrw" => (Grain::Day, 1),
                "yesterday" => (Grain::Day, -1),
                _ => (rel_grain(single), 0),
            };
            let v = self
                .published
                .and_then(|p| add_days(p, from))
                .and_then(|p| self.shift(p, &d.comps, 1))
                .map(|x| (x, g));
            return Hit::date(s, end, v).with_mod(m);
        }
        // "three days after Easter", "two weeks before March 30"
        if self.is_any(e, &["after", "before"])
            && !self.closes(e + 1)
            && let Some(h) = self.try_rules(e + 1)
            && h.kind == Some(ValueKind::Date)
            && h.end > e + 1
        {
            let sign = if self.is(e, "after") { 1 } else { -1 };
            let v = h
                .anchor
                .filter(|(_, g)| g.holds(&d.comps))
                .and_then(|(a, g)| self.shift(a, &d.comps, sign).map(|x| (x, g)));
            return Hit::date(s, h.end, v).with_mod(m);
        }
        // anchored: "10 years later", "two days earlier"
        if self.is_any(e, &["later", "earlier"])
            || (self.is_any(e, &["before", "after"]) && self.closes(e + 1))
        {
            let sign = if self.is(e, "later") || self.is(e, "after") {
                1
            } else {
                -1
            };
            let v = self
                .anchor
                .filter(|(_, g)| g.holds(&d.comps))
                .and_then(|(a, g)| self.shift(a, &d.comps, sign).map(|x| (x, g)));
            return Hit::date(s, e + 1, v).with_mod(m);
        }
        // "in two weeks" (not in the past tense: "the first time in 20 years")
        if s > 0 && s > self.floor && self.is(s - 1, "in") && m.is_none() {
            let before = s.checked_sub(2);
            let first_time = before.is_some_and(|b| {
                self.is_any(b, &["time", "times", "first", "once", "years", "months"])
            }) || self.superlative_before(s - 1);
            if !first_time && self.tense(s) != Tense::Past {
                let v = self
                    .published
                    .and_then(|p| self.shift(p, &d.comps, 1))
                    .map(|x| (x, rel_grain(single)));
                return Hit::date(s - 1, e, v);
            }
        }
        if d.vague
            && let Some(u) = single
        {
            return Hit::new(ValueKind::Duration, s, e, Some(vague_duration(u).into()));
        }
        Hit::new(ValueKind::Duration, s, e, iso_duration(&d.comps)).with_mod(m)
    }

    #[inline]
    pub(super) fn weekday_count(&self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let j = np.end;
        let Lexeme::Weekday(wd, false) = self.lex(j) else {
            return None;
        };
        if !np.is_int() || !np.within(1, 520) {
            return None;
        }
        let n = np.int()?;
        let (fwd, e) = if self.is(j + 1, "from") && self.is_any(j + 2, &["now", "today"]) {
            (true, j + 3)
        } else if self.is(j + 1, "hence") {
            (true, j + 2)
        } else if self.is_any(j + 1, &["ago", "back"]) {
            (false, j + 2)
        } else {
            return None;
        };
        let v = self.published.and_then(|p| {
            let cur = weekday_index(p);
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

    /// A superlative heads the phrase that ends at the "in" at `at`: "the highest level in 23
    /// years", "its worst month in a decade", "their second-lowest in" count back, not forward,
    /// whatever the tense of the sentence ("… in 23 years, but they expect to cut"). The
    /// superlative follows a determiner or a possessive within a few words ("interest in two
    /// years" is no superlative).
    fn superlative_before(&self, at: usize) -> bool {
        let lo = at.saturating_sub(6);
        (lo..at)
            .rev()
            .take_while(|&i| !self.closes(i) || self.punct(i, '-'))
            .any(|i| {
                let Some(w) = self.word_bytes(i) else {
                    return false;
                };
                let superlative = (w.len() >= 5 && w.ends_with(b"est"))
                    || self.is_any(i, &["best", "worst", "most", "least"]);
                superlative
                    && i > 0
                    && (self.is_any(
                        i - 1,
                        &["the", "its", "their", "his", "her", "our", "my", "your"],
                    ) || (self.punct(i - 1, '-') && self.kind(i - 2) == Some(TokenKind::Word)))
            })
    }

    /// A number of time units: a duration, or the date it makes ("10 years ago", "in two weeks").
    #[inline]
    pub(super) fn duration(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let d = self.duration_at(np.end, np)?;
        Some(self.duration_hit(s, d, np.modifier))
    }
}

/// The decimal digits of `n` appended to `s`, as `n.to_string()` writes them.
#[inline]
pub(super) fn push_u64(s: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut k = buf.len();
    loop {
        k -= 1;
        buf[k] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // pushed as characters: a few ASCII digits, whose UTF-8 check as a string cost more
    for &c in &buf[k..] {
        s.push(char::from(c));
    }
}

/// `P3Y`, `PT90M`: a designator, the number and its unit, in one string (durations are common,
/// and `format!` costs several times more).
#[inline]
fn iso_unit(designator: &str, n: Decimal, unit: &str) -> String {
    let mut s = String::with_capacity(designator.len() + 12);
    s.push_str(designator);
    s.push_str(&format_number(n));
    s.push_str(unit);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut for one whole number of a unit writes what the general path writes.
    #[test]
    fn one_whole_unit_as_the_general_path_writes_it() {
        let units = [
            TimeUnit::Second,
            TimeUnit::Minute,
            TimeUnit::Hour,
            TimeUnit::Day,
            TimeUnit::Week,
            TimeUnit::Fortnight,
            TimeUnit::Month,
            TimeUnit::Quarter,
            TimeUnit::Year,
            TimeUnit::Decade,
            TimeUnit::Century,
        ];
        let mut values: Vec<Decimal> = (0..=120).map(Decimal::from).collect();
        values.extend(
            ["2.0", "1.5", "0.25", "-3", "1000000", "999999999999"]
                .map(|s| s.parse::<Decimal>().expect("decimal")),
        );
        for u in units {
            for &v in &values {
                let comps = [(v, u)];
                assert_eq!(
                    iso_duration(&comps),
                    iso_duration_general(&comps),
                    "{v} {u:?}"
                );
            }
        }
    }
}
