//! The extractor's normalized forms read back as exact numbers, periods and durations.

use crate::compare::units::{Quantity, convert, quantity_of};
use crate::extract::ValueKind;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::str::FromStr;

/// Whether a figure is one the rules compare: between 10⁻⁴ and 10¹² in size (or zero), so that
/// no product or quotient of two of them leaves `Decimal`'s range (ids and codes are not figures).
fn in_range(n: Decimal) -> bool {
    let a = n.abs();
    a.is_zero() || (a >= Decimal::new(1, 4) && a <= Decimal::from(1_000_000_000_000_i64))
}

/// A number and its unit: "500 t" → (500, "t"), "USD 1000000" → (1000000, "USD"), "42" → (42, "").
pub fn amount(value: &str) -> Option<(Decimal, String)> {
    amount_any(value).filter(|(n, _)| in_range(*n))
}

fn amount_any(value: &str) -> Option<(Decimal, String)> {
    let value = value.trim();
    // A rate: "USD 20/hour" → (20, "USD/hour").
    if let Some((a, per)) = value.split_once('/')
        && !per.is_empty()
        && per.bytes().all(|b| b.is_ascii_alphabetic())
    {
        let (n, unit) = amount(a)?;
        return Some((n, format!("{unit}/{per}")));
    }
    if let Ok(n) = Decimal::from_str(value) {
        return Some((n, String::new()));
    }
    let (a, b) = value.split_once(' ')?;
    if let Ok(n) = Decimal::from_str(a) {
        return Some((n, b.to_string()));
    }
    let n = Decimal::from_str(b).ok()?;
    Some((n, a.to_string()))
}

/// The grain of a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    Year,
    Month,
    Day,
}

/// A date as the period it names: its first and last day and its grain. Only plain ISO dates
/// ("2022", "2022-03", "2022-03-30", a time cut off); weeks, decades and seasons are left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub grain: Grain,
}

impl Period {
    pub fn parse(value: &str) -> Option<Period> {
        let value = value.split('T').next()?;
        let parts: Vec<&str> = value.split('-').collect();
        let num = |s: &str, len: usize| {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        match parts.as_slice() {
            [y] => {
                let y = num(y, 4)? as i32;
                Some(Period {
                    first: NaiveDate::from_ymd_opt(y, 1, 1)?,
                    last: NaiveDate::from_ymd_opt(y, 12, 31)?,
                    grain: Grain::Year,
                })
            }
            [y, m] => {
                let (y, m) = (num(y, 4)? as i32, num(m, 2)?);
                let first = NaiveDate::from_ymd_opt(y, m, 1)?;
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(y + 1, 1, 1)?
                } else {
                    NaiveDate::from_ymd_opt(y, m + 1, 1)?
                };
                Some(Period {
                    first,
                    last: next.pred_opt()?,
                    grain: Grain::Month,
                })
            }
            [y, m, d] => {
                let day = NaiveDate::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?)?;
                Some(Period {
                    first: day,
                    last: day,
                    grain: Grain::Day,
                })
            }
            _ => None,
        }
    }

    pub fn of_day(day: NaiveDate) -> Period {
        Period {
            first: day,
            last: day,
            grain: Grain::Day,
        }
    }

    /// As a reader writes it: "2021", "April 2021", "March 30, 2022".
    pub fn show(&self) -> String {
        match self.grain {
            Grain::Year => self.first.year().to_string(),
            Grain::Month => self.first.format("%B %Y").to_string(),
            Grain::Day => self.first.format("%B %-d, %Y").to_string(),
        }
    }
}

/// A duration in days, with the length of one of its units in days ("P18M" → 18 × 30.436875).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Length {
    pub days: Decimal,
    /// The days of one unit: how coarse the writer's rounding may be.
    pub unit: Decimal,
    pub day_unit: bool,
}

/// "P355D", "P1Y", "P6M", "P2W", "P1DE", "P1.5Y", "P2Y3M" → days; `unit` is the last (smallest)
/// unit's. Read and converted by `compare::units`, the one home of unit conversion (a month is
/// the Gregorian mean, 30.436875 days). Clock durations and centuries are left out.
pub fn length(value: &str) -> Option<Length> {
    let q = quantity_of(ValueKind::Duration, value)?;
    if !matches!(q.unit.as_str(), "d" | "wk" | "mo" | "yr" | "decade") || !in_range(q.amount) {
        return None;
    }
    let one = Quantity {
        amount: Decimal::ONE,
        unit: q.unit.clone(),
    };
    Some(Length {
        days: convert(&q, "d")?.amount,
        unit: convert(&one, "d")?.amount,
        day_unit: q.unit == "d",
    })
}

/// Round a decimal for showing: at most `dp` places, no trailing zeros.
pub fn show(n: Decimal, dp: u32) -> String {
    n.round_dp(dp).normalize().to_string()
}

/// A whole number with thousands separators, other numbers as they are.
pub fn show_amount(n: Decimal, unit: &str) -> String {
    let plain = show(n, 2);
    let (int, frac) = plain.split_once('.').unwrap_or((&plain, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let mut out = format!("{sign}{grouped}");
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    match unit {
        "" => out,
        u if u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase()) => format!("{u} {out}"),
        u => format!("{out} {u}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert_eq!(amount("500 t"), Some((Decimal::from(500), "t".into())));
        assert_eq!(
            amount("USD 1000000"),
            Some((Decimal::from(1_000_000), "USD".into()))
        );
        let p = Period::parse("2021-04").unwrap();
        assert_eq!(p.last, NaiveDate::from_ymd_opt(2021, 4, 30).unwrap());
        assert_eq!(p.show(), "April 2021");
        assert!(Period::parse("2022-W10").is_none());
        assert_eq!(length("P355D").unwrap().days, Decimal::from(355));
        assert_eq!(length("P1Y2D").unwrap().days, Decimal::new(3_672_425, 4));
        assert!(length("P1Y2DT3H").is_none());
        assert_eq!(
            show_amount(Decimal::from(1_200_000), "USD"),
            "USD 1,200,000"
        );
    }
}
