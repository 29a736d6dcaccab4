//! schema.org `ClaimReview` JSON-LD: one per claim with a verdict, for Google's Fact Check
//! Explorer and other aggregators.

use super::{Rendered, anchor};
use crate::config::Config;
use crate::model::Report;
use serde_json::{Value, json};

/// Google shows at most this many characters of `claimReviewed`.
const CLAIM_REVIEWED_MAX: usize = 75;

pub fn render(report: &Report, config: &Config) -> Rendered {
    let mut warnings = Vec::new();
    let base = match config
        .report
        .base_url
        .as_deref()
        .map(str::trim)
        .filter(|b| !b.is_empty())
    {
        Some(b) => b.to_string(),
        None => {
            warnings.push(
                "config.toml sets no [report] base_url; the review URLs use https://example.org/fact-checks/ until it does".into(),
            );
            "https://example.org/fact-checks/".into()
        }
    };
    let organization = config.report.organization.clone().unwrap_or_else(|| {
        warnings.push(
            "config.toml sets no [report] organization; the author is \"claimdesk\" until it does"
                .into(),
        );
        "claimdesk".into()
    });
    let mut author = json!({"@type": "Organization", "name": organization});
    if let Some(url) = &config.report.organization_url {
        author["url"] = url.clone().into();
    }
    let (best, worst) = config.scale.value_range().unwrap_or((1, 1));
    let mut out = Vec::new();
    for a in &report.articles {
        for c in &a.claims {
            // Only what may be published: a verdict that stands on a claim no one disputes.
            let Some(verdict) = c.publishable() else {
                if c.claim.status == crate::model::Status::Disputed {
                    warnings.push(format!(
                        "claim {} is disputed ({}); it is left out until the reviewers agree",
                        c.claim.id,
                        match &c.claim.conflict {
                            Some(_) => "two wordings stand".to_string(),
                            None => c.disagreement(),
                        }
                    ));
                } else if c.verdict.is_some() && c.claim.status == crate::model::Status::InReview {
                    warnings.push(format!(
                        "claim {} is back in review (its verdict lacks the evidence it needs); it is left out",
                        c.claim.id
                    ));
                }
                continue;
            };
            let claim_text = c.claim.text.trim();
            if claim_text.chars().count() > CLAIM_REVIEWED_MAX {
                warnings.push(format!(
                    "claim {} is {} characters long; ClaimReview readers show {CLAIM_REVIEWED_MAX}: shorten it with `claimdesk claim edit {} --text …`",
                    c.claim.id,
                    claim_text.chars().count(),
                    c.claim.id
                ));
            }
            let mut rating = json!({
                "@type": "Rating",
                "bestRating": best,
                "worstRating": worst,
                "alternateName": verdict.rating,
            });
            if let Some(v) = config.scale.info(&verdict.rating).and_then(|i| i.value) {
                rating["ratingValue"] = v.into();
            }
            let mut appearance = json!({"@type": "CreativeWork", "headline": a.article.title});
            if let Some(url) = &a.article.url {
                appearance["url"] = url.clone().into();
            }
            if let Some(p) = &a.article.published {
                appearance["datePublished"] = p.clone().into();
            }
            let mut item = json!({"@type": "Claim", "appearance": appearance});
            if let Some(p) = &a.article.published {
                item["datePublished"] = p.clone().into();
            }
            if let Some(name) = a
                .article
                .author
                .clone()
                .or_else(|| host(a.article.url.as_deref()))
            {
                item["author"] = json!({"@type": "Organization", "name": name});
            }
            let sep = if base.ends_with('/') || base.ends_with('#') {
                ""
            } else {
                "/"
            };
            out.push(json!({
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": format!("{base}{sep}#{}", anchor(&a.article.sha256, c.claim.start, c.claim.end)),
                "claimReviewed": claim_text,
                "datePublished": verdict.at.get(..10).unwrap_or(&verdict.at),
                "author": author,
                "itemReviewed": item,
                "reviewRating": rating,
            }));
        }
    }
    let mut text = serde_json::to_string_pretty(&Value::Array(out)).unwrap_or_default();
    text.push('\n');
    Rendered { text, warnings }
}

/// The publisher's host, when the article names no author: "www.dailymail.co.uk".
fn host(url: Option<&str>) -> Option<String> {
    url::Url::parse(url?).ok()?.host_str().map(String::from)
}
