//! What may be published, through the real binary: the rules that hold everywhere (a verdict
//! without its evidence goes back to review, a disputed claim is shown as disputed and never
//! published as settled), merges that converge, and the reports an editor signs off.

mod common;

use common::Desk;
use serde_json::Value;

fn desk() -> Desk {
    let desk = Desk::new();
    desk.import_fixture();
    desk
}

fn show(desk: &Desk, id: &str) -> Value {
    desk.json(&["show", id, "--json"])
}

/// A ClaimReview export: the JSON-LD and what it warned on stderr.
fn claimreview(desk: &Desk) -> (Value, String) {
    let out = desk.run("alice", &["export", "--format", "claimreview"]);
    assert!(out.status.success());
    (
        serde_json::from_slice(&out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn reviewed_claims(cr: &Value) -> Vec<String> {
    cr.as_array()
        .unwrap()
        .iter()
        .map(|r| r["claimReviewed"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn removing_the_only_evidence_puts_a_verdict_back_in_review_and_out_of_claimreview() {
    let desk = desk();
    let id = desk.claim_containing("355 days");
    let e = desk.json(&[
        "source",
        "add",
        &id,
        "--url",
        "https://www.nasa.gov/a",
        "--json",
    ]);
    desk.ok(
        "alice",
        &[
            "verdict",
            &id,
            "mostly-true",
            "--rationale",
            "NASA says so.",
        ],
    );
    assert_eq!(show(&desk, &id)["status"], "reviewed");
    assert_eq!(reviewed_claims(&claimreview(&desk).0).len(), 1);

    let said = desk.ok("alice", &["evidence", "remove", &e["id"].to_string()]);
    assert!(
        said.contains(&format!("claim {id} goes back to review")),
        "the CLI says what the removal did: {said}"
    );
    let claim = show(&desk, &id);
    assert_eq!(claim["status"], "in-review");
    assert_eq!(
        claim["verdict"]["rating"], "mostly-true",
        "the history stays"
    );
    let (cr, warned) = claimreview(&desk);
    assert!(reviewed_claims(&cr).is_empty(), "{cr}");
    assert!(warned.contains("back in review"), "{warned}");

    // Evidence again: the verdict stands again.
    desk.ok(
        "alice",
        &["source", "add", &id, "--url", "https://www.nasa.gov/b"],
    );
    assert_eq!(show(&desk, &id)["status"], "reviewed");
}

#[test]
fn a_rating_that_needs_no_evidence_stays_reviewed_when_evidence_goes() {
    let desk = desk();
    let id = desk.claim_containing("355 days");
    let e = desk.json(&[
        "source",
        "add",
        &id,
        "--url",
        "https://www.nasa.gov/a",
        "--json",
    ]);
    desk.ok("alice", &["verdict", &id, "unverifiable"]);
    let said = desk.ok("alice", &["evidence", "remove", &e["id"].to_string()]);
    assert!(!said.contains("back to review"), "{said}");
    assert_eq!(show(&desk, &id)["status"], "reviewed");
}

#[test]
fn a_disputed_claim_shows_every_current_rating_and_is_not_published_as_settled() {
    let desk = desk();
    let id = desk.claim_containing("355 days");
    desk.ok(
        "alice",
        &["source", "add", &id, "--url", "https://www.nasa.gov/a"],
    );
    desk.ok("alice", &["verdict", &id, "misleading"]);
    let said = desk.ok("bob", &["verdict", &id, "false"]);
    assert!(
        said.contains("is disputed: misleading by alice, false by bob"),
        "a verdict given while the claim is disputed is shown with the disagreement: {said}"
    );
    assert_eq!(show(&desk, &id)["status"], "disputed");

    let (cr, warned) = claimreview(&desk);
    assert!(reviewed_claims(&cr).is_empty(), "{cr}");
    assert!(
        warned.contains(&format!("claim {id} is disputed")),
        "{warned}"
    );

    let md = desk.ok("alice", &["export", "--format", "markdown"]);
    assert!(md.contains("- misleading by alice"), "{md}");
    assert!(md.contains("- false by bob"), "{md}");

    // alice comes round: the claim is settled and published as false.
    desk.ok("alice", &["verdict", &id, "false"]);
    assert_eq!(show(&desk, &id)["status"], "reviewed");
    let (cr, _) = claimreview(&desk);
    assert_eq!(cr[0]["reviewRating"]["alternateName"], "false");
}
