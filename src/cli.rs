//! The command line: every subcommand and flag, with its help.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

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
    #[arg(long, value_name = "T")]
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
    /// Import article files (.txt, .md with front matter; - for standard input)
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
    /// List claims
    Claims {
        /// Only the claims of this article
        #[arg(long, value_name = "ID")]
        article: Option<i64>,
        /// Only claims with this status: new, in-review, reviewed, disputed, dismissed
        #[arg(long, value_name = "STATUS")]
        status: Option<String>,
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
    /// Record a verdict on a claim (true, mostly-true, half-true, mostly-false, false, misleading, unverifiable)
    Verdict {
        claim_id: i64,
        rating: String,
        /// Why: the reasoning a reader can check
        #[arg(long, value_name = "TEXT", default_value = "")]
        rationale: String,
        #[arg(long)]
        json: bool,
    },
    /// Export a verdict report
    Export {
        /// Only this article
        #[arg(long, value_name = "ID")]
        article: Option<i64>,
        #[arg(long, value_enum)]
        format: Format,
        /// Write to FILE instead of standard output
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum SourceCommand {
    /// Attach a source to a claim as evidence
    Add {
        claim_id: i64,
        #[arg(long, value_name = "URL")]
        url: String,
        #[arg(long, value_name = "T")]
        title: Option<String>,
        /// The words of the source that bear on the claim
        #[arg(long, value_name = "Q")]
        quote: Option<String>,
        #[arg(long, value_enum, default_value = "context")]
        stance: StanceArg,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StanceArg {
    Supports,
    Refutes,
    Mixed,
    Context,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Json,
    Markdown,
}
