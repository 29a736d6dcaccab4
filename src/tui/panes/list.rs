//! The claim list: status, score bar, verdict badge, evidence count and text; grouped by article when
//! several are shown in reading order. Only the rows on screen are laid out.

use super::{badge, frame, score_bar};
use crate::tui::app::{App, Focus, ListRow};
use crate::tui::strings;
use crate::tui::text::one_line;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// How many cells the score bar takes in a row.
const SCORE_CELLS: usize = 4;

/// "Claims (40) · sort: score · status: new · /tower: 3 matches"
fn title(app: &App, focused: bool) -> Vec<Span<'static>> {
    let theme = app.theme;
    let count = if app.view.len() == app.rows.len() {
        app.rows.len().to_string()
    } else {
        format!("{}/{}", app.view.len(), app.rows.len())
    };
    let mut spans = vec![Span::styled(
        format!("{} ({count})", strings::PANE_CLAIMS),
        theme.title(focused),
    )];
    let mut part = |s: String| spans.push(Span::styled(format!(" · {s}"), theme.key()));
    if app.sort != crate::tui::app::Sort::Position {
        part(format!("{}: {}", strings::SORT, app.sort.label()));
    }
    if let Some(s) = app.status_filter {
        part(format!("{}: {}", strings::FILTER_STATUS, s.as_str()));
    }
    if let Some(v) = &app.verdict_filter {
        part(format!(
            "{}: {}",
            strings::FILTER_VERDICT,
            one_line(v.label())
        ));
    }
    if let Some(s) = &app.search {
        let q = s.query();
        part(format!(
            "/{}: {}",
            one_line(&q),
            strings::matches(s.matches.len())
        ));
    }
    spans
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let focused = app.focus == Focus::List;
    let block = frame(title(app, focused), focused, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if app.view.is_empty() {
        let text = if app.rows.is_empty() {
            strings::NO_CLAIMS
        } else {
            strings::NO_CLAIMS_MATCH
        };
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let height = inner.height as usize;
    let offset = app.list_offset(height);
    let shown: Vec<ListRow> = (offset..offset + height)
        .map_while(|d| app.display_row(d))
        .collect();
    // The verdict and evidence columns appear once some claim on screen has one.
    let claim_of = |r: &ListRow| match r {
        ListRow::Claim(i) => Some(&app.rows[app.view[*i] as usize]),
        ListRow::Article(_) => None,
    };
    let columns = Columns {
        verdict: shown
            .iter()
            .filter_map(claim_of)
            .any(|c| c.rating.is_some()),
        evidence: shown.iter().filter_map(claim_of).any(|c| c.evidence > 0),
        matches: app.search.is_some(),
    };
    for (y, row) in shown.iter().enumerate() {
        let rect = Rect::new(inner.x, inner.y + y as u16, inner.width, 1);
        match *row {
            ListRow::Article(id) => {
                let title = one_line(app.article_title(id)).into_owned();
                Line::from(Span::styled(format!("▸ {title}"), theme.group())).render(rect, buf);
            }
            ListRow::Claim(i) => {
                if i == app.selected {
                    buf.set_style(rect, theme.selected(focused));
                }
                claim_line(app, i, columns).render(rect, buf);
            }
        }
    }
}

#[derive(Clone, Copy)]
struct Columns {
    verdict: bool,
    evidence: bool,
    matches: bool,
}

fn claim_line(app: &App, i: usize, columns: Columns) -> Line<'static> {
    let theme = app.theme;
    let c = &app.rows[app.view[i] as usize];
    let mut spans = Vec::with_capacity(8);
    if columns.matches {
        let hit = app.search.as_ref().is_some_and(|s| s.ids.contains(&c.id));
        spans.push(if hit {
            Span::styled("◆", theme.matched())
        } else {
            Span::raw(" ")
        });
    }
    spans.push(Span::raw(format!("{} ", c.status.glyph())));
    let (filled, track) = score_bar(c.score, SCORE_CELLS);
    spans.push(Span::styled(filled, theme.score()));
    spans.push(Span::styled(track, theme.dim()));
    spans.push(Span::raw(" "));
    if columns.verdict {
        spans.push(match &c.rating {
            Some(r) => Span::styled(badge(&one_line(r)), theme.rating(&app.config.scale, r)),
            None => Span::raw(badge("")),
        });
        spans.push(Span::raw(" "));
    }
    if columns.evidence {
        let evidence = if c.evidence > 0 {
            format!("+{:<2}", c.evidence.min(99))
        } else {
            "   ".into()
        };
        spans.push(Span::styled(evidence, theme.key()));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::raw(one_line(&c.text).into_owned()));
    Line::from(spans)
}
