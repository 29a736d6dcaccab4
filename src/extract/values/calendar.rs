//! Month and weekday expressions: "March 30", "30 March 2022", "first Tuesday of October", "Monday".

use super::*;

pub(super) struct MonthParts {
    pub(super) month: u32,
    pub(super) day: Option<u32>,
    pub(super) year: Option<i32>,
    /// The token after the expression.
    pub(super) end: usize,
}

impl<'a> Scanner<'a> {
    /// A day number (or ordinal) at `i`..`e`: "30 March 2022", "the 1st of march", "15th",
    /// "third day of october", "first tuesday of october", "20 of next month".
    #[inline]
    pub(super) fn day_expr(
        &mut self,
        s: usize,
        i: usize,
        d: u32,
        e: usize,
        is_ord: bool,
    ) -> Option<Hit> {
        // "the 3rd-party candidate": a kind, no day
        if d == 0 || (is_ord && self.grade_after(e)) {
            return None;
        }
        let mut j = e;
        // "the 4th in June"; a bare "4 in June" is a number ("ruled 5-4 in June")
        let of = self.is(j, "of") || (is_ord && self.is(j, "in"));
        if of {
            j += 1;
        }
        if self.is(j, "the") && !of {
            return None;
        }
        // day month [year]
        if let Lexeme::Month(m, abbr) = self.lex(j) {
            if !(of || !self.tokens[j].gap || self.is_word(j)) {
                return None;
            }
            let mut k = j + 1;
            if abbr && self.punct(k, '.') && self.touches(k) {
                k += 1;
            }
            if days_in_month(2000, m) < d {
                return None;
            }
            let mut kk = k;
            if self.punct(kk, ',') {
                kk += 1;
            }
            if let Some((y, ye)) = self.year_here(kk) {
                let v = ymd(y, m, d)?;
                return Some(Hit::date(s, ye, Some((v, Grain::Day))));
            }
            // "14th April 15": a two-digit year closing the expression
            if let Some((y, 2)) = self.small_int(k)
                && self.closes(k + 1)
                && !self.glued_after(k)
            {
                let y = expand_year(y, 2, self.published);
                let v = ymd(y, m, d)?;
                return Some(Hit::date(s, k + 1, Some((v, Grain::Day))));
            }
            if let Some(h) = self.month_tail(s, k, m, Some(d)) {
                return Some(h);
            }
            let v = self.resolve_month_day(m, d, i).map(|x| (x, Grain::Day));
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
        if let Lexeme::Weekday(wd, _) = self.lex(j)
            && self.is_any(j + 1, &["of", "in"])
        {
            let (base, e2) = self.month_ref(j + 2)?;
            let v = base
                .and_then(|b| {
                    let first = ymd(b.year(), b.month(), 1)?;
                    let off = (wd + 7 - weekday_index(first)) % 7;
                    let day = 1 + off + 7 * (d - 1);
                    ymd(b.year(), b.month(), day)
                })
                .map(|x| (x, Grain::Day));
            return Some(Hit::date(s, e2, v));
        }
        // "the third Tuesday" closing the phrase: of the month of publication
        if let Lexeme::Weekday(wd, _) = self.lex(j)
            && (1..=5).contains(&d)
            && self.closes(j + 1)
        {
            let v = self
                .published
                .and_then(|p| {
                    let first = ymd(p.year(), p.month(), 1)?;
                    let off = (wd + 7 - weekday_index(first)) % 7;
                    ymd(p.year(), p.month(), 1 + off + 7 * (d - 1))
                })
                .map(|x| (x, Grain::Day));
            return Some(Hit::date(s, j + 1, v));
        }
        // "on the 15th", "On 24th", "the 1st" at the end of a phrase
        let on_before = s > 0 && self.is(s - 1, "on")
            || (s > 1 && self.is(s - 1, "the") && self.is(s - 2, "on"));
        let the_before = s > 0 && self.is(s - 1, "the") || (s < i && self.is(s, "the"));
        let digit = self.is_num(i);
        if (on_before && (digit || s < i)) || (digit && the_before && self.closes(e)) {
            if on_before && !self.closes(e) && self.noun_phrase(e).is_some() {
                return None;
            }
            let s2 = if s == i && s > 0 && self.is(s - 1, "the") && s > self.floor {
                s - 1
            } else {
                s
            };
            let v = self.resolve_day_of_month(d, i).map(|x| (x, Grain::Day));
            return Some(Hit::date(s2, e, v));
        }
        None
    }

    /// A month named in relation to now: "october", "next month", "the current month",
    /// "May 2014". Returns the first day of that month (None without a publication date).
    #[inline]
    pub(super) fn month_ref(&self, j: usize) -> Option<(Option<NaiveDate>, usize)> {
        let mut j = j;
        if self.is(j, "the") {
            j += 1;
        }
        if let Lexeme::Month(m, abbr) = self.lex(j) {
            let mut e = j + 1;
            if abbr && self.punct(e, '.') {
                e += 1;
            }
            if let Some(y) = self.year_at(e) {
                return Some((ymd(y, m, 1), e + 1));
            }
            let v = self.published.and_then(|p| ymd(p.year(), m, 1));
            return Some((v, e));
        }
        if self.is_any(j + 1, &["month"]) {
            let off = match self.lower(j).as_str() {
                "this" | "current" | "the" => 0,
                "next" | "following" | "coming" => 1,
                "last" | "previous" | "past" => -1,
                _ => return None,
            };
            let v = self
                .published
                .and_then(|p| add_months(ymd(p.year(), p.month(), 1)?, off));
            return Some((v, j + 2));
        }
        if self.is(j, "month") && j > 0 && self.is(j - 1, "the") {
            let v = self.published.and_then(|p| ymd(p.year(), p.month(), 1));
            return Some((v, j + 1));
        }
        None
    }

    /// After "April" or "April 5": "last year", "this year", "next year", "after next".
    #[inline]
    pub(super) fn month_tail(&self, s: usize, k: usize, m: u32, d: Option<u32>) -> Option<Hit> {
        let off = if self.is_any(k + 1, &["year", "yr"]) {
            match self.lower(k).as_str() {
                "last" | "previous" => -1,
                "this" | "current" => 0,
                "next" => 1,
                _ => return None,
            }
        } else {
            return None;
        };
        let v = self.published.and_then(|p| {
            let y = p.year() + off;
            match d {
                Some(d) => ymd(y, m, d).map(|x| (x, Grain::Day)),
                None => ymd(y, m, 1).map(|x| (x, Grain::Month)),
            }
        });
        Some(Hit::date(s, k + 2, v))
    }

    /// The parts of a month expression starting at the month word.
    #[inline]
    pub(super) fn month_parts(&self, i: usize) -> Option<MonthParts> {
        let Lexeme::Month(m, abbr) = self.lex(i) else {
            return None;
        };
        let mut j = i + 1;
        if abbr && self.punct(j, '.') && self.touches(j) {
            j += 1;
        }
        // "Oct-2", "Jan/1": the day glued to the month by a dash or slash
        if (self.punct(j, '-') || self.punct(j, '/'))
            && self.touches(j)
            && self.touches(j + 1)
            && self
                .small_int(j + 1)
                .is_some_and(|(d, n)| n <= 2 && (1..=31).contains(&d))
            && !self.glued_after(j + 1)
            && !(self.touches(j + 2) && (self.punct(j + 2, '-') || self.punct(j + 2, '/')))
        {
            j += 1;
        }
        let mut k = j;
        if self.is(k, "the") {
            k += 1;
        }
        if let Some((d, e, is_ord)) = self.day_at(k)
            && (k == j || is_ord)
            && d <= days_in_month(2000, m)
            && !self.punct(e, '%')
            && self.measure_unit_at(e).is_none()
        {
            let bad_tail = self.time_unit_at(e).is_some() || (!is_ord && self.punct(e, ':'));
            if !bad_tail {
                let mut y = e;
                if self.punct(y, ',') {
                    y += 1;
                }
                if let Some((yy, ye)) = self.year_here(y) {
                    return Some(MonthParts {
                        month: m,
                        day: Some(d),
                        year: Some(yy),
                        end: ye,
                    });
                }
                return Some(MonthParts {
                    month: m,
                    day: Some(d),
                    year: None,
                    end: e,
                });
            }
        }
        let mut y = j;
        // "June 2016", "November, 2016", "June of 1999"
        if self.punct(y, ',') || self.is(y, "of") {
            y += 1;
        }
        if let Some((yy, ye)) = self.year_here(y) {
            return Some(MonthParts {
                month: m,
                day: None,
                year: Some(yy),
                end: ye,
            });
        }
        Some(MonthParts {
            month: m,
            day: None,
            year: None,
            end: j,
        })
    }

    /// Is a month word without day or year really a month here?
    #[inline]
    pub(super) fn bare_month_ok(&self, i: usize) -> bool {
        let Lexeme::Month(m, abbr) = self.lex(i) else {
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
        let capital = self.capitalized(i);
        let ambiguous_word = matches!(m, 3 | 5 | 8) && !abbr;
        if abbr {
            return prep && capital;
        }
        if ambiguous_word && !capital {
            return prep;
        }
        if m == 5 || (capital && matches!(m, 4 | 6 | 8)) {
            // "Qantas June quarter profit": the quarter a month ends is no name's part
            if prep || (m == 6 && self.quarter_at(i + 1).is_some()) {
                return true;
            }
            let prev_name =
                i > 0 && self.capitalized(i - 1) && !is_function_word(self.lower(i - 1).as_str());
            let next_name = self.capitalized(i + 1);
            return !prev_name && !next_name && (m != 5 || self.closes(i + 1));
        }
        true
    }

    #[inline]
    pub(super) fn month_expr(&mut self, i: usize) -> Option<Hit> {
        let mc = self.month_parts(i)?;
        let m = mc.month;
        // "Jul 18, Fri": a weekday after the date
        let mut wd_after: Option<(u32, usize)> = None;
        if mc.day.is_some()
            && mc.year.is_none()
            && self.punct(mc.end, ',')
            && let Lexeme::Weekday(wd, _) = self.lex(mc.end + 1)
        {
            wd_after = Some((wd, mc.end + 2));
        }
        match (mc.day, mc.year) {
            (Some(d), Some(y)) => {
                let v = ymd(y, m, d)?;
                Some(Hit::date(i, mc.end, Some((v, Grain::Day))))
            }
            (Some(d), None) => {
                if let Some(h) = self.month_tail(i, mc.end, m, Some(d)) {
                    return Some(h);
                }
                if let Some((wd, e)) = wd_after {
                    let v = self.resolve_weekday_on_day(wd, Some(m), d, None, i);
                    return Some(Hit::date(i, e, v));
                }
                let v = self.resolve_month_day(m, d, i).map(|x| (x, Grain::Day));
                Some(Hit::date(i, mc.end, v))
            }
            (None, Some(y)) => {
                let v = ymd(y, m, 1)?;
                if let Some(h) = self.quarter_to_month(i, mc.end, v) {
                    return Some(h);
                }
                Some(Hit::date(i, mc.end, Some((v, Grain::Month))))
            }
            (None, None) => {
                if let Some(h) = self.month_tail(i, mc.end, m, None) {
                    return Some(h);
                }
                if self.is(mc.end, "after") && self.is(mc.end + 1, "next") {
                    let v = self
                        .resolve_month_relative(m, Relative::Next)
                        .and_then(|(d, g)| add_months(d, 12).map(|x| (x, g)));
                    return Some(Hit::date(i, mc.end + 2, v));
                }
                if !self.bare_month_ok(i) {
                    return None;
                }
                let v = self.resolve_month(m, i);
                if let Some((d, _)) = v
                    && let Some(h) = self.quarter_to_month(i, mc.end, d)
                {
                    return Some(h);
                }
                Some(Hit::date(i, mc.end, v))
            }
        }
    }

    /// "the March quarter", "the December 2024 quarter": the calendar quarter that ends with the
    /// month `d` (March, June, September, December) when "quarter" follows it at `e` (not
    /// "quarter-final", nor the end of months "April-June quarter", a range).
    #[inline]
    fn quarter_to_month(&self, i: usize, e: usize, d: NaiveDate) -> Option<Hit> {
        if !d.month().is_multiple_of(3) || (i > self.floor && self.punct(i - 1, '-')) {
            return None;
        }
        let q = self.quarter_at(e)?;
        let first = ymd(d.year(), d.month() - 2, 1)?;
        Some(Hit::date(i, q + 1, Some((first, Grain::Quarter))))
    }

    /// The word "quarter" at `e`, or after a hyphen there ("June-quarter earnings"), and not
    /// "quarter-final": where it is.
    #[inline]
    fn quarter_at(&self, e: usize) -> Option<usize> {
        let q = if self.punct(e, '-') && self.touches(e) && self.touches(e + 1) {
            e + 1
        } else {
            e
        };
        (self.is(q, "quarter") && !self.punct(q + 1, '-')).then_some(q)
    }

    #[inline]
    pub(super) fn weekday_expr(&mut self, i: usize, rel: Relative, s: usize) -> Option<Hit> {
        let Lexeme::Weekday(wd, abbr) = self.lex(i) else {
            return None;
        };
        let plural = self.text_of(i).ends_with(['s', 'S'])
            && !abbr
            && self.text_of(i).len() > 6
            && self.text_of(i).to_ascii_lowercase() != WEEKDAYS[wd as usize];
        let mut j = i + 1;
        if abbr && self.punct(j, '.') && self.touches(j) {
            j += 1;
        }
        if rel == Relative::Bare {
            let mut k = j;
            if self.punct(k, ',') {
                k += 1;
            }
            // "Monday, Feb 18", "Mon, February 18, 2013"
            if matches!(self.lex(k), Lexeme::Month(..))
                && let Some(mc) = self.month_parts(k)
                && let Some(d) = mc.day
            {
                let v = self.resolve_weekday_on_day(wd, Some(mc.month), d, mc.year, i);
                return Some(Hit::date(i, mc.end, v));
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
                if let Lexeme::Month(m, _) = self.lex(e2)
                    && let Some(mc) = self.month_parts_after_day(e2)
                {
                    let v = self.resolve_weekday_on_day(wd, Some(m), d, mc.1, i);
                    return Some(Hit::date(i, mc.0, v));
                }
                // not "Saturday, the third weekend of protests": an ordinal of a noun
                let noun_after = self.is_word(e)
                    && !self.capitalized(e)
                    && matches!(self.lex(e), Lexeme::None | Lexeme::Trigger(_))
                    && !is_function_word(self.lower(e).as_str());
                if (is_ord || the) && !noun_after {
                    let v = self.resolve_weekday_on_day(wd, None, d, None, i);
                    return Some(Hit::date(i, e, v));
                }
            }
            // "friday after next"
            if self.is(j, "after") && self.is(j + 1, "next") {
                let v = self.published.and_then(|p| {
                    let f = (wd + 7 - weekday_index(p)) % 7;
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
                let off = match self.lower(k3).as_str() {
                    "next" | "coming" | "following" => Some(1),
                    "this" | "the" | "current" => Some(0),
                    "last" | "previous" | "past" => Some(-1),
                    _ => None,
                };
                if let Some(off) = off {
                    let v = self
                        .resolve_weekday_in_week(wd, off)
                        .map(|d| (d, Grain::Day));
                    return Some(Hit::date(i, k3 + 2, v));
                }
            }
            if plural {
                return None;
            }
            // publication names: "The Mail on Sunday", "the Sunday Times"
            let paper = |k: usize| {
                self.capitalized(k)
                    && self.is_any(
                        k,
                        &[
                            "times",
                            "telegraph",
                            "express",
                            "mirror",
                            "post",
                            "herald",
                            "mail",
                            "independent",
                            "star",
                            "sport",
                            "tribune",
                            "observer",
                            "journal",
                            "mercury",
                            "sun",
                            "people",
                            "record",
                            "argus",
                            "chronicle",
                            "review",
                            "magazine",
                            "edition",
                            "night",
                            "live",
                            "show",
                        ],
                    )
            };
            if paper(j) || (i >= 2 && self.is(i - 1, "on") && paper(i - 2)) {
                return Some(Hit::silent(i, j));
            }
            // proper names: "Super Tuesday", "Black Friday" (not "Late Thursday night, …",
            // "Early Monday, …" opening a sentence)
            if i > 0 && self.capitalized(i - 1) && {
                let l = self.lower(i - 1);
                !is_function_word(l.as_str())
                    && !matches!(l.as_str(), "early" | "late")
                    && matches!(self.lex(i - 1), Lexeme::None)
                    && !self.text_of(i - 1).bytes().all(|b| b.is_ascii_uppercase())
            } {
                return None;
            }
            if abbr {
                let l = self.lower(i);
                let unambiguous = matches!(
                    l.as_str(),
                    "tue" | "tues" | "thu" | "thur" | "thurs" | "fri"
                );
                let on = i > 0 && self.is(i - 1, "on");
                if !unambiguous && !on {
                    return None;
                }
            }
            // "falls on a Sunday this year", "a Monday in March": any such day, none in
            // particular
            if i > self.floor && self.is(i - 1, "a") {
                return Some(Hit::silent(i, j));
            }
            let v = self.resolve_weekday(wd, i).map(|d| (d, Grain::Day));
            return Some(Hit::date(i, j, v));
        }
        let v = match rel {
            Relative::Last => self.resolve_weekday_in_week(wd, -1),
            Relative::Next => self.resolve_weekday_in_week(wd, 1),
            _ => self
                .published
                .and_then(|p| add_days(p, i64::from((wd + 7 - weekday_index(p)) % 7))),
        };
        Some(Hit::date(s, j, v.map(|d| (d, Grain::Day))))
    }

    /// "18 February [2013]" after a weekday: (end, year).
    #[inline]
    pub(super) fn month_parts_after_day(&self, j: usize) -> Option<(usize, Option<i32>)> {
        let Lexeme::Month(_, abbr) = self.lex(j) else {
            return None;
        };
        let mut e = j + 1;
        if abbr && self.punct(e, '.') {
            e += 1;
        }
        let mut y = e;
        if self.punct(y, ',') {
            y += 1;
        }
        if let Some(yy) = self.year_at(y) {
            return Some((y + 1, Some(yy)));
        }
        Some((e, None))
    }

    /// A weekday with nothing relative before it: "on Monday", "Monday, Feb 18".
    #[inline]
    pub(super) fn bare_weekday(&mut self, i: usize) -> Option<Hit> {
        self.weekday_expr(i, Relative::Bare, i)
    }
}
