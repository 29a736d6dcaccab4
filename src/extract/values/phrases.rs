//! Word-led expressions: "today", "the day after tomorrow", "last week", "the past two years", holidays.

use super::*;

impl<'a> Scanner<'a> {
    /// "today", "tonight", "tomorrow", "yesterday" (and "this morning" after them).
    #[inline]
    pub(super) fn day_word(&mut self, i: usize) -> Option<Hit> {
        let days = match self.lower(i).as_str() {
            "today" | "tonight" => 0,
            "tomorrow" | "tomorrows" | "tmrw" => 1,
            "yesterday" => -1,
            _ => return None,
        };
        let e = self.daypart(i + 1);
        let v = self
            .published
            .and_then(|p| add_days(p, days))
            .map(|p| (p, Grain::Day));
        Some(Hit::date(i, e, v))
    }

    /// "weekend" on its own: the weekend the tense points to.
    #[inline]
    pub(super) fn weekend(&mut self, i: usize) -> Option<Hit> {
        let sat = self.resolve_weekend(Relative::Bare, i);
        Some(weekend_hit(i, i + 1, sat))
    }

    /// "earlier this year", "later this month".
    #[inline]
    pub(super) fn earlier_later(&mut self, i: usize) -> Option<Hit> {
        if self.is(i + 1, "this")
            && let Some(h) = self.relative_phrase(i + 1, i)
            && h.kind == Some(ValueKind::Date)
        {
            return Some(h);
        }
        // "earlier in the week", "later in the year": this one
        if self.is(i + 1, "in") && self.is(i + 2, "the") {
            let g = match self.lower(i + 3).as_str() {
                "week" => Grain::Week,
                "month" => Grain::Month,
                "year" => Grain::Year,
                _ => return None,
            };
            let v = self.published.map(|p| (p, g));
            return Some(Hit::date(i, i + 4, v));
        }
        None
    }

    /// "ides of March": the 15th of March, May, July and October, the 13th of other months.
    #[inline]
    pub(super) fn ides(&mut self, i: usize) -> Option<Hit> {
        if self.is(i + 1, "of")
            && let Lexeme::Month(m, _) = self.lex(i + 2)
        {
            let d = if matches!(m, 3 | 5 | 7 | 10) { 15 } else { 13 };
            let v = self.resolve_month_day(m, d, i).map(|x| (x, Grain::Day));
            return Some(Hit::date(i, i + 3, v));
        }
        None
    }

    /// "Christmas [Eve|Day] [2021]", "Easter [Sunday] [2022]", "Halloween".
    #[inline]
    pub(super) fn holiday(&mut self, i: usize) -> Option<Hit> {
        let lc = self.lower(i);
        let w = lc.as_str();
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
                let y = self
                    .year_at(e)
                    .or_else(|| self.published.map(|p| p.year()))?;
                let ed = easter(y);
                let e2 = if self.year_at(e).is_some() { e + 1 } else { e };
                return Some(Hit::date(i, e2, ed.map(|x| (x, Grain::Day))));
            }
        };
        if let Some(y) = self.year_at(e) {
            return Some(Hit::date(i, e + 1, ymd(y, m, d).map(|x| (x, Grain::Day))));
        }
        let v = self.resolve_month_day(m, d, i).map(|x| (x, Grain::Day));
        Some(Hit::date(i, e, v))
    }

    #[inline]
    pub(super) fn daypart(&self, j: usize) -> usize {
        if self.is_any(j, &["morning", "afternoon", "evening", "night"]) {
            j + 1
        } else {
            j
        }
    }

    #[inline]
    pub(super) fn the_phrase(&mut self, i: usize) -> Option<Hit> {
        let j = i + 1;
        if matches!(self.lex(j), Lexeme::None) && !self.is_num(j) {
            return None;
        }
        // "down from 3.5% the month before", "the year after": anchored as "the previous
        // month", "the following year"
        if let Some(unit) = self.time_unit_at(j)
            && !self.text_of(j).ends_with(['s', 'S'])
            && self.is_any(j + 1, &["before", "after"])
            && self.closes(j + 2)
        {
            let sign = if self.is(j + 1, "after") { 1 } else { -1 };
            return Some(self.anchored_unit(i, j + 2, unit, sign));
        }
        // "the day after tomorrow", "the day before yesterday"
        if self.is(j, "day") {
            if self.is(j + 1, "after") && self.is_any(j + 2, &["tomorrow", "tmrw"]) {
                let v = self
                    .published
                    .and_then(|p| add_days(p, 2))
                    .map(|p| (p, Grain::Day));
                return Some(Hit::date(i, j + 3, v));
            }
            if self.is(j + 1, "before") && self.is(j + 2, "yesterday") {
                let v = self
                    .published
                    .and_then(|p| add_days(p, -2))
                    .map(|p| (p, Grain::Day));
                return Some(Hit::date(i, j + 3, v));
            }
            return None;
        }
        // "the weekend after next": two weekends after this one
        if self.is(j, "weekend") && self.is(j + 1, "after") {
            let k = if self.is(j + 2, "the") { j + 3 } else { j + 2 };
            if self.is(k, "next") && !self.is_word(k + 1) {
                let sat = self
                    .resolve_weekend(Relative::This, j)
                    .and_then(|s| add_days(s, 14));
                return Some(weekend_hit(i, k + 1, sat));
            }
        }
        if self.is_any(j, &["weekend", "weekends"]) {
            let sat = self.resolve_weekend(Relative::Bare, j);
            return Some(weekend_hit(i, j + 1, sat));
        }
        // "the week of March 3", "the week starting on February 4": the ISO week of that day
        if self.is(j, "week") && self.is_any(j + 1, &["of", "starting", "beginning", "commencing"])
        {
            let mut k = j + 2;
            if self.is_any(k, &["on", "from"]) && !self.is(j + 1, "of") {
                k += 1;
            }
            if !self.closes(k)
                && let Some(h) = self.try_rules(k)
                && h.kind == Some(ValueKind::Date)
                && h.end > k
                && let Some((d, Grain::Day)) = h.anchor
            {
                return Some(Hit::date(i, h.end, Some((d, Grain::Week))));
            }
            return None;
        }
        // "the week after next", "the year after the next"
        if let Some(g) = match self.lower(j).as_str() {
            "week" => Some(Grain::Week),
            "month" => Some(Grain::Month),
            "year" => Some(Grain::Year),
            _ => None,
        } && self.is(j + 1, "after")
        {
            let k = if self.is(j + 2, "the") { j + 3 } else { j + 2 };
            if self.is(k, "next") && !self.is_word(k + 1) {
                let v = self.published.and_then(|p| match g {
                    Grain::Week => add_days(p, 14),
                    Grain::Month => add_months(p, 2),
                    _ => ymd(p.year() + 2, 1, 1),
                });
                return Some(Hit::date(i, k + 1, v.map(|d| (d, g))));
            }
        }
        // "the 1st of march", "the first Monday of the month", "the 15th", "the 21st century"
        if let Some((v, e)) = self.spelled_ordinal(j) {
            if let Some(h) = self.day_expr(i, j, v, e, true) {
                return Some(h);
            }
            return None;
        }
        if self.is_num(j) && self.has_ordinal_suffix(j) {
            let (v, _) = self.small_int(j)?;
            if let Some(h) = self.day_expr(i, j, v, j + 2, true) {
                return Some(h);
            }
            return None;
        }
        if self.is(j, "ides") {
            let h = self.ides(j)?;
            return Some(Hit { start: i, ..h });
        }
        // "the past two years", "the last decade", "the next five years"
        if self.is_any(
            j,
            &[
                "past",
                "last",
                "next",
                "coming",
                "previous",
                "following",
                "prior",
            ],
        ) {
            return self.relative_phrase(j, i);
        }
        // "the age of 80"
        if self.is(j, "age") && self.is(j + 1, "of") {
            return self.aged(j);
        }
        None
    }

    /// "last April", "next week", "this year", "past two years", "last Monday of March",
    /// "last week's sunday", "upcoming two days". `s` is where the span starts ("the", "earlier").
    #[inline]
    pub(super) fn relative_phrase(&mut self, i: usize, s: usize) -> Option<Hit> {
        let lc = self.lower(i);
        let w = lc.as_str();
        let had_the = s < i && self.is(s, "the");
        let rel = match w {
            // "the prior year"; "prior" alone ("prior years", "prior to") is no date
            "prior" if !had_the => return None,
            "last" | "previous" | "past" | "prior" => Relative::Last,
            "next" | "coming" | "following" | "upcoming" => Relative::Next,
            "this" | "current" => Relative::This,
            _ => return None,
        };
        let j = i + 1;
        // "the last week of July", "last week of 2015": the ISO week of that month's or year's
        // last week
        if w == "last" && self.is(j, "week") && self.is_any(j + 1, &["of", "in"]) {
            if let Some((y, e)) = self.year_here(j + 2) {
                let v = ymd(y, 12, 28).map(|d| (d, Grain::Week));
                return Some(Hit::date(s, e, v));
            }
            if let Some((base, e)) = self.month_ref(j + 2) {
                let v = base
                    .and_then(Self::last_week_of_month)
                    .map(|d| (d, Grain::Week));
                return Some(Hit::date(s, e, v));
            }
        }
        // durations: "the past two years", "last 10 years", "next five days", "the past decade"
        let num_start = self.is_num(j)
            || matches!(self.lex(j), Lexeme::Cardinal(_) | Lexeme::Tens(_))
            || self.is_any(j, &["few", "several"]);
        let duration_ok = had_the
            || matches!(w, "past" | "upcoming" | "coming")
            || (i > 0 && self.is_any(i - 1, &["over", "in", "for", "during", "within"]));
        if num_start && w != "this" && duration_ok {
            if self.is_any(j, &["few", "several"]) {
                if let Some(u) = self.time_unit_at(j + 1) {
                    return Some(Hit::new(
                        ValueKind::Duration,
                        s,
                        j + 2,
                        Some(vague_duration(u).into()),
                    ));
                }
                return None;
            }
            let np = self.number_at(j, false)?;
            let d = self.duration_at(np.end, &np)?;
            if w == "upcoming" {
                let g = match d.comps.first().map(|c| c.1) {
                    Some(TimeUnit::Year | TimeUnit::Decade | TimeUnit::Century) => Grain::Year,
                    Some(TimeUnit::Month | TimeUnit::Quarter) => Grain::Month,
                    _ => Grain::Day,
                };
                let v = self
                    .published
                    .and_then(|p| self.shift(p, &d.comps, 1))
                    .map(|x| (x, g));
                return Some(Hit::date(s, d.end, v));
            }
            return Some(Hit::new(
                ValueKind::Duration,
                s,
                d.end,
                iso_duration(&d.comps),
            ));
        }
        if let Lexeme::Month(m, _) = self.lex(j) {
            if had_the
                || matches!(
                    w,
                    "past" | "previous" | "prior" | "coming" | "following" | "upcoming"
                )
            {
                return None;
            }
            // "last Monday of March" is not "last March"
            let v = self.resolve_month_relative(m, rel);
            let mut e = j + 1;
            if matches!(self.lex(j), Lexeme::Month(_, true))
                && self.punct(e, '.')
                && self.touches(e)
            {
                e += 1;
            }
            return Some(Hit::date(s, e, v));
        }
        if let Lexeme::Weekday(wd, _) = self.lex(j) {
            if had_the {
                return None;
            }
            // "last Monday of March", "last friday in october"
            if rel == Relative::Last && self.is_any(j + 1, &["of", "in"]) {
                let (base, e2) = self.month_ref(j + 2)?;
                let v = base
                    .and_then(|b| {
                        let last = ymd(b.year(), b.month(), days_in_month(b.year(), b.month()))?;
                        let back = (weekday_index(last) + 7 - wd) % 7;
                        add_days(last, -i64::from(back))
                    })
                    .map(|x| (x, Grain::Day));
                return Some(Hit::date(s, e2, v));
            }
            return self.weekday_expr(j, rel, s);
        }
        // "last day of october 2015"
        if rel == Relative::Last
            && w == "last"
            && self.is(j, "day")
            && self.is_any(j + 1, &["of", "in"])
        {
            let (base, e2) = self.month_ref(j + 2)?;
            let v = base
                .and_then(|b| ymd(b.year(), b.month(), days_in_month(b.year(), b.month())))
                .map(|x| (x, Grain::Day));
            return Some(Hit::date(s, e2, v));
        }
        let unit = self.time_unit_at(j);
        // "last week's sunday", "next week Sunday", "next week on Friday"
        let after_week = if self.punct(j + 1, '\'') && self.is(j + 2, "s") {
            j + 3
        } else if self.is(j + 1, "on") {
            j + 2
        } else {
            j + 1
        };
        if unit == Some(TimeUnit::Week)
            && !had_the
            && self.text_of(j).eq_ignore_ascii_case("week")
            && let Lexeme::Weekday(wd, _) = self.lex(after_week)
        {
            let off = match rel {
                Relative::Last => -1,
                Relative::Next => 1,
                _ => 0,
            };
            let v = self
                .resolve_weekday_in_week(wd, off)
                .map(|d| (d, Grain::Day));
            return Some(Hit::date(s, after_week + 1, v));
        }
        if self.is_any(j, &["weekend"]) && !had_the {
            let sat = self.resolve_weekend(rel, j);
            return Some(weekend_hit(s, j + 1, sat));
        }
        if self.is(j, "night") && w == "last" {
            let v = self
                .published
                .and_then(|p| add_days(p, -1))
                .map(|p| (p, Grain::Day));
            return Some(Hit::date(s, j + 1, v));
        }
        if w == "this" && self.is_any(j, &["morning", "afternoon", "evening"]) {
            let v = self.published.map(|p| (p, Grain::Day));
            return Some(Hit::date(s, j + 1, v));
        }
        let unit = unit?;
        if self.text_of(j).ends_with(['s', 'S']) {
            return None; // "the coming weeks", "past years": no number, no value
        }
        // "the past year", "the last decade", "over the past week": durations
        if had_the && matches!(w, "past" | "last") && !self.punct(j + 1, '\'') {
            return Some(Hit::new(
                ValueKind::Duration,
                s,
                j + 1,
                iso_duration(&[(Decimal::ONE, unit)]),
            ));
        }
        // "the next day" is a date, the day after the one the text is at; "over the next day" is
        // a duration
        if had_the
            && w == "next"
            && unit == TimeUnit::Day
            && !(s > self.floor
                && self.is_any(
                    s - 1,
                    &["over", "in", "within", "during", "for", "throughout"],
                ))
        {
            let base = match self.anchor {
                Some((a, Grain::Day)) => Some(a),
                _ => self.published,
            };
            let v = base.and_then(|b| add_days(b, 1)).map(|x| (x, Grain::Day));
            return Some(Hit::date(s, j + 1, v));
        }
        if w == "past" || (had_the && matches!(w, "next" | "coming")) {
            return Some(Hit::new(
                ValueKind::Duration,
                s,
                j + 1,
                iso_duration(&[(Decimal::ONE, unit)]),
            ));
        }
        // "the previous decade", "the following decade": the decade before or after the one of
        // the date the text is at (the publication's when no date came before)
        if unit == TimeUnit::Decade && matches!(w, "following" | "previous" | "prior") {
            let sign = if w == "following" { 1 } else { -1 };
            let year = self.anchor.map(|(a, _)| a).or(self.published);
            let v = year.map(|d| format!("{}X", d.year().div_euclid(10) + sign));
            return Some(Hit::new(ValueKind::Date, s, j + 1, v));
        }
        // anchored: "the following year", "the previous month", at the grain of the unit ("May 5
        // … the following month" is June, not June 5), and unknown when the anchor is coarser
        // than the unit ("In 2016 … the following month")
        if matches!(w, "following" | "previous" | "prior") {
            let sign = if w == "following" { 1 } else { -1 };
            return Some(self.anchored_unit(s, j + 1, unit, sign));
        }
        if had_the {
            return None;
        }
        let p = self.published;
        let off: i64 = match rel {
            Relative::Last => -1,
            Relative::Next => 1,
            _ => 0,
        };
        let v = match unit {
            TimeUnit::Year => p
                .and_then(|p| ymd(p.year() + off as i32, 1, 1))
                .map(|d| (d, Grain::Year)),
            TimeUnit::Month => p
                .and_then(|p| add_months(ymd(p.year(), p.month(), 1)?, off))
                .map(|d| (d, Grain::Month)),
            TimeUnit::Week => p
                .and_then(|p| add_days(p, 7 * off))
                .map(|d| (d, Grain::Week)),
            TimeUnit::Day => p.and_then(|p| add_days(p, off)).map(|d| (d, Grain::Day)),
            // "last quarter", "this quarter", "next quarter": calendar quarters; "the last
            // quarter of 2023" is not the one before publication
            TimeUnit::Quarter if !self.is(j + 1, "of") => p
                .and_then(|p| add_months(ymd(p.year(), (p.month() - 1) / 3 * 3 + 1, 1)?, 3 * off))
                .map(|d| (d, Grain::Quarter)),
            TimeUnit::Decade => {
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

    /// The `unit` before (`sign` -1) or after (+1) the date the text is at: "the following
    /// year", "the previous month", "the month before", at the grain of the unit ("May 5 … the
    /// following month" is June, not June 5), and unknown when the anchor is coarser than the
    /// unit ("In 2016 … the following month").
    fn anchored_unit(&self, s: usize, e: usize, unit: TimeUnit, sign: i64) -> Hit {
        let grain = |g: Grain| match unit {
            TimeUnit::Year => Some(Grain::Year),
            TimeUnit::Month if g <= Grain::Month => Some(Grain::Month),
            TimeUnit::Week if g <= Grain::Week => Some(Grain::Week),
            TimeUnit::Day if g == Grain::Day => Some(Grain::Day),
            // "the previous quarter" of a quarter or a month; of a half or a year, unknown
            TimeUnit::Quarter if g <= Grain::Quarter => Some(Grain::Quarter),
            TimeUnit::Month | TimeUnit::Week | TimeUnit::Day | TimeUnit::Quarter => None,
            _ => Some(g),
        };
        let v = self.anchor.and_then(|(a, g)| {
            let g = grain(g)?;
            self.shift(a, &[(Decimal::ONE, unit)], sign).map(|x| (x, g))
        });
        Hit::date(s, e, v)
    }
}

/// A weekend is its Saturday and Sunday, a range: `2024-05-11/2024-05-12`.
fn weekend_hit(s: usize, e: usize, saturday: Option<NaiveDate>) -> Hit {
    let v = saturday.and_then(|sat| {
        let sun = add_days(sat, 1)?;
        Some(format!(
            "{}/{}",
            format_date(sat, Grain::Day)?,
            format_date(sun, Grain::Day)?
        ))
    });
    Hit::new(ValueKind::Range, s, e, v)
}
