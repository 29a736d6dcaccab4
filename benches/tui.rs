//! The workbench at scale: a database of 100,000 claims (500 articles × 200 claims), then the time
//! to the first frame, the time of a key press and its redraw, and the memory the workbench holds.
//!
//! `cargo bench --bench tui`. Targets (issue 5): first frame < 200 ms, key + redraw < 16 ms,
//! resident memory < 100 MB. The database is built once per schema under the target folder.

use claimdesk::extract::{Claim as RawClaim, Extraction};
use claimdesk::model::Scale;
use claimdesk::store::{NewArticle, Store};
use claimdesk::tui::{Action, Theme, Workbench};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[path = "common/tui_db.rs"]
mod tui_db;
use tui_db::{ARTICLES, CLAIMS};

/// The 100,000-claim database, built once per schema.
fn database() -> PathBuf {
    tui_db::database(Path::new(env!("CARGO_TARGET_TMPDIR")))
}

/// Resident memory of this process, in MB (Linux).
fn rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn open_app(path: &Path) -> Workbench {
    let store = Store::open(path).expect("open");
    let mut app = Workbench::new(
        store,
        "bench".into(),
        None,
        Scale::default(),
        Theme::default(),
    )
    .expect("the workbench loads");
    app.update(Action::Resize(120, 40));
    app
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &Workbench) {
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .expect("draw");
}

fn bench(c: &mut Criterion) {
    let path = database();

    // Memory: the workbench over the whole database, measured before criterion allocates.
    let before = rss_mb();
    let started = Instant::now();
    let app = open_app(&path);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    draw(&mut terminal, &app);
    let first = started.elapsed();
    let after = rss_mb();
    assert_eq!(app.rows().len(), ARTICLES * CLAIMS);
    if let (Some(b), Some(a)) = (before, after) {
        eprintln!(
            "memory: {a:.1} MB resident after the first frame ({:.1} MB for the workbench); first frame once: {:.1} ms",
            a - b,
            first.as_secs_f64() * 1000.0
        );
    }
    drop(app);

    let mut group = c.benchmark_group("tui_100k");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("first_frame", |b| {
        b.iter(|| {
            let app = open_app(&path);
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
            draw(&mut terminal, &app);
            app
        })
    });
    group.finish();

    let mut group = c.benchmark_group("tui_100k");
    let mut app = open_app(&path);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    draw(&mut terminal, &app);
    let (j, k) = (
        KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE),
        KeyEvent::new(KeyCode::Char('k'), KeyModifiers::NONE),
    );
    let mut n = 0u64;
    group.bench_function("key_j_and_redraw", |b| {
        b.iter(|| {
            // Down through the list, back up every few thousand so every press moves.
            n += 1;
            app.handle_key(if (n / 5000).is_multiple_of(2) { j } else { k });
            draw(&mut terminal, &app);
        })
    });
    // Crossing into the next article reads and wraps its text.
    group.bench_function("next_article_and_redraw", |b| {
        let brace = KeyEvent::new(KeyCode::Char('}'), KeyModifiers::NONE);
        let home = KeyEvent::new(KeyCode::Char('g'), KeyModifiers::NONE);
        let mut m = 0u64;
        b.iter(|| {
            m += 1;
            app.handle_key(if m.is_multiple_of(400) { home } else { brace });
            draw(&mut terminal, &app);
        })
    });
    group.bench_function("search_keystroke_and_redraw", |b| {
        app.handle_key(KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE));
        let mut m = 0u64;
        b.iter(|| {
            m += 1;
            // Type "rev", then erase it again.
            let key = match m % 6 {
                1 => KeyEvent::new(KeyCode::Char('r'), KeyModifiers::NONE),
                2 => KeyEvent::new(KeyCode::Char('e'), KeyModifiers::NONE),
                3 => KeyEvent::new(KeyCode::Char('v'), KeyModifiers::NONE),
                _ => KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE),
            };
            app.handle_key(key);
            draw(&mut terminal, &app);
        })
    });
    app.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let enter = KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE);
    // `f`: the menu counts every filter over every claim; its second line (status new) picked,
    // then picked again (off).
    group.bench_function("filter_menu_pick_and_redraw", |b| {
        b.iter(|| {
            app.handle_key(key('f'));
            draw(&mut terminal, &app);
            app.handle_key(key('j'));
            app.handle_key(enter);
            draw(&mut terminal, &app);
        })
    });
    // `V` and two words: the selection over the article, drawn.
    group.bench_function("select_two_words_and_redraw", |b| {
        b.iter(|| {
            app.handle_key(key('V'));
            app.handle_key(key('w'));
            app.handle_key(key('w'));
            draw(&mut terminal, &app);
            app.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        })
    });
    group.finish();
    if let Some(a) = rss_mb() {
        eprintln!("memory: {a:.1} MB resident at the end");
    }
}

/// A database of one article of `mb` MB that is one long sentence, with one claim at its start:
/// what the workbench lays out when it opens it (issue "Hardening": 50 MB must stay responsive).
/// `curly`: real news text, a curly quote or a dash (’ “ ” —) after about every 80 characters.
fn long_article(dir: &Path, mb: usize, curly: bool) -> PathBuf {
    let path = dir.join(format!("long-{mb}-{curly}.db"));
    let mut text = String::with_capacity((mb << 20) + 64);
    let mut i = 0usize;
    while text.len() < mb << 20 {
        text.push_str(
            [
                "the ", "agency ", "said ", "that ", "revenue ", "rose ", "7 ", "percent ",
            ][i % 8],
        );
        if curly && i % 13 == 12 {
            text.push_str(["’s ", "“", "” ", "— "][(i / 13) % 4]);
        }
        i += 1;
    }
    let claim = RawClaim {
        text: text.chars().take(40).collect(),
        start: 0,
        end: 40,
        sentence: 0,
        score: 0.5,
        values: vec![],
        cues: vec!["value".into()],
        subject: None,
        ..Default::default()
    };
    let new = NewArticle {
        title: format!("One sentence of {mb} MB"),
        text,
        ..NewArticle::default()
    };
    let extraction = Extraction {
        published: None,
        sentences: vec![],
        values: vec![],
        claims: vec![claim],
    };
    let mut store = Store::open(&path).expect("open the long-article database");
    store
        .import_all(&[(new, extraction)], "bench")
        .expect("import");
    path
}

/// First frame and a key press on one long one-sentence article, at 1, 4, 16 and 50 MB (and at 16
/// and 50 MB with curly quotes and dashes, as real news text has them): how the
/// layout grows with the article (ASCII lines are wrapped without a grapheme table, claims and
/// values are spans); then the article pane's keys and a click, each timed once.
fn bench_long(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut group = c.benchmark_group("tui_long_article");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    let cases = [
        (1, false),
        (4, false),
        (16, false),
        (50, false),
        (16, true),
        (50, true),
    ];
    for (mb, curly) in cases {
        let path = long_article(dir.path(), mb, curly);
        let name = if curly {
            format!("{mb}MB_curly")
        } else {
            format!("{mb}MB")
        };
        group.bench_function(format!("first_frame_{name}"), |b| {
            b.iter(|| {
                let app = open_app(&path);
                let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
                draw(&mut terminal, &app);
                app
            })
        });
        let mut app = open_app(&path);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
        draw(&mut terminal, &app);
        let keys = [
            KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE),
            KeyEvent::new(KeyCode::Char('k'), KeyModifiers::NONE),
        ];
        let mut n = 0usize;
        group.bench_function(format!("key_and_redraw_{name}"), |b| {
            b.iter(|| {
                n += 1;
                app.handle_key(keys[n % 2]);
                draw(&mut terminal, &app);
            })
        });
        // Tab to the article, a page down, to its end, a click in it, to its top, back to the list.
        let key = |code| Some(KeyEvent::new(code, KeyModifiers::NONE));
        let steps = [
            ("Tab", key(KeyCode::Tab)),
            ("PgDn", key(KeyCode::PageDown)),
            ("G", key(KeyCode::Char('G'))),
            ("click", None),
            ("g", key(KeyCode::Char('g'))),
            ("S-Tab", key(KeyCode::BackTab)),
        ];
        let mut times = Vec::new();
        for (name, step) in steps {
            let started = Instant::now();
            match step {
                Some(k) => {
                    app.handle_key(k);
                }
                None => app.update(Action::Click(90, 20)),
            }
            draw(&mut terminal, &app);
            times.push(format!(
                "{name} {:.2} ms",
                started.elapsed().as_secs_f64() * 1e3
            ));
        }
        eprintln!("article keys and redraw at {name}: {}", times.join(", "));
    }
    group.finish();
}

criterion_group!(benches, bench, bench_long);
criterion_main!(benches);
