//! Import: article files (or folders of them) read and extracted before the database is touched,
//! then stored in one transaction, so one bad file imports nothing.

use super::Desk;
use crate::error::{Error, Result};
use crate::extract::{self, Extraction};
use crate::ingest;
use crate::model::Article;
use crate::store::NewArticle;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// What the reviewer says of an article, over what its file says.
#[derive(Debug, Clone, Default)]
pub struct ArticleMeta {
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
}

/// A date as typed: YYYY-MM-DD. `what` names it in the refusal ("--published").
pub fn parse_date(s: &str, what: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| {
        Error::bad_input(format!(
            "{what} \"{s}\" is not a date; write it as YYYY-MM-DD, e.g. 2022-03-13"
        ))
    })
}

/// The article files `paths` stand for: a folder stands for the article files in it (not its
/// subfolders), in name order.
pub fn article_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::with_capacity(paths.len());
    for p in paths {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let entries = std::fs::read_dir(p)
            .map_err(|e| Error::io(format!("cannot read the folder {}", p.display()), e))?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|f| f.is_file() && ingest::is_article_file(f))
            .collect();
        if files.is_empty() {
            return Err(Error::bad_input(format!(
                "{} holds no article files (.txt, .md, .html); give a file or another folder",
                p.display()
            )));
        }
        files.sort();
        out.extend(files);
    }
    Ok(out)
}

/// Read and extract every file; `on_file` hears of each as it starts (for a progress bar).
pub fn prepare(
    files: &[PathBuf],
    meta: &ArticleMeta,
    mut on_file: impl FnMut(&Path),
) -> Result<Vec<(NewArticle, Extraction)>> {
    if files.len() > 1 && (meta.title.is_some() || meta.url.is_some()) {
        return Err(Error::bad_input(
            "a title and a URL describe one article; import the files one at a time to give them",
        ));
    }
    files
        .iter()
        .map(|file| {
            on_file(file);
            let doc = ingest::read(file)?;
            let published = meta.published.or(doc.published);
            let extraction = extract::extract(&doc.text, published);
            let title = meta
                .title
                .clone()
                .or(doc.title)
                .unwrap_or_else(|| file_stem(file));
            Ok((
                NewArticle {
                    title,
                    url: meta.url.clone().or(doc.url),
                    author: doc.author,
                    published,
                    text: doc.text,
                },
                extraction,
            ))
        })
        .collect()
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "untitled".into(), |s| s.to_string_lossy().into_owned())
}

impl Desk {
    /// Store prepared articles in one transaction. Each comes back with whether it is new: the
    /// same text imported again returns the article already there and adds nothing.
    pub fn import(
        &mut self,
        prepared: &[(NewArticle, Extraction)],
    ) -> Result<Vec<(Article, bool)>> {
        Ok(self.store.import_all(prepared, &self.reviewer)?)
    }
}
