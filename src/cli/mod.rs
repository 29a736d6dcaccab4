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
    let hint = match e {
        Error::Store(StoreError::NotFound { what, .. }) => match *what {
            "claim" => Some("`claimdesk claims` lists them"),
            "article" => Some("`claimdesk articles` lists them"),
            "source" => Some("`claimdesk source list` lists them"),
            "evidence" => Some("`claimdesk show CLAIM_ID` lists a claim's evidence"),
            _ => None,
        },
        _ => None,
    };
    let sentence = crate::safe::line(&e.to_string(), 2_000);
    match hint {
        Some(h) if !sentence.contains(h) => format!("{sentence}; {h}"),
        _ => sentence,
    }
}
