//! `log`: the audit trail.

use super::Session;
use crate::cli::output::{Out, cut, say};
use crate::error::Result;
use crate::store::OpenMode;

pub fn run(session: &Session, claim: Option<i64>, json: bool) -> Result<()> {
    let desk = session.desk(OpenMode::ReadOnly)?;
    let store = desk.store();
    if let Some(id) = claim {
        // An unknown claim is an error, unless it existed once (merged away): then its events show.
        if store.claim(id).is_err() && store.events(Some(id))?.is_empty() {
            store.claim(id)?;
        }
    }
    let events = store.events(claim)?;
    Out::stdout().emit(json, &events, |o| {
        for e in &events {
            let claim = match e.claim_id {
                Some(c) if e.entity != "claim" || c != e.entity_id => format!(" (claim {c})"),
                _ => String::new(),
            };
            say!(
                o,
                "{:>5}  {}  {:<12}  {:<16} {} {}{}",
                e.id,
                cut(&e.at, 25),
                cut(&e.actor, 12),
                cut(&e.action, 16),
                cut(&e.entity, 10),
                e.entity_id,
                claim
            )?;
        }
        Ok(())
    })
}
