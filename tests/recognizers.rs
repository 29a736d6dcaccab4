//! Microsoft Recognizers-Text's English specs (fixtures/recognizers/, MIT, `LICENSE` beside them):
//! each case is extracted with its reference date as the publication date, and each expected
//! result passes by the rule of `../shared/eval/score-recognizers.py` (see `agrees`). The cases
//! whose reading is wrong for news are listed with their reason in
//! `tests/recognizers-excluded.jsonl` and left out. Prints each set's rate
//! (`cargo test --release --test recognizers -- --nocapture`); asserts each set's floor.
//!
//! One set needs a rule of its own: the number ranges resolve to intervals ("(100,300)", "[20,)"),
//! which the Python scorer compares with a number and so can never pass. Here an interval passes
//! on a `range` value whose two ends are its two ends, an open one ("(30,)", "(,700]") on a value of
//! that number with the modifier `more-than` or `less-than`, and "[20,20]" on the number itself.
//! The value contract does not say whether an end is included ("more than 30" and "at least 30"
//! are both `more-than`), so the brackets are not compared.
//!
//! And one rule for durations: the contract writes a duration in the smallest whole unit
//! (Duckling's convention: "an hour and a half" `PT90M`, "3.5 years" `P42M`, "two decades" `P2DE`),
//! where the specs write a fraction of the larger one (`PT1.5H`, `P3.5Y`, `P20Y`). A duration in
//! one unit passes on a value in one unit of the same length, by the exact identities only: a
//! year is 12 months, a decade 10 years, a century 100 years; a week 7 days, a day 24 hours, an
//! hour 60 minutes, a minute 60 seconds (months and days are never converted into each other).
//!
//! And one for periods: the specs write a period as an interval of days ("the third quarter of
//! 2016" `(2016-07-01,2016-10-01,P3M)`), the contract by its name at the grain written
//! (`2016-Q3`). A value passes when it is the same stretch of days (see `same_interval`).

use chrono::NaiveDate;
use claimdesk::extract::{Value, extract};
use serde_json::Value as Json;
use std::collections::BTreeMap;

/// Each set's floor: the pass rate (in percent, excluded cases left out) this suite reached.
const FLOORS: &[(&str, f64)] = &[
    ("AgeModel.json", 100.0),
    ("CurrencyModel.json", 82.5),
    ("DateParser.json", 81.9),
    ("DatePeriodParser.json", 80.5),
    ("DimensionModel.json", 86.1),
    ("DurationParser.json", 91.0),
    ("NumberModel.json", 65.0),
    ("NumberRangeModel.json", 76.0),
    ("PercentModel.json", 83.3),
    ("TemperatureModel.json", 80.0),
    ("TimeParser.json", 86.0),
];

fn num(s: &str) -> Option<f64> {
    // the first number in the text, as the scorer's `-?\d+(?:\.\d+)?` finds it
    let s = s.replace(',', "");
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let neg = b[i] == b'-' && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if b[i].is_ascii_digit() || neg {
            let mut j = i + usize::from(neg);
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            if j + 1 < b.len() && b[j] == b'.' && b[j + 1].is_ascii_digit() {
                j += 1;
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
            }
            return s[i..j].parse().ok();
        }
        i += 1;
    }
    None
}

/// A whole string that is one number (the scorer's `NUM.fullmatch`).
fn whole_num(s: &str) -> Option<f64> {
    let t = s.strip_prefix('-').unwrap_or(s);
    let ok = !t.is_empty()
        && t.split_once('.')
            .map_or(t, |(a, _)| a)
            .bytes()
            .all(|c| c.is_ascii_digit())
        && t.split_once('.').is_none_or(|(a, b)| {
            !a.is_empty() && !b.is_empty() && b.bytes().all(|c| c.is_ascii_digit())
        });
    if ok { s.parse().ok() } else { None }
}

enum Want {
    /// Dates, times, durations, periods: the timex and the resolutions.
    Time(Vec<String>),
    /// Numbers, percentages, ages, dimensions, currencies, temperatures.
    Number(Vec<String>),
    /// A number range's interval: lower and upper ends, `None` when open.
    Interval(Option<f64>, Option<f64>),
}

fn wanted(r: &Json) -> Want {
    if let Some(v) = r.get("Value") {
        let mut out = vec![v["Timex"].as_str().unwrap_or_default().to_string()];
        for res in ["FutureResolution", "PastResolution"] {
            for k in ["date", "time", "datetime"] {
                if let Some(s) = v[res][k].as_str() {
                    out.push(s.to_string());
                }
            }
            // a period's resolved ends, in the form of a period's timex
            if let (Some(a), Some(b)) = (v[res]["startDate"].as_str(), v[res]["endDate"].as_str()) {
                out.push(format!("({a},{b},P)"));
            }
        }
        out.retain(|s| !s.is_empty());
        return Want::Time(out);
    }
    let res = &r["Resolution"];
    if let Some(values) = res["values"].as_array() {
        let mut out = Vec::new();
        for x in values {
            for k in ["timex", "value"] {
                if let Some(s) = x[k].as_str() {
                    out.push(s.to_string());
                }
            }
        }
        return Want::Time(out);
    }
    let value = match &res["value"] {
        Json::String(s) => s.trim_end_matches('%').to_string(),
        Json::Null => String::new(),
        other => other.to_string(),
    };
    if r["TypeName"] == "numberrange"
        && let Some(inner) = value.get(1..value.len().saturating_sub(1))
        && let Some((a, b)) = inner.split_once(',')
    {
        return Want::Interval(a.parse().ok(), b.parse().ok());
    }
    Want::Number(if value.is_empty() {
        vec![]
    } else {
        vec![value]
    })
}

/// A duration in one unit ("P3.5Y", "PT90M", "P2DE"): whether it counts months (else seconds),
/// and its length in months or seconds.
fn one_unit_duration(s: &str) -> Option<(bool, f64)> {
    let (time, rest) = match s.strip_prefix("PT") {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('P')?),
    };
    let split = rest.find(|c: char| c.is_ascii_alphabetic())?;
    let (n, unit) = rest.split_at(split);
    let n: f64 = n.parse().ok()?;
    let (months, per) = match (time, unit) {
        (false, "Y") => (true, 12.0),
        (false, "M") => (true, 1.0),
        (false, "DE") => (true, 120.0),
        (false, "CE") => (true, 1200.0),
        (false, "W") => (false, 604_800.0),
        (false, "D") => (false, 86_400.0),
        (true, "H") => (false, 3_600.0),
        (true, "M") => (false, 60.0),
        (true, "S") => (false, 1.0),
        _ => return None,
    };
    Some((months, n * per))
}

/// The first day of a period written in the value contract, and the day after it: a year
/// "2016", a month "2016-11", a day, an ISO week "2016-W45", a quarter "2016-Q3", a half
/// "2016-H2", a decade "197X", a century "14XX".
fn span_of(v: &str) -> Option<(NaiveDate, NaiveDate)> {
    let ymd = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d);
    let b = v.as_bytes();
    let year = |s: &str| -> Option<i32> {
        (s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    if b.len() == 4 && b[3] == b'X' {
        let (n, size) = if b[2] == b'X' {
            (v[..2].parse::<i32>().ok()? * 100, 100)
        } else {
            (v[..3].parse::<i32>().ok()? * 10, 10)
        };
        return Some((ymd(n, 1, 1)?, ymd(n + size, 1, 1)?));
    }
    if let Some(y) = year(v) {
        return Some((ymd(y, 1, 1)?, ymd(y + 1, 1, 1)?));
    }
    let y = year(v.get(..4)?)?;
    let rest = v.get(5..)?;
    let months = |from: u32, n: u32| {
        let start = ymd(y, from, 1)?;
        let end = if from + n > 12 {
            ymd(y + 1, from + n - 12, 1)?
        } else {
            ymd(y, from + n, 1)?
        };
        Some((start, end))
    };
    if let Some(w) = rest.strip_prefix('W') {
        let start = NaiveDate::from_isoywd_opt(y, w.parse().ok()?, chrono::Weekday::Mon)?;
        return Some((start, start + chrono::Days::new(7)));
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q: u32 = q.parse().ok()?;
        return months(3 * q.checked_sub(1)? + 1, 3);
    }
    if let Some(h) = rest.strip_prefix('H') {
        let h: u32 = h.parse().ok()?;
        return months(6 * h.checked_sub(1)? + 1, 6);
    }
    if rest.len() == 2 {
        return months(rest.parse().ok()?, 1);
    }
    let d = NaiveDate::parse_from_str(v, "%Y-%m-%d").ok()?;
    Some((d, d + chrono::Days::new(1)))
}

/// A period value agrees with a spec's interval "(A,B,…)" when it is the same stretch of days:
/// one period from its first day to the day after its last; a range from its first end's first
/// day to its second end's first day (the specs' convention) or to the day after it.
fn same_interval(got: &str, a: &str, b: &str) -> bool {
    let (Ok(a), Ok(b)) = (
        NaiveDate::parse_from_str(a, "%Y-%m-%d"),
        NaiveDate::parse_from_str(b, "%Y-%m-%d"),
    ) else {
        return false;
    };
    if let Some((x, y)) = got.split_once('/') {
        return match (span_of(x), span_of(y)) {
            (Some((x0, _)), Some((y0, y1))) => x0 == a && (y0 == b || y1 == b),
            _ => false,
        };
    }
    span_of(got).is_some_and(|(s, e)| s == a && e == b)
}

/// "(A,B,P…)": a date period.
fn period(w: &str) -> Option<(&str, &str, &str)> {
    let inner = w.strip_prefix('(')?.strip_suffix(')')?;
    let mut it = inner.splitn(3, ',');
    let (a, b, p) = (it.next()?, it.next()?, it.next()?);
    (p.starts_with('P') && !a.contains(' ') && !b.contains(' ')).then_some((a, b, p))
}

fn agrees(want: &Want, v: &Value) -> bool {
    let got = v.value.as_deref().unwrap_or("null");
    match want {
        Want::Number(ws) => num(got).is_some_and(|g| ws.iter().any(|w| whole_num(w) == Some(g))),
        Want::Time(ws) => ws.iter().any(|w| {
            if got == w
                || (w.starts_with('T') && got.ends_with(w.as_str()))
                || (w.starts_with('T') && format!("{got}:00").contains(&format!("{w}:00")))
            {
                return true;
            }
            if let (Some((m1, a)), Some((m2, b))) = (one_unit_duration(got), one_unit_duration(w))
                && m1 == m2
                && (a - b).abs() <= 1e-9 * a.abs().max(1.0)
            {
                return true;
            }
            if let Some((a, b, p)) = period(w) {
                if (got.contains(a) && got.contains(b)) || same_interval(got, a, b) {
                    return true;
                }
                let grain = match p {
                    "P1Y" => 4,
                    "P1M" => 7,
                    "P1D" => 10,
                    _ => 0,
                };
                if grain > 0 && a.get(..grain) == Some(got) {
                    return true;
                }
            }
            false
        }),
        Want::Interval(lo, hi) => {
            let modifier = v.modifier.map(|m| m.as_str());
            match (lo, hi) {
                (Some(a), Some(b)) if a == b => num(got) == Some(*a),
                (Some(a), Some(b)) => {
                    v.kind.as_str() == "range"
                        && got
                            .split_once('/')
                            .is_some_and(|(x, y)| num(x) == Some(*a) && num(y) == Some(*b))
                }
                (Some(a), None) => num(got) == Some(*a) && modifier == Some("more-than"),
                (None, Some(b)) => num(got) == Some(*b) && modifier == Some("less-than"),
                (None, None) => false,
            }
        }
    }
}

fn excluded() -> Vec<(String, String)> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/recognizers-excluded.jsonl"
    );
    std::fs::read_to_string(path)
        .expect("read tests/recognizers-excluded.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let row: Json = serde_json::from_str(l).expect("valid JSON line");
            (
                row["set"].as_str().expect("set").to_string(),
                row["input"].as_str().expect("input").to_string(),
            )
        })
        .collect()
}

/// (passed, results, cases, excluded cases, misses) of one spec file.
fn score(set: &str, excluded: &[(String, String)]) -> (usize, usize, usize, usize, Vec<String>) {
    let path = format!("{}/fixtures/recognizers/{set}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).expect("read a spec");
    let cases: Vec<Json> =
        serde_json::from_str(data.trim_start_matches('\u{feff}')).expect("a spec is JSON");
    let (mut ok, mut n, mut cases_n, mut skipped) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for c in &cases {
        let Some(results) = c["Results"].as_array().filter(|r| !r.is_empty()) else {
            continue;
        };
        let input = c["Input"].as_str().expect("Input");
        cases_n += 1;
        if excluded.iter().any(|(s, i)| s == set && i == input) {
            skipped += 1;
            continue;
        }
        let reference = c["Context"]["ReferenceDateTime"]
            .as_str()
            .unwrap_or("2016-11-07");
        let reference = NaiveDate::parse_from_str(&reference[..10], "%Y-%m-%d").expect("a date");
        let values = extract(input, Some(reference)).values;
        for r in results {
            n += 1;
            let start = r["Start"].as_u64().expect("Start") as usize;
            let end = match r["End"].as_u64() {
                Some(e) => e as usize + 1,
                None => start + r["Length"].as_u64().unwrap_or(0) as usize,
            };
            let want = wanted(r);
            if values
                .iter()
                .any(|v| v.start < end && v.end > start && agrees(&want, v))
            {
                ok += 1;
            } else {
                misses.push(format!(
                    "{input:?} [{}]: got {}",
                    r["Text"].as_str().unwrap_or(""),
                    values
                        .iter()
                        .map(|v| format!(
                            "{} {}",
                            v.kind.as_str(),
                            v.value.as_deref().unwrap_or("null")
                        ))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
    }
    (ok, n, cases_n, skipped, misses)
}

#[test]
fn each_set_keeps_its_floor() {
    let excluded = excluded();
    let mut below = BTreeMap::new();
    for (set, floor) in FLOORS {
        let (ok, n, cases, skipped, misses) = score(set, &excluded);
        let rate = 100.0 * ok as f64 / n.max(1) as f64;
        println!("{set}: {ok}/{n} ({rate:.1}%), {skipped} of {cases} cases excluded");
        // RECOGNIZERS_MISSES=N prints N misses of each set (5 by default)
        let show = std::env::var("RECOGNIZERS_MISSES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(5);
        for m in misses.iter().take(show) {
            println!("  miss: {m}");
        }
        assert!(n > 0, "{set} has no results");
        assert!(
            skipped * 10 <= cases,
            "{set}: {skipped} of {cases} cases excluded, more than a tenth of the set"
        );
        if rate < *floor {
            below.insert(*set, (rate, *floor));
        }
    }
    assert!(below.is_empty(), "sets below their floor: {below:?}");
}

#[test]
fn every_excluded_case_is_in_its_set() {
    for (set, input) in excluded() {
        let path = format!("{}/fixtures/recognizers/{set}", env!("CARGO_MANIFEST_DIR"));
        let data = std::fs::read_to_string(&path).expect("read a spec");
        let cases: Vec<Json> =
            serde_json::from_str(data.trim_start_matches('\u{feff}')).expect("a spec is JSON");
        assert!(
            cases.iter().any(|c| c["Input"] == input.as_str()),
            "{set} has no case {input:?}"
        );
    }
}
