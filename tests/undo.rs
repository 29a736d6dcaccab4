//! Undo and redo many levels deep, per reviewer, across processes (each command is a new run of
//! the binary, so every undo here is "across a restart"), for each kind of change; bulk actions
//! as one transaction.

mod common;

use common::Desk;
use serde_json::Value;

fn show(desk: &Desk, id: &str) -> Value {
    desk.json(&["show", id, "--json"])
}

fn status(desk: &Desk, id: &str) -> String {
    show(desk, id)["status"].as_str().unwrap().to_string()
}

fn text(desk: &Desk, id: &str) -> String {
    show(desk, id)["text"].as_str().unwrap().to_string()
}

/// Run as alice; the exit code and standard error.
fn fails(desk: &Desk, args: &[&str]) -> (i32, String) {
    let out = desk.run("alice", args);
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn claim_count(desk: &Desk) -> usize {
    desk.claims().as_array().unwrap().len()
}

fn events(desk: &Desk, action: &str) -> usize {
    desk.json(&["log", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == action)
        .count()
}

#[test]
fn dismissals_and_edits_undo_and_redo_many_levels_deep() {
    let desk = Desk::new();
    desk.import_fixture();
    let id = desk.claim_containing("Mark Vande Hey is from Texas");
    let original = text(&desk, &id);
    desk.ok("alice", &["claim", "edit", &id, "--text", "Wording one."]);
    desk.ok("alice", &["claim", "edit", &id, "--text", "Wording two."]);
    desk.ok("alice", &["claim", "dismiss", &id, "--reason", "opinion"]);
    assert_eq!(status(&desk, &id), "dismissed");

    assert!(desk.ok("alice", &["undo"]).contains("undone: dismissed"));
    assert_ne!(status(&desk, &id), "dismissed");
    desk.ok("alice", &["undo"]);
    assert_eq!(text(&desk, &id), "Wording one.");
    desk.ok("alice", &["undo"]);
    assert_eq!(text(&desk, &id), original);
    // Redo walks forward again, in order.
    desk.ok("alice", &["redo"]);
    assert_eq!(text(&desk, &id), "Wording one.");
    desk.ok("alice", &["redo"]);
    assert_eq!(text(&desk, &id), "Wording two.");
    desk.ok("alice", &["redo"]);
    assert_eq!(status(&desk, &id), "dismissed");
    assert_eq!(
        show(&desk, &id)["dismissed_reason"],
        "opinion",
        "the reason comes back with the dismissal"
    );
    assert!(desk.ok("alice", &["redo"]).contains("nothing to redo"));
    // Each undo and redo is an event of its own.
    assert_eq!(events(&desk, "undo"), 3);
    assert_eq!(events(&desk, "redo"), 3);
    // A new change forgets what could be redone.
    desk.ok("alice", &["undo"]);
    desk.ok("alice", &["claim", "edit", &id, "--text", "Wording three."]);
    assert!(desk.ok("alice", &["redo"]).contains("nothing to redo"));
}

#[test]
fn evidence_claimant_and_split_undo_and_redo() {
    let desk = Desk::new();
    desk.import_fixture();
    let id = desk.claim_containing("Mark Vande Hey is from Texas");
    desk.ok(
        "alice",
        &["source", "add", &id, "--url", "https://www.nasa.gov/x"],
    );
    assert_eq!(show(&desk, &id)["evidence"].as_array().unwrap().len(), 1);
    desk.ok("alice", &["undo"]);
    assert_eq!(show(&desk, &id)["evidence"].as_array().unwrap().len(), 0);
    desk.ok("alice", &["redo"]);
    assert_eq!(show(&desk, &id)["evidence"].as_array().unwrap().len(), 1);

    desk.ok(
        "alice",
        &[
            "claim",
            "claimant",
            &id,
            "--name",
            "NASA",
            "--kind",
            "organization",
        ],
    );
    desk.ok("alice", &["undo"]);
    assert!(show(&desk, &id)["claimant"].is_null());
    desk.ok("alice", &["redo"]);
    assert_eq!(show(&desk, &id)["claimant"]["name"], "NASA");

    let before = claim_count(&desk);
    let long = desk.claim_containing("due to return to Kazakhstan");
    let ids = |desk: &Desk| -> Vec<String> {
        let claims = desk.claims();
        claims
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].to_string())
            .collect()
    };
    let unsplit = ids(&desk);
    let redos_before = events(&desk, "redo");
    desk.ok("alice", &["claim", "split", &long, "--before", "with two"]);
    assert_eq!(claim_count(&desk), before + 1);
    let second = ids(&desk)
        .into_iter()
        .find(|id| !unsplit.contains(id))
        .expect("the second part is a new claim");
    let split = (text(&desk, &long), text(&desk, &second));
    assert!(split.1.starts_with("with two"), "{split:?}");
    desk.ok("alice", &["undo"]);
    assert_eq!(claim_count(&desk), before);
    let joined = text(&desk, &long);
    assert!(
        joined.contains(&split.0) && joined.contains(&split.1),
        "{joined}"
    );
    // A split taken back is made again by redo: both parts as the split left them, the second
    // under its own id; and undo and redo go on both ways.
    assert!(desk.ok("alice", &["redo"]).contains("redone: split"));
    assert_eq!(claim_count(&desk), before + 1);
    assert_eq!((text(&desk, &long), text(&desk, &second)), split);
    desk.ok("alice", &["undo"]);
    assert_eq!(claim_count(&desk), before);
    assert_eq!(text(&desk, &long), joined);
    desk.ok("alice", &["redo"]);
    assert_eq!((text(&desk, &long), text(&desk, &second)), split);
    assert_eq!(events(&desk, "redo"), redos_before + 2);
}

#[test]
fn a_verdict_is_withdrawn_by_undo_and_given_again_by_redo() {
    let desk = Desk::new();
    desk.import_fixture();
    let id = desk.claim_containing("Mark Vande Hey is 55 years old");
    desk.ok("alice", &["verdict", &id, "unverifiable"]);
    assert_eq!(status(&desk, &id), "reviewed");
    assert!(
        desk.ok("alice", &["undo"])
            .contains("undone: verdict recorded")
    );
    // Append-only: the verdict stays in the history, withdrawn, and counts nowhere else.
    let shown = show(&desk, &id);
    assert_eq!(shown["status"], "new");
    assert!(shown["verdict"].is_null(), "{shown}");
    assert_eq!(shown["verdicts"].as_array().unwrap().len(), 1);
    assert!(shown["verdicts"][0]["withdrawn_at"].is_string(), "{shown}");
    let listed = desk.claims();
    let row = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"].as_i64() == id.parse().ok())
        .unwrap();
    assert!(row["verdict"].is_null(), "{row}");
    // Redo gives the verdict again: a new one, the history holds both.
    desk.ok("alice", &["redo"]);
    let shown = show(&desk, &id);
    assert_eq!(shown["status"], "reviewed");
    assert_eq!(shown["verdict"]["rating"], "unverifiable");
    assert_eq!(shown["verdicts"].as_array().unwrap().len(), 2);
    assert_eq!(events(&desk, "verdict-withdraw"), 1);
}

#[test]
fn adding_a_claim_cannot_be_undone_and_the_next_undo_goes_deeper() {
    let desk = Desk::new();
    let article = desk.import_fixture().to_string();
    let id = desk.claim_containing("Mark Vande Hey is from Texas");
    desk.ok("alice", &["claim", "dismiss", &id, "--reason", "opinion"]);
    desk.ok(
        "alice",
        &[
            "claim",
            "add",
            "--article",
            &article,
            "--quote",
            "chilling video",
        ],
    );
    let (code, err) = fails(&desk, &["undo"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot be undone"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    // The next undo takes the dismissal before it back.
    desk.ok("alice", &["undo"]);
    assert_ne!(status(&desk, &id), "dismissed");
}

#[test]
fn a_merge_is_undone_and_redone_with_its_evidence_and_verdicts() {
    let desk = Desk::new();
    desk.import_fixture();
    let a = desk.claim_containing("Mark Vande Hey is from Texas");
    let b = desk.claim_containing("Mark Vande Hey is 55 years old");
    let (text_a, text_b) = (text(&desk, &a), text(&desk, &b));
    desk.ok(
        "alice",
        &["source", "add", &b, "--url", "https://www.nasa.gov/x"],
    );
    desk.ok("alice", &["verdict", &b, "true"]);
    let before = claim_count(&desk);
    desk.ok("alice", &["claim", "merge", &a, &b]);
    assert_eq!(claim_count(&desk), before - 1);
    assert_eq!(show(&desk, &a)["evidence"].as_array().unwrap().len(), 1);

    assert!(desk.ok("alice", &["undo"]).contains("undone: merged"));
    assert_eq!(claim_count(&desk), before);
    assert_eq!(text(&desk, &a), text_a);
    assert_eq!(text(&desk, &b), text_b);
    assert_eq!(show(&desk, &a)["evidence"].as_array().unwrap().len(), 0);
    assert_eq!(show(&desk, &b)["evidence"].as_array().unwrap().len(), 1);
    assert_eq!(show(&desk, &b)["verdict"]["rating"], "true");
    assert_eq!(status(&desk, &b), "reviewed");

    desk.ok("alice", &["redo"]);
    assert_eq!(claim_count(&desk), before - 1);
    assert_eq!(show(&desk, &a)["evidence"].as_array().unwrap().len(), 1);
    desk.ok("alice", &["undo"]);
    assert_eq!(claim_count(&desk), before);
    assert_eq!(show(&desk, &b)["evidence"].as_array().unwrap().len(), 1);
}

#[test]
fn undo_is_per_reviewer_and_refuses_a_change_somebody_made_since() {
    let desk = Desk::new();
    desk.import_fixture();
    let id = desk.claim_containing("Mark Vande Hey is from Texas");
    desk.ok("alice", &["claim", "dismiss", &id, "--reason", "opinion"]);
    // Bob has nothing to undo: alice's change is hers.
    assert!(desk.ok("bob", &["undo"]).contains("nothing to undo"));
    assert_eq!(status(&desk, &id), "dismissed");
    // Bob restores it and words it anew; alice's undo of her dismissal is refused, nothing changes.
    desk.ok("bob", &["claim", "restore", &id]);
    desk.ok("bob", &["claim", "edit", &id, "--text", "Bob's wording."]);
    let (code, err) = fails(&desk, &["undo"]);
    assert_ne!(code, 0, "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert_eq!(text(&desk, &id), "Bob's wording.");
    assert_eq!(events(&desk, "undo"), 0);
}

#[test]
fn several_claims_are_dismissed_in_one_transaction_and_undone_at_once() {
    let desk = Desk::new();
    desk.import_fixture();
    let a = desk.claim_containing("Mark Vande Hey is from Texas");
    let b = desk.claim_containing("Mark Vande Hey is 55 years old");
    let c = desk.claim_containing("Mark Vande Hey is a married father");
    let out = desk.ok(
        "alice",
        &["claim", "dismiss", &a, &b, &c, "--reason", "not checkable"],
    );
    assert!(out.contains("dismissed:"), "{out}");
    for id in [&a, &b, &c] {
        assert_eq!(status(&desk, id), "dismissed");
    }
    // An unknown id among them: refused, nothing changed.
    desk.ok("alice", &["undo"]);
    for id in [&a, &b, &c] {
        assert_ne!(status(&desk, id), "dismissed");
    }
    let (code, err) = fails(&desk, &["claim", "dismiss", &a, "999999", "--reason", "x"]);
    assert_eq!(code, 1, "{err}");
    assert_ne!(status(&desk, &a), "dismissed");
    desk.ok("alice", &["redo"]);
    for id in [&a, &b, &c] {
        assert_eq!(status(&desk, id), "dismissed");
    }
}

#[test]
fn a_bulk_verdict_goes_through_the_evidence_gate_claim_by_claim() {
    let desk = Desk::new();
    let path = desk.db.clone();
    desk.import_fixture();
    let a: i64 = desk
        .claim_containing("Mark Vande Hey is from Texas")
        .parse()
        .unwrap();
    let b: i64 = desk
        .claim_containing("Mark Vande Hey is 55 years old")
        .parse()
        .unwrap();
    desk.ok(
        "alice",
        &[
            "source",
            "add",
            &a.to_string(),
            "--url",
            "https://www.nasa.gov/x",
        ],
    );
    let mut d =
        claimdesk::desk::Desk::open(&path, claimdesk::config::Config::default(), "alice").unwrap();
    let done = d.add_verdicts(&[a, b], "true", "").unwrap();
    assert_eq!(done.recorded, vec![a]);
    assert_eq!(done.refused.len(), 1);
    assert_eq!(done.refused[0].0, b);
    // Merging claims of the marks, in reading order, into the first.
    let merged = d.merge_many(&[b, a]).unwrap();
    assert_eq!(merged.claim.id, a.min(b));
    assert!(d.store().claim(a.max(b)).is_err());
}

/// A withdrawn verdict travels in the bundle: a desk that merged the verdict before merges its
/// withdrawal too, and one that never saw it gets it withdrawn.
#[test]
fn a_withdrawn_verdict_merges_into_another_desk() {
    let a = Desk::new();
    a.import_fixture();
    let id = a.claim_containing("Mark Vande Hey is 55 years old");
    a.ok("alice", &["verdict", &id, "unverifiable"]);
    let bundle = a.path("one.json");
    a.ok(
        "alice",
        &["export", "--format", "json", "-o", bundle.to_str().unwrap()],
    );
    let b = a.sibling();
    b.ok("bob", &["import-report", bundle.to_str().unwrap()]);
    let there = b.claim_containing("Mark Vande Hey is 55 years old");
    assert_eq!(status(&b, &there), "reviewed");

    a.ok("alice", &["undo"]);
    a.ok(
        "alice",
        &["export", "--format", "json", "-o", bundle.to_str().unwrap()],
    );
    b.ok("bob", &["import-report", bundle.to_str().unwrap()]);
    let shown = show(&b, &there);
    assert_eq!(shown["status"], "new", "{shown}");
    assert!(shown["verdict"].is_null(), "{shown}");
    assert!(shown["verdicts"][0]["withdrawn_at"].is_string(), "{shown}");

    let c = a.sibling();
    c.ok("carol", &["import-report", bundle.to_str().unwrap()]);
    let fresh = c.claim_containing("Mark Vande Hey is 55 years old");
    assert_eq!(status(&c, &fresh), "new");
}

/// How many precedents are dismissed for any claim, read from the database file itself.
fn precedent_dismissals(desk: &Desk) -> i64 {
    let conn = rusqlite::Connection::open(&desk.db).unwrap();
    conn.query_row("SELECT count(*) FROM precedent_dismissals", [], |r| {
        r.get(0)
    })
    .unwrap()
}

#[test]
fn dismissals_of_findings_precedents_and_suggestions_and_a_source_removal_undo_and_redo() {
    let desk = Desk::new();
    let article = desk.import_fixture().to_string();

    // A consistency finding dismissed with a reason, taken back, dismissed again by redo.
    let open = |desk: &Desk| {
        desk.json(&["check", &article, "--json"])["findings"]
            .as_array()
            .unwrap()
            .len()
    };
    let before = open(&desk);
    let key = desk.json(&["check", &article, "--json"])["findings"][0]["key"]
        .as_str()
        .expect("the fixture has an open finding")
        .to_string();
    desk.ok(
        "alice",
        &["check", "--dismiss", &key, "--reason", "misremembered"],
    );
    assert_eq!(open(&desk), before - 1);
    assert!(
        desk.ok("alice", &["undo"])
            .contains("undone: finding dismissed")
    );
    assert_eq!(open(&desk), before, "the finding is open again");
    desk.ok("alice", &["redo"]);
    assert_eq!(open(&desk), before - 1);
    let dismissed = desk.json(&["check", &article, "--all", "--json"])["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == key.as_str())
        .cloned()
        .unwrap();
    assert_eq!(dismissed["dismissed_reason"], "misremembered");
    assert_eq!(events(&desk, "finding-restore"), 1);

    // A suggested stance dismissed, shown again by undo.
    let id = desk.claim_containing("first space flight took place in 2018");
    let added = desk.json(&[
        "evidence",
        "add",
        &id,
        "--url",
        "https://www.nasa.gov/bio",
        "--quote",
        "Vande Hei launched on Sept. 25, 2017 aboard a Soyuz.",
        "--stance",
        "context",
        "--json",
    ]);
    let evidence = added["id"].as_i64().unwrap().to_string();
    let suggested = |desk: &Desk| show(desk, &id)["evidence"][0]["suggestion_dismissed"] == true;
    desk.ok("alice", &["evidence", "dismiss-suggestion", &evidence]);
    assert!(suggested(&desk));
    assert!(
        desk.ok("alice", &["undo"])
            .contains("suggested stance dismissed")
    );
    assert!(!suggested(&desk));
    assert!(
        desk.ok("alice", &["show", &id])
            .contains("the values suggest")
    );
    desk.ok("alice", &["redo"]);
    assert!(suggested(&desk));

    // A precedent dismissed for a claim, offered again after undo.
    let other = desk.claim_containing("Mark Vande Hey is from Texas");
    desk.ok("alice", &["precedents", &id, "--dismiss", &other]);
    assert_eq!(precedent_dismissals(&desk), 1);
    assert!(desk.ok("alice", &["undo"]).contains("precedent dismissed"));
    assert_eq!(precedent_dismissals(&desk), 0);
    desk.ok("alice", &["redo"]);
    assert_eq!(precedent_dismissals(&desk), 1);

    // A source nobody cites removed, back under its id and URL after undo, gone after redo.
    desk.ok("alice", &["evidence", "remove", &evidence]);
    let sources = desk.json(&["source", "list", "--json"]);
    let source = sources[0]["id"].to_string();
    desk.ok("alice", &["source", "remove", &source]);
    assert_eq!(
        desk.json(&["source", "list", "--json"]),
        serde_json::json!([])
    );
    assert!(
        desk.ok("alice", &["undo"])
            .contains("undone: source removed")
    );
    let back = desk.json(&["source", "list", "--json"]);
    assert_eq!(back[0]["id"].to_string(), source);
    assert_eq!(back[0]["url"], sources[0]["url"]);
    desk.ok("alice", &["redo"]);
    assert_eq!(
        desk.json(&["source", "list", "--json"]),
        serde_json::json!([])
    );
}

#[test]
fn an_article_edit_is_undone_with_its_date_and_values_and_redone() {
    let desk = Desk::new();
    desk.ok("alice", &["import", common::FIXTURE]);
    let article = |d: &Desk| d.json(&["export", "--format", "json"])["articles"][0].clone();
    let unresolved = common::unresolved_values;
    let before = article(&desk);
    desk.ok(
        "alice",
        &[
            "article",
            "set",
            "1",
            "--published",
            "2022-03-13",
            "--title",
            "Another title",
            "--url",
            "https://example.org/soyuz",
        ],
    );
    let edited = article(&desk);
    assert_eq!(edited["title"], "Another title");
    assert!(unresolved(&edited) < unresolved(&before));

    assert!(
        desk.ok("alice", &["undo"])
            .contains("undone: article edited")
    );
    let back = article(&desk);
    assert_eq!(back["title"], before["title"]);
    assert_eq!(
        back["url"], before["url"],
        "a URL it did not have is cleared"
    );
    assert_eq!(back["published"], before["published"], "and so is the date");
    assert_eq!(
        unresolved(&back),
        unresolved(&before),
        "its relative dates are unresolved again"
    );
    desk.ok("alice", &["redo"]);
    let again = article(&desk);
    assert_eq!(again["title"], "Another title");
    assert_eq!(again["url"], edited["url"]);
    assert_eq!(again["published"], "2022-03-13");
    assert_eq!(unresolved(&again), unresolved(&edited));
}
