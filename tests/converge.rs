//! Merges converge: random reviews on two or three copies of one database (real SQLite files),
//! exchanged as JSON bundles in random orders, end in the same state whatever the order, and a
//! bundle merged twice changes nothing. The long run is in the README ("Fuzzing").

use claimdesk::config::Config;
use claimdesk::desk::{self, ArticleMeta, Desk, ExportRequest, Resolution};
use claimdesk::model::Stance;
use claimdesk::report::Format;
use claimdesk::store::{ClaimFilter, NewEvidence, NewSource};
use proptest::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

const ARTICLE: &str = "Title: Station figures\n\n\
The station has orbited Earth for 25 years. \
Its crew spent 355 days in space on the longest mission. \
The agency says it costs $3 billion a year to run. \
About 270 people from 21 countries have visited it so far. \
The station will be retired in 2030, officials said.\n";

const REVIEWERS: [&str; 3] = ["alice", "bob", "chen"];
const RATINGS: [&str; 4] = ["true", "false", "misleading", "unverifiable"];
const WORDINGS: [&str; 3] = [
    "The station is 25 years old.",
    "The station has orbited for a quarter century.",
    "The station's age is 25.",
];

#[derive(Debug, Clone)]
enum Op {
    Evidence {
        claim: usize,
        url: usize,
    },
    RemoveEvidence {
        claim: usize,
    },
    Verdict {
        claim: usize,
        rating: usize,
    },
    Edit {
        claim: usize,
        wording: usize,
    },
    Resolve {
        claim: usize,
        keep: usize,
    },
    Dismiss {
        claim: usize,
    },
    Restore {
        claim: usize,
    },
    /// Assign to a reviewer (past the last one: unassign).
    Assign {
        claim: usize,
        to: usize,
    },
}

#[derive(Debug, Clone)]
enum Step {
    /// A reviewer works on one replica.
    Work {
        replica: usize,
        reviewer: usize,
        op: Op,
    },
    /// One replica's bundle is merged into another.
    Merge { from: usize, into: usize },
}

fn op() -> impl Strategy<Value = Op> {
    let claim = 0..3usize;
    prop_oneof![
        3 => (claim.clone(), 0..3usize).prop_map(|(claim, url)| Op::Evidence { claim, url }),
        1 => claim.clone().prop_map(|claim| Op::RemoveEvidence { claim }),
        3 => (claim.clone(), 0..RATINGS.len()).prop_map(|(claim, rating)| Op::Verdict { claim, rating }),
        2 => (claim.clone(), 0..WORDINGS.len()).prop_map(|(claim, wording)| Op::Edit { claim, wording }),
        1 => (claim.clone(), 1..3usize).prop_map(|(claim, keep)| Op::Resolve { claim, keep }),
        1 => claim.clone().prop_map(|claim| Op::Dismiss { claim }),
        1 => (claim.clone(), 0..=REVIEWERS.len()).prop_map(|(claim, to)| Op::Assign { claim, to }),
        1 => claim.prop_map(|claim| Op::Restore { claim }),
    ]
}

fn steps(replicas: usize) -> impl Strategy<Value = Vec<Step>> {
    let work =
        (0..replicas, 0..REVIEWERS.len(), op()).prop_map(|(replica, reviewer, op)| Step::Work {
            replica,
            reviewer,
            op,
        });
    let merge = (0..replicas, 0..replicas).prop_map(|(from, into)| Step::Merge { from, into });
    prop::collection::vec(prop_oneof![3 => work, 1 => merge], 1..14)
}

/// One database with the article imported, and its path.
fn base(dir: &Path) -> PathBuf {
    let path = dir.join("base.db");
    let file = dir.join("station.md");
    std::fs::write(&file, ARTICLE).unwrap();
    let mut desk = Desk::open(&path, Config::default(), "alice").unwrap();
    desk.import_files(&[file], &ArticleMeta::default(), |_| {})
        .unwrap();
    path
}

fn claim_ids(desk: &Desk) -> Vec<i64> {
    desk.store()
        .claims(&ClaimFilter::default())
        .unwrap()
        .iter()
        .map(|c| c.claim.id)
        .collect()
}

/// Do `op`; what the desk refuses (a verdict without evidence, nothing to resolve…) is skipped.
fn work(desk: &mut Desk, reviewer: &str, op: &Op) {
    desk.set_reviewer(reviewer).unwrap();
    let ids = claim_ids(desk);
    let id = |n: usize| ids[n % ids.len()];
    let _ = match *op {
        Op::Evidence { claim, url } => desk
            .add_evidence(
                id(claim),
                &NewEvidence {
                    source: NewSource {
                        url: format!("https://source.example/{url}"),
                        ..NewSource::default()
                    },
                    stance: Stance::Supports,
                    ..NewEvidence::default()
                },
                None,
            )
            .map(|_| ()),
        Op::RemoveEvidence { claim } => {
            match desk.store().claim(id(claim)).unwrap().evidence.first() {
                Some(e) => desk.remove_evidence(e.id, None).map(|_| ()),
                None => Ok(()),
            }
        }
        Op::Verdict { claim, rating } => desk
            .add_verdict(id(claim), RATINGS[rating], "because", None)
            .map(|_| ()),
        Op::Edit { claim, wording } => desk
            .edit_claim(id(claim), WORDINGS[wording], None)
            .map(|_| ()),
        Op::Resolve { claim, keep } => desk
            .resolve_claim(id(claim), &Resolution::Keep(keep), None)
            .map(|_| ()),
        Op::Dismiss { claim } => desk
            .dismiss_claim(id(claim), "not worth it", None)
            .map(|_| ()),
        Op::Restore { claim } => desk.restore_claim(id(claim), None).map(|_| ()),
        Op::Assign { claim, to } => desk
            .assign_claim(id(claim), REVIEWERS.get(to).copied(), None)
            .map(|_| ()),
    };
}

fn bundle(desk: &Desk) -> String {
    let request = ExportRequest {
        format: Format::Json,
        article: None,
        status: None,
        options: Default::default(),
    };
    desk.render(&request).unwrap().text
}

fn merge(from: &Desk, into: &mut Desk) -> claimdesk::store::MergeSummary {
    let report = desk::parse_bundle("bundle.json", bundle(from).as_bytes()).unwrap();
    into.import_report(&report).unwrap()
}

/// The export with what differs between databases by construction taken out: row ids, versions
/// and update times (each database counts its own changes), and events in uid order.
fn state(desk: &Desk) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(map) => {
                for key in [
                    "id",
                    "article_id",
                    "claim_id",
                    "entity_id",
                    "exported_at",
                    "version",
                    "updated_at",
                ] {
                    map.remove(key);
                }
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v: Value = serde_json::from_str(&bundle(desk)).unwrap();
    v["events"]
        .as_array_mut()
        .unwrap()
        .sort_by(|a, b| a["uid"].as_str().cmp(&b["uid"].as_str()));
    strip(&mut v);
    v
}

fn converge(replicas: usize, steps: &[Step], order: &[(usize, usize)]) {
    let dir = tempfile::tempdir().unwrap();
    let base = base(dir.path());
    let mut desks: Vec<Desk> = (0..replicas)
        .map(|i| {
            let path = dir.path().join(format!("r{i}.db"));
            std::fs::copy(&base, &path).unwrap();
            Desk::open(&path, Config::default(), "alice").unwrap()
        })
        .collect();
    let pair = |desks: &mut Vec<Desk>, from: usize, into: usize| {
        if from != into {
            let (a, b) = if from < into {
                let (l, r) = desks.split_at_mut(into);
                (&l[from], &mut r[0])
            } else {
                let (l, r) = desks.split_at_mut(from);
                (&r[0], &mut l[into])
            };
            merge(a, b);
        }
    };
    for step in steps {
        match step {
            Step::Work {
                replica,
                reviewer,
                op,
            } => work(&mut desks[*replica], REVIEWERS[*reviewer], op),
            Step::Merge { from, into } => pair(&mut desks, *from, *into),
        }
    }
    // Everyone hears from everyone, twice, in the order drawn.
    for _ in 0..2 {
        for &(from, into) in order {
            pair(&mut desks, from % replicas, into % replicas);
        }
    }
    let first = state(&desks[0]);
    for (i, d) in desks.iter().enumerate().skip(1) {
        let other = state(d);
        assert!(
            first == other,
            "replica {i} differs from replica 0:\n{}\n---\n{}",
            serde_json::to_string_pretty(&first["articles"]).unwrap(),
            serde_json::to_string_pretty(&other["articles"]).unwrap()
        );
    }
    // A bundle merged again changes nothing.
    let before = state(&desks[0]);
    let (a, b) = desks.split_at_mut(1);
    let again = merge(&b[0], &mut a[0]);
    assert_eq!(
        again.evidence + again.verdicts + again.events + again.claims,
        0,
        "{again:?}"
    );
    assert_eq!(before, state(&desks[0]));
}

/// Every ordered pair of `n` replicas, shuffled.
fn all_pairs(n: usize) -> impl Strategy<Value = Vec<(usize, usize)>> {
    let pairs: Vec<(usize, usize)> = (0..n)
        .flat_map(|a| (0..n).filter(move |b| *b != a).map(move |b| (a, b)))
        .collect();
    Just(pairs).prop_shuffle()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn two_replicas_converge(steps in steps(2), order in all_pairs(2)) {
        converge(2, &steps, &order);
    }

    #[test]
    fn three_replicas_converge(steps in steps(3), order in all_pairs(3)) {
        converge(3, &steps, &order);
    }
}

/// The long run: `PROPTEST_CASES=2000 cargo test --release --test converge -- --include-ignored`.
#[test]
#[ignore]
fn three_replicas_converge_long_run() {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(500);
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
        cases,
        ..ProptestConfig::default()
    });
    runner
        .run(
            &(steps(3).prop_flat_map(|s| (Just(s), all_pairs(3)))),
            |(s, o)| {
                converge(3, &s, &o);
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn an_edit_on_one_side_merges_cleanly_and_edits_on_both_sides_stay_visible_until_resolved() {
    let dir = tempfile::tempdir().unwrap();
    let base = base(dir.path());
    let open = |name: &str| {
        let path = dir.path().join(name);
        std::fs::copy(&base, &path).unwrap();
        Desk::open(&path, Config::default(), "alice").unwrap()
    };
    let (mut l, mut r) = (open("l.db"), open("r.db"));
    let id = claim_ids(&l)[0];

    // One side only: no conflict, the edit wins on both sides.
    l.edit_claim(id, WORDINGS[0], None).unwrap();
    let sum = merge(&l, &mut r);
    assert!(sum.conflicts.is_empty(), "{sum:?}");
    let claim = r.store().claim(id).unwrap().claim;
    assert_eq!(claim.text, WORDINGS[0]);
    assert!(claim.conflict.is_none());
    assert_ne!(claim.status, claimdesk::model::Status::Disputed);

    // Both sides since their common state: a conflict, with both wordings, on both sides.
    l.set_reviewer("bob").unwrap();
    l.edit_claim(id, WORDINGS[1], None).unwrap();
    r.edit_claim(id, WORDINGS[2], None).unwrap();
    let sum = merge(&l, &mut r);
    assert_eq!(sum.conflicts.len(), 1, "{sum:?}");
    merge(&r, &mut l);
    for d in [&l, &r] {
        let claim = d.store().claim(id).unwrap().claim;
        assert_eq!(claim.status, claimdesk::model::Status::Disputed);
        let texts: Vec<String> = claim
            .conflict
            .unwrap()
            .into_iter()
            .map(|w| w.text)
            .collect();
        assert!(
            texts.contains(&WORDINGS[1].to_string()) && texts.contains(&WORDINGS[2].to_string()),
            "{texts:?}"
        );
    }
    assert_eq!(state(&l)["articles"], state(&r)["articles"]);

    // Resolved on one side: settled on both once merged.
    l.resolve_claim(
        id,
        &Resolution::Text("The station is a quarter century old.".into()),
        None,
    )
    .unwrap();
    merge(&l, &mut r);
    let claim = r.store().claim(id).unwrap().claim;
    assert_eq!(claim.text, "The station is a quarter century old.");
    assert!(claim.conflict.is_none());
    assert_eq!(state(&l)["articles"], state(&r)["articles"]);
}

#[test]
fn the_current_verdict_is_the_latest_in_time_whichever_way_the_merge_goes() {
    let dir = tempfile::tempdir().unwrap();
    let base = base(dir.path());
    let open = |name: &str| {
        let path = dir.path().join(name);
        std::fs::copy(&base, &path).unwrap();
        Desk::open(&path, Config::default(), "alice").unwrap()
    };
    let (mut l, mut r) = (open("l.db"), open("r.db"));
    let id = claim_ids(&l)[1];
    l.add_verdict(id, "unverifiable", "earlier", None).unwrap();
    r.add_verdict(id, "unverifiable", "later", None).unwrap();
    merge(&l, &mut r);
    merge(&r, &mut l);
    for d in [&l, &r] {
        assert_eq!(
            d.store().claim(id).unwrap().verdict.unwrap().rationale,
            "later"
        );
    }
}

#[test]
fn evidence_removed_on_one_side_stays_removed_and_its_verdict_goes_back_to_review() {
    let dir = tempfile::tempdir().unwrap();
    let base = base(dir.path());
    let mut l = Desk::open(&base, Config::default(), "alice").unwrap();
    let id = claim_ids(&l)[1];
    work(&mut l, "alice", &Op::Evidence { claim: 1, url: 0 });
    l.add_verdict(id, "true", "", None).unwrap();
    drop(l);
    let open = |name: &str| {
        let path = dir.path().join(name);
        std::fs::copy(&base, &path).unwrap();
        Desk::open(&path, Config::default(), "alice").unwrap()
    };
    let (mut l, mut r) = (open("l.db"), open("r.db"));
    let e = l.store().claim(id).unwrap().evidence[0].id;
    l.remove_evidence(e, None).unwrap();
    merge(&l, &mut r);
    merge(&r, &mut l);
    for d in [&l, &r] {
        let c = d.store().claim(id).unwrap();
        assert!(c.evidence.is_empty(), "the removal wins on both sides");
        assert_eq!(c.claim.status, claimdesk::model::Status::InReview);
    }
}
