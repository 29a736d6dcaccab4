//! The workbench's key handling, tested on the state: keys in, state and database out, nothing
//! drawn. A real SQLite file in a temporary folder, with the fixture article imported.

mod common;

use chrono::NaiveDate;
use claimdesk::model::{Scale, Stance, Status};
use claimdesk::store::{NewArticle, Store};
use claimdesk::tui::keymap::{Keymap, Mode};
use claimdesk::tui::popups::{
    confirm::Confirm, log::LogView, picker::Picker, prompt::Prompt, source::SourceForm,
    verdict::VerdictForm,
};
use claimdesk::tui::{Action, Focus, Message, Theme, Workbench};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;

fn fixture_app() -> (tempfile::TempDir, Workbench) {
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
    let mut app = Workbench::new(
        store,
        "tester".into(),
        Some(article.id),
        Scale::default(),
        Theme::default(),
    )
    .unwrap();
    app.update(Action::Resize(120, 40));
    assert!(app.list_len() > 3, "the fixture should give several claims");
    (dir, app)
}

/// The normalized values of an article, as stored.
fn article_values(app: &Workbench, article: i64) -> Vec<Option<String>> {
    app.store()
        .values_of_article(article)
        .unwrap()
        .into_iter()
        .map(|v| v.value)
        .collect()
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

fn press(app: &mut Workbench, keys: &[KeyEvent]) {
    for k in keys {
        app.handle_key(*k);
    }
}

fn type_text(app: &mut Workbench, text: &str) {
    for c in text.chars() {
        app.handle_key(if c == '\t' { key(KeyCode::Tab) } else { ch(c) });
    }
}

/// Select the first claim whose text contains `needle`.
fn select_containing(app: &mut Workbench, needle: &str) -> i64 {
    let index = app
        .list()
        .iter()
        .position(|c| c.text.contains(needle))
        .unwrap_or_else(|| panic!("no claim contains {needle:?}"));
    press(app, &[ch('g')]);
    for _ in 0..index {
        press(app, &[ch('j')]);
    }
    assert_eq!(app.selected(), index);
    app.list()[index].id
}

fn source_form(app: &Workbench) -> &claimdesk::tui::popups::source::SourceForm {
    match app.popup_as::<SourceForm>() {
        Some(f) => f,
        _ => panic!("the add-source form is not open"),
    }
}

#[test]
fn j_k_g_and_g_move_the_selection() {
    let (_dir, mut app) = fixture_app();
    let last = app.list_len() - 1;
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
    assert_eq!(app.detail().map(|d| d.claim.id), Some(app.list()[1].id));
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
    type_text(&mut app, "NASA press office");
    press(&mut app, &[key(KeyCode::Tab)]);
    type_text(&mut app, "https://web.archive.org/web/2022/nasa.gov/x");
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
    assert_eq!(e.source.publisher.as_deref(), Some("NASA press office"));
    assert_eq!(
        e.source.archive_url.as_deref(),
        Some("https://web.archive.org/web/2022/nasa.gov/x")
    );
    assert_eq!(e.quote.as_deref(), Some("record 355 days"));
    assert_eq!(e.stance, Stance::Refutes);
    assert_eq!(e.reviewer, "tester");
    // The view reloaded the claim.
    assert_eq!(app.selected_row().unwrap().evidence, 1);
    assert_eq!(app.detail().map(|d| d.evidence.len()), Some(1));
    assert!(matches!(app.message(), Some(Message::Info(_))));
}

#[test]
fn an_empty_url_is_refused_in_the_form_and_esc_cancels() {
    let (_dir, mut app) = fixture_app();
    let id = app.list()[0].id;
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
    match app.popup_as::<VerdictForm>() {
        Some(f) => {
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
    // The list moved on to the next claim to review; the claim's row shows the verdict.
    assert_ne!(app.selected_row().unwrap().id, id);
    let listed = app.rows().iter().find(|r| r.id == id).unwrap();
    assert_eq!(listed.rating.as_deref(), Some("false"));
    assert_eq!(app.progress().0, 1);
}

#[test]
fn esc_cancels_the_verdict_without_writing() {
    let (_dir, mut app) = fixture_app();
    let id = app.list()[0].id;
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
fn ctrl_c_in_a_text_field_asks_then_closes_the_form_and_quits_only_from_the_main_screen() {
    let (_dir, mut app) = fixture_app();
    press(&mut app, &[ch('a')]);
    type_text(&mut app, "q");
    assert!(!app.should_quit());
    press(&mut app, &[ctrl('c')]);
    assert_eq!(app.mode(), Mode::SourceText, "typed text: asked first");
    press(&mut app, &[ctrl('c')]);
    assert_eq!(app.mode(), Mode::Main);
    assert!(!app.should_quit());
    press(&mut app, &[ctrl('c')]);
    assert!(app.should_quit());
}

/// Bring a fresh app into `mode` with the keys a reviewer would press.
fn enter_mode(app: &mut Workbench, mode: Mode) {
    let keys: &[KeyEvent] = match mode {
        Mode::Global | Mode::Main => &[],
        Mode::Help => &[ch('?')],
        Mode::SourceText => &[ch('a')],
        Mode::SourceStance => &[ch('a'), key(KeyCode::BackTab)],
        Mode::VerdictRating => &[ch('v')],
        Mode::VerdictRationale => &[ch('v'), key(KeyCode::Tab)],
        Mode::Prompt => &[ch('e')],
        Mode::DismissMenu => &[ch('d')],
        Mode::Confirm => &[ch('d'), key(KeyCode::Enter), ch('x'), key(KeyCode::Enter)],
        // The selected claim has evidence (see below).
        Mode::Picker => &[ch('x')],
        Mode::Log => &[ch('L')],
        Mode::Overview => &[ch('O')],
        Mode::Findings => &[ch('C')],
        Mode::Search => &[ch('/')],
        Mode::Command => &[ch(':')],
        Mode::Visual => &[ch('V')],
    };
    press(app, keys);
    if mode != Mode::Global {
        assert_eq!(app.mode(), mode);
    }
}

#[test]
fn every_row_of_the_key_table_is_reachable() {
    let (_dir, mut app) = fixture_app();
    press(&mut app, &[ch('a')]);
    type_text(&mut app, "https://example.org/x");
    press(&mut app, &[key(KeyCode::Enter)]);
    let keymap = Keymap::default();
    for mode in Mode::ALL {
        for binding in keymap.bindings(mode) {
            for k in &binding.keys {
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
    let keymap = Keymap::default();
    for mode in Mode::ALL.into_iter().filter(|m| *m != Mode::Global) {
        assert!(!keymap.hints(mode).is_empty(), "{mode:?} has no hints");
        assert!(
            keymap
                .bindings(mode)
                .any(|b| b.action == Action::ToggleHelp),
            "{mode:?} cannot open the help"
        );
    }
}

#[test]
fn several_articles_are_grouped_and_braces_jump_between_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = common::articles::app_over_articles(&dir, 2);
    app.update(Action::Resize(100, 30));
    let articles: Vec<i64> = app.list().iter().map(|c| c.article_id).collect();
    assert_ne!(
        articles.first(),
        articles.last(),
        "both articles have checkable values, so both give claims"
    );
    let first = articles[0];
    press(&mut app, &[ch('}')]);
    assert_ne!(app.selected_row().unwrap().article_id, first);
    press(&mut app, &[ch('{')]);
    assert_eq!(app.selected(), 0);
}

fn popup_error(app: &Workbench) -> Option<String> {
    match (app.popup_as::<Prompt>(), app.popup_as::<Confirm>()) {
        (Some(p), _) => p.error.clone(),
        (_, Some(p)) => p.error.clone(),
        _ => None,
    }
}

#[test]
fn d_dismisses_after_a_reason_and_a_yes_then_u_and_r_bring_it_back() {
    let (_dir, mut app) = fixture_app();
    let id = select_containing(&mut app, "355");
    press(&mut app, &[ch('d')]);
    assert_eq!(app.mode(), Mode::DismissMenu);
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.mode(), Mode::Prompt, "Enter types a reason");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(popup_error(&app).is_some(), "an empty reason is refused");
    type_text(&mut app, "opinion, not fact; jkq");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.mode(), Mode::Confirm);
    press(&mut app, &[ch('n')]);
    assert!(app.popup().is_none());
    assert_ne!(
        app.store().claim(id).unwrap().claim.status,
        Status::Dismissed
    );

    // One key and a letter: `a` is the first preset reason, no question asked; the list
    // moves on to the next claim to review.
    press(&mut app, &[ch('d'), ch('a')]);
    let c = app.store().claim(id).unwrap().claim;
    assert_eq!(c.status, Status::Dismissed);
    assert_eq!(c.dismissed_reason.as_deref(), Some("opinion"));
    assert_ne!(app.selected_row().unwrap().id, id);
    assert_eq!(select_containing(&mut app, "355"), id);
    assert_eq!(app.selected_row().unwrap().status, Status::Dismissed);
    press(&mut app, &[ch('d')]);
    assert!(
        matches!(app.message(), Some(Message::Error(_))),
        "already dismissed"
    );

    press(&mut app, &[ch('u')]);
    assert_eq!(app.store().claim(id).unwrap().claim.status, Status::New);
    press(&mut app, &[ch('r')]);
    assert!(
        matches!(app.message(), Some(Message::Error(_))),
        "not dismissed"
    );

    // Dismiss again, restore with r, and undo the restore: dismissed with the old reason.
    press(&mut app, &[ch('d'), key(KeyCode::Enter)]);
    type_text(&mut app, "satire");
    press(&mut app, &[key(KeyCode::Enter), key(KeyCode::Enter)]);
    select_containing(&mut app, "355");
    press(&mut app, &[ch('r')]);
    assert_eq!(app.store().claim(id).unwrap().claim.status, Status::New);
    press(&mut app, &[ch('u')]);
    let c = app.store().claim(id).unwrap().claim;
    assert_eq!(c.status, Status::Dismissed);
    assert_eq!(c.dismissed_reason.as_deref(), Some("satire"));
    // Undo goes deeper: the dismissal for satire, then nothing is left.
    press(&mut app, &[ch('u')]);
    assert_eq!(
        app.message(),
        Some(&Message::Info("Undone: dismissed.".into()))
    );
    assert_eq!(app.store().claim(id).unwrap().claim.status, Status::New);
    press(&mut app, &[ch('u')]);
    assert_eq!(
        app.message(),
        Some(&Message::Info("Nothing to undo.".into()))
    );
}

#[test]
fn e_edits_the_wording_prefilled_and_u_edits_it_back() {
    let (_dir, mut app) = fixture_app();
    let id = select_containing(&mut app, "355");
    let old = app.store().claim(id).unwrap().claim.text;
    press(&mut app, &[ch('e')]);
    match app.popup_as::<Prompt>() {
        Some(p) => assert_eq!(p.text(), old),
        _ => panic!("the edit popup is not open"),
    }
    press(&mut app, &[key(KeyCode::End)]);
    type_text(&mut app, " (per NASA)");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(app.popup().is_none());
    let now = app.store().claim(id).unwrap().claim.text;
    assert_eq!(now, format!("{old} (per NASA)"));
    assert!(app.selected_row().unwrap().text.ends_with("(per NASA)"));
    press(&mut app, &[ch('u')]);
    assert_eq!(app.store().claim(id).unwrap().claim.text, old);
}

#[test]
fn s_splits_before_text_or_an_offset_u_merges_back_and_u_redoes_it() {
    let (_dir, mut app) = fixture_app();
    let id = select_containing(&mut app, "is due to return to Kazakhstan");
    let before = app.list_len();
    let old = app.store().claim(id).unwrap().claim;
    press(&mut app, &[ch('s')]);
    type_text(&mut app, "nowhere in it");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(
        popup_error(&app)
            .unwrap()
            .contains("does not occur in claim")
    );
    for _ in 0.."nowhere in it".len() {
        press(&mut app, &[key(KeyCode::Backspace)]);
    }
    type_text(&mut app, "with two Russian");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(app.popup().is_none(), "{:?}", popup_error(&app));
    assert_eq!(app.list_len(), before + 1);
    let first = app.store().claim(id).unwrap().claim;
    assert!(first.text.ends_with("(ISS)"), "{}", first.text);
    assert_eq!(app.selected_row().unwrap().id, id);
    let second = app
        .rows()
        .iter()
        .map(|r| r.id)
        .max()
        .expect("the second part");
    let second_text = app.store().claim(second).unwrap().claim.text;
    assert!(second_text.starts_with("with two Russian"), "{second_text}");
    press(&mut app, &[ch('u')]);
    assert_eq!(app.list_len(), before);
    let back = app.store().claim(id).unwrap().claim;
    assert_eq!((back.start, back.end), (old.start, old.end));
    // U makes the split again, and Ctrl-R after another u: both parts, the second under its id.
    for redo in [ch('U'), ctrl('r')] {
        press(&mut app, &[redo]);
        assert_eq!(app.message(), Some(&Message::Info("Redone: split.".into())));
        assert_eq!(app.list_len(), before + 1);
        assert_eq!(app.store().claim(id).unwrap().claim.text, first.text);
        assert_eq!(app.store().claim(second).unwrap().claim.text, second_text);
        press(&mut app, &[ch('u')]);
        assert_eq!(app.list_len(), before);
        assert!(app.store().claim(second).is_err());
    }

    // An offset outside the claim is refused with the store's sentence.
    press(&mut app, &[ch('s')]);
    type_text(&mut app, "100000");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(popup_error(&app).unwrap().contains("outside"));
}

#[test]
fn m_merges_with_the_next_claim_after_a_yes_and_u_takes_it_back() {
    let (_dir, mut app) = fixture_app();
    press(&mut app, &[ch('g')]);
    let (a, b) = (app.list()[0].id, app.list()[1].id);
    let before = app.list_len();
    press(&mut app, &[ch('m')]);
    assert_eq!(app.mode(), Mode::Confirm);
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.list_len(), before);
    press(&mut app, &[ch('m'), ch('y')]);
    assert_eq!(app.list_len(), before - 1);
    assert!(app.store().claim(b).is_err());
    assert_eq!(app.selected_row().unwrap().id, a);
    press(&mut app, &[ch('u')]);
    assert_eq!(
        app.message(),
        Some(&Message::Info("Undone: merged.".into()))
    );
    assert_eq!(app.list_len(), before);
    assert!(app.store().claim(b).is_ok());
    press(&mut app, &[ch('U')]);
    assert_eq!(app.list_len(), before - 1);
    assert!(app.store().claim(b).is_err());
    // The last claim has no next one.
    press(&mut app, &[ch('G'), ch('m')]);
    assert!(app.popup().is_none());
    assert!(matches!(app.message(), Some(Message::Error(_))));
}

fn add_source(app: &mut Workbench, url: &str) {
    press(app, &[ch('a')]);
    type_text(app, url);
    press(app, &[key(KeyCode::Enter)]);
    assert!(app.popup().is_none());
}

#[test]
fn x_picks_evidence_and_removes_it_after_a_yes_and_u_undoes_both_ways() {
    let (_dir, mut app) = fixture_app();
    let id = select_containing(&mut app, "355");
    press(&mut app, &[ch('x')]);
    assert!(
        matches!(app.message(), Some(Message::Error(_))),
        "no evidence yet"
    );
    add_source(&mut app, "https://one.example/a");
    add_source(&mut app, "https://two.example/b");
    // u after an add removes it.
    press(&mut app, &[ch('u')]);
    assert_eq!(app.store().claim(id).unwrap().evidence.len(), 1);
    add_source(&mut app, "https://two.example/b");

    press(&mut app, &[ch('x')]);
    assert_eq!(app.mode(), Mode::Picker);
    press(&mut app, &[ch('j'), key(KeyCode::Enter)]);
    assert_eq!(app.mode(), Mode::Confirm);
    press(&mut app, &[ch('y')]);
    let left = app.store().claim(id).unwrap().evidence;
    assert_eq!(left.len(), 1);
    assert!(left[0].source.url.contains("one.example"));
    assert_eq!(app.selected_row().unwrap().evidence, 1);
    press(&mut app, &[ch('u')]);
    let back = app.store().claim(id).unwrap().evidence;
    assert_eq!(back.len(), 2);
    assert!(back[1].source.url.contains("two.example"));
}

#[test]
fn u_withdraws_a_verdict_and_capital_u_records_it_again() {
    let (_dir, mut app) = fixture_app();
    let id = select_containing(&mut app, "355");
    press(&mut app, &[ch('v'), ch('G'), key(KeyCode::Enter)]);
    assert_eq!(app.store().claim(id).unwrap().verdicts.len(), 1);
    select_containing(&mut app, "355");
    press(&mut app, &[ch('u')]);
    // Append-only: the verdict stays in the history, withdrawn; the claim has no verdict.
    let d = app.store().claim(id).unwrap();
    assert_eq!(d.verdicts.len(), 1);
    assert!(d.verdicts[0].withdrawn_at.is_some());
    assert!(d.verdict.is_none());
    assert_eq!(d.claim.status, Status::New);
    assert_eq!(app.selected_row().unwrap().rating, None);
    press(&mut app, &[ch('U')]);
    let d = app.store().claim(id).unwrap();
    assert_eq!(d.verdicts.len(), 2);
    assert_eq!(d.claim.status, Status::Reviewed);
}

#[test]
fn capital_l_shows_the_claims_log() {
    let (_dir, mut app) = fixture_app();
    let id = select_containing(&mut app, "355");
    add_source(&mut app, "https://one.example/a");
    press(&mut app, &[ch('L')]);
    match app.popup_as::<LogView>() {
        Some(l) => {
            assert_eq!(l.claim, id);
            assert!(
                l.rows
                    .iter()
                    .any(|r| r[2] == "evidence-add" && r[3].contains("one.example"))
            );
        }
        _ => panic!("the log is not open"),
    }
    press(&mut app, &[ch('j'), ch('q')]);
    assert!(app.popup().is_none());
    assert!(!app.should_quit());
}

#[test]
fn slash_searches_as_you_type_n_moves_and_esc_clears() {
    let (_dir, mut app) = fixture_app();
    press(&mut app, &[ch('/')]);
    assert_eq!(app.mode(), Mode::Search);
    type_text(&mut app, "rogoz");
    let matches = app.search().unwrap().matches.clone();
    assert!(matches.len() >= 2, "{matches:?}");
    assert_eq!(
        app.selected(),
        matches[0],
        "jumps to the first match as you type"
    );
    assert!(
        app.selected_row()
            .unwrap()
            .text
            .to_lowercase()
            .contains("rogozin")
    );
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.mode(), Mode::Main);
    press(&mut app, &[ch('n')]);
    assert_eq!(app.selected(), matches[1]);
    press(&mut app, &[ch('N')]);
    assert_eq!(app.selected(), matches[0]);
    press(&mut app, &[ch('N')]);
    assert_eq!(app.selected(), *matches.last().unwrap(), "N wraps");
    press(&mut app, &[key(KeyCode::Esc)]);
    assert!(app.search().is_none());

    // Quotes are searched too, and FTS syntax is just text.
    let id = select_containing(&mut app, "355");
    press(&mut app, &[ch('a')]);
    type_text(
        &mut app,
        "https://nasa.example/x\t\t\t\tsupercalifragilistic record",
    );
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(app.popup().is_none());
    press(&mut app, &[ch('g'), ch('/')]);
    type_text(&mut app, "\"zzqx( OR *");
    assert!(app.search().unwrap().matches.is_empty());
    press(&mut app, &[key(KeyCode::Esc)]);
    press(&mut app, &[ch('/')]);
    type_text(&mut app, "supercali");
    assert_eq!(app.search().unwrap().matches.len(), 1);
    assert_eq!(app.selected_row().unwrap().id, id);
}

#[test]
fn o_sorts_and_f_and_capital_f_filter_shown_in_the_title() {
    let (_dir, mut app) = fixture_app();
    let all = app.list_len();
    press(&mut app, &[ch('o')]);
    assert_eq!(app.sort(), claimdesk::tui::Sort::Score);
    let scores: Vec<f32> = app.list().iter().map(|r| r.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]));
    press(&mut app, &[ch('o')]);
    assert_eq!(app.sort(), claimdesk::tui::Sort::Status);
    press(&mut app, &[ch('o')]);
    assert_eq!(app.sort(), claimdesk::tui::Sort::Position);

    let id = select_containing(&mut app, "355");
    add_source(&mut app, "https://one.example/a");
    // The filter menu: all, then the statuses in order (new, in-review, …).
    press(&mut app, &[ch('f'), ch('j'), key(KeyCode::Enter)]);
    assert_eq!(app.status_filter(), Some(Status::New));
    assert_eq!(app.list_len(), all - 1);
    press(&mut app, &[ch('f'), ch('j'), ch('j'), key(KeyCode::Enter)]);
    assert_eq!(app.status_filter(), Some(Status::InReview));
    assert_eq!(app.list_len(), 1);
    assert_eq!(app.selected_row().unwrap().id, id);
    // Picking the filter that is on turns it off, keeping the selected claim.
    press(&mut app, &[ch('f'), ch('j'), ch('j'), key(KeyCode::Enter)]);
    assert_eq!(app.status_filter(), None);
    assert_eq!(app.selected_row().unwrap().id, id);
    assert_eq!(app.list_len(), all);

    press(&mut app, &[ch('F')]);
    assert_eq!(
        app.verdict_filter(),
        Some(&claimdesk::tui::VerdictFilter::Rating("true".into()))
    );
    assert_eq!(app.list_len(), 0);
    for _ in 0..7 {
        press(&mut app, &[ch('F')]);
    }
    assert_eq!(
        app.verdict_filter(),
        Some(&claimdesk::tui::VerdictFilter::Unrated)
    );
    assert_eq!(app.list_len(), all);
    press(&mut app, &[ch('F')]);
    assert_eq!(app.verdict_filter(), None);
}

#[test]
fn brackets_follow_the_reading_order_whatever_the_sort() {
    let (_dir, mut app) = fixture_app();
    press(&mut app, &[ch('o')]); // by score
    let rows = app.rows().to_vec();
    let start = app.selected_row().unwrap().id;
    let r = rows.iter().position(|x| x.id == start).unwrap();
    press(&mut app, &[ch(']')]);
    if r + 1 < rows.len() {
        assert_eq!(app.selected_row().unwrap().id, rows[r + 1].id);
        press(&mut app, &[ch('[')]);
        assert_eq!(app.selected_row().unwrap().id, start);
    }
    press(&mut app, &[ch('o'), ch('o'), ch('g'), ch('[')]);
    assert!(
        matches!(app.message(), Some(Message::Info(_))),
        "nothing before the first"
    );
}

/// `:set` corrects the selected claim's article through the desk, as `article set` does; the
/// reviewer named with `:reviewer` is who the next change is recorded as.
#[test]
fn colon_set_corrects_the_article_and_reviewer_signs_the_next_change() {
    let (_dir, mut app) = fixture_app();
    let article = app.selected_row().unwrap().article_id;
    let run = |app: &mut Workbench, line: &str| {
        press(app, &[ch(':')]);
        type_text(app, line);
        press(app, &[key(KeyCode::Enter)]);
    };
    run(&mut app, "set title Soyuz comes home");
    assert!(
        matches!(app.message(), Some(Message::Info(_))),
        "{:?}",
        app.message()
    );
    assert_eq!(
        app.store().article(article).unwrap().title,
        "Soyuz comes home"
    );
    let dates = |app: &Workbench| article_values(app, article);
    let before = dates(&app);
    run(&mut app, "set published 2022-04-13");
    assert!(matches!(app.message(), Some(Message::Info(m)) if m.contains("resolved again")));
    assert_ne!(
        dates(&app),
        before,
        "relative dates follow the new publication date"
    );
    assert_eq!(
        app.detail().unwrap().values,
        app.store()
            .claim(app.detail().unwrap().claim.id)
            .unwrap()
            .values,
        "the detail shows the values as they are now"
    );
    let after = dates(&app);
    for bad in [
        "set published 2022-13-45",
        "set url javascript:alert(1)",
        "set colour red",
    ] {
        run(&mut app, bad);
        assert!(matches!(app.message(), Some(Message::Error(_))), "{bad}");
    }
    assert_eq!(dates(&app), after, "a refused change changes nothing");

    run(&mut app, "reviewer bob");
    assert_eq!(app.reviewer(), "bob");
    press(&mut app, &[ch('d'), key(KeyCode::Enter)]);
    type_text(&mut app, "Not checkable");
    press(&mut app, &[key(KeyCode::Enter), ch('y')]);
    let last = app.store().events(None).unwrap().pop().unwrap();
    assert_eq!(
        (last.action.as_str(), last.actor.as_str()),
        ("claim-dismiss", "bob")
    );
}

#[test]
fn colon_runs_goto_reviewer_export_and_refuses_unknown_commands() {
    let (dir, mut app) = fixture_app();
    let target = app.list()[5].id;
    press(&mut app, &[ch(':')]);
    assert_eq!(app.mode(), Mode::Command);
    type_text(&mut app, &format!("goto {target}"));
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.selected_row().unwrap().id, target);

    press(&mut app, &[ch(':')]);
    type_text(&mut app, "reviewer alice");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.reviewer(), "alice");

    for (format, file) in [
        ("markdown", "r.md"),
        ("json", "r.json"),
        ("csv", "r.csv"),
        ("html", "r.html"),
        ("claimreview", "r.jsonld"),
    ] {
        let path = dir.path().join(file);
        press(&mut app, &[ch(':')]);
        type_text(&mut app, &format!("export {format} {}", path.display()));
        press(&mut app, &[key(KeyCode::Enter)]);
        assert!(
            matches!(app.message(), Some(Message::Info(_))),
            "{format}: {:?}",
            app.message()
        );
        assert!(std::fs::metadata(&path).unwrap().len() > 0);
    }
    press(&mut app, &[ch(':')]);
    type_text(&mut app, "export pdf x.pdf");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(matches!(app.message(), Some(Message::Error(e)) if e.contains("not a report format")));

    press(&mut app, &[ch(':')]);
    type_text(&mut app, "fly me");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(
        matches!(app.message(), Some(Message::Error(e)) if e.starts_with("Unknown command \"fly\""))
    );

    press(&mut app, &[ch(':')]);
    type_text(&mut app, "goto 999999");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(matches!(app.message(), Some(Message::Error(_))));

    press(&mut app, &[ch(':'), ch('q'), key(KeyCode::Enter)]);
    assert!(app.should_quit());
}

#[test]
fn capital_o_opens_the_overview_and_capital_a_needs_several_articles() {
    let (_dir, mut app) = fixture_app();
    press(&mut app, &[ch('O')]);
    assert_eq!(app.mode(), Mode::Overview);
    press(&mut app, &[ch('O')]);
    assert_eq!(app.mode(), Mode::Main);
    press(&mut app, &[ch('A')]);
    assert!(app.popup().is_none());
    assert!(matches!(app.message(), Some(Message::Info(_))));
}

#[test]
fn mouse_clicks_select_and_the_wheel_scrolls() {
    let (_dir, mut app) = fixture_app();
    // 120x40: the list's first claim row is at y = 2 (header, border).
    app.update(Action::Click(5, 5));
    assert_eq!(app.selected(), 3);
    assert_eq!(app.focus(), Focus::List);
    app.update(Action::Scroll(5, 5, true));
    assert_eq!(app.selected(), 4);
    app.update(Action::Scroll(5, 5, false));
    assert_eq!(app.selected(), 3);
    // The article pane: the wheel scrolls it, a click focuses it.
    let pane = article_rect();
    let (ax, ay) = (pane.x + pane.width / 2, pane.y + 4);
    app.update(Action::Scroll(ax, ay, true));
    assert!(app.article_scroll().is_some());
    app.update(Action::Click(ax, ay));
    assert_eq!(app.focus(), Focus::Article);
    // The click lands on a claim's part (atomic claims mark most of the article): that claim is
    // selected, or the selection stays.
    assert!(app.selected_row().is_some());
}

#[test]
fn keymap_overrides_apply_to_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "[keys.main]\nquit = \"Q\"\n").unwrap();
    let keymap = Keymap::from_config(&claimdesk::config::load(Some(&path)).unwrap()).unwrap();
    let (_d, app) = fixture_app();
    let mut app = app.with_keymap(keymap);
    press(&mut app, &[ch('q')]);
    assert!(!app.should_quit());
    press(&mut app, &[ch('Q')]);
    assert!(app.should_quit());
    std::fs::write(&path, "[keys.main]\nquit = \"j\"\n").unwrap();
    let e = Keymap::from_config(&claimdesk::config::load(Some(&path)).unwrap())
        .unwrap_err()
        .to_string();
    assert!(e.contains("bound to both"), "{e}");
    std::fs::write(&path, "[keys.main]\nteleport = \"t\"\n").unwrap();
    let e = Keymap::from_config(&claimdesk::config::load(Some(&path)).unwrap())
        .unwrap_err()
        .to_string();
    assert!(e.contains("not an action"), "{e}");
}

#[test]
fn a_stale_write_is_refused_with_who_changed_it() {
    let (dir, mut app) = fixture_app();
    let id = select_containing(&mut app, "355");
    press(&mut app, &[ch('e')]);
    // Someone else rewords the claim meanwhile.
    let mut other = Store::open(&dir.path().join("claimdesk.db")).unwrap();
    other
        .edit_claim(id, "Changed elsewhere", "bob", None)
        .unwrap();
    type_text(&mut app, "!");
    press(&mut app, &[key(KeyCode::Enter)]);
    let e = popup_error(&app).expect("the popup says why");
    assert!(e.contains("bob"), "{e}");
    // The second try goes through on the new version.
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(app.popup().is_none());
}

/// What a key can change, as far as the tests can see: the screen state and the first claim in
/// the database.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    mode: Mode,
    quit: bool,
    suspend: bool,
    help: Option<usize>,
    selected: usize,
    focus: Focus,
    article_scroll: Option<usize>,
    sort: claimdesk::tui::Sort,
    status_filter: Option<Status>,
    verdict_filter: Option<claimdesk::tui::VerdictFilter>,
    type_filter: Option<claimdesk::extract::ClaimType>,
    due_filter: Option<NaiveDate>,
    search: Option<(bool, String)>,
    message: Option<Message>,
    reviewer: String,
    picker: Option<usize>,
    /// The findings popup: its selected entry and how many findings are open.
    finding: Option<(usize, usize)>,
    log: Option<usize>,
    rating: Option<String>,
    field: Option<usize>,
    stance: Option<Stance>,
    evidence: usize,
    verdicts: usize,
    status: Status,
    text: String,
    mine: bool,
    selection: Option<std::ops::Range<usize>>,
    cursor: Option<usize>,
    claims: usize,
    parts: Vec<[usize; 2]>,
    version: i64,
}

fn seen(app: &Workbench, first: i64) -> Seen {
    let claim = app.store().claim(first).unwrap();
    Seen {
        mode: app.mode(),
        quit: app.should_quit(),
        suspend: app.should_suspend(),
        help: app.help_scroll(),
        selected: app.selected(),
        focus: app.focus(),
        article_scroll: app.article_scroll(),
        sort: app.sort(),
        status_filter: app.status_filter(),
        verdict_filter: app.verdict_filter().cloned(),
        type_filter: app.type_filter(),
        due_filter: app.due_filter(),
        search: app.search().map(|s| (s.editing, s.query())),
        message: app.message().cloned(),
        reviewer: app.reviewer().to_string(),
        picker: app.popup_as::<Picker>().map(|p| p.index),
        finding: app
            .popup_as::<claimdesk::tui::popups::findings::Findings>()
            .map(|f| (f.index, f.items.iter().filter(|c| c.is_open()).count())),
        log: app.popup_as::<LogView>().map(|l| l.scroll),
        rating: app
            .popup_as::<VerdictForm>()
            .map(|v| v.rating().to_string()),
        field: app.popup_as::<SourceForm>().map(|f| f.focused_field()),
        stance: app.popup_as::<SourceForm>().map(|f| f.stance),
        evidence: claim.evidence.len(),
        verdicts: claim.verdicts.len(),
        status: claim.claim.status,
        text: claim.claim.text,
        mine: app.mine(),
        selection: app.selection(),
        cursor: app.ctx().selection.map(|(_, _, c)| c),
        claims: app.store().claim_rows(None).unwrap().len(),
        parts: claim.claim.parts,
        version: claim.claim.version,
    }
}

type Check = fn(&Seen, &Seen) -> bool;

fn sel_len(s: &Seen) -> usize {
    s.selection.as_ref().map_or(0, |r| r.len())
}

fn info(s: &Seen) -> bool {
    matches!(s.message, Some(Message::Info(_)))
}

fn keys_of(text: &str) -> Vec<KeyEvent> {
    text.chars().map(ch).collect()
}

/// For a key of `mode` bound to `action`: the keys that set the scene in that mode, and what the
/// key must change. None when no test says what the row does: the table and the tests disagree.
fn expectation(mode: Mode, action: &Action) -> Option<(Vec<KeyEvent>, Check)> {
    use Action as A;
    use Mode as M;
    let none = Vec::new;
    let closed: Check = |_, a| a.mode == Mode::Main && a.help.is_none();
    let help: Check = |b, a| b.help.is_none() && a.help == Some(0);
    Some(match (mode, action) {
        (_, A::ToggleHelp) if mode != M::Help => (none(), help),
        (M::Main, A::Quit) => (none(), |_, a| a.quit),
        (M::Main, A::Down) => (none(), |b, a| a.selected == b.selected + 1),
        (M::Main, A::Up) => (keys_of("jj"), |b, a| a.selected + 1 == b.selected),
        (M::Main, A::First) => (keys_of("jj"), |_, a| a.selected == 0),
        (M::Main, A::Last) => (none(), |b, a| a.selected > b.selected + 3),
        (M::Main, A::PageDown) => (none(), |b, a| a.selected > b.selected + 1),
        (M::Main, A::PageUp) => (keys_of("G"), |b, a| a.selected + 1 < b.selected),
        (M::Main, A::FocusNext) => (none(), |_, a| a.focus == Focus::Article),
        (M::Main, A::FocusPrev) => (none(), |_, a| a.focus == Focus::Detail),
        (M::Main, A::NextInText) => (none(), |b, a| a.selected == b.selected + 1),
        (M::Main, A::PrevInText) => (keys_of("jj"), |b, a| a.selected + 1 == b.selected),
        // One article: they say there is no other (several: see the grouped-articles test).
        (M::Main, A::NextArticle | A::PrevArticle | A::PickArticle) => (none(), |_, a| info(a)),
        (M::Main, A::OpenSource) => (none(), |_, a| a.mode == Mode::SourceText),
        (M::Main, A::OpenVerdict) => (none(), |_, a| a.mode == Mode::VerdictRating),
        (M::Main, A::Dismiss) => (none(), |_, a| a.mode == Mode::DismissMenu),
        (M::DismissMenu, A::NextField) => (none(), |_, a| a.mode == Mode::Prompt),
        (M::DismissMenu, A::Cancel) => (none(), |_, a| {
            a.mode == Mode::Main && a.status != Status::Dismissed
        }),
        (M::Main, A::EditClaim | A::Split | A::AddClaim) => (none(), |_, a| a.mode == Mode::Prompt),
        (M::Main, A::Restore) => (none(), |_, a| matches!(a.message, Some(Message::Error(_)))),
        (M::Main, A::Merge) => (none(), |_, a| a.mode == Mode::Confirm),
        (M::Main, A::RemoveEvidence) => (none(), |_, a| a.mode == Mode::Picker),
        (M::Main, A::ShowLog) => (none(), |_, a| a.mode == Mode::Log),
        (M::Main, A::Undo | A::Redo) => (none(), |_, a| info(a)),
        // Space marks the claim and moves on; * marks every claim shown (and says how many).
        (M::Main, A::ToggleMark) => (none(), |b, a| a.selected == b.selected + 1),
        (M::Main, A::MarkAll) => (none(), |_, a| info(a)),
        // Nothing on this desk is reviewed: the precedents are read, and there are none.
        (M::Main, A::ReusePrecedent | A::PickPrecedent) => (none(), |_, a| {
            matches!(&a.message, Some(Message::Error(m)) if m.contains("no reviewed claim"))
                && a.mode == Mode::Main
        }),
        // The first claim's evidence has no quote: no suggested stance to dismiss, and it says so.
        (M::Main, A::DismissSuggestion) => (none(), |b, a| {
            matches!(&a.message, Some(Message::Error(m)) if m.contains("suggested stance to dismiss"))
                && a.evidence == b.evidence
                && a.mode == Mode::Main
        }),
        (M::Main, A::Search) => (none(), |_, a| a.mode == Mode::Search),
        (M::Main, A::NextMatch) => {
            let mut prep = keys_of("/rogoz");
            prep.push(key(KeyCode::Enter));
            (prep, |b, a| a.selected > b.selected)
        }
        (M::Main, A::PrevMatch) => {
            let mut prep = keys_of("/rogoz");
            prep.push(key(KeyCode::Enter));
            (prep, |b, a| a.selected > b.selected)
        }
        (M::Main, A::ClearSearch) => {
            let mut prep = keys_of("/rogoz");
            prep.push(key(KeyCode::Enter));
            (prep, |b, a| b.search.is_some() && a.search.is_none())
        }
        (M::Main, A::CycleSort) => (none(), |b, a| a.sort != b.sort),
        (M::Main, A::CycleStatusFilter) => (none(), |_, a| a.status_filter.is_some()),
        (M::Main, A::CycleVerdictFilter) => (none(), |_, a| a.verdict_filter.is_some()),
        (M::Main, A::CycleTypeFilter) => (none(), |_, a| a.type_filter.is_some()),
        (M::Main, A::ToggleDueFilter) => (none(), |b, a| {
            b.due_filter.is_none() && a.due_filter.is_some()
        }),
        (M::Main, A::CommandLine) => (none(), |_, a| a.mode == Mode::Command),
        (M::Main, A::Overview) => (none(), |_, a| a.mode == Mode::Overview),
        (M::Main, A::ToggleHelp) => (none(), help),

        (M::Help, A::Down) => (none(), |b, a| a.help == b.help.map(|s| s + 1)),
        (M::Help, A::Up) => (keys_of("jj"), |b, a| a.help.map(|s| s + 1) == b.help),
        (M::Help, A::ToggleHelp) => (none(), |_, a| a.help.is_none()),

        (M::SourceText, A::NextField) => (none(), |_, a| a.field == Some(1)),
        (M::SourceText, A::PrevField) => (none(), |_, a| a.mode == Mode::SourceStance),
        (M::SourceText, A::Submit) => (keys_of("https://example.org/k"), |b, a| {
            a.evidence == b.evidence + 1 && a.mode == Mode::Main
        }),
        (M::SourceText | M::SourceStance, A::Cancel) => (none(), |b, a| {
            a.mode == Mode::Main && a.evidence == b.evidence
        }),
        (M::SourceStance, A::StanceNext) => (none(), |b, a| {
            let i = |s: Option<Stance>| Stance::ALL.iter().position(|x| Some(*x) == s);
            i(a.stance) == i(b.stance).map(|i| (i + 1) % Stance::ALL.len())
        }),
        (M::SourceStance, A::StancePrev) => (none(), |b, a| {
            let i = |s: Option<Stance>| Stance::ALL.iter().position(|x| Some(*x) == s);
            i(a.stance).map(|i| (i + 1) % Stance::ALL.len()) == i(b.stance)
        }),
        (M::SourceStance, A::AcceptSuggested) => {
            // A quote whose age differs from the claim's "55-year-old".
            let mut prep = vec![key(KeyCode::BackTab)];
            prep.extend(keys_of("The astronaut is 61 years old."));
            prep.push(key(KeyCode::Tab));
            (prep, |b, a| {
                b.stance == Some(Stance::Context) && a.stance == Some(Stance::Refutes)
            })
        }
        (M::SourceStance, A::NextField) => (none(), |_, a| a.field == Some(0)),
        (M::SourceStance, A::PrevField) => (none(), |_, a| a.field == Some(4)),
        (M::SourceStance, A::Submit) => (none(), |b, a| {
            a.evidence == b.evidence + 1 && a.mode == Mode::Main
        }),

        (M::VerdictRating, A::Down) => (none(), |b, a| a.rating != b.rating),
        (M::VerdictRating, A::Up) => (keys_of("j"), |b, a| a.rating != b.rating),
        (M::VerdictRating, A::First) => (keys_of("jj"), |_, a| a.rating.as_deref() == Some("true")),
        (M::VerdictRating, A::Last) => (none(), |_, a| a.rating.as_deref() == Some("unverifiable")),
        (M::VerdictRating, A::NextField) => (none(), |_, a| a.mode == Mode::VerdictRationale),
        (M::VerdictRating | M::VerdictRationale, A::Submit) => (none(), |b, a| {
            a.verdicts == b.verdicts + 1 && a.mode == Mode::Main
        }),
        (M::VerdictRating, A::Cancel) => (none(), |b, a| {
            a.mode == Mode::Main && a.verdicts == b.verdicts
        }),
        (M::VerdictRationale, A::LeaveField) => (none(), |_, a| a.mode == Mode::VerdictRating),

        (M::Prompt, A::Submit) => (keys_of(" (k)"), |b, a| {
            a.mode == Mode::Main && a.text == format!("{} (k)", b.text)
        }),
        (M::Prompt, A::Cancel) => (keys_of(" (k)"), |b, a| {
            a.mode == Mode::Main && a.text == b.text
        }),

        (M::Confirm, A::Submit) => (none(), |_, a| a.status == Status::Dismissed),
        (M::Confirm, A::Cancel) => (none(), |_, a| {
            a.mode == Mode::Main && a.status != Status::Dismissed
        }),

        (M::Picker, A::Down) => (none(), |b, a| a.picker == b.picker.map(|i| i + 1)),
        (M::Picker, A::Up) => (keys_of("j"), |b, a| a.picker.map(|i| i + 1) == b.picker),
        (M::Picker, A::First) => (keys_of("j"), |_, a| a.picker == Some(0)),
        (M::Picker, A::Last) => (none(), |_, a| a.picker == Some(1)),
        (M::Picker, A::Submit) => (none(), |_, a| a.mode == Mode::Confirm),
        (M::Picker, A::Cancel) => (none(), closed),
        // `d` dismisses precedents only (tests/tui_reducer.rs): the evidence picker stays as it was.
        (M::Picker, A::Dismiss) => (keys_of("j"), |b, a| {
            a.mode == Mode::Picker && a.picker == b.picker && a.evidence == b.evidence
        }),

        (M::Log, A::Down) => (none(), |b, a| a.log == b.log.map(|i| i + 1)),
        (M::Log, A::Up) => (keys_of("j"), |b, a| a.log.map(|i| i + 1) == b.log),
        (M::Log, A::First) => (keys_of("j"), |_, a| a.log == Some(0)),
        (M::Log, A::Last) => (none(), |_, a| a.log.is_some_and(|i| i > 0)),
        (M::Log, A::Cancel) => (none(), closed),

        (M::Overview, A::Cancel) => (none(), closed),

        (M::Main, A::CheckFindings) => (none(), |_, a| a.mode == Mode::Findings),
        (M::Findings, A::Down) => (none(), |b, a| {
            a.finding.map(|f| f.0) == b.finding.map(|f| f.0 + 1)
        }),
        (M::Findings, A::Up) => (keys_of("j"), |b, a| {
            a.finding.map(|f| f.0 + 1) == b.finding.map(|f| f.0)
        }),
        (M::Findings, A::First) => (keys_of("j"), |_, a| a.finding.map(|f| f.0) == Some(0)),
        (M::Findings, A::Last) => (none(), |_, a| a.finding.is_some_and(|f| f.0 > 0)),
        (M::Findings, A::Submit) => (none(), |b, a| {
            a.mode == Mode::Main && a.selected != b.selected
        }),
        (M::Findings, A::Dismiss) => (none(), |b, a| {
            a.finding.map(|f| f.1 + 1) == b.finding.map(|f| f.1)
        }),
        (M::Findings, A::Cancel) => (none(), closed),

        (M::Search, A::Submit) => (keys_of("rogoz"), |_, a| {
            a.mode == Mode::Main && a.search.as_ref().is_some_and(|s| !s.0)
        }),
        (M::Search, A::NextMatch) => (keys_of("rogoz"), |b, a| a.selected > b.selected),
        (M::Search, A::PrevMatch) => (keys_of("rogoz"), |b, a| a.selected > b.selected),
        (M::Search, A::Cancel) => (keys_of("rogoz"), |_, a| {
            a.search.is_none() && a.mode == Mode::Main
        }),

        (M::Command, A::Submit) => (keys_of("reviewer kim"), |_, a| a.reviewer == "kim"),
        (M::Command, A::Cancel) => (keys_of("reviewer kim"), |_, a| {
            a.mode == Mode::Main && a.reviewer == "tester"
        }),

        (M::Main, A::FilterMenu) => (none(), |_, a| a.mode == Mode::Picker),
        (M::Main, A::FilterMine) => (none(), |_, a| a.mine),
        (M::Main, A::Assign) => (none(), |_, a| a.mode == Mode::Prompt),
        (M::Main, A::StartSelect) => (none(), |_, a| {
            a.mode == Mode::Visual && a.selection.as_ref().is_some_and(|r| r.len() == 1)
        }),
        (M::Visual, A::SelectCharNext) => (none(), |b, a| sel_len(a) == sel_len(b) + 1),
        (M::Visual, A::SelectCharPrev) => (keys_of("ll"), |b, a| sel_len(a) + 1 == sel_len(b)),
        (M::Visual, A::SelectWordNext | A::SelectSentenceNext) => {
            (none(), |b, a| sel_len(a) > sel_len(b))
        }
        (M::Visual, A::SelectWordPrev) => (keys_of("ww"), |b, a| sel_len(a) < sel_len(b)),
        (M::Visual, A::SelectSentencePrev) => (keys_of("))"), |b, a| sel_len(a) < sel_len(b)),
        (M::Visual, A::SelectSwap) => (keys_of("w"), |b, a| {
            a.selection == b.selection && a.cursor != b.cursor
        }),
        (M::Visual, A::SelectToClaim) => (keys_of("w"), |b, a| {
            a.mode == Mode::Main && a.claims == b.claims + 1
        }),
        (M::Visual, A::SelectAsParts) => (keys_of("w"), |b, a| {
            a.mode == Mode::Main && a.parts != b.parts && a.parts.len() == 1
        }),
        (M::Visual, A::SelectAddPart) => (keys_of("w"), |b, a| {
            a.mode == Mode::Main && a.version == b.version + 1
        }),
        (M::Visual, A::Cancel) => (keys_of("w"), |_, a| {
            a.mode == Mode::Main && a.selection.is_none()
        }),

        (M::Global, A::Interrupt) => (none(), |_, a| a.quit),
        (M::Global, A::Suspend) => (none(), |b, a| !b.suspend && a.suspend && !a.quit),
        _ => return None,
    })
}

/// A database with the fixture and two sources on its first claim (so there is evidence to pick
/// and a log to scroll), built once; each key gets a copy.
fn prepared_db() -> (tempfile::TempDir, std::path::PathBuf, i64) {
    let (dir, mut app) = fixture_app();
    let first = app.list()[0].id;
    add_source(&mut app, "https://one.example/a");
    add_source(&mut app, "https://two.example/b");
    drop(app);
    let path = dir.path().join("claimdesk.db");
    (dir, path, first)
}

fn app_on_copy(db: &Path) -> (tempfile::TempDir, Workbench) {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("claimdesk.db");
    std::fs::copy(db, &copy).unwrap();
    let store = Store::open(&copy).unwrap();
    let article = store.articles().unwrap()[0].id;
    let mut app = Workbench::new(
        store,
        "tester".into(),
        Some(article),
        Scale::default(),
        Theme::default(),
    )
    .unwrap();
    app.update(Action::Resize(120, 40));
    (dir, app)
}

/// Every key the help lists, in every mode, does what its line in the help says: the key table
/// is checked against these expectations, so a new row without a test fails here.
#[test]
fn every_key_in_the_help_does_what_it_says() {
    let (_db_dir, db, first) = prepared_db();
    let keymap = Keymap::default();
    let mut untested = Vec::new();
    for mode in Mode::ALL {
        for binding in keymap.bindings(mode) {
            let Some((prep, check)) = expectation(mode, &binding.action) else {
                untested.push(format!("{mode:?} {:?}", binding.action));
                continue;
            };
            for k in &binding.keys {
                let (_dir, mut app) = app_on_copy(&db);
                assert_eq!(app.selected_row().unwrap().id, first);
                enter_mode(&mut app, mode);
                if mode == Mode::SourceStance {
                    // The stance of a form whose URL is filled in.
                    press(&mut app, &[key(KeyCode::Tab)]);
                    type_text(&mut app, "https://example.org/s");
                    press(&mut app, &[key(KeyCode::BackTab)]);
                }
                press(&mut app, &prep);
                let before = seen(&app, first);
                app.handle_key(k.event());
                let after = seen(&app, first);
                assert!(
                    check(&before, &after),
                    "{} in {mode:?} should {}:\nbefore {before:?}\nafter {after:?}",
                    k.label(),
                    binding.help
                );
            }
        }
    }
    assert!(
        untested.is_empty(),
        "rows without a state test: {untested:?}"
    );
}

fn prompt_error_text(app: &Workbench) -> String {
    popup_error(app).unwrap_or_else(|| panic!("no error in the popup"))
}

#[test]
fn plus_adds_a_claim_from_words_of_the_article_or_offsets_and_selects_it() {
    let (_dir, mut app) = fixture_app();
    let before = app.list_len();
    let article = app.selected_row().unwrap().article_id;
    let text = app.store().article_text(article).unwrap();
    // A filter that will hide the new claim: it is cleared so the claim can be selected.
    press(&mut app, &[ch('f'), ch('j'), ch('j'), key(KeyCode::Enter)]);
    assert_eq!(app.status_filter(), Some(Status::InReview));

    press(&mut app, &[ch('+')]);
    assert_eq!(app.mode(), Mode::Prompt);
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(popup_error(&app).is_some(), "an empty span is refused");
    type_text(&mut app, "a moon base on Mars");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(prompt_error_text(&app).contains("does not occur in article"));
    for _ in 0.."a moon base on Mars".len() {
        press(&mut app, &[key(KeyCode::Backspace)]);
    }
    type_text(&mut app, "International Space Station");
    press(&mut app, &[key(KeyCode::Enter)]);
    let e = prompt_error_text(&app);
    assert!(e.contains("occurs") && e.contains("times"), "{e}");
    assert_eq!(app.list_len(), 0, "nothing was added");
    for _ in 0.."International Space Station".len() {
        press(&mut app, &[key(KeyCode::Backspace)]);
    }
    let quote = "He even took the time to film a chilling video";
    type_text(&mut app, quote);
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(app.popup().is_none(), "{:?}", popup_error(&app));

    let row = app.selected_row().unwrap().clone();
    assert_eq!(&*row.text, quote);
    assert_eq!(
        app.status_filter(),
        None,
        "the filter that hid it is cleared"
    );
    assert_eq!(app.list_len(), before + 1);
    let start = text[..text.find(quote).unwrap()].chars().count();
    let claim = app.store().claim(row.id).unwrap().claim;
    assert_eq!(
        (claim.start, claim.end),
        (start, start + quote.chars().count())
    );
    assert_eq!(claim.origin, "manual");
    assert_eq!(
        claim.sentence,
        claimdesk::extract::sentence_index_at(&text, start)
    );
    assert_eq!(app.detail().map(|d| d.claim.id), Some(row.id));
    assert!(matches!(app.message(), Some(Message::Info(m)) if m.contains("added")));
    press(&mut app, &[ch('u')]);
    assert!(matches!(app.message(), Some(Message::Error(e)) if e.contains("cannot be undone")));

    // START..END in characters.
    press(&mut app, &[ch('+')]);
    type_text(&mut app, "0..8");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(app.popup().is_none(), "{:?}", popup_error(&app));
    assert_eq!(&*app.selected_row().unwrap().text, "A video");
    assert_eq!(app.list_len(), before + 2);
    // Offsets outside the article: the store's sentence, in the popup.
    press(&mut app, &[ch('+')]);
    type_text(&mut app, "5..999999");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(prompt_error_text(&app).contains("not inside"));
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.list_len(), before + 2);
}

#[test]
fn the_source_form_takes_publisher_and_archive_and_checks_urls_as_you_leave_them() {
    let (_dir, mut app) = fixture_app();
    let id = app.list()[0].id;
    press(&mut app, &[ch('a')]);
    type_text(&mut app, "nasa.gov/record");
    press(&mut app, &[key(KeyCode::Tab)]);
    let form = source_form(&app);
    assert_eq!(form.focused_field(), 1, "Tab moves on");
    assert_eq!(form.invalid, Some(0));
    let e = form.error.clone().unwrap();
    assert!(e.contains("not a valid URL"), "the store's sentence: {e}");
    // Fixing it clears the flag as you type.
    press(&mut app, &[key(KeyCode::BackTab), key(KeyCode::Home)]);
    type_text(&mut app, "https://");
    assert_eq!(source_form(&app).invalid, None);
    assert_eq!(source_form(&app).error, None);

    press(&mut app, &[key(KeyCode::Tab), key(KeyCode::Tab)]);
    type_text(&mut app, "NASA");
    press(&mut app, &[key(KeyCode::Tab)]);
    type_text(&mut app, "ftp://archive.example/x");
    press(&mut app, &[key(KeyCode::Tab)]);
    let form = source_form(&app);
    assert_eq!(form.invalid, Some(3));
    assert!(form.error.as_deref().unwrap().starts_with("Archive URL:"));
    // Saving is refused before the store is asked, and the archive field takes the cursor.
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(source_form(&app).focused_field(), 3);
    assert!(app.store().claim(id).unwrap().evidence.is_empty());
    for _ in 0.."ftp://archive.example/x".len() {
        press(&mut app, &[key(KeyCode::Backspace)]);
    }
    type_text(
        &mut app,
        "HTTPS://Web.Archive.org/web/2022/nasa.gov/record#top",
    );
    assert_eq!(source_form(&app).invalid, None);
    press(&mut app, &[key(KeyCode::Enter)]);
    assert!(app.popup().is_none());
    let e = &app.store().claim(id).unwrap().evidence[0];
    assert_eq!(e.source.url, "https://nasa.gov/record");
    assert_eq!(e.source.publisher.as_deref(), Some("NASA"));
    assert_eq!(
        e.source.archive_url.as_deref(),
        Some("https://web.archive.org/web/2022/nasa.gov/record")
    );
}

/// The article pane on the 120x40 screen these tests draw.
fn article_rect() -> ratatui::layout::Rect {
    claimdesk::tui::view::layout(ratatui::layout::Rect::new(0, 0, 120, 40), Focus::Article)
        .and_then(|s| s.article)
        .unwrap()
}

/// Where `needle` is drawn in the article pane (x from `left`, inside its border), if on one line.
fn find_on_screen(app: &Workbench, needle: &str, left: u16) -> Option<(u16, u16)> {
    use ratatui::widgets::Widget;
    let area = ratatui::layout::Rect::new(0, 0, 120, 40);
    let pane = article_rect();
    let mut buf = ratatui::buffer::Buffer::empty(area);
    app.app().render(area, &mut buf);
    (pane.y + 1..pane.y + pane.height - 1).find_map(|y| {
        let row: String = (left..pane.x + pane.width - 1)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        row.find(needle)
            .map(|b| (left + row[..b].chars().count() as u16, y))
    })
}

#[test]
fn a_click_on_a_claim_in_the_article_selects_it_where_it_is() {
    let (_dir, mut app) = fixture_app();
    // The article pane's left border.
    let left = article_rect().x;
    let target = app.list()[1].clone();
    let words: String = target.text.chars().take(12).collect();
    // The article focused and scrolled by a line: the click maps through the scroll.
    press(&mut app, &[key(KeyCode::Tab)]);
    press(&mut app, &[ch('j')]);
    let (x, y) = find_on_screen(&app, &words, left).expect("the next claim is on screen");
    let scroll = app.article_scroll();
    app.update(Action::Click(x + 3, y - 1));
    // The line above is in the first claim or between the two; either way not the second.
    assert_ne!(app.selected_row().unwrap().id, target.id);
    assert_eq!(app.article_scroll(), scroll);
    app.update(Action::Click(x + 3, y));
    assert_eq!(app.selected_row().unwrap().id, target.id);
    assert_eq!(app.focus(), Focus::Article);
    assert_eq!(app.article_scroll(), scroll, "the article does not jump");
    assert_eq!(app.detail().unwrap().claim.id, target.id);
    // On the pane's border nothing is selected.
    app.update(Action::Click(left, y));
    assert_eq!(app.selected_row().unwrap().id, target.id);
}

#[test]
fn a_click_on_a_claim_the_filters_hide_clears_them() {
    let (_dir, mut app) = fixture_app();
    let left = article_rect().x;
    let target = app.list()[1].clone();
    let words: String = target.text.chars().take(12).collect();
    let first = app.list()[0].id;
    // Only the first claim passes the filter (it has evidence).
    add_source(&mut app, "https://one.example/a");
    press(&mut app, &[ch('f'), ch('j'), ch('j'), key(KeyCode::Enter)]);
    assert_eq!(app.list_len(), 1);
    assert_eq!(app.selected_row().unwrap().id, first);
    let (x, y) = find_on_screen(&app, &words, left).expect("the next claim is on screen");
    app.update(Action::Click(x + 3, y));
    assert_eq!(app.status_filter(), None);
    assert_eq!(app.selected_row().unwrap().id, target.id);
}

#[test]
fn the_add_source_form_suggests_a_stance_from_the_quote_and_s_takes_it() {
    let (_dir, mut app) = fixture_app();
    let id = select_containing(&mut app, "first space flight took place in 2018");
    press(&mut app, &[ch('a')]);
    type_text(&mut app, "https://www.nasa.gov/bio\t\t\t\t");
    type_text(&mut app, "He launched on Sept. 25, 2017.");
    press(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.mode(), Mode::SourceStance);
    let form = source_form(&app);
    assert_eq!(
        form.stance,
        Stance::Context,
        "a suggestion is not taken unasked"
    );
    let suggestion = form.suggestion.as_ref().expect("a suggestion");
    assert_eq!(suggestion.stance, Some(Stance::Refutes));
    press(&mut app, &[ch('s')]);
    assert_eq!(source_form(&app).stance, Stance::Refutes);
    press(&mut app, &[key(KeyCode::Enter)]);
    let detail = app.store().claim(id).unwrap();
    assert_eq!(detail.evidence[0].stance, Stance::Refutes);
}

#[test]
fn a_search_finds_the_article_text_and_n_in_the_article_pane_walks_its_hits() {
    let (_dir, mut app) = fixture_app();
    press(&mut app, &[ch('/')]);
    type_text(&mut app, "rogozin");
    press(&mut app, &[key(KeyCode::Enter)]);
    let article = app.selected_row().unwrap().article_id;
    let text = app.store().article_text(article).unwrap();
    let expected = text.to_lowercase().matches("rogozin").count();
    let search = app.search().unwrap();
    assert_eq!(search.hits.len(), expected);
    assert!(expected > 2, "the fixture names Rogozin often");
    let hits = search.hits.clone();
    for h in &hits {
        let found: String = text.chars().skip(h.start).take(h.len()).collect();
        assert_eq!(found.to_lowercase(), "rogozin");
    }

    // In the article pane, n goes from hit to hit and selects the claim there.
    press(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.focus(), Focus::Article);
    press(&mut app, &[ch('n')]);
    let first = app.search().unwrap().hit.unwrap();
    press(&mut app, &[ch('n')]);
    let second = app.search().unwrap().hit.unwrap();
    assert_eq!(second, (first + 1) % hits.len());
    assert!(
        matches!(app.message(), Some(Message::Info(m)) if m.contains(&format!("{} of {}", second + 1, hits.len())))
    );
    let pos = hits[second].start;
    if let Some(row) = app.selected_row() {
        assert!(row.start <= pos, "the claim at the hit is selected");
    }
    assert!(app.article_scroll().is_some());
    press(&mut app, &[ch('N')]);
    assert_eq!(app.search().unwrap().hit, Some(first));
}

#[test]
fn assigning_with_at_filters_mine_and_fills_the_overview_queue() {
    let (_dir, mut app) = fixture_app();
    let id = app.selected_row().unwrap().id;
    press(&mut app, &[ch('@')]);
    assert_eq!(app.mode(), Mode::Prompt);
    // The field holds the reviewer at the desk: Enter assigns to them.
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.mode(), Mode::Main);
    let claim = app.store().claim(id).unwrap();
    assert_eq!(claim.claim.assignee.as_deref(), Some("tester"));

    press(&mut app, &[ch('M')]);
    assert!(app.mine());
    assert_eq!(app.list_len(), 1);
    assert_eq!(app.selected_row().unwrap().id, id);
    press(&mut app, &[ch('O')]);
    let overview = app
        .popup_as::<claimdesk::tui::popups::overview::Overview>()
        .expect("the overview is open");
    assert_eq!(
        overview.overall.by_assignee,
        vec![("tester".to_string(), 1, 1)]
    );
    press(&mut app, &[key(KeyCode::Esc)]);

    // Undo takes the assignment back; M again shows every claim.
    press(&mut app, &[ch('M'), ch('u')]);
    assert!(!app.mine());
    assert_eq!(app.store().claim(id).unwrap().claim.assignee, None);
}

#[test]
fn a_place_whose_claim_is_gone_falls_back_to_its_article() {
    let (_dir, mut app) = fixture_app();
    press(&mut app, &[ch('j'), ch('j'), ch('o')]);
    let mut place = app.place();
    assert_eq!(place.sort, "score");
    let article = place.article.unwrap();
    place.claim = Some(999_999);
    place.status = Some("dismissed".into());
    let (_dir2, mut fresh) = fixture_app();
    fresh.restore_place(&place);
    // The sort is back; the filter no claim passes is dropped; the article's first claim.
    assert_eq!(fresh.sort(), claimdesk::tui::Sort::Score);
    assert_eq!(fresh.status_filter(), None);
    assert_eq!(fresh.selected_row().unwrap().article_id, article);
}

#[test]
fn c_shows_the_articles_findings_enter_goes_to_the_claim_and_d_dismisses_it() {
    use claimdesk::tui::popups::findings::Findings;
    let (_dir, mut app) = fixture_app();
    press(&mut app, &[ch('C')]);
    assert_eq!(app.mode(), Mode::Findings);
    let popup = app.app().popup_as::<Findings>().unwrap();
    let open: Vec<_> = popup.items.iter().filter(|c| c.is_open()).collect();
    assert_eq!(open.len(), 1, "the 2017/2018 contradiction only");
    assert_eq!(open[0].finding.values, ["2017", "2018"]);
    let first = open[0].finding.claims[0];
    // Enter: the finding's first claim is selected, and marked as having an open finding.
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.mode(), Mode::Main);
    assert_eq!(app.app().selected_row().unwrap().id, first);
    assert!(app.app().ctx().finding_claims.contains(&first));
    // d dismisses it: remembered in the database, and no longer open.
    press(&mut app, &[ch('C'), ch('d')]);
    let popup = app.app().popup_as::<Findings>().unwrap();
    assert!(popup.items.iter().all(|c| !c.is_open()));
    assert!(popup.items.iter().any(|c| c.dismissed));
    assert!(!app.app().ctx().finding_claims.contains(&first));
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode(), Mode::Main);
}

/// The terminal's start: over several articles, the first frame has only the first article's
/// rows (counts marked "…"); `read_rest` reads every row and keeps the claim selected. A place
/// in another article starts from that article's rows, its claim selected; a place with a filter
/// reads every row first.
#[test]
fn the_first_frame_reads_one_article_and_the_rest_follows() {
    use claimdesk::desk::Desk;
    use claimdesk::tui::place::Place;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("claimdesk.db");
    let mut store = Store::open(&db).unwrap();
    let doc = claimdesk::ingest::read(Path::new("fixtures/vande-hei-soyuz.txt")).unwrap();
    let extraction = claimdesk::extract::extract(&doc.text, NaiveDate::from_ymd_opt(2022, 3, 13));
    let mut articles = Vec::new();
    for n in 0..3 {
        let new = NewArticle {
            title: format!("copy {n}"),
            // Each its own article (the same text would be the same article again).
            text: format!("{}\n\nCopy {n}.", doc.text),
            ..NewArticle::default()
        };
        articles.push(store.import(&new, &extraction, "tester").unwrap().0.id);
    }
    drop(store);
    let open = |place: Option<&Place>| {
        let desk = Desk::open_with(
            &db,
            claimdesk::store::OpenMode::Existing,
            claimdesk::config::Config::default(),
            "tester",
        )
        .unwrap();
        let mut app = Workbench::open_first(desk, None, Theme::default(), place).unwrap();
        app.update(Action::Resize(120, 40));
        app
    };

    let mut app = open(None);
    assert!(app.ctx().loading);
    assert!(app.rows().iter().all(|r| r.article_id == articles[0]));
    let per_article = app.rows().len();
    assert!(per_article > 3);
    press(&mut app, &[ch('j')]);
    let selected = app.selected_row().unwrap().id;
    assert!(app.read_rest());
    assert!(!app.ctx().loading);
    assert_eq!(app.rows().len(), 3 * per_article);
    assert_eq!(app.selected_row().unwrap().id, selected);
    assert!(!app.read_rest(), "once");

    // A place in the third article: its rows first, its claim selected, kept after the rest.
    press(&mut app, &[ch('}'), ch('}'), ch('j'), ch('j')]);
    let place = app.place();
    assert_eq!(place.article, Some(articles[2]));
    let mut back = open(Some(&place));
    assert!(back.ctx().loading);
    assert_eq!(back.selected_row().unwrap().id, place.claim.unwrap());
    assert!(back.read_rest());
    assert_eq!(back.rows().len(), 3 * per_article);
    assert_eq!(back.selected_row().unwrap().id, place.claim.unwrap());

    // A filter needs every row to count and pick from: all read before the first frame.
    let filtered = Place {
        status: Some("new".into()),
        ..place
    };
    let mut all = open(Some(&filtered));
    assert!(!all.ctx().loading);
    assert_eq!(all.rows().len(), 3 * per_article);
    assert!(!all.read_rest());
}

/// `u` takes an article's correction back too: the date as it was, its relative dates resolved
/// again, and the workbench reads it all again (the detail shows the values as they are).
#[test]
fn u_takes_an_article_edit_back_and_the_workbench_reads_it_again() {
    let (_dir, mut app) = fixture_app();
    let article = app.selected_row().unwrap().article_id;
    let dates = |app: &Workbench| article_values(app, article);
    let before = dates(&app);
    press(&mut app, &[ch(':')]);
    type_text(&mut app, "set published 2022-04-13");
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_ne!(dates(&app), before);
    press(&mut app, &[ch('u')]);
    assert!(
        matches!(app.message(), Some(Message::Info(m)) if m.contains("article edited")),
        "{:?}",
        app.message()
    );
    assert_eq!(dates(&app), before);
    assert_eq!(
        app.store().article(article).unwrap().published.as_deref(),
        Some("2022-03-13")
    );
    let shown = app.detail().unwrap();
    assert_eq!(
        shown.values,
        app.store().claim(shown.claim.id).unwrap().values,
        "the detail was read again"
    );
}
