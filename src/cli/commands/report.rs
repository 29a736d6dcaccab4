//! `export` and `import-report`: reports out and bundles in.

use super::Session;
use crate::cli::output::{Out, cut, say};
use crate::desk::ExportRequest;
use crate::error::Result;
use crate::model::Status;
use crate::report::Format;
use crate::store::OpenMode;
use std::path::Path;

pub fn export(
    session: &Session,
    article: Option<i64>,
    status: Option<Status>,
    format: Format,
    output: Option<&Path>,
    options: crate::report::Options,
) -> Result<()> {
    // Only the formats that show the scale or the publisher read the config.
    let desk = match format {
        Format::ClaimReview | Format::Html | Format::Markdown | Format::Csv => {
            session.desk_with_config(OpenMode::ReadOnly)?
        }
        Format::Json => session.desk(OpenMode::ReadOnly)?,
    };
    let request = ExportRequest {
        format,
        article,
        status,
        options,
    };
    let rendered = match output {
        Some(path) => desk.export(&request, path)?,
        None => {
            let rendered = desk.render(&request)?;
            Out::stdout().raw(rendered.text.as_bytes())?;
            rendered
        }
    };
    for w in &rendered.warnings {
        crate::cli::output::warn(format_args!("{}", cut(w, 500)));
    }
    Ok(())
}

pub fn import(session: &Session, file: &Path, json: bool) -> Result<()> {
    let mut bundle = crate::desk::read_bundle(file)?;
    // Checked against the desk's scale before the database is opened: a bad bundle creates and
    // changes nothing. (The desk checks it again in the merge; ratings mapped now stay mapped.)
    let config = Session::config()?;
    let warnings = crate::desk::bundle::check(&mut bundle, &config.scale)?;
    let mut desk = session.open(OpenMode::Create, config)?;
    let sum = desk.import_report(&bundle)?;
    // The config's panel, recorded after the merge (a failed merge changes nothing): the merged
    // claims' statuses follow it.
    desk.record_panel()?;
    for w in &warnings {
        crate::cli::output::warn(format_args!("{}", cut(w, 500)));
    }
    let what = format!("the merge of {}", cut(&file.display().to_string(), 200));
    Out::stdout().saved(what, json, &sum, |o| {
        say!(
            o,
            "merged {}: {} articles, {} claims, {} sources, {} evidence, {} verdicts, {} events added",
            cut(&file.display().to_string(), 200),
            sum.articles,
            sum.claims,
            sum.sources,
            sum.evidence,
            sum.verdicts,
            sum.events
        )?;
        for c in &sum.conflicts {
            say!(o, "conflict: {}", cut(c, 500))?;
        }
        Ok(())
    })
}
