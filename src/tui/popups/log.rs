//! The selected claim's log: every event of the audit trail about it, oldest first.

use super::frame;
use crate::model::Event;
use crate::tui::action::Action;
use crate::tui::component::{Component, Popup, Reply};
use crate::tui::ctx::Ctx;
use crate::tui::keymap::{Keymap, Mode};
use crate::tui::strings;
use crate::tui::text::one_line;
use crate::tui::theme::Theme;
use crate::tui::widgets::{ellipsize, hint_line};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

pub struct LogView {
    pub claim: i64,
    /// Per event: when, who, what, and a short summary.
    pub rows: Vec<[String; 4]>,
    pub scroll: usize,
    theme: Theme,
}

/// The few words that say what an event changed.
fn summary(e: &Event) -> String {
    let get = |v: &Option<serde_json::Value>, path: &[&str]| -> Option<String> {
        let mut cur = v.as_ref()?;
        for p in path {
            cur = cur.get(p)?;
        }
        Some(match cur {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    };
    let s = match e.action.as_str() {
        "verdict" => get(&e.after, &["verdict", "rating"]),
        "claim-dismiss" => get(&e.after, &["dismissed_reason"]),
        "claim-edit" => get(&e.after, &["text"]).map(|t| format!("“{t}”")),
        "claim-claimant" => Some(
            get(&e.after, &["claimant", "name"])
                .unwrap_or_else(|| crate::tui::strings::DETAIL_ARTICLE_ITSELF.into()),
        ),
        "claim-assign" => {
            Some(get(&e.after, &["assignee"]).unwrap_or_else(|| crate::tui::strings::NOBODY.into()))
        }
        "claim-parts" => get(&e.after, &["parts"]),
        "evidence-add" => get(&e.after, &["source", "url"]),
        "evidence-remove" => get(&e.before, &["source", "url"]),
        "claim-split" => get(&e.after, &["second", "id"]).map(|id| format!("second part #{id}")),
        "claim-merge" => get(&e.before, &["merged", "id"])
            .map(|id| format!("#{id} merged in"))
            .or_else(|| get(&e.after, &["merged_into"]).map(|id| format!("into #{id}"))),
        _ => None,
    };
    one_line(&s.unwrap_or_default()).into_owned()
}

impl LogView {
    pub fn new(claim: i64, events: &[Event], theme: Theme) -> LogView {
        let rows = events
            .iter()
            .map(|e| {
                let at = chrono::DateTime::parse_from_rfc3339(&e.at)
                    .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                    .unwrap_or_else(|_| one_line(&e.at).into_owned());
                [
                    at,
                    one_line(&e.actor).into_owned(),
                    e.action.clone(),
                    summary(e),
                ]
            })
            .collect();
        LogView {
            claim,
            rows,
            scroll: 0,
            theme,
        }
    }

    pub fn mode(&self) -> Mode {
        Mode::Log
    }

    pub fn update(&mut self, action: Action) {
        let max = self.rows.len().saturating_sub(1);
        match action {
            Action::Down => self.scroll = (self.scroll + 1).min(max),
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::First => self.scroll = 0,
            Action::Last => self.scroll = max,
            _ => {}
        }
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, keymap: &Keymap) {
        let theme = self.theme;
        let height = (self.rows.len() as u16).saturating_add(3).clamp(6, 24);
        let popup = super::centered(area, 100, height);
        let inner = frame(
            popup,
            buf,
            format!("{} · claim #{}", strings::LOG_TITLE, self.claim),
            theme,
        );
        let [list, hints] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
        if self.rows.is_empty() {
            Paragraph::new(strings::LOG_EMPTY).render(list, buf);
        }
        let who = self
            .rows
            .iter()
            .map(|r| r[1].chars().count())
            .max()
            .unwrap_or(0)
            .min(16);
        let scroll = self
            .scroll
            .min(self.rows.len().saturating_sub(list.height as usize));
        for (y, [at, actor, action, summary]) in self
            .rows
            .iter()
            .skip(scroll)
            .take(list.height as usize)
            .enumerate()
        {
            let rect = Rect::new(list.x, list.y + y as u16, list.width, 1);
            let head = format!("{at}  {:<who$}  {action:<15} ", ellipsize(actor, who));
            let room = usize::from(list.width).saturating_sub(head.chars().count());
            Line::from(vec![
                Span::styled(format!("{at}  "), theme.dim()),
                Span::raw(format!("{:<who$}  ", ellipsize(actor, who))),
                Span::styled(format!("{action:<15} "), theme.label()),
                Span::raw(ellipsize(summary, room)),
            ])
            .render(rect, buf);
        }
        hint_line(keymap, self.mode(), theme, hints.width).render(hints, buf);
    }
}

impl Component for LogView {
    fn handle(&mut self, action: Action) -> Reply {
        match action {
            Action::Cancel => Reply::Close,
            action => {
                self.update(action);
                Reply::Consumed
            }
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        self.draw(area, buf, ctx.keymap);
    }
}

impl Popup for LogView {
    fn mode(&self) -> Mode {
        LogView::mode(self)
    }

    fn wheel_scrolls(&self) -> bool {
        true
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
