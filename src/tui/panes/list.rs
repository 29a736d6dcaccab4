//! The claim list: status, score, verdict badge, evidence count and text; grouped by article when
//! several are shown.

use super::{badge, frame};
use crate::tui::app::{App, Focus};
use crate::tui::strings;
use crate::tui::text::one_line;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

#[derive(Clone, Copy)]
enum Row {
    Article(i64),
    Claim(usize),
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = app.theme;
    let focused = app.focus == Focus::List;
    let title = vec![Span::styled(
        format!("{} ({})", strings::PANE_CLAIMS, app.claims.len()),
        theme.title(focused),
    )];
    let block = frame(title, focused, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if app.claims.is_empty() {
        Paragraph::new(strings::NO_CLAIMS)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let grouped = app.article.is_none() && app.articles.len() > 1;
    let mut rows = Vec::with_capacity(app.claims.len() + app.articles.len());
    let mut selected_row = 0;
    for (i, c) in app.claims.iter().enumerate() {
        let article = c.claim.article_id;
        if grouped && (i == 0 || app.claims[i - 1].claim.article_id != article) {
            rows.push(Row::Article(article));
        }
        if i == app.selected {
            selected_row = rows.len();
        }
        rows.push(Row::Claim(i));
    }
    // The verdict and evidence columns appear once some claim has one.
    let columns = Columns {
        verdict: app.claims.iter().any(|c| c.verdict.is_some()),
        evidence: app.claims.iter().any(|c| c.evidence > 0),
    };
    // Keep the selection in the middle once the list is longer than the pane.
    let height = inner.height as usize;
    let offset = if rows.len() <= height {
        0
    } else {
        selected_row
            .saturating_sub(height / 2)
            .min(rows.len() - height)
    };
    for (y, row) in rows.iter().skip(offset).take(height).enumerate() {
        let rect = Rect::new(inner.x, inner.y + y as u16, inner.width, 1);
        match *row {
            Row::Article(id) => {
                let title = one_line(app.article_title(id)).into_owned();
                Line::from(Span::styled(format!("▸ {title}"), theme.group())).render(rect, buf);
            }
            Row::Claim(i) => {
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
}

fn claim_line(app: &App, i: usize, columns: Columns) -> Line<'static> {
    let theme = app.theme;
    let c = &app.claims[i];
    let mut spans = vec![
        Span::raw(format!("{} ", c.claim.status.glyph())),
        Span::styled(format!("{:.2} ", c.claim.score), theme.dim()),
    ];
    if columns.verdict {
        spans.push(match &c.verdict {
            Some(v) => Span::styled(
                badge(&one_line(&v.rating)),
                theme.rating(&app.scale, &v.rating),
            ),
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
    spans.push(Span::raw(one_line(&c.claim.text).into_owned()));
    Line::from(spans)
}
