//! `open`, `import` and `extract`: articles in.

use super::{Session, Workbench};
use crate::cli::args::ArticleMeta as MetaArgs;
use crate::cli::output::{Out, cut, say, value_line, with_field};
use crate::desk::{self, ArticleMeta};
use crate::error::Result;
use crate::extract::{self, Extraction};
use crate::ingest;
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

/// Read and extract the files, with a progress bar on a terminal (indicatif draws nothing when
/// standard error is not one).
fn prepare(
    files: &[PathBuf],
    meta: &ArticleMeta,
) -> Result<Vec<(crate::store::NewArticle, Extraction)>> {
    let progress = if files.len() > 1 {
        indicatif::ProgressBar::new(files.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    progress.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let out = desk::prepare(files, meta, |file| {
        progress.set_message(file.display().to_string());
        progress.inc(1);
    });
    progress.finish_and_clear();
    out
}

/// Import FILE if it is new, then open the workbench on it.
pub fn open(session: &Session, file: &Path, args: &MetaArgs, workbench: Workbench) -> Result<()> {
    // Before the import: `open` in a script must change nothing.
    super::require_terminal()?;
    let prepared = prepare(std::slice::from_ref(&file.to_path_buf()), &meta(args)?)?;
    let mut desk = session.desk_with_config(crate::store::OpenMode::Create)?;
    let imported = desk.import(&prepared)?;
    let first = imported.first().map(|(a, _)| a.id);
    workbench(desk, first)
}

pub fn import(session: &Session, files: &[PathBuf], args: &MetaArgs, json: bool) -> Result<()> {
    let meta = meta(args)?;
    let files = desk::article_files(files)?;
    let prepared = prepare(&files, &meta)?;
    let mut desk = session.desk(crate::store::OpenMode::Create)?;
    let imported = desk.import(&prepared)?;
    let list: Vec<_> = imported
        .iter()
        .map(|(a, created)| with_field(a, "created", *created))
        .collect();
    Out::stdout().emit(json, &list, |out| {
        for ((a, created), file) in imported.iter().zip(&files) {
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
    let doc = ingest::read(file)?;
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
