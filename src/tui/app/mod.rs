//! The workbench state and its reducer: `update` turns an action into a state change and the
//! effects it needs (reads and writes, carried out by `effects::Executor`); `done` takes their
//! outcomes back. Nothing here touches the database or draws.
//!
//! At a hundred thousand claims the state stays small: the list holds light rows (`ClaimRow`),
//! the detail of the selected claim and the text of its article are read when it is selected.

use super::action::Action;
use super::component::{Popup, Reply, Request};
use super::ctx::Ctx;
use super::effects::{Change, Effect, Outcome, Refresh, Rows, UndoStep};
use super::keymap::{Keymap, Mode};
use super::panes;
use super::popups::command::{Command, CommandLine};
use super::popups::confirm::{Confirm, ConfirmTask};
use super::popups::help::Help;
use super::popups::log::LogView;
use super::popups::overview::Overview;
use super::popups::picker::{PickKind, Picker};
use super::popups::prompt::{Prompt, PromptKind};
use super::popups::source::SourceForm;
use super::popups::verdict::VerdictForm;
use super::popups::{edit_line, line_field};
use super::state::{ArticleView, Focus, ListRow, Message, Search, Sort, VerdictFilter};
use super::state::{NO_CLAIM, NO_VALUE};
use super::strings;
use super::text::{ArticleText, Wrapped, one_line};
use super::theme::{Theme, value_group};
use super::view;
use crate::config::Config;
use crate::model::{Article, ClaimDetail, Scale, Status};
use crate::store::search::ClaimRow;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};
use ratatui::layout::Rect;
use ratatui::text::Text;
use ratatui::widgets::Widget;
use std::collections::{HashMap, HashSet};

/// Articles whose text stays loaded; the others are read again when needed.
const TEXT_CACHE: usize = 8;

/// The last change: how to take it back, or why it cannot be.
type LastChange = Result<UndoStep, &'static str>;

/// The detail pane's text for one claim version, built once when the detail is read, and its
/// height at the last width asked (for clamping the scroll without building it again).
#[derive(Default)]
struct DetailText {
    text: Text<'static>,
    /// (width, lines) of the last count.
    height: Option<(u16, usize)>,
}

pub struct App {
    reviewer: String,
    config: Config,
    theme: Theme,
    keymap: Keymap,
    /// The article given on the command line, if any; else all articles are shown.
    article: Option<i64>,
    articles: Vec<Article>,
    /// Every claim loaded, in reading order (article, start).
    rows: Vec<ClaimRow>,
    /// The list: indices into `rows` that pass the filters, in the chosen order.
    view: Vec<u32>,
    /// For each row, its position in `view` (NO_CLAIM when filtered out).
    row_pos: Vec<u32>,
    /// With article headings (several articles, by position): the drawn rows, and the drawn row
    /// of each list position. Empty otherwise: the drawn rows are the list.
    display: Vec<ListRow>,
    display_of: Vec<u32>,
    /// Position in `view` of the selected claim.
    selected: usize,
    sort: Sort,
    status_filter: Option<Status>,
    verdict_filter: Option<VerdictFilter>,
    search: Option<Search>,
    detail: Option<ClaimDetail>,
    detail_text: DetailText,
    texts: HashMap<i64, ArticleView>,
    /// The selected claim's article, wrapped for the article pane's width.
    wrapped: Wrapped,
    focus: Focus,
    /// In the stacked layout, which of article and detail is shown under the list.
    bottom: Focus,
    /// None: follow the selected claim; Some(line): the reviewer scrolled there.
    article_scroll: Option<usize>,
    detail_scroll: usize,
    popup: Option<Box<dyn Popup>>,
    help: Option<Help>,
    message: Option<Message>,
    size: (u16, u16),
    /// Claims with a verdict, and claims counted (not dismissed), of those loaded.
    progress: (usize, usize),
    undo: Option<LastChange>,
    quit: bool,
    /// What the reducer asked for since the last `update` or `done` returned.
    effects: Vec<Effect>,
}

impl App {
    /// The workbench over `rows` (every claim shown, in reading order) of `articles`, the first
    /// claim selected; the effects load its detail and text.
    pub fn new(
        articles: Vec<Article>,
        rows: Vec<ClaimRow>,
        article: Option<i64>,
        reviewer: String,
        scale: Scale,
        theme: Theme,
    ) -> (App, Vec<Effect>) {
        let mut app = App {
            reviewer,
            config: Config {
                scale,
                ..Config::default()
            },
            theme,
            keymap: Keymap::default(),
            article,
            articles,
            rows,
            view: Vec::new(),
            row_pos: Vec::new(),
            display: Vec::new(),
            display_of: Vec::new(),
            selected: 0,
            sort: Sort::Position,
            status_filter: None,
            verdict_filter: None,
            search: None,
            detail: None,
            detail_text: DetailText::default(),
            texts: HashMap::new(),
            wrapped: Wrapped::default(),
            focus: Focus::List,
            bottom: Focus::Article,
            article_scroll: None,
            detail_scroll: 0,
            popup: None,
            help: None,
            message: None,
            size: (0, 0),
            progress: (0, 0),
            undo: None,
            quit: false,
            effects: Vec::new(),
        };
        app.set_detail(None);
        // Selects the first claim.
        app.rebuild_view(None);
        let effects = std::mem::take(&mut app.effects);
        (app, effects)
    }

    /// Use the desk's whole config (scale and report settings).
    pub fn with_config(mut self, config: Config) -> App {
        self.config = config;
        self.rebuild_detail_text();
        self
    }

    /// Use a key table with the reviewer's overrides.
    pub fn with_keymap(mut self, keymap: Keymap) -> App {
        self.keymap = keymap;
        self
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn keymap(&self) -> &Keymap {
        &self.keymap
    }

    pub fn reviewer(&self) -> &str {
        &self.reviewer
    }

    /// Every loaded claim, in reading order.
    pub fn rows(&self) -> &[ClaimRow] {
        &self.rows
    }

    /// The claims of the list, in list order.
    pub fn list(&self) -> Vec<&ClaimRow> {
        self.view.iter().map(|&i| &self.rows[i as usize]).collect()
    }

    pub fn list_len(&self) -> usize {
        self.view.len()
    }

    /// Position of the selected claim in the list.
    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn selected_row(&self) -> Option<&ClaimRow> {
        self.view
            .get(self.selected)
            .map(|&i| &self.rows[i as usize])
    }

    /// Index into `rows` of the selected claim.
    fn selected_index(&self) -> Option<usize> {
        self.view.get(self.selected).map(|&i| i as usize)
    }

    /// The selected claim as last read from the database (its version guards writes).
    fn current_claim(&self) -> Option<&crate::model::ClaimCore> {
        self.detail.as_ref().map(|d| &d.claim)
    }

    pub fn detail(&self) -> Option<&ClaimDetail> {
        self.detail.as_ref()
    }

    pub fn focus(&self) -> Focus {
        self.focus
    }

    pub fn message(&self) -> Option<&Message> {
        self.message.as_ref()
    }

    pub fn popup(&self) -> Option<&dyn Popup> {
        self.popup.as_deref()
    }

    /// The open popup, if it is a `T`.
    pub fn popup_as<T: 'static>(&self) -> Option<&T> {
        self.popup.as_ref()?.as_any().downcast_ref()
    }

    pub fn help_open(&self) -> bool {
        self.help.is_some()
    }

    /// How far the open help is scrolled.
    pub fn help_scroll(&self) -> Option<usize> {
        self.help.as_ref().map(|h| h.scroll)
    }

    pub fn article_scroll(&self) -> Option<usize> {
        self.article_scroll
    }

    pub fn sort(&self) -> Sort {
        self.sort
    }

    pub fn status_filter(&self) -> Option<Status> {
        self.status_filter
    }

    pub fn verdict_filter(&self) -> Option<&VerdictFilter> {
        self.verdict_filter.as_ref()
    }

    pub fn search(&self) -> Option<&Search> {
        self.search.as_ref()
    }

    /// Claims with a verdict and claims counted for progress (dismissed ones are not), of those
    /// loaded.
    pub fn progress(&self) -> (usize, usize) {
        self.progress
    }

    /// Which key table applies now: the frontmost popup's, else the search field's, else the
    /// main screen's.
    pub fn mode(&self) -> Mode {
        if self.help.is_some() {
            Mode::Help
        } else if let Some(p) = &self.popup {
            p.mode()
        } else if self.search.as_ref().is_some_and(|s| s.editing) {
            Mode::Search
        } else {
            Mode::Main
        }
    }

    /// What a key does now: the current mode's table first, then the global one; in a text field
    /// every other key is typed.
    pub fn action_for(&self, key: &KeyEvent) -> Option<Action> {
        let mode = self.mode();
        self.keymap
            .lookup(mode, key)
            .or_else(|| self.keymap.lookup(Mode::Global, key))
            .or_else(|| mode.is_text().then_some(Action::Edit(*key)))
    }

    /// A key press: its action, and the effects that needs.
    pub fn handle_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        if key.kind == KeyEventKind::Release {
            return Vec::new();
        }
        match self.action_for(&key) {
            Some(action) => self.update(action),
            None => Vec::new(),
        }
    }

    /// The read-only snapshot the screen draws from.
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            theme: self.theme,
            keymap: &self.keymap,
            scale: &self.config.scale,
            reviewer: &self.reviewer,
            mode: self.mode(),
            article: self.article,
            articles: &self.articles,
            rows: &self.rows,
            view: &self.view,
            display: &self.display,
            display_of: &self.display_of,
            selected: self.selected,
            sort: self.sort,
            status_filter: self.status_filter,
            verdict_filter: self.verdict_filter.as_ref(),
            search: self.search.as_ref(),
            detail_text: &self.detail_text.text,
            texts: &self.texts,
            wrapped: &self.wrapped,
            focus: self.focus,
            bottom: self.bottom,
            article_scroll: self.article_scroll,
            detail_scroll: self.detail_scroll,
            message: self.message.as_ref(),
            progress: self.progress,
            popup: self.popup.as_deref(),
            help: self.help.as_ref(),
        }
    }

    /// The one place the reviewer's actions change state; returns the effects they need.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        self.reduce(action);
        std::mem::take(&mut self.effects)
    }

    /// An effect's outcome; returns the effects that follow from it.
    pub fn done(&mut self, outcome: Outcome) -> Vec<Effect> {
        self.apply(outcome);
        std::mem::take(&mut self.effects)
    }

    fn reduce(&mut self, action: Action) {
        match action {
            Action::Quit => {
                self.quit = true;
                return;
            }
            Action::Resize(w, h) => {
                self.size = (w, h);
                self.rewrap();
                return;
            }
            Action::Click(x, y) => {
                // The message was about what came before the click.
                if self.help.is_none() && self.popup.is_none() {
                    self.message = None;
                }
                return self.click(x, y);
            }
            Action::Scroll(x, y, down) => return self.wheel(x, y, down),
            _ => {}
        }
        if !matches!(action, Action::Edit(_) | Action::Paste(_)) {
            self.message = None;
        }
        if let Some(help) = &mut self.help {
            let max = help.max_scroll(&self.keymap);
            match action {
                Action::ToggleHelp | Action::Cancel => self.help = None,
                Action::Down => help.scroll = help.scroll.saturating_add(1).min(max),
                Action::Up => help.scroll = help.scroll.saturating_sub(1),
                _ => {}
            }
            return;
        }
        if action == Action::ToggleHelp {
            self.help = Some(Help::new(self.mode()));
            return;
        }
        if let Some(popup) = &mut self.popup {
            match popup.handle(action) {
                Reply::Consumed | Reply::NotMine => {}
                Reply::Close => self.popup = None,
                Reply::Error(sentence) => {
                    self.popup = None;
                    self.error(sentence);
                }
                Reply::Submit(request) => self.request(request),
            }
            return;
        }
        if self.mode() == Mode::Search {
            self.update_search(action);
            return;
        }
        match action {
            Action::Down => self.step(self.focus, 1),
            Action::Up => self.step(self.focus, -1),
            Action::PageDown => self.step(self.focus, self.page() as isize),
            Action::PageUp => self.step(self.focus, -(self.page() as isize)),
            Action::First => self.step(self.focus, isize::MIN),
            Action::Last => self.step(self.focus, isize::MAX),
            Action::FocusNext => self.set_focus(self.focus.next()),
            Action::FocusPrev => self.set_focus(self.focus.prev()),
            Action::NextInText => self.step_in_text(true),
            Action::PrevInText => self.step_in_text(false),
            Action::NextArticle => self.jump_article(true),
            Action::PrevArticle => self.jump_article(false),
            Action::PickArticle => self.open_article_picker(),
            Action::OpenSource => {
                if let Some(c) = self.current_claim() {
                    self.popup = Some(Box::new(SourceForm::new(c, self.theme)));
                } else {
                    self.error(strings::NO_CLAIM_SELECTED);
                }
            }
            Action::OpenVerdict => {
                if let Some(c) = self.current_claim() {
                    let current = self.detail.as_ref().and_then(|d| d.verdict.as_ref());
                    let current = current.map(|v| v.rating.as_str());
                    let form = VerdictForm::new(c, &self.config.scale, current, self.theme);
                    self.popup = Some(Box::new(form));
                } else {
                    self.error(strings::NO_CLAIM_SELECTED);
                }
            }
            Action::Dismiss => self.open_prompt(PromptKind::Dismiss),
            Action::EditClaim => self.open_prompt(PromptKind::Edit),
            Action::Split => self.open_prompt(PromptKind::Split),
            Action::AddClaim => self.open_add_claim(),
            Action::Restore => self.restore(),
            Action::Merge => self.ask_merge(),
            Action::RemoveEvidence => self.open_evidence_picker(),
            Action::ShowLog => match self.current_claim().map(|c| c.id) {
                Some(claim) => self.effects.push(Effect::LoadLog { claim }),
                None => self.error(strings::NO_CLAIM_SELECTED),
            },
            Action::Undo => self.undo(),
            Action::Search => {
                self.search = Some(Search {
                    field: line_field("", "", self.theme),
                    editing: true,
                    ids: HashSet::new(),
                    matches: Vec::new(),
                    origin: self.selected,
                });
            }
            Action::NextMatch => self.jump_match(true),
            Action::PrevMatch => self.jump_match(false),
            Action::ClearSearch => self.search = None,
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.refilter();
                self.info(strings::sorted_by(self.sort.label()));
            }
            Action::CycleStatusFilter => {
                let all = Status::ALL;
                self.status_filter = match self.status_filter {
                    None => Some(all[0]),
                    Some(s) => all
                        .iter()
                        .position(|x| *x == s)
                        .and_then(|i| all.get(i + 1))
                        .copied(),
                };
                self.refilter();
            }
            Action::CycleVerdictFilter => {
                let ratings = &self.config.scale.ratings;
                self.verdict_filter = match &self.verdict_filter {
                    None => ratings
                        .first()
                        .map(|r| VerdictFilter::Rating(r.clone()))
                        .or(Some(VerdictFilter::Unrated)),
                    Some(VerdictFilter::Rating(r)) => Some(
                        ratings
                            .iter()
                            .position(|x| x == r)
                            .and_then(|i| ratings.get(i + 1))
                            .map_or(VerdictFilter::Unrated, |r| VerdictFilter::Rating(r.clone())),
                    ),
                    Some(VerdictFilter::Unrated) => None,
                };
                self.refilter();
            }
            Action::CommandLine => {
                self.popup = Some(Box::new(CommandLine::new(self.theme)));
            }
            Action::Overview => {
                let article = self
                    .selected_row()
                    .map(|r| (r.article_id, self.article_title(r.article_id).to_string()));
                self.effects.push(Effect::LoadOverview { article });
            }
            _ => {}
        }
    }

    /// A popup was submitted: do what it asks.
    fn request(&mut self, request: Request) {
        match request {
            Request::Write(effect) => self.effects.push(effect),
            Request::Dismiss {
                claim,
                version,
                reason,
            } => {
                let question = strings::dismiss_question(claim, &reason);
                let task = ConfirmTask::Dismiss { reason };
                let confirm = Confirm::new(task, claim, version, question, self.theme);
                self.popup = Some(Box::new(confirm));
            }
            Request::Edit {
                claim,
                text,
                version,
            } => {
                let old = self
                    .detail
                    .as_ref()
                    .filter(|d| d.claim.id == claim)
                    .map(|d| d.claim.text.clone());
                if old.as_deref() == Some(text.as_str()) {
                    self.popup = None;
                    return;
                }
                self.effects.push(Effect::Edit {
                    claim,
                    text,
                    old_text: old,
                    expected_version: version,
                });
            }
            Request::Picked(kind, id) => {
                self.popup = None;
                match kind {
                    PickKind::Evidence { claim, version } => {
                        let url = self
                            .detail
                            .as_ref()
                            .and_then(|d| d.evidence.iter().find(|e| e.id == id))
                            .map(|e| e.source.url.clone())
                            .unwrap_or_default();
                        let question = strings::remove_evidence_question(id, &url);
                        let task = ConfirmTask::RemoveEvidence { evidence: id };
                        let confirm =
                            Confirm::new(task, claim, Some(version), question, self.theme);
                        self.popup = Some(Box::new(confirm));
                    }
                    PickKind::Article => self.show_article(id),
                }
            }
            Request::Command(command) => {
                self.popup = None;
                self.run_command(command);
            }
        }
    }

    /// Typing a search: every change searches again (the outcome moves to the first match from
    /// where the search started).
    fn update_search(&mut self, action: Action) {
        let Some(search) = &mut self.search else {
            return;
        };
        match action {
            Action::Cancel => self.search = None,
            Action::Submit => {
                search.editing = false;
                if search.query().trim().is_empty() {
                    self.search = None;
                } else if search.matches.is_empty() {
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

    /// The claims a search matched: mark them and go to the first from where it started.
    fn searched(&mut self, query: &str, ids: Result<Vec<i64>, String>) {
        let ids = match ids {
            Ok(ids) => ids,
            Err(e) => return self.error(e),
        };
        // An answer to a query typed over since is dropped.
        match &mut self.search {
            Some(s) if s.query() == query => s.ids = ids.into_iter().collect(),
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
    }

    /// The list positions of the search's claims.
    fn find_matches(&mut self) {
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

    fn jump_match(&mut self, forward: bool) {
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
        self.info(strings::match_at(at + 1, n));
    }

    /// What the executor answered.
    fn apply(&mut self, outcome: Outcome) {
        match outcome {
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
            } => self.text_loaded(article, text, values),
            Outcome::Searched { query, ids } => self.searched(&query, ids),
            Outcome::Log { claim, events } => match events {
                Ok(events) => {
                    self.popup = Some(Box::new(LogView::new(claim, &events, self.theme)));
                }
                Err(e) => self.error(e),
            },
            Outcome::Overview(counts) => match counts {
                Ok((article, overall)) => {
                    let o = Overview::new(article, overall, &self.config.scale, self.theme);
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
            Outcome::Info(s) => self.info(s),
            Outcome::Failed(s) => self.error(s),
        }
    }

    /// A write went through: show the claim as it is now, say so, and keep how to undo it.
    fn saved(&mut self, change: Change, refresh: Refresh) {
        if !matches!(change, Change::Undone { .. }) {
            self.popup = None;
        }
        let version = self.after_write(refresh);
        let (undo, said): (Option<LastChange>, String) = match change {
            Change::EvidenceAdded { claim, evidence } => (
                version.map(|version| {
                    Ok(UndoStep::RemoveEvidence {
                        claim,
                        evidence,
                        version,
                    })
                }),
                strings::evidence_added(claim),
            ),
            Change::Verdict { claim, rating } => (
                Some(Err(strings::VERDICT_APPEND_ONLY)),
                strings::verdict_added(claim, &rating),
            ),
            Change::Dismissed { claim, version } => (
                Some(Ok(UndoStep::Restore { claim, version })),
                strings::dismissed(claim),
            ),
            Change::Restored {
                claim,
                reason,
                version,
            } => (
                Some(Ok(UndoStep::Dismiss {
                    claim,
                    reason,
                    version,
                })),
                strings::restored(claim),
            ),
            Change::Edited {
                claim,
                old_text,
                version,
            } => (
                old_text.map(|text| {
                    Ok(UndoStep::Edit {
                        claim,
                        text,
                        version,
                    })
                }),
                strings::edited(claim),
            ),
            Change::Split {
                first,
                second,
                versions,
            } => (
                Some(Ok(UndoStep::Merge {
                    first,
                    second,
                    versions,
                })),
                strings::split_done(first, second),
            ),
            Change::Merged { claim, other } => (
                Some(Err(strings::MERGE_NO_UNDO)),
                strings::merged(claim, other),
            ),
            Change::EvidenceRemoved { claim, evidence } => {
                let id = evidence.id;
                (
                    version.map(|version| {
                        Ok(UndoStep::AddEvidenceAgain {
                            claim,
                            evidence,
                            version,
                        })
                    }),
                    strings::evidence_removed(id, claim),
                )
            }
            Change::ClaimAdded { claim } => {
                if let Some(r) = self.rows.iter().position(|r| r.id == claim) {
                    self.select_row(r);
                }
                (Some(Err(strings::ADD_NO_UNDO)), strings::claim_added(claim))
            }
            Change::Undone { what, .. } => {
                self.info(strings::undone(what));
                return;
            }
        };
        self.undo = undo;
        self.info(said);
    }

    fn info(&mut self, s: impl Into<String>) {
        self.message = Some(Message::Info(s.into()));
    }

    fn error(&mut self, s: impl Into<String>) {
        self.message = Some(Message::Error(s.into()));
    }

    fn set_focus(&mut self, focus: Focus) {
        self.focus = focus;
        if focus != Focus::List {
            self.bottom = focus;
        }
    }

    /// Move by `delta` in `pane` (isize::MIN/MAX: to the start/end).
    fn step(&mut self, pane: Focus, delta: isize) {
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
    fn detail_height(&mut self, width: u16) -> usize {
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
    fn page(&self) -> usize {
        self.pane_height(self.focus).saturating_sub(1).max(1)
    }

    fn screen(&self) -> Option<view::Screen> {
        view::layout(Rect::new(0, 0, self.size.0, self.size.1), self.bottom)
    }

    fn pane_rect(&self, pane: Focus) -> Option<Rect> {
        let screen = self.screen()?;
        let rect = match pane {
            Focus::List => Some(screen.list),
            Focus::Article => screen.article.or(screen.bottom),
            Focus::Detail => screen.detail.or(screen.bottom),
        }?;
        Some(view::inner(rect))
    }

    fn pane_height(&self, pane: Focus) -> usize {
        self.pane_rect(pane).map_or(1, |r| r.height as usize).max(1)
    }

    fn pane_width(&self, pane: Focus) -> u16 {
        self.pane_rect(pane).map_or(1, |r| r.width).max(1)
    }

    /// The pane under a point of the screen.
    fn pane_at(&self, x: u16, y: u16) -> Option<Focus> {
        let screen = self.screen()?;
        let inside = |r: Rect| x >= r.x && x < r.right() && y >= r.y && y < r.bottom();
        if inside(screen.list) {
            Some(Focus::List)
        } else if screen.article.is_some_and(inside) {
            Some(Focus::Article)
        } else if screen.detail.is_some_and(inside) {
            Some(Focus::Detail)
        } else {
            None
        }
    }

    /// A click: on the list or the article, select the claim under it; on a pane, focus it.
    fn click(&mut self, x: u16, y: u16) {
        if self.help.is_some() || self.popup.is_some() {
            return;
        }
        let Some(pane) = self.pane_at(x, y) else {
            return;
        };
        self.set_focus(pane);
        if pane == Focus::Article {
            return self.click_article(x, y);
        }
        if pane != Focus::List {
            return;
        }
        let Some(inner) = self.pane_rect(Focus::List) else {
            return;
        };
        if y < inner.y || y >= inner.bottom() {
            return;
        }
        let ctx = self.ctx();
        let row = ctx.list_offset(inner.height as usize) + usize::from(y - inner.y);
        if let Some(ListRow::Claim(i)) = ctx.display_row(row)
            && i != self.selected
        {
            self.select(i);
        }
    }

    /// A click in the article: the claim under the pointer is selected (the filters cleared if
    /// they hide it), and the article stays where it was scrolled.
    fn click_article(&mut self, x: u16, y: u16) {
        let Some(inner) = self.pane_rect(Focus::Article) else {
            return;
        };
        let Some(article) = self.selected_row().map(|r| r.article_id) else {
            return;
        };
        if !inner.contains(ratatui::layout::Position::new(x, y)) || self.wrapped.article != article
        {
            return;
        }
        let height = inner.height as usize;
        let max = self.wrapped.lines.len().saturating_sub(height);
        let offset = self
            .article_scroll
            .unwrap_or_else(|| self.ctx().follow_offset(&self.wrapped, height))
            .min(max);
        let Some(line) = self.wrapped.lines.get(offset + usize::from(y - inner.y)) else {
            return;
        };
        let Some(view) = self.texts.get(&article) else {
            return;
        };
        let Some(at) = view.text.offset_at(line.clone(), x - inner.x) else {
            return;
        };
        let mark = view.marks.get(at).copied().unwrap_or(NO_CLAIM);
        if mark == NO_CLAIM || Some(mark as usize) == self.selected_index() {
            return;
        }
        self.select_row(mark as usize);
        self.article_scroll = Some(offset);
    }

    /// Select `rows[r]`, clearing the filters first if they hide it.
    fn select_row(&mut self, r: usize) {
        if self.row_pos.get(r) == Some(&NO_CLAIM) {
            self.clear_filters();
        }
        if let Some(&pos) = self.row_pos.get(r).filter(|&&p| p != NO_CLAIM) {
            self.select(pos as usize);
        }
    }

    /// The wheel: scroll the pane under the mouse (in a popup: its list).
    fn wheel(&mut self, x: u16, y: u16, down: bool) {
        let delta: isize = if down { 3 } else { -3 };
        if self.help.is_some() || self.popup.is_some() {
            let action = if down { Action::Down } else { Action::Up };
            if self.help.is_some() || self.popup.as_ref().is_some_and(|p| p.wheel_scrolls()) {
                for _ in 0..3 {
                    self.reduce(action.clone());
                }
            }
            return;
        }
        // The list moves its selection a claim per notch; the text panes scroll three lines.
        if let Some(pane) = self.pane_at(x, y) {
            let by = if pane == Focus::List {
                delta.signum()
            } else {
                delta
            };
            self.step(pane, by);
        }
    }

    /// `]` and `[`: the next (previous) claim of the article in reading order that the list
    /// shows, whatever the list's order.
    fn step_in_text(&mut self, forward: bool) {
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
    fn article_rows(&self, article: i64) -> std::ops::Range<usize> {
        let start = self.rows.partition_point(|r| r.article_id < article);
        let end = self.rows.partition_point(|r| r.article_id <= article);
        start..end
    }

    /// The list position of the first claim, in reading order, of `article` that the list shows.
    fn first_shown(&self, article: i64) -> Option<usize> {
        self.article_rows(article)
            .find(|&i| self.row_pos[i] != NO_CLAIM)
            .map(|i| self.row_pos[i] as usize)
    }

    /// `}` and `{`: the first claim of the next (previous) article that has one in the list.
    fn jump_article(&mut self, forward: bool) {
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

    fn open_article_picker(&mut self) {
        if self.articles.len() <= 1 {
            self.info(strings::ONLY_ONE_ARTICLE);
            return;
        }
        let mut counts: HashMap<i64, (usize, usize)> = HashMap::new();
        for r in &self.rows {
            let c = counts.entry(r.article_id).or_default();
            if r.status != Status::Dismissed {
                c.1 += 1;
            }
            if matches!(r.status, Status::Reviewed | Status::Disputed) {
                c.0 += 1;
            }
        }
        let items: Vec<(String, i64)> = self
            .articles
            .iter()
            .map(|a| {
                let (reviewed, total) = counts.get(&a.id).copied().unwrap_or_default();
                let title = format!("{} — {}", a.title, strings::reviewed(reviewed, total));
                (title, a.id)
            })
            .collect();
        let mut picker = Picker::new(
            PickKind::Article,
            strings::PICK_ARTICLE.into(),
            items,
            self.theme,
        );
        if let Some(current) = self.selected_row().map(|r| r.article_id) {
            picker.index = self
                .articles
                .iter()
                .position(|a| a.id == current)
                .unwrap_or(0);
        }
        self.popup = Some(Box::new(picker));
    }

    /// Show an article: its first claim in the list, the filters cleared if they hide it.
    fn show_article(&mut self, article: i64) {
        if self.first_shown(article).is_none() {
            self.clear_filters();
        }
        match self.first_shown(article) {
            Some(i) => self.select(i),
            None => self.info(strings::NO_CLAIMS),
        }
    }

    fn clear_filters(&mut self) {
        self.status_filter = None;
        self.verdict_filter = None;
        self.search = None;
        self.refilter();
    }

    fn open_prompt(&mut self, kind: PromptKind) {
        let Some(c) = self.current_claim() else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        if kind == PromptKind::Dismiss && c.status == Status::Dismissed {
            self.error(strings::ALREADY_DISMISSED);
            return;
        }
        // A split point counts characters of the claim's span in the article.
        let context = match kind {
            PromptKind::Split => self
                .texts
                .get(&c.article_id)
                .map(|v| v.text.slice(c.start..c.end).to_string())
                .unwrap_or_else(|| c.text.clone()),
            _ => c.text.clone(),
        };
        let prompt = Prompt::new(kind, c, &context, self.theme);
        self.popup = Some(Box::new(prompt));
    }

    /// The article a new claim goes to (or a report is made of): the selected claim's, else the
    /// one shown.
    fn current_article(&self) -> Option<i64> {
        self.selected_row()
            .map(|r| r.article_id)
            .or(self.article)
            .or_else(|| self.articles.first().map(|a| a.id))
    }

    fn open_add_claim(&mut self) {
        let Some(article) = self.current_article() else {
            self.error(strings::NO_ARTICLE);
            return;
        };
        let title = self.article_title(article).to_string();
        let prompt = Prompt::add_claim(article, &title, self.theme);
        self.popup = Some(Box::new(prompt));
    }

    fn restore(&mut self) {
        let Some(c) = self.current_claim() else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        if c.status != Status::Dismissed {
            self.error(strings::NOT_DISMISSED);
            return;
        }
        self.effects.push(Effect::Restore {
            claim: c.id,
            reason: c.dismissed_reason.clone().unwrap_or_default(),
            expected_version: Some(c.version),
        });
    }

    fn ask_merge(&mut self) {
        let (Some(c), Some(r)) = (self.current_claim(), self.selected_index()) else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        let (claim, version) = (c.id, c.version);
        let next = self
            .rows
            .get(r + 1)
            .filter(|n| n.article_id == self.rows[r].article_id)
            .map(|n| n.id);
        let Some(other) = next else {
            self.error(strings::NO_NEXT_CLAIM);
            return;
        };
        self.effects.push(Effect::LoadMergeTarget {
            claim,
            version,
            other,
        });
    }

    fn open_evidence_picker(&mut self) {
        let Some(d) = &self.detail else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        if d.evidence.is_empty() {
            self.error(strings::NO_EVIDENCE);
            return;
        }
        let items = d
            .evidence
            .iter()
            .map(|e| {
                let quote = e
                    .quote
                    .as_deref()
                    .map(|q| format!(" “{q}”"))
                    .unwrap_or_default();
                (
                    format!("#{} {} {}{quote}", e.id, e.stance.as_str(), e.source.url),
                    e.id,
                )
            })
            .collect();
        let kind = PickKind::Evidence {
            claim: d.claim.id,
            version: d.claim.version,
        };
        let picker = Picker::new(kind, strings::PICK_EVIDENCE.into(), items, self.theme);
        self.popup = Some(Box::new(picker));
    }

    /// `u`: take the last change back, where it can be.
    fn undo(&mut self) {
        match self.undo.take() {
            None => self.info(strings::NOTHING_TO_UNDO),
            Some(Err(why)) => self.error(why),
            Some(Ok(step)) => self.effects.push(Effect::Undo(step)),
        }
    }

    fn run_command(&mut self, command: Command) {
        match command {
            Command::Empty => {}
            Command::Quit => self.quit = true,
            Command::Usage(name, usage) => self.error(strings::command_usage(name, usage)),
            Command::Unknown(name) => self.error(strings::unknown_command(&one_line(&name))),
            Command::Reviewer(name) => {
                let name = name.trim();
                if name.is_empty() {
                    self.error(strings::REVIEWER_EMPTY);
                } else {
                    self.reviewer = name.to_string();
                    self.info(strings::reviewer_set(&one_line(name)));
                }
            }
            Command::Goto(id) => match id.parse::<i64>() {
                Ok(id) => self.go_to(id),
                Err(_) => self.error(strings::command_usage("goto", "CLAIM_ID")),
            },
            Command::Export { format, path } => {
                let Some(format) = crate::report::Format::parse(&format) else {
                    self.error(strings::unknown_format(&one_line(&format)));
                    return;
                };
                let Some(article) = self.current_article() else {
                    self.error(strings::NO_ARTICLE);
                    return;
                };
                self.effects.push(Effect::Export {
                    format,
                    path,
                    article,
                });
            }
        }
    }

    /// Select claim `id`, clearing the filters if they hide it.
    pub fn goto(&mut self, id: i64) -> Vec<Effect> {
        self.go_to(id);
        std::mem::take(&mut self.effects)
    }

    fn go_to(&mut self, id: i64) {
        let Some(r) = self.rows.iter().position(|r| r.id == id) else {
            self.error(strings::not_in_list(id));
            return;
        };
        self.select_row(r);
        if self.selected_index() == Some(r) {
            self.info(strings::goto_done(id));
        }
    }

    /// After a write: the claim's row (all rows when claims were added or removed) and detail as
    /// read again, the claim kept selected; returns its version.
    fn after_write(&mut self, refresh: Refresh) -> Option<i64> {
        let id = refresh.claim;
        match refresh.rows {
            Ok(Rows::All(rows)) => {
                self.rows = rows;
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

    /// The list again after a sort or filter change, keeping the selected claim when it stays.
    fn refilter(&mut self) {
        let keep = self.selected_row().map(|r| r.id);
        self.rebuild_view(keep);
        if self.view.is_empty() {
            self.info(strings::NO_CLAIMS_MATCH);
        }
    }

    /// Filter and sort `rows` into the list; select `keep` if it is in it, else stay near.
    fn rebuild_view(&mut self, keep: Option<i64>) {
        let passes = |r: &ClaimRow| {
            self.status_filter.is_none_or(|s| r.status == s)
                && match &self.verdict_filter {
                    None => true,
                    Some(VerdictFilter::Unrated) => r.rating.is_none(),
                    Some(VerdictFilter::Rating(x)) => r.rating.as_deref() == Some(x.as_str()),
                }
        };
        let rows = &self.rows;
        let mut view: Vec<u32> = (0..rows.len() as u32)
            .filter(|&i| passes(&rows[i as usize]))
            .collect();
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
        let mut row_pos = vec![NO_CLAIM; rows.len()];
        for (v, &r) in view.iter().enumerate() {
            row_pos[r as usize] = v as u32;
        }
        let grouped =
            self.article.is_none() && self.articles.len() > 1 && self.sort == Sort::Position;
        let mut display = Vec::new();
        let mut display_of = Vec::new();
        if grouped {
            display.reserve(view.len() + self.articles.len());
            display_of.reserve(view.len());
            let mut last = None;
            for (v, &r) in view.iter().enumerate() {
                let a = rows[r as usize].article_id;
                if last != Some(a) {
                    display.push(ListRow::Article(a));
                    last = Some(a);
                }
                display_of.push(display.len() as u32);
                display.push(ListRow::Claim(v));
            }
        }
        let counted = rows.iter().filter(|r| r.status != Status::Dismissed);
        let reviewed = counted
            .clone()
            .filter(|r| matches!(r.status, Status::Reviewed | Status::Disputed))
            .count();
        self.progress = (reviewed, counted.count());
        let old = self.selected;
        self.view = view;
        self.row_pos = row_pos;
        self.display = display;
        self.display_of = display_of;
        self.find_matches();
        let kept = keep
            .and_then(|id| self.rows.iter().position(|r| r.id == id))
            .map(|r| self.row_pos[r])
            .filter(|&p| p != NO_CLAIM);
        let to = kept.map_or(old.min(self.view.len().saturating_sub(1)), |p| p as usize);
        self.select(to);
    }

    /// Select list position `index`: ask for its detail and its article's text, follow it in
    /// the article.
    fn select(&mut self, index: usize) {
        let same = self.selected == index
            && self
                .detail
                .as_ref()
                .zip(self.view.get(index))
                .is_some_and(|(d, &r)| d.claim.id == self.rows[r as usize].id);
        self.selected = index;
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
        self.rewrap();
    }

    /// Ask for a read, once: one step may select the same claim twice (filters cleared, then
    /// the claim selected).
    fn ask(&mut self, read: Effect) {
        let asked = self.effects.iter().any(|e| match (e, &read) {
            (Effect::LoadDetail { claim: a }, Effect::LoadDetail { claim: b }) => a == b,
            (Effect::LoadText { article: a }, Effect::LoadText { article: b }) => a == b,
            _ => false,
        });
        if !asked {
            self.effects.push(read);
        }
    }

    /// An article's text was read: mark its claims and values, once.
    fn text_loaded(
        &mut self,
        article: i64,
        text: Result<String, String>,
        values: Result<Vec<crate::model::StoredValue>, String>,
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
        let text = ArticleText::new(&raw);
        let mut marks = vec![NO_CLAIM; text.len()];
        for i in self.article_rows(article) {
            let c = &self.rows[i];
            let end = c.end.min(marks.len());
            for m in &mut marks[c.start.min(end)..end] {
                if *m == NO_CLAIM {
                    *m = i as u32;
                }
            }
        }
        let mut marked = vec![NO_VALUE; text.len()];
        match values {
            Ok(found) => {
                for v in found {
                    let end = v.end.min(marked.len());
                    marked[v.start.min(end)..end].fill(value_group(v.kind));
                }
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
    }

    /// Wrap the selected claim's article for the article pane, if the width or article changed.
    fn rewrap(&mut self) {
        let Some(article) = self.selected_row().map(|c| c.article_id) else {
            return;
        };
        let width = self.pane_width(Focus::Article);
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

    /// The selected claim's detail, and its text for the detail pane, built once here.
    fn set_detail(&mut self, detail: Option<ClaimDetail>) {
        self.detail = detail;
        self.rebuild_detail_text();
    }

    fn rebuild_detail_text(&mut self) {
        self.detail_text = DetailText {
            text: panes::detail::text(self.detail.as_ref(), self.theme, &self.config.scale),
            height: None,
        };
    }

    fn article_title(&self, id: i64) -> &str {
        self.articles
            .iter()
            .find(|a| a.id == id)
            .map_or(strings::UNTITLED, |a| a.title.as_str())
    }
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        view::render(&self.ctx(), area, buf);
    }
}
