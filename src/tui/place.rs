//! Where the reviewer was when the workbench closed: the selected claim and its article, the
//! filters, the sort and the focused pane, kept as a small JSON file per database in the state
//! folder (`$CLAIMDESK_STATE`, else `$XDG_STATE_HOME/claimdesk`, else
//! `~/.local/state/claimdesk`) and restored on the next start. Best effort: a place that cannot
//! be read or written is skipped silently, never an error.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// The selected claim; when it has vanished, the first claim of `article`.
    pub claim: Option<i64>,
    pub article: Option<i64>,
    /// `position`, `score` or `status`.
    pub sort: String,
    pub status: Option<String>,
    /// A rating, or the verdict filter's "no verdict" (`unrated` is kept as `None` + flag).
    pub verdict: Option<String>,
    #[serde(default)]
    pub unrated: bool,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub mine: bool,
    /// `list`, `article` or `detail`.
    pub focus: String,
}

impl Place {
    /// Whether the place lists every claim in reading order (no sort, no filter): the first
    /// frame then needs only its article's rows.
    pub fn lists_all_in_order(&self) -> bool {
        matches!(self.sort.as_str(), "" | "position")
            && self.status.is_none()
            && self.verdict.is_none()
            && !self.unrated
            && self.kind.is_none()
            && !self.mine
    }
}

/// The state folder: `$CLAIMDESK_STATE`, else the XDG state home's `claimdesk`.
fn state_dir() -> Option<PathBuf> {
    let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(dir) = var("CLAIMDESK_STATE") {
        return Some(PathBuf::from(dir));
    }
    if let Some(dir) = var("XDG_STATE_HOME") {
        return Some(PathBuf::from(dir).join("claimdesk"));
    }
    var("HOME").map(|h| PathBuf::from(h).join(".local/state/claimdesk"))
}

/// The file of a database's place: named by a hash of its absolute path (FNV-1a, stable across
/// runs and builds).
pub fn file_for(db: &Path) -> Option<PathBuf> {
    let db = std::fs::canonicalize(db).unwrap_or_else(|_| db.to_path_buf());
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in db.to_string_lossy().bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    Some(state_dir()?.join(format!("place-{hash:016x}.json")))
}

/// The place saved for `db`, if there is one that reads.
pub fn load(db: &Path) -> Option<Place> {
    let text = std::fs::read_to_string(file_for(db)?).ok()?;
    serde_json::from_str(&text).ok()
}

/// Keep `place` for `db`: written to a temporary file and renamed, so a reader never sees half.
pub fn save(db: &Path, place: &Place) {
    let Some(file) = file_for(db) else {
        return;
    };
    let Some(dir) = file.parent() else {
        return;
    };
    let Ok(json) = serde_json::to_string_pretty(place) else {
        return;
    };
    let tmp = file.with_extension(format!("json.{}", std::process::id()));
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&tmp, json))
        .and_then(|()| std::fs::rename(&tmp, &file));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_reads_back_as_written() {
        let place = Place {
            claim: Some(7),
            article: Some(2),
            sort: "score".into(),
            status: Some("new".into()),
            verdict: None,
            unrated: true,
            kind: Some("quantity".into()),
            mine: true,
            focus: "article".into(),
        };
        let json = serde_json::to_string(&place).unwrap();
        assert_eq!(serde_json::from_str::<Place>(&json).unwrap(), place);
    }
}
