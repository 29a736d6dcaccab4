//! The workbench: terminal set-up and tear-down, and the event loop. The state lives in `app`, the
//! keys in `keymap`, the drawing in `view`, `panes` and `popups`.

pub mod action;
pub mod app;
pub mod keymap;
pub mod panes;
pub mod popups;
pub mod strings;
pub mod text;
pub mod theme;
pub mod view;

pub use action::Action;
pub use app::{App, Focus, Message, Popup};
pub use keymap::Mode;
pub use theme::Theme;

use crate::store::Store;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event};

/// Run the workbench on `store` until the reviewer quits. The terminal is restored on return, on
/// error and on panic (`ratatui::run` installs the hook).
pub fn run(store: Store, reviewer: String, article: Option<i64>) -> anyhow::Result<()> {
    let config = crate::config::load(crate::config::default_path().as_deref())?;
    let mut app = App::new(store, reviewer, article, config.scale, Theme::from_env())?;
    ratatui::run(|terminal| event_loop(terminal, &mut app))
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App) -> anyhow::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    while !app.should_quit() {
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        match event::read()? {
            Event::Key(key) => app.handle_key(key),
            Event::Resize(w, h) => app.update(Action::Resize(w, h)),
            Event::Paste(text) => app.update(Action::Paste(text)),
            _ => {}
        }
    }
    Ok(())
}
