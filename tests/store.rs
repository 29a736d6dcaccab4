//! The store against real SQLite files in temporary folders.

use claimdesk::extract::{self, Extraction};
use claimdesk::model::{Scale, Stance, Status};
use claimdesk::store::{ClaimFilter, NewArticle, NewEvidence, NewSource, Store, StoreError};
use std::path::PathBuf;

const FIXTURE: &str = include_str!("../fixtures/vande-hei-soyuz.txt");

fn fixture() -> (NewArticle, Extraction) {
    let published = chrono::NaiveDate::from_ymd_opt(2022, 3, 13);
    let text = extract::normalize(FIXTURE);
    let extraction = extract::extract(&text, published);
    (
        NewArticle {
            title: "Soyuz".into(),
            url: Some("https://example.com/soyuz".into()),
            author: None,
            published,
            text,
        },
        extraction,
    )
}

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claimdesk.db");
    (dir, path)
}

fn count(store: &Store, table: &str) -> i64 {
    store
        .connection()
        .query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
            r.get(0)
        })
        .unwrap()
}

#[test]
fn round_trip_through_a_file() {
    let (_dir, path) = temp_db();
    let (new, extraction) = fixture();
    let claim_id;
    {
        let mut store = Store::open(&path).unwrap();
        let (article, created) = store.import(&new, &extraction, "alice").unwrap();
        assert!(created);
        assert_eq!(article.claim_count as usize, extraction.claims.len());
        let claims = store.claims(&ClaimFilter::default()).unwrap();
        assert_eq!(claims.len(), extraction.claims.len());
        claim_id = claims[0].claim.id;
        assert_eq!(claims[0].claim.status, Status::New);
        store
            .add_evidence(
                claim_id,
                &NewEvidence {
                    source: NewSource {
                        url: "https://www.nasa.gov/a".into(),
                        title: Some("NASA".into()),
                        ..Default::default()
                    },
                    quote: Some("The crew returns on March 30.".into()),
                    stance: Stance::Supports,
                    ..Default::default()
                },
                "alice",
            )
            .unwrap();
        assert_eq!(
            store.claim(claim_id).unwrap().claim.status,
            Status::InReview
        );
        store
            .add_verdict(
                claim_id,
                "mostly-true",
                "Close enough.",
                "alice",
                &Scale::default(),
            )
            .unwrap();
    }
    // Reopened from the file: everything is there, in the same shape.
    let store = Store::open(&path).unwrap();
    let detail = store.claim(claim_id).unwrap();
    assert_eq!(detail.claim.status, Status::Reviewed);
    assert_eq!(detail.evidence.len(), 1);
    assert_eq!(detail.evidence[0].source.url, "https://www.nasa.gov/a");
    assert_eq!(
        detail.evidence[0].quote.as_deref(),
        Some("The crew returns on March 30.")
    );
    assert_eq!(detail.verdicts.len(), 1);
    assert_eq!(detail.verdict.as_ref().unwrap().rating, "mostly-true");
    assert_eq!(detail.verdict.as_ref().unwrap().reviewer, "alice");
    let text = store.article_text(detail.claim.article_id).unwrap();
    let span: String = text
        .chars()
        .skip(detail.claim.start)
        .take(detail.claim.end - detail.claim.start)
        .collect();
    assert_eq!(
        span, detail.claim.text,
        "claim offsets index the stored text by character"
    );
    // import, source-add, evidence-add, verdict
    let actions: Vec<String> = store
        .events(None)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["import", "source-add", "evidence-add", "verdict"]);
}

#[test]
fn a_new_verdict_supersedes_and_a_second_reviewer_can_dispute() {
    let (_dir, path) = temp_db();
    let (new, extraction) = fixture();
    let mut store = Store::open(&path).unwrap();
    store.import(&new, &extraction, "alice").unwrap();
    let id = store.claims(&ClaimFilter::default()).unwrap()[0].claim.id;
    let scale = Scale {
        min_evidence: 0,
        ..Scale::default()
    };
    store.add_verdict(id, "true", "", "alice", &scale).unwrap();
    store
        .add_verdict(id, "false", "Checked again.", "alice", &scale)
        .unwrap();
    let d = store.claim(id).unwrap();
    assert_eq!(d.verdicts.len(), 2, "history stays");
    assert_eq!(d.verdict.unwrap().rating, "false");
    assert_eq!(d.claim.status, Status::Reviewed);
    store.add_verdict(id, "true", "", "bob", &scale).unwrap();
    assert_eq!(store.claim(id).unwrap().claim.status, Status::Disputed);
    let filtered = store
        .claims(&ClaimFilter {
            status: Some(Status::Disputed),
            ..ClaimFilter::default()
        })
        .unwrap();
    assert_eq!(filtered.len(), 1);
}

#[test]
fn foreign_keys_and_append_only_rules_are_enforced() {
    let (_dir, path) = temp_db();
    let (new, extraction) = fixture();
    let mut store = Store::open(&path).unwrap();
    store.import(&new, &extraction, "alice").unwrap();
    let conn = store.connection();
    let fk = conn.execute(
        "INSERT INTO evidence (claim_id, source_id, stance, reviewer, created_at) VALUES (99999, 99999, 'supports', 'x', 'now')",
        [],
    );
    assert!(
        fk.is_err(),
        "evidence for a claim that does not exist must be refused"
    );
    let bad_status = conn.execute("UPDATE claims SET status = 'approved'", []);
    assert!(bad_status.is_err(), "status is an enumerated column");
    let id = store.claims(&ClaimFilter::default()).unwrap()[0].claim.id;
    store
        .add_verdict(id, "unverifiable", "", "alice", &Scale::default())
        .unwrap();
    let conn = store.connection();
    assert!(
        conn.execute("UPDATE verdicts SET rating = 'false'", [])
            .is_err()
    );
    assert!(conn.execute("DELETE FROM verdicts", []).is_err());
    assert!(conn.execute("DELETE FROM events", []).is_err());
}

#[test]
fn reimporting_the_same_text_adds_nothing() {
    let (_dir, path) = temp_db();
    let (new, extraction) = fixture();
    let mut store = Store::open(&path).unwrap();
    let (first, _) = store.import(&new, &extraction, "alice").unwrap();
    let before: Vec<i64> = ["articles", "claims", "values", "events"]
        .iter()
        .map(|t| count(&store, t))
        .collect();
    let (again, created) = store.import(&new, &extraction, "bob").unwrap();
    assert!(!created);
    assert_eq!(again.id, first.id);
    let after: Vec<i64> = ["articles", "claims", "values", "events"]
        .iter()
        .map(|t| count(&store, t))
        .collect();
    assert_eq!(before, after);
}

#[test]
fn a_failed_import_leaves_nothing() {
    let (_dir, path) = temp_db();
    let (good, good_x) = fixture();
    let mut store = Store::open(&path).unwrap();
    // The second article carries a claim with an impossible span: the CHECK refuses it, and the
    // first article of the same import must not be kept either.
    let bad = NewArticle {
        title: "Bad".into(),
        text: "Something else entirely.".into(),
        ..NewArticle::default()
    };
    let mut bad_x = extract::extract(&bad.text, None);
    bad_x.claims.push(extract::Claim {
        text: "x".into(),
        start: 5,
        end: 5,
        sentence: 0,
        score: 0.9,
        values: vec![],
        cues: vec![],
        subject: None,
        ..Default::default()
    });
    let err = store.import_all(&[(good, good_x), (bad, bad_x)], "alice");
    assert!(err.is_err());
    for table in ["articles", "claims", "values", "events"] {
        assert_eq!(
            count(&store, table),
            0,
            "{table} must be empty after a failed import"
        );
    }
}

#[test]
fn opening_twice_migrates_once_and_a_newer_database_is_refused() {
    let (_dir, path) = temp_db();
    drop(Store::open(&path).unwrap());
    let store = Store::open(&path).unwrap();
    let version: i64 = store
        .connection()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, claimdesk::store::SCHEMA_VERSION);
    let mode: String = store
        .connection()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    store
        .connection()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    drop(store);
    match Store::open(&path) {
        Err(e @ StoreError::NewerSchema { .. }) => {
            assert!(e.to_string().contains("newer claimdesk"), "{e}");
        }
        Err(e) => panic!("wrong error: {e}"),
        Ok(_) => panic!("a newer database must be refused"),
    }
}

#[test]
fn a_file_that_is_not_a_database_gets_a_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(
        &path,
        "these are my notes, not a database, and they are long enough",
    )
    .unwrap();
    let err = Store::open(&path).err().expect("must be refused");
    assert!(
        err.to_string().contains("is not a claimdesk database"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "these are my notes, not a database, and they are long enough"
    );
}

#[test]
fn unknown_ids_and_bad_ratings_are_refused_with_a_sentence() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let err = store
        .add_verdict(42, "true", "", "a", &Scale::default())
        .unwrap_err();
    assert_eq!(err.to_string(), "there is no claim with id 42");
    let (new, x) = fixture();
    store.import(&new, &x, "a").unwrap();
    let id = store.claims(&ClaimFilter::default()).unwrap()[0].claim.id;
    let err = store
        .add_verdict(id, "pants-on-fire", "", "a", &Scale::default())
        .unwrap_err();
    assert!(
        err.to_string().contains("not a rating on the scale"),
        "{err}"
    );
    let err = store
        .add_evidence(
            id,
            &NewEvidence {
                source: NewSource {
                    url: "https://a.example".into(),
                    ..Default::default()
                },
                quote: Some("  ".into()),
                ..Default::default()
            },
            "a",
        )
        .unwrap_err();
    assert!(err.to_string().contains("quote is empty"), "{err}");
    assert_eq!(count(&store, "evidence"), 0);
    assert_eq!(count(&store, "verdicts"), 0);
}

#[test]
fn a_report_of_several_articles_is_what_reading_each_claim_gives() {
    let mut store = Store::open_in_memory().unwrap();
    let (soyuz, extraction) = fixture();
    store.import(&soyuz, &extraction, "alice").unwrap();
    for (title, text) in [
        (
            "Tower",
            "The tower is 300 metres tall, the city council said on Monday. It opened in 1889 and \
             cost 7.8 million francs. Revenue from tickets rose 12% in 2021 to 94 million euros. \
             About 6 million people visit it every year, according to the operator.",
        ),
        (
            "River",
            "The river is 2,300 km long, the agency said. Flooding displaced 40,000 people in 2019, \
             up 15% on 2018. The minister said the dam would cost 1.2 billion dollars. \
             Unemployment in the valley fell to 4.5% last year, official figures show.",
        ),
    ] {
        let text = extract::normalize(text);
        let extraction = extract::extract(&text, None);
        let new = NewArticle {
            title: title.into(),
            text,
            ..NewArticle::default()
        };
        store.import(&new, &extraction, "alice").unwrap();
    }
    let articles = store.articles().unwrap();
    assert_eq!(articles.len(), 3);
    let scale = Scale::default();
    let evidence = |url: &str, stance| NewEvidence {
        source: NewSource {
            url: url.into(),
            title: Some("A source".into()),
            ..NewSource::default()
        },
        quote: Some("what it says".into()),
        stance,
        ..NewEvidence::default()
    };
    // Some review on every article: evidence (a source shared across articles), verdicts by two
    // reviewers (one claim disputed), a dismissed claim.
    for (n, a) in articles.iter().enumerate() {
        let claims = store
            .claims(&ClaimFilter {
                article: Some(a.id),
                ..ClaimFilter::default()
            })
            .unwrap();
        assert!(claims.len() >= 3, "{}: {}", a.title, claims.len());
        let (first, second, last) = (
            claims[0].claim.id,
            claims[1].claim.id,
            claims[claims.len() - 1].claim.id,
        );
        store
            .add_evidence(
                first,
                &evidence("https://example.com/shared", Stance::Supports),
                "alice",
            )
            .unwrap();
        store
            .add_evidence(
                first,
                &evidence(&format!("https://example.com/{n}"), Stance::Refutes),
                "bob",
            )
            .unwrap();
        store
            .add_verdict(first, "mostly-true", "Mostly.", "alice", &scale)
            .unwrap();
        store
            .add_verdict(first, "true", "On reflection.", "alice", &scale)
            .unwrap();
        store
            .add_evidence(
                second,
                &evidence("https://example.com/shared", Stance::Context),
                "bob",
            )
            .unwrap();
        store
            .add_verdict(second, "false", "", "alice", &scale)
            .unwrap();
        store
            .add_verdict(second, "true", "", "bob", &scale)
            .unwrap();
        store
            .dismiss_claim(last, "Not a claim.", "alice", None)
            .unwrap();
    }

    let articles = store.articles().unwrap();
    let per_claim = |article: Option<i64>, status: Option<Status>| {
        let claims = store
            .claims(&ClaimFilter {
                article,
                status,
                ..ClaimFilter::default()
            })
            .unwrap();
        claims
            .iter()
            .map(|c| store.claim(c.claim.id).unwrap())
            .collect::<Vec<_>>()
    };
    for (article, status) in [
        (None, None),
        (Some(articles[1].id), None),
        (None, Some(Status::Reviewed)),
        (None, Some(Status::Disputed)),
        (Some(articles[2].id), Some(Status::Dismissed)),
        (None, Some(Status::New)),
    ] {
        let report = store.report(article, status).unwrap();
        let chosen: Vec<_> = articles
            .iter()
            .filter(|a| article.is_none_or(|id| id == a.id))
            .collect();
        assert_eq!(report.articles.len(), chosen.len());
        let mut sources = std::collections::BTreeMap::new();
        for (r, a) in report.articles.iter().zip(chosen) {
            assert_eq!(&r.article, a);
            assert_eq!(r.text, store.article_text(a.id).unwrap());
            let expected = per_claim(Some(a.id), status);
            assert_eq!(r.claims, expected, "{article:?} {status:?}");
            for e in expected.iter().flat_map(|c| &c.evidence) {
                sources.insert(e.source.url.clone(), e.source.clone());
            }
        }
        let all: Vec<_> = report
            .articles
            .iter()
            .flat_map(|a| &a.claims)
            .cloned()
            .collect();
        assert!(!all.is_empty(), "{article:?} {status:?}");
        assert_eq!(all, per_claim(article, status));
        assert_eq!(report.sources, sources.into_values().collect::<Vec<_>>());
    }
    let report = store.report(None, None).unwrap();
    assert_eq!(report.sources.len(), 4);
    assert!(
        report
            .articles
            .iter()
            .all(|a| a.claims.iter().any(|c| c.verdicts.len() == 2))
    );
}

#[test]
fn open_modes_refuse_a_missing_file_or_folder_and_read_only_never_writes() {
    let (dir, path) = temp_db();
    for e in [
        Store::open_existing(&path).err(),
        Store::open_read_only(&path).err(),
    ] {
        assert!(matches!(e, Some(StoreError::Missing { .. })), "{e:?}");
    }
    assert!(!path.exists());
    let deep = dir.path().join("a/b.db"); // the store creates no folder
    assert!(matches!(
        Store::open(&deep).err(),
        Some(StoreError::NoFolder { .. })
    ));
    assert!(!dir.path().join("a").exists());
    let (new, extraction) = fixture();
    Store::open(&path)
        .unwrap()
        .import(&new, &extraction, "alice")
        .unwrap();
    let reader = Store::open_read_only(&path).unwrap();
    assert_eq!(reader.articles().unwrap().len(), 1);
    let err = reader
        .connection()
        .execute("DELETE FROM events", [])
        .unwrap_err();
    assert_eq!(err.sqlite_error_code(), Some(rusqlite::ErrorCode::ReadOnly));
}

#[test]
fn a_bundle_whose_spans_leave_the_article_is_refused_with_a_sentence() {
    let (new, extraction) = fixture();
    let mut store = Store::open_in_memory().unwrap();
    store.import(&new, &extraction, "alice").unwrap();
    let report = store.report(None, None).unwrap();
    let len = report.articles[0].text.chars().count();
    let with_value = report.articles[0]
        .claims
        .iter()
        .position(|c| !c.values.is_empty())
        .unwrap();
    let spans: [(bool, usize, usize); 5] = [
        (false, 0, len + 1),
        (false, 10, 5),
        (false, usize::MAX - 1, usize::MAX),
        (false, 1 << 63, (1 << 63) + 1),
        (true, len, len + 7),
    ];
    for (value, start, end) in spans {
        let mut bad = report.clone();
        let claim = &mut bad.articles[0].claims[with_value];
        if value {
            claim.values[0].start = start;
            claim.values[0].end = end;
        } else {
            claim.claim.start = start;
            claim.claim.end = end;
        }
        let mut other = Store::open_in_memory().unwrap();
        let err = other.import_report(&bad, "bob").unwrap_err();
        let msg = err.to_string();
        assert!(matches!(err, StoreError::DamagedReport(_)), "{msg}");
        assert!(
            msg.contains(&format!(
                "spans characters {start}..{end}, not a span of article"
            )) && msg.ends_with("the report is damaged, export it again")
                && !msg.contains('\n'),
            "{msg}"
        );
        assert_eq!(
            count(&other, "articles"),
            0,
            "a refused bundle changes nothing"
        );
        assert_eq!(count(&other, "claims"), 0);
    }
    // The same bundle, whole, merges.
    let mut other = Store::open_in_memory().unwrap();
    other.import_report(&report, "bob").unwrap();
    assert_eq!(count(&other, "claims") as usize, extraction.claims.len());
}

/// A claim holding more values than a screen lists is read for the screen with its first values
/// and a count of the rest; read in full, it has them all.
#[test]
fn a_claim_read_for_a_screen_holds_its_first_values_and_counts_the_rest() {
    let (_dir, path) = temp_db();
    let mut store = Store::open(&path).unwrap();
    let text: String = (1..=300).map(|n| format!("{n:03}% ")).collect();
    let values: Vec<extract::Value> = (0..300)
        .map(|i| extract::Value {
            kind: extract::ValueKind::Percent,
            text: format!("{:03}%", i + 1),
            start: i * 5,
            end: i * 5 + 4,
            value: Some((i + 1).to_string()),
            modifier: None,
        })
        .collect();
    let extraction = Extraction {
        published: None,
        sentences: vec![],
        claims: vec![extract::Claim {
            text: text.trim_end().to_string(),
            start: 0,
            end: text.len() - 1,
            score: 0.9,
            values: (0..300).collect(),
            ..Default::default()
        }],
        values,
    };
    let new = NewArticle {
        title: "Many values".into(),
        text: text.clone(),
        ..NewArticle::default()
    };
    store.import(&new, &extraction, "alice").unwrap();
    let id = store.claims(&ClaimFilter::default()).unwrap()[0].claim.id;
    let full = store.claim(id).unwrap();
    assert_eq!((full.values.len(), full.more_values), (300, 0));
    let shown = store.claim_for_screen(id, 200).unwrap();
    assert_eq!((shown.values.len(), shown.more_values), (200, 100));
    assert_eq!(shown.values[..], full.values[..200]);
    assert_eq!(store.claim_for_screen(id, 300).unwrap().more_values, 0);
}
