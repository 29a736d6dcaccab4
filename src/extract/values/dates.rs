//! Dates and ordinals written with digits: years, numeric dates, decades, days of the month, "21st"; times of day, which are skipped.

use super::*;

impl<'a> Scanner<'a> {
    /// A four-digit year token (1000–2999), optionally followed by nothing glued to it.
    #[inline]
    pub(super) fn year_at(&self, i: usize) -> Option<i32> {
        let (v, d) = self.small_int(i)?;
        if d == 4 && (1000..=2999).contains(&v) && !self.glued_after(i) {
            Some(v as i32)
        } else {
            None
        }
    }

    /// Ordinal suffix glued to a number, the one its last digits take: "21st", "12th" ("9st" is
    /// nine stone, no ordinal).
    #[inline]
    pub(super) fn has_ordinal_suffix(&self, i: usize) -> bool {
        if !self.touches(i + 1) {
            return false;
        }
        let Some((v, _)) = self.small_int(i) else {
            return self.is_any(i + 1, &["st", "nd", "rd", "th"]);
        };
        let suffix = match (v % 100, v % 10) {
            (11..=13, _) => "th",
            (_, 1) => "st",
            (_, 2) => "nd",
            (_, 3) => "rd",
            _ => "th",
        };
        self.is(i + 1, suffix)
    }

    /// A day of the month at `i` (digits 1–31 with optional suffix, or an ordinal word):
    /// `(day, end, is_ordinal)`.
    #[inline]
    pub(super) fn day_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        if let Some((v, d)) = self.small_int(i) {
            if d <= 2 && (1..=31).contains(&v) {
                if self.has_ordinal_suffix(i) {
                    return Some((v, i + 2, true));
                }
                if self.glued_after(i) && !matches!(self.lex(i + 1), Lexeme::Month(..)) {
                    return None;
                }
                return Some((v, i + 1, false));
            }
            return None;
        }
        self.spelled_ordinal(i)
            .filter(|&(v, _)| (1..=31).contains(&v))
            .map(|(v, e)| (v, e, true))
    }

    /// An ordinal written in words: "first", "twenty-fifth", "thirty first".
    #[inline]
    pub(super) fn spelled_ordinal(&self, i: usize) -> Option<(u32, usize)> {
        match self.lex(i) {
            Lexeme::Ordinal(v) => Some((v, i + 1)),
            Lexeme::Tens(t) => {
                let mut j = i + 1;
                if self.punct(j, '-') && self.touches(j) && self.touches(j + 1) {
                    j += 1;
                }
                match self.lex(j) {
                    Lexeme::Ordinal(u) if u < 10 => Some((t + u, j + 1)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    #[inline]
    pub(super) fn year_value(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let digits = np.plain_int?;
        let v = np.int()?;
        let j = np.end;
        // "2014 A.D.", "14 a.d.", "AD 2014" is rare in news
        let (ad, e) = self.era(j);
        if ad {
            if !(1..=9999).contains(&v) {
                return None;
            }
            let d = ymd(v as i32, 1, 1)?;
            return Some(Hit::date(s, e, Some((d, Grain::Year))));
        }
        if digits == 4 && (1000..=2100).contains(&v) {
            let d = ymd(v as i32, 1, 1)?;
            return Some(Hit::date(s, j, Some((d, Grain::Year))));
        }
        None
    }

    #[inline]
    pub(super) fn era(&self, j: usize) -> (bool, usize) {
        if self.is_any(j, &["ad", "ce"]) {
            return (true, j + 1);
        }
        if self.is(j, "a") && self.punct(j + 1, '.') && self.touches(j + 1) && self.is(j + 2, "d") {
            let e = if self.punct(j + 3, '.') && self.touches(j + 3) {
                j + 4
            } else {
                j + 3
            };
            return (true, e);
        }
        (false, j)
    }

    #[inline]
    pub(super) fn numeric_date(&mut self, i: usize) -> Option<Hit> {
        let adj3 = |a: usize| self.touches(a + 1) && self.touches(a + 2);
        let (a, ad) = self.small_int(i).unwrap_or((0, 0));
        // Y-M-D, Y/M/D, Y-M, Y/M
        if ad == 4 && (self.punct(i + 1, '-') || self.punct(i + 1, '/')) && adj3(i) {
            let sep = self.kind(i + 1);
            if let Some((m, md)) = self.small_int(i + 2) {
                if self.kind(i + 3) == sep && self.touches(i + 3) && self.touches(i + 4) {
                    if let Some((d, dd)) = self.small_int(i + 4)
                        && dd <= 2
                        && !self.glued_after(i + 4)
                    {
                        let v = ymd(a as i32, m, d)?;
                        return Some(Hit::date(i, i + 5, Some((v, Grain::Day))));
                    }
                    return None;
                }
                if md == 2 && (1..=12).contains(&m) && !self.glued_after(i + 2) {
                    let v = ymd(a as i32, m, 1)?;
                    return Some(Hit::date(i, i + 3, Some((v, Grain::Month))));
                }
            }
            // "2019-sep-1", "2019/Sep/01"
            if let Lexeme::Month(m, _) = self.lex(i + 2)
                && self.kind(i + 3) == sep
                && self.touches(i + 3)
                && self.touches(i + 4)
                && let Some((d, dd)) = self.small_int(i + 4)
                && dd <= 2
                && !self.glued_after(i + 4)
            {
                let v = ymd(a as i32, m, d)?;
                return Some(Hit::date(i, i + 5, Some((v, Grain::Day))));
            }
            return None;
        }
        // M.D.Y written as a decimal "10.31" + ".1974"
        if self.is_num(i)
            && self.text_of(i).contains('.')
            && self.punct(i + 1, '.')
            && adj3(i)
            && let Some((y, yd)) = self.small_int(i + 2)
        {
            let (x, z) = self.text_of(i).split_once('.')?;
            if (yd == 2 || yd == 4) && x.len() <= 2 && z.len() <= 2 && !x.is_empty() {
                let (x, z): (u32, u32) = (x.parse().ok()?, z.parse().ok()?);
                let y = expand_year(y, yd, self.published);
                let v = ymd(y, x, z).or_else(|| ymd(y, z, x))?;
                return Some(Hit::date(i, i + 3, Some((v, Grain::Day))));
            }
        }
        if ad == 0 || ad > 2 {
            return None;
        }
        let sep = self.kind(i + 1);
        if !(matches!(sep, Some(TokenKind::Punct('/' | '-'))) && adj3(i)) {
            return None;
        }
        // D-Mon-Y, D/Mon/Y
        if let Lexeme::Month(m, _) = self.lex(i + 2) {
            if self.kind(i + 3) == sep
                && self.touches(i + 3)
                && self.touches(i + 4)
                && let Some((y, yd)) = self.small_int(i + 4)
                && (yd == 2 || yd == 4)
            {
                let y = expand_year(y, yd, self.published);
                let v = ymd(y, m, a)?;
                return Some(Hit::date(i, i + 5, Some((v, Grain::Day))));
            }
            return None;
        }
        let (b, bd) = self.small_int(i + 2)?;
        // M/YYYY
        if bd == 4
            && sep == Some(TokenKind::Punct('/'))
            && (1..=12).contains(&a)
            && !self.glued_after(i + 2)
        {
            let v = ymd(b as i32, a, 1)?;
            return Some(Hit::date(i, i + 3, Some((v, Grain::Month))));
        }
        if bd > 2 {
            return None;
        }
        // M/D/Y, D/M/Y, M-D-Y
        if self.kind(i + 3) == sep && self.touches(i + 3) && self.touches(i + 4) {
            let (y, yd) = self.small_int(i + 4)?;
            if (yd != 2 && yd != 4) || self.glued_after(i + 4) {
                return None;
            }
            let y = expand_year(y, yd, self.published);
            let v = if a <= 12 { ymd(y, a, b) } else { ymd(y, b, a) }?;
            return Some(Hit::date(i, i + 5, Some((v, Grain::Day))));
        }
        // M/D (not with a hyphen: "3-2" is a score, "10-15" a range)
        if sep == Some(TokenKind::Punct('/')) && (1..=12).contains(&a) && (1..=31).contains(&b) {
            if matches!(b, 2..=4) && a < b {
                return None; // a fraction: 1/2, 3/4
            }
            if self.glued_after(i + 2) || self.punct(i + 3, '/') {
                return None;
            }
            if days_in_month(2000, a) < b {
                return None;
            }
            let v = self.resolve_month_day(a, b, i).map(|d| (d, Grain::Day));
            return Some(Hit::date(i, i + 3, v));
        }
        // D/M where the day cannot be a month and the month is written with two digits: "22/04"
        if sep == Some(TokenKind::Punct('/'))
            && (13..=31).contains(&a)
            && (1..=12).contains(&b)
            && bd == 2
            && !self.glued_after(i + 2)
            && !self.punct(i + 3, '/')
            && days_in_month(2000, b) >= a
        {
            let v = self.resolve_month_day(b, a, i).map(|d| (d, Grain::Day));
            return Some(Hit::date(i, i + 3, v));
        }
        None
    }

    #[inline]
    pub(super) fn ampm(&self, j: usize) -> (bool, usize) {
        // "am", "pm", "a.m.", "p.m.": a word of one or two letters first
        if !self.short_word(j) {
            return (false, j);
        }
        if self.is_any(j, &["am", "pm"]) && !self.glued_after(j) {
            return (true, j + 1);
        }
        if self.is_any(j, &["a", "p"])
            && self.punct(j + 1, '.')
            && self.touches(j + 1)
            && self.is(j + 2, "m")
            && self.touches(j + 2)
        {
            let e = if self.punct(j + 3, '.') && self.touches(j + 3) {
                j + 4
            } else {
                j + 3
            };
            return (true, e);
        }
        (false, j)
    }

    #[inline]
    pub(super) fn decade_value(v: u32, digits: usize) -> Option<String> {
        match digits {
            4 if v.is_multiple_of(10) && (1000..=2990).contains(&v) => {
                Some(if v.is_multiple_of(100) && v != 2000 {
                    format!("{}XX", v / 100)
                } else {
                    format!("{}X", v / 10)
                })
            }
            2 if v.is_multiple_of(10) => Some(if v <= 20 {
                format!("20{}X", v / 10)
            } else {
                format!("19{}X", v / 10)
            }),
            _ => None,
        }
    }

    /// "1990s", "1990's", "the 90s" (two digits only after "the", "early", "mid", "late").
    #[inline]
    pub(super) fn decade(&self, i: usize) -> Option<Hit> {
        let (v, d) = self.small_int(i)?;
        let mut e = i + 1;
        if self.punct(e, '\'') && self.touches(e) && self.is(e + 1, "s") && self.touches(e + 1) {
            e += 2;
        } else if self.is(e, "s") && self.touches(e) {
            e += 1;
        } else {
            return None;
        }
        if self.glued_after(e - 1) {
            return None;
        }
        // "in 70's": the apostrophe makes it a decade after "in" too
        let in_decade = e == i + 3 && i > 0 && self.is(i - 1, "in");
        // "highs in the low 100s": three digits only of temperatures
        if (d == 2 || (d == 3 && (100..=130).contains(&v))) && !in_decade {
            // the word before, "mid-" glued to it ("the mid-90s") or not
            let q = if i >= 2 && self.punct(i - 1, '-') && self.touches(i) && self.is(i - 2, "mid")
            {
                i - 2
            } else {
                i.checked_sub(1)?
            };
            if q < self.floor {
                return None;
            }
            let part = self.lower(q);
            // "the 80s and 90s", "the '70s or 80s": a decade right after another one and "and",
            // "or", "to", "through" is read as the first was (after "the")
            let part = if self.is_any(q, &["and", "or", "to", "through"]) && self.decade_before(q) {
                "the"
            } else {
                part.as_str()
            };
            let mid = match part {
                "the" | "in" => None,
                "early" | "low" | "lower" => Some(2),
                "mid" => Some(5),
                "late" | "high" | "upper" => Some(8),
                _ => return None,
            };
            // "temperatures reached the mid-90s", "highs in the low 70s": temperatures when the
            // sentence is about them (in degrees, the scale only when written)
            if v.is_multiple_of(10) && self.about_temperatures(i) {
                let (sym, end) = match self.measure_unit_at(e) {
                    Some((sym, end)) if sym.starts_with('°') => (sym, end),
                    _ => ("°", e),
                };
                let (start, val, m) = match mid {
                    Some(k) => (q, format!("{} {sym}", v + k), Some(Modifier::Approx)),
                    None if part == "the" => (i, format!("{v} {sym}/{} {sym}", v + 9), None),
                    None => return None,
                };
                let kind = if m.is_some() {
                    ValueKind::Temperature
                } else {
                    ValueKind::Range
                };
                return Some(Hit::new(kind, start, end, Some(val)).with_mod(m));
            }
            // "the low 90s" of anything else is no decade
            if matches!(part, "in" | "low" | "lower" | "high" | "upper") {
                return None;
            }
        }
        let val = Self::decade_value(v, d)?;
        Some(Hit::new(ValueKind::Date, i, e, Some(val)))
    }

    /// A decade ends right before token `q`: "80s", "'80s", "1980s", "80's" (its "s" glued).
    fn decade_before(&self, q: usize) -> bool {
        // (the decade before is a value already, before the floor)
        if q < 2 || !self.is(q - 1, "s") || !self.touches(q - 1) {
            return false;
        }
        let n = if self.punct(q - 2, '\'') && self.touches(q - 2) {
            q.saturating_sub(3)
        } else {
            q - 2
        };
        self.small_int(n)
            .is_some_and(|(v, d)| v.is_multiple_of(10) && (d == 2 || d == 4))
    }

    /// The sentence around token `i` speaks of temperatures or the weather.
    fn about_temperatures(&self, i: usize) -> bool {
        const WORDS: &[&str] = &[
            "temperature",
            "temperatures",
            "temps",
            "highs",
            "lows",
            "heat",
            "heatwave",
            "degrees",
            "hot",
            "hotter",
            "warm",
            "warmer",
            "cooler",
            "weather",
            "forecast",
            "thermometer",
            "thermometers",
            "mercury",
            "celsius",
            "fahrenheit",
        ];
        let mut j = i;
        while j > 0 && i - j < 40 && !self.sentence_end(j - 1) {
            j -= 1;
            if j + 2 < i && self.is_any(j, WORDS) {
                return true;
            }
        }
        let mut j = i + 1;
        while j < self.tokens.len() && j - i < 40 && !self.sentence_end(j) {
            if self.is_any(j, WORDS) {
                return true;
            }
            j += 1;
        }
        false
    }

    #[inline]
    pub(super) fn short_decade(&self, i: usize) -> Option<Hit> {
        let (v, d) = self.small_int(i + 1)?;
        if d != 2 || !self.touches(i + 1) {
            return None;
        }
        let mut e = i + 2;
        if self.is(e, "s") && self.touches(e) {
            e += 1;
        } else {
            return None;
        }
        let val = Self::decade_value(v, d)?;
        Some(Hit::new(ValueKind::Date, i, e, Some(val)))
    }

    #[inline]
    pub(super) fn ordinal_hit(&mut self, s: usize, i: usize, v: u32, e: usize) -> Option<Hit> {
        // "1st-degree murder", "3rd-party", "2nd degree burns": a grade or a kind, no rank
        // and no day
        if self.grade_after(e) {
            return Some(Hit::nothing(i));
        }
        if let Some(h) = self.day_expr(s, i, v, e, true) {
            return Some(h);
        }
        // "the 21st century", "19th-century"
        let mut k = e;
        if self.punct(k, '-') && self.touches(k) {
            k += 1;
        }
        if self.is_any(k, &["century"]) && (1..=40).contains(&v) {
            return Some(Hit::new(
                ValueKind::Date,
                i,
                k + 1,
                Some(format!("{:02}XX", v - 1)),
            ));
        }
        Some(Hit::new(ValueKind::Ordinal, i, e, Some(v.to_string())))
    }

    /// Token `e`, right after an ordinal, makes it a grade or a kind rather than a rank or a
    /// day: a glued "-degree", "-party", "-time", "-class"… ("1st-degree murder", "third-party
    /// candidates", "first-time buyers"), or "degree" before a crime or an injury ("second
    /// degree burns").
    #[inline]
    pub(super) fn grade_after(&self, e: usize) -> bool {
        (self.punct(e, '-')
            && self.touches(e)
            && self.touches(e + 1)
            && self.is_any(e + 1, GRADE_KINDS))
            || (self.is_any(e, &["degree", "degrees"]) && self.is_any(e + 1, DEGREE_OF))
    }

    /// A day number followed by a month or "of ...": "30 March 2022", "20 of next month".
    #[inline]
    pub(super) fn day_number(&mut self, i: usize) -> Option<Hit> {
        let (d, e, is_ord) = self.day_at(i)?;
        self.day_expr(i, i, d, e, is_ord)
    }

    /// "21st", "3rd": a date when a month follows, a century before "century", else an ordinal.
    #[inline]
    pub(super) fn ordinal_suffix(&mut self, i: usize) -> Option<Hit> {
        if !self.has_ordinal_suffix(i) {
            return None;
        }
        if let Some((v, _)) = self.small_int(i) {
            return self.ordinal_hit(i, i, v, i + 2);
        }
        let v = self.text_of(i).replace(',', "");
        Some(Hit::new(ValueKind::Ordinal, i, i + 2, Some(v)))
    }

    /// "third", "first of March"; not "second" after a number ("5 second").
    #[inline]
    pub(super) fn ordinal_word(&mut self, i: usize) -> Option<Hit> {
        let Lexeme::Ordinal(v) = self.lex(i) else {
            return None;
        };
        // "5 second", "per second", "a split second": time, not rank ("a second term" is one)
        if v == 2
            && self.is(i, "second")
            && i > 0
            && (self.is_num(i - 1) || self.is_any(i - 1, &["per", "split"]))
        {
            return None;
        }
        if v == 1 && self.first_as_adverb(i) {
            return None;
        }
        // "first-time buyers", "second-hand cars", "a first-class degree", "first degree
        // murder": a kind or a grade, no rank; "first aid", "the first lady": no rank either
        if self.grade_after(i + 1) || (v == 1 && self.is_any(i + 1, &["aid", "lady"])) {
            return Some(Hit::nothing(i));
        }
        // "the First Amendment", "the Second World War", "on Fifth Avenue": an ordinal with a
        // capital inside a sentence, before a capitalized word, opens a name and ranks nothing
        if self.capitalized(i)
            && self.capitalized(i + 1)
            && i > self.floor
            && !matches!(
                self.kind(i - 1),
                Some(TokenKind::Punct(
                    '.' | '!' | '?' | '"' | '“' | '\n' | ':' | '(' | '-' | '—'
                ))
            )
        {
            return Some(Hit::nothing(i));
        }
        self.ordinal_hit(i, i, v, i + 1)
    }

    /// "first" as an adverb, which ranks nothing: "was first reported", "she first ran",
    /// "First, the council will vote", "at first". Not "the first woman", "her first term",
    /// "first of March".
    fn first_as_adverb(&self, i: usize) -> bool {
        if !self.is(i, "first") {
            return false;
        }
        // "First, …", "at first", "first of all"
        if self.punct(i + 1, ',')
            && (i == self.floor
                || i == 0
                || matches!(
                    self.kind(i - 1),
                    Some(TokenKind::Punct(
                        '.' | '!' | '?' | '\n' | ':' | ';' | '"' | '“'
                    ))
                ))
        {
            return true;
        }
        let prev = if i > self.floor && i > 0 {
            Some(i - 1)
        } else {
            None
        };
        if prev.is_some_and(|p| self.is(p, "at")) && !self.is_word(i + 1) {
            return true;
        }
        if self.is(i + 1, "of") && self.is(i + 2, "all") {
            return true;
        }
        // a participle or a verb in the past after it
        let verb_after = self.is_word(i + 1) && !self.capitalized(i + 1) && {
            let w = self.lower(i + 1);
            w.as_str().ends_with("ed") || is_past_verb(w.as_str())
        };
        if !verb_after {
            return false;
        }
        let Some(p) = prev else {
            return false;
        };
        // "was first reported", "had first met"
        if self.is_any(
            p,
            &[
                "was", "were", "is", "are", "be", "been", "being", "had", "has", "have",
            ],
        ) {
            return true;
        }
        // "she first ran", "the museum first opened": after its subject, not after a determiner
        // ("the first elected mayor", "her first published novel")
        self.is_word(p)
            && !self.is_any(
                p,
                &[
                    "the", "a", "an", "its", "her", "his", "their", "our", "my", "your", "this",
                    "that", "whose", "these", "those",
                ],
            )
            // "the world's first", "Britain's first"
            && !(self.is(p, "s") && p > 0 && self.punct(p - 1, '\''))
    }

    /// "twenty-first", "thirty first".
    #[inline]
    pub(super) fn compound_ordinal(&mut self, i: usize) -> Option<Hit> {
        let (v, e) = self.spelled_ordinal(i)?;
        self.ordinal_hit(i, i, v, e)
    }

    /// A four-digit year ("in 2017", "2014 AD"), unless the number counts things.
    #[inline]
    pub(super) fn year(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        if np.words || np.plain_int.is_none() {
            return None;
        }
        // what `year_value` can answer on, first: most numbers are no four-digit year and have
        // no era after them, and the words around them need not be read
        let may_be_year = (np.plain_int == Some(4) && np.within(1000, 2100)) || self.era(np.end).0;
        if !may_be_year {
            return None;
        }
        // "2000-3000 people": a span no pair of years makes ("1990-2010" is read before)
        if self.punct(np.end, '-')
            && let Some((b, 4)) = self.small_int(np.end + 1)
            && np.int().is_some_and(|a| i64::from(b) > a + 100)
        {
            return None;
        }
        if self.counts_things(s, np) || (self.bounds(s) && !self.year_compared(s, np)) {
            return None;
        }
        self.year_value(s, np)
    }

    /// "rose 50% over 2022", "an increase over 2023", "up 12% over 2019 levels": a change
    /// measured over a year compares with that year; the year is no bound on an amount.
    fn year_compared(&self, s: usize, np: &ParsedNumber) -> bool {
        // "inflation was higher than 2023": a level compared with a year's, when no noun
        // follows the year ("higher than 2023 points" bounds an amount)
        if self.is(s - 1, "than") {
            return np.plain_int == Some(4)
                && np.within(1900, 2100)
                && s >= 2
                && self.is_any(s - 2, &["higher", "lower"])
                && (!self.is_word(np.end)
                    || is_function_word(self.lower(np.end).as_str())
                    || self.year_modifies(np));
        }
        if !self.is_any(s - 1, &["over", "above", "below", "under"]) {
            return false;
        }
        np.plain_int == Some(4)
            && np.within(1800, 2100)
            && (self.year_modifies(np)
                // (the word or the percent before "over" may end the value before it: read
                // below the floor, as context only)
                || (s >= 2
                    && (matches!(self.kind(s - 2), Some(TokenKind::Punct('%')))
                        || self.is_any(
                            s - 2,
                            &[
                                "percent",
                                "increase",
                                "increases",
                                "rise",
                                "gain",
                                "gains",
                                "jump",
                                "growth",
                                "decline",
                                "declines",
                                "drop",
                                "decrease",
                                "improvement",
                            ],
                        ))))
    }

    /// "above 1000", "more than 1500", "at least 2000": a bound is on an amount, not a year
    /// ("no later than 2025" is one).
    #[inline]
    fn bounds(&self, s: usize) -> bool {
        if s == 0 || s <= self.floor {
            return false;
        }
        match self.lower(s - 1).as_str() {
            "above" | "below" | "over" | "under" | "exceed" | "exceeds" | "exceeded"
            | "exceeding" | "surpass" | "surpassed" | "surpassing" | "least" | "most" => true,
            "than" => {
                s >= 2
                    && self.is_any(
                        s - 2,
                        &["more", "less", "fewer", "greater", "higher", "lower"],
                    )
            }
            _ => false,
        }
    }

    /// "1500 people": a plural noun follows a four-digit number and no preposition of time
    /// stands before it ("in 2017", "since 1990").
    fn counts_things(&self, s: usize, np: &ParsedNumber) -> bool {
        let j = np.end;
        np.plain_int == Some(4)
            && !(s > 0
                && self.is_any(
                    s - 1,
                    &[
                        "in", "since", "by", "from", "until", "till", "before", "after", "of",
                        "during", "to",
                    ],
                ))
            && self.is_word(j)
            && !self.capitalized(j)
            && {
                let w = self.lower(j);
                let w = w.as_str();
                (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
                    || matches!(
                        w,
                        "people"
                            | "children"
                            | "men"
                            | "women"
                            | "police"
                            | "staff"
                            | "personnel"
                            | "cattle"
                            | "sheep"
                            | "feet"
                            | "teeth"
                            | "mice"
                            | "geese"
                    )
            }
            && self.noun_phrase(j).is_some()
            && !self.year_modifies(np)
    }
}

impl Scanner<'_> {
    /// "1990 levels", "2010 prices", "the 2016 elections": a year before a plural noun that a
    /// year qualifies (a level, a price or a figure of that year, an event held in it) is a date,
    /// not a count of those things ("1500 elections" is rare; "1990 levels" is common).
    #[inline]
    pub(super) fn year_modifies(&self, np: &ParsedNumber) -> bool {
        np.plain_int == Some(4) && np.within(1800, 2100) && self.is_any(np.end, YEAR_NOUNS)
    }
}

/// What an ordinal glued to it by a hyphen makes a kind or a grade of, not a rank: "first-time",
/// "second-hand", "first-class", "third-rate", "third-party", "1st-degree", "first-person",
/// "third-world".
const GRADE_KINDS: &[&str] = &[
    "time", "hand", "class", "rate", "party", "degree", "person", "world",
];

/// What "first degree", "second degree" grade: crimes and injuries.
const DEGREE_OF: &[&str] = &[
    "murder",
    "manslaughter",
    "homicide",
    "assault",
    "burglary",
    "robbery",
    "arson",
    "felony",
    "misdemeanor",
    "rape",
    "sexual",
    "criminal",
    "theft",
    "kidnapping",
    "burn",
    "burns",
];

/// Plural nouns that a year before them qualifies: what is measured in a year's terms and what
/// is held in a year.
pub(super) const YEAR_NOUNS: &[&str] = &[
    "levels",
    "prices",
    "figures",
    "terms",
    "values",
    "rates",
    "standards",
    "estimates",
    "projections",
    "forecasts",
    "budgets",
    "accounts",
    "results",
    "elections",
    "midterms",
    "primaries",
    "olympics",
    "games",
    "playoffs",
    "finals",
    "championships",
    "floods",
    "riots",
    "protests",
    "attacks",
    "bombings",
    "wildfires",
    "fires",
    "talks",
    "accords",
    "negotiations",
];

impl<'a> Scanner<'a> {
    /// "on June 27 and 28", "May 3 and 4": a day of the month right after "and" that follows a
    /// date of a day, later in the same month, is a date of that month too. Not before a word
    /// that could be counted ("June 27 and 28 people"): only at the end of the clause or before
    /// a function word ("June 27 and 28 in Brussels").
    #[inline]
    pub(super) fn day_after_and(&self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        if s < 2
            || np.plain_int.is_none()
            || np.end != s + 1
            || !self.is(s - 1, "and")
            || self.last_out_end() != Some(self.tokens[s - 2].end())
        {
            return None;
        }
        let last = self.out.last()?;
        if last.kind != ValueKind::Date {
            return None;
        }
        let v = last.value.as_deref().filter(|v| v.len() == 10)?;
        let first = parse_ymd(v)?;
        let d = u32::try_from(np.int()?).ok()?;
        if d <= first.day() || d > days_in_month(first.year(), first.month()) {
            return None;
        }
        let ends = match self.kind(np.end) {
            None => true,
            Some(TokenKind::Punct(c)) => matches!(c, ',' | '.' | ';' | ')' | '!' | '?' | '\n'),
            Some(TokenKind::Word) => {
                is_function_word(self.lower(np.end).as_str())
                    && !self.is_any(
                        np.end,
                        &[
                            "of", "per", "percent", "more", "less", "other", "others", "minus",
                            "plus",
                        ],
                    )
            }
            _ => false,
        };
        if !ends {
            return None;
        }
        let date = ymd(first.year(), first.month(), d)?;
        Some(Hit::date(s, np.end, Some((date, Grain::Day))))
    }
}
