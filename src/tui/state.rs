//! The small types of the workbench state that the reducer, the screen and the panes share.

use super::strings;
use super::text::ArticleText;
use super::widgets::line_text;
use ratatui_textarea::TextArea;
use std::collections::HashSet;

/// The panes that can have focus, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Article,
    Detail,
}

impl Focus {
    pub fn next(self) -> Focus {
        match self {
            Focus::List => Focus::Article,
            Focus::Article => Focus::Detail,
            Focus::Detail => Focus::List,
        }
    }
    pub fn prev(self) -> Focus {
        self.next().next()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Info(String),
    Error(String),
}

/// The order of the claim list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// By article, then where the claim starts in it.
    Position,
    /// Most check-worthy first.
    Score,
    /// New first, dismissed last; by position within a status.
    Status,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::Position => Sort::Score,
            Sort::Score => Sort::Status,
            Sort::Status => Sort::Position,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Position => "position",
            Sort::Score => "score",
            Sort::Status => "status",
        }
    }
}

/// Which verdicts the list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerdictFilter {
    Rating(String),
    /// Claims without a verdict.
    Unrated,
}

impl VerdictFilter {
    pub fn label(&self) -> &str {
        match self {
            VerdictFilter::Rating(r) => r,
            VerdictFilter::Unrated => strings::NO_VERDICT,
        }
    }
}

/// A search: the query being typed or kept, and the claims it matches.
pub struct Search {
    pub(crate) field: TextArea<'static>,
    /// The query is being typed (the keyboard is in the search field).
    pub editing: bool,
    pub ids: HashSet<i64>,
    /// The matches, as positions in the list, in list order.
    pub matches: Vec<usize>,
    /// Where the selection was when the search started: as-you-type jumps from there.
    pub(crate) origin: usize,
}

impl Search {
    pub fn query(&self) -> String {
        line_text(&self.field)
    }
}

/// A row of the drawn list: an article heading, or a claim (its position in the list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListRow {
    Article(i64),
    Claim(usize),
}

/// An article's text with, for each character, the index (into the loaded rows) of the claim it
/// belongs to and the group of the value it is part of (`theme::value_group`). Built once when
/// the article is loaded, never per frame.
pub struct ArticleView {
    pub text: ArticleText,
    pub marks: Vec<u32>,
    pub values: Vec<u8>,
}

pub const NO_CLAIM: u32 = u32::MAX;
pub const NO_VALUE: u8 = u8::MAX;

/// What a picker picks: a piece of evidence of a claim (to remove), or an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickKind {
    /// Evidence of a claim, to remove.
    Evidence {
        claim: i64,
        version: i64,
    },
    Article,
}

/// A command, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Export {
        format: String,
        path: String,
    },
    Goto(String),
    Reviewer(String),
    /// `:set FIELD VALUE`: a field of the selected claim's article.
    Set {
        field: String,
        value: String,
    },
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
            "set" => match rest.split_once(char::is_whitespace) {
                Some((field, value)) if !value.trim().is_empty() => Command::Set {
                    field: field.to_string(),
                    value: value.trim().to_string(),
                },
                _ => Command::Usage("set", strings::SET_USAGE),
            },
            other => Command::Unknown(other.to_string()),
        }
    }
}
