//! Train the check-worthiness model on ClaimBuster's labelled sentences and write its weights.
//!
//!     cargo run --release --example train_score -- ../shared/eval/claimbuster-train.jsonl \
//!         src/extract/score/weights.json
//!
//! Prints the 5-fold cross-validated AUC for each L2 strength tried, keeps the best, prints the
//! score that 90% of the check-worthy sentences reach out of fold (the extractor's threshold),
//! then fits on all the data. Deterministic: fixed folds, fixed order, no randomness else.

use claimdesk::extract::score::train::{self, Example, Fit};
use claimdesk::extract::score::{Model, Provenance, probability};
use serde::Deserialize;
use std::process::ExitCode;

#[derive(Deserialize)]
struct Row {
    text: String,
    checkworthy: bool,
}

const BITS: u32 = 14;
const LAMBDAS: [f64; 4] = [1.0, 3.0, 10.0, 30.0];
const RECALL: f64 = 0.9;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: train_score CLAIMBUSTER.jsonl WEIGHTS.json");
        return ExitCode::from(2);
    };
    let data = match std::fs::read_to_string(input) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("cannot read {input}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut rows = Vec::new();
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match serde_json::from_str::<Row>(line) {
            Ok(r) => rows.push(r),
            Err(e) => {
                eprintln!("{input}:{}: not a labelled sentence: {e}", n + 1);
                return ExitCode::from(2);
            }
        }
    }
    let examples: Vec<Example> = rows
        .iter()
        .map(|r| {
            let kinds: Vec<_> = claimdesk::extract::values::scan(&r.text, None)
                .into_iter()
                .map(|v| v.kind)
                .collect();
            Example::new(&r.text, &kinds, BITS, r.checkworthy)
        })
        .collect();
    let labels: Vec<bool> = rows.iter().map(|r| r.checkworthy).collect();
    let positives = labels.iter().filter(|&&l| l).count();
    println!(
        "{} sentences, {} check-worthy; {} hashed features (2^{BITS})",
        rows.len(),
        positives,
        1 << BITS
    );
    let start = train::start(BITS);
    let mut best: Option<(f64, f64, Vec<f64>)> = None;
    for lambda in LAMBDAS {
        let how = Fit {
            lambda,
            ..Fit::default()
        };
        let oof = train::cross_validate(&examples, &start, how, 5);
        let auc = train::auc(&oof, &labels).unwrap_or(0.5);
        println!("lambda {lambda:>5}: 5-fold cross-validated AUC {auc:.4}");
        if best.as_ref().is_none_or(|b| auc > b.1) {
            best = Some((lambda, auc, oof));
        }
    }
    let Some((lambda, auc, oof)) = best else {
        return ExitCode::from(1);
    };
    // The threshold: the out-of-fold score that RECALL of the check-worthy sentences reach.
    let mut positive_scores: Vec<f64> = oof
        .iter()
        .zip(&labels)
        .filter(|(_, l)| **l)
        .map(|(&s, _)| probability(s))
        .collect();
    positive_scores.sort_by(f64::total_cmp);
    let at = ((1.0 - RECALL) * positive_scores.len() as f64) as usize;
    let threshold = positive_scores.get(at).copied().unwrap_or(0.5);
    let kept = oof
        .iter()
        .zip(&labels)
        .filter(|(s, _)| probability(**s) >= threshold);
    let (kept_n, kept_pos) = kept.fold((0, 0), |(n, p), (_, l)| (n + 1, p + usize::from(*l)));
    println!(
        "chosen lambda {lambda}: AUC {auc:.4}; {:.0}% of check-worthy sentences score >= {threshold:.3} \
         out of fold (precision there {:.2}, {} of {} sentences kept)",
        RECALL * 100.0,
        kept_pos as f64 / kept_n.max(1) as f64,
        kept_n,
        rows.len()
    );
    // The trade-off around it, for the README.
    for recall in [0.8, 0.85, 0.9, 0.95] {
        let t = positive_scores
            .get(((1.0 - recall) * positive_scores.len() as f64) as usize)
            .copied()
            .unwrap_or(0.5);
        let (n, p) = oof
            .iter()
            .zip(&labels)
            .filter(|(s, _)| probability(**s) >= t)
            .fold((0, 0), |(n, p), (_, l)| (n + 1, p + usize::from(*l)));
        println!(
            "  recall {:.0}%: threshold {t:.3}, precision {:.2}",
            recall * 100.0,
            p as f64 / n.max(1) as f64
        );
    }
    let model: Model = train::fit(
        &examples,
        &start,
        Fit {
            lambda,
            ..Fit::default()
        },
    );
    let fitted = train::auc(&train::logits(&model, &examples), &labels).unwrap_or(0.5);
    println!("AUC on the training data itself (not a measure): {fitted:.4}");
    let json = model.to_json(&Provenance {
        lambda,
        cv_auc: auc,
    });
    if let Err(e) = std::fs::write(output, &json) {
        eprintln!("cannot write {output}: {e}");
        return ExitCode::from(1);
    }
    println!("wrote {output} ({} bytes)", json.len());
    ExitCode::SUCCESS
}
