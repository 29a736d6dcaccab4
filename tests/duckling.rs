//! The Duckling development set (fixtures/duckling-dev.jsonl, from ../shared/eval): each
//! expression, scanned with its reference date as the publication date, must yield a value of the
//! expected kind and normalized value. Prints the misses; asserts the pass rate.
//!
//! A few of Duckling's readings are wrong for news; `fixtures/duckling-excluded.jsonl` lists them
//! with the reason and the news reading, which `the_news_readings_of_the_excluded_cases` asserts.
//! They are left out of the rate.

use chrono::NaiveDate;
use claimdesk::extract::values::scan;

#[test]
fn duckling_dev_pass_rate() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/duckling-dev.jsonl");
    let data = std::fs::read_to_string(path).expect("read fixtures/duckling-dev.jsonl");
    let excluded = excluded();
    let (mut total, mut pass) = (0usize, 0usize);
    let mut misses = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
        let text = row["text"].as_str().expect("text");
        if excluded
            .iter()
            .any(|e| e["text"] == row["text"] && e["reference"] == row["reference"])
        {
            continue;
        }
        let reference =
            NaiveDate::parse_from_str(row["reference"].as_str().expect("reference"), "%Y-%m-%d")
                .expect("reference date");
        let kind = row["expected"]["kind"].as_str().expect("kind");
        let value = row["expected"]["value"].as_str().expect("value");
        let found = scan(text, Some(reference));
        total += 1;
        if found
            .iter()
            .any(|v| v.kind.as_str() == kind && v.value.as_deref() == Some(value))
        {
            pass += 1;
        } else {
            let got: Vec<String> = found
                .iter()
                .map(|v| {
                    format!(
                        "{}:{:?}={}",
                        v.kind.as_str(),
                        &text[v.span.clone()],
                        v.value.as_deref().unwrap_or("-")
                    )
                })
                .collect();
            misses.push(format!(
                "{text:?} want {kind}={value} got [{}]",
                got.join(", ")
            ));
        }
    }
    for m in &misses {
        println!("miss: {m}");
    }
    let rate = pass as f64 / total as f64;
    println!("duckling-dev: {pass}/{total} = {:.1}%", rate * 100.0);
    assert!(total >= 400, "the set has {total} rows");
    assert!(rate >= 0.93, "pass rate {:.1}% below 93%", rate * 100.0);
}

fn excluded() -> Vec<serde_json::Value> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/duckling-excluded.jsonl"
    );
    std::fs::read_to_string(path)
        .expect("read fixtures/duckling-excluded.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("valid JSON line"))
        .collect()
}

#[test]
fn the_news_readings_of_the_excluded_cases() {
    let excluded = excluded();
    assert!(
        excluded.len() <= 41,
        "at most a tenth of the set may be excluded"
    );
    for row in &excluded {
        let text = row["text"].as_str().expect("text");
        assert!(
            !row["reason"].as_str().unwrap_or("").is_empty(),
            "{text}: no reason"
        );
        let reference =
            NaiveDate::parse_from_str(row["reference"].as_str().expect("reference"), "%Y-%m-%d")
                .expect("reference date");
        let (kind, value) = (row["news"]["kind"].as_str(), row["news"]["value"].as_str());
        let found = scan(text, Some(reference));
        assert!(
            found
                .iter()
                .any(|v| Some(v.kind.as_str()) == kind && v.value.as_deref() == value),
            "{text}: want {kind:?} {value:?}, got {found:?}"
        );
    }
}
