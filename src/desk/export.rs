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
    /// What the format may add (`--embed`, `--bom`).
    pub options: report::Options,
}

impl Desk {
    /// The report, rendered in memory.
    pub fn render(&self, request: &ExportRequest) -> Result<Rendered> {
        let report = self.store.report(request.article, request.status)?;
        Ok(report::render_with(
            &report,
            request.format,
            &self.config,
            request.options,
        ))
    }

    /// Render the report and write it to `path` atomically; returns it (for its warnings).
    pub fn export(&self, request: &ExportRequest, path: &Path) -> Result<Rendered> {
        let rendered = self.render(request)?;
        write_atomically(path, rendered.text.as_bytes())?;
        Ok(rendered)
    }

    /// Merge a bundle (see `read_bundle`) written by `export --format json` on another desk.
    /// Merge a bundle (see `read_bundle`) written by `export --format json` on another desk,
    /// checked first as the command line checks what a reviewer types (`bundle::check`): a bad
    /// bundle changes nothing. A verdict from a bundle written before verdicts kept the evidence
    /// their rating needed gets this desk's scale's need. Returns the merge and the warnings.
    pub fn import_report_checked(
        &mut self,
        bundle: &crate::model::Report,
    ) -> Result<(MergeSummary, Vec<String>)> {
        let mut bundle = bundle.clone();
        let warnings = super::bundle::check(&mut bundle, &self.config.scale)?;
        for c in bundle.articles.iter_mut().flat_map(|a| &mut a.claims) {
            for v in c.verdicts.iter_mut().chain(c.verdict.iter_mut()) {
                if v.evidence_needed.is_none() {
                    v.evidence_needed = Some(self.config.scale.evidence_needed(&v.rating));
                }
            }
        }
        let sum = self.store.import_report(&bundle, &self.reviewer)?;
        Ok((sum, warnings))
    }

    /// `import_report_checked` without its warnings.
    pub fn import_report(&mut self, bundle: &crate::model::Report) -> Result<MergeSummary> {
        Ok(self.import_report_checked(bundle)?.0)
    }
}

/// Read a JSON bundle written by `export --format json`: before the database is opened, so a
/// file that is not a bundle creates and changes nothing.
pub fn read_bundle(path: &Path) -> Result<crate::model::Report> {
    let shown = path.display().to_string();
    if path.is_dir() {
        return Err(Error::bad_input(format!(
            "{shown} is a folder; give a report file written by `export --format json`"
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => {
            Error::bad_input(format!("{shown}: no such file; check the path"))
        }
        _ => Error::io(format!("cannot read {shown}"), e),
    })?;
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
    if !report::json::READABLE.contains(&format) {
        return Err(Error::bad_input(format!(
            "{shown} is not a claimdesk report (format \"{}\", expected \"{}\"); give a file written by `export --format json`",
            crate::safe::line(format, 40),
            report::json::FORMAT
        )));
    }
    super::bundle::check_fields(shown, &value)?;
    let report: crate::model::Report = serde_json::from_value(value).map_err(|e| {
        Error::bad_input(format!(
            "{shown} is a damaged claimdesk report ({e}); export it again"
        ))
    })?;
    // An article whose text does not match its fingerprint: the file is damaged.
    for a in &report.articles {
        if crate::store::sha256_hex(&a.text) != a.article.sha256 {
            return Err(Error::bad_input(format!(
                "{shown} is a damaged claimdesk report (article \"{}\" does not match its sha256); export it again",
                crate::safe::line(&a.article.title, 80)
            )));
        }
    }
    Ok(report)
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

/// Write a report where the user said, whole or not at all where that is possible:
///
/// - a symbolic link is followed to its target (the link stays a link);
/// - a FIFO, a character or block device, or standard output (`/dev/stdout`, `/proc/self/fd/N`)
///   is opened and written directly: no temporary file, the node is left as it is;
/// - a regular file is written through a temporary name in its folder, then renamed over: never
///   half a file. A new file gets the mode the user's umask gives (0666 less the umask); a file
///   replaced keeps its mode.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let what = || format!("cannot write {}", path.display());
    let resolved = resolve_links(path).map_err(|e| Error::io(what(), e))?;
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => Err(Error::bad_input(format!(
            "{} is a folder; give a file name for the report",
            path.display()
        ))),
        Ok(m) if !m.is_file() => write_directly(path, bytes),
        Ok(_) if resolved.through_proc => write_directly(path, bytes),
        _ => replace(&resolved.path, bytes).map_err(|e| Error::io(what(), e)),
    }
}

/// Where a path's symbolic links lead: the last one's target, and whether the way passed through
/// `/proc` (standard output and the other open files of the process, whose targets are not paths
/// to rename over).
struct Resolved {
    path: PathBuf,
    through_proc: bool,
}

fn resolve_links(path: &Path) -> std::io::Result<Resolved> {
    let special = |p: &Path| p.starts_with("/proc") || p.starts_with("/dev/fd");
    let mut p = path.to_path_buf();
    let mut through_proc = special(&p);
    // As many links as Linux follows (MAXSYMLINKS).
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
                through_proc |= special(&p);
            }
            _ => {
                return Ok(Resolved {
                    path: p,
                    through_proc,
                });
            }
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// Open an existing FIFO, device or standard output and write to it.
fn write_directly(path: &Path, bytes: &[u8]) -> Result<()> {
    let what = || format!("cannot write {}", path.display());
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| Error::io(what(), e))?;
    f.write_all(bytes).map_err(|e| Error::io(what(), e))?;
    f.flush().map_err(|e| Error::io(what(), e))
}

/// Write a regular file through a temporary name in its folder, then rename.
fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let kept = std::fs::metadata(path)
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.permissions());
    let mut tmp = tempfile::Builder::new()
        .prefix(".claimdesk-")
        // open(2) applies the umask to this mode, as it does for any new file.
        .permissions(std::fs::Permissions::from_mode(0o666))
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    if let Some(p) = kept {
        tmp.as_file().set_permissions(p)?;
    }
    tmp.persist(path).map_err(|e| e.error)?;
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
    fn a_symbolic_link_stays_a_link_and_its_target_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.md");
        std::fs::write(&target, "old").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.md");
        std::os::unix::fs::symlink("real.md", &link).unwrap();
        write_atomically(&link, b"new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink(),
            "the link was replaced by a file"
        );
        assert_eq!(std::fs::read_link(&link).unwrap(), Path::new("real.md"));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        // A link to a file that does not exist yet creates the file.
        let dangling = dir.path().join("dangling.md");
        std::os::unix::fs::symlink(dir.path().join("later.md"), &dangling).unwrap();
        write_atomically(&dangling, b"later").unwrap();
        assert!(
            std::fs::symlink_metadata(&dangling)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            std::fs::read_to_string(dir.path().join("later.md")).unwrap(),
            "later"
        );
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        assert!(
            names.iter().all(|n| !n.starts_with(".claimdesk-")),
            "{names:?}"
        );
    }

    #[test]
    fn a_fifo_is_written_directly_to_its_reader() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let (tx, rx) = std::sync::mpsc::channel();
        {
            let fifo = fifo.clone();
            std::thread::spawn(move || tx.send(std::fs::read(fifo).unwrap()));
        }
        write_atomically(&fifo, b"through the pipe").unwrap();
        // A writer that renamed a file over the FIFO would leave the reader waiting for ever.
        let got = rx
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the reader got nothing through the FIFO");
        assert_eq!(got, b"through the pipe");
        assert!(
            std::fs::symlink_metadata(&fifo)
                .unwrap()
                .file_type()
                .is_fifo()
        );
    }

    #[test]
    fn a_full_device_fails_with_one_sentence_and_stays_a_device() {
        use std::os::unix::fs::FileTypeExt;
        let e = write_atomically(Path::new("/dev/full"), b"report").unwrap_err();
        let sentence = e.to_string();
        assert!(
            sentence.starts_with("cannot write /dev/full: "),
            "{sentence}"
        );
        assert!(!sentence.contains('\n'), "{sentence}");
        assert_eq!(e.exit_code(), 1);
        let m = std::fs::symlink_metadata("/dev/full").unwrap();
        assert!(m.file_type().is_char_device(), "/dev/full was replaced");
    }

    #[test]
    fn a_folder_is_refused_as_bad_input() {
        let dir = tempfile::tempdir().unwrap();
        let e = write_atomically(dir.path(), b"report").unwrap_err();
        assert_eq!(e.exit_code(), 2, "{e}");
        assert!(dir.path().is_dir());
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
