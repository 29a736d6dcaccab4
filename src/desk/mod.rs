//! The operations both faces offer, each written once: the command line and the workbench call
//! these, never the store's writes or SQL themselves. A `Desk` is an open database, the desk's
//! config and the reviewer whose name every change carries.

mod article;
mod claims;
mod export;
mod import;
pub mod quote;
mod review;

pub use article::{ArticleChanges, check_article_url};
pub use claims::{Locate, SplitAt};
pub use export::{ExportRequest, expand_home, parse_bundle, write_atomically};
pub use import::{ArticleMeta, article_files, parse_date, prepare};

use crate::config::Config;
use crate::error::{Error, Result};
use crate::model::Scale;
use crate::store::Store;
use std::path::Path;

pub struct Desk {
    store: Store,
    config: Config,
    reviewer: String,
}

impl Desk {
    pub fn new(store: Store, config: Config, reviewer: impl Into<String>) -> Desk {
        Desk {
            store,
            config,
            reviewer: reviewer.into(),
        }
    }

    /// Open (creating if needed) the database at `path`.
    pub fn open(path: &Path, config: Config, reviewer: impl Into<String>) -> Result<Desk> {
        Ok(Desk::new(Store::open(path)?, config, reviewer))
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

    /// The parts, for the workbench until it calls the desk for every change.
    pub fn into_parts(self) -> (Store, Config, String) {
        (self.store, self.config, self.reviewer)
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
