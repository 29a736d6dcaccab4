//! The workbench's key handling, tested on the state: keys in, state and database out, nothing
//! drawn. A real SQLite file in a temporary folder, with the fixture article imported.

use chrono::NaiveDate;
use claimdesk::model::{Scale, Stance};
use claimdesk::store::{NewArticle, Store};
use claimdesk::tui::keymap::{self, Mode};
use claimdesk::tui::{Action, App, Focus, Message, Popup, Theme};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;

fn fixture_app() -> (tempfile::TempDir, App) {
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
    let mut app = App::new(
        store,
        "tester".into(),
        Some(article.id),
        Scale::default(),
        Theme::default(),
    )
    .unwrap();
    app.update(Action::Resize(120, 40));
    assert!(
        app.claims().len() > 3,
        "the fixture should give several claims"
    );
    (dir, app)
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn press(app: &mut App, keys: &[KeyEvent]) {
    for k in keys {
        app.handle_key(*k);
    }
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(ch(c));
    }
}

/// Select the first claim whose text contains `needle`.
fn select_containing(app: &mut App, needle: &str) -> i64 {
    let index = app
        .claims()
        .iter()
        .position(|c| c.claim.text.contains(needle))
        .unwrap_or_else(|| panic!("no claim contains {needle:?}"));
    press(app, &[ch('g')]);
    for _ in 0..index {
        press(app, &[ch('j')]);
    }
    assert_eq!(app.selected(), index);
    app.claims()[index].claim.id
}

fn source_form(app: &App) -> &claimdesk::tui::popups::source::SourceForm {
    match app.popup() {
        Some(Popup::Source(f)) => f,
        _ => panic!("the add-source form is not open"),
    }
}

#[test]
fn j_k_g_and_g_move_the_selection() {
    let (_dir, mut app) = fixture_app();
    let last = app.claims().len() - 1;
    assert_eq!(app.selected(), 0);
    press(&mut app, &[ch('j'), ch('j')]);
    assert_eq!(app.selected(), 2);
    press(&mut app, &[ch('k')]);
    assert_eq!(app.selected(), 1);
    press(&mut app, &[key(KeyCode::Down)]);
    assert_eq!(app.selected(), 2);
    press(
        &mut app,
        &[key(KeyCode::Up), key(KeyCode::Up), key(KeyCode::Up)],
    );
    assert_eq!(app.selected(), 0, "k at the top stays there");
    press(&mut app, &[ch('G')]);
    assert_eq!(app.selected(), last);
    press(&mut app, &[ch('j')]);
    assert_eq!(app.selected(), last, "j at the bottom stays there");
    press(&mut app, &[ch('g')]);
    assert_eq!(app.selected(), 0);
    press(&mut app, &[key(KeyCode::PageDown)]);
    assert!(app.selected() > 1 && app.selected() <= last);
    press(&mut app, &[key(KeyCode::PageUp)]);
    assert_eq!(app.selected(), 0);
    // The detail pane follows the selection.
    press(&mut app, &[ch('j')]);
    assert_eq!(
        app.detail().map(|d| d.claim.id),
        Some(app.claims()[1].claim.id)
    );
}

#[test]
fn tab_cycles_focus_and_j_scrolls_the_focused_pane() {
    let (_dir, mut app) = fixture_app();
    assert_eq!(app.focus(), Focus::List);
    press(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.focus(), Focus::Article);
    press(&mut app, &[ch('j'), ch('j')]);
    assert_eq!(app.selected(), 0, "j scrolls the article, not the list");
    assert_eq!(app.article_scroll(), Some(2));
    press(&mut app, &[ch('k')]);
    assert_eq!(app.article_scroll(), Some(1));
    press(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.focus(), Focus::Detail);
    press(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.focus(), Focus::List);
    press(&mut app, &[key(KeyCode::BackTab)]);
    assert_eq!(app.focus(), Focus::Detail);
    press(&mut app, &[key(KeyCode::BackTab), key(KeyCode::BackTab)]);
    assert_eq!(app.focus(), Focus::List);
    // Selecting another claim follows it again.
    press(&mut app, &[ch('j')]);
    assert_eq!(app.article_scroll(), None);
}

#[test]
fn adding_a_source_types_every_key_and_writes_at_once() {
    let (_dir, mut app) = fixture_app();
    let id = select_containing(&mut app, "355");
    press(&mut app, &[ch('a')]);
    assert_eq!(app.mode(), Mode::SourceText);
    // j, k, q, ?, a and v type in a text field.
    let url = "https://jkq.example/news?id=av";
    type_text(&mut app, url);
    assert_eq!(source_form(&app).field(0), url);
    assert!(!app.should_quit());
    press(&mut app, &[key(KeyCode::Tab)]);
    type_text(&mut app, "NASA: jk q? av");
    press(&mut app, &[key(KeyCode::Tab)]);
    type_text(&mut app, "record 355 days");
    press(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.mode(), Mode::SourceStance);
    press(
        &mut app,
        &[key(KeyCode::Left), key(KeyCode::Left), key(KeyCode::Left)],
    );
    assert_eq!(source_form(&app).stance, Stance::Supports);
    press(&mut app, &[key(KeyCode::Right)]);
    assert_eq!(source_form(&app).stance, Stance::Refutes);
    press(&mut app, &[key(KeyCode::Enter)]);

    assert!(app.popup().is_none(), "the form closes once saved");
    let detail = app.store().claim(id).unwrap();
    assert_eq!(detail.evidence.len(), 1);
    let e = &detail.evidence[0];
    assert!(e.source.url.contains("jkq.example"));
    assert_eq!(e.source.title.as_deref(), Some("NASA: jk q? av"));
    assert_eq!(e.quote.as_deref(), Some("record 355 days"));
    assert_eq!(e.stance, Stance::Refutes);
    assert_eq!(e.reviewer, "tester");
    // The view reloaded the claim.
    assert_eq!(app.claims()[app.selected()].evidence, 1);
    assert_eq!(app.detail().map(|d| d.evidence.len()), Some(1));
    assert!(matches!(app.message(), Some(Message::Info(_))));
}

#[test]
fn an_empty_url_is_refused_in_the_form_and_esc_cancels() {
    let (_dir, mut app) = fixture_app();
    let id = app.claims()[0].claim.id;
    press(&mut app, &[ch('a'), key(KeyCode::Enter)]);
    let form = source_form(&app);
    assert!(form.error.as_deref().unwrap().contains("URL"));
    // A URL the store refuses: its sentence shows in the form, nothing is written.
    type_text(&mut app, "not a url");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(source_form(&app).error.is_some());
    press(&mut app, &[key(KeyCode::Esc)]);
    assert!(app.popup().is_none());
    assert_eq!(app.mode(), Mode::Main);
    assert!(app.store().claim(id).unwrap().evidence.is_empty());
    assert!(!app.should_quit());
}

#[test]
fn a_verdict_needs_evidence_then_is_saved_with_its_rationale() {
    let (_dir, mut app) = fixture_app();
    let id = select_containing(&mut app, "355");
    // Without evidence the default scale refuses "false": the sentence shows, nothing is written.
    press(&mut app, &[ch('v')]);
    assert_eq!(app.mode(), Mode::VerdictRating);
    press(&mut app, &[ch('j'), ch('j'), ch('j'), ch('j')]);
    press(&mut app, &[key(KeyCode::Enter)]);
    match app.popup() {
        Some(Popup::Verdict(f)) => {
            assert_eq!(f.rating(), "false");
            assert!(f.error.as_deref().unwrap().contains("evidence"));
        }
        _ => panic!("the verdict popup should stay open"),
    }
    press(&mut app, &[key(KeyCode::Esc)]);
    assert!(app.popup().is_none());
    assert!(app.store().claim(id).unwrap().verdicts.is_empty());

    press(&mut app, &[ch('a')]);
    type_text(&mut app, "https://www.nasa.gov/record");
    press(&mut app, &[key(KeyCode::Enter)]);

    press(&mut app, &[ch('v')]);
    press(&mut app, &[ch('G'), ch('k'), ch('k')]);
    press(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.mode(), Mode::VerdictRationale);
    type_text(&mut app, "jkq?av: the record");
    press(&mut app, &[key(KeyCode::Enter)]);
    type_text(&mut app, "is 340 days");
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode(), Mode::VerdictRating, "Esc leaves the rationale");
    press(&mut app, &[key(KeyCode::Tab), ctrl('s')]);
    assert!(app.popup().is_none());

    let detail = app.store().claim(id).unwrap();
    assert_eq!(detail.verdicts.len(), 1);
    let v = &detail.verdicts[0];
    assert_eq!(v.rating, "false");
    assert_eq!(v.rationale, "jkq?av: the record\nis 340 days");
    assert_eq!(v.reviewer, "tester");
    let listed = &app.claims()[app.selected()];
    assert_eq!(
        listed.verdict.as_ref().map(|v| v.rating.as_str()),
        Some("false")
    );
    assert_eq!(app.progress().0, 1);
}

#[test]
fn esc_cancels_the_verdict_without_writing() {
    let (_dir, mut app) = fixture_app();
    let id = app.claims()[0].claim.id;
    press(&mut app, &[ch('v'), key(KeyCode::Tab)]);
    type_text(&mut app, "q");
    press(&mut app, &[key(KeyCode::Esc), key(KeyCode::Esc)]);
    assert!(app.popup().is_none());
    assert!(!app.should_quit());
    assert!(app.store().claim(id).unwrap().verdicts.is_empty());
}

#[test]
fn question_mark_toggles_help_and_q_quits() {
    let (_dir, mut app) = fixture_app();
    press(&mut app, &[ch('?')]);
    assert!(app.help_open());
    assert_eq!(app.mode(), Mode::Help);
    press(&mut app, &[ch('j'), ch('?')]);
    assert!(!app.help_open());
    press(&mut app, &[ch('?'), ch('q')]);
    assert!(!app.help_open(), "q closes the help first");
    assert!(!app.should_quit());
    press(&mut app, &[ch('q')]);
    assert!(app.should_quit());
}

#[test]
fn ctrl_c_quits_even_from_a_text_field() {
    let (_dir, mut app) = fixture_app();
    press(&mut app, &[ch('a')]);
    type_text(&mut app, "q");
    assert!(!app.should_quit());
    press(&mut app, &[ctrl('c')]);
    assert!(app.should_quit());
}

/// Bring a fresh app into `mode` with the keys a reviewer would press.
fn enter_mode(app: &mut App, mode: Mode) {
    let keys: &[KeyEvent] = match mode {
        Mode::Global | Mode::Main => &[],
        Mode::Help => &[ch('?')],
        Mode::SourceText => &[ch('a')],
        Mode::SourceStance => &[
            ch('a'),
            key(KeyCode::Tab),
            key(KeyCode::Tab),
            key(KeyCode::Tab),
        ],
        Mode::VerdictRating => &[ch('v')],
        Mode::VerdictRationale => &[ch('v'), key(KeyCode::Tab)],
    };
    press(app, keys);
    if mode != Mode::Global {
        assert_eq!(app.mode(), mode);
    }
}

#[test]
fn every_row_of_the_key_table_is_reachable() {
    let (_dir, mut app) = fixture_app();
    for mode in Mode::ALL {
        for binding in keymap::bindings(mode) {
            for k in binding.keys {
                press(&mut app, &[key(KeyCode::Esc), key(KeyCode::Esc)]);
                if app.help_open() {
                    press(&mut app, &[key(KeyCode::Esc)]);
                }
                enter_mode(&mut app, mode);
                assert_eq!(
                    app.action_for(&k.event()),
                    Some(binding.action.clone()),
                    "{} in {mode:?} should {}",
                    k.label(),
                    binding.help
                );
            }
        }
    }
}

#[test]
fn every_mode_has_a_hint_bar_and_help() {
    for mode in Mode::ALL.into_iter().filter(|m| *m != Mode::Global) {
        assert!(!keymap::hints(mode).is_empty(), "{mode:?} has no hints");
        assert!(
            keymap::bindings(mode).any(|b| b.action == Action::ToggleHelp),
            "{mode:?} cannot open the help"
        );
    }
}

#[test]
fn several_articles_are_grouped_and_brackets_jump_between_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("claimdesk.db")).unwrap();
    for (title, text) in [
        ("First", "The tower is 300 metres tall. It opened in 1889."),
        (
            "Second",
            "Revenue rose 12% in 2021. The firm has 4,000 staff.",
        ),
    ] {
        let extraction = claimdesk::extract::extract(text, None);
        let new = NewArticle {
            title: title.into(),
            text: text.into(),
            ..NewArticle::default()
        };
        store.import(&new, &extraction, "tester").unwrap();
    }
    let mut app = App::new(
        store,
        "tester".into(),
        None,
        Scale::default(),
        Theme::default(),
    )
    .unwrap();
    app.update(Action::Resize(100, 30));
    let articles: Vec<i64> = app.claims().iter().map(|c| c.claim.article_id).collect();
    if articles.first() == articles.last() {
        return; // the extractor found claims in one article only; nothing to jump between
    }
    let first = articles[0];
    press(&mut app, &[ch(']')]);
    assert_ne!(app.claims()[app.selected()].claim.article_id, first);
    press(&mut app, &[ch('[')]);
    assert_eq!(app.selected(), 0);
}
