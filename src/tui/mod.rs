//! The workbench: terminal set-up and tear-down, and the event loop. The state and its reducer
//! live in `app`, the database work in `effects`, the keys in `keymap`, the drawing in `view`,
//! `panes` and `popups` (components behind the trait in `component`, reading `ctx`).

pub mod action;
pub mod app;
pub mod component;
pub mod ctx;
pub mod effects;
pub mod keymap;
pub mod panes;
pub mod place;
pub mod popups;
pub mod select;
pub mod state;
pub mod strings;
pub mod text;
pub mod theme;
pub mod view;
pub mod widgets;

pub use action::Action;
pub use app::App;
pub use component::{Component, Popup, Reply, Request};
pub use effects::{Effect, Executor, Outcome};
pub use keymap::{Keymap, Mode};
pub use state::{Focus, Message, Sort, VerdictFilter};
pub use theme::Theme;

use crate::config::Config;
use crate::desk::Desk;
use crate::error::{Error, Result};
use crate::model::Scale;
use crate::store::{Store, StoreError};
use ratatui::DefaultTerminal;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

/// Run the workbench on `desk` until the reviewer quits. The config (with its `[keys]`) was
/// read with the desk, so a mistake in it is one sentence before the screen changes. The
/// terminal is restored on return, on error and on panic.
pub fn run(desk: Desk, article: Option<i64>) -> Result<()> {
    let keymap = Keymap::from_config(desk.config())?;
    let db = desk.store().path().to_path_buf();
    let place = place::load(&db);
    let mut app = Workbench::open_first(desk, article, Theme::from_env(), place.as_ref())?
        .with_keymap(keymap);
    app.executor.search_in_background();

    // Scripts get the subcommands; the workbench needs a terminal on both ends.
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return Err(Error::Refused(strings::NOT_A_TERMINAL.into()));
    }
    let terminal = ratatui::try_init().map_err(|e| {
        Error::Refused(format!(
            "cannot start the workbench on this terminal ({e}); use the subcommands instead, e.g. `claimdesk claims`"
        ))
    })?;
    // Mouse capture and bracketed paste are undone on every way out, panics included.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            std::io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste
        );
        hook(info);
    }));
    let result = execute!(std::io::stdout(), EnableMouseCapture, EnableBracketedPaste)
        .and_then(|()| {
            let mut terminal = terminal;
            event_loop(&mut terminal, &mut app)
        })
        .map_err(|e| Error::io("the terminal failed", e));
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    );
    ratatui::restore();
    place::save(&db, &app.app.place());
    result
}

/// How long the event loop waits for input before looking for changes made elsewhere.
const IDLE_TICK: std::time::Duration = std::time::Duration::from_millis(250);
/// … and for the answer of a search running on its thread.
const SEARCH_TICK: std::time::Duration = std::time::Duration::from_millis(5);

fn event_loop(terminal: &mut DefaultTerminal, app: &mut Workbench) -> std::io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    while !app.should_quit() {
        if dirty {
            terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        }
        // The first frame is drawn from one article's rows; every row is read right after it.
        if app.read_rest() {
            dirty = true;
            continue;
        }
        // A search runs on its thread: its answer is looked for often while it is awaited.
        let wait = if app.executor.searching() {
            SEARCH_TICK
        } else {
            IDLE_TICK
        };
        // Idle: look for changes made by other processes a few times a second.
        if !event::poll(wait)? {
            dirty = app.searched() || app.tick();
            continue;
        }
        dirty = true;
        match event::read()? {
            Event::Key(key) => app.handle_key(key),
            Event::Resize(w, h) => app.update(Action::Resize(w, h)),
            Event::Paste(text) => app.update(Action::Paste(text)),
            Event::Mouse(m) => match m.kind {
                MouseEventKind::Down(MouseButton::Left) => {
                    app.update(Action::Click(m.column, m.row))
                }
                MouseEventKind::ScrollDown => app.update(Action::Scroll(m.column, m.row, true)),
                MouseEventKind::ScrollUp => app.update(Action::Scroll(m.column, m.row, false)),
                _ => {}
            },
            _ => {}
        }
        app.searched();
        if app.app.take_suspend() {
            suspend(terminal)?;
        }
    }
    Ok(())
}

/// Ctrl-Z: give the terminal back as it was, stop the process as the shell's Ctrl-Z does, and on
/// `fg` (SIGCONT) take the terminal again and draw the whole screen.
fn suspend(terminal: &mut DefaultTerminal) -> std::io::Result<()> {
    use ratatui::crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, enable_raw_mode};
    execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    )?;
    ratatui::restore();
    // The process stops here until `fg`; without job control the signal is ignored and the
    // workbench simply comes back.
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    enable_raw_mode()?;
    execute!(
        std::io::stdout(),
        EnterAlternateScreen,
        Clear(ClearType::All),
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    // Both buffers empty, so the next draw writes the whole screen (`Terminal::clear` would ask
    // the terminal where its cursor is, which not every terminal answers).
    terminal.swap_buffers();
    Ok(())
}

/// The reducer and its executor together: every action's effects are carried out, and their
/// outcomes fed back, before the next action. What the event loop, the tests and the bench
/// drive.
pub struct Workbench {
    app: App,
    executor: Executor,
    /// Another process changed the database and the rows are not read again yet.
    stale: bool,
}

impl Workbench {
    /// The workbench over `article` (or every article) of the desk, the first claim selected.
    pub fn open(
        desk: Desk,
        article: Option<i64>,
        theme: Theme,
    ) -> std::result::Result<Workbench, StoreError> {
        let executor = Executor::new(desk, article);
        let (articles, rows) = executor.start()?;
        let (mut workbench, effects) =
            Workbench::assemble(executor, articles, rows, article, theme);
        workbench.run(effects);
        Ok(workbench)
    }

    /// The app over the rows read so far, configured as the executor's desk says (scale,
    /// config, read-only), and the reads its first frame asks for.
    fn assemble(
        executor: Executor,
        articles: Vec<crate::model::Article>,
        rows: Vec<crate::store::search::ClaimRow>,
        article: Option<i64>,
        theme: Theme,
    ) -> (Workbench, Vec<Effect>) {
        let reviewer = executor.reviewer().to_string();
        let config = executor.config().clone();
        let (app, effects) = App::new(
            articles,
            rows,
            article,
            reviewer,
            config.scale.clone(),
            theme,
        );
        let read_only = executor.read_only();
        let workbench = Workbench {
            app: app.with_config(config).read_only(read_only),
            executor,
            stale: false,
        };
        (workbench, effects)
    }

    /// The workbench as the terminal opens it: when it lists every article in reading order
    /// (no `place` with a sort or a filter), only the rows of the first article shown (the
    /// place's, else the first) are read before the first frame, and `read_rest` reads the
    /// others after it; then back to `place`.
    pub fn open_first(
        desk: Desk,
        article: Option<i64>,
        theme: Theme,
        place: Option<&place::Place>,
    ) -> std::result::Result<Workbench, StoreError> {
        let plain = place.is_none_or(place::Place::lists_all_in_order);
        if !plain {
            let mut workbench = Workbench::open(desk, article, theme)?;
            if let Some(place) = place {
                workbench.restore_place(place);
            }
            return Ok(workbench);
        }
        let executor = Executor::new(desk, article);
        let (articles, rows, complete) = executor.start_page(place.and_then(|p| p.article))?;
        let (mut workbench, effects) =
            Workbench::assemble(executor, articles, rows, article, theme);
        workbench.app = workbench.app.loading(!complete);
        let effects = match place {
            // The place's claim is selected before anything is read for the first claim (its
            // detail and text are asked again for the claim selected in the end).
            Some(place) => {
                drop(effects);
                let mut reads = workbench.app.restore_place(place);
                if let Some(last) = reads
                    .iter()
                    .rposition(|e| matches!(e, Effect::LoadDetail { .. }))
                {
                    let mut i = 0;
                    reads.retain(|e| {
                        i += 1;
                        i - 1 == last || !matches!(e, Effect::LoadDetail { .. })
                    });
                }
                reads
            }
            None => effects,
        };
        workbench.run(effects);
        Ok(workbench)
    }

    /// The answers of the search thread that came: applied. Whether there were any.
    pub fn searched(&mut self) -> bool {
        let answers = self.executor.searched();
        let any = !answers.is_empty();
        for outcome in answers {
            let effects = self.app.done(outcome);
            self.run(effects);
        }
        any
    }

    /// While only the first article's rows are read: read every row (keeping the selected
    /// claim). Whether it did.
    pub fn read_rest(&mut self) -> bool {
        match self.app.rest() {
            Some(effects) => {
                self.run(effects);
                true
            }
            None => false,
        }
    }

    /// The workbench on `store` with a default config but for `scale`: for tests and benches.
    pub fn new(
        store: Store,
        reviewer: String,
        article: Option<i64>,
        scale: Scale,
        theme: Theme,
    ) -> std::result::Result<Workbench, StoreError> {
        let config = Config {
            scale,
            ..Config::default()
        };
        Workbench::open(Desk::new(store, config, reviewer), article, theme)
    }

    /// Use a key table with the reviewer's overrides.
    pub fn with_keymap(self, keymap: Keymap) -> Workbench {
        Workbench {
            app: self.app.with_keymap(keymap),
            ..self
        }
    }

    pub fn app(&self) -> &App {
        &self.app
    }

    pub fn store(&self) -> &Store {
        self.executor.store()
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        let effects = self.app.handle_key(key);
        self.run(effects);
    }

    pub fn update(&mut self, action: Action) {
        let effects = self.app.update(action);
        self.run(effects);
    }

    /// The idle tick: when another process changed the database, read it again (keeping the
    /// selected claim) as soon as no popup is open; else read the selected claim's precedents
    /// when they are not read yet. Returns whether it read anything.
    pub fn tick(&mut self) -> bool {
        self.stale |= self.executor.changed_elsewhere();
        if !self.stale {
            // Idle: the selected claim's precedents, when they are not read yet.
            return match self.app.wants_precedents() {
                Some(claim) => {
                    self.run(vec![Effect::LoadPrecedents { claim }]);
                    true
                }
                None => false,
            };
        }
        match self.app.reload() {
            Some(effects) => {
                self.stale = false;
                self.run(effects);
                true
            }
            None => false,
        }
    }

    /// Select claim `id`, clearing the filters if they hide it.
    /// Go back to where the reviewer was (see `place`).
    pub fn restore_place(&mut self, place: &place::Place) {
        let effects = self.app.restore_place(place);
        self.run(effects);
    }

    pub fn goto(&mut self, id: i64) {
        let effects = self.app.goto(id);
        self.run(effects);
    }

    /// Carry out `effects` in order, and the effects their outcomes lead to, until none is left.
    fn run(&mut self, effects: Vec<Effect>) {
        let mut queue = std::collections::VecDeque::from(effects);
        while let Some(effect) = queue.pop_front() {
            let outcome = self.executor.run(effect);
            queue.extend(self.app.done(outcome));
        }
    }
}

impl std::ops::Deref for Workbench {
    type Target = App;

    fn deref(&self) -> &App {
        &self.app
    }
}

impl Widget for &Workbench {
    fn render(self, area: Rect, buf: &mut Buffer) {
        (&self.app).render(area, buf);
    }
}
