//! What a verdict report holds: the articles, their claims in full, the sources their evidence
//! cites and the audit trail, as the store loads them. `report::render` writes it in each format;
//! `Store::import_report` merges one back.

use super::{Article, ClaimDetail, Event, Scale, Source, Status};
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

impl ReportArticle {
    /// The article's whole title: a title made from the first line of a text that had none is
    /// cut at a word with "…" (for lists); reports that publish it want the whole headline.
    pub fn full_title(&self) -> &str {
        let title = &self.article.title;
        let Some(head) = title.strip_suffix('…') else {
            return title;
        };
        self.text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .map(|l| l.trim_start_matches('#').trim())
            .filter(|l| l.starts_with(head) && l.len() > head.len())
            .unwrap_or(title)
    }
}

/// The counts every format prints, defined once: of the claims given (an article's, or a whole
/// report's), how many stand where, and the publishable verdicts by rating.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Every claim, dismissed ones included.
    pub claims: usize,
    /// Publishable: a verdict that stands and no dispute.
    pub reviewed: usize,
    pub disputed: usize,
    /// With evidence but no verdict that stands (a verdict whose evidence was removed included).
    pub in_review: usize,
    pub new: usize,
    pub dismissed: usize,
    /// Reviewed claims by rating, in the scale's order (best first), then ratings off the scale;
    /// ratings with no claim left out.
    pub by_rating: Vec<(String, usize)>,
}

impl Counts {
    pub fn of<'a>(claims: impl IntoIterator<Item = &'a ClaimDetail>, scale: &Scale) -> Counts {
        let mut n = Counts::default();
        let mut by: Vec<(String, usize)> = scale.ratings.iter().map(|r| (r.clone(), 0)).collect();
        for c in claims {
            n.claims += 1;
            match c.claim.status {
                Status::Reviewed => n.reviewed += 1,
                Status::Disputed => n.disputed += 1,
                Status::InReview => n.in_review += 1,
                Status::New => n.new += 1,
                Status::Dismissed => n.dismissed += 1,
            }
            if let Some(v) = c.publishable() {
                match by.iter_mut().find(|(r, _)| *r == v.rating) {
                    Some(slot) => slot.1 += 1,
                    None => by.push((v.rating.clone(), 1)),
                }
            }
        }
        by.retain(|(_, k)| *k > 0);
        n.by_rating = by;
        n
    }

    /// The claims that count for progress: all but the dismissed.
    pub fn counted(&self) -> usize {
        self.claims - self.dismissed
    }

    /// "9 of 38 claims reviewed (24%), 2 disputed, 5 in review, 22 new, 1 dismissed".
    pub fn sentence(&self) -> String {
        let percent = (self.reviewed * 100)
            .checked_div(self.counted())
            .unwrap_or(0);
        format!(
            "{} of {} claims reviewed ({percent}%), {} disputed, {} in review, {} new, {} dismissed",
            self.reviewed,
            self.counted(),
            self.disputed,
            self.in_review,
            self.new,
            self.dismissed
        )
    }
}
