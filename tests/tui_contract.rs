//! The workbench on atomic claims: the article pane marks the pieces a claim rests on (not its
//! whole span) and every other place that states it; the list and the detail show the claimant
//! and the type; `t` filters by type; `:set claimant` changes who makes the claim, undoably.
//! A real database in a temporary folder, drawn on ratatui's test backend.

use claimdesk::extract::{Claim, ClaimType, Claimant, ClaimantKind, Extraction};
use claimdesk::model::Scale;
use claimdesk::store::{NewArticle, Store};
use claimdesk::tui::{Action, Theme, Workbench};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

const TEXT: &str = "The city, which Mayor Linda Park runs, spent $4 million on roads last year. \
The bridge opened in 1937. Officials repeated the road spending figure at a later briefing.";

fn span(needle: &str) -> [usize; 2] {
    let start = TEXT.find(needle).unwrap();
    [start, start + needle.len()]
}

fn workbench(dir: &tempfile::TempDir) -> Workbench {
    let mut store = Store::open(&dir.path().join("claimdesk.db")).unwrap();
    let first = span("The city, which Mayor Linda Park runs, spent $4 million on roads last year.");
    let bridge = span("The bridge opened in 1937.");
    let extraction = Extraction {
        published: None,
        sentences: vec![],
        values: vec![],
        claims: vec![
            Claim {
                text: "City road works cost 4 million dollars in the year before.".into(),
                start: first[0],
                end: first[1],
                sentence: 0,
                score: 0.9,
                parts: vec![span("The city"), span("spent $4 million on roads")],
                claimant: Some(Claimant {
                    name: "Mayor Linda Park".into(),
                    kind: ClaimantKind::Person,
                }),
                kind: ClaimType::Quantity,
                appearances: vec![first, span("Officials repeated the road spending figure")],
                ..Default::default()
            },
            Claim {
                text: "Bridge 1937.".into(),
                start: bridge[0],
                end: bridge[1],
                sentence: 1,
                score: 0.5,
                parts: vec![bridge],
                kind: ClaimType::Time,
                appearances: vec![bridge],
                ..Default::default()
            },
        ],
    };
    let new = NewArticle {
        title: "Roads".into(),
        text: TEXT.into(),
        ..NewArticle::default()
    };
    store.import(&new, &extraction, "tester").unwrap();
    Workbench::new(
        store,
        "tester".into(),
        None,
        Scale::default(),
        Theme::default(),
    )
    .unwrap()
}

fn draw(app: &mut Workbench) -> Buffer {
    app.update(Action::Resize(200, 40));
    let mut terminal = Terminal::new(TestBackend::new(200, 40)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(&*app, frame.area()))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// Whether some line of the screen shows `first`, then (in the claimant column's blank) `then`.
fn in_order(screen: &str, first: &str, then: &str) -> bool {
    screen.lines().any(|l| {
        l.find(first)
            .is_some_and(|i| l[i + first.len()..].trim_start().starts_with(then))
    })
}

fn rows(buffer: &Buffer) -> Vec<String> {
    let w = buffer.area.width as usize;
    buffer
        .content
        .chunks(w)
        .map(|row| row.iter().map(|c| c.symbol()).collect())
        .collect()
}

/// The cells of the first place `words` are drawn (every symbol on this screen is one character
/// in one cell).
fn cells<'a>(buffer: &'a Buffer, words: &str) -> Vec<&'a Cell> {
    for (y, row) in rows(buffer).iter().enumerate() {
        if let Some(byte) = row.find(words) {
            let x = row[..byte].chars().count();
            return (x..x + words.chars().count())
                .map(|x| &buffer[(x as u16, y as u16)])
                .collect();
        }
    }
    panic!(
        "{words:?} is not on the screen:\n{}",
        rows(buffer).join("\n")
    );
}

fn highlighted(buffer: &Buffer, words: &str) -> bool {
    cells(buffer, words).iter().all(|c| c.bg == Color::Yellow)
}

fn press(app: &mut Workbench, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            c => KeyCode::Char(c),
        };
        app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }
}

#[test]
fn the_article_marks_the_claim_s_parts_and_every_place_it_is_stated() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = workbench(&dir);
    let screen = draw(&mut app);
    // The parts of the selected claim are highlighted; the words between them and after them,
    // inside its sentence, are not.
    assert!(highlighted(&screen, "The city"));
    assert!(highlighted(&screen, "spent"));
    assert!(highlighted(&screen, "roads"));
    for gap in ["which Mayor", "last year"] {
        assert!(
            cells(&screen, gap).iter().all(|c| c.bg != Color::Yellow),
            "{gap:?} lies between or after the parts"
        );
    }
    // The other place that states it is highlighted too, in italics.
    let repeat = cells(&screen, "Officials");
    assert!(
        repeat
            .iter()
            .all(|c| c.bg == Color::Yellow && c.modifier.contains(Modifier::ITALIC))
    );
    assert!(
        !cells(&screen, "The city")[0]
            .modifier
            .contains(Modifier::ITALIC),
        "the parts are not in italics"
    );
    // The other claim is marked as another claim, not highlighted.
    assert!(!highlighted(&screen, "bridge opened"));
    assert!(
        cells(&screen, "bridge opened")
            .iter()
            .all(|c| c.modifier.contains(Modifier::UNDERLINED))
    );

    // On the next claim, the first claim's parts and repeat are marked, not highlighted.
    press(&mut app, "j");
    let screen = draw(&mut app);
    assert!(highlighted(&screen, "bridge opened"));
    assert!(!highlighted(&screen, "The city"));
    assert!(!highlighted(&screen, "Officials"));
    assert!(
        cells(&screen, "Officials")
            .iter()
            .all(|c| c.modifier.contains(Modifier::UNDERLINED))
    );
}

#[test]
fn the_list_and_the_detail_show_the_claimant_and_the_type() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = workbench(&dir);
    let screen = rows(&draw(&mut app)).join("\n");
    assert!(
        in_order(&screen, "Mayor Linda Park", "City road"),
        "the list names the claimant before the claim:\n{screen}"
    );
    assert!(
        screen.contains("Claimant: Mayor Linda Park (person)"),
        "{screen}"
    );
    assert!(screen.contains("Type: quantity"), "{screen}");
    assert!(
        screen.contains("Stated: 2 times in the article"),
        "{screen}"
    );
    press(&mut app, "j");
    let screen = rows(&draw(&mut app)).join("\n");
    assert!(screen.contains("Claimant: the article itself"), "{screen}");
    assert!(screen.contains("Type: time"), "{screen}");
    assert!(!screen.contains("Stated:"), "{screen}");
}

#[test]
fn t_cycles_the_type_filter() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = workbench(&dir);
    press(&mut app, "t");
    assert_eq!(app.type_filter(), Some(ClaimType::Quantity));
    let screen = rows(&draw(&mut app)).join("\n");
    assert!(screen.contains("Claims (1/2) · type: quantity"), "{screen}");
    assert!(screen.contains("City road works") && !screen.contains("Bridge 1937"));
    press(&mut app, "t");
    assert_eq!(app.type_filter(), Some(ClaimType::Time));
    let screen = rows(&draw(&mut app)).join("\n");
    assert!(screen.contains("type: time") && screen.contains("Bridge 1937"));
    assert!(!screen.contains("City road works"), "{screen}");
    // Through the other types (none has a claim) back to all.
    press(&mut app, "ttttttt");
    assert_eq!(app.type_filter(), None);
    assert_eq!(app.list_len(), 2);
}

#[test]
fn set_claimant_changes_who_makes_the_claim_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = workbench(&dir);
    press(&mut app, ":set claimant organization City Hall\n");
    let screen = rows(&draw(&mut app)).join("\n");
    assert!(
        screen.contains("Claimant: City Hall (organization)"),
        "{screen}"
    );
    assert!(in_order(&screen, "City Hall", "City road"), "{screen}");
    let id = app.detail().unwrap().claim.id;
    let stored = app.store().claim(id).unwrap().claim.claimant.unwrap();
    assert_eq!(stored.name, "City Hall");
    assert_eq!(stored.kind, ClaimantKind::Organization);
    let events = app.store().events(Some(id)).unwrap();
    assert_eq!(events.last().unwrap().action, "claim-claimant");
    assert_eq!(events.last().unwrap().actor, "tester");

    press(&mut app, "u");
    let stored = app.store().claim(id).unwrap().claim.claimant.unwrap();
    assert_eq!(stored.name, "Mayor Linda Park");
    assert_eq!(stored.kind, ClaimantKind::Person);

    press(&mut app, ":set claimant none\n");
    assert_eq!(app.store().claim(id).unwrap().claim.claimant, None);
    let screen = rows(&draw(&mut app)).join("\n");
    assert!(screen.contains("Claimant: the article itself"), "{screen}");

    // The claim's log says who was named each time.
    press(&mut app, "L");
    let screen = rows(&draw(&mut app)).join("\n");
    let logged: Vec<&str> = screen
        .lines()
        .filter(|l| l.contains("claim-claimant"))
        .collect();
    assert_eq!(logged.len(), 3, "{screen}");
    assert!(logged[0].contains("City Hall"), "{screen}");
    assert!(logged[1].contains("Mayor Linda Park"), "{screen}");
    assert!(logged[2].contains("the article itself"), "{screen}");
    app.handle_key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));

    // A kind that is neither is refused with the usage, and changes nothing.
    let version = app.store().claim(id).unwrap().claim.version;
    press(&mut app, ":set claimant robot R2\n");
    let screen = rows(&draw(&mut app)).join("\n");
    assert!(
        screen.contains("person NAME, organization NAME, or none"),
        "{screen}"
    );
    assert_eq!(app.store().claim(id).unwrap().claim.version, version);
}
