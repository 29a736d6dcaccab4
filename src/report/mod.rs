//! Verdict reports: one file per format, each a pure function of a loaded `Report`.

pub mod claimreview;
pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;

use crate::config::Config;
use crate::model::{Article, ClaimDetail, Event, Source};
use serde::{Deserialize, Serialize};

/// Everything a report shows, loaded from the store in one read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub exported_at: String,
    pub articles: Vec<ReportArticle>,
    /// Every source the evidence of these claims cites.
    pub sources: Vec<Source>,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportArticle {
    #[serde(flatten)]
    pub article: Article,
    pub text: String,
    pub claims: Vec<ClaimDetail>,
}

/// A report format. Its name (`claimreview`, …) is written once: strum derives `as_str` and
/// `parse`, clap the command line's `--format`, from the same lower-case rule.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::VariantArray,
    clap::ValueEnum,
)]
#[strum(serialize_all = "lowercase")]
#[value(rename_all = "lowercase")]
pub enum Format {
    /// A versioned bundle of everything; `import-report` merges it into another database
    Json,
    /// schema.org ClaimReview JSON-LD, one per claim with a verdict
    ClaimReview,
    Markdown,
    /// One row per claim
    Csv,
    /// One self-contained page
    Html,
}

impl Format {
    pub const ALL: &[Format] = <Format as strum::VariantArray>::VARIANTS;

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<Format> {
        s.parse().ok()
    }
}

/// A rendered report and what the reviewer should know about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub text: String,
    pub warnings: Vec<String>,
}

pub fn render(report: &Report, format: Format, config: &Config) -> Rendered {
    match format {
        Format::ClaimReview => claimreview::render(report, config),
        other => Rendered {
            text: match other {
                Format::Json => json::render(report),
                Format::Markdown => markdown::render(report, &config.scale),
                Format::Csv => csv::render(report),
                _ => html::render(report, &config.scale),
            },
            warnings: Vec::new(),
        },
    }
}

/// A stable anchor for a claim: the same in every database that holds the same article.
pub fn anchor(article_sha256: &str, start: usize, end: usize) -> String {
    format!(
        "claim-{}-{start}-{end}",
        &article_sha256[..article_sha256.len().min(12)]
    )
}
