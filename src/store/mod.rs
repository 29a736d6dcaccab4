//! SQLite storage: opening (pragmas, migrations), typed rows in and out, one transaction per change.
//!
//! The schema is built by numbered migrations, `migrations/NNNN_<what>.sql` at the top of the
//! repository, embedded in `MIGRATIONS` in order. `PRAGMA user_version` holds the number of the
//! last one a database has run; opening it runs the rest, each in the exclusive transaction that
//! also sets `user_version` to its number. A released migration never changes: a change to the
//! schema is a new file, appended to `MIGRATIONS`, together with the same change in `schema.sql`,
//! the readable whole current schema (tests/migrations.rs checks that both give the same schema
//! and that the files are numbered 1..N without gaps). Pragmas stay outside migrations.

mod article_edit;
mod articles;
mod claims;
mod edit;
mod events;
mod findings;
mod merge;
mod panel;
mod precedent;
mod review;
mod rows;
mod score;
pub mod search;
mod undo;

pub use article_edit::{ArticleUpdate, Revalued};
pub use articles::NewArticle;
pub use articles::sha256_hex;
pub use claims::ClaimFilter;
pub use edit::{Holdings, NewClaim};
pub use findings::Dismissal;
pub use merge::MergeSummary;
pub use panel::Rated;
pub use precedent::Candidate;
pub use review::{NewEvidence, NewSource, normalize_url};
pub use score::{DeskModel, Labelled, NewDeskModel, Scored};
pub use undo::{UndoEntry, UndoKind};

use rows::{ARTICLE_COLUMNS, article_row};
use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// One migration: a file of `migrations/` and its SQL.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    /// The file name, `NNNN_<what>.sql`; NNNN is the schema version it brings a database to.
    pub name: &'static str,
    pub sql: &'static str,
}

macro_rules! migration {
    ($file:literal) => {
        Migration {
            name: $file,
            sql: include_str!(concat!("../../migrations/", $file)),
        }
    };
}

/// The migrations, in order: entry N-1 brings a database to version N. Append only: a released
/// entry (and its file) never changes.
pub const MIGRATIONS: &[Migration] = &[
    migration!("0001_initial.sql"),
    migration!("0002_article_edit_event.sql"),
    migration!("0003_merge_lookup_indexes.sql"),
    migration!("0004_value_kinds.sql"),
    migration!("0005_atomic_claims.sql"),
    migration!("0006_publish_identity.sql"),
    migration!("0007_desk_score.sql"),
    migration!("0008_event_kinds.sql"),
    migration!("0009_recheck.sql"),
    migration!("0010_undo_stack.sql"),
    migration!("0011_precedents_panel.sql"),
    migration!("0012_assignments.sql"),
    migration!("0013_finding_dismissals.sql"),
    migration!("0014_suggestion_dismissals.sql"),
    migration!("0015_restore_dismissals.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("there is no {what} with id {id}")]
    NotFound { what: &'static str, id: i64 },
    #[error(
        "{path} was written by a newer claimdesk (schema version {found}, this binary knows {supported}); upgrade claimdesk to open it"
    )]
    NewerSchema {
        path: String,
        found: i64,
        supported: i64,
    },
    #[error("cannot open the database {path}: {reason}")]
    Open { path: String, reason: String },
    #[error(
        "{path} is not a claimdesk database (it is not SQLite or it is damaged); use another database file"
    )]
    NotADatabase { path: String },
    #[error("the database is busy with another claimdesk process; try again in a moment")]
    Busy,
    #[error("the database is read-only; check the permissions of the file and its folder")]
    ReadOnly,
    #[error(
        "the database {path} is read-only, so this command cannot change it; check the permissions of the file and its folder"
    )]
    ReadOnlyFile { path: String },
    #[error(
        "the database {path} was written by an older claimdesk and must be upgraded, but it is read-only; open it once with write permission"
    )]
    OldReadOnly { path: String },
    /// A reading command (or a change) on a database file that does not exist.
    #[error("there is no database at {path}")]
    Missing { path: String },
    #[error("cannot create the database {path}: there is no folder {folder}")]
    NoFolder { path: String, folder: String },
    /// Internal to opening for reading: the schema is older than this binary's.
    #[error("the database must be upgraded")]
    NeedsMigration,
    /// The evidence gate: a verdict with this rating needs more evidence than the claim has.
    #[error(
        "a \"{rating}\" verdict needs at least {needed} piece{} of evidence and claim {claim} has {have}; add a source to it first",
        if *needed == 1 { "" } else { "s" }
    )]
    EvidenceNeeded {
        claim: i64,
        rating: String,
        needed: usize,
        have: usize,
    },
    /// A merged report that cannot be right: spans outside its article, text that does not match
    /// its sha256, an event this version does not know.
    #[error("{0}")]
    DamagedReport(String),
    /// A file that holds another application's tables.
    #[error("{path} already holds tables that are not claimdesk's; use another database file")]
    Foreign { path: String },
    #[error("{0}")]
    Invalid(String),
    #[error(
        "claim {claim} was changed by {who} at {at} since you read it; look at it again and redo your change"
    )]
    Stale { claim: i64, who: String, at: String },
    #[error("the database failed: {0}")]
    Sqlite(String),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly,
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                StoreError::NotADatabase {
                    path: String::from("the file"),
                }
            }
            _ => StoreError::Sqlite(e.to_string()),
        }
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// An open claimdesk database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// How a command opens the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Read and write, creating the file if it is missing (its folder must exist): for the
    /// commands that bring articles in.
    Create,
    /// Read and write a database that exists: for the commands that change what is in it.
    Existing,
    /// Read a database that exists, never writing to it: for the commands that only read. A
    /// database that needs a migration is migrated first when it can be written.
    ReadOnly,
}

impl Store {
    /// Open (creating it if needed, but not its folder) the database at `path` and bring its
    /// schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with(path, OpenMode::Create)
    }

    /// Open the database at `path` for reading and writing; a missing file is refused.
    pub fn open_existing(path: &Path) -> Result<Store> {
        Self::open_with(path, OpenMode::Existing)
    }

    /// Open the database at `path` for reading only; a missing file is refused.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        Self::open_with(path, OpenMode::ReadOnly)
    }

    pub fn open_with(path: &Path, mode: OpenMode) -> Result<Store> {
        let shown = path.display().to_string();
        if path.is_dir() {
            return Err(StoreError::Open {
                path: shown,
                reason: "it is a folder, not a database file".into(),
            });
        }
        if mode != OpenMode::Create && !path.exists() {
            return Err(StoreError::Missing { path: shown });
        }
        if mode == OpenMode::Create && !path.exists() {
            let parent = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            if !parent.is_dir() {
                return Err(StoreError::NoFolder {
                    path: shown,
                    folder: parent.display().to_string(),
                });
            }
        }
        let named = |e: StoreError| match e {
            StoreError::NotADatabase { .. } => StoreError::NotADatabase {
                path: shown.clone(),
            },
            StoreError::ReadOnly | StoreError::ReadOnlyFile { .. } => StoreError::ReadOnlyFile {
                path: shown.clone(),
            },
            e => e,
        };
        if mode == OpenMode::ReadOnly {
            // A database this user may write is read through a query-only connection, so that
            // closing it still checkpoints and removes the -wal and -shm files as usual; one it
            // may not write, through a read-only one.
            match Self::open_query_only(path) {
                Err(
                    e @ (StoreError::NewerSchema { .. }
                    | StoreError::Foreign { .. }
                    | StoreError::NotADatabase { .. }),
                ) => return Err(named(e)),
                Err(_) => {}
                out => return out,
            }
            return match Self::open_reading(path) {
                Err(StoreError::NeedsMigration) => Err(StoreError::OldReadOnly { path: shown }),
                out => out.map_err(named),
            };
        }
        let create = if mode == OpenMode::Create {
            OpenFlags::SQLITE_OPEN_CREATE
        } else {
            OpenFlags::empty()
        };
        Self::open_writing(path, create).map_err(named)
    }

    fn open_writing(path: &Path, create: OpenFlags) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | create | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Open {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        // SQLite opens a write-protected file for reading only, without a word: say so now,
        // before a write fails half-way.
        if conn.is_readonly(rusqlite::MAIN_DB)? {
            return Err(StoreError::ReadOnly);
        }
        Self::setup(conn, path.to_path_buf())
    }

    /// A read-write connection that refuses every change (`PRAGMA query_only`), on a database
    /// migrated first if it is older than this binary. Fails with `ReadOnly` when the file cannot
    /// be written.
    fn open_query_only(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Open {
            path: path.display().to_string(),
            reason: e.to_string(),
        })?;
        if conn.is_readonly(rusqlite::MAIN_DB)? {
            return Err(StoreError::ReadOnly);
        }
        conn.busy_timeout(Duration::from_secs(10))?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let store = match check_version(&conn, path, version) {
            Ok(()) => Store {
                conn,
                path: path.to_path_buf(),
            },
            Err(StoreError::NeedsMigration) => {
                drop(conn);
                Self::open_writing(path, OpenFlags::empty())?
            }
            Err(e) => return Err(e),
        };
        store.conn.pragma_update(None, "query_only", true)?;
        Ok(store)
    }

    /// A read-only connection. A WAL database needs its `-shm` file, which SQLite creates next to
    /// it; when the folder cannot be written (and no `-shm` is there) the file is opened as
    /// immutable instead: nothing can change it then.
    fn open_reading(path: &Path) -> Result<Store> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let open = |conn: rusqlite::Result<Connection>| -> Result<Store> {
            let conn = conn.map_err(|e| StoreError::Open {
                path: path.display().to_string(),
                reason: e.to_string(),
            })?;
            conn.busy_timeout(Duration::from_secs(10))?;
            let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            check_version(&conn, path, version)?;
            Ok(Store {
                conn,
                path: path.to_path_buf(),
            })
        };
        match open(Connection::open_with_flags(path, flags)) {
            Err(StoreError::Open { .. } | StoreError::ReadOnly | StoreError::Sqlite(_)) => {
                let uri = url::Url::from_file_path(std::path::absolute(path).map_err(|e| {
                    StoreError::Open {
                        path: path.display().to_string(),
                        reason: e.to_string(),
                    }
                })?)
                .map_err(|()| StoreError::Open {
                    path: path.display().to_string(),
                    reason: "the path cannot be written as a URI".into(),
                })?;
                open(Connection::open_with_flags(
                    format!("{uri}?immutable=1"),
                    flags | OpenFlags::SQLITE_OPEN_URI,
                ))
            }
            out => out,
        }
    }

    /// An in-memory database, for tests and `extract`-style dry runs.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Self::setup(conn, PathBuf::from(":memory:"))
    }

    fn setup(mut conn: Connection, path: PathBuf) -> Result<Store> {
        // Pragmas stay outside migrations: they are per connection (or per file, for WAL).
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        let _mode: String =
            conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "normal")?;
        // Room for the import's claim statements, one per number of claims in an article
        // (`insert_claims`), beside every other statement the desk caches (16 by default).
        conn.set_prepared_statement_cache_capacity(96);
        migrate(&mut conn, &path)?;
        Ok(Store { conn, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether this connection refuses every change: opened read-only, or `query_only`.
    /// SQLite's `data_version` of this connection: it changes when another connection (another
    /// process) commits a change to the database, so a reader can tell when to read again.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
    }

    pub fn is_read_only(&self) -> bool {
        self.conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(true)
            || self
                .conn
                .pragma_query_value(None, "query_only", |r| r.get::<_, bool>(0))
                .unwrap_or(true)
    }

    /// Run `f` in one write transaction (taken at once, so writers queue on the busy timeout
    /// instead of failing on a lock upgrade): all of it lands, or none.
    fn write<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            // Inside a batch (`begin_batch`): a savepoint, so a step that is refused leaves
            // the batch's other steps standing.
            let sp = self.conn.savepoint()?;
            let out = f(&sp)?;
            sp.commit()?;
            return Ok(out);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Start one transaction for several changes (a bulk action): every change until
    /// `end_batch` goes in it, each in its own savepoint.
    pub fn begin_batch(&mut self) -> Result<()> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        Ok(())
    }

    /// Whether a batch is under way on this connection.
    pub fn in_batch(&self) -> bool {
        !self.conn.is_autocommit()
    }

    /// Commit the batch (`commit`) or take all of it back.
    pub fn end_batch(&mut self, commit: bool) -> Result<()> {
        if self.conn.is_autocommit() {
            return Ok(());
        }
        if commit {
            self.conn.execute_batch("COMMIT")?;
        } else {
            self.conn.execute_batch("ROLLBACK")?;
        }
        Ok(())
    }

    /// A consistent snapshot for several reads.
    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        if !self.conn.is_autocommit() {
            // Inside a batch: its own changes are what a read must see.
            return f(&self.conn);
        }
        self.conn.execute_batch("BEGIN DEFERRED")?;
        let out = f(&self.conn);
        let end = self.conn.execute_batch("COMMIT");
        let out = out?;
        end?;
        Ok(out)
    }
}

/// Apply every migration the database has not seen, in order, each in its own exclusive
/// transaction that also sets `user_version` to its number (so a failed migration leaves the
/// database at the version before it, and a process that opens it meanwhile waits, then sees it).
fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    // A current schema needs no lock: the exclusive transaction below would wait for a writer
    // (an import in another terminal) before the workbench could start.
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version == SCHEMA_VERSION {
        return Ok(());
    }
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            check_version(&tx, path, version)?;
        }
        let Some(migration) = usize::try_from(version)
            .ok()
            .and_then(|v| MIGRATIONS.get(v))
        else {
            return Ok(());
        };
        if version == 0 {
            // A database that is not empty but has no version is someone else's file.
            let tables: i64 =
                tx.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
            if tables > 0 {
                return Err(StoreError::Foreign {
                    path: path.display().to_string(),
                });
            }
        }
        tx.execute_batch(migration.sql)?;
        tx.pragma_update(None, "user_version", version + 1)?;
        tx.commit()?;
    }
}

/// For a read-only connection: the schema must be this binary's. Older: `NeedsMigration`
/// (the caller migrates if it can write); newer: refused; version 0: empty or someone else's.
fn check_version(conn: &Connection, path: &Path, version: i64) -> Result<()> {
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: path.display().to_string(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        if tables > 0 {
            return Err(StoreError::Foreign {
                path: path.display().to_string(),
            });
        }
    }
    if version < SCHEMA_VERSION {
        return Err(StoreError::NeedsMigration);
    }
    Ok(())
}

/// A new global identity for a verdict, piece of evidence or event: a UUID v7, so that within one
/// process (and, by its millisecond clock, one database) later records have greater uids.
pub fn new_uid() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// The current time as stored: RFC 3339, UTC, seconds.
pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

impl Store {
    /// Load everything a report shows about one article (or all of them), optionally only the
    /// claims with one status, in one read and a fixed number of queries, however many claims.
    pub fn report(
        &self,
        article: Option<i64>,
        status: Option<crate::model::Status>,
    ) -> Result<crate::model::Report> {
        self.read(|conn| {
            if let Some(id) = article {
                articles::article(conn, id)?;
            }
            let mut claims: HashMap<i64, Vec<crate::model::ClaimDetail>> = HashMap::new();
            for claim in claims::claim_details(conn, article, status)? {
                claims
                    .entry(claim.claim.article_id)
                    .or_default()
                    .push(claim);
            }
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {ARTICLE_COLUMNS}, a.text FROM articles a
                 WHERE ?1 IS NULL OR a.id = ?1 ORDER BY a.id"
            ))?;
            let out = stmt
                .query_map([article], |r| Ok((article_row(r)?, r.get("text")?)))?
                .map(|row| {
                    let (article, text) = row?;
                    Ok(crate::model::ReportArticle {
                        claims: claims.remove(&article.id).unwrap_or_default(),
                        article,
                        text,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            let mut sources = BTreeMap::new();
            let mut claim_ids = HashSet::new();
            for c in out.iter().flat_map(|a| &a.claims) {
                claim_ids.insert(c.claim.id);
                for e in &c.evidence {
                    sources.insert(e.source.url.clone(), e.source.clone());
                }
            }
            let article_ids: HashSet<i64> = out.iter().map(|a| a.article.id).collect();
            let events = self
                .events(None)?
                .into_iter()
                .filter(|e| match e.claim_id {
                    Some(c) => claim_ids.contains(&c),
                    None => e.entity == "article" && article_ids.contains(&e.entity_id),
                })
                .collect();
            Ok(crate::model::Report {
                exported_at: now(),
                articles: out,
                sources: sources.into_values().collect(),
                events,
            })
        })
    }
}

impl Store {
    /// The underlying connection, for tests and diagnostics. Changes go through the methods above,
    /// which keep the audit trail and the derived status; this is for reading.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}
