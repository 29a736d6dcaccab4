//! The workbench state and the one `update` that changes it. Keys become actions through the key
//! table (the frontmost popup's mode first); nothing here draws.

use super::action::Action;
use super::keymap::{self, Mode};
use super::popups::help::Help;
use super::popups::source::SourceForm;
use super::popups::verdict::VerdictForm;
use super::strings;
use super::text::{ArticleText, Wrapped};
use super::theme::Theme;
use super::view;
use crate::model::{Article, Claim, ClaimDetail, Scale};
use crate::store::{ClaimFilter, Store, StoreError};
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};
use ratatui::layout::Rect;
use std::collections::HashMap;

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
}

impl Popup {
    fn mode(&self) -> Mode {
        match self {
            Popup::Source(p) => p.mode(),
            Popup::Verdict(p) => p.mode(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Info(String),
    Error(String),
}

/// An article's text with, for each character, the index (into `App::claims`) of the claim it
/// belongs to.
pub struct ArticleView {
    pub text: ArticleText,
    pub marks: Vec<u32>,
}

pub const NO_CLAIM: u32 = u32::MAX;

pub struct App {
    pub(super) store: Store,
    pub(super) reviewer: String,
    pub(super) scale: Scale,
    pub(super) theme: Theme,
    /// The article given on the command line, if any; else all articles are shown.
    pub(super) article: Option<i64>,
    pub(super) articles: Vec<Article>,
    pub(super) claims: Vec<Claim>,
    pub(super) selected: usize,
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
        let claims = store.claims(&ClaimFilter {
            article,
            status: None,
        })?;
        let mut app = App {
            store,
            reviewer,
            scale,
            theme,
            article,
            articles,
            claims,
            selected: 0,
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
            quit: false,
        };
        app.select(0);
        Ok(app)
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    pub fn selected(&self) -> usize {
        self.selected
    }

    pub fn selected_claim(&self) -> Option<&Claim> {
        self.claims.get(self.selected)
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

    pub fn article_scroll(&self) -> Option<usize> {
        self.article_scroll
    }

    /// Which key table applies now: the frontmost popup's, else the main screen's.
    pub fn mode(&self) -> Mode {
        if self.help.is_some() {
            Mode::Help
        } else if let Some(p) = &self.popup {
            p.mode()
        } else {
            Mode::Main
        }
    }

    /// What a key does now: the current mode's table first, then the global one; in a text field
    /// every other key is typed.
    pub fn action_for(&self, key: &KeyEvent) -> Option<Action> {
        let mode = self.mode();
        keymap::lookup(mode, key)
            .or_else(|| keymap::lookup(Mode::Global, key))
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
            _ => {}
        }
        if !matches!(action, Action::Edit(_) | Action::Paste(_)) {
            self.message = None;
        }
        if let Some(help) = &mut self.help {
            match action {
                Action::ToggleHelp | Action::Cancel => self.help = None,
                Action::Down => help.scroll = help.scroll.saturating_add(1).min(help.max_scroll()),
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
        match action {
            Action::Down => self.step(1),
            Action::Up => self.step(-1),
            Action::PageDown => self.step(self.page() as isize),
            Action::PageUp => self.step(-(self.page() as isize)),
            Action::First => self.step(isize::MIN),
            Action::Last => self.step(isize::MAX),
            Action::FocusNext => self.set_focus(self.focus.next()),
            Action::FocusPrev => self.set_focus(self.focus.prev()),
            Action::NextArticle => self.jump_article(true),
            Action::PrevArticle => self.jump_article(false),
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
                    let form = VerdictForm::new(c, &self.scale, current, self.theme);
                    self.popup = Some(Popup::Verdict(Box::new(form)));
                } else {
                    self.error(strings::NO_CLAIM_SELECTED);
                }
            }
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
        match popup {
            Popup::Source(form) => {
                if action != Action::Submit {
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
                    Ok(_) => {
                        self.popup = None;
                        self.reload_claim(claim);
                        self.info(strings::evidence_added(claim));
                    }
                    Err(e) => self.write_failed(claim, e),
                }
            }
            Popup::Verdict(form) => {
                if action != Action::Submit {
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
                    &self.scale,
                    form.version,
                );
                match result {
                    Ok(_) => {
                        self.popup = None;
                        self.reload_claim(claim);
                        self.info(strings::verdict_added(claim, &rating));
                    }
                    Err(e) => self.write_failed(claim, e),
                }
            }
        }
    }

    /// A write was refused: say why in the popup, which stays open to fix it. When the claim
    /// changed under the reviewer, show the new state so the change can be redone on it.
    fn write_failed(&mut self, claim: i64, e: StoreError) {
        let stale = matches!(e, StoreError::Stale { .. });
        let sentence = e.to_string();
        if stale {
            self.reload_claim(claim);
        }
        let version = self.detail.as_ref().map(|d| d.claim.version);
        match &mut self.popup {
            Some(Popup::Source(f)) => {
                f.error = Some(sentence);
                if stale {
                    f.version = version;
                }
            }
            Some(Popup::Verdict(f)) => {
                f.error = Some(sentence);
                if stale {
                    f.version = version;
                }
            }
            None => self.error(sentence),
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

    /// Move by `delta` in the focused pane (isize::MIN/MAX: to the start/end).
    fn step(&mut self, delta: isize) {
        match self.focus {
            Focus::List => {
                if self.claims.is_empty() {
                    return;
                }
                let last = self.claims.len() - 1;
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

    fn pane_rect(&self, pane: Focus) -> Option<Rect> {
        let area = Rect::new(0, 0, self.size.0, self.size.1);
        let screen = view::layout(area, self.bottom)?;
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

    fn jump_article(&mut self, forward: bool) {
        let Some(current) = self.selected_claim().map(|c| c.claim.article_id) else {
            return;
        };
        let target = if forward {
            self.claims[self.selected..]
                .iter()
                .position(|c| c.claim.article_id != current)
                .map(|i| i + self.selected)
        } else {
            // The first claim of the previous article (or of this one, from inside it).
            let first_here = self.claims[..self.selected]
                .iter()
                .rposition(|c| c.claim.article_id != current)
                .map_or(0, |i| i + 1);
            if first_here < self.selected {
                Some(first_here)
            } else {
                first_here.checked_sub(1).map(|prev| {
                    let art = self.claims[prev].claim.article_id;
                    self.claims[..prev]
                        .iter()
                        .rposition(|c| c.claim.article_id != art)
                        .map_or(0, |i| i + 1)
                })
            }
        };
        if let Some(to) = target {
            self.select(to);
        }
    }

    /// Select claim `index`: load its detail and its article's text, follow it in the article.
    fn select(&mut self, index: usize) {
        self.selected = index;
        self.article_scroll = None;
        self.detail_scroll = 0;
        let Some(claim) = self.claims.get(index) else {
            self.detail = None;
            return;
        };
        let (id, article) = (claim.claim.id, claim.claim.article_id);
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
        match self.store.article_text(article) {
            Ok(raw) => {
                let text = ArticleText::new(&raw);
                let mut marks = vec![NO_CLAIM; text.len()];
                for (i, c) in self.claims.iter().enumerate() {
                    if c.claim.article_id != article {
                        continue;
                    }
                    let end = c.claim.end.min(marks.len());
                    for m in &mut marks[c.claim.start.min(end)..end] {
                        if *m == NO_CLAIM {
                            *m = i as u32;
                        }
                    }
                }
                self.texts.insert(article, ArticleView { text, marks });
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    /// Wrap the selected claim's article for the article pane, if the width or article changed.
    fn rewrap(&mut self) {
        let Some(article) = self.selected_claim().map(|c| c.claim.article_id) else {
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
        let Some(claim) = self.selected_claim() else {
            return 0;
        };
        let line = wrapped.line_of(claim.claim.start);
        line.saturating_sub(height / 3)
            .min(wrapped.lines.len().saturating_sub(height))
    }

    /// After a write: reload the claim from the database, in the list and in the detail pane.
    fn reload_claim(&mut self, id: i64) {
        match self.store.claim(id) {
            Ok(d) => {
                if let Some(c) = self.claims.iter_mut().find(|c| c.claim.id == id) {
                    c.claim = d.claim.clone();
                    c.values = d.values.clone();
                    c.verdict = d.verdict.clone();
                    c.evidence = d.evidence.len() as i64;
                }
                if self.selected_claim().is_some_and(|c| c.claim.id == id) {
                    self.detail = Some(d);
                }
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    /// Claims counted for progress (dismissed ones are not) and those with a verdict.
    pub fn progress(&self) -> (usize, usize) {
        use crate::model::Status;
        let counted = self
            .claims
            .iter()
            .filter(|c| c.claim.status != Status::Dismissed);
        let total = counted.clone().count();
        let reviewed = counted
            .filter(|c| matches!(c.claim.status, Status::Reviewed | Status::Disputed))
            .count();
        (reviewed, total)
    }

    pub(super) fn article_title(&self, id: i64) -> &str {
        self.articles
            .iter()
            .find(|a| a.id == id)
            .map_or(strings::UNTITLED, |a| a.title.as_str())
    }
}
