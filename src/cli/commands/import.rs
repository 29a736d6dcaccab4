//! `open`, `import` and `extract`: articles in.

use super::{Session, Workbench};
use crate::cli::args::ArticleMeta as MetaArgs;
use crate::cli::output::{self, Out, cut, say, value_line, with_field};
use crate::desk::{self, ArticleMeta};
use crate::error::{Error, Result};
use crate::extract::{self, Extraction};
use crate::ingest;
use crate::store::OpenMode;
use std::path::{Path, PathBuf};

fn meta(args: &MetaArgs) -> Result<ArticleMeta> {
    Ok(ArticleMeta {
        title: args.title.clone(),
        url: args
            .url
            .as_deref()
            .map(desk::check_article_url)
            .transpose()?,
        published: args
            .published
            .as_deref()
            .map(|d| desk::parse_date(d, "--published"))
            .transpose()?,
    })
}

/// Import the files one by one, with a progress bar on a terminal (indicatif draws nothing when
/// standard error is not one). The database is opened (and created) when the first file has been
/// read as an article.
fn import_files(
    session: &Session,
    files: &[PathBuf],
    meta: &ArticleMeta,
) -> Result<(Option<desk::Desk>, desk::ImportRun)> {
    let config = Session::config()?;
    let max_bytes = config.import.max_bytes;
    let progress = if files.len() > 1 {
        indicatif::ProgressBar::new(files.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    progress.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let out = desk::import_files_opening(
        || session.open(OpenMode::Create, config),
        max_bytes,
        files,
        meta,
        |file| {
            progress.set_message(file.display().to_string());
            progress.inc(1);
        },
    );
    progress.finish_and_clear();
    out
}

/// What ends an import: the database's failure, else the one file's own error when there was
/// one file, else a sentence counting the skipped files (each was named on its own line).
fn outcome(run: desk::ImportRun, total: usize) -> Result<desk::ImportRun> {
    if let Some(e) = run.stopped {
        return Err(e);
    }
    let mut run = run;
    if total == 1
        && let Some((_, e)) = run.skipped.pop()
    {
        return Err(e);
    }
    Ok(run)
}

/// Import FILE if it is new, then open the workbench on it.
pub fn open(session: &Session, file: &Path, args: &MetaArgs, workbench: Workbench) -> Result<()> {
    let meta = meta(args)?;
    // A file that is not an article is bad input (2) wherever it is read, so it is read before
    // the terminal is asked for; nothing is stored before the terminal is known, so `open` in a
    // script changes nothing.
    ingest::read_limited(file, Session::config()?.import.max_bytes)?;
    super::require_terminal()?;
    let (desk, run) = import_files(session, std::slice::from_ref(&file.to_path_buf()), &meta)?;
    let run = outcome(run, 1)?;
    let first = run.imported.first().map(|(_, a, _)| a.id);
    match desk {
        Some(desk) => workbench(desk, first),
        None => Err(Error::Refused(format!(
            "{} was not imported; import it with `claimdesk import FILE` to see why",
            file.display()
        ))),
    }
}

/// Import every file, each article in its own transaction; skipped files are named on standard
/// error, one line each, and make the exit status 2 (see README).
pub fn import(session: &Session, files: &[PathBuf], args: &MetaArgs, json: bool) -> Result<()> {
    let meta = meta(args)?;
    let files = desk::article_files(files)?;
    let (_desk, run) = import_files(session, &files, &meta)?;
    if let Some(l) = &run.learned {
        output::note(&format!(
            "learned the score again from {} labelled claims before importing (`claimdesk learn` says what changed)",
            l.labels
        ));
    }
    // What was stored is printed even when the database failed after it.
    let printed = print_imported(&run, json);
    let run = outcome(run, files.len())?;
    printed?;
    for (_, e) in &run.skipped {
        output::note(&format!("skipped: {}", crate::cli::explain(e)));
    }
    match run.skipped.len() {
        0 => Ok(()),
        n => Err(Error::bad_input(format!(
            "{n} of {} files were skipped (named above); the other {} were imported",
            files.len(),
            run.imported.len()
        ))),
    }
}

fn print_imported(run: &desk::ImportRun, json: bool) -> Result<()> {
    if run.imported.is_empty() && (run.stopped.is_some() || !run.skipped.is_empty()) {
        return Ok(());
    }
    let list: Vec<_> = run
        .imported
        .iter()
        .map(|(_, a, created)| with_field(a, "created", *created))
        .collect();
    let what = format!(
        "{} article{}",
        run.imported.len(),
        if run.imported.len() == 1 { "" } else { "s" }
    );
    Out::stdout().saved(what, json, &list, |out| {
        for (file, a, created) in &run.imported {
            let what = if *created {
                "imported"
            } else {
                "already imported"
            };
            say!(
                out,
                "{what} {} as article {}: {} claims  {}",
                cut(&file.display().to_string(), 200),
                a.id,
                a.claim_count,
                cut(&a.title, 200)
            )?;
        }
        Ok(())
    })
}

/// What the extractor finds, without a database.
pub fn extract(file: &Path, published: Option<&str>, json: bool) -> Result<()> {
    let published = published
        .map(|d| desk::parse_date(d, "--published"))
        .transpose()?;
    // The import limit holds here too: `extract /dev/zero` stops at it.
    let config = crate::config::load(crate::config::default_path().as_deref())?;
    let doc = ingest::read_limited(file, config.import.max_bytes)?;
    let extraction = extract::extract(&doc.text, published.or(doc.published));
    Out::stdout().emit(json, &extraction, |out| print_extraction(out, &extraction))
}

fn print_extraction(out: &mut Out, x: &Extraction) -> Result<()> {
    say!(
        out,
        "{} sentences, {} values, {} claims",
        x.sentences.len(),
        x.values.len(),
        x.claims.len()
    )?;
    for c in &x.claims {
        say!(out, "\n[{:.2}] {}", c.score, cut(&c.text, 10_000))?;
        for v in c.values.iter().filter_map(|&i| x.values.get(i)) {
            say!(
                out,
                "    {}",
                value_line(v.kind, &v.text, v.value.as_deref(), v.modifier)
            )?;
        }
    }
    Ok(())
}
