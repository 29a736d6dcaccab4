//! The JSON bundle: everything about the selected articles, versioned.

use crate::model::Report;

/// The format this version writes: contract 2 (claims gained `parts`, `claimant`, `type` and
/// `appearances`).
pub const FORMAT: &str = "claimdesk/3";

/// Every format `import-report` reads: a bundle of format 1 gets the defaults of what it lacks
/// (a claim rests on its whole span, stated once, by the article itself, of type `other`).
pub const READABLE: &[&str] = &["claimdesk/1", "claimdesk/2", FORMAT];

pub fn render(report: &Report) -> String {
    let mut value = serde_json::to_value(report).unwrap_or_default();
    if let Some(obj) = value.as_object_mut() {
        obj.insert("format".into(), FORMAT.into());
    }
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    out
}
