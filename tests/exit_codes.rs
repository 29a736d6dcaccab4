//! The exit-status contract, for every subcommand, through the real binary on a real database:
//! 0 success; 1 a failure at run time (the desk refused the change, an unknown id, the database
//! or a file failed); 2 usage or bad input (clap's errors, a bad flag value, a quote not found, a
//! file that is not an article or a report). A failure prints one sentence and changes nothing.

mod common;

use common::{Desk, FIXTURE};
use std::process::Output;

/// The number of events in the audit trail: what a failed command must leave as it was.
fn events(desk: &Desk) -> Option<usize> {
    let out = desk.run("alice", &["log", "--json"]);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).ok()?;
    Some(log.as_array()?.len())
}

/// Run `args` as alice and check the exit status; a failure says one sentence on stderr and
/// changes nothing.
fn expect(desk: &Desk, args: &[&str], code: i32) -> Output {
    let before = events(desk);
    let out = desk.run("alice", args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
    if code != 0 {
        assert_eq!(events(desk), before, "{args:?} failed but changed the desk");
        if code == 1 || !stderr.starts_with("error:") {
            // Ours: one sentence. (clap's usage errors carry their usage lines.)
            assert!(
                stderr.starts_with("claimdesk: ") && stderr.trim_end().lines().count() == 1,
                "{args:?}: {stderr}"
            );
        }
    }
    out
}

/// Three codes for one subcommand: each case is (args, expected status).
fn check(desk: &Desk, cases: &[(&[&str], i32)]) {
    for (args, code) in cases {
        expect(desk, args, *code);
    }
}

/// A desk with the fixture imported; returns it with two claim ids of the fixture.
fn desk() -> (Desk, String, String) {
    let desk = Desk::new();
    desk.import_fixture();
    let record = desk.claim_containing("355 days");
    let other = desk.claim_containing("March 30");
    (desk, record, other)
}

/// A desk whose database file is not a database.
fn broken_desk() -> Desk {
    let desk = Desk::new();
    std::fs::write(
        &desk.db,
        "this is not SQLite, it is a note to myself\n".repeat(200),
    )
    .unwrap();
    desk
}

#[test]
fn the_workbench_and_open() {
    let (desk, ..) = desk();
    // Standard input is not a terminal here: refused at run time, nothing imported.
    check(
        &desk,
        &[
            (&[], 1),
            (&["--help"], 0),
            (&["--version"], 0),
            (&["open", FIXTURE], 1),
            (&["--bogus"], 2),
            (&["open"], 2),
            (&["open", "missing.txt"], 2),
            (&["open", FIXTURE, "--published", "yesterday"], 2),
        ],
    );
    assert_eq!(desk.article_count(), 1);
    // `open` succeeding is the pseudo-terminal test's (tests/tui_pty.rs).
}

#[test]
fn import_and_extract() {
    let desk = Desk::new();
    let empty = desk.path("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let binary = desk.path("binary.txt");
    std::fs::write(&binary, b"caf\xe9 au lait").unwrap();
    let folder = desk.path("nothing-here");
    std::fs::create_dir(&folder).unwrap();
    let (empty, binary, folder) = (
        empty.to_str().unwrap(),
        binary.to_str().unwrap(),
        folder.to_str().unwrap(),
    );
    check(
        &desk,
        &[
            (&["import", FIXTURE], 0),
            (&["import"], 2),
            (&["import", "missing.txt"], 2),
            (&["import", empty], 2),
            (&["import", binary], 2),
            (&["import", folder], 2),
            (&["import", FIXTURE, "--published", "March"], 2),
            (&["import", FIXTURE, "--url", "javascript:alert(1)"], 2),
            (&["extract", FIXTURE], 0),
            (&["extract", "missing.txt"], 2),
            (&["extract", empty], 2),
            (&["extract", FIXTURE, "--published", "March"], 2),
        ],
    );
    check(&broken_desk(), &[(&["import", FIXTURE], 1)]);
    // extract writes nothing to the desk: a summary it cannot print is a failure.
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = desk
        .std_cmd("alice")
        .args(["extract", FIXTURE])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn articles_and_article_set() {
    let (desk, ..) = desk();
    check(
        &desk,
        &[
            (&["articles"], 0),
            (&["articles", "--bogus"], 2),
            (&["article", "set", "1", "--title", "Soyuz"], 0),
            (&["article", "set", "999", "--title", "Soyuz"], 1),
            (&["article", "set", "1"], 2),
            (&["article", "set", "one", "--title", "Soyuz"], 2),
            (&["article", "set", "1", "--title", "  "], 2),
            (&["article", "set", "1", "--published", "soon"], 2),
            (&["article", "set", "1", "--url", "not a url"], 2),
        ],
    );
    check(&broken_desk(), &[(&["articles"], 1)]);
}

#[test]
fn claims_show_and_log() {
    let (desk, record, _) = desk();
    check(
        &desk,
        &[
            (&["claims"], 0),
            (&["claims", "--status", "done"], 2),
            (&["claims", "--type", "quantity"], 0),
            (&["claims", "--type", "opinion"], 2),
            (&["claims", "--article", "x"], 2),
            (&["claims", "--article", "999"], 1),
            (&["show", &record], 0),
            (&["show", "999999"], 1),
            (&["show", "x"], 2),
            (&["log"], 0),
            (&["log", "--claim", &record], 0),
            (&["log", "--claim", "999999"], 1),
            (&["log", "--claim", "x"], 2),
        ],
    );
    let broken = broken_desk();
    check(
        &broken,
        &[(&["claims"], 1), (&["show", "1"], 1), (&["log"], 1)],
    );
}

#[test]
fn sources_and_evidence() {
    let (desk, record, other) = desk();
    let url = "https://www.nasa.gov/record";
    check(
        &desk,
        &[
            (&["source", "add", &record, "--url", url], 0),
            (&["source", "add", "999999", "--url", url], 1),
            (&["source", "add", &record], 2),
            (&["source", "add", &record, "--url", "not a url"], 2),
            (&["source", "add", &record, "--url", "ftp://x.org/a"], 2),
            (
                &["source", "add", &record, "--url", url, "--archive", "x"],
                2,
            ),
            (
                &["source", "add", &record, "--url", url, "--accessed", "May"],
                2,
            ),
            (&["source", "add", &record, "--url", url, "--quote", " "], 2),
            (
                &["source", "add", &record, "--url", url, "--stance", "agrees"],
                2,
            ),
            (&["source", "list"], 0),
            (&["source", "list", "--bogus"], 2),
        ],
    );
    let sources = desk.json(&["source", "list", "--json"]);
    let source = sources[0]["id"].to_string();
    check(
        &desk,
        &[
            (&["evidence", "add", &other, "--source", &source], 0),
            (&["evidence", "add", &other, "--source", "999"], 1),
            (&["evidence", "add", "999999", "--source", &source], 1),
            (&["evidence", "add", &other], 2),
            (&["evidence", "add", &other, "--url", "mailto:a@b.c"], 2),
            (
                &["evidence", "add", &other, "--source", &source, "--url", url],
                2,
            ),
            // The source is cited: the desk refuses to remove it.
            (&["source", "remove", &source], 1),
            (&["source", "remove", "999"], 1),
            (&["source", "remove", "x"], 2),
        ],
    );
    let evidence: Vec<String> = desk.json(&["show", &other, "--json"])["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .chain(
            desk.json(&["show", &record, "--json"])["evidence"]
                .as_array()
                .unwrap(),
        )
        .map(|e| e["id"].to_string())
        .collect();
    check(
        &desk,
        &[
            (&["evidence", "remove", &evidence[0]], 0),
            (&["evidence", "remove", &evidence[0]], 1),
            (&["evidence", "remove", "x"], 2),
            (&["evidence", "dismiss-suggestion", &evidence[1]], 0),
            (&["evidence", "dismiss-suggestion", &evidence[1]], 0),
            (&["evidence", "dismiss-suggestion", "999999"], 1),
            (&["evidence", "dismiss-suggestion", "0"], 2),
            (&["evidence", "remove", &evidence[1]], 0),
            (&["source", "remove", &source], 0),
        ],
    );
    check(&broken_desk(), &[(&["source", "list"], 1)]);
}

#[test]
fn verdicts() {
    let (desk, record, other) = desk();
    desk.ok(
        "alice",
        &["source", "add", &record, "--url", "https://www.nasa.gov/r"],
    );
    check(
        &desk,
        &[
            (&["verdict", &record, "true"], 0),
            // The evidence gate: the desk refuses a verdict without evidence.
            (&["verdict", &other, "false"], 1),
            (&["verdict", "999999", "true"], 1),
            (&["verdict", &record, "truthy"], 2),
            (&["verdict", &record], 2),
            (&["verdict", "x", "true"], 2),
        ],
    );
}

#[test]
fn claim_edits() {
    let (desk, record, other) = desk();
    let claims = desk.claims();
    let first = claims[0]["id"].to_string();
    let second = claims[1]["id"].to_string();
    check(
        &desk,
        &[
            (&["claim", "add", "--article", "1", "--span", "0..40"], 0),
            (&["claim", "add", "--article", "999", "--span", "0..40"], 1),
            (&["claim", "add", "--article", "1", "--span", "40..0"], 2),
            (
                &["claim", "add", "--article", "1", "--span", "0..99999999"],
                2,
            ),
            (&["claim", "add", "--article", "1", "--span", "forty"], 2),
            (
                &["claim", "add", "--article", "1", "--quote", "no such words"],
                2,
            ),
            (&["claim", "add", "--article", "1"], 2),
            (
                &[
                    "claim",
                    "edit",
                    &record,
                    "--text",
                    "The stay lasted 355 days.",
                ],
                0,
            ),
            (&["claim", "edit", "999999", "--text", "Words."], 1),
            (&["claim", "edit", &record, "--text", "   "], 2),
            (&["claim", "split", &other, "--at", "10"], 0),
            (&["claim", "split", "999999", "--at", "10"], 1),
            (&["claim", "split", &other, "--at", "0"], 2),
            (&["claim", "split", &other, "--at", "99999"], 2),
            (&["claim", "split", &other, "--before", "no such words"], 2),
            (&["claim", "split", &other], 2),
            (&["claim", "merge", &first, &second], 0),
            (&["claim", "merge", &first, "999999"], 1),
            (&["claim", "merge", &first, &first], 2),
            (&["claim", "dismiss", &record, "--reason", "opinion"], 0),
            // Already dismissed: the desk refuses.
            (&["claim", "dismiss", &record, "--reason", "opinion"], 1),
            (&["claim", "dismiss", &other, "--reason", "  "], 2),
            (&["claim", "dismiss", &other], 2),
            (&["claim", "restore", &record], 0),
            // Not dismissed: nothing to restore.
            (&["claim", "restore", &record], 1),
            (&["claim", "restore", "x"], 2),
            (
                &[
                    "claim",
                    "claimant",
                    &other,
                    "--name",
                    "NASA",
                    "--kind",
                    "organization",
                ],
                0,
            ),
            (&["claim", "claimant", &other, "--clear"], 0),
            (
                &[
                    "claim", "claimant", "999999", "--name", "NASA", "--kind", "person",
                ],
                1,
            ),
            (&["claim", "claimant", &other, "--name", "NASA"], 2),
            (
                &[
                    "claim", "claimant", &other, "--name", "NASA", "--kind", "robot",
                ],
                2,
            ),
            (
                &[
                    "claim", "claimant", &other, "--name", " ", "--kind", "person",
                ],
                2,
            ),
            (
                &["claim", "claimant", &other, "--clear", "--name", "NASA"],
                2,
            ),
            (&["claim", "claimant", &other], 2),
            (&["claim", "bogus"], 2),
        ],
    );
}

#[test]
fn export_and_import_report() {
    let (desk, ..) = desk();
    let bundle = desk.path("bundle.json");
    let bundle = bundle.to_str().unwrap();
    let folder = desk.dir.path().to_str().unwrap();
    let missing_folder = desk.path("missing/r.json");
    check(
        &desk,
        &[
            (&["export", "--format", "json", "-o", bundle], 0),
            (&["export", "--format", "json", "--article", "x"], 2),
            (&["export", "--format", "json", "--article", "999"], 1),
            (&["export", "--format", "pdf"], 2),
            (&["export"], 2),
            (&["export", "--format", "json", "-o", folder], 2),
            (
                &[
                    "export",
                    "--format",
                    "json",
                    "-o",
                    missing_folder.to_str().unwrap(),
                ],
                1,
            ),
            (&["export", "--format", "json", "-o", "/dev/full"], 1),
        ],
    );
    let other = desk.sibling();
    let damaged = desk.path("damaged.json");
    let mut report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(bundle).unwrap()).unwrap();
    let text = report["articles"][0]["text"]
        .as_str()
        .unwrap()
        .replacen("355", "356", 1);
    report["articles"][0]["text"] = text.into();
    std::fs::write(&damaged, report.to_string()).unwrap();
    let outside = desk.path("outside.json");
    let mut report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(bundle).unwrap()).unwrap();
    report["articles"][0]["claims"][0]["end"] = 9_999_999.into();
    std::fs::write(&outside, report.to_string()).unwrap();
    let not_json = desk.path("notes.json");
    std::fs::write(&not_json, "not json").unwrap();
    check(
        &other,
        &[
            (&["import-report", bundle], 0),
            (&["import-report", "missing.json"], 2),
            (&["import-report", folder], 2),
            (&["import-report", not_json.to_str().unwrap()], 2),
            (&["import-report", FIXTURE], 2),
            (&["import-report", damaged.to_str().unwrap()], 2),
            (&["import-report", outside.to_str().unwrap()], 2),
        ],
    );
    check(
        &broken_desk(),
        &[
            (&["export", "--format", "json"], 1),
            (&["import-report", bundle], 1),
        ],
    );
}

#[test]
fn learn() {
    let (desk, record, _) = desk();
    check(
        &desk,
        &[
            (&["learn"], 0),
            (&["learn", "--json"], 0),
            (&["learn", "--bogus"], 2),
            (&["learn", &record], 2),
        ],
    );
    check(&broken_desk(), &[(&["learn"], 1)]);
    check(&Desk::new(), &[(&["learn"], 1)]);
}
