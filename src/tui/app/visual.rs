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
