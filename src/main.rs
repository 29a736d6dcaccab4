//! The claimdesk binary: parse the command line, run the command, turn a failure into one
//! sentence and its exit status.

use claimdesk::cli::{self, Cli};
use clap::Parser;
use std::io::Write;

/// mimalloc: extraction allocates many small strings and vectors; it is faster than the system
/// allocator for them (see README, Speed). Built with `no_thp` (Cargo.toml): otherwise it asks
/// the kernel for transparent huge pages, and each fresh 2 MB region it touches is zeroed whole
/// on the first fault; in the workbench that doubled the CPU time of a key that reads another
/// article (`}` at 100,000 claims: 10 ms → 3.8 ms, peak memory 67 → 44 MB, measured from outside
/// with `examples/first_frame`), with extraction's own time unchanged.
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
