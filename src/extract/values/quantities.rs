//! Quantities, counts and ages: what follows a number (a unit, a noun phrase) or stands around it ("Mary, 77,").

use super::*;

impl<'a> Scanner<'a> {
    /// Token `k` (a word or a number) is joined by a hyphen, with no space, to the word after it
    /// ("low-income", "15-game").
    #[inline]
    pub(super) fn hyphen_joins(&self, k: usize) -> bool {
        self.punct(k + 1, '-') && self.touches(k + 1) && self.touches(k + 2) && self.is_word(k + 2)
    }

    /// Word `k` has no lexeme of a value, or is "teens" (a noun of people as well as an age by
    /// decade: "three teens were arrested").
    #[inline]
    fn noun_word(&self, k: usize) -> bool {
        match self.lex(k) {
            Lexeme::None => true,
            Lexeme::Trigger(Trigger::DecadeWord) => self.is(k, "teens"),
            _ => false,
        }
    }

    #[inline]
    pub(super) fn noun_phrase(&self, j: usize) -> Option<usize> {
        let mut k = j;
        for step in 0..3 {
            // words joined by hyphens modify the noun after them as one: "low-income families",
            // "first-time buyers", "full-time staff", "stay-at-home parents" (what they are made
            // of may be value words)
            if step < 2 && self.is_word(k) && self.hyphen_joins(k) {
                let mut m = k + 2;
                while self.hyphen_joins(m) {
                    m += 2;
                }
                let l2 = self.lower(m + 1);
                let noun_after = self.is_word(m + 1)
                    && self.noun_word(m + 1)
                    && !l2.as_str().is_empty()
                    && !is_function_word(l2.as_str());
                if !noun_after {
                    return None;
                }
                k = m + 1;
                continue;
            }
            // known value words (units, months, numbers, triggers) are not nouns here
            if !self.is_word(k) || !self.noun_word(k) {
                return None;
            }
            let lc = self.lower(k);
            let w = lc.as_str();
            if w.is_empty() || is_function_word(w) {
                return None;
            }
            // the word after is read only for a word that may modify it
            let adjectival = self.capitalized(k) || is_adjective_like(w);
            let next_is_word = || {
                self.is_word(k + 1) && {
                    let l2 = self.lower(k + 1);
                    let w2 = l2.as_str();
                    !w2.is_empty()
                        && !is_function_word(w2)
                        && self.noun_word(k + 1)
                        && (!w2.ends_with("ed") || is_adjective_like(w))
                }
            };
            // a plural name is the head before a word that is no plural noun: "40 million
            // Americans receive food" counts Americans ("20 Texas towns" goes on)
            if self.capitalized(k)
                && w.len() > 3
                && w.ends_with('s')
                // "Texas", "Honduras", "Cyprus", "Barbados" are no plurals: "20 Texas oil fields"
                && !w.ends_with("ss")
                && !w.ends_with("as")
                && !w.ends_with("us")
                && !w.ends_with("os")
                && self.is_word(k + 1)
                && !self.capitalized(k + 1)
                && !self.lower(k + 1).as_str().ends_with('s')
            {
                return Some(k + 1);
            }
            if adjectival && step < 2 && next_is_word() {
                k += 1;
                continue;
            }
            if self.capitalized(k) && !w.ends_with('s') {
                return None;
            }
            if w.ends_with("ed") || w.ends_with("ly") || w.len() < 2 {
                return None;
            }
            // a noun that modifies a plural noun after it: "2,000 steel workers", "300 car
            // plants", "20 Texas oil fields", "60,000 minibus owners", "40 business leaders"
            // (a singular in "-us" or "-ss")
            if step < 2
                && (!w.ends_with('s') || w.ends_with("us") || w.ends_with("ss"))
                && self.plural_noun_at(k + 1)
            {
                return Some(k + 2);
            }
            // an adverb of time or place is no head ("rose to 312 late on Tuesday", "reached 90
            // overnight"; "five late payments" is one above)
            if matches!(w, "late" | "overnight" | "afterwards" | "abroad") {
                return None;
            }
            return Some(k + 1);
        }
        None
    }

    /// A lowercase word that reads as a plural noun: "workers", "plants", not "says" or "is".
    pub(super) fn plural_noun_at(&self, k: usize) -> bool {
        if !self.is_word(k) || self.capitalized(k) || !self.noun_word(k) {
            return false;
        }
        let lc = self.lower(k);
        let w = lc.as_str();
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && !is_function_word(w)
            && !matches!(
                w,
                "says" | "does" | "goes" | "has" | "was" | "seems" | "remains"
            )
    }

    #[inline]
    pub(super) fn age_apposition(&self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        if s < 2 || !np.is_int() || !np.within(1, 120) {
            return None;
        }
        let j = np.end;
        let name_before = |k: usize| {
            self.capitalized(k)
                && matches!(self.lex(k), Lexeme::None)
                && !is_function_word(self.lower(k).as_str())
        };
        // the comma before the number, or before "now" and the number ("Smith, now 71,")
        let c = if s >= 3 && self.is(s - 1, "now") {
            s - 2
        } else {
            s - 1
        };
        if self.punct(c, ',') && name_before(c - 1) && (self.punct(j, ',') || self.closes(j)) {
            return Some(Hit::new(ValueKind::Age, s, j, Some(np.normalized())));
        }
        // "The defendant, 29, denied …", "a man, 34, was arrested", "his wife, 52,": a person
        // named by a noun after a determiner, the number set off by commas on both sides
        if c >= 2
            && self.punct(c, ',')
            && self.punct(j, ',')
            && self.is_any(c - 2, &["the", "a", "an", "his", "her", "their"])
            && self.is_any(c - 1, PERSON_NOUNS)
        {
            return Some(Hit::new(ValueKind::Age, s, j, Some(np.normalized())));
        }
        if self.punct(s - 1, '(') && self.punct(j, ')') && name_before(s - 2) {
            return Some(Hit::new(ValueKind::Age, s, j, Some(np.normalized())));
        }
        None
    }

    /// Two ages sharing one "-year-old": "18- to 24-year-olds", "18-to-24-year-olds", "30- and
    /// 40-year-olds" give `18/24`, `30/40`.
    fn age_range_suspended(&self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let mut k = np.end;
        if self.punct(k, '-') && self.touches(k) {
            k += 1;
        }
        if !self.is_any(k, &["to", "and", "or"]) || !np.is_int() {
            return None;
        }
        k += 1;
        // "18-to-24-year-olds"
        if self.punct(k, '-') && self.touches(k) {
            k += 1;
        }
        if !self.is_num(k) {
            return None;
        }
        let second = self.number_at(k, false)?;
        if !second.is_int() || second.value <= np.value || second.value > Decimal::from(130) {
            return None;
        }
        let mut e = second.end;
        if self.punct(e, '-') {
            e += 1;
        }
        if !self.is_any(e, &["year", "years"]) {
            return None;
        }
        e += 1;
        if self.punct(e, '-') {
            e += 1;
        }
        if !self.is_any(e, &["old", "olds"]) {
            return None;
        }
        let v = [np.normalized(), "/".into(), second.normalized()].concat();
        Some(Hit::new(ValueKind::Age, s, e + 1, Some(v)))
    }

    #[inline]
    pub(super) fn age_suffix(&self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        if let Some(h) = self.age_range_suspended(s, np) {
            return Some(h);
        }
        let mut j = np.end;
        if self.punct(j, '-') {
            j += 1;
        }
        let unit = match self.lex(j) {
            Lexeme::TimeUnit(
                u @ (TimeUnit::Year | TimeUnit::Month | TimeUnit::Week | TimeUnit::Day),
            ) => u,
            _ => return None,
        };
        let mut k = j + 1;
        if self.punct(k, '-') {
            k += 1;
        }
        if !self.is_any(k, &["old", "olds"]) {
            // "80 years of age"
            if unit == TimeUnit::Year && self.is(k, "of") && self.is(k + 1, "age") {
                return Some(
                    Hit::new(ValueKind::Age, s, k + 2, Some(np.normalized())).with_mod(np.modifier),
                );
            }
            return None;
        }
        if unit == TimeUnit::Year {
            Some(Hit::new(ValueKind::Age, s, k + 1, Some(np.normalized())).with_mod(np.modifier))
        } else {
            let iso = iso_duration(&[(np.value, unit)]);
            Some(Hit::new(ValueKind::Duration, s, k + 1, iso).with_mod(np.modifier))
        }
    }

    #[inline]
    pub(super) fn measure_unit_at(&self, j: usize) -> Option<(&'static str, usize)> {
        let mut j = j;
        if self.punct(j, '-') && self.touches(j) && self.touches(j + 1) {
            j += 1;
        }
        if self.is(j, "magnitude") {
            return Some(("magnitude", j + 1));
        }
        if self.is_any(j, &["metric", "short"]) && self.is_any(j + 1, &["ton", "tons", "tonnes"]) {
            j += 1;
        }
        // square and cubic units
        if self.is(j, "cubic") {
            let Lexeme::Measure(u) = self.lex(j + 1) else {
                return None;
            };
            return match u.sym() {
                "km" => Some(("km3", j + 2)),
                "m" => Some(("m3", j + 2)),
                "ft" => Some(("ft3", j + 2)),
                _ => None,
            };
        }
        if self.is_any(j, &["square", "sq"]) {
            let k = if self.punct(j + 1, '.') { j + 2 } else { j + 1 };
            let Lexeme::Measure(u) = self.lex(k) else {
                return None;
            };
            return match u.sym() {
                "km" => Some(("km2", k + 1)),
                "m" => Some(("m2", k + 1)),
                "mi" => Some(("mi2", k + 1)),
                "ft" => Some(("ft2", k + 1)),
                _ => None,
            };
        }
        if self.punct(j, '°') {
            if self.touches(j + 1) && self.is(j + 1, "c") {
                return Some(("°C", j + 2));
            }
            if self.touches(j + 1) && self.is(j + 1, "f") {
                return Some(("°F", j + 2));
            }
            return Some(("°", j + 1));
        }
        if self.is_any(j, &["degree", "degrees"]) {
            if self.is_any(j + 1, &["celsius", "centigrade", "c"]) {
                return Some(("°C", j + 2));
            }
            if self.is_any(j + 1, &["fahrenheit", "f"]) {
                return Some(("°F", j + 2));
            }
            return Some(("°", j + 1));
        }
        // "40 Celsius", "101 Fahrenheit": the scale without "degrees"
        if self.is_any(j, &["celsius", "centigrade"]) {
            return Some(("°C", j + 1));
        }
        if self.is(j, "fahrenheit") {
            return Some(("°F", j + 1));
        }
        // "45C", "113F": a capital C or F glued to the number
        if self.touches(j)
            && matches!(self.text_of(j), "C" | "F")
            && !self.glued_after(j)
            && !self.punct(j + 1, '.')
        {
            return Some((if self.is(j, "c") { "°C" } else { "°F" }, j + 1));
        }
        // "16 stone", "9st": the British weight (a glued "st" that is no ordinal suffix, which the
        // ordinal rule before this one reads); "4in": inches glued to the number
        if self.is(j, "stone") || (self.touches(j) && self.is(j, "st") && !self.glued_after(j)) {
            return Some(("st", j + 1));
        }
        if self.touches(j) && self.is(j, "in") && !self.glued_after(j) {
            return Some(("in", j + 1));
        }
        // "4.2 light-years", "1.3 astronomical units"
        if self.is(j, "light") {
            let k = if self.punct(j + 1, '-') { j + 2 } else { j + 1 };
            if self.is_any(k, &["year", "years"]) {
                return Some(("ly", k + 1));
            }
        }
        if self.is(j, "astronomical") && self.is_any(j + 1, &["unit", "units"]) {
            return Some(("au", j + 2));
        }
        let Lexeme::Measure(unit) = self.lex(j) else {
            return None;
        };
        let sym = unit.sym();
        let w = self.text_of(j);
        // single letters only in lower case and only right after the number or with a space
        if w.len() == 1 && !w.as_bytes()[0].is_ascii_lowercase() {
            return None;
        }
        if w.len() == 1
            && self.touches(j + 1)
            && matches!(self.kind(j + 1), Some(TokenKind::Word | TokenKind::Number))
        {
            return None;
        }
        if w.len() == 1
            && self.punct(j + 1, '.')
            && self.touches(j + 1)
            && self.is_word(j + 2)
            && self.touches(j + 2)
        {
            // "5 p.m." style abbreviations
            return None;
        }
        let e = j + 1;
        // km/h, m/s, "miles per hour", "kilometres an hour"
        if self.punct(e, '/') && self.touches(e) && self.touches(e + 1) {
            if self.is_any(e + 1, &["h", "hr"]) {
                return Some((
                    match sym {
                        "mi" => "mph",
                        "m" => "m/h",
                        _ => "km/h",
                    },
                    e + 2,
                ));
            }
            if self.is(e + 1, "s") && sym == "m" {
                return Some(("m/s", e + 2));
            }
        }
        if matches!(sym, "mi" | "km" | "m")
            && self.is_any(e, &["per", "an", "a"])
            && self.is_any(e + 1, &["hour", "h"])
        {
            return Some((
                match sym {
                    "mi" => "mph",
                    "km" => "km/h",
                    _ => "m/h",
                },
                e + 2,
            ));
        }
        if let Some(r) = self.power_hours(sym, j) {
            return Some(r);
        }
        Some((sym, e))
    }

    /// "kilowatt-hour", "megawatt-hours": a unit of power at token `j` (symbol `sym`) with
    /// "-hour" glued after it is the unit of energy, `kWh`, and the token after it.
    #[inline]
    pub(super) fn power_hours(&self, sym: &str, j: usize) -> Option<(&'static str, usize)> {
        let energy = match sym {
            "kW" => "kWh",
            "MW" => "MWh",
            "GW" => "GWh",
            _ => return None,
        };
        (self.punct(j + 1, '-')
            && self.touches(j + 1)
            && self.touches(j + 2)
            && self.is_any(j + 2, &["hour", "hours"]))
        .then_some((energy, j + 3))
    }

    /// "aged 80", "age 45", "the age of 80", "aged 80 years old".
    #[inline]
    pub(super) fn aged(&mut self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        if self.is_any(i, &["age", "ages"]) && self.is(j, "of") {
            j += 1;
        }
        // "aged just 12", "aged only 19"
        if self.is(i, "aged") && self.is_any(j, &["just", "only"]) {
            j += 1;
        }
        // "aged between 18 and 24"
        let between = self.is(j, "between");
        if between {
            j += 1;
        }
        let np = self.number_at(j, false)?;
        if !np.is_int() || np.value > Decimal::from(130) || np.plain_int.is_some_and(|d| d > 3) {
            return None;
        }
        if self.measure_unit_at(np.end).is_some()
            || self.duration_at(np.end, &np).is_some() && !self.is_any(np.end, &["years", "year"])
        {
            return None;
        }
        // "aged 18 and over"
        if let Some(h) = self.age_and_older(j, &np) {
            let mut h = h;
            h.start = i;
            return Some(h);
        }
        // "aged 18-24", "aged 65 to 74", "ages 5 to 11", "between the ages of 18 and 24": the
        // ages from one to the other
        if let Some(h) = self.age_range(i, &np, between) {
            return Some(h);
        }
        if between || self.is(i, "ages") {
            return None;
        }
        // "aged 80 years"
        let e = self.years_old_end(np.end);
        Some(Hit::new(ValueKind::Age, i, e, Some(np.normalized())).with_mod(np.modifier))
    }

    /// The end of an age whose number ends at `e`, with its "years", "years old" or "years of
    /// age" ("10 years ago" is no age).
    pub(super) fn years_old_end(&self, e: usize) -> usize {
        if !self.is_any(e, &["years", "year"]) || self.is(e + 1, "ago") {
            return e;
        }
        if self.is(e + 1, "old") {
            e + 2
        } else if self.is(e + 1, "of") && self.is(e + 2, "age") {
            e + 3
        } else {
            e + 1
        }
    }

    /// The second end of a range of ages after "aged"/"ages" at `i` and its first age `np`:
    /// "aged 18-24", "aged 65 to 74 years", "between the ages of 18 and 24". The second age must
    /// be a whole number above the first.
    fn age_range(&mut self, i: usize, np: &ParsedNumber, between: bool) -> Option<Hit> {
        let j = np.end;
        let the_ages =
            i >= 2 && self.is(i - 1, "the") && self.is(i - 2, "between") && i - 2 >= self.floor;
        let and = self.is(j, "and") && (between || the_ages);
        let joined = (self.punct(j, '-') && self.touches(j) == self.touches(j + 1))
            || (self.is(j, "to") && !between)
            || and;
        if !joined {
            return None;
        }
        let second = self.number_at(j + 1, false)?;
        if !second.is_int() || second.value <= np.value || second.value > Decimal::from(130) {
            return None;
        }
        let e = self.years_old_end(second.end);
        let start = if and && the_ages { i - 2 } else { i };
        let v = [np.normalized(), "/".into(), second.normalized()].concat();
        Some(Hit::new(ValueKind::Age, start, e, Some(v)))
    }

    /// "aged 19, 23 and 31": a whole number listed right after an age (after a comma or "and")
    /// is an age too, when nothing is counted after it ("aged 19 and 23 others" is not).
    #[inline]
    pub(super) fn age_list(&self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        // the last value an age: one load, which most numbers fail
        if self.out.last().is_none_or(|v| v.kind != ValueKind::Age)
            || s < 2
            || np.plain_int.is_none()
            || np.end != s + 1
            || !np.within(1, 130)
            || !(self.punct(s - 1, ',') || self.is(s - 1, "and"))
            || self.last_out_end() != Some(self.tokens[s - 2].end())
        {
            return None;
        }
        let ends = match self.kind(np.end) {
            None => true,
            Some(TokenKind::Punct(c)) => matches!(c, ',' | '.' | ';' | ')' | '!' | '?' | '\n'),
            Some(TokenKind::Word) => {
                self.is_any(
                    np.end,
                    &["and", "or", "were", "are", "was", "is", "respectively"],
                ) || self.is_any(np.end, &["years", "year"]) && !self.is(np.end + 1, "ago")
            }
            _ => false,
        };
        if !ends {
            return None;
        }
        let e = self.years_old_end(np.end);
        Some(Hit::new(ValueKind::Age, s, e, Some(np.normalized())))
    }

    /// "12%", "12 percent", "12 pct", "12 per cent".
    #[inline]
    pub(super) fn percent(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let j = np.end;
        let e = if self.punct(j, '%') || self.is_any(j, &["percent", "pct"]) {
            j + 1
        } else if self.is(j, "per") && self.is(j + 1, "cent") {
            j + 2
        } else {
            return None;
        };
        Some(Hit::new(ValueKind::Percent, s, e, Some(np.normalized())).with_mod(np.modifier))
    }

    /// "400 km", "5 degrees Celsius", "3 square miles".
    #[inline]
    pub(super) fn quantity(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let (sym, e) = self.measure_unit_at(np.end)?;
        // "6ft 4in" `76 in`, "11st 4lb" `158 lb`: feet and inches, stones and pounds, as one
        if let Some((small, per)) = match sym {
            "ft" => Some(("in", 12)),
            "st" => Some(("lb", 14)),
            _ => None,
        } && self.is_num(e)
            && let Some(rest) = self.number_at(e, false)
            && rest.modifier.is_none()
            && rest.value < Decimal::from(per)
            && let Some((sym2, e2)) = self.measure_unit_at(rest.end)
            && sym2 == small
        {
            let mut v = format_number(np.value * Decimal::from(per) + rest.value);
            v.push(' ');
            v.push_str(small);
            return Some(Hit::new(ValueKind::Quantity, s, e2, Some(v)).with_mod(np.modifier));
        }
        // "a 6-foot-4 guard", "is 6 foot 2": a height in feet and a whole number of inches
        // without their unit
        let k = if self.punct(e, '-') && self.touches(e) && self.touches(e + 1) {
            e + 1
        } else {
            e
        };
        if sym == "ft"
            && np.is_int()
            && self.is_num(k)
            && self.is_any(e - 1, &["foot", "feet", "ft"])
            && let Some(rest) = self.number_at(k, false)
            && rest.end == k + 1
            && rest.is_int()
            && rest.modifier.is_none()
            && rest.value < Decimal::from(12)
            && !self.glued_after(k)
            && !self.punct(k + 1, '%')
            && (k > e || self.noun_phrase(k + 1).is_none())
            && let Some(end) = match self.measure_unit_at(k + 1) {
                None if !self.punct(k + 1, '-') => Some(k + 1),
                Some(("in", e2)) => Some(e2),
                _ => None,
            }
        {
            let mut v = format_number(np.value * Decimal::from(12) + rest.value);
            v.push_str(" in");
            return Some(Hit::new(ValueKind::Quantity, s, end, Some(v)).with_mod(np.modifier));
        }
        let val = np.normalized_with_unit(sym);
        let kind = if sym.starts_with('°') {
            ValueKind::Temperature
        } else {
            ValueKind::Quantity
        };
        Some(Hit::new(kind, s, e, Some(val)).with_mod(np.modifier))
    }

    /// "the 10k race", "a 5K run": a race's distance in kilometres, as runners write it, not
    /// thousands; only before a word of racing, since "a 10k bonus" is money's shorthand.
    #[inline]
    pub(super) fn race_distance(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let e = np.end;
        if e != s + 2
            || !self.is_num(s)
            || !self.is_any(e - 1, &["k"])
            || !self.touches(e - 1)
            || !self.is_any(e, &["race", "races", "run", "runs", "road", "fun"])
            || (self.is_any(e, &["road", "fun"]) && !self.is_any(e + 1, &["race", "run"]))
        {
            return None;
        }
        let km = np.value / Decimal::from(1000);
        Some(
            Hit::new(
                ValueKind::Quantity,
                s,
                e,
                Some(format!("{} km", format_number(km))),
            )
            .with_mod(np.modifier),
        )
    }

    /// "one" as a pronoun ("one of the crew", "no one") is not a value.
    #[inline]
    pub(super) fn pronoun_one(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        if !(np.words && np.end == s + 1 && self.is(s, "one")) {
            return None;
        }
        let prev_det = s > 0
            && self.is_any(
                s - 1,
                &[
                    "no", "any", "every", "each", "the", "this", "that", "which", "only",
                    "someone", "anyone", "everyone", "no-one",
                ],
            );
        if prev_det || self.is_any(s + 1, &["of", "another", "who", "that", "which"]) {
            return Some(Hit::nothing(s));
        }
        None
    }

    /// A number followed by a noun phrase: "two Russian cosmonauts", "a couple of days".
    /// Digit integers longer than six digits are ids, not counts.
    #[inline]
    pub(super) fn count(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        if np.plain_int.is_some_and(|d| d > 6) {
            return None;
        }
        let j = np.end;
        // the second number of a score or a vote ("a 2-0 lead", "a 1-1 draw", "a 5-4 ruling",
        // "a 1-2 defeat", "a 2-3 vote") counts none of the noun after it: the second is not
        // above the first, or the pair, after an article, is followed by a singular noun (a
        // range counts a plural: "3-4 people", "the 20-30 people")
        if s >= 2
            && self.punct(s - 1, '-')
            && self.touches(s)
            && self.touches(s - 1)
            && let Some((a, _)) = self.small_int(s - 2)
            && let Some(b) = np.int()
            && (i64::from(a) >= b
                || (b > 1
                    && s >= 3
                    && self.is_any(s - 3, &["a", "an", "the"])
                    && self.singular_noun(j)))
        {
            return None;
        }
        // "a one-time bonus", "a one-off payment": no count
        if np.words
            && self.hyphen_joins(j - 1)
            && self.is_any(j + 1, &["time", "off"])
            && self.is(s, "one")
        {
            return Some(Hit::silent(s, j + 2));
        }
        // "a 15-game losing streak", "a 12-member jury", "a 2,000-strong crowd": the number
        // joined to a word that modifies the noun after it counts what that word names
        if self.hyphen_joins(j - 1)
            && !self.capitalized(j + 1)
            && matches!(self.lex(j + 1), Lexeme::None)
            && !self.touches(j + 2)
            && self.is_word(j + 2)
            && !self.is_num(j + 2)
        {
            let lc = self.lower(j + 1);
            let w = lc.as_str();
            if w.len() > 2
                && !w.ends_with('s')
                && !is_function_word(w)
                && !matches!(w, "something" | "odd" | "plus" | "ish")
            {
                return Some(
                    Hit::new(ValueKind::Count, s, j + 2, Some(np.normalized()))
                        .with_mod(np.modifier),
                );
            }
            return None;
        }
        let k = if np.frac && self.is(j, "of") {
            j + 1
        } else {
            j
        };
        // "a father of two", "a grandmother of five": children counted, the noun left out
        if s >= 2
            && self.is(s - 1, "of")
            && self.is_any(
                s - 2,
                &[
                    "father",
                    "mother",
                    "parent",
                    "grandfather",
                    "grandmother",
                    "grandparent",
                    "dad",
                    "mom",
                    "mum",
                ],
            )
            && self.noun_phrase(k).is_none()
        {
            return Some(Hit::new(ValueKind::Count, s, j, Some(np.normalized())));
        }
        let e = self.noun_phrase(k)?;
        if self.forecast_by(s, e) {
            return None;
        }
        // "nearly three Oregon residents in 10", "one adult in every four": a share
        if e - k <= 3
            && self.is(e, "in")
            && let Some(h) = self.share_from(s, np, e, true)
        {
            return Some(h);
        }
        Some(Hit::new(ValueKind::Count, s, e, Some(np.normalized())).with_mod(np.modifier))
    }

    /// Token `j` is a lowercase word that is no plural ("defeat", "vote", "loss", "win").
    #[inline]
    fn singular_noun(&self, j: usize) -> bool {
        if !self.is_word(j) || self.capitalized(j) {
            return false;
        }
        let w = self.lower(j);
        let w = w.as_str();
        !is_function_word(w)
            && !matches!(
                w,
                "people" | "children" | "men" | "women" | "police" | "staff" | "cattle" | "feet"
            )
            && (!w.ends_with('s') || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is"))
    }

    /// "below the 240,000 economists had expected", "than the 0.5 analysts forecast": the number
    /// is what they expected, not how many of them there are. The noun must be one who forecasts,
    /// followed by a verb of expecting, either in the pluperfect ("had expected") or after a word
    /// of comparison before the number ("beat the 200,000 economists expected"); "The 30 economists
    /// surveyed expected a cut" stays a count.
    #[inline]
    fn forecast_by(&self, s: usize, e: usize) -> bool {
        if e != s + 2
            || !self.is_any(
                e - 1,
                &[
                    "economists",
                    "analysts",
                    "forecasters",
                    "strategists",
                    "experts",
                    "traders",
                    "markets",
                    "investors",
                ],
            )
        {
            return false;
        }
        const EXPECT: &[&str] = &[
            "expected",
            "forecast",
            "forecasted",
            "predicted",
            "anticipated",
            "projected",
            "estimated",
            "expecting",
            "forecasting",
            "predicting",
        ];
        if self.is_any(e, &["had", "have", "were", "are", "was"]) && self.is_any(e + 1, EXPECT) {
            return true;
        }
        if !self.is_any(e, EXPECT) || s == 0 {
            return false;
        }
        let b = if self.is(s - 1, "the") && s >= 2 {
            s - 2
        } else {
            s - 1
        };
        self.is_any(
            b,
            &[
                "than",
                "below",
                "above",
                "beat",
                "beating",
                "missed",
                "missing",
                "topped",
                "topping",
                "exceeded",
                "exceeding",
                "versus",
                "vs",
                "against",
                "with",
                "of",
            ],
        )
    }

    /// Whatever is left: a plain number.
    #[inline]
    pub(super) fn plain_number(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        Some(Hit::new(ValueKind::Number, s, np.end, Some(np.normalized())).with_mod(np.modifier))
    }
}

/// Nouns for one person, which an age may follow in apposition ("The defendant, 29,").
const PERSON_NOUNS: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "teenager",
    "victim",
    "defendant",
    "suspect",
    "accused",
    "driver",
    "pilot",
    "passenger",
    "patient",
    "pensioner",
    "officer",
    "soldier",
    "student",
    "worker",
    "resident",
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "grandmother",
    "grandfather",
    "partner",
    "girlfriend",
    "boyfriend",
    "widow",
    "widower",
    "singer",
    "actor",
    "actress",
    "player",
    "striker",
    "goalkeeper",
    "owner",
    "nurse",
    "doctor",
    "teacher",
    "writer",
    "author",
    "novelist",
    "poet",
    "artist",
    "painter",
    "musician",
    "composer",
    "director",
    "star",
    "founder",
    "businessman",
    "businesswoman",
    "politician",
    "farmer",
    "lawyer",
    "footballer",
    "athlete",
    "coach",
    "manager",
    "boxer",
    "rider",
    "jockey",
    "cyclist",
    "mum",
    "dad",
    "child",
    "pupil",
    "president",
    "minister",
    "senator",
    "governor",
    "mayor",
    "leader",
    "chairman",
    "chairwoman",
    "king",
    "queen",
    "pope",
];
