//! The `:` command line: one line of text at the bottom of the screen, parsed on Enter.

use super::{edit_line, line_field, line_text};
use crate::tui::action::Action;
use crate::tui::component::{Component, Popup, Reply, Request};
use crate::tui::ctx::Ctx;
use crate::tui::keymap::Mode;
use crate::tui::strings;
use crate::tui::text::one_line;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui_textarea::TextArea;

pub use crate::tui::state::Command;

pub struct CommandLine {
    field: TextArea<'static>,
    theme: Theme,
}

impl CommandLine {
    pub fn new(theme: Theme) -> CommandLine {
        CommandLine {
            field: line_field("", "", theme),
            theme,
        }
    }

    pub fn mode(&self) -> Mode {
        Mode::Command
    }

    pub fn text(&self) -> String {
        line_text(&self.field)
    }

    pub fn update(&mut self, action: Action) {
        edit_line(&mut self.field, action);
    }
}

impl Component for CommandLine {
    fn handle(&mut self, action: Action) -> Reply {
        match action {
            Action::Cancel => Reply::Close,
            Action::Submit => match Command::parse(&self.text()) {
                Command::Empty => Reply::Close,
                Command::Usage(name, usage) => Reply::Error(strings::command_usage(name, usage)),
                Command::Unknown(name) => Reply::Error(strings::unknown_command(&one_line(&name))),
                command => Reply::Submit(Request::Command(command)),
            },
            action => {
                self.update(action);
                Reply::Consumed
            }
        }
    }

    /// Drawn in the message line: ":" and the field.
    fn render(&self, area: Rect, buf: &mut Buffer, _ctx: &Ctx) {
        crate::tui::widgets::render_line(':', &self.field, self.theme, area, buf);
    }
}

impl Popup for CommandLine {
    fn typed_text(&self) -> bool {
        self.field.lines().iter().any(|l| !l.trim().is_empty())
    }

    fn mode(&self) -> Mode {
        CommandLine::mode(self)
    }

    fn on_message_line(&self) -> bool {
        true
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_parse() {
        assert_eq!(
            Command::parse("export markdown my report.md"),
            Command::Export {
                format: "markdown".into(),
                path: "my report.md".into()
            }
        );
        assert_eq!(Command::parse(":goto 12"), Command::Goto("12".into()));
        assert_eq!(
            Command::parse("reviewer alice b"),
            Command::Reviewer("alice b".into())
        );
        assert_eq!(Command::parse("q"), Command::Quit);
        assert_eq!(Command::parse("  "), Command::Empty);
        assert!(matches!(
            Command::parse("export csv"),
            Command::Usage("export", _)
        ));
        assert_eq!(Command::parse("fly away"), Command::Unknown("fly".into()));
    }
}
