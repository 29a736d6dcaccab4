//! Verdict reports: one file per format, each a pure function of a loaded `model::Report`.

pub mod claimreview;
pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;

use crate::config::Config;
use crate::model::Report;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    ClaimReview,
    Markdown,
    Csv,
    Html,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Json,
        Format::ClaimReview,
        Format::Markdown,
        Format::Csv,
        Format::Html,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::ClaimReview => "claimreview",
            Format::Markdown => "markdown",
            Format::Csv => "csv",
            Format::Html => "html",
        }
    }

    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.as_str() == s)
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
