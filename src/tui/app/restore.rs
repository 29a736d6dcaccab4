//! Where the reviewer is, as a `Place` kept on quit, and going back there on the next start.

use super::App;
use crate::tui::effects::Effect;

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
