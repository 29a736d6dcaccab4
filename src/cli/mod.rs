//! The command line: its grammar (`args`), what each subcommand does (`commands`, one file per
//! group), and printing in one place (`output`).

pub mod args;
mod commands;
pub mod output;

pub use args::Cli;
pub use commands::{Workbench, run};

use crate::error::Error;
use crate::store::StoreError;

/// The sentence the command line prints for an error: the error's own, with what to type next
/// where the command line can say it better than the layer that failed.
pub fn explain(e: &Error) -> String {
    let hint: Option<String> = match e {
        Error::Store(StoreError::NotFound { what, .. }) => match *what {
            "claim" => Some("`claimdesk claims` lists them".into()),
            "article" => Some("`claimdesk articles` lists them".into()),
            "source" => Some("`claimdesk source list` lists them".into()),
            "evidence" => Some("`claimdesk show CLAIM_ID` lists a claim's evidence".into()),
            _ => None,
        },
        Error::Store(StoreError::EvidenceNeeded { claim, .. }) => {
            Some(format!("`claimdesk source add {claim} --url URL` adds one"))
        }
        Error::Store(StoreError::Missing { .. }) => {
            Some("import an article first with `claimdesk import FILE`".into())
        }
        Error::Store(StoreError::NoFolder { .. }) => {
            Some("create it first or give another path with --db".into())
        }
        Error::Store(
            StoreError::NotADatabase { .. }
            | StoreError::Foreign { .. }
            | StoreError::Open { .. }
            | StoreError::ReadOnly,
        ) => Some("or give another path with --db".into()),
        _ => None,
    };
    let sentence = crate::safe::line(&e.to_string(), 2_000);
    match hint {
        Some(h) => format!("{sentence}; {h}"),
        None => sentence,
    }
}
