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
mod merge;
mod review;
mod rows;
pub mod search;

pub use article_edit::{ArticleUpdate, Revalued};
pub use articles::NewArticle;
pub use articles::sha256_hex;
pub use claims::ClaimFilter;
pub use edit::NewClaim;
pub use merge::MergeSummary;
pub use review::{NewEvidence, NewSource, normalize_url};

use rows::{ARTICLE_COLUMNS, article_row};
use rusqlite::{Connection, ErrorCode, OpenFlags, Transaction, TransactionBehavior};
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

impl Store {
    /// Open (creating it and its folders if needed) the database at `path` and bring its schema up
    /// to date.
    pub fn open(path: &Path) -> Result<Store> {
        let shown = path.display().to_string();
        if path.is_dir() {
            return Err(StoreError::Open {
                path: shown,
                reason: "it is a folder, not a database file".into(),
            });
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| StoreError::Open {
                path: shown.clone(),
                reason: format!("cannot create the folder {}: {e}", parent.display()),
            })?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| StoreError::Open {
            path: shown.clone(),
            reason: e.to_string(),
        })?;
        Self::setup(conn, path.to_path_buf()).map_err(|e| match e {
            StoreError::NotADatabase { .. } => StoreError::NotADatabase { path: shown },
            e => e,
        })
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
        migrate(&mut conn, &path)?;
        Ok(Store { conn, path })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Run `f` in one write transaction (taken at once, so writers queue on the busy timeout
    /// instead of failing on a lock upgrade): all of it lands, or none.
    fn write<T>(&mut self, f: impl FnOnce(&Transaction) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// A consistent snapshot for several reads.
    fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
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
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
        let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                path: path.display().to_string(),
                found: version,
                supported: SCHEMA_VERSION,
            });
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
