//! The workbench's 100,000-claim database (500 articles × 200 claims), shared by the `tui` bench
//! and `examples/first_frame.rs` (the same database, measured from inside and from outside).

use claimdesk::extract::{Claim as RawClaim, Extraction};
use claimdesk::store::{NewArticle, Store};
use std::path::{Path, PathBuf};
use std::time::Instant;

pub const ARTICLES: usize = 500;
pub const CLAIMS: usize = 200;

const SUBJECTS: &[&str] = &[
    "The agency",
    "The minister",
    "Revenue",
    "The tower",
    "Unemployment",
    "The company",
    "The river",
    "Inflation",
    "The senator",
    "The hospital",
];
const VERBS: &[&str] = &[
    "rose", "fell", "reached", "cost", "employed", "measured", "grew",
];

/// One synthetic article: `CLAIMS` sentences, each a claim.
fn article(n: usize) -> (NewArticle, Extraction) {
    let mut text = String::new();
    let mut claims = Vec::with_capacity(CLAIMS);
    for i in 0..CLAIMS {
        let s = format!(
            "{} {} {} percent in {} according to report {n}-{i}.",
            SUBJECTS[(n + i) % SUBJECTS.len()],
            VERBS[(n * 7 + i) % VERBS.len()],
            (n * 31 + i * 17) % 97 + 1,
            1990 + (n + i) % 35,
        );
        let start = text.chars().count();
        let len = s.chars().count();
        text.push_str(&s);
        text.push(if i % 5 == 4 { '\n' } else { ' ' });
        claims.push(RawClaim {
            text: s,
            start,
            end: start + len,
            sentence: i,
            score: ((n + i) % 100) as f64 / 100.0,
            values: vec![],
            cues: vec!["value".into()],
            subject: None,
            ..Default::default()
        });
    }
    let new = NewArticle {
        title: format!("Synthetic article {n}"),
        text,
        ..NewArticle::default()
    };
    let extraction = Extraction {
        published: None,
        sentences: vec![],
        values: vec![],
        claims,
    };
    (new, extraction)
}

/// The 100,000-claim database in `dir`, built once per schema (its name carries the schema's
/// hash, so a new migration builds it again).
pub fn database(dir: &Path) -> PathBuf {
    let schema = claimdesk::store::sha256_hex(include_str!("../../schema.sql"));
    let path = dir.join(format!(
        "tui-bench-{}-{}.db",
        ARTICLES * CLAIMS,
        &schema[..12]
    ));
    if path.exists() {
        return path;
    }
    std::fs::create_dir_all(dir).expect("the database's folder");
    let tmp = path.with_extension("building");
    let _ = std::fs::remove_file(&tmp);
    let started = Instant::now();
    let mut store = Store::open(&tmp).expect("open the bench database");
    for chunk in (0..ARTICLES).collect::<Vec<_>>().chunks(50) {
        let batch: Vec<_> = chunk.iter().map(|&n| article(n)).collect();
        store.import_all(&batch, "bench").expect("import");
    }
    drop(store);
    // WAL and shared-memory files go with it.
    for ext in ["", "-wal", "-shm"] {
        let from = PathBuf::from(format!("{}{ext}", tmp.display()));
        if from.exists() {
            std::fs::rename(&from, format!("{}{ext}", path.display())).expect("rename");
        }
    }
    eprintln!(
        "built {} claims in {:.1} s: {}",
        ARTICLES * CLAIMS,
        started.elapsed().as_secs_f64(),
        path.display()
    );
    path
}
