//! Every sentence and label the workbench shows, in one place.

pub const APP: &str = "claimdesk";
pub const ALL_ARTICLES: &str = "All articles";
pub const UNTITLED: &str = "(untitled)";

pub const PANE_CLAIMS: &str = "Claims";
pub const PANE_ARTICLE: &str = "Article";
pub const PANE_DETAIL: &str = "Detail";

pub const NO_CLAIMS: &str = "No claims yet. Import an article with `claimdesk import FILE` or open one with `claimdesk open FILE`.";
pub const NO_CLAIM_SELECTED: &str = "Select a claim first.";
pub const NO_ARTICLE: &str = "No article to show.";

pub const TOO_SMALL: &str = "window too small";

pub const HELP_TITLE: &str = "Keys";
pub const HELP_FOOTER: &str = "Esc or ? closes this help";

pub const SOURCE_TITLE: &str = "Add a source";
pub const SOURCE_URL: &str = "URL";
pub const SOURCE_URL_PLACEHOLDER: &str = "https://…";
pub const SOURCE_TITLE_FIELD: &str = "Title";
pub const SOURCE_TITLE_PLACEHOLDER: &str = "optional";
pub const SOURCE_QUOTE: &str = "Quote";
pub const SOURCE_QUOTE_PLACEHOLDER: &str = "optional: the words the source says";
pub const SOURCE_STANCE: &str = "Stance";
pub const SOURCE_URL_EMPTY: &str = "Give the source's URL.";

pub const VERDICT_TITLE: &str = "Verdict";
pub const VERDICT_RATING: &str = "Rating";
pub const VERDICT_RATIONALE: &str = "Rationale";
pub const VERDICT_RATIONALE_PLACEHOLDER: &str = "Why this rating? (optional)";

pub const DETAIL_SUBJECT: &str = "Subject";
pub const DETAIL_CLAIMANT: &str = "Claimant";
pub const DETAIL_ARTICLE_ITSELF: &str = "the article itself";
pub const DETAIL_TYPE: &str = "Type";
pub const DETAIL_STATED: &str = "Stated";

/// How many places of the article state a claim.
pub fn stated_at(places: usize) -> String {
    format!("{places} times in the article")
}
pub const DETAIL_CUES: &str = "Cues";
pub const DETAIL_VALUES: &str = "Values";
pub const DETAIL_EVIDENCE: &str = "Evidence";
pub const DETAIL_VERDICTS: &str = "Verdicts";
pub const DETAIL_NONE: &str = "none";
pub const DETAIL_UNRESOLVED: &str = "unresolved";

pub fn claim_heading(id: i64, status: &str, score: f64) -> String {
    format!("Claim #{id} · {status} · score {score:.2}")
}

pub fn reviewed(reviewed: usize, total: usize) -> String {
    let pct = (reviewed * 100).checked_div(total).unwrap_or(0);
    format!("{reviewed}/{total} reviewed ({pct}%)")
}

/// Before the progress in the header when the database refuses changes.
pub const READ_ONLY_MARK: &str = "read-only │ ";
pub const READ_ONLY_OPENED: &str = "This database is read-only: you can browse it, but changes will be refused; check the permissions of the file and its folder to change it.";

/// After a claim's wording cut short in the detail pane.
pub fn more_characters(n: usize) -> String {
    format!(" … ({n} more characters: `claimdesk show` prints them all)")
}

/// After the values the detail pane lists, when there are more.
pub fn more_values(n: usize, claim: i64) -> String {
    format!("  … and {n} more: `claimdesk show {claim}` lists them all")
}

pub fn reviewer(name: &str) -> String {
    format!("reviewer: {name}")
}

pub fn too_small(width: u16, height: u16, min_w: u16, min_h: u16) -> String {
    format!("{TOO_SMALL}: {width}x{height}, need {min_w}x{min_h}")
}

pub fn evidence_added(claim: i64) -> String {
    format!("Source added to claim #{claim}.")
}

pub fn verdict_added(claim: i64, rating: &str) -> String {
    format!("Verdict \"{rating}\" recorded for claim #{claim}.")
}

pub fn by_at(reviewer: &str, at: &str) -> String {
    format!("{reviewer}, {at}")
}

pub fn help_for(mode: &str) -> String {
    format!("{HELP_TITLE}: {mode}")
}

pub const NOT_DISMISSED: &str = "This claim is not dismissed; there is nothing to restore.";
pub const ALREADY_DISMISSED: &str = "This claim is already dismissed; r restores it.";
pub const NO_NEXT_CLAIM: &str = "There is no next claim in this article to merge with.";
pub const NO_EVIDENCE: &str = "This claim has no evidence to remove.";
pub const ONLY_ONE_ARTICLE: &str = "There is only one article.";
pub const NOTHING_TO_UNDO: &str = "Nothing to undo.";
pub const NO_MATCHES_YET: &str = "No search: / starts one.";
pub const NO_MORE_IN_TEXT: &str = "No further claim in this article's reading order.";
pub const NO_OTHER_ARTICLE: &str = "No other article in that direction.";

pub const PROMPT_ASSIGN: &str = "Assign";
pub const PROMPT_ASSIGN_LABEL: &str = "To";
pub const PROMPT_ASSIGN_PLACEHOLDER: &str = "a reviewer's name (empty: nobody)";
pub const PROMPT_DISMISS: &str = "Dismiss";
pub const PROMPT_DISMISS_LABEL: &str = "Reason";
pub const PROMPT_DISMISS_PLACEHOLDER: &str = "why the claim is not check-worthy";
pub const PROMPT_EDIT: &str = "Edit the wording";
pub const PROMPT_EDIT_LABEL: &str = "Wording";
pub const PROMPT_SPLIT: &str = "Split";
pub const PROMPT_SPLIT_LABEL: &str = "Before";
pub const PROMPT_SPLIT_PLACEHOLDER: &str =
    "a character offset, or the words the second part starts with";
pub const PROMPT_EMPTY: &str = "Type something first, or Esc to cancel.";

pub const CONFIRM_TITLE: &str = "Are you sure?";
pub const PICK_EVIDENCE: &str = "Remove which evidence?";
pub const PICK_ARTICLE: &str = "Articles";
pub const LOG_TITLE: &str = "Log";
pub const LOG_EMPTY: &str = "No events for this claim.";

pub const OVERVIEW_TITLE: &str = "Overview";
pub const NO_FINDINGS: &str =
    "No findings: the claims of this article do not contradict each other.";
pub const FINDING_CLAIMS: &str = "claims";
pub const FINDING_MARK: &str = " ! open finding (C) ";

pub fn findings_title(open: usize) -> String {
    format!(
        "Findings: {open} open contradiction{} or tension{}",
        if open == 1 { "" } else { "s" },
        if open == 1 { "" } else { "s" }
    )
}

pub fn finding_dismissed(key: &str) -> String {
    format!("Finding {key} dismissed; it stays out of the open list.")
}
pub const OVERVIEW_ALL: &str = "All articles";
pub const OVERVIEW_VERDICTS: &str = "Verdicts";
pub const OVERVIEW_PROGRESS: &str = "Reviewed";
pub const OVERVIEW_STATUS: &str = "Status";
pub const OVERVIEW_NO_VERDICTS: &str = "no verdicts yet";

pub const SORT: &str = "sort";
pub const FILTER_STATUS: &str = "status";
pub const FILTER_VERDICT: &str = "verdict";
pub const FILTER_TYPE: &str = "type";
pub const FILTER_DUE: &str = "due by";
pub const NO_VERDICT: &str = "none";
pub const NO_CLAIMS_MATCH: &str = "No claim matches these filters; press f to change them.";

pub const COMMAND_USAGE: &str =
    "export FORMAT FILE, goto ID, resolve N, reviewer NAME, set FIELD VALUE or q";
/// `:resolve` on a claim no merge left with two wordings.
pub const NO_CONFLICT: &str = "This claim has no conflicting wordings to resolve.";

pub fn dismiss_question(claim: i64, reason: &str) -> String {
    format!("Dismiss claim #{claim} as not check-worthy, because: {reason}?")
}

pub fn merge_question(claim: i64, other: i64) -> String {
    format!("Merge claim #{other} into claim #{claim}? Its evidence and verdicts move to #{claim}.")
}

/// The detail pane's heading over the wordings of a claim two merged desks disagree on.
pub const DETAIL_CONFLICT: &str =
    "Two wordings stand (merged desks disagree; :resolve N keeps the Nth):";
/// The detail pane's label before every current rating of a disputed claim.
pub const DETAIL_DISAGREEMENT: &str = "Disputed";

/// The question before removing evidence; `reopens` says when the claim goes back to review.
pub fn remove_evidence_question(evidence: i64, url: &str, reopens: Option<&str>) -> String {
    match reopens {
        Some(sentence) => {
            format!("Remove evidence #{evidence} ({url}) from the claim? Then {sentence}.")
        }
        None => format!("Remove evidence #{evidence} ({url}) from the claim?"),
    }
}

pub fn dismissed(claim: i64) -> String {
    format!("Claim #{claim} dismissed; u undoes it, r restores it.")
}

pub fn restored(claim: i64) -> String {
    format!("Claim #{claim} restored.")
}

pub fn claimant_set(claim: i64, name: Option<&str>) -> String {
    match name {
        Some(name) => format!("Claim #{claim} is now claimed by {name}."),
        None => format!("Claim #{claim} is now the article's own claim."),
    }
}

pub fn edited(claim: i64) -> String {
    format!("Claim #{claim} reworded.")
}

pub fn split_done(first: i64, second: i64) -> String {
    format!("Claim #{first} split; the second part is claim #{second}.")
}

pub fn merged(claim: i64, other: i64) -> String {
    format!("Claim #{other} merged into claim #{claim}; u undoes it.")
}

pub fn evidence_removed(evidence: i64, claim: i64) -> String {
    format!("Evidence #{evidence} removed from claim #{claim}.")
}

pub fn undone(what: &str) -> String {
    format!("Undone: {what}.")
}

/// After a verdict taken back (undo), in the detail's history.
pub const WITHDRAWN: &str = " · withdrawn";

/// Before the glyphs of the list's verdict column, in the help.
pub const VERDICTS_LEGEND: &str = "Verdicts in the list:";

/// The last change cannot be taken back: which, and why; the next `u` goes to the one before.
pub fn cannot_undo(what: &str, why: &str) -> String {
    let mut why = why.to_string();
    if let Some(first) = why.get(..1) {
        why.replace_range(..1, &first.to_uppercase());
    }
    format!("Last change ({what}): {why}. Press u again for the change before it.")
}
pub const NOTHING_TO_REDO: &str = "Nothing to redo.";
pub const MARKS_CLEARED: &str = "Marks cleared.";
pub const MARK_NEEDS_TWO: &str = "Mark two claims or more (space) to merge them.";

/// "Redone: dismissed."
pub fn redone(what: &str) -> String {
    format!("Redone: {what}.")
}

/// "3 claims marked."
pub fn marks_now(n: usize) -> String {
    format!("{n} claims marked; d, v and m act on all of them, esc clears the marks.")
}

/// After dismissing the marked claims.
pub fn dismissed_marked(n: usize, already: &[i64]) -> String {
    let mut s = format!("{n} marked claims dismissed; u undoes it.");
    if !already.is_empty() {
        s.push_str(&format!(" Already dismissed: {}.", ids_list(already)));
    }
    s
}

/// After one verdict on the marked claims: which the evidence gate refused.
pub fn verdict_marked(rating: &str, n: usize, refused: &[(i64, String)]) -> String {
    let mut s = format!("Verdict {rating} recorded on {n} marked claims.");
    if !refused.is_empty() {
        let ids: Vec<i64> = refused.iter().map(|(id, _)| *id).collect();
        s.push_str(&format!(
            " Refused for want of evidence: {} (add sources first).",
            ids_list(&ids)
        ));
    }
    s
}

/// After merging the marked claims.
pub fn merged_marked(claim: i64, n: usize) -> String {
    format!("{n} marked claims merged into claim #{claim}.")
}

/// "Merge the 3 marked claims …?"
pub fn merge_marked_question(ids: &[i64]) -> String {
    format!(
        "Merge the {} marked claims ({}) into the first in reading order? Their evidence and verdicts move to it.",
        ids.len(),
        ids_list(ids)
    )
}

fn ids_list(ids: &[i64]) -> String {
    ids.iter()
        .map(|id| format!("#{id}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The list's mark for a claim chosen for a bulk action.
pub const MARK_GLYPH: &str = "▶";

/// "3 marked", in the list's title.
pub fn marked(n: usize) -> String {
    format!("{n} marked")
}

/// After a count while the rest of the claims are being read (the first frame shows the first
/// article's).
pub const MORE_COMING: &str = "…";

/// The status bar: the selected claim's id (as `:goto` takes it) and its place in the list.
pub fn position(id: i64, pos: usize, len: usize) -> String {
    format!("claim #{id} · {pos}/{len}")
}

pub fn matches(n: usize) -> String {
    match n {
        0 => "no match".into(),
        1 => "1 match".into(),
        n => format!("{n} matches"),
    }
}

pub fn match_at(i: usize, n: usize) -> String {
    format!("Match {i} of {n}.")
}

pub fn no_match(query: &str) -> String {
    format!("Nothing matches \"{query}\".")
}

pub fn sorted_by(by: &str) -> String {
    format!("Sorted by {by}.")
}

pub fn unknown_command(cmd: &str) -> String {
    format!("Unknown command \"{cmd}\"; use {COMMAND_USAGE}.")
}

pub fn command_usage(cmd: &str, usage: &str) -> String {
    format!("Usage: :{cmd} {usage}")
}

pub fn unknown_format(format: &str) -> String {
    format!("\"{format}\" is not a report format; use json, claimreview, markdown, csv or html.")
}

pub fn exported(format: &str, path: &str, warnings: usize) -> String {
    match warnings {
        0 => format!("Wrote the {format} report of this article to {path}."),
        1 => format!("Wrote the {format} report of this article to {path}, with 1 warning: "),
        n => format!(
            "Wrote the {format} report of this article to {path}, with {n} warnings; first: "
        ),
    }
}

pub fn not_in_list(id: i64) -> String {
    format!(
        "Claim #{id} is not in this list; `claimdesk claims` lists the claims of every article."
    )
}

pub fn goto_done(id: i64) -> String {
    format!("Claim #{id}.")
}

pub fn reviewer_set(name: &str) -> String {
    format!("You are now reviewing as {name}.")
}

pub const REVIEWER_EMPTY: &str = "Give the reviewer's name: :reviewer NAME";

pub fn article_set(article: i64, revalued: usize) -> String {
    match revalued {
        0 => format!("Article {article} updated."),
        1 => format!("Article {article} updated; 1 value resolved again."),
        n => format!("Article {article} updated; {n} values resolved again."),
    }
}

pub const SET_USAGE: &str = "published YYYY-MM-DD | title TEXT | url URL (the selected claim's article) | claimant person|organization NAME, or claimant none (the selected claim)";
pub const CLAIMANT_USAGE: &str = "person NAME, organization NAME, or none (the article itself)";

/// The value groups of the article pane (see `theme::value_group`), as the help names them…
pub const VALUE_GROUPS: [&str; 8] = [
    "date",
    "duration",
    "age",
    "quantity",
    "count",
    "number/ordinal",
    "percent",
    "money",
];
/// …and as the article pane's legend does, where room is short.
pub const VALUE_GROUPS_SHORT: [&str; 8] =
    ["date", "dur", "age", "qty", "count", "num", "%", "money"];
pub const VALUES_LEGEND: &str = "Values in the article:";

pub const CLAIM_ADD: &str = "Add a claim";
pub const CLAIM_ADD_LABEL: &str = "Text";
pub const CLAIM_ADD_PLACEHOLDER: &str = "words of the article that occur once, or START..END";

pub fn claim_add_in(title: &str) -> String {
    format!(
        "A claim the extractor missed, in “{title}”: quote its words exactly, or give character offsets START..END."
    )
}

pub fn claim_added(id: i64) -> String {
    format!("Claim #{id} added.")
}

pub const SOURCE_PUBLISHER: &str = "Publisher";
pub const SOURCE_PUBLISHER_PLACEHOLDER: &str = "optional: who publishes it";
pub const SOURCE_ARCHIVE: &str = "Archive";
pub const SOURCE_ARCHIVE_PLACEHOLDER: &str = "optional: https://web.archive.org/…";

pub fn archive_invalid(sentence: &str) -> String {
    format!("Archive URL: {sentence}")
}

/// `claimdesk` without a terminal (a pipe, a cron job).
pub const NOT_A_TERMINAL: &str = "the workbench needs a terminal; from a script use the subcommands, e.g. `claimdesk claims --json` (see `claimdesk --help`)";

/// Ctrl-C in a dialog holding typed text.
pub const INTERRUPT_ASK: &str =
    "Ctrl-C again closes the dialog and discards what you typed; any other key goes on editing.";

pub const DISMISS_MENU_TITLE: &str = "Dismiss";

/// A key in the dismissal menu that names no reason.
pub fn dismiss_menu_no_letter(reasons: usize) -> String {
    let last = crate::tui::popups::dismiss::letter(reasons.saturating_sub(1));
    format!(
        "Press a letter from a to {last} to dismiss with that reason, Enter to type one, or Esc."
    )
}

pub const DETAIL_ASSIGNED: &str = "Assigned to";
pub const OVERVIEW_QUEUES: &str = "Queues";

/// A reviewer's queue in the overview: open claims of those assigned.
pub fn queue(name: &str, open: i64, assigned: i64) -> String {
    format!("{name} {open} open of {assigned}  ")
}

/// After `@`: who the claim is assigned to now.
pub fn assigned(claim: i64, to: Option<&str>) -> String {
    match to {
        Some(name) => format!("claim #{claim} assigned to {name}"),
        None => format!("claim #{claim} assigned to nobody"),
    }
}

pub fn parts_set(claim: i64) -> String {
    format!("claim #{claim} now rests on the selection")
}

pub const SELECT_STARTED: &str = "selecting: w/b words, h/l characters, ( ) sentences; Enter a new claim, p/P the claim's parts, Esc leaves";
pub const SELECT_NO_TEXT: &str = "the article's text is not loaded yet; press V again in a moment";
pub const SELECT_EMPTY: &str = "the selection holds only spaces; move over some words first";
pub const FILTER_MINE: &str = "mine";

pub const FILTER_MENU: &str = "Filters (Enter turns one on, or off when marked)";
pub const FILTER_ALL: &str = "all claims, no filter";
pub const FILTER_MINE_LINE: &str = "mine: assigned to you";

/// A line of the filter menu: the filter, the claims the list would show, a mark when it is on.
pub fn filter_line(label: &str, count: usize, on: bool) -> String {
    let mark = if on { "✓" } else { " " };
    let count = if count == 0 {
        "no claim".to_string()
    } else {
        count.to_string()
    };
    format!("{mark} {label:<32} {count:>8}")
}

/// The list when no claim passes the filters, naming them.
pub fn no_claim_matches(filters: &[String]) -> String {
    format!(
        "No claim matches: {}. Press f to change the filters.",
        filters.join(", ")
    )
}

/// After `n` in the article pane: which place of the text.
pub fn hit_at(k: usize, n: usize) -> String {
    format!("In the article: {k} of {n}.")
}

/// How often the query occurs in the article shown, after a claim match is named.
pub fn in_article(n: usize) -> String {
    match n {
        0 => String::new(),
        n => format!(" The article has it {n}×; n in the article pane moves there."),
    }
}

pub const NOBODY: &str = "nobody";
pub const DETAIL_DISMISSED: &str = "Dismissed";
pub const DETAIL_NOTE: &str = "Note";
pub const DETAIL_ARCHIVE: &str = "archived:";
pub const DETAIL_COMPARED: &str = "Compared";
pub const DETAIL_RECHECK: &str = "Re-check on";
pub const VERDICT_RECHECK: &str = " (re-check)";
pub const VERDICT_BEFORE_RECHECK: &str = " (before re-check)";

/// Below the add-source form's stance: what the quote's values suggest, and the key to take it.
pub fn source_suggestion(stance: &str, comparisons: &str) -> String {
    format!("suggested {stance} (s on the stance takes it): {comparisons}")
}

/// The stance the quote's values suggest, when the evidence was given another.
pub fn suggested_stance(stance: &str, why: &str) -> String {
    format!("the values suggest {stance}: {why}")
}

/// The day a source was read.
pub fn accessed_on(day: &str) -> String {
    format!("read {day}")
}

/// A filter no claim passes.
pub const FILTER_NO_MATCH: &str = "No claim matches these filters; press f to change them.";

/// The overview's agreement lines: alpha for the desk, then kappa for each pair.
pub fn agreement_lines(a: &crate::desk::Agreement) -> Vec<String> {
    let measure = |x: Option<f64>| x.map_or("undefined".to_string(), |x| format!("{x:.2}"));
    if a.pairs.is_empty() {
        return vec!["Agreement: no claim has verdicts from two reviewers yet".into()];
    }
    let mut lines = vec![format!(
        "Agreement: Krippendorff's alpha {} over {} claims rated by two or more reviewers",
        measure(a.alpha),
        a.claims
    )];
    for p in &a.pairs {
        lines.push(format!(
            "  {} and {}: Cohen's kappa {} over {} claims, {} the same",
            p.a,
            p.b,
            measure(p.kappa),
            p.claims,
            p.agreed
        ));
    }
    lines
}

pub const DETAIL_PRECEDENTS: &str = "Precedents";
pub const NO_SUGGESTION: &str =
    "no evidence of this claim has a suggested stance to dismiss (its values agree or say nothing)";
pub fn suggestions_dismissed(n: usize) -> String {
    format!(
        "{n} suggested stance{} dismissed; no longer shown.",
        if n == 1 { "" } else { "s" }
    )
}
pub const NO_PRECEDENT: &str = "no reviewed claim states this fact; nothing to reuse";
pub fn precedent_dismissed(precedent: i64) -> String {
    format!("Precedent {precedent} dismissed; it is no longer offered for this claim.")
}
pub const PICK_PRECEDENT: &str = "Reuse a precedent";

/// A precedent in the detail pane and the picker: its claim, verdict and wording.
pub fn precedent_item(p: &crate::desk::Precedent) -> String {
    format!(
        "#{} {} by {}: {}",
        p.claim_id, p.verdict.rating, p.verdict.reviewer, p.text
    )
}

pub fn reuse_question(claim: i64, p: &crate::desk::Precedent) -> String {
    format!(
        "Give claim {claim} the verdict \"{}\" of claim {} with its {} piece{} of evidence? The rationale opens \"Reused from claim {}\" for you to confirm.",
        p.verdict.rating,
        p.claim_id,
        p.evidence,
        if p.evidence == 1 { "" } else { "s" },
        p.claim_id
    )
}
