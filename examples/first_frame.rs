//! The workbench at 100,000 claims measured from OUTSIDE: the release binary started in a real
//! pseudo-terminal (120x40) and its screen read through a terminal emulator (vt100). Measured:
//! from spawn to the first frame (the status line drawn: the first article's claims), and to the
//! frame that counts every claim (the status line's `/100000`); from each key to its redrawn
//! screen (the last byte before 60 ms of quiet) and to the first change of the screen; the CPU
//! time of the process at both and during each key (its threads' scheduler counters, which do not
//! grow with the machine's load as wall time does); its peak resident memory (VmHWM). Repeated
//! `--runs` times; median and max. With `FF_TRACE=1` each key's redraw is printed chunk by
//! chunk (arrival time and size) to stderr, to tell one slow frame from several frames.
//!
//! With `--import N`: N articles of the benches' news-like corpus written to a folder and
//! imported by `claimdesk import FOLDER` in the pseudo-terminal (so with its progress bar), timed
//! from spawn to exit; claims per second.
//!
//! ```text
//! cargo build --release --bin claimdesk --example first_frame
//! target/release/examples/first_frame [--runs 9] [--db PATH] [--bin PATH] [--import 400]
//! ```
//!
//! The database is the `tui` bench's (500 articles × 200 claims, `benches/common/tui_db.rs`),
//! built once under `target/tmp` unless `--db` names one. Each run starts with no saved place
//! and no config (a fresh state folder), so every run opens the same first screen.

#[path = "../benches/common/news.rs"]
#[allow(dead_code)]
mod news;
#[path = "../benches/common/tui_db.rs"]
#[allow(dead_code)]
mod tui_db;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

const ROWS: u16 = 40;
const COLS: u16 = 120;
/// No byte for this long after a change: the frame is complete (the idle tick is 250 ms).
const QUIET: Duration = Duration::from_millis(60);
const TIMEOUT: Duration = Duration::from_secs(20);

/// The keys measured, in order, with what each is: a byte sequence as a terminal sends it.
const KEYS: &[(&str, &str)] = &[
    ("j", "j"),
    ("j", "j"),
    ("j", "j"),
    ("k", "k"),
    ("}", "}"),
    ("G", "G"),
    ("g", "g"),
    ("f", "f"),
    ("j", "j"),
    ("Enter", "\r"),
    ("j", "j"),
    ("f", "f"),
    ("Enter", "\r"),
    ("/", "/"),
    ("r", "r"),
    ("Esc", "\x1b"),
    ("Tab", "\t"),
    ("Tab", "\t"),
];

struct Run {
    /// Spawn to the first frame (drawn from the first article's claims).
    first_frame: Duration,
    /// Spawn to the frame with every claim read (the status line counts them all).
    all_rows: Duration,
    /// CPU time (user + system, every thread) of the process when its first frame arrived.
    cpu_first: Duration,
    /// … and when every claim was read and shown (the process then waits for a key).
    cpu_all: Duration,
    /// Per key: to the last byte of its redraw, to the first change on the screen, and the CPU
    /// time the process spent meanwhile (which load does not stretch).
    keys: Vec<KeyTime>,
    /// Peak resident memory (VmHWM), in MB.
    hwm_mb: f64,
}

#[derive(Clone, Copy)]
struct KeyTime {
    done: Duration,
    first: Duration,
    cpu: Duration,
}

struct Term {
    parser: vt100::Parser,
    output: Receiver<(Instant, Vec<u8>)>,
    writer: Box<dyn Write + Send>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Term {
    /// Wait until the screen satisfies `done` by bytes that arrived from `since` on; the time
    /// they arrived. (Bytes of a redraw of its own, e.g. the idle tick's, that arrived before a key
    /// was sent are not that key's answer.)
    fn until(&mut self, since: Instant, done: impl Fn(&str) -> bool) -> Option<Instant> {
        let start = Instant::now();
        loop {
            match self.output.recv_timeout(Duration::from_millis(100)) {
                Ok((at, bytes)) => {
                    self.parser.process(&bytes);
                    if at >= since && done(&self.parser.screen().contents()) {
                        return Some(at);
                    }
                }
                Err(_) if start.elapsed() > TIMEOUT => return None,
                Err(_) => {}
            }
        }
    }

    /// Wait until the screen changes from `before`, then until no byte comes for `QUIET`: the
    /// times the first change and the last byte of that redraw arrived.
    fn redraw(&mut self, since: Instant, before: &str) -> Option<(Instant, Instant)> {
        let first = self.until(since, |s| s != before)?;
        let mut last = first;
        let trace = std::env::var_os("FF_TRACE").is_some();
        while let Ok((at, bytes)) = self.output.recv_timeout(QUIET) {
            if trace {
                eprintln!("  +{:.1} ms: {} bytes", ms(at - first), bytes.len());
            }
            self.parser.process(&bytes);
            last = at;
        }
        Some((first, last))
    }

    fn send(&mut self, bytes: &str) -> Instant {
        self.writer
            .write_all(bytes.as_bytes())
            .expect("write a key");
        self.writer.flush().expect("flush");
        Instant::now()
    }
}

/// CPU time of every thread of `pid` so far, from the scheduler's nanosecond counters.
fn cpu_time(pid: u32) -> Option<Duration> {
    let mut ns = 0u64;
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()? {
        let stat = std::fs::read_to_string(task.ok()?.path().join("schedstat")).ok()?;
        ns += stat.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(Duration::from_nanos(ns))
}

fn hwm_mb(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.split_whitespace().nth(1)?.parse::<f64>().ok()? / 1024.0)
}

/// The status line (at the bottom, drawn last) shows the selected claim: a frame is drawn.
fn status_line(screen: &str) -> bool {
    screen.contains("claim #")
}

/// The status line counts every claim: all rows are read.
fn all_counted(screen: &str) -> bool {
    let total = format!("/{} ", tui_db::ARTICLES * tui_db::CLAIMS);
    screen
        .lines()
        .any(|l| l.contains("claim #") && format!("{l} ").contains(&total))
}

/// A real pseudo-terminal of the measured size.
fn open_pty() -> Result<portable_pty::PtyPair, String> {
    native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .map_err(|e| e.to_string())
}

fn run_once(bin: &Path, db: &Path) -> Result<Run, String> {
    let state = tempfile::tempdir().map_err(|e| e.to_string())?;
    let pair = open_pty()?;
    let mut cmd = CommandBuilder::new(bin);
    cmd.arg("--db");
    cmd.arg(db);
    cmd.args(["--reviewer", "bench"]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("CLAIMDESK_STATE", state.path());
    cmd.env("CLAIMDESK_CONFIG", state.path().join("config.toml"));
    cmd.env_remove("NO_COLOR");
    cmd.env_remove("CLAIMDESK_DB");
    let mut reader = pair.master.try_clone_reader().map_err(|e| e.to_string())?;
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut buf = [0u8; 65536];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 || tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                break;
            }
        }
    });
    let started = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).map_err(|e| e.to_string())?;
    drop(pair.slave);
    let pid = child.process_id().ok_or("no process id")?;
    let mut term = Term {
        parser: vt100::Parser::new(ROWS, COLS, 0),
        output: rx,
        writer: pair.master.take_writer().map_err(|e| e.to_string())?,
        _master: pair.master,
    };
    let first = term
        .until(started, status_line)
        .ok_or_else(|| format!("no first frame:\n{}", term.parser.screen().contents()))?;
    let cpu_first = cpu_time(pid).unwrap_or_default();
    let all = term
        .until(started, all_counted)
        .ok_or_else(|| format!("never every claim:\n{}", term.parser.screen().contents()))?;
    std::thread::sleep(QUIET);
    let cpu_all = cpu_time(pid).unwrap_or_default();
    // Let the idle tick (precedents of the first claim) pass before the first key.
    std::thread::sleep(Duration::from_millis(400));
    while term
        .output
        .try_recv()
        .map(|(_, b)| term.parser.process(&b))
        .is_ok()
    {}
    let mut keys = Vec::new();
    for (name, bytes) in KEYS {
        let before = term.parser.screen().contents();
        if std::env::var_os("FF_TRACE").is_some() {
            eprintln!("key {name}");
        }
        let cpu_before = cpu_time(pid).unwrap_or_default();
        let sent = term.send(bytes);
        let (first, last) = term
            .redraw(sent, &before)
            .ok_or_else(|| format!("the key {name} changed nothing on the screen"))?;
        let cpu = cpu_time(pid).unwrap_or_default().saturating_sub(cpu_before);
        keys.push(KeyTime {
            done: last.saturating_duration_since(sent),
            first: first.saturating_duration_since(sent),
            cpu,
        });
        std::thread::sleep(Duration::from_millis(300));
        while term
            .output
            .try_recv()
            .map(|(_, b)| term.parser.process(&b))
            .is_ok()
        {}
    }
    let hwm_mb = hwm_mb(pid).unwrap_or_default();
    term.send("q");
    let waited = Instant::now();
    while child.try_wait().map_err(|e| e.to_string())?.is_none() {
        if waited.elapsed() > TIMEOUT {
            let _ = child.kill();
            return Err("the workbench did not quit".into());
        }
        let _ = term.output.recv_timeout(Duration::from_millis(20));
    }
    Ok(Run {
        first_frame: first - started,
        all_rows: all - started,
        cpu_first,
        cpu_all,
        keys,
        hwm_mb,
    })
}

/// Import `n` articles from a folder in the pseudo-terminal: the claims stored and the time
/// from spawn to exit.
fn import_once(bin: &Path, n: usize) -> Result<(usize, Duration), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let folder = dir.path().join("articles");
    std::fs::create_dir(&folder).map_err(|e| e.to_string())?;
    for (i, text) in news::articles(n).iter().enumerate() {
        std::fs::write(folder.join(format!("article-{i:04}.txt")), text)
            .map_err(|e| e.to_string())?;
    }
    let db = dir.path().join("import.db");
    let pair = open_pty()?;
    let mut cmd = CommandBuilder::new(bin);
    cmd.arg("--db");
    cmd.arg(&db);
    cmd.args(["--reviewer", "bench", "import"]);
    cmd.arg(&folder);
    cmd.env("TERM", "xterm-256color");
    cmd.env("CLAIMDESK_CONFIG", dir.path().join("config.toml"));
    cmd.env_remove("CLAIMDESK_DB");
    let mut reader = pair.master.try_clone_reader().map_err(|e| e.to_string())?;
    let output = std::thread::spawn(move || {
        let mut all = Vec::new();
        let _ = reader.read_to_end(&mut all);
        all
    });
    let started = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).map_err(|e| e.to_string())?;
    drop(pair.slave);
    let status = child.wait().map_err(|e| e.to_string())?;
    let took = started.elapsed();
    drop(pair.master);
    let shown = String::from_utf8_lossy(&output.join().unwrap_or_default()).into_owned();
    if !status.success() {
        return Err(format!("the import failed: {shown}"));
    }
    let claims = claimdesk::store::Store::open_read_only(&db)
        .and_then(|s| s.claim_rows(None))
        .map_err(|e| e.to_string())?
        .len();
    Ok((claims, took))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Median and max of `values`, in ms.
fn summary(mut values: Vec<f64>) -> String {
    values.sort_by(f64::total_cmp);
    format!(
        "median {:7.1} ms  max {:7.1} ms",
        values[values.len() / 2],
        values[values.len() - 1]
    )
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut runs = 9usize;
    let mut db: Option<PathBuf> = None;
    let mut import: Option<usize> = None;
    let exe = std::env::current_exe().expect("this program's path");
    // target/release/examples/first_frame → target/release/claimdesk
    let mut bin = exe
        .parent()
        .and_then(Path::parent)
        .map(|d| d.join("claimdesk"))
        .expect("the release folder");
    while let Some(arg) = args.next() {
        let value = args.next();
        match (arg.as_str(), value) {
            ("--runs", Some(v)) => runs = v.parse().expect("--runs N"),
            ("--db", Some(v)) => db = Some(v.into()),
            ("--bin", Some(v)) => bin = v.into(),
            ("--import", Some(v)) => import = Some(v.parse().expect("--import N")),
            _ => {
                eprintln!("usage: first_frame [--runs N] [--db PATH] [--bin PATH] [--import N]");
                std::process::exit(2);
            }
        }
    }
    if !bin.exists() {
        eprintln!(
            "{} is missing; build it first: cargo build --release --bin claimdesk --example first_frame",
            bin.display()
        );
        std::process::exit(2);
    }
    if let Some(n) = import {
        let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
        println!(
            "import of {n} articles in a folder, {runs} runs; load average before: {}",
            load.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        );
        let mut rates = Vec::new();
        for i in 0..runs {
            match import_once(&bin, n) {
                Ok((claims, took)) => {
                    let rate = claims as f64 / took.as_secs_f64();
                    println!(
                        "run {i}: {claims} claims in {:.2} s: {rate:.0} claims/s",
                        took.as_secs_f64()
                    );
                    rates.push(rate);
                }
                Err(e) => {
                    eprintln!("run {i} failed: {e}");
                    std::process::exit(1);
                }
            }
        }
        rates.sort_by(f64::total_cmp);
        println!(
            "claims per second: median {:.0}, min {:.0}",
            rates[rates.len() / 2],
            rates[0]
        );
        return;
    }
    let db = db.unwrap_or_else(|| {
        tui_db::database(&Path::new(env!("CARGO_MANIFEST_DIR")).join("target/tmp"))
    });
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "{} at {COLS}x{ROWS} over {} ({runs} runs); load average before: {}",
        bin.display(),
        db.display(),
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
    let mut all = Vec::new();
    for i in 0..runs {
        match run_once(&bin, &db) {
            Ok(run) => {
                println!(
                    "run {i}: first frame {:6.1} ms (CPU {:6.1} ms), every claim {:6.1} ms (CPU {:6.1} ms), keys max {:5.1} ms, VmHWM {:5.1} MB",
                    ms(run.first_frame),
                    ms(run.cpu_first),
                    ms(run.all_rows),
                    ms(run.cpu_all),
                    run.keys.iter().map(|k| ms(k.done)).fold(0.0, f64::max),
                    run.hwm_mb
                );
                all.push(run);
            }
            Err(e) => {
                eprintln!("run {i} failed: {e}");
                std::process::exit(1);
            }
        }
    }
    println!(
        "first frame, from spawn:        {}",
        summary(all.iter().map(|r| ms(r.first_frame)).collect())
    );
    println!(
        "CPU time at the first frame:    {}",
        summary(all.iter().map(|r| ms(r.cpu_first)).collect())
    );
    println!(
        "every claim read, from spawn:   {}",
        summary(all.iter().map(|r| ms(r.all_rows)).collect())
    );
    println!(
        "CPU time until every claim:     {}",
        summary(all.iter().map(|r| ms(r.cpu_all)).collect())
    );
    for (k, (name, _)) in KEYS.iter().enumerate() {
        println!(
            "key {:<5} (#{k:2}) to its screen:  {}; first change {}; CPU {}",
            name,
            summary(all.iter().map(|r| ms(r.keys[k].done)).collect()),
            summary(all.iter().map(|r| ms(r.keys[k].first)).collect()),
            summary(all.iter().map(|r| ms(r.keys[k].cpu)).collect())
        );
    }
    println!(
        "every key:                      {}",
        summary(
            all.iter()
                .flat_map(|r| r.keys.iter().map(|k| ms(k.done)))
                .collect()
        )
    );
    let mut hwm: Vec<f64> = all.iter().map(|r| r.hwm_mb).collect();
    hwm.sort_by(f64::total_cmp);
    println!(
        "peak resident memory (VmHWM):   median {:.1} MB  max {:.1} MB",
        hwm[hwm.len() / 2],
        hwm[hwm.len() - 1]
    );
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "load average after: {}",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
}
