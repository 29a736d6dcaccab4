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

    /// A holiday: "Christmas [Eve|Day] [2021]", "Easter [Sunday|Monday] [2022]", "Good Friday",
    /// "Halloween", "Thanksgiving", "Juneteenth", "Labor Day", "Memorial Day", "New Year's
    /// Day/Eve", "Independence Day", "Veterans Day", "Presidents Day", "Martin Luther King Jr.
    /// Day", "Valentine's Day", "Mother's Day", "Father's Day", "Boxing Day" (the US holidays
    /// where countries differ), in the year written after it or else the one the tense implies.
    /// "… weekend" after it is the holiday with its weekend ("Memorial Day weekend": Saturday
    /// to Monday). A holiday before a noun it qualifies ("Christmas shopping", "Thanksgiving
    /// dinner") names no date: no value.
    #[inline]
    pub(super) fn holiday(&mut self, i: usize) -> Option<Hit> {
        let (day, s, e) = self.holiday_name(i)?;
        if s < self.floor || self.inside_elided_word(s) {
            return None;
        }
        if self.is_any(e, HOLIDAY_NOUNS) {
            return Some(Hit::silent(s, e));
        }
        let weekend = self.is(e, "weekend");
        let e = e + usize::from(weekend);
        let (v, e) = match self.year_at(e) {
            Some(y) => (day.on(y), e + 1),
            None => (self.resolve_yearly(|y| day.on(y), s), e),
        };
        if weekend {
            let Some(d) = v else {
                return Some(Hit::new(ValueKind::Range, s, e, None));
            };
            // the days off around it: back to the Saturday before a Monday or Tuesday, on to
            // the Sunday after a Wednesday to Friday
            let (from, to) = match weekday_index(d) {
                0 => (-2, 0),
                1 => (-3, 0),
                2 => (0, 4),
                3 => (0, 3),
                4 => (0, 2),
                5 => (0, 1),
                _ => (-1, 0),
            };
            let ends = add_days(d, from)
                .and_then(|a| format_date(a, Grain::Day))
                .zip(add_days(d, to).and_then(|b| format_date(b, Grain::Day)));
            let val = ends.map(|(a, b)| [a.as_str(), "/", b.as_str()].concat());
            return Some(Hit::new(ValueKind::Range, s, e, val));
        }
        Some(Hit::date(s, e, v.map(|x| (x, Grain::Day))))
    }

    /// Token `i` ends a word an apostrophe runs through ("nor'easter", "o'clock"): no word of
    /// its own, so no holiday or day named by it.
    fn inside_elided_word(&self, i: usize) -> bool {
        i >= 2
            && self.touches(i)
            && self.punct(i - 1, '\'')
            && self.touches(i - 1)
            && self.is_word(i - 2)
    }

    /// The holiday named at token `i`, where its name starts and the token after it. At a
    /// capitalised "Day" ("Labor Day", "Mother's Day"), "Year" ("New Year's Eve") or "Friday"
    /// ("Good Friday"), the name starts at the words before it, which are words of their own
    /// and start no rule.
    fn holiday_name(&self, i: usize) -> Option<(HolidayDay, usize, usize)> {
        use HolidayDay::*;
        // "X Day" (or "Day" optional): the token after it
        let day = |k: usize| if self.is(k, "day") { k + 1 } else { k };
        match self.lex(i) {
            Lexeme::Trigger(_) => {
                let lc = self.lower(i);
                Some(match lc.as_str() {
                    "christmas" if self.is(i + 1, "eve") => (Fixed(12, 24), i, i + 2),
                    "christmas" => (Fixed(12, 25), i, day(i + 1)),
                    "halloween" => (Fixed(10, 31), i, i + 1),
                    "juneteenth" => (Fixed(6, 19), i, i + 1),
                    "thanksgiving" => (Nth(11, 3, 4, 0), i, day(i + 1)),
                    "easter" if self.is(i + 1, "monday") => (Easter(1), i, i + 2),
                    "easter" if self.is_any(i + 1, &["sunday", "day"]) => (Easter(0), i, i + 2),
                    _ => (Easter(0), i, i + 1),
                })
            }
            // the names below are words too: only capitalised
            _ if i == 0 || !self.capitalized(i) => None,
            Lexeme::Weekday(4, false) if self.is(i - 1, "good") && self.capitalized(i - 1) => {
                Some((Easter(-2), i - 1, i + 1))
            }
            // "New Year's Day", "New Year's Eve", "New Year's"; not "the New Year"
            Lexeme::TimeUnit(TimeUnit::Year)
                if self.is(i - 1, "new") && self.capitalized(i - 1) =>
            {
                let k = self.after_possessive(i + 1);
                if k == i + 1 && !self.is(i, "years") && !self.is_any(k, &["day", "eve"]) {
                    return None;
                }
                Some(if self.is(k, "eve") {
                    (Fixed(12, 31), i - 1, k + 1)
                } else {
                    (Fixed(1, 1), i - 1, day(k))
                })
            }
            Lexeme::TimeUnit(TimeUnit::Day) if self.is(i, "day") => {
                // the name's last word, before a possessive ("Mother's", "Veterans'")
                let mut n = i - 1;
                if self.is(n, "s") && n >= 2 && self.punct(n - 1, '\'') && self.touches(n) {
                    n -= 2;
                } else if self.punct(n, '\'') && n >= 1 && self.touches(n) {
                    n -= 1;
                }
                if n + 1 < i && !self.touches(n + 1) {
                    return None;
                }
                let lc = self.lower(n);
                let day = match lc.as_str() {
                    "labor" | "labour" => Nth(9, 0, 1, 0),
                    "memorial" => Nth(5, 0, -1, 0),
                    "independence" => Fixed(7, 4),
                    "boxing" => Fixed(12, 26),
                    "veterans" | "veteran" => Fixed(11, 11),
                    "presidents" | "president" => Nth(2, 0, 3, 0),
                    "valentine" | "valentines" => Fixed(2, 14),
                    "mother" | "mothers" => Nth(5, 6, 2, 0),
                    "father" | "fathers" => Nth(6, 6, 3, 0),
                    "patrick" | "patricks" => Fixed(3, 17),
                    "earth" => Fixed(4, 22),
                    // the Tuesday after the first Monday of November
                    "election" => Nth(11, 0, 1, 1),
                    "mlk" => Nth(1, 0, 3, 0),
                    "king" | "jr" | "." => {
                        // "Martin Luther King Jr. Day", "Martin Luther King Day"
                        let mut k = n;
                        if self.punct(k, '.') {
                            k = k.checked_sub(1)?;
                        }
                        if self.is(k, "jr") {
                            k = k.checked_sub(1)?;
                            if self.punct(k, ',') {
                                k = k.checked_sub(1)?;
                            }
                        }
                        if !(k >= 2
                            && self.is(k, "king")
                            && self.is(k - 1, "luther")
                            && self.is(k - 2, "martin"))
                        {
                            return None;
                        }
                        n = k - 2;
                        Nth(1, 0, 3, 0)
                    }
                    _ => return None,
                };
                if !self.capitalized(n) {
                    return None;
                }
                // "St. Patrick's Day"
                if matches!(day, Fixed(3, 17)) && n >= 1 {
                    if self.is_any(n - 1, &["st", "saint"]) {
                        n -= 1;
                    } else if n >= 2 && self.punct(n - 1, '.') && self.is(n - 2, "st") {
                        n -= 2;
                    }
                }
                Some((day, n, i + 1))
            }
            _ => None,
        }
    }

    /// "Good Friday" at its "Friday" ("Good" starts no rule).
    #[inline]
    pub(super) fn good_friday(&mut self, i: usize) -> Option<Hit> {
        if !matches!(self.lex(i), Lexeme::Weekday(4, false)) || i == 0 || !self.is(i - 1, "good") {
            return None;
        }
        self.holiday(i)
    }

    /// The token after a possessive at `k` ("'s", "'"), or `k`.
    fn after_possessive(&self, k: usize) -> usize {
        if self.punct(k, '\'') && self.touches(k) {
            if self.is(k + 1, "s") && self.touches(k + 1) {
                k + 2
            } else {
                k + 1
            }
        } else {
            k
        }
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
        // (not "the 3rd-party candidate": the ordinal's own rule says it is none)
        if let Some((v, e)) = self.spelled_ordinal(j) {
            if self.grade_after(e) {
                return None;
            }
            if let Some(h) = self.day_expr(i, j, v, e, true) {
                return Some(h);
            }
            return None;
        }
        if self.is_num(j) && self.has_ordinal_suffix(j) {
            let (v, _) = self.small_int(j)?;
            if self.grade_after(j + 2) {
                return None;
            }
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
        // "the age of 80"; "over the age of 50", "under the age of 18": a bound
        if self.is(j, "age") && self.is(j + 1, "of") {
            let hit = self.aged(j)?;
            let bound = match i.checked_sub(1).filter(|&k| k >= self.floor) {
                Some(k) if self.is_any(k, &["over", "above"]) => Some(Modifier::MoreThan),
                Some(k) if self.is_any(k, &["under", "below"]) => Some(Modifier::LessThan),
                _ => None,
            };
            return Some(match bound {
                Some(m) if hit.modifier.is_none() => hit.with_mod(Some(m)),
                _ => hit,
            });
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

/// The day of a holiday in a year.
#[derive(Clone, Copy)]
enum HolidayDay {
    /// Month and day.
    Fixed(u32, u32),
    /// Month, weekday (0 Monday), which one of the month (-1: the last) and days after it.
    Nth(u32, u32, i32, i64),
    /// Days from Easter Sunday.
    Easter(i64),
}

impl HolidayDay {
    fn on(self, y: i32) -> Option<NaiveDate> {
        match self {
            HolidayDay::Fixed(m, d) => ymd(y, m, d),
            HolidayDay::Nth(m, wd, n, plus) if n > 0 => {
                let first = ymd(y, m, 1)?;
                let off = (wd + 7 - weekday_index(first)) % 7;
                add_days(ymd(y, m, 1 + off + 7 * (n as u32 - 1))?, plus)
            }
            HolidayDay::Nth(m, wd, _, plus) => {
                let last = ymd(y, m, days_in_month(y, m))?;
                let back = (weekday_index(last) + 7 - wd) % 7;
                add_days(last, plus - i64::from(back))
            }
            HolidayDay::Easter(k) => easter(y).and_then(|d| add_days(d, k)),
        }
    }
}

/// Nouns a holiday before them qualifies: "Christmas shopping", "Thanksgiving dinner",
/// "Halloween costumes", "Easter eggs", "Labor Day sales" name no date.
const HOLIDAY_NOUNS: &[&str] = &[
    "shopping",
    "shoppers",
    "sales",
    "sale",
    "season",
    "spending",
    "tree",
    "trees",
    "dinner",
    "dinners",
    "lunch",
    "meal",
    "feast",
    "party",
    "parties",
    "card",
    "cards",
    "gift",
    "gifts",
    "presents",
    "decorations",
    "lights",
    "market",
    "markets",
    "travel",
    "travelers",
    "travellers",
    "parade",
    "parades",
    "message",
    "address",
    "special",
    "episode",
    "film",
    "movie",
    "song",
    "songs",
    "carol",
    "carols",
    "costume",
    "costumes",
    "candy",
    "egg",
    "eggs",
    "bunny",
    "brunch",
    "turkey",
    "spirit",
    "cheer",
    "display",
    "displays",
    "jumper",
    "sweater",
    "number",
    "classic",
    "staple",
    "tradition",
    "traditions",
    "bonus",
    "bonuses",
];
