//! The `:` command line: one line of text at the bottom of the screen, parsed on Enter.

use super::{edit_line, line_field, line_text};
use crate::tui::action::Action;
use crate::tui::keymap::Mode;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Span;
use ratatui::widgets::Widget;
use ratatui_textarea::TextArea;

/// A command, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Export {
        format: String,
        path: String,
    },
    Goto(String),
    Reviewer(String),
    Quit,
    /// A known command with the wrong arguments: its name and usage.
    Usage(&'static str, &'static str),
    Unknown(String),
    Empty,
}

impl Command {
    pub fn parse(line: &str) -> Command {
        let line = line.trim().trim_start_matches(':').trim();
        let (name, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let rest = rest.trim();
        let args: Vec<&str> = rest.split_whitespace().collect();
        match name {
            "" => Command::Empty,
            "q" | "quit" | "q!" | "wq" | "x" => Command::Quit,
            "export" | "e" | "w" => match args.as_slice() {
                [format, _, ..] => Command::Export {
                    format: format.to_string(),
                    // The path is everything after the format: it may hold spaces.
                    path: rest[format.len()..].trim().to_string(),
                },
                _ => Command::Usage(
                    "export",
                    "FORMAT FILE (json, claimreview, markdown, csv, html)",
                ),
            },
            "goto" | "g" => match args.as_slice() {
                [id] => Command::Goto(id.trim_start_matches('#').to_string()),
                _ => Command::Usage("goto", "CLAIM_ID"),
            },
            "reviewer" => {
                if rest.is_empty() {
                    Command::Usage("reviewer", "NAME")
                } else {
                    Command::Reviewer(rest.to_string())
                }
            }
            other => Command::Unknown(other.to_string()),
        }
    }
}

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

    /// Drawn in the message line: ":" and the field.
    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        render_line(':', &self.field, self.theme, area, buf);
    }
}

/// A prompt character and a one-line field, across `area`.
pub fn render_line(prompt: char, field: &TextArea<'_>, theme: Theme, area: Rect, buf: &mut Buffer) {
    let [p, input] = Layout::horizontal([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    Span::styled(prompt.to_string(), theme.key()).render(p, buf);
    field.render(input, buf);
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
