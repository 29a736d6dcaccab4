//! `learn`: the desk's score learned again from its reviewers' decisions.

use super::Session;
use crate::cli::output::{Out, say, text};
use crate::error::Result;
use crate::store::OpenMode;

pub fn run(session: &Session, json: bool) -> Result<()> {
    let mut desk = session.desk(OpenMode::Existing)?;
    let learned = desk.learn()?;
    Out::stdout().saved("the learned score", json, &learned, |out| {
        if learned.labels == 0 {
            say!(
                out,
                "no claim is labelled yet, so the shipped score stays in force: dismiss the claims not worth checking, and give evidence or a verdict to those that are"
            )?;
        } else {
            say!(
                out,
                "learned from {} labelled claims: {} check-worthy, {} dismissed",
                learned.labels,
                learned.checkworthy,
                learned.dismissed
            )?;
        }
        if let (Some(a), Some(b)) = (learned.auc_before, learned.auc_after) {
            say!(
                out,
                "ranking of the labelled claims (AUC, check-worthy above dismissed): {a:.3} -> {b:.3}"
            )?;
        }
        say!(
            out,
            "{} claims scored again: {} raised, {} lowered (by 0.01 or more)",
            learned.rescored,
            learned.raised,
            learned.lowered
        )?;
        if !learned.moved.is_empty() {
            let moved: Vec<String> = learned
                .moved
                .iter()
                .map(|m| format!("{} {:+.2}", text(&m.feature), m.change))
                .collect();
            say!(out, "weights that moved most: {}", moved.join(", "))?;
        }
        Ok(())
    })
}
