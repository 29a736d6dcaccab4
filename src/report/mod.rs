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

/// What an export may add to its format.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// HTML: carry the ClaimReview JSON-LD in the page (`--embed`).
    pub embed: bool,
    /// CSV: start with a UTF-8 byte-order mark, so Excel reads the text as UTF-8 (`--bom`).
    pub bom: bool,
}

pub fn render(report: &Report, format: Format, config: &Config) -> Rendered {
    render_with(report, format, config, Options::default())
}

pub fn render_with(report: &Report, format: Format, config: &Config, options: Options) -> Rendered {
    match format {
        Format::ClaimReview => claimreview::render(report, config),
        Format::Html if options.embed => {
            let reviews = claimreview::render(report, config);
            Rendered {
                text: html::render_embedding(report, &config.scale, Some(&reviews.text)),
                warnings: reviews.warnings,
            }
        }
        other => Rendered {
            text: match other {
                Format::Json => json::render(report),
                Format::Markdown => markdown::render(report, &config.scale),
                Format::Csv => csv::render_with(report, options.bom),
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
        article_sha256.get(..12).unwrap_or(article_sha256)
    )
}
