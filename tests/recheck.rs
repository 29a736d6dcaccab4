//! Through the real binary: a quote's values against its claim (the suggested stance confirmed or
//! not), re-check dates (`due`, `claim recheck`) and a re-check verdict that keeps the first.

mod common;

use common::Desk;

fn due(desk: &Desk, on: &str) -> Vec<i64> {
    desk.json(&["due", "--on", on, "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn a_dated_prediction_is_due_once_its_day_has_come() {
    let desk = Desk::new();
    desk.import_fixture();
    let id: i64 = desk
        .claim_containing("is due to return to Kazakhstan")
        .parse()
        .unwrap();
    let shown = desk.json(&["show", &id.to_string(), "--json"]);
    assert_eq!(shown["type"], "prediction");
    assert_eq!(shown["recheck_on"], "2022-03-30");
    assert!(!due(&desk, "2022-03-29").contains(&id));
    assert!(due(&desk, "2022-03-30").contains(&id));
    // A claim of another type has no date to re-check.
    let other: i64 = desk.claim_containing("is from Texas").parse().unwrap();
    assert!(!due(&desk, "2099-01-01").contains(&other));

    // Set by hand, with its event; a bad date changes nothing.
    let out = desk.run(
        "alice",
        &["claim", "recheck", &other.to_string(), "--on", "2022-13-01"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
    desk.ok(
        "alice",
        &["claim", "recheck", &other.to_string(), "--on", "2022-05-01"],
    );
    assert!(due(&desk, "2022-05-01").contains(&other));
    let log = desk.json(&["log", "--claim", &other.to_string(), "--json"]);
    assert_eq!(
        log.as_array().unwrap().last().unwrap()["action"],
        "claim-recheck"
    );
    desk.ok(
        "alice",
        &["claim", "recheck", &other.to_string(), "--clear"],
    );
    assert!(!due(&desk, "2099-01-01").contains(&other));
    // Both or neither of --on and --clear is a usage error.
    let out = desk.run("alice", &["claim", "recheck", &other.to_string()]);
    assert_eq!(out.status.code(), Some(2));

    let human = desk.ok("alice", &["due", "--on", "2022-03-30"]);
    assert!(human.contains("2022-03-30"), "{human}");
}

#[test]
fn a_recheck_verdict_keeps_the_first_and_supersedes_it() {
    let desk = Desk::new();
    desk.import_fixture();
    let id = desk.claim_containing("is due to return to Kazakhstan");
    desk.ok(
        "alice",
        &["verdict", &id, "unverifiable", "--rationale", "Not yet."],
    );
    // Another reviewer's re-check verdict: not a dispute, the latest is current.
    desk.ok(
        "bob",
        &[
            "source",
            "add",
            &id,
            "--url",
            "https://www.nasa.gov/landing",
            "--stance",
            "supports",
        ],
    );
    desk.ok(
        "bob",
        &[
            "verdict",
            &id,
            "true",
            "--recheck",
            "--rationale",
            "He landed that day.",
        ],
    );
    let shown = desk.json(&["show", &id, "--json"]);
    assert_eq!(shown["status"], "reviewed");
    assert_eq!(shown["verdict"]["rating"], "true");
    assert_eq!(shown["verdict"]["recheck"], true);
    assert_eq!(shown["verdicts"].as_array().unwrap().len(), 2);
    assert!(
        shown.get("recheck_on").is_none(),
        "the re-check clears the date"
    );
    let human = desk.ok("alice", &["show", &id]);
    assert!(human.contains("(before re-check)"), "{human}");
    assert!(!due(&desk, "2099-01-01").contains(&id.parse().unwrap()));
}

#[test]
fn a_quote_with_comparable_values_asks_for_the_stance_to_be_confirmed() {
    let desk = Desk::new();
    desk.import_fixture();
    let id = desk.claim_containing("first space flight took place in 2018");
    let quote = "Vande Hei launched on Sept. 25, 2017 aboard a Soyuz.";
    let add = |extra: &[&str]| {
        let mut args = vec![
            "evidence",
            "add",
            &id,
            "--url",
            "https://www.nasa.gov/bio",
            "--quote",
            quote,
        ];
        args.extend_from_slice(extra);
        desk.run("alice", &args)
    };
    // No stance: the suggestion is printed, nothing is added.
    let out = add(&[]);
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("claim 2018; source 2017-09-25"), "{stdout}");
    assert!(stdout.contains("suggested stance: refutes"), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--accept-suggested"));
    assert_eq!(
        desk.json(&["show", &id, "--json"])["evidence"]
            .as_array()
            .unwrap()
            .len(),
        0
    );

    // Confirmed: added with the suggested stance; or the reviewer's own.
    assert!(add(&["--accept-suggested"]).status.success());
    assert!(add(&["--stance", "context"]).status.success());
    let shown = desk.json(&["show", &id, "--json"]);
    let stances: Vec<&str> = shown["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["stance"].as_str().unwrap())
        .collect();
    assert_eq!(stances, ["refutes", "context"]);
    let comparisons = shown["comparisons"].as_array().unwrap();
    assert_eq!(comparisons.len(), 2);
    assert_eq!(comparisons[0]["stance"], "refutes");
    assert_eq!(comparisons[0]["comparisons"][0]["agrees"], false);
    let human = desk.ok("alice", &["show", &id]);
    assert!(
        human.contains("compared: claim 2018; source 2017-09-25; claim is 98 days later"),
        "{human}"
    );
    assert!(human.contains("the values suggest refutes"), "{human}");

    // A quote with nothing comparable adds as context, as before.
    let out = desk.run(
        "alice",
        &[
            "evidence",
            "add",
            &id,
            "--url",
            "https://www.nasa.gov/bio",
            "--quote",
            "He is an astronaut.",
        ],
    );
    assert!(out.status.success());

    // The CSV report carries the comparison.
    let csv = desk.ok("alice", &["export", "--format", "csv"]);
    assert!(
        csv.contains("claim 2018; source 2017-09-25; claim is 98 days later"),
        "{csv}"
    );
    let md = desk.ok("alice", &["export", "--format", "markdown"]);
    assert!(md.contains("compared: claim 2018"), "{md}");
}

#[test]
fn a_dismissed_suggested_stance_is_no_longer_shown_but_the_comparison_stays() {
    let desk = Desk::new();
    desk.import_fixture();
    let id = desk.claim_containing("first space flight took place in 2018");
    let quote = "Vande Hei launched on Sept. 25, 2017 aboard a Soyuz.";
    let added = desk.json(&[
        "evidence",
        "add",
        &id,
        "--url",
        "https://www.nasa.gov/bio",
        "--quote",
        quote,
        "--stance",
        "context",
        "--json",
    ]);
    let evidence = added["id"].as_i64().unwrap().to_string();
    let human = desk.ok("alice", &["show", &id]);
    assert!(human.contains("the values suggest refutes"), "{human}");

    let out = desk.json(&["evidence", "dismiss-suggestion", &evidence, "--json"]);
    assert_eq!(out["suggestion_dismissed"], true, "{out}");
    let human = desk.ok("alice", &["show", &id]);
    assert!(!human.contains("the values suggest"), "{human}");
    assert!(
        human.contains("compared: claim 2018; source 2017-09-25"),
        "{human}"
    );
    let shown = desk.json(&["show", &id, "--json"]);
    assert_eq!(shown["evidence"][0]["suggestion_dismissed"], true);
    let md = desk.ok("alice", &["export", "--format", "markdown"]);
    assert!(!md.contains("the values suggest"), "{md}");
    assert!(md.contains("compared: claim 2018"), "{md}");
    // Remembered, with its event; a second time changes nothing.
    let log = desk.json(&["log", "--claim", &id, "--json"]);
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "suggestion-dismiss"),
        "{log}"
    );
    let again = desk.ok("alice", &["evidence", "dismiss-suggestion", &evidence]);
    assert!(again.contains("dismissed already"), "{again}");

    // A bad id: one sentence, exit 2 (not an id) or 1 (no such evidence), nothing changed.
    let before = desk.ok("alice", &["log"]);
    for (bad, code) in [("0", 2), ("x", 2), ("9999", 1)] {
        let out = desk.run("alice", &["evidence", "dismiss-suggestion", bad]);
        assert_eq!(out.status.code(), Some(code), "{bad}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(bad), "{stderr}");
        if bad != "x" {
            assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
        }
    }
    assert_eq!(desk.ok("alice", &["log"]), before);
}
