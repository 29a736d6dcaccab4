//! schema.org `ClaimReview` JSON-LD: one per claim with a verdict, for Google's Fact Check
//! Explorer and other aggregators.

use super::{Rendered, anchor};
use crate::config::Config;
use crate::extract::ClaimantKind;
use crate::model::Report;
use serde_json::{Value, json};

/// Google shows at most this many characters of `claimReviewed`.
const CLAIM_REVIEWED_MAX: usize = 75;

pub fn render(report: &Report, config: &Config) -> Rendered {
    let mut warnings = Vec::new();
    let page = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(String::from)
    };
    // Each review's URL: the published page and the claim's anchor; else a folder (older
    // configs) and the anchor under it.
    let base = match (page(&config.report.page_url), page(&config.report.base_url)) {
        (Some(p), _) => p.split('#').next().unwrap_or_default().to_string() + "#",
        (None, Some(b)) if b.ends_with('#') => b,
        (None, Some(b)) if b.ends_with('/') => b + "#",
        (None, Some(b)) => b + "/#",
        (None, None) => {
            warnings.push(
                "config.toml sets no [report] page_url; the review URLs use https://example.org/fact-checks/ until it does".into(),
            );
            "https://example.org/fact-checks/#".into()
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
        if a.claims.iter().any(|c| c.publishable().is_some()) {
            let title = crate::safe::line(&a.article.title, 60);
            if a.article.url.is_none() {
                warnings.push(format!(
                    "article \"{title}\" has no URL; its reviews have no itemReviewed.appearance url until `claimdesk article set {} --url …`",
                    a.article.id
                ));
            }
            if a.article.published.is_none() {
                warnings.push(format!(
                    "article \"{title}\" has no publication date; its reviews have no itemReviewed.datePublished until `claimdesk article set {} --published …`",
                    a.article.id
                ));
            }
        }
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
                "alternateName": config.scale.display(&verdict.rating),
            });
            if let Some(v) = config.scale.info(&verdict.rating).and_then(|i| i.value) {
                rating["ratingValue"] = v.into();
            }
            let mut appearance = json!({"@type": "CreativeWork", "headline": a.full_title()});
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
            // Who made the claim: its claimant; else the article's author (a person) or, when
            // it names none, its publisher (an organization).
            let claimant = match &c.claim.claimant {
                Some(k) => Some((claimant_type(k.kind), k.name.clone())),
                None => a
                    .article
                    .author
                    .clone()
                    .map(|name| ("Person", name))
                    .or_else(|| host(a.article.url.as_deref()).map(|h| ("Organization", h))),
            };
            if let Some((kind, name)) = claimant {
                item["author"] = json!({"@type": kind, "name": name});
            }
            out.push(json!({
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": format!("{base}{}", anchor(&a.article.sha256, c.claim.start, c.claim.end)),
                "claimReviewed": claim_text,
                "datePublished": verdict.at.get(..10).unwrap_or(&verdict.at),
                "author": author,
                "itemReviewed": item,
                "reviewRating": rating,
            }));
        }
    }
    let mut text =
        inert_for_html(&serde_json::to_string_pretty(&Value::Array(out)).unwrap_or_default());
    text.push('\n');
    Rendered { text, warnings }
}

/// The schema.org type of a claimant.
fn claimant_type(kind: ClaimantKind) -> &'static str {
    match kind {
        ClaimantKind::Person => "Person",
        ClaimantKind::Organization => "Organization",
    }
}

/// JSON that stays data inside an HTML `<script type="application/ld+json">`: `<`, `>` and `&`
/// written as `\u003c`, `\u003e` and `\u0026`, so no text (`</script><script>…`) can end the
/// script. They occur in JSON only inside strings, where the escapes mean the same characters.
pub fn inert_for_html(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

/// The publisher's host, when the article names no author: "www.dailymail.co.uk".
fn host(url: Option<&str>) -> Option<String> {
    url::Url::parse(url?).ok()?.host_str().map(String::from)
}
