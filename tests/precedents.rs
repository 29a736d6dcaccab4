//! Precedents measured: `fixtures/precedents/pairs.jsonl` holds 80 claims a desk has reviewed,
//! each with a paraphrase written for this test (other words, the same fact and values);
//! `distractors.jsonl` holds reviewed claims on the same subjects with other values. Every
//! sentence is an article of its own on a real database; the paraphrase's claim asks for its
//! precedents, and the test counts how often the first is its reviewed claim (printed; run with
//! `cargo test --test precedents -- --nocapture` to see it). Plus the command line through the
//! real binary: list, `--json`, `--reuse`, `--dismiss`, and the refusals.

mod common;

use claimdesk::config::Config;
use claimdesk::desk::{ArticleMeta, Desk, Locate};
use claimdesk::model::Stance;
use claimdesk::store::{ClaimFilter, NewEvidence, NewSource};
use serde::Deserialize;
use std::path::Path;

/// The share of paraphrases whose first precedent is their reviewed claim must stay at or above
/// this (80 of 80 when written; see the README).
const FLOOR: f64 = 0.90;

#[derive(Deserialize)]
struct Pair {
    rating: String,
    reviewed: String,
    #[serde(default)]
    paraphrase: Option<String>,
}

fn read(path: &str) -> Vec<Pair> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// Import each text as an article of its own, in one import; each article's id and its claims'
/// ids (one over the whole sentence when the extractor finds none).
fn articles(desk: &mut Desk, dir: &Path, prefix: &str, texts: &[&str]) -> Vec<(i64, Vec<i64>)> {
    let files: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            let file = dir.join(format!("{prefix}{i}.txt"));
            std::fs::write(&file, format!("{text}\n")).unwrap();
            file
        })
        .collect();
    let run = desk
        .import_files(&files, &ArticleMeta::default(), |_| {})
        .unwrap();
    assert_eq!(run.imported.len(), texts.len());
    run.imported
        .iter()
        .zip(texts)
        .map(|((_, article, _), text)| {
            let filter = ClaimFilter {
                article: Some(article.id),
                ..ClaimFilter::default()
            };
            let mut claims: Vec<i64> = desk
                .store()
                .claims(&filter)
                .unwrap()
                .iter()
                .map(|c| c.claim.id)
                .collect();
            if claims.is_empty() {
                let n = text.chars().count();
                let added = desk.add_claim(article.id, &Locate::Span(0, n)).unwrap();
                claims.push(added.claim.id);
            }
            (article.id, claims)
        })
        .collect()
}

fn review(desk: &mut Desk, claim: i64, rating: &str, n: usize) {
    let evidence = NewEvidence {
        source: NewSource {
            url: format!("https://example.org/source/{n}"),
            ..NewSource::default()
        },
        stance: Stance::Context,
        ..NewEvidence::default()
    };
    desk.add_evidence(claim, &evidence, None).unwrap();
    desk.add_verdict(claim, rating, "Checked against the source.", None)
        .unwrap();
}

#[test]
fn the_right_precedent_comes_first_for_most_paraphrases() {
    let pairs = read("fixtures/precedents/pairs.jsonl");
    let distractors = read("fixtures/precedents/distractors.jsonl");
    assert!(pairs.len() >= 80, "{} pairs", pairs.len());
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::open(&dir.path().join("d.db"), Config::default(), "alice").unwrap();
    let reviewed: Vec<&Pair> = pairs.iter().chain(&distractors).collect();
    let texts: Vec<&str> = reviewed.iter().map(|p| p.reviewed.as_str()).collect();
    let stored = articles(&mut desk, dir.path(), "r", &texts);
    let mut n = 0;
    for (p, (_, claims)) in reviewed.iter().zip(&stored) {
        for &c in claims {
            n += 1;
            review(&mut desk, c, &p.rating, n);
        }
    }
    let texts: Vec<&str> = pairs
        .iter()
        .map(|p| p.paraphrase.as_deref().unwrap())
        .collect();
    let paraphrases = articles(&mut desk, dir.path(), "p", &texts);
    let mut first = 0;
    let mut misses = Vec::new();
    for (i, (p, (_, claims))) in pairs.iter().zip(&paraphrases).enumerate() {
        // The paraphrase's main claim: its longest.
        let claim = claims
            .iter()
            .map(|&c| desk.store().claim(c).unwrap())
            .max_by_key(|c| c.claim.text.len())
            .unwrap();
        let found = desk.precedents(claim.claim.id, 3).unwrap();
        match found.first() {
            Some(best) if best.article_id == stored[i].0 => {
                first += 1;
                assert_eq!(best.verdict.rating, p.rating);
                assert!(best.why.starts_with("Claim ") && best.why.ends_with('.'));
            }
            other => misses.push(format!(
                "{} -> {}",
                texts[i],
                other.map_or("nothing".into(), |b| b.text.clone())
            )),
        }
    }
    let share = first as f64 / pairs.len() as f64;
    println!(
        "precedents: the right one first for {first} of {} paraphrases ({:.1}%), among {} reviewed claims",
        pairs.len(),
        share * 100.0,
        pairs.len() + distractors.len()
    );
    for m in &misses {
        println!("  missed: {m}");
    }
    assert!(share >= FLOOR, "{share:.3} < {FLOOR}");
}

fn fixture_pair(desk: &common::Desk) -> (String, String) {
    std::fs::write(
        desk.path("a.txt"),
        "The Golden Gate Bridge opened to traffic in 1937, the city said.\n",
    )
    .unwrap();
    std::fs::write(
        desk.path("b.txt"),
        "San Francisco's Golden Gate Bridge first opened in 1937, officials said.\n",
    )
    .unwrap();
    desk.import(&desk.path("a.txt"));
    desk.import(&desk.path("b.txt"));
    let claims = desk.claims();
    let ids: Vec<String> = claims
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].to_string())
        .collect();
    (ids[0].clone(), ids[1].clone())
}

#[test]
fn precedents_listed_reused_and_dismissed_through_the_binary() {
    let desk = common::Desk::new();
    let (a, b) = fixture_pair(&desk);
    // Nothing reviewed yet: no precedent.
    let out = desk.ok("alice", &["precedents", &b]);
    assert!(out.contains("no reviewed claim"), "{out}");
    desk.ok(
        "alice",
        &[
            "source",
            "add",
            &a,
            "--url",
            "https://example.org/ggb",
            "--quote",
            "opened in 1937",
            "--stance",
            "supports",
        ],
    );
    desk.ok(
        "alice",
        &["verdict", &a, "true", "--rationale", "City records"],
    );

    let found = desk.json(&["precedents", &b, "--json"]);
    assert_eq!(found[0]["claim_id"].to_string(), a);
    assert_eq!(found[0]["verdict"]["rating"], "true");
    let why = found[0]["why"].as_str().unwrap();
    assert!(why.contains("1937") && why.contains("golden"), "{why}");
    let human = desk.ok("alice", &["precedents", &b]);
    assert!(human.contains(why), "{human}");

    // Reused: the evidence copied, the rating given, linked back, the rationale to confirm.
    let v = desk.json(&["precedents", &b, "--reuse", &a, "--json"]);
    assert_eq!(v["rating"], "true");
    assert!(
        v["rationale"]
            .as_str()
            .unwrap()
            .starts_with(&format!("Reused from claim {a}")),
        "{v}"
    );
    let shown = desk.json(&["show", &b, "--json"]);
    assert_eq!(shown["status"], "reviewed");
    assert_eq!(shown["evidence"][0]["quote"], "opened in 1937");
    let source_verdict = desk.json(&["show", &a, "--json"])["verdicts"][0]["id"].clone();
    assert_eq!(shown["verdicts"][0]["reused_from"], source_verdict);
    let log = desk.json(&["log", "--claim", &b, "--json"]);
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.ends_with(&["evidence-add", "verdict", "verdict-reuse"]),
        "{actions:?}"
    );

    // Dismissed: not offered again (b is reviewed now, so it is a's precedent too).
    assert_eq!(
        desk.json(&["precedents", &a, "--json"])[0]["claim_id"].to_string(),
        b
    );
    desk.ok("alice", &["precedents", &a, "--dismiss", &b]);
    assert_eq!(
        desk.json(&["precedents", &a, "--json"]),
        serde_json::json!([])
    );
    let again = desk.ok("alice", &["precedents", &a, "--dismiss", &b]);
    assert!(again.contains("already"), "{again}");
}

#[test]
fn a_claim_that_is_no_precedent_is_refused_and_nothing_changes() {
    let desk = common::Desk::new();
    let (a, b) = fixture_pair(&desk);
    let before = desk.json(&["log", "--json"]);
    for args in [
        vec!["precedents", &b, "--reuse", &a],
        vec!["precedents", &b, "--reuse", &b],
        vec!["precedents", &b, "--dismiss", &b],
    ] {
        let out = desk.run("alice", &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    let out = desk.run("alice", &["precedents", "999", "--reuse", &a]);
    assert_ne!(out.status.code(), Some(0));
    assert_eq!(desk.json(&["log", "--json"]), before);
}
