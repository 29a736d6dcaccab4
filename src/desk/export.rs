//! Reports out and in: render a report, write it to a path whole or not at all, and merge a
//! JSON bundle from another desk.

use super::Desk;
use crate::error::{Error, Result};
use crate::model::Status;
use crate::report::{self, Format, Rendered};
use crate::store::MergeSummary;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Which report: a format, and optionally one article and one status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportRequest {
    pub format: Format,
    pub article: Option<i64>,
    pub status: Option<Status>,
}

impl Desk {
    /// The report, rendered in memory.
    pub fn render(&self, request: &ExportRequest) -> Result<Rendered> {
        let report = self.store.report(request.article, request.status)?;
        Ok(report::render(&report, request.format, &self.config))
    }

    /// Render the report and write it to `path` atomically; returns it (for its warnings).
    pub fn export(&self, request: &ExportRequest, path: &Path) -> Result<Rendered> {
        let rendered = self.render(request)?;
        write_atomically(path, rendered.text.as_bytes())?;
        Ok(rendered)
    }

    /// Merge a bundle written by `export --format json` on another desk.
    pub fn import_report(&mut self, path: &Path) -> Result<MergeSummary> {
        let bundle = read_bundle(path)?;
        Ok(self.store.import_report(&bundle, &self.reviewer)?)
    }
}

/// Read a JSON bundle written by `export --format json`.
fn read_bundle(path: &Path) -> Result<crate::model::Report> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| Error::io(format!("cannot read {shown}"), e))?;
    parse_bundle(&shown, &bytes)
}

/// Parse the bytes of a JSON bundle called `shown` (what `import-report` reads, without the
/// file): the checks of its format, then the report. Any bytes give a report or one sentence.
pub fn parse_bundle(shown: &str, bytes: &[u8]) -> Result<crate::model::Report> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        Error::bad_input(format!(
            "{shown} is not JSON ({e}); give a file written by `export --format json`"
        ))
    })?;
    let format = value.get("format").and_then(|f| f.as_str()).unwrap_or("");
    if format != report::json::FORMAT {
        return Err(Error::bad_input(format!(
            "{shown} is not a claimdesk report (format \"{}\", expected \"{}\"); give a file written by `export --format json`",
            crate::safe::line(format, 40),
            report::json::FORMAT
        )));
    }
    serde_json::from_value(value).map_err(|e| {
        Error::bad_input(format!(
            "{shown} is a damaged claimdesk report ({e}); export it again"
        ))
    })
}

/// `~` or `~/…` at the start of a path typed in the workbench means the home folder (a shell
/// does this for the command line).
pub fn expand_home(typed: &str) -> PathBuf {
    let home = || directories::BaseDirs::new().map(|d| d.home_dir().to_path_buf());
    match typed.strip_prefix('~') {
        Some("") => home().unwrap_or_else(|| PathBuf::from(typed)),
        Some(rest) if rest.starts_with('/') => match home() {
            Some(h) => h.join(&rest[1..]),
            None => PathBuf::from(typed),
        },
        _ => PathBuf::from(typed),
    }
}

/// Write a file through a temporary name in the same folder, then rename: never half a file. A
/// new file gets the mode the user's umask gives (0666 less the umask); a file replaced keeps
/// its mode.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let what = || format!("cannot write {}", path.display());
    let kept = std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.permissions());
    let mut tmp = tempfile::Builder::new()
        .prefix(".claimdesk-")
        // open(2) applies the umask to this mode, as it does for any new file.
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(dir)
        .map_err(|e| Error::io(what(), e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(what(), e))?;
    if let Some(p) = kept {
        tmp.as_file()
            .set_permissions(p)
            .map_err(|e| Error::io(what(), e))?;
    }
    tmp.persist(path).map_err(|e| Error::io(what(), e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_new_file_gets_the_umask_mode_and_a_replaced_one_keeps_its_mode() {
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("new.md");
        write_atomically(&new, b"one").unwrap();
        let mode = std::fs::metadata(&new).unwrap().permissions().mode() & 0o777;
        // The process's umask, as Linux reports it.
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let umask = status
            .lines()
            .find_map(|l| l.strip_prefix("Umask:"))
            .map(|u| u32::from_str_radix(u.trim(), 8).unwrap())
            .unwrap();
        assert_eq!(
            mode,
            0o666 & !umask,
            "the umask decides, not tempfile's 0600"
        );
        std::fs::set_permissions(&new, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&new, b"two").unwrap();
        let mode = std::fs::metadata(&new).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert_eq!(std::fs::read_to_string(&new).unwrap(), "two");
    }

    #[test]
    fn a_tilde_means_the_home_folder() {
        let home = directories::BaseDirs::new()
            .unwrap()
            .home_dir()
            .to_path_buf();
        assert_eq!(expand_home("~/r.html"), home.join("r.html"));
        assert_eq!(expand_home("~"), home);
        assert_eq!(expand_home("a/~/b"), PathBuf::from("a/~/b"));
        assert_eq!(expand_home("~bob/x"), PathBuf::from("~bob/x"));
    }
}
