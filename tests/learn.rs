//! Learning from the desk, on a real database file: a desk whose reviewers consistently dismiss
//! one kind of claim (sport results and weather forecasts, which the shipped score ranks as high
//! as any other numbers) and check another (budgets, jobs, trade) ranks its held-back claims
//! better after it learns.

use claimdesk::config::Config;
use claimdesk::desk::{ArticleMeta, Desk};
use claimdesk::extract::score::train::auc;
use claimdesk::model::ClaimCore;
use claimdesk::store::ClaimFilter;
use std::path::{Path, PathBuf};

const PLACES: [&str; 6] = [
    "Springfield",
    "Riverton",
    "Lakeside",
    "Northgate",
    "Elmwood",
    "Harbor City",
];
const PEOPLE: [&str; 6] = [
    "Maria Lopez",
    "Tom Reyes",
    "Aisha Khan",
    "Peter Novak",
    "Grace Obi",
    "Daniel Weiss",
];
const TEAMS: [&str; 6] = [
    "the Tigers",
    "the Rovers",
    "United",
    "the Hawks",
    "City",
    "the Mariners",
];
const MONTHS: [&str; 6] = ["January", "March", "April", "June", "September", "November"];

/// Articles from this one on are held back: never labelled, and worded with templates of their
/// own, so learning must carry over from words and cues, not from whole sentences.
const HELD_BACK: usize = 12;

/// The sentences a reviewer checks: money, jobs, trade, laws.
fn checked(i: usize) -> Vec<String> {
    let (p, n, m) = (PLACES[i % 6], PEOPLE[(i + 2) % 6], MONTHS[i % 6]);
    let x = 3 + (i * 7) % 40;
    if i >= HELD_BACK {
        return vec![
            format!(
                "{p} will spend ${x} million on road repairs next year, the mayor's office said."
            ),
            format!(
                "Inflation in {p} rose to {}.{}% in {m}, up from 3.1% a year earlier.",
                x % 6 + 2,
                i % 10
            ),
            format!(
                "The governor signed a law cutting the sales tax to {}% from {m} 1.",
                x % 5 + 4
            ),
            format!(
                "{n} said the hospital budget grew by ${} million in 2022.",
                x + 11
            ),
            format!(
                "Housing starts in {p} dropped {}% in the second quarter, the census bureau reported.",
                x % 9 + 3
            ),
            format!(
                "The factory in {p} will add {} jobs by 2025, {n} announced.",
                x * 20 + 40
            ),
        ];
    }
    vec![
        format!("The council of {p} approved a budget of ${x} million for schools in 2023."),
        format!(
            "Unemployment in {p} fell to {}.{}% in {m}, the statistics office said.",
            x % 9 + 2,
            i % 10
        ),
        format!(
            "{n} said the state spent ${} billion on hospitals last year.",
            x + 4
        ),
        format!(
            "The new law raises the minimum wage in {p} to ${}.50 an hour from {m} 1.",
            x % 7 + 9
        ),
        format!(
            "Exports from {p} grew by {}% in the first quarter, according to the trade ministry.",
            x % 13 + 2
        ),
        format!(
            "Since 2019 the city has built {} affordable homes, {n} told reporters.",
            x * 30 + 120
        ),
    ]
}

/// The sentences this desk's reviewers dismiss: scores of games and the weather.
fn dismissed(i: usize) -> Vec<String> {
    let (t1, t2, n) = (TEAMS[i % 6], TEAMS[(i + 3) % 6], PEOPLE[(i + 4) % 6]);
    let x = 2 + (i * 5) % 30;
    if i >= HELD_BACK {
        return vec![
            format!(
                "{t1} drew {}-{} with {t2} on Sunday after a late equaliser.",
                x % 3 + 1,
                x % 3 + 1
            ),
            format!("{n} hit {} home runs in the last three games.", x % 3 + 2),
            format!(
                "Snow is forecast for {} of the next 10 days, with lows of minus {} degrees.",
                x % 6 + 2,
                x % 9 + 3
            ),
            format!(
                "{t1} lost {} of their last {} away matches.",
                x % 5 + 2,
                x % 5 + 8
            ),
            format!(
                "The goalkeeper kept {} clean sheets in {} matches this season.",
                x % 7 + 3,
                x + 10
            ),
            format!(
                "Winds of up to {} kilometres an hour are expected on Saturday, forecasters warned.",
                x * 3 + 40
            ),
        ];
    }
    vec![
        format!(
            "On Saturday {t1} beat {t2} {}-{} in front of {} fans.",
            x % 5 + 2,
            x % 2,
            x * 1000 + 500
        ),
        format!(
            "{n} scored {} goals in the second half of the match.",
            x % 3 + 2
        ),
        format!(
            "Temperatures will reach {} degrees on Friday, forecasters said.",
            x + 10
        ),
        format!(
            "{t1} have won {} of their last {} games at home.",
            x % 6 + 3,
            x % 6 + 9
        ),
        format!(
            "Rain is expected on {} of the next 7 days across the region.",
            x % 5 + 2
        ),
        format!(
            "The striker has netted {} times in {} appearances this season.",
            x + 3,
            x + 12
        ),
    ]
}

/// An article mixing both kinds, in an order that differs from article to article.
fn article(i: usize) -> (String, Vec<(String, bool)>) {
    let mut sentences: Vec<(String, bool)> = checked(i)
        .into_iter()
        .map(|s| (s, true))
        .chain(dismissed(i).into_iter().map(|s| (s, false)))
        .collect();
    let n = sentences.len();
    sentences.rotate_left(i % n);
    if i % 2 == 1 {
        sentences.reverse();
    }
    let text = format!(
        "Weekly round-up number {i}\n\n{}\n",
        sentences
            .iter()
            .map(|(s, _)| s.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    );
    (text, sentences)
}

fn write_articles(dir: &Path, range: std::ops::Range<usize>) -> Vec<PathBuf> {
    range
        .map(|i| {
            let path = dir.join(format!("article-{i:02}.txt"));
            std::fs::write(&path, article(i).0).unwrap();
            path
        })
        .collect()
}

/// Whether a claim is one this desk checks: by the sentence of its article its span lies in
/// (`None` for the headline). By place, not wording: a claim is worded to stand alone ("According
/// to the trade ministry, …").
fn kind_of(article: &str, claim: &ClaimCore, sentences: &[(String, bool)]) -> Option<bool> {
    sentences
        .iter()
        .find(|(s, _)| {
            let Some(byte) = article.find(s.as_str()) else {
                return false;
            };
            let start = article[..byte].chars().count();
            let end = start + s.chars().count();
            start <= claim.start && claim.end <= end
        })
        .map(|s| s.1)
}

/// The AUC of the stored scores of the claims of `articles` (ids with their generator index).
fn held_back_auc(desk: &Desk, articles: &[(i64, usize)]) -> f64 {
    let (mut scores, mut truth) = (Vec::new(), Vec::new());
    for &(id, i) in articles {
        let (text, sentences) = article(i);
        let claims = desk
            .store()
            .claims(&ClaimFilter {
                article: Some(id),
                ..ClaimFilter::default()
            })
            .unwrap();
        for c in claims {
            if let Some(kind) = kind_of(&text, &c.claim, &sentences) {
                scores.push(c.claim.score);
                truth.push(kind);
            }
        }
    }
    assert!(truth.iter().filter(|&&t| t).count() >= 10, "{truth:?}");
    assert!(truth.iter().filter(|&&t| !t).count() >= 10, "{truth:?}");
    auc(&scores, &truth).unwrap()
}

/// The reviewers' work on the training articles: dismiss the sport and weather claims, give the
/// others a verdict.
fn review(desk: &mut Desk, articles: &[(i64, usize)]) -> usize {
    let mut labelled = 0;
    for &(id, i) in articles {
        let (text, sentences) = article(i);
        let claims = desk
            .store()
            .claims(&ClaimFilter {
                article: Some(id),
                ..ClaimFilter::default()
            })
            .unwrap();
        for c in claims {
            let Some(kind) = kind_of(&text, &c.claim, &sentences) else {
                continue;
            };
            if kind {
                desk.add_verdict(c.claim.id, "unverifiable", "", None)
                    .unwrap();
            } else {
                desk.dismiss_claim(c.claim.id, "not what this desk checks", None)
                    .unwrap();
            }
            labelled += 1;
        }
    }
    labelled
}

fn import(desk: &mut Desk, files: &[PathBuf], first: usize) -> Vec<(i64, usize)> {
    let run = desk
        .import_files(files, &ArticleMeta::default(), |_| {})
        .unwrap();
    assert!(run.skipped.is_empty() && run.stopped.is_none());
    run.imported
        .iter()
        .enumerate()
        .map(|(k, (_, a, _))| (a.id, first + k))
        .collect()
}

#[test]
fn a_desk_that_dismisses_a_kind_of_claim_ranks_its_held_back_claims_better_after_learning() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("desk.db");
    let mut desk = Desk::open(&db, Config::default(), "alice").unwrap();
    let train = write_articles(dir.path(), 0..HELD_BACK);
    let held = write_articles(dir.path(), HELD_BACK..HELD_BACK + 6);
    let train = import(&mut desk, &train, 0);
    let held = import(&mut desk, &held, HELD_BACK);

    let before = held_back_auc(&desk, &held);
    let labelled = review(&mut desk, &train);
    assert!(labelled >= 100, "{labelled}");
    let learned = desk.learn().unwrap();
    let after = held_back_auc(&desk, &held);
    eprintln!("held-back AUC before learning {before:.3}, after {after:.3}; {learned:?}");
    assert!(
        after > before && after >= 0.98,
        "held-back AUC before {before:.3}, after {after:.3}"
    );
    assert_eq!(learned.labels, labelled);
    assert!(learned.dismissed > 0 && learned.checkworthy > 0);
    assert!(learned.lowered > 0 && learned.rescored > labelled);
    assert!(learned.auc_after > learned.auc_before, "{learned:?}");

    // Stored in the database: another desk on the same file scores with it, and scores stay in
    // [0, 1].
    drop(desk);
    let desk = Desk::open(&db, Config::default(), "bob").unwrap();
    assert_eq!(held_back_auc(&desk, &held), after);
    let all = desk.store().claims(&ClaimFilter::default()).unwrap();
    assert!(all.iter().all(|c| (0.0..=1.0).contains(&c.claim.score)));
}

#[test]
fn an_import_learns_first_when_the_labels_changed_and_scores_new_articles_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::open(&dir.path().join("desk.db"), Config::default(), "alice").unwrap();
    let train = write_articles(dir.path(), 0..HELD_BACK);
    let train = import(&mut desk, &train, 0);
    review(&mut desk, &train);

    // What the shipped score makes of the held-back articles, through a desk that learned nothing.
    let plain_dir = tempfile::tempdir().unwrap();
    let mut plain = Desk::open(&plain_dir.path().join("plain.db"), Config::default(), "x").unwrap();
    let held_files = write_articles(dir.path(), HELD_BACK..HELD_BACK + 6);
    let plain_held = import(&mut plain, &held_files, HELD_BACK);
    let shipped = held_back_auc(&plain, &plain_held);

    let run = desk
        .import_files(&held_files, &ArticleMeta::default(), |_| {})
        .unwrap();
    let learned = run
        .learned
        .expect("the labels changed, so the import learns");
    assert!(learned.labels >= 100);
    let held: Vec<(i64, usize)> = run
        .imported
        .iter()
        .enumerate()
        .map(|(k, (_, a, _))| (a.id, HELD_BACK + k))
        .collect();
    let desk_auc = held_back_auc(&desk, &held);
    eprintln!(
        "held-back AUC, shipped score {shipped:.3}, scored at import by the desk {desk_auc:.3}"
    );
    assert!(
        desk_auc > shipped && desk_auc >= 0.98,
        "shipped {shipped:.3}, desk {desk_auc:.3}"
    );

    // Nothing new to learn: the next import does not learn again.
    let more = write_articles(dir.path(), 18..19);
    let run = desk
        .import_files(&more, &ArticleMeta::default(), |_| {})
        .unwrap();
    assert!(run.learned.is_none());
}

#[test]
fn with_no_labels_learning_keeps_the_shipped_score() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::open(&dir.path().join("desk.db"), Config::default(), "alice").unwrap();
    let files = write_articles(dir.path(), 0..2);
    import(&mut desk, &files, 0);
    let before: Vec<f64> = desk
        .store()
        .claims(&ClaimFilter::default())
        .unwrap()
        .iter()
        .map(|c| c.claim.score)
        .collect();
    let learned = desk.learn().unwrap();
    assert_eq!(learned.labels, 0);
    assert_eq!(learned.raised + learned.lowered, 0);
    assert!(learned.moved.is_empty());
    let after: Vec<f64> = desk
        .store()
        .claims(&ClaimFilter::default())
        .unwrap()
        .iter()
        .map(|c| c.claim.score)
        .collect();
    assert_eq!(before, after);
}
