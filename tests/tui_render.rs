//! What the workbench draws: snapshots of the main screen and the popups on the fixture article,
//! every size from 1x1 up without a panic, and hostile text drawn harmlessly.

mod common;

use chrono::NaiveDate;
use claimdesk::extract::{Claim as RawClaim, Extraction};
use claimdesk::model::Scale;
use claimdesk::store::{NewArticle, Store};
use claimdesk::tui::{Action, Theme, Workbench};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Color;
use std::path::Path;

fn fixture_app(theme: Theme) -> (tempfile::TempDir, Workbench) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("claimdesk.db")).unwrap();
    let doc = claimdesk::ingest::read(Path::new("fixtures/vande-hei-soyuz.txt")).unwrap();
    let published = NaiveDate::from_ymd_opt(2022, 3, 13);
    let extraction = claimdesk::extract::extract(&doc.text, published);
    let new = NewArticle {
        title: doc.title.unwrap_or_else(|| "vande-hei-soyuz".into()),
        url: doc.url,
        author: doc.author,
        published,
        text: doc.text,
    };
    let (article, _) = store.import(&new, &extraction, "tester").unwrap();
    let app = Workbench::new(
        store,
        "tester".into(),
        Some(article.id),
        Scale::default(),
        theme,
    )
    .unwrap();
    (dir, app)
}

fn press(app: &mut Workbench, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\t' => KeyCode::Tab,
            '\n' => KeyCode::Enter,
            '\u{1b}' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }
}

/// Draw the app as the event loop does: resize first, then render.
fn draw(app: &mut Workbench, width: u16, height: u16) -> Terminal<TestBackend> {
    app.update(Action::Resize(width, height));
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(&*app, frame.area()))
        .unwrap();
    terminal
}

fn screen(buffer: &Buffer) -> String {
    let w = buffer.area.width as usize;
    buffer
        .content
        .chunks(w)
        .map(|row| {
            let mut line = String::new();
            let mut skip = 0;
            for cell in row {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                line.push_str(cell.symbol());
                skip = ratatui::buffer::CellWidth::cell_width(cell.symbol()).saturating_sub(1);
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn main_screen_wide() {
    let (_dir, mut app) = fixture_app(Theme::default());
    press(&mut app, "jj");
    let t = draw(&mut app, 120, 40);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn main_screen_narrow() {
    let (_dir, mut app) = fixture_app(Theme::default());
    press(&mut app, "jj");
    let t = draw(&mut app, 80, 24);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn main_screen_narrow_detail_tab() {
    let (_dir, mut app) = fixture_app(Theme::default());
    press(&mut app, "jj\t\t");
    let t = draw(&mut app, 80, 24);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn help_popup() {
    let (_dir, mut app) = fixture_app(Theme::default());
    press(&mut app, "?");
    let t = draw(&mut app, 120, 40);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn source_form() {
    let (_dir, mut app) = fixture_app(Theme::default());
    press(
        &mut app,
        "jjahttps://example.org/jkq\tA title\tThe Publisher\tweb.archive.org/x\t\t",
    );
    app.handle_key(KeyEvent::new(KeyCode::Right, KeyModifiers::NONE));
    let t = draw(&mut app, 120, 40);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn verdict_popup() {
    let (_dir, mut app) = fixture_app(Theme::default());
    press(&mut app, "jjvjjjj\tWhy: the record\nis 340 days");
    let t = draw(&mut app, 120, 40);
    insta::assert_snapshot!(t.backend());
}

#[test]
fn too_small_is_one_line() {
    let (_dir, mut app) = fixture_app(Theme::default());
    let t = draw(&mut app, 59, 15);
    let text = screen(t.backend().buffer());
    assert!(text.starts_with("window too small"));
    assert_eq!(text.lines().filter(|l| !l.trim().is_empty()).count(), 1);
}

#[test]
fn every_size_draws_without_panic() {
    let (_dir, mut app) = fixture_app(Theme::default());
    // Main screen, then each popup, each focus.
    let setups = [
        "",
        "?",
        "\t",
        "\t\t",
        "a",
        "v",
        "v\t",
        "d",
        "dwhy\n",
        "e",
        "s",
        "m",
        "L",
        "O",
        "/rog",
        "/rog\n",
        ":goto",
        "ahttps://x.example\nx",
        "fFo",
        "+",
        "+the\n",
        "ahttps://x.example\tT\tP\tbad url\t",
    ];
    for setup in setups {
        app.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        app.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        press(&mut app, setup);
        for width in (1..=130).step_by(7).chain([59, 60, 119, 120]) {
            for height in (1..=45).step_by(4).chain([14, 15]) {
                draw(&mut app, width, height);
            }
        }
    }
}

#[test]
fn no_color_draws_without_colours() {
    let (_dir, mut app) = fixture_app(Theme::plain());
    for keys in [
        "jj",
        "v",
        "\u{1b}a",
        "\u{1b}?",
        "\u{1b}O",
        "\u{1b}L",
        "\u{1b}m",
        "\u{1b}/rog",
        "\u{1b}+the\n",
        "\u{1b}ahttps://x.example\t\t\tbad\t",
    ] {
        for k in keys.chars() {
            let code = if k == '\u{1b}' {
                KeyCode::Esc
            } else {
                KeyCode::Char(k)
            };
            app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
        }
        let t = draw(&mut app, 120, 40);
        for cell in &t.backend().buffer().content {
            assert_eq!(
                cell.fg,
                Color::Reset,
                "{keys}: a foreground colour with NO_COLOR"
            );
            assert_eq!(
                cell.bg,
                Color::Reset,
                "{keys}: a background colour with NO_COLOR"
            );
        }
    }
}

#[test]
fn control_characters_are_shown_not_sent() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("claimdesk.db")).unwrap();
    let claim_text = "The \u{1b}]0;pwned\u{7} tower \u{1b}[2J is 300 m tall, 漢字 and 👩‍👩‍👧 too.";
    let text = format!("Intro line.\n\n{claim_text}\n\nAn\u{9b}other \u{202e}line.");
    let start = text
        .find(claim_text)
        .map(|b| text[..b].chars().count())
        .unwrap();
    let extraction = Extraction {
        published: None,
        sentences: vec![],
        values: vec![],
        claims: vec![RawClaim {
            text: claim_text.into(),
            start,
            end: start + claim_text.chars().count(),
            sentence: 0,
            score: 0.9,
            values: vec![],
            cues: vec!["value".into()],
            subject: Some("tower\u{1b}[1m".into()),
            ..Default::default()
        }],
    };
    let new = NewArticle {
        title: "Evil \u{1b}[31mtitle".into(),
        text: text.clone(),
        ..NewArticle::default()
    };
    store.import(&new, &extraction, "tester").unwrap();
    let mut app = Workbench::new(
        store,
        "tester".into(),
        None,
        Scale::default(),
        Theme::default(),
    )
    .unwrap();
    for (w, h) in [(120, 40), (80, 24), (61, 15)] {
        let t = draw(&mut app, w, h);
        let buffer = t.backend().buffer();
        for cell in &buffer.content {
            assert!(
                !cell.symbol().chars().any(char::is_control),
                "a control character reached the screen at {w}x{h}"
            );
        }
        let shown = screen(buffer);
        assert!(shown.contains("␛"), "escapes should be visible:\n{shown}");
        assert!(shown.contains("漢字"));
    }
    // Every line of the wide screen is exactly as wide as the terminal: wide characters count.
    let t = draw(&mut app, 120, 40);
    let shown = screen(t.backend().buffer());
    for line in shown.lines() {
        assert_eq!(
            ratatui::buffer::CellWidth::cell_width(line),
            120,
            "misaligned: {line}"
        );
    }
}

/// The screen as text, with the times of events and evidence (which change every run) replaced
/// by a placeholder of the same width.
fn redacted(t: &Terminal<TestBackend>) -> String {
    let re = regex::Regex::new(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}").unwrap();
    let screen = t.backend().to_string();
    let screen = re.replace_all(&screen, "YYYY-MM-DD HH:MM");
    // A source's accessed day defaults to today.
    let read = regex::Regex::new(r"read \d{4}-\d{2}-\d{2}").unwrap();
    read.replace_all(&screen, "read YYYY-MM-DD").into_owned()
}

/// Snapshots of the app after `keys`, at 120x40 and 80x24.
fn snap_both(name: &str, keys: &str) {
    for (w, h) in [(120, 40), (80, 24)] {
        let (_dir, mut app) = fixture_app(Theme::default());
        press(&mut app, keys);
        let t = draw(&mut app, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), redacted(&t));
    }
}

#[test]
fn dismiss_prompt() {
    snap_both("dismiss_prompt", "jjd\nopinion, not a fact");
}

#[test]
fn dismiss_menu() {
    snap_both("dismiss_menu", "jjd");
}

#[test]
fn dismiss_confirm() {
    snap_both("dismiss_confirm", "jjd\nopinion\n");
}

#[test]
fn edit_prompt() {
    snap_both("edit_prompt", "jje");
}

#[test]
fn split_prompt() {
    snap_both("split_prompt", "jjsis due\n");
}

#[test]
fn merge_confirm() {
    snap_both("merge_confirm", "jjm");
}

#[test]
fn evidence_picker() {
    snap_both(
        "evidence_picker",
        "jjahttps://one.example/a\t\t\t\tquote one\nahttps://two.example/b\nx",
    );
}

#[test]
fn evidence_remove_confirm() {
    snap_both("evidence_remove_confirm", "jjahttps://one.example/a\nxj\n");
}

#[test]
fn log_popup() {
    snap_both(
        "log_popup",
        // After the verdict the list moves on to the next claim to review: `k` comes back.
        "jjahttps://one.example/a\nvG\nkd\nopinion\ny\u{1b}kL",
    );
}

#[test]
fn search_typing() {
    snap_both("search_typing", "/rogozin");
}

#[test]
fn search_kept_with_filters_and_sort() {
    // `f` j Enter: the filter menu's second line, status new.
    snap_both("search_kept", "/rogozin\nfj\no");
}

#[test]
fn filter_menu_with_counts() {
    snap_both("filter_menu", "f");
}

#[test]
fn command_line() {
    snap_both("command_line", ":export markdown report.md");
}

#[test]
fn command_unknown() {
    snap_both("command_unknown", ":fly away\n");
}

#[test]
fn overview() {
    snap_both(
        "overview",
        // Each verdict moves on to the next claim to review.
        "jjahttps://one.example/a\nvG\nahttps://two.example/b\nv\nd\nnot a claim\ny O",
    );
}

#[test]
fn article_picker() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::articles::app_over_articles(&dir, 3);
    press(&mut app, "A");
    for (w, h) in [(120, 40), (80, 24)] {
        let t = draw(&mut app, w, h);
        insta::assert_snapshot!(format!("article_picker_{w}x{h}"), redacted(&t));
    }
}

/// Values on screen in the article pane (columns `cols`), each drawn whole on one line: where,
/// and their group.
fn values_on_screen(
    app: &Workbench,
    buffer: &Buffer,
    cols: std::ops::Range<u16>,
) -> Vec<(u16, u16, u8, String)> {
    let left = cols.start;
    let article = app.selected_row().unwrap().article_id;
    let text = app.store().article_text(article).unwrap();
    // Only values whose words occur once in the article: found on screen, they are that value.
    let values: Vec<_> = app
        .store()
        .values_of_article(article)
        .unwrap()
        .into_iter()
        .filter(|v| text.matches(v.text.as_str()).count() == 1)
        .collect();
    let h = buffer.area.height;
    let mut out = Vec::new();
    for y in 1..h.saturating_sub(3) {
        let row: String = cols
            .clone()
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        for v in &values {
            if let Some(b) = row.find(&v.text) {
                let x = left + row[..b].chars().count() as u16;
                out.push((
                    x,
                    y,
                    claimdesk::tui::theme::value_group(v.kind),
                    v.text.clone(),
                ));
            }
        }
    }
    out
}

#[test]
fn values_are_marked_by_kind_with_a_legend() {
    for theme in [Theme::default(), Theme::plain()] {
        let (_dir, mut app) = fixture_app(theme);
        let mut groups = std::collections::HashSet::new();
        // Follow the selection through the whole article.
        for _ in 0..app.list_len() {
            press(&mut app, "j");
            let t = draw(&mut app, 160, 50);
            let buffer = t.backend().buffer();
            // The article pane's text, inside its border, in the three-pane layout.
            let area = ratatui::layout::Rect::new(0, 0, 160, 50);
            let pane = claimdesk::tui::view::layout(area, claimdesk::tui::state::Focus::Article)
                .and_then(|s| s.article)
                .unwrap();
            let found = values_on_screen(&app, buffer, pane.x + 1..pane.x + pane.width - 1);
            groups.extend(found.iter().map(|f| f.2));
            for (x, y, group, text) in &found {
                let cell = &buffer[(*x, *y)];
                if theme.color {
                    let colour = theme.value_kind(*group, false).fg.unwrap();
                    assert!(
                        cell.fg == colour || cell.bg == colour,
                        "{text:?} at {x},{y} is not in its kind's colour: {cell:?}"
                    );
                } else {
                    let wanted = theme.value_kind(*group, false).add_modifier;
                    assert!(!wanted.is_empty());
                    assert!(
                        cell.modifier.contains(wanted),
                        "{text:?} at {x},{y} is not in its kind's emphasis: {cell:?}"
                    );
                }
            }
            let shown = screen(buffer);
            assert!(
                shown.contains("date dur age qty count num % money"),
                "{shown}"
            );
        }
        assert!(groups.len() >= 5, "several kinds seen: {groups:?}");
        // Every group looks different from every other.
        for a in 0..8u8 {
            for b in a + 1..8 {
                assert_ne!(theme.value_kind(a, false), theme.value_kind(b, false));
                assert_ne!(theme.value_kind(a, true), theme.value_kind(b, true));
            }
        }
    }
    // The help names the groups in full, at its end.
    let (_dir, mut app) = fixture_app(Theme::default());
    press(&mut app, &format!("?{}", "j".repeat(60)));
    let shown = screen(draw(&mut app, 120, 40).backend().buffer());
    assert!(
        shown.contains("Values in the article: date duration age"),
        "{shown}"
    );
}

#[test]
fn add_claim_prompt() {
    snap_both("add_claim_prompt", "+International Space Station\n");
}

#[test]
fn source_form_narrow() {
    snap_both("source_form", "jjahttps://example.org/a\tT\tP\tnot a url\t");
}

/// Everything stored about a claim is drawn in the detail pane: a source's publisher, the day
/// it was read, its archive, the evidence's note, and the reason of a dismissal.
#[test]
fn the_detail_shows_publisher_accessed_archive_note_and_dismissal_reason() {
    let (dir, app) = fixture_app(Theme::default());
    let path = dir.path().join("claimdesk.db");
    let first = app.selected_row().unwrap().id;
    drop(app);
    let mut store = Store::open(&path).unwrap();
    let evidence = claimdesk::store::NewEvidence {
        source: claimdesk::store::NewSource {
            url: "https://stats.example.org/record".into(),
            title: Some("Record table".into()),
            publisher: Some("Space Records Office".into()),
            accessed: Some("2022-03-20".into()),
            archive_url: Some("https://web.archive.org/web/2022/stats".into()),
        },
        note: Some("row 12 of the table".into()),
        ..Default::default()
    };
    store.add_evidence(first, &evidence, "tester").unwrap();
    store
        .dismiss_claim(first, "duplicate of the headline", "tester", None)
        .unwrap();
    let mut app = Workbench::new(
        store,
        "tester".into(),
        None,
        Scale::default(),
        Theme::default(),
    )
    .unwrap();
    let t = draw(&mut app, 240, 80);
    let shown = screen(t.backend().buffer());
    for stored in [
        "Dismissed: duplicate of the headline",
        "Space Records Office · read 2022-03-20",
        "archived: https://web.archive.org/web/2022/stats",
        "Note: row 12 of the table",
    ] {
        assert!(
            shown.contains(stored),
            "the detail lacks {stored:?}:\n{shown}"
        );
    }
}

/// The list at the three layouts: ids, status, the verdict glyph, marks, and the text in all the
/// width left; the status bar names the claim as `:goto` takes it.
#[test]
fn list_layouts() {
    for (w, h) in [(80, 24), (120, 40), (160, 50)] {
        let (_dir, mut app) = fixture_app(Theme::default());
        // An unverifiable verdict (the scale's last rating, no evidence needed) on claim 1, which
        // moves on to claim 2; then claims 2 and 3 marked.
        press(&mut app, "vG\n  ");
        let t = draw(&mut app, w, h);
        let shown = screen(t.backend().buffer());
        assert!(shown.contains("2 marked"), "{shown}");
        assert!(shown.contains("claim #4 · 4/"), "{shown}");
        if w == 120 {
            // At 120 columns a row shows at least 60 characters of claim text.
            let row = shown
                .lines()
                .find(|l| l.contains("Mark Vande Hey is due to return"))
                .unwrap();
            let text = &row[row.find("Mark Vande Hey").unwrap()..];
            assert!(text.chars().count() >= 60, "{row}");
        }
        insta::assert_snapshot!(format!("list_{w}x{h}"), t.backend());
    }
}
