//! `precedents` (list, `--reuse`, `--dismiss`) and `agreement`.

use super::Session;
use crate::cli::output::{Out, cut, say, text};
use crate::error::Result;
use crate::store::OpenMode;

pub fn list(session: &Session, id: i64, limit: usize, json: bool) -> Result<()> {
    let desk = session.desk(OpenMode::ReadOnly)?;
    let found = desk.precedents(id, limit)?;
    Out::stdout().emit(json, &found, |out| {
        if found.is_empty() {
            return say!(
                out,
                "no reviewed claim states what claim {id} states (a precedent is a claim with a verdict that stands)"
            );
        }
        for p in &found {
            say!(
                out,
                "{:>5}  {:<12}  {:.2}  {}",
                p.claim_id,
                cut(&p.verdict.rating, 12),
                p.score,
                cut(&p.text, 100)
            )?;
            say!(out, "       {}", text(&p.why))?;
        }
        say!(
            out,
            "`claimdesk precedents {id} --reuse ID` reuses one's evidence and rating; `--dismiss ID` stops offering it"
        )
    })
}

pub fn reuse(session: &Session, id: i64, precedent: i64, json: bool) -> Result<()> {
    let mut desk = session.desk_with_config(OpenMode::Existing)?;
    let verdict = desk.reuse_precedent(id, precedent, None)?;
    let claim = desk.store().claim(id)?;
    let what = format!("the verdict on claim {id}");
    Out::stdout().saved(what, json, &verdict, |o| {
        say!(
            o,
            "claim {id}: {} by {}, reused from claim {precedent} with its evidence ({} on the claim now); confirm the rationale or give a new verdict: {}",
            text(&verdict.rating),
            text(&verdict.reviewer),
            match claim.evidence.len() { 1 => "1 piece".to_string(), n => format!("{n} pieces") },
            text(&verdict.rationale)
        )
    })
}

pub fn dismiss(session: &Session, id: i64, precedent: i64, json: bool) -> Result<()> {
    let mut desk = session.desk(OpenMode::Existing)?;
    let added = desk.dismiss_precedent(id, precedent)?;
    let value =
        serde_json::json!({ "claim_id": id, "precedent_id": precedent, "dismissed": added });
    Out::stdout().saved("the dismissal", json, &value, |o| {
        if added {
            say!(
                o,
                "claim {precedent} is no longer offered as a precedent of claim {id}"
            )
        } else {
            say!(
                o,
                "claim {precedent} was already dismissed as a precedent of claim {id}"
            )
        }
    })
}

/// A kappa or alpha, or why there is none.
fn measure(x: Option<f64>) -> String {
    x.map_or("undefined (one rating only)".into(), |x| format!("{x:.3}"))
}

pub fn agreement(session: &Session, json: bool) -> Result<()> {
    let desk = session.desk_with_config(OpenMode::ReadOnly)?;
    let a = desk.agreement()?;
    Out::stdout().emit(json, &a, |out| {
        if a.pairs.is_empty() {
            return say!(
                out,
                "no claim has verdicts from two reviewers yet, so there is no agreement to measure"
            );
        }
        say!(
            out,
            "Krippendorff's alpha (nominal): {} over {} claims rated by two or more of {} reviewers",
            measure(a.alpha),
            a.claims,
            a.reviewers.len()
        )?;
        for p in &a.pairs {
            say!(
                out,
                "{} and {}: Cohen's kappa {} over {} claims both rated, {} the same",
                text(&p.a),
                text(&p.b),
                measure(p.kappa),
                p.claims,
                p.agreed
            )?;
            // The confusion between ratings: only the ratings either of them gave.
            let used: Vec<usize> = (0..a.ratings.len())
                .filter(|&i| p.confusion[i].iter().sum::<usize>() > 0 || p.confusion.iter().any(|r| r[i] > 0))
                .collect();
            let width = used.iter().map(|&i| a.ratings[i].chars().count()).max().unwrap_or(4).max(4);
            let head: Vec<String> = used.iter().map(|&i| format!("{:>width$}", cut(&a.ratings[i], 20))).collect();
            say!(out, "  {:<width$}  {}  (rows {}, columns {})", "", head.join(" "), text(&p.a), text(&p.b))?;
            for &i in &used {
                let cells: Vec<String> = used.iter().map(|&j| format!("{:>width$}", p.confusion[i][j])).collect();
                say!(out, "  {:<width$}  {}", cut(&a.ratings[i], 20), cells.join(" "))?;
            }
        }
        Ok(())
    })
}
