//! The small types of the workbench state that the reducer, the screen and the panes share.

use super::strings;
use super::text::ArticleText;
use super::widgets::line_text;
use ratatui_textarea::TextArea;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::collections::HashSet;
use std::ops::Range;

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
    /// The places the query occurs in the text of `hits_article` (the article shown).
    pub hits: Vec<Range<usize>>,
    pub hits_article: Option<i64>,
    /// The query `hits` were found for.
    pub(crate) hits_query: String,
    /// The text hit `n`/`N` last moved to in the article pane.
    pub hit: Option<usize>,
    /// The query `ids` are the answer to (the search may run on a thread and answer later).
    pub(crate) answered: String,
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

/// An article's text with the claims (the index into the loaded rows of the claim each
/// character belongs to: on a part it rests on, or with `ELSEWHERE` on another place that
/// states it) and values (the group of the value it is part of,
/// `theme::value_group`) it holds, as sorted disjoint spans. Built once when the article is
/// loaded, never per frame.
pub struct ArticleView {
    pub text: ArticleText,
    pub marks: Marks<u32>,
    pub values: Marks<u8>,
}

/// Disjoint, sorted character ranges, each with a mark.
#[derive(Debug, Clone, Default)]
pub struct Marks<T> {
    spans: Vec<(Range<usize>, T)>,
}

impl<T: Copy + Ord> Marks<T> {
    /// Paint `items` (range, mark, priority) over `len` characters: where they overlap, the
    /// lowest priority wins.
    pub fn paint<P: Ord + Copy>(
        len: usize,
        items: impl IntoIterator<Item = (Range<usize>, T, P)>,
    ) -> Marks<T> {
        let mut items: Vec<(Range<usize>, T, P)> = items
            .into_iter()
            .map(|(r, m, p)| {
                let end = r.end.min(len);
                (r.start.min(end)..end, m, p)
            })
            .filter(|(r, _, _)| !r.is_empty())
            .collect();
        items.sort_by_key(|(r, _, _)| r.start);
        let mut bounds: Vec<usize> = items
            .iter()
            .flat_map(|(r, _, _)| [r.start, r.end])
            .collect();
        bounds.sort_unstable();
        bounds.dedup();
        let mut heap: BinaryHeap<Reverse<(P, usize, T)>> = BinaryHeap::new();
        let mut spans: Vec<(Range<usize>, T)> = Vec::new();
        let mut k = 0;
        for w in bounds.windows(2) {
            let (p, q) = (w[0], w[1]);
            while k < items.len() && items[k].0.start <= p {
                let (r, m, prio) = items[k].clone();
                heap.push(Reverse((prio, r.end, m)));
                k += 1;
            }
            while heap.peek().is_some_and(|Reverse((_, end, _))| *end <= p) {
                heap.pop();
            }
            if let Some(&Reverse((_, _, m))) = heap.peek() {
                match spans.last_mut() {
                    Some((r, last)) if r.end == p && *last == m => r.end = q,
                    _ => spans.push((p..q, m)),
                }
            }
        }
        Marks { spans }
    }

    /// The mark of character `i`, if it has one.
    pub fn at(&self, i: usize) -> Option<T> {
        let k = self.spans.partition_point(|(r, _)| r.end <= i);
        self.spans
            .get(k)
            .filter(|(r, _)| r.start <= i)
            .map(|&(_, m)| m)
    }
}

pub const NO_CLAIM: u32 = u32::MAX;
/// Set on a claim's mark (its row index) where the article states the claim again, away from
/// the parts it rests on.
pub const ELSEWHERE: u32 = 1 << 31;

/// The row index of a claim mark, and whether it marks another place that states the claim.
pub fn claim_mark(mark: u32) -> Option<(u32, bool)> {
    (mark != NO_CLAIM).then_some((mark & !ELSEWHERE, mark & ELSEWHERE != 0))
}
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
    /// A precedent of a claim, to reuse.
    Precedent {
        claim: i64,
        version: i64,
    },
    /// A line of the filter menu.
    Filter,
}

/// A command, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Export {
        format: String,
        path: String,
    },
    Goto(String),
    /// `:resolve N`: keep the Nth wording of the selected claim merged desks worded differently.
    Resolve(String),
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
            "resolve" => match args.as_slice() {
                [n] => Command::Resolve(n.to_string()),
                _ => Command::Usage(
                    "resolve",
                    "N (the wording to keep, as the detail lists them)",
                ),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// What `paint` must give, character by character.
    fn reference(len: usize, items: &[(Range<usize>, u32, usize)]) -> Vec<Option<u32>> {
        let mut out: Vec<Option<(usize, u32)>> = vec![None; len];
        for (r, m, p) in items {
            let end = r.end.min(len);
            for c in &mut out[r.start.min(end)..end] {
                if c.is_none_or(|(q, _)| *p < q) {
                    *c = Some((*p, *m));
                }
            }
        }
        out.into_iter().map(|c| c.map(|(_, m)| m)).collect()
    }

    #[test]
    fn marks_paint_overlaps_as_a_per_character_table_would() {
        let items = vec![
            (2..9, 7, 3),
            (0..4, 1, 5),
            (5..6, 2, 0),
            (8..20, 4, 1),
            (12..12, 9, 0),
            (30..40, 5, 2),
            (14..16, 7, 9),
            (15..18, 1, 4),
        ];
        let len = 35;
        let marks = Marks::paint(len, items.clone());
        let want = reference(len, &items);
        for (i, w) in want.iter().enumerate() {
            assert_eq!(marks.at(i), *w, "character {i}");
        }
        assert_eq!(marks.at(len), None);
        assert_eq!(marks.at(usize::MAX), None);
        let none: Marks<u8> = Marks::paint(10, Vec::<(Range<usize>, u8, u8)>::new());
        assert_eq!(none.at(0), None);
    }
}
