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
pub use app::{App, Focus, Message, Popup, Sort, VerdictFilter};
pub use keymap::{Keymap, Mode};
pub use theme::Theme;

use crate::desk::Desk;
use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;

/// Run the workbench on `desk` until the reviewer quits. The config was read with the desk; its
/// `[keys]` are read first, so a mistake in them is one sentence before the screen changes. The
/// terminal is restored on return, on error and on panic.
pub fn run(desk: Desk, article: Option<i64>) -> crate::error::Result<()> {
    run_inner(desk, article).map_err(|e| crate::error::Error::Refused(e.to_string()))
}

fn run_inner(desk: Desk, article: Option<i64>) -> anyhow::Result<()> {
    let (store, config, reviewer) = desk.into_parts();
    let mut keymap = Keymap::default();
    if let Some(keys) = &config.keys {
        keymap::apply_overrides(&mut keymap, keys).map_err(anyhow::Error::msg)?;
    }
    let app = App::new(
        store,
        reviewer,
        article,
        config.scale.clone(),
        Theme::from_env(),
    )?;
    let mut app = app.with_config(config).with_keymap(keymap);

    // Scripts get the subcommands; the workbench needs a terminal on both ends.
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        anyhow::bail!(crate::tui::strings::NOT_A_TERMINAL);
    }
    let terminal = ratatui::try_init().map_err(|e| {
        anyhow::anyhow!("cannot start the workbench on this terminal ({e}); use the subcommands instead, e.g. `claimdesk claims`")
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
        .map_err(anyhow::Error::from)
        .and_then(|()| {
            let mut terminal = terminal;
            event_loop(&mut terminal, &mut app)
        });
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste
    );
    ratatui::restore();
    result
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
    }
    Ok(())
}
