//! What the screen draws from: a read-only snapshot of the workbench state, built by the app for
//! each frame (television's `Ctx`). The panes and popups see this, never the app.

use super::component::Popup;
use super::keymap::{Keymap, Mode};
use super::popups::help::Help;
use super::state::{ArticleView, Focus, ListRow, Message, Search, Sort, VerdictFilter};
use super::strings;
use super::text::Wrapped;
use super::theme::Theme;
use crate::extract::ClaimType;
use crate::model::{Article, Scale, Status};
use crate::store::search::ClaimRow;
use ratatui::text::Text;
use std::collections::{HashMap, HashSet};

/// What the list's column widths come from, over every loaded claim (so the columns do not move
/// while scrolling), measured when the rows change rather than each frame.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListWidths {
    /// The largest claim id loaded.
    pub max_id: i64,
    /// Some loaded claim has a claimant.
    pub any_claimant: bool,
}

impl ListWidths {
    pub fn of(rows: &[ClaimRow]) -> ListWidths {
        rows.iter().fold(ListWidths::default(), |w, r| ListWidths {
            max_id: w.max_id.max(r.id),
            any_claimant: w.any_claimant || r.claimant.is_some(),
        })
    }
}

pub struct Ctx<'a> {
    pub theme: Theme,
    pub keymap: &'a Keymap,
    pub scale: &'a Scale,
    pub reviewer: &'a str,
    /// Which key table applies now.
    pub mode: Mode,
    /// The article given on the command line, if any.
    pub article: Option<i64>,
    pub articles: &'a [Article],
    /// Every claim loaded, in reading order.
    pub rows: &'a [ClaimRow],
    /// The list's widths over `rows`.
    pub list_widths: ListWidths,
    /// `rows` are one article's while every row is being read: counts are shown with "…".
    pub loading: bool,
    /// The list: indices into `rows`, in list order.
    pub view: &'a [u32],
    /// The drawn rows with article headings (empty: the drawn rows are the list), and the drawn
    /// row of each list position.
    pub display: &'a [ListRow],
    pub display_of: &'a [u32],
    /// Position in `view` of the selected claim.
    pub selected: usize,
    pub sort: Sort,
    pub status_filter: Option<Status>,
    pub verdict_filter: Option<&'a VerdictFilter>,
    pub type_filter: Option<ClaimType>,
    /// Only the claims due for a re-check by this day.
    pub due_filter: Option<chrono::NaiveDate>,
    pub search: Option<&'a Search>,
    /// Claims marked for a bulk action (ids).
    pub marks: &'a HashSet<i64>,
    /// While no claim passes the filters: the row selected before (its article stays shown).
    pub last_row: Option<usize>,
    /// Only the claims assigned to the reviewer are listed.
    pub mine: bool,
    /// While selecting in the article: the article, the characters selected and the cursor.
    pub selection: Option<(i64, std::ops::Range<usize>, usize)>,
    /// The selected claim's detail, as drawn (built when the detail is read, not per frame).
    pub detail_text: &'a Text<'static>,
    pub texts: &'a HashMap<i64, ArticleView>,
    /// The selected claim's article, wrapped for the article pane's width.
    pub wrapped: &'a Wrapped,
    pub focus: Focus,
    /// In the stacked layout, which of article and detail is under the list.
    pub bottom: Focus,
    pub article_scroll: Option<usize>,
    pub detail_scroll: usize,
    pub message: Option<&'a Message>,
    /// Claims with a verdict, and claims counted (not dismissed).
    pub progress: (usize, usize),
    /// The database refuses changes.
    pub read_only: bool,
    pub popup: Option<&'a dyn Popup>,
    pub help: Option<&'a Help>,
    /// Claims with an open consistency finding (of the articles checked so far).
    pub finding_claims: &'a std::collections::HashSet<i64>,
}

impl Ctx<'_> {
    pub fn selected_row(&self) -> Option<&ClaimRow> {
        self.view
            .get(self.selected)
            .map(|&i| &self.rows[i as usize])
    }

    /// The claim whose article the article pane shows: the selected one, else (no claim passes
    /// the filters) the one selected before.
    pub fn shown_row(&self) -> Option<&ClaimRow> {
        self.selected_row()
            .or_else(|| self.last_row.and_then(|r| self.rows.get(r)))
    }

    /// The filters on, as the list's title names them ("status: new", "mine").
    pub fn filter_labels(&self) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(s) = self.status_filter {
            out.push(format!("{}: {}", strings::FILTER_STATUS, s.as_str()));
        }
        if let Some(v) = self.verdict_filter {
            out.push(format!("{}: {}", strings::FILTER_VERDICT, v.label()));
        }
        if let Some(t) = self.type_filter {
            out.push(format!("{}: {}", strings::FILTER_TYPE, t.as_str()));
        }
        if self.mine {
            out.push(strings::FILTER_MINE.to_string());
        }
        if let Some(s) = self.search {
            out.push(format!("/{}", s.query()));
        }
        out
    }

    /// Index into `rows` of the selected claim.
    pub fn selected_index(&self) -> Option<usize> {
        self.view.get(self.selected).map(|&i| i as usize)
    }

    /// How many rows the drawn list has (claims and article headings).
    pub fn display_len(&self) -> usize {
        if self.display.is_empty() {
            self.view.len()
        } else {
            self.display.len()
        }
    }

    pub fn display_row(&self, row: usize) -> Option<ListRow> {
        if self.display.is_empty() {
            (row < self.view.len()).then_some(ListRow::Claim(row))
        } else {
            self.display.get(row).copied()
        }
    }

    /// The first drawn row of the list in a pane `height` rows high: the selection in the
    /// middle once the list is longer than the pane.
    pub fn list_offset(&self, height: usize) -> usize {
        let len = self.display_len();
        if len <= height {
            return 0;
        }
        let selected = if self.display.is_empty() {
            self.selected
        } else {
            self.display_of
                .get(self.selected)
                .map_or(0, |&d| d as usize)
        };
        selected.saturating_sub(height / 2).min(len - height)
    }

    /// Where the article pane starts when it follows the selected claim: the claim a third of the
    /// way down.
    pub fn follow_offset(&self, wrapped: &Wrapped, height: usize) -> usize {
        let at = match &self.selection {
            Some((article, _, cursor)) if *article == wrapped.article => *cursor,
            _ => match self.shown_row() {
                Some(claim) => claim.start,
                None => return 0,
            },
        };
        let line = wrapped.line_of(at);
        line.saturating_sub(height / 3)
            .min(wrapped.lines.len().saturating_sub(height))
    }

    pub fn article_title(&self, id: i64) -> &str {
        self.articles
            .iter()
            .find(|a| a.id == id)
            .map_or(strings::UNTITLED, |a| a.title.as_str())
    }
}
