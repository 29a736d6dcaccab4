//! The workbench in a pseudo-terminal: the command that opens it on the fixture, shared by the
//! end-to-end tests.

use portable_pty::CommandBuilder;
use std::path::Path;

/// The workbench on the fixture as `reviewer`, with the desk's database and config.
pub fn workbench(db: &Path, config: &Path, reviewer: &str) -> CommandBuilder {
    let mut cmd = CommandBuilder::new(assert_cmd::cargo::cargo_bin("claimdesk"));
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd.arg("--db");
    cmd.arg(db);
    cmd.args([
        "--reviewer",
        reviewer,
        "open",
        "fixtures/vande-hei-soyuz.txt",
        "--published",
        "2022-03-13",
    ]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("CLAIMDESK_CONFIG", config);
    cmd.env_remove("NO_COLOR");
    cmd.env_remove("CLAIMDESK_DB");
    cmd
}
