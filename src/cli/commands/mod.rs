//! What each subcommand does, one file per group (cargo's `src/bin/cargo/commands/` is the
//! model). Each calls the desk for what it changes and prints through `output`.

mod articles;
mod check;
mod claims;
mod import;
mod learn;
mod log;
mod precedents;
mod report;
mod review;

use super::args::{Cli, Command};
use crate::config;
use crate::desk::Desk;
use crate::error::{Error, Result};
use crate::store::{OpenMode, StoreError};
use std::path::{Path, PathBuf};

/// What every command needs to find the desk: the database and who is working.
pub struct Session {
    pub db: PathBuf,
    /// Whether `db` is the default path in the platform data folder (neither --db nor
    /// $CLAIMDESK_DB): only that folder is created when missing.
    pub default_db: bool,
    pub reviewer: String,
}

impl Session {
    pub fn new(cli: &Cli) -> Result<Session> {
        let (db, default_db) = database_path(cli)?;
        Ok(Session {
            db,
            default_db,
            reviewer: crate::desk::check_reviewer(&reviewer(cli))?,
        })
    }

    /// Open the desk with the config file read (once): for what uses the scale, the
    /// publisher's settings or the import limits (verdicts, reports, imports, the workbench).
    /// `mode` is what the command does to the database: only the commands that bring articles in
    /// create it, only the commands that change it open it for writing.
    /// A desk opened to write records the config's `[panel]` first (the statuses follow it).
    pub fn desk_with_config(&self, mode: OpenMode) -> Result<Desk> {
        let mut desk = self.open(mode, Self::config()?)?;
        if mode != OpenMode::ReadOnly && !desk.store().is_read_only() {
            desk.record_panel()?;
        }
        Ok(desk)
    }

    /// The config file, read.
    pub fn config() -> Result<config::Config> {
        Ok(config::load(config::default_path().as_deref())?)
    }

    /// Open the desk without reading the config: a mistake in config.toml does not stop the
    /// commands that do not use it.
    pub fn desk(&self, mode: OpenMode) -> Result<Desk> {
        self.open(mode, config::Config::default())
    }

    pub fn open(&self, mode: OpenMode, config: config::Config) -> Result<Desk> {
        // The default data folder is ours to create; a folder given with --db must exist.
        if mode == OpenMode::Create
            && self.default_db
            && let Some(folder) = self.db.parent()
        {
            std::fs::create_dir_all(folder).map_err(|e| {
                Error::io(
                    format!("cannot create the data folder {}", folder.display()),
                    e,
                )
            })?;
        }
        Desk::open_with(&self.db, mode, config, self.reviewer.clone())
    }
}

/// The workbench, given a desk and the article to show first; `main` passes `tui::run`, so the
/// command line stays free of the terminal.
pub type Workbench<'a> = &'a dyn Fn(Desk, Option<i64>) -> Result<()>;

/// Run one command.
pub fn run(cli: Cli, workbench: Workbench) -> Result<()> {
    // `extract` needs no database and no reviewer.
    if let Some(Command::Extract {
        file,
        published,
        json,
    }) = &cli.command
    {
        return import::extract(file, published.as_deref(), *json);
    }
    // `check FILE` needs no database either.
    if let Some(Command::Check {
        target: Some(target),
        published,
        all,
        json,
        dismiss: None,
        ..
    }) = &cli.command
        && !check::is_article_id(target)
    {
        return check::file(Path::new(target), published.as_deref(), *all, *json);
    }
    let session = Session::new(&cli)?;
    match cli.command {
        None => {
            require_terminal()?;
            // A database this user may not write is still worth reading: the workbench opens it
            // for browsing and says so; every change is refused with the store's sentence.
            let desk = match session.desk_with_config(OpenMode::Existing) {
                Err(Error::Store(StoreError::ReadOnlyFile { .. })) => {
                    session.desk_with_config(OpenMode::ReadOnly)?
                }
                other => other?,
            };
            workbench(desk, None)
        }
        Some(Command::Open { file, meta }) => import::open(&session, &file, &meta, workbench),
        Some(Command::Import { files, meta, json }) => {
            import::import(&session, &files, &meta, json)
        }
        // Handled above, before the session.
        Some(Command::Extract { .. }) => Ok(()),
        Some(Command::Articles { json }) => articles::list(&session, json),
        Some(Command::Article { command }) => articles::change(&session, command),
        Some(Command::Claims {
            article,
            status,
            kind,
            json,
        }) => claims::list(
            &session,
            &crate::store::ClaimFilter {
                article,
                status,
                kind,
                due_on: None,
            },
            json,
        ),
        Some(Command::Show { claim_id, json }) => claims::show(&session, claim_id, json),
        Some(Command::Claim { command }) => claims::change(&session, command),
        Some(Command::Source { command }) => review::source(&session, command),
        Some(Command::Evidence { command }) => review::evidence(&session, command),
        Some(Command::Verdict {
            claim_id,
            rating,
            rationale,
            recheck,
            json,
        }) => review::verdict(&session, claim_id, &rating, &rationale, recheck, json),
        Some(Command::Due { on, json }) => claims::due(&session, on.as_deref(), json),
        Some(Command::Log { claim, json }) => log::run(&session, claim, json),
        Some(Command::Export {
            article,
            status,
            format,
            output,
            embed,
            bom,
        }) => report::export(
            &session,
            article,
            status,
            format,
            output.as_deref(),
            crate::report::Options { embed, bom },
        ),
        Some(Command::ImportReport { file, json }) => report::import(&session, &file, json),
        Some(Command::Learn { json }) => learn::run(&session, json),
        Some(Command::Undo { json }) => claims::undo(&session, false, json),
        Some(Command::Redo { json }) => claims::undo(&session, true, json),
        Some(Command::Precedents {
            claim_id,
            limit,
            reuse,
            dismiss,
            json,
        }) => match (reuse, dismiss) {
            (Some(p), _) => precedents::reuse(&session, claim_id, p, json),
            (None, Some(p)) => precedents::dismiss(&session, claim_id, p, json),
            (None, None) => precedents::list(&session, claim_id, limit, json),
        },
        Some(Command::Agreement { json }) => precedents::agreement(&session, json),
        Some(Command::Check {
            dismiss: Some(key),
            target,
            reason,
            json,
            ..
        }) => check::dismiss(&session, &key, target.as_deref(), reason.as_deref(), json),
        Some(Command::Check {
            target,
            published,
            all,
            json,
            ..
        }) => check::article(
            &session,
            target.as_deref().unwrap_or_default(),
            published.as_deref(),
            all,
            json,
        ),
    }
}

/// Where the database is: --db, else $CLAIMDESK_DB (both through clap), else the platform data
/// folder; and whether it is that default.
fn database_path(cli: &Cli) -> Result<(PathBuf, bool)> {
    if let Some(p) = &cli.db {
        return Ok((p.clone(), false));
    }
    let dirs = directories::ProjectDirs::from("", "", "claimdesk").ok_or_else(|| {
        Error::Refused(
            "cannot find a data folder for this user; give the database with --db PATH".into(),
        )
    })?;
    Ok((dirs.data_dir().join("claimdesk.db"), true))
}

/// The reviewer: --reviewer, else $CLAIMDESK_REVIEWER (both through clap), else the login name.
fn reviewer(cli: &Cli) -> String {
    cli.reviewer
        .clone()
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("LOGNAME").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "reviewer".into())
}

/// The workbench needs a terminal on both ends; say so before anything changes.
fn require_terminal() -> Result<()> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
        Ok(())
    } else {
        Err(Error::Refused(crate::tui::strings::NOT_A_TERMINAL.into()))
    }
}
