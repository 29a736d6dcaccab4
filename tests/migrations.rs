//! The schema's migrations: numbered files applied in order under `PRAGMA user_version`, kept in
//! step with the readable `schema.sql`, and a database written by the previous release.

use claimdesk::model::{Stance, Status};
use claimdesk::store::{ClaimFilter, MIGRATIONS, SCHEMA_VERSION, Store, StoreError};
use rusqlite::Connection;
use rusqlite::types::Value;
use std::path::{Path, PathBuf};

const SCHEMA: &str = include_str!("../schema.sql");

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn user_version(conn: &Connection) -> i64 {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
        .unwrap()
}

/// SQL without comments, with runs of white space as one space and none next to punctuation, so
/// the same statement laid out or commented differently compares equal.
fn normalize(sql: &str) -> String {
    const PUNCT: [char; 7] = ['(', ')', ',', ';', '=', '<', '>'];
    let mut out = String::new();
    let mut chars = sql.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '-' if chars.peek() == Some(&'-') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
                space = true;
            }
            '\'' | '"' => {
                if space && !out.is_empty() && !out.ends_with(PUNCT) {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                for q in chars.by_ref() {
                    out.push(q);
                    if q == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => space = true,
            c => {
                if space && !out.is_empty() && !PUNCT.contains(&c) && !out.ends_with(PUNCT) {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}

/// Every table, index, trigger and view of a database with its normalized SQL, in name order.
fn schema_of(conn: &Connection) -> Vec<(String, String, String, String)> {
    conn.prepare(
        "SELECT type, name, tbl_name, coalesce(sql, '') AS sql FROM sqlite_schema
         WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .unwrap()
    .query_map([], |r| {
        Ok((
            r.get("type")?,
            r.get("name")?,
            r.get("tbl_name")?,
            normalize(&r.get::<_, String>("sql")?),
        ))
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

/// Every row of every table (the full-text index's too), as text and sorted, to tell whether an
/// open changed anything.
fn rows_of(conn: &Connection) -> Vec<String> {
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
             ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let cells: Vec<String> = (0..n)
                .map(|i| format!("{:?}", Value::from(row.get_ref(i).unwrap())))
                .collect();
            out.push(format!("{table}: {}", cells.join(" | ")));
        }
    }
    out.sort();
    out
}

#[test]
fn the_migration_files_are_numbered_one_to_n_without_gaps_and_all_embedded() {
    let mut files: Vec<String> = std::fs::read_dir(repo().join("migrations"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    let embedded: Vec<&str> = MIGRATIONS.iter().map(|m| m.name).collect();
    assert_eq!(files, embedded, "migrations/ and store::MIGRATIONS differ");
    for (i, name) in embedded.iter().enumerate() {
        let prefix = format!("{:04}_", i + 1);
        assert!(
            name.starts_with(&prefix) && name.ends_with(".sql") && name.len() > prefix.len() + 4,
            "migration {} is named {name}; expected {prefix}<what>.sql",
            i + 1
        );
    }
    for m in MIGRATIONS {
        let on_disk = std::fs::read_to_string(repo().join("migrations").join(m.name)).unwrap();
        assert_eq!(on_disk, m.sql, "{} is not the embedded text", m.name);
        assert!(
            !normalize(m.sql).to_ascii_lowercase().contains("pragma"),
            "{}: pragmas stay outside migrations",
            m.name
        );
    }
    assert_eq!(SCHEMA_VERSION, MIGRATIONS.len() as i64);
}

#[test]
fn every_migration_in_order_gives_the_schema_of_schema_sql() {
    let migrated = Store::open_in_memory().unwrap();
    let from_schema = Connection::open_in_memory().unwrap();
    from_schema.execute_batch(SCHEMA).unwrap();
    let (a, b) = (schema_of(migrated.connection()), schema_of(&from_schema));
    assert!(a.len() > 10, "{a:?}");
    for (m, s) in a.iter().zip(&b) {
        assert_eq!(
            m, s,
            "the migrations and schema.sql disagree: a new migration needs the same change in schema.sql"
        );
    }
    assert_eq!(
        a, b,
        "the migrations and schema.sql disagree: a new migration needs the same change in schema.sql"
    );
    assert!(
        SCHEMA.starts_with(&format!("-- claimdesk schema, version {SCHEMA_VERSION}:")),
        "schema.sql's first line should name version {SCHEMA_VERSION}"
    );
}

#[test]
fn normalizing_ignores_layout_and_comments_only() {
    assert_eq!(
        normalize("CREATE TABLE t (\n    a  INTEGER, -- why\n    b TEXT\n)"),
        normalize("CREATE TABLE t (a INTEGER, b TEXT)")
    );
    assert_ne!(
        normalize("CREATE TABLE t (a INTEGER, b TEXT)"),
        normalize("CREATE TABLE t (a INTEGER, b TEXT NOT NULL)")
    );
    assert_ne!(
        normalize("CHECK (x = 'a  b')"),
        normalize("CHECK (x = 'a b')")
    );
}

#[test]
fn an_empty_database_is_migrated_to_the_current_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    std::fs::write(&path, "").unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(user_version(store.connection()), SCHEMA_VERSION);
    let tables = schema_of(store.connection());
    for table in [
        "articles", "claims", "values", "sources", "evidence", "verdicts", "events", "search",
    ] {
        assert!(
            tables.iter().any(|(t, n, _, _)| t == "table" && n == table),
            "no table {table}"
        );
    }
}

#[test]
fn an_event_of_a_kind_the_schema_does_not_know_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kinds.db");
    let store = Store::open(&path).unwrap();
    let insert = |action: &str, entity: &str| {
        store.connection().execute(
            "INSERT INTO events (at, actor, action, entity, entity_id) \
             VALUES ('2022-03-13T00:00:00Z', 'alice', ?1, ?2, 1)",
            [action, entity],
        )
    };
    insert("verdict", "claim").expect("a known kind is stored");
    assert!(insert("made-up", "claim").is_err(), "an unknown action");
    assert!(insert("verdict", "made-up").is_err(), "an unknown entity");
}

#[test]
fn opening_twice_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("twice.db");
    copy_v1(&path);
    let store = Store::open(&path).unwrap();
    let (version, schema, rows) = (
        user_version(store.connection()),
        schema_of(store.connection()),
        rows_of(store.connection()),
    );
    assert!(!rows.is_empty());
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(user_version(store.connection()), version);
    assert_eq!(schema_of(store.connection()), schema);
    assert_eq!(rows_of(store.connection()), rows);
}

/// `fixtures/db/claimdesk-v1.db`: written by the release with schema version 1 (claimdesk 0.1),
/// by importing fixtures/vande-hei-soyuz.txt with `--published 2022-03-13`, then as alice: a
/// source on claim 3 (refutes) and two verdicts on it (mostly-false, then false); as bob: the same
/// source on claim 9 (supports) and a verdict (true); claim 18 dismissed.
fn copy_v1(to: &Path) {
    std::fs::copy(repo().join("fixtures/db/claimdesk-v1.db"), to).unwrap();
}

#[test]
fn a_database_of_the_previous_release_opens_with_everything_in_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    copy_v1(&path);
    let store = Store::open(&path).unwrap();
    assert_eq!(user_version(store.connection()), SCHEMA_VERSION);

    let articles = store.articles().unwrap();
    assert_eq!(articles.len(), 1);
    let article = &articles[0];
    assert!(
        article
            .title
            .starts_with("A video released by the Russian space program")
    );
    assert_eq!(article.published.as_deref(), Some("2022-03-13"));
    assert_eq!(article.claim_count, 38);
    assert_eq!(article.reviewed, 2);
    assert!(
        store
            .article_text(article.id)
            .unwrap()
            .contains("Vande Hey")
    );

    let claims = store.claims(&ClaimFilter::default()).unwrap();
    assert_eq!(claims.len(), 39);

    let claim = store.claim(3).unwrap();
    assert_eq!(claim.claim.status, Status::Reviewed);
    assert!(
        claim
            .claim
            .text
            .starts_with("Mark Vande Hey, a married 55-year-old")
    );
    assert_eq!(claim.values.len(), 5);
    assert_eq!(claim.evidence.len(), 1);
    let evidence = &claim.evidence[0];
    assert_eq!(evidence.stance, Stance::Refutes);
    assert_eq!(
        evidence.quote.as_deref(),
        Some("Born in Falls Church, Virginia")
    );
    assert_eq!(evidence.note.as_deref(), Some("Not from Texas"));
    assert_eq!(evidence.reviewer, "alice");
    assert_eq!(
        evidence.source.url,
        "https://www.nasa.gov/astronauts/biographies/mark-t-vande-hei"
    );
    assert_eq!(evidence.source.title.as_deref(), Some("Mark T. Vande Hei"));
    assert_eq!(evidence.source.publisher.as_deref(), Some("NASA"));
    assert_eq!(evidence.source.accessed.as_deref(), Some("2022-03-14"));
    assert!(evidence.source.archive_url.is_some());
    let ratings: Vec<&str> = claim.verdicts.iter().map(|v| v.rating.as_str()).collect();
    assert_eq!(ratings, ["mostly-false", "false"]);
    assert_eq!(claim.verdict.as_ref().unwrap().rating, "false");

    let claim = store.claim(9).unwrap();
    assert_eq!(claim.claim.status, Status::Reviewed);
    assert_eq!(claim.evidence.len(), 1);
    assert_eq!(claim.evidence[0].stance, Stance::Supports);
    assert_eq!(claim.evidence[0].source.id, evidence.source.id);
    assert_eq!(claim.verdict.as_ref().unwrap().rating, "true");
    assert_eq!(claim.verdict.as_ref().unwrap().reviewer, "bob");

    let dismissed = store.claim(18).unwrap();
    assert_eq!(dismissed.claim.status, Status::Dismissed);
    assert_eq!(
        dismissed.claim.dismissed_reason.as_deref(),
        Some("A photo caption, not a claim")
    );

    let sources = store.sources().unwrap();
    assert_eq!(sources.len(), 1);
    assert_eq!(sources[0].1, 2);
    assert_eq!(store.events(None).unwrap().len(), 8);
    assert_eq!(store.search("Falls Church").unwrap(), [3]);

    let report = store.report(None, None).unwrap();
    assert_eq!(report.articles.len(), 1);
    assert_eq!(report.articles[0].claims.len(), 39);
    assert_eq!(report.sources.len(), 1);
}

#[test]
fn a_database_of_a_newer_claimdesk_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.db");
    copy_v1(&path);
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let before = (schema_of(&conn), rows_of(&conn));
    drop(conn);
    match Store::open(&path) {
        Err(StoreError::NewerSchema {
            found, supported, ..
        }) => {
            assert_eq!(found, SCHEMA_VERSION + 1);
            assert_eq!(supported, SCHEMA_VERSION);
        }
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("a newer database must be refused"),
    }
    let conn = Connection::open(&path).unwrap();
    assert_eq!(user_version(&conn), SCHEMA_VERSION + 1);
    assert_eq!((schema_of(&conn), rows_of(&conn)), before);
}

#[test]
fn a_sqlite_file_that_is_not_claimdesks_is_refused_and_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine');")
        .unwrap();
    drop(conn);
    let err = Store::open(&path).err().expect("must be refused");
    assert!(matches!(err, StoreError::Foreign { .. }), "{err}");
    assert!(err.to_string().contains("not claimdesk's"), "{err}");
    let conn = Connection::open(&path).unwrap();
    assert_eq!(user_version(&conn), 0);
    let tables = schema_of(&conn);
    assert_eq!(tables.len(), 1, "{tables:?}");
    assert_eq!(rows_of(&conn), ["notes: Integer(1) | Text(\"mine\")"]);
}

/// A reading command on a database of the previous release upgrades it first (it can be
/// written), then reads it without writing; newer and foreign files are refused in every mode.
#[test]
fn every_open_mode_migrates_an_older_database_and_refuses_newer_and_foreign_ones() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    copy_v1(&path);
    let store = Store::open_read_only(&path).unwrap();
    assert_eq!(user_version(store.connection()), SCHEMA_VERSION);
    assert_eq!(store.articles().unwrap().len(), 1);
    assert!(
        store
            .connection()
            .execute("DELETE FROM events", [])
            .is_err(),
        "query only"
    );
    drop(store);
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    let foreign = dir.path().join("other.db");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
        .unwrap();
    for open in [Store::open, Store::open_existing, Store::open_read_only] {
        assert!(matches!(
            open(&path).err(),
            Some(StoreError::NewerSchema { .. })
        ));
        assert!(matches!(
            open(&foreign).err(),
            Some(StoreError::Foreign { .. })
        ));
    }
}

/// Version 4 rebuilt the values table for the new kinds and modifiers: every row of the previous
/// release keeps its id and its fields, the indexes are back, and the new kinds can be stored.
#[test]
fn the_values_table_is_rebuilt_with_every_row_and_the_new_kinds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    copy_v1(&path);
    let read = |conn: &Connection| -> Vec<Vec<Value>> {
        let mut st = conn
            .prepare(r#"SELECT id, article_id, claim_id, kind, text, start, "end", value, modifier FROM "values" ORDER BY id"#)
            .unwrap();
        st.query_map([], |r| (0..9).map(|i| r.get::<_, Value>(i)).collect())
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    let before = read(&Connection::open(&path).unwrap());
    assert!(before.len() > 20, "{} values", before.len());
    let store = Store::open(&path).unwrap();
    let conn = store.connection();
    assert_eq!(read(conn), before);
    let indexes: Vec<String> = conn
        .prepare(r#"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'values' ORDER BY name"#)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(indexes, ["values_article", "values_claim"]);
    for (kind, modifier) in [
        ("time", "end"),
        ("range", "start"),
        ("ratio", "mid"),
        ("temperature", "approx"),
    ] {
        conn.execute(
            r#"INSERT INTO "values" (article_id, kind, text, start, "end", value, modifier) VALUES (1, ?1, 'x', 0, 1, 'v', ?2)"#,
            [kind, modifier],
        )
        .unwrap_or_else(|e| panic!("{kind}/{modifier}: {e}"));
    }
    assert!(
        conn.execute(
            r#"INSERT INTO "values" (article_id, kind, text, start, "end") VALUES (1, 'colour', 'x', 0, 1)"#,
            [],
        )
        .is_err()
    );
}

/// Version 9 gives the predictions already stored a re-check date from their date values: the
/// last day of the latest one not over when the article was published.
#[test]
fn predictions_stored_before_version_9_get_their_recheck_date() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    copy_v1(&path);
    {
        let mut conn = Connection::open(&path).unwrap();
        let from = user_version(&conn) as usize;
        for (i, m) in MIGRATIONS.iter().enumerate().take(8).skip(from) {
            let tx = conn.transaction().unwrap();
            tx.execute_batch(m.sql).unwrap();
            tx.pragma_update(None, "user_version", i as i64 + 1)
                .unwrap();
            tx.commit().unwrap();
        }
        assert_eq!(user_version(&conn), 8);
        conn.execute_batch(
            r#"UPDATE articles SET published = '2022-03-13';
               UPDATE claims SET type = 'prediction'
                WHERE id IN (SELECT claim_id FROM "values" WHERE value IN ('2022-03-30', '2017'));"#,
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let conn = store.connection();
    let dated: Vec<(String, Option<String>)> = conn
        .prepare(
            r#"SELECT v.value, c.recheck_on FROM claims c JOIN "values" v ON v.claim_id = c.id
               WHERE c.type = 'prediction' AND v.value IN ('2022-03-30', '2017') ORDER BY v.value"#,
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(dated.iter().any(|(v, _)| v == "2022-03-30"), "{dated:?}");
    for (value, recheck) in &dated {
        match value.as_str() {
            "2022-03-30" => assert_eq!(recheck.as_deref(), Some("2022-03-30")),
            // A year over before publication is a past event, not a promise.
            _ => assert_ne!(recheck.as_deref(), Some("2017-12-31")),
        }
    }
    let others: i64 = conn
        .query_row(
            "SELECT count(*) FROM claims WHERE type <> 'prediction' AND recheck_on IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(others, 0);
}
