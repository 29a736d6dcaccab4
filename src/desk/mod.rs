//! The operations both faces offer, each written once: the command line and the workbench call
//! these, never the store's writes or SQL themselves. A `Desk` is an open database, the desk's
//! config and the reviewer whose name every change carries.

mod article;
mod bulk;
pub mod bundle;
mod claims;
mod export;
mod findings;
mod import;
mod learn;
pub mod panel;
pub mod precedent;
pub mod quote;
mod review;
mod undo;

pub use article::{ArticleChanges, check_article_url};
pub use bulk::{BulkDismissed, BulkVerdicts};
pub use claims::{Locate, Resolution, SplitAt};
pub use export::{ExportRequest, expand_home, parse_bundle, read_bundle, write_atomically};
pub use findings::{Checked, check_text};
pub use import::{
    ArticleMeta, ImportRun, article_files, import_files_opening, parse_date, prepare,
};
pub use learn::{Learned, Moved};
pub use panel::{Agreement, PairAgreement};
pub use precedent::Precedent;
pub use undo::{UndoStep, Undone};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::model::Scale;
use crate::store::{OpenMode, Store, StoreError};
use std::path::Path;

pub struct Desk {
    store: Store,
    config: Config,
    reviewer: String,
    /// Above zero while an undo, a redo or a bulk action runs: its steps are not put on the
    /// undo stack one by one.
    quiet: u32,
}

impl Desk {
    pub fn new(store: Store, config: Config, reviewer: impl Into<String>) -> Desk {
        Desk {
            store,
            config,
            reviewer: reviewer.into(),
            quiet: 0,
        }
    }

    /// Open (creating if needed) the database at `path`.
    pub fn open(path: &Path, config: Config, reviewer: impl Into<String>) -> Result<Desk> {
        Desk::open_with(path, OpenMode::Create, config, reviewer)
    }

    /// Open the database at `path` as `mode` says (see `OpenMode`).
    pub fn open_with(
        path: &Path,
        mode: OpenMode,
        config: Config,
        reviewer: impl Into<String>,
    ) -> Result<Desk> {
        Ok(Desk::new(Store::open_with(path, mode)?, config, reviewer))
    }

    /// The store, for reading. Changes go through the desk's operations.
    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn scale(&self) -> &Scale {
        &self.config.scale
    }

    pub fn reviewer(&self) -> &str {
        &self.reviewer
    }

    /// Work as another reviewer from now on.
    pub fn set_reviewer(&mut self, name: &str) -> Result<()> {
        self.reviewer = check_reviewer(name)?;
        Ok(())
    }
}

/// A reviewer's name as every change records it: trimmed, not empty, no control characters.
pub fn check_reviewer(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().any(char::is_control) {
        return Err(Error::bad_input(
            "a reviewer's name cannot be empty or hold control characters; give a name",
        ));
    }
    Ok(name.to_string())
}

/// What the reviewer typed, checked before the store is asked: the store checks it again in its
/// transaction, but found here the refusal is bad input (exit status 2), not the desk refusing a
/// change (1). `typed` turns a store check of a value into that.
fn typed<T>(checked: std::result::Result<T, StoreError>) -> Result<T> {
    checked.map_err(|e| match e {
        StoreError::Invalid(sentence) => Error::BadInput(sentence),
        e => Error::Store(e),
    })
}

/// An empty (or blank) text where words are needed: bad input with `sentence`.
fn needs_words(text: &str, sentence: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(Error::bad_input(sentence));
    }
    Ok(())
}
