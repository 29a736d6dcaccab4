//! The workbench's reducer without a database: state built from plain rows, keys pressed, and the
//! effects it asks for checked; outcomes are fed back by hand, as the executor would.

use claimdesk::model::{Article, ClaimCore, ClaimDetail, Scale, Status, Verdict};
use claimdesk::store::search::ClaimRow;
use claimdesk::tui::effects::{Change, Effect, Outcome, Refresh, Rows};
use claimdesk::tui::popups::confirm::Confirm;
use claimdesk::tui::popups::verdict::VerdictForm;
use claimdesk::tui::{Action, App, Message, Mode, Theme};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const TEXT: &str = "The tower is 300 metres tall. It opened in 1889. Revenue rose 12% in 2021.";

fn article() -> Article {
    Article {
        id: 1,
        title: "Towers".into(),
        url: None,
        author: None,
        published: None,
        imported_at: "2026-01-01T00:00:00Z".into(),
        sha256: String::new(),
        claim_count: 3,
        reviewed: 0,
    }
}

/// The claims of `TEXT`, one a sentence.
fn rows() -> Vec<ClaimRow> {
    [(1, 0, 29), (2, 30, 48), (3, 49, 75)]
        .into_iter()
        .map(|(id, start, end)| ClaimRow {
            id,
            article_id: 1,
            start,
            end,
            status: Status::New,
            score: 0.5,
            rating: None,
            evidence: 0,
            text: TEXT.chars().skip(start).take(end - start).collect(),
            claimant: None,
            kind: claimdesk::extract::ClaimType::Other,
            // Claim 2 is a dated prediction whose day has long come.
            recheck_on: (id == 2).then(|| chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()),
            assignee: None,
        })
        .collect()
}

fn detail(id: i64, version: i64) -> ClaimDetail {
    let row = rows().into_iter().find(|r| r.id == id).unwrap();
    ClaimDetail {
        claim: ClaimCore {
            id,
            article_id: 1,
            text: row.text.to_string(),
            start: row.start,
            end: row.end,
            sentence: id as usize - 1,
            score: 0.5,
            status: Status::New,
            cues: vec![],
            subject: None,
            origin: "extracted".into(),
            dismissed_reason: None,
            conflict: None,
            created_at: "2026-01-01T00:00:00Z".into(),
            updated_at: "2026-01-01T00:00:00Z".into(),
            version,
            parts: vec![[row.start, row.end]],
            claimant: None,
            kind: claimdesk::extract::ClaimType::Other,
            appearances: vec![[row.start, row.end]],
            recheck_on: None,
            assignee: None,
        },
        values: vec![],
        verdict: None,
        evidence: vec![],
        verdicts: vec![],
        more_values: 0,
        panel: None,
    }
}

/// The app over `rows()`, its first read answered: claim 1 at version 3, the article's text.
fn app() -> App {
    let (mut app, effects) = App::new(
        vec![article()],
        rows(),
        Some(1),
        "tester".into(),
        Scale::default(),
        Theme::default(),
    );
    assert!(matches!(
        effects.as_slice(),
        [
            Effect::LoadDetail { claim: 1 },
            Effect::LoadText { article: 1 }
        ]
    ));
    app.update(claimdesk::tui::Action::Resize(120, 40));
    answer(&mut app, detail_of(1, 3));
    answer(
        &mut app,
        Outcome::Text {
            article: 1,
            text: Ok(TEXT.into()),
            values: Ok(vec![]),
            spans: Ok(vec![]),
            open_findings: vec![],
        },
    );
    app
}

/// The workbench with `[triage]` set: preset dismissal reasons, and whether a decision moves on.
fn app_with(reasons: &[&str], advance: bool) -> App {
    let mut config = claimdesk::config::Config::default();
    config.triage.reasons = reasons.iter().map(|r| r.to_string()).collect();
    config.triage.advance = advance;
    app().with_config(config)
}

fn detail_of(id: i64, version: i64) -> Outcome {
    Outcome::Detail {
        claim: id,
        detail: Ok(detail(id, version)),
    }
}

/// Feed an outcome back; the reducer asks for nothing more.
fn answer(app: &mut App, outcome: Outcome) {
    let more = app.done(outcome);
    assert!(more.is_empty(), "unexpected effects: {more:?}");
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

/// Press keys; every one but the last asks for nothing. The last one's effects are returned.
fn press(app: &mut App, keys: &[KeyEvent]) -> Vec<Effect> {
    let (last, before) = keys.split_last().unwrap();
    for k in before {
        let effects = app.handle_key(*k);
        assert!(effects.is_empty(), "{k:?} asked for {effects:?}");
    }
    app.handle_key(*last)
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        assert!(app.handle_key(ch(c)).is_empty());
    }
}

fn saved(change: Change, id: i64, version: i64) -> Outcome {
    let mut row = rows().into_iter().find(|r| r.id == id).unwrap();
    row.status = Status::InReview;
    Outcome::Saved {
        change,
        refresh: Refresh {
            claim: id,
            rows: Ok(Rows::One(row)),
            detail: Some(detail(id, version)),
        },
    }
}

#[test]
fn v_a_rating_a_rationale_and_save_ask_for_the_verdict_guarded_by_the_version() {
    let mut app = app_with(&[], false);
    assert!(press(&mut app, &[ch('v')]).is_empty());
    assert_eq!(app.mode(), Mode::VerdictRating);
    press(&mut app, &[ch('j'), key(KeyCode::Tab)]);
    type_text(&mut app, "NASA says so");
    let effects = press(
        &mut app,
        &[KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)],
    );
    match effects.as_slice() {
        [
            Effect::AddVerdict {
                claim: 1,
                rating,
                rationale,
                expected_version: Some(3),
            },
        ] => {
            assert_eq!(rating, "mostly-true");
            assert_eq!(rationale, "NASA says so");
        }
        other => panic!("expected one AddVerdict, got {other:?}"),
    }
    // The form stays open until the write is answered.
    assert!(app.popup_as::<VerdictForm>().is_some());
    let more = app.done(saved(
        Change::Verdict {
            claim: 1,
            rating: "mostly-true".into(),
        },
        1,
        4,
    ));
    assert!(app.popup().is_none());
    assert!(matches!(app.message(), Some(Message::Info(_))));
    assert_eq!(app.detail().map(|d| d.claim.version), Some(4));
    // The list shows the claim as read again; its detail is read once more on reselection.
    assert_eq!(app.selected_row().map(|r| r.status), Some(Status::InReview));
    assert!(
        more.iter()
            .all(|e| matches!(e, Effect::LoadDetail { claim: 1 }))
    );
    // `u` asks the desk, which keeps the stack (a verdict there says it is append-only).
    assert!(matches!(
        press(&mut app, &[ch('u')]).as_slice(),
        [Effect::Undo]
    ));
}

#[test]
fn a_stale_write_keeps_the_form_open_with_the_sentence_and_the_new_version() {
    let mut app = app();
    press(&mut app, &[ch('v')]);
    let first = press(&mut app, &[key(KeyCode::Enter)]);
    assert!(matches!(
        first.as_slice(),
        [Effect::AddVerdict {
            expected_version: Some(3),
            ..
        }]
    ));
    let refresh = Refresh {
        claim: 1,
        rows: Ok(Rows::One(rows().remove(0))),
        detail: Some(detail(1, 7)),
    };
    app.done(Outcome::Refused {
        sentence: "claim 1 was changed by bob".into(),
        refresh: Some(refresh),
    });
    let form = app.popup_as::<VerdictForm>().expect("the form stays open");
    assert_eq!(form.error.as_deref(), Some("claim 1 was changed by bob"));
    assert_eq!(form.version, Some(7));
    let again = press(&mut app, &[key(KeyCode::Enter)]);
    assert!(matches!(
        again.as_slice(),
        [Effect::AddVerdict {
            expected_version: Some(7),
            ..
        }]
    ));
}

#[test]
fn moving_asks_for_the_detail_only_and_scrolling_asks_for_nothing() {
    let mut app = app();
    let effects = press(&mut app, &[ch('j')]);
    assert!(
        matches!(effects.as_slice(), [Effect::LoadDetail { claim: 2 }]),
        "the article's text is loaded already: {effects:?}"
    );
    assert!(app.detail().is_none(), "not read yet");
    answer(&mut app, detail_of(2, 1));
    assert_eq!(app.detail().map(|d| d.claim.id), Some(2));
    // An answer for a claim no longer selected is dropped.
    answer(&mut app, detail_of(1, 3));
    assert_eq!(app.detail().map(|d| d.claim.id), Some(2));
    // The detail and article panes scroll without a read.
    for k in [
        key(KeyCode::Tab),
        ch('j'),
        ch('G'),
        key(KeyCode::Tab),
        ch('j'),
        ch('G'),
    ] {
        assert!(app.handle_key(k).is_empty());
    }
}

#[test]
fn a_dismissal_asks_for_a_reason_and_a_yes_and_undo_restores_it() {
    let mut app = app_with(&[], false);
    press(&mut app, &[ch('d')]);
    type_text(&mut app, "opinion");
    assert!(press(&mut app, &[key(KeyCode::Enter)]).is_empty());
    assert!(app.popup_as::<Confirm>().is_some());
    let effects = press(&mut app, &[ch('y')]);
    match effects.as_slice() {
        [
            Effect::Dismiss {
                claim: 1,
                reason,
                expected_version: Some(3),
            },
        ] => assert_eq!(reason, "opinion"),
        other => panic!("expected Dismiss, got {other:?}"),
    }
    app.done(saved(
        Change::Dismissed {
            claim: 1,
            version: 4,
        },
        1,
        4,
    ));
    assert!(app.popup().is_none());
    // The desk keeps the undo stack: u asks it to take the last change back, each time.
    let undo = press(&mut app, &[ch('u')]);
    assert!(matches!(undo.as_slice(), [Effect::Undo]));
    assert!(matches!(
        press(&mut app, &[ch('U')]).as_slice(),
        [Effect::Redo]
    ));
}

#[test]
fn typing_a_search_asks_for_it_and_the_answer_selects_the_first_match() {
    let mut app = app();
    press(&mut app, &[ch('/')]);
    let effects = app.handle_key(ch('r'));
    assert!(matches!(
        effects.as_slice(),
        [Effect::Search { query, article: Some(1) }] if query == "r"
    ));
    let more = app.done(Outcome::Searched {
        query: "r".into(),
        ids: Ok(vec![3]),
    });
    assert_eq!(app.selected_row().map(|r| r.id), Some(3));
    assert!(matches!(more.as_slice(), [Effect::LoadDetail { claim: 3 }]));
    // An answer to a query typed over since is dropped.
    app.handle_key(ch('e'));
    assert!(
        app.done(Outcome::Searched {
            query: "r".into(),
            ids: Ok(vec![1]),
        })
        .is_empty()
    );
    assert_eq!(app.selected_row().map(|r| r.id), Some(3));
}

#[test]
fn the_command_line_asks_for_an_export_of_the_selected_claims_article() {
    let mut app = app();
    press(&mut app, &[ch(':')]);
    type_text(&mut app, "export csv out dir/report.csv");
    let effects = press(&mut app, &[key(KeyCode::Enter)]);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Export { path, article: 1, .. }] if path == "out dir/report.csv"
    ));
    answer(&mut app, Outcome::Info("exported".into()));
    assert_eq!(app.message(), Some(&Message::Info("exported".into())));
    // A mistake is one sentence, and nothing is asked for.
    press(&mut app, &[ch(':')]);
    type_text(&mut app, "export pdf x.pdf");
    assert!(press(&mut app, &[key(KeyCode::Enter)]).is_empty());
    assert!(matches!(app.message(), Some(Message::Error(_))));
}

#[test]
fn ctrl_z_asks_to_suspend_everywhere_and_the_request_is_taken_once() {
    let mut app = app();
    let ctrl_z = KeyEvent::new(KeyCode::Char('z'), KeyModifiers::CONTROL);
    assert_eq!(app.action_for(&ctrl_z), Some(Action::Suspend));
    assert!(
        app.handle_key(ctrl_z).is_empty(),
        "suspending reads nothing"
    );
    assert!(app.take_suspend());
    assert!(!app.take_suspend(), "one request, one suspension");
    assert!(!app.should_quit());
    // In a text field too (the search), Ctrl-Z suspends rather than types.
    press(&mut app, &[ch('/')]);
    assert_eq!(app.mode(), Mode::Search);
    assert_eq!(app.action_for(&ctrl_z), Some(Action::Suspend));
    // The help lists it.
    let help = app
        .keymap()
        .bindings(Mode::Global)
        .any(|b| b.action == Action::Suspend && b.help.contains("suspend"));
    assert!(help, "the help shows Ctrl-Z");
}

#[test]
fn removing_the_evidence_a_verdict_needs_says_so_before_it_happens() {
    use claimdesk::model::{Evidence, Source, Stance};
    let mut app = app();
    let mut d = detail(1, 3);
    d.claim.status = Status::Reviewed;
    d.evidence = vec![Evidence {
        id: 7,
        claim_id: 1,
        source: Source {
            id: 1,
            url: "https://www.nasa.gov/a".into(),
            title: None,
            publisher: None,
            accessed: None,
            archive_url: None,
        },
        quote: None,
        stance: Stance::Supports,
        note: None,
        reviewer: "tester".into(),
        at: "2026-01-01T00:00:00Z".into(),
        uid: "e7".into(),
        suggestion_dismissed: false,
    }];
    let verdict = Verdict {
        id: 1,
        claim_id: 1,
        rating: "mostly-true".into(),
        rationale: String::new(),
        reviewer: "tester".into(),
        at: "2026-01-01T00:00:00Z".into(),
        uid: "v1".into(),
        evidence_needed: Some(1),
        recheck: false,
        withdrawn_at: None,
        reused_from: None,
    };
    d.verdict = Some(verdict.clone());
    d.verdicts = vec![verdict];
    answer(
        &mut app,
        Outcome::Detail {
            claim: 1,
            detail: Ok(d),
        },
    );
    press(&mut app, &[ch('x')]);
    press(&mut app, &[key(KeyCode::Enter)]);
    let confirm = app.popup_as::<Confirm>().expect("the question");
    assert!(
        confirm
            .question
            .contains("claim 1 goes back to review: its verdict \"mostly-true\" needs 1 piece of evidence and would have 0"),
        "{}",
        confirm.question
    );
}

#[test]
fn resolve_keeps_the_chosen_wording_of_a_conflict() {
    use claimdesk::model::Wording;
    let mut app = app();
    let mut d = detail(1, 3);
    d.claim.status = Status::Disputed;
    d.claim.conflict = Some(vec![
        Wording {
            text: "The tower is 300 m tall.".into(),
            by: "bob".into(),
            at: "2026-01-01T00:00:00Z".into(),
        },
        Wording {
            text: "The tower is three hundred metres tall.".into(),
            by: "tester".into(),
            at: "2026-01-01T00:00:01Z".into(),
        },
    ]);
    answer(
        &mut app,
        Outcome::Detail {
            claim: 1,
            detail: Ok(d),
        },
    );
    press(&mut app, &[ch(':')]);
    type_text(&mut app, "resolve 1");
    let effects = press(&mut app, &[key(KeyCode::Enter)]);
    match effects.as_slice() {
        [
            Effect::Edit {
                claim: 1,
                text,
                expected_version: Some(3),
                ..
            },
        ] => {
            assert_eq!(text, "The tower is 300 m tall.")
        }
        other => panic!("expected the edit that settles the wordings, got {other:?}"),
    }
}

#[test]
fn ctrl_c_closes_a_dialog_asking_first_when_typed_text_would_be_lost_and_quits_only_from_the_main_screen()
 {
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    let mut app = app();
    // An empty dialog closes at once.
    press(&mut app, &[ch('v')]);
    assert!(press(&mut app, &[ctrl_c]).is_empty());
    assert!(app.popup().is_none());
    assert!(!app.should_quit());
    // With a rationale typed, the first Ctrl-C asks and keeps the text.
    press(&mut app, &[ch('v'), key(KeyCode::Tab)]);
    type_text(&mut app, "NASA");
    press(&mut app, &[ctrl_c]);
    assert!(
        app.popup_as::<VerdictForm>().is_some(),
        "the first Ctrl-C asks"
    );
    assert!(matches!(app.message(), Some(Message::Info(m)) if m.contains("Ctrl-C again")));
    // Another key goes on editing, and disarms the question.
    type_text(&mut app, " says");
    assert!(app.message().is_none());
    press(&mut app, &[ctrl_c]);
    assert!(
        app.popup_as::<VerdictForm>().is_some(),
        "asked again after typing"
    );
    // Saving still carries everything typed.
    let effects = press(
        &mut app,
        &[KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)],
    );
    assert!(matches!(
        effects.as_slice(),
        [Effect::AddVerdict { rationale, .. }] if rationale == "NASA says"
    ));
    // Reopened with text, two Ctrl-C close it without quitting.
    let mut app = app_with(&[], true);
    press(&mut app, &[ch('d')]);
    type_text(&mut app, "opinion");
    press(&mut app, &[ctrl_c, ctrl_c]);
    assert!(app.popup().is_none());
    assert!(!app.should_quit());
    // The search being typed is left, the help closed, and only then does Ctrl-C quit.
    press(&mut app, &[ch('/')]);
    assert_eq!(app.mode(), Mode::Search);
    app.handle_key(ctrl_c);
    assert_eq!(app.mode(), Mode::Main);
    assert!(!app.should_quit());
    press(&mut app, &[ch('?'), ctrl_c]);
    assert!(!app.should_quit());
    press(&mut app, &[ctrl_c]);
    assert!(app.should_quit());
}

#[test]
fn d_then_a_letter_dismisses_with_that_preset_reason_and_the_list_moves_on() {
    let mut app = app_with(&["opinion", "caption", "not checkable"], true);
    press(&mut app, &[ch('d')]);
    assert_eq!(app.mode(), Mode::DismissMenu);
    // A letter naming no reason says so and dismisses nothing.
    assert!(press(&mut app, &[ch('z')]).is_empty());
    assert!(app.popup().is_some());
    let effects = press(&mut app, &[ch('c')]);
    match effects.as_slice() {
        [
            Effect::Dismiss {
                claim: 1,
                reason,
                expected_version: Some(3),
            },
        ] => assert_eq!(reason, "not checkable"),
        other => panic!("expected Dismiss, got {other:?}"),
    }
    let mut dismissed = saved(
        Change::Dismissed {
            claim: 1,
            version: 4,
        },
        1,
        4,
    );
    if let Outcome::Saved { refresh, .. } = &mut dismissed
        && let Ok(Rows::One(row)) = &mut refresh.rows
    {
        row.status = Status::Dismissed;
    }
    let more = app.done(dismissed);
    assert!(app.popup().is_none());
    // The next claim that needs review is selected, and its detail asked for.
    assert_eq!(app.selected_row().map(|r| r.id), Some(2));
    assert!(
        more.iter()
            .any(|e| matches!(e, Effect::LoadDetail { claim: 2 }))
    );
    // Undo still brings the dismissed claim back.
    assert!(matches!(
        press(&mut app, &[ch('u')]).as_slice(),
        [Effect::Undo]
    ));
}

#[test]
fn the_dismissal_menu_still_lets_a_reason_be_typed() {
    let mut app = app_with(&["opinion"], true);
    press(&mut app, &[ch('d'), key(KeyCode::Enter)]);
    assert_eq!(app.mode(), Mode::Prompt);
    type_text(&mut app, "satire");
    press(&mut app, &[key(KeyCode::Enter)]);
    let effects = press(&mut app, &[ch('y')]);
    assert!(matches!(
        effects.as_slice(),
        [Effect::Dismiss { claim: 1, reason, .. }] if reason == "satire"
    ));
}

#[test]
fn a_verdict_moves_on_to_the_next_claim_to_review_only_when_configured() {
    for advance in [true, false] {
        let mut app = app_with(&[], advance);
        press(&mut app, &[ch('v'), key(KeyCode::Enter)]);
        let mut reviewed = saved(
            Change::Verdict {
                claim: 1,
                rating: "true".into(),
            },
            1,
            4,
        );
        if let Outcome::Saved { refresh, .. } = &mut reviewed
            && let Ok(Rows::One(row)) = &mut refresh.rows
        {
            row.status = Status::Reviewed;
        }
        app.done(reviewed);
        let expected = if advance { 2 } else { 1 };
        assert_eq!(app.selected_row().map(|r| r.id), Some(expected));
    }
}

#[test]
fn a_filter_no_claim_passes_says_so() {
    let mut app = app();
    press(&mut app, &[ch('j')]);
    assert_eq!(app.selected_row().map(|r| r.id), Some(2));
    // The menu: all, then the statuses in order (new, in-review, …).
    press(&mut app, &[ch('f'), ch('j'), key(KeyCode::Enter)]);
    assert_eq!(app.selected_row().map(|r| r.status), Some(Status::New));
    assert!(!matches!(app.message(), Some(Message::Info(m)) if m.contains("No claim matches")));
    // Every claim is new: the next status shows none, and the message says so.
    press(&mut app, &[ch('f'), ch('j'), ch('j'), key(KeyCode::Enter)]);
    assert!(app.selected_row().is_none());
    assert!(matches!(app.message(), Some(Message::Info(m)) if m.contains("No claim matches")));
    // The article pane keeps the claim selected before; turning the filter off selects it again.
    let kept = app.ctx().shown_row().map(|r| r.id);
    assert_eq!(kept, Some(2));
    // Picking the filter that is on (marked) turns it off.
    press(&mut app, &[ch('f'), ch('j'), ch('j'), key(KeyCode::Enter)]);
    assert_eq!(app.status_filter(), None);
    assert_eq!(app.selected_row().map(|r| r.id), kept);
}

#[test]
fn capital_d_shows_only_the_claims_due_for_a_recheck_and_again_all() {
    let mut app = app();
    assert_eq!(app.selected_row().unwrap().id, 1);
    press(&mut app, &[ch('D')]);
    assert_eq!(app.selected_row().unwrap().id, 2);
    press(&mut app, &[ch('j')]);
    assert_eq!(
        app.selected_row().unwrap().id,
        2,
        "claim 2 is the only one due"
    );
    press(&mut app, &[ch('D')]);
    press(&mut app, &[ch('j')]);
    assert_eq!(app.selected_row().unwrap().id, 3, "all claims again");
}

#[test]
fn marks_turn_a_dismissal_a_verdict_and_a_merge_into_bulk_actions() {
    let mut app = app_with(&["opinion"], true);
    // Space marks the selected claim and moves on; marking again unmarks.
    press(&mut app, &[ch(' ')]);
    assert_eq!(app.selected_row().map(|r| r.id), Some(2));
    press(&mut app, &[key(KeyCode::Char(' '))]);
    // Claims 1 and 2 marked: d and a letter dismiss both, in reading order, for that reason.
    answer(&mut app, detail_of(3, 1));
    let effects = press(&mut app, &[ch('d'), ch('a')]);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::DismissMarked { ids, reason }] if ids == &[1, 2] && reason == "opinion"
        ),
        "{effects:?}"
    );
    // (The menu waits for the answer; Esc closes it, the marks stay.) m asks first, then merges
    // the marked claims.
    press(&mut app, &[key(KeyCode::Esc)]);
    press(&mut app, &[ch('m')]);
    assert!(app.popup_as::<Confirm>().is_some());
    let effects = press(&mut app, &[ch('y')]);
    assert!(
        matches!(effects.as_slice(), [Effect::MergeMarked { ids }] if ids == &[1, 2]),
        "{effects:?}"
    );
    // Esc clears the marks; a dismissal is the selected claim's again.
    press(&mut app, &[key(KeyCode::Esc), key(KeyCode::Esc)]);
    let effects = press(&mut app, &[ch('d'), ch('a')]);
    assert!(
        matches!(effects.as_slice(), [Effect::Dismiss { claim: 3, .. }]),
        "{effects:?}"
    );
    // * marks every claim the list shows; a verdict goes to all of them.
    press(&mut app, &[key(KeyCode::Esc), ch('*')]);
    let effects = press(&mut app, &[ch('v'), key(KeyCode::Enter)]);
    assert!(
        matches!(effects.as_slice(), [Effect::VerdictMarked { ids, rating, .. }] if ids == &[1, 2, 3] && rating == "true"),
        "{effects:?}"
    );
}

fn precedent(claim_id: i64, rating: &str) -> claimdesk::desk::Precedent {
    claimdesk::desk::Precedent {
        claim_id,
        article_id: 2,
        text: format!("Precedent {claim_id}"),
        verdict: Verdict {
            id: claim_id * 10,
            claim_id,
            rating: rating.into(),
            rationale: "Checked.".into(),
            reviewer: "bob".into(),
            at: "2026-01-01T00:00:00Z".into(),
            uid: format!("p{claim_id}"),
            evidence_needed: Some(1),
            recheck: false,
            withdrawn_at: None,
            reused_from: None,
        },
        evidence: 2,
        score: 1.0,
        why: format!("Claim {claim_id} shares the words \"tower\"; rated {rating} by bob."),
    }
}

#[test]
fn p_asks_then_reuses_the_best_precedent_and_capital_p_picks_another() {
    let mut app = app();
    answer(&mut app, detail_of(1, 3));
    // Not read yet: p reads them first (the idle tick would have), then asks.
    let effects = app.handle_key(ch('p'));
    assert!(
        matches!(effects.as_slice(), [Effect::LoadPrecedents { claim: 1 }]),
        "{effects:?}"
    );
    assert!(app.wants_precedents().is_none(), "asked once");
    answer(
        &mut app,
        Outcome::Precedents {
            claim: 1,
            found: Vec::new(),
        },
    );
    assert!(app.popup_as::<Confirm>().is_none(), "nothing to reuse");

    answer(
        &mut app,
        Outcome::Precedents {
            claim: 1,
            found: vec![precedent(7, "false"), precedent(9, "true")],
        },
    );
    press(&mut app, &[ch('p')]);
    let confirm = app.popup_as::<Confirm>().expect("the question");
    assert!(
        confirm.question.contains("\"false\" of claim 7"),
        "{}",
        confirm.question
    );
    let effects = press(&mut app, &[ch('y')]);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::Reuse {
                claim: 1,
                precedent: 7,
                expected_version: Some(3)
            }]
        ),
        "{effects:?}"
    );

    // The question stays open until the write is answered; closed, `P` lists both.
    press(&mut app, &[key(KeyCode::Esc)]);
    press(&mut app, &[ch('P'), ch('j'), key(KeyCode::Enter)]);
    let confirm = app.popup_as::<Confirm>().expect("the question");
    assert!(
        confirm.question.contains("\"true\" of claim 9"),
        "{}",
        confirm.question
    );
}

#[test]
fn d_in_the_precedent_picker_dismisses_the_highlighted_one_and_lists_the_rest() {
    use claimdesk::tui::popups::picker::Picker;
    let mut app = app();
    answer(&mut app, detail_of(1, 3));
    answer(
        &mut app,
        Outcome::Precedents {
            claim: 1,
            found: vec![precedent(7, "false"), precedent(9, "true")],
        },
    );
    let effects = press(&mut app, &[ch('P'), ch('j'), ch('d')]);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::DismissPrecedent {
                claim: 1,
                precedent: 9
            }]
        ),
        "{effects:?}"
    );
    answer(
        &mut app,
        Outcome::PrecedentDismissed {
            claim: 1,
            precedent: 9,
            found: vec![precedent(7, "false")],
        },
    );
    let picker = app
        .popup_as::<Picker>()
        .expect("the picker, with what is left");
    assert_eq!(picker.items.len(), 1);
    assert_eq!(picker.picked(), Some(7));
    assert!(
        app.message()
            .is_some_and(|m| format!("{m:?}").contains("Precedent 9 dismissed")),
        "{:?}",
        app.message()
    );

    // The last one dismissed: the picker closes; other pickers ignore `d`.
    let effects = press(&mut app, &[ch('d')]);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::DismissPrecedent {
                claim: 1,
                precedent: 7
            }]
        ),
        "{effects:?}"
    );
    answer(
        &mut app,
        Outcome::PrecedentDismissed {
            claim: 1,
            precedent: 7,
            found: Vec::new(),
        },
    );
    assert!(app.popup_as::<Picker>().is_none());
}

#[test]
fn z_dismisses_the_suggested_stance_shown_for_the_selected_claim() {
    use claimdesk::extract::ValueKind;
    use claimdesk::model::{Evidence, Source, Stance, StoredValue};
    let mut app = app();
    let mut d = detail(1, 3);
    d.values = vec![StoredValue {
        id: 1,
        kind: ValueKind::Date,
        text: "2018".into(),
        start: 0,
        end: 4,
        value: Some("2018".into()),
        modifier: None,
    }];
    let piece = |id: i64, quote: &str, stance: Stance| Evidence {
        id,
        claim_id: 1,
        source: Source {
            id: 1,
            url: "https://www.nasa.gov/a".into(),
            title: None,
            publisher: None,
            accessed: None,
            archive_url: None,
        },
        quote: Some(quote.into()),
        stance,
        note: None,
        reviewer: "tester".into(),
        at: "2026-01-01T00:00:00Z".into(),
        uid: format!("e{id}"),
        suggestion_dismissed: false,
    };
    let launched = "Vande Hei launched on Sept. 25, 2017 aboard a Soyuz.";
    // 7: given context, the values suggest refutes; 8: given refutes already; 9: no values.
    d.evidence = vec![
        piece(7, launched, Stance::Context),
        piece(8, launched, Stance::Refutes),
        piece(9, "He is an astronaut.", Stance::Context),
    ];
    let pane = |d: &ClaimDetail| {
        claimdesk::tui::panes::detail::text(Some(d), Theme::default(), &Scale::default())
            .lines
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let shown = pane(&d);
    assert_eq!(
        shown.matches("the values suggest refutes").count(),
        1,
        "{shown}"
    );
    answer(
        &mut app,
        Outcome::Detail {
            claim: 1,
            detail: Ok(d.clone()),
        },
    );
    let effects = press(&mut app, &[ch('z')]);
    assert!(
        matches!(
            effects.as_slice(),
            [Effect::DismissSuggestions { claim: 1, evidence }] if evidence == &[7]
        ),
        "{effects:?}"
    );

    // Dismissed: nothing left to dismiss, and the key says so.
    d.evidence[0].suggestion_dismissed = true;
    let shown = pane(&d);
    assert!(!shown.contains("the values suggest"), "{shown}");
    assert_eq!(
        shown.matches("claim 2018; source 2017-09-25").count(),
        2,
        "{shown}"
    );
    answer(
        &mut app,
        Outcome::SuggestionsDismissed {
            claim: 1,
            dismissed: 1,
            detail: Ok(d),
        },
    );
    assert!(
        app.message()
            .is_some_and(|m| format!("{m:?}").contains("1 suggested stance dismissed")),
        "{:?}",
        app.message()
    );
    let effects = press(&mut app, &[ch('z')]);
    assert!(effects.is_empty(), "{effects:?}");
    assert!(
        app.message()
            .is_some_and(|m| format!("{m:?}").contains("no evidence of this claim")),
        "{:?}",
        app.message()
    );
}
