//! What each subcommand does: read input, call the extractor and the store, print the result.

use crate::cli::{
    ArticleMeta, ClaimCommand, Cli, Command, EvidenceCommand, Format, SourceArgs, SourceCommand,
    StanceArg,
};
use crate::config;
use crate::extract::{self, Extraction};
use crate::ingest;
use crate::model::{Stance, Status};
use crate::report;
use crate::store::{ClaimFilter, NewArticle, NewClaim, NewEvidence, NewSource, Store};
use chrono::NaiveDate;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A failure to report to the user: one sentence, and the exit status.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    /// 1 for a runtime error, 2 for a usage error.
    pub code: i32,
}

impl Failure {
    fn usage(message: impl Into<String>) -> Self {
        Failure {
            message: message.into(),
            code: 2,
        }
    }
}

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure {
            message: e.to_string(),
            code: 1,
        }
    }
}

type Result<T> = std::result::Result<T, Failure>;

/// Where the database is: --db, else $CLAIMDESK_DB (both through clap), else the platform data folder.
pub fn database_path(cli: &Cli) -> Result<PathBuf> {
    if let Some(p) = &cli.db {
        return Ok(p.clone());
    }
    let dirs = directories::ProjectDirs::from("", "", "claimdesk").ok_or_else(|| Failure {
        message: "cannot find a data folder for this user; give the database with --db PATH".into(),
        code: 1,
    })?;
    Ok(dirs.data_dir().join("claimdesk.db"))
}

/// The reviewer: --reviewer, else $CLAIMDESK_REVIEWER (both through clap), else the login name.
pub fn reviewer(cli: &Cli) -> String {
    cli.reviewer
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("LOGNAME").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "reviewer".into())
}

fn parse_date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| Failure {
        message: format!(
            "--published \"{s}\" is not a date; write it as YYYY-MM-DD, e.g. 2022-03-13"
        ),
        code: 1,
    })
}

/// Run one command. The TUI is started through `tui`, so this module stays free of the terminal.
pub fn run(cli: Cli, tui: impl FnOnce(Store, String, Option<i64>) -> Result<()>) -> Result<()> {
    let reviewer = reviewer(&cli);
    let mut out = std::io::stdout().lock();
    match cli.command {
        Some(Command::Extract {
            ref file,
            ref published,
            json,
        }) => {
            let published = published.as_deref().map(parse_date).transpose()?;
            let doc = ingest::read(file)?;
            let published = published.or(doc.published);
            let extraction = extract::extract(&doc.text, published);
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&extraction)?)?;
            } else {
                print_extraction(&mut out, &extraction)?;
            }
            Ok(())
        }
        None => {
            require_terminal()?;
            let store = open_store(&cli)?;
            drop(out);
            tui(store, reviewer, None)
        }
        Some(Command::Open { ref file, ref meta }) => {
            // Before the import: `open` in a script must change nothing.
            require_terminal()?;
            let prepared = prepare(std::slice::from_ref(file), meta)?;
            let mut store = open_store(&cli)?;
            let imported = store.import_all(&prepared, &reviewer)?;
            drop(out);
            tui(store, reviewer, imported.first().map(|(a, _)| a.id))
        }
        Some(Command::Import {
            ref files,
            ref meta,
            json,
        }) => {
            if files.len() > 1 && (meta.title.is_some() || meta.url.is_some()) {
                return Err(Failure::usage(
                    "--title and --url describe one article; import the files one at a time to give them",
                ));
            }
            let files = expand_folders(files)?;
            let prepared = prepare(&files, meta)?;
            let mut store = open_store(&cli)?;
            let imported = store.import_all(&prepared, &reviewer)?;
            if json {
                let list: Vec<_> = imported
                    .iter()
                    .map(|(a, created)| with_field(a, "created", *created))
                    .collect();
                writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
            } else {
                for ((a, created), file) in imported.iter().zip(&files) {
                    let what = if *created {
                        "imported"
                    } else {
                        "already imported"
                    };
                    writeln!(
                        out,
                        "{what} {} as article {}: {} claims  {}",
                        file.display(),
                        a.id,
                        a.claim_count,
                        a.title
                    )?;
                }
            }
            Ok(())
        }
        Some(Command::Articles { json }) => {
            let store = open_store(&cli)?;
            let articles = store.articles()?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&articles)?)?;
            } else if articles.is_empty() {
                writeln!(
                    out,
                    "No articles yet; import one with `claimdesk import FILE`."
                )?;
            } else {
                writeln!(
                    out,
                    "{:>4}  {:>6}  {:>8}  {:<10}  TITLE",
                    "ID", "CLAIMS", "REVIEWED", "PUBLISHED"
                )?;
                for a in articles {
                    writeln!(
                        out,
                        "{:>4}  {:>6}  {:>8}  {:<10}  {}",
                        a.id,
                        a.claim_count,
                        a.reviewed,
                        a.published.as_deref().unwrap_or("-"),
                        one_line(&a.title, 80)
                    )?;
                }
            }
            Ok(())
        }
        Some(Command::Claims {
            article,
            ref status,
            json,
        }) => {
            let status = status.as_deref().map(parse_status).transpose()?;
            let store = open_store(&cli)?;
            let claims = store.claims(&ClaimFilter { article, status })?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&claims)?)?;
            } else {
                for c in claims {
                    writeln!(
                        out,
                        "{:>5}  {:<9}  {:.2}  {:<12}  {}",
                        c.claim.id,
                        c.claim.status.as_str(),
                        c.claim.score,
                        c.verdict.as_ref().map_or("-", |v| v.rating.as_str()),
                        one_line(&c.claim.text, 100)
                    )?;
                }
            }
            Ok(())
        }
        Some(Command::Show { claim_id, json }) => {
            let store = open_store(&cli)?;
            let detail = store.claim(claim_id)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&detail)?)?;
            } else {
                let c = &detail.claim;
                writeln!(
                    out,
                    "Claim {} (article {}, chars {}..{}): {}",
                    c.id,
                    c.article_id,
                    c.start,
                    c.end,
                    c.status.as_str()
                )?;
                writeln!(out, "  {}", one_line(&c.text, 10_000))?;
                writeln!(out, "  score {:.2}  cues: {}", c.score, c.cues.join(", "))?;
                if let Some(s) = &c.subject {
                    writeln!(out, "  subject: {s}")?;
                }
                for v in &detail.values {
                    writeln!(out, "  {}", value_line(v.kind, &v.text, v.value.as_deref()))?;
                }
                for e in &detail.evidence {
                    writeln!(
                        out,
                        "  evidence {} [{}] {} by {}",
                        e.id,
                        e.stance.as_str(),
                        e.source.url,
                        e.reviewer
                    )?;
                    if let Some(q) = &e.quote {
                        writeln!(out, "    “{}”", one_line(q, 200))?;
                    }
                }
                for v in &detail.verdicts {
                    writeln!(
                        out,
                        "  verdict {}: {} by {} at {}",
                        v.id, v.rating, v.reviewer, v.at
                    )?;
                    if !v.rationale.is_empty() {
                        writeln!(out, "    {}", one_line(&v.rationale, 200))?;
                    }
                }
            }
            Ok(())
        }
        Some(Command::Source { ref command }) => {
            let mut store = open_store(&cli)?;
            match command {
                SourceCommand::Add {
                    claim_id,
                    source,
                    evidence,
                    json,
                } => {
                    let new = NewEvidence {
                        source_id: None,
                        source: new_source(source),
                        quote: evidence.quote.clone(),
                        stance: stance_of(evidence.stance),
                        note: evidence.note.clone(),
                    };
                    let e = store.add_evidence(*claim_id, &new, &reviewer)?;
                    emit(&mut out, *json, &e, |o| print_evidence_added(o, &e))
                }
                SourceCommand::List { json } => {
                    let sources = store.sources()?;
                    let list: Vec<_> = sources
                        .iter()
                        .map(|(s, n)| with_field(s, "evidence", *n))
                        .collect();
                    emit(&mut out, *json, &list, |o| {
                        for (s, n) in &sources {
                            writeln!(
                                o,
                                "{:>4}  {:>3} cited  {}  {}",
                                s.id,
                                n,
                                s.url,
                                s.title
                                    .as_deref()
                                    .map(|t| one_line(t, 60))
                                    .unwrap_or_default()
                            )?;
                        }
                        Ok(())
                    })
                }
                SourceCommand::Remove { source_id, json } => {
                    let s = store.remove_source(*source_id, &reviewer)?;
                    emit(&mut out, *json, &s, |o| {
                        writeln!(o, "removed source {} ({})", s.id, s.url)
                    })
                }
            }
        }
        Some(Command::Evidence { ref command }) => {
            let mut store = open_store(&cli)?;
            match command {
                EvidenceCommand::Add {
                    claim_id,
                    source,
                    url,
                    title,
                    publisher,
                    accessed,
                    archive,
                    evidence,
                    json,
                } => {
                    let new = NewEvidence {
                        source_id: *source,
                        source: NewSource {
                            url: url.clone().unwrap_or_default(),
                            title: title.clone(),
                            publisher: publisher.clone(),
                            accessed: accessed.clone(),
                            archive_url: archive.clone(),
                        },
                        quote: evidence.quote.clone(),
                        stance: stance_of(evidence.stance),
                        note: evidence.note.clone(),
                    };
                    let e = store.add_evidence(*claim_id, &new, &reviewer)?;
                    emit(&mut out, *json, &e, |o| print_evidence_added(o, &e))
                }
                EvidenceCommand::Remove { evidence_id, json } => {
                    let e = store.remove_evidence(*evidence_id, &reviewer, None)?;
                    emit(&mut out, *json, &e, |o| {
                        writeln!(o, "removed evidence {} from claim {}", e.id, e.claim_id)
                    })
                }
            }
        }
        Some(Command::Claim { ref command }) => {
            let mut store = open_store(&cli)?;
            let (detail, json) = match command {
                ClaimCommand::Add {
                    article,
                    span,
                    quote,
                    json,
                } => {
                    let text = store.article_text(*article)?;
                    let (start, end) = match (span, quote) {
                        (Some(span), _) => parse_span(span)?,
                        (None, Some(q)) => find_once(&text, q, *article)?,
                        (None, None) => {
                            return Err(Failure::usage("give --span START..END or --quote TEXT"));
                        }
                    };
                    let sentence = extract::sentence_index_at(&text, start);
                    (
                        store.add_claim(
                            &NewClaim {
                                article_id: *article,
                                start,
                                end,
                                sentence,
                            },
                            &reviewer,
                        )?,
                        *json,
                    )
                }
                ClaimCommand::Edit {
                    claim_id,
                    text,
                    json,
                } => (store.edit_claim(*claim_id, text, &reviewer, None)?, *json),
                ClaimCommand::Split {
                    claim_id,
                    at,
                    before,
                    json,
                } => {
                    let at = match (at, before) {
                        (Some(at), _) => *at,
                        (None, Some(b)) => {
                            let claim = store.claim(*claim_id)?.claim;
                            let text = store.article_text(claim.article_id)?;
                            let span: String = text
                                .chars()
                                .skip(claim.start)
                                .take(claim.end - claim.start)
                                .collect();
                            let (s, _) = find_once(&span, b, claim.article_id).map_err(|_| Failure {
                                message: format!("\"{b}\" does not occur exactly once in claim {claim_id}; give --at N instead"),
                                code: 1,
                            })?;
                            s
                        }
                        (None, None) => return Err(Failure::usage("give --at N or --before TEXT")),
                    };
                    let (first, second) = store.split_claim(*claim_id, at, &reviewer, None)?;
                    if *json {
                        writeln!(out, "{}", serde_json::to_string_pretty(&[&first, &second])?)?;
                    } else {
                        writeln!(
                            out,
                            "claim {} split: {} | {}",
                            first.claim.id,
                            one_line(&first.claim.text, 60),
                            one_line(&second.claim.text, 60)
                        )?;
                        writeln!(out, "new claim {}", second.claim.id)?;
                    }
                    return Ok(());
                }
                ClaimCommand::Merge {
                    claim_id,
                    other,
                    json,
                } => (
                    store.merge_claims(*claim_id, *other, &reviewer, None)?,
                    *json,
                ),
                ClaimCommand::Dismiss {
                    claim_id,
                    reason,
                    json,
                } => (
                    store.dismiss_claim(*claim_id, reason, &reviewer, None)?,
                    *json,
                ),
                ClaimCommand::Restore { claim_id, json } => {
                    (store.restore_claim(*claim_id, &reviewer, None)?, *json)
                }
            };
            emit(&mut out, json, &detail, |o| {
                writeln!(
                    o,
                    "claim {} ({}): {}",
                    detail.claim.id,
                    detail.claim.status.as_str(),
                    one_line(&detail.claim.text, 100)
                )
            })
        }
        Some(Command::Log { claim, json }) => {
            let store = open_store(&cli)?;
            if let Some(id) = claim {
                // An unknown claim is an error, unless it existed once (merged away): then its events show.
                if store.claim(id).is_err() && store.events(Some(id))?.is_empty() {
                    store.claim(id)?;
                }
            }
            let events = store.events(claim)?;
            emit(&mut out, json, &events, |o| {
                for e in &events {
                    let claim = match e.claim_id {
                        Some(c) if e.entity != "claim" || c != e.entity_id => {
                            format!(" (claim {c})")
                        }
                        _ => String::new(),
                    };
                    writeln!(
                        o,
                        "{:>5}  {}  {:<12}  {:<16} {} {}{}",
                        e.id,
                        e.at,
                        one_line(&e.actor, 12),
                        e.action,
                        e.entity,
                        e.entity_id,
                        claim
                    )?;
                }
                Ok(())
            })
        }
        Some(Command::Verdict {
            claim_id,
            ref rating,
            ref rationale,
            json,
        }) => {
            let config = config::load(config::default_path().as_deref())?;
            let mut store = open_store(&cli)?;
            let verdict =
                store.add_verdict(claim_id, rating, rationale, &reviewer, &config.scale)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&verdict)?)?;
            } else {
                writeln!(
                    out,
                    "claim {claim_id}: {} by {}",
                    verdict.rating, verdict.reviewer
                )?;
            }
            Ok(())
        }
        Some(Command::ImportReport { ref file, json }) => {
            let bundle = read_bundle(file)?;
            let mut store = open_store(&cli)?;
            let sum = store.import_report(&bundle, &reviewer)?;
            emit(&mut out, json, &sum, |o| {
                writeln!(
                    o,
                    "merged {}: {} articles, {} claims, {} sources, {} evidence, {} verdicts, {} events added",
                    file.display(),
                    sum.articles,
                    sum.claims,
                    sum.sources,
                    sum.evidence,
                    sum.verdicts,
                    sum.events
                )?;
                for c in &sum.conflicts {
                    writeln!(o, "conflict: {c}")?;
                }
                Ok(())
            })
        }
        Some(Command::Export {
            article,
            ref status,
            format,
            ref output,
        }) => {
            let status = status.as_deref().map(parse_status).transpose()?;
            // Only the formats that show the scale or the publisher read the config.
            let config = match format {
                Format::ClaimReview | Format::Html | Format::Markdown => {
                    config::load(config::default_path().as_deref())?
                }
                _ => config::Config::default(),
            };
            let store = open_store(&cli)?;
            let report = store.report(article, status)?;
            let rendered = report::render(&report, format.into(), &config);
            for w in &rendered.warnings {
                eprintln!("claimdesk: warning: {w}");
            }
            match output {
                Some(path) => write_atomically(path, rendered.text.as_bytes())?,
                None => out.write_all(rendered.text.as_bytes())?,
            }
            Ok(())
        }
    }
}

/// Read a JSON bundle written by `export --format json`.
fn read_bundle(path: &Path) -> Result<crate::model::Report> {
    let shown = path.display();
    let bytes = std::fs::read(path).map_err(|e| Failure {
        message: format!("cannot read {shown}: {e}"),
        code: 1,
    })?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| Failure {
        message: format!(
            "{shown} is not JSON ({e}); give a file written by `claimdesk export --format json`"
        ),
        code: 1,
    })?;
    let format = value.get("format").and_then(|f| f.as_str()).unwrap_or("");
    if format != report::json::FORMAT {
        return Err(Failure {
            message: format!(
                "{shown} is not a claimdesk report (format \"{format}\", expected \"{}\"); give a file written by `claimdesk export --format json`",
                report::json::FORMAT
            ),
            code: 1,
        });
    }
    serde_json::from_value(value).map_err(|e| Failure {
        message: format!("{shown} is a damaged claimdesk report ({e}); export it again"),
        code: 1,
    })
}

fn parse_status(s: &str) -> Result<Status> {
    Status::parse(s).ok_or_else(|| {
        Failure::usage(format!(
            "\"{s}\" is not a status; use one of: new, in-review, reviewed, disputed, dismissed"
        ))
    })
}

/// The workbench needs a terminal on both ends; say so before anything changes.
fn require_terminal() -> Result<()> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        Ok(())
    } else {
        Err(Failure {
            message: crate::tui::strings::NOT_A_TERMINAL.into(),
            code: 1,
        })
    }
}

/// A record as a JSON object with one more field.
fn with_field<T: serde::Serialize>(
    record: &T,
    key: &str,
    value: impl Into<serde_json::Value>,
) -> serde_json::Value {
    let mut v = serde_json::to_value(record).unwrap_or_default();
    v[key] = value.into();
    v
}

/// Print `value` as JSON, or the human form.
fn emit<T: serde::Serialize>(
    out: &mut impl Write,
    json: bool,
    value: &T,
    human: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(value)?)?;
    } else {
        human(out)?;
    }
    Ok(())
}

fn print_evidence_added(o: &mut dyn Write, e: &crate::model::Evidence) -> std::io::Result<()> {
    writeln!(
        o,
        "added {} to claim {} as evidence {} ({})",
        e.source.url,
        e.claim_id,
        e.id,
        e.stance.as_str()
    )
}

fn new_source(a: &SourceArgs) -> NewSource {
    NewSource {
        url: a.url.clone(),
        title: a.title.clone(),
        publisher: a.publisher.clone(),
        accessed: a.accessed.clone(),
        archive_url: a.archive.clone(),
    }
}

/// "START..END" in characters.
fn parse_span(s: &str) -> Result<(usize, usize)> {
    let bad = || {
        Failure::usage(format!(
            "--span \"{s}\" is not START..END; write it as e.g. 120..180"
        ))
    };
    let (a, b) = s.split_once("..").ok_or_else(bad)?;
    Ok((
        a.trim().parse().map_err(|_| bad())?,
        b.trim().parse().map_err(|_| bad())?,
    ))
}

/// The character span of `quote` in `text`, when it occurs exactly once.
fn find_once(text: &str, quote: &str, article: i64) -> Result<(usize, usize)> {
    let quote = quote.trim();
    if quote.is_empty() {
        return Err(Failure {
            message: "the quote is empty; give text of the article".into(),
            code: 1,
        });
    }
    let mut hits = text.match_indices(quote);
    let first = hits.next();
    let (Some((at, _)), None) = (first, hits.next()) else {
        return Err(Failure {
            message: if first.is_some() {
                format!(
                    "\"{quote}\" occurs more than once in article {article}; quote more of it or give --span"
                )
            } else {
                format!(
                    "\"{quote}\" does not occur in article {article}; quote its text exactly or give --span"
                )
            },
            code: 1,
        });
    };
    let start = text[..at].chars().count();
    Ok((start, start + quote.chars().count()))
}

fn open_store(cli: &Cli) -> Result<Store> {
    Ok(Store::open(&database_path(cli)?)?)
}

fn stance_of(s: StanceArg) -> Stance {
    match s {
        StanceArg::Supports => Stance::Supports,
        StanceArg::Refutes => Stance::Refutes,
        StanceArg::Mixed => Stance::Mixed,
        StanceArg::Context => Stance::Context,
    }
}

/// The article files in a folder (not its subfolders), in name order.
fn article_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Failure {
        message: format!("cannot read the folder {}: {e}", dir.display()),
        code: 1,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && ingest::is_article_file(p))
        .collect();
    if files.is_empty() {
        return Err(Failure {
            message: format!(
                "{} holds no article files (.txt, .md, .html); give a file or another folder",
                dir.display()
            ),
            code: 1,
        });
    }
    files.sort();
    Ok(files)
}

/// Folders given to `import` stand for the article files in them.
fn expand_folders(files: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::with_capacity(files.len());
    for f in files {
        if f.is_dir() {
            out.extend(article_files(f)?);
        } else {
            out.push(f.clone());
        }
    }
    Ok(out)
}

/// Read and extract every file before touching the database, so one bad file imports nothing.
/// A progress bar shows on a terminal (indicatif draws nothing when stderr is piped).
fn prepare(files: &[PathBuf], meta: &ArticleMeta) -> Result<Vec<(NewArticle, Extraction)>> {
    let published = meta.published.as_deref().map(parse_date).transpose()?;
    let progress = if files.len() > 1 {
        indicatif::ProgressBar::new(files.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    progress.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let out = files
        .iter()
        .map(|file| {
            progress.set_message(file.display().to_string());
            progress.inc(1);
            let doc = ingest::read(file)?;
            let published = published.or(doc.published);
            let extraction = extract::extract(&doc.text, published);
            let title = meta
                .title
                .clone()
                .or(doc.title)
                .unwrap_or_else(|| file_stem(file));
            Ok((
                NewArticle {
                    title,
                    url: meta.url.clone().or(doc.url),
                    author: doc.author,
                    published,
                    text: doc.text,
                },
                extraction,
            ))
        })
        .collect();
    progress.finish_and_clear();
    out
}

fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "untitled".into(), |s| s.to_string_lossy().into_owned())
}

/// Write a file through a temporary name in the same folder, then rename: never half a file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let fail = |e: &dyn std::fmt::Display| Failure {
        message: format!("cannot write {}: {e}", path.display()),
        code: 1,
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| fail(&e))?;
    tmp.write_all(bytes).map_err(|e| fail(&e))?;
    tmp.persist(path).map_err(|e| fail(&e.error))?;
    Ok(())
}

fn print_extraction(out: &mut impl Write, x: &Extraction) -> std::io::Result<()> {
    writeln!(
        out,
        "{} sentences, {} values, {} claims",
        x.sentences.len(),
        x.values.len(),
        x.claims.len()
    )?;
    for c in &x.claims {
        writeln!(out, "\n[{:.2}] {}", c.score, one_line(&c.text, 10_000))?;
        for &i in &c.values {
            if let Some(v) = x.values.get(i) {
                writeln!(
                    out,
                    "    {}",
                    value_line(v.kind, &v.text, v.value.as_deref())
                )?;
            }
        }
    }
    Ok(())
}

/// A value as the human-readable output shows it: kind, text, normalized form.
fn value_line(kind: crate::extract::ValueKind, text: &str, value: Option<&str>) -> String {
    format!(
        "{:<9} {:<24} → {}",
        kind.as_str(),
        one_line(text, 24),
        value.unwrap_or("?")
    )
}

/// Text on one line, control characters made visible, cut to `max` characters.
pub fn one_line(s: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        out.push(match c {
            '\n' | '\t' | '\r' => ' ',
            c if c.is_control() => '\u{FFFD}',
            c => c,
        });
    }
    out
}
