//! Money: currency symbols and codes before a number, currency words after it.

use super::*;

impl<'a> Scanner<'a> {
    #[inline]
    pub(super) fn money_suffix(&self, s: usize, np: &ParsedNumber) -> Option<Hit> {
        let mut j = np.end;
        // "20 US dollars"
        if self.is_any(j, &["us", "u.s."]) && matches!(self.lex(j + 1), Lexeme::Currency(_)) {
            j += 1;
        }
        // "10p a litre", "99p", "212.5p": pence glued to the number (under 100 pence unless
        // written with a fraction, so "720p" and "1080p" stay what they are)
        if j == np.end
            && self.is(j, "p")
            && self.touches(j)
            && !self.glued_after(j)
            && !(self.punct(j + 1, '.') && self.touches(j + 2) && self.is_word(j + 2))
            && (!np.is_int() || np.within(0, 99))
        {
            let v = format_number(np.value / Decimal::ONE_HUNDRED);
            return Some(
                Hit::new(ValueKind::Money, s, j + 1, Some(format!("GBP {v}")))
                    .with_mod(np.modifier),
            );
        }
        // "in 2022 dollars", "in constant 2010 euros": the year whose money is meant
        if np.plain_int == Some(4)
            && np.within(1800, 2100)
            && s > 0
            && self.is_any(s - 1, &["in", "constant", "real"])
        {
            return None;
        }
        let Lexeme::Currency(currency) = self.lex(j) else {
            // "10 pounds sterling"
            if self.is_any(j, &["pound", "pounds"]) && self.is(j + 1, "sterling") {
                return Some(
                    Hit::new(
                        ValueKind::Money,
                        s,
                        j + 2,
                        Some(np.normalized_with_code("GBP")),
                    )
                    .with_mod(np.modifier),
                );
            }
            if self.is_any(j, &["pound", "pounds"]) && self.pounds_are_money(s, j) {
                return Some(
                    Hit::new(
                        ValueKind::Money,
                        s,
                        j + 1,
                        Some(np.normalized_with_code("GBP")),
                    )
                    .with_mod(np.modifier),
                );
            }
            return None;
        };
        let code = currency.code();
        // "won" is a verb as often: money only after an amount of a thousand or more that is no
        // year ("450 trillion won", "500,000 won"; not "in 2019 won", "3 won").
        if code == "KRW"
            && self.is(j, "won")
            && (np.value < Decimal::ONE_THOUSAND || np.plain_int.is_some_and(|d| d <= 4))
        {
            return None;
        }
        // a code in capitals or a currency word
        // cents and pence: hundredths of a dollar or a pound ("212.50 pence" is GBP 2.125)
        if code == "c" || code == "p" {
            let v = format_number(np.value / Decimal::ONE_HUNDRED);
            let code = if code == "c" { "USD" } else { "GBP" };
            return Some(
                Hit::new(ValueKind::Money, s, j + 1, Some(format!("{code} {v}")))
                    .with_mod(np.modifier),
            );
        }
        let mut e = j + 1;
        if code == "GBP" && self.is(j, "sterling") {
            e = j + 1;
        }
        // "3 dollars 50 cents", "thirteen dollars and forty-five cents": one amount
        if code == "USD" {
            let k = if self.is(e, "and") { e + 1 } else { e };
            if let Some(c) = self.number_at(k, false)
                && c.is_int()
                && c.within(1, 99)
                && matches!(self.lex(c.end), Lexeme::Currency(cents) if cents.code() == "c")
            {
                let v = np.value + c.value / Decimal::ONE_HUNDRED;
                return Some(
                    Hit::new(
                        ValueKind::Money,
                        s,
                        c.end + 1,
                        Some(format!("USD {}", format_number(v))),
                    )
                    .with_mod(np.modifier),
                );
            }
        }
        Some(
            Hit::new(ValueKind::Money, s, e, Some(np.normalized_with_code(code)))
                .with_mod(np.modifier),
        )
    }

    /// "pounds" at `j`, after the number that starts at `s`, is money (sterling), not a weight:
    /// after a magnitude glued to the number ("450k pounds", "3.5m pounds": weights are not
    /// written so), or with a word of paying or owing just before the number ("fined 2 million
    /// pounds", "paid", "worth", "sold for", "a fee of"); never before "of" ("recalled 2 million
    /// pounds of beef"), nor with a word of weight ("weighs", "lost").
    fn pounds_are_money(&self, s: usize, j: usize) -> bool {
        if self.is(j + 1, "of") {
            return false;
        }
        if j > s + 1 && self.is_word(j - 1) && self.touches(j - 1) {
            return true;
        }
        // "62.5 million pounds ($79 million)", "4 million pounds in funding": a sum given in
        // dollars beside it, or a noun of money after "in"
        if (self.punct(j + 1, '(')
            && (self.text_of(j + 2) == "$" || self.is_any(j + 2, &["us", "about", "around"])))
            || (self.is(j + 1, "in")
                && self.is_any(
                    j + 2,
                    &[
                        "funding",
                        "investment",
                        "investments",
                        "revenue",
                        "revenues",
                        "compensation",
                        "damages",
                        "profit",
                        "profits",
                        "fines",
                        "fees",
                        "savings",
                        "loans",
                        "cash",
                        "aid",
                        "taxes",
                        "grants",
                        "donations",
                        "sales",
                        "bonuses",
                        "costs",
                    ],
                ))
        {
            return true;
        }
        const PAYING: &[&str] = &[
            "fined",
            "fine",
            "fines",
            "paid",
            "pay",
            "pays",
            "paying",
            "worth",
            "cost",
            "costs",
            "costing",
            "raised",
            "raise",
            "spent",
            "spend",
            "spending",
            "earn",
            "earns",
            "earned",
            "earning",
            "owed",
            "owes",
            "owe",
            "awarded",
            "compensation",
            "damages",
            "fee",
            "fees",
            "salary",
            "wage",
            "wages",
            "bonus",
            "budget",
            "price",
            "prize",
            "loan",
            "loans",
            "debt",
            "debts",
            "funding",
            "invested",
            "invest",
            "investment",
            "donated",
            "charged",
            "bill",
            "valued",
            "sold",
            "bought",
            "borrowed",
            "borrow",
            "borrows",
            "borrowing",
            "lent",
            "lend",
            "lending",
            "deal",
            "contract",
            "grant",
            "grants",
            "revenue",
            "revenues",
            "profit",
            "profits",
            "turnover",
            "subsidy",
            "subsidies",
            "fund",
            "bid",
            "offer",
            "bailout",
            "pension",
            "rent",
            "fortune",
            "sum",
            "transfer",
            "settlement",
            "payout",
            "payment",
            "payments",
            "cash",
            "tax",
            "taxes",
            "income",
            "deficit",
            "surplus",
            "overdraft",
            "mortgage",
            "savings",
            "spends",
            "pledged",
            "allocated",
        ];
        // "sold for 450,000 pounds", "a fine of 500 pounds", "paid almost 2 million pounds"
        let mut k = s;
        for _ in 0..3 {
            let Some(p) = k.checked_sub(1) else {
                return false;
            };
            k = p;
            if k < self.floor || !self.is_word(k) {
                return false;
            }
            if self.is_any(k, PAYING) {
                return true;
            }
            // a function word, an adjective of amount or a hedge may stand between: "for",
            // "of", "about", "more than", "an extra", "nearly"
            let w = self.lower(k);
            let w = w.as_str();
            if !(is_function_word(w)
                || ADJECTIVE_SET.contains(w)
                || MODIFIER_WORDS.split_whitespace().any(|m| m == w))
            {
                return false;
            }
        }
        false
    }

    #[inline]
    pub(super) fn money_prefix(&mut self, s: usize, i: usize) -> Option<Hit> {
        let sym = self.text_of(i);
        let prefix = if s < i {
            self.lower(s)
        } else {
            LowerWord::new("")
        };
        let code = match sym {
            "$" => match prefix.as_str() {
                "" | "us" => "USD",
                "a" | "au" => "AUD",
                "c" | "ca" => "CAD",
                "hk" => "HKD",
                "nz" => "NZD",
                "s" | "sg" => "SGD",
                "r" => "BRL",
                _ => return None,
            },
            "€" => "EUR",
            "£" => "GBP",
            "¥" => "JPY",
            "₹" => "INR",
            "₽" => "RUB",
            _ => match LowerWord::new(sym).as_str() {
                "rs" => "INR",
                "usd" => "USD",
                "eur" => "EUR",
                "gbp" => "GBP",
                "jpy" => "JPY",
                "cny" => "CNY",
                "inr" => "INR",
                "chf" => "CHF",
                "cad" => "CAD",
                "aud" => "AUD",
                "hkd" => "HKD",
                "rub" => "RUB",
                _ => return None,
            },
        };
        let mut j = i + 1;
        if self.punct(j, '.') && self.touches(j) {
            j += 1;
        }
        if !self.is_num(j) && !matches!(self.lex(j), Lexeme::Cardinal(_) | Lexeme::Tens(_)) {
            return None;
        }
        if self.is_word(j) && self.tokens[j].gap && sym.len() == 1 {
            // "$ five" is not how money is written
            return None;
        }
        let np = self.number_at(j, true)?;
        Some(Hit::new(
            ValueKind::Money,
            s,
            np.end,
            Some(np.normalized_with_code(code)),
        ))
    }

    /// "USD 5", "EUR 2.5m": a currency code in capitals before a number.
    #[inline]
    pub(super) fn currency_code(&mut self, i: usize) -> Option<Hit> {
        if self.text_of(i).bytes().all(|b| b.is_ascii_uppercase()) && self.is_num(i + 1) {
            self.money_prefix(i, i)
        } else {
            None
        }
    }

    /// "US$5", "A$20", "HK$1m": a country prefix glued to "$".
    #[inline]
    pub(super) fn dollar_prefix(&mut self, i: usize) -> Option<Hit> {
        let lc = self.lower(i);
        if self.punct(i + 1, '$')
            && self.touches(i + 1)
            && matches!(
                lc.as_str(),
                "us" | "hk" | "nz" | "au" | "ca" | "sg" | "c" | "r" | "s" | "a"
            )
        {
            return self.money_prefix(i, i + 1);
        }
        None
    }

    /// "Rs 500", "Rs. 2 crore".
    #[inline]
    pub(super) fn rupees(&mut self, i: usize) -> Option<Hit> {
        let mut j = i + 1;
        if self.punct(j, '.') && self.touches(j) {
            j += 1;
        }
        if self.is_num(j) {
            self.money_prefix(i, i)
        } else {
            None
        }
    }
}
