//! A bundle from another desk checked as the command line checks what a reviewer types, before
//! anything is written: fields its schema does not know, spans inside their article, ratings on
//! this desk's scale (or mapped to one by name, with a warning), RFC 3339 times, http(s) URLs, names
//! without control characters. A bad bundle changes nothing and the sentence names the record.

use super::{check_reviewer, typed};
use crate::error::{Error, Result};
use crate::model::{Report, Scale};
use crate::store::normalize_url;
use serde_json::Value;

const SCHEMA: &str = include_str!("../report/bundle.schema.json");

/// Fields the bundle's schema does not know, refused where it says `additionalProperties: false`
/// (its objects all do): the first one found, with where it is.
pub fn check_fields(shown: &str, bundle: &Value) -> Result<()> {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap_or_default();
    let mut path = String::new();
    match unknown_field(&schema, &schema, bundle, &mut path) {
        Some(at) => Err(Error::bad_input(format!(
            "{shown} holds a field this claimdesk does not know ({}); it may come from a newer version, upgrade claimdesk to import it",
            crate::safe::line(&at, 120)
        ))),
        None => Ok(()),
    }
}

fn unknown_field(root: &Value, schema: &Value, v: &Value, path: &mut String) -> Option<String> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let def = root.pointer(r.strip_prefix('#')?)?;
        return unknown_field(root, def, v, path);
    }
    if let Some(branches) = schema.get("oneOf").and_then(Value::as_array) {
        // The branch for an object (the other is null).
        let branch = branches.iter().find(|b| resolves_to_object(root, b))?;
        return if v.is_object() {
            unknown_field(root, branch, v, path)
        } else {
            None
        };
    }
    match v {
        Value::Object(map) => {
            let props = schema.get("properties").and_then(Value::as_object)?;
            let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
            for (k, item) in map {
                let len = path.len();
                path.push('.');
                path.push_str(k);
                let found = match props.get(k) {
                    Some(s) => unknown_field(root, s, item, path),
                    None if closed => Some(path.trim_start_matches('.').to_string()),
                    None => None,
                };
                if found.is_some() {
                    return found;
                }
                path.truncate(len);
            }
            None
        }
        Value::Array(items) => {
            let s = schema.get("items")?;
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                if let Some(found) = unknown_field(root, s, item, path) {
                    return Some(found);
                }
                path.truncate(len);
            }
            None
        }
        _ => None,
    }
}

fn resolves_to_object(root: &Value, schema: &Value) -> bool {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|p| root.pointer(p))
            .is_some_and(|d| resolves_to_object(root, d)),
        None => schema.get("type").and_then(Value::as_str) == Some("object"),
    }
}

fn time(what: &str, at: &str) -> Result<()> {
    chrono::DateTime::parse_from_rfc3339(at).map(|_| ()).map_err(|_| {
        Error::bad_input(format!(
            "{what}: time \"{}\" is not an RFC 3339 time (such as 2022-03-13T09:30:00Z); the report is damaged, export it again",
            crate::safe::line(at, 40)
        ))
    })
}

fn date(what: &str, d: &str) -> Result<()> {
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .map(|_| ())
        .map_err(|_| {
            Error::bad_input(format!(
                "{what}: date \"{}\" is not a date (YYYY-MM-DD); the report is damaged, export it again",
                crate::safe::line(d, 40)
            ))
        })
}

fn url(what: &str, u: &str) -> Result<()> {
    typed(normalize_url(u))
        .map(|_| ())
        .map_err(|e| Error::bad_input(format!("{what}: {e}")))
}

fn name(what: &str, who: &str) -> Result<()> {
    check_reviewer(who).map(|_| ()).map_err(|_| {
        Error::bad_input(format!(
            "{what}: the name \"{}\" is empty or holds control characters; the report is damaged, export it again",
            crate::safe::line(who, 40)
        ))
    })
}

/// 4211 → "4,211".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Check `report` against this desk's rules; a verdict whose rating is not on the scale but
/// names one of its ratings by display label or slug ("Mostly True", "mostly_true") is mapped to
/// it, with a warning. Returns the warnings.
pub fn check(report: &mut Report, scale: &Scale) -> Result<Vec<String>> {
    let mut warnings = Vec::new();
    time("the report", &report.exported_at)?;
    for a in &mut report.articles {
        let title = crate::safe::line(&a.article.title, 60);
        let what = format!("article \"{title}\"");
        time(&what, &a.article.imported_at)?;
        if let Some(p) = &a.article.published {
            date(&what, p)?;
        }
        if let Some(u) = &a.article.url {
            url(&what, u)?;
        }
        let len = a.text.chars().count();
        for c in &mut a.claims {
            let k = &c.claim;
            let what = format!("claim {}", k.id);
            if k.end > len {
                return Err(Error::bad_input(format!(
                    "{what}: end {} lies past the article's {} characters; the report is damaged, export it again",
                    k.end,
                    thousands(len)
                )));
            }
            if k.start >= k.end {
                return Err(Error::bad_input(format!(
                    "{what}: its span {}..{} is empty or reversed; the report is damaged, export it again",
                    k.start, k.end
                )));
            }
            for v in &c.values {
                if v.start > v.end || v.end > len {
                    return Err(Error::bad_input(format!(
                        "{what}: value {} spans {}..{}, outside the article's {} characters; the report is damaged, export it again",
                        v.id,
                        v.start,
                        v.end,
                        thousands(len)
                    )));
                }
            }
            time(&what, &k.created_at)?;
            if let Some(a) = &k.assignee {
                name(&what, a)?;
            }
            time(&what, &k.updated_at)?;
            for e in &c.evidence {
                let what = format!("evidence {} of claim {}", e.id, k.id);
                time(&what, &e.at)?;
                name(&what, &e.reviewer)?;
                url(&what, &e.source.url)?;
                if let Some(archive) = &e.source.archive_url {
                    url(&what, archive)?;
                }
                if let Some(d) = &e.source.accessed {
                    date(&what, d)?;
                }
            }
            let id = k.id;
            for v in c.verdicts.iter_mut().chain(c.verdict.iter_mut()) {
                let what = format!("verdict {} of claim {id}", v.id);
                time(&what, &v.at)?;
                name(&what, &v.reviewer)?;
                if scale.contains(&v.rating) {
                    continue;
                }
                let wanted = crate::model::slug_of(&v.rating);
                let mapped = scale
                    .info
                    .iter()
                    .find(|i| i.label == wanted || crate::model::slug_of(&i.display) == wanted);
                match mapped {
                    Some(i) => {
                        let line = format!(
                            "{what}: rating \"{}\" is read as \"{}\" on this desk's scale",
                            crate::safe::line(&v.rating, 40),
                            i.label
                        );
                        if !warnings.contains(&line) {
                            warnings.push(line);
                        }
                        v.rating = i.label.clone();
                    }
                    None => {
                        return Err(Error::bad_input(format!(
                            "{what}: rating \"{}\" is not on this desk's scale ({}); add it to config.toml's [[scale.rating]] to import the report",
                            crate::safe::line(&v.rating, 40),
                            scale.ratings.join(", ")
                        )));
                    }
                }
            }
        }
    }
    for e in &report.events {
        let what = format!("event {}", e.id);
        time(&what, &e.at)?;
        name(&what, &e.actor)?;
    }
    for s in &report.sources {
        url(&format!("source {}", s.id), &s.url)?;
    }
    Ok(warnings)
}
