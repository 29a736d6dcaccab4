//! The claimdesk binary: parse the command line, run the command, turn a failure into one
//! sentence and its exit status.

use claimdesk::cli::{self, Cli};
use clap::Parser;
use std::io::Write;

/// mimalloc: extraction allocates many small strings and vectors; it is faster than the system
/// allocator for them (see README, Speed).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args = Cli::parse();
    if let Err(e) = cli::run(args, &claimdesk::tui::run) {
        // A closed pipe (`claimdesk claims | head`) is not an error worth a message.
        if !e.is_broken_pipe() {
            // A standard error that cannot be written is no reason to panic.
            let _ = writeln!(std::io::stderr(), "claimdesk: {}", cli::explain(&e));
        }
        std::process::exit(e.exit_code());
    }
}
