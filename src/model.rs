//! Domain types shared by the store, the TUI and the reports. The words match the schema and the CLI.

use crate::extract::{Modifier, ValueKind};
use serde::{Deserialize, Serialize};

/// Where a claim stands in review. Derived by the store from evidence and verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    New,
    InReview,
    Reviewed,
    Disputed,
    Dismissed,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::New,
        Status::InReview,
        Status::Reviewed,
        Status::Disputed,
        Status::Dismissed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::InReview => "in-review",
            Status::Reviewed => "reviewed",
            Status::Disputed => "disputed",
            Status::Dismissed => "dismissed",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// One-character mark for lists.
    pub fn glyph(self) -> &'static str {
        match self {
            Status::New => "·",
            Status::InReview => "◐",
            Status::Reviewed => "●",
            Status::Disputed => "!",
            Status::Dismissed => "×",
        }
    }
}

/// How a piece of evidence bears on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Supports,
    Refutes,
    Mixed,
    #[default]
    Context,
}

impl Stance {
    pub const ALL: [Stance; 4] = [
        Stance::Supports,
        Stance::Refutes,
        Stance::Mixed,
        Stance::Context,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Refutes => "refutes",
            Stance::Mixed => "mixed",
            Stance::Context => "context",
        }
    }

    pub fn parse(s: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|x| x.as_str() == s)
    }
}

/// The rating scale: labels from best to worst. The default is the seven ratings below.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scale {
    pub ratings: Vec<String>,
}

impl Default for Scale {
    fn default() -> Self {
        Scale {
            ratings: [
                "true",
                "mostly-true",
                "half-true",
                "mostly-false",
                "false",
                "misleading",
                "unverifiable",
            ]
            .into_iter()
            .map(String::from)
            .collect(),
        }
    }
}

impl Scale {
    pub fn contains(&self, rating: &str) -> bool {
        self.ratings.iter().any(|r| r == rating)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: i64,
    pub title: String,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub imported_at: String,
    pub sha256: String,
    /// Number of claims (not dismissed).
    pub claims: i64,
    /// Number of claims with a verdict.
    pub reviewed: i64,
}

/// A value as stored: the extractor's value plus its id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredValue {
    pub id: i64,
    pub kind: ValueKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub value: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<Modifier>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verdict {
    pub id: i64,
    pub claim_id: i64,
    pub rating: String,
    pub rationale: String,
    pub reviewer: String,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: i64,
    pub url: String,
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub id: i64,
    pub claim_id: i64,
    pub source: Source,
    pub quote: Option<String>,
    pub stance: Stance,
    pub reviewer: String,
    pub at: String,
}

/// A claim as listed: its latest verdict and the number of pieces of evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    #[serde(flatten)]
    pub claim: ClaimCore,
    pub values: Vec<StoredValue>,
    pub verdict: Option<Verdict>,
    pub evidence: i64,
}

/// A claim with everything about it, as `show` prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimDetail {
    #[serde(flatten)]
    pub claim: ClaimCore,
    pub values: Vec<StoredValue>,
    pub verdict: Option<Verdict>,
    pub evidence: Vec<Evidence>,
    pub verdicts: Vec<Verdict>,
}

/// The fields of a claim itself, shared by `Claim` and `ClaimDetail`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimCore {
    pub id: i64,
    pub article_id: i64,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub score: f64,
    pub status: Status,
    pub cues: Vec<String>,
    pub subject: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub entity: String,
    pub entity_id: i64,
    pub claim_id: Option<i64>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}
