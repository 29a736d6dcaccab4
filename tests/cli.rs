//! The real binary, end to end, on a real database file in a temporary folder.

mod common;

use assert_cmd::Command;
use common::{Desk, FIXTURE};
use predicates::prelude::*;
use serde_json::Value;

fn claim_with<'a>(claims: &'a Value, needle: &str) -> &'a Value {
    claims
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["text"].as_str().unwrap().contains(needle))
        .unwrap_or_else(|| panic!("no claim contains {needle:?}"))
}

#[test]
fn extract_json_finds_the_record_and_the_landing_date() {
    let out = Command::cargo_bin("claimdesk")
        .unwrap()
        .args(["extract", FIXTURE, "--published", "2022-03-13", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let x: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(x["published"], "2022-03-13");
    let values = x["values"].as_array().unwrap();
    let has = |claim: &Value, kind: &str, value: &str| {
        claim["values"].as_array().unwrap().iter().any(|i| {
            let v = &values[i.as_u64().unwrap() as usize];
            v["kind"] == kind && v["value"] == value
        })
    };
    let record = claim_with(&x["claims"], "355 days");
    assert!(has(record, "duration", "P355D"), "{record}");
    let landing = claim_with(&x["claims"], "March 30");
    assert!(has(landing, "date", "2022-03-30"), "{landing}");
    // Offsets are character offsets into the input: the parts are verbatim pieces in reading
    // order, the first at the claim's start, the last at its end.
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let piece = |[s, e]: [usize; 2]| -> String { text.chars().skip(s).take(e - s).collect() };
    let pair = |v: &Value| {
        [
            v[0].as_u64().unwrap() as usize,
            v[1].as_u64().unwrap() as usize,
        ]
    };
    for c in x["claims"].as_array().unwrap() {
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        let parts: Vec<[usize; 2]> = c["parts"].as_array().unwrap().iter().map(pair).collect();
        assert_eq!(parts.first().unwrap()[0], s, "{c}");
        assert_eq!(parts.last().unwrap()[1], e, "{c}");
        assert!(parts.windows(2).all(|w| w[0][1] < w[1][0]), "{c}");
        // The wording rests on the parts: half their words at least are in it.
        let wording = c["text"].as_str().unwrap();
        let words: Vec<String> = parts
            .iter()
            .flat_map(|&p| {
                piece(p)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect();
        let kept = words
            .iter()
            .filter(|w| wording.contains(w.as_str()))
            .count();
        assert!(kept * 2 >= words.len(), "{c}");
    }
    let landing_parts: Vec<String> = landing["parts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| piece(pair(p)))
        .collect();
    assert_eq!(landing_parts[0], "Mark Vande Hey", "{landing}");
    assert!(landing_parts[1].ends_with("on March 30"), "{landing}");
}

#[test]
fn extract_reads_standard_input() {
    Command::cargo_bin("claimdesk")
        .unwrap()
        .args(["extract", "-", "--json"])
        .write_stdin("The station weighs 500 tons, NASA said.")
        .assert()
        .success()
        .stdout(predicate::str::contains("\"published\": null"));
}

#[test]
fn import_claims_source_verdict_export_markdown() {
    let desk = Desk::new();
    let article = desk.import_fixture();
    let claims = desk.json(&["claims", "--article", &article.to_string(), "--json"]);
    let record = claim_with(&claims, "355 days");
    assert_eq!(record["status"], "new");
    assert!(record["verdict"].is_null());
    assert_eq!(record["evidence"], 0);
    let id = record["id"].as_i64().unwrap().to_string();

    let ev = desk.json(&[
        "source",
        "add",
        &id,
        "--url",
        "https://www.nasa.gov/record",
        "--title",
        "NASA record page",
        "--quote",
        "Vande Hei will hold the record",
        "--stance",
        "supports",
        "--json",
    ]);
    assert_eq!(ev["source"]["url"], "https://www.nasa.gov/record");
    assert_eq!(ev["stance"], "supports");

    desk.cmd("alice")
        .args([
            "verdict",
            &id,
            "mostly-true",
            "--rationale",
            "The record stood at 355 days.",
        ])
        .assert()
        .success();

    let shown = desk.json(&["show", &id, "--json"]);
    assert_eq!(shown["status"], "reviewed");
    assert_eq!(shown["verdicts"][0]["reviewer"], "alice");
    assert_eq!(
        shown["evidence"][0]["quote"],
        "Vande Hei will hold the record"
    );

    let report = desk.dir.path().join("report.md");
    desk.cmd("alice")
        .args(["export", "--format", "markdown", "-o"])
        .arg(&report)
        .assert()
        .success();
    let md = std::fs::read_to_string(&report).unwrap();
    assert!(
        md.contains("Mostly true"),
        "the rating by its display label: {md}"
    );
    assert!(md.contains("The record stood at 355 days."), "{md}");
    assert!(md.contains("https://www.nasa.gov/record"), "{md}");
    assert!(md.contains("Vande Hei will hold the record"), "{md}");

    let bundle = desk.json(&[
        "export",
        "--format",
        "json",
        "--article",
        &article.to_string(),
    ]);
    assert_eq!(bundle["format"], "claimdesk/3");
    let claims = &bundle["articles"][0]["claims"];
    let c = claims
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id.parse::<i64>().unwrap())
        .unwrap();
    assert_eq!(c["verdicts"][0]["rating"], "mostly-true");
    assert_eq!(
        c["evidence"][0]["source"]["url"],
        "https://www.nasa.gov/record"
    );
}

#[test]
fn reviewer_comes_from_the_environment_when_not_given() {
    let desk = Desk::new();
    desk.import_fixture();
    let claims = desk.json(&["claims", "--json"]);
    let id = claims[0]["id"].to_string();
    Command::cargo_bin("claimdesk")
        .unwrap()
        .env("CLAIMDESK_REVIEWER", "bob")
        .env("CLAIMDESK_CONFIG", desk.config())
        .arg("--db")
        .arg(&desk.db)
        .args(["verdict", &id, "unverifiable"])
        .assert()
        .success();
    let shown = desk.json(&["show", &id, "--json"]);
    assert_eq!(shown["verdict"]["reviewer"], "bob");
}

#[test]
fn reimport_returns_the_same_article() {
    let desk = Desk::new();
    let a = desk.import_fixture();
    let b = desk.import_fixture();
    assert_eq!(a, b);
    assert_eq!(desk.article_count(), 1);
}

#[test]
fn importing_a_folder_takes_every_article_file_in_it() {
    let desk = Desk::new();
    let folder = desk.dir.path().join("inbox");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(
        folder.join("a.txt"),
        "The rocket weighs 300 tons, NASA said.",
    )
    .unwrap();
    std::fs::write(
        folder.join("b.md"),
        "---\ntitle: B\n---\nThe crew of 7 landed on March 30, 2022.",
    )
    .unwrap();
    std::fs::write(folder.join("c.html"), "<html><head><title>C</title></head><body><article><p>The agency said on Monday that the station had been in orbit for 20 years and would stay there until 2030 at least, according to officials.</p></article></body></html>").unwrap();
    std::fs::write(folder.join("notes.json"), "{}").unwrap();
    let v = desk.json(&["import", folder.to_str().unwrap(), "--json"]);
    let titles: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert!(titles.contains(&"B") && titles.contains(&"C"), "{titles:?}");
    // Piped: no progress bar on stderr.
    desk.cmd("alice")
        .arg("import")
        .arg(&folder)
        .assert()
        .success()
        .stderr("");
}

#[test]
fn markdown_front_matter_sets_the_metadata() {
    let desk = Desk::new();
    let md = desk.dir.path().join("a.md");
    std::fs::write(&md, "---\ntitle: Soyuz return\nurl: https://example.com/soyuz\npublished: 2022-03-13\n---\nThe crew lands on March 30, NASA said.\n").unwrap();
    let v = desk.json(&["import", md.to_str().unwrap(), "--json"]);
    assert_eq!(v[0]["title"], "Soyuz return");
    assert_eq!(v[0]["url"], "https://example.com/soyuz");
    assert_eq!(v[0]["published"], "2022-03-13");
}

/// Each bad input given alone: exit 2 (bad input, as a usage error), one sentence naming the
/// problem, and the database as it was.
#[test]
fn bad_files_are_refused_and_change_nothing() {
    let desk = Desk::new();
    desk.import_fixture();
    let dir = desk.dir.path();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let binary = dir.join("latin1.txt");
    std::fs::write(&binary, b"caf\xe9 au lait").unwrap();
    let utf16_no_bom = dir.join("utf16.txt");
    let units: Vec<u8> = "Some text, 12 rockets."
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    std::fs::write(&utf16_no_bom, units).unwrap();
    let unclosed = dir.join("unclosed.md");
    std::fs::write(&unclosed, "---\ntitle: Open\nThe crew of 7 landed.\n").unwrap();
    std::fs::create_dir(dir.join("nothing")).unwrap();
    std::fs::write(dir.join("nothing/notes.rs"), "fn main() {}").unwrap();
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec![empty.display().to_string()], "is empty"),
        (
            vec![binary.display().to_string()],
            "not valid UTF-8 text (bad byte at offset 3)",
        ),
        (
            vec![utf16_no_bom.display().to_string()],
            "holds NUL bytes: it is UTF-16 or UTF-32 text without a byte-order mark",
        ),
        (
            vec![unclosed.display().to_string()],
            "the front matter opened by `---` on the first line is never closed",
        ),
        (
            vec![dir.join("missing.txt").display().to_string()],
            "no such file",
        ),
        (
            vec![dir.join("nothing").display().to_string()],
            "holds no article files",
        ),
    ];
    for (files, message) in cases {
        let out = desk
            .cmd("alice")
            .arg("import")
            .args(&files)
            .assert()
            .code(2)
            .get_output()
            .clone();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains(message), "{files:?}: {stderr}");
        assert_eq!(stderr.trim().lines().count(), 1, "one sentence: {stderr}");
        assert!(!stderr.contains("panicked"));
        assert_eq!(desk.article_count(), 1, "{files:?} must change nothing");
    }
    desk.cmd("alice")
        .args(["import", FIXTURE, "--published", "2022-13-45"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("\"2022-13-45\" is not a date"));
}

#[test]
fn runtime_and_usage_errors_have_their_exit_codes() {
    let desk = Desk::new();
    desk.import_fixture();
    desk.cmd("alice")
        .args(["verdict", "99999", "true"])
        .assert()
        .code(1)
        .stderr("claimdesk: there is no claim with id 99999; `claimdesk claims` lists them\n");
    let id = desk.json(&["claims", "--json"])[0]["id"].to_string();
    // A rating not on the scale is a bad value: usage, not a refusal of the desk.
    desk.cmd("alice")
        .args(["verdict", &id, "pants-on-fire"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a rating on the scale"));
    desk.cmd("alice").args(["frobnicate"]).assert().code(2);
    desk.cmd("alice")
        .args(["claims", "--status", "approved"])
        .assert()
        .code(2);
    desk.cmd("alice")
        .args([
            "source",
            "add",
            &id,
            "--url",
            "https://a.example",
            "--stance",
            "agrees",
        ])
        .assert()
        .code(2);
    // Global flags after the subcommand work too.
    Command::cargo_bin("claimdesk")
        .unwrap()
        .env_remove("CLAIMDESK_DB")
        .args(["articles", "--json", "--db"])
        .arg(&desk.db)
        .assert()
        .success();
}

#[test]
fn a_newer_database_is_refused_with_a_sentence() {
    let desk = Desk::new();
    desk.import_fixture();
    let conn = rusqlite::Connection::open(&desk.db).unwrap();
    conn.pragma_update(None, "user_version", claimdesk::store::SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    desk.cmd("alice")
        .args(["articles"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("written by a newer claimdesk"));
}

#[test]
fn the_database_defaults_to_the_environment_variable() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("from-env.db");
    Command::cargo_bin("claimdesk")
        .unwrap()
        .env("CLAIMDESK_DB", &db)
        .args(["import", FIXTURE])
        .assert()
        .success();
    assert!(db.exists());
}

#[test]
fn the_workbench_without_a_terminal_is_refused_and_open_imports_nothing() {
    let desk = Desk::new();
    for args in [vec![], vec!["open", FIXTURE]] {
        let out = desk.run("alice", &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("the workbench needs a terminal"), "{err}");
        assert!(!err.contains("panicked"));
    }
    assert!(
        !desk.db.exists(),
        "open in a script imports nothing, and creates no database"
    );
}

/// A reviewer types straight quotes and apostrophes; the article has typographic ones.
#[test]
fn a_typed_quote_finds_the_article_s_typographic_words() {
    let desk = Desk::new();
    let article = desk.import_fixture().to_string();
    let added = desk.json(&[
        "claim",
        "add",
        "--article",
        &article,
        "--quote",
        "Vande Hey's last tweet was on February 21",
        "--json",
    ]);
    assert_eq!(added["text"], "Vande Hey’s last tweet was on February 21");
    // Ambiguous: refused as bad input with the count, and nothing added.
    let before = desk.claims().as_array().unwrap().len();
    let out = desk.run(
        "alice",
        &[
            "claim",
            "add",
            "--article",
            &article,
            "--quote",
            "Vande Hey's",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("times in article"), "{err}");
    assert_eq!(desk.claims().as_array().unwrap().len(), before);
}

/// Text from the database reaches the terminal inert: no escape or bidi override gets through.
#[test]
fn titles_and_names_from_the_database_are_printed_inert() {
    let desk = Desk::new();
    let file = desk.path("hostile.txt");
    std::fs::write(&file, "The agency said 40 offices will close on Friday.").unwrap();
    let title = "Evil\u{1b}[2J\u{202e}title";
    desk.ok(
        "alice",
        &["import", file.to_str().unwrap(), "--title", title],
    );
    let listed = desk.ok("alice", &["articles"]);
    assert!(listed.contains("Evil␛[2J"), "{listed}");
    assert!(!listed.contains('\u{1b}') && !listed.contains('\u{202e}'));
    let id = desk.claims()[0]["id"].to_string();
    let out = desk.run("bad\u{7}name", &["claim", "dismiss", &id, "--reason", "x"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a reviewer's name with a control character"
    );
    desk.ok(
        "alice",
        &["claim", "dismiss", &id, "--reason", "x\u{1b}]0;pwned\u{7}"],
    );
    for args in [vec!["show", id.as_str()], vec!["log"]] {
        let out = desk.ok("alice", &args);
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n'),
            "{args:?}: {out:?}"
        );
    }
}

#[test]
fn article_set_dates_an_article_imported_without_one() {
    let desk = Desk::new();
    desk.ok("alice", &["import", FIXTURE]);
    let unresolved = |d: &Desk| {
        common::unresolved_values(&d.json(&["export", "--format", "json"])["articles"][0])
    };
    let before = unresolved(&desk);
    let out = desk.json(&["article", "set", "1", "--published", "2022-03-13", "--json"]);
    assert_eq!(out["published"], "2022-03-13");
    assert!(out["values_changed"].as_u64().unwrap() > 0);
    assert!(unresolved(&desk) < before);
    let log = desk.ok("alice", &["log"]);
    assert!(log.contains("article-edit"), "{log}");
    // Bad input: exit 2, nothing changed.
    for args in [
        vec!["article", "set", "1", "--published", "2022-13-45"],
        vec!["article", "set", "1", "--url", "javascript:alert(1)"],
        vec!["article", "set", "1"],
    ] {
        let out = desk.run("alice", &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let out = desk.run("alice", &["article", "set", "9", "--title", "X"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("`claimdesk articles` lists them"));
}

/// Reads never write: a command that only reads (or changes what must already be there) refuses a
/// missing database with one sentence and creates nothing; `import` creates the file but not a
/// folder given with --db.
#[test]
fn a_missing_database_is_refused_and_not_created() {
    let mut desk = Desk::new();
    let expected = format!(
        "claimdesk: there is no database at {}; import an article first with `claimdesk import FILE`\n",
        desk.db.display()
    );
    for args in [
        vec!["articles"],
        vec!["claims", "--json"],
        vec!["show", "1"],
        vec!["log"],
        vec!["source", "list"],
        vec!["export", "--format", "csv"],
        vec!["export", "--format", "html"],
        vec!["verdict", "1", "unverifiable"],
        vec!["claim", "dismiss", "1", "--reason", "x"],
        vec!["article", "set", "1", "--title", "T"],
    ] {
        desk.cmd("alice")
            .args(&args)
            .assert()
            .code(1)
            .stderr(expected.clone());
        assert!(!desk.db.exists(), "{args:?} created the database");
    }
    let deep = desk.path("nope/deeper/x.db");
    let db = std::mem::replace(&mut desk.db, deep.clone());
    desk.cmd("alice")
        .args(["import", FIXTURE])
        .assert()
        .code(1)
        .stderr(format!(
            "claimdesk: cannot create the database {}: there is no folder {}; create it first or give another path with --db\n",
            deep.display(),
            desk.path("nope/deeper").display()
        ));
    assert!(!desk.path("nope").exists(), "no folder is created");
    desk.db = db;
    assert_eq!(
        std::fs::read_dir(desk.dir.path()).unwrap().count(),
        0,
        "nothing is created"
    );
    // A writing command that brings articles in creates it.
    desk.import_fixture();
    assert_eq!(desk.article_count(), 1);
}

/// The reading commands change no byte of a database they could write, and leave no -wal or -shm
/// file behind.
#[test]
fn reading_commands_change_nothing_on_disk() {
    let desk = Desk::new();
    desk.import_fixture();
    let files = || desk.file_names();
    let before = (files(), std::fs::read(&desk.db).unwrap());
    for args in [
        vec!["articles"],
        vec!["claims"],
        vec!["show", "1"],
        vec!["log"],
        vec!["source", "list"],
        vec!["export", "--format", "html"],
    ] {
        desk.ok("alice", &args);
    }
    assert_eq!((files(), std::fs::read(&desk.db).unwrap()), before);
}

/// The binary run as a user who cannot write `desk`'s files: this user when not root (the
/// permission bits hold), else `nobody` through setpriv (root ignores them).
fn run_unprivileged(desk: &Desk, args: &[&str]) -> std::process::Output {
    use std::os::unix::fs::MetadataExt;
    let root = std::fs::metadata(desk.dir.path()).unwrap().uid() == 0;
    if !root {
        return desk.run("alice", args);
    }
    let bin = assert_cmd::cargo::cargo_bin("claimdesk");
    std::process::Command::new("setpriv")
        .args(["--reuid=nobody", "--regid=nogroup", "--clear-groups"])
        .arg(bin)
        .env_remove("CLAIMDESK_DB")
        .env("CLAIMDESK_CONFIG", desk.config())
        .arg("--db")
        .arg(&desk.db)
        .args(["--reviewer", "alice"])
        .args(args)
        .output()
        .unwrap()
}

/// A database whose file and folder are read-only: the reading commands read it (without the
/// `-shm` file they cannot create), the writing ones refuse with one sentence, and nothing in
/// the folder changes.
#[test]
fn a_read_only_database_is_read_and_never_written() {
    use std::os::unix::fs::PermissionsExt;
    let desk = Desk::new();
    desk.import_fixture();
    let listing = || desk.file_names();
    let before = listing();
    let bytes = std::fs::read(&desk.db).unwrap();
    let set = |path: &std::path::Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    set(&desk.db, 0o444);
    set(desk.dir.path(), 0o555);
    let mut outs = Vec::new();
    for args in [
        vec!["articles", "--json"],
        vec!["claims", "--json"],
        vec!["show", "1", "--json"],
        vec!["log", "--json"],
        vec!["source", "list", "--json"],
        vec!["export", "--format", "json"],
    ] {
        let out = run_unprivileged(&desk, &args);
        outs.push((args, out));
    }
    let refused = run_unprivileged(&desk, &["verdict", "1", "unverifiable"]);
    let imported = run_unprivileged(&desk, &["import", FIXTURE]);
    set(desk.dir.path(), 0o755);
    set(&desk.db, 0o644);
    for (args, out) in outs {
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(!v.is_null(), "{args:?}");
    }
    for out in [refused, imported] {
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            err,
            format!(
                "claimdesk: the database {} is read-only, so this command cannot change it; check the permissions of the file and its folder\n",
                desk.db.display()
            )
        );
    }
    assert_eq!(listing(), before, "no -wal or -shm file left behind");
    assert_eq!(
        std::fs::read(&desk.db).unwrap(),
        bytes,
        "the file is unchanged"
    );
    // Readable again by its owner: the verdict goes through now.
    desk.ok("alice", &["verdict", "1", "unverifiable"]);
}

/// A folder is imported with its subfolders (hidden ones left out); a bad file among good ones is
/// skipped and named on its own line, the good ones are imported, and the exit status is 2.
#[test]
fn a_folder_is_imported_recursively_and_bad_files_are_skipped_and_named() {
    let desk = Desk::new();
    desk.import_fixture();
    let inbox = desk.path("inbox");
    for sub in ["sub/deeper", "bad", ".hidden"] {
        std::fs::create_dir_all(inbox.join(sub)).unwrap();
    }
    let files = [
        ("a.txt", "The rocket weighs 300 tons, NASA said."),
        (
            "sub/b.md",
            "---\ntitle: B\n---\nThe crew of 7 landed on March 30, 2022.",
        ),
        (
            "sub/deeper/c.txt",
            "The bridge is 1,280 metres long, officials said.",
        ),
        ("bad/empty.txt", " \n"),
        (
            ".hidden/x.txt",
            "A hidden draft about 12 rockets, NASA said.",
        ),
        ("notes.json", "{}"),
    ];
    for (name, text) in files {
        std::fs::write(inbox.join(name), text).unwrap();
    }
    std::fs::write(inbox.join("bad/latin1.txt"), b"caf\xe9 au lait").unwrap();
    let out = desk.run("alice", &["import", inbox.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let imported: Value = serde_json::from_slice(&out.stdout).unwrap();
    let titles: Vec<&str> = imported
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles.len(), 3, "{titles:?}");
    assert!(titles.contains(&"B"), "{titles:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    assert!(
        lines[0].starts_with("claimdesk: skipped: ") && lines[0].contains("empty.txt is empty"),
        "{err}"
    );
    assert!(
        lines[1].starts_with("claimdesk: skipped: ") && lines[1].contains("latin1.txt"),
        "{err}"
    );
    assert_eq!(
        lines[2],
        "claimdesk: 2 of 5 files were skipped (named above); the other 3 were imported"
    );
    assert_eq!(desk.article_count(), 4);
    // Files given one by one: the same rule.
    let out = desk.run(
        "alice",
        &[
            "import",
            inbox.join("bad/empty.txt").to_str().unwrap(),
            inbox.join(".hidden/x.txt").to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(desk.article_count(), 5, "the good file is imported");
    // Nothing skipped: exit 0.
    desk.ok("alice", &["import", inbox.join("sub").to_str().unwrap()]);
}

/// A UTF-16 file with its byte-order mark is decoded and imported like UTF-8.
#[test]
fn a_utf16_file_with_its_mark_is_imported() {
    let desk = Desk::new();
    let file = desk.path("utf16.txt");
    let text = "Station news\n\nThe station weighs 500 tons, NASA’s engineers said.";
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    std::fs::write(&file, bytes).unwrap();
    let v = desk.json(&["import", file.to_str().unwrap(), "--json"]);
    assert_eq!(v[0]["title"], "Station news");
    let claims = desk.claims();
    claim_with(&claims, "500 tons, NASA’s engineers");
}

/// Files over the import limit are refused naming the limit and how to raise it, after reading one
/// byte more than it: `/dev/zero` ends.
#[test]
fn the_import_limit_stops_endless_and_large_files() {
    let desk = Desk::new();
    let zero = "/dev/zero";
    // The default limit, 20 MB.
    let out = desk.run("alice", &["import", zero]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "claimdesk: /dev/zero is larger than the import limit of 20000000 bytes; raise `max_bytes` under `[import]` in config.toml to import it\n"
    );
    std::fs::write(desk.config(), "[import]\nmax_bytes = 1000\n").unwrap();
    let big = desk.path("big.txt");
    std::fs::write(&big, "The agency said 12 rockets flew. ".repeat(40)).unwrap();
    let small = desk.path("small.txt");
    std::fs::write(&small, "The agency said 12 rockets flew.").unwrap();
    for args in [
        vec!["import", zero],
        vec!["extract", zero],
        vec!["import", big.to_str().unwrap()],
    ] {
        let out = desk.run("alice", &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(
                "is larger than the import limit of 1000 bytes; raise `max_bytes` under `[import]`"
            ),
            "{args:?}: {err}"
        );
        assert_eq!(err.lines().count(), 1);
    }
    assert!(!desk.db.exists(), "nothing imported");
    desk.ok("alice", &["import", small.to_str().unwrap()]);
    assert_eq!(desk.article_count(), 1);
}

/// A read-only database of the previous release cannot be upgraded: one sentence says so.
#[test]
fn a_read_only_database_of_the_previous_release_is_refused_with_a_sentence() {
    use std::os::unix::fs::PermissionsExt;
    let desk = Desk::new();
    std::fs::copy("fixtures/db/claimdesk-v1.db", &desk.db).unwrap();
    let set = |path: &std::path::Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    set(&desk.db, 0o444);
    set(desk.dir.path(), 0o555);
    let out = run_unprivileged(&desk, &["claims"]);
    set(desk.dir.path(), 0o755);
    set(&desk.db, 0o644);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "claimdesk: the database {} was written by an older claimdesk and must be upgraded, but it is read-only; open it once with write permission\n",
            desk.db.display()
        )
    );
    // Writable again: a reading command upgrades it and reads it.
    assert_eq!(desk.claims().as_array().unwrap().len(), 39);
}

#[test]
fn learn_says_what_changed_and_lowers_what_reviewers_dismiss() {
    let desk = Desk::new();
    desk.import_fixture();
    let out = desk.ok("alice", &["learn"]);
    assert!(out.contains("no claim is labelled yet"), "{out}");

    // Reviewers dismiss the claims about the video, but one; they check two others.
    let held_back = desk.claim_containing("A video posted on Twitter");
    let score_of = |id: &str| -> f64 {
        desk.json(&["show", id, "--json"])["score"]
            .as_f64()
            .unwrap()
    };
    let before = score_of(&held_back);
    for needle in [
        "A video released by the Russian",
        "film a chilling video",
        "Vande Hey leaving",
    ] {
        let id = desk.claim_containing(needle);
        desk.ok(
            "alice",
            &["claim", "dismiss", &id, "--reason", "about the video"],
        );
    }
    for needle in ["355 days", "In 1999"] {
        let id = desk.claim_containing(needle);
        desk.ok("alice", &["verdict", &id, "unverifiable"]);
    }
    let learned = desk.json(&["learn", "--json"]);
    assert_eq!(learned["labels"], 5);
    assert_eq!(learned["dismissed"], 3);
    assert_eq!(learned["checkworthy"], 2);
    assert!(learned["rescored"].as_u64().unwrap() >= 30, "{learned}");
    assert!(
        !learned["moved"].as_array().unwrap().is_empty(),
        "{learned}"
    );
    let after = score_of(&held_back);
    assert!(after < before, "before {before}, after {after}");

    let out = desk.ok("alice", &["learn"]);
    assert!(out.contains("learned from 5 labelled claims"), "{out}");
    assert!(out.contains("weights that moved most"), "{out}");
}

#[test]
fn learn_on_a_missing_database_says_so_and_creates_nothing() {
    let desk = Desk::new();
    desk.cmd("alice")
        .args(["learn"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("there is no database"));
    assert!(!desk.db.exists());
}

#[test]
fn show_prints_everything_stored_source_details_notes_modifiers_and_the_dismissal_reason() {
    let desk = Desk::new();
    let file = desk.path("prices.txt");
    std::fs::write(
        &file,
        "Food prices rose by more than 10 percent last year, the ministry said.\n\n\
         The mayor said the bridge cost 40 million euros.\n",
    )
    .unwrap();
    desk.import(&file);
    let rose = desk.claim_containing("more than 10 percent");
    desk.ok(
        "alice",
        &[
            "source",
            "add",
            &rose,
            "--url",
            "https://stats.example.org/food",
            "--title",
            "Food price index",
            "--publisher",
            "National Statistics Office",
            "--accessed",
            "2022-03-20",
            "--archive",
            "https://web.archive.org/web/2022/https://stats.example.org/food",
            "--note",
            "table 3, annual change",
        ],
    );
    let shown = desk.ok("alice", &["show", &rose]);
    for stored in [
        "title: Food price index",
        "publisher: National Statistics Office",
        "accessed: 2022-03-20",
        "archive: https://web.archive.org/web/2022/https://stats.example.org/food",
        "note: table 3, annual change",
    ] {
        assert!(shown.contains(stored), "show lacks {stored:?}:\n{shown}");
    }
    let percent = shown
        .lines()
        .find(|l| l.contains('→') && l.contains("more than 10"))
        .unwrap_or_else(|| panic!("no value line:\n{shown}"));
    let json = desk.json(&["show", &rose, "--json"]);
    let modifier = json["values"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|v| v["modifier"].as_str())
        .unwrap_or_else(|| panic!("no modifier stored: {json}"));
    assert!(percent.contains(modifier), "{percent:?} lacks {modifier:?}");

    let bridge = desk.claim_containing("bridge");
    desk.ok(
        "alice",
        &[
            "claim",
            "dismiss",
            &bridge,
            "--reason",
            "a quote, not checkable",
        ],
    );
    let shown = desk.ok("alice", &["show", &bridge]);
    assert!(
        shown.contains("dismissed: a quote, not checkable"),
        "{shown}"
    );
}

#[test]
fn a_claim_is_assigned_shown_listed_and_unassigned_each_change_logged() {
    let desk = Desk::new();
    desk.import_fixture();
    let id = desk.claim_containing("Soyuz");
    let said = desk.ok("alice", &["claim", "assign", &id, "--to", "  Bob  "]);
    assert!(said.contains("assigned to Bob"), "{said}");
    assert!(
        desk.ok("alice", &["show", &id])
            .contains("assigned to: Bob")
    );
    let listed = claim_with(&desk.claims(), "Soyuz").clone();
    assert_eq!(listed["assignee"], "Bob");
    let json = desk.json(&["show", &id, "--json"]);
    assert_eq!(json["assignee"], "Bob");
    // The bundle carries it to another desk.
    let bundle = desk.path("bundle.json");
    let bundle_s = bundle.to_str().unwrap();
    desk.ok("alice", &["export", "--format", "json", "-o", bundle_s]);
    let other = desk.sibling();
    other.ok("carol", &["import-report", bundle_s]);
    assert_eq!(claim_with(&other.claims(), "Soyuz")["assignee"], "Bob");

    // Bad names change nothing.
    for bad in ["", "   ", "a\nb"] {
        let out = desk.run("alice", &["claim", "assign", &id, "--to", bad]);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    assert_eq!(desk.json(&["show", &id, "--json"])["assignee"], "Bob");

    desk.ok("alice", &["claim", "unassign", &id]);
    let json = desk.json(&["show", &id, "--json"]);
    assert!(json.get("assignee").is_none_or(Value::is_null), "{json}");
    let log = desk.json(&["log", "--claim", &id, "--json"]);
    let assigns = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "claim-assign")
        .count();
    assert_eq!(assigns, 2, "{log}");
}

#[test]
fn a_claim_s_parts_are_set_from_spans_and_bad_spans_change_nothing() {
    let desk = Desk::new();
    let file = desk.path("bridge.txt");
    std::fs::write(
        &file,
        "The mayor said the bridge cost 40 million euros. It opened in 2019 after six years.\n",
    )
    .unwrap();
    desk.import(&file);
    let id = desk.claim_containing("bridge");
    let before = desk.json(&["show", &id, "--json"]);
    // "the bridge cost 40 million euros" and "It opened in 2019".
    let said = desk.ok("alice", &["claim", "parts", &id, "15:48,49:66"]);
    assert!(said.contains("15..48, 49..66"), "{said}");
    let after = desk.json(&["show", &id, "--json"]);
    assert_eq!(after["parts"], serde_json::json!([[15, 48], [49, 66]]));
    assert_eq!(after["start"], 15);
    assert_eq!(after["end"], 66);
    assert!(after["version"].as_i64() > before["version"].as_i64());

    for bad in ["48:15", "0:9999", "nine", "3:", "10:10"] {
        let out = desk.run("alice", &["claim", "parts", &id, bad]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{bad}: {err}");
    }
    assert_eq!(desk.json(&["show", &id, "--json"])["parts"], after["parts"]);
    let log = desk.json(&["log", "--claim", &id, "--json"]);
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "claim-parts"),
        "{log}"
    );
}
