//! The real binary in a pseudo-terminal: open the fixture, find a claim, add a source, record a
//! verdict, quit; the screen is read through a vt100 parser at each step, then the database.

mod common;

use claimdesk::store::Store;
use common::pty::workbench;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

const ROWS: u16 = 40;
const COLS: u16 = 120;
const TIMEOUT: Duration = Duration::from_secs(20);

struct Session {
    parser: vt100::Parser,
    output: Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    /// The terminal's master end, kept open while the session lasts.
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    /// Feed what the program wrote so far into the parser, waiting at most `wait` for more.
    fn pump(&mut self, wait: Duration) {
        if let Ok(bytes) = self.output.recv_timeout(wait) {
            self.parser.process(&bytes);
            while let Ok(bytes) = self.output.try_recv() {
                self.parser.process(&bytes);
            }
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Wait until the screen shows `text`; fail with the screen if it does not in time.
    fn expect(&mut self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "the screen never showed {text:?}; it shows:\n{screen}"
            );
            self.pump(Duration::from_millis(50));
        }
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Type text a key at a time, as a person does (and as a terminal sends it).
    fn type_slowly(&mut self, text: &str) {
        for c in text.chars() {
            self.send(&c.to_string());
            self.pump(Duration::from_millis(2));
        }
    }
}

/// Start `cmd` in a new pseudo-terminal; its output is read on a thread into the session.
fn start(cmd: CommandBuilder) -> (Session, Box<dyn portable_pty::Child + Send + Sync>) {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);

    let mut reader = pair.master.try_clone_reader().unwrap();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    let session = Session {
        parser: vt100::Parser::new(ROWS, COLS, 0),
        output: rx,
        writer: pair.master.take_writer().unwrap(),
        _master: pair.master,
    };
    (session, child)
}

/// Wait for `child` to end, pumping its output meanwhile.
fn wait(
    s: &mut Session,
    child: &mut Box<dyn portable_pty::Child + Send + Sync>,
) -> portable_pty::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(start.elapsed() < TIMEOUT, "the program did not end");
        s.pump(Duration::from_millis(50));
    }
}

#[test]
fn a_reviewer_adds_a_source_and_records_a_verdict_in_the_real_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pty.db");
    let config = dir.path().join("config.toml");

    let (mut s, mut child) = start(workbench(&db, &config, "pty-tester"));

    // The workbench opens on the fixture.
    let screen = s.expect("Claims (");
    assert!(screen.contains("reviewer: pty-tester"), "{screen}");
    assert!(screen.contains("0/"), "nothing reviewed yet:\n{screen}");

    // Move down, then find the claim about the record by searching.
    s.send("jj");
    s.expect("claim #3 · 3/");
    s.send("/");
    s.type_slowly("355");
    s.expect("1 match");
    s.send("\r");

    // Add a source: URL, title, publisher, archive URL, quote, Enter saves.
    s.send("a");
    s.expect("Add a source");
    s.type_slowly("https://www.nasa.gov/record?utm_source=x");
    s.send("\t");
    s.type_slowly("NASA record page");
    s.send("\t");
    s.type_slowly("NASA");
    s.send("\t");
    s.type_slowly("https://web.archive.org/web/2022/nasa.gov/record");
    s.send("\t");
    s.type_slowly("355 consecutive days");
    s.send("\r");
    let screen = s.expect("Source added to claim #");
    let claim: i64 = screen
        .split("Source added to claim #")
        .nth(1)
        .and_then(|rest| rest.split('.').next())
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no claim id on screen:\n{screen}"));
    s.expect("https://www.nasa.gov/record");

    // Record a verdict: "false" is the fifth rating; a rationale; Ctrl-S saves.
    s.send("v");
    s.expect("Verdict · claim #");
    s.send("jjjj");
    s.send("\t");
    s.type_slowly("The record is 340 days; q and j type here.");
    s.send("\x13");
    s.expect("Verdict \"false\" recorded");
    s.expect("1/");

    // Quit, and the terminal is given back.
    s.send("q");
    let status = wait(&mut s, &mut child);
    assert!(status.success(), "{status:?}");

    let store = Store::open(&db).unwrap();
    let detail = store.claim(claim).unwrap();
    assert!(detail.claim.text.contains("355"), "{}", detail.claim.text);
    assert_eq!(detail.evidence.len(), 1);
    let e = &detail.evidence[0];
    assert_eq!(e.source.url, "https://www.nasa.gov/record");
    assert_eq!(e.source.title.as_deref(), Some("NASA record page"));
    assert_eq!(e.source.publisher.as_deref(), Some("NASA"));
    assert_eq!(
        e.source.archive_url.as_deref(),
        Some("https://web.archive.org/web/2022/nasa.gov/record")
    );
    assert_eq!(e.quote.as_deref(), Some("355 consecutive days"));
    assert_eq!(e.reviewer, "pty-tester");
    assert_eq!(detail.verdicts.len(), 1);
    let v = &detail.verdicts[0];
    assert_eq!(v.rating, "false");
    assert_eq!(v.rationale, "The record is 340 days; q and j type here.");
    assert_eq!(v.reviewer, "pty-tester");
    assert_eq!(detail.claim.status, claimdesk::model::Status::Reviewed);
}

#[test]
fn ctrl_z_suspends_the_workbench_to_the_shell_and_fg_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pty.db");
    // An interactive shell with job control, as a reviewer has.
    let mut cmd = CommandBuilder::new("bash");
    cmd.args(["--norc", "--noprofile", "-i"]);
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd.env("TERM", "xterm-256color");
    cmd.env("PS1", "shell$ ");
    cmd.env("CLAIMDESK_CONFIG", dir.path().join("config.toml"));
    cmd.env_remove("CLAIMDESK_DB");
    let (mut s, mut child) = start(cmd);
    s.expect("shell$ ");
    s.send(&format!(
        "'{}' --db '{}' --reviewer pty-tester open fixtures/vande-hei-soyuz.txt --published 2022-03-13\r",
        env!("CARGO_BIN_EXE_claimdesk"),
        db.display()
    ));
    s.expect("Claims (");
    s.send("jj");
    s.expect("claim #3 · 3/");

    // Ctrl-Z: the shell's screen is back and the job is stopped.
    s.send("\x1a");
    let screen = s.expect("Stopped");
    assert!(!screen.contains("Claims ("), "{screen}");
    s.expect("shell$ ");

    // fg: the workbench draws itself again, where it was.
    s.send("fg\r");
    s.expect("Claims (");
    s.expect("claim #3 · 3/");
    // It still answers keys: quit, and the shell is back.
    s.send("q");
    let start = Instant::now();
    while !s.screen().trim_end().ends_with("shell$") {
        assert!(
            start.elapsed() < TIMEOUT,
            "no prompt after quitting:\n{}",
            s.screen()
        );
        s.pump(Duration::from_millis(50));
    }
    s.send("exit\r");
    let status = wait(&mut s, &mut child);
    assert!(status.success(), "{status:?}");
}

/// A database whose file and folder are read-only opens for browsing: the header says so, a change
/// is refused with the store's sentence, and nothing in the folder changes.
#[test]
fn a_read_only_database_opens_for_browsing_and_refuses_changes() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ro.db");
    let config = dir.path().join("config.toml");
    let bin = assert_cmd::cargo::cargo_bin("claimdesk");
    let imported = std::process::Command::new(&bin)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CLAIMDESK_CONFIG", &config)
        .arg("--db")
        .arg(&db)
        .args([
            "--reviewer",
            "alice",
            "import",
            "fixtures/vande-hei-soyuz.txt",
        ])
        .output()
        .unwrap();
    assert!(imported.status.success(), "{imported:?}");
    let set = |path: &std::path::Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    let listing = || {
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let before = (listing(), std::fs::read(&db).unwrap());
    set(&db, 0o444);
    set(dir.path(), 0o555);

    // Root ignores permission bits: run as `nobody` then, as a reviewer without write access is.
    let mut cmd = if std::fs::metadata(dir.path()).unwrap().uid() == 0 {
        let mut cmd = CommandBuilder::new("setpriv");
        cmd.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups"]);
        cmd.arg(&bin);
        cmd
    } else {
        CommandBuilder::new(&bin)
    };
    cmd.arg("--db");
    cmd.arg(&db);
    cmd.args(["--reviewer", "alice"]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("CLAIMDESK_CONFIG", &config);
    cmd.env_remove("CLAIMDESK_DB");
    let (mut s, mut child) = start(cmd);

    let screen = s.expect("Claims (");
    assert!(screen.contains("read-only"), "{screen}");
    s.send(":");
    s.type_slowly("set title Changed");
    s.send("\r");
    s.expect("is read-only");
    s.send("q");
    let status = wait(&mut s, &mut child);
    set(dir.path(), 0o755);
    set(&db, 0o644);
    assert!(status.success(), "{status:?}");
    assert_eq!(
        (listing(), std::fs::read(&db).unwrap()),
        before,
        "nothing in the folder changed"
    );
}

#[test]
fn a_change_made_by_another_process_shows_without_a_key_press_keeping_the_selection() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("live.db");
    let config = dir.path().join("config.toml");
    let bin = assert_cmd::cargo::cargo_bin("claimdesk");
    let other = |args: &[&str]| {
        let out = std::process::Command::new(&bin)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("CLAIMDESK_CONFIG", &config)
            .env_remove("CLAIMDESK_DB")
            .arg("--db")
            .arg(&db)
            .args(["--reviewer", "other"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    other(&["import", "fixtures/vande-hei-soyuz.txt"]);

    let mut cmd = CommandBuilder::new(&bin);
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd.arg("--db");
    cmd.arg(&db);
    cmd.args(["--reviewer", "pty-tester"]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("CLAIMDESK_CONFIG", &config);
    cmd.env_remove("CLAIMDESK_DB");
    let (mut s, mut child) = start(cmd);
    s.expect("Claims (");
    s.send("jj");
    s.expect("claim #3 · 3/");
    let claims: serde_json::Value = serde_json::from_str(&other(&["claims", "--json"])).unwrap();
    let third = claims[2]["id"].as_i64().unwrap().to_string();

    // Another process dismisses the selected claim: the workbench shows it, no key pressed.
    other(&["claim", "dismiss", &third, "--reason", "elsewhere"]);
    let screen = s.expect("Dismissed: elsewhere");
    assert!(
        screen.contains("claim #3 · 3/"),
        "the selection is kept:\n{screen}"
    );

    // A verdict and an assignment from another process show within about a second (the idle
    // poll looks at data_version; the bound leaves room for a loaded machine).
    s.send("k");
    s.expect("claim #2 · 2/");
    let second = claims[1]["id"].as_i64().unwrap().to_string();
    let before = Instant::now();
    other(&[
        "verdict",
        &second,
        "unverifiable",
        "--rationale",
        "from elsewhere",
    ]);
    other(&["claim", "assign", &second, "--to", "Dana"]);
    s.expect("Assigned to: Dana");
    let screen = s.expect("Verdicts (1)");
    let took = before.elapsed();
    assert!(
        took < Duration::from_millis(2500),
        "the change took {took:?} to show:\n{screen}"
    );

    s.send("q");
    assert!(wait(&mut s, &mut child).success());
}

#[test]
fn a_selection_in_the_article_becomes_a_claim() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("select.db");
    let config = dir.path().join("config.toml");
    let (mut s, mut child) = start(workbench(&db, &config, "pty-tester"));
    s.expect("Claims (");
    let before = Store::open(&db).unwrap().claim_rows(None).unwrap();
    let first = before[0].clone();

    // V starts at the first claim's start; three words; Enter adds the claim.
    s.send("V");
    s.expect("selecting:");
    s.send("www");
    s.send("\r");
    s.expect("added");
    s.send("q");
    assert!(wait(&mut s, &mut child).success());

    let store = Store::open(&db).unwrap();
    let after = store.claim_rows(None).unwrap();
    assert_eq!(after.len(), before.len() + 1);
    let added = after
        .iter()
        .find(|r| !before.iter().any(|b| b.id == r.id))
        .unwrap();
    // Where three `w` motions from the claim's start end, by the selection's own rules.
    use claimdesk::tui::select::{Motion, Selection};
    let chars: Vec<char> = store
        .article_text(first.article_id)
        .unwrap()
        .chars()
        .collect();
    let mut sel = Selection::at(first.start);
    for _ in 0..3 {
        sel.extend(&chars, Motion::WordNext);
    }
    let (start, end) = sel.span(&chars).unwrap();
    assert!(end - start > 3, "three words at least: {start}..{end}");
    assert_eq!((added.start, added.end), (start, end));
    let words: String = chars[start..end].iter().collect();
    assert_eq!(&*added.text, words.as_str());
    let detail = store.claim(added.id).unwrap();
    assert_eq!(detail.claim.origin, "manual");
}

#[test]
fn reopening_restores_the_claim_the_filters_and_the_pane() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("place.db");
    let config = dir.path().join("config.toml");
    let state = dir.path().join("state");
    let open = || {
        let mut cmd = workbench(&db, &config, "pty-tester");
        cmd.env("CLAIMDESK_STATE", &state);
        start(cmd)
    };
    let (mut s, mut child) = open();
    s.expect("Claims (");
    s.send("jjj");
    s.expect("claim #4 · 4/");
    // Sort by score, and focus the article.
    s.send("o");
    s.expect("Sorted by score");
    s.send("\t");
    let place = s.screen();
    s.send("q");
    assert!(wait(&mut s, &mut child).success());
    let saved = std::fs::read_dir(&state).unwrap().count();
    assert_eq!(saved, 1, "one place file per database");

    let claim = place
        .split("Claim #")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .map(str::to_string)
        .unwrap_or_else(|| panic!("no claim in the detail:\n{place}"));
    let (mut s, mut child) = open();
    let screen = s.expect(&format!("Claim #{claim} "));
    assert!(
        screen.contains("sort: score"),
        "the sort is kept:\n{screen}"
    );
    s.send("q");
    assert!(wait(&mut s, &mut child).success());
}

/// A whole triage in the real terminal: a verdict, a one-key dismissal, a bulk dismissal of
/// marked claims, a merge, undo and redo, then undo again after the binary is started anew; the
/// database holds the outcome.
#[test]
fn a_whole_triage_with_marks_undo_redo_and_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("triage.db");
    let config = dir.path().join("config.toml");
    let (mut s, mut child) = start(workbench(&db, &config, "triager"));
    s.expect("claim #1 · 1/");

    // A verdict on claim 1 ("unverifiable", the last rating, needs no evidence); the workbench
    // moves on to claim 2.
    s.send("v");
    s.expect("Verdict · claim #1");
    s.send("G\r");
    s.expect("Verdict \"unverifiable\" recorded for claim #1");
    s.expect("Claim #2 · new");
    // One key and a letter dismiss claim 2 ("a": opinion); on to claim 3.
    s.send("da");
    s.expect("Claim #2 dismissed");
    s.expect("Claim #3 · new");
    // Mark claims 3 and 4 (space marks and moves on), dismiss both with one reason.
    s.send("  ");
    s.expect("2 marked");
    s.send("db");
    s.expect("2 marked claims dismissed");
    // Merge claim 6 into claim 5.
    s.send(":");
    s.type_slowly("goto 5");
    s.send("\r");
    s.expect("Claim #5 · new");
    s.send("m");
    s.expect("Merge claim #6 into claim #5?");
    s.send("y");
    s.expect("Claim #6 merged into claim #5");
    // Undo goes back through the changes: the merge (claim 6 stands again), then the bulk
    // dismissal; redo makes the dismissal again.
    s.send("u");
    s.expect("Undone: merged");
    s.send("u");
    s.expect("Undone: marked claims dismissed");
    s.send("U");
    s.expect("Redone: marked claims dismissed");
    s.send("q");
    assert!(wait(&mut s, &mut child).success());

    // A new run of the binary: the undo stack is the desk's, so `u` goes on where it was.
    let (mut s, mut child) = start(workbench(&db, &config, "triager"));
    s.expect("Claims (");
    s.send("u");
    s.expect("Undone: marked claims dismissed");
    s.send("u");
    s.expect("Undone: dismissed");
    s.send("q");
    assert!(wait(&mut s, &mut child).success());

    let store = Store::open(&db).unwrap();
    use claimdesk::model::Status;
    assert_eq!(
        store.claim(1).unwrap().verdict.map(|v| v.rating),
        Some("unverifiable".to_string())
    );
    for id in [2, 3, 4] {
        assert_ne!(
            store.claim(id).unwrap().claim.status,
            Status::Dismissed,
            "claim {id}"
        );
    }
    assert!(
        store.claim(6).is_ok(),
        "the merge of claim 6 into 5 was undone"
    );
    let events = store.events(None).unwrap();
    let count = |action: &str| events.iter().filter(|e| e.action == action).count();
    assert_eq!(count("undo"), 4);
    assert_eq!(count("redo"), 1);
    assert!(
        events
            .iter()
            .all(|e| e.actor == "triager" || e.action == "import")
    );
}

#[test]
fn the_detail_pane_lists_a_precedent_when_idle_and_p_reuses_it_after_a_yes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pty.db");
    let config = dir.path().join("config.toml");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("claimdesk"))
            .env("CLAIMDESK_CONFIG", &config)
            .env_remove("CLAIMDESK_DB")
            .arg("--db")
            .arg(&db)
            .args(["--reviewer", "alice"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    std::fs::write(
        &a,
        "The Golden Gate Bridge opened to traffic in 1937, the city said.\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "San Francisco's Golden Gate Bridge first opened in 1937, officials said.\n",
    )
    .unwrap();
    run(&["import", a.to_str().unwrap(), b.to_str().unwrap()]);
    run(&[
        "source",
        "add",
        "1",
        "--url",
        "https://example.org/ggb",
        "--quote",
        "opened 1937",
        "--stance",
        "supports",
    ]);
    run(&["verdict", "1", "true", "--rationale", "City records"]);

    let mut cmd = CommandBuilder::new(assert_cmd::cargo::cargo_bin("claimdesk"));
    cmd.arg("--db");
    cmd.arg(&db);
    cmd.args(["--reviewer", "pty-tester"]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("CLAIMDESK_CONFIG", &config);
    cmd.env_remove("CLAIMDESK_DB");
    let (mut s, mut child) = start(cmd);
    s.expect("Claims (");
    s.send("j");
    s.expect("claim #2 · 2/");
    // Read when the workbench is idle: the reviewed claim, its verdict and why.
    s.expect("Precedents (1)");
    // The detail pane, scrolled to its end, shows the precedent's verdict.
    s.send("\t\tG");
    s.expect("#1 true");
    s.send("p");
    s.expect("Give claim 2 the verdict");
    s.send("y");
    s.expect("\"true\"");
    s.send("q");
    let status = wait(&mut s, &mut child);
    assert!(status.success(), "{status:?}");

    let store = Store::open(&db).unwrap();
    let reused = store.claim(2).unwrap();
    let v = reused.verdict.as_ref().unwrap();
    assert_eq!(
        (v.rating.as_str(), v.reviewer.as_str()),
        ("true", "pty-tester")
    );
    assert_eq!(v.reused_from, Some(store.claim(1).unwrap().verdicts[0].id));
    assert!(
        v.rationale.starts_with("Reused from claim 1"),
        "{}",
        v.rationale
    );
    assert_eq!(reused.evidence.len(), 1);
}

#[test]
fn c_lists_the_articles_findings_enter_goes_to_the_claim_and_d_dismisses_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("pty.db");
    let config = dir.path().join("config.toml");

    let (mut s, mut child) = start(workbench(&db, &config, "pty-tester"));
    s.expect("Claims (");

    // C: the findings, the contradiction first with its arithmetic.
    s.send("C");
    let screen = s.expect("Findings: 1 open");
    assert!(screen.contains("contradiction"), "{screen}");
    s.expect("2017 ≠ 2018");
    // Enter: its first claim, marked in the detail pane.
    s.send("\r");
    s.expect("open finding (C)");
    // d dismisses it: no open finding left.
    s.send("C");
    s.expect("Findings: 1 open");
    s.send("d");
    s.expect("Findings: 0 open");
    s.expect("dismissed");
    // Esc alone (an Esc followed at once by a key reads as Alt and that key).
    s.send("\x1b");
    s.pump(Duration::from_millis(400));
    s.send("q");
    let status = wait(&mut s, &mut child);
    assert!(status.success(), "{status:?}");

    let store = Store::open(&db).unwrap();
    let article = store.articles().unwrap()[0].id;
    let dismissed = store.finding_dismissals(article).unwrap();
    assert_eq!(dismissed.len(), 1);
    assert_eq!(dismissed[0].actor, "pty-tester");
}
