//! The overview: review progress as a gauge and the verdict distribution as a bar chart, for the
//! selected claim's article and for every article.

use super::frame;
use crate::model::{Scale, Status};
use crate::store::search::ReviewCounts;
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
use ratatui::widgets::{Bar, BarChart, Block, Gauge, Paragraph, Widget};

pub struct Overview {
    /// The selected claim's article: its title and counts.
    pub article: Option<(String, ReviewCounts)>,
    pub overall: ReviewCounts,
    /// How much the reviewers agree, a line each (`strings::agreement_lines`).
    pub agreement: Vec<String>,
    scale: Scale,
    theme: Theme,
}

impl Overview {
    pub fn new(
        article: Option<(String, ReviewCounts)>,
        overall: ReviewCounts,
        scale: &Scale,
        theme: Theme,
    ) -> Overview {
        Overview {
            article,
            overall,
            agreement: Vec::new(),
            scale: scale.clone(),
            theme,
        }
    }

    pub fn mode(&self) -> Mode {
        Mode::Overview
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, keymap: &Keymap) {
        let theme = self.theme;
        let popup = super::centered(
            area,
            area.width.saturating_sub(4).max(1),
            area.height.saturating_sub(2).max(1),
        );
        let inner = frame(popup, buf, strings::OVERVIEW_TITLE.to_string(), theme);
        let shown = self.agreement.len().min(usize::from(inner.height / 3));
        let [body, agreement, hints] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(shown as u16),
            Constraint::Length(1),
        ])
        .areas(inner);
        let lines: Vec<Line> = self.agreement[..shown]
            .iter()
            .map(|l| Line::from(ellipsize(&one_line(l), usize::from(agreement.width))))
            .collect();
        Paragraph::new(lines).render(agreement, buf);
        let mut parts: Vec<(String, &ReviewCounts)> = Vec::new();
        if let Some((title, counts)) = &self.article {
            parts.push((one_line(title).into_owned(), counts));
        }
        parts.push((strings::OVERVIEW_ALL.to_string(), &self.overall));
        let areas = if body.width >= 100 {
            Layout::horizontal(vec![Constraint::Fill(1); parts.len()]).split(body)
        } else {
            Layout::vertical(vec![Constraint::Fill(1); parts.len()]).split(body)
        };
        for ((title, counts), rect) in parts.into_iter().zip(areas.iter()) {
            self.render_counts(&title, counts, *rect, buf);
        }
        hint_line(keymap, self.mode(), theme, hints.width).render(hints, buf);
    }

    fn render_counts(&self, title: &str, counts: &ReviewCounts, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let block = Block::bordered()
            .border_style(theme.border(false))
            .title(Span::styled(
                format!(
                    " {} ",
                    ellipsize(title, usize::from(area.width.saturating_sub(4)))
                ),
                theme.title(true),
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        // The queues' line only when someone has claims assigned.
        let queued = !counts.by_assignee.is_empty();
        let mut rows = vec![Constraint::Length(1), Constraint::Length(2)];
        if queued {
            rows.push(Constraint::Length(1));
        }
        rows.push(Constraint::Fill(1));
        let areas = Layout::vertical(rows)
            .spacing(u16::from(inner.height >= 16))
            .split(inner);
        let (gauge, status, chart) = (areas[0], areas[1], areas[areas.len() - 1]);
        let queues = if queued { areas[2] } else { Rect::default() };
        let (reviewed, total) = counts.progress();
        let ratio = if total > 0 {
            (reviewed as f64 / total as f64).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let label = strings::reviewed(reviewed as usize, total as usize);
        let [gl, gg] =
            Layout::horizontal([Constraint::Length(10), Constraint::Fill(1)]).areas(gauge);
        Span::styled(strings::OVERVIEW_PROGRESS, theme.label()).render(gl, buf);
        Gauge::default()
            .ratio(ratio)
            .label(Span::styled(label, theme.label()))
            .use_unicode(true)
            .gauge_style(theme.gauge())
            .render(gg, buf);
        let mut spans = vec![Span::styled(
            format!("{:<10}", strings::OVERVIEW_STATUS),
            theme.label(),
        )];
        for &s in Status::ALL {
            spans.push(Span::raw(format!(
                "{} {} {}  ",
                s.glyph(),
                s.as_str(),
                counts.status(s)
            )));
        }
        Paragraph::new(Line::from(spans))
            .wrap(ratatui::widgets::Wrap { trim: true })
            .render(status, buf);

        if queued {
            let mut spans = vec![Span::styled(
                format!("{:<10}", strings::OVERVIEW_QUEUES),
                theme.label(),
            )];
            for (name, open, assigned) in &counts.by_assignee {
                spans.push(Span::raw(strings::queue(&one_line(name), *open, *assigned)));
            }
            Paragraph::new(Line::from(spans)).render(queues, buf);
        }

        // Ratings in the scale's order, then any the scale no longer lists.
        let mut rows: Vec<(String, i64)> = self
            .scale
            .ratings
            .iter()
            .map(|r| {
                let n = counts
                    .by_rating
                    .iter()
                    .find(|(x, _)| x == r)
                    .map_or(0, |(_, n)| *n);
                (r.clone(), n)
            })
            .collect();
        for (r, n) in &counts.by_rating {
            if !self.scale.contains(r) {
                rows.push((r.clone(), *n));
            }
        }
        let [cl, cc] =
            Layout::horizontal([Constraint::Length(10), Constraint::Fill(1)]).areas(chart);
        Span::styled(strings::OVERVIEW_VERDICTS, theme.label()).render(cl, buf);
        if counts.by_rating.is_empty() {
            Span::styled(strings::OVERVIEW_NO_VERDICTS, theme.dim()).render(cc, buf);
            return;
        }
        let bars: Vec<Bar> = rows
            .iter()
            .map(|(r, n)| {
                Bar::default()
                    .label(Line::from(format!(
                        "{} {}",
                        crate::tui::panes::verdict_glyph(&self.scale, r),
                        one_line(r)
                    )))
                    .value(u64::try_from(*n).unwrap_or(0))
                    .text_value(n.to_string())
                    .style(theme.rating_bar(&self.scale, r))
                    .value_style(theme.label())
            })
            .collect();
        BarChart::horizontal(bars)
            .bar_width(1)
            .bar_gap(0)
            .render(cc, buf);
    }
}

impl Component for Overview {
    fn handle(&mut self, action: Action) -> Reply {
        match action {
            Action::Cancel => Reply::Close,
            _ => Reply::Consumed,
        }
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) {
        self.draw(area, buf, ctx.keymap);
    }
}

impl Popup for Overview {
    fn mode(&self) -> Mode {
        Overview::mode(self)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}
