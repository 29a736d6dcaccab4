//! The JSON bundle: everything about the selected articles, versioned.

use crate::model::Report;

pub const FORMAT: &str = "claimdesk/1";

pub fn render(report: &Report) -> String {
    let mut value = serde_json::to_value(report).unwrap_or_default();
    if let Some(obj) = value.as_object_mut() {
        obj.insert("format".into(), FORMAT.into());
    }
    let mut out = serde_json::to_string_pretty(&value).unwrap_or_default();
    out.push('\n');
    out
}
