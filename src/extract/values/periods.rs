//! Periods written in other forms than a calendar name: years and decades in words ("nineteen
//! seventy-eight", "the seventies", "the twenty-tens"), weeks of a month ("the first week of
//! October" → its ISO week), and a duration tied to a start ("within three years" from
//! publication, "for two weeks starting May 20"): a range of days.

use super::*;

/// The decade a decade word names in the twentieth century ("seventies" → 7), or the 2000s.
fn decade_of_word(w: &str) -> Option<(u32, u32)> {
    Some(match w {
        "twenties" => (19, 2),
        "thirties" => (19, 3),
        "forties" => (19, 4),
        "fifties" => (19, 5),
        "sixties" => (19, 6),
        "seventies" => (19, 7),
        "eighties" => (19, 8),
        "nineties" => (19, 9),
        "noughties" | "aughts" => (20, 0),
        _ => return None,
    })
}

/// A duration in one unit as the contract writes it ("P3Y", "P10M", "P2W", "P5D", "P2DE"): its
/// number and unit, for days and longer.
fn one_unit(v: &str) -> Option<(Decimal, TimeUnit)> {
    let rest = v.strip_prefix('P')?;
    if rest.starts_with('T') || rest.starts_with('X') {
        return None;
    }
    let split = rest.find(|c: char| c.is_ascii_alphabetic())?;
    let (n, unit) = rest.split_at(split);
    let n: Decimal = n.parse().ok()?;
    let u = match unit {
        "Y" => TimeUnit::Year,
        "M" => TimeUnit::Month,
        "W" => TimeUnit::Week,
        "D" => TimeUnit::Day,
        "DE" => TimeUnit::Decade,
        "CE" => TimeUnit::Century,
        _ => return None,
    };
    (n.fract().is_zero() && n > Decimal::ZERO).then_some((n, u))
}

impl<'a> Scanner<'a> {
    /// A year at `i`, in digits ("1999") or in words ("nineteen ninety-nine", "two thousand and
    /// eighteen"): the year and the token after it.
    #[inline]
    pub(super) fn year_here(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year_at(i) {
            return Some((y, i + 1));
        }
        if !matches!(self.lex(i), Lexeme::Cardinal(_) | Lexeme::Tens(_)) {
            return None;
        }
        if let Some(y) = self.spoken_year(i) {
            return Some(y);
        }
        // "two thousand and eighteen", "one thousand seven hundred and eighty nine"
        if matches!(self.lex(i), Lexeme::Cardinal(1 | 2)) && self.is(i + 1, "thousand") {
            let np = self.number_at(i, false)?;
            let y = np.int()?;
            if np.words && (1000..=2999).contains(&y) {
                return Some((y as i32, np.end));
            }
        }
        None
    }

    /// "nineteen seventy-eight", "twenty twenty-four", "nineteen oh five": a century in words
    /// (13–20) and two more digits in words. Clock times ("eleven twenty") start lower.
    #[inline]
    fn spoken_year(&self, i: usize) -> Option<(i32, usize)> {
        let c = match self.lex(i) {
            Lexeme::Cardinal(c) if (13..=19).contains(&c) => c,
            Lexeme::Tens(20) => 20,
            _ => return None,
        };
        let j = i + 1;
        let (yy, e) = match self.lex(j) {
            Lexeme::Tens(t) => {
                let mut k = j + 1;
                if self.punct(k, '-') && self.touches(k) && self.touches(k + 1) {
                    k += 1;
                }
                match self.lex(k) {
                    Lexeme::Cardinal(u) if (1..=9).contains(&u) => (t + u, k + 1),
                    _ => (t, j + 1),
                }
            }
            Lexeme::Cardinal(u) if (10..=19).contains(&u) => (u, j + 1),
            _ if self.is_any(j, &["oh", "o"]) => match self.lex(j + 1) {
                Lexeme::Cardinal(u) if (1..=9).contains(&u) => (u, j + 2),
                _ => return None,
            },
            _ => return None,
        };
        // "fifteen twenty-dollar bills", "nineteen twenty million": an amount, not a year
        if matches!(
            self.lex(e),
            Lexeme::Currency(_)
                | Lexeme::Measure(_)
                | Lexeme::Scale(_)
                | Lexeme::TimeUnit(_)
                | Lexeme::Hundred
                | Lexeme::Cardinal(_)
                | Lexeme::Tens(_)
        ) || self.punct(e, '-')
            || self.is_any(e, &["p", "a", "pm", "am", "o"])
        {
            return None;
        }
        Some(((c * 100 + yy) as i32, e))
    }

    /// A year or a decade in words where a number word starts: "nineteen twenty-eight",
    /// "the nineteen seventies", "the twenty-tens", "the two thousands".
    #[inline]
    pub(super) fn spoken_year_or_decade(&mut self, i: usize) -> Option<Hit> {
        // "the two thousands", "the two thousand and tens"
        if matches!(self.lex(i), Lexeme::Cardinal(2))
            && matches!(
                self.lex(i + 1),
                Lexeme::Scale(1_000) | Lexeme::VaguePlural(1_000)
            )
            && i > self.floor
            && self.is(i - 1, "the")
        {
            if self.is(i + 1, "thousands") {
                return Some(Hit::new(ValueKind::Date, i, i + 2, Some("200X".into())));
            }
            if self.is(i + 1, "thousand") && self.is(i + 2, "and") && self.is(i + 3, "tens") {
                return Some(Hit::new(ValueKind::Date, i, i + 4, Some("201X".into())));
            }
        }
        let c = match self.lex(i) {
            Lexeme::Cardinal(c) if (11..=19).contains(&c) => c,
            Lexeme::Tens(20) => 20,
            _ => return None,
        };
        let mut j = i + 1;
        if self.punct(j, '-') && self.touches(j) && self.touches(j + 1) {
            j += 1;
        }
        if let Lexeme::Trigger(Trigger::DecadeWord) = self.lex(j)
            && let Some((19, d)) = decade_of_word(self.lower(j).as_str())
        {
            return Some(Hit::new(
                ValueKind::Date,
                i,
                j + 1,
                Some(format!("{c}{d}X")),
            ));
        }
        if self.is(j, "tens") {
            return Some(Hit::new(ValueKind::Date, i, j + 1, Some(format!("{c}1X"))));
        }
        let (y, e) = self.spoken_year(i)?;
        Some(Hit::date(i, e, ymd(y, 1, 1).map(|d| (d, Grain::Year))))
    }

    /// "the seventies", "the noughties", "the late eighties": a decade (20th century, or the
    /// 2000s); after "the" or a part of it, so "in his seventies" (an age) is not one.
    #[inline]
    pub(super) fn decade_word(&mut self, i: usize) -> Option<Hit> {
        if i == 0 || i - 1 < self.floor {
            return None;
        }
        let mut p = i - 1;
        if self.punct(p, '-') && p > self.floor && self.touches(i) {
            p -= 1;
        }
        // "the seventies", "the late seventies"; "in his mid-sixties" is an age
        let part = self.is_any(p, &["early", "mid", "late"]) && p > self.floor;
        let the = self.is(p, "the") || (part && self.is(p - 1, "the"));
        if !the {
            return self.age_decade_word(i, p, part);
        }
        // "highs in the sixties": degrees, not years
        let weather = [
            "temperature",
            "temperatures",
            "highs",
            "lows",
            "high",
            "low",
            "degrees",
            "fahrenheit",
        ];
        if (i.saturating_sub(6)..i + 3).any(|t| self.is_any(t, &weather)) {
            return None;
        }
        let (c, d) = decade_of_word(self.lower(i).as_str())?;
        Some(Hit::new(
            ValueKind::Date,
            i,
            i + 1,
            Some(format!("{c}{d}X")),
        ))
    }

    /// "in her early twenties", "in his sixties": an age between the decade's ends, after a
    /// possessive (`p` the word before the decade word, `part` whether it is "early"/"mid"/"late").
    fn age_decade_word(&self, i: usize, p: usize, part: bool) -> Option<Hit> {
        let owner = if part { p.checked_sub(1)? } else { p };
        if owner < self.floor || !self.is_any(owner, &["his", "her", "their", "my", "your", "our"])
        {
            return None;
        }
        let (tens, last) = match self.lower(i).as_str() {
            "teens" => (13, 19),
            "twenties" => (20, 29),
            "thirties" => (30, 39),
            "forties" => (40, 49),
            "fifties" => (50, 59),
            "sixties" => (60, 69),
            "seventies" => (70, 79),
            "eighties" => (80, 89),
            "nineties" => (90, 99),
            _ => return None,
        };
        let start = if part { p } else { i };
        Some(
            Hit::new(ValueKind::Age, start, i + 1, Some(format!("{tens}/{last}")))
                .with_mod(self.decade_part(p, part)),
        )
    }

    /// "early", "mid", "late" at `p` before an age by decade ("in her early twenties", "in his
    /// late teens"): the part of the decade, as TIMEX3's `start`, `mid`, `end`.
    #[inline]
    pub(super) fn decade_part(&self, p: usize, part: bool) -> Option<Modifier> {
        if !part {
            return None;
        }
        match self.lower(p).as_str() {
            "early" => Some(Modifier::Start),
            "mid" => Some(Modifier::Mid),
            "late" => Some(Modifier::End),
            _ => None,
        }
    }

    /// The Monday of the `n`th week of the month that starts on `first` (a week belongs to the
    /// month of its Thursday, as ISO weeks belong to years), if that week is still in the month.
    #[inline]
    pub(super) fn week_of_month(first: NaiveDate, n: u32) -> Option<NaiveDate> {
        let to_thursday = (3 + 7 - weekday_index(first)) % 7;
        let thursday = add_days(
            first,
            i64::from(to_thursday) + 7 * i64::from(n.checked_sub(1)?),
        )?;
        (thursday.month() == first.month()).then(|| add_days(thursday, -3))?
    }

    /// The Monday of the last week of the month that starts on `first`.
    #[inline]
    pub(super) fn last_week_of_month(first: NaiveDate) -> Option<NaiveDate> {
        let last = ymd(
            first.year(),
            first.month(),
            days_in_month(first.year(), first.month()),
        )?;
        let back = (weekday_index(last) + 7 - 3) % 7;
        add_days(last, -i64::from(back) - 3)
    }

    /// "within three years", "within the next 10 months": a deadline, the days from publication
    /// to that many units later (not in the past tense, where the start is another event, and not
    /// "within two years of the crash").
    #[inline]
    pub(super) fn within(&mut self, i: usize) -> Option<Hit> {
        let p = self.published?;
        let mut j = i + 1;
        if self.is(j, "the") && self.is_any(j + 1, &["next", "coming", "following"]) {
            j += 2;
        } else if self.is_any(j, &["next", "coming"]) {
            j += 1;
        }
        if self.is_any(j, &["the", "upcoming"]) && self.is_any(j + 1, &["upcoming", "next"]) {
            j += 2;
        } else if self.is(j, "upcoming") {
            j += 1;
        }
        let (comps, mut e) = if self.is_any(j, &["a", "an"]) {
            (Comps::one(Decimal::ONE, self.time_unit_at(j + 1)?), j + 2)
        } else {
            let np = self.number_at(j, false)?;
            let d = self.duration_at(np.end, &np)?;
            if d.vague || np.modifier.is_some() {
                return None;
            }
            (d.comps, d.end)
        };
        // days and longer, in whole units ("within 48 hours" stays a duration)
        if comps.iter().any(|&(n, u)| {
            matches!(
                u,
                TimeUnit::Hour | TimeUnit::Minute | TimeUnit::Second | TimeUnit::Quarter
            ) || !n.fract().is_zero()
        }) {
            return None;
        }
        if self.is(e, "from") && self.is_any(e + 1, &["now", "today"]) {
            e += 2;
        } else if self.is_any(e, &["of", "after", "before", "from", "since", "ago"]) {
            return None;
        }
        if self.tense(i) == Tense::Past {
            return None;
        }
        let end = self.shift(p, &comps, 1)?;
        let v = format!(
            "{}/{}",
            format_date(p, Grain::Day)?,
            format_date(end, Grain::Day)?
        );
        Some(Hit::new(ValueKind::Range, i, e, Some(v)))
    }

    /// After a duration: "for two weeks starting May 20", "three days starting from next Monday",
    /// "for a week, from Dec. 20": the days from that start, as a range (its last day included)
    /// that replaces `h` (`None`: `h` stays as it is).
    #[inline]
    pub(super) fn duration_from(&mut self, h: &Hit) -> Option<Hit> {
        if h.kind != Some(ValueKind::Duration) {
            return None;
        }
        let (n, u) = h.value.as_deref().and_then(one_unit)?;
        let mut j = h.end;
        if self.punct(j, ',') {
            j += 1;
        }
        let k = if self.is_any(j, &["starting", "beginning", "commencing"]) {
            if self.is_any(j + 1, &["from", "on"]) {
                j + 2
            } else {
                j + 1
            }
        } else if self.is(j, "from") && h.start > self.floor && self.is(h.start - 1, "for") {
            j + 1
        } else {
            return None;
        };
        if self.closes(k) {
            return None;
        }
        let d = self.try_rules(k)?;
        let Some((start, Grain::Day)) = d.anchor.filter(|_| d.kind == Some(ValueKind::Date)) else {
            return None;
        };
        let v = self
            .shift(start, &[(n, u)], 1)
            .and_then(|e| add_days(e, -1))
            .and_then(|e| {
                Some(format!(
                    "{}/{}",
                    format_date(start, Grain::Day)?,
                    format_date(e, Grain::Day)?
                ))
            })?;
        let mut r = Hit::new(ValueKind::Range, h.start, d.end, Some(v));
        r.modifier = h.modifier;
        Some(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks_belong_to_the_month_of_their_thursday() {
        let d = |y, m, dd| ymd(y, m, dd).unwrap();
        // November 2016 starts on a Tuesday: its first week is the one of October 31
        assert_eq!(
            Scanner::week_of_month(d(2016, 11, 1), 3),
            Some(d(2016, 11, 14))
        );
        // October 2017 starts on a Sunday: its first week starts on the 2nd
        assert_eq!(
            Scanner::week_of_month(d(2017, 10, 1), 1),
            Some(d(2017, 10, 2))
        );
        assert_eq!(Scanner::week_of_month(d(2017, 10, 1), 5), None);
        // July 31, 2017 is a Monday whose Thursday is in August
        assert_eq!(
            Scanner::last_week_of_month(d(2017, 7, 1)),
            Some(d(2017, 7, 24))
        );
        assert_eq!(one_unit("P3Y"), Some((Decimal::from(3), TimeUnit::Year)));
        assert_eq!(one_unit("PT3H"), None);
        assert_eq!(one_unit("PXD"), None);
    }
}
