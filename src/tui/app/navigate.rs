//! Moving through the claims and the panes: selection, search, filters and sort, scrolling.

use super::App;
use crate::model::Status;
use crate::store::search::ClaimRow;
use crate::tui::action::Action;
use crate::tui::effects::Effect;
use crate::tui::popups::edit_line;
use crate::tui::state::Focus;
use crate::tui::state::ListRow;
use crate::tui::state::NO_CLAIM;
use crate::tui::state::Sort;
use crate::tui::state::VerdictFilter;
use crate::tui::strings;
use crate::tui::text::Wrapped;
use crate::tui::view;

impl App {
    /// Typing a search: every change searches again (the outcome moves to the first match from
    /// where the search started).
    pub(super) fn update_search(&mut self, action: Action) {
        let Some(search) = &mut self.search else {
            return;
        };
        match action {
            Action::Cancel => self.search = None,
            Action::Submit => {
                search.editing = false;
                if search.query().trim().is_empty() {
                    self.search = None;
                } else if search.matches.is_empty() && search.answered == search.query() {
                    let q = search.query();
                    self.info(strings::no_match(&q));
                }
            }
            Action::NextMatch => self.jump_match(true),
            Action::PrevMatch => self.jump_match(false),
            action @ (Action::Edit(_) | Action::Paste(_)) => {
                if !edit_line(&mut search.field, action) {
                    return;
                }
                let query = search.query();
                self.effects.push(Effect::Search {
                    query,
                    article: self.article,
                });
            }
            _ => {}
        }
    }

    /// The list positions of the search's claims.
    pub(super) fn find_matches(&mut self) {
        let Some(search) = &mut self.search else {
            return;
        };
        search.matches = self
            .view
            .iter()
            .enumerate()
            .filter(|&(_, &r)| search.ids.contains(&self.rows[r as usize].id))
            .map(|(i, _)| i)
            .collect();
    }

    /// Find the search's query in the text of the article shown, unless it was found there
    /// already.
    pub(super) fn find_hits(&mut self) {
        if self.search.is_none() {
            return;
        }
        let article = self.ctx().shown_row().map(|r| r.article_id);
        let Some(search) = &mut self.search else {
            return;
        };
        let query = search.query();
        if search.hits_article == article && search.hits_query == query {
            return;
        }
        let Some(view) = article.and_then(|a| self.texts.get(&a)) else {
            return;
        };
        search.hits = crate::tui::select::find_text(view.text.slice(0..view.text.len()), &query);
        search.hits_article = article;
        search.hits_query = query;
        search.hit = None;
    }

    /// `n`/`N` in the article pane: the next place the query occurs in the text; the claim
    /// there is selected when the list shows it.
    fn jump_hit(&mut self, forward: bool) -> bool {
        self.find_hits();
        let Some(search) = &self.search else {
            return false;
        };
        let n = search.hits.len();
        if n == 0 {
            return false;
        }
        let at = match search.hit {
            Some(h) if forward => (h + 1) % n,
            Some(h) => (h + n - 1) % n,
            None => {
                let from = self.selected_row().map_or(0, |r| r.start);
                if forward {
                    search
                        .hits
                        .iter()
                        .position(|r| r.start >= from)
                        .unwrap_or(0)
                } else {
                    search
                        .hits
                        .iter()
                        .rposition(|r| r.start < from)
                        .unwrap_or(n - 1)
                }
            }
        };
        let pos = search.hits[at].start;
        let article = search.hits_article;
        let claim = self
            .rows
            .iter()
            .position(|r| Some(r.article_id) == article && r.start <= pos && pos < r.end);
        if let Some(r) = claim.filter(|&r| self.row_pos[r] != NO_CLAIM) {
            self.select(self.row_pos[r] as usize);
        }
        if let Some(search) = &mut self.search {
            search.hit = Some(at);
        }
        let height = self.pane_height(Focus::Article);
        let line = self.wrapped.line_of(pos);
        self.article_scroll = Some(line.saturating_sub(height / 3));
        self.info(strings::hit_at(at + 1, n));
        true
    }

    pub(super) fn jump_match(&mut self, forward: bool) {
        if self.focus == Focus::Article && self.jump_hit(forward) {
            return;
        }
        let Some(search) = &self.search else {
            self.info(strings::NO_MATCHES_YET);
            return;
        };
        let m = &search.matches;
        if m.is_empty() {
            let q = search.query();
            self.info(strings::no_match(&q));
            return;
        }
        let at = if forward {
            m.iter().position(|&i| i > self.selected).unwrap_or(0)
        } else {
            m.iter()
                .rposition(|&i| i < self.selected)
                .unwrap_or(m.len() - 1)
        };
        let (to, n) = (m[at], m.len());
        self.select(to);
        self.find_hits();
        let hits = self.search.as_ref().map_or(0, |s| s.hits.len());
        self.info(format!(
            "{}{}",
            strings::match_at(at + 1, n),
            strings::in_article(hits)
        ));
    }

    /// Move by `delta` in `pane` (isize::MIN/MAX: to the start/end).
    pub(super) fn step(&mut self, pane: Focus, delta: isize) {
        match pane {
            Focus::List => {
                if self.view.is_empty() {
                    return;
                }
                let last = self.view.len() - 1;
                let to = self.selected.saturating_add_signed(delta).min(last);
                if to != self.selected {
                    self.select(to);
                }
            }
            Focus::Article => {
                let height = self.pane_height(Focus::Article);
                let max = self.wrapped.lines.len().saturating_sub(height);
                let from = self
                    .article_scroll
                    .unwrap_or_else(|| self.ctx().follow_offset(&self.wrapped, height));
                self.article_scroll = Some(from.saturating_add_signed(delta).min(max));
            }
            Focus::Detail => {
                let height = self.pane_height(Focus::Detail);
                let width = self.pane_width(Focus::Detail);
                let max = self.detail_height(width).saturating_sub(height);
                self.detail_scroll = self.detail_scroll.saturating_add_signed(delta).min(max);
            }
        }
    }

    /// How many lines the detail pane's text takes at `width`, counted once per claim version
    /// and width.
    pub(super) fn detail_height(&mut self, width: u16) -> usize {
        if let Some((w, n)) = self.detail_text.height
            && w == width
        {
            return n;
        }
        let n = view::wrapped_height(&self.detail_text.text, width);
        self.detail_text.height = Some((width, n));
        n
    }

    /// How far PageDown moves in the focused pane.
    pub(super) fn page(&self) -> usize {
        self.pane_height(self.focus).saturating_sub(1).max(1)
    }

    /// Select `rows[r]`, clearing the filters first if they hide it.
    pub(super) fn select_row(&mut self, r: usize) {
        if self.row_pos.get(r) == Some(&NO_CLAIM) {
            self.clear_filters();
        }
        if let Some(&pos) = self.row_pos.get(r).filter(|&&p| p != NO_CLAIM) {
            self.select(pos as usize);
        }
    }

    /// `]` and `[`: the next (previous) claim of the article in reading order that the list
    /// shows, whatever the list's order.
    pub(super) fn step_in_text(&mut self, forward: bool) {
        let Some(r) = self.selected_index() else {
            return;
        };
        let article = self.rows[r].article_id;
        let found = if forward {
            (r + 1..self.rows.len())
                .take_while(|&i| self.rows[i].article_id == article)
                .find(|&i| self.row_pos[i] != NO_CLAIM)
        } else {
            (0..r)
                .rev()
                .take_while(|&i| self.rows[i].article_id == article)
                .find(|&i| self.row_pos[i] != NO_CLAIM)
        };
        match found {
            Some(i) => self.select(self.row_pos[i] as usize),
            None => self.info(strings::NO_MORE_IN_TEXT),
        }
    }

    /// The rows of one article: a range of `rows`, which is sorted by article.
    pub(super) fn article_rows(&self, article: i64) -> std::ops::Range<usize> {
        let start = self.rows.partition_point(|r| r.article_id < article);
        let end = self.rows.partition_point(|r| r.article_id <= article);
        start..end
    }

    /// The list position of the first claim, in reading order, of `article` that the list shows.
    pub(super) fn first_shown(&self, article: i64) -> Option<usize> {
        self.article_rows(article)
            .find(|&i| self.row_pos[i] != NO_CLAIM)
            .map(|i| self.row_pos[i] as usize)
    }

    /// `}` and `{`: the first claim of the next (previous) article that has one in the list.
    pub(super) fn jump_article(&mut self, forward: bool) {
        let Some(current) = self.selected_row().map(|r| r.article_id) else {
            return;
        };
        let ids: Vec<i64> = self.articles.iter().map(|a| a.id).collect();
        let here = ids.iter().position(|&a| a == current).unwrap_or(0);
        let found = if forward {
            ids[here + 1..].iter().find_map(|&a| self.first_shown(a))
        } else {
            ids[..here].iter().rev().find_map(|&a| self.first_shown(a))
        };
        match found {
            Some(i) => self.select(i),
            None => self.info(strings::NO_OTHER_ARTICLE),
        }
    }

    /// Show an article: its first claim in the list, the filters cleared if they hide it.
    pub(super) fn show_article(&mut self, article: i64) {
        if self.first_shown(article).is_none() {
            self.clear_filters();
        }
        match self.first_shown(article) {
            Some(i) => self.select(i),
            None => self.info(strings::NO_CLAIMS),
        }
    }

    pub(super) fn clear_filters(&mut self) {
        self.status_filter = None;
        self.verdict_filter = None;
        self.type_filter = None;
        self.due_filter = None;
        self.mine = false;
        self.search = None;
        self.refilter();
    }

    /// The list again after a sort or filter change, keeping the selected claim when it stays.
    pub(super) fn refilter(&mut self) {
        let keep = self
            .selected_row()
            .map(|r| r.id)
            .or_else(|| self.last_row.and_then(|r| self.rows.get(r)).map(|r| r.id));
        self.rebuild_view(keep);
        if self.view.is_empty() {
            self.info(strings::NO_CLAIMS_MATCH);
        }
    }

    /// Filter and sort `rows` into the list; select `keep` if it is in it, else stay near.
    pub(super) fn rebuild_view(&mut self, keep: Option<i64>) {
        let me = self.reviewer.as_str();
        let passes = |r: &ClaimRow| {
            (!self.mine || r.assignee.as_deref() == Some(me))
                && self.status_filter.is_none_or(|s| r.status == s)
                && self.type_filter.is_none_or(|t| r.kind == t)
                && self.due_filter.is_none_or(|day| {
                    r.status != Status::Dismissed && r.recheck_on.is_some_and(|d| d <= day)
                })
                && match &self.verdict_filter {
                    None => true,
                    Some(VerdictFilter::Unrated) => r.rating.is_none(),
                    Some(VerdictFilter::Rating(x)) => r.rating.as_deref() == Some(x.as_str()),
                }
        };
        // The list's buffers are filled again in place: with 100,000 claims, fresh vectors on
        // each filter change cost more in page faults (the kernel zeroing new pages) than the
        // filtering itself, measured from outside with `examples/first_frame`. For the same
        // reason the rows (about 11 MB at 100,000 claims) are walked once in reading order.
        // Where `keep` was: the selected row or the last one, when it is still that claim.
        let keep_row = keep.and_then(|id| {
            [self.selected_index(), self.last_row]
                .into_iter()
                .flatten()
                .find(|&r| self.rows.get(r).is_some_and(|row| row.id == id))
                .or_else(|| self.rows.iter().position(|r| r.id == id))
        });
        let mut view = std::mem::take(&mut self.view);
        let mut row_pos = std::mem::take(&mut self.row_pos);
        let mut display = std::mem::take(&mut self.display);
        let mut display_of = std::mem::take(&mut self.display_of);
        view.clear();
        display.clear();
        display_of.clear();
        let rows = &self.rows;
        let grouped =
            self.article.is_none() && self.articles.len() > 1 && self.sort == Sort::Position;
        let (mut reviewed, mut counted) = (0, 0);
        let mut last = None;
        for (i, r) in rows.iter().enumerate() {
            if r.status != Status::Dismissed {
                counted += 1;
                reviewed += usize::from(matches!(r.status, Status::Reviewed | Status::Disputed));
            }
            if !passes(r) {
                continue;
            }
            if grouped {
                if last != Some(r.article_id) {
                    display.push(ListRow::Article(r.article_id));
                    last = Some(r.article_id);
                }
                display_of.push(display.len() as u32);
                display.push(ListRow::Claim(view.len()));
            }
            view.push(i as u32);
        }
        match self.sort {
            Sort::Position => {}
            Sort::Score => {
                view.sort_by(|&a, &b| rows[b as usize].score.total_cmp(&rows[a as usize].score))
            }
            Sort::Status => view.sort_by_key(|&i| {
                Status::ALL
                    .iter()
                    .position(|s| *s == rows[i as usize].status)
            }),
        }
        row_pos.clear();
        row_pos.resize(rows.len(), NO_CLAIM);
        for (v, &r) in view.iter().enumerate() {
            row_pos[r as usize] = v as u32;
        }
        self.progress = (reviewed, counted);
        let old = self.selected;
        self.view = view;
        self.row_pos = row_pos;
        self.display = display;
        self.display_of = display_of;
        self.find_matches();
        let kept = keep_row.map(|r| self.row_pos[r]).filter(|&p| p != NO_CLAIM);
        let to = kept.map_or(old.min(self.view.len().saturating_sub(1)), |p| p as usize);
        self.select(to);
    }

    /// Select list position `index`: ask for its detail and its article's text, follow it in
    /// the article.
    pub(super) fn select(&mut self, index: usize) {
        let same = self.selected == index
            && self
                .detail
                .as_ref()
                .zip(self.view.get(index))
                .is_some_and(|(d, &r)| d.claim.id == self.rows[r as usize].id);
        self.selected = index;
        if let Some(&r) = self.view.get(index) {
            self.last_row = Some(r as usize);
        }
        if same {
            return;
        }
        self.article_scroll = None;
        self.detail_scroll = 0;
        let Some(row) = self.selected_row() else {
            self.set_detail(None);
            return;
        };
        let (claim, article) = (row.id, row.article_id);
        // Until it is read, no form can open on the claim selected before.
        if self.detail.as_ref().is_some_and(|d| d.claim.id != claim) {
            self.set_detail(None);
        }
        self.ask(Effect::LoadDetail { claim });
        if !self.texts.contains_key(&article) {
            self.ask(Effect::LoadText { article });
        }
        self.find_hits();
        self.rewrap();
    }

    /// Ask for a read, once: one step may select the same claim twice (filters cleared, then
    /// the claim selected).
    pub(super) fn ask(&mut self, read: Effect) {
        let asked = self.effects.iter().any(|e| match (e, &read) {
            (Effect::LoadDetail { claim: a }, Effect::LoadDetail { claim: b }) => a == b,
            (Effect::LoadText { article: a }, Effect::LoadText { article: b }) => a == b,
            _ => false,
        });
        if !asked {
            self.effects.push(read);
        }
    }

    /// Wrap the selected claim's article for the article pane, if the width or article changed.
    pub(super) fn rewrap(&mut self) {
        let Some(article) = self.selected_row().map(|c| c.article_id) else {
            return;
        };
        // Before the first size is known there is no pane to wrap for (wrapping at one column
        // would cost a line per character).
        let Some(width) = self.pane_rect(Focus::Article).map(|r| r.width.max(1)) else {
            return;
        };
        if self.wrapped.article == article
            && self.wrapped.width == width
            && !self.wrapped.lines.is_empty()
        {
            return;
        }
        if let Some(view) = self.texts.get(&article) {
            self.wrapped = Wrapped {
                article,
                width,
                lines: view.text.wrap(width),
            };
        }
    }

    /// Select claim `id`, clearing the filters if they hide it.
    pub fn goto(&mut self, id: i64) -> Vec<Effect> {
        self.go_to(id);
        std::mem::take(&mut self.effects)
    }

    pub(super) fn go_to(&mut self, id: i64) {
        let Some(r) = self.rows.iter().position(|r| r.id == id) else {
            self.error(strings::not_in_list(id));
            return;
        };
        self.select_row(r);
        if self.selected_index() == Some(r) {
            self.info(strings::goto_done(id));
        }
    }
}
