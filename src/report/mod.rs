//! Verdict reports: one file per format, each a pure function of a loaded `model::Report`.

pub mod claimreview;
pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;

use crate::config::Config;
use crate::model::Report;

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
