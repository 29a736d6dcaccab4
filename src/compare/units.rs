//! Unit conversion in exact decimals: the one home of it (mass, length, area, volume, speed,
//! energy, power, data, temperature, durations; money in the same currency only).
//!
//! A unit is the symbol the extractor writes in a value's normalized form ("500 t", "12 km",
//! "45 °C", "USD 1000000", "P355D"). Linear units convert through one base unit per dimension
//! with exact factors (the international yard and pound: 1 lb = 0.45359237 kg, 1 ft = 0.3048 m);
//! temperatures are affine. Calendar durations (months, years) convert to days with the
//! Gregorian mean (1 year = 365.2425 days, 1 month = 30.436875 days), the only inexact step.

use crate::extract::ValueKind;
use rust_decimal::Decimal;
use std::str::FromStr;

/// What a unit measures; two values compare only in the same dimension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dimension {
    Mass,
    Length,
    Area,
    Volume,
    Speed,
    Energy,
    Power,
    Data,
    Temperature,
    Duration,
    /// Money in one currency (ISO 4217 code): no exchange rates here.
    Money(String),
    Percent,
    /// A bare number or a count.
    Number,
}

/// An amount in a unit ("" for a bare number, "%" for a percentage).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quantity {
    pub amount: Decimal,
    pub unit: String,
}

fn dec(s: &str) -> Decimal {
    // The table below holds literals that always parse.
    Decimal::from_str(s).unwrap_or(Decimal::ZERO)
}

/// A linear unit: its symbol, its dimension, how many base units one of it is.
type Linear = (&'static str, fn() -> Dimension, &'static str);

/// Linear units (the base first in each dimension).
const LINEAR: &[Linear] = &[
    ("kg", || Dimension::Mass, "1"),
    ("t", || Dimension::Mass, "1000"),
    ("g", || Dimension::Mass, "0.001"),
    ("mg", || Dimension::Mass, "0.000001"),
    ("lb", || Dimension::Mass, "0.45359237"),
    ("oz", || Dimension::Mass, "0.028349523125"),
    ("short ton", || Dimension::Mass, "907.18474"),
    ("long ton", || Dimension::Mass, "1016.0469088"),
    ("m", || Dimension::Length, "1"),
    ("km", || Dimension::Length, "1000"),
    ("cm", || Dimension::Length, "0.01"),
    ("mm", || Dimension::Length, "0.001"),
    ("mi", || Dimension::Length, "1609.344"),
    ("ft", || Dimension::Length, "0.3048"),
    ("in", || Dimension::Length, "0.0254"),
    ("yd", || Dimension::Length, "0.9144"),
    ("m2", || Dimension::Area, "1"),
    ("km2", || Dimension::Area, "1000000"),
    ("mi2", || Dimension::Area, "2589988.110336"),
    ("ft2", || Dimension::Area, "0.09290304"),
    ("ha", || Dimension::Area, "10000"),
    ("acre", || Dimension::Area, "4046.8564224"),
    ("l", || Dimension::Volume, "1"),
    ("ml", || Dimension::Volume, "0.001"),
    ("m3", || Dimension::Volume, "1000"),
    ("km3", || Dimension::Volume, "1000000000000"),
    ("ft3", || Dimension::Volume, "28.316846592"),
    ("gal", || Dimension::Volume, "3.785411784"),
    ("bbl", || Dimension::Volume, "158.987294928"),
    ("km/h", || Dimension::Speed, "1"),
    ("m/h", || Dimension::Speed, "0.001"),
    ("m/s", || Dimension::Speed, "3.6"),
    ("mph", || Dimension::Speed, "1.609344"),
    ("kn", || Dimension::Speed, "1.852"),
    ("kWh", || Dimension::Energy, "1"),
    ("MWh", || Dimension::Energy, "1000"),
    ("GWh", || Dimension::Energy, "1000000"),
    ("TWh", || Dimension::Energy, "1000000000"),
    ("kW", || Dimension::Power, "1"),
    ("MW", || Dimension::Power, "1000"),
    ("GW", || Dimension::Power, "1000000"),
    ("MB", || Dimension::Data, "1"),
    ("GB", || Dimension::Data, "1000"),
    ("TB", || Dimension::Data, "1000000"),
    // durations, base the second (every factor an integer)
    ("s", || Dimension::Duration, "1"),
    ("min", || Dimension::Duration, "60"),
    ("h", || Dimension::Duration, "3600"),
    ("d", || Dimension::Duration, "86400"),
    ("wk", || Dimension::Duration, "604800"),
    ("mo", || Dimension::Duration, "2629746"),
    ("yr", || Dimension::Duration, "31556952"),
    ("decade", || Dimension::Duration, "315569520"),
    ("century", || Dimension::Duration, "3155695200"),
    ("%", || Dimension::Percent, "1"),
    ("", || Dimension::Number, "1"),
];

fn linear(unit: &str) -> Option<(Dimension, Decimal)> {
    LINEAR
        .iter()
        .find(|(u, _, _)| *u == unit)
        .map(|(_, d, f)| (d(), dec(f)))
}

/// A three-letter upper-case currency code.
fn currency(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// The dimension of a unit symbol; `None` for a unit this module does not know.
pub fn dimension(unit: &str) -> Option<Dimension> {
    match unit {
        "°C" | "°F" => Some(Dimension::Temperature),
        u if currency(u) => Some(Dimension::Money(u.to_string())),
        u => linear(u).map(|(d, _)| d),
    }
}

/// Whether two units measure the same thing (money: the same currency).
pub fn same_dimension(a: &str, b: &str) -> bool {
    matches!((dimension(a), dimension(b)), (Some(x), Some(y)) if x == y)
}

/// `value` in `to`; `None` when the units measure different things or one is unknown.
pub fn convert(value: &Quantity, to: &str) -> Option<Quantity> {
    if !same_dimension(&value.unit, to) {
        return None;
    }
    let amount = if value.unit == to {
        value.amount
    } else {
        match (value.unit.as_str(), to) {
            ("°C", "°F") => value
                .amount
                .checked_mul(dec("1.8"))?
                .checked_add(dec("32"))?,
            ("°F", "°C") => {
                (value.amount.checked_sub(dec("32"))?).checked_mul(dec("5"))? / dec("9")
            }
            (from, to) => {
                let (_, f) = linear(from)?;
                let (_, t) = linear(to)?;
                value.amount.checked_mul(f)?.checked_div(t)?
            }
        }
    };
    Some(Quantity {
        amount: amount.normalize(),
        unit: to.to_string(),
    })
}

/// An ISO 8601 duration ("P355D", "P11M", "PT5H", "P1DE") as a quantity; one of several units
/// ("P2Y3M", "PT2H58M41S") in its last (smallest) unit.
fn iso_duration(s: &str) -> Option<Quantity> {
    let mut rest = s.strip_prefix('P')?;
    let mut time = false;
    let mut total: Option<Quantity> = None;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('T') {
            time = true;
            rest = r;
        }
        let split = rest.find(|c: char| !(c.is_ascii_digit() || c == '.'))?;
        let (n, tail) = rest.split_at(split);
        let u = if tail.starts_with("DE") || tail.starts_with("CE") {
            &tail[..2]
        } else {
            tail.get(..1)?
        };
        rest = &tail[u.len()..];
        let amount = Decimal::from_str(n).ok()?;
        let unit = match (time, u) {
            (false, "Y") => "yr",
            (false, "M") => "mo",
            (false, "W") => "wk",
            (false, "D") => "d",
            (false, "DE") => "decade",
            (false, "CE") => "century",
            (true, "H") => "h",
            (true, "M") => "min",
            (true, "S") => "s",
            _ => return None,
        };
        let part = Quantity {
            amount,
            unit: unit.to_string(),
        };
        total = Some(match total {
            None => part,
            Some(before) => {
                let before = convert(&before, unit)?;
                Quantity {
                    amount: before.amount.checked_add(amount)?,
                    unit: unit.to_string(),
                }
            }
        });
    }
    total
}

/// A value's normalized form read as a quantity, by its kind; `None` for kinds that are not
/// amounts (dates, times, ranges, ordinals) and for forms not resolved ("PXD").
pub fn quantity_of(kind: ValueKind, normalized: &str) -> Option<Quantity> {
    let plain = |unit: &str| {
        Decimal::from_str(normalized.trim())
            .ok()
            .map(|amount| Quantity {
                amount,
                unit: unit.to_string(),
            })
    };
    match kind {
        ValueKind::Quantity | ValueKind::Temperature => {
            let (n, unit) = normalized.split_once(' ')?;
            let amount = Decimal::from_str(n).ok()?;
            dimension(unit)?;
            Some(Quantity {
                amount,
                unit: unit.to_string(),
            })
        }
        ValueKind::Money => {
            let (cur, n) = normalized.split_once(' ')?;
            if !currency(cur) {
                return None;
            }
            Some(Quantity {
                amount: Decimal::from_str(n).ok()?,
                unit: cur.to_string(),
            })
        }
        ValueKind::Duration => iso_duration(normalized),
        ValueKind::Percent => plain("%"),
        ValueKind::Count | ValueKind::Number => plain(""),
        ValueKind::Age => plain("yr"),
        _ => None,
    }
}

/// A number as a reader writes it: thousands separated, at most `decimals` decimals, no
/// trailing zeros ("419,725", "419.7").
pub fn display_number(v: Decimal, decimals: u32) -> String {
    let v = v.round_dp(decimals).normalize();
    let s = v.abs().to_string();
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if v.is_sign_negative() && !v.is_zero() {
        "-"
    } else {
        ""
    };
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A quantity as a reader writes it: "500 t", "USD 1,500,000", "45 °C", "355 days".
pub fn display(q: &Quantity, decimals: u32) -> String {
    let n = display_number(q.amount, decimals);
    match q.unit.as_str() {
        "" => n,
        "%" => format!("{n}%"),
        u if currency(u) => format!("{u} {n}"),
        "d" => format!("{n} days"),
        "wk" => format!("{n} weeks"),
        "mo" => format!("{n} months"),
        "yr" => format!("{n} years"),
        "h" => format!("{n} hours"),
        "min" => format!("{n} minutes"),
        "s" => format!("{n} seconds"),
        u => format!("{n} {u}"),
    }
}

/// The two ends of a range's normalized value, each as its own value would be: "20 cm/40 cm" →
/// ("20 cm", "40 cm"); a range of rates, "(USD 5/USD 10)/day", gives each end the rate
/// ("USD 5/day", "USD 10/day").
pub fn range_ends(value: &str) -> Option<(String, String)> {
    if let Some(rest) = value.strip_prefix('(')
        && let Some((inner, per)) = rest.split_once(")/")
    {
        let (a, b) = inner.split_once('/')?;
        return Some((format!("{a}/{per}"), format!("{b}/{per}")));
    }
    let (a, b) = value.split_once('/')?;
    Some((a.to_string(), b.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_of_rates_gives_each_end_the_rate() {
        let ends = |v: &str| range_ends(v).unwrap();
        assert_eq!(ends("20 cm/40 cm"), ("20 cm".into(), "40 cm".into()));
        assert_eq!(
            ends("(USD 5/USD 10)/day"),
            ("USD 5/day".into(), "USD 10/day".into())
        );
        assert_eq!(
            ends("(2000/3000)/night"),
            ("2000/night".into(), "3000/night".into())
        );
        assert_eq!(range_ends("2024"), None);
    }

    fn q(a: &str, u: &str) -> Quantity {
        Quantity {
            amount: dec(a),
            unit: u.into(),
        }
    }

    fn to(a: &str, from: &str, unit: &str) -> String {
        convert(&q(a, from), unit).unwrap().amount.to_string()
    }

    #[test]
    fn mass_converts_exactly() {
        assert_eq!(to("419725", "kg", "t"), "419.725");
        assert_eq!(to("1", "lb", "kg"), "0.45359237");
        assert_eq!(to("1", "short ton", "lb"), "2000");
        assert_eq!(to("1", "long ton", "lb"), "2240");
        assert_eq!(to("16", "oz", "lb"), "1");
        assert_eq!(to("2.5", "t", "kg"), "2500");
    }

    #[test]
    fn length_and_area_convert_exactly() {
        assert_eq!(to("1", "mi", "km"), "1.609344");
        assert_eq!(to("1", "mi", "ft"), "5280");
        assert_eq!(to("3", "ft", "yd"), "1");
        assert_eq!(to("1", "mi2", "acre"), "640");
        assert_eq!(to("1", "km2", "ha"), "100");
        assert_eq!(to("36", "in", "yd"), "1");
    }

    #[test]
    fn temperatures_are_affine() {
        assert_eq!(to("100", "°C", "°F"), "212");
        assert_eq!(to("-40", "°F", "°C"), "-40");
        assert_eq!(to("113", "°F", "°C"), "45");
        assert_eq!(to("0", "°C", "°F"), "32");
    }

    #[test]
    fn durations_convert_and_calendar_units_use_the_gregorian_mean() {
        assert_eq!(to("2", "wk", "d"), "14");
        assert_eq!(to("48", "h", "d"), "2");
        assert_eq!(to("1", "yr", "d"), "365.2425");
        assert_eq!(to("12", "mo", "yr"), "1");
        assert_eq!(
            quantity_of(ValueKind::Duration, "P355D"),
            Some(q("355", "d"))
        );
        assert_eq!(quantity_of(ValueKind::Duration, "PT5H"), Some(q("5", "h")));
        assert_eq!(quantity_of(ValueKind::Duration, "PXD"), None);
        // several units, in the last
        assert_eq!(
            quantity_of(ValueKind::Duration, "PT2H58M41S"),
            Some(q("10721", "s"))
        );
        assert_eq!(
            quantity_of(ValueKind::Duration, "P2Y3M"),
            Some(q("27", "mo"))
        );
        assert_eq!(quantity_of(ValueKind::Duration, "P2Y3"), None);
    }

    #[test]
    fn money_only_in_one_currency_and_dimensions_do_not_mix() {
        assert_eq!(to("1500000", "USD", "USD"), "1500000");
        assert!(convert(&q("20", "EUR"), "USD").is_none());
        assert!(!same_dimension("kg", "km"));
        assert!(same_dimension("short ton", "kg"));
        assert!(same_dimension("°C", "°F"));
        assert!(!same_dimension("%", ""));
        assert!(convert(&q("1", "kg"), "m").is_none());
        assert!(convert(&q("1", "furlong"), "m").is_none());
    }

    #[test]
    fn normalized_forms_read_as_quantities() {
        assert_eq!(
            quantity_of(ValueKind::Quantity, "500 t"),
            Some(q("500", "t"))
        );
        assert_eq!(
            quantity_of(ValueKind::Money, "USD 1500000"),
            Some(q("1500000", "USD"))
        );
        assert_eq!(
            quantity_of(ValueKind::Temperature, "45 °C"),
            Some(q("45", "°C"))
        );
        assert_eq!(quantity_of(ValueKind::Percent, "30"), Some(q("30", "%")));
        assert_eq!(quantity_of(ValueKind::Date, "2024-03-30"), None);
    }

    #[test]
    fn numbers_display_as_readers_write_them() {
        assert_eq!(display_number(dec("419725"), 1), "419,725");
        assert_eq!(display_number(dec("419.725"), 1), "419.7");
        assert_eq!(display_number(dec("-1234.50"), 2), "-1,234.5");
        assert_eq!(display(&q("45", "°C"), 0), "45 °C");
        assert_eq!(display(&q("1500000", "USD"), 0), "USD 1,500,000");
    }
}
