//! Imports and other writers at once, with the real binary: each article is stored in its own
//! transaction, so a verdict given during a folder import is saved, and a killed import leaves
//! whole articles only.
#![cfg(unix)]

mod common;

use common::Desk;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};

/// A folder of `n` distinct articles with checkable values (a few KB each).
fn folder(desk: &Desk, name: &str, n: usize) -> PathBuf {
    let dir = desk.path(name);
    std::fs::create_dir(&dir).unwrap();
    for i in 0..n {
        let mut text = format!("{name} report number {i}\n\n");
        for j in 0..25 {
            text.push_str(&format!(
                "The agency said on Monday that {} rockets were launched in {}, up {}% from the year before. \
                 The station weighs {} tons, officials said. ",
                i * 100 + j,
                1990 + j,
                j + 3,
                400 + i + j
            ));
        }
        std::fs::write(dir.join(format!("{i:04}.txt")), text).unwrap();
    }
    dir
}

/// A named pipe: the importer stops at it until the test writes an article into it.
fn fifo(desk: &Desk, name: &str) -> PathBuf {
    let path = desk.path(name);
    let status = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    path
}

fn spawn_import(desk: &Desk, paths: &[&Path]) -> Child {
    std::process::Command::new(assert_cmd::cargo::cargo_bin("claimdesk"))
        .env_remove("CLAIMDESK_DB")
        .env("CLAIMDESK_CONFIG", desk.config())
        .arg("--db")
        .arg(&desk.db)
        .args(["--reviewer", "importer", "import"])
        .args(paths)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// A large import runs in one process while another gives verdicts: every verdict is saved, none
/// refused. The import stops mid-way at a named pipe: by then every article before it is stored
/// (each committed on its own), and verdicts given while it waits go through; then more verdicts
/// are given while the rest of the import runs, until it ends.
#[test]
fn verdicts_given_during_a_folder_import_are_all_saved() {
    let desk = Desk::new();
    desk.import_fixture();
    let ids: Vec<String> = desk
        .claims()
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].to_string())
        .collect();
    let first = folder(&desk, "first", 20);
    let second = folder(&desk, "second", 200);
    let pause = fifo(&desk, "pause.txt");
    let mut importer = spawn_import(&desk, &[&first, &pause, &second]);
    // Opening the pipe for writing waits until the importer opens it to read it: after it has
    // imported every file of `first`.
    let mut pipe = std::fs::OpenOptions::new()
        .write(true)
        .open(&pause)
        .unwrap();
    assert_eq!(
        desk.article_count(),
        1 + 20,
        "the articles before the pause are stored, each in its own transaction"
    );
    let mut given = Vec::new();
    let mut verdict = |n: usize| {
        let id = &ids[n % ids.len()];
        let rationale = format!("verdict {n}");
        desk.ok(
            "bob",
            &["verdict", id, "unverifiable", "--rationale", &rationale],
        );
        given.push(rationale);
    };
    // The import is under way, waiting on the pipe: verdicts are saved at once.
    for n in 0..5 {
        verdict(n);
    }
    assert!(importer.try_wait().unwrap().is_none(), "still importing");
    pipe.write_all(b"The paused article says 12 rockets were launched in 2020.")
        .unwrap();
    drop(pipe);
    // The rest of the import, with verdicts given until it ends.
    let mut n = 5;
    loop {
        let done = importer.try_wait().unwrap().is_some();
        verdict(n);
        n += 1;
        if done {
            break;
        }
    }
    let out = importer.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(desk.article_count(), 1 + 20 + 1 + 200);
    let bundle = desk.json(&["export", "--format", "json", "--article", "1"]);
    let saved: Vec<&str> = bundle["articles"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["verdicts"].as_array().unwrap())
        .map(|v| v["rationale"].as_str().unwrap())
        .collect();
    assert_eq!(saved.len(), given.len());
    for g in &given {
        assert!(saved.contains(&g.as_str()), "{g} was not saved");
    }
}

/// The number of articles in the database, 0 while it is not there or not readable yet.
fn stored_articles(db: &Path) -> i64 {
    let Ok(conn) =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
    else {
        return 0;
    };
    conn.query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap_or(0)
}

/// `kill -9` in the middle of a folder import: every article left in the database is whole, with
/// its claims, values and import event, as if the import had stopped between two articles.
#[test]
fn a_killed_import_leaves_whole_articles_only() {
    let desk = Desk::new();
    let inbox = folder(&desk, "inbox", 150);
    // A pipe nobody writes to, last: the import cannot end before it is killed.
    let never = fifo(&desk, "never.txt");
    let mut importer = spawn_import(&desk, &[&inbox, &never]);
    while stored_articles(&desk.db) < 3 {
        assert!(
            importer.try_wait().unwrap().is_none(),
            "the import ended before it was killed"
        );
    }
    importer.kill().unwrap(); // SIGKILL
    importer.wait().unwrap();
    let conn = rusqlite::Connection::open(&desk.db).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let mut stmt = conn
        .prepare(
            "SELECT a.id,
                    (SELECT count(*) FROM claims c WHERE c.article_id = a.id),
                    (SELECT count(*) FROM \"values\" v WHERE v.article_id = a.id),
                    (SELECT e.after FROM events e
                      WHERE e.entity = 'article' AND e.entity_id = a.id AND e.action = 'import')
             FROM articles a",
        )
        .unwrap();
    let rows: Vec<(i64, i64, i64, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    drop(stmt);
    assert!(rows.len() >= 3, "{} articles", rows.len());
    for (id, claims, values, event) in &rows {
        let event: Value =
            serde_json::from_str(event.as_deref().expect("every article has its event")).unwrap();
        assert!(*claims > 0, "article {id} has its claims");
        assert_eq!(event["claims"], *claims, "article {id}");
        assert_eq!(event["values"], *values, "article {id}");
    }
    let orphans: i64 = conn
        .query_row(
            "SELECT (SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles))
                  + (SELECT count(*) FROM \"values\" WHERE article_id NOT IN (SELECT id FROM articles))",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
    drop(conn);
    // The desk goes on: the same folder again imports what is missing.
    let out = desk.run("alice", &["import", inbox.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(desk.article_count(), 150);
}

/// Every stored row an import makes, in id order, without what differs between two runs (times,
/// uids): articles, claims, values and the import events.
fn stored_rows(db: &Path) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let queries = [
        "SELECT id, title, url, author, published, sha256, text FROM articles ORDER BY id",
        "SELECT id, article_id, text, start, \"end\", sentence, score, cues, subject, status, parts,
                claimant_name, claimant_kind, type, appearances, recheck_on
         FROM claims ORDER BY id",
        "SELECT id, article_id, claim_id, kind, text, start, \"end\", value, modifier
         FROM \"values\" ORDER BY id",
        "SELECT id, actor, action, entity, entity_id, claim_id, before, after FROM events ORDER BY id",
    ];
    let mut rows = Vec::new();
    for q in queries {
        let mut stmt = conn.prepare(q).unwrap();
        let n = stmt.column_count();
        let found = stmt
            .query_map([], |r| {
                (0..n)
                    .map(|i| Ok(format!("{:?}", r.get_ref(i)?)))
                    .collect::<rusqlite::Result<Vec<String>>>()
            })
            .unwrap()
            .map(Result::unwrap);
        rows.extend(found);
    }
    rows
}

/// A folder imported at once (its files read and extracted ahead, on several threads) stores the
/// same rows in the same order as its files imported one by one, each by its own command: the
/// articles in file order (a long article first, so that the short ones after it are ready
/// sooner), a repeated text found as already imported, an empty file skipped where it stands.
#[test]
fn a_folder_import_stores_what_importing_its_files_one_by_one_stores() {
    let folder_desk = Desk::new();
    let inbox = folder_desk.path("inbox");
    std::fs::create_dir_all(inbox.join("later")).unwrap();
    let long = std::fs::read_to_string(common::FIXTURE).unwrap();
    std::fs::write(inbox.join("00-long.txt"), &long).unwrap();
    let mut checks: Vec<PathBuf> = std::fs::read_dir("fixtures/check")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    checks.sort();
    assert!(
        checks.len() >= 8,
        "{} articles in fixtures/check",
        checks.len()
    );
    for (i, p) in checks.iter().enumerate() {
        let text = std::fs::read_to_string(p).unwrap();
        let name = format!("{:02}-{}", i + 1, p.file_name().unwrap().to_string_lossy());
        let at = if i % 3 == 2 {
            inbox.join("later").join(name)
        } else {
            inbox.join(name)
        };
        std::fs::write(at, text).unwrap();
    }
    std::fs::write(inbox.join("05-empty.txt"), "").unwrap();
    std::fs::write(inbox.join("06-long-again.txt"), &long).unwrap();
    std::fs::write(
        inbox.join("07-long-too.txt"),
        format!("{long}\n\nOne more line."),
    )
    .unwrap();

    let out = folder_desk.run("importer", &["import", inbox.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(2), "the empty file is skipped");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let skipped: Vec<&str> = stderr.lines().filter(|l| l.contains("skipped:")).collect();
    assert_eq!(skipped.len(), 1, "{stderr}");
    assert!(skipped[0].contains("05-empty.txt"), "{stderr}");
    let at_once: Value = serde_json::from_slice(&out.stdout).unwrap();

    // The same files, in the order the folder import takes them, one command each.
    let one_by_one = Desk::new();
    let mut files: Vec<PathBuf> = walk(&inbox);
    files.sort();
    let mut each = Vec::new();
    for f in &files {
        let out = one_by_one.run("importer", &["import", f.to_str().unwrap(), "--json"]);
        if f.ends_with("05-empty.txt") {
            assert_eq!(out.status.code(), Some(2));
            continue;
        }
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        each.push(v[0].clone());
    }
    let summary = |a: &Value| {
        (
            a["id"].clone(),
            a["title"].clone(),
            a["created"].clone(),
            a["claim_count"].clone(),
        )
    };
    let at_once: Vec<_> = at_once.as_array().unwrap().iter().map(summary).collect();
    let each: Vec<_> = each.iter().map(summary).collect();
    assert_eq!(at_once, each);
    assert_eq!(at_once.len(), files.len() - 1);
    assert!(
        at_once.iter().any(|a| a.2 == false),
        "the repeated text is found"
    );

    let rows = stored_rows(&folder_desk.db);
    assert!(rows.len() > 100, "{} rows", rows.len());
    assert_eq!(rows, stored_rows(&one_by_one.db));
}

/// The files under `dir`, recursively.
fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
