//! The value table (fixtures/values-table.jsonl): news-style sentences with every value they hold.
//! Each listed value must be found with exactly that kind, text, normalized value and modifier;
//! a row without `"partial": true` must yield nothing else.

use chrono::NaiveDate;
use claimdesk::extract::values::scan;
use serde_json::Value;

type Found = (String, String, Option<String>, Option<String>);

fn expected(row: &Value) -> Vec<Found> {
    row["expect"]
        .as_array()
        .expect("expect is a list")
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().expect("kind").to_string(),
                e["text"].as_str().expect("text").to_string(),
                e["value"].as_str().map(str::to_string),
                e["modifier"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn every_row_of_the_value_table() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/values-table.jsonl");
    let data = std::fs::read_to_string(path).expect("read fixtures/values-table.jsonl");
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let row: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        rows += 1;
        let text = row["text"].as_str().expect("text");
        let published = row["published"]
            .as_str()
            .map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("published date"));
        let partial = row["partial"].as_bool().unwrap_or(false);
        let want = expected(&row);
        let got: Vec<Found> = scan(text, published)
            .into_iter()
            .map(|v| {
                (
                    v.kind.as_str().to_string(),
                    text[v.span].to_string(),
                    v.value,
                    v.modifier.map(|m| m.as_str().to_string()),
                )
            })
            .collect();
        let missing: Vec<&Found> = want.iter().filter(|w| !got.contains(w)).collect();
        let extra: Vec<&Found> = got.iter().filter(|g| !want.contains(g)).collect();
        if !missing.is_empty() || (!partial && !extra.is_empty()) {
            failures.push(format!(
                "line {}: {text:?}\n    missing: {missing:?}\n    extra:   {extra:?}",
                n + 1
            ));
        }
    }
    for f in &failures {
        println!("{f}");
    }
    assert!(rows >= 500, "the table has only {rows} rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows failed",
        failures.len()
    );
}
