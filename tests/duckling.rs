//! The Duckling development set (fixtures/duckling-dev.jsonl, from ../shared/eval): each
//! expression, scanned with its reference date as the publication date, must yield a value of the
//! expected kind and normalized value. Prints the misses; asserts the pass rate.

use chrono::NaiveDate;
use claimdesk::extract::values::scan;

#[test]
fn duckling_dev_pass_rate() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/duckling-dev.jsonl");
    let data = std::fs::read_to_string(path).expect("read fixtures/duckling-dev.jsonl");
    let (mut total, mut pass) = (0usize, 0usize);
    let mut misses = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
        let text = row["text"].as_str().expect("text");
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
