//! The claimdesk binary: parse the command line, run the command, turn failures into one sentence.

use claimdesk::cli::Cli;
use claimdesk::commands::{self, Failure};
use clap::Parser;

fn main() {
    let cli = Cli::parse();
    let result = commands::run(cli, |store, reviewer, article| {
        claimdesk::tui::run(store, reviewer, article).map_err(Failure::from)
    });
    if let Err(failure) = result {
        // A closed pipe (`claimdesk claims | head`) is not an error worth a message.
        if !failure.message.contains("Broken pipe") {
            eprintln!("claimdesk: {}", failure.message);
        }
        std::process::exit(failure.code);
    }
}
