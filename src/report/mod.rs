//! Verdict reports: one file per format, each a pure function of a loaded `Report`.

pub mod json;
pub mod markdown;

use crate::model::{Article, ClaimDetail, Event};
use serde::{Deserialize, Serialize};

/// Everything a report shows, loaded from the store in one read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub exported_at: String,
    pub articles: Vec<ReportArticle>,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportArticle {
    #[serde(flatten)]
    pub article: Article,
    pub text: String,
    pub claims: Vec<ClaimDetail>,
}
