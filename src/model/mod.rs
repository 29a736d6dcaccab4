//! Domain types shared by the store, the TUI and the reports. The words match the schema and the CLI.

mod report;

pub use report::{Counts, Report, ReportArticle};

use crate::extract::{ClaimType, Claimant, Modifier, ValueKind};
use serde::{Deserialize, Serialize};

/// Where a claim stands in review. Derived by the store from evidence and verdicts.
///
/// The names (`in-review`, …) come from one rule, kebab-case, applied by each derive: serde for
/// JSON, strum for `as_str`/`parse`, clap for the command line; a test checks they agree.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::VariantArray,
    clap::ValueEnum,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
#[value(rename_all = "kebab-case")]
pub enum Status {
    New,
    InReview,
    Reviewed,
    Disputed,
    Dismissed,
}

impl Status {
    /// Every status, in review order (new first, dismissed last).
    pub const ALL: &[Status] = <Status as strum::VariantArray>::VARIANTS;

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<Status> {
        s.parse().ok()
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

/// How a piece of evidence bears on a claim. Names as for `Status`: lower case, one rule.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Default,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::EnumIter,
    strum::VariantArray,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
#[value(rename_all = "lowercase")]
pub enum Stance {
    Supports,
    Refutes,
    Mixed,
    #[default]
    Context,
}

impl Stance {
    pub const ALL: &[Stance] = <Stance as strum::VariantArray>::VARIANTS;

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn parse(s: &str) -> Option<Stance> {
        s.parse().ok()
    }
}

/// The rating scale and its rules. The default is the seven ratings below; `config.toml` can
/// replace it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scale {
    /// Labels, from best to worst.
    pub ratings: Vec<String>,
    /// Pieces of evidence a verdict needs, except for the ratings in `no_evidence_needed`.
    pub min_evidence: usize,
    pub no_evidence_needed: Vec<String>,
    /// Whether a verdict must say why.
    pub require_rationale: bool,
    /// Per rating: the number it maps to for ClaimReview and its colour on screen.
    pub info: Vec<RatingInfo>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingInfo {
    /// The rating's slug, as stored and typed: lower-case letters, digits and dashes.
    pub label: String,
    /// How reports show it ("Pants on Fire"); ClaimReview's `alternateName`.
    #[serde(default)]
    pub display: String,
    /// ClaimReview `ratingValue` (higher is truer); `None` for ratings off the true–false line.
    pub value: Option<i64>,
    /// A colour name (`green`, `light-red`, …) or `#rrggbb`.
    pub colour: String,
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
            min_evidence: 1,
            no_evidence_needed: vec!["unverifiable".into()],
            require_rationale: false,
            info: [
                ("true", Some(5), "green"),
                ("mostly-true", Some(4), "light-green"),
                ("half-true", Some(3), "yellow"),
                ("mostly-false", Some(2), "light-red"),
                ("false", Some(1), "red"),
                ("misleading", Some(1), "magenta"),
                ("unverifiable", None, "gray"),
            ]
            .into_iter()
            .map(|(label, value, colour)| RatingInfo {
                label: label.into(),
                display: display_of(label),
                value,
                colour: colour.into(),
            })
            .collect(),
        }
    }
}

/// A slug shown to a reader: "mostly-true" → "Mostly true".
pub fn display_of(slug: &str) -> String {
    let words = slug.replace('-', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A display label made a slug: "Pants on Fire!" → "pants-on-fire".
pub fn slug_of(label: &str) -> String {
    let mut slug = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    slug
}

impl Scale {
    pub fn contains(&self, rating: &str) -> bool {
        self.ratings.iter().any(|r| r == rating)
    }

    pub fn info(&self, rating: &str) -> Option<&RatingInfo> {
        self.info.iter().find(|i| i.label == rating)
    }

    /// How reports show a rating: its display label, or the slug itself when the scale has none.
    pub fn display<'a>(&'a self, rating: &'a str) -> &'a str {
        self.info(rating)
            .map(|i| i.display.as_str())
            .filter(|d| !d.is_empty())
            .unwrap_or(rating)
    }

    /// The best and worst ClaimReview values on the scale.
    pub fn value_range(&self) -> Option<(i64, i64)> {
        let values = self.info.iter().filter_map(|i| i.value);
        Some((values.clone().max()?, values.min()?))
    }

    /// How many pieces of evidence a verdict with this rating needs.
    pub fn evidence_needed(&self, rating: &str) -> usize {
        if self.no_evidence_needed.iter().any(|r| r == rating) {
            0
        } else {
            self.min_evidence
        }
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
    pub claim_count: i64,
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
    /// The verdict's global identity, the same in every database it is merged into (bundles
    /// written before it existed have none: the importing desk gives it one).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
    /// The pieces of evidence its rating needed when it was given; with fewer, the claim is back
    /// in review. `None` in bundles written before it existed: the importing desk's scale decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_needed: Option<usize>,
    /// Given on re-checking a dated claim: the verdicts before it stop counting (they are kept
    /// and shown as "before re-check"). `false` in bundles written before it existed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recheck: bool,
    /// When the verdict was withdrawn (its undo); a withdrawn verdict stays in the history and
    /// counts nowhere else. Absent in bundles written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withdrawn_at: Option<String>,
    /// The verdict of a precedent this one reused (its evidence and rating copied, see
    /// `Desk::reuse_precedent`), by its id in this database; not carried by a merge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reused_from: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: i64,
    /// Normalized: see `store::normalize_url`.
    pub url: String,
    pub title: Option<String>,
    pub publisher: Option<String>,
    /// The day the source was read (YYYY-MM-DD).
    pub accessed: Option<String>,
    /// An archived copy (e.g. the Wayback Machine) beside the live URL.
    pub archive_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub id: i64,
    pub claim_id: i64,
    pub source: Source,
    pub quote: Option<String>,
    pub stance: Stance,
    pub note: Option<String>,
    pub reviewer: String,
    pub at: String,
    /// The evidence's global identity (see `Verdict::uid`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
    /// The reviewer dismissed the stance its quote's values suggest: "the values suggest …" is
    /// no longer shown for it (the comparisons are).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub suggestion_dismissed: bool,
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
    /// Values left out of `values` when it was read for a screen (`Store::claim_for_screen`);
    /// 0 when `values` holds them all.
    #[serde(skip)]
    pub more_values: usize,
    /// The desk's review panel when the claim was read (none: no panel): what `publishable` and
    /// `status_without` settle the claim by.
    #[serde(skip)]
    pub panel: Option<Panel>,
}

/// How a desk's panel settles a claim: every reviewer's latest rating the same, or more than
/// half of them the same (as PolitiFact's three editors vote).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum PanelRule {
    #[default]
    Unanimous,
    Majority,
}

impl PanelRule {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A desk's review panel (`config.toml` `[panel]`): a claim is settled once `size` reviewers
/// have rated it and their latest ratings meet `rule`; with `blind`, a reviewer does not see the
/// others' verdicts on a claim before recording their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Panel {
    pub size: usize,
    pub blind: bool,
    pub rule: PanelRule,
}

impl Panel {
    /// The rating the panel settles on, given each reviewer's latest rating (one per reviewer):
    /// none while fewer than `size` reviewers have rated, or when the rule is not met.
    pub fn settled<'a>(&self, latest: &[&'a str]) -> Option<&'a str> {
        if latest.len() < self.size {
            return None;
        }
        let (top, count) = latest
            .iter()
            .map(|r| (*r, latest.iter().filter(|s| *s == r).count()))
            .max_by_key(|(_, n)| *n)?;
        let met = match self.rule {
            PanelRule::Unanimous => count == latest.len(),
            PanelRule::Majority => 2 * count > latest.len(),
        };
        met.then_some(top)
    }
}

/// The status a claim's evidence and verdicts give it: the one rule, applied by the store in the
/// transaction of every change and merge, and asked ahead of a change (`ClaimDetail::status_without`).
/// - `disputed` when two wordings of the claim stand unresolved (`conflict`), or when the latest
///   verdicts of two reviewers differ;
/// - `in-review` when its current verdict (the last of `verdicts`, oldest first) needs more
///   evidence than the claim has, or when it has evidence and no verdict;
/// - `reviewed` once it has a verdict that stands; `new` otherwise.
///
/// `verdicts` are (reviewer, rating, evidence needed), oldest first. A dismissed claim stays
/// dismissed: that is the store's `refresh_status`.
///
/// With a `panel`, the panel settles it instead of "any two reviewers who differ": `in-review`
/// until `size` reviewers have rated it, then `reviewed` when their latest ratings meet the
/// panel's rule and `disputed` when they do not.
pub fn derive_status<'a>(
    conflict: bool,
    evidence: usize,
    verdicts: impl IntoIterator<Item = (&'a str, &'a str, usize)>,
    panel: Option<Panel>,
) -> Status {
    let mut latest: Vec<(&str, &str)> = Vec::new();
    let mut current = None;
    for (reviewer, rating, needed) in verdicts {
        latest.retain(|(r, _)| *r != reviewer);
        latest.push((reviewer, rating));
        current = Some(needed);
    }
    let ratings: Vec<&str> = latest.iter().map(|(_, r)| *r).collect();
    let disagree = ratings.iter().any(|r| *r != ratings[0]);
    let waiting = panel.is_some_and(|p| ratings.len() < p.size);
    let unsettled = match panel {
        Some(p) => p.settled(&ratings).is_none(),
        None => disagree,
    };
    match current {
        _ if conflict => Status::Disputed,
        Some(needed) if evidence < needed => Status::InReview,
        Some(_) if waiting => Status::InReview,
        Some(_) if unsettled => Status::Disputed,
        Some(_) => Status::Reviewed,
        None if evidence > 0 => Status::InReview,
        None => Status::New,
    }
}

/// What one piece of evidence's quote says of its claim's values (`compare::evidence`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceComparison {
    /// The piece of evidence.
    pub evidence: i64,
    #[serde(flatten)]
    pub suggestion: crate::compare::Suggestion,
}

impl ClaimDetail {
    /// The claim's values against `quote`: the comparisons and the stance they suggest.
    pub fn compare_quote(&self, quote: &str) -> crate::compare::Suggestion {
        let given: Vec<crate::compare::Given<'_>> = self.values.iter().map(Into::into).collect();
        crate::compare::compare(&given, quote, None)
    }

    /// For each piece of evidence whose quote states a value comparable with the claim's, what
    /// it says (the detail pane, `show` and the reports print these).
    pub fn comparisons(&self) -> Vec<EvidenceComparison> {
        self.evidence
            .iter()
            .filter_map(|e| {
                let suggestion = self.compare_quote(e.quote.as_deref()?);
                (!suggestion.comparisons.is_empty()).then_some(EvidenceComparison {
                    evidence: e.id,
                    suggestion,
                })
            })
            .collect()
    }

    /// The comparisons of piece of evidence `id`, in one line ("" when there are none).
    pub fn comparison_line(&self, id: i64) -> String {
        self.evidence
            .iter()
            .find(|e| e.id == id)
            .and_then(|e| e.quote.as_deref())
            .map(|q| {
                self.compare_quote(q)
                    .comparisons
                    .iter()
                    .map(|c| c.sentence.as_str())
                    .collect::<Vec<_>>()
                    .join(" | ")
            })
            .unwrap_or_default()
    }

    /// The status the claim would have without piece of evidence `evidence` (what removing it
    /// does), by the same rule the store applies.
    pub fn status_without(&self, evidence: i64) -> Status {
        if self.claim.status == Status::Dismissed {
            return Status::Dismissed;
        }
        let left = self.evidence.iter().filter(|e| e.id != evidence).count();
        derive_status(
            self.claim.conflict.is_some(),
            left,
            self.standing_verdicts()
                .iter()
                .filter(|v| v.withdrawn_at.is_none())
                .map(|v| {
                    (
                        v.reviewer.as_str(),
                        v.rating.as_str(),
                        v.evidence_needed.unwrap_or(0),
                    )
                }),
            self.panel,
        )
    }

    /// When removing piece of evidence `evidence` would put the claim back in review, the
    /// sentence that says so (the workbench asks with it; the command line prints it).
    pub fn reopened_by_removing(&self, evidence: i64) -> Option<String> {
        let verdict = self.verdict.as_ref()?;
        let was = self.claim.status;
        let now = self.status_without(evidence);
        if !matches!(was, Status::Reviewed | Status::Disputed) || now != Status::InReview {
            return None;
        }
        let needed = verdict.evidence_needed.unwrap_or(0);
        let left = self.evidence.iter().filter(|e| e.id != evidence).count();
        Some(format!(
            "claim {} goes back to review: its verdict \"{}\" needs {needed} piece{} of evidence and would have {left}",
            self.claim.id,
            verdict.rating,
            if needed == 1 { "" } else { "s" }
        ))
    }

    /// What may be published about this claim: its current verdict, only when the claim is
    /// `reviewed` (a verdict that stands, not disputed, not dismissed). The one rule every
    /// report follows.
    pub fn publishable(&self) -> Option<&Verdict> {
        if self.claim.status != Status::Reviewed {
            return None;
        }
        // A panel by majority settles on the rating most of its reviewers gave, which need not
        // be the last one given: the latest verdict with that rating is the one published.
        if let Some(panel) = self.panel {
            let current = self.current_ratings();
            let ratings: Vec<&str> = current.iter().map(|v| v.rating.as_str()).collect();
            if let Some(settled) = panel.settled(&ratings) {
                return current.into_iter().rev().find(|v| v.rating == settled);
            }
        }
        self.verdict.as_ref()
    }

    /// What `reviewer` may see of the claim on a blind panel: before they have recorded a
    /// verdict of their own, none of the others' verdicts, and the claim's status as it stands
    /// for them (in review while it has evidence, new otherwise). Unchanged without a blind
    /// panel, or once they have rated it.
    pub fn seen_by(mut self, reviewer: &str) -> ClaimDetail {
        if !self.panel.is_some_and(|p| p.blind)
            || self.verdicts.iter().any(|v| v.reviewer == reviewer)
        {
            return self;
        }
        self.verdicts.clear();
        self.verdict = None;
        if matches!(self.claim.status, Status::Reviewed | Status::Disputed)
            && self.claim.conflict.is_none()
        {
            self.claim.status = if self.evidence.is_empty() {
                Status::New
            } else {
                Status::InReview
            };
        }
        self
    }

    /// The verdicts that count: all of them, or those from the latest re-check verdict on (the
    /// earlier ones are "before re-check").
    pub fn standing_verdicts(&self) -> &[Verdict] {
        let from = self
            .verdicts
            .iter()
            .rposition(|v| v.recheck && v.withdrawn_at.is_none())
            .unwrap_or(0);
        &self.verdicts[from..]
    }

    /// Each reviewer's latest verdict, oldest first: what a disputed claim shows, every current
    /// rating and who gave it.
    pub fn current_ratings(&self) -> Vec<&Verdict> {
        let mut latest: Vec<&Verdict> = Vec::new();
        for v in self
            .standing_verdicts()
            .iter()
            .filter(|v| v.withdrawn_at.is_none())
        {
            latest.retain(|w| w.reviewer != v.reviewer);
            latest.push(v);
        }
        latest
    }

    /// "false by alice, misleading by bob": the current ratings, for a disputed claim.
    pub fn disagreement(&self) -> String {
        self.current_ratings()
            .iter()
            .map(|v| format!("{} by {}", v.rating, v.reviewer))
            .collect::<Vec<_>>()
            .join(", ")
    }
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
    /// `extracted` or `manual` (added by a reviewer).
    pub origin: String,
    pub dismissed_reason: Option<String>,
    /// The wordings two merged databases gave the claim since their common state, while no one
    /// has settled which stands (`claim resolve`); the claim is `disputed` until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<Vec<Wording>>,
    pub created_at: String,
    pub updated_at: String,
    /// Bumped on every change to the claim, its evidence or its verdicts.
    pub version: i64,
    /// The verbatim pieces of the article the claim rests on, `[start, end)` in characters, in
    /// reading order (a claim stored before they were kept rests on its whole span).
    #[serde(default)]
    pub parts: Vec<[usize; 2]>,
    /// Who makes the claim; `None`: the article itself.
    #[serde(default)]
    pub claimant: Option<Claimant>,
    /// What sort of fact it states.
    #[serde(default, rename = "type")]
    pub kind: ClaimType,
    /// Every place the article states the fact, the claim's own span first.
    #[serde(default)]
    pub appearances: Vec<[usize; 2]>,
    /// When a dated prediction or promise is to be checked again (YYYY-MM-DD); `None` for
    /// other claims and in bundles written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recheck_on: Option<String>,
    /// The reviewer the claim is assigned to; `None`: nobody.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
}

impl ClaimCore {
    /// Who makes the claim, as the reports name it: the claimant and its kind, else the article.
    pub fn claimed_by(&self) -> String {
        match &self.claimant {
            Some(k) => format!("{} ({})", k.name, k.kind.as_str()),
            None => "the article".to_string(),
        }
    }
}

/// One wording of a claim in a conflict: its text, who wrote it and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Wording {
    pub text: String,
    #[serde(default)]
    pub by: String,
    #[serde(default)]
    pub at: String,
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
    /// The event's global identity, kept when it is merged into another database (see
    /// `Verdict::uid`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
}
