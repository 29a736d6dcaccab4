//! `claimdesk check`: consistency findings through the real binary, on a stored article and on a
//! file, as text and JSON; dismissals remembered; bad input refused with one sentence.

mod common;

use common::Desk;
use predicates::prelude::*;

#[test]
fn a_stored_article_shows_its_contradiction_and_its_consistent_arithmetic() {
    let desk = Desk::new();
    let id = desk.import_fixture().to_string();

    let text = desk.ok("alice", &["check", &id]);
    assert!(text.starts_with("1 open finding"), "{text}");
    assert!(text.contains("CONTRADICTION same-fact"), "{text}");
    assert!(text.contains("2017 ≠ 2018"), "{text}");
    assert!(!text.contains("CONSISTENT"), "{text}");

    let all = desk.ok("alice", &["check", &id, "--all"]);
    assert!(
        all.contains("March 30, 2022 − 355 days = April 9, 2021"),
        "{all}"
    );

    let v = desk.json(&["check", &id, "--all", "--json"]);
    assert_eq!(v["article"], id.parse::<i64>().unwrap());
    assert_eq!(v["published"], "2022-03-13");
    let findings = v["findings"].as_array().unwrap();
    let contradiction = findings
        .iter()
        .find(|f| f["severity"] == "contradiction")
        .unwrap();
    assert_eq!(contradiction["kind"], "same-fact");
    assert_eq!(contradiction["values"], serde_json::json!(["2017", "2018"]));
    assert_eq!(contradiction["claims"].as_array().unwrap().len(), 2);
    assert!(contradiction["why"].as_str().unwrap().ends_with('.'));
    // the claims named are the database's
    for c in contradiction["claims"].as_array().unwrap() {
        desk.ok("alice", &["show", &c.to_string()]);
    }
    assert!(
        findings
            .iter()
            .any(|f| f["severity"] == "consistent" && f["values"][0] == "355 days")
    );

    // dismissed: remembered, with its event, out of the open list
    let key = contradiction["key"].as_str().unwrap();
    let out = desk.ok(
        "alice",
        &[
            "check",
            "--dismiss",
            key,
            "--reason",
            "the mother misremembers",
        ],
    );
    assert!(out.contains("dismissed"), "{out}");
    let text = desk.ok("alice", &["check", &id]);
    assert!(text.starts_with("0 open findings"), "{text}");
    let v = desk.json(&["check", &id, "--all", "--json"]);
    let again = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == key)
        .unwrap();
    assert_eq!(again["dismissed"], true);
    assert_eq!(again["dismissed_reason"], "the mother misremembers");
    let log = desk.json(&["log", "--json"]);
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "finding-dismiss" && e["actor"] == "alice")
    );
}

#[test]
fn a_file_is_checked_without_a_database() {
    let desk = Desk::new();
    let out = desk.ok(
        "alice",
        &[
            "check",
            "fixtures/check/budget.txt",
            "--published",
            "2023-03-08",
            "--json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let kinds: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"change") && kinds.contains(&"age"),
        "{kinds:?}"
    );
    assert!(!desk.db.exists(), "checking a file made no database");
}

#[test]
fn bad_input_is_one_sentence_and_exit_2() {
    let desk = Desk::new();
    desk.import_fixture();
    let before = desk.json(&["log", "--json"]).as_array().unwrap().len();
    for (args, needle) in [
        (
            vec!["check", "999"],
            "there is no article with id 999; `claimdesk articles` lists them",
        ),
        (vec!["check", "--dismiss", "zz-top"], "is not a finding key"),
        (
            vec!["check", "--dismiss", "0123abcd"],
            "no finding has the key",
        ),
        (vec!["check", "nowhere.txt"], "nowhere.txt"),
        (vec!["check", "1", "--published", "March"], "is not a date"),
    ] {
        desk.cmd("alice")
            .args(&args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(
                predicate::str::contains(needle)
                    .and(predicate::str::is_match("^claimdesk: [^\n]*\n$").unwrap()),
            );
    }
    assert_eq!(
        desk.json(&["log", "--json"]).as_array().unwrap().len(),
        before
    );
}
