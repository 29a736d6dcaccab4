//! `check`: consistency findings of a stored article or of a file, and `check --dismiss`.

use super::Session;
use crate::cli::output::{Out, cut, say};
use crate::consistency::Finding;
use crate::desk::{self, Checked};
use crate::error::Result;
use crate::ingest;
use crate::store::OpenMode;
use serde::Serialize;
use std::path::Path;

/// What `check` prints as JSON.
#[derive(Serialize)]
struct Report<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    article: Option<i64>,
    published: Option<chrono::NaiveDate>,
    findings: Vec<&'a Checked>,
}

/// Is the target an article's id (all digits) rather than a file?
pub fn is_article_id(target: &str) -> bool {
    !target.is_empty() && target.bytes().all(|b| b.is_ascii_digit())
}

/// A file, checked without a database.
pub fn file(path: &Path, published: Option<&str>, all: bool, json: bool) -> Result<()> {
    let published = published
        .map(|d| desk::parse_date(d, "--published"))
        .transpose()?;
    let config = crate::config::load(crate::config::default_path().as_deref())?;
    let doc = ingest::read_limited(path, config.import.max_bytes)?;
    let published = published.or(doc.published);
    let checked: Vec<Checked> = desk::check_text(&doc.text, published)
        .into_iter()
        .map(|finding| Checked {
            finding,
            dismissed: false,
            dismissed_reason: None,
        })
        .collect();
    print(None, published, &checked, all, json)
}

/// A stored article.
pub fn article(
    session: &Session,
    target: &str,
    published: Option<&str>,
    all: bool,
    json: bool,
) -> Result<()> {
    let id: i64 = target.parse().map_err(|_| {
        crate::error::Error::bad_input(format!(
            "\"{}\" is not an article id; `claimdesk articles` lists them",
            cut(target, 40)
        ))
    })?;
    let published = published
        .map(|d| desk::parse_date(d, "--published"))
        .transpose()?;
    let desk = session.desk(OpenMode::ReadOnly)?;
    let checked = desk.findings(id, published)?;
    let published = published.or_else(|| {
        desk.store()
            .article(id)
            .ok()
            .and_then(|a| a.published)
            .and_then(|d| d.parse().ok())
    });
    print(Some(id), published, &checked, all, json)
}

fn print(
    article: Option<i64>,
    published: Option<chrono::NaiveDate>,
    checked: &[Checked],
    all: bool,
    json: bool,
) -> Result<()> {
    let shown: Vec<&Checked> = checked.iter().filter(|c| all || c.is_open()).collect();
    let report = Report {
        article,
        published,
        findings: shown.clone(),
    };
    Out::stdout().emit(json, &report, |out| {
        let open = checked.iter().filter(|c| c.is_open()).count();
        let consistent = checked
            .iter()
            .filter(|c| !c.finding.is_open_problem())
            .count();
        let dismissed = checked.iter().filter(|c| c.dismissed).count();
        say!(
            out,
            "{open} open finding{} ({} consistent, {dismissed} dismissed{})",
            if open == 1 { "" } else { "s" },
            consistent,
            if all { "" } else { "; --all lists them" }
        )?;
        if published.is_none() {
            say!(
                out,
                "no publication date: ages, durations and tense are not checked; give --published YYYY-MM-DD"
            )?;
        }
        for c in shown {
            finding(out, &c.finding, c.dismissed)?;
        }
        Ok(())
    })
}

fn finding(out: &mut Out, f: &Finding, dismissed: bool) -> Result<()> {
    say!(
        out,
        "\n{} {} [{}]{}  claims {}",
        f.severity.as_str().to_uppercase(),
        f.kind.as_str(),
        f.key,
        if dismissed { " (dismissed)" } else { "" },
        f.claims
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    )?;
    say!(out, "    {}", cut(&f.why, 400))?;
    say!(out, "    {}", cut(&f.arithmetic, 400))?;
    say!(
        out,
        "    values: {}",
        cut(
            &f.values
                .iter()
                .map(|v| format!("\"{v}\""))
                .collect::<Vec<_>>()
                .join(", "),
            400
        )
    )
}

/// `check --dismiss KEY [--reason R]`, optionally within one article.
pub fn dismiss(
    session: &Session,
    key: &str,
    target: Option<&str>,
    reason: Option<&str>,
    json: bool,
) -> Result<()> {
    let article = match target {
        Some(t) if is_article_id(t) => Some(t.parse::<i64>().map_err(|_| {
            crate::error::Error::bad_input(
                "the article id is too large; `claimdesk articles` lists them",
            )
        })?),
        Some(t) => {
            return Err(crate::error::Error::bad_input(format!(
                "a dismissal is remembered in the database, not for a file (\"{}\"); import the article and give its id",
                cut(t, 80)
            )));
        }
        None => None,
    };
    let mut desk = session.desk(OpenMode::Existing)?;
    let (id, f) = desk.dismiss_finding(key, article, reason)?;
    let record = serde_json::json!({
        "article": id,
        "key": f.key,
        "kind": f.kind,
        "severity": f.severity,
        "claims": f.claims,
        "reason": reason,
    });
    Out::stdout().saved(format!("finding {}", f.key), json, &record, |out| {
        say!(
            out,
            "finding {} of article {id} dismissed: {}",
            f.key,
            cut(&f.why, 200)
        )
    })
}
