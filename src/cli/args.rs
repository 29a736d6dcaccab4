//! The command line's grammar: every subcommand and flag, with its help (clap derive).

use crate::extract::{ClaimType, ClaimantKind};
use crate::model::{Stance, Status};
use crate::report::Format;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use strum::IntoEnumIterator;

/// `--type`: the names of `ClaimType`, as the JSON writes them.
fn claim_type() -> impl TypedValueParser<Value = ClaimType> {
    PossibleValuesParser::new(ClaimType::iter().map(ClaimType::as_str))
        .map(|s| ClaimType::parse(&s).unwrap_or_default())
}

/// `--kind`: the names of `ClaimantKind`, as the JSON writes them.
fn claimant_kind() -> impl TypedValueParser<Value = ClaimantKind> {
    PossibleValuesParser::new(ClaimantKind::iter().map(ClaimantKind::as_str))
        .map(|s| ClaimantKind::parse(&s).unwrap_or(ClaimantKind::Person))
}

#[derive(Debug, Parser)]
#[command(
    name = "claimdesk",
    version,
    about = "A terminal workbench for fact-checkers: import an article, review its claims, export the verdicts.",
    after_help = "With no command, opens the workbench over every article in the database."
)]
pub struct Cli {
    /// The database file [default: $CLAIMDESK_DB, else claimdesk.db in the platform data folder]
    #[arg(long, global = true, value_name = "PATH", env = "CLAIMDESK_DB")]
    pub db: Option<PathBuf>,

    /// Who is reviewing [default: $CLAIMDESK_REVIEWER, else the login name]
    #[arg(long, global = true, value_name = "NAME", env = "CLAIMDESK_REVIEWER")]
    pub reviewer: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args, Clone, Default)]
pub struct ArticleMeta {
    /// The article's title [default: from the front matter, else its first line]
    #[arg(long, value_name = "T", allow_hyphen_values = true)]
    pub title: Option<String>,
    /// Where the article was published
    #[arg(long, value_name = "U")]
    pub url: Option<String>,
    /// Publication date, YYYY-MM-DD: relative dates ("last April") resolve against it
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import FILE if it is new, then open the workbench on it
    Open {
        file: PathBuf,
        #[command(flatten)]
        meta: ArticleMeta,
    },
    /// Import article files or folders of them (.txt, .md with front matter, .html; - for standard input)
    Import {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        meta: ArticleMeta,
        /// Print the imported articles as JSON
        #[arg(long)]
        json: bool,
    },
    /// Print what the extractor finds in FILE, without a database (- for standard input)
    Extract {
        file: PathBuf,
        /// Publication date, YYYY-MM-DD
        #[arg(long, value_name = "YYYY-MM-DD")]
        published: Option<String>,
        /// Print JSON (sentences, values, claims)
        #[arg(long)]
        json: bool,
    },
    /// List the articles in the database
    Articles {
        #[arg(long)]
        json: bool,
    },
    /// Correct an article's title, URL or publication date (a new date resolves its relative dates again)
    Article {
        #[command(subcommand)]
        command: ArticleCommand,
    },
    /// List claims
    Claims {
        /// Only the claims of this article
        #[arg(long, value_name = "ID")]
        article: Option<i64>,
        /// Only claims with this status
        #[arg(long, value_enum)]
        status: Option<Status>,
        /// Only claims that state this sort of fact
        #[arg(long = "type", value_name = "TYPE", value_parser = claim_type())]
        kind: Option<ClaimType>,
        #[arg(long)]
        json: bool,
    },
    /// Show one claim with its values, evidence and verdict history
    Show {
        claim_id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Sources of evidence
    Source {
        #[command(subcommand)]
        command: SourceCommand,
    },
    /// Evidence: a claim linked to a source with a quote and a stance
    Evidence {
        #[command(subcommand)]
        command: EvidenceCommand,
    },
    /// Add, reword, split, merge, dismiss or restore claims; say who makes one; assign them; set their parts
    Claim {
        #[command(subcommand)]
        command: ClaimCommand,
    },
    /// The audit trail: every change, who made it and when, with the record before and after
    Log {
        /// Only the events about this claim
        #[arg(long, value_name = "ID")]
        claim: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// Record a verdict on a claim (default scale: true, mostly-true, half-true, mostly-false, false, misleading, unverifiable)
    Verdict {
        claim_id: i64,
        rating: String,
        /// Why: the reasoning a reader can check
        #[arg(
            long,
            value_name = "TEXT",
            default_value = "",
            allow_hyphen_values = true
        )]
        rationale: String,
        /// A verdict on checking a dated claim again: it supersedes the earlier verdicts (kept,
        /// shown as "before re-check") and clears the claim's re-check date
        #[arg(long)]
        recheck: bool,
        #[arg(long)]
        json: bool,
    },
    /// List the claims whose re-check date has come (dated predictions and promises), so the
    /// desk can check whether they happened
    Due {
        /// The day to list for, YYYY-MM-DD [default: today]
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Take your last change back (again for the one before: many levels, across sessions)
    Undo {
        #[arg(long)]
        json: bool,
    },
    /// Make the last change you took back again
    Redo {
        #[arg(long)]
        json: bool,
    },
    /// The claims already reviewed (in any article) that state the same fact as CLAIM_ID, best
    /// first, each with its verdict and why it matched; --reuse copies one's evidence and rating
    /// into a verdict on CLAIM_ID, --dismiss stops offering one
    Precedents {
        claim_id: i64,
        /// How many to list
        #[arg(long, value_name = "N", default_value_t = 5)]
        limit: usize,
        /// Reuse this precedent's evidence and rating in a new verdict (its rationale opens
        /// "Reused from claim N" for you to confirm)
        #[arg(long, value_name = "PRECEDENT_ID", conflicts_with = "dismiss")]
        reuse: Option<i64>,
        /// Not a precedent of this claim: never offer it again for it
        #[arg(long, value_name = "PRECEDENT_ID")]
        dismiss: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// How much the reviewers agree: Cohen's kappa for each pair (with the confusion between
    /// ratings) and Krippendorff's alpha for the desk, over the claims they both rated
    Agreement {
        #[arg(long)]
        json: bool,
    },
    /// Check an article's claims against each other (facts stated twice, durations, ages, shares,
    /// sums, changes, dates and tense): contradictions and tensions, with the arithmetic
    Check {
        /// An article's id, or an article file (extracted without storing it)
        #[arg(value_name = "ARTICLE_ID|FILE", required_unless_present = "dismiss")]
        target: Option<String>,
        /// Publication date, YYYY-MM-DD (instead of the article's own)
        #[arg(long, value_name = "YYYY-MM-DD")]
        published: Option<String>,
        /// Also list consistent findings (and dismissed ones)
        #[arg(long)]
        all: bool,
        /// Print JSON
        #[arg(long)]
        json: bool,
        /// Dismiss the finding with this key (remembered; `check` shows the keys)
        #[arg(long, value_name = "FINDING_KEY")]
        dismiss: Option<String>,
        /// Why the finding is dismissed
        #[arg(long, requires = "dismiss")]
        reason: Option<String>,
    },
    /// Learn this database's check-worthiness score from its reviewers' decisions (dismissed
    /// claims against, claims with evidence, a verdict or added by hand for) and score its claims again
    Learn {
        #[arg(long)]
        json: bool,
    },
    /// Merge a JSON report (`export --format json`) from another database into this one
    #[command(name = "import-report")]
    ImportReport {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Export a verdict report
    Export {
        /// Only this article
        #[arg(long, value_name = "ID")]
        article: Option<i64>,
        /// Only claims with this status
        #[arg(long, value_enum)]
        status: Option<Status>,
        #[arg(long, value_enum)]
        format: Format,
        /// Write to FILE instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// HTML: carry the ClaimReview JSON-LD in the page
        #[arg(long)]
        embed: bool,
        /// CSV: start with a UTF-8 byte-order mark (for Excel)
        #[arg(long)]
        bom: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum SourceCommand {
    /// Attach a source to a claim as evidence (the source record is reused for the same URL)
    Add {
        claim_id: i64,
        #[command(flatten)]
        source: SourceArgs,
        #[command(flatten)]
        evidence: EvidenceArgs,
        #[arg(long)]
        json: bool,
    },
    /// List the sources, with how many pieces of evidence cite each
    List {
        #[arg(long)]
        json: bool,
    },
    /// Remove a source that no evidence cites
    Remove {
        source_id: i64,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Args, Clone)]
pub struct SourceArgs {
    #[arg(long, value_name = "URL")]
    pub url: String,
    #[arg(long, value_name = "T", allow_hyphen_values = true)]
    pub title: Option<String>,
    /// Who published the source
    #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
    pub publisher: Option<String>,
    /// When the source was read, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub accessed: Option<String>,
    /// An archived copy of the page (e.g. web.archive.org)
    #[arg(long, value_name = "URL")]
    pub archive: Option<String>,
}

#[derive(Debug, Args, Clone)]
pub struct EvidenceArgs {
    /// The words of the source that bear on the claim, verbatim
    #[arg(long, value_name = "Q", allow_hyphen_values = true)]
    pub quote: Option<String>,
    /// How the source bears on the claim [default: context; with a quote whose values compare
    /// with the claim's, the suggested stance must be confirmed: this or --accept-suggested]
    #[arg(long, value_enum)]
    pub stance: Option<Stance>,
    /// Use the stance suggested by comparing the quote's values with the claim's
    #[arg(long, conflicts_with = "stance", requires = "quote")]
    pub accept_suggested: bool,
    /// A note for other reviewers
    #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
    pub note: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    /// Link a claim to a source: an existing one (--source ID) or one by URL (--url)
    Add {
        claim_id: i64,
        /// An existing source's id
        #[arg(long, value_name = "ID", conflicts_with_all = ["url", "title", "publisher", "accessed", "archive"], required_unless_present = "url")]
        source: Option<i64>,
        #[arg(long, value_name = "URL")]
        url: Option<String>,
        #[arg(long, value_name = "T", allow_hyphen_values = true)]
        title: Option<String>,
        #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
        publisher: Option<String>,
        #[arg(long, value_name = "YYYY-MM-DD")]
        accessed: Option<String>,
        #[arg(long, value_name = "URL")]
        archive: Option<String>,
        #[command(flatten)]
        evidence: EvidenceArgs,
        #[arg(long)]
        json: bool,
    },
    /// Take a piece of evidence off its claim
    Remove {
        evidence_id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Dismiss the stance a piece of evidence's quote suggests (remembered; no longer shown)
    DismissSuggestion {
        evidence_id: i64,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ClaimCommand {
    /// Add a claim the extractor missed, by character offsets or by quoting text that occurs once
    Add {
        #[arg(long, value_name = "ID")]
        article: i64,
        /// Character offsets START..END into the article's text
        #[arg(
            long,
            value_name = "START..END",
            conflicts_with = "quote",
            required_unless_present = "quote"
        )]
        span: Option<String>,
        /// Text of the article that occurs exactly once in it
        #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
        quote: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Reword a claim as a standalone sentence, keeping its span in the article
    Edit {
        claim_id: i64,
        #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
        text: String,
        #[arg(long)]
        json: bool,
    },
    /// Settle a claim that merged desks worded differently: keep one of its wordings (`show` lists
    /// them, numbered from 1) or give a new one
    Resolve {
        claim_id: i64,
        /// The number of the wording to keep, as `show` lists them
        #[arg(long, value_name = "N", conflicts_with = "text")]
        keep: Option<usize>,
        /// A new wording instead
        #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
        text: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Split a claim in two at a character offset into it (or before some text of it)
    Split {
        claim_id: i64,
        /// Characters from the start of the claim's span
        #[arg(
            long,
            value_name = "N",
            conflicts_with = "before",
            required_unless_present = "before"
        )]
        at: Option<usize>,
        /// Split just before this text of the claim
        #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
        before: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Merge OTHER into CLAIM_ID (same article); evidence and verdicts move along
    Merge {
        claim_id: i64,
        other: i64,
        #[arg(long)]
        json: bool,
    },
    /// Say who makes a claim: a person or an organisation (--clear: the article itself)
    Claimant {
        claim_id: i64,
        /// The claimant's name, e.g. "Mayor Linda Park"
        #[arg(
            long,
            value_name = "NAME",
            requires = "kind",
            conflicts_with = "clear",
            required_unless_present = "clear"
        )]
        name: Option<String>,
        /// Whether the claimant is a person or an organization
        #[arg(long, value_name = "KIND", value_parser = claimant_kind(), requires = "name")]
        kind: Option<ClaimantKind>,
        /// No claimant: the claim is the article's own
        #[arg(long)]
        clear: bool,
        #[arg(long)]
        json: bool,
    },
    /// Assign a claim to a reviewer
    Assign {
        claim_id: i64,
        /// The reviewer's name
        #[arg(long, value_name = "NAME", allow_hyphen_values = true)]
        to: String,
        #[arg(long)]
        json: bool,
    },
    /// Assign a claim to nobody
    Unassign {
        claim_id: i64,
        #[arg(long)]
        json: bool,
    },
    /// Set the pieces of the article a claim rests on, e.g. `120:164,170:190`
    Parts {
        claim_id: i64,
        /// Character spans START:END (end exclusive), separated by commas
        #[arg(value_name = "START:END[,START:END…]")]
        parts: String,
        #[arg(long)]
        json: bool,
    },
    /// Set the day to check a claim again (a prediction or promise), or clear it
    Recheck {
        claim_id: i64,
        /// The day, YYYY-MM-DD
        #[arg(
            long,
            value_name = "YYYY-MM-DD",
            conflicts_with = "clear",
            required_unless_present = "clear"
        )]
        on: Option<String>,
        /// No re-check date
        #[arg(long)]
        clear: bool,
        #[arg(long)]
        json: bool,
    },
    /// Mark claims not check-worthy (several ids: one transaction, one reason)
    Dismiss {
        #[arg(required = true, value_name = "CLAIM_ID")]
        claim_ids: Vec<i64>,
        #[arg(long, value_name = "TEXT", allow_hyphen_values = true)]
        reason: String,
        #[arg(long)]
        json: bool,
    },
    /// Bring a dismissed claim back
    Restore {
        claim_id: i64,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ArticleCommand {
    /// Set an article's title, URL or publication date
    Set {
        article_id: i64,
        #[arg(long, value_name = "T", allow_hyphen_values = true)]
        title: Option<String>,
        #[arg(long, value_name = "U")]
        url: Option<String>,
        /// YYYY-MM-DD: the article's relative dates ("last April") resolve against it
        #[arg(long, value_name = "YYYY-MM-DD")]
        published: Option<String>,
        #[arg(long)]
        json: bool,
    },
}
