//! Selecting in the article (`V`): a cursor and an anchor over the selected claim's article,
//! moved by `select::Motion`, turned into a new claim or into the selected claim's parts.

use super::App;
use crate::tui::action::Action;
use crate::tui::effects::Effect;
use crate::tui::select::{Motion, Selection};
use crate::tui::strings;
use std::ops::Range;

/// The selection being made: in which article, over its characters.
pub(crate) struct Visual {
    pub article: i64,
    /// The article's characters (as laid out: the same count as stored).
    chars: Vec<char>,
    pub sel: Selection,
}

impl App {
    /// Whether the reviewer is selecting in the article.
    pub fn selecting(&self) -> bool {
        self.visual.is_some()
    }

    /// The characters selected (end exclusive), while selecting.
    pub fn selection(&self) -> Option<Range<usize>> {
        self.visual.as_ref().map(|v| v.sel.range())
    }

    /// `V`: select from the selected claim's start, in its article.
    pub(super) fn start_select(&mut self) {
        let Some(row) = self.selected_row() else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        let (article, at) = (row.article_id, row.start);
        let Some(view) = self.texts.get(&article) else {
            self.error(strings::SELECT_NO_TEXT);
            return;
        };
        let chars: Vec<char> = view.text.slice(0..view.text.len()).chars().collect();
        if chars.is_empty() {
            self.error(strings::SELECT_NO_TEXT);
            return;
        }
        let at = at.min(chars.len() - 1);
        self.visual = Some(Visual {
            article,
            chars,
            sel: Selection::at(at),
        });
        self.article_scroll = None;
        self.set_focus(crate::tui::state::Focus::Article);
        self.info(strings::SELECT_STARTED);
    }

    /// A key while selecting.
    pub(super) fn update_visual(&mut self, action: Action) {
        let motion = match action {
            Action::SelectCharNext => Some(Motion::CharNext),
            Action::SelectCharPrev => Some(Motion::CharPrev),
            Action::SelectWordNext => Some(Motion::WordNext),
            Action::SelectWordPrev => Some(Motion::WordPrev),
            Action::SelectSentenceNext => Some(Motion::SentenceNext),
            Action::SelectSentencePrev => Some(Motion::SentencePrev),
            _ => None,
        };
        let Some(v) = self.visual.as_mut() else {
            return;
        };
        if let Some(m) = motion {
            v.sel.extend(&v.chars, m);
            self.article_scroll = None;
            return;
        }
        match action {
            Action::SelectSwap => {
                std::mem::swap(&mut v.sel.anchor, &mut v.sel.cursor);
            }
            Action::Cancel | Action::StartSelect => self.visual = None,
            Action::SelectToClaim | Action::SelectAsParts | Action::SelectAddPart => {
                self.finish_select(&action);
            }
            _ => {}
        }
    }

    /// Turn the selection into a new claim, or into the selected claim's parts.
    fn finish_select(&mut self, action: &Action) {
        let Some(v) = &self.visual else {
            return;
        };
        let article = v.article;
        let Some((start, end)) = v.sel.span(&v.chars) else {
            self.error(strings::SELECT_EMPTY);
            return;
        };
        if *action == Action::SelectToClaim {
            self.visual = None;
            self.effects.push(Effect::AddClaim {
                article,
                quote: format!("{start}..{end}"),
            });
            return;
        }
        let Some(c) = self.current_claim().filter(|c| c.article_id == article) else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        let previous = c.parts.clone();
        let parts = if *action == Action::SelectAddPart {
            let mut p = previous.clone();
            p.push([start, end]);
            p
        } else {
            vec![[start, end]]
        };
        let (claim, version) = (c.id, c.version);
        self.visual = None;
        self.effects.push(Effect::SetParts {
            claim,
            parts,
            previous,
            expected_version: Some(version),
        });
    }
}

impl App {
    /// Where the reviewer is: kept on quit, restored on the next start.
    pub fn place(&self) -> crate::tui::place::Place {
        use crate::tui::state::{Focus, VerdictFilter};
        let row = self.selected_row();
        crate::tui::place::Place {
            claim: row.map(|r| r.id),
            article: row.map(|r| r.article_id),
            sort: self.sort.label().to_string(),
            status: self.status_filter.map(|s| s.as_str().to_string()),
            verdict: match &self.verdict_filter {
                Some(VerdictFilter::Rating(r)) => Some(r.clone()),
                _ => None,
            },
            unrated: self.verdict_filter == Some(VerdictFilter::Unrated),
            kind: self.type_filter.map(|t| t.as_str().to_string()),
            mine: self.mine,
            focus: match self.focus {
                Focus::List => "list",
                Focus::Article => "article",
                Focus::Detail => "detail",
            }
            .to_string(),
        }
    }

    /// Go back to a place kept from before: its filters and sort, its claim (or, when that claim
    /// is gone, the first claim of its article; else the first claim), its focused pane.
    pub fn restore_place(&mut self, place: &crate::tui::place::Place) -> Vec<Effect> {
        use crate::model::Status;
        use crate::tui::state::{Focus, Sort, VerdictFilter};
        self.sort = [Sort::Position, Sort::Score, Sort::Status]
            .into_iter()
            .find(|s| s.label() == place.sort)
            .unwrap_or(Sort::Position);
        self.status_filter = place.status.as_deref().and_then(Status::parse);
        self.verdict_filter = match &place.verdict {
            Some(r) if self.config.scale.contains(r) => Some(VerdictFilter::Rating(r.clone())),
            _ if place.unrated => Some(VerdictFilter::Unrated),
            _ => None,
        };
        self.type_filter = place
            .kind
            .as_deref()
            .and_then(crate::extract::ClaimType::parse);
        self.mine = place.mine;
        self.refilter();
        if self.view.is_empty() {
            self.clear_filters();
        }
        let row = place
            .claim
            .and_then(|id| self.rows.iter().position(|r| r.id == id))
            .or_else(|| {
                let article = place.article?;
                self.rows.iter().position(|r| r.article_id == article)
            });
        if let Some(r) = row {
            self.select_row(r);
        }
        let focus = match place.focus.as_str() {
            "article" => Focus::Article,
            "detail" => Focus::Detail,
            _ => Focus::List,
        };
        self.set_focus(focus);
        self.message = None;
        std::mem::take(&mut self.effects)
    }
}
