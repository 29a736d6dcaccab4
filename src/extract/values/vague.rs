//! Vague and calendar-part expressions, in the TIMEX3 conventions temporal taggers share:
//! "a few days" `PXD`, "recent months" `PXM`, "now" `PRESENT_REF`, "the past" `PAST_REF`,
//! "in the future" `FUTURE_REF`; seasons `2024-WI`, quarters `2023-Q3`, halves `2024-H1`, fiscal
//! years `FY2024`; "by the end of the month" (the month, modifier `end`); ages by decade ("in his
//! 60s" → `60/69`), "65 and older"; earthquake magnitudes.

use super::*;

/// TIMEX3's letter for a unit in a vague duration: "PXD", "PXM", "PXDE", "PTXH".
pub(super) fn vague_duration(u: TimeUnit) -> &'static str {
    match u {
        TimeUnit::Second => "PTXS",
        TimeUnit::Minute => "PTXM",
        TimeUnit::Hour => "PTXH",
        TimeUnit::Day => "PXD",
        TimeUnit::Week | TimeUnit::Fortnight => "PXW",
        TimeUnit::Month | TimeUnit::Quarter => "PXM",
        TimeUnit::Year => "PXY",
        TimeUnit::Decade => "PXDE",
        TimeUnit::Century => "PXCE",
    }
}

/// Seasons in the order of a year (winter last: December to February), with TIMEX3's codes.
const SEASONS: [(&str, &str); 5] = [
    ("spring", "SP"),
    ("summer", "SU"),
    ("autumn", "FA"),
    ("fall", "FA"),
    ("winter", "WI"),
];

/// The season of a day (`season_index`'s numbers) and the year it belongs to: January is the
/// winter of the year before.
fn season_of(p: NaiveDate) -> (u32, i32) {
    match p.month() {
        3..=5 => (0, p.year()),
        6..=8 => (1, p.year()),
        9..=11 => (2, p.year()),
        12 => (3, p.year()),
        _ => (3, p.year() - 1),
    }
}

fn season_index(code: &str) -> u32 {
    match code {
        "SP" => 0,
        "SU" => 1,
        "FA" => 2,
        _ => 3,
    }
}

impl<'a> Scanner<'a> {
    /// "several years", "many months", "recent weeks", "numerous decades": a vague duration.
    /// "now", "currently", "recently", "nowadays": the present or the past, as a reference.
    #[inline]
    pub(super) fn vague_word(&mut self, i: usize) -> Option<Hit> {
        let lc = self.lower(i);
        match lc.as_str() {
            "now" | "currently" | "nowadays" | "presently" => {
                // "now that", "from now" belong to other readings
                if self.is_any(i + 1, &["that"]) || (i > 0 && self.is(i - 1, "from")) {
                    return None;
                }
                // "The defendant, now 71, denies …": an age set off by commas
                if i > 0
                    && self.punct(i - 1, ',')
                    && self
                        .small_int(i + 1)
                        .is_some_and(|(n, d)| d <= 3 && (1..=120).contains(&n))
                    && (self.punct(i + 2, ',') || self.closes(i + 2))
                {
                    return None;
                }
                return Some(Hit::new(
                    ValueKind::Date,
                    i,
                    i + 1,
                    Some("PRESENT_REF".into()),
                ));
            }
            "recently" => {
                return Some(Hit::new(ValueKind::Date, i, i + 1, Some("PAST_REF".into())));
            }
            "several" | "many" | "recent" | "numerous" | "few" => {}
            // "another week", "all day", "a full year", "the whole month": one unit
            "another" | "all" | "full" | "whole" => {
                let mut j = i + 1;
                if self.punct(j, '-') && self.touches(j) && self.touches(j + 1) {
                    j += 1;
                }
                let u = self.time_unit_at(j)?;
                if self.text_of(j).ends_with(['s', 'S'])
                    || matches!(u, TimeUnit::Second | TimeUnit::Quarter)
                    || self.is_any(j + 1, &["ago", "later", "earlier", "long"])
                {
                    return None;
                }
                let v = iso_duration(&[(Decimal::ONE, u)]);
                return Some(Hit::new(ValueKind::Duration, i, j + 1, v));
            }
            _ => return None,
        }
        let mut j = i + 1;
        if self.is(j, "more") {
            j += 1;
        }
        let u = self.time_unit_at(j)?;
        if !self.text_of(j).ends_with(['s', 'S']) {
            return None;
        }
        if self.is_any(j + 1, &["ago", "later", "earlier", "before", "after"]) {
            return None;
        }
        Some(Hit::new(
            ValueKind::Duration,
            i,
            j + 1,
            Some(vague_duration(u).into()),
        ))
    }

    /// "the past" (`PAST_REF`), "the future" (`FUTURE_REF`), standing alone.
    #[inline]
    pub(super) fn the_past_or_future(&mut self, i: usize) -> Option<Hit> {
        let j = i + 1;
        // "the third quarter", "the first half of 2024"
        if self.spelled_ordinal(j).is_some()
            && let Some(h) = self.quarter_or_half(j)
        {
            return Some(h);
        }
        let v = if self.is(j, "past") {
            "PAST_REF"
        } else if self.is(j, "future") {
            "FUTURE_REF"
        } else {
            return None;
        };
        // "the past week", "the past two years", "the future of": something else
        let k = j + 1;
        if self.is_num(k)
            || !matches!(self.lex(k), Lexeme::None)
            || self.is_any(k, &["of", "few", "several", "couple"])
            || (self.is_word(k)
                && !self.is_any(k, &["and", "or", "but", "as", "is", "was", "that"]))
        {
            return None;
        }
        Some(Hit::new(ValueKind::Date, i, k, Some(v.into())))
    }

    /// "next winter", "last summer", "this spring", "summer 2019", "the winter of 2022".
    #[inline]
    pub(super) fn season(&mut self, i: usize, rel: Option<Relative>, s: usize) -> Option<Hit> {
        let lc = self.lower(i);
        let code = SEASONS.iter().find(|(w, _)| *w == lc.as_str())?.1;
        let mut e = i + 1;
        let year = if self.is(e, "of")
            && let Some((y, ye)) = self.year_here(e + 1)
        {
            e = ye;
            Some(y)
        } else if let Some(y) = self.year_at(e) {
            e += 1;
            Some(y)
        } else {
            None
        };
        // "the winter of 2022-23", "winter 2023/24": one winter, over the turn of the year
        // (the winter of a year is the one that starts in its December)
        if code == "WI"
            && let Some(y) = year
            && (self.punct(e, '-') || self.punct(e, '/'))
            && self.touches(e)
            && self.touches(e + 1)
            && let Some((n, d)) = self.small_int(e + 1)
            && ((d == 2 && n as i32 == (y + 1) % 100) || (d == 4 && n as i32 == y + 1))
            && !self.glued_after(e + 1)
        {
            e += 2;
        }
        let year = match (year, rel) {
            (Some(y), _) => Some(y),
            (None, Some(rel)) => self.published.map(|p| {
                let (cur, cy) = season_of(p);
                let want = season_index(code);
                match rel {
                    Relative::Next if want > cur => cy,
                    Relative::Next => cy + 1,
                    Relative::Last if want < cur => cy,
                    Relative::Last => cy - 1,
                    // "this summer" is the summer of this year, past or to come ("this winter"
                    // in January is the one under way)
                    Relative::This if want == cur => cy,
                    Relative::This => p.year(),
                    _ if want >= cur => cy,
                    // "It was hot this summer", written in the autumn: the summer just past
                    _ if self.tense(i) == Tense::Past => cy,
                    _ => cy + 1,
                }
            }),
            // "in the autumn", "by the spring": the season nearest publication in the tense
            // of its verb; a season alone ("in spring, birds …") is no date
            (None, None) => {
                let the = i >= 2
                    && i - 2 >= self.floor
                    && self.is(i - 1, "the")
                    && self.is_any(i - 2, &["in", "by", "during", "until", "through", "over"]);
                if !the {
                    return None;
                }
                let p = self.published;
                let tense = self.tense(i);
                let y = p.map(|p| {
                    let (cur, cy) = season_of(p);
                    let want = season_index(code);
                    match tense {
                        Tense::Past if want > cur => cy - 1,
                        Tense::Future if want < cur => cy + 1,
                        _ => cy,
                    }
                });
                let v = y.map(|y| format!("{y:04}-{code}"));
                return Some(Hit::new(ValueKind::Date, i - 1, e, v));
            }
        };
        let v = year.map(|y| format!("{y:04}-{code}"));
        Some(Hit::new(ValueKind::Date, s, e, v))
    }

    /// "next winter": a season after a relative word.
    #[inline]
    pub(super) fn relative_season(&mut self, i: usize) -> Option<Hit> {
        let rel = match self.lower(i).as_str() {
            "last" | "past" | "previous" => Relative::Last,
            "next" | "coming" => Relative::Next,
            "this" => Relative::This,
            _ => return None,
        };
        self.season(i + 1, Some(rel), i)
    }

    /// "the third quarter", "third-quarter profit", "the first half of 2024".
    #[inline]
    pub(super) fn quarter_or_half(&mut self, i: usize) -> Option<Hit> {
        let (n, mut j) = self.spelled_ordinal(i)?;
        if self.punct(j, '-') && self.touches(j) && self.touches(j + 1) {
            j += 1;
        }
        // "the third week of this month", "the first week of October": the ISO week of the
        // month's nth week (a week is the month's when its Thursday is)
        if self.is(j, "week")
            && self.is(j + 1, "of")
            && (1..=5).contains(&n)
            && self.year_here(j + 2).is_none()
            && let Some((base, e)) = self.month_ref(j + 2)
        {
            let v = base
                .and_then(|b| Self::week_of_month(b, n))
                .and_then(|d| format_date(d, Grain::Week));
            return Some(Hit::new(ValueKind::Date, i, e, v));
        }
        // "the third week of 2027", "the first week of next year", "the third week next year":
        // an ISO week
        let no_of = self.is(j, "week")
            && self.is_any(j + 1, &["this", "next", "last"])
            && self.is(j + 2, "year");
        if self.is(j, "week") && (self.is(j + 1, "of") || no_of) && (1..=53).contains(&n) {
            let k = if no_of { j + 1 } else { j + 2 };
            let (year, e) = if let Some((y, ye)) = self.year_here(k) {
                (Some(y), ye)
            } else if self.is(k + 1, "year") {
                let off = match self.lower(k).as_str() {
                    "this" => 0,
                    "next" => 1,
                    "last" => -1,
                    _ => return None,
                };
                (self.published.map(|p| p.year() + off), k + 2)
            } else {
                return None;
            };
            let v = year.map(|y| format!("{y:04}-W{n:02}"));
            return Some(Hit::new(ValueKind::Date, i, e, v));
        }
        let (code, max) = if self.is(j, "quarter") {
            ("Q", 4)
        } else if self.is(j, "half") {
            ("H", 2)
        } else {
            return None;
        };
        if !(1..=max).contains(&n) {
            return None;
        }
        let mut e = j + 1;
        // "the third quarter of fiscal 2025", "the first half of its fiscal year 2024", "its
        // fiscal third quarter" (of a fiscal year not named: `null`, not a calendar quarter): a
        // part of a fiscal year, `FY2025-Q3`
        let fiscal_before = i > self.floor && self.is(i - 1, "fiscal");
        let k = if self.is_any(e + 1, &["its", "the", "their"]) {
            e + 2
        } else {
            e + 1
        };
        if fiscal_before || (self.is(e, "of") && self.is(k, "fiscal")) {
            let (s, y) = if fiscal_before {
                (i - 1, if self.is(e, "of") { e + 1 } else { e })
            } else if self.is(k + 1, "year") {
                (i, k + 2)
            } else {
                (i, k + 1)
            };
            let (v, e) = match self.year_at(y) {
                Some(fy) => (Some(format!("FY{fy:04}-{code}{n}")), y + 1),
                None => (None, e),
            };
            return Some(Hit::new(ValueKind::Date, s, e, v));
        }
        // "of the year" names the year without saying which: the one read as a bare quarter is
        let mut of_the_year = false;
        let year = if self.is(e, "of")
            && let Some((y, ye)) = self.year_here(e + 1)
        {
            e = ye;
            Some(y)
        } else if self.is(e, "of")
            && self.is(e + 2, "year")
            && self.is_any(e + 1, &["the", "this", "last", "next"])
        {
            // "the first half of the year", "the second half of last year"
            let off = match self.lower(e + 1).as_str() {
                "this" => Some(0),
                "last" => Some(-1),
                "next" => Some(1),
                _ => None,
            };
            e += 3;
            of_the_year = off.is_none();
            match off {
                Some(off) => Some(self.published?.year() + off),
                None => None,
            }
        } else if let Some(y) = self.year_at(e) {
            e += 1;
            Some(y)
        } else if self.punct(e, ',') && self.year_at(e + 1).is_some() {
            e += 2;
            self.year_at(e - 1)
        } else {
            None
        };
        // a half needs its year, and a quarter or half "of the match" is none of the calendar:
        // neither is a value ("the second half" of a match is no date, no ordinal and no ratio)
        if year.is_none()
            && !of_the_year
            && (code == "H"
                || self.is(e, "of")
                    && self.is_any(e + 1, &["the", "a", "his", "her", "their", "its", "this"])
                    && !self.is_any(
                        e + 2,
                        &[
                            "year",
                            "fiscal",
                            "financial",
                            "calendar",
                            "decade",
                            "century",
                        ],
                    ))
        {
            return Some(Hit::silent(i, j + 1));
        }
        let months = if code == "Q" { 3 } else { 6 };
        let year = year.or_else(|| {
            let p = self.published?;
            let start = ymd(p.year(), (n - 1) * months + 1, 1)?;
            // the latest such quarter that has begun, unless the sentence looks ahead
            Some(if start > p && self.tense(i) != Tense::Future {
                p.year() - 1
            } else {
                p.year()
            })
        });
        Some(period_hit(i, e, year, code == "Q", n))
    }

    /// "by the end of the month", "the start of 2020", "the middle of next week": the period,
    /// with the TIMEX3 modifier `end`, `start` or `mid`.
    #[inline]
    pub(super) fn period_part(&mut self, i: usize) -> Option<Hit> {
        if self.is(i, "rest") {
            return self.rest_of(i);
        }
        let m = match self.lower(i).as_str() {
            "end" => Modifier::End,
            "beginning" | "start" => Modifier::Start,
            "middle" => Modifier::Mid,
            _ => return None,
        };
        if !self.is(i + 1, "of") {
            return None;
        }
        let k = i + 2;
        // "the month", "the year", "the week": the one of publication
        if self.is(k, "the") && self.is_any(k + 1, &["month", "year", "week", "decade", "century"])
        {
            let g = match self.lower(k + 1).as_str() {
                "month" => Grain::Month,
                "year" => Grain::Year,
                "week" => Grain::Week,
                _ => {
                    let v = self.published.map(|p| {
                        if self.is(k + 1, "decade") {
                            format!("{:03}X", p.year() / 10)
                        } else {
                            format!("{:02}XX", p.year() / 100)
                        }
                    });
                    return Some(Hit::new(ValueKind::Date, i, k + 2, v).with_mod(Some(m)));
                }
            };
            let v = self.published.and_then(|p| format_date(p, g));
            return Some(Hit::new(ValueKind::Date, i, k + 2, v).with_mod(Some(m)));
        }
        let h = if self.is_num(k) {
            let np = self.number_at(k, false)?;
            self.classify(k, &np)?
        } else {
            self.try_rules(k)?
        };
        if h.kind != Some(ValueKind::Date) || h.end <= k {
            return None;
        }
        let mut out = Hit::new(ValueKind::Date, i, h.end, h.value);
        out.anchor = h.anchor;
        Some(out.with_mod(Some(m)))
    }

    /// "(the) rest of the year", "rest of this week": a range from the day of publication to the
    /// last day of its week, month or year.
    #[inline]
    fn rest_of(&mut self, i: usize) -> Option<Hit> {
        let s = if i > self.floor && self.is(i - 1, "the") {
            i - 1
        } else {
            i
        };
        let mut k = i + 1;
        if self.is(k, "of") {
            k += 1;
        }
        if self.is_any(k, &["the", "this", "current", "my"]) {
            k += 1;
        }
        if k == i + 1 && !self.is(i + 1, "the") {
            return None;
        }
        let unit = self.lower(k);
        let v = self.published.and_then(|p| {
            let last = match unit.as_str() {
                "week" => add_days(p, 6 - i64::from(weekday_index(p)))?,
                "month" => ymd(p.year(), p.month(), days_in_month(p.year(), p.month()))?,
                "year" => ymd(p.year(), 12, 31)?,
                _ => return None,
            };
            Some(format!(
                "{}/{}",
                format_date(p, Grain::Day)?,
                format_date(last, Grain::Day)?
            ))
        });
        if !matches!(unit.as_str(), "week" | "month" | "year") {
            return None;
        }
        Some(Hit::new(ValueKind::Range, s, k + 1, v))
    }

    /// "magnitude-8.2", "magnitude 7.1": an earthquake's magnitude.
    #[inline]
    pub(super) fn magnitude(&mut self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        if self.punct(j, '-') && self.touches(j) && self.touches(j + 1) {
            j += 1;
        } else if self.is(j, "of") {
            // "a magnitude of 7.1"
            j += 1;
        }
        if !self.is_num(j) {
            return None;
        }
        let np = self.number_at(j, false)?;
        if np.end != j + 1 || !np.within(0, 10) {
            return None;
        }
        let v = np.normalized_with_unit("magnitude");
        Some(Hit::new(ValueKind::Quantity, i, np.end, Some(v)))
    }

    /// "a Category 4 hurricane", "weakened to Category 2": a storm's category on its scale
    /// (Saffir-Simpson's, or a cyclone's 1 to 5), read as magnitudes are: `4 category`. Only in
    /// a sentence about a storm; any other "Category 3" is a name and its number (no value).
    /// A tornado's "EF4" is `4 EF`.
    #[inline]
    pub(super) fn storm_category(&mut self, i: usize) -> Option<Hit> {
        let j = if self.punct(i + 1, '-') && self.touches(i + 1) && self.touches(i + 2) {
            i + 2
        } else {
            i + 1
        };
        // "EF4", "EF-4": a tornado on the Enhanced Fujita scale, its digit glued to it
        if self.is(i, "ef") {
            return match self.small_int(j) {
                Some((v, 1)) if v <= 5 && self.touches(j) && !self.glued_after(j) => Some(
                    Hit::new(ValueKind::Quantity, i, j + 1, Some(format!("{v} EF"))),
                ),
                _ => None,
            };
        }
        if !self.is_num(j) && !matches!(self.lex(j), Lexeme::Cardinal(_)) {
            return None;
        }
        let np = self.number_at(j, false)?;
        if np.end != j + 1 || !(np.plain_int == Some(1) || np.words) {
            return None;
        }
        if !np.within(1, 5) || !np.is_int() || !self.about_storms(i, np.end) {
            // "a Category 3 appeal": a name and its number
            return Some(Hit::silent(i, np.end));
        }
        let v = np.normalized_with_unit("category");
        Some(Hit::new(ValueKind::Quantity, i, np.end, Some(v)))
    }

    /// The sentence around tokens `s..e` speaks of a storm.
    fn about_storms(&self, s: usize, e: usize) -> bool {
        const WORDS: &[&str] = &[
            "hurricane",
            "hurricanes",
            "storm",
            "storms",
            "cyclone",
            "cyclones",
            "typhoon",
            "typhoons",
            "landfall",
        ];
        let mut j = s;
        while j > self.floor && s - j < 40 && !self.sentence_end(j - 1) {
            j -= 1;
            if self.is_any(j, WORDS) {
                return true;
            }
        }
        let mut j = e;
        while j < self.tokens.len() && j - e < 40 && !self.sentence_end(j) {
            if self.is_any(j, WORDS) {
                return true;
            }
            j += 1;
        }
        false
    }

    /// "fiscal 2024", "fiscal year 2024": `FY2024`.
    #[inline]
    pub(super) fn fiscal_year(&mut self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        if self.is(j, "year") {
            j += 1;
        }
        let y = self.year_at(j)?;
        Some(Hit::new(
            ValueKind::Date,
            i,
            j + 1,
            Some(format!("FY{y:04}")),
        ))
    }

    /// "Q3", "FY2024", "FY24": a quarter or a fiscal year glued to its letters.
    #[inline]
    pub(super) fn glued_period(&self, i: usize) -> Option<Hit> {
        // "2016 Q3", "2016H2": the year first
        if self.tokens.get(i).is_some_and(|t| t.int_digits == 4)
            && self.text_of(i + 1).len() == 1
            && let Some((y, 4)) = self.small_int(i)
            && (1000..=2999).contains(&y)
            && self.is_any(i + 1, &["q", "h"])
            && self.capitalized(i + 1)
            && self.touches(i + 2)
            && let Some((v, 1)) = self.small_int(i + 2)
            && !self.glued_after(i + 2)
            && let Some(part) = quarter_or_half_code(self.text_of(i + 1), v)
        {
            return Some(period_hit(
                i,
                i + 3,
                Some(y as i32),
                part.starts_with('Q'),
                v,
            ));
        }
        if i == 0 || !self.touches(i) || !self.is_word(i - 1) || self.glued_after(i) {
            return None;
        }
        let p = i - 1;
        let (v, d) = self.small_int(i)?;
        // "Q3 2016", "H1": a quarter or a half
        if self.is_any(p, &["q", "h"])
            && self.capitalized(p)
            && d == 1
            && let Some(part) = quarter_or_half_code(self.text_of(p), v)
        {
            let mut e = i + 1;
            let months = if part.starts_with('Q') { 3 } else { 6 };
            let year = if let Some(y) = self.year_at(e) {
                e += 1;
                Some(y)
            } else {
                self.published.map(|pb| {
                    let start = ymd(pb.year(), (v - 1) * months + 1, 1);
                    if start.is_some_and(|s| s > pb) {
                        pb.year() - 1
                    } else {
                        pb.year()
                    }
                })
            };
            return Some(period_hit(p, e, year, part.starts_with('Q'), v));
        }
        if self.text_of(p) == "FY" && (d == 2 || d == 4) {
            let y = expand_year(v, d, self.published);
            return Some(Hit::new(
                ValueKind::Date,
                p,
                i + 1,
                Some(format!("FY{y:04}")),
            ));
        }
        None
    }

    /// "in his 60s" (an age between 60 and 69), "65 and older".
    #[inline]
    pub(super) fn age_decade(&self, i: usize) -> Option<Hit> {
        // the number first: most are not a round two-digit one, and that is cheaper to tell
        let (v, d) = self.small_int(i)?;
        if d != 2 || !v.is_multiple_of(10) || !(self.is(i + 1, "s") && self.touches(i + 1)) {
            return None;
        }
        const OWNERS: &[&str] = &["his", "her", "their", "your", "my", "our"];
        if i == 0 {
            return None;
        }
        let e = i + 2;
        let mut start = i;
        let mut part = None;
        if self.is_any(i - 1, OWNERS) {
            if i >= 2 && i - 2 >= self.floor && self.is_any(i - 2, &["early", "mid", "late", "in"])
            {
                start = i - 2;
            }
        } else {
            // "in his late 60s", "in her mid-30s": the part of the decade after the owner
            let p = if i >= 2 && self.punct(i - 1, '-') && self.touches(i) {
                i - 2
            } else {
                i - 1
            };
            if p == 0
                || p - 1 < self.floor
                || !self.is_any(p, &["early", "mid", "late"])
                || !self.is_any(p - 1, OWNERS)
            {
                return None;
            }
            start = p;
            part = self.decade_part(p, true);
        }
        Some(Hit::new(ValueKind::Age, start, e, Some(format!("{v}/{}", v + 9))).with_mod(part))
    }

    /// "people over 65", "children under five", "adults over 50 are": a bound right after a
    /// group of people, with nothing counted after it, is an age ("homes over 50 years" and
    /// "voters over 50 votes" are not).
    #[inline]
    pub(super) fn age_bound(&self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        // the bound itself ("over" → `more-than`) is read when the value is emitted
        // the length of the word before first: most numbers fail it without a comparison
        if s < 2
            || !(4..=5).contains(&(self.tokens[s - 1].end() - self.tokens[s - 1].start()))
            || s - 2 < self.floor
            || !np.is_int()
            || !np.within(1, 110)
            || !self.is_any(s - 1, &["over", "under", "above", "below"])
            || !self.is_any(s - 2, AGE_GROUPS)
        {
            return None;
        }
        let e = self.years_old_end(np.end);
        if e == np.end {
            let free = match self.kind(e) {
                None | Some(TokenKind::Punct(_)) => true,
                // a function word, or a verb in the past ("voters over 50 turned out")
                Some(TokenKind::Word) => {
                    let w = self.lower(e);
                    is_function_word(w.as_str()) || w.as_str().ends_with("ed")
                }
                _ => false,
            };
            if !free {
                return None;
            }
        }
        Some(Hit::new(ValueKind::Age, s, e, Some(np.normalized())))
    }

    /// "65 and older", "18 or over" after "aged": an age at least this.
    #[inline]
    pub(super) fn age_and_older(&self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let j = np.end;
        // the number's checks first: cheaper than a word comparison
        if !np.is_int() || !np.within(1, 120) || !self.is_any(j, &["and", "or"]) {
            return None;
        }
        let aged = s > 0 && self.is_any(s - 1, &["aged", "ages", "age"]);
        let older = self.is_any(j + 1, &["older", "above"])
            || (aged && self.is_any(j + 1, &["over", "up"]));
        let younger = self.is_any(j + 1, &["younger", "under"]);
        if !(older || younger) {
            return None;
        }
        let m = if older {
            Modifier::MoreThan
        } else {
            Modifier::LessThan
        };
        let start = if aged { s - 1 } else { s };
        Some(Hit::new(ValueKind::Age, start, j + 2, Some(np.normalized())).with_mod(Some(m)))
    }
}

impl Scanner<'_> {
    /// An age in a clause about a person: "before he is 40" (under 40: `less-than`), "when she was
    /// 12", "until they turn 18".
    #[inline]
    pub(super) fn age_clause(&self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        if let Some(hit) = self.age_stated(s, np) {
            return Some(hit);
        }
        // the number's checks first: cheaper than the word comparisons
        if s < 3
            || s - 3 < self.floor
            || !np.is_int()
            || !np.within(1, 120)
            || !self.is_any(
                s - 1,
                &[
                    "is", "was", "turns", "turned", "turn", "reaches", "reached", "reach",
                ],
            )
            || !self.is_any(s - 2, &["he", "she", "they", "i", "we", "you"])
        {
            return None;
        }
        let m = match self.lower(s - 3).as_str() {
            "before" | "until" | "till" => Some(Modifier::LessThan),
            "when" | "once" | "since" | "after" => None,
            _ => return None,
        };
        // "when he was 12, …", "before she turns 18 and …"; not "when she was 30 points down"
        let j = np.end;
        if self.is_word(j) && !self.is_any(j, &["and", "or", "but", "when", "in"]) {
            return None;
        }
        Some(Hit::new(ValueKind::Age, s - 3, j, Some(np.normalized())).with_mod(m))
    }
}

impl Scanner<'_> {
    /// "At 17, Gauff won …", "At 23, Kylian Mbappe has …": after "At N," one to three words cased
    /// as a name (no known word: not "The", a month or a weekday) and then a word in lower case,
    /// the clause's verb; an age of 13 or more only (a clock's hour may open a clause too: "At
    /// 9, Smith left").
    #[inline]
    fn named_subject(&self, k: usize, np: &ParsedNumber) -> bool {
        if !np.within(13, 120) {
            return false;
        }
        let mut m = k;
        while m < k + 3
            && self.capitalized(m)
            && matches!(self.lex(m), Lexeme::None)
            && !self.is_any(
                m,
                &[
                    "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
                    "it", "there", "we", "they", "you", "what", "some", "many", "most", "all",
                ],
            )
        {
            m += 1;
        }
        m > k
            && self.is_word(m)
            && self.text_of(m).as_bytes()[0].is_ascii_lowercase()
            && !self.is_any(
                m,
                &[
                    "of", "and", "or", "in", "on", "at", "for", "to", "with", "from", "by",
                ],
            )
    }

    /// A person's age stated on its own, as obituaries and profiles give it: "She was 91." (the
    /// sentence is he or she, a copula and the number, closed there or by "when"), "died at 88",
    /// "died Tuesday at 88" (a death and "at" a bare number that no unit or clock follows),
    /// "turned 41 last month" (turning a bare number).
    #[inline]
    fn age_stated(&self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        // "At 17, she won …": "at" a bare number opening a clause whose subject is a person's
        // pronoun ("At 17, the index was …" and "At 9:30" are not ages)
        if s > self.floor
            && np.is_int()
            && np.within(1, 120)
            && self.is(s - 1, "at")
            && (s - 1 == self.floor
                || self.sentence_end(s - 2)
                || self.punct(s - 2, ',')
                || self.is_any(s - 2, &["and", "but", "that"]))
        {
            let k = if self.punct(np.end, ',') {
                np.end + 1
            } else {
                np.end
            };
            if self.is_any(k, &["he", "she", "i"]) || self.named_subject(k, np) {
                return Some(Hit::new(ValueKind::Age, s, np.end, Some(np.normalized())));
            }
        }
        if s < 2 || s - 1 < self.floor || !np.is_int() || !np.within(1, 120) {
            return None;
        }
        let j = np.end;
        // What may follow an age: the sentence's end, a clause's comma, or a few words that go on
        // about the person ("when", "after a long illness").
        let ends = |following: &[&str]| match self.kind(j) {
            None => true,
            Some(TokenKind::Punct(c)) => matches!(c, '.' | ',' | ';' | '"' | '”' | ')'),
            _ => self.is_any(j, following),
        };
        if s == 2
            && self.floor == 0
            && self.is_any(s - 1, &["is", "was"])
            && self.is_any(s - 2, &["he", "she"])
            && ends(&["when", "and"])
        {
            return Some(Hit::new(ValueKind::Age, s, j, Some(np.normalized())));
        }
        // "The former minister, who was 79, died": a person's age in a relative clause, closed
        // by a comma
        if s >= 3
            && s - 2 >= self.floor
            && self.is_any(s - 1, &["is", "was"])
            && self.is(s - 2, "who")
            && self.punct(s - 3, ',')
            && self.punct(j, ',')
        {
            return Some(Hit::new(ValueKind::Age, s, j, Some(np.normalized())));
        }
        // "She turned 41 the following month", "turns 18 on Monday", "will turn 65 in May"
        let turning = self.is_any(s - 1, &["turned", "turns", "turning"])
            || (self.is(s - 1, "turn") && self.is_any(s - 2, &["will", "would", "to"]));
        if turning
            && ends(&[
                "on",
                "in",
                "last",
                "this",
                "the",
                "next",
                "when",
                "and",
                "after",
                "before",
                "years",
                "today",
                "yesterday",
                "tomorrow",
            ])
        {
            return Some(Hit::new(ValueKind::Age, s, j, Some(np.normalized())));
        }
        // (also where and when: "died Sunday at 87 at her home", "died at 91 in Paris", an age
        // of 13 or more: "died at 5 on Sunday" may be a clock's hour)
        if self.is(s - 1, "at")
            && (ends(&["after", "following", "of", "from"])
                || (np.within(13, 120) && ends(&["at", "in", "on", "while"])))
        {
            // Read back past an earlier value ("died in 2019 at 88"): reading a word takes none.
            let from = s.saturating_sub(6);
            let death = (from..s - 1).any(|k| self.is_any(k, &["died", "dies", "death"]));
            if death {
                return Some(Hit::new(ValueKind::Age, s, j, Some(np.normalized())));
            }
        }
        None
    }
}

/// The date of the `n`th quarter (or half) of `year`, `2023-Q3` (`2024-H1`), which later
/// anchored phrases count from at its grain: "a year earlier" is `2022-Q3`.
fn period_hit(s: usize, e: usize, year: Option<i32>, quarter: bool, n: u32) -> Hit {
    let (months, grain) = if quarter {
        (3, Grain::Quarter)
    } else {
        (6, Grain::Half)
    };
    let d = year.and_then(|y| ymd(y, (n - 1) * months + 1, 1));
    Hit::date(s, e, d.map(|d| (d, grain)))
}

/// "Q" 1–4 is a quarter, "H" 1–2 a half: `Q3`, `H1`.
fn quarter_or_half_code(letter: &str, v: u32) -> Option<String> {
    match letter {
        "Q" if (1..=4).contains(&v) => Some(format!("Q{v}")),
        "H" if (1..=2).contains(&v) => Some(format!("H{v}")),
        _ => None,
    }
}

/// Groups of people that an age bound may follow ("people over 65").
const AGE_GROUPS: &[&str] = &[
    "people",
    "adults",
    "children",
    "kids",
    "men",
    "women",
    "those",
    "anyone",
    "everyone",
    "patients",
    "residents",
    "voters",
    "workers",
    "drivers",
    "pensioners",
    "teenagers",
    "users",
    "girls",
    "boys",
    "individuals",
    "persons",
    "citizens",
    "americans",
    "britons",
    "customers",
];
