//! Opening the popups and starting the changes that need no form.

use super::App;
use crate::extract::{Claimant, ClaimantKind};
use crate::model::Status;
use crate::tui::effects::Effect;
use crate::tui::popups::command::Command;
use crate::tui::popups::confirm::{Confirm, ConfirmTask};
use crate::tui::popups::dismiss::DismissMenu;
use crate::tui::popups::picker::PickKind;
use crate::tui::popups::picker::Picker;
use crate::tui::popups::prompt::Prompt;
use crate::tui::popups::prompt::PromptKind;
use crate::tui::strings;
use crate::tui::text::one_line;
use std::collections::HashMap;

impl App {
    pub(super) fn open_article_picker(&mut self) {
        if self.articles.len() <= 1 {
            self.info(strings::ONLY_ONE_ARTICLE);
            return;
        }
        let mut counts: HashMap<i64, (usize, usize)> = HashMap::new();
        for r in &self.rows {
            let c = counts.entry(r.article_id).or_default();
            if r.status != Status::Dismissed {
                c.1 += 1;
            }
            if matches!(r.status, Status::Reviewed | Status::Disputed) {
                c.0 += 1;
            }
        }
        let items: Vec<(String, i64)> = self
            .articles
            .iter()
            .map(|a| {
                let (reviewed, total) = counts.get(&a.id).copied().unwrap_or_default();
                let title = format!("{} — {}", a.title, strings::reviewed(reviewed, total));
                (title, a.id)
            })
            .collect();
        let mut picker = Picker::new(
            PickKind::Article,
            strings::PICK_ARTICLE.into(),
            items,
            self.theme,
        );
        if let Some(current) = self.selected_row().map(|r| r.article_id) {
            picker.index = self
                .articles
                .iter()
                .position(|a| a.id == current)
                .unwrap_or(0);
        }
        self.popup = Some(Box::new(picker));
    }

    /// `d`: the preset reasons, a letter each; with none configured, the typed reason.
    pub(super) fn open_dismiss(&mut self) {
        let reasons = &self.config.triage.reasons;
        let Some(c) = self.current_claim().filter(|_| !reasons.is_empty()) else {
            return self.open_prompt(PromptKind::Dismiss);
        };
        // With marks the dismissal goes to them, whatever the selected claim is.
        if c.status == Status::Dismissed && self.marks.is_empty() {
            self.error(strings::ALREADY_DISMISSED);
            return;
        }
        let menu = DismissMenu::new(c.id, Some(c.version), reasons.clone(), self.theme)
            .for_marked(self.marks.len());
        self.popup = Some(Box::new(menu));
    }

    pub(super) fn open_prompt(&mut self, kind: PromptKind) {
        let Some(c) = self.current_claim() else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        if kind == PromptKind::Dismiss && c.status == Status::Dismissed && self.marks.is_empty() {
            self.error(strings::ALREADY_DISMISSED);
            return;
        }
        // A split point counts characters of the claim's span in the article.
        let context = match kind {
            PromptKind::Split => self
                .texts
                .get(&c.article_id)
                .map(|v| v.text.slice(c.start..c.end).to_string())
                .unwrap_or_else(|| c.text.clone()),
            _ => c.text.clone(),
        };
        let prompt = Prompt::new(kind, c, &context, self.theme);
        self.popup = Some(Box::new(prompt));
    }

    pub(super) fn open_add_claim(&mut self) {
        let Some(article) = self.current_article() else {
            self.error(strings::NO_ARTICLE);
            return;
        };
        let title = self.article_title(article).to_string();
        let prompt = Prompt::add_claim(article, &title, self.theme);
        self.popup = Some(Box::new(prompt));
    }

    pub(super) fn restore(&mut self) {
        let Some(c) = self.current_claim() else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        if c.status != Status::Dismissed {
            self.error(strings::NOT_DISMISSED);
            return;
        }
        self.effects.push(Effect::Restore {
            claim: c.id,
            reason: c.dismissed_reason.clone().unwrap_or_default(),
            expected_version: Some(c.version),
        });
    }

    pub(super) fn ask_merge(&mut self) {
        let (Some(c), Some(r)) = (self.current_claim(), self.selected_index()) else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        let (claim, version) = (c.id, c.version);
        let next = self
            .rows
            .get(r + 1)
            .filter(|n| n.article_id == self.rows[r].article_id)
            .map(|n| n.id);
        let Some(other) = next else {
            self.error(strings::NO_NEXT_CLAIM);
            return;
        };
        self.effects.push(Effect::LoadMergeTarget {
            claim,
            version,
            other,
        });
    }

    /// The claim whose precedents the workbench should read now that it is idle, if any: the
    /// selected claim's, once, when they are not read yet.
    pub fn wants_precedents(&mut self) -> Option<i64> {
        let id = self.detail.as_ref()?.claim.id;
        if self.precedents_for == Some(id) || self.precedents_asked == Some(id) {
            return None;
        }
        self.precedents_asked = Some(id);
        Some(id)
    }

    /// `p` (`best`) or `P`: with the selected claim's precedents read, ask or pick now; else
    /// read them first.
    pub(super) fn when_precedents(&mut self, best: bool) {
        let Some(id) = self.detail.as_ref().map(|d| d.claim.id) else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        if self.precedents_for == Some(id) {
            if best {
                self.ask_reuse(None);
            } else {
                self.open_precedent_picker();
            }
            return;
        }
        self.pending_reuse = Some(best);
        self.precedents_asked = Some(id);
        self.effects.push(Effect::LoadPrecedents { claim: id });
    }

    /// `z`: dismiss the stances the selected claim's evidence quotes suggest, where the detail
    /// pane shows one (a stance other than the one given, not dismissed yet).
    pub(super) fn dismiss_suggestions(&mut self) {
        let Some(d) = &self.detail else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        let evidence: Vec<i64> = d
            .evidence
            .iter()
            .filter(|e| !e.suggestion_dismissed)
            .filter(|e| {
                e.quote
                    .as_deref()
                    .and_then(|q| d.compare_quote(q).stance)
                    .is_some_and(|s| s != e.stance)
            })
            .map(|e| e.id)
            .collect();
        if evidence.is_empty() {
            self.error(strings::NO_SUGGESTION);
            return;
        }
        self.effects.push(Effect::DismissSuggestions {
            claim: d.claim.id,
            evidence,
        });
    }

    /// `p` (the best precedent) or a pick from `P`: ask before reusing its verdict.
    pub(super) fn ask_reuse(&mut self, precedent: Option<i64>) {
        let Some(d) = &self.detail else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        let found = match precedent {
            None => self.precedents.first(),
            Some(id) => self.precedents.iter().find(|p| p.claim_id == id),
        };
        let Some(p) = found else {
            self.error(strings::NO_PRECEDENT);
            return;
        };
        let question = strings::reuse_question(d.claim.id, p);
        let task = ConfirmTask::Reuse {
            precedent: p.claim_id,
        };
        let confirm = Confirm::new(
            task,
            d.claim.id,
            Some(d.claim.version),
            question,
            self.theme,
        );
        self.popup = Some(Box::new(confirm));
    }

    /// `P`: the precedents listed in the detail pane, to reuse one.
    pub(super) fn open_precedent_picker(&mut self) {
        let Some(d) = &self.detail else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        if self.precedents.is_empty() {
            self.error(strings::NO_PRECEDENT);
            return;
        }
        let items = self
            .precedents
            .iter()
            .map(|p| (strings::precedent_item(p), p.claim_id))
            .collect();
        let kind = PickKind::Precedent {
            claim: d.claim.id,
            version: d.claim.version,
        };
        let picker = Picker::new(kind, strings::PICK_PRECEDENT.into(), items, self.theme);
        self.popup = Some(Box::new(picker));
    }

    pub(super) fn open_evidence_picker(&mut self) {
        let Some(d) = &self.detail else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        if d.evidence.is_empty() {
            self.error(strings::NO_EVIDENCE);
            return;
        }
        let items = d
            .evidence
            .iter()
            .map(|e| {
                let quote = e
                    .quote
                    .as_deref()
                    .map(|q| format!(" “{q}”"))
                    .unwrap_or_default();
                (
                    format!("#{} {} {}{quote}", e.id, e.stance.as_str(), e.source.url),
                    e.id,
                )
            })
            .collect();
        let kind = PickKind::Evidence {
            claim: d.claim.id,
            version: d.claim.version,
        };
        let picker = Picker::new(kind, strings::PICK_EVIDENCE.into(), items, self.theme);
        self.popup = Some(Box::new(picker));
    }

    /// `u`: the desk takes the reviewer's last change back; each press goes one change deeper
    /// (the stack is the desk's, so it outlives the workbench).
    pub(super) fn undo(&mut self) {
        self.effects.push(Effect::Undo);
    }

    /// `U`, Ctrl-R: make the last change taken back again.
    pub(super) fn redo(&mut self) {
        self.effects.push(Effect::Redo);
    }

    /// Space: mark or unmark the selected claim for a bulk action, and go to the next.
    pub(super) fn toggle_mark(&mut self) {
        let Some(id) = self.selected_row().map(|r| r.id) else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        if !self.marks.remove(&id) {
            self.marks.insert(id);
        }
        if self.selected + 1 < self.view.len() {
            self.step(super::Focus::List, 1);
        }
    }

    /// `*`: mark every claim the list shows now.
    pub(super) fn mark_all(&mut self) {
        let ids: Vec<i64> = self
            .view
            .iter()
            .map(|&i| self.rows[i as usize].id)
            .collect();
        self.marks.extend(ids);
        self.info(strings::marks_now(self.marks.len()));
    }

    /// The marked claims in reading order (as loaded), for a bulk action.
    pub(super) fn marked_ids(&self) -> Vec<i64> {
        self.rows
            .iter()
            .filter(|r| self.marks.contains(&r.id))
            .map(|r| r.id)
            .collect()
    }

    /// `m` with marks: ask before merging them all.
    pub(super) fn ask_merge_marked(&mut self) {
        let ids = self.marked_ids();
        if ids.len() < 2 {
            self.error(strings::MARK_NEEDS_TWO);
            return;
        }
        let question = strings::merge_marked_question(&ids);
        let task = ConfirmTask::MergeMarked { ids: ids.clone() };
        let confirm = Confirm::new(task, ids[0], None, question, self.theme);
        self.popup = Some(Box::new(confirm));
    }

    /// `:set claimant person NAME`, `… organization NAME`, `… none`: who makes the selected claim.
    fn set_claimant(&mut self, value: &str) {
        let Some(c) = self.current_claim() else {
            self.error(strings::NO_CLAIM_SELECTED);
            return;
        };
        let (kind, name) = value
            .split_once(char::is_whitespace)
            .map_or((value, ""), |(k, n)| (k, n.trim()));
        let claimant = match (kind.to_ascii_lowercase().as_str(), name) {
            ("none" | "article" | "-", "") => None,
            (kind, name) if !name.is_empty() => match ClaimantKind::parse(kind) {
                Some(kind) => Some(Claimant {
                    name: name.to_string(),
                    kind,
                }),
                None if kind == "org" => Some(Claimant {
                    name: name.to_string(),
                    kind: ClaimantKind::Organization,
                }),
                None => {
                    return self.error(strings::command_usage(
                        "set claimant",
                        strings::CLAIMANT_USAGE,
                    ));
                }
            },
            _ => {
                return self.error(strings::command_usage(
                    "set claimant",
                    strings::CLAIMANT_USAGE,
                ));
            }
        };
        self.effects.push(Effect::SetClaimant {
            claim: c.id,
            claimant,
            previous: c.claimant.clone(),
            expected_version: Some(c.version),
        });
    }

    pub(super) fn run_command(&mut self, command: Command) {
        match command {
            Command::Empty => {}
            Command::Quit => self.quit = true,
            Command::Usage(name, usage) => self.error(strings::command_usage(name, usage)),
            Command::Unknown(name) => self.error(strings::unknown_command(&one_line(&name))),
            Command::Reviewer(name) => {
                if name.trim().is_empty() {
                    self.error(strings::REVIEWER_EMPTY);
                } else {
                    self.effects.push(Effect::SetReviewer { name });
                }
            }
            Command::Set { field, value } if field == "claimant" => self.set_claimant(&value),
            Command::Set { field, value } => {
                let Some(article) = self.current_article() else {
                    self.error(strings::NO_ARTICLE);
                    return;
                };
                let mut changes = crate::desk::ArticleChanges::default();
                match field.as_str() {
                    "published" | "date" => match crate::desk::parse_date(&value, "the date") {
                        Ok(d) => changes.published = Some(d),
                        Err(e) => return self.error(e.to_string()),
                    },
                    "title" => changes.title = Some(value),
                    "url" => changes.url = Some(value),
                    _ => return self.error(strings::command_usage("set", strings::SET_USAGE)),
                }
                self.effects.push(Effect::SetArticle { article, changes });
            }
            // Settling a claim's wordings is the edit the desk records over all of them
            // (`Desk::resolve_claim` keeps one the same way).
            Command::Resolve(n) => {
                let Some(d) = &self.detail else {
                    return self.error(strings::NO_CLAIM_SELECTED);
                };
                let Some(wordings) = &d.claim.conflict else {
                    return self.error(strings::NO_CONFLICT);
                };
                match n
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| wordings.get(n.checked_sub(1)?))
                {
                    Some(w) => self.effects.push(Effect::Edit {
                        claim: d.claim.id,
                        text: w.text.clone(),
                        old_text: Some(d.claim.text.clone()),
                        expected_version: Some(d.claim.version),
                    }),
                    None => self.error(strings::command_usage(
                        "resolve",
                        "N (the wording to keep, as the detail lists them)",
                    )),
                }
            }
            Command::Goto(id) => match id.parse::<i64>() {
                Ok(id) => self.go_to(id),
                Err(_) => self.error(strings::command_usage("goto", "CLAIM_ID")),
            },
            Command::Export { format, path } => {
                let Some(format) = crate::report::Format::parse(&format) else {
                    self.error(strings::unknown_format(&one_line(&format)));
                    return;
                };
                let Some(article) = self.current_article() else {
                    self.error(strings::NO_ARTICLE);
                    return;
                };
                self.effects.push(Effect::Export {
                    format,
                    path,
                    article,
                });
            }
        }
    }
}
