//! Ratios and fractions ("4 1/2 times", "one-third", "half of", "tripled", "more than twice",
//! "tenfold"), percentage points, and rates ("$95 a year", "per capita").
//!
//! A ratio's value is the factor as a decimal: "4 1/2 times" → `4.5`, "two-thirds" → `0.666667`
//! (a quotient that does not end is cut at six decimals), "halved" → `0.5`. Percentage points
//! are a quantity in `pp` ("1.5 percentage points" → `1.5 pp`), never a percent. A rate keeps
//! its value and adds the unit it is per: "$95 a year" → `USD 95/year`, "$65,000 per capita" →
//! `USD 65000/capita`.

use super::*;

/// The nouns a rate's population is counted in: "45 cases per 100,000 people".
const POPULATIONS: &[&str] = &[
    "people",
    "persons",
    "population",
    "residents",
    "inhabitants",
    "adults",
    "children",
    "women",
    "men",
    "births",
    "patients",
    "pupils",
    "students",
    "workers",
    "employees",
    "households",
];

/// Words of a change before "from" or "to" and the level it starts or ends at: "up from a
/// quarter", "fell to a fifth".
const CHANGE_WORDS: &[&str] = &[
    "up",
    "down",
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
    "dropped",
    "drop",
    "drops",
    "climbed",
    "grew",
    "grown",
    "increased",
    "decreased",
    "declined",
    "jumped",
    "slipped",
    "edged",
    "shrank",
    "doubled",
    "halved",
];

/// Verbs a share takes as their subject ("half were children", "a third said").
const SHARE_VERBS: &[&str] = &[
    "were",
    "are",
    "was",
    "is",
    "have",
    "has",
    "had",
    "said",
    "say",
    "says",
    "reported",
    "voted",
    "died",
    "lived",
    "live",
    "support",
    "supported",
    "oppose",
    "opposed",
    "believe",
    "believed",
    "agreed",
    "agree",
    "expect",
    "expected",
    "plan",
    "planned",
    "came",
    "come",
    "went",
];

/// The denominator a fraction word names: "third" 3, "quarters" 4, "half" 2.
pub(super) fn fraction_denominator(w: &str) -> Option<u32> {
    Some(match w.trim_end_matches('s') {
        "half" | "halve" => 2,
        "third" => 3,
        "quarter" | "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "hundredth" => 100,
        _ => return None,
    })
}

impl<'a> Scanner<'a> {
    #[inline]
    fn ratio_hit(&self, s: usize, e: usize, v: Decimal, m: Option<Modifier>) -> Hit {
        Hit::new(ValueKind::Ratio, s, e, Some(format_number(v))).with_mod(m)
    }

    /// "one-third", "two thirds", "three-quarters of": a fraction written in words.
    #[inline]
    pub(super) fn fraction_words(&mut self, i: usize) -> Option<Hit> {
        let Lexeme::Cardinal(n) = self.lex(i) else {
            return None;
        };
        if !(1..=9).contains(&n) {
            return None;
        }
        let mut j = i + 1;
        let hyphen = self.punct(j, '-') && self.touches(j) && self.touches(j + 1);
        if hyphen {
            j += 1;
        }
        let w = self.lower(j);
        let d = fraction_denominator(w.as_str())?;
        // "one second", "two quarters" of a year: time, not a fraction; "three fifths" closing
        // a clause is one
        let closes =
            !self.is_word(j + 1) && !self.is_num(j + 1) && d != 4 && w.as_str() != "second";
        if !hyphen && !self.is(j + 1, "of") && !closes {
            return None;
        }
        // "three quarters of an hour" is a duration
        if self.is(j + 1, "of") {
            let k = if self.is_any(j + 2, &["a", "an", "the"]) {
                j + 3
            } else {
                j + 2
            };
            if self.time_unit_at(k).is_some() {
                return None;
            }
        }
        if n >= d || (n > 1 && !w.as_str().ends_with('s')) || d == 2 && n == 1 && !hyphen {
            return None;
        }
        // "three-quarters of a million": an amount, read as a number
        if self.fraction_of_scale(n, j).is_some() {
            return None;
        }
        Some(self.ratio_hit(i, j + 1, Decimal::from(n) / Decimal::from(d), None))
    }

    /// "a third of", "a quarter of", "half of", "half the": a fraction of something.
    #[inline]
    pub(super) fn article_fraction(&mut self, i: usize) -> Option<Hit> {
        // "½ of the ballots": a lone vulgar fraction of one part read as the word is
        let (j, d) = if self.is(i, "half") {
            (i, 2)
        } else if let Some((1, d)) = self.vulgar_at(i) {
            (i, d)
        } else if self.vulgar_at(i).is_some() {
            return None;
        } else {
            let w = self.lower(i + 1);
            let d = fraction_denominator(w.as_str())?;
            // "a fifth", "a hundredth", "a half" standing alone: the fraction ("a quarter" and
            // "a second" standing alone are time; "and a half" belongs to the number before)
            // "A third, Vincent DeLuca, is …", "A third is still at large": opening the
            // sentence before a comma or a verb in the singular, one more of those just
            // counted ("two developers … A third"), not a share
            let opens = i == self.floor || self.sentence_end(i - 1);
            let one_more =
                opens && (self.punct(i + 2, ',') || self.is_any(i + 2, &["is", "was", "has"]));
            if one_more {
                return None;
            }
            if self.closes(i + 2)
                && !self.punct(i + 2, '-')
                && !w.as_str().ends_with('s')
                && d != 4
                && w.as_str() != "second"
                && !(i > self.floor && self.is(i - 1, "and"))
            {
                return Some(self.ratio_hit(i, i + 2, Decimal::ONE / Decimal::from(d), None));
            }
            if w.as_str().ends_with('s') || d == 2 || self.fraction_of_scale(1, i + 1).is_some() {
                return None;
            }
            (i + 1, d)
        };
        // "half a percentage point", "a tenth of a percentage point": the fraction of the unit,
        // a quantity in points (an exact fraction only: "a third of a point" is no decimal)
        let mut k = j + 1;
        if self.is(k, "of") {
            k += 1;
        }
        let v = Decimal::ONE / Decimal::from(d);
        if self.is_any(k, &["a", "an"])
            && self.is(k + 1, "percentage")
            && self.is(k + 2, "point")
            && v * Decimal::from(d) == Decimal::ONE
        {
            let mut v = format_number(v);
            v.push_str(" pp");
            return Some(Hit::new(ValueKind::Quantity, i, k + 3, Some(v)));
        }
        // "by a quarter point", "a quarter-point cut", "a half-point rise", "half a point": a
        // fraction of a percentage point, as central banks move rates
        let dash = self.punct(j + 1, '-') && self.touches(j + 1) && self.touches(j + 2);
        let p = if dash { j + 2 } else { j + 1 };
        let p = if d == 2 && !dash && self.is(p, "a") {
            p + 1
        } else {
            p
        };
        if (d == 2 || d == 4) && self.is(p, "point") {
            let mut v = format_number(v);
            v.push_str(" pp");
            return Some(Hit::new(ValueKind::Quantity, i, p + 1, Some(v)));
        }
        // "fell by a third", "cut by half": a change by a fraction
        // also past a hedge: "grown by roughly a quarter", "cut by more than a third"
        let mut b = i;
        while b > self.floor + 1
            && b + 2 > i
            && self.is_any(
                b - 1,
                &[
                    "roughly",
                    "about",
                    "almost",
                    "nearly",
                    "around",
                    "some",
                    "over",
                    "under",
                    "than",
                    "more",
                    "less",
                    "just",
                    "approximately",
                ],
            )
        {
            b -= 1;
        }
        // also a change's start or end: "up from a quarter in 2000", "fell to a fifth"
        let by = b > self.floor
            && (self.is(b - 1, "by")
                || (b > self.floor + 1
                    && self.is_any(b - 1, &["from", "to"])
                    && self.is_any(b - 2, CHANGE_WORDS)))
            && !self.is_any(j + 1, &["of", "-", "earlier", "later", "before", "ago"]);
        if by && self.time_unit_at(j + 1).is_none() && !self.punct(j + 1, '-') {
            return Some(self.ratio_hit(i, j + 1, Decimal::ONE / Decimal::from(d), None));
        }
        // "about half were children", "a third said they would move": a share standing as the
        // subject of its verb
        if self.is_any(j + 1, SHARE_VERBS) && !(i > self.floor && self.is(i - 1, "and")) {
            return Some(self.ratio_hit(i, j + 1, Decimal::ONE / Decimal::from(d), None));
        }
        if !(self.is(j + 1, "of")
            || (d == 2 && self.is_any(j + 1, &["the", "its", "their", "all"])))
        {
            return None;
        }
        // "a quarter of an hour", "half of the year": a duration
        let k = if self.is_any(j + 2, &["a", "an", "the"]) {
            j + 3
        } else {
            j + 2
        };
        if self.is(j + 1, "of") && self.time_unit_at(k).is_some() {
            return None;
        }
        Some(self.ratio_hit(i, j + 1, Decimal::ONE / Decimal::from(d), None))
    }

    /// "one in five adults", "1 in 10", "nine out of 10", "one in every four": a share of a
    /// whole, as a ratio (0.2, 0.1, 0.9). Not a count over a time ("3 in 10 minutes"), a year
    /// ("2 in 2020") or a rank ("No. 1 in 50 states").
    #[inline]
    pub(super) fn one_in_n(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        // the second number of a score ("won 10-9 in 11 innings") is no share
        if s >= 2
            && self.punct(s - 1, '-')
            && self.touches(s)
            && self.touches(s - 1)
            && self.is_num(s - 2)
        {
            return None;
        }
        self.share_from(s, np, np.end, false)
    }

    /// `one_in_n` with "in" at token `j`; `after_noun`: a noun stands between the numbers
    /// ("three Oregon residents in 10"), so the second is no share of a whole when a plural
    /// noun follows it ("two goals in three matches").
    #[inline]
    pub(super) fn share_from(
        &mut self,
        s: usize,
        np: &ParsedNumber,
        mut j: usize,
        after_noun: bool,
    ) -> Option<Hit> {
        if self.is(j, "in") {
            j += 1;
        } else if self.is(j, "out") && self.is(j + 1, "of") {
            j += 2;
        } else {
            return None;
        }
        if self.is(j, "every") {
            j += 1;
        }
        if !self.is_num(j) && !matches!(self.lex(j), Lexeme::Cardinal(_) | Lexeme::Tens(_)) {
            return None;
        }
        let whole = self.number_at(j, false)?;
        let year_like = whole.plain_int == Some(4)
            && (Decimal::from(1900)..=Decimal::from(2100)).contains(&whole.value);
        let rank = s > 1 && self.punct(s - 1, '.') && self.is(s - 2, "no");
        if !np.is_int()
            || !whole.is_int()
            || np.value <= Decimal::ZERO
            || whole.value <= np.value
            || year_like
            || rank
            || whole.modifier.is_some()
            || self.time_unit_at(whole.end).is_some()
            || self.measure_unit_at(whole.end).is_some()
            || self.punct(whole.end, '%')
            || self.is_any(whole.end, &["percent", "pct"])
            // "2 in 5 or more": a bound on the second number, not a share
            || (self.is(whole.end, "or") && self.is_any(whole.end + 1, &["more", "less", "fewer"]))
            // "two goals in three matches", "18 goals in 22 league games": a noun, or a word
            // that qualifies one, after the second
            || (after_noun
                && (self.plural_noun_at(whole.end)
                    || self.capitalized(whole.end)
                    || (self.is_word(whole.end) && self.plural_noun_at(whole.end + 1))))
        {
            return None;
        }
        Some(self.ratio_hit(s, whole.end, np.value / whole.value, np.modifier))
    }

    /// "twice", "thrice", "doubled", "tripled", "quadrupled", "halved", "fivefold"; not "twice a
    /// week".
    #[inline]
    pub(super) fn multiple_word(&mut self, i: usize) -> Option<Hit> {
        let lc = self.lower(i);
        let v = match lc.as_str() {
            "twice" | "doubled" | "doubling" => Decimal::TWO,
            "thrice" | "tripled" | "tripling" | "trebled" => Decimal::from(3),
            "quadrupled" | "quadrupling" => Decimal::from(4),
            "halved" | "halving" => Decimal::new(5, 1),
            "quintupled" => Decimal::from(5),
            // "fivefold", "a tenfold rise"
            w => {
                let n = match w.strip_suffix("fold")? {
                    "two" => 2,
                    "three" => 3,
                    "four" => 4,
                    "five" => 5,
                    "six" => 6,
                    "seven" => 7,
                    "eight" => 8,
                    "nine" => 9,
                    "ten" => 10,
                    "twenty" => 20,
                    "hundred" => 100,
                    "thousand" => 1000,
                    _ => return None,
                };
                Decimal::from(n)
            }
        };
        if matches!(lc.as_str(), "twice" | "thrice")
            && (self.is_any(
                i + 1,
                &["a", "an", "per", "each", "every", "in", "daily", "weekly"],
            ) || self.closes(i + 1)
                || self.is_any(i + 1, &["before", "since", "during", "this", "last"]))
        {
            return None;
        }
        Some(self.ratio_hit(i, i + 1, v, None))
    }

    /// A number and "times" used as a factor ("4 1/2 times higher", "three times as many"),
    /// "tenfold", "10-fold".
    #[inline]
    pub(super) fn times_ratio(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let mut j = np.end;
        if self.punct(j, '-') && self.touches(j) && self.is(j + 1, "fold") {
            return Some(self.ratio_hit(s, j + 2, np.value, np.modifier));
        }
        if self.is(j, "fold") {
            return Some(self.ratio_hit(s, j + 1, np.value, np.modifier));
        }
        if !self.is(j, "times") {
            return None;
        }
        j += 1;
        let w = self.lower(j);
        let w = w.as_str();
        let comparative = matches!(
            w,
            "as" | "the" | "more" | "less" | "fewer" | "that" | "than" | "what" | "its" | "their"
        ) || (w.len() > 4
            && w.ends_with("er")
            && !matches!(w, "after" | "over" | "under"));
        if !comparative {
            return None;
        }
        Some(self.ratio_hit(s, np.end + 1, np.value, np.modifier))
    }

    /// "1.5 percentage points", "15 basis points"; "five points" and "a two-point drop" in a
    /// sentence of percents ("leads by five points, 48% to 43%").
    #[inline]
    pub(super) fn percentage_points(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let j = np.end;
        let e = if self.is(j, "percentage") && self.is_any(j + 1, &["point", "points"]) {
            j + 2
        } else if self.is_any(j, &["pp", "ppt", "ppts"]) {
            j + 1
        } else if self.is(j, "basis") && self.is_any(j + 1, &["point", "points"]) {
            let v = np.normalized_with_unit("bp");
            return Some(Hit::new(ValueKind::Quantity, s, j + 2, Some(v)).with_mod(np.modifier));
        } else if self.is_any(j, &["points", "point"]) && self.points_of_percents(s, np, j) {
            j + 1
        } else if self.hyphen_joins(j - 1)
            && self.is(j + 1, "point")
            && self.points_of_percents(s, np, j + 1)
        {
            j + 2
        } else {
            return None;
        };
        let v = np.normalized_with_unit("pp");
        Some(Hit::new(ValueKind::Quantity, s, e, Some(v)).with_mod(np.modifier))
    }

    /// "points" at `p` after a number are percentage points: the sentence gives percents, and
    /// nothing in it counts the points of an index ("the Dow fell 500 points, or 1.3%") or of a
    /// game ("scored 30 points, shooting 52%").
    fn points_of_percents(&self, s: usize, np: &ParsedNumber, p: usize) -> bool {
        if !np.within(0, 50) || (self.punct(p + 1, ',') && self.is(p + 2, "or")) {
            return false;
        }
        let mut percent = false;
        for k in 0..self.len() {
            if k == s {
                continue;
            }
            if self.punct(k, '%') || self.is_any(k, &["percent", "pct"]) {
                percent = true;
            } else if (self.is(k, "s") && self.punct(k + 1, '&'))
                || self.is_any(
                    k,
                    &[
                        "dow", "nasdaq", "ftse", "nikkei", "dax", "cac", "index", "indices",
                        "scored", "scoring", "score", "rebounds", "assists", "halftime", "game",
                        "games", "quarter", "season", "shooting", "match", "goals",
                    ],
                )
            {
                return false;
            }
        }
        percent
    }

    /// After a money, a quantity or a count: "a year", "per day", "each week", "annually",
    /// "per capita" make it a rate; also after what the amount is of ("500,000 tonnes of steel a
    /// year", "1.5 million barrels of oil a day").
    #[inline]
    pub(super) fn rate_after(&self, h: &mut Hit) {
        if h.value.is_none() {
            return;
        }
        if h.kind == Some(ValueKind::Range) {
            self.range_rate(h);
            return;
        }
        let money_or_quantity = matches!(h.kind, Some(ValueKind::Money | ValueKind::Quantity));
        if !money_or_quantity && !matches!(h.kind, Some(ValueKind::Count | ValueKind::Number)) {
            return;
        }
        let j = h.end;
        if let Some((unit, e)) = self
            .time_rate_at(j, h.kind == Some(ValueKind::Quantity) || self.is(j, "per"))
            .or_else(|| self.time_rate_after_of(j))
        {
            if let Some(v) = h.value.as_mut() {
                v.push('/');
                v.push_str(unit);
            }
            h.end = e;
            return;
        }
        if !money_or_quantity {
            if h.kind == Some(ValueKind::Count)
                && let Some((unit, _)) = self.clause_time_rate(j)
            {
                if let Some(v) = h.value.as_mut() {
                    v.push('/');
                    v.push_str(unit);
                }
                return;
            }
            self.per_population(h);
            return;
        }
        if !self.is_any(j, &["a", "an", "per"]) {
            return;
        }
        let lc = self.lower(j + 1);
        let mut end = j + 2;
        let unit = match lc.as_str() {
            "capita" | "person" | "head" if self.is(j, "per") => "capita",
            // a price: "$45 a share", "$90 a barrel", "$2,300 an ounce"
            "share" if h.kind == Some(ValueKind::Money) => "share",
            _ => match self.lex(j + 1) {
                Lexeme::Measure(unit)
                    if h.kind == Some(ValueKind::Money)
                        && self.text_of(j + 1).len() > 1
                        && !self.text_of(j + 1).ends_with(['s', 'S'])
                        && unit.sym().bytes().all(|b| b.is_ascii_alphabetic()) =>
                {
                    // "14 cents per kilowatt-hour" `USD 0.14/kWh`
                    match self.power_hours(unit.sym(), j + 1) {
                        Some((energy, e)) => {
                            end = e;
                            energy
                        }
                        None => unit.sym(),
                    }
                }
                // "$250 per household", "$1,200 per student"
                _ => return self.per_noun(h),
            },
        };
        if let Some(v) = h.value.as_mut() {
            v.push('/');
            v.push_str(unit);
        }
        h.end = end;
    }

    /// A range of counts, amounts or quantities made a rate by a unit of time after it: the
    /// range in brackets, then what both ends are per, once: "from 2000-3000 people per night"
    /// `(2000/3000)/night`, "$5 to $10 a day" `(USD 5/USD 10)/day`.
    fn range_rate(&self, h: &mut Hit) {
        let Some((a, b)) = h.value.as_deref().and_then(|v| v.split_once('/')) else {
            return;
        };
        // "risen by 3% to 4% a year": a range of percents, a rate by a unit of time right after
        // it (only right after: a percent is no count of a clause's noun)
        if let (Some(pa), Some(pb)) = (a.strip_suffix('%'), b.strip_suffix('%')) {
            if is_amount(pa)
                && is_amount(pb)
                && let Some((unit, e)) = self.time_rate_at(h.end, false)
            {
                h.value = Some(["(", a, "/", b, ")/", unit].concat());
                h.end = e;
            }
            return;
        }
        if !is_amount(a) {
            return;
        }
        // "from $5 to $10 a day": the second end took the rate
        if let Some((b, per)) = b.split_once('/') {
            if is_amount(b) && super::ranges::is_per(per) {
                h.value = Some(["(", a, "/", b, ")/", per].concat());
            }
            return;
        }
        if !is_amount(b) {
            return;
        }
        if let Some((unit, e)) = self.time_rate_at(h.end, false) {
            h.value = Some(["(", a, "/", b, ")/", unit].concat());
            h.end = e;
        } else if h.end > 0
            && self.is_word(h.end - 1)
            && let Some((unit, _)) = self.clause_time_rate(h.end)
        {
            // a range of counts, its noun the subject of the rate's clause
            h.value = Some(["(", a, "/", b, ")/", unit].concat());
        }
    }

    /// A unit of time that ends the clause of a count's noun, a few words after it, and makes
    /// the count a rate: "About 1,000 migrants cross the border each day" (`1000/day`; the
    /// span stays the count's). Only plain lower-case words between, no conjunction or relative
    /// word that starts another clause, and nothing after the unit but punctuation.
    fn clause_time_rate(&self, j: usize) -> Option<(&'static str, usize)> {
        // the rate first, by the first letter of its word ("a", "an", "annually", "per",
        // "each", "every"), up to the first token that is no word: most counts have none
        let mut k = j + 1;
        let (unit, e) = loop {
            if k >= j + 7 {
                return None;
            }
            self.word_bytes(k - 1)?;
            if let Some(&c) = self.word_bytes(k)?.first()
                && matches!(c | 0x20, b'a' | b'p' | b'e')
                && let Some(rate) = self.time_rate_at(k, false)
            {
                break rate;
            }
            k += 1;
        };
        // (or a word of a phrase after it: "are displaced each month by the fighting")
        let ends = self.tokens.get(e).is_none_or(|t| {
            matches!(t.kind, TokenKind::Punct('.' | ',' | ';' | ')'))
                || (t.kind == TokenKind::Word && is_function_word(self.lower(e).as_str()))
        });
        // a count of those who do a round of duty each day ("Two guards patrol the site every
        // night", "Three nurses work the ward each night") counts the same people each time: no
        // rate of the count, as a flow ("migrants cross the border each day") is
        if (j..k).any(|w| {
            self.is_any(
                w,
                &[
                    "patrol", "patrols", "guard", "guards", "staff", "staffs", "man", "mans",
                    "work", "works", "serve", "serves", "watch", "watches", "monitor", "monitors",
                    "protect", "protects", "keep", "keeps",
                ],
            )
        }) {
            return None;
        }
        // plain lower-case words between, none that starts another clause
        let plain = (j..k).all(|w| {
            !self.capitalized(w)
                && matches!(
                    self.lex(w),
                    Lexeme::None | Lexeme::Trigger(Trigger::Article | Trigger::The)
                )
                && !self.is_any(
                    w,
                    &[
                        "and", "or", "but", "which", "who", "that", "while", "when", "where",
                        "after", "before", "since", "than", "as", "if", "because", "said", "says",
                        "ago",
                    ],
                )
        });
        (ends && plain).then_some((unit, e))
    }

    /// A unit of time that makes what comes before it a rate, at token `j`: "a year", "an hour",
    /// "per day", "each week", "every month", "annually", "per annum"; "second" only when
    /// `second` ("30 metres per second", `s`). Not a unit of time that belongs to something else:
    /// "a year ago", "a week after the vote" (`None`).
    pub(super) fn time_rate_at(&self, j: usize, second: bool) -> Option<(&'static str, usize)> {
        if self.is(j, "annually") || (self.is(j, "per") && self.is(j + 1, "annum")) {
            let e = if self.is(j, "annually") { j + 1 } else { j + 2 };
            return Some(("year", e));
        }
        if !self.is_any(j, &["a", "an", "per", "each", "every"]) {
            return None;
        }
        let lc = self.lower(j + 1);
        let unit = match lc.as_str() {
            "year" => "year",
            "month" => "month",
            "week" => "week",
            "day" => "day",
            "night" => "night",
            "hour" => "hour",
            "minute" => "minute",
            "second" if second => "s",
            _ => return None,
        };
        if self.is_any(j + 2, &["ago", "earlier", "later", "before", "after"]) {
            return None;
        }
        Some((unit, j + 2))
    }

    /// "of" and what the amount is of, one to three words, then a unit of time: "tonnes of
    /// steel a year", "barrels of crude oil a day", "doses of the vaccine every week".
    fn time_rate_after_of(&self, j: usize) -> Option<(&'static str, usize)> {
        if !self.is(j, "of") {
            return None;
        }
        for k in j + 2..=j + 4 {
            if !self.is_word(k - 1) || self.is_any(k - 1, &["a", "an", "per", "each", "every"]) {
                return None;
            }
            if let Some(rate) = self.time_rate_at(k, false) {
                return Some(rate);
            }
        }
        None
    }

    /// A count or number "per" a round number or a unit of time, a rate: "45 cases per 100,000
    /// people" → `45/100000 people`, "12.5 per 1,000 live births" → `12.5/1000 births`, "500
    /// crossings per day" → `500/day`.
    /// "per" and a singular common noun after a count or an amount, the noun its denominator:
    /// "22.5 points per game" `22.5/game`, "$250 per household" `USD 250/household`.
    fn per_noun(&self, h: &mut Hit) {
        let j = h.end;
        if !self.is(j, "per") || !self.is_word(j + 1) || self.capitalized(j + 1) {
            return;
        }
        let lc = self.lower(j + 1);
        let w = lc.as_str();
        let singular = w.len() > 2 && (!w.ends_with('s') || w.ends_with("ss"));
        if singular
            && !is_function_word(w)
            && !matches!(w, "cent" | "centum" | "annum")
            && matches!(self.lex(j + 1), Lexeme::None)
        {
            if let Some(v) = h.value.as_mut() {
                v.push('/');
                v.push_str(w);
            }
            h.end = j + 2;
            // "$1,200 per student a year"
            if let Some((unit, e)) = self.time_rate_at(h.end, false) {
                if let Some(v) = h.value.as_mut() {
                    v.push('/');
                    v.push_str(unit);
                }
                h.end = e;
            }
        }
    }

    fn per_population(&self, h: &mut Hit) {
        let j = h.end;
        if h.value.is_none() || !self.is(j, "per") {
            return;
        }
        // "22.5 points per game", "1.6 children per woman": a count for each of a noun
        if h.kind == Some(ValueKind::Count) && self.is_word(j + 1) && !self.capitalized(j + 1) {
            self.per_noun(h);
            return;
        }
        if !self.is_num(j + 1) {
            return;
        }
        let Some(np) = self.number_at(j + 1, false) else {
            return;
        };
        let den = np.normalized();
        // a round number of ten or more: "per 100,000", "per 1,000", "per million"
        if !(den.len() >= 2 && den.starts_with('1') && den[1..].bytes().all(|b| b == b'0')) {
            return;
        }
        let mut e = np.end;
        if self.is(e, "live") && self.is(e + 1, "births") {
            e += 1;
        }
        let noun = self
            .is_any(e, POPULATIONS)
            .then(|| self.lower(e).as_str().to_owned());
        if let Some(v) = h.value.as_mut() {
            v.push('/');
            v.push_str(&den);
            if let Some(n) = &noun {
                v.push(' ');
                v.push_str(n);
            }
        }
        h.end = if noun.is_some() { e + 1 } else { e };
    }
}

/// An end of a range that is an amount: a plain number, "USD 5", "200 t" (not a date, a
/// duration, a time or a percent).
fn is_amount(x: &str) -> bool {
    let num = |n: &str| {
        !n.is_empty()
            && n.bytes().all(|c| c.is_ascii_digit() || c == b'.')
            && n.as_bytes()[0].is_ascii_digit()
    };
    match x.split_once(' ') {
        None => num(x),
        Some((code, n)) if code.len() == 3 && code.bytes().all(|c| c.is_ascii_uppercase()) => {
            num(n)
        }
        Some((n, unit)) => num(n) && !unit.is_empty() && !unit.contains(['°', ' ']),
    }
}
