//! What the executor answered: reads put in place, writes shown and made undoable.

use super::App;
use super::DetailText;
use super::TEXT_CACHE;
use crate::model::{Article, ClaimDetail, Status};
use crate::tui::effects::Change;
use crate::tui::effects::Effect;
use crate::tui::effects::Outcome;
use crate::tui::effects::Refresh;
use crate::tui::effects::Rows;
use crate::tui::panes;
use crate::tui::popups::confirm::Confirm;
use crate::tui::popups::confirm::ConfirmTask;
use crate::tui::popups::log::LogView;
use crate::tui::popups::overview::Overview;
use crate::tui::popups::picker::Picker;
use crate::tui::state::ArticleView;
use crate::tui::state::{ELSEWHERE, Marks};
use crate::tui::strings;
use crate::tui::text::ArticleText;
use crate::tui::text::Wrapped;
use crate::tui::text::one_line;
use crate::tui::theme::value_group;
use std::collections::HashMap;

impl App {
    /// The claims a search matched: mark them and go to the first from where it started.
    pub(super) fn searched(&mut self, query: &str, ids: Result<Vec<i64>, String>) {
        let ids = match ids {
            Ok(ids) => ids,
            Err(e) => return self.error(e),
        };
        // An answer to a query typed over since is dropped.
        match &mut self.search {
            Some(s) if s.query() == query => {
                s.ids = ids.into_iter().collect();
                s.answered = query.to_string();
            }
            _ => return,
        }
        self.find_matches();
        let origin = self.search.as_ref().map_or(0, |s| s.origin);
        let first = self.search.as_ref().and_then(|s| {
            s.matches
                .iter()
                .find(|&&m| m >= origin)
                .or(s.matches.first())
                .copied()
        });
        self.select(first.unwrap_or(origin));
        self.find_hits();
        // Submitted before the answer came (a search on its thread): say it now.
        if self
            .search
            .as_ref()
            .is_some_and(|s| !s.editing && s.matches.is_empty())
        {
            self.info(strings::no_match(query));
        }
    }

    /// What the executor answered.
    pub(super) fn apply(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Precedents { claim, found } => {
                if self.detail.as_ref().is_none_or(|d| d.claim.id != claim) {
                    return;
                }
                self.precedents = found;
                self.precedents_for = Some(claim);
                self.rebuild_detail_text();
                match self.pending_reuse.take() {
                    Some(true) => self.ask_reuse(None),
                    Some(false) => self.open_precedent_picker(),
                    None => {}
                }
            }
            Outcome::SuggestionsDismissed {
                claim,
                dismissed,
                detail,
            } => {
                if self.detail.as_ref().is_some_and(|d| d.claim.id == claim) {
                    match detail {
                        Ok(d) => self.set_detail(Some(d)),
                        Err(e) => {
                            self.error(e);
                            return;
                        }
                    }
                }
                self.info(strings::suggestions_dismissed(dismissed));
            }
            Outcome::PrecedentDismissed {
                claim,
                precedent,
                found,
            } => {
                if self.popup_as::<Picker>().is_some() {
                    self.popup = None;
                }
                if self.detail.as_ref().is_none_or(|d| d.claim.id != claim) {
                    return;
                }
                self.precedents = found;
                self.precedents_for = Some(claim);
                self.rebuild_detail_text();
                if !self.precedents.is_empty() {
                    self.open_precedent_picker();
                }
                self.info(strings::precedent_dismissed(precedent));
            }
            Outcome::Detail { claim, detail } => {
                if self.selected_row().is_none_or(|r| r.id != claim) {
                    return;
                }
                match detail {
                    Ok(d) => self.set_detail(Some(d)),
                    Err(e) => {
                        self.set_detail(None);
                        self.error(e);
                    }
                }
            }
            Outcome::Text {
                article,
                text,
                values,
                spans,
                open_findings,
            } => {
                self.mark_findings(article, &open_findings);
                self.text_loaded(article, text, values, spans);
            }
            Outcome::Searched { query, ids } => self.searched(&query, ids),
            Outcome::Log { claim, events } => match events {
                Ok(events) => {
                    self.popup = Some(Box::new(LogView::new(claim, &events, self.theme)));
                }
                Err(e) => self.error(e),
            },
            Outcome::Overview(counts) => match counts {
                Ok((article, overall, agreement)) => {
                    let mut o = Overview::new(article, overall, &self.config.scale, self.theme);
                    o.agreement = strings::agreement_lines(&agreement);
                    self.popup = Some(Box::new(o));
                }
                Err(e) => self.error(e),
            },
            Outcome::MergeTarget {
                claim,
                version,
                other,
                other_version,
            } => match other_version {
                Ok(other_version) => {
                    let task = ConfirmTask::Merge {
                        other,
                        other_version,
                    };
                    let question = strings::merge_question(claim, other);
                    let confirm = Confirm::new(task, claim, Some(version), question, self.theme);
                    self.popup = Some(Box::new(confirm));
                }
                Err(e) => self.error(e),
            },
            Outcome::Saved { change, refresh } => self.saved(change, refresh),
            Outcome::Sent => {}
            Outcome::Rows(rows) => {
                self.loading = false;
                match rows {
                    Ok(rows) => {
                        let keep = self.selected_row().map(|r| r.id);
                        self.rows = rows;
                        self.list_widths = crate::tui::ctx::ListWidths::of(&self.rows);
                        self.filter_groups = None;
                        self.rebuild_view(keep);
                    }
                    Err(e) => self.error(e),
                }
            }
            Outcome::Reloaded { articles, refresh } => {
                match articles {
                    Ok(a) => self.articles = a,
                    Err(e) => self.error(e),
                }
                self.after_write(refresh);
            }
            Outcome::Refused { sentence, refresh } => {
                let version = refresh.map(|r| {
                    self.after_write(r);
                    self.detail.as_ref().map(|d| d.claim.version)
                });
                let took = match &mut self.popup {
                    Some(p) => p.refused(sentence.clone(), version.flatten()),
                    None => false,
                };
                if !took {
                    self.popup = None;
                    self.error(sentence);
                }
            }
            Outcome::Findings {
                article,
                findings,
                index,
                note,
            } => match findings {
                Ok(findings) => {
                    let open: Vec<i64> = findings
                        .iter()
                        .filter(|f| f.is_open())
                        .flat_map(|f| f.finding.claims.iter().copied())
                        .collect();
                    self.mark_findings(article, &open);
                    let popup = crate::tui::popups::findings::Findings::new(
                        article, findings, index, self.theme,
                    );
                    self.popup = Some(Box::new(popup));
                    if let Some(note) = note {
                        self.info(note);
                    }
                }
                Err(e) => self.error(e),
            },
            Outcome::UndoneOffClaim { what, redo } => {
                self.info(if redo {
                    strings::redone(&what)
                } else {
                    strings::undone(&what)
                });
                let claim = self.selected_row().map_or(0, |r| r.id);
                self.effects.push(Effect::Reload { claim });
            }
            Outcome::Info(s) => self.info(s),
            Outcome::Failed(s) => self.error(s),
            Outcome::ReviewerSet(name) => {
                self.info(strings::reviewer_set(&one_line(&name)));
                self.reviewer = name;
            }
            Outcome::ArticleSet { article, revalued } => self.article_set(article, revalued),
        }
    }

    /// An article's description changed: show its new title, and read its text and the selected
    /// claim again for the values a new date resolved.
    fn article_set(&mut self, article: Article, revalued: usize) {
        let id = article.id;
        self.info(strings::article_set(id, revalued));
        if let Some(a) = self.articles.iter_mut().find(|a| a.id == id) {
            *a = article;
        }
        self.texts.remove(&id);
        if let Some(row) = self.selected_row().filter(|r| r.article_id == id) {
            let claim = row.id;
            self.wrapped = Wrapped::default();
            self.ask(Effect::LoadDetail { claim });
            self.ask(Effect::LoadText { article: id });
        }
    }

    /// A write went through: show the claim as it is now, say so, and keep how to undo it.
    pub(super) fn saved(&mut self, change: Change, refresh: Refresh) {
        if !matches!(change, Change::Undone { .. }) {
            self.popup = None;
        }
        let advance = matches!(change, Change::Verdict { .. } | Change::Dismissed { .. });
        self.after_write(refresh);
        let said = match change {
            Change::EvidenceAdded { claim, .. } => strings::evidence_added(claim),
            Change::Verdict { claim, rating } => strings::verdict_added(claim, &rating),
            Change::Dismissed { claim, .. } => strings::dismissed(claim),
            Change::Restored { claim, .. } => strings::restored(claim),
            Change::Edited { claim, .. } => strings::edited(claim),
            Change::Split { first, second, .. } => strings::split_done(first, second),
            Change::Merged { claim, other } => strings::merged(claim, other),
            Change::EvidenceRemoved { claim, evidence } => {
                strings::evidence_removed(evidence.id, claim)
            }
            Change::ClaimantSet { claim, .. } => {
                let now = self.detail.as_ref().and_then(|d| d.claim.claimant.clone());
                strings::claimant_set(claim, now.as_ref().map(|c| c.name.as_str()))
            }
            Change::Assigned { claim, .. } => {
                let now = self.detail.as_ref().and_then(|d| d.claim.assignee.clone());
                strings::assigned(claim, now.as_deref())
            }
            Change::PartsSet { claim, .. } => strings::parts_set(claim),
            Change::ClaimAdded { claim } => {
                if let Some(r) = self.rows.iter().position(|r| r.id == claim) {
                    self.select_row(r);
                }
                strings::claim_added(claim)
            }
            Change::Undone { what, redo, .. } => {
                self.info(if redo {
                    strings::redone(&what)
                } else {
                    strings::undone(&what)
                });
                return;
            }
            Change::Bulk { said, .. } => {
                self.marks.clear();
                said
            }
        };
        self.info(said);
        if advance && self.config.triage.advance {
            self.advance_to_review();
        }
    }

    /// After a decision: select the next claim of the list (wrapping) that still needs review,
    /// that is neither reviewed nor dismissed; stay when there is none.
    fn advance_to_review(&mut self) {
        let n = self.view.len();
        let next = (1..n).map(|k| (self.selected + k) % n).find(|&i| {
            let row = &self.rows[self.view[i] as usize];
            !matches!(row.status, Status::Reviewed | Status::Dismissed)
        });
        if let Some(i) = next {
            self.select(i);
        }
    }

    /// After a write: the claim's row (all rows when claims were added or removed) and detail as
    /// read again, the claim kept selected; returns its version.
    pub(super) fn after_write(&mut self, refresh: Refresh) -> Option<i64> {
        let id = refresh.claim;
        match refresh.rows {
            Ok(Rows::All(rows)) => {
                self.rows = rows;
                self.loading = false;
                self.texts.clear();
                self.wrapped = Wrapped::default();
            }
            Ok(Rows::One(row)) => {
                if let Some(i) = self.rows.iter().position(|r| r.id == id) {
                    self.rows[i] = row;
                }
            }
            Err(e) => {
                if self.rows.iter().any(|r| r.id == id) {
                    self.error(e);
                }
            }
        }
        self.list_widths = crate::tui::ctx::ListWidths::of(&self.rows);
        self.filter_groups = None;
        self.set_detail(None);
        self.rebuild_view(Some(id));
        if self.row_pos.is_empty() {
            return None;
        }
        // The reviewer keeps working on the claim even if a filter now hides it: its detail is
        // taken either way.
        let d = refresh.detail?;
        let version = d.claim.version;
        if self.selected_row().is_some_and(|r| r.id == id) {
            self.set_detail(Some(d));
        }
        Some(version)
    }

    /// An article's text was read: mark its claims and values, once.
    /// The claims of `article` with an open finding are `open` (the detail pane marks them).
    pub(super) fn mark_findings(&mut self, article: i64, open: &[i64]) {
        let ids: Vec<i64> = self
            .rows
            .iter()
            .filter(|r| r.article_id == article)
            .map(|r| r.id)
            .collect();
        for id in &ids {
            self.finding_claims.remove(id);
        }
        self.finding_claims.extend(open.iter().copied());
    }

    pub(super) fn text_loaded(
        &mut self,
        article: i64,
        text: Result<String, String>,
        values: Result<Vec<crate::model::StoredValue>, String>,
        spans: Result<Vec<crate::store::search::ClaimSpans>, String>,
    ) {
        if self.texts.contains_key(&article) {
            return;
        }
        let raw = match text {
            Ok(raw) => raw,
            Err(e) => return self.error(e),
        };
        if self.texts.len() >= TEXT_CACHE {
            self.texts.clear();
        }
        let text = ArticleText::from_string(raw);
        // A claim is marked on the pieces it rests on, and (a mark of its own) on the other
        // places that state it. Where claims overlap, a character belongs to a part before an
        // appearance, then to the first claim in reading order; where values overlap, to the
        // last one found.
        let index: HashMap<i64, usize> = self
            .article_rows(article)
            .map(|i| (self.rows[i].id, i))
            .collect();
        let spans = spans.unwrap_or_else(|e| {
            self.error(e);
            Vec::new()
        });
        let mut items = Vec::new();
        for s in &spans {
            let Some(&i) = index.get(&s.id) else { continue };
            let part = |&[a, b]: &[usize; 2]| (a..b, i as u32, (0u8, i));
            let elsewhere = |&[a, b]: &[usize; 2]| (a..b, i as u32 | ELSEWHERE, (1u8, i));
            items.extend(s.parts.iter().map(part));
            items.extend(s.elsewhere.iter().map(elsewhere));
        }
        // A claim the spans do not know (added since they were read) is marked on its span.
        let known: std::collections::HashSet<i64> = spans.iter().map(|s| s.id).collect();
        items.extend(self.article_rows(article).filter_map(|i| {
            let c = &self.rows[i];
            (!known.contains(&c.id)).then_some((c.start..c.end, i as u32, (0u8, i)))
        }));
        let marks = Marks::paint(text.len(), items);
        let mut marked = Marks::default();
        match values {
            Ok(found) => {
                let n = found.len();
                marked = Marks::paint(
                    text.len(),
                    found
                        .into_iter()
                        .enumerate()
                        .map(|(j, v)| (v.start..v.end, value_group(v.kind), n - j)),
                );
            }
            Err(e) => self.error(e),
        }
        self.texts.insert(
            article,
            ArticleView {
                text,
                marks,
                values: marked,
            },
        );
        self.rewrap();
        self.find_hits();
    }

    /// The selected claim's detail, and its text for the detail pane, built once here.
    pub(super) fn set_detail(&mut self, detail: Option<ClaimDetail>) {
        // The precedents read belong to one claim: another claim's detail drops them.
        if detail.as_ref().map(|d| d.claim.id) != self.precedents_for {
            self.precedents.clear();
            self.precedents_for = None;
        }
        self.detail = detail;
        self.rebuild_detail_text();
    }

    pub(super) fn rebuild_detail_text(&mut self) {
        let mut text = panes::detail::text(self.detail.as_ref(), self.theme, &self.config.scale);
        if self.detail.is_some() {
            text.lines
                .extend(panes::detail::precedent_lines(&self.precedents, self.theme));
        }
        self.detail_text = DetailText { text, height: None };
    }
}
