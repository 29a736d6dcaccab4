//! Import: article files (or folders of them, recursively). Each is read and extracted before the
//! database is touched (on worker threads, ahead of the writer, see `import_each`), then stored
//! in a transaction of its own (the article, its claims, values and event together), in the
//! order of the files, so another reviewer's verdict never waits for a whole folder, and a crash
//! keeps whole articles only. A file that is not an article is skipped and named; a failure of
//! the database stops the import, keeping the articles stored before it.

use super::Desk;
use crate::error::{Error, Result};
use crate::extract::{self, Extraction};
use crate::ingest;
use crate::model::Article;
use crate::store::{NewArticle, StoreError};
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

/// The article files `paths` stand for, in order: a file stands for itself; a folder for the
/// article files (.txt, .md, .html) in it and in its subfolders, in name order, leaving out hidden
/// files and folders (names starting with a dot) and whatever is not a regular file.
pub fn article_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::with_capacity(paths.len());
    for p in paths {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let before = out.len();
        let walk = walkdir::WalkDir::new(p)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walk {
            let entry = entry.map_err(|e| {
                let at = e.path().unwrap_or(p).display().to_string();
                let io = e
                    .into_io_error()
                    .unwrap_or_else(|| std::io::Error::other("a folder loop"));
                Error::io(format!("cannot read the folder {at}"), io)
            })?;
            if entry.file_type().is_file() && ingest::is_article_file(entry.path()) {
                out.push(entry.into_path());
            }
        }
        if out.len() == before {
            return Err(Error::bad_input(format!(
                "{} holds no article files (.txt, .md, .html); give a file or another folder",
                p.display()
            )));
        }
    }
    Ok(out)
}

/// Read (at most `max_bytes` of it) and extract one file.
pub fn prepare(
    file: &Path,
    meta: &ArticleMeta,
    max_bytes: u64,
) -> Result<(NewArticle, Extraction)> {
    let doc = ingest::read_limited(file, max_bytes)?;
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
}

/// What an import of several files did.
#[derive(Debug, Default)]
pub struct ImportRun {
    /// Each file stored, in order, with its article and whether it is new.
    pub imported: Vec<(PathBuf, Article, bool)>,
    /// Each file that is not an article (or could not be read), with why; the rest went on.
    pub skipped: Vec<(PathBuf, Error)>,
    /// The database failed: the import stopped there (the articles above are stored).
    pub stopped: Option<Error>,
    /// What the desk learned before the import, when its reviewers' labels had changed.
    pub learned: Option<super::Learned>,
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "untitled".into(), |s| s.to_string_lossy().into_owned())
}

impl Desk {
    /// Store prepared articles, each in its own transaction. Each comes back with whether it is
    /// new: the same text imported again returns the article already there and adds nothing.
    pub fn import(
        &mut self,
        prepared: &[(NewArticle, Extraction)],
    ) -> Result<Vec<(Article, bool)>> {
        let (_, model) = self.import_scorer()?;
        prepared
            .iter()
            .map(|(new, x)| {
                let x = super::learn::rescored(model.as_ref(), x);
                Ok(self.store.import(new, &x, &self.reviewer)?)
            })
            .collect()
    }

    /// Import `files` in order, each stored in a transaction of its own (read and extracted ahead
    /// on worker threads); `on_file` hears of each, in order, as its turn to be stored comes (for
    /// a progress bar).
    /// A file that is not an article is skipped and named; a failure of the database stops.
    pub fn import_files(
        &mut self,
        files: &[PathBuf],
        meta: &ArticleMeta,
        on_file: impl FnMut(&Path),
    ) -> Result<ImportRun> {
        let max_bytes = self.config.import.max_bytes;
        let (learned, model) = self.import_scorer()?;
        let mut run = import_each(files, meta, max_bytes, on_file, |new, x| {
            let x = super::learn::rescored(model.as_ref(), x);
            Ok(self.store.import(new, &x, &self.reviewer)?)
        })?;
        run.learned = learned;
        Ok(run)
    }
}

/// `Desk::import_files` on a desk that `open` opens only when the first file has been read as an
/// article: an import of nothing but bad files creates no database. Returns the desk if it was
/// opened.
pub fn import_files_opening(
    open: impl FnOnce() -> Result<Desk>,
    max_bytes: u64,
    files: &[PathBuf],
    meta: &ArticleMeta,
    on_file: impl FnMut(&Path),
) -> Result<(Option<Desk>, ImportRun)> {
    let mut open = Some(open);
    let mut desk: Option<Desk> = None;
    let mut scorer = None;
    let mut learned = None;
    let mut run = import_each(files, meta, max_bytes, on_file, |new, x| {
        let desk = match desk.as_mut() {
            Some(d) => d,
            None => {
                let open = open
                    .take()
                    .ok_or_else(|| Error::Refused("the database could not be opened".into()))?;
                let d = desk.insert(open()?);
                (learned, scorer) = d.import_scorer()?;
                d
            }
        };
        let x = super::learn::rescored(scorer.as_ref(), x);
        Ok(desk.store.import(new, &x, &desk.reviewer)?)
    })?;
    run.learned = learned;
    Ok((desk, run))
}

/// How many prepared articles each worker may hold ready ahead of the writer: enough that the
/// writer never waits on a worker that has work, few enough that memory stays a handful of
/// articles per worker whatever the folder's size.
const READY_AHEAD: usize = 2;

/// The import loop: files are read and extracted on worker threads (the extractor is pure), and
/// stored by `store` on this thread in the order of `files`, so the progress bar, the database
/// and the skipped-file lines see the same order as an import of one file after another. Worker
/// `w` prepares the files `w`, `w + n`, `w + 2n`… and hands them over on a channel of its own,
/// which the writer reads in turn: no reordering, and a worker waits when it is `READY_AHEAD`
/// articles ahead. A file that is not a regular file (a pipe, a device, stdin) is read by the
/// writer at its turn: reading it has effects (it consumes a stream, it waits for whoever writes
/// it), which must happen after every article before it is stored. When the import stops, the
/// channels close and the workers stop at their next hand-over.
fn import_each(
    files: &[PathBuf],
    meta: &ArticleMeta,
    max_bytes: u64,
    mut on_file: impl FnMut(&Path),
    mut store: impl FnMut(&NewArticle, &Extraction) -> Result<(Article, bool)>,
) -> Result<ImportRun> {
    if files.len() > 1 && (meta.title.is_some() || meta.url.is_some()) {
        return Err(Error::bad_input(
            "a title and a URL describe one article; import the files one at a time to give them",
        ));
    }
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(files.len())
        .max(1);
    let mut run = ImportRun::default();
    std::thread::scope(|scope| {
        let lanes: Vec<_> = (0..workers)
            .map(|w| {
                let (ready, lane) = std::sync::mpsc::sync_channel(READY_AHEAD);
                scope.spawn(move || {
                    for file in files.iter().skip(w).step_by(workers) {
                        let prepared =
                            is_regular_file(file).then(|| prepare(file, meta, max_bytes));
                        if ready.send(prepared).is_err() {
                            break;
                        }
                    }
                });
                lane
            })
            .collect();
        for (i, file) in files.iter().enumerate() {
            // `None`: left to this thread (not a regular file), or its worker is gone (it
            // panicked: preparing it here again says why).
            let prepared = lanes[i % workers].recv().ok().flatten();
            on_file(file);
            let stored = prepared
                .unwrap_or_else(|| prepare(file, meta, max_bytes))
                .and_then(|(new, x)| store(&new, &x));
            match stored {
                Ok((article, created)) => run.imported.push((file.clone(), article, created)),
                Err(e @ (Error::Ingest(_) | Error::Store(StoreError::Invalid(_)))) => {
                    run.skipped.push((file.clone(), e));
                }
                Err(e) => {
                    run.stopped = Some(e);
                    break;
                }
            }
        }
    });
    Ok(run)
}

/// Whether `file` is a regular file (links followed), which a worker may read ahead of its turn.
fn is_regular_file(file: &Path) -> bool {
    std::fs::metadata(file).is_ok_and(|m| m.is_file())
}
