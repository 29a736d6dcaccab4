//! Ranges: two ends in one value ("1961-62", "between 12 and 18 months", "20cm-40cm",
//! "March 3-5", "from 2009 to 2012").
//!
//! A range is the kind `range` and its value is both ends, each normalized as its own value would
//! be, joined by "/" in the manner of an ISO 8601 interval: `1961/1962`, `P12M/P18M`,
//! `20 cm/40 cm`, `2022-03-03/2022-03-05`, `USD 5/USD 10`, `10%/15%` (a percent keeps its sign
//! here, so the range says what it measures). An end written as a bare number takes the unit of
//! the other end ("12-18 months").

use super::*;

impl<'a> Scanner<'a> {
    /// "1961-62", "2009-10", "1939–45", "2009-2010": a span of years (not "2009-03", a month);
    /// with a slash only a year and the next ("the 2024/25 budget", "2023/2024").
    #[inline]
    pub(super) fn year_span(&mut self, i: usize) -> Option<Hit> {
        let y1 = self.year_at_loose(i)?;
        let slash = self.punct(i + 1, '/');
        if !((slash || self.punct(i + 1, '-')) && self.touches(i + 1) && self.touches(i + 2)) {
            return None;
        }
        let (b, bd) = self.small_int(i + 2)?;
        if self.glued_after(i + 2) || self.punct(i + 3, '-') || self.punct(i + 3, '/') {
            return None;
        }
        if slash {
            let next = y1 + 1;
            let ok = match bd {
                2 => b as i32 == next % 100,
                4 => b as i32 == next,
                _ => false,
            };
            if !ok {
                return None;
            }
            return Some(Hit::new(
                ValueKind::Range,
                i,
                i + 3,
                Some(format!("{y1:04}/{next:04}")),
            ));
        }
        let y2 = match bd {
            2 => {
                let yy = (y1 % 100) as u32;
                let century = y1 - y1 % 100;
                if b > yy && b > 12 || (yy == 99 && b == 0) || b == yy + 1 {
                    if b < yy {
                        century + 100 + b as i32
                    } else {
                        century + b as i32
                    }
                } else {
                    return None;
                }
            }
            4 if (b as i32) > y1 && (b as i32) - y1 <= 100 => b as i32,
            _ => return None,
        };
        Some(Hit::new(
            ValueKind::Range,
            i,
            i + 3,
            Some(format!("{y1:04}/{y2:04}")),
        ))
    }

    /// A year token (1000–2999) even with a dash glued after it.
    #[inline]
    fn year_at_loose(&self, i: usize) -> Option<i32> {
        let (v, d) = self.small_int(i)?;
        (d == 4 && (1000..=2999).contains(&v)).then_some(v as i32)
    }

    /// After a value `h`: "-", "to" or "and" and a second value make one range, which replaces
    /// `h` (`None`: `h` stays as it is).
    #[inline]
    pub(super) fn range_after(&mut self, h: &Hit) -> Option<Hit> {
        let k1 = h.kind?;
        if matches!(k1, ValueKind::Temperature | ValueKind::Range)
            && let Some(r) = self.decades_of_temperature(h)
        {
            return Some(r);
        }
        if !matches!(
            k1,
            ValueKind::Number
                | ValueKind::Date
                | ValueKind::Quantity
                | ValueKind::Temperature
                | ValueKind::Money
                | ValueKind::Percent
                | ValueKind::Duration
                | ValueKind::Age
                | ValueKind::Time
        ) || h.value.is_none()
        {
            return None;
        }
        let j = h.end;
        // every connector below is a "-" or a word starting with "t", "a" or "u" ("to", "and",
        // "until", "till", "through", "thru"): most values are followed by none, and the words
        // around them need not be compared
        let may_connect = self.punct(j, '-')
            || self
                .word_bytes(j)
                .and_then(|w| w.first())
                .is_some_and(|&c| matches!(c | 0x20, b't' | b'a' | b'u'));
        if !may_connect {
            return None;
        }
        let before = |w: &str| h.start > self.floor && h.start > 0 && self.is(h.start - 1, w);
        let between = before("between");
        // "from 3% to 5%"; "a range of 5.25% to 5.5%"
        let range_of = before("of") && h.start >= 2 + self.floor && self.is(h.start - 2, "range");
        // "rose from 40% to 45%", "cut from $5 to $3": a change, two values (a period of
        // dates stays one: "grew from 2010 to 2020")
        let change = before("from")
            && !matches!(k1, ValueKind::Date | ValueKind::Time)
            && h.start >= 2 + self.floor
            && self.is_any(h.start - 2, CHANGE_VERBS);
        if change {
            return None;
        }
        let from = before("from") || range_of;
        let dash = self.punct(j, '-')
            && (self.touches(j) == self.touches(j + 1))
            && !self.punct(j + 1, '-');
        // "until", "through": after a date ("March 3 through March 10"), or after a day number
        // when a month follows the second ("from 3 until 12 of Sept")
        let until = self.is_any(j, &["until", "till", "through", "thru"])
            && matches!(k1, ValueKind::Date | ValueKind::Number | ValueKind::Time);
        // "Oct. 2 to October 22": a day, "to", and a month with its day
        let day_to_day = self.is(j, "to")
            && k1 == ValueKind::Date
            && h.value.as_deref().is_some_and(|v| v.len() == 10)
            && matches!(self.lex(j + 1), Lexeme::Month(..));
        // "a 2.5% to 3% rise", "a $5 to $10 fee": an article before the first end and a noun
        // after the second; a range ("rose 0.2% to 3.1%" is a change and a level)
        // (also a level that is a range: "held rates at 4.25% to 4.5%", "stood at $40 to $45")
        let at_level = before("at");
        let article = self.is(j, "to")
            && matches!(
                k1,
                ValueKind::Percent | ValueKind::Money | ValueKind::Quantity
            )
            && (before("a") || before("an") || at_level);
        // "annual returns of 8% to 12%", "a rise of 2% to 3%": two percents after "of" that run
        // upwards (checked below), with no verb of change just before ("raised its forecast of
        // 3% to 4%" is a change)
        let pct_of = self.is(j, "to")
            && k1 == ValueKind::Percent
            && before("of")
            && !range_of
            && !(h.start.saturating_sub(5).max(self.floor)..h.start).any(|t| {
                self.is_any(t, CHANGE_VERBS)
                    || self.is_any(t, &["lifted", "trimmed", "raised", "lowered", "revised"])
            });
        // "cut emissions by 40% to 45%": a range of one change when its ends are near (at most
        // twice the first); "cut rates by 0.25% to 5%" is a change and a level
        let by = self.is(j, "to")
            && matches!(
                k1,
                ValueKind::Percent | ValueKind::Money | ValueKind::Quantity
            )
            && before("by");
        // "earn $5 to $10 a day": two amounts joined by "to" and made one rate after the
        // second are a range of rates (not after a verb of change: "raised it $5 to $10 a day")
        let rate_to = self.is(j, "to")
            && matches!(k1, ValueKind::Money | ValueKind::Quantity)
            && !(from || article || by)
            && !(h.start > self.floor && self.is_any(h.start - 1, CHANGE_VERBS));
        // "have climbed 5% to 7% a year": two percents joined by "to", made a rate after the
        // second, with ends near (at most twice the first, as after "by"), are a range of rates
        // ("rose 2% to 7% a year" is a change and a level)
        // (the rate looked for before the second end is read: most "3% to 4.5%" are a change
        // and a level, with no rate after them)
        let pct_rate = k1 == ValueKind::Percent
            && self.is(j, "to")
            && !(from || between || by)
            && self.is_num(j + 1)
            && (self.punct(j + 2, '%') || self.is_any(j + 2, &["percent", "per"]))
            && (self.time_rate_at(j + 3, false).is_some()
                || (self.is(j + 2, "per")
                    && self.is(j + 3, "cent")
                    && self.time_rate_at(j + 4, false).is_some()));
        // "$5 a day to $10 a day", "from 2 tonnes a year to 3 tonnes a year": two rates per the
        // same unit joined by "to", one range of rates (not after a verb of change)
        if matches!(k1, ValueKind::Money | ValueKind::Quantity)
            && let Some((unit, e)) = self.time_rate_at(j, false)
            && self.is(e, "to")
            && !(h.start > self.floor && self.is_any(h.start - 1, CHANGE_VERBS))
            && let Some(h2) = self.try_rules(e + 1)
            && h2.kind == Some(k1)
            && let Some((unit2, e2)) = self.time_rate_at(h2.end, false)
            && unit2 == unit
            && let (Some(v1), Some(v2)) = (h.value.as_deref(), h2.value.as_deref())
            && let (Some(Ok(x)), Some(Ok(y))) = (
                first_number(v1).map(str::parse::<Decimal>),
                first_number(v2).map(str::parse::<Decimal>),
            )
            && x < y
        {
            let start = if from && !range_of {
                h.start - 1
            } else {
                h.start
            };
            let value = ["(", v1, "/", v2, ")/", unit].concat();
            let mut r = Hit::new(ValueKind::Range, start, e2, Some(value));
            r.modifier = h.modifier.or(h2.modifier);
            return Some(r);
        }
        // "June 19 to 20", "from July 8 to 10": a day and a later day of its month
        let day_to = self.is(j, "to")
            && k1 == ValueKind::Date
            && h.value.as_deref().is_some_and(|v| v.len() == 10)
            && self.is_num(j + 1);
        let connector = dash
            || until
            || day_to
            || day_to_day
            || (self.is(j, "to") && (from || article || by || pct_of || k1 == ValueKind::Number))
            || rate_to
            || pct_rate
            || (self.is(j, "and") && between);
        if !connector {
            return None;
        }
        let k = j + 1;
        // a clock time is read by the rules at a token, not by those on a number
        let second = if self.is_num(k) && matches!(k1, ValueKind::Number | ValueKind::Time) {
            // "from 4 to 22 January": what the second number is part of, as at any number
            match self.try_rules(k) {
                // "5k-20k": a number glued to the dash after a number is no name's ("COVID-19")
                Some(h2) if h2.kind.is_none() && dash && k1 == ValueKind::Number => self
                    .number_at(k, false)
                    .and_then(|np| self.classify(k, &np)),
                other => other,
            }
        } else if self.is_num(k) {
            match self.number_at(k, false) {
                Some(np) => {
                    // "March 3-5": a day of the same month
                    // (after "to" or "until", only a day that ends its phrase: not "June 3 to 5
                    // people", "until 7 p.m.")
                    if k1 == ValueKind::Date
                        && (dash || ((day_to || until) && self.ends_phrase(np.end)))
                        && let Some(mut r) = self.day_range(h, k, &np)
                    {
                        // "from July 8 to 10": the span takes "from", as any range's does
                        if !dash && from && !range_of {
                            r.start = h.start - 1;
                        }
                        return Some(r);
                    }
                    if k1 == ValueKind::Date {
                        // "from 10/1 to 11/7": the second may be a date in digits
                        self.try_rules(k)
                    } else {
                        self.classify(k, &np)
                    }
                }
                None => None,
            }
        } else if matches!(
            self.lex(k),
            Lexeme::Cardinal(_) | Lexeme::Tens(_) | Lexeme::Month(..)
        ) || (k1 == ValueKind::Date
            && (matches!(
                self.lex(k),
                Lexeme::Weekday(..) | Lexeme::Ordinal(_) | Lexeme::Trigger(Trigger::DayWord)
            ) || self.is(k, "now")))
            || self.punct(k, '$')
            || matches!(self.kind(k), Some(TokenKind::Punct('€' | '£')))
        {
            self.try_rules(k)
        } else {
            None
        };
        let h2 = second?;
        let (Some(k2), Some(v1), Some(v2)) = (h2.kind, h.value.as_deref(), h2.value.as_deref())
        else {
            return None;
        };
        // "100mm to 150mm": two measures of one unit that run upwards are a range, as
        // "100mm-150mm" is (no rate needed after the second)
        let same_measure =
            k1 == ValueKind::Quantity && k2 == ValueKind::Quantity && measures_upwards(v1, v2);
        // "valued at $3 million to $5 million", "revenue of $1.2bn to $1.4bn": two amounts of
        // money joined by "to" with no rate are a range when they run upwards and either their
        // ends are near (at most twice the first, as after "by") or a word of worth or estimate
        // comes before the first; not after a verb of change a few words before ("raised its
        // target $40 to $60", "rose $3 million to $5 million": a change and a level)
        let money_to = rate_to
            && k1 == ValueKind::Money
            && k2 == ValueKind::Money
            && !v1.contains('/')
            && !v2.contains('/')
            && self.time_rate_at(h2.end, false).is_none()
            && matches!((
                first_number(v1).and_then(|x| x.parse::<Decimal>().ok()),
                first_number(v2).and_then(|y| y.parse::<Decimal>().ok()),
            ), (Some(x), Some(y)) if x < y && (y <= x + x
                || (h.start > self.floor
                    && self.is_any(
                        h.start - 1,
                        &[
                            "at", "of", "worth", "cost", "costs", "costing", "fetch", "fetched",
                            "estimated", "valued", "between", "around", "roughly", "about",
                        ],
                    ))))
            && !(h.start.saturating_sub(4).max(self.floor)..h.start).any(|t| {
                self.is_any(t, CHANGE_VERBS)
                    || self.is_any(t, &["lifted", "trimmed", "gained", "lost", "added"])
            });
        // (the rate after the second end, or taken by it: "$10 a day" may be `USD 10/day`)
        if rate_to
            && !same_measure
            && !money_to
            && (k2 != k1
                || v1.contains('/')
                || !(v2.split_once('/').is_some_and(|(_, per)| is_per(per))
                    || self.time_rate_at(h2.end, false).is_some())
                || first_number(v1).and_then(|x| x.parse::<Decimal>().ok())
                    >= first_number(v2).and_then(|y| y.parse::<Decimal>().ok()))
        {
            return None;
        }
        if pct_rate
            && !(rate_to
                || article
                || (k2 == ValueKind::Percent
                    && self.time_rate_at(h2.end, false).is_some()
                    && first_number(v1)
                        .and_then(|x| x.parse::<Decimal>().ok())
                        .zip(first_number(v2).and_then(|y| y.parse::<Decimal>().ok()))
                        .is_some_and(|(x, y)| x < y && y <= x + x)))
        {
            return None;
        }
        if pct_of
            && !(from || article || by)
            && !(k2 == ValueKind::Percent
                && first_number(v1)
                    .and_then(|x| x.parse::<Decimal>().ok())
                    .zip(first_number(v2).and_then(|y| y.parse::<Decimal>().ok()))
                    .is_some_and(|(x, y)| x < y))
        {
            return None;
        }
        // "from 4 to 22 this month", "4 till 23 of next month": days of a month named after them
        if k1 == ValueKind::Number
            && k2 == ValueKind::Number
            && let Some(r) = self.days_of_month_after(h, &h2, between || from)
        {
            return Some(r);
        }
        // "grades 9 through 12": "through" between two numbers too (not "until", "till")
        let through = self.is_any(j, &["through", "thru"]);
        if until && k1 == ValueKind::Number && k2 != ValueKind::Date && !through {
            return None;
        }
        // "between now and November 15": now is the day of publication
        // (the day written only for a range that holds "now", not for every range tried)
        let now_or = |v: &str| -> Option<String> {
            if v == "PRESENT_REF" {
                self.published.and_then(|p| format_date(p, Grain::Day))
            } else {
                Some(v.to_string())
            }
        };
        let value = match (k1, k2) {
            // "between 1990 and 2000", "from March 3 to March 5", "March 3 through March 10"
            (ValueKind::Date, ValueKind::Date)
                if between
                    || from
                    || until
                    || (day_to_day && v2.len() == 10)
                    || (dash && v1.len() == 10 && v2.len() == 10)
                    // "the April-June quarter", "November-February 2024": months
                    || (dash && is_month(v1) && is_month(v2)) =>
            {
                let (Some(a), Some(b)) = (now_or(v1), now_or(v2)) else {
                    return None;
                };
                if a == b {
                    return None;
                }
                let has_year = |x: &Hit| (x.start..x.end).any(|t| self.year_at(t).is_some());
                // "from Aug. 8 to Sept. 27, 1957": the first day takes the year of the second
                let a = match (a.len(), b.len()) {
                    (10, 10) if a > b && has_year(&h2) && !has_year(h) => {
                        let moved = format!("{}{}", &b[..4], &a[4..]);
                        let valid = parse_ymd(&moved).is_some();
                        if valid && moved <= b { moved } else { a }
                    }
                    _ => a,
                };
                // "November-February 2024": the first month takes the year of the second, the
                // one before when it comes later in the year; two months without a year run
                // forwards ("November-February": into the next year)
                let (a, b) = if is_month(&a) && is_month(&b) {
                    let year = |x: &str| x[..4].parse::<i32>().ok();
                    let (Some(ya), Some(yb)) = (year(&a), year(&b)) else {
                        return None;
                    };
                    if has_year(&h2) && !has_year(h) {
                        let y = if a[4..] <= b[4..] { yb } else { yb - 1 };
                        (format!("{y:04}{}", &a[4..]), b)
                    } else if !has_year(&h2) && b <= a {
                        let y = if a[4..] < b[4..] { ya } else { ya + 1 };
                        (a.clone(), format!("{y:04}{}", &b[4..]))
                    } else {
                        (a, b)
                    }
                } else {
                    (a, b)
                };
                let b = self.later_end(&h2, &a, b);
                if day_to_day && b <= a {
                    return None;
                }
                [a.as_str(), "/", b.as_str()].concat()
            }
            // "between 7am and 7pm", "from 7 a.m. to 8 p.m. on Tuesday": a start without a day
            // takes the end's
            (ValueKind::Time, ValueKind::Time) => {
                if !(between || from || until) {
                    return None;
                }
                match (v1.find('T'), v2.find('T')) {
                    (Some(0), Some(t)) if t > 0 => [&v2[..t], v1, "/", v2].concat(),
                    _ => [v1, "/", v2].concat(),
                }
            }
            (a, b) if a == b && a != ValueKind::Number && a != ValueKind::Date => {
                // a level after "at" runs upwards ("at 4.25% to 4.5%")
                if article
                    && at_level
                    && first_number(v1).and_then(|x| x.parse::<Decimal>().ok())
                        >= first_number(v2).and_then(|y| y.parse::<Decimal>().ok())
                {
                    return None;
                }
                if by && !(from || article || dash) {
                    let (Some(x), Some(y)) = (
                        first_number(v1).and_then(|x| x.parse::<Decimal>().ok()),
                        first_number(v2).and_then(|y| y.parse::<Decimal>().ok()),
                    ) else {
                        return None;
                    };
                    if !(x < y && y <= x + x) {
                        return None;
                    }
                }
                if a == ValueKind::Percent {
                    // "won 56%-44%": a split, not a range (a range runs upwards)
                    if dash
                        && !(between || from)
                        && let (Ok(x), Ok(y)) = (v1.parse::<Decimal>(), v2.parse::<Decimal>())
                        && x > y
                    {
                        return None;
                    }
                    [v1, "%/", v2, "%"].concat()
                } else {
                    [v1, "/", v2].concat()
                }
            }
            (ValueKind::Number, ValueKind::Number) if between || from => [v1, "/", v2].concat(),
            // "1000-5000": upwards into the thousands, no score
            (ValueKind::Number, ValueKind::Number)
                if dash
                    && let (Ok(a), Ok(b)) = (v1.parse::<Decimal>(), v2.parse::<Decimal>())
                    && a < b
                    && b >= Decimal::from(1000) =>
            {
                [v1, "/", v2].concat()
            }
            // "highs of 112 to 115", "expects 10 to 12", "grades 9 through 12": "to" or "through"
            // between two bare numbers that run upwards, unless a vote or a game's result came
            // just before ("voted 48 to 52")
            (ValueKind::Number, ValueKind::Number)
                if (self.is(j, "to") || through)
                    && v1.parse::<Decimal>().ok() < v2.parse::<Decimal>().ok()
                    && !(h.start.saturating_sub(3).max(self.floor)..h.start)
                        .any(|t| self.is_any(t, TALLY_WORDS)) =>
            {
                [v1, "/", v2].concat()
            }
            // "from 4 to 22 January, 1995", "between 3 and 12 September", "on 14-15 June": days
            // of one month
            (ValueKind::Number, ValueKind::Date)
                if (between || from || until || dash) && v2.len() == 10 =>
            {
                let (Ok(d1), Ok(d2)) = (v1.parse::<u32>(), v2[8..].parse::<u32>()) else {
                    return None;
                };
                let (Ok(y), Ok(m)) = (v2[..4].parse::<i32>(), v2[5..7].parse::<u32>()) else {
                    return None;
                };
                match ymd(y, m, d1).and_then(|a| format_date(a, Grain::Day)) {
                    Some(a) if d1 < d2 => [a.as_str(), "/", v2].concat(),
                    _ => return None,
                }
            }
            // "12-18 months", "10 to 15 people", "20-40 cm": the bare end takes the other's unit
            (
                ValueKind::Number,
                ValueKind::Quantity
                | ValueKind::Temperature
                | ValueKind::Money
                | ValueKind::Percent
                | ValueKind::Duration
                | ValueKind::Count
                | ValueKind::Age,
            ) => {
                let n2 = first_number(v2);
                let n2 = n2?;
                // a range runs upwards; "won 2-1" is a score
                let (Ok(a), Ok(b)) = (v1.parse::<Decimal>(), n2.parse::<Decimal>()) else {
                    return None;
                };
                if a >= b {
                    // "rejected it 55-45 percent": both are percents
                    if k2 == ValueKind::Percent && dash {
                        return Some(Hit {
                            kind: Some(ValueKind::Percent),
                            start: h.start,
                            end: h.end,
                            value: h.value.clone(),
                            modifier: h.modifier,
                            anchor: h.anchor,
                            rule: h.rule,
                        });
                    }
                    return None;
                }
                if k2 == ValueKind::Percent {
                    [v1, "%/", v2, "%"].concat()
                } else if k2 == ValueKind::Count {
                    [v1, "/", n2].concat()
                } else {
                    format!("{}/{v2}", v2.replacen(n2, v1, 1))
                }
            }
            _ => return None,
        };
        let start = if (between || from) && !range_of {
            h.start - 1
        } else {
            h.start
        };
        let mut r = Hit::new(ValueKind::Range, start, h2.end, Some(value));
        r.modifier = h.modifier.or(h2.modifier);
        // "in the April-June quarter from a year earlier": what follows counts from the later end,
        // as it would from that date alone
        r.anchor = h2.anchor.or(h.anchor);
        Some(r)
    }

    /// "highs in the mid-80s to low 90s", "the 80s to 90s": two decades of temperatures joined
    /// by "to" or "through", one range from the first's low end to the second's high end (each
    /// end read as the decade alone is: `approx` when either is "low", "mid" or "upper").
    fn decades_of_temperature(&mut self, h: &Hit) -> Option<Hit> {
        let v1 = h.value.as_deref()?;
        let j = h.end;
        if !v1.ends_with('°') && !v1.ends_with("°F") && !v1.ends_with("°C") {
            return None;
        }
        if !self.is_any(j, &["to", "through"]) {
            return None;
        }
        // the second decade's number: right after "to", or after "low", "mid-", "upper"
        let n = (j + 1..j + 4).find(|&k| self.is_num(k))?;
        let h2 = self.decade(n)?;
        if h2.start != j + 1 && n != j + 1 {
            return None;
        }
        let v2 = h2.value.as_deref()?;
        let a = v1.split('/').next()?;
        let b = v2.rsplit('/').next()?;
        let (x, y) = (first_number(a)?, first_number(b)?);
        if x.parse::<Decimal>().ok()? >= y.parse::<Decimal>().ok()? {
            return None;
        }
        let mut r = Hit::new(
            ValueKind::Range,
            h.start,
            h2.end,
            Some([a, "/", b].concat()),
        );
        r.modifier = h.modifier.or(h2.modifier);
        Some(r)
    }

    /// A range's second day `b` when the text gave it no year and it fell before the first
    /// day `a` ("from 10/25 to 01/25", "from Tuesday to Thursday"): moved on by a week (a
    /// weekday) or a year until it follows `a`.
    #[inline]
    fn later_end(&self, h2: &Hit, a: &str, b: String) -> String {
        let (Some(da), Some(db)) = (parse_ymd(a), parse_ymd(&b)) else {
            return b;
        };
        if db >= da || (h2.start..h2.end).any(|t| self.year_at(t).is_some()) {
            return b;
        }
        let weekday = matches!(self.lex(h2.start), Lexeme::Weekday(..));
        let moved = if weekday {
            add_days(db, 7 * ((da - db).num_days() / 7 + 1))
        } else {
            ymd(da.year(), db.month(), db.day())
                .filter(|d| *d >= da)
                .or_else(|| ymd(da.year() + 1, db.month(), db.day()))
        };
        moved
            .filter(|d| *d >= da)
            .and_then(|d| format_date(d, Grain::Day))
            .unwrap_or(b)
    }

    /// "March 3-5", "Jan. 10-12, 2021": the first date's month and year, the second day.
    /// Two day numbers and a month named right after them ("this month", "of Sept", "in next
    /// month"): the range of those days in that month.
    #[inline]
    fn days_of_month_after(&self, h: &Hit, h2: &Hit, prefixed: bool) -> Option<Hit> {
        let d1: u32 = h.value.as_deref()?.parse().ok()?;
        let d2: u32 = h2.value.as_deref()?.parse().ok()?;
        if !(1..=31).contains(&d1) || !(1..=31).contains(&d2) || d1 >= d2 {
            return None;
        }
        let mut e = h2.end;
        if self.is_any(e, &["of", "in"]) {
            e += 1;
        }
        // a month word, or a month named relative to now (a bare number is no month)
        if !(matches!(self.lex(e), Lexeme::Month(..))
            || self.is_any(e, &["this", "next", "last", "the", "current"]))
        {
            return None;
        }
        let (base, e2) = self.month_ref(e)?;
        let value = base.and_then(|b| {
            let a = ymd(b.year(), b.month(), d1)?;
            let c = ymd(b.year(), b.month(), d2)?;
            Some(format!(
                "{}/{}",
                format_date(a, Grain::Day)?,
                format_date(c, Grain::Day)?
            ))
        });
        let start = if prefixed { h.start - 1 } else { h.start };
        Some(Hit::new(ValueKind::Range, start, e2, value))
    }

    #[inline]
    /// Token `e` ends a phrase: punctuation of a clause, the end of the text or a function word.
    fn ends_phrase(&self, e: usize) -> bool {
        match self.tokens.get(e) {
            None => true,
            Some(t) if t.kind == TokenKind::Word => is_function_word(self.lower(e).as_str()),
            Some(t) => matches!(t.kind, TokenKind::Punct('.' | ',' | ';' | ')')),
        }
    }

    fn day_range(&self, h: &Hit, k: usize, np: &ParsedNumber) -> Option<Hit> {
        let v1 = h.value.as_deref()?;
        if v1.len() != 10 || np.end != k + 1 {
            return None;
        }
        let (d2, _) = self.small_int(k)?;
        let d1: u32 = v1[8..].parse().ok()?;
        if d2 <= d1 || d2 > 31 {
            return None;
        }
        let (y, m): (i32, u32) = (v1[..4].parse().ok()?, v1[5..7].parse().ok()?);
        let mut e = k + 1;
        let mut year = y;
        // "March 3-5, 2021"
        if self.punct(e, ',')
            && let Some(y2) = self.year_at(e + 1)
        {
            year = y2;
            e += 2;
        }
        let a = ymd(year, m, d1)?;
        let b = ymd(year, m, d2)?;
        Some(Hit::new(
            ValueKind::Range,
            h.start,
            e,
            Some(format!(
                "{}/{}",
                format_date(a, Grain::Day)?,
                format_date(b, Grain::Day)?
            )),
        ))
    }
}

/// Two measures ("100 mm", "150 mm") of one unit, the second the larger.
fn measures_upwards(v1: &str, v2: &str) -> bool {
    let (Some((x, u1)), Some((y, u2))) = (v1.split_once(' '), v2.split_once(' ')) else {
        return false;
    };
    u1 == u2
        && x.parse::<Decimal>()
            .ok()
            .zip(y.parse::<Decimal>().ok())
            .is_some_and(|(x, y)| x < y)
}

/// The first number written in a normalized value ("18" in "P18M", "40" in "40 cm").
fn first_number(v: &str) -> Option<&str> {
    let b = v.as_bytes();
    let s = b.iter().position(u8::is_ascii_digit)?;
    let e = b[s..]
        .iter()
        .position(|c| !(c.is_ascii_digit() || *c == b'.'))
        .map_or(b.len(), |p| s + p);
    Some(&v[s..e])
}

/// A month as the extractor writes it: "2023-04".
fn is_month(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
}

/// Words before a vote's or a game's two numbers ("voted 48 to 52", "lost 3 to 5").
const TALLY_WORDS: &[&str] = &[
    "vote", "voted", "votes", "won", "win", "wins", "lost", "lose", "loses", "beat", "beats",
    "defeated", "rejected", "approved", "passed", "tally", "score", "scored", "margin", "trailed",
    "led", "leads",
];

/// Verbs of change before "from": "rose from 40% to 45%" is a change, two values.
const CHANGE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falls",
    "falling",
    "increased",
    "increase",
    "increases",
    "increasing",
    "decreased",
    "decrease",
    "decreases",
    "dropped",
    "drop",
    "drops",
    "dropping",
    "climbed",
    "climb",
    "climbs",
    "grew",
    "grown",
    "grow",
    "grows",
    "growing",
    "declined",
    "decline",
    "declines",
    "declining",
    "jumped",
    "jump",
    "jumps",
    "surged",
    "slipped",
    "slid",
    "plunged",
    "plummeted",
    "soared",
    "edged",
    "went",
    "up",
    "down",
    "raised",
    "raise",
    "raises",
    "raising",
    "lowered",
    "lower",
    "lowers",
    "cut",
    "cuts",
    "cutting",
    "reduced",
    "reduce",
    "reduces",
    "boosted",
    "changed",
    "moved",
    "shifted",
    "widened",
    "narrowed",
    "ticked",
    "swelled",
    "shrank",
    "shrunk",
    "expanded",
    "tumbled",
    "sank",
    "dipped",
    "spiked",
    "hiked",
    "slashed",
    "improved",
    "worsened",
];

/// What a rate is per: "day", "student/year" (letters, one or two units).
pub(super) fn is_per(per: &str) -> bool {
    !per.is_empty()
        && per.len() <= 24
        && per.split('/').count() <= 2
        && per
            .split('/')
            .all(|u| !u.is_empty() && u.bytes().all(|c| c.is_ascii_alphabetic()))
}
