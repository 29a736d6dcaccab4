//! Numbers: digits, spelled-out numbers, scales ("2.5 million"), fractions, negatives and vague plurals.

use super::*;
use compact_str::{CompactString, format_compact};

/// A parsed number: its value, where it ends, and how it was written.
#[derive(Clone, Debug)]
pub(super) struct ParsedNumber {
    pub(super) value: Decimal,
    /// Exact normalized digits when the number is a plain digit literal.
    pub(super) digits: Option<CompactString>,
    /// The token after the number.
    pub(super) end: usize,
    /// Written as words ("two", "a dozen").
    pub(super) words: bool,
    /// A plain digit integer without thousands separators: its number of digits.
    pub(super) plain_int: Option<usize>,
    /// Ends with a fraction ("and a half") or is "a couple": the unit or noun may follow "of".
    pub(super) frac: bool,
    pub(super) modifier: Option<Modifier>,
    /// "a few": a number nobody wrote (a duration of "a few days" is `PXD`).
    pub(super) vague: bool,
}

impl ParsedNumber {
    #[inline]
    pub(super) fn normalized(&self) -> String {
        match &self.digits {
            Some(d) => d.as_str().to_owned(),
            None => format_number(self.value),
        }
    }
    /// `"{code} {normalized}"` ("USD 5"), written into one string: money values are common.
    #[inline]
    pub(super) fn normalized_with_code(&self, code: &str) -> String {
        let mut s = String::with_capacity(code.len() + 1 + 24);
        s.push_str(code);
        s.push(' ');
        match &self.digits {
            Some(d) => s.push_str(d),
            None => push_number(&mut s, self.value),
        }
        s
    }
    /// `"{normalized} {unit}"` ("400 km"), written into one string.
    #[inline]
    pub(super) fn normalized_with_unit(&self, unit: &str) -> String {
        let mut s = self.normalized();
        s.reserve(unit.len() + 1);
        s.push(' ');
        s.push_str(unit);
        s
    }
    // Most numbers are integers written without decimals (scale 0), whose value is their
    // mantissa: the rules ask these three questions of every number, so that case skips the
    // decimal arithmetic.
    #[inline]
    pub(super) fn is_int(&self) -> bool {
        self.value.scale() == 0 || self.value.fract().is_zero()
    }
    /// The value as an integer, when it is one and fits.
    #[inline]
    pub(super) fn int(&self) -> Option<i64> {
        if self.value.scale() == 0 {
            i64::try_from(self.value.mantissa()).ok()
        } else if self.is_int() {
            self.value.to_i64()
        } else {
            None
        }
    }
    /// `lo <= value <= hi`.
    #[inline]
    pub(super) fn within(&self, lo: i64, hi: i64) -> bool {
        if self.value.scale() == 0 {
            let m = self.value.mantissa();
            return i128::from(lo) <= m && m <= i128::from(hi);
        }
        self.value >= Decimal::from(lo) && self.value <= Decimal::from(hi)
    }
}

/// A decimal's plain form: no exponent, no trailing zeros ("16100000000", "0.5", "-504").
/// Only a quotient that does not terminate (a third) is cut, at six decimals.
#[inline]
pub(super) fn format_number(v: Decimal) -> String {
    let mut s = String::new();
    push_number(&mut s, v);
    s
}

/// `format_number(v)` pushed onto `s` (money values write it after their code, with no string
/// of its own in between).
#[inline]
pub(super) fn push_number(s: &mut String, v: Decimal) {
    let mut v = v.normalize();
    if v.scale() > 6 {
        v = v.round_dp(6).normalize();
    }
    if v.is_zero() {
        s.push('0');
        return;
    }
    // an integer (most amounts: "$5 million") prints as its mantissa, written digit by digit
    // from the end of a buffer: the integer formatter costs a fraction of the decimal one, and
    // this a fraction of the integer formatter
    if v.scale() == 0
        && let Ok(m) = i64::try_from(v.mantissa())
    {
        if m < 0 {
            s.push('-');
        }
        super::durations::push_u64(s, m.unsigned_abs());
        return;
    }
    s.push_str(&v.to_string());
}

/// A literal as `normalize_digits` leaves it ("1234", "3.5", "0.77") as a decimal, as
/// `str::parse` reads it: the mantissa of its digits at the scale of its decimals. Literals of
/// up to 18 bytes (all but ids) are read here digit by digit; the decimal parser cost about 100
/// instructions a number with separators or decimals.
#[inline]
pub(super) fn parse_literal(s: &str) -> Option<Decimal> {
    let b = s.as_bytes();
    if b.is_empty() || b.len() > 18 || b[0] == b'.' || b[b.len() - 1] == b'.' {
        return s.parse().ok();
    }
    let (mut m, mut scale, mut dot) = (0u64, 0u32, false);
    for &c in b {
        if c.is_ascii_digit() {
            m = m * 10 + u64::from(c - b'0');
            scale += u32::from(dot);
        } else if c == b'.' && !dot {
            dot = true;
        } else {
            return s.parse().ok();
        }
    }
    Some(Decimal::from_i128_with_scale(i128::from(m), scale))
}

/// `a * b`, or `None` past what a decimal holds (about 7.9e28).
#[inline]
pub(super) fn mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    a.checked_mul(b)
}

/// Normalize a digit literal: drop thousands separators, leading zeros and trailing decimal zeros.
/// The result is built in place (a literal of up to 24 bytes needs no allocation): every number
/// written in digits goes through here, and most are never emitted.
#[inline]
pub(super) fn normalize_digits(s: &str) -> (CompactString, bool) {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        // the leading zeros, counted as bytes (a search for a `char` costs more)
        let t = &s[s.bytes().position(|b| b != b'0').unwrap_or(s.len())..];
        return (
            CompactString::from(if t.is_empty() { "0" } else { t }),
            false,
        );
    }
    // the parts found by bytes ("." and "," are ASCII, so every cut is at a character's edge)
    let dot = s.bytes().position(|c| c == b'.');
    let (int, frac) = match dot {
        Some(p) => (&s[..p], &s[p + 1..]),
        None => (s, ""),
    };
    // dropping the separators, then the leading (trailing) zeros, is dropping both from the
    // start (end) and then the separators
    let drop = |c: u8| c == b'0' || c == b',';
    let int = &int[int.bytes().position(|c| !drop(c)).unwrap_or(int.len())..];
    let frac = &frac[..frac.bytes().rposition(|c| !drop(c)).map_or(0, |p| p + 1)];
    // no separator inside the parts kept ("2.5", "3.50"): they are one piece of the text, from
    // the integer part's first digit kept to the fraction's last, taken as it is (no copy to a
    // buffer checked as UTF-8)
    if !int.is_empty() && !int.bytes().any(|c| c == b',') && !frac.bytes().any(|c| c == b',') {
        let from = dot.unwrap_or(s.len()) - int.len();
        let to = match dot {
            Some(p) if !frac.is_empty() => p + 1 + frac.len(),
            _ => from + int.len(),
        };
        return (CompactString::from(&s[from..to]), dot.is_some());
    }
    // written byte by byte into a buffer on the stack and copied once: a literal of news size
    // needs no growth checked at each push
    let mut buf = [0u8; 48];
    if int.len() + frac.len() + 2 <= buf.len() {
        let mut k = 0;
        if int.is_empty() {
            buf[0] = b'0';
            k = 1;
        }
        for &c in int.as_bytes() {
            if c != b',' {
                buf[k] = c;
                k += 1;
            }
        }
        if !frac.is_empty() {
            buf[k] = b'.';
            k += 1;
            for &c in frac.as_bytes() {
                if c != b',' {
                    buf[k] = c;
                    k += 1;
                }
            }
        }
        // only ASCII bytes were dropped, so what is kept is whole characters
        if let Ok(t) = std::str::from_utf8(&buf[..k]) {
            return (CompactString::from(t), dot.is_some());
        }
    }
    let mut out = CompactString::default();
    if int.is_empty() {
        out.push('0');
    }
    for group in int.split(',') {
        out.push_str(group);
    }
    if !frac.is_empty() {
        out.push('.');
        for group in frac.split(',') {
            out.push_str(group);
        }
    }
    (out, dot.is_some())
}

impl<'a> Scanner<'a> {
    /// Numbers glued to a word before them: "COVID-19", "F-16", "A320", "G7".
    #[inline]
    pub(super) fn glued_before(&self, i: usize) -> bool {
        if i == 0 || self.tokens[i].gap {
            return false;
        }
        let prefix_ok = |j: usize| {
            matches!(self.lex(j), Lexeme::Month(..))
                || self.is_any(j, &["mid", "pre", "post", "early", "late", "us", "rs"])
        };
        match self.kind(i - 1) {
            Some(TokenKind::Word) => !prefix_ok(i - 1),
            Some(TokenKind::Other) => true,
            Some(TokenKind::Punct('-')) => {
                i >= 2
                    && !self.tokens[i - 1].gap
                    && matches!(self.kind(i - 2), Some(TokenKind::Word | TokenKind::Other))
                    && !prefix_ok(i - 2)
            }
            _ => false,
        }
    }

    #[inline]
    pub(super) fn number_at(&self, i: usize, money: bool) -> Option<ParsedNumber> {
        let mut np = match self.kind(i)? {
            TokenKind::Number => {
                // most numbers are small plain integers: no decimal parsing for them, and
                // without a leading zero their text is their literal
                let t = &self.tokens[i];
                let lit = if t.int_digits > 0 && self.text.as_bytes()[t.start()] != b'0' {
                    CompactString::from(self.text_of(i))
                } else {
                    normalize_digits(self.text_of(i)).0
                };
                let v: Decimal = if t.int_digits > 0 {
                    Decimal::from(t.int_value)
                } else {
                    parse_literal(&lit)?
                };
                let raw = self.text_of(i);
                let plain = raw.bytes().all(|b| b.is_ascii_digit());
                let mut np = ParsedNumber {
                    value: v,
                    digits: Some(lit),
                    end: i + 1,
                    words: false,
                    plain_int: plain.then_some(raw.len()),
                    frac: false,
                    modifier: None,
                    vague: false,
                };
                // "40 000", "1 234 567", "1\u{202f}234": thousands grouped by spaces
                if plain
                    && raw.len() <= 3
                    && let Some((digits, e)) = self.space_groups(i)
                    && let Ok(v) = digits.parse::<Decimal>()
                {
                    np.value = v;
                    np.digits = Some(digits.into());
                    np.plain_int = None;
                    np.end = e;
                }
                let j = np.end;
                if self.touches(j) && self.is_word(j) {
                    let w = self.text_of(j);
                    let mult: Option<u64> = match w {
                        // "4K", "8K": a screen's resolution, not thousands ("$4K" is money)
                        "K" if !money && matches!(raw, "4" | "8") => None,
                        "k" | "K" => Some(1_000),
                        "M" | "mn" | "mln" | "MN" | "MM" | "mil" => Some(1_000_000),
                        "G" if raw.contains('.') => Some(1_000_000_000),
                        // "3.5m dollars", "2.5m pounds": millions of a currency, not metres
                        "m" if money
                            || self.millions_of_things(j)
                            || matches!(self.lex(j + 1), Lexeme::Currency(_))
                            || self.is_any(j + 1, &["pounds", "pound"]) =>
                        {
                            Some(1_000_000)
                        }
                        // a lone "b" after a decimal ("1.2b") or before things counted
                        // ("5b euros"): billions; "Form 4b" is no number's
                        "b" if !money && (raw.contains('.') || self.millions_of_things(j)) => {
                            Some(1_000_000_000)
                        }
                        "bn" | "b" | "B" | "BN" | "bln" if money || w.len() > 1 => {
                            Some(1_000_000_000)
                        }
                        "tn" | "trn" | "T" if money || w.len() > 1 => Some(1_000_000_000_000),
                        _ => None,
                    };
                    if let Some(x) = mult
                        && !self.glued_after(j)
                        && let Some(v) = mul(np.value, Decimal::from(x))
                    {
                        np.value = v;
                        np.digits = None;
                        np.plain_int = None;
                        np.end = j + 1;
                    }
                }
                // "1.3e6", "1.3x10^6", "2.5^-1": a power of ten or of the number
                if np.end == i + 1
                    && let Some((v, e)) = self.exponent(i + 1, np.value)
                {
                    np.value = v;
                    np.digits = None;
                    np.plain_int = None;
                    np.end = e;
                }
                // "1 point 1"
                if np.end == i + 1
                    && self.is(np.end, "point")
                    && let Some((f, e)) = self.point_digits(np.end + 1)
                {
                    np.value = np.value.checked_add(f)?;
                    np.digits = None;
                    np.plain_int = None;
                    np.end = e;
                }
                self.scales(&mut np);
                // "4 1/2": a whole number and a fraction
                if np.end == i + 1
                    && plain
                    && self.tokens.get(np.end).is_some_and(|t| t.gap)
                    && self.punct(np.end + 1, '/')
                    && self.touches(np.end + 1)
                    && self.touches(np.end + 2)
                    && let (Some((a, 1)), Some((b, 1))) =
                        (self.small_int(np.end), self.small_int(np.end + 2))
                    && a < b
                    && !self.glued_after(np.end + 2)
                {
                    np.value += Decimal::from(a) / Decimal::from(b);
                    np.digits = None;
                    np.plain_int = None;
                    np.frac = true;
                    np.end += 3;
                }
                // "2½", "3¾", "2 ½": a whole number and the vulgar fraction after it
                if np.end == i + 1
                    && plain
                    && let Some(TokenKind::Punct(c)) = self.kind(np.end)
                    && let Some((a, b)) = vulgar_fraction(c)
                {
                    np.value += Decimal::from(a) / Decimal::from(b);
                    np.digits = None;
                    np.plain_int = None;
                    np.frac = true;
                    np.end += 1;
                    self.scales(&mut np);
                }
                np
            }
            TokenKind::Word => self.spelled_number(i)?,
            // "½ mile", "½ million": a vulgar fraction standing alone
            TokenKind::Punct(c) if let Some((a, b)) = vulgar_fraction(c) => {
                let mut np = ParsedNumber {
                    value: Decimal::from(a) / Decimal::from(b),
                    digits: None,
                    end: i + 1,
                    words: false,
                    plain_int: None,
                    frac: true,
                    modifier: None,
                    vague: false,
                };
                self.scales(&mut np);
                np
            }
            _ => return None,
        };
        self.fraction_tail(&mut np);
        Some(np)
    }

    /// Scientific notation glued to a number's digits `base`, starting at token `j`: "e6",
    /// "e-1", "E+14", "x10^6", "x10^-4" (powers of ten) and "^-1", "^23" (a power of the number).
    /// The value and the token after the exponent; `None` when no exponent is written or the
    /// result does not fit a decimal.
    #[inline]
    fn exponent(&self, j: usize, base: Decimal) -> Option<(Decimal, usize)> {
        if !self.touches(j) {
            return None;
        }
        let (mut k, ten) = if self.is_any(j, &["e"]) {
            (j + 1, true)
        } else if self.is(j, "x")
            && self.touches(j + 1)
            && self.text_of(j + 1) == "10"
            && self.punct(j + 2, '^')
            && self.touches(j + 2)
        {
            (j + 3, true)
        } else if self.punct(j, '^') {
            (j + 1, false)
        } else {
            return None;
        };
        // a sign, written once or twice ("^--23" is read as its last sign)
        let mut negative = false;
        while (self.punct(k, '-') || self.punct(k, '+')) && self.touches(k) && k < j + 4 {
            negative = self.punct(k, '-');
            k += 1;
        }
        let (n, digits) = self.small_int(k)?;
        if !self.touches(k) || digits > 2 || self.glued_after(k) {
            return None;
        }
        let factor = if ten { Decimal::TEN } else { base };
        if factor.is_zero() {
            return None;
        }
        let mut p = Decimal::ONE;
        for _ in 0..n {
            p = p.checked_mul(factor)?;
        }
        let v = if ten {
            if negative {
                base.checked_div(p)?
            } else {
                base.checked_mul(p)?
            }
        } else if negative {
            Decimal::ONE.checked_div(p)?
        } else {
            p
        };
        Some((v, k + 1))
    }

    /// The groups of three digits after the number at `i` when spaces group its thousands: a
    /// narrow or no-break space always does ("40\u{202f}000"); a plain space only where no two
    /// numbers could be meant: two groups or more ("1 234 567"), or a group that starts with 0
    /// ("40 000"), never "May 5 100 protesters". The digits joined, and the end.
    #[inline]
    fn space_groups(&self, i: usize) -> Option<(String, usize)> {
        // most numbers are not followed by another number: nothing to join, nothing allocated
        if self.kind(i + 1) != Some(TokenKind::Number)
            || !self.tokens[i + 1].gap
            || self.tokens[i + 1].end() - self.tokens[i + 1].start() < 3
        {
            return None;
        }
        let mut digits = self.text_of(i).to_string();
        let (mut k, mut groups, mut plain_space, mut zero) = (i + 1, 0, false, false);
        while self.kind(k) == Some(TokenKind::Number) && self.tokens[k].gap {
            let sep = &self.text[self.tokens[k - 1].end()..self.tokens[k].start()];
            let g = self.text_of(k);
            let (int, frac) = g.split_once('.').unwrap_or((g, ""));
            if !matches!(sep, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
                || int.len() != 3
                || !int.bytes().all(|b| b.is_ascii_digit())
                || !frac.bytes().all(|b| b.is_ascii_digit())
            {
                break;
            }
            plain_space |= sep == " ";
            zero |= groups == 0 && int.starts_with('0');
            digits.push_str(g);
            groups += 1;
            k += 1;
            if !frac.is_empty() {
                break;
            }
        }
        (groups > 0 && (!plain_space || groups >= 2 || zero)).then_some((digits, k))
    }

    /// "1.5m copies", "2m people": a glued "m" before a plural noun is a million, not metres.
    #[inline]
    pub(super) fn millions_of_things(&self, m: usize) -> bool {
        let Some(e) = self.noun_phrase(m + 1) else {
            return false;
        };
        let head = self.lower(e - 1);
        let h = head.as_str();
        (h.ends_with('s') && !h.ends_with("ss")) || matches!(h, "people" | "children")
    }

    /// Multiplying words after a number: "1.2 million", "200 dozens", "30 lakh".
    #[inline]
    pub(super) fn scales(&self, np: &mut ParsedNumber) {
        loop {
            let j = np.end;
            let x = match self.lex(j) {
                Lexeme::Scale(x) | Lexeme::VaguePlural(x) => x,
                Lexeme::Hundred => 100,
                Lexeme::Dozen => 12,
                _ => break,
            };
            let Some(v) = mul(np.value, Decimal::from(x)) else {
                break;
            };
            np.value = v;
            np.digits = None;
            np.plain_int = None;
            np.end = j + 1;
        }
    }

    /// "and a half", "and three quarters", "and half", "and a third"; after a scale the fraction is
    /// of the scale ("3 million and a half" is 3,500,000), and a scale may follow the fraction
    /// ("five and a half million").
    #[inline]
    pub(super) fn fraction_tail(&self, np: &mut ParsedNumber) {
        let mut j = np.end;
        if !self.is(j, "and") {
            return;
        }
        j += 1;
        let mut k = 1u32;
        if self.is_any(j, &["a", "an"]) {
            j += 1;
        } else if let Lexeme::Cardinal(c) = self.lex(j)
            && (1..=9).contains(&c)
        {
            k = c;
            j += 1;
        } else if !self.is_any(j, &["half", "quarter"]) {
            // "one hundred and fifth" is an ordinal; only "and half", "and quarter" go without a
            // count
            return;
        }
        let w = self.lower(j);
        let Some(d) = ratios::fraction_denominator(w.as_str()) else {
            return;
        };
        // "and a half", "and two thirds", "and three quarter": a proper fraction
        if k >= d || (k == 1 && w.as_str().ends_with('s')) {
            return;
        }
        // "3 million and a half": half a million
        let scale = match (np.end > 0).then(|| self.lex(np.end - 1)) {
            Some(Lexeme::Scale(x)) => Decimal::from(x),
            _ => Decimal::ONE,
        };
        let f = Decimal::from(k) / Decimal::from(d);
        let Some(v) = mul(f, scale).and_then(|x| np.value.checked_add(x)) else {
            return;
        };
        np.value = v;
        np.digits = None;
        np.plain_int = None;
        np.frac = true;
        np.end = j + 1;
        // "five and a half million"
        if scale == Decimal::ONE && matches!(self.lex(np.end), Lexeme::Scale(_)) {
            self.scales(np);
        }
    }

    #[inline]
    pub(super) fn point_digits(&self, j: usize) -> Option<(Decimal, usize)> {
        if self.is_num(j) && self.text_of(j).bytes().all(|b| b.is_ascii_digit()) {
            let s = format!("0.{}", self.text_of(j));
            return Some((s.parse().ok()?, j + 1));
        }
        let mut s = String::from("0.");
        let mut e = j;
        while let Lexeme::Cardinal(u) = self.lex(e) {
            if u > 9 {
                break;
            }
            s.push(char::from(b'0' + u as u8));
            e += 1;
        }
        if e == j {
            return None;
        }
        Some((s.parse().ok()?, e))
    }

    /// `n` parts of the fraction word at `j`, "of a" scale ("quarter of a million", "thirds of
    /// a billion"): the amount and the token after the scale. The fraction is proper and agrees
    /// with its count ("a third", "two thirds").
    #[inline]
    pub(super) fn fraction_of_scale(&self, n: u32, j: usize) -> Option<(Decimal, usize)> {
        if !self.is(j + 1, "of") || !self.is_any(j + 2, &["a", "an"]) {
            return None;
        }
        let Lexeme::Scale(x) = self.lex(j + 3) else {
            return None;
        };
        let w = self.lower(j);
        let d = ratios::fraction_denominator(w.as_str())?;
        if n >= d || (n > 1) != w.as_str().ends_with('s') {
            return None;
        }
        let v = Decimal::from(x) * Decimal::from(n) / Decimal::from(d);
        Some((v, j + 4))
    }

    #[inline]
    pub(super) fn spelled_number(&self, i: usize) -> Option<ParsedNumber> {
        #[derive(PartialEq, Clone, Copy)]
        enum L {
            Unit,
            Teen,
            Tens,
            Hund,
            Scale,
            And,
        }
        let mut j = i;
        let mk = |v: Decimal, e: usize, m: Option<Modifier>| ParsedNumber {
            value: v,
            digits: None,
            end: e,
            words: true,
            plain_int: None,
            frac: false,
            modifier: m,
            vague: false,
        };
        // "a"/"an"/"half" + scale, unit or vague quantity
        if self.is_any(i, &["a", "an"]) {
            let j = i + 1;
            // "a quarter of a million", "a third of a billion": a fraction of a scale
            if let Some((v, e)) = self.fraction_of_scale(1, j) {
                return Some(mk(v, e, None));
            }
            // "a half million", "a quarter-million", "a half-million": a fraction of a scale
            if self.is_any(j, &["half", "quarter"]) {
                let k = if self.punct(j + 1, '-') && self.touches(j + 1) && self.touches(j + 2) {
                    j + 2
                } else {
                    j + 1
                };
                if let Lexeme::Scale(x) = self.lex(k) {
                    let d = if self.is(j, "half") { 2 } else { 4 };
                    return Some(mk(Decimal::from(x) / Decimal::from(d), k + 1, None));
                }
            }
            return match self.lex(j) {
                Lexeme::Hundred | Lexeme::Scale(_) | Lexeme::Dozen => {
                    let mut np = mk(Decimal::ONE, j, None);
                    self.scales(&mut np);
                    Some(np)
                }
                // "a quarter million": a fraction of a scale, not three months
                Lexeme::TimeUnit(TimeUnit::Quarter) if let Lexeme::Scale(x) = self.lex(j + 1) => {
                    Some(mk(Decimal::from(x) / Decimal::from(4), j + 2, None))
                }
                // "a year-end bonus", "a quarter-point cut" name no stretch of time; "a
                // month-long strike", "a year-old law" do
                Lexeme::TimeUnit(_)
                    if self.punct(j + 1, '-')
                        && self.touches(j + 1)
                        && self.touches(j + 2)
                        && self.is_word(j + 2)
                        && !self.is_any(j + 2, &["long", "old", "plus"]) =>
                {
                    None
                }
                Lexeme::TimeUnit(_) => Some(mk(Decimal::ONE, j, None)),
                Lexeme::Ordinal(2) if self.is(j, "second") && self.second_is_unit(j) => {
                    Some(mk(Decimal::ONE, j, None))
                }
                _ if self.is_any(j, &["couple", "pair"]) => {
                    let e = if self.is(j + 1, "of") && !self.closes(j + 2) {
                        j + 1
                    } else if self.is(j + 1, "of") {
                        j + 2
                    } else {
                        j + 1
                    };
                    let mut np = mk(Decimal::TWO, e, None);
                    np.frac = true;
                    Some(np)
                }
                _ if self.is(j, "few") => {
                    let mut np = mk(Decimal::from(3), j + 1, Some(Modifier::Approx));
                    np.vague = true;
                    Some(np)
                }
                _ if self.is(j, "half") => match self.lex(j + 1) {
                    Lexeme::TimeUnit(_) => Some(mk(Decimal::new(5, 1), j + 1, None)),
                    _ => None,
                },
                _ => None,
            };
        }
        // "some quarter million people", "a quarter-million": a fraction of a scale
        if self.is(i, "quarter")
            && let k = self.after_dash(i + 1)
            && let Lexeme::Scale(x) = self.lex(k)
        {
            return Some(mk(Decimal::from(x) / Decimal::from(4), k + 1, None));
        }
        if self.is(i, "half") {
            let mut k = i + 1;
            if self.is_any(k, &["a", "an"]) {
                k += 1;
            }
            return match self.lex(k) {
                Lexeme::TimeUnit(_) => Some(mk(Decimal::new(5, 1), k, None)),
                Lexeme::Scale(x) => Some(mk(Decimal::new(5, 1) * Decimal::from(x), k + 1, None)),
                // "half a dozen", "half a hundred"
                Lexeme::Dozen if k > i + 1 => Some(mk(Decimal::from(6), k + 1, None)),
                Lexeme::Hundred if k > i + 1 => Some(mk(Decimal::from(50), k + 1, None)),
                _ => None,
            };
        }
        // "three-quarters of a million", "two thirds of a billion"
        if let Lexeme::Cardinal(n) = self.lex(i)
            && (1..=9).contains(&n)
        {
            let j = if self.punct(i + 1, '-') && self.touches(i + 1) && self.touches(i + 2) {
                i + 2
            } else {
                i + 1
            };
            if let Some((v, e)) = self.fraction_of_scale(n, j) {
                return Some(mk(v, e, None));
            }
        }
        if self.is(i, "point") {
            let (f, e) = self.point_digits(i + 1)?;
            let mut np = mk(f, e, None);
            self.scales(&mut np);
            return Some(np);
        }
        let (mut total, mut cur, mut maxscale) = (Decimal::ZERO, Decimal::ZERO, 1u64);
        let big = Decimal::from(1_000_000_000_000_000u64);
        let mut last: Option<L> = None;
        loop {
            let lx = self.lex(j);
            if !self.is_word(j) {
                break;
            }
            match lx {
                Lexeme::Cardinal(u) => {
                    if u < 10 && last == Some(L::Tens) {
                        cur += Decimal::from(u);
                        last = Some(L::Unit);
                    } else if matches!(last, None | Some(L::Hund | L::Scale | L::And)) {
                        cur += Decimal::from(u);
                        last = Some(if u < 10 { L::Unit } else { L::Teen });
                    } else {
                        break;
                    }
                }
                Lexeme::Tens(t) => {
                    if last == Some(L::Unit)
                        && cur > Decimal::ZERO
                        && cur < Decimal::TEN
                        && total.is_zero()
                    {
                        cur = cur * Decimal::ONE_HUNDRED + Decimal::from(t);
                    } else if matches!(last, None | Some(L::Hund | L::Scale | L::And)) {
                        cur += Decimal::from(t);
                    } else {
                        break;
                    }
                    last = Some(L::Tens);
                }
                Lexeme::Hundred => {
                    if !matches!(last, Some(L::Unit | L::Teen | L::Tens)) {
                        break;
                    }
                    cur = cur.max(Decimal::ONE) * Decimal::ONE_HUNDRED;
                    last = Some(L::Hund);
                }
                Lexeme::Scale(x) | Lexeme::VaguePlural(x) => {
                    if last.is_none() || last == Some(L::And) || total > big || cur > big {
                        break;
                    }
                    let xd = Decimal::from(x);
                    let next = if x > maxscale {
                        mul(total + cur, xd)
                    } else {
                        mul(cur, xd).and_then(|c| total.checked_add(c))
                    };
                    let Some(next) = next else {
                        break;
                    };
                    total = next;
                    maxscale = maxscale.max(x);
                    cur = Decimal::ZERO;
                    last = Some(L::Scale);
                }
                Lexeme::Dozen => {
                    if last.is_none() || last == Some(L::And) {
                        break;
                    }
                    if total > big || cur > big {
                        break;
                    }
                    let Some(next) = mul(total + cur, Decimal::from(12)) else {
                        break;
                    };
                    total = next;
                    cur = Decimal::ZERO;
                    maxscale = maxscale.max(12);
                    last = Some(L::Scale);
                }
                _ => {
                    // (not "and three quarters" after a scale or a hundred: a fraction, read by
                    // `fraction_tail`)
                    if self.is(j, "and")
                        && matches!(last, Some(L::Hund | L::Scale))
                        && matches!(self.lex(j + 1), Lexeme::Cardinal(_) | Lexeme::Tens(_))
                        && ratios::fraction_denominator(self.lower(j + 2).as_str()).is_none()
                    {
                        last = Some(L::And);
                        j += 1;
                        continue;
                    }
                    if self.is(j, "point")
                        && matches!(last, Some(L::Unit | L::Teen | L::Tens))
                        && let Some((f, e)) = self.point_digits(j + 1)
                    {
                        cur += f;
                        j = e;
                        last = Some(L::Teen);
                        // a scale word may follow: "two point two million"
                        continue;
                    }
                    break;
                }
            }
            j += 1;
            // hyphens inside a number: "twenty-one", "forty-five"
            if self.punct(j, '-')
                && self.touches(j)
                && self.touches(j + 1)
                && last == Some(L::Tens)
                && matches!(self.lex(j + 1), Lexeme::Cardinal(1..=9))
            {
                j += 1;
            }
        }
        if last.is_none() || last == Some(L::And) {
            return None;
        }
        let mut np = mk(total + cur, j, None);
        np.words = true;
        Some(np)
    }

    #[inline]
    pub(super) fn negative(&mut self, i: usize) -> Option<Hit> {
        let j = i + 1;
        if !self.is_num(j) {
            return None;
        }
        let prev_ok = i == 0
            || (self.tokens[i].gap && !matches!(self.kind(i - 1), Some(TokenKind::Number)))
            || matches!(
                self.kind(i - 1),
                Some(TokenKind::Punct('(' | '[' | '"' | '“' | ':' | '='))
            );
        let touching = !self.tokens[j].gap;
        if !(prev_ok && (touching || i == 0)) {
            return None;
        }
        // "-4/5": a negative fraction
        if self.punct(j + 1, '/')
            && self.touches(j + 1)
            && self.touches(j + 2)
            && let (Some((a, _)), Some((b, _))) = (self.small_int(j), self.small_int(j + 2))
            && b > 0
            && a < b
            && matches!(b, 2 | 3 | 4 | 5 | 8 | 10 | 100 | 1000)
            && !self.glued_after(j + 2)
            && !self.punct(j + 3, '/')
        {
            let v = -(Decimal::from(a) / Decimal::from(b));
            return Some(Hit::new(
                ValueKind::Number,
                i,
                j + 3,
                Some(format_number(v)),
            ));
        }
        let np = self.number_at(j, false)?;
        let glued_temp = matches!(self.text_of(np.end), "C" | "F");
        if self.touches(np.end) && self.is_word(np.end) && !glued_temp {
            return None;
        }
        let mut np = np;
        np.value = -np.value;
        np.digits = np
            .digits
            .map(|l| if l == "0" { l } else { format_compact!("-{l}") });
        // "-5C", "-40 degrees"
        if let Some(h) = self.quantity(i, &np) {
            return Some(h);
        }
        Some(Hit::new(
            ValueKind::Number,
            i,
            np.end,
            Some(np.normalized()),
        ))
    }

    /// "53/54", "1/2", "20/100": fractions, or two numbers.
    #[inline]
    pub(super) fn slash(&mut self, i: usize) -> Option<Hit> {
        if !(self.punct(i + 1, '/')
            && self.touches(i + 1)
            && self.touches(i + 2)
            && self.is_num(i + 2))
        {
            return None;
        }
        let (a, _) = self.small_int(i)?;
        let (b, _) = self.small_int(i + 2)?;
        if b > 0 && a < b && matches!(b, 2 | 3 | 4 | 5 | 8 | 10 | 100 | 1000) {
            let np = ParsedNumber {
                value: Decimal::from(a) / Decimal::from(b),
                digits: None,
                end: i + 3,
                words: false,
                plain_int: None,
                frac: true,
                modifier: None,
                vague: false,
            };
            return self.classify(i, &np);
        }
        Some(Hit::new(
            ValueKind::Number,
            i,
            i + 1,
            Some(normalize_digits(self.text_of(i)).0.into_string()),
        ))
    }

    /// "hundreds of experiments", "tens of thousands": at least the unit, so `more-than`.
    #[inline]
    pub(super) fn vague(&mut self, i: usize) -> Option<Hit> {
        let Lexeme::VaguePlural(x) = self.lex(i) else {
            return None;
        };
        // "tens of thousands of", "hundreds of thousands"
        let mut v = Decimal::from(x);
        let mut e = i + 1;
        if self.is(e, "of")
            && let Lexeme::VaguePlural(y) | Lexeme::Scale(y) = self.lex(e + 1)
            && (y > x || y >= 1_000)
            && let Some(xy) = mul(v, Decimal::from(y))
        {
            v = xy;
            e += 2;
        }
        let val = format_number(v);
        if self.is(e, "of") {
            let mut k = e + 1;
            if self.is_any(k, &["the", "their", "his", "her", "its", "our"]) {
                k += 1;
            }
            if let Some(ne) = self.noun_phrase(k) {
                return Some(
                    Hit::new(ValueKind::Count, i, ne, Some(val)).with_mod(Some(Modifier::MoreThan)),
                );
            }
        }
        Some(Hit::new(ValueKind::Number, i, e, Some(val)).with_mod(Some(Modifier::MoreThan)))
    }

    /// A number glued to a word before it ("COVID-19", "F-16") is not a value: skip it whole.
    #[inline]
    pub(super) fn glued_number(&mut self, i: usize) -> Option<Hit> {
        if !self.glued_before(i) {
            return None;
        }
        let mut e = i + 1;
        while self.touches(e) && matches!(self.kind(e), Some(TokenKind::Word | TokenKind::Number)) {
            e += 1;
        }
        Some(Hit::silent(i, e))
    }

    /// A number right after "53/" is the second half of a pair: a plain number.
    #[inline]
    pub(super) fn after_slash(&mut self, i: usize) -> Option<Hit> {
        if !(i >= 2
            && self.punct(i - 1, '/')
            && !self.tokens[i - 1].gap
            && !self.tokens[i].gap
            && self.is_num(i - 2))
        {
            return None;
        }
        let np = self.number_at(i, false)?;
        Some(Hit::new(
            ValueKind::Number,
            i,
            np.end.min(i + 1),
            Some(np.normalized()),
        ))
    }

    /// "a dozen", "a year", "a couple of", "a single crew member"; not "once a year".
    #[inline]
    pub(super) fn article(&mut self, i: usize) -> Option<Hit> {
        // "once a year", "$5 a day", "twice a week"
        if i > 0 && self.is_any(i - 1, &["once", "twice", "thrice", "times", "per"]) {
            return None;
        }
        if self.is(i + 1, "single") && self.noun_phrase(i + 2).is_some() {
            let e = self.noun_phrase(i + 2)?;
            return Some(Hit::new(ValueKind::Count, i, e, Some("1".into())));
        }
        // "5 times a week": the unit belongs to the value just before, unless it dates a phrase
        // of its own ("up from 58% a week ago")
        if self.is_any(
            i + 1,
            &["week", "year", "month", "fortnight", "day", "decade"],
        ) && i > 0
            && self.last_out_end() == Some(self.tokens[i - 1].end())
            && !self.is_any(i + 2, &["ago", "earlier"])
        {
            return None;
        }
        // "a months-long fight", "an hours-long search": an article before a plural unit counts
        // nothing
        if self.time_unit_at(i + 1).is_some() && self.text_of(i + 1).ends_with(['s', 'S']) {
            return Some(Hit::silent(i, i + 2));
        }
        let np = self.number_at(i, false)?;
        self.classify(i, &np)
    }

    /// "couple of weeks" without its article: two, as "a couple of" is; "few months ago"
    /// without its article: "a few" (bare "few days" otherwise means not many, no value).
    #[inline]
    pub(super) fn bare_couple(&mut self, i: usize) -> Option<Hit> {
        if self.is(i, "few")
            && self.time_unit_at(i + 1).is_some()
            && self.is(i + 2, "ago")
            && !(i > self.floor && self.is_any(i - 1, &["a", "very", "too", "so"]))
        {
            let np = ParsedNumber {
                value: Decimal::from(3),
                digits: None,
                end: i + 1,
                words: true,
                plain_int: None,
                frac: false,
                modifier: Some(Modifier::Approx),
                vague: true,
            };
            return self.classify(i, &np);
        }
        if !(self.is(i, "couple") && self.is(i + 1, "of") && !self.closes(i + 2)) {
            return None;
        }
        let np = ParsedNumber {
            value: Decimal::TWO,
            digits: None,
            end: i + 1,
            words: true,
            plain_int: None,
            frac: true,
            modifier: None,
            vague: false,
        };
        self.classify(i, &np)
    }

    /// "point five": a decimal written in words.
    #[inline]
    pub(super) fn spelled_point(&mut self, i: usize) -> Option<Hit> {
        let np = self.number_at(i, false)?;
        Some(Hit::new(
            ValueKind::Number,
            i,
            np.end,
            Some(np.normalized()),
        ))
    }

    /// "minus 5", "negative 0.5".
    #[inline]
    pub(super) fn spelled_minus(&mut self, i: usize) -> Option<Hit> {
        // "plus or minus 3 percentage points" is a margin, not a negative number: the number is
        // read on its own from the next token
        if i >= 2 && self.is(i - 1, "or") && self.is(i - 2, "plus") {
            return None;
        }
        let mut np = self.number_at(i + 1, false)?;
        np.value = -np.value;
        np.digits = np
            .digits
            .map(|l| if l == "0" { l } else { format_compact!("-{l}") });
        // "minus 0.5 percent", "minus 5 degrees Celsius", "minus 40C"
        if let Some(h) = self.percent(i, &np).or_else(|| self.quantity(i, &np)) {
            return Some(h);
        }
        Some(Hit::new(
            ValueKind::Number,
            i,
            np.end,
            Some(np.normalized()),
        ))
    }

    /// A number glued to letters we do not know ("5G", "3D") is not a value.
    #[inline]
    pub(super) fn glued_letters(&mut self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let j = np.end;
        if !(self.touches(j) && matches!(self.kind(j), Some(TokenKind::Word | TokenKind::Other))) {
            return None;
        }
        let mut e = j + 1;
        while self.touches(e) && matches!(self.kind(e), Some(TokenKind::Word | TokenKind::Number)) {
            e += 1;
        }
        Some(Hit::silent(s, e))
    }

    /// A game's score ("beat Barcelona 3-1", "won 2-0", "drew 1-1 with", "a 2-1 victory", "the
    /// final score was 3-2") is no value: two numbers glued by a dash, three digits a side at
    /// most, after a word of a result among the four before it or before a noun of one. Its
    /// two sides are no amounts (a comparison or a sum would read them as such); the claim's
    /// wording keeps the score. A vote's tally ("voted 52-48", "approved it 7-2", "a 6-3
    /// ruling") is none the same way: its two sides are no counts of anything the sentence
    /// names, and the claim's wording keeps the tally as written.
    #[inline]
    pub(super) fn score(&mut self, i: usize) -> Option<Hit> {
        if !(self.punct(i + 1, '-') && self.touches(i + 1) && self.touches(i + 2)) {
            return None;
        }
        let (_, d1) = self.small_int(i)?;
        let (_, d2) = self.small_int(i + 2)?;
        if d1 > 3
            || d2 > 3
            || self.tokens[i].int_digits == 0
            || (self.touches(i) && !self.punct(i.wrapping_sub(1), '('))
            || (self.touches(i + 3)
                && matches!(
                    self.kind(i + 3),
                    Some(TokenKind::Punct('-' | '/' | '%') | TokenKind::Word | TokenKind::Number)
                ))
            // "3-2.5": a decimal goes on; "3-2." ends the sentence.
            || (self.punct(i + 3, '.') && self.touches(i + 3) && self.touches(i + 4))
            || self.is_any(i + 3, &["percent", "pct"])
        {
            return None;
        }
        let window = i.saturating_sub(4).max(self.floor)..i;
        let before = window.clone().any(|k| self.is_any(k, SCORE_BEFORE));
        // a vote's tally, the winning side first: "voted 7-2", "approved the plan 52-48"
        let tally = d1 >= d2 && window.into_iter().any(|k| self.is_any(k, TALLY_BEFORE));
        let after = self.is_any(i + 3, SCORE_AFTER);
        // "beating Mira Novak 6-4, 7-5": a set's score right after another's.
        let listed = i >= 4 && self.score_end == i - 1 && self.punct(i - 1, ',');
        if !(before || tally || after || listed) {
            return None;
        }
        // "7-6 (4)": a set's tiebreak in brackets right after it is the score's.
        let end = if self.punct(i + 3, '(')
            && self.touches(i + 4)
            && self.touches(i + 5)
            && self.punct(i + 5, ')')
            && self.small_int(i + 4).is_some_and(|(_, d)| d <= 2)
        {
            i + 6
        } else {
            i + 3
        };
        self.score_end = end;
        Some(Hit::silent(i, end))
    }

    /// A verb of a game's result among the three words before a team's name at `p`: "beat
    /// the Heat", "defeated Boston", "edged past the Nets".
    fn result_verb_before(&self, p: usize) -> bool {
        (p.saturating_sub(3).max(self.floor)..p).any(|k| {
            self.is_any(
                k,
                &[
                    "beat",
                    "beats",
                    "beating",
                    "defeated",
                    "defeats",
                    "defeating",
                    "edged",
                    "edges",
                    "topped",
                    "tops",
                    "downed",
                    "routed",
                    "outlasted",
                    "trounced",
                    "thrashed",
                    "over",
                    "against",
                    "past",
                    // a vote's tally: "passed the House 218-214"
                    "passed",
                    "approved",
                    "rejected",
                    "confirmed",
                    "cleared",
                ],
            )
        })
    }

    /// A name and its number ("Falcon 9", "Fortune 500", "Apollo 13", "Route 66", "Tokyo 2020")
    /// is not a value: a capitalized word that is not a value word, inside a sentence, right
    /// before a number that no unit, percent or currency follows.
    #[inline]
    pub(super) fn name_number(&mut self, i: usize) -> Option<Hit> {
        if i < 1 || i - 1 < self.floor || self.touches(i) {
            return None;
        }
        let p = i - 1;
        // also "iPhone 15", "eBay 2": a name with a capital inside it
        if !self.name_cased(p) {
            return None;
        }
        if !matches!(self.lex(p), Lexeme::None) || is_function_word(self.lower(p).as_str()) {
            return None;
        }
        // the first word of a sentence may be capitalized for another reason ("Nearly 500")
        let first = p == 0
            || matches!(
                self.kind(p - 1),
                Some(TokenKind::Punct(
                    '.' | '!' | '?' | '"' | '“' | '\n' | ':' | '(' | '-' | '\''
                ))
            );
        if first {
            let lc = self.lower(p);
            let w = lc.as_str();
            if w.ends_with("ly")
                || matches!(
                    w,
                    "only"
                        | "just"
                        | "another"
                        | "over"
                        | "under"
                        | "around"
                        | "about"
                        | "almost"
                        | "some"
                        | "all"
                        | "exactly"
                        | "below"
                        | "above"
                        | "up"
                        | "at"
                        | "more"
                        | "less"
                        | "fewer"
                        | "early"
                        | "late"
                        | "mid"
                        | "perhaps"
                        | "maybe"
                        | "still"
                        | "even"
                        | "since"
                        | "until"
                        | "by"
                        | "from"
                        | "after"
                        | "before"
                        | "between"
                        | "in"
                        | "on"
                        | "of"
                        | "for"
                        | "with"
                        | "to"
                        | "and"
                        | "but"
                        | "or"
                        | "nearly"
                )
            {
                return None;
            }
            // and the name stands as a subject: "Windows 11 was released", "Area 51 remains
            // secret", "Proposition 47 reduced penalties" (a verb in -s or -ed after it; not
            // after a word that leads a count: "Despite 500 arrests", "Following 20 years")
            let verb = || {
                let lc = self.lower(i + 1);
                let w = lc.as_str();
                self.is_word(i + 1)
                    && !self.capitalized(i + 1)
                    && w.len() > 3
                    && ((w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
                        || w.ends_with("ed"))
                    && !is_function_word(w)
                    && !matches!(self.lex(i + 1), Lexeme::TimeUnit(_) | Lexeme::Measure(_))
                    && {
                        let lp = self.lower(p);
                        let q = lp.as_str();
                        !q.ends_with("ing")
                            && !matches!(
                                q,
                                "throughout" | "despite" | "amid" | "past" | "top" | "circa"
                            )
                    }
            };
            if !self.is_any(
                i + 1,
                &[
                    "is", "was", "were", "are", "has", "had", "have", "will", "would", "can",
                    "could",
                ],
            ) && !verb()
            {
                return None;
            }
        }
        let np = self.number_at(i, false)?;
        if np.end != i + 1
            || self.measure_unit_at(np.end).is_some()
            || self.punct(np.end, '%')
            || self.is_any(np.end, &["percent", "pct"])
            || matches!(self.lex(np.end), Lexeme::Currency(_) | Lexeme::TimeUnit(_))
        {
            return None;
        }
        // "beat Arsenal 4-2": a score after a name, not the name's number ("Boeing 737-800" and
        // "F-16" stay names); three digits a side after a verb of the result ("beat the Heat
        // 112-104", "defeated Boston 101-99")
        if let Some(d) = np.plain_int
            // (the tokenizer reads an en dash as '-')
            && self.punct(np.end, '-')
            && self.touches(np.end)
            && self.touches(np.end + 1)
            && let Some((_, d2)) = self.small_int(np.end + 1)
            && ((d <= 2 && d2 <= 2) || (d <= 3 && d2 <= 3 && self.result_verb_before(p)))
        {
            return None;
        }
        // "Expedition 64/65"
        if self.punct(i + 1, '/')
            && self.touches(i + 1)
            && self.touches(i + 2)
            && self.is_num(i + 2)
        {
            return Some(Hit::silent(i, i + 3));
        }
        Some(Hit::silent(i, i + 1))
    }

    /// A number word written with a capital inside a sentence, next to another capitalised
    /// word, is part of a name: "Formula One", "Erik Ten Hag", "World War Two", "the Big Ten",
    /// "Twenty-One Pilots", "the Group of Seven" (not the first word of a sentence: "Two men were
    /// held"); so is one in lower case between two names ("Erik ten Hag"; not "In Gaza ten
    /// Palestinians").
    #[inline]
    pub(super) fn name_number_word(&mut self, i: usize) -> Option<Hit> {
        let t = self.text_of(i).as_bytes();
        if i == 0 || i - 1 < self.floor || t.len() < 2 || !t[1].is_ascii_lowercase() {
            return None;
        }
        // "Erik ten Hag": a particle between two parts of a name
        if t[0].is_ascii_lowercase() {
            let named = |k: usize| {
                self.name_cased(k)
                    && matches!(self.lex(k), Lexeme::None)
                    && !is_function_word(self.lower(k).as_str())
            };
            // not a count of people after a place ("In Gaza ten Palestinians were …")
            let plural = self.text_of(i + 1).ends_with('s');
            return (named(i - 1) && named(i + 1) && !plural).then(|| Hit::silent(i, i + 1));
        }
        if self.sentence_first(i) {
            return None;
        }
        let mut e = i + 1;
        if self.punct(e, '-')
            && self.touches(e)
            && self.touches(e + 1)
            && self.capitalized(e + 1)
            && matches!(self.lex(e + 1), Lexeme::Cardinal(_))
        {
            e += 2;
        }
        // "the Group of Seven": after "of" and a word of a name
        let of_a_name = i >= 2
            && i - 2 >= self.floor
            && self.is(i - 1, "of")
            && self.name_cased(i - 2)
            && matches!(self.lex(i - 2), Lexeme::None);
        if !(self.name_cased(i - 1) || self.capitalized(e) || of_a_name) {
            return None;
        }
        Some(Hit::silent(i, e))
    }

    /// Token `p` opens a sentence, a quotation or a clause set off by a dash or a colon.
    #[inline]
    fn sentence_first(&self, p: usize) -> bool {
        p == 0
            || matches!(
                self.kind(p - 1),
                Some(TokenKind::Punct(
                    '.' | '!' | '?' | '"' | '“' | '\n' | ':' | '(' | '-' | '\'' | ';'
                ))
            )
    }

    /// Phone numbers ("555-123-4567", "(212) 555-1234") are not values.
    #[inline]
    pub(super) fn phone(&mut self, i: usize) -> Option<Hit> {
        let group = |k: usize, d: usize| {
            self.small_int(k).is_some_and(|(_, n)| n == d)
                || (d > 4 && self.is_num(k) && self.text_of(k).len() == d)
        };
        let dash = |k: usize| {
            (self.punct(k, '-') || self.punct(k, '.')) && self.touches(k) && self.touches(k + 1)
        };
        // "(212) 555-1234"
        if group(i, 3)
            && i > 0
            && self.punct(i - 1, '(')
            && self.punct(i + 1, ')')
            && group(i + 2, 3)
            && dash(i + 3)
            && group(i + 4, 4)
        {
            return Some(Hit::silent(i, i + 5));
        }
        if group(i, 3) && dash(i + 1) && group(i + 2, 3) && dash(i + 3) && group(i + 4, 4) {
            return Some(Hit::silent(i, i + 5));
        }
        if group(i, 3)
            && dash(i + 1)
            && group(i + 2, 4)
            && !self.glued_after(i + 2)
            && !self.punct(i + 3, '-')
        {
            return Some(Hit::silent(i, i + 3));
        }
        None
    }

    /// A street address ("1600 Pennsylvania Avenue", "10 Downing Street") is not a value.
    #[inline]
    pub(super) fn street_address(&mut self, i: usize) -> Option<Hit> {
        let (_, d) = self.small_int(i)?;
        if d > 5 {
            return None;
        }
        let mut k = i + 1;
        while k < i + 4 && self.capitalized(k) {
            if self.is_any(
                k,
                &[
                    "street",
                    "st",
                    "avenue",
                    "ave",
                    "road",
                    "rd",
                    "boulevard",
                    "blvd",
                    "lane",
                    "drive",
                    "way",
                    "place",
                    "square",
                    "terrace",
                    "court",
                    "crescent",
                    "highway",
                ],
            ) && k > i + 1
            {
                return Some(Hit::silent(i, k + 1));
            }
            k += 1;
        }
        None
    }
}

impl Scanner<'_> {
    /// "second" after "a" is a unit of time ("for a second", "a second later", "half a second or
    /// two") where the text goes on as a time would; before a noun or a hyphen it is the ordinal
    /// ("a second wave", "a second-half goal", "a second time"), and "a" is no number then.
    #[inline]
    fn second_is_unit(&self, j: usize) -> bool {
        if self.punct(j + 1, '-') && self.touches(j + 1) {
            return false;
        }
        self.closes(j + 1)
            || self.is_any(
                j + 1,
                &[
                    "ago", "later", "earlier", "before", "after", "or", "and", "of", "to",
                    "longer", "per", "at", "in", "on", "for", "too", "than", "left", "away",
                ],
            )
    }
}

/// Words of a game's result before its score ("beat Barcelona 3-1", "lost 5-3 to").
const SCORE_BEFORE: &[&str] = &[
    "beat",
    "beats",
    "beating",
    "defeated",
    "defeats",
    "defeating",
    "edged",
    "edges",
    "topped",
    "downed",
    "routed",
    "outlasted",
    "trounced",
    "thrashed",
    "won",
    "win",
    "wins",
    "winning",
    "lost",
    "lose",
    "loses",
    "losing",
    "drew",
    "draw",
    "tied",
    "trailed",
    "trailing",
    "led",
    "leading",
    "score",
    "scoreline",
    "halftime",
    "half-time",
];

/// Words of a vote before its tally, the winning side first ("voted 7-2", "passed the House
/// 218-214").
const TALLY_BEFORE: &[&str] = &[
    "voted",
    "vote",
    "votes",
    "approved",
    "passed",
    "rejected",
    "confirmed",
    "upheld",
    "struck",
];

/// Nouns of a game's result after its score ("a 2-1 victory", "a 1-1 draw"), or of a vote
/// after its tally ("a 6-3 ruling", "a 52-48 vote").
const SCORE_AFTER: &[&str] = &[
    "vote",
    "ruling",
    "decision",
    "majority",
    "verdict",
    "victory",
    "win",
    "defeat",
    "loss",
    "draw",
    "lead",
    "triumph",
    "thrashing",
    "drubbing",
    "rout",
    "scoreline",
    "aggregate",
    "home",
    "away",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A game's score is no value (neither of its sides an amount); a vote's tally stays two
    /// numbers, and a range stays a range.
    #[test]
    fn a_score_is_no_value() {
        let kinds = |t: &str| -> Vec<String> {
            crate::extract::values::scan(t, None)
                .iter()
                .map(|v| t[v.span.clone()].to_string())
                .collect()
        };
        for t in [
            "Real Madrid beat Barcelona 3-1 on Sunday.",
            "Ana Lima won 6-4, 7-5 in the final.",
            // a tiebreak in brackets is its set's
            "Novak Djokovic beat Jannik Sinner 6-3, 7-6 (4), 6-4 in the final.",
            "Alcaraz beat Zverev 6-7 (5), 6-3, 6-4.",
            "Spain's 2-1 victory over England sealed the title.",
            "The final score was 3-2.",
            "Liverpool drew 2-2 with Everton.",
            // a vote's tally, as a score
            "The Senate voted 52-48 to confirm her.",
            "The city council voted 7-2 on Tuesday to raise fees.",
            "The board approved the plan 5-4.",
            "The justices ruled in a 6-3 decision.",
        ] {
            assert!(
                kinds(t)
                    .iter()
                    .all(|v| !v.starts_with(|c: char| c.is_ascii_digit())),
                "{t}: {:?}",
                kinds(t)
            );
        }
        // a count of the council's members stays a count
        assert_eq!(kinds("The council has 7 members."), ["7 members"]);
        assert_eq!(kinds("Children aged 5-11 can get the shot."), ["aged 5-11"]);
    }

    /// `parse_literal` reads a literal as the decimal parser does: the same mantissa and scale.
    #[test]
    fn literals_read_as_the_decimal_parser_reads_them() {
        for lit in [
            "0",
            "7",
            "1234",
            "3.5",
            "0.77",
            "0.5",
            "12.25",
            "999999999999999999",
            "1000000000",
            "123456789012.345678",
            "0.000001",
            "1234567890123456789",
            "1.5.5",
            "",
        ] {
            let ours = parse_literal(lit);
            let theirs: Option<Decimal> = lit.parse().ok();
            assert_eq!(
                ours.map(|d| (d.mantissa(), d.scale())),
                theirs.map(|d| (d.mantissa(), d.scale())),
                "{lit}"
            );
        }
    }

    /// `push_number` writes what the formatters wrote: an integer as `i64::to_string`, any other
    /// number as the decimal's `to_string`, both after `normalize`.
    #[test]
    fn numbers_written_as_the_formatters_write_them() {
        for (m, scale) in [
            (0i64, 0u32),
            (5, 0),
            (-504, 0),
            (5_000_000, 0),
            (50, 1),
            (16_100_000_000, 0),
            (i64::MAX, 0),
            (i64::MIN + 1, 0),
            (77, 2),
            (-125, 3),
        ] {
            let v = Decimal::new(m, scale);
            let n = v.normalize();
            let old = if n.is_zero() {
                "0".to_string()
            } else if n.scale() == 0
                && let Ok(i) = i64::try_from(n.mantissa())
            {
                i.to_string()
            } else {
                n.to_string()
            };
            assert_eq!(format_number(v), old, "{m} at scale {scale}");
        }
    }

    #[test]
    fn number_words_inside_names_are_no_values() {
        let texts = |t: &str| -> Vec<String> {
            super::super::scan(t, None)
                .into_iter()
                .map(|v| t[v.span].to_string())
                .collect()
        };
        for t in [
            "He has won seven of the nine Formula One races.",
            "United manager Erik Ten Hag joined in 2022.",
            "United manager Erik ten Hag joined in 2022.",
            "Leaders of the Group of Seven met in Italy.",
        ] {
            let v = texts(t);
            assert!(
                !v.iter().any(|x| {
                    ["One", "Ten", "ten", "Seven"]
                        .iter()
                        .any(|n| x == n || x.starts_with(&format!("{n} ")))
                }),
                "{t}: {v:?}"
            );
        }
        // Counts in similar words stay.
        for (t, want) in [
            ("Ten people died in the crash.", "Ten people"),
            ("In Gaza ten Palestinians were killed.", "ten Palestinians"),
            ("Labour won ten seats in Scotland.", "ten seats"),
        ] {
            let v = texts(t);
            assert!(v.iter().any(|x| x == want), "{t}: {v:?}");
        }
    }

    /// The normalization as it was written before the single pass over bytes: the reference.
    fn by_str(s: &str) -> (String, bool) {
        if s.bytes().all(|b| b.is_ascii_digit()) {
            let t = s.trim_start_matches('0');
            return ((if t.is_empty() { "0" } else { t }).to_string(), false);
        }
        let (int, frac) = s.split_once('.').unwrap_or((s, ""));
        let int = int.trim_start_matches(['0', ',']);
        let frac = frac.trim_end_matches(['0', ',']);
        let mut out = String::new();
        if int.is_empty() {
            out.push('0');
        }
        out.extend(int.split(','));
        if !frac.is_empty() {
            out.push('.');
            out.extend(frac.split(','));
        }
        (out, s.contains('.'))
    }

    #[test]
    fn digit_literals_normalize_as_the_reference_does() {
        let long = "1,".repeat(30) + "000.5000";
        for s in [
            "0",
            "000",
            "12",
            "007",
            "1,234",
            "1,234,567",
            "0,001",
            "1.50",
            "0.77",
            ".77",
            ".0",
            "1.",
            "12.000",
            "1,234.5",
            "001,234.50",
            "1.2.3",
            "1,2é,3.4é0",
            &long,
        ] {
            let (got, dot) = normalize_digits(s);
            assert_eq!((got.as_str().to_string(), dot), by_str(s), "{s:?}");
        }
    }
}
