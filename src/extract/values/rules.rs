//! The rule table: which rule is tried first at a token, and the driver that tries them in order.

use super::*;

impl<'a> Scanner<'a> {
    pub(super) fn at(&mut self, i: usize) -> Option<Hit> {
        let t = self.tokens[i];
        match t.k {
            TokenKind::Num => self.at_num(i),
            TokenKind::P(c) => match c {
                '$' | '€' | '£' | '¥' | '₹' | '₽' => self.money_prefix(i, i),
                '-' => self.negative(i),
                '\'' => self.short_decade(i),
                _ => None,
            },
            TokenKind::Word => {
                if t.lex == Lexeme::None {
                    None
                } else {
                    self.at_word(i)
                }
            }
            TokenKind::Other => None,
        }
    }

    pub(super) fn at_num(&mut self, i: usize) -> Option<Hit> {
        if self.glued_before(i) {
            let mut e = i + 1;
            while self.touches(e) && matches!(self.kind(e), Some(TokenKind::Word | TokenKind::Num))
            {
                e += 1;
            }
            return Some(Hit::silent(i, e));
        }
        // a number right after "53/" is the second half of a pair: a plain number
        if i >= 2
            && self.punct(i - 1, '/')
            && !self.tokens[i - 1].gap
            && !self.tokens[i].gap
            && self.is_num(i - 2)
        {
            let np = self.number_at(i, false)?;
            return Some(Hit::new(
                ValueKind::Number,
                i,
                np.e.min(i + 1),
                Some(np.normalized()),
            ));
        }
        if let Some(h) = self.numeric_date(i) {
            return Some(h);
        }
        if let Some(h) = self.time_of_day(i) {
            return Some(h);
        }
        if let Some(h) = self.decade(i) {
            return Some(h);
        }
        if let Some((d, e, is_ord)) = self.day_at(i)
            && let Some(h) = self.day_expr(i, i, d, e, is_ord)
        {
            return Some(h);
        }
        if self.ord_suffix(i) {
            if let Some((v, _)) = self.small_int(i) {
                return self.ordinal_hit(i, i, v, i + 2);
            }
            let v = self.text_of(i).replace(',', "");
            return Some(Hit::new(ValueKind::Ordinal, i, i + 2, Some(v)));
        }
        if let Some(h) = self.slash(i) {
            return Some(h);
        }
        let np = self.number_at(i, false)?;
        self.classify(i, np)
    }

    /// What a parsed number is, from the words after (and a few before) it.
    pub(super) fn classify(&mut self, s: usize, np: ParsedNumber) -> Option<Hit> {
        let j = np.e;
        let m = np.m;
        let val = np.normalized();
        // percent
        if self.punct(j, '%') {
            return Some(Hit::new(ValueKind::Percent, s, j + 1, Some(val)).with_mod(m));
        }
        if self.is_any(j, &["percent", "pct"]) {
            return Some(Hit::new(ValueKind::Percent, s, j + 1, Some(val)).with_mod(m));
        }
        if self.is(j, "per") && self.is(j + 1, "cent") {
            return Some(Hit::new(ValueKind::Percent, s, j + 2, Some(val)).with_mod(m));
        }
        // money written after the number: "20 euros", "5 million dollars", "50 cents"
        if let Some(h) = self.money_suffix(s, &np) {
            return Some(h);
        }
        // ages
        if let Some(h) = self.age_suffix(s, &np) {
            return Some(h);
        }
        // "3 fridays from now", "2 thursdays ago"
        if let Some(h) = self.weekday_count(s, &np) {
            return Some(h);
        }
        // durations, and dates relative to now or to an anchor
        if let Some(d) = self.duration_at(j, &np) {
            return Some(self.duration_hit(s, d, m));
        }
        // quantities
        if let Some((sym, e)) = self.measure_unit_at(j) {
            return Some(
                Hit::new(ValueKind::Quantity, s, e, Some(format!("{val} {sym}"))).with_mod(m),
            );
        }
        // a number glued to letters we do not know ("5G", "3D") is not a value
        if self.touches(j) && matches!(self.kind(j), Some(TokenKind::Word | TokenKind::Other)) {
            let mut e = j + 1;
            while self.touches(e) && matches!(self.kind(e), Some(TokenKind::Word | TokenKind::Num))
            {
                e += 1;
            }
            return Some(Hit::silent(s, e));
        }
        // years, unless the number counts things ("1500 people"): a plural noun follows and no
        // preposition of time stands before it ("in 2017", "since 1990")
        let counts_things = np.plain_int == Some(4)
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
            && self.noun_phrase(j).is_some();
        if !np.words
            && np.plain_int.is_some()
            && !counts_things
            && let Some(h) = self.year_hit(s, &np)
        {
            return Some(h);
        }
        // "Mary, 77," / "Smith (55)"
        if let Some(h) = self.age_apposition(s, &np) {
            return Some(h);
        }
        // "one" as a pronoun
        if np.words && np.e == s + 1 && self.is(s, "one") {
            let prev_det = s > 0
                && self.is_any(
                    s - 1,
                    &[
                        "no", "any", "every", "each", "the", "this", "that", "which", "only",
                        "someone", "anyone", "everyone", "no-one",
                    ],
                );
            if prev_det || self.is_any(s + 1, &["of", "another", "who", "that", "which"]) {
                return None;
            }
        }
        // counts
        let count_ok = match np.plain_int {
            Some(d) => d <= 6,
            None => true,
        } || counts_things;
        if count_ok {
            let k = if np.frac && self.is(j, "of") {
                j + 1
            } else {
                j
            };
            if let Some(e) = self.noun_phrase(k) {
                return Some(Hit::new(ValueKind::Count, s, e, Some(val)).with_mod(m));
            }
        }
        Some(Hit::new(ValueKind::Number, s, j, Some(val)).with_mod(m))
    }

    pub(super) fn at_word(&mut self, i: usize) -> Option<Hit> {
        match self.lex(i) {
            Lexeme::Month(..) => self.month_expr(i),
            Lexeme::Weekday(..) => self.weekday_expr(i, Relative::Bare, i),
            Lexeme::Ordinal(v) => {
                if v == 2 && self.is(i, "second") && i > 0 && self.is_num(i - 1) {
                    return None;
                }
                self.ordinal_hit(i, i, v, i + 1)
            }
            Lexeme::Tens(_) => {
                if let Some((v, e)) = self.ord_word(i) {
                    return self.ordinal_hit(i, i, v, e);
                }
                self.word_number(i)
            }
            Lexeme::Cardinal(_) | Lexeme::Hundred => self.word_number(i),
            Lexeme::Scale(_) | Lexeme::Dozen => None,
            Lexeme::VaguePlural(x) => self.vague(i, x),
            Lexeme::Currency(_) => {
                if self.text_of(i).bytes().all(|b| b.is_ascii_uppercase()) && self.is_num(i + 1) {
                    self.money_prefix(i, i)
                } else {
                    None
                }
            }
            Lexeme::TimeUnit(_) | Lexeme::Measure(_) | Lexeme::None => None,
            Lexeme::Trigger => self.trigger(i),
        }
    }
}
