//! A desk for CLI tests: a database and a config file in a fresh temporary folder, and the real
//! binary run against them.
#![allow(dead_code)] // each test crate uses its own part

pub mod articles;
pub mod pty;

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

pub const FIXTURE: &str = "fixtures/vande-hei-soyuz.txt";

pub struct Desk {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
}

impl Desk {
    /// An empty desk; its config file (`config.toml` in the folder) does not exist yet.
    pub fn new() -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("desk.db");
        Desk { dir, db }
    }

    /// Another empty desk with the same config file.
    pub fn sibling(&self) -> Desk {
        let other = Desk::new();
        if let Ok(config) = std::fs::read(self.config()) {
            std::fs::write(other.config(), config).unwrap();
        }
        other
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn config(&self) -> PathBuf {
        self.path("config.toml")
    }

    /// The binary with this desk's database, config and reviewer, and nothing from the caller's
    /// environment.
    pub fn cmd(&self, reviewer: &str) -> Command {
        Command::from_std(self.std_cmd(reviewer))
    }

    /// The same as a `std::process::Command`, for what assert_cmd cannot set (standard output).
    pub fn std_cmd(&self, reviewer: &str) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_claimdesk"));
        cmd.env_remove("CLAIMDESK_DB")
            .env_remove("CLAIMDESK_REVIEWER")
            .env("CLAIMDESK_CONFIG", self.config())
            .env("NO_COLOR", "1")
            .arg("--db")
            .arg(&self.db)
            .args(["--reviewer", reviewer]);
        cmd
    }

    pub fn run(&self, reviewer: &str, args: &[&str]) -> Output {
        self.cmd(reviewer).args(args).output().unwrap()
    }

    /// Run as `reviewer`; the command must succeed. Returns standard output.
    pub fn ok(&self, reviewer: &str, args: &[&str]) -> String {
        let out = self.run(reviewer, args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Run as alice and parse standard output as JSON (give `--json` where the command needs it).
    pub fn json(&self, args: &[&str]) -> Value {
        let out = self.ok("alice", args);
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: not JSON: {e}"))
    }

    /// Import an article (published 2022-03-13); returns its id.
    pub fn import(&self, file: &Path) -> i64 {
        let v = self.json(&[
            "import",
            file.to_str().unwrap(),
            "--published",
            "2022-03-13",
            "--json",
        ]);
        v[0]["id"].as_i64().unwrap()
    }

    pub fn import_fixture(&self) -> i64 {
        self.import(Path::new(FIXTURE))
    }

    pub fn claims(&self) -> Value {
        self.json(&["claims", "--json"])
    }

    /// The id of the claim whose text contains `needle`.
    pub fn claim_containing(&self, needle: &str) -> String {
        self.claims()
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["text"].as_str().unwrap().contains(needle))
            .unwrap_or_else(|| panic!("no claim contains {needle:?}"))["id"]
            .to_string()
    }

    /// The names of the files in the desk's folder, sorted: what a command may not add to.
    pub fn file_names(&self) -> Vec<std::ffi::OsString> {
        let mut names: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    }

    pub fn article_count(&self) -> usize {
        self.json(&["articles", "--json"]).as_array().unwrap().len()
    }
}

/// How many of an exported article's values have no normalized form (a relative date without
/// the article's date, say).
pub fn unresolved_values(article: &Value) -> usize {
    article["claims"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["values"].as_array().unwrap().clone())
        .filter(|v| v["value"].is_null())
        .count()
}
