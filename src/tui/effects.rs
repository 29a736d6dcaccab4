//! The workbench's only door to the database: the reducer (`App`) names what it needs as an
//! `Effect`, the `Executor` carries it out through the desk (every change) or the store (reads)
//! and answers with an `Outcome`, which goes back to the reducer. Every database call of the
//! workbench is in this file, and every change is one the command line makes the same way.

use super::strings;
use crate::config::Config;
use crate::desk::{
    Agreement, ArticleChanges, Desk, ExportRequest, Locate, Precedent, SplitAt, Undone, expand_home,
};
use crate::error::Error;
use crate::extract::Claimant;
use crate::model::{Article, ClaimDetail, Event, Evidence, StoredValue};
use crate::report::Format;
use crate::store::search::{ClaimRow, ClaimSpans, ReviewCounts};
use crate::store::{NewEvidence, Store, StoreError};
use std::sync::mpsc::{Receiver, Sender, channel};

/// The overview's data: the counts of the selected claim's article (its title) and of all, and
/// the reviewers' agreement.
pub type OverviewData = (Option<(String, ReviewCounts)>, ReviewCounts, Agreement);

/// How many precedents the detail pane lists (and `P` offers).
pub const PRECEDENTS_LISTED: usize = 3;

/// A read or a write the workbench needs.
#[derive(Debug, Clone)]
pub enum Effect {
    /// Read everything again after another process changed the database, keeping `claim`
    /// (0: none) selected.
    Reload { claim: i64 },
    /// Every row, after the first frame was drawn from the rows of one article.
    LoadRows,
    /// The detail of a claim (for the detail pane and the forms).
    LoadDetail { claim: i64 },
    /// The best precedents of a claim: read when the workbench is idle (they cost a full-text
    /// search), or when `p`/`P` asks for them.
    LoadPrecedents { claim: i64 },
    /// An article's text, the values marked in it and where its claims are.
    LoadText { article: i64 },
    /// The claims matching a search, within the article shown (None: all).
    Search { query: String, article: Option<i64> },
    /// The audit trail of a claim.
    LoadLog { claim: i64 },
    /// The review counts of an article (its id and title) and of all articles.
    LoadOverview { article: Option<(i64, String)> },
    /// The consistency findings of an article, for their popup (the entry at `index` selected).
    LoadFindings { article: i64, index: usize },
    /// Dismiss a finding of an article (remembered), then show the findings again.
    DismissFinding {
        article: i64,
        key: String,
        index: usize,
    },
    /// Dismiss the stances these pieces of evidence of `claim` suggest (remembered), then read
    /// the claim again.
    DismissSuggestions { claim: i64, evidence: Vec<i64> },
    /// Dismiss a precedent offered to a claim (remembered), then read its precedents again.
    DismissPrecedent { claim: i64, precedent: i64 },
    /// The version of the claim to merge into `claim`, to ask about the merge.
    LoadMergeTarget {
        claim: i64,
        version: i64,
        other: i64,
    },
    AddEvidence {
        claim: i64,
        evidence: NewEvidence,
        expected_version: Option<i64>,
    },
    AddVerdict {
        claim: i64,
        rating: String,
        rationale: String,
        expected_version: Option<i64>,
    },
    Dismiss {
        claim: i64,
        reason: String,
        expected_version: Option<i64>,
    },
    /// Restore a dismissed claim; `reason` is what it was dismissed for (undo dismisses again).
    Restore {
        claim: i64,
        reason: String,
        expected_version: Option<i64>,
    },
    /// New wording; `old_text` is the wording it replaces (for undo).
    Edit {
        claim: i64,
        text: String,
        old_text: Option<String>,
        expected_version: Option<i64>,
    },
    /// Split a claim where `at` says: an offset, or the words the second part starts with.
    Split {
        claim: i64,
        at: String,
        expected_version: Option<i64>,
    },
    Merge {
        claim: i64,
        other: i64,
        expected_versions: Option<(i64, i64)>,
    },
    /// A claim the extractor missed: words of the article, or START..END.
    AddClaim { article: i64, quote: String },
    RemoveEvidence {
        claim: i64,
        evidence: i64,
        expected_version: Option<i64>,
    },
    /// Take the reviewer's last change back (the desk's undo stack).
    Undo,
    /// Make the last change taken back again.
    Redo,
    /// Dismiss every marked claim for one reason.
    DismissMarked { ids: Vec<i64>, reason: String },
    /// One verdict on every marked claim, each through the evidence gate.
    VerdictMarked {
        ids: Vec<i64>,
        rating: String,
        rationale: String,
    },
    /// Merge the marked claims, in reading order, into the first.
    MergeMarked { ids: Vec<i64> },
    /// A verdict reusing precedent `precedent`'s evidence and rating.
    Reuse {
        claim: i64,
        precedent: i64,
        expected_version: Option<i64>,
    },
    /// The report of an article, written to `path` (`~` is the home folder).
    Export {
        format: Format,
        path: String,
        article: i64,
    },
    /// Work as another reviewer from now on.
    SetReviewer { name: String },
    /// Correct an article's title, URL or publication date.
    SetArticle {
        article: i64,
        changes: ArticleChanges,
    },
    /// Assign a claim to a reviewer (None: to nobody); `previous` is who had it (for undo).
    Assign {
        claim: i64,
        to: Option<String>,
        previous: Option<String>,
        expected_version: Option<i64>,
    },
    /// Set the pieces of the article a claim rests on; `previous` are its parts before.
    SetParts {
        claim: i64,
        parts: Vec<[usize; 2]>,
        previous: Vec<[usize; 2]>,
        expected_version: Option<i64>,
    },
    /// Say who makes a claim (None: the article itself); `previous` is who did (for undo).
    SetClaimant {
        claim: i64,
        claimant: Option<Claimant>,
        previous: Option<Claimant>,
        expected_version: Option<i64>,
    },
}

/// A write that was carried out, with what the reducer needs to say so and to undo it.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    EvidenceAdded {
        claim: i64,
        evidence: i64,
    },
    Verdict {
        claim: i64,
        rating: String,
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
        old_text: Option<String>,
        version: i64,
    },
    Split {
        first: i64,
        second: i64,
        versions: (i64, i64),
    },
    Merged {
        claim: i64,
        other: i64,
    },
    EvidenceRemoved {
        claim: i64,
        evidence: Box<Evidence>,
    },
    ClaimAdded {
        claim: i64,
    },
    ClaimantSet {
        claim: i64,
        previous: Option<Claimant>,
        version: i64,
    },
    Assigned {
        claim: i64,
        previous: Option<String>,
        version: i64,
    },
    PartsSet {
        claim: i64,
        previous: Vec<[usize; 2]>,
        version: i64,
    },
    /// Undone (or, with `redo`, made again): what the change was.
    Undone {
        claim: i64,
        what: String,
        redo: bool,
    },
    /// A bulk action on marked claims: what to say.
    Bulk {
        claim: i64,
        said: String,
    },
}

impl Change {
    /// The claim to keep selected.
    pub fn claim(&self) -> i64 {
        match self {
            Change::EvidenceAdded { claim, .. }
            | Change::Verdict { claim, .. }
            | Change::Dismissed { claim, .. }
            | Change::Restored { claim, .. }
            | Change::Edited { claim, .. }
            | Change::Merged { claim, .. }
            | Change::EvidenceRemoved { claim, .. }
            | Change::ClaimAdded { claim }
            | Change::ClaimantSet { claim, .. }
            | Change::Assigned { claim, .. }
            | Change::PartsSet { claim, .. }
            | Change::Undone { claim, .. }
            | Change::Bulk { claim, .. } => *claim,
            Change::Split { first, .. } => *first,
        }
    }

    /// Claims were added or removed: every row is read again.
    pub fn reloads_all(&self) -> bool {
        matches!(
            self,
            Change::Split { .. }
                | Change::Merged { .. }
                | Change::ClaimAdded { .. }
                | Change::Undone { .. }
                | Change::Bulk { .. }
        )
    }
}

/// The rows read again after a write.
#[derive(Debug, Clone, PartialEq)]
pub enum Rows {
    All(Vec<ClaimRow>),
    One(ClaimRow),
}

/// A claim read again after a write (or a refused stale write): its row (or all rows) and its
/// detail.
#[derive(Debug, Clone, PartialEq)]
pub struct Refresh {
    pub claim: i64,
    pub rows: Result<Rows, String>,
    pub detail: Option<ClaimDetail>,
}

/// The answer to an effect.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// An undo or redo of a change about no claim (a source, an article's description): what
    /// it was; everything is read again.
    UndoneOffClaim { what: String, redo: bool },
    /// Another process changed the database: the articles and every row read again, and the
    /// detail of the claim that was selected.
    Reloaded {
        articles: Result<Vec<Article>, String>,
        refresh: Refresh,
    },
    /// Every row (`Effect::LoadRows`).
    Rows(Result<Vec<ClaimRow>, String>),
    /// Sent to the search thread: the answer comes later (`Executor::searched`).
    Sent,
    Detail {
        claim: i64,
        detail: Result<ClaimDetail, String>,
    },
    /// A claim's best precedents (none when they cannot be read: they are advice).
    Precedents { claim: i64, found: Vec<Precedent> },
    /// Suggested stances were dismissed: the claim read again.
    SuggestionsDismissed {
        claim: i64,
        dismissed: usize,
        detail: Result<ClaimDetail, String>,
    },
    /// A precedent was dismissed: the claim's precedents read again.
    PrecedentDismissed {
        claim: i64,
        precedent: i64,
        found: Vec<Precedent>,
    },
    Text {
        article: i64,
        text: Result<String, String>,
        values: Result<Vec<StoredValue>, String>,
        /// Where each claim of the article rests and is stated.
        spans: Result<Vec<ClaimSpans>, String>,
        /// The claims of the article with an open consistency finding.
        open_findings: Vec<i64>,
    },
    Searched {
        query: String,
        ids: Result<Vec<i64>, String>,
    },
    Log {
        claim: i64,
        events: Result<Vec<Event>, String>,
    },
    /// The counts of the selected claim's article and of all, and the reviewers' agreement.
    Overview(Result<OverviewData, String>),
    MergeTarget {
        claim: i64,
        version: i64,
        other: i64,
        other_version: Result<i64, String>,
    },
    /// A write went through; the claim it changed, read again.
    Saved { change: Change, refresh: Refresh },
    /// A write was refused, in one sentence; after a stale write, the claim read again.
    Refused {
        sentence: String,
        refresh: Option<Refresh>,
    },
    /// Something to tell the reviewer (an export written).
    Info(String),
    /// The desk now works as this reviewer.
    ReviewerSet(String),
    /// An article's description changed; `revalued` of its values resolved again.
    ArticleSet { article: Article, revalued: usize },
    /// Something that failed outside a popup.
    Failed(String),
    /// An article's findings, for their popup with the entry at `index` selected; `note`: what
    /// to tell the reviewer.
    Findings {
        article: i64,
        findings: Result<Vec<crate::desk::Checked>, String>,
        index: usize,
        note: Option<String>,
    },
}

/// Carries effects out: changes through the desk, reads from its store.
pub struct Executor {
    desk: Desk,
    /// The article given on the command line: the rows read are its (None: all).
    article: Option<i64>,
    /// The database's `data_version` when last looked at.
    data_version: Option<i64>,
    /// Searches run on a thread of their own (the terminal's workbench): a word that most
    /// claims hold takes longer than a key may.
    searcher: Option<Searcher>,
}

/// A thread with its own read-only connection that answers searches, the latest first (a query
/// typed over before its turn is skipped: the workbench drops an answer to an old query anyway).
struct Searcher {
    /// None once dropped: the thread then ends.
    queries: Option<Sender<(String, Option<i64>)>>,
    thread: Option<std::thread::JoinHandle<()>>,
    /// Each answer with how many queries it settles (itself and those skipped).
    answers: Receiver<(usize, Outcome)>,
    /// Queries sent and not settled yet.
    pending: usize,
}

impl Searcher {
    fn start(path: std::path::PathBuf) -> Searcher {
        let (queries, asked) = channel::<(String, Option<i64>)>();
        let (answer, answers) = channel();
        let thread = std::thread::spawn(move || {
            let store = Store::open_read_only(&path);
            while let Ok(mut next) = asked.recv() {
                let mut settled = 1;
                while let Ok(later) = asked.try_recv() {
                    next = later;
                    settled += 1;
                }
                let (query, article) = next;
                let ids = match &store {
                    Ok(store) => store.search_in(&query, article).map_err(|e| e.to_string()),
                    Err(e) => Err(e.to_string()),
                };
                if answer
                    .send((settled, Outcome::Searched { query, ids }))
                    .is_err()
                {
                    break;
                }
            }
        });
        Searcher {
            queries: Some(queries),
            thread: Some(thread),
            answers,
            pending: 0,
        }
    }
}

impl Drop for Searcher {
    /// The thread ends and closes its connection before the workbench's process does (the last
    /// connection to close removes the database's -wal and -shm files).
    fn drop(&mut self) {
        self.queries = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

type Write = Result<Change, (i64, Error)>;

impl Executor {
    pub fn new(desk: Desk, article: Option<i64>) -> Executor {
        let data_version = desk.store().data_version().ok();
        Executor {
            desk,
            article,
            data_version,
            searcher: None,
        }
    }

    pub fn store(&self) -> &Store {
        self.desk.store()
    }

    /// From now on, run searches on a thread of their own: `Effect::Search` answers nothing at
    /// once, and `searched` gives the answers as they come.
    pub fn search_in_background(&mut self) {
        self.searcher = Some(Searcher::start(self.desk.store().path().to_path_buf()));
    }

    /// Whether a search sent to the thread is not answered yet.
    pub fn searching(&self) -> bool {
        self.searcher.as_ref().is_some_and(|s| s.pending > 0)
    }

    /// The answers of the search thread so far.
    pub fn searched(&mut self) -> Vec<Outcome> {
        let Some(s) = &mut self.searcher else {
            return Vec::new();
        };
        let mut out = Vec::new();
        while let Ok((settled, outcome)) = s.answers.try_recv() {
            s.pending = s.pending.saturating_sub(settled);
            out.push(outcome);
        }
        out
    }

    pub fn config(&self) -> &Config {
        self.desk.config()
    }

    pub fn reviewer(&self) -> &str {
        self.desk.reviewer()
    }

    /// Whether another process changed the database since the last call (SQLite's
    /// `data_version` on the desk's connection; the first call only takes note).
    pub fn changed_elsewhere(&mut self) -> bool {
        let Ok(now) = self.desk.store().data_version() else {
            return false;
        };
        let changed = self.data_version.is_some_and(|seen| seen != now);
        self.data_version = Some(now);
        changed
    }

    /// Whether the database refuses changes (the workbench then opens it for browsing).
    pub fn read_only(&self) -> bool {
        self.desk.store().is_read_only()
    }

    /// What the workbench starts from: the articles shown and every claim row of them.
    pub fn start(&self) -> Result<(Vec<Article>, Vec<ClaimRow>), StoreError> {
        let store = self.desk.store();
        let articles = match self.article {
            Some(id) => vec![store.article(id)?],
            None => store.articles_uncounted()?,
        };
        let rows = self
            .desk
            .claim_rows_seen(self.article)
            .map_err(|e| match e {
                Error::Store(e) => e,
                e => StoreError::Invalid(e.to_string()),
            })?;
        Ok((articles, rows))
    }

    /// What the first frame needs: the articles and the rows of one article (`first`, when it
    /// has claims, else the first with claims), and whether those are every row. Every row
    /// when the workbench shows one article or the database holds one.
    pub fn start_page(
        &self,
        first: Option<i64>,
    ) -> Result<(Vec<Article>, Vec<ClaimRow>, bool), StoreError> {
        if self.article.is_some() {
            let (articles, rows) = self.start()?;
            return Ok((articles, rows, true));
        }
        let store = self.desk.store();
        let articles = store.articles_uncounted()?;
        let rows = |article| {
            self.desk.claim_rows_seen(article).map_err(|e| match e {
                Error::Store(e) => e,
                e => StoreError::Invalid(e.to_string()),
            })
        };
        if articles.len() <= 1 {
            let all = rows(None)?;
            return Ok((articles, all, true));
        }
        if let Some(id) = first {
            let page = rows(Some(id))?;
            if !page.is_empty() {
                return Ok((articles, page, false));
            }
        }
        match store.first_claimed_article()? {
            Some(id) => Ok((articles, rows(Some(id))?, false)),
            None => Ok((articles, Vec::new(), true)),
        }
    }

    /// Carry out one effect.
    pub fn run(&mut self, effect: Effect) -> Outcome {
        let text = |e: StoreError| e.to_string();
        let store = self.desk.store();
        let write: Write = match effect {
            Effect::Reload { claim } => {
                let articles = match self.article {
                    Some(id) => store.article(id).map(|a| vec![a]),
                    None => store.articles_uncounted(),
                };
                return Outcome::Reloaded {
                    articles: articles.map_err(text),
                    refresh: self.refresh(claim, true),
                };
            }
            Effect::LoadRows => {
                return Outcome::Rows(
                    self.desk
                        .claim_rows_seen(self.article)
                        .map_err(|e| e.to_string()),
                );
            }
            Effect::LoadDetail { claim } => {
                return Outcome::Detail {
                    claim,
                    detail: self
                        .desk
                        .claim_for_screen_seen(claim, crate::tui::panes::detail::VALUES_SHOWN)
                        .map_err(|e| e.to_string()),
                };
            }
            Effect::LoadPrecedents { claim } => {
                return Outcome::Precedents {
                    claim,
                    found: self
                        .desk
                        .precedents(claim, PRECEDENTS_LISTED)
                        .unwrap_or_default(),
                };
            }
            Effect::LoadText { article } => {
                let raw = store.article_text(article).map_err(text);
                let (values, spans) = match raw {
                    Ok(_) => (
                        store.values_of_article(article).map_err(text),
                        store.claim_spans(article).map_err(text),
                    ),
                    Err(_) => (Ok(Vec::new()), Ok(Vec::new())),
                };
                // The claims the detail pane marks: those with an open consistency finding (the
                // marks are a hint: a failure to check leaves them unmarked).
                let open_findings = self
                    .desk
                    .findings(article, None)
                    .map(|all| {
                        all.iter()
                            .filter(|c| c.is_open())
                            .flat_map(|c| c.finding.claims.iter().copied())
                            .collect()
                    })
                    .unwrap_or_default();
                return Outcome::Text {
                    article,
                    text: raw,
                    values,
                    spans,
                    open_findings,
                };
            }
            Effect::Search { query, article } => {
                if let Some(s) = &mut self.searcher
                    && s.queries
                        .as_ref()
                        .is_some_and(|q| q.send((query.clone(), article)).is_ok())
                {
                    s.pending += 1;
                    return Outcome::Sent;
                }
                let ids = store.search_in(&query, article).map_err(text);
                return Outcome::Searched { query, ids };
            }
            Effect::LoadLog { claim } => {
                return Outcome::Log {
                    claim,
                    events: store.events(Some(claim)).map_err(text),
                };
            }
            Effect::LoadOverview { article } => {
                let counts =
                    article.map(|(id, title)| store.review_counts(Some(id)).map(|c| (title, c)));
                let result = counts
                    .transpose()
                    .and_then(|article| store.review_counts(None).map(|overall| (article, overall)))
                    .map_err(text)
                    .and_then(|(article, overall)| {
                        let agreement = self.desk.agreement().map_err(|e| e.to_string())?;
                        Ok((article, overall, agreement))
                    });
                return Outcome::Overview(result);
            }
            Effect::LoadMergeTarget {
                claim,
                version,
                other,
            } => {
                return Outcome::MergeTarget {
                    claim,
                    version,
                    other,
                    other_version: store.claim(other).map(|o| o.claim.version).map_err(text),
                };
            }
            Effect::Export {
                format,
                path,
                article,
            } => return self.export(format, &path, article),
            Effect::LoadFindings { article, index } => {
                return Outcome::Findings {
                    article,
                    findings: self.desk.findings(article, None).map_err(|e| e.to_string()),
                    index,
                    note: None,
                };
            }
            Effect::DismissFinding {
                article,
                key,
                index,
            } => {
                return match self.desk.dismiss_finding(&key, Some(article), None) {
                    Ok(_) => Outcome::Findings {
                        article,
                        findings: self.desk.findings(article, None).map_err(|e| e.to_string()),
                        index,
                        note: Some(strings::finding_dismissed(&key)),
                    },
                    Err(e) => Outcome::Failed(e.to_string()),
                };
            }
            Effect::DismissSuggestions { claim, evidence } => {
                if let Err(e) = self.desk.dismiss_suggestions(&evidence) {
                    return Outcome::Failed(e.to_string());
                }
                return Outcome::SuggestionsDismissed {
                    claim,
                    dismissed: evidence.len(),
                    detail: self
                        .desk
                        .claim_for_screen_seen(claim, crate::tui::panes::detail::VALUES_SHOWN)
                        .map_err(|e| e.to_string()),
                };
            }
            Effect::DismissPrecedent { claim, precedent } => {
                return match self.desk.dismiss_precedent(claim, precedent) {
                    Ok(_) => Outcome::PrecedentDismissed {
                        claim,
                        precedent,
                        found: self
                            .desk
                            .precedents(claim, PRECEDENTS_LISTED)
                            .unwrap_or_default(),
                    },
                    Err(e) => Outcome::Failed(e.to_string()),
                };
            }
            Effect::SetReviewer { name } => {
                return match self.desk.set_reviewer(&name) {
                    Ok(()) => Outcome::ReviewerSet(self.desk.reviewer().to_string()),
                    Err(e) => Outcome::Failed(e.to_string()),
                };
            }
            Effect::SetArticle { article, changes } => {
                return match self.desk.set_article(article, &changes) {
                    Ok((article, revalued)) => Outcome::ArticleSet { article, revalued },
                    Err(e) => Outcome::Failed(e.to_string()),
                };
            }
            Effect::SetClaimant {
                claim,
                claimant,
                previous,
                expected_version,
            } => self
                .desk
                .set_claimant(claim, claimant.as_ref(), expected_version)
                .map(|d| Change::ClaimantSet {
                    claim,
                    previous,
                    version: d.claim.version,
                })
                .map_err(|e| (claim, e)),
            Effect::Assign {
                claim,
                to,
                previous,
                expected_version,
            } => self
                .desk
                .assign_claim(claim, to.as_deref(), expected_version)
                .map(|d| Change::Assigned {
                    claim,
                    previous,
                    version: d.claim.version,
                })
                .map_err(|e| (claim, e)),
            Effect::SetParts {
                claim,
                parts,
                previous,
                expected_version,
            } => self
                .desk
                .set_parts(claim, &parts, expected_version)
                .map(|d| Change::PartsSet {
                    claim,
                    previous,
                    version: d.claim.version,
                })
                .map_err(|e| (claim, e)),
            Effect::AddEvidence {
                claim,
                evidence,
                expected_version,
            } => self
                .desk
                .add_evidence(claim, &evidence, expected_version)
                .map(|e| Change::EvidenceAdded {
                    claim,
                    evidence: e.id,
                })
                .map_err(|e| (claim, e)),
            Effect::AddVerdict {
                claim,
                rating,
                rationale,
                expected_version,
            } => self
                .desk
                .add_verdict(claim, &rating, &rationale, expected_version)
                .map(|_| Change::Verdict { claim, rating })
                .map_err(|e| (claim, e)),
            Effect::Reuse {
                claim,
                precedent,
                expected_version,
            } => self
                .desk
                .reuse_precedent(claim, precedent, expected_version)
                .map(|v| Change::Verdict {
                    claim,
                    rating: v.rating,
                })
                .map_err(|e| (claim, e)),
            Effect::Dismiss {
                claim,
                reason,
                expected_version,
            } => self
                .desk
                .dismiss_claim(claim, &reason, expected_version)
                .map(|d| Change::Dismissed {
                    claim,
                    version: d.claim.version,
                })
                .map_err(|e| (claim, e)),
            Effect::Restore {
                claim,
                reason,
                expected_version,
            } => self
                .desk
                .restore_claim(claim, expected_version)
                .map(|d| Change::Restored {
                    claim,
                    reason,
                    version: d.claim.version,
                })
                .map_err(|e| (claim, e)),
            Effect::Edit {
                claim,
                text,
                old_text,
                expected_version,
            } => self
                .desk
                .edit_claim(claim, &text, expected_version)
                .map(|d| Change::Edited {
                    claim,
                    old_text,
                    version: d.claim.version,
                })
                .map_err(|e| (claim, e)),
            Effect::Split {
                claim,
                at,
                expected_version,
            } => self
                .desk
                .split_claim(claim, &SplitAt::parse(&at), expected_version)
                .map(|(a, b)| Change::Split {
                    first: a.claim.id,
                    second: b.claim.id,
                    versions: (a.claim.version, b.claim.version),
                })
                .map_err(|e| (claim, e)),
            Effect::Merge {
                claim,
                other,
                expected_versions,
            } => self
                .desk
                .merge_claims(claim, other, expected_versions)
                .map(|_| Change::Merged { claim, other })
                .map_err(|e| (claim, e)),
            Effect::AddClaim { article, quote } => {
                return match self.desk.add_claim(article, &Locate::parse(&quote)) {
                    Ok(d) => {
                        let claim = d.claim.id;
                        let change = Change::ClaimAdded { claim };
                        let refresh = self.refresh(claim, true);
                        Outcome::Saved { change, refresh }
                    }
                    Err(e) => Outcome::Refused {
                        sentence: e.to_string(),
                        refresh: None,
                    },
                };
            }
            Effect::RemoveEvidence {
                claim,
                evidence,
                expected_version,
            } => self
                .desk
                .remove_evidence(evidence, expected_version)
                .map(|ev| Change::EvidenceRemoved {
                    claim,
                    evidence: Box::new(ev),
                })
                .map_err(|e| (claim, e)),
            Effect::Undo => return self.undo(false),
            Effect::Redo => return self.undo(true),
            Effect::DismissMarked { ids, reason } => {
                let claim = ids.first().copied().unwrap_or(0);
                self.desk
                    .dismiss_claims(&ids, &reason)
                    .map(|done| Change::Bulk {
                        claim,
                        said: strings::dismissed_marked(done.dismissed.len(), &done.already),
                    })
                    .map_err(|e| (claim, e))
            }
            Effect::VerdictMarked {
                ids,
                rating,
                rationale,
            } => {
                let claim = ids.first().copied().unwrap_or(0);
                self.desk
                    .add_verdicts(&ids, &rating, &rationale)
                    .map(|done| Change::Bulk {
                        claim: done.recorded.first().copied().unwrap_or(claim),
                        said: strings::verdict_marked(&rating, done.recorded.len(), &done.refused),
                    })
                    .map_err(|e| (claim, e))
            }
            Effect::MergeMarked { ids } => {
                let claim = ids.first().copied().unwrap_or(0);
                self.desk
                    .merge_many(&ids)
                    .map(|d| Change::Bulk {
                        claim: d.claim.id,
                        said: strings::merged_marked(d.claim.id, ids.len()),
                    })
                    .map_err(|e| (claim, e))
            }
        };
        match write {
            Ok(change) => {
                let refresh = self.refresh(change.claim(), change.reloads_all());
                Outcome::Saved { change, refresh }
            }
            Err((claim, e)) => {
                let stale = matches!(e, Error::Store(StoreError::Stale { .. }));
                Outcome::Refused {
                    sentence: e.to_string(),
                    refresh: stale.then(|| self.refresh(claim, false)),
                }
            }
        }
    }

    /// After a write to claim `id`: its row (all rows when claims were added or removed) and its
    /// detail, read again.
    fn refresh(&self, id: i64, all: bool) -> Refresh {
        let desk = &self.desk;
        let rows = if all {
            desk.claim_rows_seen(self.article).map(Rows::All)
        } else {
            desk.claim_row_seen(id).map(Rows::One)
        };
        Refresh {
            claim: id,
            rows: rows.map_err(|e| e.to_string()),
            detail: desk
                .claim_for_screen_seen(id, crate::tui::panes::detail::VALUES_SHOWN)
                .ok(),
        }
    }

    /// `u` (or, with `redo`, `U`): the desk takes the reviewer's last change back (or makes it
    /// again), in one transaction.
    fn undo(&mut self, redo: bool) -> Outcome {
        let result = if redo {
            self.desk.redo()
        } else {
            self.desk.undo()
        };
        match result {
            Ok(Undone::Nothing) => Outcome::Info(
                if redo {
                    strings::NOTHING_TO_REDO
                } else {
                    strings::NOTHING_TO_UNDO
                }
                .into(),
            ),
            Ok(Undone::Cannot { what, why }) => Outcome::Failed(strings::cannot_undo(&what, &why)),
            Ok(Undone::Done {
                what,
                claim: Some(claim),
            }) => Outcome::Saved {
                change: Change::Undone { claim, what, redo },
                refresh: self.refresh(claim, true),
            },
            // A source's or an article's change: read everything again, the selection kept.
            Ok(Undone::Done { what, claim: None }) => Outcome::UndoneOffClaim { what, redo },
            Err(e) => Outcome::Failed(e.to_string()),
        }
    }

    /// `:export FORMAT FILE`: the report of `article`, written atomically.
    fn export(&self, format: Format, path: &str, article: i64) -> Outcome {
        let request = ExportRequest {
            format,
            article: Some(article),
            status: None,
            options: Default::default(),
        };
        match self.desk.export(&request, &expand_home(path)) {
            Ok(rendered) => {
                let mut s = strings::exported(format.as_str(), path, rendered.warnings.len());
                if let Some(w) = rendered.warnings.first() {
                    s.push_str(w);
                }
                Outcome::Info(s)
            }
            Err(e) => Outcome::Failed(e.to_string()),
        }
    }
}
