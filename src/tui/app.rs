//! The workbench state and the one `update` that changes it. Keys become actions through the key
//! table (the frontmost popup's mode first); nothing here draws.
//!
//! At a hundred thousand claims the state stays small: the list holds light rows (`ClaimRow`),
//! the detail of the selected claim and the text of its article are read when it is selected.

use super::action::Action;
use super::keymap::{Keymap, Mode};
use super::popups::command::{Command, CommandLine};
use super::popups::confirm::{Confirm, ConfirmTask};
use super::popups::help::Help;
use super::popups::log::LogView;
use super::popups::overview::Overview;
use super::popups::picker::{PickKind, Picker};
use super::popups::prompt::{Prompt, PromptKind};
use super::popups::source::SourceForm;
use super::popups::verdict::VerdictForm;
use super::popups::{edit_line, line_field, line_text};
use super::strings;
use super::text::{ArticleText, Wrapped, one_line};
use super::theme::{Theme, value_group};
use super::view;
use crate::config::Config;
use crate::model::{Article, ClaimDetail, Evidence, Scale, Status};
use crate::store::search::ClaimRow;
use crate::store::{NewClaim, NewEvidence, Store, StoreError};
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};
use ratatui::layout::Rect;
use ratatui_textarea::TextArea;
use std::collections::{HashMap, HashSet};

/// The panes that can have focus, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Article,
    Detail,
}

impl Focus {
    fn next(self) -> Focus {
        match self {
            Focus::List => Focus::Article,
            Focus::Article => Focus::Detail,
            Focus::Detail => Focus::List,
        }
    }
    fn prev(self) -> Focus {
        self.next().next()
    }
}

/// A popup that takes the keyboard until it closes.
pub enum Popup {
    Source(Box<SourceForm>),
    Verdict(Box<VerdictForm>),
    Prompt(Box<Prompt>),
    Confirm(Box<Confirm>),
    Picker(Box<Picker>),
    Log(Box<LogView>),
    Overview(Box<Overview>),
    Command(Box<CommandLine>),
}

impl Popup {
    fn mode(&self) -> Mode {
        match self {
            Popup::Source(p) => p.mode(),
            Popup::Verdict(p) => p.mode(),
            Popup::Prompt(p) => p.mode(),
            Popup::Confirm(p) => p.mode(),
            Popup::Picker(p) => p.mode(),
            Popup::Log(p) => p.mode(),
            Popup::Overview(p) => p.mode(),
            Popup::Command(p) => p.mode(),
        }
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
    fn next(self) -> Sort {
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
    pub(super) field: TextArea<'static>,
    /// The query is being typed (the keyboard is in the search field).
    pub editing: bool,
    pub ids: HashSet<i64>,
    /// The matches, as positions in the list, in list order.
    pub matches: Vec<usize>,
    /// Where the selection was when the search started: as-you-type jumps from there.
    origin: usize,
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

/// The last change, and how to take it back.
#[derive(Debug, Clone)]
enum Undo {
    EvidenceAdded {
        claim: i64,
        evidence: i64,
        version: i64,
    },
    EvidenceRemoved {
        claim: i64,
        evidence: Box<Evidence>,
        version: i64,
    },
    Dismissed {
        claim: i64,
        version: i64,
    },
    Restored {
        claim: i64,
        reason: String,
        version: i64,
    },
    Edited {
        claim: i64,
        text: String,
        version: i64,
    },
    Split {
        first: i64,
        second: i64,
        versions: (i64, i64),
    },
    Verdict,
    Merged,
    /// A claim added by hand: the store keeps it (dismiss it instead).
    ClaimAdded,
}

/// An article's text with, for each character, the index (into `App::rows`) of the claim it
/// belongs to and the group of the value it is part of (`theme::value_group`). Built once when
/// the article is loaded, never per frame.
pub struct ArticleView {
    pub text: ArticleText,
    pub marks: Vec<u32>,
    pub values: Vec<u8>,
}

pub const NO_CLAIM: u32 = u32::MAX;
pub const NO_VALUE: u8 = u8::MAX;
/// Articles whose text stays loaded; the others are read again when needed.
const TEXT_CACHE: usize = 8;

pub struct App {
    pub(super) store: Store,
    pub(super) reviewer: String,
    pub(super) config: Config,
    pub(super) theme: Theme,
    pub(super) keymap: Keymap,
    /// The article given on the command line, if any; else all articles are shown.
    pub(super) article: Option<i64>,
    pub(super) articles: Vec<Article>,
    /// Every claim loaded, in reading order (article, start).
    pub(super) rows: Vec<ClaimRow>,
    /// The list: indices into `rows` that pass the filters, in the chosen order.
    pub(super) view: Vec<u32>,
    /// For each row, its position in `view` (NO_CLAIM when filtered out).
    row_pos: Vec<u32>,
    /// With article headings (several articles, by position): the drawn rows, and the drawn row
    /// of each list position. Empty otherwise: the drawn rows are the list.
    pub(super) display: Vec<ListRow>,
    display_of: Vec<u32>,
    /// Position in `view` of the selected claim.
    pub(super) selected: usize,
    pub(super) sort: Sort,
    pub(super) status_filter: Option<Status>,
    pub(super) verdict_filter: Option<VerdictFilter>,
    pub(super) search: Option<Search>,
    pub(super) detail: Option<ClaimDetail>,
    pub(super) texts: HashMap<i64, ArticleView>,
    /// The selected claim's article, wrapped for the article pane's width.
    pub(super) wrapped: Wrapped,
    pub(super) focus: Focus,
    /// In the stacked layout, which of article and detail is shown under the list.
    pub(super) bottom: Focus,
    /// None: follow the selected claim; Some(line): the reviewer scrolled there.
    pub(super) article_scroll: Option<usize>,
    pub(super) detail_scroll: usize,
    pub(super) popup: Option<Popup>,
    pub(super) help: Option<Help>,
    pub(super) message: Option<Message>,
    pub(super) size: (u16, u16),
    /// Claims with a verdict, and claims counted (not dismissed), of those loaded.
    progress: (usize, usize),
    undo: Option<Undo>,
    quit: bool,
}

impl App {
    /// Load the claims of `article` (or of every article) and select the first.
    pub fn new(
        store: Store,
        reviewer: String,
        article: Option<i64>,
        scale: Scale,
        theme: Theme,
    ) -> Result<App, StoreError> {
        let articles = match article {
            Some(id) => vec![store.article(id)?],
            None => store.articles()?,
        };
        let rows = store.claim_rows(article)?;
        let mut app = App {
            store,
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
        };
        app.rebuild_view(None);
        app.select(0);
        Ok(app)
    }

    /// Use the desk's whole config (scale and report settings).
    pub fn with_config(mut self, config: Config) -> App {
        self.config = config;
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

    pub fn store(&self) -> &Store {
        &self.store
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
    pub(super) fn selected_index(&self) -> Option<usize> {
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

    pub fn popup(&self) -> Option<&Popup> {
        self.popup.as_ref()
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

    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.kind == KeyEventKind::Release {
            return;
        }
        if let Some(action) = self.action_for(&key) {
            self.update(action);
        }
    }

    /// The one place state changes.
    pub fn update(&mut self, action: Action) {
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
        if self.popup.is_some() {
            self.update_popup(action);
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
                    self.popup = Some(Popup::Source(Box::new(SourceForm::new(c, self.theme))));
                } else {
                    self.error(strings::NO_CLAIM_SELECTED);
                }
            }
            Action::OpenVerdict => {
                if let Some(c) = self.current_claim() {
                    let current = self.detail.as_ref().and_then(|d| d.verdict.as_ref());
                    let current = current.map(|v| v.rating.as_str());
                    let form = VerdictForm::new(c, &self.config.scale, current, self.theme);
                    self.popup = Some(Popup::Verdict(Box::new(form)));
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
            Action::ShowLog => self.show_log(),
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
                self.popup = Some(Popup::Command(Box::new(CommandLine::new(self.theme))));
            }
            Action::Overview => self.open_overview(),
            _ => {}
        }
    }

    fn update_popup(&mut self, action: Action) {
        let Some(popup) = &mut self.popup else {
            return;
        };
        if action == Action::Cancel {
            self.popup = None;
            return;
        }
        let submit = action == Action::Submit;
        match popup {
            Popup::Source(form) => {
                if !submit {
                    form.update(action);
                    return;
                }
                let Some(new) = form.validate() else {
                    return;
                };
                let claim = form.claim;
                let result =
                    self.store
                        .add_evidence_checked(claim, &new, &self.reviewer, form.version);
                match result {
                    Ok(e) => {
                        self.popup = None;
                        let version = self.after_write(claim, false);
                        self.undo = version.map(|version| Undo::EvidenceAdded {
                            claim,
                            evidence: e.id,
                            version,
                        });
                        self.info(strings::evidence_added(claim));
                    }
                    Err(e) => self.write_failed(claim, e),
                }
            }
            Popup::Verdict(form) => {
                if !submit {
                    form.update(action);
                    return;
                }
                let claim = form.claim;
                let rating = form.rating().to_string();
                let rationale = form.rationale();
                let result = self.store.add_verdict_checked(
                    claim,
                    &rating,
                    &rationale,
                    &self.reviewer,
                    &self.config.scale,
                    form.version,
                );
                match result {
                    Ok(_) => {
                        self.popup = None;
                        self.after_write(claim, false);
                        self.undo = Some(Undo::Verdict);
                        self.info(strings::verdict_added(claim, &rating));
                    }
                    Err(e) => self.write_failed(claim, e),
                }
            }
            Popup::Prompt(p) => {
                if !submit {
                    p.update(action);
                    return;
                }
                let text = p.text();
                let text = text.trim();
                if text.is_empty() {
                    p.error = Some(strings::PROMPT_EMPTY.into());
                    return;
                }
                let (kind, claim, version) = (p.kind, p.claim, p.version);
                match kind {
                    PromptKind::Dismiss => {
                        let question = strings::dismiss_question(claim, text);
                        let task = ConfirmTask::Dismiss {
                            reason: text.to_string(),
                        };
                        let confirm = Confirm::new(task, claim, version, question, self.theme);
                        self.popup = Some(Popup::Confirm(Box::new(confirm)));
                    }
                    PromptKind::Edit => self.edit_claim(claim, text.to_string(), version),
                    PromptKind::AddClaim => {
                        let article = p.article.unwrap_or_default();
                        let text = text.to_string();
                        self.add_claim(article, &text);
                    }
                    PromptKind::Split => {
                        let at = split_point(&p.context, text);
                        match at {
                            Ok(at) => self.split(claim, at, version),
                            Err(e) => p.error = Some(e),
                        }
                    }
                }
            }
            Popup::Confirm(c) => {
                if !submit {
                    return;
                }
                let (task, claim, version) = (c.task.clone(), c.claim, c.version);
                self.confirmed(task, claim, version);
            }
            Popup::Picker(p) => {
                if !submit {
                    p.update(action);
                    return;
                }
                let (kind, picked) = (p.kind, p.picked());
                self.popup = None;
                let Some(id) = picked else {
                    return;
                };
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
                        self.popup = Some(Popup::Confirm(Box::new(confirm)));
                    }
                    PickKind::Article => self.show_article(id),
                }
            }
            Popup::Log(l) => l.update(action),
            Popup::Overview(_) => {}
            Popup::Command(c) => {
                if !submit {
                    c.update(action);
                    return;
                }
                let line = c.text();
                self.popup = None;
                self.run_command(Command::parse(&line));
            }
        }
    }

    /// Typing a search: every change searches again and moves to the first match from where
    /// the search started.
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
                match self.store.search_in(&query, self.article) {
                    Ok(ids) => {
                        if let Some(s) = &mut self.search {
                            s.ids = ids.into_iter().collect();
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
                    Err(e) => self.error(e.to_string()),
                }
            }
            _ => {}
        }
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

    /// A write was refused: say why in the popup, which stays open to fix it. When the claim
    /// changed under the reviewer, show the new state so the change can be redone on it.
    fn write_failed(&mut self, claim: i64, e: StoreError) {
        let stale = matches!(e, StoreError::Stale { .. });
        let sentence = e.to_string();
        if stale {
            self.after_write(claim, false);
        }
        let version = self.detail.as_ref().map(|d| d.claim.version);
        let (error, old) = match &mut self.popup {
            Some(Popup::Source(f)) => (&mut f.error, &mut f.version),
            Some(Popup::Verdict(f)) => (&mut f.error, &mut f.version),
            Some(Popup::Prompt(f)) => (&mut f.error, &mut f.version),
            Some(Popup::Confirm(f)) => (&mut f.error, &mut f.version),
            _ => {
                self.popup = None;
                self.error(sentence);
                return;
            }
        };
        *error = Some(sentence);
        if stale {
            *old = version;
        }
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
                    .unwrap_or_else(|| self.follow_offset(&self.wrapped, height));
                self.article_scroll = Some(from.saturating_add_signed(delta).min(max));
            }
            Focus::Detail => {
                let height = self.pane_height(Focus::Detail);
                let width = self.pane_width(Focus::Detail);
                let lines = view::detail_line_count(self, width);
                let max = lines.saturating_sub(height);
                self.detail_scroll = self.detail_scroll.saturating_add_signed(delta).min(max);
            }
        }
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

    pub(super) fn pane_height(&self, pane: Focus) -> usize {
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
        let row = self.list_offset(inner.height as usize) + usize::from(y - inner.y);
        if let Some(ListRow::Claim(i)) = self.display_row(row)
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
            .unwrap_or_else(|| self.follow_offset(&self.wrapped, height))
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
            if self.help.is_some() || matches!(self.popup, Some(Popup::Log(_) | Popup::Picker(_))) {
                for _ in 0..3 {
                    self.update(action.clone());
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

    /// How many rows the drawn list has (claims and article headings).
    pub(super) fn display_len(&self) -> usize {
        if self.display.is_empty() {
            self.view.len()
        } else {
            self.display.len()
        }
    }

    pub(super) fn display_row(&self, row: usize) -> Option<ListRow> {
        if self.display.is_empty() {
            (row < self.view.len()).then_some(ListRow::Claim(row))
        } else {
            self.display.get(row).copied()
        }
    }

    /// The first drawn row of the list in a pane `height` rows high: the selection in the
    /// middle once the list is longer than the pane.
    pub(super) fn list_offset(&self, height: usize) -> usize {
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
        self.popup = Some(Popup::Picker(Box::new(picker)));
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
        self.popup = Some(Popup::Prompt(Box::new(prompt)));
    }

    /// The article a new claim goes to: the selected claim's, else the one shown.
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
        self.popup = Some(Popup::Prompt(Box::new(prompt)));
    }

    /// `+`: add the claim at the span `input` names, in `article`, and select it. A refusal stays
    /// in the popup as one sentence.
    fn add_claim(&mut self, article: i64, input: &str) {
        let raw = match self.store.article_text(article) {
            Ok(t) => t,
            Err(e) => return self.prompt_error(e.to_string()),
        };
        let (start, end) = match claim_span(&raw, input) {
            Ok(span) => span,
            Err(e) => return self.prompt_error(e),
        };
        let new = NewClaim {
            article_id: article,
            start,
            end,
            sentence: crate::extract::sentence_index_at(&raw, start),
        };
        match self.store.add_claim(&new, &self.reviewer) {
            Ok(d) => {
                let id = d.claim.id;
                self.popup = None;
                self.after_write(id, true);
                if let Some(r) = self.rows.iter().position(|r| r.id == id) {
                    self.select_row(r);
                }
                self.undo = Some(Undo::ClaimAdded);
                self.info(strings::claim_added(id));
            }
            Err(e) => self.prompt_error(e.to_string()),
        }
    }

    fn prompt_error(&mut self, sentence: String) {
        match &mut self.popup {
            Some(Popup::Prompt(p)) => p.error = Some(sentence),
            _ => self.error(sentence),
        }
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
        let (id, version) = (c.id, c.version);
        let reason = c.dismissed_reason.clone().unwrap_or_default();
        match self.store.restore_claim(id, &self.reviewer, Some(version)) {
            Ok(d) => {
                self.after_write(id, false);
                self.undo = Some(Undo::Restored {
                    claim: id,
                    reason,
                    version: d.claim.version,
                });
                self.info(strings::restored(id));
            }
            Err(e) => self.write_failed(id, e),
        }
    }

    fn edit_claim(&mut self, id: i64, text: String, version: Option<i64>) {
        let old = self
            .detail
            .as_ref()
            .filter(|d| d.claim.id == id)
            .map(|d| d.claim.text.clone());
        if old.as_deref() == Some(text.as_str()) {
            self.popup = None;
            return;
        }
        match self.store.edit_claim(id, &text, &self.reviewer, version) {
            Ok(d) => {
                self.popup = None;
                self.after_write(id, false);
                self.undo = old.map(|text| Undo::Edited {
                    claim: id,
                    text,
                    version: d.claim.version,
                });
                self.info(strings::edited(id));
            }
            Err(e) => self.write_failed(id, e),
        }
    }

    fn split(&mut self, id: i64, at: usize, version: Option<i64>) {
        match self.store.split_claim(id, at, &self.reviewer, version) {
            Ok((a, b)) => {
                self.popup = None;
                self.after_write(id, true);
                self.undo = Some(Undo::Split {
                    first: a.claim.id,
                    second: b.claim.id,
                    versions: (a.claim.version, b.claim.version),
                });
                self.info(strings::split_done(a.claim.id, b.claim.id));
            }
            Err(e) => self.write_failed(id, e),
        }
    }

    fn ask_merge(&mut self) {
        let (Some(c), Some(r)) = (self.current_claim(), self.selected_index()) else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        let (id, version) = (c.id, c.version);
        let next = self
            .rows
            .get(r + 1)
            .filter(|n| n.article_id == self.rows[r].article_id)
            .map(|n| n.id);
        let Some(other) = next else {
            self.error(strings::NO_NEXT_CLAIM);
            return;
        };
        match self.store.claim(other) {
            Ok(o) => {
                let task = ConfirmTask::Merge {
                    other,
                    other_version: o.claim.version,
                };
                let question = strings::merge_question(id, other);
                let confirm = Confirm::new(task, id, Some(version), question, self.theme);
                self.popup = Some(Popup::Confirm(Box::new(confirm)));
            }
            Err(e) => self.error(e.to_string()),
        }
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
        self.popup = Some(Popup::Picker(Box::new(picker)));
    }

    /// The reviewer said yes.
    fn confirmed(&mut self, task: ConfirmTask, claim: i64, version: Option<i64>) {
        match task {
            ConfirmTask::Dismiss { reason } => {
                match self
                    .store
                    .dismiss_claim(claim, &reason, &self.reviewer, version)
                {
                    Ok(d) => {
                        self.popup = None;
                        self.after_write(claim, false);
                        self.undo = Some(Undo::Dismissed {
                            claim,
                            version: d.claim.version,
                        });
                        self.info(strings::dismissed(claim));
                    }
                    Err(e) => self.write_failed(claim, e),
                }
            }
            ConfirmTask::Merge {
                other,
                other_version,
            } => {
                let expected = version.map(|v| (v, other_version));
                match self
                    .store
                    .merge_claims(claim, other, &self.reviewer, expected)
                {
                    Ok(_) => {
                        self.popup = None;
                        self.after_write(claim, true);
                        self.undo = Some(Undo::Merged);
                        self.info(strings::merged(claim, other));
                    }
                    Err(e) => self.write_failed(claim, e),
                }
            }
            ConfirmTask::RemoveEvidence { evidence } => {
                match self
                    .store
                    .remove_evidence(evidence, &self.reviewer, version)
                {
                    Ok(ev) => {
                        self.popup = None;
                        let after = self.after_write(claim, false);
                        self.undo = after.map(|version| Undo::EvidenceRemoved {
                            claim,
                            evidence: Box::new(ev),
                            version,
                        });
                        self.info(strings::evidence_removed(evidence, claim));
                    }
                    Err(e) => self.write_failed(claim, e),
                }
            }
        }
    }

    fn show_log(&mut self) {
        let Some(id) = self.current_claim().map(|c| c.id) else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        match self.store.events(Some(id)) {
            Ok(events) => {
                let log = LogView::new(id, &events, self.theme);
                self.popup = Some(Popup::Log(Box::new(log)));
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    /// `u`: take the last change back through the store, guarded by the version it left.
    fn undo(&mut self) {
        let Some(undo) = self.undo.take() else {
            self.info(strings::NOTHING_TO_UNDO);
            return;
        };
        let who = self.reviewer.clone();
        let store = &mut self.store;
        let (claim, what, result) = match undo {
            Undo::Verdict => {
                self.error(strings::VERDICT_APPEND_ONLY);
                return;
            }
            Undo::Merged => {
                self.error(strings::MERGE_NO_UNDO);
                return;
            }
            Undo::ClaimAdded => {
                self.error(strings::ADD_NO_UNDO);
                return;
            }
            Undo::EvidenceAdded {
                claim,
                evidence,
                version,
            } => (
                claim,
                "evidence added",
                store
                    .remove_evidence(evidence, &who, Some(version))
                    .map(|_| ()),
            ),
            Undo::EvidenceRemoved {
                claim,
                evidence,
                version,
            } => {
                let new = NewEvidence {
                    source_id: Some(evidence.source.id),
                    quote: evidence.quote.clone(),
                    stance: evidence.stance,
                    note: evidence.note.clone(),
                    ..NewEvidence::default()
                };
                (
                    claim,
                    "evidence removed",
                    store
                        .add_evidence_checked(claim, &new, &who, Some(version))
                        .map(|_| ()),
                )
            }
            Undo::Dismissed { claim, version } => (
                claim,
                "dismissed",
                store.restore_claim(claim, &who, Some(version)).map(|_| ()),
            ),
            Undo::Restored {
                claim,
                reason,
                version,
            } => (
                claim,
                "restored",
                store
                    .dismiss_claim(claim, &reason, &who, Some(version))
                    .map(|_| ()),
            ),
            Undo::Edited {
                claim,
                text,
                version,
            } => (
                claim,
                "wording edited",
                store
                    .edit_claim(claim, &text, &who, Some(version))
                    .map(|_| ()),
            ),
            Undo::Split {
                first,
                second,
                versions,
            } => (
                first,
                "split",
                store
                    .merge_claims(first, second, &who, Some(versions))
                    .map(|_| ()),
            ),
        };
        match result {
            Ok(()) => {
                self.after_write(claim, true);
                self.info(strings::undone(what));
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    fn open_overview(&mut self) {
        let article = self.selected_row().map(|r| r.article_id);
        let counts = article.map(|a| {
            self.store
                .review_counts(Some(a))
                .map(|c| (self.article_title(a).to_string(), c))
        });
        let article = match counts.transpose() {
            Ok(a) => a,
            Err(e) => return self.error(e.to_string()),
        };
        match self.store.review_counts(None) {
            Ok(overall) => {
                let o = Overview::new(article, overall, &self.config.scale, self.theme);
                self.popup = Some(Popup::Overview(Box::new(o)));
            }
            Err(e) => self.error(e.to_string()),
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
                Ok(id) => self.goto(id),
                Err(_) => self.error(strings::command_usage("goto", "CLAIM_ID")),
            },
            Command::Export { format, path } => self.export(&format, &path),
        }
    }

    /// Select claim `id`, clearing the filters if they hide it.
    pub fn goto(&mut self, id: i64) {
        let Some(r) = self.rows.iter().position(|r| r.id == id) else {
            self.error(strings::not_in_list(id));
            return;
        };
        self.select_row(r);
        if self.selected_index() == Some(r) {
            self.info(strings::goto_done(id));
        }
    }

    /// `:export FORMAT FILE`: the report of the selected claim's article, written atomically.
    fn export(&mut self, format: &str, path: &str) {
        let Some(fmt) = crate::report::Format::parse(format) else {
            self.error(strings::unknown_format(&one_line(format)));
            return;
        };
        let article = self
            .selected_row()
            .map(|r| r.article_id)
            .or(self.article)
            .or_else(|| self.articles.first().map(|a| a.id));
        let Some(article) = article else {
            self.error(strings::NO_ARTICLE);
            return;
        };
        let report = match self.store.report(Some(article), None) {
            Ok(r) => r,
            Err(e) => return self.error(e.to_string()),
        };
        let rendered = crate::report::render(&report, fmt, &self.config);
        let file = std::path::Path::new(path);
        match crate::desk::write_atomically(file, rendered.text.as_bytes()) {
            Ok(()) => {
                let mut s = strings::exported(fmt.as_str(), path, rendered.warnings.len());
                if let Some(w) = rendered.warnings.first() {
                    s.push_str(w);
                }
                self.info(s);
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    /// After a write to claim `id`: read its row and detail again (all rows when claims were
    /// added or removed), keep it selected, and return its version.
    fn after_write(&mut self, id: i64, reload_all: bool) -> Option<i64> {
        if reload_all {
            match self.store.claim_rows(self.article) {
                Ok(rows) => {
                    self.rows = rows;
                    self.texts.clear();
                    self.wrapped = Wrapped::default();
                }
                Err(e) => self.error(e.to_string()),
            }
        } else if let Some(i) = self.rows.iter().position(|r| r.id == id) {
            match self.store.claim_row(id) {
                Ok(row) => self.rows[i] = row,
                Err(e) => self.error(e.to_string()),
            }
        }
        self.detail = None;
        self.rebuild_view(Some(id));
        if self.row_pos.is_empty() {
            return None;
        }
        // Select the claim even if a filter now hides it? No: the list says what it shows. But
        // the reviewer keeps working on it, so its detail is read either way.
        match self.store.claim(id) {
            Ok(d) => {
                let version = d.claim.version;
                if self.selected_row().is_some_and(|r| r.id == id) {
                    self.detail = Some(d);
                }
                Some(version)
            }
            Err(_) => None,
        }
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

    /// Select list position `index`: load its detail and its article's text, follow it in the
    /// article.
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
            self.detail = None;
            return;
        };
        let (id, article) = (row.id, row.article_id);
        match self.store.claim(id) {
            Ok(d) => self.detail = Some(d),
            Err(e) => {
                self.detail = None;
                self.error(e.to_string());
            }
        }
        self.load_text(article);
        self.rewrap();
    }

    fn load_text(&mut self, article: i64) {
        if self.texts.contains_key(&article) {
            return;
        }
        if self.texts.len() >= TEXT_CACHE {
            self.texts.clear();
        }
        match self.store.article_text(article) {
            Ok(raw) => {
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
                let mut values = vec![NO_VALUE; text.len()];
                match self.store.values_of_article(article) {
                    Ok(found) => {
                        for v in found {
                            let end = v.end.min(values.len());
                            values[v.start.min(end)..end].fill(value_group(v.kind));
                        }
                    }
                    Err(e) => self.error(e.to_string()),
                }
                self.texts.insert(
                    article,
                    ArticleView {
                        text,
                        marks,
                        values,
                    },
                );
            }
            Err(e) => self.error(e.to_string()),
        }
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

    /// Where the article pane starts when it follows the selected claim: the claim a third of the
    /// way down.
    pub(super) fn follow_offset(&self, wrapped: &Wrapped, height: usize) -> usize {
        let Some(claim) = self.selected_row() else {
            return 0;
        };
        let line = wrapped.line_of(claim.start);
        line.saturating_sub(height / 3)
            .min(wrapped.lines.len().saturating_sub(height))
    }

    /// Claims with a verdict and claims counted for progress (dismissed ones are not), of those
    /// loaded.
    pub fn progress(&self) -> (usize, usize) {
        self.progress
    }

    pub(super) fn article_title(&self, id: i64) -> &str {
        self.articles
            .iter()
            .find(|a| a.id == id)
            .map_or(strings::UNTITLED, |a| a.title.as_str())
    }
}

/// The span of a claim to add: `START..END` (character offsets), or words of the article that
/// occur exactly once in it.
fn claim_span(text: &str, input: &str) -> Result<(usize, usize), String> {
    if let Some((a, b)) = input.split_once("..")
        && let (Ok(start), Ok(end)) = (a.trim().parse::<usize>(), b.trim().parse::<usize>())
    {
        return Ok((start, end));
    }
    // Occurrences may overlap ("aa" twice in "aaa"): look again one character further each time.
    let found: Vec<usize> = std::iter::successors(text.find(input), |&b| {
        let next = b + text[b..].chars().next().map_or(1, char::len_utf8);
        text[next..].find(input).map(|f| next + f)
    })
    .collect();
    match found.as_slice() {
        [] => Err(strings::quote_not_found(&one_line(input))),
        [b] => {
            let start = text[..*b].chars().count();
            Ok((start, start + input.chars().count()))
        }
        many => Err(strings::quote_ambiguous(&one_line(input), many.len())),
    }
}

/// Where to split a claim: a character offset, or the words the second part starts with (which
/// must occur once in the claim's span).
fn split_point(span: &str, input: &str) -> Result<usize, String> {
    if let Ok(n) = input.parse::<usize>() {
        return Ok(n);
    }
    let found: Vec<usize> = span.match_indices(input).map(|(b, _)| b).collect();
    match found.as_slice() {
        [] => Err(strings::split_not_found(input)),
        [b] => Ok(span[..*b].chars().count()),
        many => Err(strings::split_ambiguous(input, many.len())),
    }
}
