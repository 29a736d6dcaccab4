//! `source add|list|remove`, `evidence add|remove` and `verdict`.

use super::Session;
use crate::cli::args::{EvidenceArgs, EvidenceCommand, SourceArgs, SourceCommand};
use crate::cli::output::{Out, cut, say, text, with_field};
use crate::compare::Suggestion;
use crate::desk::Desk;
use crate::error::{Error, Result};
use crate::model::{Evidence, Stance, Status};
use crate::store::OpenMode;
use crate::store::{NewEvidence, NewSource};

fn new_source(a: SourceArgs) -> NewSource {
    NewSource {
        url: a.url,
        title: a.title,
        publisher: a.publisher,
        accessed: a.accessed,
        archive_url: a.archive,
    }
}

/// The new evidence, its stance settled: the one given; with a quote and none given, the stance
/// the comparison of the quote's values with the claim's suggests, used only when the reviewer
/// confirmed it (`--accept-suggested`); otherwise the suggestion is printed and nothing is added.
/// Nothing comparable: `context`, as without a quote.
fn new_evidence(
    desk: &Desk,
    claim_id: i64,
    source_id: Option<i64>,
    source: NewSource,
    e: EvidenceArgs,
    json: bool,
) -> Result<NewEvidence> {
    let stance = match (e.stance, e.quote.as_deref()) {
        (Some(s), _) => s,
        (None, Some(q)) if !q.trim().is_empty() => {
            let suggestion = desk.suggest_stance(claim_id, q)?;
            match suggestion.stance {
                Some(s) if e.accept_suggested => s,
                Some(s) => {
                    let mut out = Out::stdout();
                    out.emit(json, &suggestion, |o| print_suggestion(o, &suggestion))?;
                    out.flush()?;
                    return Err(Error::bad_input(format!(
                        "evidence not added: its quote suggests the stance {}; re-run with --accept-suggested to confirm it, or with --stance to choose one",
                        s.as_str()
                    )));
                }
                None => Stance::default(),
            }
        }
        _ => Stance::default(),
    };
    Ok(NewEvidence {
        source_id,
        source,
        quote: e.quote,
        stance,
        note: e.note,
    })
}

fn print_suggestion(out: &mut Out, s: &Suggestion) -> Result<()> {
    for c in &s.comparisons {
        say!(out, "  {}", text(&c.sentence))?;
    }
    match s.stance {
        Some(stance) => say!(
            out,
            "suggested stance: {} ({})",
            stance.as_str(),
            text(&s.why)
        ),
        None => Ok(()),
    }
}

fn print_added(out: &mut Out, desk: &Desk, e: &Evidence) -> Result<()> {
    say!(
        out,
        "added {} to claim {} as evidence {} ({})",
        text(&e.source.url),
        e.claim_id,
        e.id,
        e.stance.as_str()
    )?;
    if let Some(q) = &e.quote {
        let s = desk.suggest_stance(e.claim_id, q)?;
        for c in &s.comparisons {
            say!(out, "  {}", text(&c.sentence))?;
        }
    }
    Ok(())
}

pub fn source(session: &Session, command: SourceCommand) -> Result<()> {
    let mode = match command {
        SourceCommand::List { .. } => OpenMode::ReadOnly,
        _ => OpenMode::Existing,
    };
    let mut desk = session.desk(mode)?;
    let mut out = Out::stdout();
    match command {
        SourceCommand::Add {
            claim_id,
            source,
            evidence,
            json,
        } => {
            let new = new_evidence(&desk, claim_id, None, new_source(source), evidence, json)?;
            let e = desk.add_evidence(claim_id, &new, None)?;
            out.saved(format!("evidence {}", e.id), json, &e, |o| {
                print_added(o, &desk, &e)
            })
        }
        SourceCommand::List { json } => {
            let sources = desk.store().sources()?;
            let list: Vec<_> = sources
                .iter()
                .map(|(s, n)| with_field(s, "evidence", *n))
                .collect();
            out.emit(json, &list, |o| {
                for (s, n) in &sources {
                    say!(
                        o,
                        "{:>4}  {:>3} cited  {}  {}",
                        s.id,
                        n,
                        text(&s.url),
                        s.title.as_deref().map(|t| cut(t, 60)).unwrap_or_default()
                    )?;
                }
                Ok(())
            })
        }
        SourceCommand::Remove { source_id, json } => {
            let s = desk.remove_source(source_id)?;
            let what = format!("the removal of source {}", s.id);
            out.saved(what, json, &s, |o| {
                say!(o, "removed source {} ({})", s.id, text(&s.url))
            })
        }
    }
}

pub fn evidence(session: &Session, command: EvidenceCommand) -> Result<()> {
    let mut desk = session.desk(OpenMode::Existing)?;
    let mut out = Out::stdout();
    match command {
        EvidenceCommand::Add {
            claim_id,
            source,
            url,
            title,
            publisher,
            accessed,
            archive,
            evidence,
            json,
        } => {
            let by_url = NewSource {
                url: url.unwrap_or_default(),
                title,
                publisher,
                accessed,
                archive_url: archive,
            };
            let new = new_evidence(&desk, claim_id, source, by_url, evidence, json)?;
            let e = desk.add_evidence(claim_id, &new, None)?;
            out.saved(format!("evidence {}", e.id), json, &e, |o| {
                print_added(o, &desk, &e)
            })
        }
        EvidenceCommand::DismissSuggestion { evidence_id, json } => {
            let (e, changed) = desk.dismiss_suggestion(evidence_id)?;
            let what = format!("the dismissal of evidence {}'s suggested stance", e.id);
            out.saved(what, json, &e, |o| {
                if changed {
                    say!(
                        o,
                        "dismissed the stance suggested by evidence {}'s values; it is no longer shown",
                        e.id
                    )
                } else {
                    say!(o, "evidence {}'s suggested stance was dismissed already", e.id)
                }
            })
        }
        EvidenceCommand::Remove { evidence_id, json } => {
            let reopens = desk.removal_reopens(evidence_id)?;
            let e = desk.remove_evidence(evidence_id, None)?;
            let what = format!("the removal of evidence {}", e.id);
            out.saved(what, json, &e, |o| {
                say!(o, "removed evidence {} from claim {}", e.id, e.claim_id)?;
                match &reopens {
                    Some(sentence) => say!(o, "{}", text(sentence)),
                    None => Ok(()),
                }
            })
        }
    }
}

pub fn verdict(
    session: &Session,
    claim_id: i64,
    rating: &str,
    rationale: &str,
    recheck: bool,
    json: bool,
) -> Result<()> {
    let mut desk = session.desk_with_config(OpenMode::Existing)?;
    let verdict = desk.add_verdict_as(claim_id, rating, rationale, None, recheck)?;
    let claim = desk.store().claim(claim_id)?;
    let what = format!("the verdict on claim {claim_id}");
    Out::stdout().saved(what, json, &verdict, |o| {
        say!(
            o,
            "claim {claim_id}: {} by {}{}",
            text(&verdict.rating),
            text(&verdict.reviewer),
            if verdict.recheck { " (re-check)" } else { "" }
        )?;
        let rated = claim.current_ratings().len();
        match claim.claim.status {
            Status::InReview if claim.panel.is_some_and(|p| rated < p.size) => say!(
                o,
                "claim {claim_id} waits for the panel: {rated} of {} reviewers have rated it",
                claim.panel.map_or(0, |p| p.size)
            ),
            Status::Disputed if claim.claim.conflict.is_none() => say!(
                o,
                "claim {claim_id} is disputed: {}",
                text(&claim.disagreement())
            ),
            _ => Ok(()),
        }
    })
}
