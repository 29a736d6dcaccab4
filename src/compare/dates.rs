//! Dates compared at their grain: "2018" and "2018-05-12" agree (the day is inside the year);
//! "2017" and "2018-05-12" do not. Also the re-check date of a dated prediction or promise.

use crate::extract::{ClaimType, ValueKind};
use chrono::{Datelike, Duration, NaiveDate};

/// How finely a date is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
}

/// A date as the days it covers, first and last included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub grain: Grain,
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).map(|d| d - Duration::days(1))
}

fn months(year: i32, from: u32, to: u32, grain: Grain) -> Option<Period> {
    Some(Period {
        first: NaiveDate::from_ymd_opt(year, from, 1)?,
        last: month_end(year, to)?,
        grain,
    })
}

/// A date value's normalized form as the period it covers: `2022-03-30`, `2022-03`, `2022`,
/// `2023-Q3`, `2024-H1`, `2025-W01`, `199X`, `18XX`, and the date of a time
/// (`2014-04-01T20:46`). `None` for seasons, fiscal years, `PRESENT_REF` and the like.
pub fn period(normalized: &str) -> Option<Period> {
    let s = normalized.split('T').next()?;
    if s.len() == 10 {
        let d = NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
        return Some(Period {
            first: d,
            last: d,
            grain: Grain::Day,
        });
    }
    if let Some(stem) = s.strip_suffix("XX").filter(|t| t.len() == 2) {
        let c: i32 = stem.parse().ok()?;
        return Some(Period {
            first: NaiveDate::from_ymd_opt(c * 100, 1, 1)?,
            last: NaiveDate::from_ymd_opt(c * 100 + 99, 12, 31)?,
            grain: Grain::Century,
        });
    }
    if let Some(stem) = s.strip_suffix('X').filter(|t| t.len() == 3) {
        let d: i32 = stem.parse().ok()?;
        return Some(Period {
            first: NaiveDate::from_ymd_opt(d * 10, 1, 1)?,
            last: NaiveDate::from_ymd_opt(d * 10 + 9, 12, 31)?,
            grain: Grain::Decade,
        });
    }
    let (y, rest) = match s.split_once('-') {
        Some((y, r)) => (y, Some(r)),
        None => (s, None),
    };
    if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    match rest {
        None => months(year, 1, 12, Grain::Year),
        Some(r) if r.len() == 2 && r.bytes().all(|b| b.is_ascii_digit()) => {
            let m: u32 = r.parse().ok()?;
            months(year, m, m, Grain::Month)
        }
        Some(r) if r.starts_with('Q') => {
            let q: u32 = r[1..].parse().ok().filter(|q| (1..=4).contains(q))?;
            months(year, q * 3 - 2, q * 3, Grain::Quarter)
        }
        Some(r) if r.starts_with('H') => {
            let h: u32 = r[1..].parse().ok().filter(|h| (1..=2).contains(h))?;
            months(year, h * 6 - 5, h * 6, Grain::Half)
        }
        Some(r) if r.starts_with('W') => {
            let w: u32 = r[1..].parse().ok()?;
            let first = NaiveDate::from_isoywd_opt(year, w, chrono::Weekday::Mon)?;
            Some(Period {
                first,
                last: first + Duration::days(6),
                grain: Grain::Week,
            })
        }
        _ => None,
    }
}

/// How two dates stand to each other, each at its own grain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateAgreement {
    /// One lies inside the other (the same day, or a day inside the year written).
    Agrees,
    /// They share no day: the claim's is this many days before (negative) or after the source's.
    Differs { days: i64 },
}

/// Compare a claim's date with a source's at their grains.
pub fn agree(claim: &Period, source: &Period) -> DateAgreement {
    let inside = |a: &Period, b: &Period| a.first >= b.first && a.last <= b.last;
    if inside(claim, source) || inside(source, claim) {
        return DateAgreement::Agrees;
    }
    let days = if claim.last < source.first {
        -(source.first - claim.last).num_days()
    } else {
        (claim.first - source.last).num_days()
    };
    DateAgreement::Differs { days }
}

/// A period as a reader writes it: "2022-03-30", "2022-03", "2018".
pub fn display(p: &Period) -> String {
    match p.grain {
        Grain::Day => p.first.format("%Y-%m-%d").to_string(),
        Grain::Month => p.first.format("%Y-%m").to_string(),
        Grain::Year => p.first.year().to_string(),
        _ => format!(
            "{} to {}",
            p.first.format("%Y-%m-%d"),
            p.last.format("%Y-%m-%d")
        ),
    }
}

/// When a prediction or a promise should be checked again: the last day of the latest date it
/// names ("will return on March 30" → that day; "by 2030" → 2030-12-31; "next year" → the end
/// of that year). `None` for other types of claim, for claims without a resolved date and for
/// dates over before `published` (a past event, not a promise).
pub fn recheck_on<'a>(
    kind: ClaimType,
    values: impl IntoIterator<Item = (ValueKind, Option<&'a str>)>,
    published: Option<NaiveDate>,
) -> Option<NaiveDate> {
    if kind != ClaimType::Prediction {
        return None;
    }
    values
        .into_iter()
        .filter(|(k, _)| matches!(k, ValueKind::Date | ValueKind::Time))
        .filter_map(|(_, v)| period(v?))
        .filter(|p| p.grain <= Grain::Year && (1..=9999).contains(&p.last.year()))
        .map(|p| p.last)
        .filter(|last| published.is_none_or(|p| *last >= p))
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Period {
        period(s).unwrap()
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn forms_read_as_periods() {
        assert_eq!(p("2022-03-30").last, d("2022-03-30"));
        assert_eq!(p("2024-02").last, d("2024-02-29"));
        assert_eq!(p("2023-Q3").first, d("2023-07-01"));
        assert_eq!(p("2023-Q3").last, d("2023-09-30"));
        assert_eq!(p("2024-H1").last, d("2024-06-30"));
        assert_eq!(p("199X").last, d("1999-12-31"));
        assert_eq!(p("2014-04-01T20:46").grain, Grain::Day);
        assert_eq!(p("2025-W01").first, d("2024-12-30"));
        assert!(period("2024-WI").is_none());
        assert!(period("PRESENT_REF").is_none());
    }

    #[test]
    fn a_day_inside_the_year_agrees_and_another_year_differs() {
        assert_eq!(agree(&p("2018"), &p("2018-05-12")), DateAgreement::Agrees);
        assert_eq!(agree(&p("2018-05-12"), &p("2018")), DateAgreement::Agrees);
        assert_eq!(
            agree(&p("2017"), &p("2018-05-12")),
            DateAgreement::Differs { days: -132 }
        );
        assert_eq!(
            agree(&p("2022-03-31"), &p("2022-03-30")),
            DateAgreement::Differs { days: 1 }
        );
    }

    #[test]
    fn predictions_with_dates_get_a_recheck_date() {
        let v = |s: &'static str| (ValueKind::Date, Some(s));
        assert_eq!(
            recheck_on(ClaimType::Prediction, [v("2024-03-30")], None),
            Some(d("2024-03-30"))
        );
        assert_eq!(
            recheck_on(ClaimType::Prediction, [v("2030"), v("2024-01")], None),
            Some(d("2030-12-31"))
        );
        assert_eq!(recheck_on(ClaimType::Time, [v("2030")], None), None);
        assert_eq!(recheck_on(ClaimType::Prediction, [v("201X")], None), None);
        assert_eq!(
            recheck_on(ClaimType::Prediction, [(ValueKind::Count, Some("3"))], None),
            None
        );
        // A date over before the article was published is a past event.
        assert_eq!(
            recheck_on(ClaimType::Prediction, [v("2021-04")], Some(d("2022-03-13"))),
            None
        );
    }
}
