//! The filter menu (`f`): every status, verdict and type filter, and "mine", each with the number
//! of claims the list would show with it (the other filters kept), in one list to pick from.

use super::App;
use crate::extract::ClaimType;
use crate::model::Status;
use crate::store::search::ClaimRow;
use crate::tui::popups::picker::{PickKind, Picker};
use crate::tui::state::VerdictFilter;
use crate::tui::strings;
use rustc_hash::FxHashMap;
use strum::IntoEnumIterator;

/// One line of the menu: what picking it does.
#[derive(Debug, Clone, PartialEq)]
pub enum FilterChoice {
    /// Every filter off.
    All,
    Status(Option<Status>),
    Verdict(Option<VerdictFilter>),
    Type(Option<ClaimType>),
    Mine(bool),
}

/// The filters of the list, as a value: what a choice changes and counts are made on.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Filters {
    pub status: Option<Status>,
    pub verdict: Option<VerdictFilter>,
    pub kind: Option<ClaimType>,
    /// Only the claims assigned to this reviewer.
    pub mine: Option<String>,
}

/// Claims alike for every filter of the menu (the same status, rating, type and whether they
/// are the reviewer's), and how many: the menu's counts are sums over these few groups, made in
/// one pass over the rows and kept until the rows change.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct FilterGroup {
    status: Status,
    rating: Option<Box<str>>,
    kind: ClaimType,
    mine: bool,
    count: usize,
}

/// The groups of `rows` for `me`.
pub(super) fn filter_groups(rows: &[ClaimRow], me: &str) -> Vec<FilterGroup> {
    let mut index: FxHashMap<(Status, Option<&str>, ClaimType, bool), usize> = FxHashMap::default();
    let mut groups: Vec<FilterGroup> = Vec::new();
    for r in rows {
        let mine = r.assignee.as_deref() == Some(me);
        let key = (r.status, r.rating.as_deref(), r.kind, mine);
        let at = *index.entry(key).or_insert_with(|| {
            groups.push(FilterGroup {
                status: r.status,
                rating: r.rating.clone(),
                kind: r.kind,
                mine,
                count: 0,
            });
            groups.len() - 1
        });
        groups[at].count += 1;
    }
    groups
}

impl Filters {
    /// Whether a claim of `group` passes (`mine` given as the group's).
    fn passes_group(&self, g: &FilterGroup) -> bool {
        self.status.is_none_or(|s| g.status == s)
            && self.kind.is_none_or(|t| g.kind == t)
            && (self.mine.is_none() || g.mine)
            && match &self.verdict {
                None => true,
                Some(VerdictFilter::Unrated) => g.rating.is_none(),
                Some(VerdictFilter::Rating(x)) => g.rating.as_deref() == Some(x.as_str()),
            }
    }

    /// These filters with `choice` applied.
    fn with(&self, choice: &FilterChoice, me: &str) -> Filters {
        let mut f = self.clone();
        match choice {
            FilterChoice::All => f = Filters::default(),
            FilterChoice::Status(s) => f.status = *s,
            FilterChoice::Verdict(v) => f.verdict.clone_from(v),
            FilterChoice::Type(t) => f.kind = *t,
            FilterChoice::Mine(m) => f.mine = m.then(|| me.to_string()),
        }
        f
    }
}

impl App {
    pub(super) fn filters(&self) -> Filters {
        Filters {
            status: self.status_filter,
            verdict: self.verdict_filter.clone(),
            kind: self.type_filter,
            mine: self.mine.then(|| self.reviewer.clone()),
        }
    }

    /// `f`: the menu, each line with its count; a filter already on is marked and picking it
    /// turns it off.
    pub(super) fn open_filter_menu(&mut self) {
        let now = self.filters();
        let mut choices: Vec<(String, FilterChoice)> =
            vec![(strings::FILTER_ALL.to_string(), FilterChoice::All)];
        for &s in Status::ALL {
            let on = now.status == Some(s);
            let label = format!("{}: {}", strings::FILTER_STATUS, s.as_str());
            choices.push((label, FilterChoice::Status((!on).then_some(s))));
        }
        let mut verdicts: Vec<VerdictFilter> = self
            .config
            .scale
            .ratings
            .iter()
            .map(|r| VerdictFilter::Rating(r.clone()))
            .collect();
        verdicts.push(VerdictFilter::Unrated);
        for v in verdicts {
            let on = now.verdict.as_ref() == Some(&v);
            let label = format!("{}: {}", strings::FILTER_VERDICT, v.label());
            choices.push((label, FilterChoice::Verdict((!on).then_some(v))));
        }
        for t in ClaimType::iter() {
            let on = now.kind == Some(t);
            let label = format!("{}: {}", strings::FILTER_TYPE, t.as_str());
            choices.push((label, FilterChoice::Type((!on).then_some(t))));
        }
        choices.push((
            strings::FILTER_MINE_LINE.to_string(),
            FilterChoice::Mine(!self.mine),
        ));
        let me = self.reviewer.clone();
        let groups = self
            .filter_groups
            .get_or_insert_with(|| filter_groups(&self.rows, &me));
        let counts: Vec<usize> = choices
            .iter()
            .map(|(_, c)| {
                let target = now.with(c, &me);
                groups
                    .iter()
                    .filter(|g| target.passes_group(g))
                    .map(|g| g.count)
                    .sum()
            })
            .collect();
        let mut items = Vec::with_capacity(choices.len());
        for (i, ((label, choice), n)) in choices.iter().zip(counts).enumerate() {
            let on = match choice {
                FilterChoice::All => false,
                FilterChoice::Status(s) => s.is_none(),
                FilterChoice::Verdict(v) => v.is_none(),
                FilterChoice::Type(t) => t.is_none(),
                FilterChoice::Mine(m) => !m,
            };
            items.push((strings::filter_line(label, n, on), i as i64));
        }
        self.filter_menu = choices.into_iter().map(|(_, c)| c).collect();
        let picker = Picker::new(
            PickKind::Filter,
            strings::FILTER_MENU.to_string(),
            items,
            self.theme,
        );
        self.popup = Some(Box::new(picker));
    }

    /// A line of the filter menu was picked.
    pub(super) fn pick_filter(&mut self, index: i64) {
        let Some(choice) = usize::try_from(index)
            .ok()
            .and_then(|i| self.filter_menu.get(i).cloned())
        else {
            return;
        };
        let f = self.filters().with(&choice, &self.reviewer.clone());
        self.status_filter = f.status;
        self.verdict_filter = f.verdict;
        self.type_filter = f.kind;
        self.mine = f.mine.is_some();
        self.refilter();
    }
}
