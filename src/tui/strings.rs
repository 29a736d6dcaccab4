//! Every sentence and label the workbench shows, in one place.

pub const APP: &str = "claimdesk";
pub const ALL_ARTICLES: &str = "All articles";
pub const UNTITLED: &str = "(untitled)";

pub const PANE_CLAIMS: &str = "Claims";
pub const PANE_ARTICLE: &str = "Article";
pub const PANE_DETAIL: &str = "Detail";

pub const NO_CLAIMS: &str = "No claims yet. Import an article with `claimdesk import FILE` or open one with `claimdesk open FILE`.";
pub const NO_CLAIM_SELECTED: &str = "Select a claim first.";
pub const NO_ARTICLE: &str = "No article to show.";

pub const TOO_SMALL: &str = "window too small";

pub const HELP_TITLE: &str = "Keys";
pub const HELP_FOOTER: &str = "Esc or ? closes this help";

pub const SOURCE_TITLE: &str = "Add a source";
pub const SOURCE_URL: &str = "URL";
pub const SOURCE_URL_PLACEHOLDER: &str = "https://…";
pub const SOURCE_TITLE_FIELD: &str = "Title";
pub const SOURCE_TITLE_PLACEHOLDER: &str = "optional";
pub const SOURCE_QUOTE: &str = "Quote";
pub const SOURCE_QUOTE_PLACEHOLDER: &str = "optional: the words the source says";
pub const SOURCE_STANCE: &str = "Stance";
pub const SOURCE_URL_EMPTY: &str = "Give the source's URL.";

pub const VERDICT_TITLE: &str = "Verdict";
pub const VERDICT_RATING: &str = "Rating";
pub const VERDICT_RATIONALE: &str = "Rationale";
pub const VERDICT_RATIONALE_PLACEHOLDER: &str = "Why this rating? (optional)";

pub const DETAIL_SUBJECT: &str = "Subject";
pub const DETAIL_CUES: &str = "Cues";
pub const DETAIL_VALUES: &str = "Values";
pub const DETAIL_EVIDENCE: &str = "Evidence";
pub const DETAIL_VERDICTS: &str = "Verdicts";
pub const DETAIL_NONE: &str = "none";
pub const DETAIL_UNRESOLVED: &str = "unresolved";

pub fn claim_heading(id: i64, status: &str, score: f64) -> String {
    format!("Claim #{id} · {status} · score {score:.2}")
}

pub fn reviewed(reviewed: usize, total: usize) -> String {
    let pct = (reviewed * 100).checked_div(total).unwrap_or(0);
    format!("{reviewed}/{total} reviewed ({pct}%)")
}

pub fn reviewer(name: &str) -> String {
    format!("reviewer: {name}")
}

pub fn too_small(width: u16, height: u16, min_w: u16, min_h: u16) -> String {
    format!("{TOO_SMALL}: {width}x{height}, need {min_w}x{min_h}")
}

pub fn evidence_added(claim: i64) -> String {
    format!("Source added to claim #{claim}.")
}

pub fn verdict_added(claim: i64, rating: &str) -> String {
    format!("Verdict \"{rating}\" recorded for claim #{claim}.")
}

pub fn by_at(reviewer: &str, at: &str) -> String {
    format!("{reviewer}, {at}")
}

pub fn help_for(mode: &str) -> String {
    format!("{HELP_TITLE}: {mode}")
}
