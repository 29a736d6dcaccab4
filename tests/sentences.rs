//! The sentence splitter against the project's table of hard cases: the 48 "Golden Rules" of the
//! English sentence-boundary benchmark (pySBD) and news-style cases of our own.

use claimdesk::extract::sentences::split;
use serde::Deserialize;

#[derive(Deserialize)]
struct Row {
    id: String,
    rule: String,
    text: String,
    sentences: Vec<String>,
    /// A case the splitter is known to get wrong: it must still not panic and must keep the
    /// span invariants, but its output is not compared.
    #[serde(default)]
    known_miss: bool,
}

fn rows() -> Vec<Row> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/sentences-table.jsonl"
    );
    std::fs::read_to_string(path)
        .expect("read fixtures/sentences-table.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| serde_json::from_str(l).unwrap_or_else(|e| panic!("line {}: {e}", i + 1)))
        .collect()
}

fn check_spans(text: &str, spans: &[std::ops::Range<usize>]) {
    let mut last = 0;
    for r in spans {
        assert!(
            r.start >= last && r.start < r.end && r.end <= text.len(),
            "{r:?} in {text:?}"
        );
        let s = text.get(r.clone()).expect("span on char boundaries");
        assert_eq!(s, s.trim(), "span not trimmed: {s:?}");
        last = r.end;
    }
}

#[test]
fn table_of_hard_cases() {
    let rows = rows();
    assert!(rows.iter().filter(|r| r.id.starts_with("golden-")).count() == 48);
    assert!(rows.iter().filter(|r| r.id.starts_with("news-")).count() >= 30);

    let mut failures = Vec::new();
    let (mut golden_pass, mut golden_total, mut misses) = (0, 0, 0);
    for row in &rows {
        let spans = split(&row.text);
        check_spans(&row.text, &spans);
        let got: Vec<&str> = spans.iter().map(|r| &row.text[r.clone()]).collect();
        let ok = got == row.sentences;
        if row.id.starts_with("golden-") {
            golden_total += 1;
            golden_pass += usize::from(ok);
        }
        if row.known_miss {
            misses += 1;
            if ok {
                println!(
                    "{} ({}) is marked known_miss but now passes",
                    row.id, row.rule
                );
            }
        } else if !ok {
            failures.push(format!(
                "{} ({}):\n  text:     {:?}\n  expected: {:?}\n  got:      {:?}",
                row.id, row.rule, row.text, row.sentences, got
            ));
        }
    }
    println!("golden rules: {golden_pass}/{golden_total} pass; known misses: {misses}");
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn fixture_article_splits_sensibly() {
    let text = include_str!("../fixtures/vande-hei-soyuz.txt");
    let spans = split(text);
    check_spans(text, &spans);
    let got: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
    let has = |s: &str| got.contains(&s);

    // Not split inside "St. John’s University" or "Washington, D.C. and a quote".
    assert!(
        got.iter()
            .any(|s| s.starts_with("Thomas Kirkman") && s.contains("St. John’s University who"))
    );
    assert!(
        got.iter()
            .any(|s| s.contains("Washington, D.C. and a quote from George Washington"))
    );
    // Captions without a final period are sentences of their own.
    assert!(has(
        "In new threats over the weekend, Rogozin (pictured) said"
    ));
    assert!(has("55296587 10608023 image a 11 1647181437407"));
    // The dash-led question: the second question keeps its attribution.
    assert!(has("– Do you want to destroy our cooperation on the ISS?"));
    assert!(has(
        "If you block cooperation with us, who will save the ISS from an uncontrolled deorbit and fall into the US or Europe? – he asked."
    ));
    // A stray ". ." stays with its sentence.
    assert!(
        got.iter()
            .any(|s| s.ends_with("on March 30, having spent nearly a year on board. ."))
    );
    assert!(has(
        "Mark has a great relationship with all the astronauts and cosmonauts.”"
    ));
    // Two spaces between sentences.
    assert!(has("Vande Hey is a married father of two children."));
    assert!(!got.iter().any(|s| s.len() < 3), "{got:#?}");
}
