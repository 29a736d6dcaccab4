//! The workbench state and its reducer: `update` turns an action into a state change and the
//! effects it needs (reads and writes, carried out by `effects::Executor`); `done` takes their
//! outcomes back. Nothing here touches the database or draws. This file holds the state and the
//! dispatch; `navigate`, `mouse`, `open` and `outcome` hold the steps.
//!
//! At a hundred thousand claims the state stays small: the list holds light rows (`ClaimRow`),
//! the detail of the selected claim and the text of its article are read when it is selected.

mod filters;
mod mouse;
mod navigate;
mod open;
mod outcome;
mod restore;
mod visual;

use super::action::Action;
use super::component::{Popup, Reply, Request};
use super::ctx::{Ctx, ListWidths};
use super::effects::{Effect, Outcome};
use super::keymap::{Keymap, Mode};
use super::popups::command::CommandLine;
use super::popups::confirm::{Confirm, ConfirmTask};
use super::popups::help::Help;
use super::popups::line_field;
use super::popups::picker::PickKind;
use super::popups::prompt::{Prompt, PromptKind};
use super::popups::source::SourceForm;
use super::popups::verdict::VerdictForm;
use super::state::{ArticleView, Focus, ListRow, Message, Search, Sort, VerdictFilter};
use super::strings;
use super::text::Wrapped;
use super::theme::Theme;
use super::view;
use crate::config::Config;
use crate::extract::ClaimType;
use crate::model::{Article, ClaimDetail, Scale, Status};
use crate::store::search::ClaimRow;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};
use ratatui::layout::Rect;
use ratatui::text::Text;
use ratatui::widgets::Widget;
use std::collections::{HashMap, HashSet};
use strum::IntoEnumIterator;

/// Articles whose text stays loaded; the others are read again when needed.
const TEXT_CACHE: usize = 8;

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
    type_filter: Option<ClaimType>,
    /// Only the claims due for a re-check by this day (set to today when turned on).
    due_filter: Option<chrono::NaiveDate>,
    search: Option<Search>,
    /// Claims marked for a bulk action (ids), kept across filters and reloads.
    marks: HashSet<i64>,
    /// Only the claims assigned to the reviewer at the desk.
    mine: bool,
    /// The selection being made in the article (`V`).
    visual: Option<visual::Visual>,
    /// What each line of the open filter menu does.
    filter_menu: Vec<filters::FilterChoice>,
    /// The row last selected: shown in the article pane while no claim passes the filters, and
    /// kept selected when a filter is cleared.
    last_row: Option<usize>,
    detail: Option<ClaimDetail>,
    detail_text: DetailText,
    /// The best precedents of the claim in `detail` (read with it).
    precedents: Vec<crate::desk::Precedent>,
    /// The claim `precedents` are of.
    precedents_for: Option<i64>,
    /// The claim whose precedents were asked for and not answered yet.
    precedents_asked: Option<i64>,
    /// `p` (true) or `P` (false) pressed before the precedents were read: done once they are.
    pending_reuse: Option<bool>,
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
    /// The database refuses changes: the header says so and every change is refused by the store.
    read_only: bool,
    size: (u16, u16),
    /// Claims with a verdict, and claims counted (not dismissed), of those loaded.
    progress: (usize, usize),
    /// What the list's fixed column widths come from, taken when the rows are read (not per
    /// frame): the widest id, and whether some claim has a claimant.
    list_widths: ListWidths,
    /// The filter menu's groups of the rows, counted when the menu first opens after the rows
    /// changed.
    filter_groups: Option<Vec<filters::FilterGroup>>,
    /// `rows` are the first article's only: the first frame is drawn from them, then every row
    /// is read (`Effect::LoadRows`).
    loading: bool,
    quit: bool,
    /// Ctrl-C was pressed once in a dialog holding typed text: a second one discards it.
    interrupt_armed: bool,
    /// Ctrl-Z was pressed: the event loop gives the terminal back and stops the process.
    suspend: bool,
    /// What the reducer asked for since the last `update` or `done` returned.
    effects: Vec<Effect>,
    /// Claims with an open consistency finding (of the articles read so far).
    finding_claims: HashSet<i64>,
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
            type_filter: None,
            due_filter: None,
            search: None,
            marks: HashSet::new(),
            mine: false,
            visual: None,
            filter_menu: Vec::new(),
            last_row: None,
            detail: None,
            detail_text: DetailText::default(),
            precedents: Vec::new(),
            precedents_for: None,
            precedents_asked: None,
            pending_reuse: None,
            texts: HashMap::new(),
            wrapped: Wrapped::default(),
            focus: Focus::List,
            bottom: Focus::Article,
            article_scroll: None,
            detail_scroll: 0,
            popup: None,
            help: None,
            message: None,
            read_only: false,
            size: (0, 0),
            progress: (0, 0),
            list_widths: ListWidths::default(),
            filter_groups: None,
            loading: false,
            quit: false,
            interrupt_armed: false,
            suspend: false,
            effects: Vec::new(),
            finding_claims: HashSet::new(),
        };
        app.list_widths = ListWidths::of(&app.rows);
        app.set_detail(None);
        // Selects the first claim.
        app.rebuild_view(None);
        let effects = std::mem::take(&mut app.effects);
        (app, effects)
    }

    /// The rows given are the first article's only; `rest` asks for every row.
    pub fn loading(mut self, loading: bool) -> App {
        self.loading = loading;
        self
    }

    /// After the first frame: the read of every row, while only a first article's are loaded.
    pub fn rest(&mut self) -> Option<Vec<Effect>> {
        self.loading.then(|| vec![Effect::LoadRows])
    }

    /// Use the desk's whole config (scale and report settings).
    /// Mark the desk read-only: said in the header, and once when the workbench opens.
    pub fn read_only(mut self, read_only: bool) -> App {
        self.read_only = read_only;
        if read_only {
            self.info(strings::READ_ONLY_OPENED);
        }
        self
    }

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

    /// Whether the reviewer asked to suspend (Ctrl-Z) and the event loop has not done it yet.
    pub fn should_suspend(&self) -> bool {
        self.suspend
    }

    /// Whether the reviewer asked to suspend since the last call (the request is taken).
    pub fn take_suspend(&mut self) -> bool {
        std::mem::take(&mut self.suspend)
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

    pub fn due_filter(&self) -> Option<chrono::NaiveDate> {
        self.due_filter
    }

    pub fn type_filter(&self) -> Option<ClaimType> {
        self.type_filter
    }

    pub fn search(&self) -> Option<&Search> {
        self.search.as_ref()
    }

    /// Whether the list shows only the claims assigned to the reviewer at the desk.
    pub fn mine(&self) -> bool {
        self.mine
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
        } else if self.visual.is_some() {
            Mode::Visual
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

    /// Another process changed the database: read everything again, keeping the selected claim.
    /// Nothing while a popup or the help is open (the caller asks again later).
    pub fn reload(&mut self) -> Option<Vec<Effect>> {
        if self.popup.is_some() || self.help.is_some() {
            return None;
        }
        let claim = self.selected_row().map_or(0, |r| r.id);
        Some(vec![Effect::Reload { claim }])
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
            type_filter: self.type_filter,
            due_filter: self.due_filter,
            search: self.search.as_ref(),
            marks: &self.marks,
            mine: self.mine,
            last_row: self.last_row.filter(|_| self.view.is_empty()),
            selection: self
                .visual
                .as_ref()
                .map(|v| (v.article, v.sel.range(), v.sel.cursor)),
            detail_text: &self.detail_text.text,
            texts: &self.texts,
            wrapped: &self.wrapped,
            focus: self.focus,
            bottom: self.bottom,
            article_scroll: self.article_scroll,
            detail_scroll: self.detail_scroll,
            message: self.message.as_ref(),
            read_only: self.read_only,
            progress: self.progress,
            list_widths: self.list_widths,
            loading: self.loading,
            popup: self.popup.as_deref(),
            help: self.help.as_ref(),
            finding_claims: &self.finding_claims,
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
        let armed = match action {
            Action::Resize(..) => self.interrupt_armed,
            _ => std::mem::take(&mut self.interrupt_armed),
        };
        if armed && action != Action::Interrupt {
            self.message = None;
        }
        match action {
            Action::Interrupt => return self.interrupt(armed),
            Action::Quit => {
                self.quit = true;
                return;
            }
            Action::Suspend => {
                self.suspend = true;
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
        if self.visual.is_some() {
            self.update_visual(action);
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
                if let Some(d) = self.detail.as_ref() {
                    let form = SourceForm::new(&d.claim, self.theme).with_values(d.values.clone());
                    self.popup = Some(Box::new(form));
                } else {
                    self.error(strings::NO_CLAIM_SELECTED);
                }
            }
            Action::OpenVerdict => {
                if let Some(c) = self.current_claim() {
                    let current = self.detail.as_ref().and_then(|d| d.verdict.as_ref());
                    let current = current.map(|v| v.rating.as_str());
                    let form = VerdictForm::new(c, &self.config.scale, current, self.theme)
                        .for_marked(self.marks.len());
                    self.popup = Some(Box::new(form));
                } else {
                    self.error(strings::NO_CLAIM_SELECTED);
                }
            }
            Action::Dismiss => self.open_dismiss(),
            Action::EditClaim => self.open_prompt(PromptKind::Edit),
            Action::Split => self.open_prompt(PromptKind::Split),
            Action::AddClaim => self.open_add_claim(),
            Action::Restore => self.restore(),
            Action::Merge if !self.marks.is_empty() => self.ask_merge_marked(),
            Action::Merge => self.ask_merge(),
            Action::RemoveEvidence => self.open_evidence_picker(),
            Action::ReusePrecedent => self.when_precedents(true),
            Action::PickPrecedent => self.when_precedents(false),
            Action::DismissSuggestion => self.dismiss_suggestions(),
            Action::ShowLog => match self.current_claim().map(|c| c.id) {
                Some(claim) => self.effects.push(Effect::LoadLog { claim }),
                None => self.error(strings::NO_CLAIM_SELECTED),
            },
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::ToggleMark => self.toggle_mark(),
            Action::MarkAll => self.mark_all(),
            Action::Search => {
                self.search = Some(Search {
                    field: line_field("", "", self.theme),
                    editing: true,
                    ids: HashSet::new(),
                    matches: Vec::new(),
                    origin: self.selected,
                    hits: Vec::new(),
                    hits_article: None,
                    hits_query: String::new(),
                    hit: None,
                    answered: String::new(),
                });
            }
            Action::NextMatch => self.jump_match(true),
            Action::PrevMatch => self.jump_match(false),
            Action::ClearSearch => {
                if self.search.is_some() {
                    self.search = None;
                } else if !self.marks.is_empty() {
                    self.marks.clear();
                    self.info(strings::MARKS_CLEARED);
                }
            }
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
                self.say_if_none_match();
            }
            Action::ToggleDueFilter => {
                self.due_filter = match self.due_filter {
                    None => Some(chrono::Local::now().date_naive()),
                    Some(_) => None,
                };
                self.refilter();
                self.say_if_none_match();
            }
            Action::CycleTypeFilter => {
                let mut all = ClaimType::iter();
                self.type_filter = match self.type_filter {
                    None => all.next(),
                    Some(t) => all.skip_while(|x| *x != t).nth(1),
                };
                self.refilter();
                self.say_if_none_match();
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
                self.say_if_none_match();
            }
            Action::FilterMenu => self.open_filter_menu(),
            Action::FilterMine => {
                self.mine = !self.mine;
                self.refilter();
                self.say_if_none_match();
            }
            Action::Assign => match self.current_claim() {
                Some(c) => {
                    let prompt = Prompt::assign(c, &self.reviewer, self.theme);
                    self.popup = Some(Box::new(prompt));
                }
                None => self.error(strings::NO_CLAIM_SELECTED),
            },
            Action::StartSelect => self.start_select(),
            Action::CommandLine => {
                self.popup = Some(Box::new(CommandLine::new(self.theme)));
            }
            Action::CheckFindings => match self.current_article() {
                Some(article) => self
                    .effects
                    .push(Effect::LoadFindings { article, index: 0 }),
                None => self.error(strings::NO_ARTICLE),
            },
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
            Request::Write(effect) => {
                let effect = self.on_marked(effect);
                self.effects.push(effect);
            }
            Request::TypeReason => self.open_prompt(PromptKind::Dismiss),
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
                // The field showed the wording made safe; what the reviewer did not touch keeps
                // its stored characters (line breaks, control characters), not their glyphs.
                let text = match &old {
                    Some(old) => crate::tui::text::restore_untouched(old, &text),
                    None => text,
                };
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
                        let reopens = self
                            .detail
                            .as_ref()
                            .and_then(|d| d.reopened_by_removing(id));
                        let question =
                            strings::remove_evidence_question(id, &url, reopens.as_deref());
                        let task = ConfirmTask::RemoveEvidence { evidence: id };
                        let confirm =
                            Confirm::new(task, claim, Some(version), question, self.theme);
                        self.popup = Some(Box::new(confirm));
                    }
                    PickKind::Article => self.show_article(id),
                    PickKind::Precedent { .. } => self.ask_reuse(Some(id)),
                    PickKind::Filter => self.pick_filter(id),
                }
            }
            Request::Command(command) => {
                self.popup = None;
                self.run_command(command);
            }
        }
    }

    /// With claims marked, a dismissal or a verdict asked on the selected claim goes to every
    /// marked claim instead.
    fn on_marked(&self, effect: Effect) -> Effect {
        if self.marks.is_empty() {
            return effect;
        }
        let ids = self.marked_ids();
        match effect {
            Effect::Dismiss { reason, .. } => Effect::DismissMarked { ids, reason },
            Effect::AddVerdict {
                rating, rationale, ..
            } => Effect::VerdictMarked {
                ids,
                rating,
                rationale,
            },
            other => other,
        }
    }

    /// Ctrl-C: close the help or the dialog (a dialog holding typed text asks first: a second
    /// Ctrl-C discards it), leave the search being typed, or quit from the main screen.
    fn interrupt(&mut self, armed: bool) {
        if self.help.is_some() {
            self.help = None;
        } else if let Some(popup) = &self.popup {
            if popup.typed_text() && !armed {
                self.interrupt_armed = true;
                self.info(strings::INTERRUPT_ASK);
            } else {
                self.popup = None;
                self.message = None;
            }
        } else if self.visual.is_some() {
            self.visual = None;
        } else if self.mode() == Mode::Search {
            self.update_search(Action::Cancel);
        } else {
            self.quit = true;
        }
    }

    /// After a filter changed: say so when no claim passes it (the list would just be empty).
    fn say_if_none_match(&mut self) {
        if self.view.is_empty() && !self.rows.is_empty() {
            self.info(strings::FILTER_NO_MATCH);
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

    /// The article a new claim goes to (or a report is made of): the selected claim's, else the
    /// one shown.
    fn current_article(&self) -> Option<i64> {
        self.selected_row()
            .map(|r| r.article_id)
            .or(self.article)
            .or_else(|| self.articles.first().map(|a| a.id))
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
