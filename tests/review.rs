//! The review workflow through the real binary: sources, evidence, verdicts, status, claim editing,
//! the audit trail, and several reviewers writing to one database at once.

mod common;

use common::{Desk, FIXTURE};
use serde_json::Value;

/// A desk with the fixture imported.
fn desk() -> Desk {
    let desk = Desk::new();
    desk.import_fixture();
    desk
}

/// Run as alice with `--json` (export prints JSON without it).
fn json(desk: &Desk, args: &[&str]) -> Value {
    let mut args = args.to_vec();
    if args[0] != "export" {
        args.push("--json");
    }
    desk.json(&args)
}

/// Runs a command that the desk must refuse (exit 1) and that changes nothing; returns its
/// one-line message.
fn fails(desk: &Desk, args: &[&str]) -> String {
    fails_with(desk, args, 1)
}

/// Runs a command whose input is bad (exit 2) and that changes nothing; returns its message.
fn fails_bad(desk: &Desk, args: &[&str]) -> String {
    fails_with(desk, args, 2)
}

/// Runs a command that must fail with `code` (2: bad input) and change nothing.
fn fails_with(desk: &Desk, args: &[&str], code: i32) -> String {
    let before = snapshot(desk);
    let out = desk.run("alice", args);
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?} must fail with {code}"
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert_eq!(before, snapshot(desk), "{args:?} must change nothing");
    err
}

fn snapshot(desk: &Desk) -> Value {
    let mut v = json(desk, &["export", "--format", "json"]);
    v.as_object_mut().unwrap().remove("exported_at");
    v
}

fn claim_ids(desk: &Desk) -> Vec<i64> {
    json(desk, &["claims"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect()
}

#[test]
fn a_claim_goes_from_new_to_reviewed_to_disputed_and_the_log_shows_every_step() {
    let desk = desk();
    let id = claim_ids(&desk)[0].to_string();
    let status = |d: &Desk| {
        json(d, &["show", &id])["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(status(&desk), "new");

    let err = fails(&desk, &["verdict", &id, "false", "--rationale", "Wrong."]);
    assert!(err.contains("needs at least 1 piece of evidence"), "{err}");

    desk.ok(
        "alice",
        &[
            "source",
            "add",
            &id,
            "--url",
            "HTTPS://WWW.NASA.GOV/Record?utm_source=tw&id=3#top",
            "--quote",
            "355 days",
            "--stance",
            "refutes",
            "--archive",
            "https://web.archive.org/web/2022/https://www.nasa.gov/Record",
        ],
    );
    assert_eq!(status(&desk), "in-review");
    desk.ok(
        "alice",
        &[
            "verdict",
            &id,
            "false",
            "--rationale",
            "NASA's figure differs.",
        ],
    );
    assert_eq!(status(&desk), "reviewed");
    desk.ok(
        "bob",
        &[
            "verdict",
            &id,
            "mostly-true",
            "--rationale",
            "Close enough.",
        ],
    );
    assert_eq!(status(&desk), "disputed");
    // Alice comes round: the latest verdicts agree again.
    desk.ok(
        "alice",
        &[
            "verdict",
            &id,
            "mostly-true",
            "--rationale",
            "Agreed with Bob.",
        ],
    );
    assert_eq!(status(&desk), "reviewed");
    let shown = json(&desk, &["show", &id]);
    assert_eq!(
        shown["verdicts"].as_array().unwrap().len(),
        3,
        "verdict history stays"
    );
    assert_eq!(
        shown["evidence"][0]["source"]["url"],
        "https://www.nasa.gov/Record?id=3"
    );

    let log = json(&desk, &["log", "--claim", &id]);
    let steps: Vec<(&str, &str)> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["action"].as_str().unwrap(), e["actor"].as_str().unwrap()))
        .collect();
    assert_eq!(
        steps,
        [
            ("source-add", "alice"),
            ("evidence-add", "alice"),
            ("verdict", "alice"),
            ("verdict", "bob"),
            ("verdict", "alice")
        ]
    );
    assert!(log[2]["after"]["verdict"]["rating"] == "false");
}

#[test]
fn sources_are_one_record_per_normalized_url() {
    let desk = desk();
    let ids = claim_ids(&desk);
    for (i, url) in [
        "https://Example.COM/a?b=1&utm_medium=x",
        "https://example.com/a?b=1#section",
        "https://example.com/a?b=1&fbclid=zz&gclid=yy",
    ]
    .iter()
    .enumerate()
    {
        desk.ok(
            "alice",
            &[
                "source",
                "add",
                &ids[i].to_string(),
                "--url",
                url,
                "--title",
                "Example",
            ],
        );
    }
    let sources = json(&desk, &["source", "list"]);
    assert_eq!(sources.as_array().unwrap().len(), 1, "{sources}");
    assert_eq!(sources[0]["url"], "https://example.com/a?b=1");
    assert_eq!(sources[0]["evidence"], 3);
    let source = sources[0]["id"].to_string();
    // Reuse by id; removal is refused while evidence cites it.
    desk.ok(
        "alice",
        &[
            "evidence",
            "add",
            &ids[3].to_string(),
            "--source",
            &source,
            "--quote",
            "q",
            "--note",
            "see page 2",
        ],
    );
    let err = fails(&desk, &["source", "remove", &source]);
    assert!(err.contains("is cited by evidence"), "{err}");
    let bad = fails_bad(
        &desk,
        &[
            "source",
            "add",
            &ids[0].to_string(),
            "--url",
            "example dot com",
        ],
    );
    assert!(bad.contains("is not a valid URL"), "{bad}");
    let bad = fails_bad(
        &desk,
        &[
            "source",
            "add",
            &ids[0].to_string(),
            "--url",
            "https://a.example",
            "--quote",
            "  ",
        ],
    );
    assert!(bad.contains("quote is empty"), "{bad}");
}

#[test]
fn evidence_removal_takes_the_claim_back_to_new() {
    let desk = desk();
    let id = claim_ids(&desk)[0].to_string();
    let e = json(
        &desk,
        &["source", "add", &id, "--url", "https://a.example/x"],
    );
    assert_eq!(json(&desk, &["show", &id])["status"], "in-review");
    desk.ok("alice", &["evidence", "remove", &e["id"].to_string()]);
    assert_eq!(json(&desk, &["show", &id])["status"], "new");
    let log = json(&desk, &["log", "--claim", &id]);
    let last = log.as_array().unwrap().last().unwrap();
    assert_eq!(last["action"], "evidence-remove");
    assert_eq!(last["before"]["source"]["url"], "https://a.example/x");
    assert!(last["after"].is_null());
}

#[test]
fn claims_can_be_added_edited_split_merged_dismissed_and_restored() {
    let desk = desk();
    let article = json(&desk, &["articles"])[0]["id"].to_string();
    let text = std::fs::read_to_string(FIXTURE).unwrap();

    // Add by quoting text that occurs once; the span indexes the article by character.
    let quote = "He received his Bachelor of Science degree in physics";
    let added = json(
        &desk,
        &["claim", "add", "--article", &article, "--quote", quote],
    );
    let (s, e) = (
        added["start"].as_u64().unwrap() as usize,
        added["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(text.chars().skip(s).take(e - s).collect::<String>(), quote);
    let by_span = json(
        &desk,
        &[
            "claim",
            "add",
            "--article",
            &article,
            "--span",
            &format!("{s}..{}", s + 2),
        ],
    );
    assert_eq!(by_span["text"], "He");
    let err = fails_with(
        &desk,
        &[
            "claim",
            "add",
            "--article",
            &article,
            "--quote",
            "Vande Hey",
        ],
        2,
    );
    assert!(err.contains("times in article"), "{err}");
    let err = fails_bad(
        &desk,
        &[
            "claim",
            "add",
            "--article",
            &article,
            "--span",
            "10..999999",
        ],
    );
    assert!(err.contains("is not inside article"), "{err}");

    // Edit keeps the span.
    let id = added["id"].to_string();
    let edited = json(
        &desk,
        &[
            "claim",
            "edit",
            &id,
            "--text",
            "Vande Hei has a physics degree.",
        ],
    );
    assert_eq!(edited["text"], "Vande Hei has a physics degree.");
    assert_eq!(
        (edited["start"].as_u64(), edited["end"].as_u64()),
        (Some(s as u64), Some(e as u64))
    );

    // Split: evidence stays with the first part; a point outside the claim is refused.
    let err = fails_bad(&desk, &["claim", "split", &id, "--at", "500"]);
    assert!(err.contains("outside claim"), "{err}");
    desk.ok(
        "alice",
        &["source", "add", &id, "--url", "https://a.example/degree"],
    );
    let parts = json(&desk, &["claim", "split", &id, "--before", "degree"]);
    assert_eq!(parts[0]["text"], "He received his Bachelor of Science");
    assert_eq!(parts[1]["text"], "degree in physics");
    assert_eq!(parts[0]["evidence"].as_array().unwrap().len(), 1);
    assert_eq!(parts[0]["status"], "in-review");

    // Merge them back: the evidence follows, the span covers both.
    let (a, b) = (parts[0]["id"].to_string(), parts[1]["id"].to_string());
    desk.ok(
        "alice",
        &["source", "add", &b, "--url", "https://b.example/physics"],
    );
    let merged = json(&desk, &["claim", "merge", &a, &b]);
    assert_eq!(merged["text"], quote);
    assert_eq!(merged["evidence"].as_array().unwrap().len(), 2);
    fails(&desk, &["show", &b]);

    // Dismiss needs a reason; restore derives the status again.
    let err = fails_bad(&desk, &["claim", "dismiss", &a, "--reason", " "]);
    assert!(err.contains("say why"), "{err}");
    let d = json(
        &desk,
        &["claim", "dismiss", &a, "--reason", "not check-worthy"],
    );
    assert_eq!(d["status"], "dismissed");
    assert_eq!(d["dismissed_reason"], "not check-worthy");
    let r = json(&desk, &["claim", "restore", &a]);
    assert_eq!(r["status"], "in-review");

    let actions: Vec<String> = json(&desk, &["log"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect();
    for want in [
        "claim-add",
        "claim-edit",
        "claim-split",
        "claim-merge",
        "claim-dismiss",
        "claim-restore",
    ] {
        assert!(
            actions.iter().any(|a| a == want),
            "{want} missing from {actions:?}"
        );
    }
}

#[test]
fn a_merge_across_articles_is_refused() {
    let desk = desk();
    let other = desk.dir.path().join("other.txt");
    std::fs::write(&other, "The rocket weighs 300 tons, NASA said on Monday.").unwrap();
    desk.ok("alice", &["import", other.to_str().unwrap()]);
    let claims = json(&desk, &["claims"]);
    let first = claims[0]["id"].to_string();
    let last = claims.as_array().unwrap().last().unwrap()["id"].to_string();
    let err = fails(&desk, &["claim", "merge", &first, &last]);
    assert!(err.contains("different articles"), "{err}");
}

#[test]
fn the_scale_comes_from_config_toml() {
    let desk = desk();
    std::fs::write(
        desk.dir.path().join("config.toml"),
        "[scale]\nmin_evidence = 0\nrequire_rationale = true\n[[scale.rating]]\nlabel = \"correct\"\nvalue = 2\n[[scale.rating]]\nlabel = \"incorrect\"\nvalue = 1\n",
    )
    .unwrap();
    let id = claim_ids(&desk)[0].to_string();
    let err = fails_bad(&desk, &["verdict", &id, "true"]);
    assert!(err.contains("use one of: correct, incorrect"), "{err}");
    let err = fails_bad(&desk, &["verdict", &id, "correct"]);
    assert!(err.contains("needs a rationale"), "{err}");
    desk.ok(
        "alice",
        &["verdict", &id, "correct", "--rationale", "Checked."],
    );
    std::fs::write(desk.dir.path().join("config.toml"), "[scale\n").unwrap();
    let err = fails(&desk, &["verdict", &id, "correct", "--rationale", "x"]);
    assert!(err.contains("config.toml is not valid"), "{err}");
}

#[test]
fn a_change_based_on_a_stale_read_is_refused_with_who_changed_it() {
    use claimdesk::model::Scale;
    use claimdesk::store::{ClaimFilter, NewEvidence, NewSource, Store};
    let desk = desk();
    let mut mine = Store::open(&desk.db).unwrap();
    let claim = mine.claims(&ClaimFilter::default()).unwrap()[0]
        .claim
        .clone();
    // Bob changes the claim after I read it.
    desk.ok(
        "bob",
        &[
            "claim",
            "edit",
            &claim.id.to_string(),
            "--text",
            "Bob's wording.",
        ],
    );
    let err = mine
        .edit_claim(claim.id, "My wording.", "alice", Some(claim.version))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&format!("claim {} was changed by bob", claim.id)),
        "{err}"
    );
    let new = NewEvidence {
        source: NewSource {
            url: "https://a.example".into(),
            ..Default::default()
        },
        ..Default::default()
    };
    assert!(
        mine.add_evidence_checked(claim.id, &new, "alice", Some(claim.version))
            .is_err()
    );
    assert!(
        mine.add_verdict_checked(
            claim.id,
            "unverifiable",
            "",
            "alice",
            &Scale::default(),
            Some(claim.version),
            false
        )
        .is_err()
    );
    assert_eq!(mine.claim(claim.id).unwrap().claim.text, "Bob's wording.");
    // With the fresh version it goes through.
    let fresh = mine.claim(claim.id).unwrap().claim.version;
    mine.edit_claim(claim.id, "My wording.", "alice", Some(fresh))
        .unwrap();
}

/// Several processes on one database, all writing at once: no "database is locked", no lost write.
#[test]
fn concurrent_reviewers_lose_nothing() {
    let desk = desk();
    let ids = claim_ids(&desk);
    let bin = assert_cmd::cargo::cargo_bin("claimdesk");
    const WRITERS: usize = 6;
    const EACH: usize = 8;
    let script: Vec<String> = (0..WRITERS)
        .map(|w| {
            (0..EACH)
                .map(|i| {
                    let claim = ids[(w * EACH + i) % ids.len()];
                    format!(
                        "{bin} --db {db} --reviewer r{w} source add {claim} --url https://w{w}.example/{i} --quote q{i} --stance supports >/dev/null || exit 1\n\
                         {bin} --db {db} --reviewer r{w} verdict {claim} unverifiable --rationale w{w}i{i} >/dev/null || exit 1\n",
                        bin = bin.display(),
                        db = desk.db.display()
                    )
                })
                .collect()
        })
        .collect();
    let children: Vec<_> = script
        .iter()
        .map(|s| {
            std::process::Command::new("sh")
                .env("CLAIMDESK_CONFIG", desk.config())
                .arg("-c")
                .arg(s)
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "a writer failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let bundle = json(&desk, &["export", "--format", "json"]);
    let claims = bundle["articles"][0]["claims"].as_array().unwrap();
    let evidence: Vec<&str> = claims
        .iter()
        .flat_map(|c| c["evidence"].as_array().unwrap())
        .map(|e| e["source"]["url"].as_str().unwrap())
        .collect();
    let verdicts: Vec<&str> = claims
        .iter()
        .flat_map(|c| c["verdicts"].as_array().unwrap())
        .map(|v| v["rationale"].as_str().unwrap())
        .collect();
    assert_eq!(evidence.len(), WRITERS * EACH);
    assert_eq!(verdicts.len(), WRITERS * EACH);
    for w in 0..WRITERS {
        for i in 0..EACH {
            assert!(evidence.contains(&format!("https://w{w}.example/{i}").as_str()));
            assert!(verdicts.contains(&format!("w{w}i{i}").as_str()));
        }
    }
    let events = json(&desk, &["log"]).as_array().unwrap().len();
    assert!(
        events > 3 * WRITERS * EACH,
        "every write has its event: {events}"
    );
}

/// Run as alice with standard output on /dev/full.
fn into_full_device(desk: &Desk, args: &[&str]) -> std::process::Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    desk.std_cmd("alice")
        .args(args)
        .stdout(full)
        .output()
        .unwrap()
}

#[test]
fn a_committed_change_is_reported_as_committed_when_its_summary_cannot_be_printed() {
    let desk = desk();
    let id = desk.claim_containing("355 days");
    let url = "https://www.nasa.gov/record";
    for (args, saved) in [
        (
            vec!["source", "add", &id, "--url", url],
            "saved evidence ".to_string(),
        ),
        (
            vec!["verdict", &id, "true", "--json"],
            format!("saved the verdict on claim {id}"),
        ),
        (
            vec!["claim", "dismiss", &id, "--reason", "opinion"],
            format!("saved claim {id}"),
        ),
    ] {
        let out = into_full_device(&desk, &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(
            stderr.starts_with(&format!("claimdesk: warning: {saved}"))
                && stderr.contains(", but the summary could not be printed: ")
                && stderr.lines().count() == 1,
            "{args:?}: {stderr}"
        );
    }
    // Each change was made once.
    let shown = json(&desk, &["show", &id]);
    assert_eq!(shown["evidence"].as_array().unwrap().len(), 1, "{shown}");
    assert_eq!(shown["verdicts"].as_array().unwrap().len(), 1, "{shown}");
    assert_eq!(shown["status"], "dismissed", "{shown}");
    // A failure that is not about printing still fails: nothing was saved.
    let out = into_full_device(&desk, &["verdict", "999999", "true"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("saved"));
}

#[test]
fn a_closed_pipe_after_a_committed_change_is_silent_and_a_success() {
    let desk = desk();
    let id = desk.claim_containing("355 days");
    let mut child = desk
        .std_cmd("alice")
        .args(["claim", "dismiss", &id, "--reason", "opinion"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Close the reading end before (or after) the summary is written.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(json(&desk, &["show", &id])["status"], "dismissed");
}
