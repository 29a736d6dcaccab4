//! `claims`, `show` and `claim add|edit|split|merge|dismiss|restore`.

use super::Session;
use crate::cli::args::ClaimCommand;
use crate::cli::output::{Out, cut, say, text, value_line, with_field};
use crate::desk::{Locate, Resolution, SplitAt, Undone, quote};
use crate::error::{Error, Result};
use crate::extract::Claimant;
use crate::model::Status;
use crate::store::{ClaimFilter, OpenMode};

pub fn list(session: &Session, filter: &ClaimFilter, json: bool) -> Result<()> {
    let desk = session.desk(OpenMode::ReadOnly)?;
    let claims = desk.claims_seen(filter)?;
    Out::stdout().emit(json, &claims, |out| {
        for c in &claims {
            // Who makes the claim, in brackets before its text; none: the article's own.
            let claimant = c
                .claim
                .claimant
                .as_ref()
                .map_or(String::new(), |k| format!("[{}] ", cut(&k.name, 40)));
            say!(
                out,
                "{:>5}  {:<9}  {:.2}  {:<12}  {:<10}  {claimant}{}",
                c.claim.id,
                c.claim.status.as_str(),
                c.claim.score,
                c.verdict
                    .as_ref()
                    .map_or("-".into(), |v| cut(&v.rating, 12)),
                c.claim.kind.as_str(),
                cut(&c.claim.text, 100)
            )?;
        }
        Ok(())
    })
}

/// `due`: the claims whose re-check date has come by `on` (today by default).
pub fn due(session: &Session, on: Option<&str>, json: bool) -> Result<()> {
    let desk = session.desk(OpenMode::ReadOnly)?;
    let claims = desk.due(on)?;
    Out::stdout().emit(json, &claims, |out| {
        if claims.is_empty() {
            return say!(out, "no claim is due for a re-check");
        }
        for c in &claims {
            say!(
                out,
                "{:>5}  {}  {:<9}  {:<12}  {}",
                c.claim.id,
                c.claim.recheck_on.as_deref().unwrap_or("-"),
                c.claim.status.as_str(),
                c.verdict
                    .as_ref()
                    .map_or("-".into(), |v| cut(&v.rating, 12)),
                cut(&c.claim.text, 100)
            )?;
        }
        Ok(())
    })
}

/// Character spans as `START..END, …`.
fn spans(spans: &[[usize; 2]]) -> String {
    spans
        .iter()
        .map(|[s, e]| format!("{s}..{e}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `START:END[,START:END…]` as spans; anything else is bad input.
fn parse_parts(input: &str) -> Result<Vec<[usize; 2]>> {
    input
        .split(',')
        .map(|piece| {
            let piece = piece.trim();
            piece
                .split_once(':')
                .or_else(|| piece.split_once(".."))
                .and_then(|(a, b)| Some([a.trim().parse().ok()?, b.trim().parse().ok()?]))
                .ok_or_else(|| {
                    Error::bad_input(format!(
                        "`{piece}` is not a part; give character spans as START:END, separated by commas"
                    ))
                })
        })
        .collect()
}

pub fn show(session: &Session, id: i64, json: bool) -> Result<()> {
    let desk = session.desk(OpenMode::ReadOnly)?;
    let detail = desk.claim_seen(id)?;
    let comparisons = detail.comparisons();
    let shown = with_field(
        &detail,
        "comparisons",
        serde_json::to_value(&comparisons).unwrap_or_default(),
    );
    Out::stdout().emit(json, &shown, |out| {
        let c = &detail.claim;
        say!(
            out,
            "Claim {} (article {}, chars {}..{}): {}",
            c.id,
            c.article_id,
            c.start,
            c.end,
            c.status.as_str()
        )?;
        say!(out, "  {}", text(&c.text))?;
        say!(out, "  type: {}", c.kind.as_str())?;
        if let Some(d) = &c.recheck_on {
            say!(out, "  re-check on: {d}")?;
        }
        match &c.claimant {
            Some(k) => say!(out, "  claimant: {} ({})", text(&k.name), k.kind.as_str())?,
            None => say!(out, "  claimant: the article itself")?,
        }
        say!(out, "  parts: {}", spans(&c.parts))?;
        if let Some(a) = &c.assignee {
            say!(out, "  assigned to: {}", text(a))?;
        }
        if c.appearances.len() > 1 {
            say!(out, "  stated: {} times", c.appearances.len())?;
            say!(out, "  appearances: {}", spans(&c.appearances))?;
        }
        say!(
            out,
            "  score {:.2}  cues: {}",
            c.score,
            text(&c.cues.join(", "))
        )?;
        if let Some(s) = &c.subject {
            say!(out, "  subject: {}", text(s))?;
        }
        if let Some(r) = &c.dismissed_reason {
            say!(out, "  dismissed: {}", text(r))?;
        }
        if let Some(wordings) = &c.conflict {
            say!(
                out,
                "  worded differently by merged desks; `claimdesk claim resolve {} --keep N` settles it:",
                c.id
            )?;
            for (n, w) in wordings.iter().enumerate() {
                say!(out, "  {}. {} ({} at {})", n + 1, text(&w.text), text(&w.by), w.at)?;
            }
        } else if c.status == Status::Disputed {
            say!(out, "  disputed: {}", text(&detail.disagreement()))?;
        }
        for v in &detail.values {
            say!(
                out,
                "  {}",
                value_line(v.kind, &v.text, v.value.as_deref(), v.modifier)
            )?;
        }
        for e in &detail.evidence {
            say!(
                out,
                "  evidence {} [{}] {} by {}",
                e.id,
                e.stance.as_str(),
                text(&e.source.url),
                text(&e.reviewer)
            )?;
            if let Some(t) = &e.source.title {
                say!(out, "    title: {}", text(t))?;
            }
            if let Some(p) = &e.source.publisher {
                say!(out, "    publisher: {}", text(p))?;
            }
            if let Some(a) = &e.source.accessed {
                say!(out, "    accessed: {}", text(a))?;
            }
            if let Some(a) = &e.source.archive_url {
                say!(out, "    archive: {}", text(a))?;
            }
            if let Some(q) = &e.quote {
                say!(out, "    “{}”", cut(q, 200))?;
            }
            for c in comparisons.iter().filter(|c| c.evidence == e.id) {
                for one in &c.suggestion.comparisons {
                    say!(out, "    compared: {}", text(&one.sentence))?;
                }
                if let Some(s) = c
                    .suggestion
                    .stance
                    .filter(|s| *s != e.stance && !e.suggestion_dismissed)
                {
                    say!(
                        out,
                        "    the values suggest {}: {}",
                        s.as_str(),
                        text(&c.suggestion.why)
                    )?;
                }
            }
            if let Some(n) = &e.note {
                say!(out, "    note: {}", cut(n, 200))?;
            }
        }
        let standing = detail.verdicts.len() - detail.standing_verdicts().len();
        for (i, v) in detail.verdicts.iter().enumerate() {
            let mark = if v.recheck {
                " (re-check)"
            } else if i < standing {
                " (before re-check)"
            } else {
                ""
            };
            say!(
                out,
                "  verdict {}: {} by {} at {}{mark}{}",
                v.id,
                text(&v.rating),
                text(&v.reviewer),
                v.at,
                v.withdrawn_at
                    .as_ref()
                    .map(|w| format!(" (withdrawn at {w})"))
                    .unwrap_or_default()
            )?;
            if let Some(from) = v.reused_from {
                say!(out, "    reused from verdict {from}")?;
            }
            if !v.rationale.is_empty() {
                say!(out, "    {}", cut(&v.rationale, 200))?;
            }
        }
        if detail.verdicts.is_empty()
            && detail.panel.is_some_and(|p| p.blind)
            && desk.store().claim(c.id)?.verdicts.iter().any(|v| v.reviewer != desk.reviewer())
        {
            say!(
                out,
                "  the panel is blind: the other reviewers' verdicts show once you have given yours"
            )?;
        }
        Ok(())
    })
}

pub fn change(session: &Session, command: ClaimCommand) -> Result<()> {
    let mut desk = session.desk(OpenMode::Existing)?;
    let mut out = Out::stdout();
    let (detail, json) = match command {
        ClaimCommand::Add {
            article,
            span,
            quote: words,
            json,
        } => {
            let at = match (span, words) {
                (Some(span), _) => {
                    let (a, b) = quote::parse_span(&span).ok_or_else(|| {
                        Error::bad_input(format!(
                            "--span \"{}\" is not START..END; write it as e.g. 120..180",
                            cut(&span, 40)
                        ))
                    })?;
                    Locate::Span(a, b)
                }
                (None, Some(q)) => Locate::Quote(q),
                (None, None) => {
                    return Err(Error::bad_input("give --span START..END or --quote TEXT"));
                }
            };
            (desk.add_claim(article, &at)?, json)
        }
        ClaimCommand::Edit {
            claim_id,
            text,
            json,
        } => (desk.edit_claim(claim_id, &text, None)?, json),
        ClaimCommand::Resolve {
            claim_id,
            keep,
            text,
            json,
        } => {
            let choice = match (keep, text) {
                (_, Some(t)) => Resolution::Text(t),
                (Some(n), None) => Resolution::Keep(n),
                (None, None) => Resolution::Current,
            };
            (desk.resolve_claim(claim_id, &choice, None)?, json)
        }
        ClaimCommand::Split {
            claim_id,
            at,
            before,
            json,
        } => {
            let at = match (at, before) {
                (Some(n), _) => SplitAt::Offset(n),
                (None, Some(b)) => SplitAt::Before(b),
                (None, None) => return Err(Error::bad_input("give --at N or --before TEXT")),
            };
            let (first, second) = desk.split_claim(claim_id, &at, None)?;
            let what = format!("the split of claim {}", first.claim.id);
            return out.saved(what, json, &[&first, &second], |out| {
                say!(
                    out,
                    "claim {} split: {} | {}",
                    first.claim.id,
                    cut(&first.claim.text, 60),
                    cut(&second.claim.text, 60)
                )?;
                say!(out, "new claim {}", second.claim.id)
            });
        }
        ClaimCommand::Merge {
            claim_id,
            other,
            json,
        } => (desk.merge_claims(claim_id, other, None)?, json),
        ClaimCommand::Dismiss {
            claim_ids,
            reason,
            json,
        } => {
            if let [claim_id] = claim_ids[..] {
                (desk.dismiss_claim(claim_id, &reason, None)?, json)
            } else {
                let done = desk.dismiss_claims(&claim_ids, &reason)?;
                let list = |ids: &[i64]| {
                    ids.iter()
                        .map(i64::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let value = serde_json::json!({
                    "dismissed": done.dismissed,
                    "already_dismissed": done.already,
                });
                return out.saved("the dismissals", json, &value, |out| {
                    say!(out, "dismissed: {}", list(&done.dismissed))?;
                    if done.already.is_empty() {
                        Ok(())
                    } else {
                        say!(out, "already dismissed: {}", list(&done.already))
                    }
                });
            }
        }
        ClaimCommand::Restore { claim_id, json } => (desk.restore_claim(claim_id, None)?, json),
        ClaimCommand::Recheck {
            claim_id,
            on,
            clear: _,
            json,
        } => {
            // clap lets through --on DATE or --clear alone.
            let detail = desk.set_recheck(claim_id, on.as_deref(), None)?;
            return out.saved(
                format!("claim {claim_id}"),
                json,
                &detail,
                |out| match &detail.claim.recheck_on {
                    Some(d) => say!(out, "claim {claim_id} is to be checked again on {d}"),
                    None => say!(out, "claim {claim_id} has no re-check date"),
                },
            );
        }
        ClaimCommand::Assign { claim_id, to, json } => {
            let detail = desk.assign_claim(claim_id, Some(&to), None)?;
            return out.saved(format!("claim {claim_id}"), json, &detail, |out| {
                say!(
                    out,
                    "claim {claim_id} is assigned to {}",
                    cut(detail.claim.assignee.as_deref().unwrap_or_default(), 100)
                )
            });
        }
        ClaimCommand::Unassign { claim_id, json } => {
            let detail = desk.assign_claim(claim_id, None, None)?;
            return out.saved(format!("claim {claim_id}"), json, &detail, |out| {
                say!(out, "claim {claim_id} is assigned to nobody")
            });
        }
        ClaimCommand::Parts {
            claim_id,
            parts,
            json,
        } => {
            let parts = parse_parts(&parts)?;
            let detail = desk.set_parts(claim_id, &parts, None)?;
            return out.saved(format!("claim {claim_id}"), json, &detail, |out| {
                say!(
                    out,
                    "claim {claim_id} rests on {}: {}",
                    spans(&detail.claim.parts),
                    cut(&detail.claim.text, 100)
                )
            });
        }
        ClaimCommand::Claimant {
            claim_id,
            name,
            kind,
            clear: _,
            json,
        } => {
            // clap lets through a name with its kind, or --clear alone.
            let claimant = match (name, kind) {
                (Some(name), Some(kind)) => Some(Claimant { name, kind }),
                _ => None,
            };
            let detail = desk.set_claimant(claim_id, claimant.as_ref(), None)?;
            return out.saved(
                format!("claim {claim_id}"),
                json,
                &detail,
                |out| match &detail.claim.claimant {
                    Some(k) => say!(
                        out,
                        "claim {claim_id} is claimed by {} ({})",
                        cut(&k.name, 100),
                        k.kind.as_str()
                    ),
                    None => say!(out, "claim {claim_id} is the article's own claim"),
                },
            );
        }
    };
    out.saved(format!("claim {}", detail.claim.id), json, &detail, |out| {
        say!(
            out,
            "claim {} ({}): {}",
            detail.claim.id,
            detail.claim.status.as_str(),
            cut(&detail.claim.text, 100)
        )
    })
}

/// `claimdesk undo` and `claimdesk redo`: the reviewer's last change taken back, or made again.
pub fn undo(session: &Session, redo: bool, json: bool) -> Result<()> {
    let mut desk = session.desk(OpenMode::Existing)?;
    let done = if redo { desk.redo()? } else { desk.undo()? };
    let verb = if redo { "redone" } else { "undone" };
    let (what, claim) = match done {
        Undone::Nothing => {
            let value = serde_json::json!({ verb: null });
            return Out::stdout().emit(json, &value, |out| {
                say!(out, "nothing to {}", if redo { "redo" } else { "undo" })
            });
        }
        Undone::Cannot { what, why } => {
            return Err(Error::bad_input(format!(
                "your last change ({what}) cannot be taken back: {why}; run the command again for the change before it"
            )));
        }
        Undone::Done { what, claim } => (what, claim),
    };
    let value = serde_json::json!({ verb: what, "claim": claim });
    Out::stdout().saved(
        format!("the {verb} change"),
        json,
        &value,
        |out| match claim {
            Some(claim) => say!(out, "{verb}: {} (claim {claim})", cut(&what, 100)),
            None => say!(out, "{verb}: {}", cut(&what, 100)),
        },
    )
}
