//! What a verdict report holds: the articles, their claims in full, the sources their evidence
//! cites and the audit trail, as the store loads them. `report::render` writes it in each format;
//! `Store::import_report` merges one back.

use super::{Article, ClaimDetail, Event, Source};
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
