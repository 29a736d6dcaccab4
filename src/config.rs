//! `config.toml`: the desk's rating scale and its rules. Missing file: the defaults.
//!
//! ```toml
//! [scale]
//! min_evidence = 1                      # pieces of evidence a verdict needs
//! no_evidence_needed = ["unverifiable"] # ratings that need none
//! require_rationale = false
//!
//! [[scale.rating]]                      # best first; replaces the default seven
//! slug = "pants-on-fire"                # as typed and stored (made from the label if not given)
//! label = "Pants on Fire"               # as reports show it (ClaimReview alternateName)
//! value = 1                             # ClaimReview ratingValue; none: the rating has no value
//! colour = "red"
//!
//! [report]                              # for the ClaimReview export
//! organization = "Example Fact Check"
//! organization_url = "https://factcheck.example.org"
//! page_url = "https://factcheck.example.org/checks/soyuz.html"  # the published report page
//! base_url = "https://factcheck.example.org/checks/"            # or a folder (older configs)
//!
//! [import]
//! max_bytes = 20000000                  # the largest article file read (20 MB)
//!
//! [triage]                              # the workbench's review loop
//! reasons = ["opinion", "caption", "duplicate", "not checkable"]  # `d` then a letter; [] types one
//! advance = true                        # after a verdict or dismissal, go to the next claim to review
//!
//! [panel]                               # a review panel (none by default)
//! size = 3                              # 2 or 3 reviewers settle a claim
//! blind = true                          # no one sees the others' verdicts before giving their own
//! rule = "majority"                     # or "unanimous" (the default)
//! ```

use crate::model::{Panel, PanelRule, RatingInfo, Scale};
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Config {
    pub scale: Scale,
    pub report: ReportConfig,
    pub import: ImportConfig,
    pub triage: TriageConfig,
    /// The `[panel]` table: the desk's review panel (none: any two reviewers who differ dispute
    /// a claim).
    pub panel: Option<Panel>,
    /// The `[keys]` table as written, for the workbench's key table (`tui::keymap`), so the
    /// file is read and parsed once.
    pub keys: Option<toml::Value>,
    /// Where the config came from, to name it in messages about it.
    pub source: Option<String>,
}

/// Who publishes the fact checks, and where: used by the ClaimReview export.
#[derive(Debug, Clone, PartialEq, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportConfig {
    /// The fact-checking organisation, ClaimReview `author`.
    pub organization: Option<String>,
    pub organization_url: Option<String>,
    /// Where the verdicts are published; each claim gets a stable anchor under it.
    pub base_url: Option<String>,
    /// The page the report is published as: each claim's ClaimReview `url` is this page and the
    /// claim's anchor (`…/soyuz.html#claim-…`). Takes the place of `base_url`.
    pub page_url: Option<String>,
}

/// How imports read files.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportConfig {
    /// The largest file (or standard input) an import or `extract` reads, in bytes; a larger one
    /// is refused after reading one byte more, never read whole.
    pub max_bytes: u64,
}

/// The review loop of the workbench.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TriageConfig {
    /// Preset reasons for a dismissal, offered with a letter each (`d` then the letter); empty:
    /// `d` asks for a typed reason.
    pub reasons: Vec<String>,
    /// After a verdict or a dismissal, select the next claim that still needs review.
    pub advance: bool,
}

/// At most this many preset reasons: one letter each, a to z.
pub const MAX_REASONS: usize = 26;

impl Default for TriageConfig {
    fn default() -> Self {
        TriageConfig {
            reasons: ["opinion", "caption", "duplicate", "not checkable"]
                .map(String::from)
                .to_vec(),
            advance: true,
        }
    }
}

/// 20 MB: a long article is a few hundred KB; a saved page with inline images a few MB.
pub const DEFAULT_MAX_BYTES: u64 = 20_000_000;

impl Default for ImportConfig {
    fn default() -> Self {
        ImportConfig {
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read {0}: {1}")]
    Io(String, String),
    #[error("{0} is not valid: {1}; fix it or move it away to use the defaults")]
    Invalid(String, String),
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    scale: Option<ScaleFile>,
    #[serde(default)]
    report: Option<ReportConfig>,
    #[serde(default)]
    import: Option<ImportFile>,
    #[serde(default)]
    triage: Option<TriageConfig>,
    /// Key overrides, read by the workbench (`tui::keymap`).
    #[serde(default)]
    panel: Option<PanelFile>,
    #[serde(default)]
    keys: Option<toml::Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PanelFile {
    size: usize,
    #[serde(default)]
    blind: bool,
    #[serde(default)]
    rule: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScaleFile {
    min_evidence: Option<usize>,
    no_evidence_needed: Option<Vec<String>>,
    require_rationale: Option<bool>,
    rating: Option<Vec<RatingFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImportFile {
    max_bytes: Option<u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RatingFile {
    slug: Option<String>,
    label: String,
    value: Option<i64>,
    colour: Option<String>,
}

/// Where the config lives: `$CLAIMDESK_CONFIG`, else `claimdesk/config.toml` in the platform
/// config folder.
pub fn default_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CLAIMDESK_CONFIG") {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "claimdesk").map(|d| d.config_dir().join("config.toml"))
}

/// Load the config at `path`; a missing file gives the defaults.
pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
    let Some(path) = path else {
        return Ok(Config::default());
    };
    let shown = path.display().to_string();
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => return Err(ConfigError::Io(shown, e.to_string())),
    };
    parse(&shown, &text)
}

/// A rating's slug: 1 to 40 lower-case letters, digits or dashes.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 40
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub fn parse(name: &str, text: &str) -> Result<Config, ConfigError> {
    let invalid = |m: String| ConfigError::Invalid(name.to_string(), m);
    let file: File = toml::from_str(text).map_err(|e| invalid(e.message().to_string()))?;
    let mut scale = Scale::default();
    if let Some(s) = file.scale {
        if let Some(ratings) = s.rating {
            if ratings.is_empty() {
                return Err(invalid("[[scale.rating]] lists no ratings".into()));
            }
            let mut info = Vec::with_capacity(ratings.len());
            for r in ratings {
                let display = r.label.trim().to_string();
                let label = match r.slug.as_deref().map(str::trim) {
                    Some(slug) => slug.to_string(),
                    None if is_slug(&display) => display.clone(),
                    None => crate::model::slug_of(&display),
                };
                if !is_slug(&label) {
                    return Err(invalid(format!(
                        "rating slug \"{label}\" must be 1 to 40 lower-case letters, digits or dashes (give `slug = \"…\"` beside the label \"{display}\")"
                    )));
                }
                if info.iter().any(|i: &RatingInfo| i.label == label) {
                    return Err(invalid(format!("rating \"{label}\" is listed twice")));
                }
                info.push(RatingInfo {
                    display: if display == label {
                        crate::model::display_of(&label)
                    } else {
                        display
                    },
                    label,
                    value: r.value,
                    colour: r.colour.unwrap_or_else(|| "white".into()),
                });
            }
            scale.ratings = info.iter().map(|i| i.label.clone()).collect();
            scale.info = info;
            scale
                .no_evidence_needed
                .retain(|r| scale.ratings.contains(r));
        }
        if let Some(n) = s.min_evidence {
            scale.min_evidence = n;
        }
        if let Some(list) = s.no_evidence_needed {
            if let Some(bad) = list.iter().find(|r| !scale.ratings.contains(r)) {
                return Err(invalid(format!(
                    "no_evidence_needed names \"{bad}\", which is not a rating"
                )));
            }
            scale.no_evidence_needed = list;
        }
        if let Some(b) = s.require_rationale {
            scale.require_rationale = b;
        }
    }
    let mut import = ImportConfig::default();
    if let Some(n) = file.import.and_then(|i| i.max_bytes) {
        if n == 0 {
            return Err(invalid(
                "[import] max_bytes must be at least 1 (it is the largest file read, in bytes)"
                    .into(),
            ));
        }
        import.max_bytes = n;
    }
    let triage = file.triage.unwrap_or_default();
    if triage.reasons.len() > MAX_REASONS {
        return Err(invalid(format!(
            "[triage] reasons lists {} reasons; give at most {MAX_REASONS} (one letter each)",
            triage.reasons.len()
        )));
    }
    if triage.reasons.iter().any(|r| r.trim().is_empty()) {
        return Err(invalid(
            "[triage] reasons has an empty reason; write each as a few words".into(),
        ));
    }
    let panel = match file.panel {
        None => None,
        Some(p) => {
            if !matches!(p.size, 2 | 3) {
                return Err(invalid(format!(
                    "[panel] size is {}; a panel is 2 or 3 reviewers",
                    p.size
                )));
            }
            let rule = match p.rule.as_deref() {
                None => PanelRule::Unanimous,
                Some(r) => r.parse().map_err(|_| {
                    invalid(format!(
                        "[panel] rule \"{r}\" is not a rule; write \"unanimous\" or \"majority\""
                    ))
                })?,
            };
            Some(Panel {
                size: p.size,
                blind: p.blind,
                rule,
            })
        }
    };
    Ok(Config {
        scale,
        report: file.report.unwrap_or_default(),
        import,
        triage,
        panel,
        keys: file.keys,
        source: Some(name.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triage_reasons_and_advance_are_read_and_checked() {
        let c = parse("c", "").unwrap();
        assert_eq!(c.triage.reasons.len(), 4);
        assert!(c.triage.advance);
        let c = parse("c", "[triage]\nreasons = [\"satire\"]\nadvance = false\n").unwrap();
        assert_eq!(c.triage.reasons, vec!["satire".to_string()]);
        assert!(!c.triage.advance);
        let many = (0..27)
            .map(|i| format!("\"r{i}\""))
            .collect::<Vec<_>>()
            .join(",");
        let err = parse("c", &format!("[triage]\nreasons = [{many}]\n")).unwrap_err();
        assert!(err.to_string().contains("at most 26"), "{err}");
        assert!(parse("c", "[triage]\nreasons = [\" \"]\n").is_err());
        assert!(parse("c", "[triage]\nnext = true\n").is_err());
    }

    #[test]
    fn an_empty_file_gives_the_default_scale() {
        assert_eq!(parse("c", "").unwrap().scale, Scale::default());
    }

    #[test]
    fn a_custom_scale_replaces_the_default() {
        let c = parse(
            "c",
            "[scale]\nmin_evidence = 2\nrequire_rationale = true\nno_evidence_needed = []\n\
             [[scale.rating]]\nlabel = \"correct\"\nvalue = 3\ncolour = \"green\"\n\
             [[scale.rating]]\nlabel = \"wrong\"\nvalue = 1\n",
        )
        .unwrap();
        assert_eq!(c.scale.ratings, ["correct", "wrong"]);
        assert_eq!(c.scale.evidence_needed("wrong"), 2);
        assert!(c.scale.require_rationale);
        assert_eq!(c.scale.value_range(), Some((3, 1)));
    }

    #[test]
    fn the_import_limit_has_a_default_and_can_be_raised() {
        assert_eq!(parse("c", "").unwrap().import.max_bytes, DEFAULT_MAX_BYTES);
        let c = parse("c", "[import]\nmax_bytes = 50000000\n").unwrap();
        assert_eq!(c.import.max_bytes, 50_000_000);
        let e = parse("c.toml", "[import]\nmax_bytes = 0\n").unwrap_err();
        assert!(e.to_string().contains("at least 1"), "{e}");
    }

    #[test]
    fn mistakes_are_named() {
        let e = parse("c.toml", "[scale]\nmin_evidense = 2\n").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("c.toml is not valid: unknown field `min_evidense`"),
            "{e}"
        );
        let e = parse(
            "c.toml",
            "[[scale.rating]]\nslug = \"Pants On Fire\"\nlabel = \"x\"\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("lower-case"), "{e}");
    }

    #[test]
    fn a_rating_has_a_slug_and_a_display_label_and_old_configs_still_load() {
        let c = parse(
            "c",
            "[[scale.rating]]\nlabel = \"Pants on Fire!\"\nvalue = 0\n\
             [[scale.rating]]\nslug = \"flip\"\nlabel = \"Full Flop\"\n\
             [[scale.rating]]\nlabel = \"half-true\"\nvalue = 3\n",
        )
        .unwrap();
        assert_eq!(c.scale.ratings, ["pants-on-fire", "flip", "half-true"]);
        assert_eq!(c.scale.display("pants-on-fire"), "Pants on Fire!");
        assert_eq!(c.scale.display("flip"), "Full Flop");
        assert_eq!(c.scale.display("half-true"), "Half true");
        assert_eq!(c.scale.info("flip").unwrap().value, None);
    }
}
